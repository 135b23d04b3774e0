"""Loaders for summarization evaluation sets.

Takes a path to a data set in one of the public formats; gives ``EvalCluster`` records: the
cluster's documents as ``RawDocument`` (not yet cleaned: the evaluation runs them through the
real cleaning stage, like any input) and its human reference summaries.

Formats (see ``../shared/eval/README.md``):
- DUC 2003/2004: ``docs/<cluster>/<DOCID>`` SGML newswire files, read by ``ingest``, and
  ``models/<CLUSTER>.M.100.<ASSESSOR>`` references (``d30003t`` <-> ``D30003.M.100.*``).
- Multi-News JSONL: ``{"id", "documents": [str, ...], "summary": str}`` one cluster a line.
- WCEP-style JSONL (optionally gzipped): ``{"id", "summary", "articles": [{"text", "title",
  "url", "time"} | str, ...]}``; ``documents`` is accepted in place of ``articles`` and
  ``summaries`` (a list) in place of ``summary``.

Backends: none beyond ``ingest`` for SGML.  Malformed records raise ``EvalDataError`` with the
file and line, since a broken evaluation set is a configuration problem, not input to skip.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.errors import ConfigError
from newsbrief.models import RawDocument, Skipped


class EvalDataError(ConfigError):
    """An evaluation data set that cannot be read as the format it was given as."""


@dataclass(frozen=True)
class EvalCluster:
    """One evaluation cluster: source documents, reference summaries, rejected inputs."""

    id: str
    documents: tuple[RawDocument, ...]
    references: tuple[str, ...]
    skipped: tuple[Skipped, ...] = ()


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # DUC reference files predate UTF-8 and carry the odd Latin-1 byte.
        return data.decode("latin-1")


def _duc_reference_key(cluster: str) -> str:
    """``d30003t`` -> ``D30003``, ``d100a`` -> ``D100``: the reference files' prefix."""
    return cluster[:-1].upper() if cluster[-1:].isalpha() else cluster.upper()


def load_duc(path: str | Path) -> list[EvalCluster]:
    """A DUC folder holding ``docs/`` and ``models/`` (clusters with no reference are left out)."""
    from newsbrief.read.files import read_sources
    from newsbrief.settings import IngestSettings

    root = Path(path)
    docs, models = root / "docs", root / "models"
    if not docs.is_dir() or not models.is_dir():
        raise EvalDataError(f"{root}: a DUC folder needs docs/ and models/ subfolders")
    references: dict[str, list[str]] = {}
    for ref in sorted(models.iterdir()):
        if ref.is_file():
            references.setdefault(ref.name.split(".", 1)[0].upper(), []).append(_read_text(ref))
    clusters = []
    for folder in sorted(p for p in docs.iterdir() if p.is_dir()):
        refs = references.get(_duc_reference_key(folder.name))
        if not refs:
            continue
        files = sorted(str(f) for f in folder.iterdir() if f.is_file())
        raw: list[RawDocument] = []
        skipped: list[Skipped] = []
        for item in read_sources(files, settings=IngestSettings()):
            (skipped if isinstance(item, Skipped) else raw).append(item)  # type: ignore[arg-type]
        clusters.append(EvalCluster(folder.name, tuple(raw), tuple(refs), tuple(skipped)))
    if not clusters:
        raise EvalDataError(f"{root}: no cluster under docs/ has reference files in models/")
    return clusters


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalDataError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(record, dict):
                raise EvalDataError(f"{path}:{number}: expected a JSON object per line")
            yield number, record


def _jsonl_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(
            p for p in path.iterdir() if p.name.endswith((".jsonl", ".jsonl.gz", ".json"))
        )
        if not files:
            raise EvalDataError(f"{path}: no .jsonl file in this folder")
        return files
    if not path.is_file():
        raise EvalDataError(f"{path}: no such file or folder")
    return [path]


def _document(source: str, item: Any, where: str) -> RawDocument:
    if isinstance(item, str):
        return RawDocument(source=source, kind="text", body=item)
    if isinstance(item, dict) and isinstance(item.get("text"), str):

        def opt(key: str) -> str | None:
            value = item.get(key)
            return value if isinstance(value, str) and value else None

        return RawDocument(
            source=source,
            kind="text",
            body=item["text"],
            url=opt("url"),
            title=opt("title"),
            published=opt("time") or opt("published"),
        )
    raise EvalDataError(f"{where}: a document must be a string or an object with a 'text'")


def load_jsonl(path: str | Path) -> list[EvalCluster]:
    """Multi-News or WCEP-style JSONL (a file, a ``.jsonl.gz``, or a folder of them)."""
    clusters = []
    for file in _jsonl_files(Path(path)):
        for number, record in _json_lines(file):
            where = f"{file}:{number}"
            items = record.get("articles", record.get("documents"))
            if not isinstance(items, list):
                raise EvalDataError(f"{where}: needs a list under 'documents' or 'articles'")
            summaries = record.get("summaries", record.get("summary"))
            refs = [summaries] if isinstance(summaries, str) else summaries
            if not isinstance(refs, list) or not refs or not all(isinstance(r, str) for r in refs):
                raise EvalDataError(f"{where}: needs a reference under 'summary' or 'summaries'")
            cluster_id = str(record.get("id", f"{file.name}:{number}"))
            docs = tuple(
                _document(f"{where}#{k}", item, where) for k, item in enumerate(items, start=1)
            )
            clusters.append(EvalCluster(cluster_id, docs, tuple(refs)))
    return clusters
