"""Ages as an article states them, whoever they are of: "a 2-year-old who's been missing",
"the 57-year-old flag carrier", "died at age 36", "Poole, then 28,", "most aged 13 to 18",
"between the ages of 15 and 25".

Takes: an article.  Gives: ``QuantityFact`` records of predicate class ``AGE_CLASS`` and unit
``AGE_UNIT`` (``"months old"`` for "a 6-month-old"), no qualifier.  Readers list every such
age among a story's figures (blind real-coverage sets: ages of unnamed people, of a company,
a range of ages); ``story.ages`` ties an age to the person it is of, and only such ages are
compared between sources (an age no one is named with is nobody's in particular, and "then
28" is an age at another time).  Not ages: "four years ago", "a 13-day shutdown" (spans:
``article.durations``), page furniture.  Plain regular expressions over the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.article.figure_fact import Sentences, figure_fact
from newsbrief.article.numbers import parse_number
from newsbrief.article.regions import inside, skipped_spans
from newsbrief.models import Article, QuantityFact

AGE_UNIT = "years old"
AGE_CLASS = "age"
_OLDEST = 120
_N = r"\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?"
# "a 2-year-old", "nine years old", "a six-month-old", "15-year-olds"; not "a 13-day-old
# record" (a span that old is rarely a reader's figure, and never a person's age in print).
_OLD = re.compile(rf"(?i)(?<![\w.$])(?P<n>{_N})(?:\s+|-)(?P<unit>year|month)s?(?:\s+|-)olds?\b")
# "died at age 36", "at the age of 34", "aged 45", "Poole, then 28,": one age, not a clock
# time, a percentage or a longer number.
_AT = re.compile(
    r"(?i)\b(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+|,\s*then\s+)(?P<n>\d{1,3})"
    r"(?![\d,.:]?\d|\w|\s*(?:[ap]\.?m\b|o['’]clock|%|percent|years?\s+(?:ago|later)))"
)
# "most aged 13 to 18", "between the ages of 15 and 25", "ages 6-12": a range's two ends.
_RANGE = re.compile(
    r"(?i)\b(?:aged|ages)\s+(?:of\s+)?(?:between\s+)?(?P<low>\d{1,3})\s*(?:to|and|-|–)\s*"
    r"(?P<high>\d{1,3})\b(?![\d,.:]?\d|\s*(?:%|percent))"
)


def find_ages(article: Article, doc: object, own: bool = True) -> tuple[QuantityFact, ...]:
    """Every age the article states in its own words (``own``; else quotations too), in text
    order, once per number."""
    text = article.text
    sents = Sentences(article, doc)
    skip = skipped_spans(text, own)
    found: dict[int, QuantityFact] = {}

    def add(value: float | None, unit: str, span: tuple[int, int], end: int) -> None:
        if value is None or not 0 < value <= _OLDEST or inside(skip, span[0]):
            return
        if span[0] in found:
            return
        fact = figure_fact(
            article, sents, value=value, unit=unit, qualifier="", predicate="",
            ordinal=False, span=span, number_at=span[0], thing=(span[0], end),
        )  # fmt: skip
        found[span[0]] = replace(fact, predicate_class=AGE_CLASS)

    for m in _RANGE.finditer(text):
        for part in ("low", "high"):
            add(float(m.group(part)), AGE_UNIT, m.span(part), m.end())
    for m in _OLD.finditer(text):
        unit = AGE_UNIT if m.group("unit").casefold() == "year" else "months old"
        add(_number(m.group("n")), unit, m.span("n"), m.end())
    for m in _AT.finditer(text):
        add(float(m.group("n")), AGE_UNIT, m.span("n"), m.end())
    return tuple(sorted(found.values(), key=lambda f: f.start))


def _number(word: str) -> float | None:
    value = parse_number(word)
    return value if value is not None and value == int(value) else None


__all__ = ["AGE_CLASS", "AGE_UNIT", "find_ages"]
