from __future__ import annotations

import numpy as np
import pytest

from newsbrief.backends.embed import HashingEmbedder, SentenceEmbedder, make_embedder, text_key
from newsbrief.errors import ModelLoadError
from newsbrief.settings import EmbedSettings


def test_packaged_model_embeds_offline_and_normalised(embedder: SentenceEmbedder) -> None:
    vectors = embedder.embed(["The army declared a ceasefire.", "Troops stopped fighting."])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    # Paraphrases are closer than unrelated sentences.
    other = embedder.embed(["The library lends seeds to gardeners."])
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ other[0]) + 0.2


def test_each_distinct_text_is_embedded_once(embedder: SentenceEmbedder) -> None:
    before = embedder.computed
    embedder.embed(["cache me once", "cache me once", "and me"])
    embedder.embed(["cache me once"])
    assert embedder.computed - before == 2


def test_hashing_embedder_is_deterministic() -> None:
    a = HashingEmbedder().embed(["Nine climbers trapped", ""])
    b = HashingEmbedder().embed(["Nine climbers trapped", ""])
    assert np.array_equal(a, b)
    assert float(np.linalg.norm(a[1])) == 0.0  # empty text: a zero vector, not NaN
    assert HashingEmbedder().embed([]).shape == (0, 1024)


def test_text_key_is_content_hash() -> None:
    assert text_key("a") == text_key("a") != text_key("b")


def test_bad_model_path_names_the_fix(tmp_path: object) -> None:
    emb = SentenceEmbedder(EmbedSettings(model_path=str(tmp_path)))
    with pytest.raises(ModelLoadError, match=r"no sentence-transformers model"):
        emb.embed(["x"])


def test_unknown_backend() -> None:
    with pytest.raises(ValueError, match="hashing"):
        make_embedder(EmbedSettings(), "nope")
