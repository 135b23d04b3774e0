"""Summary quality evaluation: newsbrief beside baselines, on a data set's own protocol.

Takes a data set name (``duc``, ``duc-tdt``, ``duc-novelty``, ``multinews``, ``wcep``) and a
path to it; gives an
``EvalReport``: mean ROUGE scores per system, per-cluster scores, word counts and timings, all
computed in one run on the same clusters, the same cleaned articles and with the same scorer.
``eval.render`` (``format_table``, ``report_json``) renders it; ``newsbrief eval`` is a thin
shell over this.

Documents go through the real cleaning stage, like any user input; newsbrief runs through
``pipeline.brief_story`` (dedup, summarize, citation check), so the eval measures the product.

Protocols (scorer: Google ``rouge-score`` with the Porter stemmer; multiple references are
scored one by one and averaged, as ROUGE-1.5.5 does with ``-f A``; then averaged over clusters):
- ``duc``: every system gets a 120-word budget of whole sentences, then the summary is
  truncated to 665 bytes (ROUGE ``-b 665``, which cuts the references at 665 bytes too),
  ROUGE-1/2/L **recall**, four references.
  ``duc-tdt`` keeps DUC 2003's 30 TDT event clusters (``d3...t``, the generic multi-document
  task), ``duc-novelty`` its 30 TREC novelty clusters (``d1...a-j``); ``subset`` splits one
  ``duc`` run into both.
- ``multinews``: whole sentences up to 230 words (the mean reference length of the validation
  sample is 228 words; extractive Multi-News work uses budgets of 200-300), ROUGE-1/2/L/Lsum
  **F1**.
- ``wcep``: whole sentences up to 40 tokens (hard cap 40), lowercased, ROUGE-1/2/L F1 and recall.

Systems: ``newsbrief``, the baselines of ``baselines`` (``lead``, ``centroid`` (plain Radev
centroid), ``centroid-mead``, ``lexrank``) and ``oracle``: the extractive ceiling, whole source
sentences picked greedily for the largest ROUGE-2 recall against the cluster's references
(mean over references, the summary cut as the protocol cuts it) under the same budget, until
no sentence raises it.

Backends: ``rouge-score``; ``tqdm`` for the progress bar.
"""

from __future__ import annotations

import functools
import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

from newsbrief.backends.embed import Embedder
from newsbrief.errors import ConfigError, MissingDependency
from newsbrief.eval.baselines import BASELINES
from newsbrief.eval.data import EvalCluster
from newsbrief.eval.protocols import (
    LOADERS,
    PROTOCOLS,
    Protocol,
)
from newsbrief.models import Article, Skipped, Story
from newsbrief.settings import Settings

SYSTEMS = ("newsbrief", "lead", "centroid", "centroid-mead", "lexrank", "oracle")


@dataclass(frozen=True)
class SystemResult:
    """One system's scores: means over clusters (x100) and the per-cluster values."""

    name: str
    scores: Mapping[str, float]
    per_cluster: tuple[Mapping[str, float], ...]
    mean_words: float
    seconds: float
    cluster_words: tuple[int, ...] = ()


@dataclass(frozen=True)
class EvalReport:
    dataset: str
    path: str
    protocol: Protocol
    cluster_ids: tuple[str, ...]
    articles: int
    skipped: int
    systems: tuple[SystemResult, ...]
    seconds: float
    cluster_articles: tuple[int, ...] = ()  # cleaned articles per cluster
    cluster_skipped: tuple[int, ...] = ()

    def score(self, system: str, key: str) -> float:
        """The mean score ``key`` (e.g. ``rouge1_recall``) of ``system``, x100."""
        for result in self.systems:
            if result.name == system:
                return result.scores[key]
        raise KeyError(system)


def measure_key(rouge_type: str, measure: str) -> str:
    return f"{rouge_type}_{measure}"


def cut(sentences: Sequence[str], protocol: Protocol) -> str:
    """The summary text a protocol scores: one sentence a line, truncated as it requires."""
    lines = [" ".join(s.split()) for s in sentences if s.strip()]
    if protocol.truncate_words is not None:
        kept, left = [], protocol.truncate_words
        for line in lines:
            words = line.split()[:left]
            if not words:
                break
            kept.append(" ".join(words))
            left -= len(words)
        lines = kept
    text = "\n".join(lines)
    if protocol.lowercase:
        text = text.lower()
    if protocol.truncate_bytes is not None:
        text = text.encode("utf-8")[: protocol.truncate_bytes].decode("utf-8", "ignore")
    return text


class Scorer:
    """ROUGE with stemming, multi-reference by averaging; built once per run."""

    def __init__(self, protocol: Protocol) -> None:
        try:
            from rouge_score import rouge_scorer
        except ImportError as exc:
            raise MissingDependency("rouge-score") from exc
        self.protocol = protocol
        types = sorted({rouge_type for rouge_type, _ in protocol.measures})
        self._scorer = rouge_scorer.RougeScorer(types, use_stemmer=True)

    def score(self, summary: str, references: Sequence[str]) -> dict[str, float]:
        totals = {measure_key(t, m): 0.0 for t, m in self.protocol.measures}
        for reference in references:
            result = self._scorer.score(reference, summary)
            for rouge_type, measure in self.protocol.measures:
                value = result[rouge_type]
                field = {"recall": value.recall, "precision": value.precision}.get(
                    measure, value.fmeasure
                )
                totals[measure_key(rouge_type, measure)] += 100.0 * field
        return {k: v / len(references) for k, v in totals.items()} if references else totals


def prepare_reference(text: str, protocol: Protocol) -> str:
    """A reference with one sentence a line (ROUGE-Lsum needs it), lowercased if required."""
    from newsbrief.read.clean import split_sentences

    lines = [" ".join(text[s:e].split()) for s, e in split_sentences(text)]
    if protocol.truncate_bytes is not None:
        lines = _byte_cut(lines, protocol.truncate_bytes)
    joined = "\n".join(lines)
    return joined.lower() if protocol.lowercase else joined


def _byte_cut(lines: Sequence[str], limit: int) -> list[str]:
    """ROUGE-1.5.5's ``-b`` cut (its ``readText``), which it applies to the references too, not
    only to the summary: lines are kept while their bytes (separators not counted) stay under
    ``limit``, and the line that reaches it is cut there.  DUC 2003's references run to 677
    bytes on average (911 at most; tokenised, a space before each comma and full stop), so
    leaving them whole understated every system's recall (plain centroid on duc-tdt 37.96 ->
    38.26 R1 with this cut)."""
    kept: list[str] = []
    used = 0
    for line in lines:
        size = len(line.encode("utf-8"))
        if used + size < limit:
            kept.append(line)
            used += size
            continue
        head = line.encode("utf-8")[: limit - used].decode("utf-8", "ignore")
        if head:
            kept.append(head)
        break
    return kept


def clean_cluster(cluster: EvalCluster, settings: Settings) -> tuple[list[Article], int]:
    """The cluster's documents through the real cleaning stage; gives articles and #skipped."""
    from newsbrief.pipeline import unique_ids
    from newsbrief.read.clean import clean

    articles: list[Article] = []
    skipped = len(cluster.skipped)
    for document in cluster.documents:
        result = clean(document, settings=settings.clean)
        if isinstance(result, Skipped):
            skipped += 1
        else:
            articles.append(result)
    return unique_ids(articles), skipped


def newsbrief_system(
    settings: Settings, embedder: Embedder
) -> Callable[[str, Sequence[Article], int], tuple[str, ...]]:
    """newsbrief as the product runs it on one story: extract, dedup, brief, citation check.

    Analysis is off (only the summary is scored), so no spaCy pipeline is loaded."""
    from newsbrief.article.facts import extract
    from newsbrief.backends.loaded import Backends
    from newsbrief.index.dedup import DedupItem, find_duplicates
    from newsbrief.story.brief import brief_story

    backends = Backends(embedder=embedder)
    settings = replace(settings, analyse=False)

    def run(cluster_id: str, articles: Sequence[Article], max_words: int) -> tuple[str, ...]:
        story_settings = replace(
            settings.brief, summarize=replace(settings.summarize, max_words=max_words)
        )
        facts = [extract(a, settings=settings.extract, backends=backends) for a in articles]
        kept = [f for f in facts if not isinstance(f, Skipped)]
        duplicates = find_duplicates(
            DedupItem(f.article.id, f.signature, f.article.published) for f in kept
        )
        story = Story(
            id=cluster_id,
            article_ids=tuple(f.article.id for f in kept),
            duplicates=tuple(sorted(duplicates.items())),
        )
        result = brief_story(story, kept, settings=story_settings)
        return tuple(s.text for s in result.summary)

    return run


def _baseline_system(
    baseline: Callable[[Sequence[Article], int], tuple[str, ...]],
) -> Callable[[str, Sequence[Article], int], tuple[str, ...]]:
    def run(_cluster_id: str, articles: Sequence[Article], max_words: int) -> tuple[str, ...]:
        return baseline(articles, max_words)

    return run


class Oracle:
    """Extractive ceiling: greedy ROUGE-2 recall against the references, same budget and cut.

    Tokens are rouge-score's own (lowercased, Porter-stemmed), so the greedy objective is the
    score the scorer gives to the cut summary."""

    def __init__(self, protocol: Protocol) -> None:
        try:
            from nltk.stem import porter  # type: ignore[import-untyped]
            from rouge_score import tokenize
        except ImportError as exc:
            raise MissingDependency("rouge-score") from exc
        stemmer = porter.PorterStemmer()

        class _Cached:
            stem = staticmethod(functools.lru_cache(maxsize=200_000)(stemmer.stem))

        self._tokenize = functools.partial(tokenize.tokenize, stemmer=_Cached())
        self.protocol = protocol

    def _bigrams(self, text: str) -> Counter[tuple[str, str]]:
        tokens = self._tokenize(text)
        return Counter(itertools.pairwise(tokens))

    def __call__(
        self, articles: Sequence[Article], max_words: int, references: Sequence[str]
    ) -> tuple[str, ...]:
        refs = [self._bigrams(r) for r in references]
        refs = [r for r in refs if r]
        texts = list(dict.fromkeys(" ".join(s.text.split()) for a in articles for s in a.sentences))
        texts = [t for t in texts if t]
        if not refs or not texts:
            return ()
        totals = [sum(r.values()) for r in refs]

        def recall(sentences: list[str]) -> float:
            got = self._bigrams(cut(sentences, self.protocol))
            return sum(
                sum(min(n, ref[b]) for b, n in got.items() if b in ref) / total
                for ref, total in zip(refs, totals, strict=True)
            ) / len(refs)

        chosen: list[str] = []
        used, current = 0, 0.0
        left = set(range(len(texts)))
        while True:
            best, best_score = -1, current
            for i in sorted(left):
                words = len(texts[i].split())
                if used + words > max_words:
                    continue
                score = recall([*chosen, texts[i]])
                if score > best_score + 1e-12:
                    best, best_score = i, score
            if best < 0:
                break
            chosen.append(texts[best])
            used += len(texts[best].split())
            current = best_score
            left.discard(best)
        return tuple(chosen)


def _progress(items: Sequence[EvalCluster], enabled: bool, label: str) -> Iterable[EvalCluster]:
    if not enabled:
        return items
    try:
        from tqdm import tqdm
    except ImportError as exc:
        raise MissingDependency("tqdm") from exc
    return tqdm(items, desc=label, unit="cluster", leave=False)  # type: ignore[no-any-return]


def run_eval(
    dataset: str,
    path: str | Path,
    *,
    max_words: int | None = None,
    systems: Sequence[str] = SYSTEMS,
    limit: int | None = None,
    progress: bool = False,
    settings: Settings | None = None,
    embedder: Embedder | None = None,
) -> EvalReport:
    """Score ``systems`` on the first ``limit`` clusters of a data set under its protocol."""
    if dataset not in PROTOCOLS:
        raise ConfigError(f"unknown data set {dataset!r}: use one of {', '.join(PROTOCOLS)}")
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown or not systems:
        raise ConfigError(f"unknown systems {unknown}: choose from {', '.join(SYSTEMS)}")
    started = time.perf_counter()
    protocol = PROTOCOLS[dataset]
    if max_words is not None:
        protocol = replace(protocol, max_words=max_words)
    settings = settings or Settings()
    clusters = LOADERS[dataset](path)[:limit]
    scorer = Scorer(protocol)

    summarizers: dict[str, Callable[[str, Sequence[Article], int], tuple[str, ...]]] = {}
    oracle = Oracle(protocol) if "oracle" in systems else None
    for name in systems:
        if name == "oracle":
            continue
        if name == "newsbrief":
            if embedder is None:
                from newsbrief.backends.embed import make_embedder

                embedder = make_embedder(settings.embed)
            summarizers[name] = newsbrief_system(settings, embedder)
        else:
            summarizers[name] = _baseline_system(BASELINES[name])

    per_cluster: dict[str, list[Mapping[str, float]]] = {name: [] for name in systems}
    words: dict[str, list[int]] = {name: [] for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    n_articles: list[int] = []
    n_skipped: list[int] = []
    for cluster in _progress(clusters, progress, f"eval {dataset}"):
        articles, skipped = clean_cluster(cluster, settings)
        n_articles.append(len(articles))
        n_skipped.append(skipped)
        references = [prepare_reference(r, protocol) for r in cluster.references]
        for name in systems:
            tick = time.perf_counter()
            if not articles:
                sentences: tuple[str, ...] = ()
            elif name == "oracle" and oracle is not None:
                sentences = oracle(articles, protocol.max_words, references)
            else:
                sentences = summarizers[name](cluster.id, articles, protocol.max_words)
            seconds[name] += time.perf_counter() - tick
            text = cut(sentences, protocol)
            words[name].append(len(text.split()))
            per_cluster[name].append(MappingProxyType(scorer.score(text, references)))

    results = tuple(
        SystemResult(
            name=name,
            scores=MappingProxyType(_mean(per_cluster[name], protocol)),
            per_cluster=tuple(per_cluster[name]),
            mean_words=sum(words[name]) / max(1, len(words[name])),
            seconds=seconds[name],
            cluster_words=tuple(words[name]),
        )
        for name in systems
    )
    return EvalReport(
        dataset=dataset,
        path=str(path),
        protocol=protocol,
        cluster_ids=tuple(c.id for c in clusters),
        articles=sum(n_articles),
        skipped=sum(n_skipped),
        systems=results,
        seconds=time.perf_counter() - started,
        cluster_articles=tuple(n_articles),
        cluster_skipped=tuple(n_skipped),
    )


def subset(report: EvalReport, dataset: str, keep: Callable[[str], bool]) -> EvalReport:
    """The clusters of one run whose id ``keep`` accepts, as a report of their own (means
    recomputed; seconds are the run's, shared out by cluster count)."""
    rows = [k for k, cid in enumerate(report.cluster_ids) if keep(cid)]
    share = len(rows) / max(1, len(report.cluster_ids))
    protocol = replace(PROTOCOLS.get(dataset, report.protocol), max_words=report.protocol.max_words)
    systems = []
    for result in report.systems:
        picked = [result.per_cluster[k] for k in rows]
        counts = tuple(result.cluster_words[k] for k in rows) if result.cluster_words else ()
        systems.append(
            replace(
                result,
                cluster_words=counts,
                mean_words=sum(counts) / len(counts) if counts else result.mean_words,
                scores=MappingProxyType(_mean(picked, protocol)),
                per_cluster=tuple(picked),
                seconds=result.seconds * share,
            )
        )
    articles = tuple(report.cluster_articles[k] for k in rows) if report.cluster_articles else ()
    skipped = tuple(report.cluster_skipped[k] for k in rows) if report.cluster_skipped else ()
    return replace(
        report,
        dataset=dataset,
        protocol=protocol,
        cluster_ids=tuple(report.cluster_ids[k] for k in rows),
        articles=sum(articles),
        skipped=sum(skipped),
        systems=tuple(systems),
        seconds=report.seconds * share,
        cluster_articles=articles,
        cluster_skipped=skipped,
    )


def _mean(rows: Sequence[Mapping[str, float]], protocol: Protocol) -> dict[str, float]:
    keys = [measure_key(t, m) for t, m in protocol.measures]
    return {k: sum(r[k] for r in rows) / len(rows) if rows else 0.0 for k in keys}
