"""``newsbrief serve``: every API endpoint and every error, through FastAPI's test client."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_helpers import HOSTILE, backends, client, make_store
from test_corpus import SETTINGS

from newsbrief.codec import validate
from newsbrief.models import Brief
from newsbrief.render import to_json
from newsbrief.run.stored import story_brief
from newsbrief.store.sqlite import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("serve"))


@pytest.fixture()
def api(db: Path) -> TestClient:
    return client(db)


def error_of(response: object) -> dict[str, object]:
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}, body
    err = body["error"]
    assert set(err) == {"status", "code", "message", "details"}
    assert err["status"] == response.status_code  # type: ignore[attr-defined]
    return err  # type: ignore[no-any-return]


def test_healthz_and_headers(api: TestClient) -> None:
    r = api.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "stories": 3, "articles": 9}
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_story_list_pages_filters_and_search(api: TestClient) -> None:
    r = api.get("/api/stories")
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 3 and page["page"] == 1 and len(page["stories"]) == 3
    last = [s["last_seen"] for s in page["stories"]]
    assert last == sorted(last, reverse=True)  # newest first
    first = page["stories"][0]
    assert first["article_count"] == 3 and first["outlet_count"] == 3
    one = api.get("/api/stories", params={"per_page": 1, "page": 2}).json()
    assert one["total"] == 3 and [s["id"] for s in one["stories"]] == [page["stories"][1]["id"]]
    assert api.get("/api/stories", params={"page": 9}).json()["stories"] == []
    found = api.get("/api/stories", params={"q": "strike"}).json()
    assert found["total"] == 1 and "Strike" in found["stories"][0]["title"]
    assert api.get("/api/stories", params={"q": "%"}).json()["total"] == 0  # LIKE is escaped
    assert api.get("/api/stories", params={"since": "2025-06-01"}).json()["total"] == 0
    assert api.get("/api/stories", params={"until": "2025-04-30"}).json()["total"] == 0
    both = {"since": "2025-05-01", "until": "2025-05-31"}
    assert api.get("/api/stories", params=both).json()["total"] == 3


@pytest.mark.parametrize(
    "params",
    [
        {"since": "yesterday"},
        {"until": "2025-02-30"},
        {"page": 0},
        {"page": "x"},
        {"per_page": 101},
        {"q": "x" * 201},
    ],
)
def test_story_list_rejects_bad_queries(api: TestClient, params: dict[str, str | int]) -> None:
    r = api.get("/api/stories", params=params)
    assert r.status_code == 422
    err = error_of(r)
    assert err["code"] == "invalid_input" and err["details"]


def test_story_brief_json_and_markdown(api: TestClient, db: Path) -> None:
    sid = api.get("/api/stories").json()["stories"][0]["id"]
    r = api.get(f"/api/stories/{sid}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    validate(r.json())
    with Store(db, create=False) as store:
        found = story_brief(store, sid, settings=SETTINGS, backends=backends)
    assert found is not None
    assert r.text == to_json(Brief(stories=(found,)))  # the same JSON as brief mode
    assert api.get(f"/api/stories/{sid}").text == r.text  # served again from the cache
    md = api.get(f"/api/stories/{sid}.md")
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# ")


def test_unknown_and_merged_story_ids(api: TestClient, db: Path) -> None:
    for path in ("/api/stories/s000000000000", "/api/stories/nope.md", "/stories/nope"):
        r = api.get(path)
        assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    assert api.get("/api/stories/" + "x" * 129).status_code == 422
    assert api.get("/no/such/page").status_code == 404
    r = api.delete("/api/stories")
    assert r.status_code == 405 and error_of(r)["code"] == "method_not_allowed"
    sid = api.get("/api/stories").json()["stories"][0]["id"]
    with sqlite3.connect(db) as con:
        con.execute("INSERT OR REPLACE INTO merges (old_id, new_id) VALUES ('sold', ?)", (sid,))
    r = api.get("/api/stories/sold", follow_redirects=False)
    assert r.status_code == 308 and r.headers["location"] == f"/api/stories/{sid}"
    r = api.get("/api/stories/sold.md", follow_redirects=False)
    assert r.status_code == 308 and r.headers["location"] == f"/api/stories/{sid}.md"
    assert api.get("/api/stories/sold").json()["stories"][0]["story"]["id"] == sid
    r = api.get("/stories/sold", follow_redirects=False)
    assert r.status_code == 308 and r.headers["location"] == f"/stories/{sid}"


def test_post_articles_ingests_and_reports_each(tmp_path: Path) -> None:
    db = make_store(tmp_path)
    api = client(db)
    fresh = {
        "id": "vote-0",
        "title": "Referendum recount in Lorvik",
        "url": "https://outlet9.example/vote/0",
        "published": "2025-05-20",
        "text": (
            "Lorvik officials said on day 1 that the referendum had reached the town centre. "
            "Councillor Ines Barrow told reporters in Lorvik that ballots and turnout were the "
            "priority. Crews brought council and polling as the referendum continued for a "
            "second day. Residents of Lorvik described the stations and the recount near the "
            "old market. Councillor Ines Barrow said the voters would be reviewed once the "
            "referendum was over in Lorvik."
        ),
    }
    r = api.post("/api/articles", json=fresh)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["stored"] == 1 and out["new_stories"] == 1
    [result] = out["results"]
    assert result["status"] == "stored" and result["id"] == "vote-0" and result["story_id"]
    # Shown without a restart, in the list and as a brief.
    listed = api.get("/api/stories", params={"q": "Referendum"}).json()
    assert [s["id"] for s in listed["stories"]] == [result["story_id"]]
    assert api.get(f"/api/stories/{result['story_id']}").status_code == 200
    # A list: the same record again, a near-duplicate, and one too short to be an article.
    dup = {**fresh, "id": "vote-copy", "url": "https://outlet8.example/vote/copy"}
    short = {"id": "tiny", "text": "Too short."}
    r = api.post("/api/articles", json=[fresh, dup, short])
    assert r.status_code == 200, r.text
    statuses = [(x["index"], x["status"]) for x in r.json()["results"]]
    assert statuses == [(0, "already_stored"), (1, "duplicate"), (2, "skipped")]
    results = r.json()["results"]
    assert results[1]["duplicate_of"] == "vote-0"
    assert results[2]["reason"] == "no-article-text" and "words" in results[2]["detail"]
    assert r.json()["skipped"] == {"no-article-text": 1}


@pytest.mark.parametrize(
    "body",
    [
        {},
        [],
        {"text": "   "},
        {"text": "x", "extra": 1},
        {"text": 5},
        {"text": "ok", "published": "not a date"},
        [{"text": "ok"}] * 501,
        "just a string",
    ],
)
def test_post_articles_rejects_invalid_input(api: TestClient, body: object) -> None:
    r = api.post("/api/articles", json=body)
    assert r.status_code == 422
    assert error_of(r)["code"] == "invalid_input"


@pytest.mark.parametrize(
    "raw",
    [
        b'{"text": "lone \\ud800 surrogate in text, long enough"}',
        b'{"title": "\\udfff", "text": "fine text"}',
        b'{"text": "\\ud800"',  # cut off
        b"\xff\xfe not utf-8",
        b"",
        b'{"text": NaN}',
        b"[" * 5000 + b"]" * 5000,  # deep nesting
    ],
)
def test_post_articles_rejects_bad_json(api: TestClient, raw: bytes) -> None:
    r = api.post("/api/articles", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    err = error_of(r)
    json.dumps(err)  # the error itself is valid UTF-8 JSON


def test_post_articles_rejects_other_media_types(api: TestClient) -> None:
    # A form post from another site cannot make the server ingest: the body must be JSON.
    r = api.post("/api/articles", content=b'{"text": "x"}', headers={"content-type": "text/plain"})
    assert r.status_code == 422


def test_oversized_bodies_get_413(db: Path) -> None:
    api = client(db, max_body=1000)
    big = {"text": "word " * 1000}
    r = api.post("/api/articles", json=big)
    assert r.status_code == 413 and error_of(r)["code"] == "too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(10):
            yield b" " * 500

    r = api.post("/api/articles", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and error_of(r)["code"] == "too_large"
    r = api.post(
        "/api/articles",
        content=b"{}",
        headers={"content-type": "application/json", "content-length": "abc"},
    )
    assert r.status_code in (400, 422)


def test_writes_need_the_token_when_one_is_set(tmp_path: Path) -> None:
    db = make_store(tmp_path)
    api = client(db, token="s3cret-token")
    assert api.get("/api/stories").status_code == 200  # reads stay open
    cases: list[Mapping[str, str] | Mapping[bytes, bytes]] = [
        {},
        {"authorization": "Bearer wrong"},
        {"authorization": "s3cret-token"},
        {b"authorization": b"Bearer \xe9\xff"},
    ]
    for headers in cases:
        r = api.post("/api/articles", json=HOSTILE, headers=headers)
        assert r.status_code == 401 and error_of(r)["code"] == "unauthorized"
        assert r.headers["www-authenticate"] == "Bearer"
    r = api.post("/api/articles", json=HOSTILE, headers={"authorization": "Bearer s3cret-token"})
    assert r.status_code == 200 and r.json()["stored"] == 1


def test_loopback_server_answers_loopback_hosts_only(db: Path) -> None:
    api = client(db, allowed_hosts=["127.0.0.1", "localhost"])
    assert api.get("/healthz", headers={"host": "127.0.0.1:8000"}).status_code == 200
    r = api.get("/healthz", headers={"host": "attacker.example"})
    assert r.status_code == 400 and error_of(r)["code"] == "bad_request"


def test_reads_go_on_while_a_writer_holds_the_lock(tmp_path: Path) -> None:
    db = make_store(tmp_path)
    api = client(db)
    sid = api.get("/api/stories").json()["stories"][0]["id"]
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # what an ingest batch holds while it commits
    try:
        assert api.get("/api/stories").status_code == 200
        r = api.get(f"/api/stories/{sid}")  # not cached yet: built, served, not stored
        assert r.status_code == 200
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_serve_refuses_a_public_address_without_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from newsbrief.cli import app

    monkeypatch.delenv("NEWSBRIEF_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "NEWSBRIEF_TOKEN" in result.output
    assert not (tmp_path / "x.db").exists()
