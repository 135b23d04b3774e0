-- The corpus store: articles keyed by a hash of their id and content, their facts, duplicates, stories and
-- memberships, briefs, skipped records and per-source progress.
-- Applied once, in one transaction, by newsbrief.store.sqlite.

CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,             -- ingest order
    id TEXT NOT NULL UNIQUE,             -- the article id users see (a record id or a hash)
    record_hash TEXT NOT NULL UNIQUE,    -- sha256 of the record's id and cleaned text:
                                         -- re-ingest (or an overlapping feed dump) finds it
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    article TEXT NOT NULL                -- codec JSON of models.Article
);

CREATE TABLE facts (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    terms TEXT NOT NULL,                 -- JSON: salient terms
    term_counts TEXT NOT NULL,           -- JSON: [[term, count], ...]
    signature BLOB NOT NULL,             -- MinHash, uint64 little-endian
    topic BLOB NOT NULL,                 -- float32 unit vector
    sentence_vectors BLOB,               -- costly tier: NULL until a brief needs it
    dimension INTEGER NOT NULL DEFAULT 0,
    analysis TEXT                        -- costly tier: codec JSON of ArticleAnalysis
);

CREATE TABLE duplicates (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    canonical_id TEXT NOT NULL REFERENCES articles (id)
);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    rank INTEGER NOT NULL,               -- order of minting
    title TEXT,
    first_seen TEXT,
    last_seen TEXT,
    version INTEGER NOT NULL,            -- bumped whenever its members change
    touched INTEGER NOT NULL,            -- article seq of its last change: the recent window
    state TEXT NOT NULL,                 -- JSON of index.story_state.StoryState (no vectors)
    vector_sum BLOB NOT NULL
);
CREATE INDEX stories_touched ON stories (touched);

CREATE TABLE memberships (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    story_id TEXT NOT NULL
);
CREATE INDEX memberships_story ON memberships (story_id);

CREATE TABLE merges (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL
);

CREATE TABLE briefs (
    story_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,            -- the story version it was built from
    settings TEXT NOT NULL,              -- hash of the settings it was built with
    brief TEXT NOT NULL                  -- codec JSON of models.StoryBrief
);

CREATE TABLE skipped (
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    offset INTEGER,
    PRIMARY KEY (source, reason, detail)
);

CREATE TABLE sources (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    complete INTEGER NOT NULL,           -- 1: every record read and committed
    partial_offset INTEGER               -- a cut container: where reading stopped
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
