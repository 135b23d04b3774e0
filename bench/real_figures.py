"""Figures (quantities) on real coverage, scored against the figures a reader listed by hand.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/real_figures.py GOLD.json [GOLD.json ...]
                                                            [--details] [--shared DIR]

Gold files (``bench/data/real_figures_*.json``): for some DUC 2003 clusters and Multi-News
lines, the articles a reader read in full (``docs_read``) and every figure in them that counts
or measures something (people, things, money, percentages, measures with a unit, ages, rates,
durations), with its value scaled out, a kind, a hedge and whether it stands only inside a
direct quotation, written by a helper who read neither the rules nor the tool's output.  Not
figures: dates, years, times of day, ranks, numbers in names or identifiers, scores, page
furniture.  No article text: each figure is the reader's own few words.

Protocol: each cluster is briefed as one story as the product does it (``read_articles``, then
``run.local.brief_as_story``; the hashing embedder stands in for MiniLM).  Both sides are
reduced to (article, value) pairs: the gold's figures of the articles read, and each quantity
claim's value paired with every one of those articles it cites.  Values are the same within
1 % or after rounding (as ``real_conflicts``), and a share the tool gives in percent is the
reader's fraction when the reader wrote one (20 percent and 0.2 for "one in five"); units are
not compared (the reader's unit words and the tool's counted nouns differ in wording, not in
the figure).  Precision = found pairs with a gold pair of the same article and value / found
pairs; recall = gold pairs matched / gold pairs.  Also printed: recall without durations,
without the conversions a gold file marks (``"conversion": true``: a figure restated in another
unit in brackets, which the product folds into the figure it restates), and without figures
said only in quotations (since stop 46 the product reads them too, marked ``quoted``).
``--details`` prints each missed and each extra pair (dev files only).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from real_conflicts import run

from newsbrief.models import QuantityClaim, StoryBrief


def _same(a: float, b: float) -> bool:
    return round(a) == round(b) or abs(a - b) <= 0.01 * max(abs(a), abs(b))


def _as_read(claim: QuantityClaim, golds: Sequence[float]) -> float:
    """A share the tool gives in percent is the reader's fraction when the reader wrote it
    as one ("one in five": 20 percent, 0.2)."""
    value = float(claim.value)
    if claim.unit.startswith("percent"):
        for g in golds:
            if 0 < g < 1 and abs(value / 100 - g) <= 0.01 * g:
                return g
    return value


@dataclass
class Tally:
    gold: int = 0  # gold (article, value) pairs
    found: int = 0  # the tool's (article, value) pairs in the articles read
    right: int = 0  # found pairs with a gold pair
    recalled: int = 0  # gold pairs with a found pair
    # Recall without durations, without conversions the gold marks (a figure restated in
    # another unit, "140 km (88 miles)"), and without figures only said in quotations.
    no_duration: list[int] = field(default_factory=lambda: [0, 0])
    no_conversion: list[int] = field(default_factory=lambda: [0, 0])
    own_words: list[int] = field(default_factory=lambda: [0, 0])
    lines: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.found += other.found
        self.right += other.right
        self.recalled += other.recalled
        for mine, theirs in (
            (self.no_duration, other.no_duration),
            (self.no_conversion, other.no_conversion),
            (self.own_words, other.own_words),
        ):
            mine[0] += theirs[0]
            mine[1] += theirs[1]

    def row(self, name: str) -> str:
        p = self.right / self.found if self.found else 1.0
        r = self.recalled / self.gold if self.gold else 1.0
        r_nd, r_nc, r_own = (
            part[1] / part[0] if part[0] else 1.0
            for part in (self.no_duration, self.no_conversion, self.own_words)
        )
        return (
            f"{name:<20} gold {self.gold:4d}  found {self.found:4d}  right {self.right:4d}  "
            f"P {p:.2f}  R {r:.2f}  (R no durations {r_nd:.2f}, no conversions {r_nc:.2f}, "
            f"not in quotes {r_own:.2f})"
        )


def score_cluster(brief: StoryBrief, cluster: dict[str, Any]) -> Tally:
    read = set(cluster["docs_read"])
    # One gold pair per (article, value): the kind and quoting of its first listing.
    gold: dict[tuple[str, float], dict[str, Any]] = {}
    for f in cluster["figures"]:
        if f["doc"] in read:
            gold.setdefault((f["doc"], float(f["value"])), f)
    gold_values: dict[str, list[float]] = defaultdict(list)
    for doc, value in gold:
        gold_values[doc].append(value)
    found: dict[str, set[float]] = defaultdict(set)
    for claim in brief.claims:
        if isinstance(claim, QuantityClaim):
            for c in claim.citations:
                if c.article in read:
                    found[c.article].add(_as_read(claim, gold_values[c.article]))
    tally = Tally(gold=len(gold), found=sum(len(v) for v in found.values()))
    for doc, values in sorted(found.items()):
        for v in sorted(values):
            if any(_same(v, g) for g in gold_values[doc]):
                tally.right += 1
            else:
                tally.lines.append(f"    extra  {doc} {v:g}")
    for (doc, value), f in sorted(gold.items()):
        hit = any(_same(value, v) for v in found.get(doc, ()))
        tally.recalled += hit
        if f.get("kind") != "duration":
            tally.no_duration[0] += 1
            tally.no_duration[1] += hit
        if not f.get("conversion"):
            tally.no_conversion[0] += 1
            tally.no_conversion[1] += hit
        if not f.get("in_quote"):
            tally.own_words[0] += 1
            tally.own_words[1] += hit
        if not hit:
            tally.lines.append(
                f"    missed {doc} {value:g} {f.get('unit', '')} ({f.get('kind', '')}"
                f"{', quoted' if f.get('in_quote') else ''}): {f.get('what', '')}"
            )
    return tally


def main(argv: Sequence[str] | None = None) -> int:
    return run((__doc__ or "").splitlines()[0], argv, Tally, score_cluster)


if __name__ == "__main__":
    sys.exit(main())
