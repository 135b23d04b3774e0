"""Whether two figures can both be true: bounds, ranges and estimates (story.compare)."""

from __future__ import annotations

from builders import quantity as qty

from newsbrief.story.compare import compatible, interval


def test_a_bound_reaches_twice_its_figure_a_range_end_has_no_top() -> None:
    more = qty("a", 1000, "people wounded", "people", hedge="more than")
    assert compatible(more, qty("b", 1800, "people wounded", "people"))
    # A reporter rounds "more than 1,000" down from the count, not from 5,000.
    assert not compatible(more, qty("b", 5000, "people wounded", "people", hedge="estimated"))
    assert compatible(
        qty("a", 30, "people killed", "people", hedge="at least"),
        qty("b", 35, "people killed", "people"),
    )
    # The low end of "between 40 and 500" allows all of the range.
    assert interval(qty("a", 40, "homes burned", "homes", hedge="between")).high == float("inf")
