"""Ingest: paths (files, folders, ``-`` for stdin) -> RawDocument | Skipped.

Takes the PATH arguments of the CLI and gives one ``RawDocument`` per article record found, in
a deterministic order (folders are walked recursively, sorted, hidden entries skipped), or a
``Skipped`` saying which file (and line) was rejected and by which rule.  Bad input never
raises.

Readers: plain text (``.txt`` or extension-less text; optional ``date …`` / ``title …``
header lines; ``read.text``), HTML (``.html``/``.htm``; the markup is passed on as is and
``clean`` extracts the main text with trafilatura), JSON Lines (``.jsonl``/``.ndjson``;
streamed, one article a line; ``read.jsonl``) and DUC/TREC SGML newswire (``<DOC>`` …
``</DOC>``; ``read.sgml``).  Dates are normalised to ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from newsbrief.errors import SkipReason
from newsbrief.models import InputKind, RawDocument, Skipped
from newsbrief.read.jsonl import read_jsonl_lines, read_jsonl_stream
from newsbrief.read.sgml import read_sgml
from newsbrief.read.text import SNIFF_BYTES, decode, normalize_date, read_plain_text, scrub
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
        yield _scrubbed(_unreadable(path, exc))
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


# --- files and folders ----------------------------------------------------------------------


def input_files(path: Path) -> Iterator[Path | Skipped]:
    """The files a PATH names: itself, or every file under a folder (sorted, depth first,
    hidden entries left out, no symbolic link followed out of the folder)."""
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
        yield path
        return
    root = os.path.realpath(path)
    for item in _walk(path):
        if isinstance(item, Skipped):
            yield item
        elif item.is_symlink() and not _inside(os.path.realpath(item), root):
            # A link out of the folder could read any file the user can (/etc/passwd).
            yield Skipped(
                str(item),
                SkipReason.UNSUPPORTED,
                f"{item}: symbolic link to a file outside {path}, not followed "
                "(name the file as a PATH to read it)",
            )
        elif item.is_dir():  # only a symbolic link can be a folder here
            yield Skipped(
                str(item),
                SkipReason.UNSUPPORTED,
                f"{item}: symbolic link to a folder, not followed (name it as a PATH to read it)",
            )
        else:
            yield from input_files(item)


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


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
                yield from read_jsonl_stream(str(path), handle, settings)
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
        yield from read_jsonl_lines(source, enumerate(text.splitlines(), 1), settings)
    elif kind == "sgml":
        yield from read_sgml(source, text, normalize_date)
    elif kind == "html":
        yield RawDocument(source=source, kind="html", body=text)
    else:
        yield read_plain_text(source, text)


def sniff(text: str) -> InputKind:
    """What kind of document a text is, from its first few kilobytes."""
    head = text[:SNIFF_BYTES].lstrip("\ufeff \t\r\n")
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
