"""Shares written as fractions, as a percentage: "nearly half of the population" (50),
"three quarters of its revenue" (75), "one in five of the patients" (20).

Takes: an article.  Gives: ``QuantityFact`` records of unit ``"percent"`` (readers list such
shares among a story's figures; blind real-coverage sets gave "half of", "three quarters of",
"one in five" as shares).  Not shares: "the first half of the year", "half an hour" (a
duration), "half a million" (a number: ``article.numbers``), "on behalf of".  Plain regular
expressions over the text.
"""

from __future__ import annotations

import re

from newsbrief.article.figure_fact import Sentences, figure_fact
from newsbrief.article.regions import inside, skipped_spans
from newsbrief.models import Article, QuantityFact

_PARTS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0,
    "a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3,
    "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "two fifths": 40.0, "three fifths": 60.0,
}  # fmt: skip
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "hundred": 100, "a hundred": 100,
          "thousand": 1000, "a thousand": 1000}  # fmt: skip
_PART = "|".join(p.replace(" ", r"[\s-]") for p in sorted(_PARTS, key=len, reverse=True))
# "nearly half of the population", "three-quarters of its revenue": a part of a whole named
# next ("of the", "of its", "of all", "of 12 patients"); not "the first half of 2019", nor
# "half of a duo" (one of two people).
_OF = re.compile(
    rf"(?i)(?<![\w-])(?<!first\s)(?<!second\s)(?<!latter\s)(?<!back\s)(?P<part>{_PART})"
    r"(?:\s+of)\s+(?!an?\s)(?!(?:the\s+|this\s+|that\s+|next\s+|last\s+)?"
    r"(?:year|century|decade|month|week|day|season|game|match|hour|\d{4})\b)"
)
_N = (
    r"\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twenty"
    r"|(?:a\s+)?hundred|(?:a\s+)?thousand"
)
# "one in five of the vegetative patients", "1 in 3 cases", "two out of three voters".
_IN = re.compile(
    rf"(?i)(?<![\w.,$-])(?P<n>{_N})\s+(?:in|out\s+of)\s+(?P<d>{_N})\b(?![\d.,]|\s*%)"
    r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|points?|runs?)\b)"
)


def find_fractions(article: Article, doc: object, own: bool = True) -> tuple[QuantityFact, ...]:
    """Every share the article writes as a fraction, in its own words (``own``; else
    quotations too), in text order, as a percentage."""
    text = article.text
    sents = Sentences(article, doc)
    skip = skipped_spans(text, own)
    out: list[QuantityFact] = []
    for m in _OF.finditer(text):
        part = " ".join(m.group("part").casefold().replace("-", " ").split())
        out.append(_fact(article, sents, _PARTS[part], m.span("part"), m.end()))
    for m in _IN.finditer(text):
        n, d = _count(m.group("n")), _count(m.group("d"))
        if n is None or d is None or not 0 < n < d or 1800 <= d <= 2100:
            continue
        out.append(_fact(article, sents, 100.0 * n / d, m.span(), m.end()))
    return tuple(sorted((f for f in out if not inside(skip, f.start)), key=lambda f: f.start))


def fraction_at(text: str, value: float) -> int:
    """Where ``text`` writes the share ``value`` (a percentage) as a fraction ("more than half
    of all roofs" for 50, "one in five" for 20), or -1."""
    for m in _OF.finditer(text):
        part = " ".join(m.group("part").casefold().replace("-", " ").split())
        if round(_PARTS[part], 2) == round(value, 2):
            return m.start("part")
    for m in _IN.finditer(text):
        n, d = _count(m.group("n")), _count(m.group("d"))
        if n is not None and d and round(100.0 * n / d, 2) == round(value, 2):
            return m.start()
    return -1


def _count(word: str) -> float | None:
    word = " ".join(word.casefold().split())
    return float(word) if word.isdigit() else _WORDS.get(word)


def _fact(
    article: Article, sents: Sentences, value: float, span: tuple[int, int], end: int
) -> QuantityFact:
    return figure_fact(
        article, sents, value=round(value, 2), unit="percent", qualifier="", predicate="",
        ordinal=False, span=span, number_at=span[0], thing=(span[0], end),
    )  # fmt: skip


__all__ = ["find_fractions", "fraction_at"]
