"""Regression gate: newsbrief's ROUGE on a fixed slice of the dev sets must not drop.

Runs the real pipeline (real cleaning, packaged MiniLM) on the first 5 DUC 2003 clusters and
the first 10 multinews-val clusters, under each set's own protocol (see ``evaluate``), and
compares with floors set a little under the values measured on this slice.  Skips when
../shared/eval is absent.  Reproduce the full-set numbers with ``bench/quality.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EVAL

from newsbrief.embed import SentenceEmbedder
from newsbrief.evaluate import run_eval

# (dataset, path under ../shared/eval, clusters, measure, floor).  Measured on this slice with
# the v1 summarizer in summarize.py: DUC 31.54 R1-R, Multi-News 43.85 R1-F; floors ~1 point
# under.  The tuned candidate (bench/summarize_v2.py) measures 34.13 and 45.59 here: raise the
# floors to 33.0 and 44.5 once it is summarize.py.
GATES = [
    ("duc", "duc2003", 5, "rouge1_recall", 30.5),
    ("multinews", "multinews-val/multinews-val.jsonl", 10, "rouge1_f1", 42.8),
]


@pytest.mark.parametrize(("dataset", "relative", "clusters", "measure", "floor"), GATES)
def test_rouge_stays_above_the_floor(
    embedder: SentenceEmbedder,
    dataset: str,
    relative: str,
    clusters: int,
    measure: str,
    floor: float,
) -> None:
    path = Path(EVAL) / relative
    if not path.exists():
        pytest.skip(f"{path} is not present")
    report = run_eval(dataset, path, systems=["newsbrief"], limit=clusters, embedder=embedder)
    assert len(report.cluster_ids) == clusters
    score = report.score("newsbrief", measure)
    assert score >= floor, f"{dataset} {measure} {score:.2f} fell under the floor {floor}"
