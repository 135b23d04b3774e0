"""WARC files written byte by byte for the reader tests (invented pages, correct framing)."""

from __future__ import annotations

import gzip
import zlib

# An invented event, long enough (> 40 words) that cleaning keeps it as an article.
STORY = [
    "A footbridge over the Wenlow canal in the town of Harmsby was closed on Tuesday after "
    "inspectors found a crack in one of its two iron supports, the town council said.",
    "Council engineer Petra Ostlund said the crack was about forty centimetres long and had "
    "probably been widened by the unusually cold nights of the past fortnight.",
    "Pedestrians are being sent along the lock path, which adds roughly ten minutes to the walk "
    "between the station and the market square. Repairs are expected to take three weeks.",
]


def page(title: str, paragraphs: list[str] | None = None, *, head: str = "") -> bytes:
    """An HTML news page about the invented event."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs or STORY)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def http(
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    *,
    status: str = "200 OK",
    headers: str = "",
    length: bool = True,
) -> bytes:
    """An HTTP response message, as a WARC response record's block holds it."""
    lines = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{headers}"
    if length:
        lines += f"Content-Length: {len(body)}\r\n"
    return (lines + "\r\n").encode() + body


def record(
    warc_type: str,
    block: bytes,
    *,
    uri: str | None = None,
    content_type: str = "application/http; msgtype=response",
    length: int | None = None,
) -> bytes:
    """A WARC/1.0 record; ``length`` overrides the (correct) Content-Length."""
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{zlib.crc32(block):012d}>\r\n"
        "WARC-Date: 2024-03-05T08:30:00Z\r\n"
        + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
        + f"Content-Type: {content_type}\r\n"
        + f"Content-Length: {len(block) if length is None else length}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def response(uri: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    return record("response", http(body, content_type), uri=uri)


def warcinfo() -> bytes:
    return record(
        "warcinfo", b"software: newsbrief-tests\r\n", content_type="application/warc-fields"
    )


def request(uri: str) -> bytes:
    block = f"GET {uri} HTTP/1.1\r\nHost: example.test\r\n\r\n".encode()
    return record("request", block, uri=uri, content_type="application/http; msgtype=request")


def gzip_members(records: list[bytes]) -> bytes:
    """A .warc.gz: each record its own gzip member, as the WARC standard recommends."""
    return b"".join(gzip.compress(r, mtime=0) for r in records)


def standard_records() -> list[bytes]:
    """warcinfo, request, two HTML pages, a PDF: what a small news crawl file holds."""
    return [
        warcinfo(),
        request("https://harmsby-post.test/bridge"),
        response("https://harmsby-post.test/bridge", page("Canal footbridge closed")),
        response("https://harmsby-post.test/report.pdf", b"%PDF-1.4 invented", "application/pdf"),
        response(
            "https://wenlow-times.test/news/1",
            page("Crack closes Harmsby bridge", STORY[::-1]),
            "application/xhtml+xml",
        ),
    ]
