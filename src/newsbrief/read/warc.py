"""WARC web archives (``.warc``, ``.warc.gz``, as Common Crawl news files are): HTML pages.

Takes a WARC file; gives a ``RawDocument`` (kind ``html``, the decoded HTTP body, the
``WARC-Target-URI`` as url, ``source`` = ``path@offset`` of the record) per ``response``
record that is a 200 HTML page, and a ``Skipped`` for every other response (not HTML, not
200, too large, broken HTTP encoding).  request, metadata, warcinfo, revisit … records are
not articles and are passed over.  The crawl date (``WARC-Date``) is not the publication
date, so ``published`` stays None and trafilatura finds the page's own date later.

Reading is streamed by FastWARC: one record's payload (at most ``max_record_bytes``) is in
memory at a time.  FastWARC does not notice everything that is wrong with a file (a cut
``.warc.gz`` simply ends early, and a record whose Content-Length is too short is returned cut),
so every record's payload length is checked, the last record's framing is checked against
the bytes on disk, and the file must end where that record ends.  Anything else gives one
``Skipped(PARTIAL)`` at the offset where good records end; the records before it are kept.
Offsets are raw file offsets: for ``.warc.gz`` the start of a record's gzip member.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fastwarc import ArchiveIterator, WarcRecord, WarcRecordType

from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped
from newsbrief.read.http_body import BodyError, decode_html, undo_encodings
from newsbrief.settings import IngestSettings

GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK = 1 << 16
_MAX_HEADER = 32 << 10  # FastWARC's own limit on a WARC header block
_END = b"\r\n\r\n"  # every WARC record block is followed by two CRLFs


@dataclass(frozen=True)
class _Held:
    """A record read whole, whose items wait until its end is known to be sound."""

    pos: int
    block_length: int
    items: tuple[RawDocument | Skipped, ...]


def read_warc(path: Path, settings: IngestSettings) -> Iterator[RawDocument | Skipped]:
    """Every HTML response of a WARC or WARC.gz file, in file order."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Skipped(source, SkipReason.UNREADABLE, f"{source}: {exc.strerror or exc}")
        return
    with handle:
        gzipped = handle.read(2) == GZIP_MAGIC
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(0)
        yield from _records(source, handle, size, gzipped, settings)


def _records(
    source: str, handle: BinaryIO, size: int, gzipped: bool, settings: IngestSettings
) -> Iterator[RawDocument | Skipped]:
    # HTTP encodings are undone here, not by FastWARC: its auto_decode loses the next record
    # after a chunked+gzip body and stops the whole file at one bad gzip body.
    records = iter(ArchiveIterator(handle, parse_http=True, auto_decode="none"))
    held: _Held | None = None
    error: str | None = None
    while True:
        try:
            record = next(records, None)
        except (OSError, ValueError) as exc:  # "Invalid WARC header", a gzip data error
            error = str(exc) or type(exc).__name__
            break
        if record is None:
            break
        if held is not None:  # FastWARC found a good header after it: its block was whole
            if gzipped and record.stream_pos <= held.pos:
                # One gzip member for many records: FastWARC gives them all the member's
                # offset, so no record could be found again, nor a cut be placed.
                yield _partial(source, held.pos, _ONE_MEMBER)
                return
            yield from held.items
            held = None
        read = _record(source, record, settings)
        if isinstance(read, str):
            yield _partial(source, record.stream_pos, read)
            return
        held = read
    yield from _finish(source, handle, size, gzipped, held, error)


def _finish(
    source: str,
    handle: BinaryIO,
    size: int,
    gzipped: bool,
    held: _Held | None,
    error: str | None,
) -> Iterator[RawDocument | Skipped]:
    """The last record, if its framing is sound, and PARTIAL unless the file ends after it."""
    stop = 0
    if held is not None:
        end = _framed_end(handle, held.pos, held.block_length, gzipped)
        if end is None:
            stop = held.pos
            error = error or "the last record is cut or its Content-Length is wrong"
        else:
            yield from held.items
            stop = end
    if error is None and stop != size and not _blank_tail(handle, stop, size):
        error = f"{size - stop} bytes after the last whole record are not a whole record"
    if error is not None:
        yield _partial(source, stop, error)


_ONE_MEMBER = (
    "the records share one gzip member; newsbrief reads .warc.gz files written one member "
    "per record, as the WARC standard recommends and Common Crawl does"
)
# A few line ends after the last record (an editor's, a concatenation's) are not a cut.
_MAX_BLANK_TAIL = 64


def _blank_tail(handle: BinaryIO, stop: int, size: int) -> bool:
    if size - stop > _MAX_BLANK_TAIL:
        return False
    handle.seek(stop)
    return not handle.read(_MAX_BLANK_TAIL).strip()


def _partial(source: str, offset: int, why: str) -> Skipped:
    return Skipped(
        source,
        SkipReason.PARTIAL,
        f"{source}: cut or corrupt after byte {offset} ({why}); the records before it were read",
        offset=offset,
    )


def _record(source: str, record: WarcRecord, settings: IngestSettings) -> _Held | str:
    """One record's items, or why the file is broken at this record."""
    pos = record.stream_pos
    length = _block_length(record)
    if length is None or record.record_type == WarcRecordType.unknown:
        return "not a WARC record: no WARC-Type or Content-Length"
    where = f"{source}@{pos}"
    if record.record_type != WarcRecordType.response:
        return _Held(pos, length, ()) if _drain(record) == record.content_length else _CUT
    if length > settings.max_record_bytes:
        # FastWARC skips the unread block itself; the file's end check still covers it.
        return _Held(pos, length, (_too_large(where, length, settings),))
    payload = record.reader.read(record.content_length + 1)
    if len(payload) != record.content_length:
        return _CUT
    return _Held(pos, length, (_response(where, record, payload, settings),))


_CUT = "a record is shorter than its Content-Length"


def _block_length(record: WarcRecord) -> int | None:
    value = record.headers.get("Content-Length")
    return int(value) if value is not None and value.strip().isdigit() else None


def _drain(record: WarcRecord) -> int:
    """Read a record's payload to the end, in chunks; how many bytes it had."""
    total = 0
    while chunk := record.reader.read(_CHUNK):
        total += len(chunk)
    return total


def _too_large(where: str, length: int, settings: IngestSettings) -> Skipped:
    return Skipped(
        where,
        SkipReason.TOO_LARGE,
        f"{where}: record of {length} bytes is over the {settings.max_record_bytes}-byte "
        "limit (raise IngestSettings.max_record_bytes to read it)",
    )


def _response(
    where: str, record: WarcRecord, payload: bytes, settings: IngestSettings
) -> RawDocument | Skipped:
    http = record.http_headers
    status = http.status_code if record.is_http else None
    if status is None:
        return Skipped(where, SkipReason.BAD_RECORD, f"{where}: response with no HTTP status line")
    if status != 200:
        line = http.status_line or str(status)
        return Skipped(where, SkipReason.NOT_ARTICLE, f"{where}: HTTP status {line}, not 200")
    content_type = (record.http_content_type or "").strip().lower()
    if content_type not in _HTML_TYPES:
        shown = content_type or "none given"
        return Skipped(
            where, SkipReason.UNSUPPORTED, f"{where}: content type {shown}, not an HTML page"
        )
    try:
        body = undo_encodings(
            payload,
            transfer=http.get("Transfer-Encoding"),
            content=http.get("Content-Encoding"),
            limit=settings.max_record_bytes,
        )
    except BodyError as exc:
        return Skipped(where, exc.reason, f"{where}: {exc}")
    return RawDocument(
        source=where,
        kind="html",
        body=decode_html(body, record.http_charset, where),
        url=record.headers.get("WARC-Target-URI"),
    )


def _framed_end(handle: BinaryIO, pos: int, block_length: int, gzipped: bool) -> int | None:
    """Where the record at ``pos`` ends, if its bytes on disk are a whole record; else None."""
    if gzipped:
        return _gzip_member_end(handle, pos, block_length)
    handle.seek(pos)
    header_end = handle.read(_MAX_HEADER).find(_END)
    if header_end < 0:
        return None
    end = pos + header_end + len(_END) + block_length
    handle.seek(end)
    return end + len(_END) if handle.read(len(_END)) == _END else None


def _gzip_member_end(handle: BinaryIO, pos: int, block_length: int) -> int | None:
    """The end of the gzip member at ``pos``, if it is whole and holds exactly one record."""
    handle.seek(pos)
    inflater = zlib.decompressobj(wbits=31)
    head = tail = b""
    total = 0
    pending = b""
    try:
        while not inflater.eof:
            if not pending:
                pending = handle.read(_CHUNK)
                if not pending:
                    return None  # the member is cut
            out = inflater.decompress(pending, _CHUNK)  # bounded output: a bomb stays small
            pending = inflater.unconsumed_tail
            total += len(out)
            head = head if len(head) >= _MAX_HEADER else (head + out)[:_MAX_HEADER]
            tail = (tail + out)[-len(_END) :]
    except zlib.error:
        return None
    header_end = head.find(_END)
    if header_end < 0 or total != header_end + 2 * len(_END) + block_length or tail != _END:
        return None
    return handle.tell() - len(inflater.unused_data) - len(pending)


__all__ = ["GZIP_MAGIC", "WARC_MAGIC", "read_warc"]
