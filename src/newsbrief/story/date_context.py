"""What a date expression's sentence and article say of it: whether it dates an event at all,
and the year a day of a month without one was written with.

Takes: an article's ``DateExpression`` records (``article.date_mentions``).  Gives: tests
``story.claims`` applies before resolving a date (a period a figure is compared against, one
of two alternative years, a span's first year, a day of the story's own run of events told on
a noun) and the parts to resolve a day with ("50 days later, on April 19" after "Feb. 28,
1993" is 1993's April 19, not the one before the report).  Backend: plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from newsbrief.article.dates import resolve_date
from newsbrief.models import DateExpression

__all__ = ["compared_with", "near_day", "not_one_date", "with_stated_year"]


# "640 fires this summer, down 12 percent compared to 727 in the same months of 2019", "up
# 5 percent from a year ago": the period a figure is measured against, not an event.
_COMPARED_BEFORE = re.compile(
    r"(?i)\b(?:(?:same\s+(?:period|time|month|quarter|week|day)|compared\s+(?:with|to))\s+"
    r"(?:[\w,.$%-]+\s+){0,4}|(?<!later\s)(?<!earlier\s)(?<!sooner\s)than\s+|from\s+)$"
)


def near_day(parts: dict[str, str]) -> bool:
    """A weekday, "yesterday" or a day of a month with no year: a day of the story's own run
    of events, which the story tells where it happened; a year or a month on a noun ("who
    became ANC president last year", "a mission scheduled for June 2000") is background no
    other sentence may date."""
    day_of_month = ("mdy" in parts or "dmy" in parts) and not ("y1" in parts or "y2" in parts)
    return "wd" in parts or "day" in parts or day_of_month


def compared_with(expr: DateExpression) -> bool:
    """A relative period ("last year", "a year ago") that a figure is compared against."""
    parts = dict(expr.parts)
    if "rel" not in parts and "ago" not in parts:
        return False
    before = expr.text[: max(0, expr.start - expr.citation.start)]
    return bool(_COMPARED_BEFORE.search(before[-80:]))


# "in late 2000 or early 2001": one of two dates, neither of them the event's; "from 1960 to
# 1994": where a span starts, not an event (its end may be one: "to 1994, when ...").
_OR_ANOTHER = re.compile(r"\s+or\s+(?:(?:early|mid|late)[\s-])?(?:19|20)\d\d\b")
_SPAN_END = re.compile(r"\s+(?:to|until|through|and)\s+(?:(?:early|mid|late)[\s-])?(?:19|20)\d\d\b")


def not_one_date(expr: DateExpression) -> bool:
    """A year that is one of two alternatives, or the start of a span of years."""
    after = expr.text[max(0, expr.end - expr.citation.start) :]
    if "y4" not in dict(expr.parts):
        return False
    spans = expr.expression.casefold().startswith(("from", "between"))
    return bool(_OR_ANOTHER.match(after) or (spans and _SPAN_END.match(after)))


_YEAR_PARTS = ("y1", "y2", "y3", "y4", "y5", "y6")


def with_stated_year(
    expressions: Sequence[DateExpression], expr: DateExpression, ref: date | None
) -> tuple[tuple[str, str], ...]:
    """``expr``'s parts, with the year the article wrote it with when it is a day of a month
    without one: a year written earlier in its sentence ("botched the raid on Feb. 28, 1993,
    ... attacked the group 50 days later, on April 19"), else the year of the same day given
    in full elsewhere in the article ("April 19, 1993" ... "its April 19 assault").  Read
    against the report's date instead, such a day is the one before the report, years off."""
    parts = dict(expr.parts)
    if not ("mdy" in parts or "dmy" in parts) or any(k in parts for k in _YEAR_PARTS):
        return expr.parts
    year = next(
        (
            year
            for other in reversed(expressions)
            if other.sentence == expr.sentence and other.end <= expr.start
            for year in [_year(other)]
            if year
        ),
        None,
    )
    if year is None and ref is not None:
        own = resolve_date(expr.parts, ref)
        for other in expressions:
            other_parts = dict(other.parts)
            if not ("mdy" in other_parts or "dmy" in other_parts) or not _year(other):
                continue
            stated = resolve_date(other.parts, ref)
            if own and stated and stated[0][4:] == own[0][4:]:
                year = stated[0][:4]
                break
    if year is None:
        return expr.parts
    return (*expr.parts, ("y1" if "mdy" in parts else "y2", year))


def _year(expr: DateExpression) -> str | None:
    parts = dict(expr.parts)
    return next((parts[k] for k in _YEAR_PARTS if k in parts), None)
