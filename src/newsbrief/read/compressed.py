"""gzip-compressed inputs (``x.txt.gz``, ``x.jsonl.gz``, ``x.rss.gz`` …): decompress, then read.

Takes a ``.gz`` file and the reader its inner kind asks for; gives that reader's records.
JSON Lines are streamed record by record straight out of the decompressor; every other kind
is decompressed up to ``IngestSettings.max_file_bytes`` and never further (a gzip bomb costs
that much memory, not what it expands to).  A cut or corrupt gzip keeps the records that
decompressed cleanly and adds one ``Skipped(PARTIAL)``; its offset counts *decompressed*
bytes, since the compressed position of the damage says nothing about what was read.  A
single-article file (text, HTML) cut part-way is not read at all: half an article would be
summarised as if it were whole.  ``.warc.gz`` does not come here: FastWARC reads it.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped
from newsbrief.read.jsonl import read_jsonl_stream
from newsbrief.settings import IngestSettings

_CHUNK = 1 << 16
# What a damaged gzip stream raises: EOFError when cut, BadGzipFile / zlib.error when corrupt.
_GZIP_ERRORS = (EOFError, OSError, zlib.error)

# Reads decompressed bytes: (source, data, cut) -> records.  ``cut``: data ends early.
ReadBytes = Callable[[str, bytes, bool], Iterator[RawDocument | Skipped]]


def read_gzip_jsonl(path: Path, settings: IngestSettings) -> Iterator[RawDocument | Skipped]:
    """The records of a gzipped JSON Lines file, streamed; a damaged stream ends them early."""
    source = str(path)
    try:
        with gzip.open(path, "rb") as raw:
            guarded = _Guarded(raw)
            yield from read_jsonl_stream(source, guarded, settings)  # type: ignore[arg-type]
    except OSError as exc:  # the file itself could not be opened
        yield Skipped(source, SkipReason.UNREADABLE, f"{source}: {exc.strerror or exc}")
        return
    if guarded.error is not None:
        yield partial(source, guarded.clean, guarded.error)


def read_gzip(
    path: Path, settings: IngestSettings, read: ReadBytes
) -> Iterator[RawDocument | Skipped]:
    """A gzipped file decompressed (up to ``max_file_bytes``) and handed to ``read``, which
    is told when the data ends early (and then reads no single-article kind)."""
    source = str(path)
    limit = settings.max_file_bytes
    try:
        with gzip.open(path, "rb") as raw:
            data, error = _read_upto(raw, limit + 1)
    except OSError as exc:
        yield Skipped(source, SkipReason.UNREADABLE, f"{source}: {exc.strerror or exc}")
        return
    if len(data) > limit:
        yield Skipped(
            source,
            SkipReason.TOO_LARGE,
            f"{source}: decompresses to over the {limit}-byte limit "
            "(raise IngestSettings.max_file_bytes to read it)",
        )
        return
    found = 0
    if data:
        for item in read(source, data, error is not None):
            found += isinstance(item, RawDocument)
            yield item
    if error is not None:
        kept = "" if found else "nothing before it could be read whole"
        yield partial(source, len(data), error, kept=kept)
    elif not data:
        yield Skipped(source, SkipReason.EMPTY, f"{source}: decompresses to nothing")


def partial(source: str, offset: int, why: str, *, kept: str = "") -> Skipped:
    kept = kept or "the records before it were read"
    return Skipped(
        source,
        SkipReason.PARTIAL,
        f"{source}: cut or corrupt after decompressed byte {offset} ({why}); {kept}",
        offset=offset,
    )


def _read_upto(raw: gzip.GzipFile, size: int) -> tuple[bytes, str | None]:
    """Up to ``size`` decompressed bytes, read in chunks so that what came before damage is
    kept; and what the damage was, if any."""
    parts: list[bytes] = []
    total = 0
    while total < size:
        try:
            # read1: one decompression step a call, so damage costs no clean bytes before it.
            chunk = raw.read1(min(_CHUNK, size - total))
        except _GZIP_ERRORS as exc:
            return b"".join(parts), _why(exc)
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts), None


def _why(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "the gzip stream is cut"
    return f"the gzip stream is corrupt: {exc}"


class _Guarded:
    """A decompressing reader for ``read_jsonl_stream`` that turns damage into end of file.

    A line the damage cut is lost with the exception (GzipFile keeps it in its buffer), so
    no half record is ever parsed; ``clean`` is the decompressed size of what was given."""

    def __init__(self, raw: gzip.GzipFile) -> None:
        self._raw = raw
        self.error: str | None = None
        self.clean = 0

    def read(self, size: int = -1) -> bytes:
        return self._guard(lambda: self._raw.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._guard(lambda: self._raw.readline(size))

    def seek(self, offset: int, whence: int = 0) -> int:
        # read_jsonl_stream rewinds after sniffing; GzipFile rewinds by starting over.
        self.clean = self._raw.seek(offset, whence)
        self.error = None  # a rewind reads again up to the damage
        return self.clean

    def _guard(self, call: Callable[[], bytes]) -> bytes:
        if self.error is not None:
            return b""
        try:
            data = call()
        except _GZIP_ERRORS as exc:
            self.error = _why(exc)
            return b""
        self.clean += len(data)
        return data


__all__ = ["partial", "read_gzip", "read_gzip_jsonl"]
