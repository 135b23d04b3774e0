"""Shared by the Spark tests: a local session (or a clear skip), invented inputs, a poison
embedder, and the job's Parquet tables read back with pyarrow."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.settings import Settings

# Small on purpose: the test machine is shared (two cores).
MASTER = "local[2]"
PARTITIONS = 2


def spark_or_skip() -> Iterator[Any]:
    """A local Spark session for one test module, stopped after it; a skip saying what is
    missing when pyspark or Java is."""
    require_spark()
    from pyspark import cloudpickle

    from newsbrief.run.spark import spark_session

    # The workers cannot import the test modules: ship this one's functions by value.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # type: ignore[no-untyped-call]
    session = spark_session(MASTER, PARTITIONS)
    yield session
    session.stop()


def require_spark() -> None:
    """Skip (fail, in CI) the calling test when pyspark or Java is missing."""
    missing = spark_missing()
    if missing:
        # CI sets NEWSBRIEF_REQUIRE_SPARK: there the Spark tests must run, not skip.
        if os.environ.get("NEWSBRIEF_REQUIRE_SPARK"):
            pytest.fail(missing)
        pytest.skip(missing)


def spark_missing() -> str | None:
    """What the Spark tests lack, or None."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed: pip install 'newsbrief[spark]'"
    if shutil.which("java") is None:
        return "Java is not on PATH: Spark needs Java 17+ (openjdk-17-jre-headless)"
    return None


class PoisonEmbedder(HashingEmbedder):
    """The hashing embedder, except that it raises on any text holding POISON: a stand-in for
    the bug one hostile record triggers deep inside a model."""

    def _compute(self, texts: list[str]) -> Any:
        if any("POISON" in t for t in texts):
            raise RuntimeError("the embedder choked on a poison record")
        return super()._compute(texts)


def poison_backends(settings: Settings, embedder: str) -> Backends:
    return Backends(PoisonEmbedder())


EVENTS = {
    "flood": ("Riverton", "Mayor Alma Quist", "floodwater levee sandbags evacuation river crest"),
    "strike": ("Dunmore", "union leader Petra Vell", "strike dockworkers wages pickets cranes"),
    "quake": ("Kessaly", "expert Oren Tamm", "earthquake magnitude aftershocks rubble crews"),
}


def article_text(event: str, n: int) -> str:
    place, person, words = EVENTS[event]
    w = words.split()
    return (
        f"{place} officials said on day {n} that the {w[0]} had reached the town centre. "
        f"{person} told reporters in {place} that {w[1]} and {w[2]} were the priority. "
        f"Crews brought {w[3]} as the {w[0]} continued for a {n + 1}th day in {place}. "
        f"Residents of {place} described the {w[4]} near the old market on day {n}. "
        f"{person} said the {w[1]} would be reviewed once the {w[0]} was over in {place}."
    )


def write_jsonl(path: Path, events: list[str], per_event: int, day0: int = 1) -> Path:
    rows = []
    for event in events:
        for n in range(per_event):
            rows.append(
                {
                    "id": f"{event}-{day0}-{n}",
                    "title": f"{event.title()} update {n}",
                    "published": f"2025-05-{day0 + n:02d}",
                    "text": article_text(event, n + day0),
                }
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def table(out: Path, name: str) -> list[dict[str, Any]]:
    """Every row of one output table, sorted for comparison."""
    import pyarrow.dataset as ds

    rows = ds.dataset(str(out / name), format="parquet").to_table().to_pylist()
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=repr))
