"""Scores for story grouping against gold clusters (pure functions, no I/O).

Takes: a predicted and a gold label per item (``Mapping[item, label]``, same keys).  Gives:

- BCubed precision / recall / F1 (Bagga & Baldwin 1998; Amigó et al. 2009): per item, the
  share of its predicted story that is in its gold cluster (precision) and the share of its
  gold cluster that is in its predicted story (recall), averaged over items.  It weighs every
  article equally, so one giant false story costs what it should;
- pairwise precision / recall / F1 over item pairs (same story vs same gold cluster);
- how many predicted stories mix more than ``limit`` gold clusters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _check(predicted: Mapping[K, Hashable], gold: Mapping[K, Hashable]) -> None:
    if predicted.keys() != gold.keys():
        raise ValueError("predicted and gold must label the same items")


def bcubed(predicted: Mapping[K, Hashable], gold: Mapping[K, Hashable]) -> PRF:
    """BCubed precision, recall and F1; 1.0 each for no items."""
    _check(predicted, gold)
    if not gold:
        return PRF(1.0, 1.0, 1.0)
    both = Counter((predicted[i], gold[i]) for i in gold)
    pred_size = Counter(predicted.values())
    gold_size = Counter(gold.values())
    # Every item of one (story, gold) cell has the same per-item scores: sum by cell.
    p = sum(n * n / pred_size[s] for (s, _), n in both.items()) / len(gold)
    r = sum(n * n / gold_size[g] for (_, g), n in both.items()) / len(gold)
    return PRF(p, r, _f1(p, r))


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(predicted: Mapping[K, Hashable], gold: Mapping[K, Hashable]) -> PRF:
    """Precision and recall over item pairs; 1.0 where there is no pair to judge."""
    _check(predicted, gold)
    both = sum(_pairs(n) for n in Counter((predicted[i], gold[i]) for i in gold).values())
    pred = sum(_pairs(n) for n in Counter(predicted.values()).values())
    true = sum(_pairs(n) for n in Counter(gold.values()).values())
    p = both / pred if pred else 1.0
    r = both / true if true else 1.0
    return PRF(p, r, _f1(p, r))


def mixed_stories(
    predicted: Mapping[K, Hashable], gold: Mapping[K, Hashable], limit: int = 2
) -> int:
    """How many predicted stories hold articles of more than ``limit`` gold clusters."""
    _check(predicted, gold)
    labels: dict[Hashable, set[Hashable]] = {}
    for item, story in predicted.items():
        labels.setdefault(story, set()).add(gold[item])
    return sum(1 for found in labels.values() if len(found) > limit)


def labels_of(stories: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """``{story id: member ids}`` -> ``{member id: story id}``."""
    return {member: sid for sid, ids in stories.items() for member in ids}


__all__ = ["PRF", "bcubed", "labels_of", "mixed_stories", "pairwise"]
