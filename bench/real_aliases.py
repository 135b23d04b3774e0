"""Who is who on real coverage: merged names and entity types, scored against a reader's lists.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/real_aliases.py GOLD.json [GOLD.json ...]
                                                          [--details] [--shared DIR]

Gold files (``bench/data/real_aliases_*.json``): for each DUC 2003 cluster, every named person,
organisation and place that two articles name or that goes by two names, with every name the
articles give it (titles and a leading "the" stripped) and its type (PERSON / ORG / PLACE),
written by a helper who read neither the rules nor the tool's output.  No article text.

Protocol: each cluster is briefed as one story as the product does it (``read_articles``, then
``run.local.brief_as_story``; the hashing embedder stands in for MiniLM).  Names are compared
case-folded, without a leading title, "the" or a possessive.  The tool's grouping of a name is
the entity whose aliases hold it.  Aliases: over the pairs of gold names, a pair is *found*
when the tool puts both names in one entity and *right* when the gold does too; precision =
right / found, recall = right / gold pairs (a name the gold gives two actors is left out).
Types: for each gold entity the tool holds a name of, the type of the tool entity holding most
of its names; right when PERSON is PERSON, ORG is ORG, and PLACE is GPE, LOC or FAC.
``--details`` prints wrong and missed pairs and wrong types (dev files only).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from real_conflicts import run

from newsbrief.models import Entity, StoryBrief

_TITLES = re.compile(
    r"^(?:the|president|mr|mrs|ms|dr|gen|general|sen|senator|rep|gov|governor|prime minister|"
    r"minister|pope|king|queen|prince|judge|col|colonel|lt|sgt|capt|captain|adm|admiral)"
    r"\.?\s+",
    re.IGNORECASE,
)
_TYPES = {"PERSON": {"PERSON"}, "ORG": {"ORG"}, "PLACE": {"GPE", "LOC", "FAC"}}


def normal(name: str) -> str:
    name = re.sub(r"['’]s$", "", " ".join(name.split()))
    while (stripped := _TITLES.sub("", name)) != name:
        name = stripped
    return name.casefold()


@dataclass
class Tally:
    gold_pairs: int = 0
    found_pairs: int = 0
    right_pairs: int = 0
    typed: int = 0  # gold entities the tool holds a name of
    right_types: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold_pairs += other.gold_pairs
        self.found_pairs += other.found_pairs
        self.right_pairs += other.right_pairs
        self.typed += other.typed
        self.right_types += other.right_types

    def row(self, name: str) -> str:
        p = self.right_pairs / self.found_pairs if self.found_pairs else 1.0
        r = self.right_pairs / self.gold_pairs if self.gold_pairs else 1.0
        t = self.right_types / self.typed if self.typed else 1.0
        return (
            f"{name:<18} alias pairs: gold {self.gold_pairs:3d} found {self.found_pairs:3d} "
            f"right {self.right_pairs:3d}  P {p:.2f}  R {r:.2f}   types: {self.right_types:3d}"
            f" of {self.typed:3d} right ({t:.2f})"
        )


def score_cluster(entities: Sequence[Entity], gold: Sequence[dict[str, Any]]) -> Tally:
    tally = Tally()
    owners: dict[str, set[int]] = defaultdict(set)
    for i, g in enumerate(gold):
        for n in g["names"]:
            owners[normal(n)].add(i)
    group_of = {n: next(iter(o)) for n, o in owners.items() if len(o) == 1}
    held: dict[str, Entity] = {}
    for e in entities:
        for text in (e.name, *(a.text for a in e.aliases)):
            held.setdefault(normal(text), e)
    names = sorted(group_of)
    for a, b in combinations(names, 2):
        same_gold = group_of[a] == group_of[b]
        ea, eb = held.get(a), held.get(b)
        same_tool = ea is not None and ea is eb
        tally.gold_pairs += same_gold
        tally.found_pairs += same_tool
        tally.right_pairs += same_gold and same_tool
        if same_tool and not same_gold:
            tally.lines.append(f"    wrong pair: {a!r} + {b!r} (as {ea.name if ea else ''!r})")
        elif same_gold and not same_tool:
            where = f"{ea.name if ea else None!r} / {eb.name if eb else None!r}"
            tally.lines.append(f"    missed pair: {a!r} + {b!r} (tool: {where})")
    for g in gold:
        found = Counter(id(held[n]) for n in map(normal, g["names"]) if n in held)
        if not found:
            continue
        top = found.most_common(1)[0][0]
        entity = next(e for e in entities if id(e) == top)
        tally.typed += 1
        if entity.type in _TYPES[g["type"]]:
            tally.right_types += 1
        else:
            tally.lines.append(f"    type: {entity.name!r} {entity.type} for {g['type']}")
    return tally


def main(argv: Sequence[str] | None = None) -> int:
    def score(brief: StoryBrief, cluster: dict[str, Any]) -> Tally:
        return score_cluster(brief.entities, cluster["entities"])

    return run((__doc__ or "").splitlines()[0], argv, Tally, score)


if __name__ == "__main__":
    sys.exit(main())
