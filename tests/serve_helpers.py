"""A small store and a test client over it, shared by the serve tests."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from test_corpus import SETTINGS, TOPIC, records_for, run, write_jsonl

from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.serve.api import create_app

# Every kind of hostile payload, in every field an article has.
HOSTILE_TITLE = (
    "<script>alert('title')</script><img src=x onerror=alert(1)>"
    " \u202eevil\u202c \u200bzero\u200d width flood"
)
HOSTILE = {
    "id": "hostile-1",
    "title": HOSTILE_TITLE,
    "url": "javascript:alert(document.cookie)",
    "published": "2025-05-02",
    "text": (
        "Riverton officials said on day 9 that the floodwater <script>alert('text')</script> "
        "had reached the town centre. Mayor Alma Quist told reporters <img src=x "
        "onerror=alert(2)> in Riverton that levee and sandbags were the priority. "
        "Crews brought evacuation and river crest as the floodwater \u202ereversed\u202c "
        "continued for a tenth day. Residents of Riverton described the pumps and the "
        'shelters near the old market \u200b\u2066isolated\u2069. <a href="javascript:alert(3)">'
        "click</a> Mayor Alma Quist said the floodwater would be reviewed."
    ),
}
# An outlet name comes from the URL's host: a hostile host, and a data: URL.
HOSTILE_OUTLET = {
    "id": "hostile-2",
    "title": "Flood \u202eupdate\u202c <b onmouseover=alert(4)>bold</b>",
    "url": 'https://xn--evil-<script>.example/\u202e"onmouseover=alert(5)',
    "published": "2025-05-03",
    "text": HOSTILE["text"].replace("day 9", "day 11"),
}
HOSTILE_DATA_URL = {
    "id": "hostile-3",
    "title": "Flood data url",
    "url": "data:text/html,<script>alert(6)</script>",
    "published": "2025-05-04",
    "text": HOSTILE["text"].replace("day 9", "day 12"),
}


def backends() -> Backends:
    return Backends(HashingEmbedder())


def make_store(folder: Path) -> Path:
    db = folder / "serve.db"
    src = write_jsonl(folder / "a.jsonl", records_for(["flood", "strike", "quake"], 3))
    run([src], db)
    return db


def make_app(db: Path, token: str | None = None, **kwargs: object) -> FastAPI:
    return create_app(
        db,
        settings=SETTINGS,
        backends_loader=backends,
        token=token,
        topic_model=TOPIC,
        **kwargs,  # type: ignore[arg-type]
    )


def client(db: Path, token: str | None = None, **kwargs: object) -> TestClient:
    return TestClient(make_app(db, token, **kwargs), raise_server_exceptions=False)
