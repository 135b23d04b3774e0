"""What an ingest did: the run report and, for records handed in directly (the API), what
each record became."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal


@dataclass
class IngestReport:
    """What one ingest did; ``newsbrief ingest`` prints it, ``--report json`` as JSON."""

    files: int = 0
    files_unchanged: int = 0  # read whole by an earlier run and unchanged since: not opened
    read: int = 0  # records read from the inputs
    stored: int = 0  # new articles stored
    already_stored: int = 0  # the same record (id and text) is stored already
    duplicates: int = 0  # near-duplicates linked to a canonical article
    new_stories: int = 0
    updated_stories: int = 0  # stories that existed before this run and gained articles
    merged_stories: int = 0
    regrouped: int = 0  # articles the end-of-run regrouping moved to another story
    skipped: Counter[str] = field(default_factory=Counter)
    partial: list[tuple[str, int | None]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def add_time(self, stage: str, started: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "files_unchanged": self.files_unchanged,
            "read": self.read,
            "stored": self.stored,
            "already_stored": self.already_stored,
            "duplicates": self.duplicates,
            "new_stories": self.new_stories,
            "updated_stories": self.updated_stories,
            "merged_stories": self.merged_stories,
            "regrouped": self.regrouped,
            "skipped": dict(sorted(self.skipped.items())),
            "partial": [{"source": s, "offset": o} for s, o in self.partial],
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }


OutcomeStatus = Literal["stored", "duplicate", "already_stored", "skipped"]


@dataclass(frozen=True)
class RecordOutcome:
    """What one record of ``Ingest.run_records`` became.  ``article_id``: the stored article
    (for ``already_stored`` the record's id, which names the stored copy unless that id was
    taken by other text); ``duplicate_of``: the canonical article of a near-duplicate;
    ``reason``/``detail``: why a record was skipped."""

    status: OutcomeStatus
    article_id: str | None = None
    story_id: str | None = None
    duplicate_of: str | None = None
    reason: str | None = None
    detail: str | None = None


__all__ = ["IngestReport", "OutcomeStatus", "RecordOutcome"]
