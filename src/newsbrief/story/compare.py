"""Whether two figures can both be true: hedges, ranges and units.

Takes: ``QuantityClaim`` records.  Gives: each figure's comparable value (in the unit it is
compared in: miles in kilometres, ``tables.CONVERSIONS``), the interval of true values its
wording allows, and whether two intervals meet.  Used by ``conflicts``.  Plain Python.

- "at least 30", "more than 60" allow the figure up to ``tables.BOUND_REACH`` times it ("more
  than 1,000" is not 5,000); a range's low end ("between 40 ...") the figure and anything
  above; "nearly 100", "up to 50", a range's high end allow anything up to it;
- "about 45", "around 400", "some 80" allow the figure ± ``tables.APPROX_TOLERANCE``;
- an unhedged figure allows itself, also ± that tolerance when it was converted from another
  unit (12 miles is 19.3 km: a rounded "20 kilometres").
Percentages and counts are different units and never meet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from newsbrief.article.predicates import thing_class
from newsbrief.article.tables import (
    APPROX_TOLERANCE,
    BOUND_REACH,
    CONVERSIONS,
    HEDGE_KINDS,
    RANGE_WORDS,
)
from newsbrief.models import QuantityClaim


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def meets(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


def compared_unit(claim: QuantityClaim) -> str:
    """The thing a figure is compared as: its unit's class, in the unit conversions lead to."""
    unit = claim.unit.casefold()
    to = CONVERSIONS.get(unit)
    return thing_class(to[0] if to else unit)


def compared_value(claim: QuantityClaim) -> float:
    to = CONVERSIONS.get(claim.unit.casefold())
    return round(claim.value * to[1], 1) if to else claim.value


def hedge_kind(hedge: str) -> str:
    """ "lower", "upper", "approx" or "" (exact) for a figure's hedge words."""
    words = hedge.casefold().split()
    for n in range(len(words)):
        kind = HEDGE_KINDS.get(" ".join(words[n:]))
        if kind:
            return kind
    return ""


def interval(claim: QuantityClaim) -> Interval:
    value = compared_value(claim)
    kind = hedge_kind(claim.hedge)
    converted = claim.unit.casefold() in CONVERSIONS
    slack = value * APPROX_TOLERANCE
    if kind == "lower":
        # A range's low end allows anything above (its high end is another figure); a bound
        # ("more than 1,000") no more than ``BOUND_REACH`` times the figure.
        if set(claim.hedge.casefold().split()) & RANGE_WORDS:
            return Interval(value, math.inf)
        return Interval(value, value * BOUND_REACH)
    if kind == "upper":
        return Interval(value * (1 - 2 * APPROX_TOLERANCE), value)
    if kind == "approx" or converted:
        return Interval(value - slack, value + slack)
    return Interval(value, value)


def compatible(a: QuantityClaim, b: QuantityClaim) -> bool:
    """True when both figures can be true of one thing (the same value, or hedges that meet)."""
    if compared_value(a) == compared_value(b):
        return True
    ia, ib = interval(a), interval(b)
    # Two approximate figures meet only when each allows the other's value: "about 200" and
    # "nearly 100" cannot both be true.
    if hedge_kind(a.hedge) == "approx" and hedge_kind(b.hedge) in ("approx", "upper"):
        return ia.holds(compared_value(b)) or ib.holds(compared_value(a))
    return ia.meets(ib)


def is_point(claim: QuantityClaim) -> bool:
    """A figure that states one value (exact or approximate), not a bound or a range's end."""
    return hedge_kind(claim.hedge) in ("", "approx")


__all__ = [
    "Interval",
    "compared_unit",
    "compared_value",
    "compatible",
    "hedge_kind",
    "interval",
    "is_point",
]
