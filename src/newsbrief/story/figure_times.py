"""When two figures hold: the day each is tied to, the year it is written to belong to, and
whether two days are close enough for one figure to contradict or revise the other.

Takes: ``QuantityClaim`` records and ISO days (a day, a month or a year).  Gives: yes or no,
and days.  Used by ``figures_align``.  Plain Python.
"""

from __future__ import annotations

from newsbrief.article.dates import iso_day
from newsbrief.models import QuantityClaim

__all__ = ["CONTRADICTION_DAYS", "close_in_time", "different_times", "era", "written_day"]

# Reports further apart than this do not contradict each other: weeks later a figure has
# changed, or it is about something else (real clusters span months).
CONTRADICTION_DAYS = 7


def different_times(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Two figures each written to hold on another day ("by Friday evening", "by midday
    Saturday"): not the same time, so no contradiction."""
    return bool(
        a.as_of_written and b.as_of_written and a.as_of and b.as_of
        and a.as_of[:10] != b.as_of[:10]
    )  # fmt: skip


def close_in_time(a: str, b: str, days: int = CONTRADICTION_DAYS) -> bool:
    """Whether two days are at most ``days`` apart; a day known only by its year or month
    ("won $45 million in 1997", "in 2002") is close to one of the same or the next year."""
    da, db = iso_day(a), iso_day(b)
    if da is not None and db is not None:
        return abs((da - db).days) <= days
    ya, yb = a[:4], b[:4]
    return not (ya.isdigit() and yb.isdigit() and abs(int(ya) - int(yb)) > 1 + days // 365)


def era(claim: QuantityClaim, reported: str | None) -> str:
    """The year a figure is written to belong to, as a year or a month, when that is not the
    year of its report ("destroyed 60 homes in 1987", "rose 45 percent last year"): a past
    figure is compared only with figures of its own year, never taken for a contradiction or
    an update."""
    if not (claim.as_of_written and claim.as_of and reported) or len(claim.as_of) > 7:
        return ""  # a day ("on Aug. 2, 2014") dates an event of the story's own past
    return claim.as_of[:4] if claim.as_of[:4] != reported[:4] else ""


def written_day(c: QuantityClaim) -> str:
    """The day a figure is tied to: a date written in its sentence, else its report's."""
    return c.as_of or ""
