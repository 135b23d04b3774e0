"""The Spark job's tasks: plain functions over pandas batches, run inside Python workers.

Each function is what one Spark task runs over its partition (``mapInPandas``) or over one
group (``applyInPandas``).  They call the same stage functions the embedded runners call
(``read_file``, ``clean``, ``extract``, ``DedupIndex``, ``group_stream`` + ``keep_ids``,
``brief_story``) and nothing else decides anything here, which is what makes the Spark output
equal to the embedded one.  No pyspark import: the job (``run.spark``) passes these functions
to Spark, and pyspark pickles them by reference to this installed module.

Every record is wrapped: an exception on one record (a bug a hostile page triggers) becomes a
row with ``quarantine_reason`` set and never fails the task, so one poison record cannot fail
the job.  Backends are loaded once per partition (``load_backends``), never pickled.
"""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from newsbrief.errors import MissingDependency

try:
    import pandas as pd
except ImportError as exc:  # the tasks' batches are pandas frames (the spark extra)
    raise MissingDependency("pandas", "spark") from exc

from newsbrief import codec
from newsbrief.article.facts import extract
from newsbrief.backends.loaded import Backends
from newsbrief.errors import SkipReason
from newsbrief.index.dedup import DedupItem, find_duplicates
from newsbrief.index.regroup import keep_ids
from newsbrief.index.stories import StoryCandidate, group_stream, mint_id, published_day
from newsbrief.index.stories import canonical_key as story_key
from newsbrief.models import Article, ArticleAnalysis, ArticleFacts, Skipped, Story
from newsbrief.read import clean
from newsbrief.read.files import read_file
from newsbrief.run.spark_inputs import is_uri, read_uri
from newsbrief.settings import ClusterSettings, Settings
from newsbrief.store.records import record_hash, state_json
from newsbrief.story.brief import brief_story
from newsbrief.vectors import unpack_one

# What an exception on one record is quarantined as (the other reasons are ``SkipReason``s).
ERROR = "error"
# Rows per pandas batch handed back to Spark: small enough that a task's memory stays flat
# whatever its partition holds.
BATCH_ROWS = 256

# Column types in Spark's DDL, one schema per task kind (Arrow-friendly: strings, longs,
# binaries; nested model objects as codec JSON, the form the SQLite store keeps too).
READ_SCHEMA = (
    "kind string, input string, ordinal long, id string, record_hash string, published string,"
    " article string, source string, reason string, detail string, offset long"
)
FACT_COLUMNS = (
    "id string, record_hash string, input string, ordinal long, source string, url string,"
    " outlet string, title string, published string, article string, terms string,"
    " term_counts string, signature binary, topic binary, sentence_vectors binary,"
    " dimension int, analysis string"
)
EXTRACT_SCHEMA = FACT_COLUMNS + ", quarantine_reason string, quarantine_detail string"
DEDUP_SCHEMA = "article_id string, canonical_id string"
GROUP_SCHEMA = (
    "story_id string, window int, local_rank int, title string, state string,"
    " vector_sum binary, members array<string>"
)
BRIEF_SCHEMA = "story_id string, brief string, quarantine_reason string, quarantine_detail string"

BackendsFactory = Callable[[Settings, str], Backends]


def load_backends(settings: Settings, embedder: str) -> Backends:
    """The models of one partition (the default ``BackendsFactory``)."""
    return Backends.load(settings, embedder_backend=embedder)


@dataclass(frozen=True)
class TaskConfig:
    """What every task needs, pickled to the workers (settings are frozen dataclasses)."""

    settings: Settings
    embedder: str = "model"
    backends: BackendsFactory = load_backends
    # Both tiers of facts (briefs need the costly one); off: the cheap tier only, as corpus
    # mode's ingest extracts (a run without briefs).
    costly: bool = True


def _why(exc: BaseException) -> str:
    """One line saying what failed and where (the innermost newsbrief frame)."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "newsbrief" in f.filename]
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"[:2000]


# --- read + clean: one task per group of input files ----------------------------------------


def read_inputs(config: TaskConfig) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """``mapInPandas`` over (input, path) rows: every record of each file, cleaned."""

    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        rows: list[dict[str, object]] = []
        for batch in batches:
            for key, path in zip(batch["input"], batch["path"], strict=True):
                for row in _read_one(str(key), str(path), config.settings):
                    rows.append(row)
                    if len(rows) >= BATCH_ROWS:
                        yield _frame(rows, READ_SCHEMA)
                        rows = []
        yield _frame(rows, READ_SCHEMA)

    return run


def _read_one(key: str, path: str, settings: Settings) -> Iterator[dict[str, object]]:
    """The rows of one input file (a local path, or a URI: ``run.spark_inputs``), ending with
    its ``file`` row (partial offset, if cut)."""
    partial: int | None = None
    failed: str | None = None
    ordinal = 0
    uri = is_uri(path)
    source = path if uri else str(Path(path))
    try:
        records = read_uri(path, settings.ingest) if uri else read_file(Path(path), settings.ingest)
        for item in records:
            ordinal += 1
            if isinstance(item, Skipped):
                if item.reason == SkipReason.PARTIAL:
                    partial = item.offset if item.offset is not None else -1
                yield _skipped_row(key, ordinal, item)
                continue
            try:
                cleaned = clean.clean(item, settings=settings.clean)
            except Exception as exc:  # one poison record: quarantined, the file goes on
                yield _error_row(key, ordinal, item.source, "clean", exc)
                continue
            if isinstance(cleaned, Skipped):
                yield _skipped_row(key, ordinal, cleaned)
            else:
                yield {
                    "kind": "article",
                    "input": key,
                    "ordinal": ordinal,
                    "id": cleaned.id,
                    "record_hash": record_hash(cleaned),
                    "published": cleaned.published,
                    "article": codec.dumps(cleaned),
                    "source": cleaned.source,
                }
    except Exception as exc:  # a reader bug: the records before it stand, the file is retried
        failed = _why(exc)
        yield _error_row(key, ordinal + 1, source, "read", exc)
    yield {
        "kind": "file",
        "input": key,
        "ordinal": ordinal + 1,
        "source": source,
        "reason": ERROR if failed else (str(SkipReason.PARTIAL) if partial is not None else None),
        "detail": failed,
        "offset": partial,
    }


def _skipped_row(key: str, ordinal: int, item: Skipped) -> dict[str, object]:
    return {
        "kind": "skipped",
        "input": key,
        "ordinal": ordinal,
        "source": item.source,
        "reason": str(item.reason),
        "detail": item.detail,
        "offset": item.offset,
    }


def _error_row(
    key: str, ordinal: int, source: str, stage: str, exc: BaseException
) -> dict[str, object]:
    return {
        "kind": "skipped",
        "input": key,
        "ordinal": ordinal,
        "source": source,
        "reason": ERROR,
        "detail": f"{stage}: {_why(exc)}",
    }


def _columns(schema: str) -> list[str]:
    return [part.strip().split(" ")[0] for part in schema.split(",")]


def _frame(rows: list[dict[str, object]], schema: str) -> pd.DataFrame:
    """Rows as a pandas frame for Spark: object columns, missing values None.  (A column pandas
    infers as all-NaN float64 does not convert to an Arrow string column.)"""
    return pd.DataFrame(
        {c: pd.Series([r.get(c) for r in rows], dtype=object) for c in _columns(schema)}
    )


# --- extract: backends loaded once per partition --------------------------------------------


def extract_articles(
    config: TaskConfig,
) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """``mapInPandas`` over article rows: the facts of each (both tiers), or its quarantine."""

    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        backends: Backends | None = None
        settings = replace(config.settings.extract, costly=config.costly)
        for batch in batches:
            rows: list[dict[str, object]] = []
            for record in batch.to_dict("records"):
                base = {k: record[k] for k in ("id", "record_hash", "input", "ordinal")}
                try:
                    article = codec.loads(Article, str(record["article"]))
                    if str(record["id"]) != article.id:  # renamed to a unique id by the job
                        article = replace(article, id=str(record["id"]))
                    if backends is None:
                        backends = config.backends(config.settings, config.embedder)
                    found = extract(article, settings=settings, backends=backends)
                except Exception as exc:  # one poison record: quarantined, the task goes on
                    rows.append({**base, "source": record.get("source"), **_quarantine(exc)})
                    continue
                if isinstance(found, Skipped):
                    rows.append(
                        {
                            **base,
                            "source": found.source,
                            "quarantine_reason": str(found.reason),
                            "quarantine_detail": found.detail,
                        }
                    )
                else:
                    rows.append({**base, **facts_row(found)})
            yield _frame(rows, EXTRACT_SCHEMA)

    return run


def _quarantine(exc: BaseException) -> dict[str, object]:
    return {"quarantine_reason": ERROR, "quarantine_detail": f"extract: {_why(exc)}"}


def facts_row(facts: ArticleFacts) -> dict[str, object]:
    """``ArticleFacts`` as a row: the same encodings as the SQLite store's columns."""
    a = facts.article
    return {
        "source": a.source,
        "url": a.url,
        "outlet": a.outlet,
        "title": a.title,
        "published": a.published,
        "article": codec.dumps(a),
        "terms": json.dumps(list(facts.terms), ensure_ascii=False),
        "term_counts": json.dumps([list(tc) for tc in facts.term_counts], ensure_ascii=False),
        "signature": facts.signature,
        "topic": facts.topic,
        "sentence_vectors": facts.sentence_vectors,
        "dimension": facts.dimension,
        "analysis": None if facts.analysis is None else codec.dumps(facts.analysis),
    }


def facts_from_row(row: dict[str, object]) -> ArticleFacts:
    """``facts_row`` back (a row read from Spark or Parquet)."""
    vectors = row.get("sentence_vectors")
    analysis = row.get("analysis")
    return ArticleFacts(
        article=codec.loads(Article, str(row["article"])),
        signature=_bytes(row["signature"]),
        topic=_bytes(row["topic"]),
        terms=tuple(json.loads(str(row["terms"]))),
        term_counts=tuple((str(t), int(n)) for t, n in json.loads(str(row["term_counts"]))),
        sentence_vectors=None if _missing(vectors) else _bytes(vectors),
        dimension=int(row["dimension"]),  # type: ignore[call-overload]
        analysis=None if _missing(analysis) else codec.loads(ArticleAnalysis, str(analysis)),
    )


def _bytes(value: object) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    raise TypeError(f"expected bytes, got {type(value).__name__}")


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


# --- dedup: the embedded rule replayed inside each connected component ----------------------


def dedup_component(group: pd.DataFrame) -> pd.DataFrame:
    """``applyInPandas`` per connected component of the band-collision graph: the embedded
    ``find_duplicates`` over its members.  Exact: ``DedupIndex`` decides an article only from
    the canonical articles it shares a band with, and those are all in its component."""
    found = find_duplicates(
        DedupItem(str(i), bytes(s), None if _missing(p) else str(p))
        for i, s, p in zip(group["id"], group["signature"], group["published"], strict=True)
    )
    return _frame(
        [{"article_id": a, "canonical_id": c} for a, c in sorted(found.items())], DEDUP_SCHEMA
    )


# --- stories: StoryIndex over one time window, stored ids kept -------------------------------


def group_window(settings: ClusterSettings) -> Callable[[pd.DataFrame], pd.DataFrame]:
    """``applyInPandas`` per time window of canonical articles: the batch grouping corpus
    mode's end-of-run regroup does (``group_stream`` in canonical order), then ``keep_ids``
    with the story ids of the previous run (columns ``old_story``/``old_rank``)."""

    def run(window: pd.DataFrame) -> pd.DataFrame:
        records = window.to_dict("records")
        if not records:
            return _frame([], GROUP_SCHEMA)
        items = sorted((_candidate(r) for r in records), key=story_key)
        titles = {str(r["id"]): r["title"] for r in records}
        index = group_stream(lambda: items, settings)
        groups = index.members()
        old_of = {
            str(r["id"]): str(r["old_story"]) for r in records if not _missing(r["old_story"])
        }
        old_rank: dict[str, int] = {}
        for r in records:
            if not _missing(r["old_story"]):
                old_rank[str(r["old_story"])] = int(r["old_rank"])
        used = set(old_rank)

        def mint(key: str) -> str:
            sid = key
            while sid in used:
                sid = mint_id(sid + key)
            used.add(sid)
            return sid

        final, _ = keep_ids(groups, old_of, old_rank, mint)
        # Minting order within the window: kept stories first (by their old rank), then new.
        ordered = sorted(
            groups,
            key=lambda k: (
                final[k] not in old_rank,
                old_rank.get(final[k], 0),
                index.story(k).rank,
            ),
        )
        number = int(records[0]["window"])
        out = []
        for rank, key in enumerate(ordered):
            state = index.story(key)
            state.id = final[key]
            state.rank = rank
            out.append(
                {
                    "story_id": final[key],
                    "window": number,
                    "local_rank": rank,
                    "title": _title(state.members, state.vector_sum, items, titles),
                    "state": state_json(state),
                    "vector_sum": np.asarray(state.vector_sum, dtype="<f4").tobytes(),
                    "members": list(state.members),
                }
            )
        return _frame(out, GROUP_SCHEMA)

    return run


def _candidate(row: dict[str, object]) -> StoryCandidate:
    """``pipeline.candidate`` of an article from its fact columns."""
    counts = json.loads(str(row["term_counts"]))
    hint = row.get("story_hint")
    return StoryCandidate(
        article_id=str(row["id"]),
        topic=unpack_one(_bytes(row["topic"])),
        terms=frozenset(json.loads(str(row["terms"]))),
        counts=tuple((str(t), int(n)) for t, n in counts),
        published=published_day(None if _missing(row["published"]) else str(row["published"])),
        language=str(row.get("language") or "en"),
        story_hint=None if _missing(hint) else str(hint),
    )


def _title(
    members: list[str],
    centre: np.ndarray,
    items: list[StoryCandidate],
    titles: dict[str, object],
) -> str | None:
    """The title of the member nearest the story's centre (as corpus mode picks it)."""
    topic = {c.article_id: c.topic for c in items}
    ranked = sorted(members, key=lambda a: (-float(topic[a] @ centre), a))
    return next((str(titles[a]) for a in ranked if not _missing(titles[a]) and titles[a]), None)


# --- briefs: brief_story per story ----------------------------------------------------------


def brief_group(settings: Settings) -> Callable[[pd.DataFrame], pd.DataFrame]:
    """``applyInPandas`` per story: its members' facts (and ``canonical_id`` for duplicates) ->
    the brief, as ``newsbrief brief --db`` builds it from a stored story."""

    def run(group: pd.DataFrame) -> pd.DataFrame:
        rows = sorted(group.to_dict("records"), key=lambda r: str(r["id"]))
        first = rows[0]
        sid = str(first["story_id"])
        try:
            story = Story(
                id=sid,
                article_ids=tuple(str(r["id"]) for r in rows),
                title=None if _missing(first["story_title"]) else str(first["story_title"]),
                duplicates=tuple(
                    (str(r["id"]), str(r["canonical_id"]))
                    for r in rows
                    if not _missing(r["canonical_id"])
                ),
                first_seen=None if _missing(first["first_seen"]) else str(first["first_seen"]),
                last_seen=None if _missing(first["last_seen"]) else str(first["last_seen"]),
            )
            brief = brief_story(story, [facts_from_row(r) for r in rows], settings=settings.brief)
            out: dict[str, object] = {"story_id": sid, "brief": codec.dumps(brief)}
        except Exception as exc:  # one story's bug: quarantined, the job goes on
            out = {
                "story_id": sid,
                "quarantine_reason": ERROR,
                "quarantine_detail": f"brief: {_why(exc)}",
            }
        return _frame([out], BRIEF_SCHEMA)

    return run


def elapsed(started: float) -> float:
    return time.perf_counter() - started


__all__ = [
    "BRIEF_SCHEMA",
    "DEDUP_SCHEMA",
    "ERROR",
    "EXTRACT_SCHEMA",
    "FACT_COLUMNS",
    "GROUP_SCHEMA",
    "READ_SCHEMA",
    "BackendsFactory",
    "TaskConfig",
    "brief_group",
    "dedup_component",
    "extract_articles",
    "facts_from_row",
    "facts_row",
    "group_window",
    "load_backends",
    "read_inputs",
]
