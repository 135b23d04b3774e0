"""Sums among a thing's figures that reconcile them (a "framing", not a contradiction).

Takes: sides (one value, one predicate class, the articles that state it) of one counted
thing, and for the cross-unit and part-of rules the claims themselves.  Gives: notes such as
"11 − 2 = 9", "6 + 2 + 1 = 9", "12 = 8 soldiers + 4 police officers", "18 of the 30".  A part
told with a narrower predicate than another part ("one child taken to hospital" beside "two
children injured") is among it, not a term beside it.  Used by ``conflicts``.  Plain Python.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from newsbrief.article.dates import NUMBER_WORDS
from newsbrief.article.numbers import written_forms
from newsbrief.models import Citation, QuantityClaim
from newsbrief.story.compare import is_point

# Arithmetic between more values than this is skipped: triples grow as n³ and coincidences
# among many small numbers stop meaning anything.
_MAX_SIDES_FOR_ARITHMETIC = 12
# Classes whose members leave a count: the dead, the rescued and the released are no longer
# held, trapped or missing.
_EXITS = frozenset({"dead", "rescued", "released"})


@dataclass(frozen=True)
class ArithSide:
    value: float | str
    kind: str
    articles: frozenset[str]
    predicates: frozenset[str] = frozenset()  # as written: "injured", "taken to hospital"


def num(value: float | str) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def arithmetic(sides: Sequence[ArithSide]) -> list[tuple[str, set[float]]]:
    """Sums among the values that reconcile them, with the values each relation ties together.

    ``a + b = c`` is written as ``c − b = a`` when ``b`` counts deaths stated in the same source
    as ``c`` (11 taken − 2 executed = 9 held): the dead leave the count, they are not part of it.
    """
    if len(sides) > _MAX_SIDES_FOR_ARITHMETIC:
        return []
    numbers = sorted({float(s.value) for s in sides if isinstance(s.value, float | int)})
    targets = set(numbers)
    found: list[tuple[str, set[float]]] = []
    seen: set[frozenset[float]] = set()
    articles: dict[float, frozenset[str]] = defaultdict(frozenset)
    for side in sides:
        if isinstance(side.value, float | int):
            articles[float(side.value)] |= side.articles
    for parts in [*combinations(numbers, 2), *combinations(numbers, 3)]:
        total = sum(parts)
        key = frozenset((*parts, total))
        if total not in targets or key in seen:
            continue
        text = _relation(sides, total, parts, articles)
        if text:
            seen.add(key)
            found.append((text, set(key)))
    # Most informative first: relations that tie more of the values together.
    found.sort(key=lambda r: -len(r[1]))
    return found


def _relation(
    sides: Sequence[ArithSide],
    total: float,
    parts: tuple[float, ...],
    articles: dict[float, frozenset[str]],
) -> str:
    """``parts`` summing to ``total`` as a note, or "" when it is only a coincidence.

    A breakdown is meaningful when one source states all its parts (004: 6 found + 2 sought
    + 1 unknown = 9 held); numbers picked from different sources add up by chance too often.
    """
    if len(parts) == 2:
        totals = [s for s in sides if s.value == total and s.kind not in _EXITS]
        for part, rest in ((parts[0], parts[1]), (parts[1], parts[0])):
            gone = [s for s in sides if s.value == part and s.kind in _EXITS]
            if any(d.articles & t.articles for d in gone for t in totals):
                return f"{num(total)} − {num(part)} = {num(rest)}"
            # "14 trapped" in one report; "5 brought out alive, 9 still trapped" in a later
            # one: those who left the count and those still in it, told together.
            kinds = {s.kind for s in totals}
            still = [s for s in sides if s.value == rest and s.kind in kinds]
            if any(d.articles & r.articles for d in gone for r in still):
                return f"{num(total)} − {num(part)} {gone[0].kind} = {num(rest)}"
    # A part counted with the total's own predicate beside a part that is not is no share of
    # it (8 trapped + 1 missing is not 9 trapped: the missing one is among the 8).  Parts all
    # counted as the total is split them by place or group (120 operations postponed at one
    # hospital + 60 at another = 180 postponed).
    total_kinds = {s.kind for s in sides if s.value == total}
    part_kinds = [{s.kind for s in sides if s.value == p} for p in parts]
    alike = all(kinds <= total_kinds for kinds in part_kinds)
    if not alike and any(kinds <= total_kinds for kinds in part_kinds):
        return ""
    if alike and _nested(sides, parts):
        return ""  # "two children injured", "one child taken to hospital": one of the two
    common = frozenset.intersection(*(articles[p] for p in parts))
    if not common:
        return ""
    return " + ".join(num(p) for p in sorted(parts, reverse=True)) + f" = {num(total)}"


# Words of a predicate that tell a narrower state than its class's plain verb: the hurt who
# were taken to hospital or are in a critical condition are among those injured.
_NARROWER = frozenset({"hospital", "hospitalised", "hospitalized", "treated", "critical"})


def _nested(sides: Sequence[ArithSide], parts: tuple[float, ...]) -> bool:
    """Whether one part is told with a narrower predicate than another part (a subset of it,
    not a share of the total beside it)."""
    narrow = [
        all(_NARROWER & set(p.split()) for p in s.predicates) and bool(s.predicates)
        for part in parts
        for s in sides
        if s.value == part
    ]
    return any(narrow) and not all(narrow)


def explained(a: float, b: float, relations: Sequence[tuple[str, set[float]]]) -> bool:
    return any(a in used and b in used for _, used in relations)


def part_of(a: QuantityClaim, b: QuantityClaim, claims: Sequence[QuantityClaim]) -> str:
    """A note when one source states both figures of the thing in one sentence ("Of the 30
    people injured, 18 were taken to hospital"): the smaller is a part of the larger."""
    big, small = (a, b) if a.value > b.value else (b, a)
    for c in claims:
        if c.value != big.value:
            continue
        same = [
            d for d in claims
            if d.value == small.value and _same_sentence(d.citations[0], c.citations[0])
        ]  # fmt: skip
        if same:
            return f"{num(small.value)} of the {num(big.value)} (one source gives both)"
    return ""


def cross_unit_sum(a: QuantityClaim, b: QuantityClaim, everything: Sequence[QuantityClaim]) -> str:
    """A note when the smaller figure plus counts of other things said in its sentence make
    the larger: "12 = 8 soldiers + 4 police officers" (one source splits a total)."""
    big, small = (a, b) if a.value > b.value else (b, a)
    if not (is_point(big) and is_point(small)):
        return ""  # a bound is no exact term of a sum
    cite = small.citations[0]
    # The other things must have happened as the total did (8 soldiers killed + 4 police
    # officers killed): "340 patients diverted + 180 operations postponed" is no sum.
    others = [
        c for c in everything
        if c.unit != small.unit and _same_sentence(c.citations[0], cite) and c.value < big.value
        and c.predicate_class == big.predicate_class and is_point(c)
    ]  # fmt: skip
    for n in (1, 2):
        for parts in combinations(others, n):
            if small.value + sum(p.value for p in parts) == big.value:
                terms = " + ".join(f"{num(p.value)} {p.unit}" for p in parts)
                return f"{num(big.value)} = {num(small.value)} {small.unit} + {terms}"
    return ""


def included_part(a: QuantityClaim, b: QuantityClaim, everything: Sequence[QuantityClaim]) -> str:
    """A note when the larger figure's sentence counts, "including" them, others that the
    smaller leaves out: "left 20 people dead, including the three gunmen" beside "killed 17
    people" gives "20 − 3 gunmen = 17" (one source counts the attackers, one does not)."""
    big, small = (a, b) if a.value > b.value else (b, a)
    if not (is_point(big) and is_point(small)):
        return ""
    cite = big.citations[0]
    for c in everything:
        if (
            c.unit != big.unit
            and (c.predicate_class in _INCLUDED or _named_included(c))
            and _same_sentence(c.citations[0], cite)
            and is_point(c)
            and big.value - c.value == small.value
        ):
            return f"{num(big.value)} − {num(c.value)} {c.unit} = {num(small.value)}"
    return ""


def charges_of_a_kind(a: QuantityClaim, b: QuantityClaim) -> str:
    """A note when the smaller figure counts charges of one kind and the larger counts
    charges of every kind: "guilty on two charges of arson" beside "guilty on five of
    seven charges" (the arsons are among the five).  Not two counts of one
    kind ("three counts of murder", "four counts of murder")."""
    big, small = (a, b) if a.value > b.value else (b, a)
    if (
        small.unit != big.unit
        or small.unit not in _CHARGES
        or not (is_point(big) and is_point(small))
    ):
        return ""
    classes = {a.predicate_class, b.predicate_class}
    if len(classes) > 1 and classes & _UNDONE:
        return ""  # "acquitted on two counts of perjury" are not among "convicted on four"
    if not all(_COURT.search(c.text) for c in (a, b)):
        return ""  # "two counts of absentee ballots"
    kind = _of_a_kind(small)
    if not kind or _of_a_kind(big):
        return ""
    return f"{num(small.value)} {small.unit} of {kind} are among the {num(big.value)} {big.unit}"


# Counts a court lays and finds, each of some kind ("charges of arson").
_CHARGES = frozenset({"charges", "counts"})


def _of_a_kind(claim: QuantityClaim) -> str:
    """The kind the claim's sentence gives its charges ("arson" of "two charges of arson"),
    or ""."""
    forms = _spelled(claim.value)
    for m in re.finditer(rf"\b{claim.unit}\s+of\s+((?:[a-z]+\s+)?[a-z]+)", claim.text):
        before = claim.text[: m.start()].split()[-2:]  # "three", or "three felony"
        if {w.casefold() for w in before} & forms and m.group(1).split()[0] not in _NOT_KINDS:
            return m.group(1)
    return ""


# Predicate classes of charges a court did away with, and the words of a court case.
_UNDONE = frozenset({"acquitt", "dropp", "dismiss", "clear"})
_COURT = re.compile(
    r"\b(?:guilty|convict|acquitt|charg|indict|plead|pled|jur|court|prosecut|fac(?:e|es|ing)\b|sentenc)",
    re.I,
)
_NOT_KINDS = frozenset({"the", "them", "those", "these", "his", "her", "their", "its", "all"})


# Predicate classes of a part counted inside a total ("including the three gunmen").
_INCLUDED = frozenset({"includ"})


def _named_included(part: QuantityClaim) -> bool:
    """The sentence counts ``part`` after "including" ("left 20 people dead, including the
    three gunmen"), though its predicate is the total's ("dead")."""
    forms = _spelled(part.value)
    text = part.text.casefold()
    return any(
        m.group(1) in forms for m in re.finditer(r"\bincluding\s+(?:the\s+|some\s+)?(\S+)", text)
    )


def _spelled(value: float) -> set[str]:
    """Every way a sentence may write ``value``: in digits ("1,200") or in words ("three")."""
    return {*written_forms(value), *(w for w, v in NUMBER_WORDS.items() if v == value)}


def _same_sentence(x: Citation, y: Citation) -> bool:
    if x.article != y.article:
        return False
    if x.sentence is not None and y.sentence is not None:
        return x.sentence == y.sentence
    return x.start == y.start


__all__ = [
    "ArithSide",
    "arithmetic",
    "charges_of_a_kind",
    "cross_unit_sum",
    "explained",
    "included_part",
    "num",
    "part_of",
]
