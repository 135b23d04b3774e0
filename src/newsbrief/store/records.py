"""Rows of the corpus store <-> model objects.  Plain functions over an open connection; the
caller (``run.corpus``) holds the transaction.  Every value is a parameter."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from newsbrief import codec
from newsbrief.index.stories import StoryCandidate, published_day
from newsbrief.index.story_state import StoryState
from newsbrief.models import Article, ArticleAnalysis, ArticleFacts, Skipped, Story, StoryBrief
from newsbrief.vectors import unpack_one


def record_hash(article: Article) -> str:
    """What identifies a record in the store: its id (the input's own, or a hash of its text)
    and its text.  The same record read again (a re-run, an overlapping feed dump) is found;
    the same text under another id is stored too, as a near-duplicate of the first."""
    key = f"{article.id}\x00{article.text}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def known_hashes(db: sqlite3.Connection, hashes: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(hashes), 500):  # under SQLite's parameter limit
        chunk = hashes[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0]
            for r in db.execute(
                # Only "?" marks go into the text; the values are parameters.
                f"SELECT record_hash FROM articles WHERE record_hash IN ({marks})",
                chunk,
            )
        )
    return found


def id_taken(db: sqlite3.Connection, article_id: str) -> bool:
    return db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None


def put_article(db: sqlite3.Connection, facts: ArticleFacts, digest: str) -> None:
    a = facts.article
    db.execute(
        "INSERT INTO articles (id, record_hash, source, url, outlet, title, published, article)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (a.id, digest, a.source, a.url, a.outlet, a.title, a.published, codec.dumps(a)),
    )
    db.execute(
        "INSERT INTO facts (article_id, terms, term_counts, signature, topic, sentence_vectors,"
        " dimension, analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.id,
            json.dumps(list(facts.terms), ensure_ascii=False),
            json.dumps([list(tc) for tc in facts.term_counts], ensure_ascii=False),
            facts.signature,
            facts.topic,
            facts.sentence_vectors,
            facts.dimension,
            None if facts.analysis is None else codec.dumps(facts.analysis),
        ),
    )


def put_costly(db: sqlite3.Connection, facts: ArticleFacts) -> None:
    """Store the costly tier computed for a brief, so it is computed once."""
    db.execute(
        "UPDATE facts SET sentence_vectors = ?, dimension = ?, analysis = ? WHERE article_id = ?",
        (
            facts.sentence_vectors,
            facts.dimension,
            None if facts.analysis is None else codec.dumps(facts.analysis),
            facts.article.id,
        ),
    )


_FACTS = (
    "SELECT a.article, f.terms, f.term_counts, f.signature, f.topic, f.sentence_vectors,"
    " f.dimension, f.analysis FROM facts f JOIN articles a ON a.id = f.article_id"
)


def _facts(row: sqlite3.Row | tuple[object, ...]) -> ArticleFacts:
    article, terms, counts, signature, topic, vectors, dimension, analysis = row
    return ArticleFacts(
        article=codec.loads(Article, str(article)),
        signature=bytes(signature),  # type: ignore[arg-type]
        topic=bytes(topic),  # type: ignore[arg-type]
        terms=tuple(json.loads(str(terms))),
        term_counts=tuple((str(t), int(n)) for t, n in json.loads(str(counts))),
        sentence_vectors=None if vectors is None else bytes(vectors),  # type: ignore[arg-type]
        dimension=int(dimension),  # type: ignore[arg-type]
        analysis=None if analysis is None else codec.loads(ArticleAnalysis, str(analysis)),
    )


def get_facts(db: sqlite3.Connection, article_ids: Iterable[str]) -> list[ArticleFacts]:
    out = []
    for article_id in article_ids:
        row = db.execute(_FACTS + " WHERE f.article_id = ?", (article_id,)).fetchone()
        if row is not None:
            out.append(_facts(row))
    return out


def get_candidates(db: sqlite3.Connection, article_ids: Iterable[str]) -> list[StoryCandidate]:
    """What grouping needs of stored articles (``pipeline.candidate`` of their facts), read
    without decoding their texts: a regroup of a 20,000-article window stays light."""
    out = []
    for article_id in article_ids:
        row = db.execute(
            "SELECT f.terms, f.term_counts, f.topic, a.published,"
            " json_extract(a.article, '$.language'), json_extract(a.article, '$.story_hint')"
            " FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            continue
        terms, counts, topic, published, language, hint = row
        out.append(
            StoryCandidate(
                article_id=article_id,
                topic=unpack_one(bytes(topic)),
                terms=frozenset(json.loads(terms)),
                counts=tuple((str(t), int(n)) for t, n in json.loads(counts)),
                published=published_day(published),
                language=str(language or "en"),
                story_hint=hint,
            )
        )
    return out


def canonical_order(db: sqlite3.Connection, article_ids: Iterable[str]) -> list[str]:
    """Stored articles in ``index.stories.canonical_key`` order (dated first, by date, then
    id), read from their dates alone."""
    keyed = []
    for article_id in article_ids:
        row = db.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()
        day = published_day(row[0]) if row else None
        keyed.append((day is None, day.isoformat() if day else "", article_id))
    return [article_id for _, _, article_id in sorted(keyed)]


def recent_signatures(
    db: sqlite3.Connection, limit: int
) -> Iterator[tuple[str, bytes, str | None]]:
    """(id, signature, published) of the last ``limit`` canonical articles, oldest first."""
    rows = db.execute(
        "SELECT a.id, f.signature, a.published FROM articles a JOIN facts f ON f.article_id = a.id"
        " WHERE a.id NOT IN (SELECT article_id FROM duplicates) ORDER BY a.seq DESC LIMIT ?",
        (limit,),
    ).fetchall()
    for article_id, sig, published in reversed(rows):
        yield str(article_id), bytes(sig), published


def put_skipped(db: sqlite3.Connection, items: Iterable[Skipped]) -> None:
    db.executemany(
        "INSERT OR IGNORE INTO skipped (source, reason, detail, offset) VALUES (?, ?, ?, ?)",
        [(s.source, str(s.reason), s.detail, s.offset) for s in items],
    )


def window_terms(db: sqlite3.Connection, after: int, upto: int) -> Iterator[list[str]]:
    """The counted terms (``index.stories.counted_terms``) of each canonical article stored
    with ``after < seq <= upto``."""
    rows = db.execute(
        "SELECT f.term_counts, f.terms FROM articles a JOIN facts f ON f.article_id = a.id"
        " WHERE a.seq > ? AND a.seq <= ? AND a.id NOT IN (SELECT article_id FROM duplicates)"
        " ORDER BY a.seq",
        (after, upto),
    )
    for counts, terms in rows:
        listed = json.loads(counts)
        yield [str(t) for t, _ in listed] if listed else sorted(json.loads(terms))


# --- stories ---------------------------------------------------------------------------------


def state_json(story: StoryState) -> str:
    """A story's index state, without its topic sum (a blob of its own)."""
    return json.dumps(
        {
            "rank": story.rank,
            "language": story.language,
            "labelled": story.labelled,
            "members": story.members,
            "text": story.text_sum,
            "terms": dict(sorted(story.terms.items())),
            "dates": [d.isoformat() for d in story.dates],
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def state_from(story_id: str, state: str, vector_sum: bytes) -> StoryState:
    data = json.loads(state)
    return StoryState(
        id=story_id,
        rank=int(data["rank"]),
        language=str(data["language"]),
        labelled=bool(data["labelled"]),
        vector_sum=np.frombuffer(vector_sum, dtype="<f4").astype(np.float32),
        text_sum={str(t): float(w) for t, w in data["text"].items()},
        members=[str(m) for m in data["members"]],
        terms=Counter({str(t): int(n) for t, n in data["terms"].items()}),
        dates=[date.fromisoformat(d) for d in data["dates"]],
    )


@dataclass(frozen=True)
class StoryRow:
    """What the store says of a story besides its index state."""

    id: str
    title: str | None
    first_seen: str | None
    last_seen: str | None
    version: int
    touched: int


def put_story(db: sqlite3.Connection, story: StoryState, row: StoryRow) -> None:
    db.execute(
        "INSERT INTO stories (id, rank, title, first_seen, last_seen, version, touched, state,"
        " vector_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " title = excluded.title, first_seen = excluded.first_seen,"
        " last_seen = excluded.last_seen, version = excluded.version,"
        " touched = excluded.touched, state = excluded.state, vector_sum = excluded.vector_sum",
        (
            story.id,
            story.rank,
            row.title,
            row.first_seen,
            row.last_seen,
            row.version,
            row.touched,
            state_json(story),
            np.asarray(story.vector_sum, dtype="<f4").tobytes(),
        ),
    )


def story_version(db: sqlite3.Connection, story_id: str) -> int:
    row = db.execute("SELECT version FROM stories WHERE id = ?", (story_id,)).fetchone()
    return int(row[0]) if row else 0


def recent_states(
    db: sqlite3.Connection, limit: int, since: int
) -> Iterator[tuple[StoryState, int]]:
    """The index states of the ``limit`` most recently changed stories that changed after
    article ``since`` (a seq), with when they changed."""
    for sid, state, blob, touched in db.execute(
        "SELECT id, state, vector_sum, touched FROM stories WHERE touched >= ?"
        " ORDER BY touched DESC, id LIMIT ?",
        (since, limit),
    ):
        yield state_from(str(sid), str(state), bytes(blob)), int(touched)


def drop_story(db: sqlite3.Connection, story_id: str, into: str) -> None:
    """A story merged into another: its row goes, the merge is recorded."""
    db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
    db.execute("DELETE FROM briefs WHERE story_id = ?", (story_id,))
    db.execute(
        "INSERT INTO merges (old_id, new_id) VALUES (?, ?)"
        " ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id",
        (story_id, into),
    )
    db.execute("UPDATE merges SET new_id = ? WHERE new_id = ?", (into, story_id))


def set_members(db: sqlite3.Connection, story_id: str, article_ids: Iterable[str]) -> None:
    db.executemany(
        "INSERT INTO memberships (article_id, story_id) VALUES (?, ?)"
        " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id",
        [(a, story_id) for a in article_ids],
    )


def id_known(db: sqlite3.Connection, story_id: str) -> bool:
    """Whether a story id is or was in use (live, or merged away)."""
    return (
        db.execute(
            "SELECT 1 FROM stories WHERE id = ? UNION ALL SELECT 1 FROM merges WHERE old_id = ?",
            (story_id, story_id),
        ).fetchone()
        is not None
    )


def resolve(db: sqlite3.Connection, story_id: str) -> str:
    row = db.execute("SELECT new_id FROM merges WHERE old_id = ?", (story_id,)).fetchone()
    return str(row[0]) if row else story_id


def load_story(db: sqlite3.Connection, story_id: str) -> Story | None:
    """A stored story as the brief stage takes it (members sorted, duplicates linked)."""
    row = db.execute(
        "SELECT title, first_seen, last_seen FROM stories WHERE id = ?", (story_id,)
    ).fetchone()
    if row is None:
        return None
    members = db.execute(
        "SELECT m.article_id, d.canonical_id FROM memberships m"
        " LEFT JOIN duplicates d ON d.article_id = m.article_id"
        " WHERE m.story_id = ? ORDER BY m.article_id",
        (story_id,),
    ).fetchall()
    return Story(
        id=story_id,
        article_ids=tuple(str(a) for a, _ in members),
        title=row[0],
        duplicates=tuple((str(a), str(c)) for a, c in members if c is not None),
        first_seen=row[1],
        last_seen=row[2],
    )


def cached_brief(
    db: sqlite3.Connection, story_id: str, version: int, settings_key: str
) -> StoryBrief | None:
    row = db.execute(
        "SELECT brief FROM briefs WHERE story_id = ? AND version = ? AND settings = ?",
        (story_id, version, settings_key),
    ).fetchone()
    return None if row is None else codec.loads(StoryBrief, str(row[0]))


def put_brief(db: sqlite3.Connection, brief: StoryBrief, version: int, settings_key: str) -> None:
    db.execute(
        "INSERT INTO briefs (story_id, version, settings, brief) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (story_id) DO UPDATE SET version = excluded.version,"
        " settings = excluded.settings, brief = excluded.brief",
        (brief.story.id, version, settings_key, codec.dumps(brief)),
    )


def story_title(db: sqlite3.Connection, members: Sequence[str], centre: np.ndarray) -> str | None:
    """The title of the member nearest the story's centre (as brief mode picks it)."""
    rows = []
    for start in range(0, len(members), 500):
        chunk = list(members[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows.extend(
            db.execute(
                "SELECT a.id, a.title, f.topic FROM articles a JOIN facts f"
                f" ON f.article_id = a.id WHERE a.id IN ({marks})",
                chunk,
            ).fetchall()
        )
    ranked = sorted(rows, key=lambda r: (-float(unpack_one(bytes(r[2])) @ centre), r[0]))
    return next((str(r[1]) for r in ranked if r[1]), None)
