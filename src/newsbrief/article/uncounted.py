"""Numbers that count nothing: part of a name, a unit of time that dates or ages something, a
reference back to things already named.

Takes: spaCy tokens and spans of a figure (``article.quantities``).  Gives: yes or no.  Plain
Python over the parse.
"""

from __future__ import annotations

import re
from typing import Any

from newsbrief.article.predicates import CLASSES

# Units of time: "10 years later", "13 years of age" date or age something; they count nothing
# (the tagger reads most such spans as DATE, which are no figures either).
_TIME_UNITS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours"}
)
_OFFSET_WORDS = frozenset({"ago", "later", "earlier", "before", "after", "old", "older"})
_CLOCK = frozenset({"p.m", "a.m", "pm", "am"})


def time_offset(noun: Any) -> bool:
    """``noun`` is a unit of time that dates or ages something: "years later", "years ago",
    "years old", "years of age"; or a clock's "p.m."."""
    if noun.lower_.rstrip(".") in _CLOCK:
        return True  # "between 9-11:30 p.m.": a time of day
    if noun.lower_ not in _TIME_UNITS:
        return False
    doc = noun.doc
    after = [t.lower_ for t in doc[noun.i + 1 : noun.i + 3]]
    return bool(after) and (after[0] in _OFFSET_WORDS or after == ["of", "age"])


def a_duration_of(ent: Any) -> bool:
    """ "A 39 second video", "a 30 minute drive": a singular unit of time after the number
    says how long the next noun lasts; it counts nothing."""
    doc = ent.doc
    if ent.end + 1 >= len(doc):
        return False
    unit = doc[ent.end]
    return unit.lower_ in _DURATIONS and unit.head.i > unit.i


_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def in_a_name(ent: Any, noun: Any) -> bool:
    """A number that is part of a name: after a capitalised name word ("Bay News 9", "FOX 13",
    "Flight 370"), or before a proper noun it does not count ("400 Highland Drive", an
    address; "300 Americans" counts people), or opening the name of the one thing it
    qualifies ("the 1,000 Genomes Project database")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in _NUMBERED:
        return True  # "stage 4 cancer", "a category 5 storm", "gate 12": a grade or a label
    if before is not None and _CAMEL_CASE.fullmatch(before.text):
        return True  # "the iPhone 4", "the iOS 5 updates": a model or a version
    glued = doc[ent.end] if ent.end < len(doc) else None
    if glued is not None and glued.idx == ent.end_char and glued.text.isupper():
        return True  # "the iPhone 3G", "a 4K screen": a model's letters glued to its number
    if _BALLOT.search(doc.text, max(0, ent.start_char - 12), ent.start_char) or (
        len(ent.text) >= 2 and "Prop" in doc.text and ent.text in _propositions(doc)
    ):
        return True  # "Proposition 37", "the No on 37 campaign", "support for 37 dropped"
    if (
        before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and not before.is_sent_start
        and before.ent_type_ not in ("DATE", "NORP")
    ):
        return True
    if noun is not None and noun.i == ent.start - 1 and noun.text[:1].isupper():
        return True  # "Flight 370 carried ...": a count comes before what it counts
    after = doc[ent.end] if ent.end < len(doc) else None
    if (
        noun is not None
        and noun.tag_ == "NN"
        and noun.lower_ not in _COLLECTIVE  # "300 Hilton Hotels staff" are 300 people
        and after is not None
        and after.i < noun.i
        and after.ent_iob_ == "B"
        and after.ent_type_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT")
    ):
        return True  # "the 1,000 Genomes Project database": one database, with a name
    return noun is not None and noun.pos_ == "PROPN" and noun.ent_type_ not in ("NORP", "")


_CAMEL_CASE = re.compile(r"[a-z]+[A-Z][\w]*")
# A ballot measure's number and the campaigns named after it.
_BALLOT = re.compile(r"\b(?:Proposition|Prop\.?|(?:Yes|No)[ \t]+on)[ \t]+$")
_PROPOSITION = re.compile(r"\b(?:Proposition|Prop\.?)[ \t]+(\d{2,3})\b")


def _propositions(doc: Any) -> frozenset[str]:
    """The numbers of the ballot measures the text names: a bare "37" later is the measure."""
    return frozenset(m.group(1) for m in _PROPOSITION.finditer(doc.text))


_COLLECTIVE = frozenset({"staff", "personnel", "crew", "police", "workforce", "livestock"})
# Words a number grades or labels rather than counts after ("stage 4", "level 3", "gate 12").
_NUMBERED = frozenset({
    "stage", "phase", "level", "category", "grade", "tier", "step", "chapter", "page",
    "section", "article", "number", "no", "no.", "room", "gate", "terminal", "platform",
    "ref", "refs", "fig", "figs", "figure", "table", "eq", "equation",
    "route", "highway", "interstate", "exit", "suite", "pier", "runway", "precinct", "ward",
})  # fmt: skip


def the_two(ent: Any, value: float) -> bool:
    """ "the two countries", "these two men": a reference back to two already named (India and
    Bangladesh), which no source counts; what befell them ("the two soldiers were freed") is
    still a figure."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        value == 2
        and ent.text.casefold() == "two"
        and before is not None
        and before.lower_ in ("the", "these", "those", "both")
    )


def numbered_one(ent: Any, noun: Any, value: float) -> bool:
    """ "a 999 call", "a 911 call", "a 747 jet": "a" and a singular noun make the number a
    name of one thing (an emergency line, a model), not a count of many."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    # "its 2.0 machine", "the new 2.0 Keurig brewer": a version, not two machines.
    version = _VERSION.fullmatch(ent.text) is not None and noun.tag_ == "NN" and noun.i >= ent.end
    # "before calling 911", "Patsy Ramsey's 911 call", "the 911 tape": the emergency line,
    # no count of calls.
    after = doc[ent.end] if ent.end < len(doc) else None
    line = (before is not None and before.lemma_ in _DIAL) or (
        after is not None and after.lower_ in _LINE_NOUNS
    )
    dialled = line and ent.text.strip() in _LINES
    return (
        version
        or dialled
        or (
            value > 1
            and before is not None
            and before.lower_ in ("a", "an")
            and noun.tag_ == "NN"
            and noun.i == ent.end
        )
    )


_VERSION = re.compile(r"\d{1,2}\.\d")
_DIAL = frozenset({"call", "dial", "phone", "ring", "text"})
_LINES = frozenset({"911", "999", "112", "000", "111"})
# One call, tape or dispatcher: "received 999 calls in one hour" counts calls.
_LINE_NOUNS = frozenset({
    "call", "tape", "dispatcher", "operator", "recording", "center", "centre", "line", "system",
    "caller",
})  # fmt: skip


def cited_sources(ent: Any, noun: Any) -> bool:
    """ "according to two sources", "said three people familiar with the talks": who told
    the reporter, not a figure of the story."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]]
    return noun.lemma_.casefold() in _INFORMANTS and (
        before == ["according", "to"] or any(c.lower_ == "familiar" for c in noun.children)
    )


_INFORMANTS = frozenset({"source", "person", "people", "official", "insider", "executive"})


def a_rate(ent: Any) -> bool:
    """ "affects 1 in 10,000 people", "one out of 20 patients": the number says how often,
    it counts nobody."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
    return before[-2:] in (["1", "in"], ["one", "in"]) or before == ["one", "out", "of"]


def per_one(noun: Any) -> bool:
    """ "five children per woman", "one child for every couple", "the average woman has seven
    children": a rate or an average, which counts no one the story is about."""
    doc = noun.doc
    after = [t.lower_ for t in doc[noun.i + 1 : noun.i + 3]]
    if after[:1] == ["per"] or after == ["for", "every"]:
        return True
    if noun.dep_ not in ("dobj", "attr"):
        return False
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.lower_ in _AVERAGE for c in subject.children)


_AVERAGE = frozenset({"average", "typical"})


def or_two(ent: Any) -> bool:
    """ "knew a thing or two", "in a day or two", "one or two men": a vague few, not a count
    of two."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
    if ent.text.casefold() not in ("two", "2") or before[-1:] != ["or"]:
        return False
    return before[-2:-1] in (["one"], ["1"]) or before[-3:-2] in (["a"], ["an"])


def a_tally(ent: Any) -> bool:
    """ "defeated by a vote of 144-127", "a 3-1 win", "1 vs. 2 games": one side of a score or a
    pairing, not a count (a rising pair, "26-28 genes", is a range and read as one before
    this); nor is a list's item number."""
    text = ent.doc.text
    after = _SIDE_AFTER.match(text, ent.end_char, ent.end_char + 10)
    before = _SIDE_BEFORE.search(text, max(0, ent.start_char - 10), ent.start_char)
    # "2) Qua economics, the proposal ...": a list's item number opening its line.
    item = text[ent.end_char : ent.end_char + 1] == ")" and _LINE_START.search(
        text, max(0, ent.start_char - 4), ent.start_char
    )
    return bool(after or before or item)


_LINE_START = re.compile(r"(?:\A|\n)[ \t(]*$")
# The other side of a score or a pairing: "144-127", "a 3-1 win", "No. 1 vs. No. 2", "1 vs. 2
# games".
_SIDE_AFTER = re.compile(r"[-–]\d|\s+(?:vs?\.?|versus)\s")
_SIDE_BEFORE = re.compile(r"\d[-–]$|\s(?:vs?\.?|versus)\s+$")


def a_rank(ent: Any, noun: Any) -> bool:
    """ "a top 10 hit", "a top-five finish", "the No. 4 U.S. carrier": a place on a list,
    not a count of hits."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    # "No." may be one token or two ("No", ".").
    numbered = _NUMBER_SIGN.search(doc.text, max(0, ent.start_char - 5), ent.start_char)
    if numbered is not None:
        return True  # "her 20th No. 1 song", "most No. 1 songs": the rank, whatever follows
    return (
        before is not None
        and before.lower_ in ("top", "top-")
        and noun.tag_ in ("NN", "NNP")  # one hit, one finish
    )


_NUMBER_SIGN = re.compile(r"\bNo\.[ \t]*$")


def a_times_title(ent: Any, noun: Any) -> bool:
    """ "two-time Oscar nominee", "a three-time champion": how often someone won a title, no
    count of anything the story reports."""
    doc = ent.doc
    return (
        noun.lower_ == "time"
        and noun.i == ent.end + 1
        and doc[ent.end].text == "-"
        and noun.dep_ in ("compound", "amod", "nmod")
    )


def a_height(ent: Any) -> bool:
    """ "a 5-foot-8-inch white male", "about 5 feet 8": a person's height in feet and
    inches describes someone; it is no figure the story reports (and "8 feet" is wrong)."""
    text = ent.doc.text
    found = _HEIGHT.finditer(text, max(0, ent.start_char - 16), ent.end_char + 16)
    if any(m.start() < ent.end_char and ent.start_char < m.end() for m in found):
        return True
    # "the 6-foot 7-inch (2.01 meter) Rodman": the same height, converted.
    return _CONVERTED_HEIGHT.search(text, max(0, ent.start_char - 12), ent.start_char) is not None


_CONVERTED_HEIGHT = re.compile(r"(?:inch|inches|foot|feet|\d[\"”″])[ \t]*\([ \t]*$", re.IGNORECASE)
_SMALL = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
_HEIGHT = re.compile(
    rf"\b(?:[4-7]|four|five|six|seven)(?:-foot-|[ -]f(?:oo|ee)t[ -]){_SMALL}\b(?:[ -]inch(?:es)?)?",
    re.IGNORECASE,
)


def a_size_or_bracket(ent: Any) -> bool:
    """A number that sizes or brackets a thing rather than counting it: an age group ("his
    10-and-younger team", "the 12-and-under league"), a sum's order ("a six-figure payment"),
    a size ("a printed 11\" x 17\" version", "the 8 x 10 photo"), a ratio ("three times the
    national average")."""
    text = ent.doc.text
    before = _SIZE_BEFORE.search(text, max(0, ent.start_char - 12), ent.start_char)
    return _BRACKET_AFTER.match(text, ent.end_char) is not None or before is not None


_SIZE_BEFORE = re.compile(
    r"\d(?:[\"”″]|[ -]?(?:inch(?:es)?|in\.|cm|mm|ft|feet|foot|m))?[ \t]*[x×][ \t]*$"
)
_BRACKET_AFTER = re.compile(
    r"[ -]and[ -](?:younger|under|older|over)\b"
    # "at three times the national average", "five times faster": a ratio, no count.
    r"|[ \t]+times[ \t]+(?:the|as|more|less|higher|lower|greater|larger|bigger|faster|"
    r"slower|smaller|that|what|than)\b"
    # "a printed 11\" x 17\" version": a size, no count of versions.
    r"|(?:[\"”″]|[ -]?(?:inch(?:es)?|in\.|cm|mm|ft|feet|foot|m))?[ \t]*[x×][ \t]*\d"
    # "a six-figure payment": how large a sum is, no count of figures.
    r"|-figures?\b",
    re.IGNORECASE,
)


def ages_of_a_group(ent: Any) -> bool:
    """ "the deaths of two boys, 13 and 14": numbers set after a group of people, with commas,
    are their ages, no more boys."""
    text = ent.doc.text
    before = _AGES_AFTER_GROUP.search(text, max(0, ent.start_char - 60), ent.start_char)
    value = ent.text.strip()
    part = _PART_AFTER.match(text, ent.end_char)  # "12 men, 4 of them armed": a part
    return before is not None and not part and value.isdigit() and int(value) < _OLDEST


_OLDEST = 110
_PART_AFTER = re.compile(r"[ \t]+(?:of|were|are|had|have|who|with)\b")
_AGES_AFTER_GROUP = re.compile(
    r"\b(?:boys|girls|men|women|children|kids|teens|teenagers|brothers|sisters|sons|"
    r"daughters|students|victims|siblings),[ \t]+(?:\d{1,3},?[ \t]+(?:and[ \t]+)?)*$"
)


def an_address(ent: Any, noun: Any) -> bool:
    """ "the 3300 block of West Florence Avenue": a block number names where, it counts no
    blocks (two sources giving 3000 and 3300 do not disagree on a count)."""
    doc = ent.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (
        noun.i == ent.end and noun.lower_ == "block" and after is not None and after.lower_ == "of"
    )


def one_of_nothing(value: float, predicate_class: str) -> bool:
    """ "One man called the hotline": a count of one that says nothing befell it is the
    article's "a", no figure to weigh or agree on ("1 dead" is one)."""
    return value == 1 and predicate_class not in CLASSES


def no_word(unit: str) -> bool:
    """The counted "thing" is no word: a citation's abbreviation ("S. Lee ..., Amazing
    Fantasy No. 15" gives ".s", "p. 13" gives "p.s")."""
    return not all(_WORD.fullmatch(w) for w in unit.split())


# A word of the counted thing: letters, with hyphens or an apostrophe ("year-olds"), not a
# token the tokenizer left punctuation on ("lb)-s").
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")


__all__ = [
    "a_duration_of",
    "a_height",
    "a_rank",
    "a_rate",
    "a_tally",
    "a_times_title",
    "an_address",
    "in_a_name",
    "no_word",
    "numbered_one",
    "one_of_nothing",
    "or_two",
    "per_one",
    "the_two",
    "time_offset",
]
