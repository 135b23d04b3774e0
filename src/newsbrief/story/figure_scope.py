"""What a figure's sentence says it covers beyond its counted noun.

Takes: a ``QuantityClaim``.  Gives: the place a distance is measured from ("140 kilometers
west-northwest of Dagupan City": "dagupan city"), the nouns counted together with its own
("20,000 soldiers and policemen": "policemen"), and the kind of a sum of money ("a fine of
$3": "fine").  Two distances from two places, or two counts of different mixes ("soldiers,
militiamen and reservists" beside "soldiers and civilians"), are two things whatever their
values; two sums of one kind are one fact whatever their verbs.  ``qualified_apart`` and
``different_things`` tell two figures apart by these, by the names that qualify them and by
the places their clauses name.  Used by ``figures_align`` and ``figure_labels``.  Plain Python
and bounded regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.article.measures import CURRENCY_SYMBOLS
from newsbrief.article.numbers import parse_number
from newsbrief.models import QuantityClaim

__all__ = [
    "counted_with",
    "different_things",
    "measured_from",
    "money_kind",
    "place_within",
    "qualified_apart",
]

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


# What a sum of money is, written next to it ("a fine of $100", "$30,000 face value", "$20.5
# billion in market capitalization"): two sums of one kind are one fact whatever their verbs,
# two of different kinds are two.  Several spellings of one kind map to one name.
_MONEY_KINDS = {
    "face value": "face value", "market value": "market value",
    "market capitalization": "market value", "market cap": "market value",
    "ransom": "ransom", "bail": "bail", "fine": "fine", "fines": "fine", "salary": "salary",
    "budget": "budget", "revenue": "revenue", "revenues": "revenue", "profit": "profit",
    "jackpot": "jackpot", "settlement": "settlement", "reward": "reward", "bounty": "reward",
    "damages": "damages", "bond": "bail", "pension": "pension", "tuition": "tuition",
    "rent": "rent", "deficit": "deficit", "asking price": "price", "price": "price",
}  # fmt: skip
_KIND = "|".join(sorted((re.escape(k) for k in _MONEY_KINDS), key=len, reverse=True))
_KIND_BEFORE = re.compile(rf"\b({_KIND})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_KIND_AFTER = re.compile(rf"^\s*(?:in\s+)?({_KIND})\b", re.IGNORECASE)
# A sum written with its currency before it, as ``measures`` reads it ("$30,000", "dlrs 500,000").
_SYMBOLS = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_MONEY_AT = re.compile(
    rf"(?<![a-z])(?:{_SYMBOLS})\s*(\d[\d,]*(?:\.\d+)?)(\s+(?:million|billion|thousand))?",
    re.IGNORECASE,
)


def money_kind(claim: QuantityClaim) -> str:
    """The kind of a sum of money its sentence writes right next to it, or ""."""
    if (claim.unit.split() or [""])[0] not in CURRENCY_SYMBOLS.values():
        return ""
    for found in _MONEY_AT.finditer(claim.text):
        if parse_number(found.group(1) + (found.group(2) or "")) != claim.value:
            continue
        before = _KIND_BEFORE.search(claim.text[max(0, found.start() - 40) : found.start()])
        after = _KIND_AFTER.match(claim.text[found.end() : found.end() + 40])
        kind = after or before
        if kind is not None:
            return _MONEY_KINDS[kind.group(1).casefold()]
    return ""


def qualified_apart(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Two figures qualified by different names ("six French helicopters", "five British";
    two candidates' vote shares), or one by a name and the other not at all: "153 Chinese
    passengers" are some of the "239 passengers and crew", not another count of them.  So
    are distances from two places and counts of two mixes (``figure_scope``)."""
    froms = measured_from(a), measured_from(b)
    if all(froms) and froms[0] != froms[1]:
        return True  # "140 km west of Dagupan" and "120 km southwest of Pratas Island"
    if counted_with(a) != counted_with(b):
        return True  # "soldiers and policemen" are not the "troops" alone
    qa, qb = a.qualifier.casefold(), b.qualifier.casefold()
    if qa == qb:
        return False
    return bool(qa and qb) or any(q[:1].isupper() for q in (a.qualifier, b.qualifier))


def different_things(
    a: QuantityClaim, b: QuantityClaim, named: Callable[[QuantityClaim], frozenset[str]]
) -> bool:
    """Two figures about different things by what their sentences name: "six French
    helicopters" and "five British helicopters"; "killed 32 people" in a sentence naming
    Poland and "killed 62" in one naming Romania."""
    if qualified_apart(a, b):
        return True
    na, nb = named(a), named(b)
    return bool(
        na and nb and not any(place_within(x, y) or place_within(y, x) for x in na for y in nb)
    )


def place_within(part: str, whole: str) -> bool:
    """One place is the other or a part named after it: "South Philadelphia" is in
    "Philadelphia" (the rowhome one source places in the city, another in its south)."""
    return part == whole or part.endswith(" " + whole)
