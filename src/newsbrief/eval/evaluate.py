"""Summary quality evaluation: newsbrief beside baselines, on a data set's own protocol.

Takes a data set name (``duc``, ``multinews``, ``wcep``) and a path to it; gives an
``EvalReport``: mean ROUGE scores per system, per-cluster scores, word counts and timings, all
computed in one run on the same clusters, the same cleaned articles and with the same scorer.
``format_table`` and ``report_json`` render it; ``newsbrief eval`` is a thin shell over this.

Documents go through the real cleaning stage, like any user input; newsbrief runs through
``pipeline.brief_story`` (dedup, summarize, citation check), so the eval measures the product.

Protocols (scorer: Google ``rouge-score`` with the Porter stemmer; multiple references are
scored one by one and averaged, as ROUGE-1.5.5 does with ``-f A``; then averaged over clusters):
- ``duc``: every system gets a 120-word budget of whole sentences, then the summary is
  truncated to 665 bytes (ROUGE ``-b 665``), ROUGE-1/2/L **recall**, four references.
- ``multinews``: whole sentences up to 230 words (the mean reference length of the validation
  sample is 228 words; extractive Multi-News work uses budgets of 200-300), ROUGE-1/2/L/Lsum
  **F1**.
- ``wcep``: whole sentences up to 40 tokens (hard cap 40), lowercased, ROUGE-1/2/L F1 and recall.

Backends: ``rouge-score``; ``tqdm`` for the progress bar.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from newsbrief.backends.embed import Embedder
from newsbrief.errors import ConfigError, MissingDependency
from newsbrief.eval.baselines import BASELINES
from newsbrief.eval.data import EvalCluster, load_duc, load_jsonl
from newsbrief.models import Article, Skipped, Story
from newsbrief.settings import Settings

SYSTEMS = ("newsbrief", "lead", "centroid", "lexrank")


@dataclass(frozen=True)
class Protocol:
    """How summaries are cut and scored for one data set."""

    name: str
    max_words: int  # the budget every system is given (whole sentences)
    measures: tuple[tuple[str, str], ...]  # (rouge type, "recall" | "f1" | "precision")
    truncate_bytes: int | None = None
    truncate_words: int | None = None
    lowercase: bool = False
    note: str = ""


PROTOCOLS: Mapping[str, Protocol] = MappingProxyType(
    {
        # 665 bytes hold about 110 words of newswire (5.8 bytes a word in the references), so a
        # 120-word budget lets every system fill the byte limit, as DUC entries did.
        "duc": Protocol(
            "duc",
            max_words=120,
            truncate_bytes=665,
            measures=(("rouge1", "recall"), ("rouge2", "recall"), ("rougeL", "recall")),
            note="DUC 2003/2004 task 2: 665 bytes, recall, stemming, mean over 4 references",
        ),
        "multinews": Protocol(
            "multinews",
            max_words=230,
            truncate_words=230,
            measures=(
                ("rouge1", "f1"),
                ("rouge2", "f1"),
                ("rougeL", "f1"),
                ("rougeLsum", "f1"),
            ),
            note="Multi-News: whole sentences up to 230 words, F1, stemming",
        ),
        "wcep": Protocol(
            "wcep",
            max_words=40,
            truncate_words=40,
            lowercase=True,
            measures=(
                ("rouge1", "f1"),
                ("rouge2", "f1"),
                ("rougeL", "f1"),
                ("rouge1", "recall"),
                ("rouge2", "recall"),
                ("rougeL", "recall"),
            ),
            note="WCEP: whole sentences up to 40 tokens, lowercased, F1 and recall, stemming",
        ),
    }
)

LOADERS: Mapping[str, Callable[[str | Path], list[EvalCluster]]] = MappingProxyType(
    {"duc": load_duc, "multinews": load_jsonl, "wcep": load_jsonl}
)

# Published figures from ../shared/eval/README.md, for scale: other data or other splits, so
# they are printed apart from the systems run here.  (system, measure key, value x100).
PUBLISHED: Mapping[str, tuple[tuple[str, str, float], ...]] = MappingProxyType(
    {
        "duc": (
            ("LexRank (DUC 2004)", "rouge1_recall", 36.0),
            ("Centroid (DUC 2004)", "rouge1_recall", 36.4),
            ("GreedyKL (DUC 2004)", "rouge1_recall", 38.0),
            ("best classic, ICSISumm..OCCAMS_V (DUC 2004)", "rouge1_recall", 39.8),
        ),
        "multinews": (
            ("LexRank (test)", "rouge1_f1", 38.3),
            ("PRIMERA zero-shot (test)", "rouge1_f1", 42.0),
            ("PRIMERA fine-tuned (test)", "rouge1_f1", 49.9),
        ),
        "wcep": (
            ("TextRank (WCEP-100 test)", "rouge1_f1", 34.1),
            ("Centroid (WCEP-100 test)", "rouge1_f1", 34.1),
            ("Submodular (WCEP-100 test)", "rouge1_f1", 34.4),
            ("TSR supervised (WCEP-100 test)", "rouge1_f1", 35.3),
        ),
    }
)


@dataclass(frozen=True)
class SystemResult:
    """One system's scores: means over clusters (x100) and the per-cluster values."""

    name: str
    scores: Mapping[str, float]
    per_cluster: tuple[Mapping[str, float], ...]
    mean_words: float
    seconds: float


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
    joined = "\n".join(lines)
    return joined.lower() if protocol.lowercase else joined


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
    for name in systems:
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
    n_articles = n_skipped = 0
    for cluster in _progress(clusters, progress, f"eval {dataset}"):
        articles, skipped = clean_cluster(cluster, settings)
        n_articles += len(articles)
        n_skipped += skipped
        references = [prepare_reference(r, protocol) for r in cluster.references]
        for name, summarizer in summarizers.items():
            tick = time.perf_counter()
            sentences = summarizer(cluster.id, articles, protocol.max_words) if articles else ()
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
        )
        for name in systems
    )
    return EvalReport(
        dataset=dataset,
        path=str(path),
        protocol=protocol,
        cluster_ids=tuple(c.id for c in clusters),
        articles=n_articles,
        skipped=n_skipped,
        systems=results,
        seconds=time.perf_counter() - started,
    )


def _mean(rows: Sequence[Mapping[str, float]], protocol: Protocol) -> dict[str, float]:
    keys = [measure_key(t, m) for t, m in protocol.measures]
    return {k: sum(r[k] for r in rows) / len(rows) if rows else 0.0 for k in keys}


_SHORT = MappingProxyType({"rouge1": "R1", "rouge2": "R2", "rougeL": "RL", "rougeLsum": "RLsum"})


def _column(rouge_type: str, measure: str) -> str:
    return f"{_SHORT[rouge_type]}-{ {'recall': 'R', 'f1': 'F', 'precision': 'P'}[measure] }"


def format_table(report: EvalReport) -> str:
    """A Markdown table of the report, with the protocol and published figures beside it."""
    protocol = report.protocol
    columns = [_column(t, m) for t, m in protocol.measures]
    keys = [measure_key(t, m) for t, m in protocol.measures]
    lines = [
        f"{report.dataset}: {len(report.cluster_ids)} clusters, {report.articles} articles "
        f"({report.skipped} skipped) from {report.path}",
        f"protocol: {protocol.note}; budget {protocol.max_words} words; rouge-score, stemming",
        "",
        "| system | " + " | ".join(columns) + " | words | seconds |",
        "|---|" + "---:|" * (len(columns) + 2),
    ]
    for result in report.systems:
        cells = [f"{result.scores[k]:.2f}" for k in keys]
        lines.append(
            f"| {result.name} | "
            + " | ".join(cells)
            + f" | {result.mean_words:.0f} | {result.seconds:.1f} |"
        )
    published = PUBLISHED.get(report.dataset, ())
    if published:
        lines += ["", "published, for scale (other data / ROUGE setups):"]
        lines += [f"- {name}: {key} {value:.1f}" for name, key, value in published]
    lines.append(f"\ntotal {report.seconds:.1f}s")
    return "\n".join(lines) + "\n"


def report_json(report: EvalReport, *, per_cluster: bool = True) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    protocol = report.protocol
    return {
        "dataset": report.dataset,
        "path": report.path,
        "protocol": {
            "name": protocol.name,
            "note": protocol.note,
            "max_words": protocol.max_words,
            "truncate_bytes": protocol.truncate_bytes,
            "truncate_words": protocol.truncate_words,
            "lowercase": protocol.lowercase,
            "measures": [measure_key(t, m) for t, m in protocol.measures],
            "scorer": "rouge-score, Porter stemmer, mean over references then clusters",
        },
        "clusters": len(report.cluster_ids),
        "articles": report.articles,
        "skipped": report.skipped,
        "seconds": round(report.seconds, 2),
        "systems": {
            r.name: {
                "scores": {k: round(v, 3) for k, v in r.scores.items()},
                "mean_words": round(r.mean_words, 1),
                "seconds": round(r.seconds, 2),
                **(
                    {
                        "per_cluster": {
                            cid: {k: round(v, 3) for k, v in row.items()}
                            for cid, row in zip(report.cluster_ids, r.per_cluster, strict=True)
                        }
                    }
                    if per_cluster
                    else {}
                ),
            }
            for r in report.systems
        },
        "published": [
            {"system": name, "measure": key, "value": value}
            for name, key, value in PUBLISHED.get(report.dataset, ())
        ],
    }
