"""Small tests of whether two figures of one thing are one fact told two ways.

Takes: ``QuantityClaim`` records.  Gives: predicates for ``figures_align``: the predicate
classes that only say how many there are, a figure said of someone in a count ("among the
six"), a toll's later, higher bound, and a weight or an area, which a story gives its one
subject.  Plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.article.counted import POPULATION
from newsbrief.article.measures import measured_kind
from newsbrief.article.tables import RANGE_WORDS
from newsbrief.models import QuantityClaim
from newsbrief.story.compare import compared_value, hedge_kind
from newsbrief.story.figure_places import figure_at

# Predicate classes (``predicates.predicate_class`` stems) that only say how many there are.
STATES = frozenset({
    "", "be", "is", "are", "was", "were", "have", "has", "had", "remain", "number", "total",
    "includ", "own", "count", "exist", POPULATION,
})  # fmt: skip


# How many people live in a place does not change in weeks: "its 2 million people" in one
# report and "the island's 1.7 million residents" a month later disagree (a growing town's
# 6,000 a year later may be 6,600); and it is known closer than an estimate of a toll:
# "its 30,000 residents" beside "the 21,000 residents" is of another place.
POPULATION_DAYS = 92
POPULATION_RATIO = 1.25


def populations(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Both figures say how many live in a place (``counted.a_population``)."""
    return a.predicate_class == b.predicate_class == POPULATION


# A border's or a river's length does not change: two reports a year apart that give it two
# ways ("the 2,870-kilometre border", "the 2,790-kilometre border") disagree.  (Not what is
# built, planned or extended: a wall, a canal, a bridge.)
LANDMARK_DAYS = 3660
_LANDMARKS = frozenset({"border", "frontier", "coastline", "river"})
# Whose border it is: "the border with Norland", "the frontier between Kesh and Dalen".
_NEIGHBOUR = re.compile(r"\b(?:border|frontier)\s+(?:with|between)\s+([A-Z][\w-]*)")


def landmark_lengths(
    a: QuantityClaim,
    b: QuantityClaim,
    named: Callable[[QuantityClaim], frozenset[str]] = lambda c: frozenset(),
) -> bool:
    """Both figures are the length of a landmark ("kilometres border", ``measures``), and
    their sentences name no two different places (``named``: "the border with Norland" and
    "the border with Dalen" are two borders)."""
    # The units first: asked of every pair of figures, and most are no landmark's length.
    if not all(
        measured_kind(c.unit) == "length" and c.unit.split()[-1] in _LANDMARKS for c in (a, b)
    ):
        return False
    if named(a) and named(b) and not named(a) & named(b):
        return False
    sides = {m.group(1) for c in (a, b) for m in [_NEIGHBOUR.search(c.text)] if m}
    return len(sides) <= 1


def lasting(
    a: QuantityClaim,
    b: QuantityClaim,
    window: int,
    named: Callable[[QuantityClaim], frozenset[str]] = lambda c: frozenset(),
) -> int:
    """How many days apart two reports of one fact may be and still disagree."""
    if populations(a, b):
        return POPULATION_DAYS
    return LANDMARK_DAYS if landmark_lengths(a, b, named) else window


def one_among(c: QuantityClaim) -> bool:
    """ "He is among the six fishermen", "one of the 40": the sentence is of someone in the
    count, not of how many there are."""
    at = figure_at(c.text, c.value)
    return _AMONG.search(c.text, max(0, at - 20), at) is not None


_AMONG = re.compile(r"\b(?:among|of)\s+(?:the\s+|these\s+|those\s+)?$", re.IGNORECASE)


def rising_bounds(a: QuantityClaim, b: QuantityClaim, day: Callable[[QuantityClaim], str]) -> bool:
    """A toll given as a bound by an earlier report and a higher bound by a later one ("at
    least 65 people" on Monday, "more than 90 lives" on Wednesday), or a count well above it
    ("at least 14", then "23"): each allows the other, yet the later report counted more; a
    bound is what was counted so far.  A count just above the bound ("at least 65", then
    "70") is that count told more closely: they agree."""
    if not (
        a.predicate_class == b.predicate_class
        and a.predicate_class in _TOLLS
        and _lower_bound(a)
        and day(a)[:10] < day(b)[:10]
    ):
        return False
    if _lower_bound(b):
        return compared_value(b) > compared_value(a)
    return not b.hedge and compared_value(b) >= _WELL_ABOVE * compared_value(a)


# A later count this far above an earlier bound is a count that went on.
_WELL_ABOVE = 1.25


def _lower_bound(c: QuantityClaim) -> bool:
    """ "at least 30", "more than 90": not a range's low end ("between 40 and 50")."""
    return hedge_kind(c.hedge) == "lower" and not set(c.hedge.casefold().split()) & RANGE_WORDS


# Counts of people a disaster befell, which only rise as reports come in.
_TOLLS = frozenset({"dead", "hurt", "missing"})


def weight_or_area(c: QuantityClaim) -> str:
    """ "weight" or "area" for a figure that weighs or measures the surface of something
    ("weighs 17 pounds", "the 18.6-pound Horizon", "encompasses 770,000 square miles"), else
    "": not a distance or a height, which a story gives of many things (a pound sterling is
    no weight)."""
    kind = measured_kind(c.unit)
    if kind in ("area", "weight"):
        return kind
    base = c.unit.split()[0] if c.unit else ""
    weighed = base in ("pounds", "lb") and bool(_WEIGHED.search(c.text))
    return "weight" if base in ("grams", "ounces") or weighed else ""


_WEIGHED = re.compile(r"\bweigh|\d-pound\b", re.IGNORECASE)


__all__ = [
    "POPULATION_DAYS",
    "POPULATION_RATIO",
    "STATES",
    "landmark_lengths",
    "lasting",
    "one_among",
    "populations",
    "rising_bounds",
    "weight_or_area",
]
