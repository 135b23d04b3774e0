"""Measurements, percentages and money beside a number (used by ``claims``).

Takes: the tokens of a number in a spaCy ``Doc`` (passed in, not imported).  Gives: a
``Measure`` — the unit in one spelling ("m", "metre", "meters" → "metres"; "%", "per cent" →
"percent"; "$" → "dollars"), the token that carries it, and the noun it measures when the parse
says so ("a depth of 250 m" → depth, "a 4% rise" → rise).  Backend: the tables below.

The counted thing of a measure is "<unit> <measured noun>" ("metres depth", "percent rise"),
else the unit alone ("metres", "percent", "dollars"): the last word is what is counted, as in
compound units ("aid workers"), and figures in different units never land in one group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from newsbrief.models import QuantityFact

_UNIT_WORDS = {
    "percent": "% percent pct",
    "metres": "m metre metres meter meters",
    "kilometres": "km kilometre kilometres kilometer kilometers",
    "centimetres": "cm centimetre centimetres centimeter centimeters",
    "millimetres": "mm millimetre millimetres millimeter millimeters",
    "miles": "mile miles",
    "feet": "ft foot feet",
    "kilograms": "kg kilogram kilograms kilo kilos",
    "grams": "g gram grams gramme grammes",
    "ounces": "oz ounce ounces",
    "lb": "lb lbs",
    "tonnes": "tonne tonnes",
    "tons": "ton tons",
    "litres": "litre litres liter liters",
    "hectares": "ha hectare hectares",
    "acres": "acre acres",
    "knots": "knot knots",
    "kph": "kph kmh",
    "mph": "mph",
    "degrees": "degree degrees",
    "megawatts": "mw megawatt megawatts",
    "gigawatts": "gw gigawatt gigawatts",
    "kilowatts": "kw kilowatt kilowatts",
    "dollars": "dollar dollars dlrs",
    "euros": "euro euros",
    "pounds": "pound pounds",
    "crowns": "crown crowns krona kronor krone kroner",
    "yen": "yen",
    # Wire copy writes sums in words after the figure ("27.5 billion yuan", Xinhua style).
    "yuan": "yuan renminbi rmb",
    "rupees": "rupee rupees",
    "roubles": "rouble roubles ruble rubles",
    "francs": "franc francs",
    "marks": "deutschmark deutschmarks",
    "pesos": "peso pesos",
    "shekels": "shekel shekels",
    "lire": "lira lire",
}
UNITS = MappingProxyType(
    {word: unit for unit, words in _UNIT_WORDS.items() for word in words.split()}
)
# Units of length: a depth, height or distance, never revised like a count.
LENGTHS = frozenset({"metres", "kilometres", "centimetres", "millimetres", "miles", "feet"})
_CURRENCIES = frozenset({
    "dollars", "euros", "pounds", "crowns", "yen", "yuan", "rupees", "roubles", "francs",
    "marks", "pesos", "shekels", "lire",
})  # fmt: skip
# A country's word between a sum and its currency ("270 million U.S. dollars", "5 billion Hong
# Kong dollars"): U.S. dollars are the "$" dollars; another country's are kept apart by name.
_CURRENCY_COUNTRIES = MappingProxyType({
    "u.s.": "", "us": "", "american": "", "canadian": "canadian ", "australian": "australian ",
    "hk": "hong kong ", "singapore": "singapore ", "taiwan": "taiwan ", "swiss": "swiss ",
    "indian": "indian ", "russian": "russian ",
})  # fmt: skip
# Written before the figure: symbols, and the wire abbreviation ("dlrs 400,000", AP style).
CURRENCY_SYMBOLS = MappingProxyType({
    "$": "dollars", "us$": "dollars", "usd": "dollars",
    "dlrs": "dollars", "dlr": "dollars", "dls": "dollars",
    "€": "euros", "£": "pounds",
})  # fmt: skip
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_SQUARE = frozenset({"square", "sq", "sq."})
_AREA_BASES = frozenset({"miles", "kilometres", "metres", "feet"})
# Scale letters glued to a sum of money ("€15m", "$3bn", "£40k").
_SCALE_LETTERS = MappingProxyType({"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3})


@dataclass(frozen=True)
class Measure:
    unit: str  # the counted thing: "percent", "metres", "metres depth"
    first: int  # token index where the number (with a currency symbol) starts
    last: int  # token index of the number's last token
    unit_token: Any  # the token that carries the unit (or the number, for "$15 million")
    measured: Any  # the noun the measure is of, or None
    scale: float = 1.0  # "€15m": a scale letter glued to the figure (m, bn, k)


def half_before(doc: Any, i: int) -> int:
    """Where a scale word's number starts with "half" ("a half million", "a half-billion-dollar
    jackpot", which the tagger may leave untagged or tag from "billion"), else ``i``."""
    if doc[i].lower_ not in _SCALE_WORDS:
        return i
    half = i - 2 if i > 1 and doc[i - 1].text == "-" else i - 1
    return half if half >= 0 and doc[half].lower_ == "half" else i


def number_run(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """The first run of number tokens in ``doc[start:end]`` as (first, last) token indices."""
    first = next((i for i in range(start, end) if _is_number(doc[i])), None)
    if first is None:
        return None
    last = first
    first = max(start, half_before(doc, first))
    while last + 1 < len(doc):
        if _is_number(doc[last + 1]) or doc[last + 1].lower_ in _SCALE_WORDS:
            last += 1
        elif _hyphened_word(doc, last):
            last += 2  # "Seventy-one percent": one number the tokenizer split in three
        else:
            break
    return first, last


def _hyphened_word(doc: Any, last: int) -> bool:
    """ "Seventy" "-" "one": number words joined by a hyphen (not "26-28", a range)."""
    if last + 2 >= len(doc) or doc[last + 1].text != "-":
        return False
    word, after = doc[last], doc[last + 2]
    return bool(word.is_alpha and after.is_alpha and _is_number(after) and _is_number(word))


def _opens_a_name(token: Any) -> bool:
    """A number word written with a capital inside a sentence and followed by a proper noun
    ("the Three Gorges", "at Three Mile Island"), or inside a longer name the tagger found."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if not (token.is_alpha and token.text[:1].isupper()) or after is None:
        return False
    if token.ent_type_ in _NAME_LABELS and after.ent_iob_ == "I" and after.text[:1].isupper():
        return True
    mid_sentence = not token.is_sent_start if token.doc.has_annotation("SENT_START") else True
    return bool(mid_sentence and after.pos_ == "PROPN" and after.text[:1].isupper())


_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "NORP"})


def _is_number(token: Any) -> bool:
    return bool(token.like_num and (_number_word(token) or not token.is_alpha)) or (
        token.pos_ == "NUM"
    )


def _number_word(token: Any) -> bool:
    """A number word the tagger mistook that still numbers a noun: "Eleven passengers were
    taken" with "Eleven" an adjective, or a proper-noun compound of "passengers"."""
    head = token.head
    return bool(
        token.is_alpha
        and token.like_num
        and head.pos_ == "NOUN"
        and (token.dep_ == "nummod" or (token.dep_ == "compound" and head.tag_ == "NNS"))
    )


def measure_at(doc: Any, first: int, last: int) -> Measure | None:
    """The measure of the number ``doc[first:last + 1]``, None when it is a plain count."""
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.lower_ in CURRENCY_SYMBOLS:
        # Money is counted in its currency alone: "$2.4 million contract" is 2.4m dollars.
        unit, token = CURRENCY_SYMBOLS[before.lower_], doc[last]
        after = doc[last + 1] if last + 1 < len(doc) else None
        letter = after.lower_.rstrip(".") if after is not None else ""
        if after is not None and letter in _SCALE_LETTERS and after.idx == token.idx + len(token):
            return Measure(unit, first - 1, last + 1, after, None, _SCALE_LETTERS[letter])
        return Measure(unit, first - 1, last, token, None)
    j = last + 1
    if j < len(doc) and doc[j].text == "-":  # "a 400-metre stretch"
        j += 1
    if j >= len(doc):
        return None
    token = doc[j]
    # "2 lb)-": punctuation the tokenizer left on the unit.
    word = token.lower_.rstrip(")]-,;:")
    if word == "per" and j + 1 < len(doc) and doc[j + 1].lower_ == "cent":
        token, word = doc[j + 1], "percent"
    found = UNITS.get(word)
    if word in _SQUARE and j + 1 < len(doc):
        # "770,000 square miles", "15.28 sq km", "a 17,000-square-foot store": an area.
        k = j + 2 if doc[j + 1].text == "-" and j + 2 < len(doc) else j + 1
        base = UNITS.get(doc[k].lower_)
        if base in _AREA_BASES:
            token, found = doc[k], f"square {base}"
            measured = _measured(token)
            return Measure(_with_thing(found, measured), first, last, token, measured)
    if found in _CURRENCIES:  # "2.4 million dollars": the currency alone
        return Measure(found, first, last, token, None)
    country = _CURRENCY_COUNTRIES.get(word)
    if country is not None and j + 1 < len(doc):
        currency = UNITS.get(doc[j + 1].lower_)
        if currency in _CURRENCIES:  # "270 million U.S. dollars"
            return Measure(f"{country}{currency}", first, last, doc[j + 1], None)
    # A lone "m" is metres only straight after the figure ("250 m"), not "250 more"; "g" is
    # grams written small ("900g"), not the "G" of "4G".
    if (
        found is None
        or (word == "m" and token.idx != doc[last].idx + len(doc[last]) + 1)
        or (word == "g" and token.text != "g")
    ):
        return None
    measured = _measured(token)
    return Measure(_with_thing(found, measured), first, last, token, measured)


def _with_thing(unit: str, measured: Any) -> str:
    return f"{unit} {measured.lower_}" if measured is not None else unit


def _measured(token: Any) -> Any:
    """The noun a unit token measures: "a depth of 250 m", "a 4% rise", "a rise of 9%"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    if token.dep_ in ("compound", "nummod", "amod") and head.pos_ == "NOUN" and head.i > token.i:
        return head
    # "the 2,870-kilometer-long border": the size adjective's noun is what is measured.
    noun = head.head
    sized = head.lower_ in _SIZE_WORDS and head.dep_ == "amod"
    if sized and noun.pos_ == "NOUN" and noun.i > head.i:
        return noun
    return None


_SIZE_WORDS = frozenset({"long", "wide", "high", "deep", "tall", "thick"})


_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock", "hours", "hrs"})
_NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def _part_and_whole(label: str, doc: Any, start: int, end: int) -> list[tuple[str, int, int]]:
    """ "four of five" tagged as one number: the part and the whole are two figures."""
    words = [t.lower_ for t in doc[start:end]]
    split = len(words) in (3, 4) and words[1] == "of" and words[2:-1] in ([], ["the"])
    if split and doc[start].like_num and doc[end - 1].like_num:
        return [(label, start, start + 1), (label, end - 1, end)]
    return [(label, start, end)]


def number_spans(doc: Any) -> list[tuple[str, int, int]]:
    """(label, first token, end token) of number entities, then of numbers the tagger left
    untagged ("About 900 people"): those count only when they number a noun or carry a unit."""
    found = [
        span
        for e in doc.ents
        if e.label_ in _NUMBER_LABELS
        for span in _part_and_whole(e.label_, doc, e.start, e.end)
    ]
    for t in doc:
        # A number word the tagger mistook ("Seventeen" as an organisation at a sentence
        # start, "Eleven" as an adjective) still counts the noun it numbers.
        word = _number_word(t)
        if t.ent_type_ in _NUMBER_LABELS or not (word or (t.pos_ == "NUM" and t.like_num)):
            continue
        if t.ent_type_ in ("DATE", "TIME"):
            continue  # "three months", "a seven-year-old": time, not a count
        if t.ent_type_ and not word:
            continue
        if t.i > 0 and not doc[t.i - 1].ent_type_ and doc[t.i - 1].pos_ == "NUM":
            continue  # inside a run already taken from its first token
        run = number_run(doc, t.i, t.i + 1)
        after = doc[run[1] + 1].lower_ if run is not None and run[1] + 1 < len(doc) else ""
        if after in _CLOCK_WORDS:  # "at 3am": a time, which the date rules read
            continue
        if run is not None and (
            measure_at(doc, *run) is not None
            or (doc[run[1]].dep_ == "nummod" and doc[run[1]].head.pos_ == "NOUN")
            or _number_word(doc[run[1]])
        ):
            first = half_before(doc, t.i)
            if first >= 2 and doc[first - 1].text == "-" and doc[first - 2].like_num:
                first -= 2  # "Sixty-four" with "Sixty" tagged a proper noun
            found.append(("BARE", first, run[1] + 1))
    # "the Three Gorges Project", "Three Mile Island": a name, not a count.
    return sorted((f for f in found if not _opens_a_name(doc[f[1]])), key=lambda f: f[1])


# "about 500 kilometers (300 miles)", "a 30-meter-long (100-foot-long) pile": the figure in
# brackets is the one before it in another unit, no second figure.
_BRACKET_OPEN = re.compile(r"[^\d().;]{0,25}\(\s*(?:about|some|nearly|roughly|around)?\s*$")


def without_conversions(facts: list[QuantityFact], text: str) -> list[QuantityFact]:
    """An article's figures without those in brackets that restate the one before."""
    kept: list[QuantityFact] = []
    for fact in facts:
        before = kept[-1] if kept else None
        if (
            before is not None
            and _BRACKET_OPEN.fullmatch(text[before.end : fact.start])
            and measured_kind(before.unit) is not None
            and measured_kind(before.unit) == measured_kind(fact.unit)
        ):
            continue
        kept.append(fact)
    return kept


def measured_kind(unit: str) -> str | None:
    """What a measure's unit measures, for units that convert ("miles" and "kilometres")."""
    first = unit.split()[0] if unit.split() else ""
    if first == "square" or first in ("acres", "hectares"):
        return "area"
    if first in ("tons", "tonnes", "kilograms"):
        return "weight"
    if first in ("kph", "mph", "knots"):
        return "speed"
    return "length" if first in LENGTHS else None


__all__ = [
    "CURRENCY_SYMBOLS",
    "LENGTHS",
    "UNITS",
    "Measure",
    "measure_at",
    "measured_kind",
    "number_run",
    "number_spans",
    "without_conversions",
]
