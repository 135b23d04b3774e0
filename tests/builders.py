"""Small builders for test data: Articles from invented text, with real sentence offsets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from newsbrief.article.mentions import find_mentions
from newsbrief.article.predicates import predicate_class
from newsbrief.article.quantities import find_quantities
from newsbrief.backends.aliases import load_alias_groups
from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.backends.nlp import Nlp
from newsbrief.models import (
    Article,
    Citation,
    Mention,
    QuantityClaim,
    QuoteClaim,
    Sentence,
    StoryBrief,
)
from newsbrief.read.clean import split_sentences
from newsbrief.render import claim_subject
from newsbrief.run.local import brief_as_story
from newsbrief.settings import AnalysisSettings, Settings
from newsbrief.story.merge import merge_names
from newsbrief.story.names import fold


def make_article(
    text: str,
    article_id: str,
    *,
    title: str | None = None,
    published: str | None = None,
    story: str | None = None,
) -> Article:
    spans = split_sentences(text)
    return Article(
        id=article_id,
        source=f"test:{article_id}",
        text=text,
        sentences=tuple(Sentence(s, e, text[s:e]) for s, e in spans),
        title=title,
        published=published,
        published_from="field" if published else "none",
        story_hint=story,
    )


def analyse(
    articles: Sequence[Article],
    *,
    nlp: Nlp,
    settings: AnalysisSettings | None = None,
) -> StoryBrief:
    """A story's brief as the product makes it: facts per article (spaCy, and the hashing
    embedder standing in for MiniLM), then ``brief_story``; for tests of the analysis."""
    settings = settings or AnalysisSettings()
    backends = Backends(HashingEmbedder(), nlp, load_alias_groups(settings))
    return brief_as_story(
        articles, story_id="test", settings=Settings(analysis=settings), backends=backends
    )


def conflicts_in(nlp: Nlp, *texts: tuple[str, str]) -> list[tuple[str, str, list[float]]]:
    """Each conflict (kind, subject, values sorted) of invented articles, one per (text,
    published day), briefed as one story."""
    articles = [make_article(t, f"a{i}", published=day) for i, (t, day) in enumerate(texts)]
    brief = analyse(articles, nlp=nlp)
    return [(c.kind, c.subject, sorted(float(s.value) for s in c.sides)) for c in brief.conflicts]


def figures(nlp: Nlp, text: str) -> list[tuple[float, str]]:
    """The (value, counted unit) of each figure one text states, as the article stage finds
    them."""
    article = Article(id="x", source="", text=text, sentences=())
    return [(q.value, q.unit) for q in find_quantities(article, nlp.parse(text))]


def figure_classes(nlp: Nlp, text: str) -> list[tuple[float, str]]:
    """The (value, predicate class) of each figure one text states, as the article stage
    finds them."""
    article = Article(id="x", source="", text=text, sentences=())
    return [(q.value, q.predicate_class) for q in find_quantities(article, nlp.parse(text))]


def quantity(
    article: str, value: float, subject: str, unit: str, start: int = 0, *, hedge: str = ""
) -> QuantityClaim:
    """A hand-built quantity claim from "noun phrase + predicate" (``subject``) and its unit."""
    at = subject.rfind(unit)
    qualifier = subject[:at].strip() if at >= 0 else ""
    predicate = subject[at + len(unit) :].strip() if at >= 0 else ""
    text = f"{article}: {subject} {value}"
    return QuantityClaim(
        value=value,
        unit=unit,
        qualifier=qualifier,
        predicate=predicate,
        predicate_class=predicate_class(predicate),
        hedge=hedge,
        text=text,
        citations=(Citation(article, start, start + 5, 0),),
    )


def speakers(nlp: Nlp, *texts: str) -> list[str | None]:
    """The speaker of each quote of a story made of ``texts``, in article order."""
    brief = analyse([make_article(t, f"a{i}") for i, t in enumerate(texts)], nlp=nlp)
    return [c.speaker for c in brief.claims if isinstance(c, QuoteClaim)]


def reported(nlp: Nlp, *reports: tuple[str, str]) -> StoryBrief:
    """The brief of a story of invented reports, each (text, day published), one article
    each, with ids "a", "b", ... in order."""
    articles = [
        make_article(text, chr(ord("a") + i), published=day)
        for i, (text, day) in enumerate(reports)
    ]
    return analyse(articles, nlp=nlp)


def said_by(nlp: Nlp, *articles: Article) -> dict[str, str]:
    """Each quote's first three words -> its speaker (the merged name, else as written)."""
    brief = analyse(list(articles), nlp=nlp)
    quotes = [c for c in brief.claims if isinstance(c, QuoteClaim)]
    return {" ".join(q.words.split()[:3]): q.entity or q.speaker or "" for q in quotes}


def said_in(nlp: Nlp, text: str) -> dict[str, str]:
    """``said_by`` for one invented article."""
    return said_by(nlp, make_article(text, "a"))


def merged(
    names: dict[str, str], table: dict[str, str] | None = None, **kwargs: Any
) -> dict[str, str]:
    """Each name's group (``merge_names``: folded name -> root) for names given with their
    one label; ``table``: alias-table groups."""
    return merge_names(
        {fold(n): Counter({n: 1}) for n in names},
        {fold(n): Counter({label: 1}) for n, label in names.items()},
        table or {},
        spelling_ratio=AnalysisSettings().spelling_ratio,
        **kwargs,
    )


def found_mentions(nlp: Nlp, text: str) -> list[Mention]:
    """The mentions ``find_mentions`` gives an invented article "a" of ``text``."""
    article = make_article(text, "a")
    settings = AnalysisSettings()
    groups = load_alias_groups(settings)
    return find_mentions(article, nlp.parse(article.text), groups=groups, settings=settings)


def aliases(nlp: Nlp, *texts: str) -> dict[str, set[str]]:
    """Each entity's name and the forms the story gives it, for a story made of ``texts``."""
    brief = analyse([make_article(t, f"a{i}") for i, t in enumerate(texts)], nlp=nlp)
    return {e.name: {a.text for a in e.aliases} for e in brief.entities}


__all__ = [
    "aliases",
    "analyse",
    "claim_subject",
    "figure_classes",
    "found_mentions",
    "make_article",
    "merged",
    "quantity",
    "reported",
    "speakers",
]
