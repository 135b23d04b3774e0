"""Near-duplicate detection across all input, before story assignment.

Takes: article ids with their MinHash signatures (``ArticleFacts.signature``) and publication
dates.  Gives: for each near-duplicate, its canonical article: wire copy republished by several
outlets, the same page scraped twice.  A duplicate counts as support for its canonical's story
and is not summarised or analysed twice.

Backend: MinHash LSH from ``datasketch``.  Only canonical articles are indexed, so a duplicate
never becomes the canonical of another.  The canonical of a group is deterministic: the
earliest published, then the smallest id (``canonical_key``); ``find_duplicates`` adds articles
in that order, so the result does not depend on input order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import MinHashLSH

from newsbrief.article.fingerprint import NUM_PERM, minhash

# Estimated Jaccard similarity of 5-shingle sets above which two articles are the same text
# with small edits (a changed byline, a trimmed last paragraph).  0.8 is the usual setting for
# near-duplicate web pages; below it, rewrites that add real content stay separate.
THRESHOLD = 0.8


@dataclass(frozen=True)
class DedupItem:
    article_id: str
    signature: bytes
    published: str | None = None


def canonical_key(article_id: str, published: str | None) -> tuple[bool, str, str]:
    """Sort key of the canonical choice: dated before undated, earliest, then smallest id."""
    return (published is None, published or "", article_id)


class DedupIndex:
    """MinHash LSH over canonical articles; ``add`` one article at a time."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._keys: dict[str, tuple[bool, str, str]] = {}
        self.duplicate_of: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def query(self, signature: bytes) -> list[str]:
        """Canonical articles this signature nearly duplicates, best canonical first."""
        found = self._lsh.query(minhash(signature))
        return sorted(found, key=lambda i: self._keys[i])

    def add(self, item: DedupItem) -> str | None:
        """Index ``item``; returns its canonical's id when it is a near-duplicate, else None.

        Re-adding a known id changes nothing and gives the same answer."""
        if item.article_id in self._keys:
            return None
        if item.article_id in self.duplicate_of:
            return self.duplicate_of[item.article_id]
        matches = self.query(item.signature)
        if matches:
            self.duplicate_of[item.article_id] = matches[0]
            return matches[0]
        self._lsh.insert(item.article_id, minhash(item.signature))
        self._keys[item.article_id] = canonical_key(item.article_id, item.published)
        return None

    def restore(self, item: DedupItem) -> None:
        """Index a canonical article from an earlier run (no query: it was one then)."""
        if item.article_id not in self._keys:
            self._lsh.insert(item.article_id, minhash(item.signature))
            self._keys[item.article_id] = canonical_key(item.article_id, item.published)

    def evict(self, article_id: str) -> None:
        """Forget a canonical article (corpus mode keeps a recent window in memory)."""
        if self._keys.pop(article_id, None) is not None:
            self._lsh.remove(article_id)

    def oldest(self) -> str | None:
        """The canonical article indexed first (dicts keep insertion order)."""
        return next(iter(self._keys), None)


def find_duplicates(items: Iterable[DedupItem], threshold: float = THRESHOLD) -> dict[str, str]:
    """Batch: each duplicate id → its canonical id, the same for any input order."""
    index = DedupIndex(threshold)
    for item in sorted(items, key=lambda i: canonical_key(i.article_id, i.published)):
        index.add(item)
    return dict(index.duplicate_of)


__all__ = ["THRESHOLD", "DedupIndex", "DedupItem", "canonical_key", "find_duplicates"]
