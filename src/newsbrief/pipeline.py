"""Wires the stages together; holds no stage logic of its own.

sources --ingest--> RawDocument --clean--> Article | Skipped --cluster--> Story
--dedup / summarize / analyse--> StoryBrief --citation check--> Brief

``build_brief`` is brief mode end to end; the CLI, and later the API, are thin shells over it.
Models are loaded once per ``Models`` object and reused across stories and calls.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TextIO

from newsbrief.backends.embed import Embedder, SentenceEmbedder, make_embedder
from newsbrief.backends.nlp import Nlp
from newsbrief.index import dedup
from newsbrief.index import stories as cluster
from newsbrief.models import Article, Brief, RawDocument, Skipped, Story, StoryBrief
from newsbrief.read import clean
from newsbrief.read import files as ingest
from newsbrief.settings import Settings
from newsbrief.story import analyse, citations, summarize


@dataclass
class RunReport:
    """What a run did, for the user's stderr and for benchmarks (seconds per stage)."""

    read: int = 0
    articles: int = 0
    skipped: int = 0
    stories: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def add_time(self, stage: str, started: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


@dataclass
class Models:
    """The loaded models a run uses.  Build once, pass to many calls.

    ``nlp`` is None when analysis (entities, claims, conflicts, timeline) is switched off.
    """

    embedder: Embedder
    nlp: Nlp | None = None

    @classmethod
    def load(
        cls, settings: Settings, *, embedder_backend: str = "model", analysis: bool = True
    ) -> Models:
        """Build and load the models now, so that a bad model path fails before any work."""
        embedder = make_embedder(settings.embed, embedder_backend)
        if isinstance(embedder, SentenceEmbedder):
            embedder.load()
        nlp = analyse.make_nlp(settings.analysis) if analysis else None
        if nlp is not None:
            nlp.language  # noqa: B018 -- load spaCy now: a missing model fails here, clearly
        return cls(embedder=embedder, nlp=nlp)


def unique_ids(articles: Iterable[Article]) -> list[Article]:
    """Make article ids unique (exact re-posts share a content hash), keeping the first as is."""
    seen: dict[str, int] = {}
    out = []
    for article in articles:
        n = seen.get(article.id, 0)
        seen[article.id] = n + 1
        out.append(article if n == 0 else replace(article, id=f"{article.id}~{n + 1}"))
    return out


def read_articles(
    paths: Sequence[str],
    *,
    settings: Settings,
    stdin: TextIO | None = None,
    report: RunReport | None = None,
) -> tuple[list[Article], list[Skipped]]:
    """Ingest and clean every input; rejected inputs come back as ``Skipped`` records."""
    report = report or RunReport()
    started = time.perf_counter()
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in ingest.read_sources(paths, settings=settings.ingest, stdin=stdin):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        report.read += 1
        cleaned = clean.clean(item, settings=settings.clean)
        if isinstance(cleaned, Skipped):
            skipped.append(cleaned)
        else:
            articles.append(cleaned)
    report.add_time("read+clean", started)
    return unique_ids(articles), skipped


def brief_story(
    articles: Sequence[Article],
    story: Story,
    *,
    settings: Settings,
    models: Models,
    report: RunReport,
) -> StoryBrief:
    """Summarise (and analyse) one story, then refuse it unless every citation resolves."""
    started = time.perf_counter()
    duplicate_of = dedup.near_duplicates(articles)
    canonical = [a for a in articles if a.id not in duplicate_of]
    report.add_time("dedup", started)
    started = time.perf_counter()
    summary = summarize.summarize(canonical, settings=settings.summarize, embedder=models.embedder)
    report.add_time("summarize", started)
    found = analyse.Analysis()
    if models.nlp is not None:
        started = time.perf_counter()
        found = analyse.analyse(canonical, settings=settings.analysis, nlp=models.nlp)
        report.add_time("analyse", started)
    result = StoryBrief(
        story=story,
        articles=_with_story_dates(articles, found),
        summary=summary,
        entities=found.entities,
        claims=found.claims,
        agreements=found.agreements,
        conflicts=found.conflicts,
        timeline=found.timeline,
        duplicates=tuple(sorted(duplicate_of.items())),
    )
    citations.check_story(result)
    return result


def _with_story_dates(articles: Sequence[Article], found: analyse.Analysis) -> tuple[Article, ...]:
    """Undated articles that the analysis dated from their story say so (``story``)."""
    borrowed = {r.article: r.date for r in found.article_dates if r.borrowed}
    return tuple(
        replace(a, published=borrowed[a.id], published_from="story")
        if a.id in borrowed and a.published is None
        else a
        for a in articles
    )


def _reading_order(article: Article, position: dict[str, int]) -> tuple[bool, str, int]:
    """Oldest first, undated last, input order among equals: sources read as a chronology."""
    return (article.published is None, article.published or "", position[article.id])


def brief_articles(
    articles: Sequence[Article],
    skipped: Sequence[Skipped],
    *,
    settings: Settings,
    models: Models,
    report: RunReport | None = None,
) -> Brief:
    """Group cleaned articles into stories and brief each one."""
    report = report or RunReport()
    report.articles, report.skipped = len(articles), len(skipped)
    started = time.perf_counter()
    stories = cluster.cluster(articles, settings=settings.cluster, embedder=models.embedder)
    report.add_time("cluster", started)
    report.stories = len(stories)
    position = {a.id: n for n, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    briefs = tuple(
        brief_story(
            sorted(
                (by_id[i] for i in story.article_ids), key=lambda a: _reading_order(a, position)
            ),
            story,
            settings=settings,
            models=models,
            report=report,
        )
        for story in stories
    )
    return Brief(stories=briefs, skipped=tuple(skipped))


def build_brief(
    paths: Sequence[str],
    *,
    settings: Settings | None = None,
    models: Models | None = None,
    stdin: TextIO | None = None,
    report: RunReport | None = None,
) -> Brief:
    """Brief mode: files, folders or ``-`` in; a cited brief of every story out."""
    settings = settings or Settings()
    report = report or RunReport()
    articles, skipped = read_articles(paths, settings=settings, stdin=stdin, report=report)
    if models is None:
        started = time.perf_counter()
        models = Models.load(settings)
        report.add_time("load-models", started)
    return brief_articles(articles, skipped, settings=settings, models=models, report=report)


__all__ = ["Models", "RawDocument", "RunReport", "brief_articles", "build_brief", "read_articles"]
