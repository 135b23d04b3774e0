"""Who holds an office in an article's text: evidence of when an undated page was written.

Takes: an article's title and text.  Gives: marker terms, which ``article.terms`` adds to the
salient terms and story grouping (``index.stories``) reads as time evidence, never as shared
words.  Backend: one regular expression per title with bounded repeats (linear on any input),
over the first ``MAX_CHARS`` of the text.

Why: a web page often comes without a date, and two pages on two US budget fights (2015,
2018) or two summits are as alike in words as two pages on one.  What such a page still says
about its time is who holds an office as it is written: "President Obama" is written while
Obama is president, "former President Obama" after.  The offices and their holders are a
small table (``gazetteer.json``, ``offices``).  Markers:

- ``^office:<office>:<holder>``: the holder written after one of the office's titles, not
  after "former", "late", "then", "ex", "vice", "deputy" or "future" ("President Barack Obama",
  "President George W. Bush");
- ``^named:<holder>``: the holder's surname anywhere, capitalised.

``clash`` says that two sets of markers put two texts in two terms of one office: each names a
sitting holder, and neither mentions the other's sitting holder at all.  A page that recalls
"President Barack Obama" in a story about his successor also names the successor, so it
clashes with neither; a common word that is also a surname ("May", "Brown") only ever
prevents a clash.  A person holds one of these offices at a time, so a page that gives a
holder another office ("Senate Minority Leader Mitch McConnell", 2011) does not know him as
this one's ("Senate Majority Leader Mitch McConnell", 2015), however often it names him.
Measured with ``bench/grouping.py`` (module docstring there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsbrief.article.tables import OFFICE_HOLDERS

MARK = "^"
OFFICE = MARK + "office:"
NAMED = MARK + "named:"
MAX_CHARS = 100_000
# A title after these is not the sitting holder ("former President Obama", "then-President
# Bush", "Vice President Biden").
NOT_SITTING = frozenset({"former", "late", "then", "ex", "vice", "deputy", "future"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*$")

_HOLDERS = sorted({h for _, holders in OFFICE_HOLDERS.values() for h in holders})
_TITLES = sorted({t for titles, _ in OFFICE_HOLDERS.values() for t in titles})
_HOLDER = "(?P<holder>" + "|".join(map(re.escape, _HOLDERS)) + r")\b"
# A title, at most two given names or initials, the surname: "President George H.W. Bush".
_SITTING = re.compile(
    r"\b(?P<title>"
    + "|".join(map(re.escape, _TITLES))
    + r")\s+(?:[A-Z][\w.'’-]{0,20}\s+){0,2}?"
    + _HOLDER
)
_NAMED = re.compile(r"\b" + _HOLDER)


def era_markers(text: str) -> frozenset[str]:
    """The office markers of one text (see the module docstring)."""
    text = text[:MAX_CHARS]
    markers = {NAMED + m.group("holder").casefold() for m in _NAMED.finditer(text)}
    for m in _SITTING.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if before and before.group(1).casefold() in NOT_SITTING:
            continue
        title, holder = m.group("title"), m.group("holder")
        for office, (titles, holders) in OFFICE_HOLDERS.items():
            if title in titles and holder in holders:
                markers.add(f"{OFFICE}{office}:{holder.casefold()}")
    return frozenset(markers)


def is_marker(term: str) -> bool:
    return term.startswith(MARK)


@dataclass(frozen=True)
class Eras:
    """A text's (or a story's) markers, read back: office -> sitting holders, and every holder
    named."""

    sitting: dict[str, frozenset[str]]
    named: frozenset[str]


def read_markers(terms: Iterable[str]) -> Eras:
    sitting: dict[str, set[str]] = {}
    named: set[str] = set()
    for term in terms:
        if term.startswith(OFFICE):
            office, _, holder = term[len(OFFICE) :].rpartition(":")
            sitting.setdefault(office, set()).add(holder)
        elif term.startswith(NAMED):
            named.add(term[len(NAMED) :])
    return Eras({o: frozenset(h) for o, h in sitting.items()}, frozenset(named))


def _known_as_holder(eras: Eras, office: str) -> frozenset[str]:
    """The holders a text names who could hold ``office`` as it is written: one the text
    gives another office ("Senate Minority Leader Mitch McConnell") holds that one, so it
    does not know him as this office's holder, though it names him again bare."""
    elsewhere = {h for o, held in eras.sitting.items() if o != office for h in held}
    return eras.named - (elsewhere - eras.sitting.get(office, frozenset()))


def clash(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sets of terms (markers among them) were written in two terms of one
    office: both name a sitting holder, and neither knows the other's (names him at all, or
    other than as the holder of another office)."""
    first, second = read_markers(a), read_markers(b)
    for office, held in first.sitting.items():
        other = second.sitting.get(office)
        if (
            other
            and not held & _known_as_holder(second, office)
            and not other & _known_as_holder(first, office)
        ):
            return True
    return False
