"""The Spark runner on one machine (local[2]): poison records, reruns, cut containers, import.

Marked ``spark``: they need the spark extra and Java, and skip saying which is missing."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spark_helpers import (
    article_text,
    poison_backends,
    require_spark,
    spark_or_skip,
    table,
    write_jsonl,
)
from warc_builder import page, response, warcinfo

from newsbrief.errors import ConfigError, MissingDependency
from newsbrief.run.spark_windows import UNDATED, cut_windows
from newsbrief.settings import Settings
from newsbrief.store.listing import list_stories
from newsbrief.store.sqlite import Store

SETTINGS = Settings(analyse=False)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    yield from spark_or_skip()


def run(spark: Any, paths: Sequence[Path | str], out: Path | str, **kwargs: Any) -> Any:
    from newsbrief.run.spark import run_spark

    return run_spark(
        [str(p) for p in paths], str(out), settings=SETTINGS, spark=spark, partitions=2,
        embedder="hashing", **kwargs,
    )  # fmt: skip


@pytest.mark.spark
def test_poison_record_is_quarantined_and_the_job_succeeds(spark: Any, tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "in" / "feed.jsonl", ["flood", "strike"], 3)
    poison = {"id": "bad-1", "published": "2025-05-02", "text": "POISON " * 60}
    with feed.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(poison) + "\n")
    out = tmp_path / "out"
    report = run(spark, [tmp_path / "in"], out, backends=poison_backends)
    assert report.quarantined == {"error": 1}
    assert report.new_articles == 6 and report.articles == 6
    [row] = table(out, "quarantine")
    assert row["reason"] == "error" and row["source"].endswith("feed.jsonl:7")
    assert row["detail"].startswith("extract: RuntimeError: the embedder choked on a poison")
    assert {r["id"] for r in table(out, "articles")} == {
        f"{e}-1-{n}" for e in ("flood", "strike") for n in range(3)
    }
    members = sorted(sorted(r["articles"]) for r in table(out, "stories"))
    assert members == [[f"{e}-1-{n}" for n in range(3)] for e in ("flood", "strike")]
    assert len(table(out, "briefs")) == 2


@pytest.mark.spark
def test_rerun_skips_finished_inputs_and_changes_nothing(spark: Any, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_jsonl(inputs / "a.jsonl", ["flood"], 3)
    write_jsonl(inputs / "b.jsonl", ["strike"], 3)
    out = tmp_path / "out"
    first = run(spark, [inputs], out)
    assert (first.inputs, first.inputs_done_before, first.new_articles) == (2, 0, 6)
    before = {name: table(out, name) for name in ("articles", "duplicates", "stories", "briefs")}
    again = run(spark, [inputs], out)
    assert (again.inputs_done_before, again.read, again.new_articles) == (2, 0, 0)
    assert {name: table(out, name) for name in before} == before
    assert not (out / "_staging").exists()
    # A new input: only it is read; the stories already there keep their ids and briefs.
    write_jsonl(inputs / "c.jsonl", ["flood"], 2, day0=4)
    third = run(spark, [inputs], out)
    assert (third.inputs_done_before, third.read, third.new_articles) == (2, 2, 2)
    stories = {r["id"]: sorted(r["articles"]) for r in table(out, "stories")}
    old = {r["id"]: sorted(r["articles"]) for r in before["stories"]}
    assert stories.keys() == old.keys()
    flood = next(sid for sid, ids in old.items() if ids[0].startswith("flood"))
    assert len(stories[flood]) == 5
    assert (third.briefs_built, third.briefs_kept) == (1, 1)


@pytest.mark.spark
def test_cut_warc_gz_is_reported_partial_and_read_again(spark: Any, tmp_path: Path) -> None:
    pages = [page(f"Flood day {n}", [article_text("flood", n)]) for n in range(3)]
    records = [warcinfo(), *(response(f"https://a.test/{n}", p) for n, p in enumerate(pages))]
    members = [gzip.compress(r, mtime=0) for r in records]
    whole = b"".join(members)
    stop = sum(len(m) for m in members[:3])
    inputs = tmp_path / "in"
    inputs.mkdir()
    path = inputs / "crawl.warc.gz"
    path.write_bytes(whole[: stop + 100])
    out = tmp_path / "out"
    report = run(spark, [inputs], out)
    assert report.partial == [(str(path), stop)]
    assert report.new_articles == 2
    partial = [r for r in table(out, "quarantine") if r["reason"] == "partial"]
    assert [(r["source"], r["offset"]) for r in partial] == [(str(path), stop)]
    # Not marked done: the next run reads it again (and finds its two pages stored already).
    again = run(spark, [inputs], out)
    assert again.inputs_done_before == 0 and again.already_stored == 2
    path.write_bytes(whole)  # the rest of the file arrived
    third = run(spark, [inputs], out)
    assert third.partial == [] and third.new_articles == 1 and third.articles == 3
    assert [r for r in table(out, "quarantine") if r["reason"] == "partial"] == []


def crawl_pages(event: str, days: range) -> list[bytes]:
    """gzip members of a WARC: warcinfo, then one page per day."""
    pages = [page(f"{event.title()} day {n}", [article_text(event, n)]) for n in days]
    records = [warcinfo(), *(response(f"https://{event}.test/{n}", p) for n, p in enumerate(pages))]
    return [gzip.compress(r, mtime=0) for r in records]


@pytest.mark.spark
def test_a_file_uri_folder_gives_what_the_plain_path_gives(spark: Any, tmp_path: Path) -> None:
    # Read through pyarrow.fs on the executors (the s3/gs/hdfs code path), written to a
    # file:// output folder; the plain path is read by the local readers as before.
    inputs = tmp_path / "in"
    write_jsonl(inputs / "a.jsonl", ["flood"], 3)
    write_jsonl(inputs / "nested" / "deeper" / "b.jsonl", ["strike"], 3)
    write_jsonl(inputs / ".hidden" / "c.jsonl", ["quake"], 3)  # never read, either way
    (inputs / "nested" / "crawl.warc.gz").write_bytes(b"".join(crawl_pages("quake", range(2))))
    (inputs / "nested" / "notes.pdf").write_bytes(b"%PDF-1.7")  # skipped, never fetched
    given = inputs.as_uri()
    by_path = run(spark, [inputs], tmp_path / "by-path")
    by_uri = run(spark, [given], (tmp_path / "by-uri").as_uri())
    assert (by_uri.inputs, by_uri.new_articles) == (by_path.inputs, by_path.new_articles) == (4, 8)
    assert (by_uri.duplicates, by_uri.stories) == (by_path.duplicates, by_path.stories)

    def same(rows: list[dict[str, Any]]) -> list[str]:  # the URI read back as the path
        dumped = (json.dumps(r, sort_keys=True, default=repr) for r in rows)
        return sorted(d.replace(given, str(inputs)) for d in dumped)

    for name in ("articles", "duplicates", "stories", "briefs", "quarantine"):
        assert same(table(tmp_path / "by-uri", name)) == same(table(tmp_path / "by-path", name))
    sources = sorted(r["source"] for r in table(tmp_path / "by-uri", "articles"))
    assert all(s.startswith(given + "/") for s in sources)
    assert sum(s.startswith(f"{given}/nested/crawl.warc.gz@") for s in sources) == 2
    [pdf] = [r for r in table(tmp_path / "by-uri", "quarantine") if "pdf" in r["source"]]
    assert pdf["source"] == f"{given}/nested/notes.pdf" and pdf["reason"] == "unsupported-format"
    # The markers key on the URIs: a rerun reads nothing.
    again = run(spark, [given], (tmp_path / "by-uri").as_uri())
    assert (again.inputs, again.inputs_done_before, again.read) == (4, 4, 0)


@pytest.mark.spark
def test_a_cut_warc_gz_given_by_uri_is_partial_and_read_again(spark: Any, tmp_path: Path) -> None:
    members = crawl_pages("flood", range(3))
    whole = b"".join(members)
    stop = sum(len(m) for m in members[:3])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(whole[: stop + 100])
    given, out = path.as_uri(), tmp_path / "out"
    report = run(spark, [given], out)
    assert report.partial == [(given, stop)] and report.new_articles == 2
    partial = [r for r in table(out, "quarantine") if r["reason"] == "partial"]
    assert [(r["source"], r["offset"]) for r in partial] == [(given, stop)]
    again = run(spark, [given], out)  # not marked done: read again
    assert again.inputs_done_before == 0 and again.already_stored == 2
    path.write_bytes(whole)
    third = run(spark, [given], out)
    assert third.partial == [] and third.new_articles == 1 and third.articles == 3
    [marker] = (out / "_inputs").iterdir()
    assert json.loads(marker.read_text())["path"] == given
    fourth = run(spark, [given], out)
    assert (fourth.inputs_done_before, fourth.read) == (1, 0)


@pytest.mark.spark
def test_an_unavailable_uri_scheme_is_a_clear_error(spark: Any, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"cannot open nosuch://bucket/crawl: .*reads file://"):
        run(spark, ["nosuch://bucket/crawl"], tmp_path / "out")
    # The CLI says so before it starts Spark, with no traceback.
    done = subprocess.run(
        [sys.executable, "-m", "newsbrief.cli", "spark", "hdfs://localhost:9/crawl",
         "--out", str(tmp_path / "out"), "--embedder", "hashing"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "cannot open hdfs://localhost:9/crawl" in done.stderr


@pytest.mark.spark
def test_cli_spark_then_import_then_stories_and_brief(tmp_path: Path) -> None:
    require_spark()
    write_jsonl(tmp_path / "in" / "feed.jsonl", ["flood", "quake"], 3)
    out, db = tmp_path / "out", tmp_path / "n.db"
    cli = [sys.executable, "-m", "newsbrief.cli"]
    done = subprocess.run(
        [*cli, "spark", str(tmp_path / "in"), "--out", str(out), "--master", "local[2]",
         "--partitions", "2", "--embedder", "hashing", "--no-analysis", "--report", "json"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout)["stories"] == 2
    done = subprocess.run(
        [*cli, "import", str(out), "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "imported 6 articles" in done.stderr
    with Store(db, create=False) as store:
        listed = list_stories(store.db)
        assert store.meta("topic_model") == "hashing:packaged"
    assert sorted(len(s["articles"]) for s in listed) == [3, 3]  # type: ignore[arg-type]
    sid = str(listed[0]["id"])
    done = subprocess.run(
        [*cli, "brief", "--db", str(db), "--story", sid, "--format", "json", "--no-analysis"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    brief = json.loads(done.stdout)["stories"][0]
    stored = table(out, "briefs")
    assert brief == next(json.loads(r["brief"]) for r in stored if r["story_id"] == sid)
    # Importing again (after a rerun) replaces; another store's data is refused.
    done = subprocess.run(
        [*cli, "import", str(out), "--db", str(db)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_missing_pyspark_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbrief.run import spark as spark_module

    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    with pytest.raises(MissingDependency, match=r"pip install 'newsbrief\[spark\]'"):
        spark_module.spark_session("local[1]", 1)


def test_windows_one_when_small_cut_at_quiet_gaps_when_large() -> None:
    d = date.fromordinal
    days = {d(700_000 + k): 10 for k in (0, 1, 2, 30, 31, 32)} | {None: 5}
    assert set(cut_windows(days, max_articles=100, max_gap_days=7).values()) == {0}
    # 35 articles over the limit of 40: the cut falls at the 28-day quiet gap, not mid-run.
    cut = cut_windows(days, max_articles=40, max_gap_days=7)
    assert [cut[d(700_000 + k)] for k in (0, 1, 2, 30, 31, 32)] == [0, 0, 0, 1, 1, 1]
    assert cut[None] == UNDATED
    # No quiet gap inside the window: cut where it is full.
    busy: dict[date | None, int] = {d(700_000 + k): 10 for k in range(6)}
    cut = cut_windows(busy, max_articles=25, max_gap_days=7)
    assert [cut[d(700_000 + k)] for k in range(6)] == [0, 0, 1, 1, 2, 2]
