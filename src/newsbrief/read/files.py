"""Ingest: paths (files, folders, ``-`` for stdin) -> RawDocument | Skipped.

Takes the PATH arguments of the CLI and gives one ``RawDocument`` per article record found, in
a deterministic order (folders are walked recursively, sorted, hidden entries skipped), or a
``Skipped`` saying which file (and line) was rejected and by which rule.  Bad input never
raises.

Readers: plain text (``.txt`` or extension-less text; optional ``date …`` / ``title …`` header
lines), HTML (``.html``/``.htm``; the markup is passed on as is and ``clean`` extracts the main
text with trafilatura), JSON Lines (``.jsonl``/``.ndjson``; streamed, one article a line) and
DUC/TREC SGML newswire (``<DOC>`` … ``</DOC>``, see ``newsbrief.read.sgml``).  Dates are normalised
to ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO, TextIO

from newsbrief.errors import SkipReason
from newsbrief.models import InputKind, RawDocument, Skipped
from newsbrief.read.sgml import read_sgml
from newsbrief.settings import IngestSettings

STDIN = "<stdin>"
_KINDS_BY_SUFFIX: dict[str, InputKind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".sgml": "sgml",
    ".sgm": "sgml",
}
_SUPPORTED = ", ".join(_KINDS_BY_SUFFIX) + " and extension-less text"
_SNIFF_BYTES = 8192
# Share of control bytes above which a file is binary: text has at most a few stray ones
# (form feeds, DUC's \x1f); images and archives have ~10% or more.
_MAX_CONTROL_RATIO = 0.05
# A legacy-encoded (cp1252/latin-1) news file is still mostly ASCII; random bytes are not.
_MIN_ASCII_RATIO = 0.7


def read_sources(
    paths: Sequence[str], *, settings: IngestSettings, stdin: TextIO | None = None
) -> Iterator[RawDocument | Skipped]:
    """Every record of every PATH, in order; ``-`` reads standard input (kind sniffed)."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, settings)
        else:
            yield from _read_path(Path(path), settings)


# --- files and folders ----------------------------------------------------------------------


def _read_path(path: Path, settings: IngestSettings) -> Iterator[RawDocument | Skipped]:
    try:
        info = path.stat()
    except FileNotFoundError:
        why = "broken symbolic link" if path.is_symlink() else "no such file or directory"
        yield Skipped(str(path), SkipReason.UNREADABLE, f"{path}: {why}")
        return
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    if not stat.S_ISDIR(info.st_mode):
        yield from _read_file(path, info.st_size, settings)
        return
    for item in _walk(path):
        if isinstance(item, Skipped):
            yield item
        elif item.is_dir():  # only a symbolic link can be a folder here
            yield Skipped(
                str(item),
                SkipReason.UNSUPPORTED,
                f"{item}: symbolic link to a folder, not followed (name it as a PATH to read it)",
            )
        else:
            yield from _read_path(item, settings)


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    """Files under ``folder``, depth first, sorted by name, hidden entries left out.

    Symbolic links to folders are not followed, so a link loop cannot make the walk endless.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield _unreadable(folder, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError as exc:
            yield _unreadable(Path(entry.path), exc)
            continue
        if is_folder:
            yield from _walk(Path(entry.path))
        else:
            yield Path(entry.path)


def _unreadable(path: Path, exc: OSError) -> Skipped:
    return Skipped(str(path), SkipReason.UNREADABLE, f"{path}: {exc.strerror or exc}")


def _kind_of(path: Path) -> InputKind | Skipped | None:
    """The reader a file's extension asks for; None when its content must decide."""
    suffix = path.suffix.lower()
    # DUC/TREC file names end in a number ("APW19981017.0151"): that is no extension.
    if not suffix or suffix[1:].isdigit():
        return None
    kind = _KINDS_BY_SUFFIX.get(suffix)
    if kind is None:
        return Skipped(
            str(path),
            SkipReason.UNSUPPORTED,
            f"{path}: unsupported file type {suffix!r} (newsbrief reads {_SUPPORTED})",
        )
    return kind


def _read_file(path: Path, size: int, settings: IngestSettings) -> Iterator[RawDocument | Skipped]:
    kind = _kind_of(path)
    if isinstance(kind, Skipped):
        yield kind
        return
    if size == 0:
        yield Skipped(str(path), SkipReason.EMPTY, f"{path}: file is empty")
        return
    # JSONL is streamed record by record, so only its records have a size limit.
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
                yield from _read_jsonl_stream(str(path), handle, settings)
                return
            data = handle.read()
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    text = decode(data, str(path))
    if isinstance(text, Skipped):
        yield text
    else:
        yield from _read_text_as(kind or sniff(text), str(path), text, settings)


def _read_text_as(
    kind: InputKind, source: str, text: str, settings: IngestSettings
) -> Iterator[RawDocument | Skipped]:
    if not text.strip():
        yield Skipped(source, SkipReason.EMPTY, f"{source}: only whitespace")
    elif kind == "jsonl":
        yield from _read_jsonl_lines(source, enumerate(text.splitlines(), 1), settings)
    elif kind == "sgml":
        yield from read_sgml(source, text, normalize_date)
    elif kind == "html":
        yield RawDocument(source=source, kind="html", body=text)
    else:
        yield read_plain_text(source, text)


# --- bytes to text --------------------------------------------------------------------------


def decode(data: bytes, source: str) -> str | Skipped:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1 when
    the bytes still look like text.  Binary data and hopeless encodings become ``Skipped``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return Skipped(source, SkipReason.ENCODING, f"{source}: broken UTF-16 text")
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head or _control_ratio(head) > _MAX_CONTROL_RATIO:
        return Skipped(source, SkipReason.BINARY, f"{source}: binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if sum(1 for byte in head if byte < 0x80) < _MIN_ASCII_RATIO * len(head):
        return Skipped(
            source,
            SkipReason.ENCODING,
            f"{source}: not UTF-8, and too few ASCII bytes to be cp1252/latin-1 text",
        )
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; latin-1 maps them all
        return data.decode("latin-1")


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(1 for byte in data if byte < 0x20 and byte not in b"\t\n\r\x0c") + data.count(
        0x7F
    )
    return controls / len(data)


def sniff(text: str) -> InputKind:
    """What kind of document a text is, from its first few kilobytes."""
    head = text[:_SNIFF_BYTES].lstrip("\ufeff \t\r\n")
    if re.search(r"<DOC>", head):
        return "sgml"
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
    except json.JSONDecodeError:
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
    if "\x00" in head[:_SNIFF_BYTES]:
        yield Skipped(STDIN, SkipReason.BINARY, f"{STDIN}: binary data, not text")
        return
    kind = sniff(head)
    if kind == "jsonl":  # streamed on past the first chunk, like a JSONL file
        yield from _read_jsonl_lines(STDIN, enumerate(_chunk_then_rest(head, stdin), 1), settings)
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


# --- plain text -----------------------------------------------------------------------------

_HEADER = re.compile(r"(?P<key>date|title)(?::\s*|\s+)(?P<value>.*)")


def read_plain_text(source: str, text: str) -> RawDocument:
    """A text article; leading ``title …`` / ``date …`` lines become metadata.

    A date header may have other text glued on after the date on the same line (sample 004:
    ``date 2017-08-28 Lebanese soldiers arrive … (Reuters photo)``); that rest stays in the
    body, where the cleaner judges it like any other line.
    """
    lines = text.split("\n")
    title: str | None = None
    published: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        header = _HEADER.fullmatch(line)
        if not line:
            index += 1
            continue
        if header is None:
            break
        value = header["value"].strip()
        if header["key"] == "title" and title is None and value:
            title = value
        elif header["key"] == "date" and published is None:
            found = _leading_date(value)
            if found is None:
                break  # "date night is back" is prose, not a header
            published, rest = found
            lines[index] = rest
            if rest:
                break
        else:
            break
        index += 1
    return RawDocument(
        source=source,
        kind="text",
        body="\n".join(lines[index:]),
        title=title,
        published=published,
    )


def _leading_date(value: str) -> tuple[str, str] | None:
    """The date at the start of ``value`` (longest match wins) and the text after it."""
    words = value.split()
    for count in range(min(len(words), 6), 0, -1):
        iso = normalize_date(" ".join(words[:count]))
        if iso is not None:
            return iso, " ".join(words[count:])
    return None


# --- dates ----------------------------------------------------------------------------------

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_PREFIXES = "janfebmaraprmayjunjulaugsepoctnovdec"
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?"
_ISO = re.compile(r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})" + _TIME)
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})")
_US = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})" + _TIME)
_MONTH_FIRST = re.compile(_MONTH + r"\.? (?P<d>\d{1,2}),? (?P<y>\d{4})" + _TIME, re.IGNORECASE)
_DAY_FIRST = re.compile(r"(?P<d>\d{1,2}) " + _MONTH + r"\.? (?P<y>\d{4})" + _TIME, re.IGNORECASE)


def normalize_date(value: str) -> str | None:
    """``value`` as ISO ``YYYY-MM-DD``, or None when it is not a date we recognise.

    Accepts ISO dates and timestamps, ``10/17/1998 05:50:00`` (US order, as in DUC),
    ``Aug. 28, 2017``, ``28 August 2017``, ``19981017`` and RFC 2822.  The date is taken as
    written, without converting time zones: it is the day the outlet says it published.
    """
    value = value.strip().strip(",")
    for pattern in (_ISO, _US, _COMPACT):
        match = pattern.fullmatch(value)
        if match:
            return _iso(match["y"], match["m"], match["d"])
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        match = pattern.fullmatch(value)
        if match:
            month = _MONTH_PREFIXES.index(match["mon"][:3].lower()) // 3 + 1
            return _iso(match["y"], str(month), match["d"])
    return _rfc2822(value)


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _rfc2822(value: str) -> str | None:
    if not re.search(r"\d{4}", value):  # parsedate accepts two-digit years; we do not
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


# --- JSON Lines -----------------------------------------------------------------------------


def _read_jsonl_stream(
    source: str, handle: BinaryIO, settings: IngestSettings
) -> Iterator[RawDocument | Skipped]:
    """Records of an open JSONL file, reading at most one record's worth of bytes at a time."""
    head = handle.read(_SNIFF_BYTES)
    if b"\x00" in head or _control_ratio(head) > _MAX_CONTROL_RATIO:
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
        yield from _read_jsonl_lines(source, [(line_number, _decode_line(line))], settings)


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


def _read_jsonl_lines(
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
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return _bad_record(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
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


def _field(record: dict[str, object], name: str) -> str | None:
    value = record.get(name)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return value if isinstance(value, str) else None


def _bad_record(where: str, why: str) -> Skipped:
    return Skipped(where, SkipReason.BAD_RECORD, f"{where}: {why}")
