"""Briefs of stories in the corpus store: built from stored facts (the costly tier computed
once, when a brief first needs it, and stored), cached per story version and settings."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from newsbrief.article.facts import complete
from newsbrief.backends.loaded import Backends
from newsbrief.models import StoryBrief
from newsbrief.settings import Settings
from newsbrief.store import records
from newsbrief.store.sqlite import Store, StoreBusy
from newsbrief.story.brief import brief_story

BackendsLoader = Callable[[], Backends]


def settings_key(settings: Settings) -> str:
    """What a cached brief depends on besides the story's members."""
    return hashlib.sha256(repr(settings.brief).encode()).hexdigest()[:16]


def story_brief(
    store: Store,
    story_id: str,
    *,
    settings: Settings,
    backends: BackendsLoader,
    wait_to_cache: bool = True,
) -> StoryBrief | None:
    """The brief of a stored story (an old id of a merged story resolves), from stored facts;
    rebuilt only when the story changed.  None when no story has that id.

    ``wait_to_cache=False`` (a web request): when another process is writing, the brief is
    returned without storing it rather than waiting for the writer's lock."""
    db = store.db
    sid = records.resolve(db, story_id)
    story = records.load_story(db, sid)
    if story is None:
        return None
    version = records.story_version(db, sid)
    key = settings_key(settings)
    cached = records.cached_brief(db, sid, version, key)
    if cached is not None:
        return cached
    facts = records.get_facts(db, story.article_ids)
    missing = [f for f in facts if f.sentence_vectors is None or f.analysis is None]
    if missing:
        loaded = backends()
        done = {
            f.article.id: complete(f, settings=settings.extract, backends=loaded) for f in missing
        }
        facts = [done.get(f.article.id, f) for f in facts]
    brief = brief_story(story, facts, settings=settings.brief)
    completed = {m.article.id for m in missing}
    try:
        with store.transaction(wait=wait_to_cache) as tx:
            for f in facts:
                if f.article.id in completed:
                    records.put_costly(tx, f)
            records.put_brief(tx, brief, version, key)
    except StoreBusy:
        if wait_to_cache:
            raise
    return brief


__all__ = ["BackendsLoader", "settings_key", "story_brief"]
