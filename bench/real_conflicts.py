"""Conflicts on real multi-outlet coverage, scored against disagreements a reader listed by hand.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/real_conflicts.py GOLD.json [GOLD.json ...]
                                                              [--details] [--shared DIR]

Gold files (``bench/data/real_conflicts_*.json``): for each cluster of real articles (a DUC
2003 folder, or a Multi-News validation line), every disagreement on a figure between two
different articles that a helper found by reading every article (who read neither the rules
nor the tool's output): the thing, its kind (contradiction / update / framing), each distinct
value, the articles giving each value.  No article text: values, doc ids and the reader's own
short descriptions.

Protocol: each cluster is briefed as one story, as the product does it (``read_articles``:
readers and cleaning; then ``run.local.brief_as_story``: facts per article with spaCy, then
``brief_story``); the hashing embedder stands in for MiniLM (only the summary uses it).  A
Multi-News document ``C/i`` is the i-th document of line ``C`` (undated).  A found conflict
*matches* a gold disagreement of its cluster when at least two of its sides' values are among
the gold values (within 1 %, or equal after rounding); it is *right* when the kind is the gold
kind too.  Precision = right found conflicts / found conflicts (a found conflict the reader did
not list counts against it); recall = gold disagreements matched by a right conflict / gold
disagreements (since stop 40 a found conflict recalls one gold item, not every one it matches).
``--details`` prints each found and missed item (values and the reader's short
descriptions, no article text): use it on the dev files only, never on a held-out file before
its one blind score is taken.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, TypeVar

from newsbrief.backends.aliases import load_alias_groups
from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Article, Conflict, StoryBrief
from newsbrief.pipeline import read_articles
from newsbrief.run.local import brief_as_story
from newsbrief.settings import Settings

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@dataclass
class Tally:
    found: int = 0
    matched: int = 0  # found conflicts matching a gold disagreement, any kind
    right: int = 0  # ... with the gold kind
    gold: int = 0
    recalled: int = 0  # gold disagreements matched by a right conflict
    lines: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.matched += other.matched
        self.right += other.right
        self.gold += other.gold
        self.recalled += other.recalled

    def row(self, name: str) -> str:
        p = self.right / self.found if self.found else 1.0
        r = self.recalled / self.gold if self.gold else 1.0
        return (
            f"{name:<20} found {self.found:3d}  matched {self.matched:3d}  right kind "
            f"{self.right:3d}  gold {self.gold:3d}  recalled {self.recalled:3d}  "
            f"P {p:.2f}  R {r:.2f}"
        )


def cluster_articles(name: str, shared: Path, workdir: Path) -> list[Article]:
    """A cluster's articles through the product's readers and cleaning."""
    settings = Settings()
    if name.startswith("multinews-val-"):
        source = shared / "eval" / "multinews-val" / "multinews-val.jsonl"
        records = workdir / f"{name}.jsonl"
        with source.open(encoding="utf-8") as lines, records.open("w", encoding="utf-8") as out:
            for line in lines:
                row = json.loads(line) if line.strip() else {}
                if row.get("id") == name:
                    for i, text in enumerate(row["documents"]):
                        out.write(json.dumps({"id": f"{name}/{i}", "text": text}) + "\n")
        articles, _ = read_articles([str(records)], settings=settings)
        return articles
    folder = shared / "eval" / "duc2003" / "docs" / name
    articles, _ = read_articles([str(folder)], settings=settings)
    # DUC articles are read with their file path as source; the gold names the file.
    return [replace(a, id=Path(a.source).name) if a.source else a for a in articles]


def _values(conflict: Conflict) -> list[float]:
    return [float(s.value) for s in conflict.sides if not isinstance(s.value, str)]


def _same(a: float, b: float) -> bool:
    return round(a) == round(b) or abs(a - b) <= 0.01 * max(abs(a), abs(b))


def _matches(conflict: Conflict, gold: dict[str, Any]) -> bool:
    wanted = [float(v) for v in gold["values"]]
    hits = {i for v in _values(conflict) for i, w in enumerate(wanted) if _same(v, w)}
    return len(hits) >= 2


def score_cluster(conflicts: Sequence[Conflict], gold: Sequence[dict[str, Any]]) -> Tally:
    tally = Tally(found=len(conflicts), gold=len(gold))
    recalled: set[int] = set()
    for c in conflicts:
        hits = [i for i, g in enumerate(gold) if _matches(c, g)]
        right = [i for i in hits if gold[i]["kind"] == c.kind]
        tally.matched += bool(hits)
        tally.right += bool(right)
        # One found conflict recalls one gold disagreement (two with the same small values,
        # "2 vs 3" gunmen and "3 vs 2" bombs, are not both found by one): the first not yet
        # recalled.  Until stop 40 it recalled every one it matched.
        fresh = [i for i in right if i not in recalled]
        recalled |= set((fresh or right)[:1])
        values = ", ".join(f"{v:g}" for v in _values(c))
        verdict = "right" if right else ("wrong kind" if hits else "not in gold")
        tally.lines.append(f"    found [{verdict}] {c.kind}: {c.subject} ({values})")
    tally.recalled = len(recalled)
    for i, g in enumerate(gold):
        if i not in recalled:
            values = ", ".join(f"{float(v):g}" for v in g["values"])
            tally.lines.append(f"    missed {g['kind']}: {g['thing']} ({values})")
    return tally


class _Tally(Protocol):
    lines: list[str]

    def add(self, other: Any) -> None: ...

    def row(self, name: str) -> str: ...


T = TypeVar("T", bound=_Tally)


def run(
    description: str,
    argv: Sequence[str] | None,
    new: Callable[[], T],
    score: Callable[[StoryBrief, dict[str, Any]], T],
) -> int:
    """The command line both real-coverage scripts share: each gold file's clusters briefed as
    one story each, scored by ``score``, printed per cluster, per file and in all."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--details", action="store_true", help="dev files only")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    settings = Settings()
    backends = Backends(HashingEmbedder(), Nlp(), load_alias_groups(settings.analysis))
    total = new()
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.gold:
            gold = json.loads(path.read_text(encoding="utf-8"))
            file_total = new()
            for cluster in gold["clusters"]:
                articles = cluster_articles(cluster["cluster"], args.shared, Path(tmp))
                if not articles:
                    print(f"{cluster['cluster']}: no articles under {args.shared}; skipped")
                    continue
                brief = brief_as_story(
                    articles, story_id=cluster["cluster"], settings=settings, backends=backends
                )
                tally = score(brief, cluster)
                print(tally.row(cluster["cluster"]), flush=True)
                if args.details:
                    print("\n".join(tally.lines))
                file_total.add(tally)
            print(file_total.row(f"= {path.stem}"))
            total.add(file_total)
    if len(args.gold) > 1:
        print(total.row("= all"))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return run(
        (__doc__ or "").splitlines()[0],
        argv,
        Tally,
        lambda brief, cluster: score_cluster(brief.conflicts, cluster["disagreements"]),
    )


if __name__ == "__main__":
    sys.exit(main())
