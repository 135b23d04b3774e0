"""Timeline dates on real coverage, scored against the dated events a reader listed by hand.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/real_timeline.py GOLD.json [GOLD.json ...]
                                                             [--details] [--strict]
                                                             [--shared DIR]

Gold files (``bench/data/real_timeline_*.json``): for some DUC 2003 clusters, the articles a
reader read in full (``docs_read``) and every event each of them reports with a date the text
gives or lets a reader work out from the article's own date ("YYYY-MM-DD", "YYYY-MM" or
"YYYY", as precise as the text allows), written by a helper who read neither the rules nor
the tool's output.  Left out by the reader: ages, durations, comparisons ("the worst since
1990"), years that only label something, datelines.  No article text: each event is the
reader's own few words.

Protocol: each cluster is briefed as one story as the product does it (``read_articles``, then
``run.local.brief_as_story``; the hashing embedder stands in for MiniLM).  Both sides are
reduced to (article, date) pairs: the gold's events of the articles read, and each timeline
row's date paired with every one of those articles the row cites (a row several articles tell
is found in each).  A found pair is *right* when the gold has the same article and the same
date string (a day is not a month: "1998-10" and "1998-10-29" differ).  Two events one
article dates the same day are one pair, so a row of the right day for another event of that
day counts as right.  A row the product marks week-level (a day standing for a week: "last
week", shown "_(that week)_") is compared at the month that holds most of that week, since a
reader's list can only write a week as its month; strictly by its day it scored 0.85 / 0.69
blind at d415fc7, at that month 0.88 / 0.74 (``--strict`` scores by the day).
Precision = right / found pairs; recall = right / gold pairs.
``--details`` prints each missed and each extra pair (dev files only).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from real_conflicts import run

from newsbrief.models import StoryBrief, TimelineEvent
from newsbrief.story.timeline import WEEK_NOTE


@dataclass
class Tally:
    gold: int = 0  # gold (article, date) pairs
    found: int = 0  # the tool's (article, date) pairs in the articles read
    right: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.found += other.found
        self.right += other.right

    def row(self, name: str) -> str:
        p = self.right / self.found if self.found else 1.0
        r = self.right / self.gold if self.gold else 1.0
        return (
            f"{name:<20} gold {self.gold:4d}  found {self.found:4d}  right {self.right:4d}  "
            f"P {p:.2f}  R {r:.2f}"
        )


def _compared_date(event: TimelineEvent, strict: bool) -> str:
    """The row's date as the gold can write it: a week-level day as its week's month (the
    month of the week's Thursday, which holds most of the week)."""
    if strict or WEEK_NOTE not in event.note or len(event.date) != 10:
        return event.date
    day = date.fromisoformat(event.date)
    return (day + timedelta(days=3 - day.weekday())).isoformat()[:7]


def score_cluster(brief: StoryBrief, cluster: dict[str, Any], strict: bool = False) -> Tally:
    read = set(cluster["docs_read"])
    gold = {(e["doc"], e["date"]) for e in cluster["events"] if e["doc"] in read}
    found = {
        (c.article, _compared_date(event, strict))
        for event in brief.timeline
        for c in event.citations
        if c.article in read
    }
    tally = Tally(gold=len(gold), found=len(found), right=len(gold & found))
    tally.lines += [f"    missed {doc} {date}" for doc, date in sorted(gold - found)]
    tally.lines += [f"    extra  {doc} {date}" for doc, date in sorted(found - gold)]
    return tally


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    strict = "--strict" in args
    args = [a for a in args if a != "--strict"]
    return run(
        (__doc__ or "").splitlines()[0],
        args,
        Tally,
        lambda brief, cluster: score_cluster(brief, cluster, strict),
    )


if __name__ == "__main__":
    sys.exit(main())
