"""Choosing summary sentences: budgeted coverage of the story's concepts (ICSISumm-style).

Takes the candidates of a story (their tokens, relevance, length and their similarity
to each other) and a word budget; gives the chosen candidates, most informative first.

The objective, maximised greedily under the budget:
- concept coverage: a concept is a content word or an adjacent word pair used by several of
  the story's articles, weighted by the share of articles using it (Gillick & Favre's
  document-frequency concepts); a sentence's gain is the weight of the concepts it adds that
  the summary does not have yet, per character (a reader and a byte cap both pay for length);
- relevance (closeness to the story centroid, support by other articles, a lead prior);
- the drop in KL divergence from the story's word distribution to the summary's (KLSum);
- a sentence too similar to one already chosen is skipped.
The first sentence is picked, by the same score, from the articles' opening sentences only.
Every sum here is over a sentence's own words, so a step costs the candidates' length, never
the story's vocabulary times the candidates.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsbrief.story.lexical import Tokens

# Tuned constants.  First set with sentence embeddings on DUC 2003 (all 60 clusters) and
# multinews-val together; then re-checked one at a time for a lexical representation (stemmed
# content-word vectors, near-duplicate articles kept: R1 tdt / novelty / multinews 41.09 /
# 36.17 / 45.96 at these values), each change kept only if it helped DUC 2003 TDT and
# multinews-val both, with the DUC 2003 novelty clusters as a third check (recall on DUC, F1
# on Multi-News, ``bench/quality.py`` protocol).  None changed.  The final representation
# (word + pair counts, no stemming, duplicates dropped) scores 41.32 / 37.29 / 45.81.
# Weight of relevance beside coverage gain.  0.1-0.6 tried with embeddings, 0.3 best on DUC;
# lexical 0.15: 41.01 / 36.80 / 45.79 (Multi-News R2 -0.4), 0: DUC TDT -1.2.
RELEVANCE_WEIGHT = 0.3
# A concept is a word used by at least this share of the articles (at least 2) when a story
# has 3 or more; with 1-2 articles every content word counts.  0.3 = 3 of DUC's 10.
# Lexical 0.2: 41.23 / 36.61 / 45.96, R2 on TDT -0.1: within noise, not changed.
CONCEPT_SHARE = 0.3
# Bigram concepts (adjacent words, not both stopwords) weigh this much of a word concept.
# 0 / 0.25 / 0.5 / 1 tried with embeddings, 0.5 best on DUC; lexical 1.0: 40.89 / 36.47 /
# 45.82 (helps novelty, hurts the other two), lexical 0: DUC TDT -0.5, novelty R2 -0.7.
BIGRAM_WEIGHT = 0.5
# Gain is per character (a byte-capped summary and a reader both pay for length), scaled back
# to about per word.  Per character beat per word on both dev sets with embeddings; lexical,
# gain / cost^0.75 and ^0.5 (Lin & Bilmes' scaled cost): DUC TDT 40.11 and 39.57, so cost^1.
CHARS_PER_WORD = 6.0
# KLSum-style term: weight of the drop in KL(story || summary).  0.02-3 tried with embeddings,
# 1.0 best on DUC; lexical 0: 40.74 / 36.07 / 45.93, lower on all three.
KL_WEIGHT = 1.0
# Additive smoothing of the summary distribution: 0.001-1 tried, 0.1 best on DUC (R2 +0.4).
KL_ALPHA = 0.1
# Not kept: ICSISumm-style extra weight for the concepts of each article's first sentence
# (x1.5: 41.03 / 36.25 on DUC TDT / novelty, x2: 40.84 / 36.30): no gain on either.


@dataclass(frozen=True)
class Candidates:
    """What selection needs to know of the candidate sentences (index k is candidate k)."""

    tokens: Sequence[Tokens]
    chars: Sequence[int]  # length in characters
    words: Sequence[int]  # length in words (the budget's unit)
    relevance: npt.NDArray[np.float64]
    similarity: npt.NDArray[np.float32]  # candidate x candidate
    lead: Sequence[bool]  # an article's opening sentence


def concepts(
    tokens: Sequence[Tokens], owner: Sequence[int], n_articles: int
) -> tuple[list[frozenset[str]], dict[str, float]]:
    """Each sentence's concepts, and each concept's weight (share of articles using it).

    Concepts are content words and adjacent word pairs that are not both stopwords.  With
    three or more articles a concept must be used by ``CONCEPT_SHARE`` of them (at least 2);
    with one or two, every content word and pair counts."""
    per_sentence = [
        frozenset(t.words())
        | frozenset(
            f"{a} {b}"
            for (a, ca), (b, cb) in itertools.pairwise(zip(t.terms, t.content, strict=True))
            if ca or cb
        )
        for t in tokens
    ]
    per_article: list[set[str]] = [set() for _ in range(n_articles)]
    for found, a in zip(per_sentence, owner, strict=True):
        per_article[a] |= found
    used_by = Counter(c for found in per_article for c in found)
    floor = max(2, round(CONCEPT_SHARE * n_articles)) if n_articles > 2 else 1
    weight = {
        c: n / n_articles * (BIGRAM_WEIGHT if " " in c else 1.0)
        for c, n in used_by.items()
        if n >= floor
    }
    return per_sentence, weight


class Divergence:
    """KL(story || summary) over content words, the summary smoothed by ``KL_ALPHA``.

    Adding sentence s changes only the summary counts of s's words and the normaliser, so the
    drop is a sum over s's words: with p the story's distribution, c the summary's counts,
    T their total and V the vocabulary size,
    drop(s) = sum_w p_w log((c_w + n_w + a) / (c_w + a)) - log((T + |s| + aV) / (T + aV))."""

    def __init__(self, story: Sequence[Tokens], sentences: Sequence[Tokens]) -> None:
        total = Counter(w for t in story for w in t.words())
        size = max(1, sum(total.values()))
        self.story = {w: n / size for w, n in total.items()}
        self.vocabulary = max(1, len(total))
        self.sentences = [Counter(t.words()) for t in sentences]
        self.summary: Counter[str] = Counter()
        self.length = 0

    def drop(self, k: int) -> float:
        counts = self.sentences[k]
        gain = sum(
            self.story.get(w, 0.0)
            * math.log((self.summary[w] + n + KL_ALPHA) / (self.summary[w] + KL_ALPHA))
            for w, n in counts.items()
        )
        mass = self.length + KL_ALPHA * self.vocabulary
        return gain - math.log((mass + sum(counts.values())) / mass)

    def add(self, k: int) -> None:
        self.summary.update(self.sentences[k])
        self.length += sum(self.sentences[k].values())


def select(
    candidates: Candidates,
    concept_sets: Sequence[frozenset[str]],
    weight: dict[str, float],
    divergence: Divergence,
    *,
    max_words: int,
    redundancy: float,
) -> list[int]:
    """Greedy: most new concept weight per character plus relevance plus KL drop, under the
    word budget; candidates too similar to a chosen one are skipped."""
    cost = [max(1.0, c / CHARS_PER_WORD) for c in candidates.chars]
    covered: set[str] = set()
    chosen: list[int] = []
    used = 0
    left = set(range(len(cost)))
    while left:
        fits = [k for k in left if used + candidates.words[k] <= max_words]
        if not chosen and any(candidates.lead[k] for k in fits):
            fits = [k for k in fits if candidates.lead[k]]
        if not fits:
            break
        best = max(
            fits,
            key=lambda k: (
                sum(weight.get(c, 0.0) for c in concept_sets[k] - covered) / cost[k]
                + RELEVANCE_WEIGHT * candidates.relevance[k]
                + KL_WEIGHT * divergence.drop(k),
                -k,
            ),
        )
        left.discard(best)
        if chosen and float(np.max(candidates.similarity[best, chosen])) >= redundancy:
            continue
        chosen.append(best)
        used += candidates.words[best]
        covered |= concept_sets[best]
        divergence.add(best)
    if not chosen and cost:
        # Every candidate is longer than the budget: better one sentence than an empty brief.
        chosen.append(int(np.argmax(candidates.relevance)))
    return chosen
