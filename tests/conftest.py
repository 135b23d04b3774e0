"""Shared fixtures.  Models are loaded once per test session: loading is the slow part."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsbrief.backends.embed import HashingEmbedder, SentenceEmbedder
from newsbrief.settings import EmbedSettings

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
DEMO = REPO / "demo"
SHARED = REPO.parent / "shared"
SAMPLES = SHARED / "samples" / "lebanon-2017-08"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def embedder() -> SentenceEmbedder:
    """The real default embedder (packaged MiniLM), shared by every test."""
    return SentenceEmbedder(EmbedSettings())


@pytest.fixture()
def hashing_embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture()
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples is not present")
    return SAMPLES


# Analysis fixtures (appended; newsbrief.backends.nlp imports spaCy only when a pipeline is loaded).
from newsbrief.backends.nlp import Nlp  # noqa: E402


@pytest.fixture(scope="session")
def nlp() -> Nlp:
    """The packaged spaCy pipeline, loaded once for every analysis test."""
    shared = Nlp()
    assert shared.language is not None  # load now, so no single test pays for it
    return shared
