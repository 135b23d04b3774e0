"""Evaluation protocols: how each data set's summaries are cut and scored, its loaders, and
the published figures printed beside a run for scale (``eval.evaluate`` says what each
protocol means).

Backends: none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

from newsbrief.eval.data import EvalCluster, load_duc, load_jsonl


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


_DUC = Protocol(
    "duc",
    max_words=120,
    truncate_bytes=665,
    measures=(("rouge1", "recall"), ("rouge2", "recall"), ("rougeL", "recall")),
    note="DUC 2003/2004 task 2: 665 bytes, recall, stemming, mean over 4 references",
)

PROTOCOLS: Mapping[str, Protocol] = MappingProxyType(
    {
        # 665 bytes hold about 110 words of newswire (5.8 bytes a word in the references), so a
        # 120-word budget lets every system fill the byte limit, as DUC entries did.
        "duc": _DUC,
        "duc-tdt": replace(_DUC, name="duc-tdt", note=_DUC.note + "; TDT event clusters"),
        "duc-novelty": replace(
            _DUC, name="duc-novelty", note=_DUC.note + "; TREC novelty clusters"
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


def is_tdt(cluster_id: str) -> bool:
    """DUC 2003's TDT event clusters are named ``d3....t``; the novelty ones ``d1..[a-j]``."""
    return cluster_id.startswith("d3") and cluster_id.endswith("t")


def load_tdt(path: str | Path) -> list[EvalCluster]:
    return [c for c in load_duc(path) if is_tdt(c.id)]


def load_novelty(path: str | Path) -> list[EvalCluster]:
    return [c for c in load_duc(path) if not is_tdt(c.id)]


LOADERS: Mapping[str, Callable[[str | Path], list[EvalCluster]]] = MappingProxyType(
    {
        "duc": load_duc,
        "duc-tdt": load_tdt,
        "duc-novelty": load_novelty,
        "multinews": load_jsonl,
        "wcep": load_jsonl,
    }
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
