"""The corpus store: one SQLite file holding everything corpus mode knows.

Why SQLite: one file, one process, offline, transactional.  WAL mode lets readers (``newsbrief
stories``, the API) read while an ingest writes; each ingest batch is one ``BEGIN IMMEDIATE``
… ``COMMIT``, so ``kill -9`` at any moment loses nothing committed and leaves nothing half
written.  ``synchronous=NORMAL`` is the WAL setting that survives a killed process (only a
power cut can lose the last commits, never corrupt the file).

Schema: named, ordered migrations in ``store/migrations/NNNN_name.sql``, each applied once in
its own transaction and recorded in ``schema_migrations``.  Every value goes in as a
parameter, never into the SQL text.  Errors users can fix (busy, read-only, not a database,
disk full, made by a newer newsbrief) become ``StoreError`` with a message that says what to do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from newsbrief.errors import NewsbriefError

# Seconds a writer waits for another writer's transaction before giving up.
BUSY_SECONDS = 10.0


class StoreError(NewsbriefError):
    """The store cannot be used as asked; the message says why and what to do."""


class StoreBusy(StoreError):
    """Another process holds the store's write lock (an ingest is writing)."""


def _busy(exc: sqlite3.Error) -> bool:
    low = str(exc).lower()
    return "locked" in low or "busy" in low


def migrations() -> list[tuple[str, str]]:
    """(name, SQL) of every shipped migration, in order."""
    folder = resources.files("newsbrief.store") / "migrations"
    found = sorted(
        (entry.name.removesuffix(".sql"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    )
    return found


def explain(exc: sqlite3.Error, path: Path) -> StoreError:
    """A user's-eye message for an SQLite error on the store at ``path``."""
    text = str(exc)
    low = text.lower()
    if "locked" in low or "busy" in low:
        why = (
            f"database {path} is busy: another newsbrief process is writing to it "
            f"(waited {BUSY_SECONDS:.0f} s); wait for it to finish, or use another --db"
        )
    elif "readonly" in low or "read-only" in low:
        why = f"database {path} is read-only: nothing was written (check its permissions)"
    elif "not a database" in low or "malformed" in low or "corrupt" in low:
        why = (
            f"{path} is not a newsbrief database or is corrupt ({text}); nothing was written. "
            "Point --db at another file, or restore a backup"
        )
    elif "full" in low or "disk i/o" in low or "too large" in low:
        why = (
            f"no space left to write {path} ({text}); the current batch was rolled back and "
            "nothing committed was lost. Free some space and run the same command again"
        )
    elif "unable to open" in low:
        why = f"cannot open database {path} ({text}): check that its folder exists and is writable"
    else:
        why = f"database {path}: {text}"
    return StoreError(why)


class Store:
    """An open connection to one store file; a context manager."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = path
        if not create and not path.exists():
            raise StoreError(
                f"no database at {path}: run `newsbrief ingest PATH… --db {path}` first"
            )
        try:
            self.db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            raise explain(exc, path) from exc
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self._check_database()
            mode = self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal" and not self.readonly():
                raise StoreError(f"database {path} could not switch to WAL mode ({mode})")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.Error as exc:
            self.db.close()
            raise explain(exc, path) from exc
        except StoreError:
            self.db.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def readonly(self) -> bool:
        return bool(self.db.execute("PRAGMA query_only").fetchone()[0])

    def _check_database(self) -> None:
        # Reading the schema fails at once on a file that is not SQLite, before any write.
        self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master")}
        if tables and "schema_migrations" not in tables:
            raise StoreError(
                f"{self.path} is an SQLite database but not a newsbrief store "
                f"(it has tables {', '.join(sorted(tables)[:5])}); nothing was written"
            )

    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied TEXT)"
        )
        done = {r[0] for r in self.db.execute("SELECT name FROM schema_migrations")}
        known = migrations()
        unknown = done - {name for name, _ in known}
        if unknown:
            raise StoreError(
                f"{self.path} was written by a newer newsbrief (migrations "
                f"{', '.join(sorted(unknown))}); upgrade newsbrief to read it"
            )
        for name, sql in known:
            if name in done:
                continue
            with self.transaction():
                for statement in _statements(sql):
                    self.db.execute(statement)
                self.db.execute(
                    "INSERT INTO schema_migrations (name, applied) VALUES (?, datetime('now'))",
                    (name,),
                )

    @contextmanager
    def transaction(self, *, wait: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it commits, or none of it (on any exception).
        ``wait=False``: raise ``StoreBusy`` at once when another process holds the write
        lock, instead of waiting up to ``BUSY_SECONDS`` (for optional writes, e.g. a cache)."""
        try:
            if not wait:
                self.db.execute("PRAGMA busy_timeout = 0")
            try:
                self.db.execute("BEGIN IMMEDIATE")
            finally:
                if not wait:
                    self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
        except sqlite3.Error as exc:
            error = explain(exc, self.path)
            raise (StoreBusy(str(error)) if _busy(exc) else error) from exc
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise explain(exc, self.path) from exc

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def claim_topic_model(self, topic_model: str) -> None:
        """Record the embedder of the store's topic vectors, or raise if another one made
        them: vectors from two models are not comparable, so grouping would be meaningless."""
        with self.transaction():
            stored = self.meta("topic_model")
            if stored is None:
                self.set_meta("topic_model", topic_model)
        if stored is not None and stored != topic_model:
            raise StoreError(
                f"{self.path} holds topic vectors from {stored!r}, not {topic_model!r}: ingest "
                "with the same --embedder and --model, or into another --db"
            )


def _statements(sql: str) -> list[str]:
    """The statements of a migration file (``sqlite3.complete_statement`` finds their ends,
    so a semicolon inside a string or comment does not split one)."""
    out: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                out.append(current.strip())
            current = ""
    if current.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in current.splitlines()
    ):
        raise StoreError(f"a migration ends with an incomplete statement: {current[:80]!r}")
    return out


__all__ = ["BUSY_SECONDS", "Store", "StoreBusy", "StoreError", "explain", "migrations"]
