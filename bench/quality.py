"""Summary quality on the dev sets: newsbrief beside its baselines and the oracle, one run.

Usage (from the repository root):
    python bench/quality.py [--eval ../shared/eval] [--limit N] [--out FILE]

Runs ``newsbrief.eval.evaluate.run_eval`` on every dev set present (DUC 2003, multinews-val and
any ``wcep*.jsonl`` in the eval folder) with every system (newsbrief, lead, the plain Radev
``centroid``, ``centroid-mead``, LexRank and the greedy ROUGE-2 ``oracle``).  DUC 2003 is run
once and reported three ways: ``duc-tdt`` (the 30 TDT event clusters, the generic task),
``duc-novelty`` (the 30 novelty clusters) and all 60.  Each table carries its protocol; below
it, newsbrief's ROUGE-1 and ROUGE-2 relative to the plain centroid of the same run.  All
reports are written as JSON with ``--out``.

``--embedder hashing`` fills the article facts' sentence vectors with the model-free hashing
embedder instead of MiniLM: with the default lexical summary (``SummarizeSettings.
representation``) no score changes, since the summary does not read them, and the run takes
minutes instead of half an hour; newsbrief's "seconds" then exclude MiniLM.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsbrief.backends.embed import make_embedder
from newsbrief.eval.evaluate import EvalReport, run_eval, subset
from newsbrief.eval.protocols import is_tdt
from newsbrief.eval.render import format_table, report_json
from newsbrief.settings import EmbedSettings


def dev_sets(root: Path) -> list[tuple[str, Path]]:
    found = []
    if (root / "duc2003" / "docs").is_dir():
        found.append(("duc", root / "duc2003"))
    if (root / "multinews-val" / "multinews-val.jsonl").is_file():
        found.append(("multinews", root / "multinews-val" / "multinews-val.jsonl"))
    found += [
        ("wcep", p) for p in sorted(root.glob("wcep*/*.jsonl*")) + sorted(root.glob("wcep*.jsonl*"))
    ]
    return found


def ratios(report: EvalReport) -> str:
    """newsbrief / centroid on the set's R1 and R2 (its first two measures)."""
    parts = []
    for rouge_type, measure in report.protocol.measures[:2]:
        key = f"{rouge_type}_{measure}"
        ratio = report.score("newsbrief", key) / report.score("centroid", key)
        parts.append(f"{key} {ratio:.3f}x")
    return f"newsbrief / centroid: {', '.join(parts)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--embedder", choices=("model", "hashing"), default="model")
    args = parser.parse_args()
    embedder = make_embedder(EmbedSettings(), args.embedder)
    print(f"sentence vectors of the article facts: {args.embedder} embedder\n")
    reports = []
    for dataset, path in dev_sets(args.eval):
        report = run_eval(dataset, path, limit=args.limit, embedder=embedder, progress=True)
        shown = [report]
        if dataset == "duc":
            shown = [
                subset(report, "duc-tdt", is_tdt),
                subset(report, "duc-novelty", lambda cid: not is_tdt(cid)),
                report,
            ]
        for item in shown:
            print(format_table(item))
            print(ratios(item) + "\n", flush=True)
            reports.append(report_json(item))
    if args.out:
        args.out.write_text(json.dumps(reports, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
