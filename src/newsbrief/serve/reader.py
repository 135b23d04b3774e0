"""Reading the store from many request threads while an ingest writes to it.

Each worker thread keeps its own read connection (an SQLite connection belongs to one
thread); statements autocommit, so a reader never holds a snapshot or a lock between requests
and WAL lets it read while another process writes.  Briefs come from ``run.stored.story_brief``
(stored, cached by story version); the rendered JSON and Markdown of the most recently asked
briefs are also kept in memory, keyed by story version, so a cached brief costs two small
queries.  A brief built on a GET is stored only if no writer holds the lock at that moment.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from newsbrief.backends.loaded import Backends
from newsbrief.models import Brief, StoryBrief
from newsbrief.render import to_json, to_markdown
from newsbrief.run.stored import settings_key, story_brief
from newsbrief.settings import Settings
from newsbrief.store import records
from newsbrief.store.sqlite import Store


@dataclass(frozen=True)
class Rendered:
    brief: StoryBrief
    json: str
    markdown: str


class Reader:
    def __init__(
        self,
        db_path: Path,
        *,
        settings: Settings,
        backends: Callable[[], Backends],
        cache_size: int = 256,
    ) -> None:
        self.db_path = db_path
        self.settings = settings
        self._backends = backends
        self._local = threading.local()
        self._cache: OrderedDict[tuple[str, int], Rendered] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._key = settings_key(settings)

    def store(self) -> Store:
        found: Store | None = getattr(self._local, "store", None)
        if found is None:
            found = Store(self.db_path, create=False)
            self._local.store = found
        return found

    @contextmanager
    def snapshot(self) -> Iterator[Store]:
        """A read transaction: the queries inside see one state of the store (a deferred
        BEGIN takes no write lock, and WAL lets the writer go on)."""
        store = self.store()
        store.db.execute("BEGIN")
        try:
            yield store
        finally:
            store.db.execute("COMMIT")

    def resolve(self, story_id: str) -> str | None:
        """The live id of ``story_id`` (a merged story's old id resolves), or None."""
        db = self.store().db
        sid = records.resolve(db, story_id)
        row = db.execute("SELECT 1 FROM stories WHERE id = ?", (sid,)).fetchone()
        return sid if row else None

    def cached(self, story_id: str) -> Rendered | None:
        """The rendered brief of the live story ``story_id`` if it is in memory for the
        story's current version: one indexed query, cheap enough for the event loop."""
        key = (story_id, records.story_version(self.store().db, story_id))
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
            return hit

    def brief(self, story_id: str) -> Rendered | None:
        """The brief of the live story ``story_id``, None when there is none."""
        hit = self.cached(story_id)
        if hit is not None:
            return hit
        store = self.store()
        version = records.story_version(store.db, story_id)
        key = (story_id, version)
        found = story_brief(
            store,
            story_id,
            settings=self.settings,
            backends=self._backends,
            wait_to_cache=False,
        )
        if found is None:
            return None
        whole = Brief(stories=(found,))
        rendered = Rendered(found, to_json(whole), to_markdown(whole))
        with self._lock:
            self._cache[key] = rendered
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return rendered
