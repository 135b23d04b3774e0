"""Story grouping on two pooled dev sets: BCubed / pairwise scores, mixing, order stability.

Usage (from the repository root; HF_HUB_OFFLINE=1):
    .venv/bin/python bench/grouping.py [--duc DIR] [--multinews FILE] [--seed N]
                                       [--cache DIR | --no-cache]

Protocol (printed next to the numbers):
- DUC 2003: every file under ``duc2003/docs`` read by newsbrief's readers (SGML) as one input;
  an article's gold label is its folder (60 clusters).  Articles have dates.
- Multi-News validation: every document of every line written as its own JSONL record
  ``{"id", "text"}`` (no ``story`` field, no date; the id is an opaque hash, so it says
  nothing about the cluster) to a temp file read by newsbrief's readers; the gold label is
  the line's id (250 clusters).  Documents the cleaner rejects (under 25 words) are skipped
  and counted.
- Each set is grouped in ONE ``index.stories.group`` call with default ``ClusterSettings``:
  topic vectors from ``index.stories.article_vectors`` (packaged all-MiniLM-L6-v2, first 12
  sentences), salient terms from ``article.terms``, dates from ``Article.published``.
- Scores: BCubed precision / recall / F1 and pairwise precision / recall / F1 over all
  articles (``newsbrief.eval.grouping``); stories mixing more than two gold clusters; the
  largest story; grouping time (embedding timed apart).  Then the same candidates in a
  shuffled order (``random.Random(seed)``): the number of articles whose story id differs.

Topic vectors are cached (``.npy`` keyed by a hash of the model, the article ids and the
embedded text) under the temp folder unless ``--no-cache``: embedding ~1,300 articles takes
about four minutes on two CPU cores; grouping them takes about a second.

Trade-off on these sets (BCubed P / R / F1; defaults marked *; see settings.ClusterSettings):
    far_threshold 0.6*                     DUC .960/.681/.797   Multi-News .956/.770/.853
    far_threshold 0.45                     DUC .927/.777/.846   Multi-News .956/.770/.853
    far 0.45, threshold 0.4, min_score .75 DUC .902/.793/.844   Multi-News .925/.793/.854
Both sets keep one story mixing more than two gold clusters: DUC's daily weather columns (one
from each of four event folders) and undated Multi-News pages on US budget fights, 2011-2018.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsbrief.backends.embed import Embedder, make_embedder
from newsbrief.eval.grouping import PRF, bcubed, labels_of, mixed_stories, pairwise
from newsbrief.index.stories import TOPIC_SENTENCES, Vector, article_vectors, candidates, group
from newsbrief.models import Article
from newsbrief.pipeline import read_articles
from newsbrief.settings import ClusterSettings, EmbedSettings, Settings

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
DEFAULT_DUC = EVAL / "duc2003" / "docs"
DEFAULT_MULTINEWS = EVAL / "multinews-val" / "multinews-val.jsonl"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "newsbrief-grouping-cache"

PROTOCOL = (
    "one group() call per set, default ClusterSettings; DUC 2003 docs read as SGML (gold = "
    "folder, dated); Multi-News val documents as undated JSONL records without `story` "
    "(gold = line id); topic = MiniLM mean of first 12 sentences; BCubed and pairwise over "
    "all articles; 'mixed' = stories holding >2 gold clusters; 'order' = articles whose "
    "story id changes when the same candidates are shuffled"
)


@dataclass(frozen=True)
class LabelledSet:
    name: str
    articles: tuple[Article, ...]
    gold: dict[str, str]  # article id -> gold cluster
    skipped: int


@dataclass(frozen=True)
class Result:
    name: str
    articles: int
    gold_clusters: int
    skipped: int
    stories: int
    bcubed: PRF
    pairwise: PRF
    mixed: int
    largest: int
    group_seconds: float
    embed_seconds: float
    order_changed: int


def load_duc(docs: Path, settings: Settings) -> LabelledSet:
    """Every DUC document as one input; the gold label is the cluster folder."""
    articles, skipped = read_articles([str(docs)], settings=settings)
    # ``source`` is the file path; duplicated documents get ids like "X~2" (unique_ids).
    gold = {a.id: Path(a.source).parent.name for a in articles}
    return LabelledSet("DUC 2003", tuple(articles), gold, len(skipped))


def load_multinews(path: Path, settings: Settings, workdir: Path) -> LabelledSet:
    """Every Multi-News document as its own undated JSONL record; gold = its line's id."""
    cluster_of: dict[str, str] = {}
    records = workdir / "multinews-docs.jsonl"
    with path.open(encoding="utf-8") as lines, records.open("w", encoding="utf-8") as out:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            for i, text in enumerate(row["documents"]):
                doc_id = "mn" + hashlib.sha256(f"{row['id']}/{i}".encode()).hexdigest()[:12]
                cluster_of[doc_id] = str(row["id"])
                out.write(json.dumps({"id": doc_id, "text": text}) + "\n")
    articles, skipped = read_articles([str(records)], settings=settings)
    gold = {a.id: cluster_of[a.id.split("~")[0]] for a in articles}
    return LabelledSet("Multi-News val", tuple(articles), gold, len(skipped))


def model_key(settings: EmbedSettings) -> str:
    """What names the topic model in the cache key."""
    return settings.model_path or "packaged all-MiniLM-L6-v2"


def _cache_key(articles: Sequence[Article], model: str) -> str:
    digest = hashlib.sha256(f"{model}\n{TOPIC_SENTENCES}".encode())
    for a in articles:
        digest.update(a.id.encode())
        for s in a.sentences[:TOPIC_SENTENCES] or ():
            digest.update(b"\x00" + s.text.encode("utf-8", "surrogatepass"))
        digest.update(b"\x01" + a.text[:2000].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:24]


def topic_vectors(
    articles: Sequence[Article], embedder: Embedder, *, model: str, cache: Path | None
) -> Vector:
    """``article_vectors``, read from / written to ``cache`` when given."""
    path = cache / f"topics-{_cache_key(articles, model)}.npy" if cache else None
    if path is not None and path.is_file():
        cached: Vector = np.load(path).astype(np.float32)
        return cached
    vectors = article_vectors(articles, embedder)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    return vectors


def evaluate(
    labelled: LabelledSet,
    vectors: Vector,
    *,
    settings: ClusterSettings,
    seed: int = 0,
    embed_seconds: float = 0.0,
) -> Result:
    """Group one set in one call, score it, and regroup it shuffled."""
    items = candidates(labelled.articles, vectors)
    started = time.perf_counter()
    stories = group(items, settings)
    seconds = time.perf_counter() - started
    predicted = labels_of(stories)
    shuffled = list(items)
    random.Random(seed).shuffle(shuffled)
    again = labels_of(group(shuffled, settings))
    return Result(
        name=labelled.name,
        articles=len(labelled.articles),
        gold_clusters=len(set(labelled.gold.values())),
        skipped=labelled.skipped,
        stories=len(stories),
        bcubed=bcubed(predicted, labelled.gold),
        pairwise=pairwise(predicted, labelled.gold),
        mixed=mixed_stories(predicted, labelled.gold),
        largest=max((len(ids) for ids in stories.values()), default=0),
        group_seconds=seconds,
        embed_seconds=embed_seconds,
        order_changed=sum(1 for a, sid in predicted.items() if again.get(a) != sid),
    )


def format_result(r: Result, seed: int) -> str:
    b, p = r.bcubed, r.pairwise
    return "\n".join(
        [
            f"{r.name}: {r.articles} articles ({r.skipped} inputs skipped), "
            f"{r.gold_clusters} gold clusters -> {r.stories} stories (largest {r.largest})",
            f"  BCubed   P {b.precision:.3f}  R {b.recall:.3f}  F1 {b.f1:.3f}",
            f"  pairwise P {p.precision:.3f}  R {p.recall:.3f}  F1 {p.f1:.3f}",
            f"  stories mixing >2 gold clusters: {r.mixed}",
            f"  shuffled order (seed {seed}): {r.order_changed} articles change story",
            f"  time: grouping {r.group_seconds:.2f} s, topic vectors {r.embed_seconds:.1f} s",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--duc", type=Path, default=DEFAULT_DUC, help="DUC 2003 docs folder")
    parser.add_argument("--multinews", type=Path, default=DEFAULT_MULTINEWS)
    parser.add_argument("--seed", type=int, default=13, help="seed of the shuffled run")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--no-cache", action="store_true")
    args = parser.parse_args(argv)
    settings = Settings()
    embed_settings = EmbedSettings()
    embedder = make_embedder(embed_settings, "model")
    model = model_key(embed_settings)
    cache = None if args.no_cache else args.cache
    print(f"protocol: {PROTOCOL}")
    print(f"settings: {settings.cluster}")
    with tempfile.TemporaryDirectory() as tmp:
        sets = []
        if args.duc.is_dir():
            sets.append(load_duc(args.duc, settings))
        else:
            print(f"(no DUC 2003 docs at {args.duc})")
        if args.multinews.is_file():
            sets.append(load_multinews(args.multinews, settings, Path(tmp)))
        else:
            print(f"(no Multi-News file at {args.multinews})")
    for labelled in sets:
        started = time.perf_counter()
        vectors = topic_vectors(labelled.articles, embedder, model=model, cache=cache)
        seconds = time.perf_counter() - started
        result = evaluate(
            labelled, vectors, settings=settings.cluster, seed=args.seed, embed_seconds=seconds
        )
        print(format_result(result, args.seed), flush=True)
    return 0 if sets else 1


if __name__ == "__main__":
    sys.exit(main())
