"""Which of a story's names are one actor: the merge rules over folded names.

Takes: folded names with their surface forms and labels, the alias-table groups they matched,
and name pairs the text defines as one.  Gives: each name's merged group representative.
Backend: plain Python (``names`` for the keys, ``name_scan`` for acronyms).  The rules are
listed in ``entities``' docstring; each is unit-tested.

spaCy's small model tags one name PERSON in one sentence and GPE or FAC in the next ("Saint
Aldric" / "St. Aldric", "Tolvick" / "Tolvik"), so the spelling rule (3), which compares names
within one type class, misses them: ``merge_across_types`` merges person- and place-typed names
that are one word each, or that both start with "Saint"; longer names with a first name
("Jordan Hale") are not confused with places by the tagger.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Set
from difflib import SequenceMatcher
from types import MappingProxyType

from newsbrief.article.tables import (
    FAMILY_FIRST,
    GAZETTEER,
    GIVEN_NAME_GENDERS,
    ORG_WORDS,
)
from newsbrief.story.feature_names import merge_features
from newsbrief.story.initials_rule import initials_only, merge_acronyms, merge_initial_prefixes
from newsbrief.story.merge_words import (
    BODY_ENDS,
    FIRM_KINDS,
    INSTITUTIONS,
    NAMED_AFTER_PEOPLE,
    NAMED_AFTER_PLACES,
    OUTLET_NAMES,
    OUTLET_WORDS,
    PREFIX_LABELS,
    RIVAL_WORDS,
    SUB_BODIES,
    firm_kind,
)
from newsbrief.story.middle_names import merge_dropped_middles
from newsbrief.story.misspellings import (
    merge_one_word_variants,
    merge_reordered_middles,
    merge_swapped_letters,
    misspelt_surname,
)
from newsbrief.story.names import (
    GENERIC,
    PLACE_LABELS,
    SCOPE_WORDS,
    WORKS_MARK,
    connected,
    content_words,
    core,
    fold,
    given_core,
    given_key,
    nickname_forms,
    particled_surname,
    person_like,
    place_name,
    skeleton,
    surnames,
)

# Type classes that may merge by spelling: spaCy's small model often tags one group ORG in
# one sentence and NORP or GPE in the next, but never confuses people with places.
_TYPE_CLASS = MappingProxyType(
    {"PERSON": "person", "ORG": "group", "NORP": "group", "GPE": "place"}
)
_TYPE_CLASS_DEFAULT = "place"
_INITIALS = re.compile(r"(?:[A-Z]\.){2,5}|[A-Z]{2,5}")
_PERSON_OR_PLACE = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place"}


def merge_across_types(
    union: Callable[[str, str], None],
    names: Mapping[str, object],
    label_of: Mapping[str, str],
    ratio: float,
) -> None:
    """Union person-typed and place-typed names that are the same name or spelling variants."""
    # A place the gazetteer knows is no misspelt person ("George" is not "Georgia").
    keys = sorted(
        k
        for k in names
        if label_of[k] in _PERSON_OR_PLACE and _confusable(k) and k not in GAZETTEER
    )
    by_skeleton: dict[str, list[str]] = {}
    for key in keys:
        sk = skeleton(key)
        if len(sk) < 3:
            continue
        for other in by_skeleton.get(sk, []):
            if _PERSON_OR_PLACE[label_of[other]] == _PERSON_OR_PLACE[label_of[key]]:
                continue
            if core(key) == core(other) or (
                SequenceMatcher(None, core(key), core(other)).ratio() >= ratio
            ):
                union(other, key)
        by_skeleton.setdefault(sk, []).append(key)


def _confusable(key: str) -> bool:
    words = key.split()
    return len(words) == 1 or words[0].rstrip(".") in ("st", "saint")


class _Union:
    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def merge_names(
    names: dict[str, Counter[str]],
    labels: dict[str, Counter[str]],
    table_group: Mapping[str, str],
    *,
    spelling_ratio: float,
    pairs: Iterable[tuple[str, str]] = (),
    used_as: tuple[Set[str], Set[str]] = (frozenset(), frozenset()),
) -> dict[str, str]:
    """Map each folded name to its merged group's representative (rules 1-7).

    ``pairs`` are folded names the text itself defines as one (rule 6: "Long Name (LN)";
    rule 8: "known as").  ``used_as`` are the one-word names the text uses as places ("in
    Estermark") and those it uses as actors ("Pellmark said"), for rule 7."""
    uf = _Union(names)
    pairs = list(pairs)
    for a, b in pairs:
        if a in names and b in names:
            uf.union(a, b)
    decided = {a for a, _ in pairs}
    label_of = {k: _label(k, labels[k]) for k in names}
    klass = {k: _TYPE_CLASS.get(label_of[k], _TYPE_CLASS_DEFAULT) for k in names}
    by_group: dict[str, str] = {}
    by_core: dict[tuple[str, str], str] = {}
    by_singular: dict[tuple[str, str], str] = {}
    by_skeleton: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in sorted(names):
        if key in table_group:  # rule 1
            uf.union(by_group.setdefault(table_group[key], key), key)
        # "Pat Buchanan" is "Patrick Buchanan" (``names.given_key``).
        c = core(given_key(key) if klass[key] == "person" else key)
        kind = "works" if c.endswith(WORKS_MARK) else klass[key]  # typed ORG or FAC by turns
        # Initials are one name with or without dots, whatever each was typed ("H.R.A.", GPE);
        # not a person's ("Senator J.D. Marlow ... J.D. told reporters" is no "JD party").
        initials = all(_INITIALS.fullmatch(w) for w in names[key]) and klass[key] != "person"
        kind = "initials" if initials else kind
        uf.union(by_core.setdefault((kind, c), key), key)  # rule 2
        length = len(key.split())
        if (klass[key] == "person" and length >= 2) or (klass[key] == "group" and length >= 3):
            # "Paula Blades" and "Paula Blade's home": a surname and its misspelt possessive
            # or plural are one person's, given name and all; the "School of Cinematic Art"
            # is the "School of Cinematic Arts" (a body of three words or more).
            uf.union(by_singular.setdefault((klass[key], c.removesuffix("s")), key), key)
        sk = skeleton(key)
        if len(sk) >= 3:  # rule 3; shorter skeletons (Assad: sd) collide with unrelated names
            for other in by_skeleton[(klass[key], sk)]:
                # A person's one-word name is no misspelling of a two-word one ("Chang" and
                # "Chen Yang"): rule 5 decides surnames.
                if klass[key] == "person" and len(key.split()) != len(other.split()):
                    continue
                if SequenceMatcher(None, c, core(other)).ratio() >= spelling_ratio:
                    uf.union(other, key)
            by_skeleton[(klass[key], sk)].append(key)
    merge_dropped_middles(uf.union, [k for k in sorted(names) if klass[k] == "person"], by_core)
    for key in sorted(names):
        # A quoted nickname marks a person's name whatever the tagger typed its other forms.
        for written in names[key]:
            for form in nickname_forms(written):
                if form in names:
                    uf.union(form, key)
    merge_swapped_letters(uf.union, uf.find, names, klass)
    _merge_country_openings(uf, names, label_of)
    merge_reordered_middles(uf.union, names, klass)
    by_words: dict[frozenset[str], str] = {}
    for key in sorted(names):  # rule 4's first half: the same words in another order
        content = content_words(key)
        if klass[key] == "group" and len(content) >= 2:
            uf.union(by_words.setdefault(content, key), key)
    surface = {k: names[k].most_common(1)[0][0] for k in names}
    # Rule 3 for bodies before their initials: "NHC" spells the "National Harbour Commission"
    # and its misspelling "National Harbours Commission" as one body, not as two.
    merge_one_word_variants(uf.union, [k for k in names if klass[k] == "group"])
    # Rules 4 and 6: initials ("NCC", "JFK").
    merge_acronyms(surface, label_of, table_group, find=uf.find, union=uf.union)
    merge_initial_prefixes(surface, label_of, find=uf.find, union=uf.union)
    # A person's name with a word glued before it is that person ("Challenger Conrad Pyle").
    tails: dict[tuple[str, ...], set[str]] = defaultdict(set)
    multi = [k for k in names if len(k.split()) >= 2 and person_like(surface[k], label_of[k])]
    for key in multi:
        parts = tuple(key.split())
        for n in range(2, len(parts)):
            tails[parts[-n:]].add(key)
    # A surname with its particle alone is a person's whatever its tag ("Del Valle", typed GPE,
    # of "Luis del Valle"; "el Sayed", typed ORG, of "Karim el Sayed").
    particled = [k for k in names if k not in multi and particled_surname(k, names[k])]
    for key in [*multi, *particled]:
        longer = tails.get(tuple(key.split()), set())
        # Only one longer name: "da Silva" ends "Luiz Inacio Lula da Silva" and "Manuel da
        # Silva", two people who stay apart.
        if len({uf.find(k) for k in longer}) == 1:
            uf.union(key, next(iter(longer)))
        # A double surname told by its last part: "Winnie Madikizela-Mandela" is "Winnie
        # Mandela".
        words = surface[key].split()
        if len(words) >= 2 and "-" in words[-1]:
            short = fold(" ".join([*words[:-1], words[-1].rsplit("-", 1)[1]]))
            if short in names and short != key and person_like(surface[short], label_of[short]):
                uf.union(key, short)
    persons = [k for k in names if label_of[k] == "PERSON"]
    last_words: dict[str, set[str]] = defaultdict(set)
    first_words: dict[str, set[str]] = defaultdict(set)  # given names of the longer names
    # Longer names: persons, and names typed ORG that read as a person's ("Ilse Varga").
    for key in names:
        words = key.split()
        # "St Francis" (of Assisi) lends "Francis" to no one: a saint's name is not shortened.
        saint = words[0].rstrip(".") in ("st", "saint")
        if (
            len(words) > 1
            and not saint
            and person_like(surface[key], label_of[key])
            and not connected(words)
        ):
            # As written: "Bar-Illan" is one word of "David Bar-Illan" (folded, two).
            for surname in surnames(surface[key]):
                last_words[core(surname)].add(uf.find(key))
            first_words[given_core(surface[key])].add(uf.find(key))
            # "Lu Bitter": a given name that is also an East Asian family name, when the
            # story calls her "Bitter" and never "Lu" (not "Zhang Xiong": Xiong is one too).
            first, last = (fold(w) for w in (words[0], words[-1]))
            western_last = len(words) == 2 and first in FAMILY_FIRST and last not in FAMILY_FIRST
            if western_last and last in names and first not in names:
                last_words[core(last)].add(uf.find(key))
    # Rule 5; a bare surname the tagger typed ORG, GPE or NORP ("Voskuijlen said", "Renquist
    # told reporters") is that person too, and one typed LOC or FAC that the text uses as an
    # actor ("Cardoso said", tagged LOC through most of a story about him).
    places, actors = used_as
    for key in [
        *persons,
        *(k for k in names if label_of[k] in ("ORG", "GPE", "NORP")),
        *(k for k in names if label_of[k] in ("LOC", "FAC") and k in actors),
    ]:
        # "U.N." and "UN" are abbreviations, not the surname of "Kim Jong Un"; a place the
        # alias table knows ("Washington") is that place, not Kerry Washington.
        # Nor is a country the gazetteer knows that the text uses as a place ("doctors from
        # France", not France of the tagger's person "Medecins Sans Frontieres France");
        # "Jordan", never used so, may be Vernon Jordan.
        known_place = key in table_group or (GAZETTEER.get(key) in PLACE_LABELS and key in places)
        table_place = known_place and label_of[key] in PLACE_LABELS
        lettered = initials_only(surface[key], names[key], label_of[key])  # not "OBAMA:"
        if len(surface[key].split()) == 1 and not lettered and not table_place:
            roots = last_words.get(core(key), set()) or misspelt_surname(key, last_words)
            # "Jordan": the surname of the reporter Dave Jordan and the given name of the boy
            # Jordan Belliveau; when ``nearest_names`` decided it by whom the articles named
            # last (a pair), that stands.
            someone_else = first_words.get(core(key), set()) - roots
            if len(roots) == 1 and not (someone_else and key in decided):
                uf.union(next(iter(roots)), key)
    merge_across_types(uf.union, names, label_of, spelling_ratio)  # rule 3, mixed types
    _merge_shortened(uf, [k for k in names if label_of[k] == "ORG"])  # rule 7
    _merge_shortened(uf, [k for k in names if label_of[k] in ("FAC", "LOC")])  # streets too
    merge_features(uf.union, uf.find, names, label_of)  # rule 7 for rivers and mountains
    _merge_prefixes(uf, names, label_of, labels, used_as, frozenset(table_group))  # rule 7
    return {k: uf.find(k) for k in names}


def _label(key: str, counted: Counter[str]) -> str:
    """A name's most given label; a tie of a full name that opens with a known given name goes
    to the person ("Bradley Cooper", tagged a facility once and a person once, is no place for
    "Cooper" to be the surname of; "Vellmoor Gorge" stays a place)."""
    ranked = counted.most_common()
    tied = {label for label, n in ranked if n == ranked[0][1]}
    given = " " in key and key.split()[0] in GIVEN_NAME_GENDERS
    return "PERSON" if given and len(tied) > 1 and "PERSON" in tied else ranked[0][0]


def _merge_shortened(uf: _Union, orgs: list[str]) -> None:
    """Rule 7 for a name told without its "and ..." part: the "Truth Commission" is the
    "Truth and Reconciliation Commission" when only one name shortens so; likewise without
    one inner word: the "Kansas Board of Education" is the "Kansas State Board of
    Education", "McMullen Road" the "McMullen Booth Road"."""
    present = set(orgs)
    short_of: dict[str, set[str]] = defaultdict(set)
    for key in orgs:
        words = key.split()
        shorts = [
            " ".join(words[:at] + words[at + 1 :])
            for at in range(1, len(words) - 1)
            if words[at] not in _GLUE and words[at - 1] not in _GLUE
        ]
        if words.count("and") == 1:
            at = words.index("and")
            shorts += [
                " ".join(words[:at] + words[at + n :])
                for n in (2, 3)
                if at > 0 and at + n < len(words)
            ]
        for short in shorts:
            if short in present:
                short_of[short].add(uf.find(key))
    for short, roots in short_of.items():
        if len(roots) == 1:
            uf.union(roots.pop(), short)


# Words that join a name's parts: no inner word dropped next to one ("Bank of America").
_GLUE = frozenset({"of", "and", "for", "the", "on", "in", "de"})


def _merge_country_openings(
    uf: _Union, names: dict[str, Counter[str]], label_of: dict[str, str]
) -> None:
    """ "U.S. Senate" is the "Senate", "U.S. Army" the "Army": a body's name opened by a
    country the story names is the body's name alone, when only one such name has that rest
    (a story with the "U.S. Army" and the "Iraqi Army" leaves "Army" alone); "the State of
    Israel" is Israel, "the Federal Republic of Yugoslavia" Yugoslavia."""
    places = {k for k, label in label_of.items() if label == "GPE"}
    opened: dict[str, set[str]] = defaultdict(set)
    for key in names:
        words = key.split()
        # "the State of Kesh", "the Federal Republic of Kesh" are Kesh (not a "Republic of"
        # nor a "People's Republic of": Korea's, China's and Congo's are two; nor a "Kingdom
        # of", which may be a city's of old: "the Kingdom of Naples").
        at = words.index("of") + 1 if "of" in words[:4] else 0
        country = " ".join(words[at:])
        formal = " ".join(words[:at]) in _FORMAL
        if formal and label_of.get(country) == label_of[key] == "GPE":
            uf.union(country, key)
        if label_of[key] != "ORG" or len(words) < 2:
            continue
        for n in (1, 2):
            head, rest = " ".join(words[:n]), " ".join(words[n:])
            scope = place_name(head, places) or (n == 1 and head in SCOPE_WORDS)
            # A team by its nickname ("the Thunder", tagged a product or a person).  A name
            # the tagger calls a person joins only the one body, a nationality's included,
            # that ends with it: "Navy" (tagged so) stays apart from the "U.S. Navy" and the
            # "Japanese Navy" (another rule may give it the latter).
            rival = label_of.get(rest) == "PERSON" and label_of.get(head) == "NORP"
            if rest and (rival or (scope and label_of.get(rest) in _OPENED_LABELS)):
                opened[rest].add(key)
    for rest, longer in opened.items():
        if len({uf.find(k) for k in longer}) == 1:
            uf.union(rest, next(iter(longer)))


_OPENED_LABELS = frozenset({"ORG", "PRODUCT", "PERSON", "NORP"})
_FORMAL = frozenset({
    "state of", "federal republic of", "islamic republic of", "commonwealth of",
    "hashemite kingdom of", "principality of", "sultanate of", "grand duchy of",
})  # fmt: skip


def _merge_prefixes(
    uf: _Union,
    names: dict[str, Counter[str]],
    label_of: dict[str, str],
    labels: dict[str, Counter[str]],
    used_as: tuple[Set[str], Set[str]],
    known: Set[str] = frozenset(),
) -> None:
    places, actors = used_as
    orgs = [k.split() for k in names if label_of[k] == "ORG" and " " in k]
    facilities = [k.split() for k in names if label_of[k] == "FAC" and " " in k]
    # A one-word name that is part of a person's name ("Marcus" of "Marcus Lindqvist") is that
    # person, not the start of "Marcus Lindqvist Foundation".
    person_words = {w for k in names if label_of[k] == "PERSON" and " " in k for w in k.split()}
    # Longest short names first, so "northshore chemical" joins the full name before
    # "northshore" asks how many groups it could belong to.
    for key in sorted(names, key=lambda k: -len(k.split())):
        words = key.split()
        # A body the gazetteer knows ("House", "Senate") is no place: "in the House".
        body = GAZETTEER.get(key) == "ORG"
        if len(words) < 2 and words[0] in person_words:
            continue
        # A one-word name the text uses as a place ("in Singapore") is not "Singapore
        # Airlines".  A place-typed one joins when the tagger also called it a group or person
        # once ("Brightwater" -> "Brightwater Lines") or the text has it act ("Pellmark
        # said" -> "Pellmark Pharma").
        if len(words) == 1:
            # Nor is a name the tagger calls a place but no table knows, never written as one,
            # that is a firm's name without its kind ("the threat of Zorvic" beside "Zorvic
            # Labs", "Zorvic VR"): a company's short name.  A team is named after its city
            # ("Cleveland Cavaliers"), and a firm of more words after its town ("Harlow
            # Textile Company").
            unknown = (
                label_of[key] == "GPE"
                and key not in GAZETTEER
                and key not in known
                and key not in places
                and any(o[0] == key and firm_kind(o[1]) for o in orgs if len(o) == 2)
            )
            mixed = bool(set(labels[key]) & PREFIX_LABELS) or key in actors or unknown
            # "at Yale" is where one studies, not a town: an institution's short name.
            school = (
                key not in GAZETTEER
                and label_of[key] not in PLACE_LABELS
                and any(len(o) == 2 and o[0] == key and o[1] in INSTITUTIONS for o in orgs)
            )
            # Nor is "in the Gazette" a place.
            place = key in places and not school and key not in OUTLET_NAMES and not body
            # A nationality is no short name ("Syrian" of "Syrian Arab Army"); a group the
            # tagger calls NORP and ORG by turns is ("Inkatha" of "Inkatha Freedom Party").
            nationality = label_of[key] == "NORP" and labels[key]["ORG"] * 4 < labels[key].total()
            if place or nationality or not mixed:
                continue
            # A body named after a place ("Sarnen Post", "Kilns Supporters' Trust") is not
            # what the place's name alone stands for; a company's short name is.
            longer_civic = [
                o
                for o in orgs
                if len(o) > 1
                and o[0] == words[0]
                and any(w.strip("'’") in NAMED_AFTER_PLACES for w in o[1:])
            ]
            # Only an outlet's, agency's or institution's kind is dropped by its own short
            # name ("Xinhua" of "Xinhua News Agency", "Yale" of "Yale University"), and not
            # a place's ("Sarnen" is not the "Sarnen Post").
            outlet = any(set(o[1:]) <= OUTLET_WORDS for o in longer_civic)
            if longer_civic and not body and (place or label_of[key] in PLACE_LABELS or not outlet):
                continue
        elif label_of[key] not in PREFIX_LABELS:
            continue
        longer = [o for o in orgs if len(o) > len(words) and o[: len(words)] == words]
        if len(words) == 1 and body:
            # A body the gazetteer knows is its formal name ("House of Representatives") or
            # its name and kind ("Xinhua News Agency"), not a part of it ("Senate Judiciary").
            longer = [o for o in longer if o[1] == "of" or set(o[1:]) <= OUTLET_WORDS]
        # A body's name and more that names a part of it is the part ("U.S. House of
        # Representatives Judiciary Committee"; "House Judiciary Committee" of "House"), not
        # the body's full name.  One sub-body word alone is the short name's own kind: "Ways
        # and Means" is the "Ways and Means Committee".
        longer = [
            o for o in longer if not set(o[len(words) :]) & SUB_BODIES or len(o) == len(words) + 1
        ]
        if len(words) >= 2:  # "Gaza International" of the "Gaza International Airport" (FAC)
            longer += [o for o in facilities if len(o) > len(words) and o[: len(words)] == words]
        if label_of[key] == "PERSON" and len(words) > 1 and words[-1] != "state":
            # A person's full name starts what is named after them ("Yasser Arafat
            # International Airport"), which is not that person.  No one's name ends in
            # "State": "Kesh State", tagged a person, is "Kesh State University".
            longer = [o for o in longer if not set(o[len(words) :]) & NAMED_AFTER_PEOPLE]
        # "Harbour Board" of "Casselport Harbour Board", "the Alliance" of "Harbour Alliance";
        # not a generic word alone ("Pharma" is no short form of "Pellmark Pharma"), nor an
        # adjective ("International" of "Amnesty International", "United", "National").
        # An outlet goes by its last word ("the Tribune" of the "Chicago Tribune").
        generic = (words[0] in ORG_WORDS and words[0] not in OUTLET_NAMES) or words[0] in GENERIC
        if label_of[key] == "ORG" and (len(words) > 1 or not generic):
            # Not the end of a name known on its own ("House" is not the "White House"); a
            # place before a longer name is no rival's word ("New Haven City Department of
            # Public Works"; "House" is left to the body the gazetteer knows).
            longer += [
                o
                for o in orgs
                if len(o) > len(words)
                and o[-len(words) :] == words
                and (
                    not set(o[: -len(words)]) & RIVAL_WORDS
                    or (len(words) > 1 and place_name(" ".join(o[: -len(words)]), places, label_of))
                )
                and " ".join(o) not in GAZETTEER
            ]
        if key in known:
            # A name the alias table knows stands for its own body: "U.N." is not the "U.N.
            # Harbour Program" (another body), though it is the "Xinhua News Agency" and
            # "Daesh Takfiri".
            longer = [
                o for o in longer if o[-1] not in BODY_ENDS or set(o[len(words) :]) <= OUTLET_WORDS
            ]
        roots = {uf.find(" ".join(o)) for o in longer}
        if len(roots) > 1:
            # "Yale" of "Yale University", not of the "Yale School of Medicine": the one
            # longer name that only adds its kind ("Tallow Organization", not "Tallow Poll").
            roots = {
                uf.find(" ".join(o))
                for o in longer
                if o[: len(words)] == words and set(o[len(words) :]) <= OUTLET_WORDS | FIRM_KINDS
            }
        if len(roots) == 1:
            uf.union(roots.pop(), key)


__all__ = ["merge_across_types", "merge_names"]
