"""Vectors as numpy arrays in memory and as compact bytes in facts, the store and Spark.

Facts hold vectors as ``bytes`` (float32, little-endian, row-major): immutable, hashable,
exactly comparable and cheap to pickle, which numpy arrays in a frozen dataclass are not.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]
_DTYPE = np.dtype("<f4")


def pack(matrix: npt.NDArray[np.floating]) -> bytes:
    """A vector or a matrix of row vectors as float32 little-endian bytes."""
    return np.ascontiguousarray(matrix, dtype=_DTYPE).tobytes()


def unpack(data: bytes, dimension: int) -> Vectors:
    """Rows of ``dimension`` floats from ``pack``'s bytes (a copy: the result is writable)."""
    if dimension <= 0:
        return np.zeros((0, 0), dtype=np.float32)
    flat = np.frombuffer(data, dtype=_DTYPE).astype(np.float32)
    return flat.reshape(-1, dimension)


def unpack_one(data: bytes) -> Vectors:
    """One vector from ``pack``'s bytes."""
    return np.frombuffer(data, dtype=_DTYPE).astype(np.float32)


__all__ = ["Vectors", "pack", "unpack", "unpack_one"]
