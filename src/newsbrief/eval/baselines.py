"""Reference summarizers that newsbrief is measured against, in the same run on the same input.

Takes the cleaned articles of one cluster (the same ``Article`` objects newsbrief gets) and a
word budget; gives the summary as a tuple of source sentences, most important first.

- ``lead``: the first sentences of the first article, in order, up to the budget (then the
  next article's, should the first run out).
- ``centroid``: the plain Radev-style TF-IDF centroid, with no tuning at all: whole sentences
  of 7 to 60 words, ranked by cosine to the TF-IDF centroid of the cluster (IDF over the
  cluster's sentences; the centroid is the cluster's term counts times IDF), a sentence whose
  cosine to one already chosen exceeds 0.5 is skipped, and selection stops at the budget: the
  sentence that reaches it is the last one, cut at the budget (as DUC systems were cut).
- ``centroid-mead``: the project's earlier centroid (mean of the unit TF-IDF sentence vectors,
  sentences of 5+ words, MEAD's 0.7 redundancy cut-off, whole sentences that fit the budget).
- ``lexrank``: LexRank (Erkan & Radev 2004): a graph whose edges join sentences with TF-IDF
  cosine >= 0.1, ranked by PageRank (damping 0.85) computed by power iteration.

``centroid-mead`` and ``lexrank`` pick greedily by rank under the budget and skip a sentence
too similar to one already picked (the MEAD re-ranker), so that they are not strawmen.  The
extractive oracle (the ceiling) needs the references, so it lives in ``evaluate``.
Backend: numpy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

import numpy as np
import numpy.typing as npt

from newsbrief.models import Article
from newsbrief.story.summarize import STOPWORDS

Matrix = npt.NDArray[np.float64]
Baseline = Callable[[Sequence[Article], int], tuple[str, ...]]

# Published LexRank: edges at cosine >= 0.1 (Erkan & Radev 2004, the threshold they report as
# best on DUC 2004), jump probability 0.15.
LEXRANK_THRESHOLD = 0.1
LEXRANK_DAMPING = 0.85
# MEAD's re-ranker drops a sentence whose cosine to one already chosen exceeds this; 0.7 is
# MEAD's default.  Not tuned here.
REDUNDANCY_THRESHOLD = 0.7
# Sentences shorter than this are datelines, captions and debris, not summary material; MEAD
# uses a 9-word cut-off, we stay lower so that short real sentences survive.  Not tuned here.
MIN_WORDS = 5

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Function words (they would dominate raw term counts) come from the summarizer, one list.


def _words(text: str) -> int:
    return len(text.split())


def _sentences(articles: Sequence[Article]) -> list[str]:
    return [s.text for a in articles for s in a.sentences if _words(s.text) >= MIN_WORDS]


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS]


def tfidf_matrix(texts: Sequence[str], *, normalise: bool = True) -> Matrix:
    """Rows of L2-normalised TF-IDF vectors, IDF over the given texts (smoothed, as sklearn)."""
    counts = [Counter(_tokens(t)) for t in texts]
    vocab = {term: n for n, term in enumerate(sorted({t for c in counts for t in c}))}
    matrix = np.zeros((len(texts), len(vocab)))
    for row, count in enumerate(counts):
        for term, tf in count.items():
            matrix[row, vocab[term]] = tf
    df = (matrix > 0).sum(axis=0)
    matrix *= np.log((1 + len(texts)) / (1 + df)) + 1.0
    if not normalise:
        return matrix
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: Matrix = matrix / norms
    return normalised


def _greedy(texts: Sequence[str], scores: Matrix, vectors: Matrix, max_words: int) -> list[str]:
    """Best-first under the word budget, skipping redundant sentences and exact repeats."""
    chosen: list[int] = []
    used = 0
    for i in np.argsort(-scores, kind="stable"):
        words = _words(texts[i])
        if used + words > max_words:
            continue
        if any(vectors[i] @ vectors[j] > REDUNDANCY_THRESHOLD for j in chosen):
            continue
        chosen.append(int(i))
        used += words
    if not chosen and texts:
        # Every sentence is longer than the budget: one sentence (truncated by the protocol)
        # beats an empty summary, exactly as newsbrief does.
        chosen.append(int(np.argmax(scores)))
    return [texts[i] for i in chosen]


def lead(articles: Sequence[Article], max_words: int) -> tuple[str, ...]:
    """The first sentences of the first article, in order, while they fit the budget."""
    out: list[str] = []
    used = 0
    for sentence in (s.text for a in articles for s in a.sentences):
        words = _words(sentence)
        if used + words > max_words:
            if not out:
                out.append(sentence)
            break
        out.append(sentence)
        used += words
    return tuple(out)


# The plain centroid of the issue that re-measured newsbrief: fixed, not tuned here.
CENTROID_MIN_WORDS = 7
CENTROID_MAX_WORDS = 60
CENTROID_REDUNDANCY = 0.5


def centroid(articles: Sequence[Article], max_words: int) -> tuple[str, ...]:
    """Radev-style TF-IDF centroid (7-60 word sentences, redundancy cosine > 0.5, no tuning)."""
    every = [s.text for a in articles for s in a.sentences]
    if not every:
        return ()
    raw = tfidf_matrix(every, normalise=False)
    center = raw.sum(axis=0)
    norms = np.linalg.norm(raw, axis=1)
    norms[norms == 0] = 1.0
    vectors = raw / norms[:, None]
    length = float(np.linalg.norm(center))
    scores = vectors @ (center / length if length else center)
    eligible = [
        i for i, t in enumerate(every) if CENTROID_MIN_WORDS <= _words(t) <= CENTROID_MAX_WORDS
    ]
    chosen: list[int] = []
    used = 0
    for i in sorted(eligible, key=lambda i: (-scores[i], i)):
        if used >= max_words:
            break
        if any(vectors[i] @ vectors[j] > CENTROID_REDUNDANCY for j in chosen):
            continue
        chosen.append(i)
        used += _words(every[i])
    out = [every[i] for i in chosen]
    if used > max_words:  # the last sentence stops at the budget
        over = used - max_words
        out[-1] = " ".join(out[-1].split()[: _words(out[-1]) - over])
    return tuple(s for s in out if s)


def centroid_mead(articles: Sequence[Article], max_words: int) -> tuple[str, ...]:
    """The earlier TF-IDF centroid summarizer (mean of unit vectors, MEAD re-ranker)."""
    texts = _sentences(articles)
    if not texts:
        return ()
    vectors = tfidf_matrix(texts)
    center = vectors.mean(axis=0)
    norm = float(np.linalg.norm(center))
    scores = vectors @ (center / norm if norm else center)
    return tuple(_greedy(texts, scores, vectors, max_words))


def lexrank_scores(vectors: Matrix, threshold: float = LEXRANK_THRESHOLD) -> Matrix:
    """LexRank centrality of each row: PageRank over the thresholded cosine graph."""
    n = len(vectors)
    if n == 0:
        return np.zeros(0)
    adjacency = (vectors @ vectors.T >= threshold).astype(float)
    np.fill_diagonal(adjacency, 1.0)  # a sentence is similar to itself; no dangling rows
    transition = adjacency / adjacency.sum(axis=1, keepdims=True)
    rank = np.full(n, 1.0 / n)
    for _ in range(200):
        updated = (1 - LEXRANK_DAMPING) / n + LEXRANK_DAMPING * (transition.T @ rank)
        if float(np.abs(updated - rank).sum()) < 1e-9:
            rank = updated
            break
        rank = updated
    final: Matrix = rank
    return final


def lexrank(articles: Sequence[Article], max_words: int) -> tuple[str, ...]:
    """LexRank with threshold 0.1."""
    texts = _sentences(articles)
    if not texts:
        return ()
    vectors = tfidf_matrix(texts)
    return tuple(_greedy(texts, lexrank_scores(vectors), vectors, max_words))


# Read-only: the registry is shared by every run.
BASELINES: Mapping[str, Baseline] = MappingProxyType(
    {"lead": lead, "centroid": centroid, "centroid-mead": centroid_mead, "lexrank": lexrank}
)

__all__ = [
    "BASELINES",
    "centroid",
    "centroid_mead",
    "lead",
    "lexrank",
    "lexrank_scores",
    "tfidf_matrix",
]
