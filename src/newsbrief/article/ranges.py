"""Ranges of counts: "between 40 and 50 gunmen", "from 40 to 50", "12,000 to 15,000 homeless
people", "26-28 genes", each read as two figures, its ends.

Takes: an article, its spaCy doc and its sentences.  Gives: (``QuantityFact``, the range's
span) pairs; ``quantities`` reads no number of a range again alone.  Plain regular expressions
over the text, the parse to find the counted noun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from newsbrief.article.counted import counted_noun, counted_unit, qualifier
from newsbrief.article.dates import MONTH_BEFORE
from newsbrief.article.figure_fact import Sentences, figure_fact
from newsbrief.article.measures import measure_at
from newsbrief.article.numbers import parse_number
from newsbrief.article.predicates import predicate_phrase
from newsbrief.article.uncounted import time_offset
from newsbrief.models import Article, QuantityFact

# "between 40 and 50 gunmen", "from 40 to 50", "40 to 50 people": two figures, the range's ends.
# "26-28 genes": a dash between two numbers written in digits is a range too.
_RANGE = re.compile(
    # Digits with their decimals: "2.5 to 7.6 seconds" is no range from 5 to 7.
    r"(?i)(?<![\d.])\b(?:(?P<word>between|from)\s+)?(?P<low>\d[\d,]*(?:\.\d+)?|[a-z]+)"
    # "2 million to 3 million Americans", "between 2 and 3 million people": a scale on either
    # end, the high end's scaling a low end without one.
    r"(?:\s+(?P<low_scale>thousand|million|billion))?"
    # "40 percent to 50 percent", "5%-7%": a share's low end may say its unit too.
    r"(?:\s*(?P<low_pct>%|percent\b|per\s+cent\b))?"
    r"(?:\s+(?P<join>and|to|-)\s+|(?<=[\d%])[-–](?=\d))(?P<high>\d[\d,]*(?:\.\d+)?|[a-z]+)"
    r"(?:\s+(?P<scale>thousand|million|billion))?\b"
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_PERCENT = re.compile(r"(?i)\s*(?:%|percent\b|per\s+cent\b)")


def ranges_of(
    article: Article, doc: Any, sents: Sentences
) -> list[tuple[QuantityFact, tuple[int, int]]]:
    """The two ends of each range of counts, with the range's span (its numbers are not read
    again as single figures).  "and" needs "between" before it: "8 soldiers and 4 police
    officers" is two counts, not a range."""
    out: list[tuple[QuantityFact, tuple[int, int]]] = []
    text = article.text
    for m in _RANGE.finditer(text):
        word = (m.group("word") or "").casefold()
        if (m.group("join") or "").casefold() == "and" and word != "between":
            continue
        low, high = parse_number(m.group("low")), parse_number(m.group("high"))
        if low is None or high is None:
            continue
        scale = _SCALES.get((m.group("scale") or "").casefold(), 1.0)
        low *= _SCALES.get((m.group("low_scale") or "").casefold(), scale)
        high *= scale
        if not low < high:
            continue
        if MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the Jan. 7-9 attacks": days, not a count of attacks
        end = m.end("scale") if m.group("scale") else m.end("high")
        percent = _PERCENT.match(text, end)
        if percent or m.group("low_pct"):
            # "between 40 and 50 percent", "50 percent to 70 percent": a share's two ends.
            if percent:
                out += _percent_range(article, doc, sents, m, low, high, percent.end())
            continue
        span = doc.char_span(m.start("high"), end, alignment_mode="expand")
        if span is None:
            continue
        last = span[-1]
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        # "12,000 to 14,000 homeless people": an adjective may come before the noun.
        if after is not None and after.pos_ == "ADJ" and last.i + 2 < len(doc):
            after = doc[last.i + 2]
        # "2 million to 3 million Americans": a people counted by its name.
        people = after is not None and after.ent_type_ == "NORP" and after.tag_ == "NNPS"
        if (
            after is None
            or (after.pos_ != "NOUN" and not people)
            or measure_at(doc, last.i, last.i) is not None
        ):
            continue  # "from 10 to 12 March", "40 to 50 km": not a count of a noun
        head = after.head if after.dep_ == "compound" else after
        if head.tag_ == "NN" and m.group("join") in (None, "-"):
            continue  # "the first 1-2 game": a pairing (No. 1 vs No. 2), no count of games
        noun = counted_noun(last) or after
        # "20 and 25 food stalls": the noun after the range may be the first of a compound, or
        # parsed as a third conjunct of the numbers; the last noun is what is counted.
        words: list[str] = []
        while (
            noun.dep_ in ("conj", "compound")
            and noun.i + 1 < len(doc)
            and doc[noun.i + 1].pos_ == "NOUN"
        ):
            if noun.dep_ == "conj":
                words.append(str(noun.lower_))  # a compound is in ``counted_unit`` already
            noun = doc[noun.i + 1]
        if time_offset(noun):
            continue  # "10 to 15 years later", "aged 9 to 13 years old": a time, not a count
        for value, hedge, (s, e) in (
            (low, "between" if word == "between" else "from", m.span("low")),
            (high, "up to", m.span("high")),
        ):
            fact = figure_fact(
                article, sents, value=value, unit=" ".join([*words, counted_unit(noun)]),
                qualifier=qualifier(noun), predicate=predicate_phrase(noun), ordinal=False,
                span=(s, e), number_at=s,
                thing=(noun.left_edge.idx, noun.idx + len(noun)),
            )  # fmt: skip
            out.append((replace(fact, hedge=hedge), (m.start(), m.end())))
    return out


def _percent_range(
    article: Article,
    doc: Any,
    sents: Sentences,
    m: re.Match[str],
    low: float,
    high: float,
    end: int,
) -> list[tuple[QuantityFact, tuple[int, int]]]:
    """The two ends of a range of percentages, each a figure in percent; what the sentence
    says of the share is the predicate of its "percent"."""
    word = (m.group("word") or "").casefold()
    unit = doc.char_span(end - 1, end, alignment_mode="expand")
    predicate = predicate_phrase(unit[0]) if unit is not None and len(unit) else ""
    out = []
    for value, hedge, (s, e) in (
        (low, "between" if word == "between" else "from", m.span("low")),
        (high, "up to", m.span("high")),
    ):
        fact = figure_fact(
            article, sents, value=value, unit="percent", qualifier="", predicate=predicate,
            ordinal=False, span=(s, e), number_at=s, thing=(s, end),
        )  # fmt: skip
        out.append((replace(fact, hedge=hedge), (m.start(), end)))
    return out


__all__ = ["ranges_of"]
