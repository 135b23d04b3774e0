"""The backends one process loads once and every ``extract`` call shares.

A ``Backends`` holds the sentence embedder, the spaCy pipeline (None when analysis is off) and
the alias tables with their compiled pattern.  It is built once per process (or per Spark
partition) and never pickled: models are large and tied to the process that loaded them.
"""

from __future__ import annotations

import re
from typing import NoReturn

from newsbrief.backends.aliases import AliasGroup, alias_patterns, load_alias_groups
from newsbrief.backends.embed import Embedder, SentenceEmbedder, make_embedder
from newsbrief.backends.nlp import Nlp
from newsbrief.settings import Settings


class Backends:
    """Loaded models and tables; see the module docstring."""

    def __init__(
        self,
        embedder: Embedder,
        nlp: Nlp | None = None,
        aliases: tuple[AliasGroup, ...] = (),
    ) -> None:
        self.embedder = embedder
        self.nlp = nlp
        self.aliases = aliases
        # Compiled once: one linear-time regex over every alias (see backends.aliases).
        self.alias_pattern: re.Pattern[str] | None
        self.alias_index: dict[str, int]
        self.alias_pattern, self.alias_index = alias_patterns(aliases)

    @classmethod
    def load(cls, settings: Settings, *, embedder_backend: str = "model") -> Backends:
        """Build and load everything now, so that a bad model path fails before any work."""
        embedder = make_embedder(settings.embed, embedder_backend)
        if isinstance(embedder, SentenceEmbedder):
            embedder.load()
        nlp = None
        if settings.analyse:
            nlp = Nlp(
                settings.analysis.spacy_model, max_chunk_chars=settings.analysis.max_chunk_chars
            )
            nlp.language  # noqa: B018 -- load spaCy now: a missing model fails here, clearly
        return cls(embedder, nlp, load_alias_groups(settings.analysis))

    def __reduce__(self) -> NoReturn:
        raise TypeError(
            "Backends are loaded once per process or Spark partition and never pickled; "
            "build one with Backends.load(settings) where the work runs"
        )


__all__ = ["Backends"]
