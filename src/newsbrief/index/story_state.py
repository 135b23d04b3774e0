"""One story as ``index.stories.StoryIndex`` grows it: sums that make average linkage cheap.

Average linkage (the mean similarity over all pairs of members) between two groups of unit
vectors is the dot product of their sums divided by the product of their sizes, so a story
keeps the sum of its members' topic vectors and the sum of their unit term vectors, and
comparing an article or another story with it costs one dot product, not one per member.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]
TermVector = dict[str, float]


# Marks a name in ``term_counts`` (``article.terms``).
NAME_PREFIX = "="


def shared_names(a: TermVector, b: TermVector) -> int:
    """How many names (people, places, organisations) two term vectors have in common."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(1 for term in small if term.startswith(NAME_PREFIX) and term in large)


def sparse_dot(a: TermVector, b: TermVector) -> float:
    """Dot product of two sparse vectors, iterating over the smaller."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


@dataclass
class StoryState:
    """One story as it grows: mutable on purpose, private to its ``StoryIndex``."""

    id: str
    rank: int  # order of minting: on a merge the story minted first keeps its id
    language: str
    labelled: bool
    vector_sum: Vector  # sum of the members' unit topic vectors
    text_sum: TermVector = field(default_factory=dict)  # sum of their unit term vectors
    members: list[str] = field(default_factory=list)
    terms: Counter[str] = field(default_factory=Counter)  # salient term -> members holding it
    dates: list[date] = field(default_factory=list)  # sorted

    def gap_days(self, day: date | None) -> int | None:
        """Days from ``day`` to the nearest dated member; None when either side is undated."""
        if day is None or not self.dates:
            return None
        i = bisect.bisect_left(self.dates, day)
        return min(abs((self.dates[j] - day).days) for j in (i - 1, i) if 0 <= j < len(self.dates))

    def gap_to(self, other: StoryState) -> int | None:
        """Days between the nearest dated members of two stories; None when either is undated."""
        if not self.dates or not other.dates:
            return None
        small, large = (self, other) if len(self.dates) <= len(other.dates) else (other, self)
        gaps = (large.gap_days(d) for d in small.dates)
        return min(g for g in gaps if g is not None)

    def add_text(self, vector: TermVector) -> None:
        for term, weight in vector.items():
            self.text_sum[term] = self.text_sum.get(term, 0.0) + weight

    def prune(self, keep: int) -> None:
        """Keep the ``keep`` heaviest terms of the summed term vector once it holds a quarter
        more (the slack makes pruning rare); ties by term, so it is deterministic."""
        if keep and len(self.text_sum) > keep + keep // 4:
            heaviest = sorted(self.text_sum.items(), key=lambda tw: (-tw[1], tw[0]))[:keep]
            self.text_sum = dict(heaviest)

    def absorb(self, other: StoryState) -> None:
        """Take ``other``'s members (a merge); the index moves postings and article ids."""
        self.members.extend(other.members)
        self.vector_sum = self.vector_sum + other.vector_sum
        self.add_text(other.text_sum)
        self.terms.update(other.terms)
        self.dates = sorted(self.dates + other.dates)
