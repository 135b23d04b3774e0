"""Scale-out on Apache Spark: the corpus-mode pipeline as one Spark job writing Parquet.

``newsbrief spark PATH… --out DIR`` (one machine, ``--master local[2]``) or
``spark-submit …/newsbrief/run/spark.py PATH… --out DIR`` (any cluster) runs:

1. read: the driver lists the input files and skips those a finished run already read whole
   (``DIR/_inputs`` markers: same size and mtime); each task reads its files with the
   embedded readers and cleans each record (``read_file``, ``clean``); skipped records, and
   cut containers with their byte offset (``partial``), become quarantine rows;
2. records already in DIR (same id and text) are dropped, repeated ids made unique
   (``x~2``), as corpus mode does, and ``extract`` runs per partition with its backends
   loaded once per partition; a record that raises goes to quarantine with its reason;
3. near-duplicates over every article (``run.spark_dedup``: band keys, connected
   components, the embedded canonical rule per component);
4. stories per time window (``run.spark_windows``) with the batch ``StoryIndex`` grouping and
   the previous run's ids kept (``index.regroup.keep_ids``): corpus mode's end-of-run regroup;
5. ``brief_story`` per story (a story whose members did not change keeps its brief);
6. the tables are written under ``DIR/_staging`` and swapped into place (``run.spark_io``),
   then the inputs read whole are marked done.

pyspark is imported here and in ``run.spark_dedup`` only; without it ``SparkMissing`` names
``pip install 'newsbrief[spark]'``.  ``newsbrief import`` (``run.spark_import``) loads DIR into
a store.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from newsbrief.errors import ConfigError, MissingDependency
from newsbrief.run import spark_dedup
from newsbrief.run.spark_frames import (
    assign_stories,
    build_briefs,
    fresh_articles,
    quarantine_rows,
)
from newsbrief.run.spark_io import TABLES, OutputDir, list_inputs
from newsbrief.run.spark_tasks import (
    EXTRACT_SCHEMA,
    READ_SCHEMA,
    BackendsFactory,
    TaskConfig,
    extract_articles,
    load_backends,
    read_inputs,
)
from newsbrief.settings import Settings

DEFAULT_MASTER = "local[2]"
DEFAULT_PARTITIONS = 4
BRIEF_ROWS = (
    "story_id string, settings string, brief string, quarantine_reason string,"
    " quarantine_detail string"
)
ARTICLE_COLUMNS = (
    "id",
    "record_hash",
    "input",
    "ordinal",
    "source",
    "url",
    "outlet",
    "title",
    "published",
    "article",
)
FACT_COLUMNS = (
    "terms",
    "term_counts",
    "signature",
    "topic",
    "sentence_vectors",
    "dimension",
    "analysis",
)


@dataclass
class SparkReport:
    """What one Spark run did (``DIR/_report.json``; ``newsbrief spark`` prints it)."""

    topic_model: str = ""  # embedder:model of the topic vectors (``newsbrief import`` checks)
    inputs: int = 0
    inputs_done_before: int = 0  # read whole by an earlier run, unchanged: not read again
    read: int = 0  # records read
    articles: int = 0  # articles in DIR after the run
    new_articles: int = 0
    already_stored: int = 0
    duplicates: int = 0
    stories: int = 0
    windows: int = 0
    briefs_built: int = 0
    briefs_kept: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)  # new rows, by reason
    partial: list[tuple[str, int | None]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def add_time(self, stage: str, started: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: v for k, v in vars(self).items() if k not in ("seconds",)}
        out["quarantined"] = dict(sorted(self.quarantined.items()))
        out["partial"] = [{"source": s, "offset": o} for s, o in self.partial]
        out["seconds"] = {k: round(v, 3) for k, v in self.seconds.items()}
        return out


def topic_model(settings: Settings, embedder: str) -> str:
    """What a store records as the source of its topic vectors (as ``newsbrief ingest``)."""
    return f"{embedder}:{settings.embed.model_path or 'packaged'}"


def spark_session(master: str | None = DEFAULT_MASTER, partitions: int = DEFAULT_PARTITIONS) -> Any:
    """A Spark session for the job; Python workers run this interpreter (the installed
    newsbrief and its models).  Under ``spark-submit`` (``master`` None) the submitted
    configuration decides."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise MissingDependency("pyspark", "spark") from exc
    builder = SparkSession.builder.appName("newsbrief")
    if master is not None:
        # pyspark starts local workers with $PYSPARK_PYTHON (its conf key only counts under
        # spark-submit): this interpreter, so that workers import this newsbrief.
        os.environ["PYSPARK_PYTHON"] = sys.executable
        builder = (
            builder.master(master)
            .config("spark.pyspark.python", sys.executable)
            .config("spark.pyspark.driver.python", sys.executable)
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", str(partitions))
            .config("spark.default.parallelism", str(partitions))
        )
    # Small Arrow batches: an extract task holds one batch of texts and their facts at a time.
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", "256")
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # no JVM: pyspark's own error names no fix
        raise ConfigError(
            f"cannot start Spark ({type(exc).__name__}: {exc}); it needs Java 17 or later on "
            "PATH or in JAVA_HOME (Debian: apt-get install openjdk-17-jre-headless)"
        ) from exc
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run_spark(
    paths: Sequence[str],
    out: str,
    *,
    settings: Settings,
    spark: Any,
    partitions: int = DEFAULT_PARTITIONS,
    embedder: str = "model",
    backends: BackendsFactory = load_backends,
    briefs: bool = True,
) -> SparkReport:
    """Run the job over PATHS into ``out`` with an open session (see the module docstring).
    ``embedder`` names the embedding backend; ``backends`` loads a partition's models;
    ``briefs=False`` extracts the cheap tier only and builds no briefs (what corpus mode's
    ingest does; the benchmark compares the two)."""
    from pyspark.sql import functions as F

    report = SparkReport(topic_model=topic_model(settings, embedder))
    started = time.perf_counter()
    target = OutputDir(out)
    target.recover()
    found, unreadable = list_inputs(paths)
    done = target.done_inputs()
    pending = [f for f in found if done.get(f.path) != f]
    report.inputs, report.inputs_done_before = len(found), len(found) - len(pending)
    if not pending and not unreadable and all(target.exists(t) for t in TABLES):
        return report  # every input read whole before and unchanged: nothing to do
    config = TaskConfig(settings=settings, embedder=embedder, backends=backends, costly=briefs)
    prev = {t: spark.read.parquet(target.spark_path(t)) for t in target.iter_tables()}
    cached: list[Any] = []

    def keep(frame: Any) -> Any:
        frame = frame.persist()
        cached.append(frame)
        return frame

    # 1. read + clean, one task per group of files
    files = spark.createDataFrame(
        [(f.path, f.path) for f in pending], "input string, path string"
    ).repartition(max(1, min(partitions, len(pending))))
    read = keep(files.mapInPandas(read_inputs(config), READ_SCHEMA))
    rows = read.groupBy("kind").count().collect()
    report.read = sum(int(r["count"]) for r in rows if r["kind"] != "file")
    report.add_time("read+clean", started)

    # 2. drop records already stored, unique ids, extract
    started = time.perf_counter()
    fresh = fresh_articles(read, prev.get("articles"))
    extracted = keep(
        fresh.repartition(partitions).mapInPandas(extract_articles(config), EXTRACT_SCHEMA)
    )
    new_facts = extracted.where(F.col("quarantine_reason").isNull())
    report.new_articles = new_facts.count()
    report.already_stored = read.where(F.col("kind") == "article").count() - extracted.count()
    report.add_time("extract", started)

    started = time.perf_counter()
    facts = new_facts.select(*ARTICLE_COLUMNS, *FACT_COLUMNS)
    if "articles" in prev and "facts" in prev:
        old = prev["articles"].join(prev["facts"].withColumnRenamed("article_id", "id"), "id")
        facts = old.select(*ARTICLE_COLUMNS, *FACT_COLUMNS).unionByName(facts)
    facts = keep(facts)
    report.articles = facts.count()

    # 3. near-duplicates
    duplicates = keep(spark_dedup.find_duplicates(facts, spark))
    report.duplicates = duplicates.count()
    report.add_time("dedup", started)

    # 4. stories per window
    started = time.perf_counter()
    stories, members, report.windows = assign_stories(
        facts, duplicates, prev.get("stories"), settings, spark
    )
    stories, members = keep(stories), keep(members)
    report.stories = stories.count()
    report.add_time("stories", started)

    # 5. briefs
    started = time.perf_counter()
    if briefs:
        built, report.briefs_kept = build_briefs(
            facts, duplicates, stories, members, prev, settings
        )
    else:
        built = spark.createDataFrame([], BRIEF_ROWS)
    built = keep(built)
    report.briefs_built = built.count() - report.briefs_kept
    report.add_time("briefs", started)

    # 6. write, swap, mark
    started = time.perf_counter()
    quarantine = quarantine_rows(
        read, extracted, built, unreadable, prev.get("quarantine"), pending, spark
    )
    for reason, n in quarantine.where(F.col("new")).groupBy("reason").count().collect():
        report.quarantined[str(reason)] = int(n)
    file_rows = read.where(F.col("kind") == "file").collect()
    report.partial = sorted(
        (str(r["source"]), None if r["offset"] is None or r["offset"] < 0 else int(r["offset"]))
        for r in file_rows
        if r["reason"] == "partial"
    )
    whole = {str(r["input"]) for r in file_rows if r["reason"] is None}
    tables = {
        "articles": facts.select(*ARTICLE_COLUMNS),
        "facts": facts.select(F.col("id").alias("article_id"), *FACT_COLUMNS),
        "duplicates": duplicates,
        "stories": stories,
        "briefs": built.where(F.col("brief").isNotNull()).select("story_id", "settings", "brief"),
        "quarantine": quarantine.drop("new"),
    }
    for name, frame in tables.items():
        frame.write.mode("overwrite").parquet(target.stage_path(name))
    report.add_time("write", started)
    target.commit([f for f in pending if f.path in whole], report.as_dict())
    for frame in cached:
        frame.unpersist()
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """``spark-submit …/newsbrief/run/spark.py PATH… --out DIR`` on a cluster."""
    import json

    parser = argparse.ArgumentParser(description="newsbrief on Spark: PATHs into Parquet in DIR")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--partitions", type=int, default=DEFAULT_PARTITIONS)
    parser.add_argument("--embedder", default="model")
    parser.add_argument("--no-analysis", action="store_true")
    args = parser.parse_args(argv)
    settings = replace(Settings.from_env(), analyse=not args.no_analysis)
    spark = spark_session(None, args.partitions)
    try:
        report = run_spark(
            args.paths,
            args.out,
            settings=settings,
            spark=spark,
            partitions=args.partitions,
            embedder=args.embedder,
        )
    finally:
        spark.stop()
    sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    return 0


__all__ = ["DEFAULT_MASTER", "SparkReport", "main", "run_spark", "spark_session"]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
