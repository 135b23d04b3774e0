"""Runs of words the repository shares with the real articles under ``../shared``.

    python3 bench/text_overlap.py [PATH ...] [--shared DIR] [--min-words N]

Third-party text stays out of the repository: fixtures, tests, comments and the README are
written by us.  This prints, for each file under PATH (default: README.md, src, tests), every
run of at least ``--min-words`` words (default 12) that also stands in a Multi-News document or
a DUC 2003 article, as lower-cased words.  A short run is mostly a name or a set phrase; a long
one is copied prose.  Exit status 1 when any run is found, 0 when none, 2 without the data.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_WORD = re.compile(r"[a-z0-9']+")
_GRAM = 6  # words in the shingles compared; a run is a chain of overlapping shingles


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: Sequence[str]) -> Iterator[str]:
    return (" ".join(words[k : k + _GRAM]) for k in range(len(words) - _GRAM + 1))


def article_texts(shared: Path) -> Iterator[str]:
    """Every Multi-News document and DUC 2003 article under ``shared``."""
    jsonl = shared / "eval" / "multinews-val" / "multinews-val.jsonl"
    if jsonl.is_file():
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield from json.loads(line).get("documents", [])
    docs = shared / "eval" / "duc2003" / "docs"
    if docs.is_dir():
        for path in sorted(p for p in docs.rglob("*") if p.is_file()):
            yield path.read_text(encoding="utf-8", errors="replace")


def shared_runs(text: str, known: set[str], min_words: int) -> list[str]:
    """The runs of ``text`` of at least ``min_words`` words whose every shingle is ``known``."""
    words = _words(text)
    hits = [" ".join(words[k : k + _GRAM]) in known for k in range(len(words) - _GRAM + 1)]
    runs, k = [], 0
    while k < len(hits):
        if not hits[k]:
            k += 1
            continue
        start = k
        while k < len(hits) and hits[k]:
            k += 1
        if k - start + _GRAM - 1 >= min_words:
            runs.append(" ".join(words[start : k + _GRAM - 1]))
    return runs


def _files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.suffix in (".py", ".md", ".json", ".html")
            )
        elif path.is_file():
            yield path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--shared", type=Path, default=_SHARED)
    parser.add_argument("--min-words", type=int, default=12)
    args = parser.parse_args(argv)
    known = {g for text in article_texts(args.shared) for g in _shingles(_words(text))}
    if not known:
        print(f"no articles under {args.shared}", file=sys.stderr)
        return 2
    root = Path(__file__).resolve().parents[1]
    paths = args.paths or [root / "README.md", root / "src", root / "tests"]
    found = 0
    for path in _files(paths):
        runs = shared_runs(
            path.read_text(encoding="utf-8", errors="replace"), known, args.min_words
        )
        for run in runs:
            print(f"{path}: {len(run.split())} words: {run[:160]}")
        found += len(runs)
    print(f"{found} runs of {args.min_words} words or more shared with the articles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
