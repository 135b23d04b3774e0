"""Brief ⇄ plain JSON-able dicts, and validation against the packaged JSON Schema.

Takes a ``Brief``; gives the dict documented by ``schema/brief.schema.json`` (the shape of
``newsbrief brief --format json`` and of the HTTP API).  ``validate`` checks any dict against
that schema, so the schema file is the one documented contract and the tests hold us to it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from newsbrief.models import (
    Agreement,
    Article,
    Brief,
    Citation,
    Claim,
    Conflict,
    Entity,
    StoryBrief,
    TimelineEvent,
)

JSON = dict[str, Any]


def citation_dict(c: Citation) -> JSON:
    out: JSON = {"article": c.article, "start": c.start, "end": c.end}
    if c.sentence is not None:
        out["sentence"] = c.sentence
    return out


def _cites(citations: tuple[Citation, ...]) -> list[JSON]:
    return [citation_dict(c) for c in citations]


def article_dict(a: Article, duplicate_of: str | None = None) -> JSON:
    return {
        "id": a.id,
        "source": a.source,
        "title": a.title,
        "published": a.published,
        "published_from": a.published_from,
        "url": a.url,
        "outlet": a.outlet,
        "duplicate_of": duplicate_of,
        "text": a.text,
    }


def entity_dict(e: Entity) -> JSON:
    return {
        "name": e.name,
        "type": e.type,
        "aliases": [{"text": al.text, "count": al.count} for al in e.aliases],
        "mentions": _cites(e.mentions),
    }


def claim_dict(c: Claim) -> JSON:
    return {
        "kind": c.kind,
        "subject": c.subject,
        "value": c.value,
        "unit": c.unit,
        "speaker": c.speaker,
        "entity": c.entity,
        "text": c.text,
        "citations": _cites(c.citations),
    }


def agreement_dict(a: Agreement) -> JSON:
    return {"subject": a.subject, "value": a.value, "citations": _cites(a.citations)}


def conflict_dict(c: Conflict) -> JSON:
    return {
        "subject": c.subject,
        "kind": c.kind,
        "note": c.note,
        "sides": [
            {"value": s.value, "text": s.text, "citations": _cites(s.citations)} for s in c.sides
        ],
    }


def event_dict(e: TimelineEvent) -> JSON:
    return {
        "date": e.date,
        "text": e.text,
        "resolved_from": e.resolved_from,
        "note": e.note,
        "citations": _cites(e.citations),
    }


def story_dict(s: StoryBrief) -> JSON:
    dups = dict(s.duplicates)
    return {
        "id": s.story.id,
        "title": s.story.title,
        "articles": [article_dict(a, dups.get(a.id)) for a in s.articles],
        "summary": [{"text": sent.text, "citations": _cites(sent.citations)} for sent in s.summary],
        "entities": [entity_dict(e) for e in s.entities],
        "claims": [claim_dict(c) for c in s.claims],
        "agreements": [agreement_dict(a) for a in s.agreements],
        "conflicts": [conflict_dict(c) for c in s.conflicts],
        "timeline": [event_dict(e) for e in s.timeline],
    }


def brief_dict(brief: Brief) -> JSON:
    return {
        "stories": [story_dict(s) for s in brief.stories],
        "skipped": [
            {"source": k.source, "reason": k.reason.value, "detail": k.detail}
            for k in brief.skipped
        ],
    }


@cache
def schema() -> JSON:
    """The packaged JSON Schema of a brief (read once; it is immutable package data)."""
    text = resources.files("newsbrief").joinpath("schema/brief.schema.json").read_text("utf-8")
    loaded: JSON = json.loads(text)
    return loaded


def validate(data: JSON) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``data`` is a valid brief."""
    import jsonschema

    jsonschema.validate(data, schema())
