"""Brief mode's grouping of articles it holds in memory: topic vectors with an embedder,
grouping candidates, and stories titled by their most central member (``index.stories`` does
the grouping itself).

Backends: any ``Embedder`` (``backends.embed``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsbrief.article.terms import salient_terms, term_counts
from newsbrief.backends.embed import Embedder
from newsbrief.index.stories import TOPIC_SENTENCES, StoryCandidate, Vector, group, published_day
from newsbrief.models import Article, Story
from newsbrief.settings import ClusterSettings

__all__ = ["article_vectors", "candidates", "cluster"]


def article_vectors(articles: Sequence[Article], embedder: Embedder) -> Vector:
    """One unit vector per article: the mean of its first ``TOPIC_SENTENCES`` sentence
    embeddings.  All sentences go to the embedder in one call, so that it can batch them."""
    if not articles:
        return np.zeros((0, 0), dtype=np.float32)
    texts: list[str] = []
    bounds: list[tuple[int, int]] = []
    for article in articles:
        own = [s.text for s in article.sentences[:TOPIC_SENTENCES]] or [article.text[:2000]]
        bounds.append((len(texts), len(texts) + len(own)))
        texts.extend(own)
    embedded = embedder.embed(texts)
    rows = [embedded[start:end].mean(axis=0) for start, end in bounds]
    matrix = np.array(rows, dtype=np.float32).reshape(len(articles), -1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit: Vector = (matrix / np.where(norms > 0, norms, 1.0)).astype(np.float32)
    return unit


def candidates(articles: Sequence[Article], vectors: Vector) -> list[StoryCandidate]:
    """Grouping candidates for articles, given their topic vectors (one row each)."""
    return [
        StoryCandidate(
            article_id=a.id,
            topic=vectors[i],
            terms=salient_terms(a),
            counts=term_counts(a),
            published=published_day(a.published),
            language=a.language,
            story_hint=a.story_hint,
        )
        for i, a in enumerate(articles)
    ]


def cluster(
    articles: Sequence[Article], *, settings: ClusterSettings, embedder: Embedder
) -> tuple[Story, ...]:
    """Brief mode's grouping (until the pipeline calls ``group`` itself): stories largest
    first (ties by id), each titled by the titled member nearest its centroid."""
    vectors = article_vectors(articles, embedder)
    members = group(candidates(articles, vectors), settings)
    row = {a.id: i for i, a in enumerate(articles)}
    stories = []
    for sid, ids in members.items():
        centre = vectors[[row[i] for i in ids]].sum(axis=0)
        ranked = sorted(ids, key=lambda i: (-float(vectors[row[i]] @ centre), i))
        title = next((articles[row[i]].title for i in ranked if articles[row[i]].title), None)
        stories.append(Story(id=sid, article_ids=ids, title=title))
    return tuple(sorted(stories, key=lambda s: (-len(s.article_ids), s.id)))
