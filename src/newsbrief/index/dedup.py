"""Near-duplicate detection.

Takes articles; gives groups of near-duplicates (wire copy republished by several outlets,
the same page scraped twice): one canonical article per group, the others counted as support.

Backend: MinHash LSH from ``datasketch`` over word 5-shingles.  The first article of a group
in input order is canonical, so the result does not depend on hashing order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from newsbrief.models import Article

# Estimated Jaccard similarity of 5-shingle sets above which two articles are the same text
# with small edits (a changed byline, a trimmed last paragraph).  0.8 is the usual setting for
# near-duplicate web pages; below it, rewrites that add real content stay separate.
THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE = 5
_WORD = re.compile(r"\w+")


def _minhash(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    for shingle in shingles:
        mh.update(shingle.encode("utf-8"))
    return mh


def near_duplicates(articles: Sequence[Article]) -> dict[str, str]:
    """Map each duplicate article id to the id of its canonical article (canonicals absent)."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    duplicate_of: dict[str, str] = {}
    order = {a.id: n for n, a in enumerate(articles)}
    for article in articles:
        if article.id in duplicate_of or article.id in lsh:
            continue
        mh = _minhash(article.text)
        matches = [m for m in lsh.query(mh) if m not in duplicate_of]
        if matches:
            # Earliest canonical in input order wins, independent of LSH bucket order.
            duplicate_of[article.id] = min(matches, key=lambda m: order[m])
        else:
            lsh.insert(article.id, mh)
    return duplicate_of
