"""Corpus mode at scale: ingest a generated stream of 100,000 articles over ~2,000 stories.

Usage (from the repository root):
    .venv/bin/python bench/corpus_scale.py [--articles N] [--stories N] [--embedder hashing|model]
                                           [--briefs N] [--workdir DIR]

Protocol (printed with the numbers):
- A generator (seeded, invented words, no third-party text) writes JSONL files of 1,000
  articles each: ``--stories`` events over three years, each with its own place, people and
  vocabulary, reported over about ten days by articles of 8-14 sentences that mix the event's
  words with a Zipf-distributed general vocabulary; 5% of articles are syndicated copies of an
  earlier article of the same event with a line added.  Files are in publication order (a
  feed arriving over time).
- ``run.corpus.ingest`` (the product path of ``newsbrief ingest``, default settings, one
  process) ingests the files in two runs into one fresh store: the first tenth, then the rest.
  After each run: articles, elapsed and CPU seconds, articles per CPU-second (one core: the
  ingest is single-threaded), peak RSS of the process so far (``ru_maxrss``; the generator runs
  in a child process so it does not count), store size (database + WAL).
- Ingest = read, clean, extract the cheap facts (MinHash, salient terms, term counts, topic
  vector from the lead sentences), dedup, story assignment, commit.  ``--embedder hashing``
  (default here) makes the topic vector without the neural model, so the figure is the
  pipeline's own cost; ``--embedder model`` uses MiniLM (the topic vector is the only model
  work at ingest; it dominates on CPU: see its rate, run on fewer articles).
- Then the brief of ``--briefs`` stored stories (costly facts computed lazily: every sentence
  vector and spaCy analysis, stored, then ``brief_story``): stories and articles per second.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from newsbrief.backends.loaded import Backends
from newsbrief.run.corpus import ingest
from newsbrief.run.report import IngestReport
from newsbrief.run.stored import story_brief
from newsbrief.settings import Settings
from newsbrief.store.sqlite import Store

START = date(2023, 1, 1)
SPAN_DAYS = 3 * 365
PER_FILE = 1000
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "tu",
    "sha",
    "vel",
    "dor",
    "pi",
    "nas",
    "ter",
    "ul",
    "ban",
    "gri",
    "fo",
    "hel",
    "zan",
    "quo",
    "mar",
    "est",
    "lin",
]


def word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def generate(folder: Path, articles: int, stories: int, seed: int = 7) -> list[Path]:
    """JSONL files of generated articles in publication order; see the protocol."""
    rng = random.Random(seed)
    general = [word(rng, rng.randint(2, 3)) for _ in range(6000)]
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(general))))  # Zipf
    events = []
    for n in range(stories):
        events.append(
            {
                "place": word(rng, 3).title(),
                "people": [f"{word(rng, 2).title()} {word(rng, 3).title()}" for _ in range(3)],
                "words": [word(rng, 3) for _ in range(40)],
                "start": rng.randrange(SPAN_DAYS),
                "n": n,
            }
        )
    rows: list[dict[str, str]] = []
    per_event = articles // stories
    for event in events:
        made: list[dict[str, str]] = []
        for k in range(per_event):
            day = START + timedelta(days=event["start"] + min(int(rng.expovariate(0.3)), 30))
            if made and rng.random() < 0.05:
                original = rng.choice(made)
                text = original["text"] + f"\nDistributed by {word(rng, 2).title()} Wire."
            else:
                text = article(rng, event, general, weights)
            row = {
                "id": f"e{event['n']}-{k}",
                "title": f"{event['place']} {rng.choice(event['words'])} {word(rng, 2)}",
                "published": day.isoformat(),
                "url": f"https://{word(rng, 2)}.example/{event['n']}/{k}",
                "text": text,
            }
            made.append(row)
            rows.append(row)
    rows.sort(key=lambda r: (r["published"], r["id"]))
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for start in range(0, len(rows), PER_FILE):
        path = folder / f"feed-{start // PER_FILE:04d}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for row in rows[start : start + PER_FILE]:
                out.write(json.dumps(row) + "\n")
        files.append(path)
    return files


def article(
    rng: random.Random, event: dict[str, object], general: list[str], weights: list[float]
) -> str:
    place = str(event["place"])
    people = list(event["people"])  # type: ignore[call-overload]
    own = list(event["words"])  # type: ignore[call-overload]
    sentences = []
    for _ in range(rng.randint(8, 14)):
        words = rng.choices(general, cum_weights=weights, k=rng.randint(9, 16))
        for _ in range(rng.randint(2, 4)):
            words.insert(rng.randrange(len(words)), rng.choice(own))
        if rng.random() < 0.5:
            words.insert(rng.randrange(len(words)), rng.choice(people))
        if rng.random() < 0.4:
            words.insert(rng.randrange(len(words)), f"in {place}")
        sentence = " ".join(words)
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
    return " ".join(sentences)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def store_mb(db: Path) -> float:
    wal = db.with_name(db.name + "-wal")
    return (db.stat().st_size + (wal.stat().st_size if wal.exists() else 0)) / 1e6


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--stories", type=int, default=2_000)
    parser.add_argument("--embedder", choices=("hashing", "model"), default="hashing")
    parser.add_argument("--briefs", type=int, default=10)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--generate-only", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.generate_only:
        generate(args.generate_only, args.articles, args.stories)
        return 0
    print(
        f"protocol: see bench/corpus_scale.py; {args.articles} articles, {args.stories} "
        f"stories, embedder {args.embedder}, one process, pid {os.getpid()}"
    )
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        # In a child process: the generator holds the whole corpus in memory, which must not
        # count in this process's peak RSS.
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--generate-only",
                str(root / "feeds"),
                "--articles",
                str(args.articles),
                "--stories",
                str(args.stories),
            ],
            check=True,
        )
        files = sorted((root / "feeds").glob("*.jsonl"))
        print(f"generated {len(files)} files in {time.perf_counter() - started:.1f} s", flush=True)
        settings = Settings()
        backends = Backends.load(Settings(analyse=False), embedder_backend=args.embedder)
        db = root / "corpus.db"
        tenth = max(1, len(files) // 10)
        total = 0
        for label, part in (("first tenth", files[:tenth]), ("the rest", files[tenth:])):
            wall, cpu = time.perf_counter(), cpu_seconds()
            with Store(db) as store:
                report: IngestReport = ingest(
                    [str(p) for p in part],
                    store,
                    settings=settings,
                    backends=lambda: backends,
                    topic_model=f"{args.embedder}:packaged",
                )
            wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
            total += report.read
            print(
                f"{label}: {report.read} articles read ({total} in all), {report.stored} stored, "
                f"{report.duplicates} near-duplicates, {report.new_stories} new stories; "
                f"{wall:.1f} s wall, {cpu:.1f} s CPU -> {report.read / cpu:.1f} articles per "
                f"CPU-second ({report.read / wall:.1f}/s wall); peak RSS so far "
                f"{peak_rss_mb():.0f} MB; store {store_mb(db):.0f} MB; stages "
                f"{ {k: round(v, 1) for k, v in report.seconds.items()} }",
                flush=True,
            )
        with Store(db) as store:
            stories = store.db.execute("SELECT count(*) FROM stories").fetchone()[0]
            ids = [
                r[0]
                for r in store.db.execute(
                    "SELECT id FROM stories ORDER BY id LIMIT ?", (args.briefs,)
                )
            ]
            print(f"stories in the store: {stories} (generated events: {args.stories})")
            if ids:
                full = Backends.load(settings, embedder_backend=args.embedder)
                wall = time.perf_counter()
                members = 0
                for sid in ids:
                    brief = story_brief(store, sid, settings=settings, backends=lambda: full)
                    members += len(brief.story.article_ids) if brief else 0
                wall = time.perf_counter() - wall
                print(
                    f"briefs (costly facts computed lazily, then stored): {len(ids)} stories, "
                    f"{members} articles in {wall:.1f} s -> {members / wall:.1f} articles/s"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
