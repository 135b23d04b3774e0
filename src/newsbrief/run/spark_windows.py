"""Time windows for story assignment on Spark: which canonical articles are grouped together.

``StoryIndex`` is sequential, so the job runs it per window, one ``applyInPandas`` group each,
as corpus mode's end-of-run regroup runs it over its active window.  Windows are cut from the
per-day article counts on the driver:

- everything in ONE window while the canonical articles number at most ``max_articles``
  (corpus mode's ``active_articles``, the window its regroup covers): then the stories are
  exactly the embedded ones;
- beyond that, windows of at most ``max_articles``, cut preferably at a quiet gap of more than
  ``max_gap_days`` (no story can span such a gap: joining and merging both need a dated member
  within ``max_gap_days``), else where the window is full (a story spanning that cut is split
  in two; corpus mode likewise stops growing a story once it leaves its window);
- undated articles, when there is more than one window, form a window of their own (in one
  window they are grouped with everything, as corpus mode groups them).

Document frequencies are counted per window (corpus mode counts them over its window too).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

# The window key of undated articles when they have a window of their own.
UNDATED = -1


def cut_windows(
    days: Mapping[date | None, int], *, max_articles: int, max_gap_days: int
) -> dict[date | None, int]:
    """Day (None: undated) -> window number, from the canonical articles per day."""
    total = sum(days.values())
    dated = sorted(d for d in days if d is not None)
    if total <= max_articles:
        return dict.fromkeys(days, 0)
    out: dict[date | None, int] = {}
    window, size = 0, 0
    run_start = 0  # index in ``dated`` where the current window began
    last_break: int | None = None  # index of the latest quiet gap inside the current window
    for i, day in enumerate(dated):
        if i > run_start and (day - dated[i - 1]).days > max_gap_days:
            last_break = i
        if size + days[day] > max_articles and size > 0:
            cut = last_break if last_break is not None and last_break > run_start else i
            for moved in dated[cut:i]:  # days after the quiet gap start the next window
                out[moved] = window + 1
            window += 1
            size = sum(days[d] for d in dated[cut:i])
            run_start, last_break = cut, None
        out[day] = window
        size += days[day]
    if None in days:
        out[None] = UNDATED
    return out


__all__ = ["UNDATED", "cut_windows"]
