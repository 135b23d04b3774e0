"""Where a figure is written in its sentence, and which of the sentence's places it is told of.

Takes: a figure's sentence and value; the positions of a sentence's figures and of the places
it names.  Gives: offsets, and each figure's places.  Used by ``key_figures`` (the clause
shown for a figure) and ``conflicts`` (figures about different places are kept apart).

A sentence may tell figures of two places: "The dead were 64 people buried by mudslides on
battered Kesh island and 38 people swept away ... in neighbouring Tarn Valley
province".  So a sentence is cut between two of its figures at the last joining word before
the second ("and", "while", "but", "whereas", a semicolon; else the last comma), and figures
with no cut between them share a clause ("Eight people including three children were injured
in Philadelphia").  A figure's places are those its clause names, or, when its clause names
none ("At least 48 people, including 19 children, died on Kesh"), every place of the
sentence.  Plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from newsbrief.article.dates import NUMBER_WORDS
from newsbrief.article.numbers import written_forms

_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$"
)
_WORDS_OF = {int(v): w for w, v in NUMBER_WORDS.items()}
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)\b"


def figure_at(text: str, value: float) -> int:
    """Where the figure is written: digits ("1,200", "1200") or a number word ("six")."""
    n = int(value) if value.is_integer() else value
    for form in written_forms(value):
        # Not the whole part of a written fraction ("2½ weeks" is no "2").
        for m in re.finditer(rf"(?<![\d.,]){re.escape(form)}(?![\d½¼¾⅓⅔⅛])", text):
            if not _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                return m.start()  # not the day of a date ("Aug. 2, 2014")
    word = _WORDS_OF.get(int(n)) if isinstance(n, int) else None
    if word:
        # "a five-point intersection"; not the "twenty" of "twenty-five".
        spelled = re.search(rf"(?<![\w-]){word}(?!\w|-{_UNITS_WORD})", text, re.IGNORECASE)
        if spelled:
            return spelled.start()
    whole = _WORDS_OF.get(int(value)) if value - int(value) == 0.5 else None
    if whole:  # "a three-and-a-half year sentence"
        half = re.search(rf"(?<![\w-]){whole}[- ]and[- ]a[- ]half\b", text, re.IGNORECASE)
        if half:
            return half.start()
    return 0


_JOINS = re.compile(r";|\b(?:and|while|but|whereas)\b")


def clause_places(
    text: str, figures: Sequence[int], places: Sequence[tuple[int, str]], at: int
) -> frozenset[str]:
    """The places (offset, name) of ``text`` that the figure at offset ``at`` is told of,
    given the offsets of every figure of the sentence (``at`` among them)."""
    every = frozenset(name for _, name in places)
    positions = sorted(set(figures) | {at})
    cuts = [0]
    for a, b in pairwise(positions):
        between = text[a:b]
        joins = [m.start() for m in _JOINS.finditer(between)]
        commas = [i for i, ch in enumerate(between) if ch == ","]
        if joins or commas:
            cuts.append(a + (joins or commas)[-1])
    cuts.append(len(text) + 1)
    for start, end in pairwise(cuts):
        if start <= at < end:
            end = _own_end(text, [where for where, _ in places], at, end)
            mine = frozenset(name for where, name in places if start <= where < end)
            return mine or every
    return every


# A figure told "in" a place: "among them 14 in Kesh and a handful in Rook, Varn and Tolm".
_IN_PLACE = re.compile(r"[\d.,]*[^,;.]{0,30}?\bin\s+(?:the\s+)?")
# What opens another place's phrase after a joining word ("and some in France"); with none,
# the place is one more of the figure's ("in Kesh and neighbouring Rook").
_PLACE_PHRASE = re.compile(r"\b(?:in|at|from|across|throughout)\s+(?:the\s+)?$")


def _own_end(text: str, wheres: Sequence[int], at: int, end: int) -> int:
    """Where a figure's clause ends when the figure is told in its first place: at a
    joining word after that place that opens another place's phrase."""
    after = sorted(w for w in wheres if at < w < end)
    if not after or not _IN_PLACE.fullmatch(text, at, after[0]):
        return end
    for join in _JOINS.finditer(text, after[0], end):
        following = [w for w in after if w > join.end()]
        if following and _PLACE_PHRASE.search(text, join.end(), following[0]):
            return join.start()
    return end


# The mark a figure placed only by its article's dateline carries among its places: two
# figures filed from one city are not placed there by anything their sentences say.
DATELINE_MARK = "(dateline)"

__all__ = ["DATELINE_MARK", "clause_places", "figure_at"]
