"""One quotation printed by several sources: the same words, a typo or a comma apart, or one
source's longer run of them.

Takes: a story's ``QuoteClaim`` records.  Gives: whether two quotations are copies of one
(``same_words``), the key the brief shows one row per (``quote_key``), and, for a quotation
one source prints without a speaker, the speaker every other source that prints it gives
(``borrowed_speakers``: a wire story's quote run in a paper that cut "Checkett said").  Plain
Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from newsbrief.article.documents import DOCUMENTS
from newsbrief.models import Claim, QuoteClaim

__all__ = ["borrowed_speakers", "quote_key", "same_words"]

# What two copies of one quotation differ in: quote marks, apostrophes, spacing, punctuation.
_NOISE = re.compile(r"[\W_]+")
# How much two copies may differ (a typo, a dropped comma, one word).
_SLACK = 0.05
# The shortest quotation that, found inside a longer one, makes it a copy ("we will win" is
# anyone's words).
_CONTAINED_CHARS = 40
# A run of this many letters in both is one statement (about 25 words).
_SHARED_CHARS = 100
_BLOCK = _SHARED_CHARS // 4


def quote_key(words: str) -> str:
    return _NOISE.sub("", words).casefold()


def same_words(a: str, b: str) -> bool:
    """Two keys (``quote_key``) of one quotation, a typo or a comma apart."""
    if abs(len(a) - len(b)) > _SLACK * max(len(a), len(b)):
        return False
    if a == b:
        return True
    # The cheap upper bounds first: a story compares every pair of its quotations.
    close = SequenceMatcher(None, a, b, autojunk=False)
    least = 1 - _SLACK
    return (
        close.real_quick_ratio() >= least
        and close.quick_ratio() >= least
        and (close.ratio() >= least)
    )


def _copied(a: str, b: str) -> bool:
    """One quotation's words in both: the same, one inside the other, or a long run shared
    (two sources cutting one statement at different ends)."""
    short, long = sorted((a, b), key=len)
    if same_words(a, b) or (len(short) >= _CONTAINED_CHARS and short in long):
        return True
    # A run of _SHARED_CHARS in both holds a whole block of ``b`` cut at a multiple of
    # _BLOCK: no such block in ``a``, no run (and no quadratic match to look for one).
    blocks = (b[i : i + _BLOCK] for i in range(0, len(b) - _BLOCK + 1, _BLOCK))
    if not any(block in a for block in blocks):
        return False
    shared = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return shared.size >= _SHARED_CHARS


def borrowed_speakers(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each quotation that has no speaker, or only a document ("says the
    suit"), given the named speaker that the other sources printing it agree on; a quotation
    two sources give to two people keeps what it had.  A role stays ("a spokesman"): the
    source chose not to name them."""
    said = [
        (c.citations[0].article, quote_key(c.words), c)
        for c in claims
        # A named speaker only: a role ("the school district") read in another article
        # may be a different one's.
        if isinstance(c, QuoteClaim) and c.speaker and c.entity
    ]
    out: list[Claim] = []
    for claim in claims:
        if isinstance(claim, QuoteClaim) and _unnamed(claim):
            key, article = quote_key(claim.words), claim.citations[0].article
            found = {(c.speaker, c.entity) for a, k, c in said if a != article and _copied(key, k)}
            if len(found) == 1:
                speaker, entity = found.pop()
                claim = replace(claim, speaker=speaker, entity=entity)
        out.append(claim)
    return out


def _unnamed(claim: QuoteClaim) -> bool:
    """No speaker, or a document without its maker ("the suit", "a tweet")."""
    if not claim.speaker:
        return True
    words = claim.speaker.casefold().split()
    return claim.entity is None and bool(words) and words[-1] in _PAPERS


# Documents a quote is given to when its article names no maker.
_PAPERS = DOCUMENTS | {"tweets", "posting", "disclaimer"}
