"""An outlet the text introduces by its kind: "local newspaper the Harlow Courier".

Takes: a story's articles and the mentions found so far.  Gives: more ``Mention`` records
(``entities.merge_entities`` adds them before merging).  The small tagger often misses a
paper's name after its kind ("the paper" then quotes it: ``speakers`` resolves that to the
outlet the article called a paper).  Plain Python over the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.article.dates import MONTH_NAMES
from newsbrief.article.mentions import overlaps, taken_spans
from newsbrief.models import Article, Mention

__all__ = ["untagged_outlets"]

# A kind of outlet, then "the" and its capitalised name: "newspaper the Harlow Courier", "the
# weekly, the Pell Examiner".  Not without "the": "daily Mass", "a paper Orvik co-wrote",
# "told the newspaper, Orvik said" name no outlet.
_OUTLET = re.compile(
    r"\b(?:newspaper|paper|magazine|tabloid|broadcaster|weekly|daily|website)"
    r",?[ \t]+[Tt]he[ \t]+((?:[A-Z][\w'’&-]*[ \t]+){0,3}[A-Z][\w'’&-]*)"
)
# Capitalised words after a kind that name no outlet ("the paper Sunday", "the paper I").
_NOT_OUTLETS = frozenset(
    {*MONTH_NAMES, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "i", "he", "she", "it", "we", "they", "the", "a", "an", "this", "that", "in", "on", "and"}
)  # fmt: skip


def untagged_outlets(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[Mention]:
    """Outlets' names written right after their kind that no mention covers."""
    spans = taken_spans(mentions)
    extra = []
    for article in articles:
        taken = spans.get(article.id, [])
        for match in _OUTLET.finditer(article.text):
            start, end = match.span(1)
            first = match.group(1).split()[0].casefold()
            if first in _NOT_OUTLETS or overlaps(taken, start, end):
                continue
            if article.text[end : end + 1] == "." and len(match.group(1).split()[-1]) <= 3:
                continue  # "the paper, the St. Louis ...": an abbreviation cut short
            extra.append(Mention(article.id, start, end, match.group(1), "ORG", None))
    return extra
