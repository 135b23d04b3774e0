"""Wiring of the stages, shared by every runner; no stage logic of its own.

sources --read/clean--> Article | Skipped --extract--> ArticleFacts --DedupIndex--> duplicates
--StoryIndex--> Story --brief_story--> StoryBrief

``run.local`` (brief mode) strings these together in memory; corpus mode and Spark reuse the
same pieces around their own storage.  ``RunReport`` collects counts and seconds per stage.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TextIO

import numpy as np

from newsbrief.article.facts import extract
from newsbrief.backends.loaded import Backends
from newsbrief.index.dedup import DedupItem, find_duplicates
from newsbrief.index.stories import StoryCandidate, group
from newsbrief.models import Article, ArticleFacts, Skipped, Story, StoryBrief
from newsbrief.read import clean
from newsbrief.read import files as ingest
from newsbrief.settings import ClusterSettings, Settings
from newsbrief.story.brief import brief_story
from newsbrief.vectors import unpack_one

__all__ = [
    "RunReport",
    "assign_stories",
    "brief_stories",
    "extract_all",
    "read_articles",
    "unique_ids",
]


@dataclass
class RunReport:
    """What a run did, for the user's stderr and for benchmarks (seconds per stage)."""

    read: int = 0
    articles: int = 0
    skipped: int = 0
    duplicates: int = 0
    stories: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def add_time(self, stage: str, started: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


def unique_ids(articles: Iterable[Article]) -> list[Article]:
    """Make article ids unique (exact re-posts share a content hash), keeping the first as is;
    a renamed copy never takes an id another input already has (``x, x, x~2`` gives ``x,
    x~3, x~2``: no article is lost or doubled)."""
    articles = list(articles)
    taken = {a.id for a in articles}
    seen: set[str] = set()
    out = []
    for article in articles:
        if article.id not in seen:
            seen.add(article.id)
            out.append(article)
            continue
        n = 2
        while f"{article.id}~{n}" in taken:
            n += 1
        new_id = f"{article.id}~{n}"
        taken.add(new_id)
        seen.add(new_id)
        out.append(replace(article, id=new_id))
    return out


def read_articles(
    paths: Sequence[str],
    *,
    settings: Settings,
    stdin: TextIO | None = None,
    report: RunReport | None = None,
) -> tuple[list[Article], list[Skipped]]:
    """Read and clean every input; rejected inputs come back as ``Skipped`` records."""
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


def extract_all(
    articles: Sequence[Article],
    *,
    settings: Settings,
    backends: Backends,
    report: RunReport | None = None,
) -> tuple[list[ArticleFacts], list[Skipped]]:
    """Each article's facts, extracted exactly once."""
    report = report or RunReport()
    started = time.perf_counter()
    facts: list[ArticleFacts] = []
    skipped: list[Skipped] = []
    for article in articles:
        found = extract(article, settings=settings.extract, backends=backends)
        (skipped if isinstance(found, Skipped) else facts).append(found)  # type: ignore[arg-type]
    report.add_time("extract", started)
    return facts, skipped


def candidate(facts: ArticleFacts) -> StoryCandidate:
    """What story assignment needs of one article (all cheap-tier facts)."""
    article = facts.article
    return StoryCandidate(
        article_id=article.id,
        topic=unpack_one(facts.topic),
        terms=frozenset(facts.terms),
        counts=facts.term_counts,
        published=_day(article.published),
        language=article.language,
        story_hint=article.story_hint,
    )


def assign_stories(
    facts: Sequence[ArticleFacts],
    *,
    settings: ClusterSettings,
    report: RunReport | None = None,
) -> tuple[Story, ...]:
    """Dedup across all input, then group the canonical articles into stories; each duplicate
    joins its canonical's story as support.  The same facts in any order give the same
    stories, largest first (ties by id)."""
    report = report or RunReport()
    started = time.perf_counter()
    duplicate_of = find_duplicates(
        DedupItem(f.article.id, f.signature, f.article.published) for f in facts
    )
    report.duplicates = len(duplicate_of)
    report.add_time("dedup", started)
    started = time.perf_counter()
    canonical = [f for f in facts if f.article.id not in duplicate_of]
    members = group((candidate(f) for f in canonical), settings)
    by_id = {f.article.id: f for f in facts}
    story_of = {a: sid for sid, ids in members.items() for a in ids}
    extra: dict[str, list[str]] = {}
    for dup, canon in sorted(duplicate_of.items()):
        extra.setdefault(story_of[canon], []).append(dup)
    stories = []
    for sid, ids in members.items():
        dups = extra.get(sid, [])
        all_ids = tuple(sorted([*ids, *dups]))
        dated = sorted(d for i in all_ids if (d := by_id[i].article.published))
        stories.append(
            Story(
                id=sid,
                article_ids=all_ids,
                title=_title([by_id[i] for i in ids]),
                duplicates=tuple((d, duplicate_of[d]) for d in sorted(dups)),
                first_seen=dated[0][:10] if dated else None,
                last_seen=dated[-1][:10] if dated else None,
            )
        )
    report.stories = len(stories)
    report.add_time("group", started)
    return tuple(sorted(stories, key=lambda s: (-len(s.article_ids), s.id)))


def brief_stories(
    stories: Sequence[Story],
    facts: Mapping[str, ArticleFacts],
    *,
    settings: Settings,
    report: RunReport | None = None,
) -> tuple[StoryBrief, ...]:
    """Each story's brief from its members' facts (no model)."""
    report = report or RunReport()
    started = time.perf_counter()
    briefs = tuple(
        brief_story(story, [facts[i] for i in story.article_ids], settings=settings.brief)
        for story in stories
    )
    report.add_time("brief", started)
    return briefs


def _title(members: Sequence[ArticleFacts]) -> str | None:
    """The title of the member closest to the story's centre, if any member has one."""
    vectors = np.stack([unpack_one(f.topic) for f in members])
    centre = vectors.mean(axis=0)
    ranked = sorted(
        range(len(members)), key=lambda i: (-float(vectors[i] @ centre), members[i].article.id)
    )
    return next((members[i].article.title for i in ranked if members[i].article.title), None)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
