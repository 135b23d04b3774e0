"""JSON Lines: one article a line, streamed, each record checked on its own.

Takes an open JSONL file (or lines of one); gives a ``RawDocument`` per good record and a
``Skipped`` naming ``file:line`` and the rule for each bad one.  Fields: ``text`` (or
``html``), and optional ``id``, ``url``, ``title``, ``published`` and ``story``.  At most one
record's worth of bytes (``IngestSettings.max_record_bytes``) is read at a time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped
from newsbrief.read.text import MAX_CONTROL_RATIO, SNIFF_BYTES, control_ratio, normalize_date
from newsbrief.settings import IngestSettings


def read_jsonl_stream(
    source: str, handle: BinaryIO, settings: IngestSettings
) -> Iterator[RawDocument | Skipped]:
    """Records of an open JSONL file, reading at most one record's worth of bytes at a time."""
    head = handle.read(SNIFF_BYTES)
    if b"\x00" in head or control_ratio(head) > MAX_CONTROL_RATIO:
        yield Skipped(source, SkipReason.BINARY, f"{source}: binary data, not JSON Lines")
        return
    handle.seek(0)
    limit = settings.max_record_bytes
    line_number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        line_number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_to_line_end(handle)
            yield Skipped(
                f"{source}:{line_number}",
                SkipReason.TOO_LARGE,
                f"{source}:{line_number}: record over the {limit}-byte limit "
                "(raise IngestSettings.max_record_bytes to read it)",
            )
            continue
        yield from read_jsonl_lines(source, [(line_number, _decode_line(line))], settings)


def _skip_to_line_end(handle: BinaryIO) -> None:
    while True:
        chunk = handle.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8-sig")
    except UnicodeDecodeError:
        # A stray legacy byte in one record should not cost the record: JSON's own syntax is
        # ASCII, so cp1252 can only change what is inside strings.
        return line.decode("cp1252", errors="replace")


def read_jsonl_lines(
    source: str, lines: Iterable[tuple[int, str]], settings: IngestSettings
) -> Iterator[RawDocument | Skipped]:
    for line_number, line in lines:
        if not line.strip():
            continue  # blank lines separate nothing and are not records
        where = f"{source}:{line_number}"
        if len(line.encode("utf-8", errors="surrogatepass")) > settings.max_record_bytes:
            yield Skipped(
                where,
                SkipReason.TOO_LARGE,
                f"{where}: record over the {settings.max_record_bytes}-byte limit",
            )
        else:
            yield jsonl_record(where, line)


def jsonl_record(where: str, line: str) -> RawDocument | Skipped:
    """One JSONL line as a RawDocument: ``text`` (or ``html``), and optional ``id``, ``url``,
    ``title``, ``published`` and ``story`` fields."""
    try:
        record = json.loads(line, parse_constant=_no_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        return _bad_record(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return _bad_record(where, "JSON nested too deeply to read")
    except ValueError as exc:  # NaN / Infinity, a float out of range, a 5,000-digit integer
        return _bad_record(where, f"not valid JSON for newsbrief ({exc})")
    if not isinstance(record, dict):
        return _bad_record(where, f"a JSON {type(record).__name__}, not an object")
    text, html = _field(record, "text"), _field(record, "html")
    if not (text and text.strip()) and not (html and html.strip()):
        return _bad_record(where, "has neither a 'text' nor an 'html' string field")
    published = _field(record, "published")
    return RawDocument(
        source=where,
        # Plain text wins over markup: it was already extracted by whoever wrote the record.
        kind="jsonl" if text and text.strip() else "html",
        body=text if text and text.strip() else html or "",
        doc_id=_field(record, "id"),
        url=_field(record, "url"),
        title=_field(record, "title"),
        published=normalize_date(published) if published else None,
        story=_field(record, "story"),
    )


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:20]!r} is out of range")
    return value


def _field(record: dict[str, object], name: str) -> str | None:
    value = record.get(name)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return value if isinstance(value, str) else None


def _bad_record(where: str, why: str) -> Skipped:
    return Skipped(where, SkipReason.BAD_RECORD, f"{where}: {why}")


__all__ = ["jsonl_record", "read_jsonl_lines", "read_jsonl_stream"]
