"""How long something lasts, as a figure: "a 13-day shutdown", "served 3 years in prison",
"stalled for nearly 12 hours", "an incubation period of three to eight days".

Takes: an article and its spaCy doc (the tagger's DATE and TIME spans, where it puts these).
Gives: ``QuantityFact`` records of predicate class ``DURATION_CLASS`` whose unit is the unit
of time in the plural ("days"), what the sentence says of the span as their predicate
("served").  Readers list a prison term, a shutdown's length or a loan's term among a story's
figures (two blind real-coverage sets: 39 of 251 figures); before stop 46 none was a figure.

Not durations: a span that dates something ("two weeks later", "four years ago", "nine
months after the blackout", "13 months from now"), an age ("the 57-year-old airline", "nine
years old"), a day counted in order ("the 10th day"), a span without a number unless a word
of lasting comes before it ("in the past month" is none, "for the past year" and "takes a
decade" are), one inside a quotation or page furniture (read apart: ``article.figures``).
Decades and centuries are counted in years.  Plain regular expressions over the tagger's spans
and the text, the parse for the predicate.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from newsbrief.article.figure_fact import Sentences, figure_fact
from newsbrief.article.numbers import parse_number
from newsbrief.article.predicates import predicate_phrase
from newsbrief.article.regions import inside, skipped_spans
from newsbrief.models import Article, QuantityFact

DURATION_CLASS = "duration"
_UNITS = "second|minute|hour|day|week|month|year|decade|century"
# Spans counted in years: "three decades" is 30 years, "a half-century" 50 (as readers list them).
_IN_YEARS = {"decade": 10.0, "century": 100.0}
_NUMBER = r"\d[\d,]*(?:\.\d+)?(?:\s+1/2)?|[A-Za-z]+(?:-[A-Za-z]+)?"
# "three to eight days", "26-28 days": a range gives both ends.
_SPAN = re.compile(
    rf"(?i)(?<![\w/.])(?P<low>{_NUMBER})"
    rf"(?:\s+(?:to|or)\s+|(?<=\d)[-–](?=\d))?(?P<high>(?<=[\s\-–])(?:{_NUMBER}))?"
    rf"(?:\s+|-)(?P<unit>{_UNITS})s?\b(?!-old|\s+old\b)"
)
# After the unit: the span dates or ages something rather than lasting.
_OFFSET_AFTER = re.compile(
    r"(?i)\s*(?:['’]s?\s+)?(?:ago|later|earlier|after|before|prior|old|of\s+age|"
    r"from\s+now|hence|into|-old)\b"
)
_SPAN_LABELS = frozenset({"DATE", "TIME"})
# A word of lasting right before a span ("lasted up to seven weeks", "for four years").
_LASTING_BEFORE = re.compile(
    r"(?i)\b(?:lasted|lasts|lasting|for|spent|spends|took|takes|served|serving)\s+"
    r"(?:(?:about|nearly|almost|more\s+than|up\s+to|at\s+least|some|over)\s+)?$"
)
# Offset words that may still follow a span that lasted ("lasted seven weeks after ...").
_SEQUENCE = re.compile(r"after|before|later|earlier|prior")
_ONE_LONG = re.compile(r"(?i)\b(year|month|week|day|hour)-?long\b")
# "for more than a decade", "takes a decade", "for the past year", "spent a half-century": one
# unit without a number, after a verb or preposition that says how long (not "a year ago",
# "$50,000 a year", "once a week").
_ONE_SPAN = re.compile(
    r"(?i)\b(?:for|over|takes?|took|taking|spent|spend|lasted|lasts|lasting)\s+"
    r"(?:the\s+(?:past|last)\s+|(?P<hedge>more\s+than|nearly|almost|about|at\s+least|over)\s+)?"
    r"(?P<one>(?:an?\s+|one\s+)?(?P<half>half[- ])?(?P<unit>decade|century|year|month|week))"
    r"\b(?![-’']|\s+(?:ago|later|earlier|before|after|old)\b)"
)


def find_durations(article: Article, doc: Any, own: bool = True) -> tuple[QuantityFact, ...]:
    """Every duration the article states in its own words (``own``; else quotations too), in
    text order."""
    sents = Sentences(article, doc)
    skip = skipped_spans(article.text, own)
    out: list[QuantityFact] = []
    for ent in doc.ents:
        if ent.label_ not in _SPAN_LABELS or inside(skip, ent.start_char):
            continue
        for found in _SPAN.finditer(ent.text):
            at = ent.start_char + found.start("low")
            unit_end = ent.start_char + found.end()
            offset = _OFFSET_AFTER.match(article.text, unit_end)
            if offset and not (
                _LASTING_BEFORE.search(article.text, max(0, at - 40), at)
                and _SEQUENCE.fullmatch(offset.group(0).strip().casefold())
            ):
                # "four years ago", "nine months after", "a 3-year old"; not "it lasted seven
                # weeks after being treated": a span that a word of lasting says is one.
                continue
            if _an_idiom(found, article.text, ent.start_char):
                continue  # "One day, he ...": not how long anything lasted
            unit = ent.start_char + found.start("unit")
            for part in ("low", "high"):
                text = found.group(part)
                value = _value(text) if text else None
                if value is None:
                    continue
                span = (ent.start_char + found.start(part), ent.start_char + found.end(part))
                out.append(_fact(article, sents, doc, value, found.group("unit"), span, at, unit))
    # "a yearlong battle", "a week-long strike": one of the unit.
    for found in _ONE_LONG.finditer(article.text):
        if not inside(skip, found.start()):
            span = found.span()
            out.append(_fact(article, sents, doc, 1.0, found.group(1), span, span[0], span[0]))
    for found in _ONE_SPAN.finditer(article.text):
        if not inside(skip, found.start()):
            span, unit = found.span("one"), found.group("unit")
            value = 0.5 if found.group("half") else 1.0
            fact = _fact(article, sents, doc, value, unit, span, span[0], found.start("unit"))
            out.append(replace(fact, hedge=" ".join((found.group("hedge") or "").split())))
    return tuple(sorted(out, key=lambda f: f.start))


def _value(text: str) -> float | None:
    """ "12" → 12, "1 1/2" → 1.5, "three" → 3; None for a word that is no number."""
    half = text.endswith("1/2")
    value = parse_number(text.removesuffix("1/2").strip())
    if value is None or value <= 0:
        return None
    return value + 0.5 if half else value


def _an_idiom(found: re.Match[str], text: str, offset: int) -> bool:
    """ "One day, he ...": the word "one" with a unit that says when, not how long (a number
    in digits, or "for one day", still counts)."""
    if found.group("low").casefold() != "one" or found.group("high"):
        return False
    before = text[max(0, offset + found.start() - 12) : offset + found.start()]
    return not re.search(r"(?i)\b(?:for|within|in|of|than|about|only|just)\s+$", before)


def _fact(
    article: Article,
    sents: Sentences,
    doc: Any,
    value: float,
    unit: str,
    span: tuple[int, int],
    at: int,
    unit_at: int,
) -> QuantityFact:
    # "served 3 years in prison": what the sentence says of the span ("a 13-day shutdown":
    # of the shutdown, which the unit qualifies).
    token = doc.char_span(unit_at, unit_at + 1, alignment_mode="expand")
    predicate = predicate_phrase(token[0]) if token is not None and len(token) else ""
    word = unit.casefold()
    fact = figure_fact(
        article, sents, value=value * _IN_YEARS.get(word, 1.0),
        unit="years" if word in _IN_YEARS else f"{word}s", qualifier="", predicate=predicate,
        ordinal=False, span=span, number_at=at, thing=(span[0], unit_at + len(unit)),
    )  # fmt: skip
    return replace(fact, predicate_class=DURATION_CLASS)


__all__ = ["DURATION_CLASS", "find_durations"]
