"""Grouping articles into stories.

Takes articles (and an embedder); gives stories.  Articles that carry an explicit story label
(JSONL ``story``) are grouped by it and the story id is that label.  The rest are grouped by
content: each article is represented by the normalised mean of its sentence embeddings, two
articles are linked when their cosine similarity reaches ``settings.threshold``, and a story is
a connected component of that graph.  Components do not depend on input order, and the story
id is a hash of its sorted article ids, so re-running on the same input gives the same ids.

Backends: any ``embed.Embedder``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from newsbrief.backends.embed import Embedder
from newsbrief.models import Article, Story
from newsbrief.settings import ClusterSettings

# Sentences beyond this many per article add little to its topic vector but cost embedding
# time; the lead of a news article states its topic.
TOPIC_SENTENCES = 12


def story_id(article_ids: Sequence[str]) -> str:
    """A stable id for a content-grouped story: a hash of its sorted article ids."""
    digest = hashlib.sha256("\n".join(sorted(article_ids)).encode()).hexdigest()
    return "s" + digest[:12]


def article_vectors(articles: Sequence[Article], embedder: Embedder) -> np.ndarray:
    """One unit vector per article: the mean of its (first) sentence embeddings."""
    rows = []
    for article in articles:
        texts = [s.text for s in article.sentences[:TOPIC_SENTENCES]] or [article.text[:2000]]
        mean = embedder.embed(texts).mean(axis=0)
        norm = float(np.linalg.norm(mean))
        rows.append(mean / norm if norm else mean)
    return np.array(rows, dtype=np.float32).reshape(len(articles), -1)


def _components(similarity: np.ndarray, threshold: float) -> list[list[int]]:
    n = similarity.shape[0]
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(n):
        for j in range(i + 1, n):
            if similarity[i, j] >= threshold:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _title(articles: Sequence[Article], vectors: np.ndarray) -> str | None:
    """The title of the article closest to the story's centre, if any article has one."""
    centre = vectors.mean(axis=0)
    ranked = sorted(range(len(articles)), key=lambda i: -float(vectors[i] @ centre))
    return next((articles[i].title for i in ranked if articles[i].title), None)


def cluster(
    articles: Sequence[Article], *, settings: ClusterSettings, embedder: Embedder
) -> tuple[Story, ...]:
    """Group articles into stories, largest first (ties by id, so the order is stable)."""
    stories: list[Story] = []
    labelled: dict[str, list[Article]] = {}
    unlabelled: list[Article] = []
    for article in articles:
        if article.story_hint:
            labelled.setdefault(article.story_hint, []).append(article)
        else:
            unlabelled.append(article)
    for label, members in labelled.items():
        vectors = article_vectors(members, embedder)
        ids = tuple(a.id for a in members)
        stories.append(Story(id=label, article_ids=ids, title=_title(members, vectors)))
    if unlabelled:
        vectors = article_vectors(unlabelled, embedder)
        for group in _components(vectors @ vectors.T, settings.threshold):
            members = [unlabelled[i] for i in group]
            ids = tuple(a.id for a in members)
            title = _title(members, vectors[group])
            stories.append(Story(id=story_id(ids), article_ids=ids, title=title))
    return tuple(sorted(stories, key=lambda s: (-len(s.article_ids), s.id)))
