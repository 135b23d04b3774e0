"""The analysis sub-pipeline: one story's articles in, entities/claims/conflicts/timeline out.

Takes: the articles of one story (cleaned, with sentences).  Gives: ``Analysis`` with merged
entities, claims, agreements, conflicts and a timeline, every item citing real source text, and
the reference date used for each article (``article_dates``; ``borrowed`` ones came from the
story, so the pipeline can show them with ``published_from="story"``).
Backends: spaCy via ``backends.nlp.Nlp`` (load one and pass it to every call), the alias table,
plain Python.  The four stage modules do not import each other; this module connects them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.article.claims import extract_claims
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Agreement, Article, Claim, Conflict, Entity, TimelineEvent
from newsbrief.settings import AnalysisSettings
from newsbrief.story.conflicts import align_claims
from newsbrief.story.entities import extract_entities, load_alias_groups
from newsbrief.story.timeline import ReferenceDate, build_timeline, reference_dates


@dataclass(frozen=True)
class Analysis:
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    article_dates: tuple[ReferenceDate, ...] = ()


def make_nlp(settings: AnalysisSettings | None = None) -> Nlp:
    """The spaCy wrapper these settings ask for (loaded lazily, on first parse)."""
    settings = settings or AnalysisSettings()
    return Nlp(settings.spacy_model, max_chunk_chars=settings.max_chunk_chars)


def analyse(
    articles: Sequence[Article],
    *,
    settings: AnalysisSettings | None = None,
    nlp: Nlp | None = None,
) -> Analysis:
    """Analyse one story.  Text with no names, numbers or dates gives empty lists."""
    settings = settings or AnalysisSettings()
    if not articles:
        return Analysis()
    nlp = nlp or make_nlp(settings)
    docs = list(nlp.parse_many([a.text for a in articles]))
    entities = extract_entities(
        articles, docs, settings=settings, groups=load_alias_groups(settings)
    )
    refs = reference_dates(articles, settings=settings)
    claims = extract_claims(
        articles,
        docs,
        entities,
        reference_dates={i: r.date for i, r in refs.items()},
        settings=settings,
    )
    agreements, conflicts = align_claims(
        claims, settings=settings, reference_dates={i: r.date for i, r in refs.items()}
    )
    timeline = build_timeline(articles, claims, references=refs, settings=settings)
    return Analysis(
        entities=entities,
        claims=claims,
        agreements=agreements,
        conflicts=conflicts,
        timeline=timeline,
        article_dates=tuple(refs[a.id] for a in articles if a.id in refs),
    )


__all__ = ["Analysis", "analyse", "make_nlp"]
