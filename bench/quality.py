"""Summary quality on the dev sets: newsbrief beside lead, centroid and LexRank, one run.

Usage (from the repository root):
    python bench/quality.py [--eval ../shared/eval] [--limit N] [--out FILE]

Runs ``newsbrief.eval.evaluate.run_eval`` on every dev set present (DUC 2003, multinews-val and any
``wcep*.jsonl`` in the eval folder), prints each table and the relative ROUGE-1 gain of
newsbrief over the centroid baseline of the same run, and writes all reports as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsbrief.backends.embed import make_embedder
from newsbrief.eval.evaluate import format_table, report_json, run_eval
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    embedder = make_embedder(EmbedSettings())
    reports = []
    for dataset, path in dev_sets(args.eval):
        report = run_eval(dataset, path, limit=args.limit, embedder=embedder, progress=True)
        key = report.protocol.measures[0]
        primary = f"{key[0]}_{key[1]}"
        gain = report.score("newsbrief", primary) / report.score("centroid", primary) - 1
        print(format_table(report))
        print(f"newsbrief vs centroid, {primary}: {100 * gain:+.1f}% relative\n", flush=True)
        reports.append(report_json(report))
    if args.out:
        args.out.write_text(json.dumps(reports, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
