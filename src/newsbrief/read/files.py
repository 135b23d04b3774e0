"""Ingest: paths (files, folders, ``-`` for stdin) -> RawDocument | Skipped.

Takes the PATH arguments of the CLI and gives one ``RawDocument`` per article record found, in
a deterministic order (folders are walked recursively, sorted, hidden entries skipped:
``read.paths``), or a ``Skipped`` saying which file (and line) was rejected and by which rule.
Bad input never raises.

Readers: plain text (``.txt`` or extension-less text; optional ``date …`` / ``title …``
header lines; ``read.text``), HTML (``.html``/``.htm``; the markup is passed on as is and
``clean`` extracts the main text with trafilatura), JSON Lines (``.jsonl``/``.ndjson``;
streamed, one article a line; ``read.jsonl``), DUC/TREC SGML newswire (``<DOC>`` …
``</DOC>``; ``read.sgml``), WARC web archives (``.warc``/``.warc.gz``, HTML responses;
``read.warc``), RSS/Atom feeds (``.rss``/``.atom``/``.xml``, entries with the full article;
``read.feeds``) and gzip of any of these (``x.txt.gz`` …; ``read.compressed``).  A file with
no known extension is sniffed from its first bytes.  Dates are normalised to ISO
``YYYY-MM-DD``.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Literal, TextIO

from newsbrief.errors import SkipReason
from newsbrief.models import InputKind, RawDocument, Skipped
from newsbrief.read.compressed import read_gzip, read_gzip_jsonl
from newsbrief.read.feeds import is_feed, read_feed
from newsbrief.read.jsonl import read_jsonl_lines, read_jsonl_stream
from newsbrief.read.paths import input_files, unreadable
from newsbrief.read.sgml import read_sgml
from newsbrief.read.text import SNIFF_BYTES, decode, normalize_date, read_plain_text, scrub
from newsbrief.read.warc import GZIP_MAGIC, WARC_MAGIC, read_warc
from newsbrief.settings import IngestSettings

STDIN = "<stdin>"
# What a file holds, which picks its reader: the RawDocument kinds, and containers of them.
FileKind = Literal[InputKind, "warc", "feed", "xml"]
TextKind = Literal[InputKind, "feed"]  # what ``sniff`` can tell from text
_KINDS_BY_SUFFIX: dict[str, FileKind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".sgml": "sgml",
    ".sgm": "sgml",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",  # a feed, or not read: decided by the content
}
_SUPPORTED = ", ".join(_KINDS_BY_SUFFIX) + ", any of them .gz, and extension-less text"
# Kinds that hold one article: a cut copy is not read (half an article reads as a whole one).
_SINGLE = ("text", "html")


def read_sources(
    paths: Sequence[str], *, settings: IngestSettings, stdin: TextIO | None = None
) -> Iterator[RawDocument | Skipped]:
    """Every record of every PATH, in order; ``-`` reads standard input (kind sniffed)."""
    for path in paths:
        if path == "-":
            for item in _read_stdin(stdin if stdin is not None else sys.stdin, settings):
                yield _scrubbed(item)
            continue
        for found in input_files(Path(path)):
            if isinstance(found, Skipped):
                yield _scrubbed(found)
            else:
                yield from read_file(found, settings)


def read_file(path: Path, settings: IngestSettings) -> Iterator[RawDocument | Skipped]:
    """Every record of one file (as ``input_files`` gives them), in order."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield _scrubbed(unreadable(path, exc))
        return
    for item in _read_file(path, size, settings):
        yield _scrubbed(item)


def _scrubbed(item: RawDocument | Skipped) -> RawDocument | Skipped:
    """Every string made valid UTF-8: a lone surrogate in a JSON field, or an undecodable
    byte in a file name, would otherwise make the JSON output unwritable."""
    if isinstance(item, Skipped):
        return replace(item, source=scrub(item.source), detail=scrub(item.detail))
    return replace(
        item,
        source=scrub(item.source),
        body=scrub(item.body),
        doc_id=_scrub_or_none(item.doc_id),
        url=_scrub_or_none(item.url),
        title=_scrub_or_none(item.title),
        published=_scrub_or_none(item.published),
        story=_scrub_or_none(item.story),
    )


def _scrub_or_none(value: str | None) -> str | None:
    return None if value is None else scrub(value)


def _kind_of(path: Path) -> tuple[FileKind | None, bool] | Skipped:
    """The reader a file's name asks for (None when its content must decide), and whether
    the file is gzipped (``.gz``; the kind is then the name's before it)."""
    name = path.name.lower()
    gzipped = name.endswith(".gz")
    suffix = Path(name[:-3] if gzipped else name).suffix
    # DUC/TREC file names end in a number ("APW19981017.0151"): that is no extension.
    if not suffix or suffix[1:].isdigit():
        return None, gzipped
    kind = _KINDS_BY_SUFFIX.get(suffix)
    if kind is None:
        shown = suffix + (".gz" if gzipped else "")
        return Skipped(
            str(path),
            SkipReason.UNSUPPORTED,
            f"{path}: unsupported file type {shown!r} (newsbrief reads {_SUPPORTED})",
        )
    return kind, gzipped


def unsupported_name(path: Path) -> Skipped | None:
    """The ``Skipped`` a file's name alone earns (a suffix no reader takes), else None: what
    ``read_file`` yields for it, told before the file is opened (or, for a remote input,
    fetched)."""
    named = _kind_of(path)
    return named if isinstance(named, Skipped) else None


def _read_file(path: Path, size: int, settings: IngestSettings) -> Iterator[RawDocument | Skipped]:
    named = _kind_of(path)
    if isinstance(named, Skipped):
        yield named
        return
    if size == 0:
        yield Skipped(str(path), SkipReason.EMPTY, f"{path}: file is empty")
        return
    kind, gzipped = named
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        yield unreadable(path, exc)
        return
    if kind is None and head.startswith(GZIP_MAGIC):
        gzipped = True
    if gzipped and kind is None:
        kind = "warc" if _gunzip_head(path).startswith(WARC_MAGIC) else None
    if kind is None and head.startswith(WARC_MAGIC):
        kind = "warc"
    # WARC (gzipped or not) and JSONL are streamed, so only their records have a size limit;
    # other gzipped files have it on what they decompress to.
    if kind == "warc":
        yield from read_warc(path, settings)
    elif gzipped and kind == "jsonl":
        yield from read_gzip_jsonl(path, settings)
    elif gzipped:
        yield from read_gzip(
            path, settings, lambda src, data, cut: _read_bytes(kind, src, data, cut, settings)
        )
    else:
        yield from _read_plain_file(path, kind, size, settings)


def _gunzip_head(path: Path) -> bytes:
    """The first decompressed bytes of a gzip file (empty when there are none to be had)."""
    try:
        with gzip.open(path, "rb") as raw:
            return raw.read(len(WARC_MAGIC))
    except (EOFError, OSError, zlib.error):
        return b""


def _read_plain_file(
    path: Path, kind: FileKind | None, size: int, settings: IngestSettings
) -> Iterator[RawDocument | Skipped]:
    if kind != "jsonl" and size > settings.max_file_bytes:
        yield Skipped(
            str(path),
            SkipReason.TOO_LARGE,
            f"{path}: {size} bytes is over the {settings.max_file_bytes}-byte limit "
            "(raise IngestSettings.max_file_bytes to read it)",
        )
        return
    try:
        with path.open("rb") as handle:
            if kind == "jsonl":
                yield from read_jsonl_stream(str(path), handle, settings)
                return
            data = handle.read()
    except OSError as exc:
        yield unreadable(path, exc)
        return
    yield from _read_bytes(kind, str(path), data, False, settings)


def _read_bytes(
    kind: FileKind | None, source: str, data: bytes, cut: bool, settings: IngestSettings
) -> Iterator[RawDocument | Skipped]:
    """A file's (or a decompressed file's) bytes read as ``kind``; ``cut``: they end early."""
    if kind == "feed":  # feedparser finds a feed's encoding itself, from its XML declaration
        yield from read_feed(source, data, cut=cut)
        return
    text = decode(data, source)
    if isinstance(text, Skipped):
        yield text
        return
    found = sniff(text) if kind is None else kind
    if found == "xml":
        found = "feed" if is_feed(text[:SNIFF_BYTES]) else "xml"
    if found == "feed":
        yield from read_feed(source, data, cut=cut)
    elif found == "xml":
        yield Skipped(
            source, SkipReason.UNSUPPORTED, f"{source}: XML that is not an RSS or Atom feed"
        )
    elif found == "warc":  # a WARC file is named or sniffed before it is read whole
        yield Skipped(
            source, SkipReason.UNSUPPORTED, f"{source}: a WARC archive inside a container"
        )
    elif not (cut and found in _SINGLE):
        yield from _read_text_as(found, source, text, settings)


def _read_text_as(
    kind: TextKind, source: str, text: str, settings: IngestSettings
) -> Iterator[RawDocument | Skipped]:
    if not text.strip():
        yield Skipped(source, SkipReason.EMPTY, f"{source}: only whitespace")
    elif kind == "feed":
        yield from read_feed(source, _utf8_xml(text))
    elif kind == "jsonl":
        yield from read_jsonl_lines(source, enumerate(text.splitlines(), 1), settings)
    elif kind == "sgml":
        yield from read_sgml(source, text, normalize_date)
    elif kind == "html":
        yield RawDocument(source=source, kind="html", body=text)
    else:
        yield read_plain_text(source, text)


_XML_ENCODING = re.compile(r"""^(\ufeff?\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


def _utf8_xml(text: str) -> bytes:
    """Decoded XML as UTF-8 bytes, its encoding declaration (now wrong) taken out."""
    return _XML_ENCODING.sub(r"\1", text, count=1).encode("utf-8", errors="surrogatepass")


def sniff(text: str) -> TextKind:
    """What kind of document a text is, from its first few kilobytes."""
    head = text[:SNIFF_BYTES].lstrip("\ufeff \t\r\n")
    if re.search(r"<DOC>", head):
        return "sgml"
    if is_feed(head):
        return "feed"
    if re.match(r"<!doctype html|<html\b|<\?xml", head, re.IGNORECASE) or re.search(
        r"<(?:head|body|article|div|p)\b[^>]*>", head, re.IGNORECASE
    ):
        return "html"
    if head.startswith("{") and _is_json_object(head.split("\n", 1)[0]):
        return "jsonl"
    return "text"


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return False


# --- standard input -------------------------------------------------------------------------


def _read_stdin(stdin: TextIO, settings: IngestSettings) -> Iterator[RawDocument | Skipped]:
    try:
        head = stdin.read(settings.max_file_bytes + 1)
    except UnicodeDecodeError as exc:
        yield Skipped(STDIN, SkipReason.ENCODING, f"{STDIN}: not valid text ({exc.reason})")
        return
    except OSError as exc:
        yield Skipped(STDIN, SkipReason.UNREADABLE, f"{STDIN}: {exc.strerror or exc}")
        return
    if not head:
        yield Skipped(STDIN, SkipReason.EMPTY, f"{STDIN}: no input")
        return
    if "\x00" in head[:SNIFF_BYTES]:
        yield Skipped(STDIN, SkipReason.BINARY, f"{STDIN}: binary data, not text")
        return
    kind = sniff(head)
    if kind == "jsonl":  # streamed on past the first chunk, like a JSONL file
        yield from read_jsonl_lines(STDIN, enumerate(_chunk_then_rest(head, stdin), 1), settings)
    elif len(head) > settings.max_file_bytes:
        yield Skipped(
            STDIN,
            SkipReason.TOO_LARGE,
            f"{STDIN}: over the {settings.max_file_bytes}-character limit",
        )
    else:
        yield from _read_text_as(kind, STDIN, head, settings)


def _chunk_then_rest(head: str, stream: TextIO) -> Iterator[str]:
    """The lines of ``head`` followed by the rest of ``stream``, a split line made whole."""
    lines = head.splitlines(keepends=True)
    tail = lines.pop() if lines and not lines[-1].endswith("\n") else ""
    yield from (line.rstrip("\r\n") for line in lines)
    for line in stream:
        yield (tail + line).rstrip("\r\n")
        tail = ""
    if tail:
        yield tail


# input_files lives in read.paths; corpus mode and brief mode take it from here.
__all__ = [
    "STDIN",
    "FileKind",
    "TextKind",
    "input_files",
    "read_file",
    "read_sources",
    "sniff",
    "unsupported_name",
]
