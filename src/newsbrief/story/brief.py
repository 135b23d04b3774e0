"""The per-story stage: a story's brief from its articles' stored facts, with no model.

``brief_story(story, facts, *, settings) -> StoryBrief`` resolves borrowed dates, merges
entities across articles, builds typed claims and aligns them into agreements and conflicts,
builds the timeline and the cited summary, and runs the citation check.  It is pure: the same
story and facts, in any order, give the same brief, and nothing here loads or calls a model
(the facts were made once per article by ``article.facts.extract``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsbrief.models import (
    Article,
    ArticleFacts,
    Mention,
    QuantityClaim,
    Story,
    StoryBrief,
)
from newsbrief.settings import BriefSettings
from newsbrief.story.ages import AGE_CLASS, age_claims
from newsbrief.story.citations import check_story
from newsbrief.story.claims import story_claims
from newsbrief.story.conflicts import align_claims
from newsbrief.story.entities import merge_entities
from newsbrief.story.summarize import summarize
from newsbrief.story.timeline import ReferenceDate, build_timeline, reference_dates
from newsbrief.vectors import unpack


class MissingFacts(ValueError):
    """``brief_story`` was given facts without their costly tier (a runner's bug)."""


def reading_order(facts: ArticleFacts) -> tuple[bool, str, str]:
    """Oldest first, undated last, then by id: sources read as a chronology, in an order that
    does not depend on the order the facts came in."""
    article = facts.article
    return (article.published is None, article.published or "", article.id)


def brief_story(
    story: Story, facts: Sequence[ArticleFacts], *, settings: BriefSettings
) -> StoryBrief:
    """The brief of one story; refuses it unless every citation resolves."""
    ordered = sorted(facts, key=reading_order)
    duplicates = {dup for dup, _ in story.duplicates}
    canonical = [f for f in ordered if f.article.id not in duplicates]
    for item in canonical:
        if item.sentence_vectors is None or (settings.analyse and item.analysis is None):
            raise MissingFacts(
                f"article {item.article.id} has no costly facts yet; "
                "run article.facts.complete on it before briefing its story"
            )
    articles = [f.article for f in canonical]
    summary = summarize(
        articles,
        [unpack(f.sentence_vectors or b"", f.dimension) for f in canonical],
        settings=settings.summarize,
    )
    brief = StoryBrief(story=story, articles=tuple(f.article for f in ordered), summary=summary)
    if settings.analyse:
        refs = reference_dates(articles, settings=settings.analysis)
        mentions: list[Mention] = [
            m for f in canonical if f.analysis is not None for m in f.analysis.mentions
        ]
        entities = merge_entities(articles, mentions, settings=settings.analysis)
        claims = story_claims(
            canonical, entities, reference_dates={i: r.date for i, r in refs.items()}
        )
        # A person's age is a figure its source states ("Poole, 43,"); it is no key figure.
        ages = age_claims(articles, entities, {i: r.date for i, r in refs.items()})
        # An age the article states ("the 41-year-old died") is the named person's when
        # ``age_claims`` ties it to one: kept once, as theirs.
        named = {(a.citations[0].article, a.citations[0].start, a.value) for a in ages}
        claims = tuple(
            c for c in claims
            if not (
                isinstance(c, QuantityClaim) and c.predicate_class == AGE_CLASS
                and (c.citations[0].article, c.citations[0].start, c.value) in named
            )
        )  # fmt: skip
        order = {a.id: n for n, a in enumerate(articles)}
        claims = tuple(
            sorted(
                [*claims, *ages],
                key=lambda c: (order[c.citations[0].article], c.citations[0].start),
            )
        )
        agreements, conflicts = align_claims(
            claims,
            settings=settings.analysis,
            reported={i: r.date for i, r in refs.items()},
            entities=entities,
            texts={a.id: a.text for a in articles},
        )
        timeline = build_timeline(articles, claims, references=refs, settings=settings.analysis)
        brief = replace(
            brief,
            articles=_with_story_dates(brief.articles, refs.values()),
            entities=entities,
            claims=claims,
            agreements=agreements,
            conflicts=conflicts,
            timeline=timeline,
        )
    check_story(brief)
    return brief


def _with_story_dates(
    articles: Sequence[Article], refs: Iterable[ReferenceDate]
) -> tuple[Article, ...]:
    """Undated articles that the story dated say so (``published_from="story"``)."""
    borrowed = {r.article: r.date for r in refs if r.borrowed}
    return tuple(
        replace(a, published=borrowed[a.id], published_from="story")
        if a.id in borrowed and a.published is None
        else a
        for a in articles
    )


__all__ = ["MissingFacts", "brief_story", "reading_order"]
