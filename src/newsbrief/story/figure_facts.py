"""Small tests of whether two figures of one thing are one fact told two ways.

Takes: ``QuantityClaim`` records.  Gives: predicates for ``figures_align``: the predicate
classes that only say how many there are, a figure said of someone in a count ("among the
six"), a toll's later, higher bound, and a weight or an area, which a story gives its one
subject.  Plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.article.measures import measured_kind
from newsbrief.article.tables import RANGE_WORDS
from newsbrief.models import QuantityClaim
from newsbrief.story.compare import compared_value, hedge_kind
from newsbrief.story.figure_places import figure_at

# Predicate classes (``predicates.predicate_class`` stems) that only say how many there are.
STATES = frozenset({
    "", "be", "is", "are", "was", "were", "have", "has", "had", "remain", "number", "total",
    "includ", "own", "count", "exist",
})  # fmt: skip


def one_among(c: QuantityClaim) -> bool:
    """ "He is among the six fishermen", "one of the 40": the sentence is of someone in the
    count, not of how many there are."""
    at = figure_at(c.text, c.value)
    return _AMONG.search(c.text, max(0, at - 20), at) is not None


_AMONG = re.compile(r"\b(?:among|of)\s+(?:the\s+|these\s+|those\s+)?$", re.IGNORECASE)


def rising_bounds(a: QuantityClaim, b: QuantityClaim, day: Callable[[QuantityClaim], str]) -> bool:
    """A toll given as a bound by an earlier report and a higher bound by a later one ("at
    least 65 people" on Monday, "more than 90 lives" on Wednesday): each allows the other,
    yet the later report counted more; a bound is what was counted so far."""
    return (
        a.predicate_class == b.predicate_class
        and a.predicate_class in _TOLLS
        and _lower_bound(a)
        and _lower_bound(b)
        and day(a)[:10] < day(b)[:10]
        and compared_value(b) > compared_value(a)
    )


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


__all__ = ["STATES", "one_among", "rising_bounds", "weight_or_area"]
