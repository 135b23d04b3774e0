"""Named entities merged across a story's articles.

Takes: the story's articles and the names found in each (``Mention``s from
``article.mentions``, made once per article with spaCy).  Gives: ``Entity`` records, one per
real-world actor or place, with every name the sources use for it (``Alias`` with counts) and
a ``Citation`` for every mention.
No model: the merge rules (``merge``) and text scans below are plain Python; the alias table's
groups (names that share no letters) came with the mentions.

Names are merged when one of these holds (each is a unit-tested rule):
1. the alias table puts them in one group (Daesh = IS = ISIL);
2. they are equal after dropping case, accents, hyphens and Arabic article particles
   (Bashar al-Assad = Bashar Al Assad = Bashar Assad), a generational suffix ("Jr."), with a
   short given name written out ("Pat" = "Patrick", ``gazetteer.json`` nicknames) and
   without middle initials ("James L. Barksdale" = "James Barksdale"; so "George W. Bush" is
   also "George Bush", a known cost), without a company's legal form ("Microsoft Corp." =
   "Microsoft") and with a plural last word made singular ("Forces" = "Force"); a storm is
   its name ("Supertyphoon Zeb" = "Zeb", both typed EVENT); a dropped middle name is the same
   person ("William Jefferson Clinton" = "Bill Clinton"), so is a three-word name with its last
   word left off ("Omar Tessu"), and so are two spellings of one given name ("Steven" /
   "Stephen");
3. they are spelling variants: same consonant skeleton and a close difflib ratio
   (Hezbollah / Hizbollah, Deir al-Zour / Deir Ezzor), or organisations' names of three words
   or more that differ in one word spelt alike (Inkatha / Inkhata Freedom Party; Kurdish /
   Kurdistan Workers Party; not a rival's word: National / Nationalist), or names of six
   letters or more with two near letters swapped ("Lewinksy", "Sanete"; a place's tagged a
   nationality, "Ecudaor"; a bare surname, "Sndyer", the one person's); a person's one-word
   name is no misspelling of a two-word one ("Chang" / "Chen Yang"), but a long bare surname
   misspelt is the one person's it misspells ("Volenheimer" / "Katrin Vollenheimer"; not a
   place the gazetteer knows); a company named after a dam or its project is one;
4. one is an acronym of the other's capitalised words, when only one name fits
   (ISIL / Islamic State of Iraq and the Levant; PORT / Schizophrenia Patient Outcomes
   Research Team, a long name's first word left out; CDC, a last "and" word left out; PAL,
   "Airlines" read as "Air Lines");
5. a one-word person (or ORG/GPE/NORP-typed) name is the last word of exactly one longer person
   name, or of an ORG-typed name that reads as a person's (``names.person_like``: "Ibrahim"
   after "Abbas Ibrahim"; "Voskuijlen" tagged GPE; "Varga" after "Ilse Varga" tagged ORG),
   or the first word of a two-word East Asian name written family name first ("Xiong" of
   "Xiong Guoming", never of "Zhang Xiong": ``names.surnames``); a double surname is told by
   its last part ("Winnie Madikizela-Mandela" / "Winnie Mandela"), and a surname with its
   particle is a person's whatever its tag ("Del Valle"), but a country the text uses as a
   place is no surname ("France" of the tagger's person "Medecins Sans Frontieres France");
   ``merge_across_types``
   merges person/place-typed variants (Tolvik / Tolvick; "St."/"Saint" are one word in ``core``);
   a bare surname two people share ("Becker": Al and Bill Becker), or a given name used alone
   ("Matt", "Chuck" for Charles), is the person its article named last before it, when every
   use agrees or nearly every one of many (``nearest_names``), and a given name in an article
   that names no one of it is the story's one person of that name ("his wife, Racquel");
   "Bitter" is "Lu Bitter" when
   the story never says "Lu" alone (a given name that is also an East Asian family name);
6. the text defines one as the other's acronym ("Alpine Rescue Corps (ARC)"), or an all-capitals
   word spells the initials of exactly one name of the story, a generic last word such as
   "Corporation" allowed to drop out ("NCC" for "Northshore Chemical Corporation"; a longer
   tagger span ending in that name, "Australian International Olympic Committee", is no
   second name it spells; a US state's postal code after a town, "Mansfield, CT", is the state,
   ``state_codes``); a ministry in either word order is one ("Foreign Ministry",
   "Chinese Ministry of Foreign Affairs") when the story names one country's (``org_heads``);
7. an organisation or group name is the leading word(s) of exactly one longer organisation
   name ("Northshore" and "Northshore Chemical Corporation"; "Elmsworth Fire and Rescue" and
   "... Rescue Service"; a name of two words or more may start a facility's: "Gaza
   International Airport"), or of several when only one adds just its kind ("Yale" is "Yale
   University", not the "Yale School of Medicine").  Places and nationalities are left out
   ("Syrian" is not "Syrian Arab Army"), but not a group the tagger calls a nationality and an
   organisation by turns ("Inkatha"), nor a name used as a place in under a fifth of its
   mentions ("a stake in Netscape"); a name and more that names a part of it ("... Judiciary
   Committee") is the part, not the body; a body's name opened by a country the story names is
   the body's short name when only one such name has that rest ("U.S. Senate" = "Senate"), and
   so is one opened by its reach ("International Red Cross" = "Red Cross");
   a body's kind alone after "the" ("the Commission", "the Observatory") is the one body of
   that kind the story names ("Warren Commission", "Syrian Observatory for Human Rights":
   ``org_heads``; "told the Times" counts where the tagger missed it); "Kesh State", tagged
   a person, is "Kesh State University";
8. the text gives one as another name of the other: "the Ridge Brotherhood, a militant group
   known as the Greycoats", "Somnira, stocked under its generic name dormavelin", "Misty
   Vale, whose real name is Ada Brannock" (cues in ``article/rules/en/gazetteer.json``);
   "the Kurdish Workers Party of Turkey, known as the PKK" renames the head before "of", not
   the place after it;
9. a place's, agency's or institution's name is the other without its kind ("Gaza" and
   "Gaza Strip", "Hatay Province", "Rift Valley Province", "Xinhua News Agency", "Yale
   University"; never "City": "Gaza City" is not "Gaza"); a body the gazetteer knows is its
   formal name ("House" of "House of Representatives", though "in the House"), never a part;
   "the State of Israel" is Israel; a street named alone at a crossing ("the intersection of
   Magazine and St. Andrew") is the story's one street of that name (``streets``).
Types: the gazetteer decides for the fullest names it lists (countries, US states, agencies,
parliaments; "Michael Jordan" is no country for "Jordan" alone); a name typed ORG that the
text calls a kind of place ("the neighborhood of Har Homa", "of Anata, a refugee camp") is a
place, as is a one-word name the text uses as a place in half its mentions and never as an
actor ("in Catanduanes", tagged ORG; ``name_use``); so are names before a kind of place ("the
Bab Sbaa and Khalidiyeh districts of Homs", tagged people), while a one-word place-typed name
the text gives "her first" or "his own" ("Rihanna nabbed her first No. 1") is a person.
Before merging, datelines ("BEIRUT —") become places, names the tagger missed are added
(``untagged``: repeats, bare surnames, spelling variants), and a one-word organisation name that
the story also writes in lower case ("Chemical" in a headline, "chemical leak" elsewhere) is
dropped as a capitalised common word (``name_scan`` holds the text rules), as is a common
word glued before a person's name ("Challenger Conrad Pyle"; not a first name that is also a
word, "Bill Clinton"; not before a body's name, "House of Representatives"); a name printed
twice over ("Arafat Arafat") is the name once.  A person is named by the fullest name, unless
the sources use a shorter full name three times as often ("Bill Clinton"); a dateline's
capitals never name a place ("Beijing", not "BEIJING").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence, Set
from dataclasses import replace

from newsbrief.article.mentions import overlaps, shouting, taken_spans
from newsbrief.article.name_scan import (
    acronyms_of,
    cue_reach,
    cued_aliases,
    defined_acronyms,
    generic_before,
    lone_capitals,
)
from newsbrief.article.tables import GAZETTEER, NOT_NAMES
from newsbrief.models import Alias, Article, Citation, Entity, Mention
from newsbrief.settings import AnalysisSettings
from newsbrief.story.city_names import city_forms
from newsbrief.story.entity_names import (
    OFFICES,
    a_law,
    entity_name,
    entity_type,
    people_of_a_place,
    story_type,
)
from newsbrief.story.mention_context import (
    TITLED_SHARE,
    always_possessive,
    said_to_be_a_body,
    said_to_be_a_place,
    the_share,
    titled_share,
)
from newsbrief.story.merge import merge_names
from newsbrief.story.merge_words import firm_kind
from newsbrief.story.middle_names import dropped_last_pairs
from newsbrief.story.name_cleanup import (
    drop_common_words,
    given_named,
    storms,
    undoubled,
    without_glued_words,
)
from newsbrief.story.name_use import used_as
from newsbrief.story.names import (
    checked_type,
    fold,
    particle_first,
    person_like,
    place_name,
    quoted_nickname,
    surnames,
)
from newsbrief.story.nearest_names import kin_named, nearest_full_names
from newsbrief.story.org_heads import (
    kind_alone,
    ministry_forms,
    opened_rests,
    untagged_kinds,
    untagged_rests,
)
from newsbrief.story.outlet_names import untagged_outlets
from newsbrief.story.state_codes import state_codes
from newsbrief.story.streets import street_forms
from newsbrief.story.untagged import (
    placed_teams,
    untagged_repeats,
    untagged_surnames,
    untagged_variants,
)


def merge_entities(
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    *,
    settings: AnalysisSettings | None = None,
) -> tuple[Entity, ...]:
    """Entities of a story, most mentioned first, from the mentions found in its articles."""
    settings = settings or AnalysisSettings()
    kept = drop_common_words(articles, list(mentions))
    alone = {m.text.casefold() for m in kept if m.label == "PERSON" and " " not in m.text}
    found = [
        m if m.group else replace(m, label=checked_type(m.text, m.label, alone=alone)) for m in kept
    ]
    found = storms(articles, [undoubled(m) for m in without_glued_words(articles, found)])
    found = given_named(found)
    found += untagged_repeats(articles, found)
    found += untagged_surnames(articles, found)
    found += untagged_variants(articles, found, settings.spelling_ratio)
    found += untagged_kinds(articles, found)
    found += untagged_outlets(articles, found)
    found = untagged_rests(articles, found)
    found = placed_teams(articles, found)
    found, states = state_codes(articles, found)
    found, defined = _acronym_mentions(articles, found)
    cued, renamed = _cued_mentions(articles, found)
    found = [*found, *cued]
    found += untagged_repeats(articles, cued)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    table_group: dict[str, str] = {}
    for m in found:
        key = fold(m.text)
        names[key][m.text] += 1
        labels[key][m.label] += 1
        if m.group is not None:
            table_group[key] = m.group
    use = used_as(articles, names)
    root_of = merge_names(
        names,
        labels,
        table_group,
        spelling_ratio=settings.spelling_ratio,
        pairs=[
            *defined,
            *renamed,
            *nearest_full_names(found, use.people, kin_named(articles, found)),
            *kind_alone(articles, found),
            *ministry_forms(found),
            *opened_rests(found),
            *street_forms(articles, found),
            *city_forms(found, {a.id: a.text for a in articles}),
            *dropped_last_pairs(articles, found),
            *states,
        ],
        used_as=(use.places, use.actors),
    )
    return _build(articles, found, root_of, table_group, use.mostly_places, use.people)


def _acronym_mentions(
    articles: Sequence[Article], mentions: Sequence[Mention]
) -> tuple[list[Mention], list[tuple[str, str]]]:
    """``mentions`` with acronyms the tagger missed: defined ones ("Alpine Rescue Corps (ARC)",
    giving a merge pair) and lone all-capitals words that spell the initials of a story name."""
    spans = taken_spans(mentions)
    extra: list[Mention] = []
    cut: set[tuple[str, int]] = set()
    pairs: list[tuple[str, str]] = []
    label_of: dict[str, str] = {}
    for article in articles:
        taken = spans.get(article.id, [])
        for long, short in defined_acronyms(article.text):
            pairs.append((fold(long.text), fold(short.text)))
            label_of[short.text] = long.label
            inside = {(s, e) for s, e in taken if long.start <= s and e <= long.end}
            if overlaps(sorted(set(taken) - inside), long.start, long.end):
                continue
            # The defined name replaces the pieces the tagger cut it into ("Halverton Coast"
            # + "River Authority" for "Halverton Coast and River Authority (HCRA)").
            cut.update((article.id, s) for s, _ in inside)
            extra.append(Mention(article.id, long.start, long.end, long.text, "ORG", None))
    names = {m.text: m.label for m in [*mentions, *extra] if " " in m.text}
    for name, label in names.items():
        for acr in acronyms_of(name):
            label_of.setdefault(acr, label)
    for article in articles:
        taken = spans.get(article.id, [])
        text = article.text
        for start, end, word in lone_capitals(text):
            found = label_of.get(word) or label_of.get(word.replace(".", ""))
            if found is None or overlaps(taken, start, end) or shouting(text, start, end):
                continue
            extra.append(Mention(article.id, start, end, word, found, None))
    kept = [m for m in mentions if (m.article, m.start) not in cut or m.group is not None]
    return [*kept, *extra], pairs


_CUE_GAP = 40
_OF_BETWEEN = re.compile(r"\s+of\s+(?:the\s+)?")
_PHRASE_BETWEEN = re.compile(r"\s(?:by|from|to|with|at|in|on|for)\s+(?:an?|the)\s")
_PART_OF = re.compile(
    r"\b(?:section|part|parts|area|areas|region|portion|corner|stretch|swath|swathe|band|"
    r"patch|slice)\s+of\s+(?:the\s+)?$"
)


def _cued_mentions(
    articles: Sequence[Article], mentions: Sequence[Mention]
) -> tuple[list[Mention], list[tuple[str, str]]]:
    """Names given by a cue ("known as the Greycoats", "its generic name dormavelin") as
    mentions, each paired with the name that ends nearest before its cue in the same clause
    (rule 8).  "Somnira is Pellmark Pharma's brand of dormavelin": a possessive right before
    the cue is the owner, not the thing renamed."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    extra: list[Mention] = []
    pairs: list[tuple[str, str]] = []
    for article in articles:
        text = article.text
        ms = sorted(by_article[article.id], key=lambda m: m.end)
        for cue, other in cued_aliases(text):
            reach = cue_reach(text, cue)
            # The name the cue renames ends just before it: "the Ridge Brotherhood, a militant
            # group known as", not a name earlier in a long clause.
            before = [m for m in ms if max(reach, cue - _CUE_GAP) <= m.end <= cue]
            if before and text.startswith(("'s", "’s"), before[-1].end):
                before = before[:-1]
            # "the Kurdish Workers Party of Turkey, known as the PKK": the tagger cut the name
            # at "of"; the thing renamed is its head, not the place after "of".
            if len(before) >= 2 and _OF_BETWEEN.fullmatch(text, before[-2].end, before[-1].start):
                before = before[:-1]
            # "a meeting in the harbour town of Kanto by a crew known as ...": the crew is
            # renamed, not the name before "by" and its noun (but "Omar Vell, a commander in
            # the south known as the Hawk": an apposition after a comma renames the name).
            between = text[before[-1].end : cue] if before else ""
            if _PHRASE_BETWEEN.search(between) and "," not in between:
                continue
            if before and _PART_OF.search(text, max(0, before[-1].start - 30), before[-1].start):
                continue  # "a three-parish stretch of Kesh known as the Belt": the section's name
            if not before:
                generic = generic_before(text, cue) if other.label == "product" else None
                if generic is None or any(
                    m.start < generic.end and generic.start < m.end for m in ms
                ):
                    continue
                named = Mention(article.id, generic.start, generic.end, generic.text, "ORG", None)
                extra.append(named)
            else:
                named = before[-1]
            if other.label == "born" and named.label in ("GPE", "LOC", "FAC"):
                continue  # only a person has a birth name (the tagger may type one a group)
            same = [m for m in ms if m.start == other.start and m.end == other.end]
            if same:
                pairs.append((fold(named.text), fold(same[0].text)))
            elif not any(m.start < other.end and other.start < m.end for m in ms):
                extra.append(
                    Mention(article.id, other.start, other.end, other.text, named.label, None)
                )
                pairs.append((fold(named.text), fold(other.text)))
    return extra, pairs


def _build(
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    root_of: dict[str, str],
    table_group: dict[str, str],
    places: frozenset[str],
    people: frozenset[str] = frozenset(),
) -> tuple[Entity, ...]:
    order = {a.id: n for n, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    members: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        members[root_of[fold(m.text)]].append(m)
    # Places the story names, for ``story_type``: "Nevadans" of "Nevada" (tagged GPE
    # somewhere, though it mostly acts as a state does).
    place_names = places | {fold(m.text) for m in mentions if m.label in ("GPE", "LOC")}
    entities = []
    for ms in members.values():
        ms.sort(key=lambda m: (order[m.article], m.start))
        counts = Counter(m.text for m in ms)
        grouped = [m for m in ms if m.group is not None] or [
            m for m in ms if fold(m.text) in table_group
        ]
        label_counts = Counter(m.label for m in ms)
        titled = titled_share(ms, by_id) >= TITLED_SHARE
        if grouped:
            # The alias table's canonical name and type (a matched mention carries both).
            first = grouped[0]
            name = first.group or table_group[fold(first.text)]
            etype = next((m.label for m in ms if m.group is not None), first.label)
        else:
            etype = label_counts.most_common(1)[0][0]
            if etype in ("LOC", "FAC", "GPE") and any(
                m.label == "PERSON" and " " in m.text for m in ms
            ):
                # A person's bare surname the tagger took for a place ("Cardoso", merged by
                # rule 5 with "Fernando Henrique Cardoso"): the person, by their full name.
                etype = "PERSON"
            if etype != "PERSON" and titled:
                # "Prime Minister Sheikh Hasina", "said Sheikh Hasina": a name sources give a
                # person's title is a person, whatever the tagger made of it alone (GPE).
                etype = "PERSON"
            if etype == "PERSON" and _team_named(ms, place_names):
                # "Heat", tagged a person, beside the "Miami Heat": a team, not a person.
                etype = "ORG"
            if (
                etype in ("ORG", "NORP")
                and _surnamed_person(counts, etype, {m.text for m in ms if m.label == "PERSON"})
                and not _team_named(ms, place_names)
            ):
                # "Cesar Maia" tagged ORG, and "Maia" alone: sources call a person by the
                # surname, an organisation hardly ever by its last word (but a team by its
                # nickname: "Spirit" of the "Washington Spirit").
                etype = "PERSON"
            name = entity_name(counts, etype)
            mark = always_possessive(ms, by_id)
            if mark and etype == "ORG":
                name += mark  # "McDonald's", "Macy's": a brand never written without it
        if all(fold(t) in _NOT_NAMES or fold(t) in OFFICES for t in counts):
            continue  # "0400 GMT": a time zone; "Pope" alone: a title, whoever holds it
        etype = story_type(counts, entity_type(counts, etype), frozenset(place_names))
        placed = sum(said_to_be_a_place(by_id[m.article].text, m) for m in ms)
        if etype in ("LOC", "GPE", "FAC") and any(
            said_to_be_a_body(by_id[m.article].text, m) for m in ms
        ):
            etype = "ORG"  # "environmental group Clean Coast", typed a place for "Coast"
        elif not grouped and (
            (etype in ("ORG", "FAC") and placed)
            or (etype == "PERSON" and not titled and placed * 2 >= len(ms))
        ):
            # "the village of Qalaat al-Madiq", tagged a person; not the "United Nations" of
            # the alias table, written in a dateline ("UNITED NATIONS (AP) —").
            etype = "GPE"
        elif (
            etype in ("ORG", "NORP", "PERSON")
            and set(map(fold, counts)) <= places
            and not any(t.isupper() for t in counts)  # "in the PLO" is a group's ranks
            and not (titled and etype == "PERSON")  # "in the Obama administration"
            and not people_of_a_place(counts, frozenset(place_names))  # "in Japanese"
        ):
            etype = "GPE"  # "in Catanduanes" (tagged ORG), "in Iloilo" (NORP)
        elif (
            etype == "PERSON"
            and not titled
            and all(" " not in t for t in counts)  # not "the Paula Jones case"
            and the_share(ms, by_id) >= _MOSTLY
        ):
            etype = "PRODUCT"  # "the Hummer": a thing, no actor
        if etype == "GPE" and not grouped and _firm_named(counts, places):
            etype = "ORG"  # "Zorvic" (tagged a place) merged with "Zorvic Labs": the firm
        if etype == "GPE" and set(map(fold, counts)) <= people and fold(name) not in places:
            etype = "PERSON"  # "Rihanna nabbed her first No. 1" (tagged GPE): a person
        if all(a_law(t) for t in counts):
            etype = "LAW"  # "the Affordable Care Act": a law, no actor
        # A quoted nickname is a name the person goes by, also where no source writes it alone
        # ("Libby" of 'Liberty “Libby” German').
        counts.update([n for m in ms if (n := quoted_nickname(m.text)) and n not in counts])
        aliases = tuple(Alias(t, c) for t, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
        cites = tuple(_cite(by_id[m.article], m.start, m.end) for m in ms)
        entities.append(Entity(name=name, type=etype, aliases=aliases, mentions=cites))
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return tuple(entities)


_NOT_NAMES = frozenset(fold(n) for n in NOT_NAMES)
_MOSTLY = 0.5


def _surnamed_person(counts: Counter[str], etype: str, tagged: Set[str] = frozenset()) -> bool:
    """A full name read as a person's (or ``tagged`` a person: "L. Lin Wood") whose surname
    the sources also write alone."""
    full = [t for t in counts if " " in t and (person_like(t, etype) or t in tagged)]
    alone = {fold(t) for t in counts if " " not in t}
    # A surname alone may keep its particle or article ("el Sayed" of "Karim el Sayed"; not
    # "Al Kesh" of itself).
    particled = {t for t in counts if len(t.split()) == 2 and particle_first(t)}
    return any(
        any(fold(w) in alone for w in surnames(t))
        or (t in tagged and any(t != p and t.endswith(" " + p) for p in particled))
        for t in full
    )


def _cite(article: Article, start: int, end: int) -> Citation:
    starts = [s.start for s in article.sentences]
    i = bisect.bisect_right(starts, start) - 1
    inside = i >= 0 and article.sentences[i].end >= end
    return Citation(article.id, start, end, i if inside else None)


__all__ = ["merge_entities"]


def _firm_named(counts: Counter[str], places: Set[str]) -> bool:
    """Forms of one name of which a longer one says a firm ("Zorvic Labs"), none a place the
    gazetteer knows or the text puts anyone in."""
    forms = [fold(t) for t in counts]
    if any(f in GAZETTEER or f in places for f in forms):
        return False
    return any(" " in f and firm_kind(f.split()[-1]) for f in forms)


def _team_named(mentions: Sequence[Mention], places: Set[str]) -> bool:
    """A name of two words or more that a place opens, never tagged a person ("Oklahoma City
    Thunder", "Miami Heat"): a body named for its home, whatever its nickname alone was
    tagged.  Not a person whose full name the tagger mostly calls a person ("Paris Hilton");
    "Miami Heat", tagged a person twice, a facility twice and a body once, is a team."""
    full = [m for m in mentions if " " in m.text.strip()]
    if 2 * sum(m.label == "PERSON" for m in full) > len(full):
        return False
    return any(
        m.label in ("ORG", "FAC", "PRODUCT", "NORP")
        and len(words) >= 2
        and any(place_name(" ".join(words[:n]), places) for n in (1, 2) if n < len(words))
        for m in mentions
        for words in [fold(m.text).split()]
    )
