"""HTTP bodies as archived in WARC responses: chunked framing, gzip/deflate, charsets.

Takes the raw payload bytes of an HTTP response and its headers; gives the page's bytes with
transfer and content encodings undone (never more than a size limit of output), and the page
as text decoded by the HTTP charset, else the page's ``<meta charset>``, else the project's
``read.text.decode`` rules.  A helper of ``warc``.
"""

from __future__ import annotations

import codecs
import re
import zlib

from newsbrief.errors import SkipReason
from newsbrief.models import Skipped
from newsbrief.read.text import SNIFF_BYTES, decode


class BodyError(Exception):
    """An HTTP body that cannot be decoded; ``reason`` is the SkipReason to report."""

    def __init__(self, reason: SkipReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def undo_encodings(
    payload: bytes, *, transfer: str | None, content: str | None, limit: int
) -> bytes:
    """``payload`` with chunked transfer encoding and gzip/deflate content encoding undone.

    Archives keep the bytes as the server sent them; some crawlers decode them and leave the
    headers in place, so a body that is not chunked or not compressed is taken as it is."""
    body = payload
    if transfer and "chunked" in transfer.lower():
        body = _dechunk(body)
    coding = (content or "").strip().lower()
    if coding in ("gzip", "x-gzip", "deflate") and not _looks_like_markup(body):
        body = _inflate(body, coding, limit)
    elif coding not in ("", "identity", "gzip", "x-gzip", "deflate"):
        raise BodyError(SkipReason.UNSUPPORTED, f"content encoding {coding!r} is not supported")
    return body


def _looks_like_markup(body: bytes) -> bool:
    return body.lstrip()[:1] == b"<"


def _dechunk(data: bytes) -> bytes:
    """The body of a ``Transfer-Encoding: chunked`` message; a body without valid chunk
    framing is returned unchanged (the crawler already removed it)."""
    parts: list[bytes] = []
    pos = 0
    while True:
        line_end = data.find(b"\r\n", pos)
        if line_end < 0:
            return data if not parts else b"".join(parts)  # a cut last chunk: keep what came
        size_text = data[pos:line_end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return data if not parts else b"".join(parts)
        if size == 0:
            return b"".join(parts)
        start = line_end + 2
        parts.append(data[start : start + size])
        pos = start + size + 2


def _inflate(data: bytes, coding: str, limit: int) -> bytes:
    """gzip or deflate (zlib-wrapped or raw) data, at most ``limit`` bytes of output."""
    wbits = 31 if coding in ("gzip", "x-gzip") else (15 if data[:1] == b"\x78" else -15)
    inflater = zlib.decompressobj(wbits=wbits)
    try:
        out = inflater.decompress(data, limit + 1)  # bounded: a zip bomb costs ``limit`` only
    except zlib.error as exc:
        raise BodyError(SkipReason.BAD_RECORD, f"broken {coding} content encoding ({exc})") from exc
    if len(out) > limit:
        raise BodyError(
            SkipReason.TOO_LARGE,
            f"page decompresses to over the {limit}-byte limit "
            "(raise IngestSettings.max_record_bytes to read it)",
        )
    return out


_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)


def decode_html(body: bytes, http_charset: str | None, source: str) -> str:
    """The page as text: by the HTTP charset, else the ``<meta>`` charset, else guessed.

    Undecodable bytes become U+FFFD rather than costing the page: one bad byte in an archived
    page is common, and the rest of the text is still the article."""
    for declared in (http_charset, _meta_charset(body)):
        codec = _codec(declared)
        if codec is not None:
            return body.decode(codec, errors="replace")
    text = decode(body, source)
    if isinstance(text, Skipped):  # binary-looking or hopeless: replacement characters say so
        return body.decode("utf-8", errors="replace")
    return text


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:SNIFF_BYTES])
    return match[1].decode("ascii", errors="replace") if match else None


def _codec(name: str | None) -> str | None:
    """A Python codec for a declared charset name, or None when Python has none."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    # Browsers read "iso-8859-1" and "ascii" pages as windows-1252 (WHATWG Encoding), and so
    # do the servers that label cp1252 pages that way.
    if codec.name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return codec.name


__all__ = ["BodyError", "decode_html", "undo_encodings"]
