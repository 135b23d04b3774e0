"""``newsbrief import DIR --db FILE``: a Spark run's Parquet tables into a corpus store.

The store then reads as if ``newsbrief ingest`` had built it: ``stories``, ``brief --db`` (the
Spark briefs are stored as cached briefs under the same settings key, so they are served as
they are; other settings rebuild them from the stored facts) and ``serve``; a later ``ingest``
into it carries on from the imported story states.  Everything goes in through
``store.records`` in ONE transaction: an import is whole or absent.

Needs pyarrow (the ``spark`` extra), not Spark.  The store must be new, or one an earlier
import of the same DIR filled (it is then replaced, so re-importing after a rerun works).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from newsbrief import codec
from newsbrief.errors import ConfigError, MissingDependency, SkipReason
from newsbrief.models import Skipped, StoryBrief
from newsbrief.run.spark_io import OutputDir
from newsbrief.run.spark_tasks import facts_from_row
from newsbrief.store import records
from newsbrief.store.sqlite import Store

# Rows per Parquet batch read: the import's memory stays flat whatever DIR holds.
BATCH_ROWS = 1000
_TABLES_CLEARED = (
    "briefs",
    "memberships",
    "duplicates",
    "merges",
    "stories",
    "facts",
    "articles",
    "skipped",
    "sources",
)


@dataclass
class ImportReport:
    articles: int = 0
    duplicates: int = 0
    stories: int = 0
    briefs: int = 0
    skipped: int = 0
    sources: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(vars(self))


def _rows(
    folder: OutputDir, table: str, columns: list[str] | None = None
) -> Iterator[dict[str, Any]]:
    try:
        import pyarrow.dataset as ds
    except ImportError as exc:
        raise MissingDependency("pyarrow", "spark") from exc
    if not folder.exists(table):
        return
    data = ds.dataset(folder.path(table), format="parquet", filesystem=folder.fs)
    for batch in data.to_batches(columns=columns, batch_size=BATCH_ROWS):
        yield from batch.to_pylist()


def import_run(out: str, store: Store) -> ImportReport:
    """Load the Spark output in ``out`` into ``store`` (see the module docstring)."""
    folder = OutputDir(out)
    if folder.pending():
        raise ConfigError(
            f"{out}: a Spark run's swap is unfinished; run the same `newsbrief spark` command "
            "again to finish it, then import"
        )
    if not folder.exists("articles"):
        raise ConfigError(f"{out} holds no Spark output (no articles table): run newsbrief spark")
    run = json.loads(folder.read_file("_report.json")) if folder.exists("_report.json") else {}
    topic_model = str(run.get("topic_model") or "model:packaged")
    report = ImportReport()
    with store.transaction() as tx:
        known = int(tx.execute("SELECT count(*) FROM articles").fetchone()[0])
        if known and store.meta("imported_from") != folder.uri:
            raise ConfigError(
                f"{store.path} already holds {known} articles not imported from {out}: "
                "import into a new --db"
            )
        stored_model = store.meta("topic_model")
        if stored_model is not None and stored_model != topic_model:
            raise ConfigError(
                f"{store.path} holds topic vectors from {stored_model!r}, not {topic_model!r}"
            )
        for table in _TABLES_CLEARED:
            tx.execute(f'DELETE FROM "{table}"')
        # Every article's row, then its facts, inserted in publication order (the ``seq``
        # corpus mode's windows count in).  Held in memory: a store is one machine's corpus.
        articles = {
            str(r["id"]): r
            for r in _rows(folder, "articles", ["id", "record_hash", "published", "article"])
        }
        order = sorted(articles, key=lambda a: _order_key(articles[a]))
        facts_of = {str(r["article_id"]): r for r in _rows(folder, "facts")}
        for article_id in order:
            row = {**facts_of[article_id], "article": articles[article_id]["article"]}
            records.put_article(tx, facts_from_row(row), str(articles[article_id]["record_hash"]))
            report.articles += 1
        dups = [(str(r["article_id"]), str(r["canonical_id"])) for r in _rows(folder, "duplicates")]
        tx.executemany(
            "INSERT INTO duplicates (article_id, canonical_id) VALUES (?, ?)", sorted(dups)
        )
        report.duplicates = len(dups)
        seq = int(tx.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0])
        minted = 0
        for row in _rows(folder, "stories"):
            state = records.state_from(str(row["id"]), str(row["state"]), bytes(row["vector_sum"]))
            state.rank = int(row["rank"])
            minted = max(minted, state.rank + 1)
            story = records.StoryRow(
                id=state.id,
                title=row["title"],
                first_seen=row["first_seen"],
                last_seen=row["last_seen"],
                version=1,
                touched=seq,
            )
            records.put_story(tx, state, story)
            records.set_members(tx, state.id, [str(a) for a in row["articles"]])
            report.stories += 1
        for row in _rows(folder, "briefs"):
            brief = codec.loads(StoryBrief, str(row["brief"]))
            records.put_brief(tx, brief, 1, str(row["settings"]))
            report.briefs += 1
        skipped = [_skipped(r) for r in _rows(folder, "quarantine")]
        records.put_skipped(tx, skipped)
        report.skipped = len(skipped)
        for marker in folder.done_inputs().values():
            tx.execute(
                "INSERT INTO sources (path, size, mtime_ns, complete, partial_offset)"
                " VALUES (?, ?, ?, 1, NULL)",
                (marker.path, marker.size, marker.mtime_ns),
            )
            report.sources += 1
        store.set_meta("minted", str(minted))
        store.set_meta("regroup", "done")
        store.set_meta("topic_model", topic_model)
        store.set_meta("imported_from", folder.uri)
    return report


def _order_key(row: dict[str, Any]) -> tuple[bool, str, str]:
    """``index.dedup.canonical_key`` of an article row."""
    published = row["published"]
    return (published is None, str(published or ""), str(row["id"]))


def _skipped(row: dict[str, Any]) -> Skipped:
    reason = str(row["reason"])
    known = {r.value for r in SkipReason}
    return Skipped(
        source=str(row["source"]),
        # A record that raised (quarantined "error") is stored as a bad record, its detail
        # saying what failed.
        reason=SkipReason(reason) if reason in known else SkipReason.BAD_RECORD,
        detail=str(row["detail"] or ""),
        offset=None if row["offset"] is None else int(row["offset"]),
    )


__all__ = ["ImportReport", "import_run"]
