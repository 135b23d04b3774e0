"""An evaluation report as text and as JSON: a Markdown table with the protocol and published
figures beside it (``newsbrief eval``, ``bench/quality.py``), and plain JSON-ready data."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from newsbrief.eval.evaluate import EvalReport, measure_key
from newsbrief.eval.protocols import PUBLISHED

__all__ = ["format_table", "report_json"]

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
    published = PUBLISHED.get(report.dataset.split("-")[0], ())
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
            for name, key, value in PUBLISHED.get(report.dataset.split("-")[0], ())
        ],
    }
