"""A vote's tally as two figures: "a 316-301 vote", "the 79-19 Senate vote", "voted 79-19 to
advance the bill", "by a vote of 144-127".

Takes: an article and its spaCy doc.  Gives: two ``QuantityFact`` records per tally, the votes
for (the first number) and the votes against (the second), unit "votes".  ``quantities``
reads "N-M" as one side of a score and drops it (``uncounted.a_tally``); only a tally a vote
is said of is read here, so "a 3-1 win" stays no figure.  Plain regular expressions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from newsbrief.article.figure_fact import Sentences, figure_fact
from newsbrief.article.regions import furniture_spans, inside
from newsbrief.models import Article, QuantityFact

_TALLY = re.compile(r"(?<![\d.,-])(\d{1,4})\s*(?:-|–|\s+to\s+)\s*(\d{1,4})(?![\d%-]|[.,]\d)")
# "voted 79-19", "by a vote of 144-127", "a margin of 316 to 301".
_VOTE_BEFORE = re.compile(r"(?i)\b(?:vot(?:e|ed|ing)|vote\s+of|margin\s+of)\s+(?:of\s+)?$")
# "a 316-301 vote", "the 79-19 Senate vote", "a 5-4 ruling" (a court's votes).
_VOTE_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:votes?|ruling|decision)\b")
_RANGE_BEFORE = re.compile(r"(?i)\b(?:from|between)\s+$")
SIDES = ("for", "against")


def find_tallies(article: Article, doc: Any) -> tuple[QuantityFact, ...]:
    """Every vote's tally the article states outside page furniture, as two figures."""
    sents = Sentences(article, doc)
    text = article.text
    skip = sorted(furniture_spans(text))
    out: list[QuantityFact] = []
    for found in _TALLY.finditer(text):
        if inside(skip, found.start()):
            continue
        if _RANGE_BEFORE.search(text, max(0, found.start() - 10), found.start()):
            continue  # "from 10 to 12 votes": a range of one count
        vote = _VOTE_BEFORE.search(text, max(0, found.start() - 20), found.start())
        if vote is None and _VOTE_AFTER.match(text, found.end()) is None:
            continue
        for group, side in zip((1, 2), SIDES, strict=True):
            span = found.span(group)
            fact = figure_fact(
                article, sents, value=float(found.group(group)), unit="votes", qualifier="",
                predicate=side, ordinal=False, span=span, number_at=span[0], thing=span,
            )  # fmt: skip
            out.append(replace(fact, predicate_class=side, hedge=""))
    return tuple(out)


__all__ = ["SIDES", "find_tallies"]
