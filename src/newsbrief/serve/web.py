"""The web pages: a story list and a story page, rendered on the server (Jinja2).

Everything from articles (text, titles, URLs, outlets) is untrusted and reaches the page only
through autoescaping; no HTML from an article is kept, so nothing needs sanitising (if some
ever must be, ``nh3`` with an allowlist and no images).  Untrusted inline text sits in
``<bdi>`` so that bidi controls in it cannot reorder the text around it, links are made only
of http(s) URLs, and the one script (opening the article a citation points into) carries the
request's CSP nonce.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException

from newsbrief.models import StoryBrief
from newsbrief.render import (
    _figure,
    _Numbering,
    _segments,
    _sentence_anchor,
    claim_subject,
    format_value,
    listed_entities,
    story_heading,
)
from newsbrief.serve.reader import Reader
from newsbrief.store.listing import count_stories, list_stories
from newsbrief.story.key_figures import key_figures, shown_conflicts

PER_PAGE = 25

_env = Environment(
    loader=PackageLoader("newsbrief.serve", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address (then a link), else None (then text)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Control and bidi characters have no place in a link target.
    if any(
        ord(ch) < 32 or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for ch in url
    ):
        return None
    return url.strip()


_env.globals.update(
    fmt=format_value,
    figure=_figure,
    what=claim_subject,
    href=safe_href,
    anchor=_sentence_anchor,
    heading=story_heading,
)


def coverage(story: StoryBrief) -> dict[str, Any]:
    """Articles per day as bars of an inline SVG (days without articles included, so the
    gaps show); over 90 days, per month.  Undated articles are counted beside it."""
    days = sorted(a.published for a in story.articles if a.published)
    undated = len(story.articles) - len(days)
    if not days:
        return {"bars": [], "undated": undated, "width": 0, "height": 0, "label": ""}
    first, last = dt.date.fromisoformat(days[0][:10]), dt.date.fromisoformat(days[-1][:10])
    if (last - first).days <= 90:
        keys = [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
        counts = Counter(d[:10] for d in days)
    else:
        keys = sorted({d[:7] for d in days})
        counts = Counter(d[:7] for d in days)
    top = max(counts.values())
    # Wide bars for a few days (the screenshots showed 14 px bars and overlapping date labels).
    bar, gap, height = max(8, min(40, 560 // len(keys) - 3)), 3, 60
    bars = []
    for n, key in enumerate(keys):
        h = 0 if not counts[key] else max(2, math.ceil(counts[key] / top * height))
        bars.append(
            {"x": n * (bar + gap), "y": height - h, "w": bar, "h": h, "key": key, "n": counts[key]}
        )
    label = (
        f"Articles per {'day' if len(keys[0]) == 10 else 'month'}, {keys[0]} to {keys[-1]}: "
        + (", ".join(f"{b['key']}: {b['n']}" for b in bars if b["n"]))
    )
    return {
        "bars": bars,
        "undated": undated,
        "width": max(len(keys) * (bar + gap), 180),
        "height": height,
        "top": top,
        "first": keys[0],
        "last": keys[-1],
        "label": label,
    }


def story_view(story: StoryBrief) -> dict[str, Any]:
    num = _Numbering.of(story)
    # Every sentence something on the page cites is marked in its article's text.
    citations = [c for s in story.summary for c in s.citations]
    citations += [c for claim in story.claims for c in claim.citations]
    citations += [c for ev in story.timeline for c in ev.citations]
    conflicts = shown_conflicts(story)
    citations += [c for x in conflicts for side in x.sides for c in side.citations]
    cited = {(c.article, c.sentence) for c in citations}
    dates = sorted(a.published for a in story.articles if a.published)
    return {
        "b": story,
        "num": num,
        "texts": {a.id: _segments(a, cited) for a in story.articles},
        "dups": dict(story.story.duplicates),
        "figures": key_figures(story),
        "conflicts": conflicts,
        "actors": listed_entities(story),
        "outlets": len({a.outlet for a in story.articles if a.outlet}),
        "span": (dates[0], dates[-1]) if dates else None,
        "chart": coverage(story),
    }


def _page(request: Request, template: str, **context: Any) -> HTMLResponse:
    nonce = request.scope.get("state", {}).get("csp_nonce", "")
    html = _env.get_template(template).render(nonce=nonce, **context)
    return HTMLResponse(html)


def router(reader: Reader) -> APIRouter:
    pages = APIRouter(include_in_schema=False)

    @pages.get("/", response_class=HTMLResponse)
    def story_list(
        request: Request,
        q: Annotated[str | None, Query(max_length=200)] = None,
        page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    ) -> HTMLResponse:
        query = q.strip() if q else None
        with reader.snapshot() as s:
            total = count_stories(s.db, query=query)
            found = list_stories(s.db, query=query, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
        pages_count = max(1, math.ceil(total / PER_PAGE))

        def link(n: int) -> str:
            return "/?" + urlencode({k: v for k, v in (("q", query), ("page", n)) if v})

        return _page(
            request,
            "list.html.j2",
            stories=found,
            q=query or "",
            total=total,
            page=page,
            pages=pages_count,
            prev=link(page - 1) if page > 1 else None,
            next=link(page + 1) if page < pages_count else None,
        )

    @pages.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(
        request: Request, story_id: Annotated[str, Path(min_length=1, max_length=128)]
    ) -> Response:
        live = reader.resolve(story_id)
        if live is None:
            raise HTTPException(404, f"no story {story_id!r}")
        if live != story_id:
            return RedirectResponse(f"/stories/{live}", status_code=308)
        rendered = reader.brief(live)
        if rendered is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return _page(request, "story.html.j2", s=story_view(rendered.brief))

    return pages
