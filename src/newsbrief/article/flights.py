"""Airline flights named by their number: "Malaysia Airlines Flight 370", "flight MH370", "MH 370".

The small English pipeline tags none of these forms (or tags a caption's "MH370 - Facts" as an
organisation), yet a plane-crash story names its flight in every article, each outlet its own
way.  Takes: an article's text and the spans of its tagged organisations.  Gives: each flight
name with the number it stands for; ``mentions`` gives every form of one number one alias group
("Flight 370"), so merging makes them one name.  Plain regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A designator: an airline's two-character code ("MH", "4U", "U2") glued or spaced before the
# number, or the number alone after "Flight".
_CODE = r"(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])"
_FLIGHT = re.compile(rf"\b[Ff]light[ \t]+({_CODE}[ \t]?)?(\d{{1,4}})\b(?![.,]?\d)")
# The code form alone ("MH370", "MH 370") is a flight only where the article also writes that
# number after "flight": alone it could be a bill ("SB 277") or a road ("I 95").
_CODE_ONLY = re.compile(rf"\b{_CODE}[ \t]?(\d{{2,4}})\b(?![.,]?\d)")


@dataclass(frozen=True)
class Flight:
    start: int
    end: int
    number: str


def flights(text: str, owners: Sequence[tuple[int, int]]) -> list[Flight]:
    """The article's flight names.  ``owners``: spans of the organisations the tagger
    found; one that ends right before "Flight" is the airline and opens the name ("Malaysia
    Airlines Flight 370"), which a capitalised run alone could not tell from a sentence's
    first word ("On Flight 370")."""
    ends = {end: start for start, end in owners}
    found: list[Flight] = []
    weak = []
    for m in _FLIGHT.finditer(text):
        if m.group(0)[0] == "f" and not m.group(1):
            weak.append(m)  # "a flight 10 days before": a number after "flight" is no name
            continue
        before = m.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        start = ends.get(before, m.start()) if before < m.start() else m.start()
        found.append(Flight(start, m.end(), m.group(2)))
    # A number written as a flight's once ("Flight 370", "flight MH370") names it in the
    # weaker forms too.
    numbers = {f.number for f in found}
    for m in [*weak, *_CODE_ONLY.finditer(text)]:
        inside = any(f.start <= m.start() < f.end for f in found)
        if m.group(m.re.groups) in numbers and not inside:
            found.append(Flight(m.start(), m.end(), m.group(m.re.groups)))
    return sorted(found, key=lambda f: f.start)


__all__ = ["Flight", "flights"]
