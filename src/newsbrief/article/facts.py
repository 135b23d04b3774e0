"""The per-article stage: everything the models find in one article, found once.

``extract(article, *, settings, backends) -> ArticleFacts | Skipped`` is the only place models
run (sentence embeddings, spaCy; later an LLM).  Nothing it returns depends on which story the
article lands in, so facts are computed once, stored, and reused by every brief, every
regrouping, and every runner (brief mode, corpus mode, Spark).

Tiers (``models.ArticleFacts``): the *cheap* facts (MinHash signature, topic vector, salient
terms) are what ingest needs for dedup and story assignment; the *costly* ones (every sentence
vector, spaCy's mentions, figures, dates and quotes) are only needed for a brief.  With
``settings.costly`` off, ``extract`` embeds only the lead sentences and ``complete`` adds the
costly tier later; both paths give the same facts.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from newsbrief.article.date_mentions import find_dates
from newsbrief.article.figures import find_figures
from newsbrief.article.fingerprint import signature
from newsbrief.article.mentions import find_mentions
from newsbrief.article.quotes import find_quotes
from newsbrief.article.terms import salient_terms, term_counts
from newsbrief.backends.loaded import Backends
from newsbrief.errors import SkipReason
from newsbrief.models import Article, ArticleAnalysis, ArticleFacts, Skipped
from newsbrief.settings import ExtractSettings
from newsbrief.vectors import Vectors, pack

# Text embedded for the topic of an article with no sentences (a headline-only page).
_FALLBACK_CHARS = 2000


def extract(
    article: Article, *, settings: ExtractSettings, backends: Backends
) -> ArticleFacts | Skipped:
    """The facts of one article (both tiers unless ``settings.costly`` is off)."""
    if not article.text.strip():
        return Skipped(article.source, SkipReason.NO_ARTICLE, "no text to extract facts from")
    texts = [s.text for s in article.sentences]
    if not settings.costly:
        texts = texts[: settings.topic_sentences]
    rows = backends.embedder.embed(texts or [article.text[:_FALLBACK_CHARS]])
    facts = ArticleFacts(
        article=article,
        signature=signature(article.text),
        topic=pack(_topic(rows[: settings.topic_sentences])),
        terms=tuple(sorted(salient_terms(article))),
        term_counts=term_counts(article),
    )
    if not settings.costly:
        return facts
    vectors = rows[: len(article.sentences)]
    facts = replace(facts, sentence_vectors=pack(vectors), dimension=int(rows.shape[1]))
    return replace(facts, analysis=_analyse(article, settings, backends))


def complete(facts: ArticleFacts, *, settings: ExtractSettings, backends: Backends) -> ArticleFacts:
    """``facts`` with the costly tier computed (as ``extract`` with ``costly`` on would)."""
    article = facts.article
    if facts.sentence_vectors is None:
        texts = [s.text for s in article.sentences]
        rows = backends.embedder.embed(texts) if texts else np.zeros((0, 0), dtype=np.float32)
        dimension = int(rows.shape[1]) if texts else 0
        facts = replace(facts, sentence_vectors=pack(rows), dimension=dimension)
    if facts.analysis is None:
        facts = replace(facts, analysis=_analyse(article, settings, backends))
    return facts


def _topic(rows: Vectors) -> Vectors:
    """The normalised mean of the lead sentences' vectors."""
    mean = rows.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    topic: Vectors = (mean / norm if norm else mean).astype(np.float32)
    return topic


def _analyse(article: Article, settings: ExtractSettings, backends: Backends) -> ArticleAnalysis:
    """spaCy's facts; empty (not None) when analysis is switched off, so it is not retried."""
    if not settings.analyse or backends.nlp is None:
        return ArticleAnalysis(mentions=(), quantities=(), dates=(), quotes=())
    doc = backends.nlp.parse(article.text)
    mentions = find_mentions(
        article,
        doc,
        groups=backends.aliases,
        settings=settings.analysis,
        pattern=backends.alias_pattern,
        index=backends.alias_index,
    )
    return ArticleAnalysis(
        mentions=tuple(mentions),
        quantities=find_figures(article, doc),
        dates=find_dates(article, doc),
        quotes=find_quotes(article, doc, settings.analysis),
    )


__all__ = ["complete", "extract"]
