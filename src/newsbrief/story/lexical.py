"""Cheap sentence representations for the summary: word and word-pair counts, no model.

Takes a story's sentence texts; gives each sentence's tokens (stopwords marked), a unit count
vector of its words and word pairs, each sentence's closeness to the story's centroid
(computed in one pass over the words, so linear in the story), and exact cosine similarities
among a bounded set of candidate sentences.  ``summarize`` uses these in place of sentence
embeddings: on the dev sets they score as well at a hundredth of the cost (README, "Measuring
summary quality").
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float32]

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset(
    """a about after all also an and any are as at be because been before being between both
    but by can could did do does during each for from had has have he her here him his how i
    if in into is it its just more most my no not now of on once only or other our out over
    said says she should so some such than that the their them then there these they this
    those through to too under up very was we were what when where which while who whom why
    will with would you your""".split()  # noqa: SIM905 (a word list reads better as text)
)


@dataclass(frozen=True)
class Tokens:
    """One sentence's lowercased tokens in order; ``content`` marks the non-stopwords."""

    terms: tuple[str, ...]
    content: tuple[bool, ...]

    def words(self) -> list[str]:
        """The content words (stopwords left out)."""
        return [t for t, c in zip(self.terms, self.content, strict=True) if c]


def tokenize(texts: Sequence[str]) -> list[Tokens]:
    """Every sentence's tokens.  Not stemmed: a light suffix stemmer (plural, -ed, -ing) was
    tried and did not transfer: with near-duplicate articles dropped, as the product does, it
    lost DUC 2003 TDT 41.32 -> 41.08 R1 and novelty 37.29 -> 36.90; without that step it had
    gained novelty +0.7.  The simpler form stays."""
    out = []
    for text in texts:
        raw = _TOKEN.findall(text.lower())
        out.append(Tokens(terms=tuple(raw), content=tuple(t not in STOPWORDS for t in raw)))
    return out


@dataclass(frozen=True)
class Weighting:
    """A story's centroid over content words: the mean over articles of each article's mean
    unit sentence vector (so a long article does not outweigh the others).

    Sentence vectors are counts, without IDF: an IDF taken over the story's own sentences marks
    down exactly the words the story is about, and it lost ROUGE on both DUC 2003 halves
    (TDT 41.09 -> 40.68 R1, novelty 36.17 -> 35.74, content-word vectors, no dedup)."""

    centroid: dict[str, float]

    def closeness(self, tokens: Tokens) -> float:
        """Cosine of a sentence with the story centroid (the centroid is unit length)."""
        return sum(w * self.centroid.get(t, 0.0) for t, w in vector(tokens).items())


def vector(tokens: Tokens) -> dict[str, float]:
    """A sentence's unit count vector of words and adjacent word pairs, stopwords included (as
    the hashing embedder counts them, without its collisions), as a term -> weight map.

    Pairs and function words tell "attack on X" from "X attack"; on DUC 2003 (near-duplicate
    articles dropped, as the product does) this beat content words alone on both halves:
    TDT 41.32 / novelty 37.29 R1 against 41.31 / 35.40; multinews-val 45.81 against 45.96."""
    counts = Counter(tokens.terms)
    counts.update(f"{a} {b}" for a, b in itertools.pairwise(tokens.terms))
    norm = math.sqrt(sum(n * n for n in counts.values()))
    return {t: n / norm for t, n in counts.items()} if norm else {}


def content_vector(tokens: Tokens) -> dict[str, float]:
    """A sentence's unit count vector of its content words and adjacent content-word pairs
    (stopwords left out before pairing): what two sentences share once "of the", "said the"
    and the like are set aside (``story.support``)."""
    words = tokens.words()
    counts = Counter(words)
    counts.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    norm = math.sqrt(sum(n * n for n in counts.values()))
    return {t: n / norm for t, n in counts.items()} if norm else {}


def weighting(tokens: Sequence[Tokens], owner: Sequence[int], n_articles: int) -> Weighting:
    """The story's centroid: one pass over its words."""
    sums: list[Counter[str]] = [Counter() for _ in range(n_articles)]
    sizes = [0] * n_articles
    for toks, a in zip(tokens, owner, strict=True):
        sums[a].update(vector(toks))
        sizes[a] += 1
    centroid: Counter[str] = Counter()
    for total, size in zip(sums, sizes, strict=True):
        if size:
            centroid.update({t: w / size for t, w in total.items()})
    norm = math.sqrt(sum(w * w for w in centroid.values()))
    return Weighting({t: w / norm for t, w in centroid.items()} if norm else {})


def cosines(tokens: Sequence[Tokens]) -> Matrix:
    """Exact cosine similarities among the given sentences (a bounded candidate set).

    Columns are only the terms two or more of them share: a term in one sentence adds
    nothing to any pair's dot product (the norms come from the whole vectors), so the
    matrix stays small even for long sentences with rare words."""
    vectors = [vector(t) for t in tokens]
    shared = Counter(t for v in vectors for t in v)
    columns = {t: k for k, t in enumerate(sorted(t for t, n in shared.items() if n >= 2))}
    rows = np.zeros((len(vectors), max(1, len(columns))), dtype=np.float32)
    for r, row in enumerate(vectors):
        for term, w in row.items():
            k = columns.get(term)
            if k is not None:
                rows[r, k] = w
    similarity: Matrix = rows @ rows.T
    # A sentence is identical to itself (its own rare words are not in the columns).
    np.fill_diagonal(similarity, [1.0 if v else 0.0 for v in vectors])
    return similarity
