"""Corpus mode: ingest into the store, stories kept current, resumable, idempotent."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.codec import dumps
from newsbrief.models import Brief
from newsbrief.run.corpus import ingest
from newsbrief.run.local import build_brief
from newsbrief.run.report import IngestReport
from newsbrief.run.stored import story_brief
from newsbrief.settings import CorpusSettings, Settings
from newsbrief.store import records
from newsbrief.store.listing import list_stories
from newsbrief.store.sqlite import Store, StoreError

SETTINGS = Settings(analyse=False)
TOPIC = "hashing:test"

# Invented events: each a place, actors and a vocabulary of its own.
EVENTS = {
    "flood": (
        "Riverton",
        "Mayor Alma Quist",
        "floodwater levee sandbags evacuation river crest pumps shelters",
    ),
    "strike": (
        "Dunmore",
        "union leader Petra Vell",
        "strike dockworkers wages pickets cranes negotiators contract port",
    ),
    "quake": (
        "Kessaly",
        "seismologist Oren Tamm",
        "earthquake magnitude aftershocks tremor rubble rescuers epicentre faults",
    ),
    "vote": (
        "Lorvik",
        "councillor Ines Barrow",
        "referendum ballots turnout council polling stations recount voters",
    ),
}


def article_text(event: str, n: int) -> str:
    place, person, words = EVENTS[event]
    w = words.split()
    return (
        f"{place} officials said on day {n} that the {w[0]} had reached the town centre. "
        f"{person} told reporters in {place} that {w[1]} and {w[2]} were the priority. "
        f"Crews brought {w[3]} and {w[4]} as the {w[0]} continued for a {n + 1}th day. "
        f"Residents of {place} described the {w[5]} and the {w[6]} near the old market. "
        f"{person} said the {w[7]} would be reviewed once the {w[0]} was over in {place}."
    )


def records_for(events: list[str], per_event: int, day0: int = 1) -> list[dict[str, str]]:
    out = []
    for e in events:
        for n in range(per_event):
            out.append(
                {
                    "id": f"{e}-{n}",
                    "title": f"{e.title()} update {n}",
                    "published": f"2025-05-{day0 + n:02d}",
                    "url": f"https://outlet{n % 3}.example/{e}/{n}",
                    "text": article_text(e, n),
                }
            )
    return out


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def run(paths: list[Path], db: Path, settings: Settings = SETTINGS) -> IngestReport:
    with Store(db) as store:
        return ingest(
            [str(p) for p in paths],
            store,
            settings=settings,
            backends=lambda: Backends(HashingEmbedder()),
            topic_model=TOPIC,
        )


def listing(db: Path) -> str:
    with Store(db, create=False) as store:
        return json.dumps(list_stories(store.db), indent=2)


def partition(db: Path) -> set[frozenset[str]]:
    with Store(db, create=False) as store:
        stories = list_stories(store.db)
    return {frozenset(a["id"] for a in s["articles"]) for s in stories}  # type: ignore[attr-defined]


def test_ingest_groups_stores_and_reports(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", records_for(["flood", "strike", "quake"], 3))
    report = run([src], tmp_path / "s.db")
    assert (report.read, report.stored, report.new_stories) == (9, 9, 3)
    assert partition(tmp_path / "s.db") == {
        frozenset(f"{e}-{n}" for n in range(3)) for e in ("flood", "strike", "quake")
    }
    stories = json.loads(listing(tmp_path / "s.db"))
    first = stories[0]
    assert set(first) == {
        "id",
        "title",
        "article_count",
        "outlet_count",
        "first_seen",
        "last_seen",
        "articles",
        # nothing else: the JSON is the CLI's and the API's contract
    }
    assert first["article_count"] == 3 and first["outlet_count"] == 3
    assert set(first["articles"][0]) == {"id", "source", "title", "published", "duplicate_of"}


def test_reingest_changes_nothing(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", records_for(["flood", "strike"], 3))
    db = tmp_path / "s.db"
    run([src], db)
    before = listing(db)
    again = run([src], db)
    assert (again.stored, again.files_unchanged, again.read) == (0, 1, 0)
    assert listing(db) == before
    # The same records in a new file: read, recognised by content, nothing stored.
    copy = write_jsonl(tmp_path / "b.jsonl", records_for(["flood", "strike"], 3))
    third = run([copy], db)
    assert (third.read, third.stored, third.already_stored) == (6, 0, 6)
    assert listing(db) == before


def test_story_id_stays_as_the_story_grows(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    rows = records_for(["flood", "strike"], 4)
    run([write_jsonl(tmp_path / "1.jsonl", [r for r in rows if r["id"].endswith(("0", "1"))])], db)
    with Store(db) as store:
        ids = {str(r[0]): int(r[1]) for r in store.db.execute("SELECT id, version FROM stories")}
    report = run([write_jsonl(tmp_path / "2.jsonl", [r for r in rows if r["id"][-1] in "23"])], db)
    assert (report.new_stories, report.updated_stories) == (0, 2)
    with Store(db) as store:
        after = {str(r[0]): int(r[1]) for r in store.db.execute("SELECT id, version FROM stories")}
    assert set(after) == set(ids)
    assert all(after[s] == ids[s] + 1 for s in ids)
    assert len(partition(db)) == 2


def test_two_halves_give_the_same_stories_as_one_ingest(tmp_path: Path) -> None:
    rows = records_for(["flood", "strike", "quake", "vote"], 4)
    files = [write_jsonl(tmp_path / f"{i:02d}.jsonl", [r]) for i, r in enumerate(rows)]
    run(files, tmp_path / "one.db")
    run(files[:8], tmp_path / "halves.db")
    with Store(tmp_path / "halves.db") as store:
        first_ids = {str(r[0]) for r in store.db.execute("SELECT id FROM stories")}
    run(files[8:], tmp_path / "halves.db")
    assert partition(tmp_path / "one.db") == partition(tmp_path / "halves.db")
    with Store(tmp_path / "halves.db") as store:
        live = {str(r[0]) for r in store.db.execute("SELECT id FROM stories")}
        assert {records.resolve(store.db, s) for s in first_ids} <= live


def test_near_duplicate_links_to_its_canonical_and_is_not_summarised_twice(
    tmp_path: Path,
) -> None:
    rows = records_for(["flood"], 3)
    copy = dict(rows[0], id="flood-copy", published="2025-05-09")
    copy["text"] = rows[0]["text"] + " Reporting by a wire service."
    db = tmp_path / "s.db"
    report = run([write_jsonl(tmp_path / "a.jsonl", [*rows, copy])], db)
    assert report.duplicates == 1
    (story,) = json.loads(listing(db))
    links = {a["id"]: a["duplicate_of"] for a in story["articles"]}
    assert links["flood-copy"] == "flood-0"
    with Store(db) as store:
        brief = story_brief(
            store,
            story["id"],
            settings=SETTINGS,
            backends=lambda: Backends(HashingEmbedder()),
        )
    assert brief is not None
    cited = {c.article for s in brief.summary for c in s.citations}
    assert "flood-copy" not in cited


def test_stored_brief_equals_brief_mode_and_is_cached(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", records_for(["quake"], 3))
    db = tmp_path / "s.db"
    run([src], db)
    (story,) = json.loads(listing(db))
    calls: list[int] = []

    def load() -> Backends:
        calls.append(1)
        return Backends(HashingEmbedder())

    with Store(db) as store:
        stored = story_brief(store, story["id"], settings=SETTINGS, backends=load)
        again = story_brief(store, story["id"], settings=SETTINGS, backends=load)
    direct = build_brief([str(src)], settings=SETTINGS, backends=Backends(HashingEmbedder()))
    assert stored is not None and again is not None
    assert dumps(Brief(stories=(stored,))) == dumps(Brief(stories=direct.stories))
    assert dumps(again) == dumps(stored)
    assert len(calls) == 1  # the costly tier was computed once, then stored


def test_hostile_fields_are_stored_verbatim(tmp_path: Path) -> None:
    rows = records_for(["vote"], 2)
    rows[0]["title"] = 'Robert\'); DROP TABLE articles;-- "quoted" % _ \\'
    rows[0]["id"] = "x'; DELETE FROM stories; --"
    rows[1]["url"] = "javascript:alert(1)"
    rows[1]["published"] = "1700000000"
    db = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "a.jsonl", rows)], db)
    (story,) = json.loads(listing(db))
    by_id = {a["id"]: a for a in story["articles"]}
    assert by_id["x'; DELETE FROM stories; --"]["title"].startswith("Robert'); DROP TABLE")
    with Store(db) as store:
        url = store.db.execute("SELECT url FROM articles WHERE id = 'vote-1'").fetchone()[0]
        assert url is None
        assert list_stories(store.db, query="Robert%DROP") == []  # % is text, not a wildcard
        assert len(list_stories(store.db, query='"quoted" % _ \\')) == 1
        assert len(list_stories(store.db, query="drop table")) == 1


def test_a_second_writer_gets_a_clear_busy_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "a.jsonl", records_for(["flood"], 2))], db)
    monkeypatch.setattr("newsbrief.store.sqlite.BUSY_SECONDS", 0.2)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="busy"):
            run([write_jsonl(tmp_path / "b.jsonl", records_for(["strike"], 2))], db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_corrupt_or_foreign_database_is_refused_untouched(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all\x00" * 100)
    before = junk.read_bytes()
    with pytest.raises(StoreError, match="not a newsbrief database"):
        Store(junk)
    assert junk.read_bytes() == before
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE invoices (n INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a newsbrief store"):
        Store(other)


def test_missing_database_for_reading_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="newsbrief ingest"):
        Store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_read_only_database_gives_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "a.jsonl", records_for(["flood"], 2))], db)
    with Store(db) as store:
        store.db.execute("PRAGMA query_only = 1")  # what a read-only file or mount does
        with pytest.raises(StoreError, match="read-only"), store.transaction():
            store.set_meta("x", "y")


def test_another_embedder_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    src = write_jsonl(tmp_path / "a.jsonl", records_for(["flood"], 2))
    run([src], db)
    with Store(db) as store, pytest.raises(StoreError, match="same --embedder"):
        ingest(
            [str(src)],
            store,
            settings=SETTINGS,
            backends=lambda: Backends(HashingEmbedder()),
            topic_model="model:other",
        )


# --- crashes: a killed run resumes; a full disk rolls back --------------------------------

CRASHING_INGEST = """
import os, signal, sys
from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.run.corpus import ingest
from newsbrief.settings import CorpusSettings, Settings
from newsbrief.store.sqlite import Store

class Dying(HashingEmbedder):
    calls = 0
    def embed(self, texts):
        Dying.calls += 1
        if Dying.calls == int(sys.argv[3]):
            os.kill(os.getpid(), signal.SIGKILL)  # a crash mid-batch, after earlier commits
        return super().embed(texts)

settings = Settings(analyse=False, corpus=CorpusSettings(batch_size=3))
with Store(__import__("pathlib").Path(sys.argv[2])) as store:
    ingest([sys.argv[1]], store, settings=settings, backends=lambda: Backends(Dying()),
           topic_model="hashing:test")
"""


def test_kill_mid_ingest_then_rerun_ends_with_everything_once(tmp_path: Path) -> None:
    rows = records_for(["flood", "strike", "quake", "vote"], 3)
    src = write_jsonl(tmp_path / "a.jsonl", rows)
    db = tmp_path / "s.db"
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_INGEST, str(src), str(db), "8"], check=False
    )
    assert done.returncode == -signal.SIGKILL
    with Store(db) as store:
        stored = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < len(rows)  # some batches committed, the rest not
    settings = replace(SETTINGS, corpus=CorpusSettings(batch_size=3))
    report = run([src], db, settings)
    assert report.already_stored == stored
    with Store(db) as store:
        ids = [r[0] for r in store.db.execute("SELECT id FROM articles")]
        members = store.db.execute("SELECT count(*) FROM memberships").fetchone()[0]
    assert sorted(ids) == sorted(r["id"] for r in rows)
    assert members == len(rows)
    run([src], tmp_path / "clean.db", settings)
    assert partition(db) == partition(tmp_path / "clean.db")


FULL_DISK_INGEST = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not kills
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), int(sys.argv[3])))
from newsbrief.cli import app
sys.argv = ["newsbrief", "ingest", sys.argv[1], "--db", sys.argv[2], "--embedder", "hashing"]
app()
"""


def test_full_disk_rolls_back_the_batch_with_a_clear_message(tmp_path: Path) -> None:
    rows = records_for(["flood", "strike", "quake", "vote"], 3)
    for row in rows:
        row["text"] = (row["text"] + " ") * 40  # big rows fill the limit quickly
    src = write_jsonl(tmp_path / "a.jsonl", rows)
    db = tmp_path / "s.db"
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK_INGEST, str(src), str(db), str(200_000)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 2, done.stderr
    assert "no space left" in done.stderr
    assert "Traceback" not in done.stderr
    with Store(db) as store:  # still a good store; what it holds is whole
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        members = store.db.execute("SELECT count(*) FROM memberships").fetchone()[0]
    assert stored == members


def test_cut_warc_is_partial_and_retried_until_whole(tmp_path: Path) -> None:
    from warc_builder import gzip_members, standard_records

    whole = gzip_members(standard_records())
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(whole[: len(whole) - 3])  # the last member cut
    db = tmp_path / "s.db"
    first = run([path], db)
    assert first.partial and first.partial[0][1] is not None
    assert first.stored >= 1
    again = run([path], db)  # a partial file is read again, not taken as done
    assert again.files_unchanged == 0 and again.partial
    assert again.stored == 0 and again.already_stored == first.stored
    path.write_bytes(whole)  # the whole file arrives: the rest is read, nothing twice
    last = run([path], db)
    assert not last.partial and last.already_stored == first.stored
    assert run([path], db).files_unchanged == 1


def test_dates_missing_future_and_epoch_are_stored_sanely(tmp_path: Path) -> None:
    rows = records_for(["strike"], 5)
    rows[0]["published"] = "1700000000"  # epoch seconds
    rows[1]["published"] = "1700000000123"  # epoch milliseconds
    rows[2]["published"] = "2999-01-01"  # in the future: a wrong date
    del rows[3]["published"]  # missing
    rows[4]["published"] = "0001-01-01"
    db = tmp_path / "s.db"
    report = run([write_jsonl(tmp_path / "a.jsonl", rows)], db)
    assert report.stored == 5
    with Store(db) as store:
        dates = dict(store.db.execute("SELECT id, published FROM articles").fetchall())
    assert dates["strike-0"] == "2023-11-14" and dates["strike-1"] == "2023-11-14"
    assert dates["strike-2"] is None and dates["strike-3"] is None
    assert dates["strike-4"] == "0001-01-01"
    seen = [d for s in json.loads(listing(db)) for d in (s["first_seen"], s["last_seen"])]
    assert min(seen) == "0001-01-01" and max(seen) == "2023-11-14"


def test_a_merge_is_recorded_and_old_ids_resolve(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    run([write_jsonl(tmp_path / "a.jsonl", records_for(["flood"], 1))], db)
    with Store(db) as store, store.transaction() as tx:
        records.drop_story(tx, "s-old", "s-mid")
        records.drop_story(tx, "s-mid", "s-new")
    with Store(db) as store:
        assert records.resolve(store.db, "s-old") == "s-new"
        assert records.resolve(store.db, "s-mid") == "s-new"
        assert records.resolve(store.db, "s-new") == "s-new"


def test_stories_do_not_depend_on_order_or_batches(tmp_path: Path) -> None:
    rows = records_for(["flood", "strike", "quake", "vote"], 3)
    files = [write_jsonl(tmp_path / f"{i:02d}.jsonl", [r]) for i, r in enumerate(rows)]
    small = replace(SETTINGS, corpus=CorpusSettings(batch_size=2))
    run(files, tmp_path / "sorted.db", small)
    run(files[::-1], tmp_path / "reversed.db", small)
    run(files[5:] + files[:5], tmp_path / "rotated.db", SETTINGS)
    assert partition(tmp_path / "sorted.db") == partition(tmp_path / "reversed.db")
    assert partition(tmp_path / "sorted.db") == partition(tmp_path / "rotated.db")


def test_keep_ids_carries_stored_ids_over_a_regroup() -> None:
    from newsbrief.index.regroup import keep_ids

    old_of = {"a": "S1", "b": "S1", "c": "S2", "d": "S3", "e": "S3"}
    rank = {"S1": 0, "S2": 1, "S3": 2}
    groups = {"g1": ["a", "b", "c"], "g2": ["d"], "g3": ["e", "f"], "g4": ["g"]}
    final, absorbed = keep_ids(groups, old_of, rank, lambda key: f"new-{key}")
    # g1 holds most of S1; S2 lost its one article to it; S3 split: the earlier-minted tie
    # rule gives it to g2 (overlap 1 each, g2 sorts first), and g3 gets a new id.
    assert final == {"g1": "S1", "g2": "S3", "g3": "new-g3", "g4": "new-g4"}
    assert absorbed == {"S2": "S1"}


def test_duc_killed_mid_ingest_then_rerun_holds_every_document_once(tmp_path: Path) -> None:
    from conftest import EVAL

    docs = EVAL / "duc2003" / "docs"
    if not docs.is_dir():
        pytest.skip("../shared/eval/duc2003 is not present")
    db = tmp_path / "duc.db"
    crash = CRASHING_INGEST.replace("batch_size=3", "batch_size=100")
    done = subprocess.run([sys.executable, "-c", crash, str(docs), str(db), "250"], check=False)
    assert done.returncode == -signal.SIGKILL
    with Store(db) as store:
        before = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < before < 600
    settings = replace(SETTINGS, corpus=CorpusSettings(batch_size=100))
    report = run([docs], db, settings)
    docnos = {
        line.split("<DOCNO>")[1].split("</DOCNO>")[0].strip()
        for path in docs.rglob("*")
        if path.is_file()
        for line in path.read_text(encoding="latin-1").splitlines()
        if "<DOCNO>" in line
    }
    with Store(db) as store:
        ids = [r[0] for r in store.db.execute("SELECT id FROM articles")]
        members = store.db.execute("SELECT count(*) FROM memberships").fetchone()[0]
        skipped = store.db.execute("SELECT source, reason FROM skipped").fetchall()
    # Every document once, none lost, none doubled: an article, or a skip with its reason
    # (the four weather-map texts are no articles).
    assert {reason for _, reason in skipped} <= {"not-an-article"}
    assert sorted(ids + [Path(source).name for source, _ in skipped]) == sorted(docnos)
    assert members == len(ids)
    # Files read whole before the kill were not opened again; nothing was stored twice.
    assert report.files_unchanged > 0 and before + report.stored == len(ids)
    run([docs], tmp_path / "clean.db", settings)
    assert partition(db) == partition(tmp_path / "clean.db")
