"""Corpus mode: stream inputs into the SQLite store in batches; keep stories current.

``ingest`` reads every file once (a file read whole and unchanged since is not opened again),
cleans each record, and for every batch of new articles: extracts their cheap facts (the
costly tier waits until a brief needs it), collapses near-duplicates (``DedupIndex``), puts the
rest into stories (``StoryIndex``: join the best story or open a new one; a merge pass joins
stories that grew together, and the merged id resolves to the survivor) and commits the
articles, facts, duplicates, memberships, story states, skipped records and the
progress of the files the batch finished, all in ONE transaction.  So ``kill -9`` at any
moment loses nothing committed, a rerun resumes (records already stored are recognised by a
hash of their id and text and not extracted again) and re-ingesting the same input changes
nothing.

Each run ends by grouping the articles of its window again as one batch and carrying the
stored ids over (``index.regroup``), so the stories do not depend on the order or the runs in
which the articles came.

Memory stays flat as the corpus grows: the in-memory story index holds the stories changed
within the last ``active_articles`` articles (document frequencies are counted over that
window too), the dedup index the last ``dedup_window`` canonical articles; everything else
lives in the store.  A story pushed out of memory can no longer gain articles (a later report
about it opens a new story).

Briefs of stored stories: ``run.stored``.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from newsbrief.article.facts import extract
from newsbrief.backends.loaded import Backends
from newsbrief.index.dedup import DedupIndex, DedupItem, canonical_key
from newsbrief.index.regroup import keep_ids
from newsbrief.index.stories import (
    StoryCandidate,
    StoryIndex,
    group_stream,
    mint_id,
)
from newsbrief.models import Article, ArticleFacts, RawDocument, Skipped
from newsbrief.pipeline import candidate
from newsbrief.read import clean
from newsbrief.run.corpus_inputs import FileDone, records_of
from newsbrief.run.report import IngestReport, OutcomeStatus, RecordOutcome
from newsbrief.run.stored import BackendsLoader
from newsbrief.settings import Settings
from newsbrief.store import records
from newsbrief.store.sqlite import Store


@dataclass
class _Batch:
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    files: list[FileDone] = field(default_factory=list)


class Ingest:
    """One ingest run over one store: the in-memory indexes restored from it, then batches."""

    def __init__(
        self,
        store: Store,
        *,
        settings: Settings,
        backends: BackendsLoader,
        report: IngestReport | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.corpus = settings.corpus
        self._load_backends = backends
        self._backends: Backends | None = None
        self.report = report or IngestReport()
        cluster = replace(settings.cluster, max_story_terms=settings.corpus.story_terms)
        self.index = StoryIndex(cluster)
        self.dedup = DedupIndex()
        self._updated: set[str] = set()  # stories stored before this run that changed
        self._minted_here: set[str] = set()
        self._merges_done = 0  # entries of ``index.merged`` already written
        self._touched_at: dict[str, int] = {}  # story id -> article seq of its last change
        self._batch = _Batch()
        # What became of each record, by its ``source``: kept only for ``run_records`` (a few
        # records an API caller wants an answer for), never for a file ingest (flat memory).
        self.outcomes: dict[str, RecordOutcome] | None = None
        self._restore()

    def _restore(self) -> None:
        started = time.perf_counter()
        db = self.store.db
        minted = int(self.store.meta("minted", "0") or 0)
        self._seq = int(db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0])
        # Document frequencies over the window of recent canonical articles, rebuilt from
        # their stored term counts: a window, so that memory does not grow with the corpus.
        self._df_floor = max(0, self._seq - self.corpus.active_articles)
        self.index.restore_counts(Counter(), 0, minted)
        for terms in records.window_terms(db, self._df_floor, self._seq):
            self.index.observe_terms(terms)
        since = self._seq - self.corpus.active_articles
        for state, touched in records.recent_states(db, self.corpus.active_stories, since):
            self.index.restore(state)
            self._touched_at[state.id] = touched
        for article_id, sig, published in records.recent_signatures(db, self.corpus.dedup_window):
            self.dedup.restore(DedupItem(article_id, sig, published))
        self.report.add_time("restore", started)

    @property
    def backends(self) -> Backends:
        if self._backends is None:
            started = time.perf_counter()
            self._backends = self._load_backends()
            self.report.add_time("load-models", started)
        return self._backends

    # --- reading -----------------------------------------------------------------------------

    def run(self, paths: Sequence[str], progress: Callable[[int], None] | None = None) -> None:
        """Ingest every PATH (files, folders, ``-``)."""
        self.run_items(self._records(paths), progress)

    def run_records(self, items: Sequence[RawDocument]) -> list[RecordOutcome]:
        """Ingest records already read (the API's ``POST /api/articles``) exactly as ``run``
        ingests a file's records, and say what became of each, in order.  Their ``source``
        values must differ: outcomes are found by them."""
        self.outcomes = {}
        self.run_items(items)
        found = []
        for item in items:
            outcome = self.outcomes.get(item.source, RecordOutcome("skipped"))
            if outcome.article_id is not None:
                outcome = replace(outcome, story_id=self._stored_story(outcome.article_id))
            found.append(outcome)
        self.outcomes = None
        return found

    def _stored_story(self, article_id: str) -> str | None:
        # Asked after the run's regrouping: the story the article is in now.
        row = self.store.db.execute(
            "SELECT story_id FROM memberships WHERE article_id = ?", (article_id,)
        ).fetchone()
        return records.resolve(self.store.db, str(row[0])) if row else None

    def run_items(
        self, items: Iterable[RawDocument], progress: Callable[[int], None] | None = None
    ) -> None:
        """The batch loop shared by ``run`` (files) and ``run_records`` (the API)."""
        for item in items:
            self.report.read += 1
            cleaned = clean.clean(item, settings=self.settings.clean)
            if isinstance(cleaned, Skipped):
                self._skip(cleaned)
            else:
                self._batch.articles.append(cleaned)
            if progress is not None:
                progress(1)
            if len(self._batch.articles) >= self.corpus.batch_size:
                self._commit()
        self._commit()
        if self.store.meta("regroup") == "pending":
            self._regroup()

    def _note(self, source: str, outcome: RecordOutcome) -> None:
        if self.outcomes is not None:
            self.outcomes[source] = outcome

    def _records(self, paths: Sequence[str]) -> Iterator[RawDocument]:
        """Every record of files not read whole before; skipped ones go to the batch."""
        # A finished file is recorded in the batch current when its last record has been
        # read, so it commits with that record.
        return records_of(
            paths,
            self.store.db,
            settings=self.settings.ingest,
            report=self.report,
            on_skip=self._skip,
            on_file_done=self._batch_file_done,
        )

    def _batch_file_done(self, done: FileDone) -> None:
        self._batch.files.append(done)

    def _skip(self, item: Skipped) -> None:
        self.report.skipped[str(item.reason)] += 1
        self._note(
            item.source, RecordOutcome("skipped", reason=str(item.reason), detail=item.detail)
        )
        self._batch.skipped.append(item)

    # --- batches -----------------------------------------------------------------------------

    def _commit(self) -> None:
        """Extract, dedup and group the current batch and commit it in one transaction."""
        batch, self._batch = self._batch, _Batch()
        if not (batch.articles or batch.skipped or batch.files):
            return
        started = time.perf_counter()
        articles, hashes = self._new_articles(batch.articles)
        facts = self._extract(articles, batch)
        self.report.add_time("extract", started)
        started = time.perf_counter()
        duplicate_of = self._dedup(facts)
        canonical = [f for f in facts if f.article.id not in duplicate_of]
        items = [candidate(f) for f in canonical]
        for item in items:
            self.index.observe(item)
        for item in items:
            self.index.add(item, observed=True)
        self.index.merge(seeds=set(self.index.touched))
        self.report.add_time("dedup+group", started)
        started = time.perf_counter()
        with self.store.transaction() as db:
            for f in facts:
                records.put_article(db, f, hashes[f.article.id])
            db.executemany(
                "INSERT INTO duplicates (article_id, canonical_id) VALUES (?, ?)",
                sorted(duplicate_of.items()),
            )
            self._write_stories(db, facts, duplicate_of)
            records.put_skipped(db, batch.skipped)
            self.store.set_meta("minted", str(self.index.minted))
            if facts:  # the run ends by regrouping its window (even after a crash: a rerun)
                self.store.set_meta("regroup", "pending")
            db.executemany(
                "INSERT INTO sources (path, size, mtime_ns, complete, partial_offset)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET size = excluded.size,"
                " mtime_ns = excluded.mtime_ns, complete = excluded.complete,"
                " partial_offset = excluded.partial_offset",
                [
                    (d.path, d.size, d.mtime_ns, int(d.partial_offset is None), d.partial_offset)
                    for d in batch.files
                ],
            )
        self.report.stored += len(facts)
        self.report.duplicates += len(duplicate_of)
        for f in facts:
            canon = duplicate_of.get(f.article.id)
            status: OutcomeStatus = "stored" if canon is None else "duplicate"
            self._note(f.article.source, RecordOutcome(status, f.article.id, duplicate_of=canon))
        self.report.add_time("commit", started)
        self._slide_df()
        self._evict()

    def _new_articles(self, articles: Sequence[Article]) -> tuple[list[Article], dict[str, str]]:
        """Articles whose text is not stored yet, in canonical order, with unique ids."""
        digests = [records.record_hash(a) for a in articles]
        known = records.known_hashes(self.store.db, digests)
        fresh: list[Article] = []
        hashes: dict[str, str] = {}
        seen: set[str] = set()
        ordered = sorted(
            zip(articles, digests, strict=True),
            key=lambda p: canonical_key(p[0].id, p[0].published),
        )
        for article, digest in ordered:
            if digest in known or digest in seen:
                self.report.already_stored += 1
                self._note(article.source, RecordOutcome("already_stored", article.id))
                continue
            seen.add(digest)
            article = self._unique_id(article, hashes)
            hashes[article.id] = digest
            fresh.append(article)
        return fresh, hashes

    def _unique_id(self, article: Article, taken_here: dict[str, str]) -> Article:
        """A stored or earlier id is never reused for other text: ``x``, ``x~2``, …"""
        db = self.store.db
        new_id, n = article.id, 2
        while new_id in taken_here or records.id_taken(db, new_id):
            new_id = f"{article.id}~{n}"
            n += 1
        return article if new_id == article.id else replace(article, id=new_id)

    def _extract(self, articles: Sequence[Article], batch: _Batch) -> list[ArticleFacts]:
        if not articles:
            return []
        settings = replace(self.settings.extract, costly=False)
        # The batch's lead sentences in one embedder call: a model encodes them in batches,
        # where one call per article paid the model's per-call cost a thousand times.  The
        # cache then answers ``extract``'s own call for each article.
        leads = [s.text for a in articles for s in a.sentences[: settings.topic_sentences]]
        self.backends.embedder.embed(leads)
        out = []
        for article in articles:
            found = extract(article, settings=settings, backends=self.backends)
            if isinstance(found, Skipped):
                self._skip(found)
                batch.skipped.append(found)
            else:
                out.append(found)
        return out

    def _dedup(self, facts: Sequence[ArticleFacts]) -> dict[str, str]:
        duplicate_of = {}
        for f in facts:  # already in canonical order
            canon = self.dedup.add(DedupItem(f.article.id, f.signature, f.article.published))
            if canon is not None:
                duplicate_of[f.article.id] = canon
        return duplicate_of

    def _regroup(self) -> None:
        """Group the window's articles again as one batch and keep the stored ids
        (``index.regroup``): the stories then do not depend on the order or the runs in which
        the articles came."""
        started = time.perf_counter()
        db = self.store.db
        before = self.index.members()
        old_of = {a: sid for sid, members in before.items() for a in members}
        old_rank = {sid: self.index.story(sid).rank for sid in before}
        settings, minted = self.index.settings, self.index.minted
        counts, documents = self.index.counts(), self.index.documents
        # The old index is not needed past this point: drop it before the fresh one is built,
        # or the peak holds two indexes of the whole window.  A crash from here leaves the
        # regroup pending; the next run restores the index from the store.
        self.index = StoryIndex(settings)
        order = records.canonical_order(db, old_of)

        def window() -> Iterator[StoryCandidate]:
            for start in range(0, len(order), 500):
                yield from records.get_candidates(db, order[start : start + 500])

        fresh = group_stream(window, settings)
        groups = fresh.members()
        used = set(old_rank)

        def mint(key: str) -> str:
            sid = key
            while sid in used or records.id_known(db, sid):
                sid = mint_id(sid + key)
            used.add(sid)
            return sid

        final, absorbed = keep_ids(groups, old_of, old_rank, mint)
        ranks = {final[k]: old_rank[final[k]] for k in groups if final[k] in old_rank}
        next_rank = minted
        for key in sorted(groups):
            if final[key] not in ranks:
                ranks[final[key]] = next_rank
                next_rank += 1
        fresh.relabel(final, ranks)
        fresh.restore_counts(counts, documents, next_rank)
        changed = {
            final[k]
            for k, members in groups.items()
            if set(members) != set(before.get(final[k], ()))
        }
        fresh.touched = changed
        self.report.regrouped += sum(1 for a, sid in old_of.items() if fresh.story_of(a) != sid)
        with self.store.transaction() as tx:
            for old, into in sorted(absorbed.items()):
                records.drop_story(tx, old, into)
                self.report.merged_stories += 1
            for sid in sorted(changed):
                members = fresh.story(sid).members
                records.set_members(tx, sid, members)
                tx.executemany(
                    "UPDATE memberships SET story_id = ? WHERE article_id IN"
                    " (SELECT article_id FROM duplicates WHERE canonical_id = ?)",
                    [(sid, a) for a in members],
                )
            self.index = fresh
            self._merges_done = 0
            self._touched_at = {
                sid: self._touched_at.get(sid, self._seq) for sid in fresh.members()
            }
            self._write_rows(tx)
            self.store.set_meta("minted", str(fresh.minted))
            self.store.set_meta("regroup", "done")
        self.report.add_time("regroup", started)

    def _story_of(self, article_id: str) -> str:
        found = self.index.story_of(article_id)
        if found is not None:
            return found
        row = self.store.db.execute(
            "SELECT story_id FROM memberships WHERE article_id = ?", (article_id,)
        ).fetchone()
        return records.resolve(self.store.db, str(row[0]))

    def _write_stories(
        self, db: sqlite3.Connection, facts: Sequence[ArticleFacts], duplicate_of: dict[str, str]
    ) -> None:
        merged = list(self.index.merged.items())[self._merges_done :]
        self._merges_done += len(merged)
        for gone, keep in merged:
            live = self.index.resolve(keep)
            records.drop_story(db, gone, live)
            db.execute("UPDATE memberships SET story_id = ? WHERE story_id = ?", (live, gone))
            self.report.merged_stories += 1
        for f in facts:
            article_id = f.article.id
            owner = duplicate_of.get(article_id, article_id)
            records.set_members(db, self._story_of(owner), [article_id])
        self._seq = int(db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0])
        self._write_rows(db)

    def _write_rows(self, db: sqlite3.Connection) -> None:
        """The rows of the stories the index touched since the last write."""
        seq = self._seq
        for sid in sorted(self.index.touched):
            if sid in self.index.merged:
                continue
            state = self.index.story(sid)
            first, last = db.execute(
                "SELECT min(substr(a.published, 1, 10)), max(substr(a.published, 1, 10))"
                " FROM memberships m JOIN articles a ON a.id = m.article_id"
                " WHERE m.story_id = ? AND a.published IS NOT NULL",
                (sid,),
            ).fetchone()
            version = records.story_version(db, sid)  # 0: not stored before
            row = records.StoryRow(
                id=sid,
                title=records.story_title(db, state.members, state.vector_sum),
                first_seen=first,
                last_seen=last,
                version=version + 1,
                touched=seq,
            )
            records.put_story(db, state, row)
            self._touched_at[sid] = seq
            if version == 0:
                self._minted_here.add(sid)
                self.report.new_stories += 1
            elif sid not in self._minted_here:
                self._updated.add(sid)
        self.report.updated_stories = len(self._updated)
        self.index.touched.clear()

    def _forget(self, story_id: str) -> None:
        self.index.evict(story_id)
        self._touched_at.pop(story_id, None)

    def _slide_df(self) -> None:
        """Take articles that left the window out of the document frequencies."""
        floor = max(0, self._seq - self.corpus.active_articles)
        if floor > self._df_floor:
            for terms in records.window_terms(self.store.db, self._df_floor, floor):
                self.index.unobserve_terms(terms)
            self._df_floor = floor

    def _evict(self) -> None:
        """Keep the in-memory indexes to the recent window (flat memory): stories that gained
        no article within the last ``active_articles`` stored, then the least recently changed
        beyond ``active_stories``; canonical articles beyond the last ``dedup_window``."""
        since = self._seq - self.corpus.active_articles
        live = sorted((t, s) for s, t in self._touched_at.items() if s not in self.index.merged)
        excess = len(live) - self.corpus.active_stories
        for n, (touched, sid) in enumerate(live):
            if touched >= since and n >= excess:
                break
            self._forget(sid)
        while len(self.dedup) > self.corpus.dedup_window:
            oldest = self.dedup.oldest()
            if oldest is None:
                break
            self.dedup.evict(oldest)


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    settings: Settings,
    backends: BackendsLoader,
    topic_model: str,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest PATHS into ``store``; see the module docstring.  ``topic_model`` names the
    embedder: a store's topic vectors must all come from one model to be comparable."""
    store.claim_topic_model(topic_model)
    run = Ingest(store, settings=settings, backends=backends)
    run.run(paths, progress)
    return run.report


def ingest_records(
    items: Sequence[RawDocument],
    store: Store,
    *,
    settings: Settings,
    backends: BackendsLoader,
    topic_model: str,
) -> tuple[IngestReport, list[RecordOutcome]]:
    """``ingest`` for records already read (the API): the report and each record's outcome."""
    store.claim_topic_model(topic_model)
    run = Ingest(store, settings=settings, backends=backends)
    outcomes = run.run_records(items)
    return run.report, outcomes
