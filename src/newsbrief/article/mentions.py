"""Names in one article, before merging: alias-table matches, datelines, spaCy entities.

Takes: an article, its spaCy ``Doc`` and the alias table.  Gives: ``Mention`` records (span,
text, label, and the alias-table group's canonical name when the table matched).  Merging the
names of a story's articles happens in ``story.entities``, with no model.
Backends: spaCy NER; the alias table (``alias_table``); ``name_scan`` for datelines.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from newsbrief.article.flights import flights
from newsbrief.article.name_scan import (
    KIN_WORD,
    PARTICLE,
    PARTICLE_ALONE,
    datelines,
    person_words,
    titled_names,
    told_as_person,
    written_in_lower_case,
)
from newsbrief.article.quotes import quoted_title
from newsbrief.article.regions import quote_spans
from newsbrief.article.tables import (
    GAZETTEER,
    GIVEN_NAME_GENDERS,
    GIVEN_NAME_WORDS,
    LODGINGS,
    ORG_WORDS,
    PLACE_WORDS,
)
from newsbrief.backends.aliases import AliasGroup, alias_patterns, case_sensitive
from newsbrief.models import Article, Mention
from newsbrief.settings import AnalysisSettings

# Marks glued before a name ("”—The Weekly Book Review": a blurb's closing mark and dash),
# then a leading article or "of"/"and".
_TRIM_FRONT = re.compile(
    # "’s Smartphone" (of "my aunt’s Smartphone"): a possessive's ending is no part of a name.
    r"^(?:['’]s\s+)?[“”\"‘—–(\[-]*(?:'(?=[A-Z]))?\s*"
    r"(?:(?:the|a|an)\s+|(?:of|and)\s+(?:the\s+)?(?=[A-Z]))?",
    re.IGNORECASE,
)
# A possessive's ending, spaces, or a transcript's trailing dashes ("Well--", "Al Qaeda--").
_TRIM_BACK = re.compile(r"(?:['’]s?|\s+|-{2,}|—)$")
# "Lightspeed’s Jeremy Liew": an owner's possessive inside a tagged name; not one of people
# in the plural ("the National Women’s Soccer League", "Children’s Hospital"), which is a
# word of the name.
_OWNER = re.compile(r"[A-Za-z](?<![Mm]en)(?<!Children)(?<!People)(?:['’]s|s['’])\s+(?=[A-Z])")
_DASH_TAIL = re.compile(r"[ \t]+[-–—]+(?:[ \t]+[a-z]+)?[ \t]*$")
_NICKNAMED = re.compile(r"\b([A-Z][a-z]+)[ \t]+[“\"][A-Z][a-z]+[”\"][ \t]+[A-Z][\w'’-]*[a-z]")
_TWO_NAMES = re.compile(r"[A-Z][\w'’-]+[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]+")
_OWNED_THING = re.compile(r"['’]s(?:\s+[a-z][\w-]*)+$")
_LIKE = re.compile(r"-like$")
_SECRETARY_OF = re.compile(r"\bSecretary[ \t]+of[ \t]+(?:the[ \t]+)?$")
# "rock group Led Zeppelin", "the Turin daily La Stampa": a band or an outlet, no person.
_BAND_BEFORE = re.compile(
    r"\b(?:band|group|duo|trio|quartet|daily|newspaper|weekly|tabloid|magazine)[ \t]+$"
)
# Small words the tagger ran on into after a name ("the Three Gorges at Sandouping"), with a
# year after them ("Nautilus between 2014 and 2015").
_TRAILING_SMALL_WORDS = re.compile(
    r"(?:[ \t]+(?:at|on|in|of|for|and|to|with|from|by|the|between|since|until|where|which|"
    r"who|whose|when)(?:[ \t]+\d+)?)+$"
)


def shouting(text: str, start: int, end: int) -> bool:
    """True when a capitalised alias sits in an all-capitals run ("THIS IS WAR")."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    near = [w for w in (before[-1:] + after[:1]) if any(c.isalpha() for c in w)]
    return any(w.isupper() and len(w) > 1 for w in near)


def find_mentions(
    article: Article,
    doc: Any,
    *,
    groups: Sequence[AliasGroup],
    settings: AnalysisSettings,
    pattern: re.Pattern[str] | None = None,
    index: dict[str, int] | None = None,
) -> list[Mention]:
    """Alias-table matches first, then spaCy entities that do not overlap them."""
    if pattern is None or index is None:
        pattern, index = alias_patterns(groups)
    text = article.text
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    if pattern is not None:
        for m in pattern.finditer(text):
            name = m.group(0)
            key = name if case_sensitive(name) else name.casefold()
            group = index.get(key, index.get(name.casefold()))
            if group is None or (len(name) <= 2 and shouting(text, m.start(), m.end())):
                continue
            found.append(
                Mention(
                    article.id, m.start(), m.end(), name, groups[group].type, groups[group].name
                )
            )
            taken.append((m.start(), m.end()))
    for line in datelines(text):  # before spaCy, which tags "PORT ELMSWORTH" as a person
        if not overlaps(sorted(taken), line.start, line.end):
            found.append(Mention(article.id, line.start, line.end, line.text, line.label, None))
            taken.append((line.start, line.end))
    for ship in _SHIP.finditer(text):  # the tagger leaves the prefix out, or the ship
        if not overlaps(sorted(taken), ship.start(), ship.end()):
            found.append(Mention(article.id, ship.start(), ship.end(), ship.group(0), "ORG", None))
            taken.append((ship.start(), ship.end()))
    owners = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
    for flight in flights(text, owners):
        # Every form of one flight's number is one alias group ("Flight 370"), typed as the
        # tagger types vehicles.
        if not overlaps(sorted(taken), flight.start, flight.end):
            name, canonical = text[flight.start : flight.end], f"Flight {flight.number}"
            found.append(Mention(article.id, flight.start, flight.end, name, "PRODUCT", canonical))
            taken.append((flight.start, flight.end))
    for quote in quote_spans(text):
        # “Keys to the Highway”, “Hats Off to (Roy) Harper”: a song's, film's or book's title
        # names no one; the tagger's people and places in it are none of the story's.
        if (
            quote.words_end - quote.words_start > 1
            and " " in text[quote.words_start : quote.words_end].strip()
            and quoted_title(text, quote)
        ):
            taken.append((quote.start, quote.end))
    for case in _COURT_CASE.finditer(text):
        # "Kimble v. Marvel Entertainment": a case, no actor; its parties in it are no
        # mentions either (the tagger makes the whole a person, and merging then joins the
        # parties into one).
        taken.append((case.start(), case.end()))
    for named in _NICKNAMED.finditer(text):
        # 'Abigail “Abby” Williams': the tagger stops at the quote mark; a given name, a
        # quoted nickname and a surname are one person's name.
        if named.group(1).casefold() in GIVEN_NAME_GENDERS and not overlaps(
            sorted(taken), named.start(), named.end()
        ):
            found.append(Mention(article.id, named.start(), named.end(), named[0], "PERSON", None))
            taken.append((named.start(), named.end()))
    for person in titled_names(text):  # before spaCy, which misses names after long titles
        if not overlaps(sorted(taken), person.start, person.end):
            found.append(Mention(article.id, person.start, person.end, person.text, "PERSON", None))
            taken.append((person.start, person.end))
    taken.sort()
    labels = set(settings.entity_labels)
    # Words of the people the tagger found ("Smith" of "Will Smith").
    people = {w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split()}
    for ent in doc.ents:
        if ent.label_ not in labels:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        if len(ent) > 1 and ent[0].pos_ in _NOT_NAME_POS and not _given_name_inside(ent):
            start = ent[1].idx  # "Will Halvern pay?": the auxiliary is no part of the name
        elif len(ent) > 1 and ent.label_ == "PERSON" and _common_word_opening(ent):
            start = ent[1].idx  # "Inside Snipes’ headquarters", "Fire Snipes"
        if end - start < 2 or not any(c.isupper() for c in text[start:end]):
            continue
        if _credit(text, start, end):
            continue
        if " " not in text[start:end] and _SECRETARY_OF.search(text, max(0, start - 16), start):
            continue  # "Secretary of State Hillary Clinton": the office's word, no body named
        if ent.label_ == "PERSON" and _TWO_NAMES.fullmatch(text[start:end]):
            continue  # "Adderall and Vyvanse", "George and Marie": two names, not one
        # "helped Cooper pry Sediuk from": a lower-case word that joins no name ends it.
        glue = next(
            (
                t
                for t in ent[1:]
                if t.is_alpha
                and t.is_lower
                and t.lower_ not in _JOINING
                and text[t.idx - 1].isspace()  # not "Jong-un"
            ),
            None,
        )
        if ent.label_ in ("PERSON", "ORG") and glue is not None and start < glue.idx <= end:
            end = len(text[: glue.idx].rstrip())
        label = ent.label_
        first = _first_name_before(doc, ent)
        if first is not None and person_words([first.text, text[start:end]]):
            start, label = first.idx, "PERSON"
        elif first is not None and text[start:end].casefold() in ORG_WORDS:
            start, label = first.idx, "ORG"  # "the Pellmoor Gazette", tagged "Gazette"
        # "Lightspeed’s Jeremy Liew", "Founders Fund’s Cyan Banister" (tagged ORG): the firm
        # that owns the name is no part of the person's.
        owner = _OWNER.search(text, start, end)
        if owner and label in ("PERSON", "ORG"):
            rest = text[owner.end() : end].split()
            if label == "PERSON" or (len(rest) >= 2 and person_words(rest)):
                if label == "ORG":  # the firm is a name of its own ("the New York Times’")
                    owned = owner.start() + (1 if owner.group(0)[1] in "'’" else 2)
                    for inner in _opened_by_table_names(found, text, start, owned):
                        found.remove(inner)
                        taken.remove((inner.start, inner.end))
                    if owned - start > 1 and not overlaps(taken, start, owned):
                        found.append(
                            Mention(article.id, start, owned, text[start:owned], label, None)
                        )
                start, label = owner.end(), "PERSON"
            elif label == "ORG" and len(rest) == 1 and text[start : owner.start() + 1] in people:
                start = owner.end()  # "Smith's Mercedes": a person's car, by its make
        if label == "PERSON":
            start, label = _with_particle(text, start, end, label)
            # Nor is the "-like" of "a Justin Bieber-like following".
            like = _LIKE.search(text, start, end)
            if like and like.end() == end:
                end = like.start()
            if _BAND_BEFORE.search(text, max(0, start - 12), start):
                label = "ORG"  # "rock group Led Zeppelin", "the band Wilco": a band
        last_word = text[start:end].rsplit(None, 1)[-1].casefold()
        if label == "GPE" and " " in text[start:end] and last_word in _BODY_OF_A_PLACE:
            label = "ORG"  # "Los Angeles County Superior Court", tagged a place: a body
        if (
            label in _TOLD_LABELS
            and " " not in text[start:end]
            and text[start:end].casefold() not in GAZETTEER  # "Ireland, 14, trailed France"
            and told_as_person(text, start, end)
        ):
            # "her niece, 9-year-old Lina", "a nephew, Tomas, 11,", "Prince Tarek"
            label = "PERSON"
        if label == "ORG":
            start = _joined_by_and(doc, text, start, end)
            opening = _opened_by_table_names(found, text, start, end) or _closed_by_table_name(
                found, text, start, end
            )
        elif label == "PERSON":
            opening = _surname_a_place(found, text, start, end)
        else:
            opening = []
        for inner in opening:
            # "the U.S. Senate", "FBI Hostage Rescue Team", "United States Department of
            # Justice": a body's name opened by a name the table knows is one name; the table's
            # names inside it are no mentions of their own.
            found.remove(inner)
            taken.remove((inner.start, inner.end))
        if not opening and overlaps(taken, start, end):
            continue
        found.append(Mention(article.id, start, end, text[start:end], label, None))
    found.sort(key=lambda m: m.start)
    return found


# (Not a group: "Labour, 34, led the Tories, 29": a score; "the 150-year-old Siemens".)
_TOLD_LABELS = frozenset({"GPE", "LOC", "NORP"})
# A body's last word that no place's name ends in (not "Soviet Union", "Russian Federation").
_BODY_OF_A_PLACE = ORG_WORDS - {"union", "federation", "front", "center", "centre", "authority"}


def _credit(text: str, start: int, end: int) -> bool:
    """A photo credit, "REUTERS/Eric Gaillard", "JASON REED /", "(Joe Ellis/": a person's
    name (two words or more) on one side of a slash credits a picture; it is no actor of the
    story.  One word each side is a name of its own ("KwaZulu/Natal", "AC/DC")."""
    name = text[start:end]
    if "/" in name:
        return any(len(side.split()) >= 2 for side in name.split("/"))
    beside = text[end : end + 2].lstrip().startswith("/") or text[
        max(0, start - 2) : start
    ].rstrip().endswith("/")
    return beside and len(name.split()) >= 2


_CAPITALISED = r"[A-Z][\w.'’&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.'’&-]*){0,4}"
_COURT_CASE = re.compile(rf"\b{_CAPITALISED}[ \t]+vs?\.[ \t]+{_CAPITALISED}")
# "MV Halcyon Star": a ship's name with its prefix.
_SHIP = re.compile(r"\b(?:MV|HMS|USS|RV)(?:[ \t]+[A-Z][\w'’-]*){1,3}")


def _given_name_inside(ent: Any) -> bool:
    """A first word that is a given name too, unless it opens a question: "former Saints
    player Will Smith", "Will Smith drove a Mercedes" (the tagger reads "Will" as an
    auxiliary), not "Will Halvern pay?"."""
    first = ent[0]
    if first.lower_ not in GIVEN_NAME_WORDS or not first.text[:1].isupper():
        return False
    end = _CLAUSE_END.search(first.doc.text, ent.end_char)
    return end is None or end.group() != "?"


_CLAUSE_END = re.compile(r"[.!?\n]")


def _common_word_opening(ent: Any) -> bool:
    """A sentence's first word, capitalised only there, the tagger took into a name: the
    article writes it in lower case elsewhere and it is no given name ("Inside", "Fire")."""
    first = ent[0]
    if first.lower_ in _OPENING_WORDS:
        return True
    return bool(
        first.is_sent_start
        and first.lower_ not in GIVEN_NAME_WORDS
        and not re.fullmatch(KIN_WORD, first.lower_)  # "Bin Hamdan, believed to be ..."
        and written_in_lower_case(first.text, first.doc.text)
    )


# Words that open a sentence and never a name ("Inside Snipes’ headquarters, ...").
_OPENING_WORDS = frozenset({
    "inside", "outside", "behind", "beyond", "despite", "during", "amid", "near", "under",
    "above", "below", "across", "against", "among", "around", "along", "without", "within",
    "toward", "towards", "throughout", "unlike", "upon", "beside", "besides", "meanwhile",
    "later", "earlier", "today", "yesterday", "tonight", "also", "even", "only",
})  # fmt: skip
_NOT_NAME_POS = frozenset({"AUX", "VERB", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "ADV"})
_EXTENDED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _opened_by_table_names(found: list[Mention], text: str, start: int, end: int) -> list[Mention]:
    """The alias-table matches inside the name ``text[start:end]`` when one of them opens it
    and capitalised words follow it ("U.S." of "U.S. Supreme Court"); else none.  Every
    mention the name overlaps must be such a match, wholly inside it."""
    inside = sorted((m for m in found if m.start < end and start < m.end), key=lambda m: m.start)
    if not inside or any(m.group is None or m.start < start or m.end > end for m in inside):
        return []
    first = inside[0]
    rest = text[first.end : end].strip()
    return inside if first.start == start and rest[:1].isupper() else []


def _closed_by_table_name(found: list[Mention], text: str, start: int, end: int) -> list[Mention]:
    """The one alias-table match that ends the body's name ``text[start:end]`` after "of"
    ("Kansas" of the "University of Kansas", "America" of "Bank of America"), when the words
    before name a kind of body; else none.  The body is no mention of the place it is of."""
    inside = [m for m in found if m.start < end and start < m.end]
    if len(inside) != 1 or inside[0].group is None or inside[0].end != end:
        return []
    head = _OF_BEFORE.fullmatch(text, start, inside[0].start)
    if head is None or not any(w.casefold() in ORG_WORDS for w in head.group(1).split()):
        return []
    return inside


# A body's kind and "of" before the place it is of: "University of ", "Bank of the ".
_OF_BEFORE = re.compile(r"(?:the\s+)?((?:[A-Z][\w.'’&-]*\s+)+)of\s+(?:the\s+)?", re.IGNORECASE)


def _surname_a_place(found: list[Mention], text: str, start: int, end: int) -> list[Mention]:
    """The alias-table place that ends a person's name ("Washington" of "Kerry Washington"),
    when a given name opens it, or opens it as a given name ("America" of "America
    Ferrera"); else none."""
    inside = [m for m in found if m.start < end and start < m.end]
    if len(inside) != 1:
        return []
    place = inside[0]
    if place.group is None or place.label not in ("GPE", "LOC"):
        return []
    surname = text[place.end : end].split()
    if place.start == start and len(surname) == 1 and surname[0][:1].isupper():
        # "actress America Ferrera", "Paris Hilton": a given name the table knows as a place.
        known = text[start:end].casefold() in GAZETTEER or surname[0].casefold() in PLACE_WORDS
        return [] if known or surname[0].casefold() in ORG_WORDS else inside
    given = text[start : place.start].split()
    if not (start < place.start and place.end == end) or len(given) != 1:
        return []
    # Not a place's own longer name ("North Carolina", tagged a person).
    named = person_words(given) and text[start:end].casefold() not in GAZETTEER
    return inside if named else []


def _first_name_before(doc: Any, ent: Any) -> Any:
    """The proper noun right before a one-word name the tagger cut off ("Ana" of "Ana
    Lisowska, 58," where only "Lisowska" is tagged, and as a place), else None."""
    if ent.end - ent.start != 1 or ent.label_ not in _EXTENDED or ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if before.pos_ != "PROPN" or before.whitespace_ != " " or before.ent_type_:
        return None
    # "Neighboring Ukraine", "Ailing Venezuela": a participle opening a sentence.
    if len(before.text) >= 6 and before.lower_.endswith("ing"):
        return None
    # A capitalised common word ("Operator Falder", "Challenger Conrad Pyle") is written in
    # lower case elsewhere in the article; a first name never is.
    if written_in_lower_case(before.text, doc.text):
        return None
    return before


# "the Fish and Wildlife Service", tagged "Wildlife Service": the body's first words.
_AND_BEFORE = re.compile(r"\b[Tt]he[ \t]+((?:[A-Z][\w'’-]+[ \t]+){1,2})(?:and|&)[ \t]+$")


def _joined_by_and(doc: Any, text: str, start: int, end: int) -> int:
    """Where an organisation's name starts when the tagger dropped the words before its "and"
    ("the Fish and Wildlife Service"): only for a name ending in a body's word, and words the
    tagger gave no name of their own ("the U.S. and UN officials" stays two)."""
    words = text[start:end].split()
    if len(words) < 2 or words[-1].casefold() not in ORG_WORDS:
        return start
    found = _AND_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return start
    span = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
    if span is None or any(t.ent_type_ for t in span):
        return start
    return found.start(1)


_PARTICLE_BEFORE = re.compile(rf"(?:(?<![\w-])([A-Z][\w'’-]+)[ \t]+)?({PARTICLE})[ \t]+$")
_STARTS_WITH_PARTICLE = re.compile(rf"{PARTICLE}[ \t]+[A-Z]")
_GIVEN_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'’-]+)[ \t]+$")


def _with_particle(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """The name with the particle and given name the tagger left out ("Merwe" of "Johan van
    der Merwe", "de Kock" of "Eugene de Kock"): a person's.  The given name must read as one
    (not a title, never written in lower case in the article)."""
    before = text[max(0, start - 40) : start]
    if _STARTS_WITH_PARTICLE.match(text, start):
        given = _GIVEN_BEFORE.search(before)
        if given and _given_name(text, given.group(1)):
            return start - len(before) + given.start(1), "PERSON"
        return start, label
    found = _PARTICLE_BEFORE.search(before)
    if found is None:
        return start, label
    if found.group(1) and _given_name(text, found.group(1)):
        return start - len(before) + found.start(1), "PERSON"
    if re.fullmatch(PARTICLE_ALONE, found.group(2)):  # "Van der Merwe" without a given name
        return start - len(before) + found.start(2), "PERSON"
    return start, label


def _given_name(text: str, word: str) -> bool:
    return not written_in_lower_case(word, text) and person_words([word])


# Lower-case words inside names: "Bank of America", "Médecins sans Frontières", "Ludwig van
# Beethoven", "bin Laden".
_JOINING = frozenset({
    "of", "and", "for", "the", "on", "in", "at", "to", "a", "an", "by", "with", "without", "de",
    "la", "le", "les", "du", "des", "del", "della", "di", "da", "das", "do", "dos", "van",
    "von", "der", "den", "ter", "te", "y", "e", "sans", "al", "el", "bin", "ibn", "abu", "und",
    "et", "ben", "st",
})  # fmt: skip


_SITED = re.compile(r"(?<=[a-z])[ \t]+(?:on|in|at)[ \t]+[A-Z][^\n]*$")
_BUILDINGS = tuple(w.capitalize() for w in LODGINGS | {"airport"})


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # "Federal Bureau of Investigations (FBI": the tagger ran on into the acronym's
    # parenthesis; the name ends before it (the acronym is read as defined, ``name_scan``).
    paren = text.find("(", start, end)
    if paren > start:
        end = paren
    # "... the Roman Emperor Domitian \n \n Benedict is staying ...": a name ends with its
    # paragraph.
    newline = text.find("\n", start, end)
    if newline > start:
        end = newline
    span = text[start:end]
    front = _TRIM_FRONT.match(span)
    if front:
        start += front.end()
    back = _TRIM_BACK.search(text[start:end])
    if back and back.start() > 0:
        end = start + back.start()
    # "the Buccaneer Hotel on St. Croix": a place's name after a building's is where it is.
    sited = _SITED.search(text, start, end)
    building = text[start : sited.start()] if sited else ""
    # Not "the Hotel on Vesey": the building's word alone is no name.
    if sited and building.endswith(_BUILDINGS) and len(building.split()) > 1:
        end = sited.start()
    small = _TRAILING_SMALL_WORDS.search(text, start, end)
    if small and small.start() > start:
        end = small.start()
    # "LeBron James - aka 'King James'": a dash and the word after it are no part of the name.
    dash = _DASH_TAIL.search(text, start, end)
    if dash and dash.start() > start:
        end = dash.start()
    # "Udaipur’s airport": the owner is the name; the thing it owns, in lower case, is none.
    owned = _OWNED_THING.search(text, start, end)
    if owned and owned.start() > start:
        end = owned.start()
    return start, end


def taken_spans(mentions: Sequence[Mention]) -> dict[str, list[tuple[int, int]]]:
    """Each article's mention spans, sorted: what ``overlaps`` looks a new span up in."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        spans[m.article].append((m.start, m.end))
    return {article: sorted(found) for article, found in spans.items()}


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 2) : i])


__all__ = ["find_mentions", "overlaps", "shouting", "taken_spans"]
