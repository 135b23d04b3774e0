"""Cited extractive summary of one story.

Takes the articles of a story (cleaned, with sentences) and an embedder; gives summary
sentences, each a verbatim source sentence with citations: first the sentence it was taken
from, then the most similar sentence of every other article that says the same thing.

How sentences are chosen (v1):
- candidates are sentences of a sensible length;
- each is scored by cosine similarity to the story centroid (the mean of per-article centroids,
  so a long article does not outweigh the others) plus a bonus for support: the share of other
  articles that contain a sentence saying the same;
- greedy selection by score under the word budget, skipping sentences too similar to one
  already chosen;
- chosen sentences are shown in source order (article order, then position).

Backends: any ``embed.Embedder`` (the packaged MiniLM by default, hashing for tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsbrief.embed import Embedder, Vectors
from newsbrief.models import Article, Citation, SummarySentence
from newsbrief.settings import SummarizeSettings

# Weight of cross-source support relative to centrality.  Chosen by hand on the demo corpus
# and the Lebanon samples (v1; the eval issue tunes this on ../shared/eval).
SUPPORT_WEIGHT = 0.3

# A sentence opening with one of these leans on a sentence before it ("They departed…",
# "The group fights…"): out of context it misleads, so it is not a candidate.
DANGLING_OPENERS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "them",
        "his",
        "her",
        "its",
        "their",
        "this",
        "these",
        "those",
        "that",
        "such",
        "but",
        "and",
        "also",
        "however",
        "meanwhile",
    ]
)
DANGLING_PHRASES = ("the group ", "the company ", "the official ", "the move ")


def standalone(text: str) -> bool:
    """Whether a sentence can be read on its own (no leading pronoun or bare back-reference)."""
    words = text.split(maxsplit=1)
    if not words:
        return False
    first = words[0].strip("\"'“‘(").lower().rstrip(",")
    return first not in DANGLING_OPENERS and not text.lower().startswith(DANGLING_PHRASES)


@dataclass(frozen=True)
class _Candidate:
    article: int  # index into the articles sequence
    sentence: int  # index into that article's sentences
    words: int


def summarize(
    articles: Sequence[Article], *, settings: SummarizeSettings, embedder: Embedder
) -> tuple[SummarySentence, ...]:
    """Pick source sentences for a summary of at most ``settings.max_words`` words."""
    flat = [(a, s) for a, art in enumerate(articles) for s in range(len(art.sentences))]
    if not flat:
        return ()
    texts = [articles[a].sentences[s].text for a, s in flat]
    vectors = embedder.embed(texts)
    owner = np.array([a for a, _ in flat])

    centroid = _story_centroid(vectors, owner, len(articles))
    centrality = vectors @ centroid
    similarity = vectors @ vectors.T
    support = _support(similarity, owner, len(articles), settings.support_threshold)
    scores = centrality + SUPPORT_WEIGHT * support

    candidates = [
        (i, _Candidate(a, s, len(text.split())))
        for i, ((a, s), text) in enumerate(zip(flat, texts, strict=True))
        if settings.min_sentence_words <= len(text.split()) <= settings.max_sentence_words
        and standalone(text)
    ]
    chosen = _select(candidates, scores, similarity, settings)
    chosen.sort(key=lambda i: flat[i])
    return tuple(
        _cite(i, flat, articles, similarity, owner, settings.support_threshold) for i in chosen
    )


def _story_centroid(vectors: Vectors, owner: np.ndarray, n_articles: int) -> Vectors:
    per_article = [
        vectors[owner == a].mean(axis=0) for a in range(n_articles) if (owner == a).any()
    ]
    centroid: Vectors = np.mean(per_article, axis=0).astype(np.float32)
    norm = float(np.linalg.norm(centroid))
    return centroid / norm if norm else centroid


def _support(
    similarity: Vectors, owner: np.ndarray, n_articles: int, threshold: float
) -> np.ndarray:
    """Share of *other* articles with a sentence at least ``threshold`` similar to each one."""
    if n_articles < 2:
        return np.zeros(len(owner))
    hits = np.zeros(len(owner))
    for a in range(n_articles):
        cols = owner == a
        if not cols.any():
            continue
        best = similarity[:, cols].max(axis=1)
        hits += (best >= threshold) & (owner != a)
    return hits / (n_articles - 1)


def _select(
    candidates: list[tuple[int, _Candidate]],
    scores: np.ndarray,
    similarity: Vectors,
    settings: SummarizeSettings,
) -> list[int]:
    chosen: list[int] = []
    used = 0
    for i, cand in sorted(candidates, key=lambda item: -scores[item[0]]):
        if used + cand.words > settings.max_words:
            continue
        if any(similarity[i, j] >= settings.redundancy_threshold for j in chosen):
            continue
        chosen.append(i)
        used += cand.words
    if not chosen and candidates:
        # Every candidate is longer than the budget: better one sentence than an empty brief.
        chosen.append(max(candidates, key=lambda item: scores[item[0]])[0])
    return chosen


def _cite(
    i: int,
    flat: list[tuple[int, int]],
    articles: Sequence[Article],
    similarity: Vectors,
    owner: np.ndarray,
    threshold: float,
) -> SummarySentence:
    a, s = flat[i]
    citations = [_citation(articles[a], s)]
    for other in range(len(articles)):
        if other == a:
            continue
        rows = np.flatnonzero(owner == other)
        if rows.size == 0:
            continue
        best = rows[int(np.argmax(similarity[i, rows]))]
        if similarity[i, best] >= threshold:
            citations.append(_citation(articles[other], flat[best][1]))
    return SummarySentence(text=articles[a].sentences[s].text, citations=tuple(citations))


def _citation(article: Article, sentence: int) -> Citation:
    sent = article.sentences[sentence]
    return Citation(article=article.id, start=sent.start, end=sent.end, sentence=sentence)
