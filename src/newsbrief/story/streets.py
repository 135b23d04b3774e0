"""Streets named without their kind at a crossing: "the intersection of Magazine and St.
Andrew" after "Magazine Street and St. Andrew Street".

Takes: a story's articles and name mentions.  Gives: pairs of folded names (the bare name, the
street's full name) for ``merge.merge_names``.  Only where the text puts the name at a
crossing, and only when the story names one street of that name: elsewhere "Martin Luther
King" is the man, not the boulevard.  Plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.models import Article, Mention
from newsbrief.story.names import fold

_STREET_WORDS = frozenset({
    "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd",
    "blvd.", "place", "drive", "lane", "way", "parkway", "highway",
})  # fmt: skip
# "the intersection of", "the corner of", "at the corner of": the names after it are streets.
_CROSSING = re.compile(r"\b(?:intersection|corner)\s+of\s+$", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|&)\s+$")


def street_forms(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(bare name, "<name> Street") for each street name written alone at a crossing."""
    streets: dict[str, set[str]] = {}
    for m in mentions:
        words = fold(m.text).split()
        if len(words) >= 2 and words[-1] in _STREET_WORDS:
            streets.setdefault(" ".join(words[:-1]), set()).add(fold(m.text))
    texts = {a.id: a.text for a in articles}
    by_article: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        by_article.setdefault(m.article, []).append(m)
    pairs: list[tuple[str, str]] = []
    for article, ms in by_article.items():
        text = texts.get(article, "")
        for i, m in enumerate(ms):
            before = text[max(0, m.start - 40) : m.start]
            # The first name after "intersection of", or the one after "X and" where X is.
            crossing = _CROSSING.search(before) is not None or (
                i > 0
                and _AND.fullmatch(text, ms[i - 1].end, m.start) is not None
                and _CROSSING.search(text[max(0, ms[i - 1].start - 40) : ms[i - 1].start])
                is not None
            )
            full = streets.get(fold(m.text), set())
            if crossing and len(full) == 1:
                pairs.append((fold(m.text), next(iter(full))))
    return pairs
