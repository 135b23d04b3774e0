"""Brief mode: files in, a cited brief of every story out, all in memory.

``build_brief`` reads and cleans the inputs, extracts each article's facts once, collapses
near-duplicates, groups the rest into stories and briefs each story from its facts.  The CLI
(``newsbrief brief``), the eval harness and tests are thin shells over it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TextIO

from newsbrief.article.facts import extract
from newsbrief.backends.loaded import Backends
from newsbrief.models import Article, ArticleFacts, Brief, Skipped, Story, StoryBrief
from newsbrief.pipeline import (
    RunReport,
    assign_stories,
    brief_stories,
    extract_all,
    read_articles,
)
from newsbrief.settings import Settings
from newsbrief.story.brief import brief_story


def brief_articles(
    articles: Sequence[Article],
    skipped: Sequence[Skipped],
    *,
    settings: Settings,
    backends: Backends,
    report: RunReport | None = None,
) -> Brief:
    """Extract, dedup, group and brief cleaned articles."""
    report = report or RunReport()
    facts, rejected = extract_all(articles, settings=settings, backends=backends, report=report)
    report.articles = len(facts)
    report.skipped = len(skipped) + len(rejected)
    stories = assign_stories(facts, settings=settings.cluster, report=report)
    by_id = {f.article.id: f for f in facts}
    briefs = brief_stories(stories, by_id, settings=settings, report=report)
    return Brief(stories=briefs, skipped=(*skipped, *rejected))


def brief_as_story(
    articles: Sequence[Article],
    *,
    story_id: str,
    settings: Settings,
    backends: Backends,
) -> StoryBrief:
    """Brief ``articles`` as one story (no dedup, no grouping): for gold sets and callers who
    already know what belongs together."""
    facts = [extract(a, settings=settings.extract, backends=backends) for a in articles]
    kept = [f for f in facts if isinstance(f, ArticleFacts)]
    story = Story(id=story_id, article_ids=tuple(f.article.id for f in kept))
    return brief_story(story, kept, settings=settings.brief)


def build_brief(
    paths: Sequence[str],
    *,
    settings: Settings | None = None,
    backends: Backends | None = None,
    stdin: TextIO | None = None,
    report: RunReport | None = None,
) -> Brief:
    """Brief mode end to end: files, folders or ``-`` in; a cited brief of every story out."""
    settings = settings or Settings()
    report = report or RunReport()
    articles, skipped = read_articles(paths, settings=settings, stdin=stdin, report=report)
    if backends is None:
        started = time.perf_counter()
        backends = Backends.load(settings)
        report.add_time("load-models", started)
    return brief_articles(articles, skipped, settings=settings, backends=backends, report=report)


__all__ = ["brief_articles", "brief_as_story", "build_brief"]
