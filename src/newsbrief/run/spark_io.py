"""The Spark job's files: input listing, per-input completion markers, the staged output and
its swap into place.  No pyspark here: the driver does this with ``pyarrow.fs`` (local paths,
and ``s3://``, ``gs://``, ``hdfs://`` URIs where pyarrow reaches them).

Output folder ``DIR``::

    DIR/articles/ facts/ duplicates/ stories/ briefs/ quarantine/    Parquet tables
    DIR/_inputs/<hash>.json      one per input read whole: {"path" (or URI), "size", "mtime_ns"}
    DIR/_staging/                a run's tables while it writes them; _COMPLETE when all are
    DIR/_previous/               the tables a swap replaced, until the swap is done

A run writes every table under ``_staging``, then ``_staging/_COMPLETE`` (with the markers it
will write), then moves each old table to ``_previous`` and each staged one into place, then
writes the markers and removes ``_previous`` and ``_staging``.  A run killed before
``_COMPLETE`` leaves the old tables as they were (the next run deletes the staging); one
killed after it is finished by the next run (``recover``) before it does anything else.  So
readers only ever see a whole run's tables; ``newsbrief import`` refuses a folder with an
unfinished swap.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from newsbrief.errors import ConfigError, MissingDependency
from newsbrief.models import Skipped
from newsbrief.read.paths import input_files, unreadable
from newsbrief.run.spark_inputs import is_uri, list_uri, pyarrow_uri

TABLES = ("articles", "facts", "duplicates", "stories", "briefs", "quarantine")
STAGING = "_staging"
PREVIOUS = "_previous"
INPUTS = "_inputs"
COMPLETE = "_COMPLETE"


@dataclass(frozen=True)
class InputFile:
    """One input file as the driver found it; ``path`` is what readers name records by."""

    path: str
    size: int
    mtime_ns: int

    @property
    def key(self) -> str:
        return hashlib.sha256(self.path.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def list_inputs(paths: Sequence[str]) -> tuple[list[InputFile], list[Skipped]]:
    """Every input file under PATHS (folders walked as corpus mode walks them), with size and
    modification time, and a ``Skipped`` for each that cannot be read.  A PATH with a scheme
    (``s3://…``) is listed through ``pyarrow.fs`` and its files are named by URI
    (``run.spark_inputs``)."""
    found: list[InputFile] = []
    skipped: list[Skipped] = []
    for given in paths:
        if given == "-":
            raise ConfigError("newsbrief spark reads files and folders, not standard input (-)")
        if is_uri(given):
            for entry in list_uri(given):
                if isinstance(entry, Skipped):
                    skipped.append(entry)
                else:
                    found.append(InputFile(*entry))
            continue
        for item in input_files(Path(given)):
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            try:
                info = item.stat()
            except OSError as exc:
                skipped.append(unreadable(item, exc))
                continue
            found.append(InputFile(str(item), info.st_size, info.st_mtime_ns))
    unique = {f.path: f for f in found}
    return sorted(unique.values(), key=lambda f: f.path), skipped


class OutputDir:
    """The output folder of a Spark run (see the module docstring)."""

    def __init__(self, uri: str) -> None:
        try:
            from pyarrow import fs
        except ImportError as exc:
            raise MissingDependency("pyarrow", "spark") from exc
        self._fs_module = fs
        if is_uri(uri):
            try:
                self.fs, self.base = fs.FileSystem.from_uri(pyarrow_uri(uri))
            except (OSError, ValueError, NotImplementedError) as exc:
                raise ConfigError(
                    f"cannot open the output folder {uri}: {type(exc).__name__}: "
                    f"{str(exc).strip()[:300]}"
                ) from exc
            self.uri = uri.rstrip("/")
        else:
            self.fs, self.base = fs.LocalFileSystem(), str(Path(uri).resolve())
            self.uri = self.base
        self.base = self.base.rstrip("/")

    def path(self, *parts: str) -> str:
        return "/".join([self.base, *parts])

    def spark_path(self, *parts: str) -> str:
        """What Spark's reader and writer take for the same place."""
        return "/".join([self.uri, *parts])

    def exists(self, *parts: str) -> bool:
        info = self.fs.get_file_info(self.path(*parts))
        return bool(info.type != self._fs_module.FileType.NotFound)

    def has_table(self, name: str) -> bool:
        return self.exists(name)

    def _delete(self, *parts: str) -> None:
        info = self.fs.get_file_info(self.path(*parts))
        if info.type == self._fs_module.FileType.Directory:
            self.fs.delete_dir(self.path(*parts))
        elif info.type == self._fs_module.FileType.File:
            self.fs.delete_file(self.path(*parts))

    def _write(self, data: bytes, *parts: str) -> None:
        with self.fs.open_output_stream(self.path(*parts)) as out:
            out.write(data)

    def read_file(self, *parts: str) -> bytes:
        return self._read(*parts)

    def _read(self, *parts: str) -> bytes:
        with self.fs.open_input_stream(self.path(*parts)) as handle:
            data: bytes = handle.read()
        return data

    # --- markers ---------------------------------------------------------------------------

    def done_inputs(self) -> dict[str, InputFile]:
        """path -> the input as it was when a run read it whole."""
        if not self.exists(INPUTS):
            return {}
        selector = self._fs_module.FileSelector(self.path(INPUTS))
        found = {}
        for info in self.fs.get_file_info(selector):
            if info.path.endswith(".json"):
                data = json.loads(self._read(INPUTS, Path(info.path).name))
                marker = InputFile(str(data["path"]), int(data["size"]), int(data["mtime_ns"]))
                found[marker.path] = marker
        return found

    def _mark(self, inputs: Sequence[InputFile]) -> None:
        self.fs.create_dir(self.path(INPUTS), recursive=True)
        for item in inputs:
            self._write(json.dumps(asdict(item)).encode(), INPUTS, f"{item.key}.json")

    # --- staging and swap -------------------------------------------------------------------

    def recover(self) -> bool:
        """Finish a swap a killed run left (True), or drop its unfinished staging."""
        if self.exists(STAGING, COMPLETE):
            self._swap()
            return True
        self._delete(STAGING)
        self._delete(PREVIOUS)
        return False

    def pending(self) -> bool:
        """Whether a finished run's swap is still to be done (readers must wait)."""
        return self.exists(STAGING, COMPLETE)

    def stage_path(self, table: str) -> str:
        return self.spark_path(STAGING, table)

    def commit(self, finished: Sequence[InputFile], report: dict[str, Any]) -> None:
        """Swap the staged tables into place and mark ``finished`` inputs done."""
        payload = {"inputs": [asdict(f) for f in finished], "report": report}
        self._write(json.dumps(payload).encode(), STAGING, COMPLETE)
        self._swap()

    def _swap(self) -> None:
        data = json.loads(self._read(STAGING, COMPLETE))
        self.fs.create_dir(self.path(PREVIOUS), recursive=True)
        for table in TABLES:
            if not self.exists(STAGING, table):
                continue  # moved by an earlier, killed, swap
            if self.exists(table):
                self._delete(PREVIOUS, table)
                self.fs.move(self.path(table), self.path(PREVIOUS, table))
            self.fs.move(self.path(STAGING, table), self.path(table))
        self._mark(
            [InputFile(str(d["path"]), int(d["size"]), int(d["mtime_ns"])) for d in data["inputs"]]
        )
        self._write(json.dumps(data["report"], indent=2).encode(), "_report.json")
        self._delete(PREVIOUS)
        self._delete(STAGING)

    def iter_tables(self) -> Iterator[str]:
        for table in TABLES:
            if self.exists(table):
                yield table


__all__ = ["COMPLETE", "TABLES", "InputFile", "OutputDir", "list_inputs"]
