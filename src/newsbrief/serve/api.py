"""The HTTP API (FastAPI): ``create_app`` builds the whole server, pages included.

Reads (``GET``) open a read connection per worker thread and never write except to cache a
brief when nobody else is writing; writes (``POST /api/articles``) go through the corpus
ingest path (``run.corpus.ingest_records``), one at a time in this process, and wait for an
ingest in another process like a second ``newsbrief ingest`` would (then 503).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, FastAPI, Query
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsbrief.backends.loaded import Backends
from newsbrief.errors import NewsbriefError
from newsbrief.models import RawDocument
from newsbrief.read.text import normalize_date
from newsbrief.run.corpus import ingest_records
from newsbrief.serve import errors, web
from newsbrief.serve.guard import MAX_BODY, Guard, require_token
from newsbrief.serve.reader import Reader
from newsbrief.settings import Settings
from newsbrief.store.listing import count_stories, list_stories
from newsbrief.store.sqlite import Store, StoreBusy, StoreError

MAX_ARTICLES = 500  # per POST: one request stays one bounded piece of work
StoryId = Annotated[str, PathParam(min_length=1, max_length=128)]
DateQuery = Annotated[
    str | None,
    Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="ISO date, YYYY-MM-DD"),
]


def _no_surrogates(value: str | None, name: str) -> None:
    # JSON may spell a lone surrogate ("\ud800"); such a string cannot be stored as UTF-8.
    if value is not None and any("\ud800" <= ch <= "\udfff" for ch in value):
        raise ValueError(f"{name} holds a lone surrogate (not valid Unicode text)")


class ArticleIn(BaseModel):
    """One article, as a line of a JSONL input: ``text`` or ``html`` is required."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, min_length=1, max_length=256)
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    published: str | None = Field(None, max_length=64, description="a date, e.g. 2025-05-01")
    text: str | None = Field(None, max_length=2_000_000)
    html: str | None = Field(None, max_length=4_000_000)
    story: str | None = Field(None, max_length=256)

    @model_validator(mode="after")
    def _check(self) -> ArticleIn:
        for name in ("id", "title", "url", "published", "text", "html", "story"):
            _no_surrogates(getattr(self, name), name)
        if not (self.text and self.text.strip()) and not (self.html and self.html.strip()):
            raise ValueError("give a non-empty 'text' or 'html'")
        if self.published is not None and normalize_date(self.published) is None:
            raise ValueError("'published' is not a date (use YYYY-MM-DD)")
        return self

    def raw(self, source: str) -> RawDocument:
        plain = bool(self.text and self.text.strip())
        published = normalize_date(self.published) if self.published else None
        return RawDocument(
            source=source,
            kind="jsonl" if plain else "html",
            body=(self.text if plain else self.html) or "",
            doc_id=self.id,
            url=self.url,
            title=self.title,
            published=published,
            story=self.story,
        )


class ArticleResult(BaseModel):
    index: int
    status: Literal["stored", "duplicate", "already_stored", "skipped"]
    id: str | None = None
    story_id: str | None = None
    duplicate_of: str | None = None
    reason: str | None = None
    detail: str | None = None


class IngestOut(BaseModel):
    stored: int
    duplicates: int
    already_stored: int
    skipped: dict[str, int]
    new_stories: int
    updated_stories: int
    merged_stories: int
    results: list[ArticleResult]


class ArticleRef(BaseModel):
    id: str
    source: str
    title: str | None
    published: str | None
    duplicate_of: str | None


class StoryItem(BaseModel):
    id: str
    title: str | None
    article_count: int
    outlet_count: int
    first_seen: str | None
    last_seen: str | None
    articles: list[ArticleRef]


class StoryPage(BaseModel):
    total: int
    page: int
    per_page: int
    stories: list[StoryItem]


class Health(BaseModel):
    status: Literal["ok"]
    stories: int
    articles: int


def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise errors_422(name, f"{name} is not a real date") from None


def errors_422(name: str, msg: str) -> Exception:
    from fastapi.exceptions import RequestValidationError

    return RequestValidationError([{"loc": ("query", name), "msg": msg, "type": "value_error"}])


def create_app(
    db_path: Path,
    *,
    settings: Settings,
    backends_loader: Callable[[], Backends],
    token: str | None,
    topic_model: str | None = None,
    allowed_hosts: Sequence[str] | None = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The server over the store at ``db_path`` (created empty when missing).

    ``token``: writes need ``Authorization: Bearer <token>``; None leaves them open (the
    CLI allows that only on loopback).  ``topic_model`` names the embedder of
    ``backends_loader`` (as ``newsbrief ingest`` records it); None takes the store's.
    ``allowed_hosts``: the Host headers answered (loopback servers: DNS rebinding)."""
    db_path = Path(db_path)
    with Store(db_path) as store:  # create and migrate once, before any reader opens it
        recorded = store.meta("topic_model")
    model_name = topic_model or recorded
    loaded: list[Backends] = []
    load_lock = threading.Lock()

    def backends() -> Backends:
        # Models load once, on the first request that needs them (an ingest, a new brief).
        with load_lock:
            if not loaded:
                loaded.append(backends_loader())
            return loaded[0]

    reader = Reader(db_path, settings=settings, backends=backends)
    write_lock = threading.Lock()
    app = FastAPI(
        title="newsbrief",
        version="0.1.0",
        summary="Cited story briefs from a newsbrief corpus store.",
        docs_url=None,  # the interactive docs load scripts from a CDN: not under this CSP
        redoc_url=None,
    )
    app.state.reader = reader
    errors.install(app)
    api = APIRouter(responses=errors.ERROR_RESPONSES)

    @api.get("/healthz", response_model=Health, tags=["meta"])
    def healthz() -> dict[str, Any]:
        """The server is up and can read the store."""
        with reader.snapshot() as s:
            stories = s.db.execute("SELECT count(*) FROM stories").fetchone()[0]
            articles = s.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return {"status": "ok", "stories": stories, "articles": articles}

    @api.get("/api/stories", response_model=StoryPage, tags=["stories"])
    def stories(
        page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        per_page: Annotated[int, Query(ge=1, le=100)] = 20,
        since: DateQuery = None,
        until: DateQuery = None,
        q: Annotated[str | None, Query(max_length=200, description="text in a title")] = None,
    ) -> dict[str, Any]:
        """Stories, most recently seen first: seen on or after ``since``, first seen on or
        before ``until``, with ``q`` in their title or an article's title."""
        first, last = _date(since, "since"), _date(until, "until")
        query = q.strip() if q else None
        with reader.snapshot() as s:
            total = count_stories(s.db, since=first, until=last, query=query)
            found = list_stories(
                s.db,
                since=first,
                until=last,
                query=query,
                limit=per_page,
                offset=(page - 1) * per_page,
            )
        return {"total": total, "page": page, "per_page": per_page, "stories": found}

    def _moved(story_id: str, live: str, suffix: str) -> Response | None:
        if live == story_id:
            return None
        return RedirectResponse(f"/api/stories/{live}{suffix}", status_code=308)

    redirect_doc: dict[int | str, dict[str, Any]] = {
        308: {"description": "the story was merged; Location names the story it is now part of"}
    }

    @api.get(
        "/api/stories/{story_id}.md",
        responses={
            **redirect_doc,
            200: {
                "description": "the brief as Markdown",
                "content": {"text/markdown": {"schema": {"type": "string"}}},
            },
        },
        tags=["stories"],
    )
    async def story_markdown(story_id: StoryId) -> Response:
        """The story's brief as Markdown (as ``newsbrief brief --db --story``)."""
        live = _live(story_id)
        moved = _moved(story_id, live, ".md")
        if moved is not None:
            return moved
        found = await _brief(live)
        return Response(found.markdown, media_type="text/markdown; charset=utf-8")

    @api.get(
        "/api/stories/{story_id}",
        responses={
            **redirect_doc,
            200: {
                "description": "the brief: the JSON of `newsbrief brief --format json`",
                "content": {"application/json": {"schema": {"type": "object"}}},
            },
        },
        tags=["stories"],
    )
    async def story(story_id: StoryId) -> Response:
        """The story's brief (the JSON of brief mode); a merged story's old id redirects."""
        live = _live(story_id)
        moved = _moved(story_id, live, "")
        if moved is not None:
            return moved
        return Response((await _brief(live)).json, media_type="application/json")

    def _live(story_id: str) -> str:
        from starlette.exceptions import HTTPException

        live = reader.resolve(story_id)
        if live is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return live

    async def _brief(live: str) -> Any:
        # A cached brief is served on the event loop (three indexed lookups, no thread hop:
        # under 50 concurrent readers the hop was most of a request's cost); building one
        # (model work, seconds) goes to the thread pool.
        from starlette.exceptions import HTTPException

        found = reader.cached(live)
        if found is not None:
            return found
        try:
            found = await run_in_threadpool(reader.brief, live)
        except StoreError as exc:
            raise HTTPException(503, str(exc), headers={"Retry-After": "5"}) from exc
        if found is None:  # merged away between the two reads
            raise HTTPException(404, f"no story {live!r}")
        return found

    @api.post(
        "/api/articles",
        response_model=IngestOut,
        dependencies=[Depends(require_token(token))],
        tags=["articles"],
    )
    def post_articles(
        payload: Annotated[
            ArticleIn | Annotated[list[ArticleIn], Field(min_length=1, max_length=MAX_ARTICLES)],
            Body(),
        ],
    ) -> JSONResponse | dict[str, Any]:
        """Ingest one article or a list of them, as ``newsbrief ingest`` ingests a JSONL file;
        says for each what became of it (stored, a near-duplicate, already stored, skipped and
        why)."""
        items = payload if isinstance(payload, list) else [payload]
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        raws = [item.raw(f"api:{stamp}#{n}") for n, item in enumerate(items)]
        if model_name is None:
            return errors.error_response(503, "the store records no embedder yet")
        try:
            with write_lock, Store(db_path) as store:
                report, outcomes = ingest_records(
                    raws,
                    store,
                    settings=settings,
                    backends=backends,
                    topic_model=model_name,
                )
        except StoreBusy as exc:
            return errors.error_response(503, str(exc), headers={"Retry-After": "10"})
        except NewsbriefError as exc:
            busy = "busy" in str(exc)
            status = 503 if busy else 500
            return errors.error_response(status, str(exc), headers={"Retry-After": "10"})
        data = report.as_dict()
        results = [
            {"index": n, **{k: v for k, v in vars(o).items() if k != "article_id"}}
            | {"id": o.article_id}
            for n, o in enumerate(outcomes)
        ]
        return {
            "stored": data["stored"],
            "duplicates": data["duplicates"],
            "already_stored": data["already_stored"],
            "skipped": data["skipped"],
            "new_stories": data["new_stories"],
            "updated_stories": data["updated_stories"],
            "merged_stories": data["merged_stories"],
            "results": results,
        }

    app.include_router(api)
    app.include_router(web.router(reader))
    # Pure ASGI middleware: it sees every response the app sends, error responses included.
    app.add_middleware(Guard, max_body=max_body, allowed_hosts=allowed_hosts)
    return app
