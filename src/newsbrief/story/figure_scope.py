"""What a figure's sentence says it covers beyond its counted noun.

Takes: a ``QuantityClaim``.  Gives: the place a distance is measured from ("140 kilometers
west-northwest of Dagupan City": "dagupan city"), and the nouns counted together with its own
("20,000 soldiers and policemen": "policemen").  Two distances from two places, or two counts
of different mixes ("soldiers, militiamen and reservists" beside "soldiers and civilians"),
are two things whatever their values.  Used by ``figures_align``.  Plain Python and bounded
regular expressions.
"""

from __future__ import annotations

import re

from newsbrief.article.numbers import parse_number
from newsbrief.models import QuantityClaim

__all__ = ["counted_with", "measured_from"]

_FROM = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(?:km|kilomet(?:er|re)s?|miles?|mi)\b"
    r"(?:\s*\([^()]{0,30}\))?,?\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2}?(?:of|from)\s+(?:the\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)


def measured_from(claim: QuantityClaim) -> str:
    """The place named right after the figure's "(direction) of" / "from", case-folded."""
    for found in _FROM.finditer(claim.text):
        if parse_number(found.group(1)) == claim.value:
            return found.group(2).casefold()
    return ""


# Plural nouns that end in no "s" or "men".
_PLURALS = frozenset({"police", "people", "children", "staff", "personnel"})


def counted_with(claim: QuantityClaim) -> frozenset[str]:
    """The nouns the figure's number counts with its own, joined by commas and "and" / "or"
    right after it ("1 million soldiers, militiamen and reservists"), case-folded."""
    last = claim.unit.split()[-1] if claim.unit else ""
    if not last:
        return frozenset()
    listed = re.compile(
        rf"\b{re.escape(last)}((?:\s*,\s*[a-z]+){{0,4}}),?\s+(?:and|or)\s+([a-z]+)\b(?!\s+\d)",
        re.IGNORECASE,
    )
    for found in listed.finditer(claim.text):
        if not _numbered(claim.text[: found.start()].split()[-4:], claim.value):
            continue
        words = [w.strip().casefold() for w in found.group(1).split(",") if w.strip()]
        words.append(found.group(2).casefold())
        if all(w.endswith(("s", "men")) or w in _PLURALS for w in words):
            return frozenset(words)
    return frozenset()


def _numbered(words: list[str], value: float) -> bool:
    """Whether the words before a noun hold its number ("some three million", "20,000")."""
    return any(
        parse_number(" ".join(words[i:j])) == value
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )
