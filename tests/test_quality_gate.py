"""Regression gate: newsbrief's ROUGE on a fixed slice of the dev sets must not drop.

Runs the real pipeline (real cleaning; the hashing embedder for the article facts, since the
default lexical summary does not read sentence vectors) on the first 5 DUC 2003 clusters and
the first 10 multinews-val clusters, under each set's own protocol (see ``evaluate``), and
compares with floors set a little under the values measured on this slice.  Skips when
../shared/eval is absent.  Reproduce the full-set numbers with ``bench/quality.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EVAL

from newsbrief.backends.embed import HashingEmbedder
from newsbrief.eval.evaluate import run_eval

# (dataset, path under ../shared/eval, clusters, measure, floor).  Measured on this slice with
# the lexical summarizer (concept coverage per character, word + pair count vectors; DUC
# references cut at 665 bytes as ROUGE-1.5.5 does): DUC 36.19 R1-R, Multi-News 45.18 R1-F;
# floors ~1 point under.
GATES = [
    ("duc", "duc2003", 5, "rouge1_recall", 35.2),
    ("multinews", "multinews-val/multinews-val.jsonl", 10, "rouge1_f1", 44.2),
]


@pytest.mark.parametrize(("dataset", "relative", "clusters", "measure", "floor"), GATES)
def test_rouge_stays_above_the_floor(
    dataset: str,
    relative: str,
    clusters: int,
    measure: str,
    floor: float,
) -> None:
    path = Path(EVAL) / relative
    if not path.exists():
        pytest.skip(f"{path} is not present")
    report = run_eval(
        dataset, path, systems=["newsbrief"], limit=clusters, embedder=HashingEmbedder()
    )
    assert len(report.cluster_ids) == clusters
    score = report.score("newsbrief", measure)
    assert score >= floor, f"{dataset} {measure} {score:.2f} fell under the floor {floor}"
