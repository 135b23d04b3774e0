"""The MinHash signature of an article's text, for near-duplicate detection.

Takes text; gives ``NUM_PERM`` 64-bit min-hashes of its word 5-shingles as bytes (uint64,
little-endian), the form ``ArticleFacts.signature`` stores and ``index.dedup`` reads back.
Backend: ``datasketch``'s MinHash (fixed seed, so signatures agree across processes, runs and
Spark executors).
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import LeanMinHash, MinHash

NUM_PERM = 128
SEED = 1
# Named, not left to the library's default, so stored signatures stay comparable across
# datasketch releases.
SCHEME = "affine32"
SHINGLE = 5  # words per shingle: long enough that shared stock phrases do not match
_WORD = re.compile(r"\w+")


def signature(text: str) -> bytes:
    """The MinHash of ``text``'s word 5-shingles (lower-cased) as bytes."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    # surrogatepass: hostile text may hold lone surrogates; they still hash deterministically.
    mh.update_batch([s.encode("utf-8", "surrogatepass") for s in sorted(shingles)])
    return np.asarray(mh.hashvalues, dtype="<u8").tobytes()


def minhash(data: bytes) -> LeanMinHash:
    """The MinHash object back from ``signature``'s bytes."""
    values = np.frombuffer(data, dtype="<u8").astype(np.uint64)
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


__all__ = ["NUM_PERM", "minhash", "signature"]
