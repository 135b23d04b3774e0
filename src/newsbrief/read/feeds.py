"""RSS and Atom feeds: entries that carry the whole article -> RawDocument | Skipped.

Takes a feed's bytes (never a URL or a path: feedparser fetches URLs and opens paths, and even
a ``bytes`` argument is tried as a file name first, so it is handed a ``BytesIO``); gives a
``RawDocument`` (kind ``html``) per entry with the article's full markup (``content:encoded``,
Atom ``content``, or a description of at least ``FULL_TEXT_WORDS`` words), and a
``Skipped(NO_ARTICLE)`` per entry that has only a teaser.  A feed the XML parser rejects
keeps the entries feedparser's lenient parser recovered, plus one ``Skipped(PARTIAL)``.
feedparser's XML parser resolves no external entity and loads no DTD (its SAX parser has
external general entities off, and a DOCTYPE sends it to its own lenient parser).
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser

from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped

# A description this long is the article, not a teaser: feed teasers run one to three
# sentences (20-80 words); a news article's body is rarely under 150 words.
FULL_TEXT_WORDS = 150
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
# Not damage: a feed whose declared encoding differs from the one that worked, or one
# served with a non-XML type.  Anything else feedparser flags is a parse error.
_HARMLESS = ("CharacterEncodingOverride", "NonXMLContentType")


def is_feed(head: str) -> bool:
    """Whether the first kilobytes of a text are an RSS, RDF or Atom feed."""
    without_prolog = re.sub(r"<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "", head, flags=re.S)
    match = _FEED_ROOT.search(without_prolog)
    # The root element comes first: an HTML page that quotes "<feed" in its body is no feed.
    return match is not None and not without_prolog[: match.start()].strip()


def read_feed(source: str, data: bytes, *, cut: bool = False) -> Iterator[RawDocument | Skipped]:
    """Every entry of a feed, in order.  ``cut``: the bytes end early (a cut gzip), so the
    last entry may be cut too and is left out."""
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    entries: list[Mapping[str, Any]] = list(parsed.entries)
    if cut and entries:
        entries.pop()
    for number, entry in enumerate(entries, 1):
        yield _entry(f"{source}#entry{number}", entry)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and type(problem).__name__ not in _HARMLESS and not cut:
        yield _broken(source, data, problem, len(entries))
    elif not entries and not cut:
        yield Skipped(source, SkipReason.NO_ARTICLE, f"{source}: feed has no entries")


def _entry(where: str, entry: Mapping[str, Any]) -> RawDocument | Skipped:
    body = _content(entry)
    if body is None:
        summary = str(entry.get("summary") or "")
        words = len(_TAG.sub(" ", summary).split())
        if words < FULL_TEXT_WORDS:
            return Skipped(
                where,
                SkipReason.NO_ARTICLE,
                f"{where}: feed entry has only a summary ({words} words), not the article",
            )
        body = summary
    link = entry.get("link")
    title = entry.get("title")
    return RawDocument(
        source=where,
        kind="html",
        body=body,
        url=link if isinstance(link, str) and link else None,
        title=title.strip() if isinstance(title, str) and title.strip() else None,
        published=_date(entry),
    )


def _content(entry: Mapping[str, Any]) -> str | None:
    """The longest full-content block of an entry (content:encoded, Atom content)."""
    blocks = [
        str(block.get("value") or "")
        for block in entry.get("content") or []
        if isinstance(block, Mapping)
    ]
    blocks = [block for block in blocks if block.strip()]
    return max(blocks, key=len) if blocks else None


def _date(entry: Mapping[str, Any]) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None


def _broken(source: str, data: bytes, problem: object, kept: int) -> Skipped:
    line = _call(problem, "getLineNumber")
    column = _call(problem, "getColumnNumber")
    message = _call_str(problem, "getMessage") or str(problem) or type(problem).__name__
    offset = _byte_offset(data, line, column)
    where = f"line {line}, column {column}" if line is not None else "an unknown place"
    return Skipped(
        source,
        SkipReason.PARTIAL,
        f"{source}: cut or corrupt feed at {where} ({message}); the {kept} entries "
        "before it the parser recovered were read",
        offset=offset,
    )


def _call(problem: object, name: str) -> int | None:
    method = getattr(problem, name, None)
    try:
        value = method() if callable(method) else None
    except Exception:  # a SAX locator gone stale: the place is then unknown
        return None
    return value if isinstance(value, int) else None


def _call_str(problem: object, name: str) -> str | None:
    method = getattr(problem, name, None)
    value = method() if callable(method) else None
    return value if isinstance(value, str) else None


def _byte_offset(data: bytes, line: int | None, column: int | None) -> int | None:
    """The byte offset of a 1-based line and 0-based column, when the line exists."""
    if line is None or line < 1:
        return None
    start = 0
    for _ in range(line - 1):
        start = data.find(b"\n", start) + 1
        if start == 0:
            return None
    return min(start + max(column or 0, 0), len(data))


__all__ = ["FULL_TEXT_WORDS", "is_feed", "read_feed"]
