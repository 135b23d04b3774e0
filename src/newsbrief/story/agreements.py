"""Agreements among the figures of one counted thing: one value several articles state.

Used by ``figures_align`` (which decides what is one fact).  Plain Python.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsbrief.article.predicates import CLASSES
from newsbrief.article.tables import CONVERSIONS
from newsbrief.article.uncounted import one_of_nothing
from newsbrief.models import Agreement, QuantityClaim
from newsbrief.story.compare import compared_value, compatible, hedge_kind, is_point
from newsbrief.story.figure_labels import subject


def _article_of(c: QuantityClaim) -> str:
    return c.citations[0].article


def _rank(c: QuantityClaim) -> int:
    """Which figure an agreement is recorded at: exact, then approximate, then converted."""
    converted = 2 if c.unit.casefold() in CONVERSIONS else 0
    return converted + (0 if hedge_kind(c.hedge) == "" else 1)


def _restated(a: QuantityClaim, b: QuantityClaim) -> bool:
    """The same number of the same thing in two articles, told with verbs outside the classes
    ("five fishermen survived", "pulled five fishermen from the raft"): one fact.  A verb of a
    class says what happened to them ("2 executed" is not "2 sought", "3 injured" not "3
    killed")."""
    classes = (a.predicate_class in CLASSES, b.predicate_class in CLASSES)
    return not any(classes) and a.predicate_class != "capacity" != b.predicate_class


def agreements_among(
    claims: Sequence[QuantityClaim],
    same_fact: Callable[[QuantityClaim, QuantityClaim], bool],
    related: Callable[[QuantityClaim, QuantityClaim], bool],
    measure: bool,
) -> list[Agreement]:
    """One value stated consistently by two or more articles: equal figures of one fact, and
    hedged or converted ones that allow it ("at least 30" beside "35")."""
    out: list[Agreement] = []
    done: set[float] = set()
    for p in sorted(claims, key=_rank):
        value = compared_value(p)
        if value in done or one_of_nothing(value, p.predicate_class):
            continue
        equal = [
            c for c in claims
            if compared_value(c) == value
            and (measure or c is p or same_fact(p, c) or _restated(p, c))
        ]  # fmt: skip
        support = [
            c for c in claims
            if _article_of(c) != _article_of(p) and compared_value(c) != value and is_point(p)
            and (measure or same_fact(p, c)) and not related(p, c) and compatible(p, c)
        ]  # fmt: skip
        if support and min(_rank(c) for c in support) < _rank(p):
            support = []  # recorded at the better-stated figure instead
        members = [*equal, *support]
        if len({_article_of(c) for c in members}) < 2:
            continue
        done.add(value)
        cites = tuple(x for c in members for x in c.citations)
        if len({c.unit.casefold() for c in members}) == 1:
            # All in one unit: as the sources write it ("40,000 miles"), not converted.
            out.append(Agreement(subject(members), p.value, cites))
        else:
            out.append(Agreement(subject(members, p.unit), value, cites))
    return out
