"""Differential test: the Spark job (local[2]) against the embedded ingest on DUC 2003.

Both run the product paths with default settings and the packaged MiniLM, spaCy analysis off
to keep CI short (the same comparison with analysis on is in the README): ``run.corpus.ingest``
into a fresh store (then each stored story's brief, as ``newsbrief brief --db`` builds it) and
``run.spark.run_spark``.  They must give the same duplicate groups, stories that agree at
BCubed F1 >= 0.98 (identical is the goal: the Spark job runs the same batch grouping over one
window, which is what the ingest's end-of-run regroup leaves), and identical briefs for
identical stories.  Needs ../shared/eval/duc2003/docs, the spark extra and Java.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EVAL
from spark_helpers import spark_or_skip, table

from newsbrief import codec
from newsbrief.backends.loaded import Backends
from newsbrief.eval.grouping import bcubed
from newsbrief.run.corpus import ingest
from newsbrief.run.stored import story_brief
from newsbrief.settings import Settings
from newsbrief.store import records
from newsbrief.store.sqlite import Store

DUC = EVAL / "duc2003" / "docs"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    yield from spark_or_skip()


def embedded(
    settings: Settings, db: Path
) -> tuple[dict[str, str], set[tuple[str, str]], dict[str, Any]]:
    """(article -> story, duplicate pairs, story -> brief JSON) of the embedded ingest."""
    backends = Backends.load(settings)
    with Store(db) as store:
        ingest(
            [str(DUC)],
            store,
            settings=settings,
            backends=lambda: backends,
            topic_model="model:packaged",
        )
        rows = store.db.execute("SELECT article_id, story_id FROM memberships").fetchall()
        story_of = {str(a): records.resolve(store.db, str(s)) for a, s in rows}
        dups = {(str(a), str(c)) for a, c in store.db.execute("SELECT * FROM duplicates")}
        briefs = {}
        for sid in sorted(set(story_of.values())):
            brief = story_brief(store, sid, settings=settings, backends=lambda: backends)
            assert brief is not None
            briefs[sid] = json.loads(codec.dumps(brief))
    return story_of, dups, briefs


@pytest.mark.spark
def test_spark_and_embedded_ingest_agree_on_duc(spark: Any, tmp_path: Path) -> None:
    if not DUC.is_dir():
        pytest.skip("../shared/eval/duc2003/docs is not present")
    from newsbrief.run.spark import run_spark

    settings = Settings(analyse=False)
    out = tmp_path / "out"
    report = run_spark([str(DUC)], str(out), settings=settings, spark=spark, partitions=2)
    story_of, dups, briefs = embedded(settings, tmp_path / "embedded.db")

    spark_of = {a: str(r["id"]) for r in table(out, "stories") for a in r["articles"]}
    spark_dups = {(r["article_id"], r["canonical_id"]) for r in table(out, "duplicates")}
    spark_briefs = {r["story_id"]: json.loads(r["brief"]) for r in table(out, "briefs")}
    # The four weather-map texts are no articles (read.sgml); nothing else may be set aside.
    assert set(report.quarantined) <= {"too-short", "no-article-text", "not-an-article"}
    assert spark_of.keys() == story_of.keys()
    assert spark_dups == dups
    score = bcubed(spark_of, story_of)
    groups: dict[str, set[str]] = {}
    for article, sid in story_of.items():
        groups.setdefault(sid, set()).add(article)
    spark_groups: dict[str, set[str]] = {}
    for article, sid in spark_of.items():
        spark_groups.setdefault(sid, set()).add(article)
    same = [sid for sid, members in spark_groups.items() if groups.get(sid) == members]
    equal_briefs = [sid for sid in same if spark_briefs[sid] == briefs[sid]]
    print(
        f"DUC: {len(spark_of)} articles, {len(spark_dups)} duplicates (same: {spark_dups == dups}),"
        f" stories spark {len(spark_groups)} / embedded {len(groups)}, identical {len(same)},"
        f" BCubed P {score.precision:.4f} R {score.recall:.4f} F1 {score.f1:.4f},"
        f" identical briefs {len(equal_briefs)}/{len(same)}"
    )
    assert score.f1 >= 0.98
    assert equal_briefs == same
