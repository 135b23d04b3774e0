"""Corpus mode's reading side: the records of every input not read whole before.

``records_of`` walks PATHS (files, folders, ``-``) and yields their records.  A file the store
says was read whole, with the same size and modification time, is not opened again (a rerun
after a crash, or the same command run twice, reads only what is new).  Skipped inputs (an
unreadable file, a bad record, a cut container) go to ``on_skip``; a file whose last record
has been yielded goes to ``on_file_done``, so that the caller commits its progress with the
batch that holds that record.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped
from newsbrief.read.files import input_files, read_file, read_sources
from newsbrief.run.report import IngestReport
from newsbrief.settings import IngestSettings

__all__ = ["FileDone", "records_of"]


@dataclass(frozen=True)
class FileDone:
    """A file whose every record has been read (committed with the batch that ends after it)."""

    path: str
    size: int
    mtime_ns: int
    partial_offset: int | None  # where a cut container stops; None when read whole


def records_of(
    paths: Sequence[str],
    db: sqlite3.Connection,
    *,
    settings: IngestSettings,
    report: IngestReport,
    on_skip: Callable[[Skipped], None],
    on_file_done: Callable[[FileDone], None],
) -> Iterator[RawDocument]:
    """Every record of the inputs not read whole before (see the module docstring)."""

    def file_records(path: Path) -> Iterator[RawDocument]:
        report.files += 1
        try:
            info = path.stat()
        except OSError as exc:
            on_skip(Skipped(str(path), SkipReason.UNREADABLE, f"{path}: {exc.strerror}"))
            return
        key = str(path)
        row = db.execute(
            "SELECT size, mtime_ns, complete FROM sources WHERE path = ?", (key,)
        ).fetchone()
        if row is not None and row[2] and (row[0], row[1]) == (info.st_size, info.st_mtime_ns):
            report.files_unchanged += 1
            return
        partial: int | None = None
        for item in read_file(path, settings):
            if isinstance(item, Skipped):
                if item.reason == SkipReason.PARTIAL:
                    partial = item.offset if item.offset is not None else -1
                    report.partial.append((item.source, item.offset))
                on_skip(item)
            else:
                yield item
        on_file_done(FileDone(key, info.st_size, info.st_mtime_ns, partial))

    for path in paths:
        if path == "-":
            for item in read_sources(["-"], settings=settings):
                if isinstance(item, Skipped):
                    on_skip(item)
                else:
                    yield item
            continue
        for found in input_files(Path(path)):
            if isinstance(found, Skipped):
                on_skip(found)
            else:
                yield from file_records(found)
