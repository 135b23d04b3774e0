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


def test_cache_is_bounded_and_evicts_least_recently_used() -> None:
    # Corpus mode embeds millions of sentences: the cache must not grow with the corpus.
    embedder = HashingEmbedder(cache_entries=3)
    first = embedder.embed(["a b", "c d", "e f"])
    embedder.embed(["a b"])  # touched: now the most recently used
    embedder.embed(["g h", "i j"])  # pushes out "c d" and "e f"
    assert len(embedder._cache) == 3
    computed = embedder.computed
    again = embedder.embed(["a b", "c d"])
    assert embedder.computed == computed + 1  # "a b" from the cache, "c d" recomputed
    assert np.array_equal(again, first[:2])


def test_cached_vectors_do_not_hold_their_batch_matrix() -> None:
    # A cached row that is a view would keep its whole batch's matrix alive: memory would grow
    # with the number of batches any cached row came from, not with the cache's size.
    embedder = HashingEmbedder(cache_entries=2)
    embedder.embed([f"text number {i}" for i in range(50)])
    assert all(vector.base is None for vector in embedder._cache.values())
    assert sum(vector.nbytes for vector in embedder._cache.values()) == 2 * embedder.dimension * 4


def test_a_batch_larger_than_the_cache_still_embeds_every_text() -> None:
    embedder = HashingEmbedder(cache_entries=2)
    texts = [f"text number {i}" for i in range(10)]
    vectors = embedder.embed(texts + texts[:3])
    assert vectors.shape == (13, embedder.dimension)
    assert np.array_equal(vectors[10:], vectors[:3])
    assert len(embedder._cache) == 2
