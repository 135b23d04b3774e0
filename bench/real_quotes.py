"""Quote speakers on real coverage, scored against speakers a reader listed by hand.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/real_quotes.py GOLD.json [GOLD.json ...]
                                                           [--details] [--shared DIR]

Gold files (``bench/data/real_quotes_*.json``): for each DUC 2003 cluster, every direct quotation
of four words or more in every article, with the speaker a reader gives it (the fullest name the
article gives, "role: ..." when the article names only a role, or null), written by a helper
who read neither the rules nor the tool's output.  No article text: a quotation is keyed by a
hash of its first six words (``key``: lower-cased letters and digits, sha1, 12 hex digits).

Protocol: each cluster is briefed as one story as the product does it (``read_articles``, then
``run.local.brief_as_story``; the hashing embedder stands in for MiniLM).  A found quote is the
gold quote of its article with the same key (a quote several articles carry is one claim that
cites each of them: it is found in each; until stop 39 only its first article counted).  Its
speaker (the merged entity's name, else the speaker as written) is *right* when it shares a
word (not a title) with the gold name or role.
Precision = right / found gold quotes the tool gave a speaker; recall = right / gold quotes with
a speaker.  ``found`` counts gold quotes extracted at all.  ``--details`` prints each miss and
wrong speaker by key and names (dev files only).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from real_conflicts import run

from newsbrief.models import QuoteClaim, StoryBrief

# Words two different people's names share ("President Clinton", "President Yeltsin").
_TITLES = frozenset(
    {"president", "minister", "prime", "gen", "general", "sen", "senator", "rep", "gov",
     "governor", "judge", "police", "official", "officials", "spokesman", "spokeswoman"}
)  # fmt: skip
_ARTICLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "the", "a", "an", "of"})


def key(words: str) -> str:
    first = re.findall(r"[a-z0-9]+", words.casefold())[:6]
    return hashlib.sha1(" ".join(first).encode()).hexdigest()[:12]


def _words(name: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", name.casefold())) - _ARTICLES


def same_speaker(found: str, gold: str) -> bool:
    """A named speaker by a shared name word; a role by a shared word ("spokesman")."""
    if gold.startswith("role:"):
        return bool(_words(found) & _words(gold.removeprefix("role:")))
    return bool((_words(found) & _words(gold)) - _TITLES)


@dataclass
class Tally:
    gold: int = 0  # gold quotes
    with_speaker: int = 0  # gold quotes with a named or role speaker
    found: int = 0  # gold quotes extracted
    attributed: int = 0  # found gold quotes with a speaker given by the tool
    right: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.with_speaker += other.with_speaker
        self.found += other.found
        self.attributed += other.attributed
        self.right += other.right

    def row(self, name: str) -> str:
        p = self.right / self.attributed if self.attributed else 1.0
        r = self.right / self.with_speaker if self.with_speaker else 1.0
        return (
            f"{name:<12} gold {self.gold:3d} (with speaker {self.with_speaker:3d})  found "
            f"{self.found:3d}  attributed {self.attributed:3d}  right {self.right:3d}  "
            f"P {p:.2f}  R {r:.2f}"
        )


def score_cluster(quotes: Sequence[QuoteClaim], gold: Sequence[dict[str, Any]]) -> Tally:
    tally = Tally(gold=len(gold))
    ours: dict[tuple[str, str], QuoteClaim] = {}
    for q in quotes:
        # A quote several articles carry is one claim citing each of them (``quote_copies``).
        for cite in q.citations:
            ours.setdefault((cite.article, key(q.words)), q)
    for g in gold:
        speaker = g.get("speaker")
        tally.with_speaker += bool(speaker)
        q = ours.get((g["doc"], g["key"]))
        if q is None:
            tally.lines.append(f"    not found {g['doc']} {g['key']} ({speaker})")
            continue
        tally.found += 1
        said = q.entity or q.speaker
        if said and speaker:
            tally.attributed += 1
            if same_speaker(said, speaker):
                tally.right += 1
            else:
                tally.lines.append(f"    wrong {g['doc']} {g['key']}: {said!r} for {speaker!r}")
        elif said:
            tally.attributed += 1
            tally.lines.append(f"    wrong {g['doc']} {g['key']}: {said!r} for nobody")
        elif speaker:
            tally.lines.append(f"    no speaker {g['doc']} {g['key']} ({speaker})")
    return tally


def main(argv: Sequence[str] | None = None) -> int:
    def score(brief: StoryBrief, cluster: dict[str, Any]) -> Tally:
        quotes = [c for c in brief.claims if isinstance(c, QuoteClaim)]
        return score_cluster(quotes, cluster["quotes"])

    return run((__doc__ or "").splitlines()[0], argv, Tally, score)


if __name__ == "__main__":
    sys.exit(main())
