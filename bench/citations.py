"""Citation precision: does the second source a summary sentence cites say what it says?

Usage (from the repository root; HF_HUB_OFFLINE=1):
    .venv/bin/python bench/citations.py [--duc DIR] [--multinews FILE]

Protocol (printed with the numbers):
- Every gold cluster of DUC 2003 (60) and Multi-News val (250) is summarized by the product's
  ``story.summarize.summarize`` (default settings; 120 / 230 words) with the articles' MiniLM
  sentence vectors (computed and cached as ``bench/grouping.py`` does).
- For each summary sentence S and each other article of its cluster, the article's sentence C
  with the highest MiniLM cosine to S (when >= 0.55) is a pair.
- Two samples of these pairs were drawn (sample 1: 96, 12 per set in each cosine band
  0.55-0.65-0.75-0.85-1.0; sample 2: 64, 8 per set and band, disjoint from sample 1) and
  labelled by a reader who saw only the two sentences and did not know any rule: "yes" (C states
  S's main point), "partial" (part of it, or less precisely), "no" (same topic, another fact,
  or another figure).  ``bench/data/citation_labels.jsonl`` holds the labels keyed by a hash of
  the two texts (no third-party text in the repository).  Sample 1 chose the rule
  (``settings.SummarizeSettings``); sample 2 was labelled after the choice and scored once.
- Rules scored on each sample: the old one (MiniLM cosine >= 0.6) and the product's
  (``story.support.cited``: word cosine >= 0.4 with content words >= 0.2 alike, or vector
  cosine >= 0.85, figures agreeing;
  the pair counts as cited when ``cited`` picks C for its article).  Precision = yes / cited;
  recall = cited yes / all yes (of pairs in the sample, which MiniLM found: an upper bound).
  The samples are stratified by cosine, so precision over all pairs, where low cosines are
  most common, is lower for a vector-only rule than shown.
- Then over all summaries: second citations per summary sentence under each rule.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from types import ModuleType

import numpy as np

from newsbrief.settings import Settings, SummarizeSettings
from newsbrief.story.lexical import content_vector, tokenize, vector
from newsbrief.story.summarize import summarize
from newsbrief.story.support import cited
from newsbrief.vectors import unpack

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "bench" / "data" / "citation_labels.jsonl"
PAIR_FLOOR = 0.55
OLD_BAR = 0.6


def _grouping_bench() -> ModuleType:
    """``bench/grouping.py`` as a module: its loaders and its cached MiniLM facts."""
    spec = importlib.util.spec_from_file_location("bench_grouping", REPO / "bench" / "grouping.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def pair_key(s: str, c: str) -> str:
    return hashlib.sha256((s + "\n" + c).encode()).hexdigest()[:16]


def main(argv: Sequence[str] | None = None) -> int:
    bg = _grouping_bench()
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--duc", type=Path, default=bg.DEFAULT_DUC)
    parser.add_argument("--multinews", type=Path, default=bg.DEFAULT_MULTINEWS)
    parser.add_argument("--show", action="store_true", help="print citations only vectors gave")
    args = parser.parse_args(argv)
    labels: list[dict[str, str | int]] = [
        json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()
    ]
    embedder, model = bg.minilm(bg.DEFAULT_CACHE)
    found: dict[str, tuple[bool, bool]] = {}  # pair -> (old rule cites, product cites)
    per_sentence: Counter[str] = Counter()
    vector_only: list[tuple[str, str]] = []  # citations the sentence vectors alone gave
    with tempfile.TemporaryDirectory() as tmp:
        sets = []
        if args.duc.is_dir():
            sets.append((bg.load_duc(args.duc, Settings()), 120))
        if args.multinews.is_file():
            sets.append((bg.load_multinews(args.multinews, Settings(), Path(tmp)), 230))
    for labelled, budget in sets:
        facts = bg.cached_facts(labelled.articles, embedder, model=model, cache=bg.DEFAULT_CACHE)
        clusters = defaultdict(list)
        for f in facts:
            clusters[labelled.gold[f.article.id]].append(f)
        settings = SummarizeSettings(max_words=budget)
        for _, members in sorted(clusters.items()):
            articles = [f.article for f in members]
            stored = [unpack(f.sentence_vectors or b"", f.dimension) for f in members]
            flat = [(a, s) for a, art in enumerate(articles) for s in range(len(art.sentences))]
            if not flat:
                continue
            texts = [articles[a].sentences[s].text for a, s in flat]
            owner = [a for a, _ in flat]
            vectors = np.vstack([r for r in stored if len(r)])
            tokens = tokenize(texts)
            lexical = [vector(t) for t in tokens]
            content = [content_vector(t) for t in tokens]
            at = {p: k for k, p in enumerate(flat)}
            ask = partial(
                cited, texts=texts, owner=owner, lexical=lexical, content=content, settings=settings
            )
            for sentence in summarize(articles, stored, settings=settings):
                first = sentence.citations[0]
                source = next(a for a, x in enumerate(articles) if x.id == first.article)
                assert first.sentence is not None
                i = at[(source, first.sentence)]
                cosine = vectors @ vectors[i]
                product = ask(i, vectors=vectors)
                words_only = ask(i, vectors=None)
                per_sentence["sentences"] += 1
                per_sentence["product"] += len(product)
                per_sentence["words only"] += len(words_only)
                for other, j in product.items():
                    if words_only.get(other) != j and len(vector_only) < 12:
                        vector_only.append((texts[i], texts[j]))
                best: dict[int, int] = {}
                for j, other in enumerate(owner):
                    if other != owner[i] and (other not in best or cosine[j] > cosine[best[other]]):
                        best[other] = j
                per_sentence["old"] += sum(1 for j in best.values() if cosine[j] >= OLD_BAR)
                for other, j in best.items():
                    if cosine[j] >= PAIR_FLOOR:
                        found[pair_key(texts[i], texts[j])] = (
                            bool(cosine[j] >= OLD_BAR),
                            product.get(other) == j,
                        )
    print(__doc__.split("Protocol")[0].strip().splitlines()[0])
    print("protocol: see bench/citations.py\n")
    for sample in sorted({row["sample"] for row in labels}):
        pairs = [row for row in labels if row["sample"] == sample and row["pair"] in found]
        missing = sum(1 for row in labels if row["sample"] == sample) - len(pairs)
        all_yes = sum(1 for row in pairs if row["label"] == "yes")
        counts = Counter(row["label"] for row in pairs)
        print(
            f"sample {sample}: {len(pairs)} labelled pairs found ({missing} no longer produced by "
            f"the summarizer); yes {counts['yes']}, partial {counts['partial']}, no {counts['no']}"
        )
        for name, index in (("old: vector cosine >= 0.6", 0), ("product: story.support", 1)):
            kept = [row for row in pairs if found[str(row["pair"])][index]]
            tally = Counter(row["label"] for row in kept)
            n_kept = max(1, len(kept))
            print(
                f"  {name:<28} cites {len(kept):3}: yes {tally['yes']:3} partial "
                f"{tally['partial']:3} no {tally['no']:3} | precision {tally['yes'] / n_kept:.2f}"
                f" (yes or partial {(tally['yes'] + tally['partial']) / n_kept:.2f})"
                f" | recall of yes {tally['yes'] / max(1, all_yes):.2f}"
            )
    n = max(1, per_sentence["sentences"])
    print(
        f"\nall summaries: {per_sentence['sentences']} sentences; second citations per sentence: "
        f"old {per_sentence['old'] / n:.2f}, product {per_sentence['product'] / n:.2f} "
        f"(without sentence vectors: {per_sentence['words only'] / n:.2f})"
    )
    if args.show:
        for said, cited_as in vector_only:
            print(f"  vector only:\n    S: {said[:150]}\n    C: {cited_as[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
