"""The Spark runner against the embedded ingest, on one generated corpus, in one run.

Usage (from the repository root; needs the spark extra and Java):
    .venv/bin/python bench/spark_scale.py [--articles N] [--stories N] [--embedder hashing|model]
                                          [--master local[2]] [--partitions N] [--workdir DIR]

Protocol (printed with the numbers):
- ``bench/corpus_scale.py``'s generator (seeded, invented words) writes JSONL files of 1,000
  articles in publication order: ``--stories`` events, 5% syndicated copies.
- Embedded: ``run.corpus.ingest`` (the product path of ``newsbrief ingest``, default
  settings, one process, single-threaded) into a fresh store, all files in one run.
- Spark: ``run.spark.run_spark`` on ``--master`` (default local[2]) over the same files into
  a fresh folder, with ``briefs=False``: the same work as the ingest (read, clean, cheap-tier
  extract, dedup, stories, write), so the two rates compare.  Then, if ``--briefs``, a second
  Spark run into another folder with briefs on (both fact tiers, ``brief_story`` per story).
- Rates: articles per second per core = articles / (wall seconds x cores used): 1 core for
  the embedded ingest, the master's N for local[N] (the driver's own work, planning and
  collecting, is counted in the wall time, not as a core).  The JVM's start is excluded
  (the session is started first, timed apart).  The machine may be shared: the rates are
  measured in one run, back to back, so they compare with each other.
- ``--embedder hashing`` (default) makes the topic vector without the neural model, so the
  figures are the pipeline's own cost; ``model`` adds MiniLM (which dominates on CPU).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_scale import generate

from newsbrief.backends.loaded import Backends
from newsbrief.run.corpus import ingest
from newsbrief.settings import Settings
from newsbrief.store.sqlite import Store


def cores_of(master: str) -> int:
    found = re.fullmatch(r"local\[(\d+)\]", master)
    if found is None:
        raise SystemExit(f"--master {master}: this benchmark runs local[N] masters only")
    return int(found.group(1))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--stories", type=int, default=200)
    parser.add_argument("--embedder", choices=("hashing", "model"), default="hashing")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--briefs", action="store_true", help="also a Spark run with briefs")
    parser.add_argument("--analysis", action="store_true", help="spaCy facts too (briefs run)")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    cores = cores_of(args.master)
    from newsbrief.run.spark import run_spark, spark_session

    print(
        f"protocol: see bench/spark_scale.py; {args.articles} articles, {args.stories} stories, "
        f"embedder {args.embedder}, analysis {'on' if args.analysis else 'off'}, Spark "
        f"{args.master} with {args.partitions} partitions"
    )
    settings = Settings(analyse=args.analysis)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        root = Path(tmp)
        files = generate(root / "feeds", args.articles, args.stories)
        paths = [str(p) for p in files]

        backends = Backends.load(settings, embedder_backend=args.embedder)
        wall = time.perf_counter()
        with Store(root / "corpus.db") as store:
            report = ingest(
                paths,
                store,
                settings=settings,
                backends=lambda: backends,
                topic_model=f"{args.embedder}:packaged",
            )
            stories = store.db.execute("SELECT count(*) FROM stories").fetchone()[0]
        wall = time.perf_counter() - wall
        embedded_rate = report.read / wall
        print(
            f"embedded ingest: {report.read} articles, {report.duplicates} near-duplicates, "
            f"{stories} stories in {wall:.1f} s -> {embedded_rate:.1f} articles/s on 1 core; "
            f"stages { {k: round(v, 1) for k, v in report.seconds.items()} }",
            flush=True,
        )

        started = time.perf_counter()
        spark = spark_session(args.master, args.partitions)
        spark.range(1).count()  # the JVM and a first task up before timing
        print(f"Spark session started in {time.perf_counter() - started:.1f} s (not counted)")
        try:
            runs = [("spark (ingest work)", False)] + (
                [("spark with briefs", True)] if args.briefs else []
            )
            for label, briefs in runs:
                wall = time.perf_counter()
                result = run_spark(
                    paths,
                    str(root / f"out-{briefs}"),
                    settings=settings,
                    spark=spark,
                    partitions=args.partitions,
                    embedder=args.embedder,
                    briefs=briefs,
                )
                wall = time.perf_counter() - wall
                rate = result.read / wall / cores
                print(
                    f"{label}: {result.read} articles, {result.duplicates} near-duplicates, "
                    f"{result.stories} stories, {result.briefs_built} briefs in {wall:.1f} s on "
                    f"{cores} cores -> {rate:.1f} articles/s per core "
                    f"({rate / embedded_rate:.2f} x the embedded per-core rate); stages "
                    f"{ {k: round(v, 1) for k, v in result.seconds.items()} }",
                    flush=True,
                )
        finally:
            spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
