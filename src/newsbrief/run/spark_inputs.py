"""Spark inputs given as URIs (``file://``, ``s3://``, ``gs://``, ``hdfs://`` …): listed on the
driver and fetched on the executors through ``pyarrow.fs``, never assumed to be local paths.

A PATH with a scheme (``scheme://…``) is a URI; anything else is a local path and is read
exactly as before (``read.paths`` + ``read.files``).  For a URI:

- ``list_uri`` (driver): the file itself, or every file under the folder, in the local walk's
  order (sorted by name, depth first) with its rules: hidden entries (``.name``) left out, a
  hidden folder not entered, and on a local file system (``file://``) no symbolic link
  followed out of the folder or into a linked folder.  Listing goes one folder at a time
  (not ``FileSelector(recursive=True)``) so that a hidden or linked folder is never entered
  and a link loop cannot make the walk endless.  Each file comes back as a URI of its own
  (the given one's scheme, host and query kept, each name percent-encoded), with size and
  modification time for the completion markers.
- ``read_uri`` (executor): a name no reader takes is skipped before anything is fetched;
  otherwise the file is streamed in ``CHUNK`` pieces to a private temporary folder under the
  same name (so ``.warc.gz``, ``.jsonl.gz`` and extension-less DUC names pick the same reader),
  read by ``read_file``, and every record and ``Skipped`` is renamed from the temporary path
  to the URI (``source`` and ``detail``).  The copy is deleted when the file is done.  A
  failed fetch raises ``OSError`` naming the URI: the task reports the file as an ``error``
  and it is not marked done, so the next run tries it again.

Why a temporary copy rather than streaming into the readers: the readers take a path (WARC
reads seek and re-open, gzip is sniffed, sizes are checked before reading) and must stay
exactly the embedded ones; a bounded-chunk copy costs disk equal to one file per running task,
never memory.

Why not Spark's ``binaryFiles``: it loads each whole file into the JVM and then into Python
as one value (a 1 GB WARC would be 1 GB in two heaps), and its listing has no notion of the
readers' file rules.  ``pyarrow.fs`` is already the spark extra's dependency, and
``newsbrief import`` uses it too.

Credentials come from the environment of every node (``AWS_*``, ``GOOGLE_APPLICATION_CREDENTIALS``,
Hadoop's configuration and ``libhdfs`` for ``hdfs://``); a URI with a password in it is
refused, since each record's ``source`` (written to the tables) is its URI.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from newsbrief.errors import ConfigError, MissingDependency, SkipReason
from newsbrief.models import RawDocument, Skipped
from newsbrief.read.files import read_file, unsupported_name
from newsbrief.settings import IngestSettings

# ``scheme://``: RFC 3986 scheme characters.  ``file:/x`` (no ``//``) stays a local path name.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
CHUNK = 1 << 20  # bytes per read while fetching: a task's memory stays flat whatever the file
# What each scheme needs on the nodes, for the error when its file system cannot be opened.
_NEEDS = {
    "hdfs": "pyarrow with libhdfs, a JVM (JAVA_HOME) and Hadoop's CLASSPATH on every node",
    "viewfs": "pyarrow with libhdfs, a JVM (JAVA_HOME) and Hadoop's CLASSPATH on every node",
    "s3": "pyarrow built with S3 and credentials in the environment (AWS_* or an instance role)",
    "s3a": "pyarrow built with S3 and credentials in the environment (AWS_* or an instance role)",
    "gs": "pyarrow built with GCS and credentials (GOOGLE_APPLICATION_CREDENTIALS or metadata)",
    "gcs": "pyarrow built with GCS and credentials (GOOGLE_APPLICATION_CREDENTIALS or metadata)",
    "abfs": "pyarrow built with Azure and credentials in the environment",
    "abfss": "pyarrow built with Azure and credentials in the environment",
}
_SUPPORTED = "file://, s3:// (s3a://), gs://, hdfs://, viewfs://, abfs:// (what pyarrow.fs opens)"


# Hadoop's names for S3 that pyarrow does not know: the same buckets, opened as s3://.
_ALIASES = {"s3a": "s3", "s3n": "s3"}


def pyarrow_uri(uri: str) -> str:
    """``uri`` as ``pyarrow.fs`` names the same place (``s3a://b/k`` -> ``s3://b/k``); the
    given URI stays what records are named by and what Spark is told."""
    scheme, sep, rest = uri.partition("://")
    alias = _ALIASES.get(scheme.lower())
    return f"{alias}{sep}{rest}" if alias else uri


def is_uri(path: str) -> bool:
    """Whether a PATH argument is a URI (``scheme://…``) rather than a local path."""
    return bool(_URI.match(path))


def _filesystem(uri: str) -> tuple[Any, str]:
    """``pyarrow.fs.FileSystem.from_uri``, failing with a ``ConfigError`` that names the URI
    and what its scheme needs, instead of pyarrow's traceback."""
    try:
        from pyarrow import fs
    except ImportError as exc:
        raise MissingDependency("pyarrow", "spark") from exc
    parts = urlsplit(uri)
    if parts.password is not None:
        raise ConfigError(
            f"{_shown(uri)}: a password in an input URI would be written into every record's "
            "source; give credentials through the environment of every node instead"
        )
    scheme = parts.scheme.lower()
    try:
        filesystem, path = fs.FileSystem.from_uri(pyarrow_uri(uri))
    except (OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        needs = _NEEDS.get(scheme)
        why = f"it needs {needs}" if needs else f"newsbrief reads {_SUPPORTED}"
        raise ConfigError(f"cannot open {uri}: {type(exc).__name__}: {_said(exc)} ({why})") from exc
    return filesystem, str(path)


def _said(exc: BaseException) -> str:
    """The first line of an error (pyarrow's libhdfs loader appends every path it tried)."""
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:300]


def check_uris(paths: list[str] | tuple[str, ...]) -> None:
    """Open the file system of every URI in PATHS (raises ``ConfigError``): the CLI checks
    before it starts Spark, so a bad URI fails in a second, not after the JVM is up."""
    for path in paths:
        if is_uri(path):
            _filesystem(path)


def _shown(uri: str) -> str:
    """A URI with any password taken out (for messages)."""
    parts = urlsplit(uri)
    if parts.password is None:
        return uri
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def _child(uri: str, name: str) -> str:
    """The URI of entry ``name`` in the folder ``uri`` (scheme, host and query kept)."""
    parts = urlsplit(uri)
    path = parts.path.rstrip("/") + "/" + quote(name, safe="")
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def list_uri(uri: str) -> Iterator[tuple[str, int, int] | Skipped]:
    """(file URI, size, mtime_ns) of the file ``uri`` names or of every file under it (see the
    module docstring), and a ``Skipped`` for each entry not read.  Raises ``ConfigError``
    when the file system cannot be opened or the URI itself cannot be looked at."""
    from pyarrow import fs

    filesystem, path = _filesystem(uri)
    try:
        info = filesystem.get_file_info(path)
    except OSError as exc:  # credentials, permissions, an unreachable service
        raise ConfigError(f"cannot list {_shown(uri)}: {_said(exc)}") from exc
    if info.type == fs.FileType.NotFound:
        yield Skipped(uri, SkipReason.UNREADABLE, f"{uri}: no such file or directory")
    elif info.type == fs.FileType.Directory:
        local = isinstance(filesystem, fs.LocalFileSystem)
        root = os.path.realpath(path) if local else None
        yield from _walk(filesystem, path, uri, root, uri)
    else:
        yield uri, int(info.size or 0), _mtime(info)


def _mtime(info: Any) -> int:
    # Object stores give every object a modification time; -1 where none is known (a changed
    # file of the same size is then only seen as changed by its size).
    return -1 if info.mtime_ns is None else int(info.mtime_ns)


def _walk(
    filesystem: Any, folder: str, uri: str, root: str | None, top: str
) -> Iterator[tuple[str, int, int] | Skipped]:
    """The files under ``folder`` one level at a time, sorted by name, depth first.  ``root``
    (the folder's real path) is set on a local file system, where links are checked."""
    from pyarrow import fs

    try:
        entries = filesystem.get_file_info(fs.FileSelector(folder))
    except OSError as exc:
        yield Skipped(uri, SkipReason.UNREADABLE, f"{uri}: {_said(exc)}")
        return
    if root is not None:  # pyarrow leaves broken links out; the local walk reports them
        entries = [*entries, *_broken_links(folder, {str(i.base_name) for i in entries})]
    for info in sorted(entries, key=lambda i: str(i.base_name)):
        name = str(info.base_name)
        if name.startswith("."):
            continue
        item = _child(uri, name)
        if root is not None and os.path.islink(info.path):
            # As ``read.paths`` does: a link out of the folder could read any file the user
            # can (/etc/passwd); a linked folder could loop.
            target = os.path.realpath(info.path)
            if not (target == root or target.startswith(root.rstrip(os.sep) + os.sep)):
                yield Skipped(
                    item,
                    SkipReason.UNSUPPORTED,
                    f"{item}: symbolic link to a file outside {top}, not followed "
                    "(name the file as a PATH to read it)",
                )
                continue
            if info.type == fs.FileType.Directory:
                yield Skipped(
                    item,
                    SkipReason.UNSUPPORTED,
                    f"{item}: symbolic link to a folder, not followed "
                    "(name it as a PATH to read it)",
                )
                continue
        if info.type == fs.FileType.Directory:
            yield from _walk(filesystem, info.path, item, root, top)
        elif info.type == fs.FileType.File:
            yield item, int(info.size or 0), _mtime(info)
        elif root is not None and os.path.islink(info.path):
            yield Skipped(item, SkipReason.UNREADABLE, f"{item}: broken symbolic link")
        else:  # not a file or folder (a socket …)
            yield Skipped(item, SkipReason.UNREADABLE, f"{item}: not a readable file")


def _broken_links(folder: str, listed: set[str]) -> list[Any]:
    """``FileInfo``s (type ``Unknown``) of the symbolic links in a local folder that point at
    nothing: ``pyarrow.fs`` lists them not at all."""
    from pyarrow import fs

    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [
        fs.FileInfo(os.path.join(folder, n), fs.FileType.Unknown)
        for n in names
        if n not in listed and os.path.islink(os.path.join(folder, n))
    ]


def fetch(uri: str, folder: Path) -> Path:
    """Copy the file ``uri`` into ``folder`` under its own name, ``CHUNK`` bytes at a time.
    Raises ``OSError`` naming the URI when it cannot be read."""
    name = unquote(urlsplit(uri).path.rstrip("/").rsplit("/", 1)[-1]) or "input"
    local = folder / name.replace(os.sep, "_")
    try:
        filesystem, path = _filesystem(uri)
        # compression=None: pyarrow would otherwise gunzip a .gz on the fly (and fail on a cut
        # one); the readers want the bytes as stored.
        stream = filesystem.open_input_stream(path, compression=None)
        with stream as source, local.open("wb") as copy:
            while chunk := source.read(CHUNK):
                copy.write(chunk)
    except (OSError, ConfigError) as exc:
        raise OSError(f"cannot fetch {_shown(uri)}: {_said(exc)}") from exc
    return local


def read_uri(uri: str, settings: IngestSettings) -> Iterator[RawDocument | Skipped]:
    """Every record of the file ``uri`` (as ``read_file`` gives a local file's), each named by
    the URI; the fetched copy is deleted when the records are done."""
    name = unquote(urlsplit(uri).path.rstrip("/").rsplit("/", 1)[-1])
    refused = unsupported_name(Path(name or "input"))
    if refused is not None:  # never fetched: no reader would take it
        yield _renamed(refused, name, uri)
        return
    with tempfile.TemporaryDirectory(prefix="newsbrief-input-") as folder:
        local = fetch(uri, Path(folder))
        for item in read_file(local, settings):
            yield _renamed(item, str(local), uri)


def _renamed(item: RawDocument | Skipped, local: str, uri: str) -> RawDocument | Skipped:
    """``item`` with the local copy's path (at the start of ``source``: ``path``,
    ``path:line``, ``path@offset``; anywhere in a detail) replaced by the URI."""
    source = uri + item.source[len(local) :] if item.source.startswith(local) else item.source
    if isinstance(item, Skipped):
        return replace(item, source=source, detail=item.detail.replace(local, uri))
    return replace(item, source=source)


__all__ = ["CHUNK", "check_uris", "fetch", "is_uri", "list_uri", "pyarrow_uri", "read_uri"]
