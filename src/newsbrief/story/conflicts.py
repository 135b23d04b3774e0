"""Agreement and conflict between sources.

Takes: the story's claims (``claims.extract_claims``) and, optionally, each article's reference
date (``timeline.reference_dates``).  Gives: ``Agreement`` records (one value for one subject
stated by several articles) and ``Conflict`` records (different values for one subject, shown
side by side with each side's wording and sources), each conflict marked as a "contradiction"
or a "framing" with a note saying why.  Backend: plain Python and ``predicates``' tables.

Alignment:
- quantities are grouped by the counted thing (``QuantityClaim.unit``; "residents" and "people" are
  one thing, ``predicates.THING_CLASSES``); within a group a *side* is one value with one
  predicate class (evacuated / told to leave homes / forced from homes → displaced; treated /
  taken to hospital → hurt; ``predicates.predicate_class``), and only like is compared with
  like: different figures for one (thing, predicate) from different articles *clash*;
- dates form a group when their event (``DateClaim.event``) is the same; clock times and
  quotes are not aligned.
A side stated by two or more articles is an agreement.  A clash is explained
- by arithmetic among the thing's figures (11 taken − 2 executed = 9 held; 6 found + 2 sought
  = 8 dead): one "framing" conflict for the thing lists every side and the sums;
- by time: the two figures are tied to different days (the nearest date written in each
  sentence, else the article's date, at least one of them written) — a later report updating a
  count, a "framing" noted "later report";
otherwise it is a "contradiction" on that (thing, predicate).  Hedged figures ("about 1,200",
"around 1,500") are compared like any other; the note says "approximate".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from newsbrief.article.predicates import PREDICATE_WORDS, thing_class
from newsbrief.models import Agreement, Citation, Claim, Conflict, DateClaim, QuantityClaim, Side
from newsbrief.settings import AnalysisSettings

# Arithmetic between more values than this is skipped: triples grow as n³ and coincidences
# among many small numbers stop meaning anything.
_MAX_SIDES_FOR_ARITHMETIC = 12
_MAX_NOTES = 4
_CLASSES = frozenset(PREDICATE_WORDS.values())
# Hedge words that make a figure an approximation ("about 1,200", "some 80"), as opposed to a
# bound word alone ("at", "more").
_APPROX = frozenset({
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "estimated",
    "over", "least", "than", "up", "to", "circa",
})  # fmt: skip


@dataclass(frozen=True)
class _Side:
    value: float | str
    kind: str
    text: str
    citations: tuple[Citation, ...]
    articles: frozenset[str]
    predicate: str
    noun: str = ""
    claims: tuple[Claim, ...] = ()

    @property
    def quantities(self) -> list[QuantityClaim]:
        return [c for c in self.claims if isinstance(c, QuantityClaim)]


@dataclass(frozen=True)
class _When:
    """The day a figure is tied to, whether the sentence writes it, and whether it is hedged."""

    day: str | None
    written: bool
    approximate: bool


def align_claims(
    claims: Sequence[Claim],
    *,
    settings: AnalysisSettings | None = None,
) -> tuple[tuple[Agreement, ...], tuple[Conflict, ...]]:
    """Agreements and conflicts among claims from different articles.

    A figure's day (``QuantityClaim.as_of``) explains a change over time only when at least
    one side's day is written in its sentence."""
    del settings  # no tunables yet; kept so every stage has the same call shape
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim, QuantityClaim) and claim.unit:
            groups[("quantity", thing_class(claim.unit))].append(claim)
        elif isinstance(claim, DateClaim) and claim.resolution != "time" and claim.event:
            groups[("date", claim.event.casefold())].append(claim)
    agreements: list[Agreement] = []
    conflicts: list[Conflict] = []
    for (kind, _), members in groups.items():
        if len({c.citations[0].article for c in members}) < 2:
            continue
        dates = kind == "date"
        sides = _sides(members, dates=dates)
        for side in sides:
            if len(side.articles) >= 2:
                subject = _event(members) if dates else _side_subject(side.noun, side)
                agreements.append(Agreement(subject, side.value, side.citations))
        if dates:
            conflict = _date_conflict(_event(members), sides)
            conflicts += [conflict] if conflict is not None else []
        else:
            conflicts += _quantity_conflicts(members, sides)
    return tuple(agreements), tuple(conflicts)


def _event(members: Sequence[Claim]) -> str:
    first = members[0]
    return first.event if isinstance(first, DateClaim) else ""


def _sides(members: Sequence[Claim], *, dates: bool) -> list[_Side]:
    by_key: dict[tuple[float | str, str], list[Claim]] = defaultdict(list)
    for claim in members:
        kind = claim.predicate_class if isinstance(claim, QuantityClaim) else ""
        value = claim.value if isinstance(claim, QuantityClaim | DateClaim) else claim.words
        by_key[(value, kind)].append(claim)
    sides = []
    # Sides keep the order in which they are first said, so the brief reads like the sources.
    for (value, kind), group in by_key.items():
        cites = tuple(c for claim in group for c in claim.citations)
        first = group[0]
        quantity = first if isinstance(first, QuantityClaim) else None
        sides.append(
            _Side(
                value=value,
                kind=kind,
                text=group[0].text,
                citations=cites,
                articles=frozenset(c.article for c in cites),
                predicate=quantity.predicate if quantity else "",
                noun=quantity.noun if quantity else "",
                claims=tuple(group),
            )
        )
    return sides


def _subject(members: Sequence[QuantityClaim]) -> str:
    phrases = [c.noun for c in members]
    # The fullest phrase ("Lebanese soldiers" over "soldiers") names the group best.
    return max(phrases, key=lambda p: (len(p.split()), phrases.count(p)))


def _side_subject(noun: str, side: _Side) -> str:
    what = side.kind if side.kind in _CLASSES else side.predicate
    return f"{noun} {what}".strip()


def _quantity_conflicts(members: Sequence[Claim], sides: Sequence[_Side]) -> list[Conflict]:
    """One conflict per (thing, predicate) whose figures clash, plus one framing per thing
    when arithmetic among its figures explains a clash."""
    relations = _arithmetic(sides)
    out: list[Conflict] = []
    by_kind: dict[str, list[_Side]] = defaultdict(list)
    for side in sides:
        by_kind[side.kind].append(side)
    summed = False
    for group in by_kind.values():
        claims = [c for side in group for c in side.quantities]
        unexplained: list[tuple[QuantityClaim, QuantityClaim]] = []
        later: list[tuple[QuantityClaim, QuantityClaim]] = []
        for a, b in combinations(claims, 2):
            if a.value == b.value or a.citations[0].article == b.citations[0].article:
                continue
            if _explained(a.value, b.value, relations):
                summed = True
            elif _changed_over_time(_when(a), _when(b)):
                later.append((a, b))
            else:
                unexplained.append((a, b))
        if not (unexplained or later):
            continue
        subject = _side_subject(_subject(claims), group[0])
        out_sides = tuple(Side(s.value, s.text, s.citations) for s in group)
        approx = any(_when(c).approximate for pair in unexplained or later for c in pair)
        hedge = "; approximate figures" if approx else ""
        if unexplained:
            a, b = unexplained[0]
            note = f"{_num(a.value)} vs {_num(b.value)} {subject} in different sources{hedge}"
            out.append(Conflict(subject, out_sides, "contradiction", note))
        else:
            steps = sorted({(_when(c).day or "", c.value) for pair in later for c in pair})
            told = " → ".join(f"{_num(v)} ({day})" if day else _num(v) for day, v in steps)
            out.append(Conflict(subject, out_sides, "framing", f"later report: {told}{hedge}"))
    if summed:
        notes = [text for text, _ in relations[:_MAX_NOTES]]
        all_sides = tuple(Side(s.value, s.text, s.citations) for s in sides)
        quantities = [c for c in members if isinstance(c, QuantityClaim)]
        out.append(Conflict(_subject(quantities), all_sides, "framing", "; ".join(notes)))
    return out


def _changed_over_time(a: _When, b: _When) -> bool:
    if a.day is None or b.day is None or not (a.written or b.written):
        return False
    return not (a.day.startswith(b.day) or b.day.startswith(a.day))


def _when(claim: QuantityClaim) -> _When:
    return _When(claim.as_of, claim.as_of_written, bool(set(claim.hedge.split()) & _APPROX))


def _date_conflict(subject: str, sides: Sequence[_Side]) -> Conflict | None:
    if len({s.value for s in sides}) < 2:
        return None
    clashes = [
        (a, b)
        for a, b in combinations(sides, 2)
        if a.value != b.value and not a.articles & b.articles
    ]
    if not clashes:
        return None
    out_sides = tuple(Side(s.value, s.text, s.citations) for s in sides)
    # "2014" and "2014-08-02" are the same date at different precision, not a disagreement.
    real = [
        (a, b)
        for a, b in clashes
        if not (str(a.value).startswith(str(b.value)) or str(b.value).startswith(str(a.value)))
    ]
    if real:
        a, b = real[0]
        return Conflict(subject, out_sides, "contradiction", f"{a.value} vs {b.value}")
    return Conflict(subject, out_sides, "framing", "same date at different precision")


def _arithmetic(sides: Sequence[_Side]) -> list[tuple[str, set[float]]]:
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
    sides: Sequence[_Side],
    total: float,
    parts: tuple[float, ...],
    articles: dict[float, frozenset[str]],
) -> str:
    """``parts`` summing to ``total`` as a note, or "" when it is only a coincidence.

    A breakdown is meaningful when one source states all its parts (004: 6 found + 2 sought
    + 1 unknown = 9 held); numbers picked from different sources add up by chance too often.
    """
    if len(parts) == 2:
        totals = [s for s in sides if s.value == total and s.kind != "dead"]
        for part, rest in ((parts[0], parts[1]), (parts[1], parts[0])):
            dead = [s for s in sides if s.value == part and s.kind == "dead"]
            if any(d.articles & t.articles for d in dead for t in totals):
                return f"{_num(total)} − {_num(part)} = {_num(rest)}"
    # A part counted with the total's own predicate is not a share of it (8 trapped + 1 missing
    # is not 9 trapped: the missing one is among the 8).
    total_kinds = {s.kind for s in sides if s.value == total}
    if any({s.kind for s in sides if s.value == p} <= total_kinds for p in parts):
        return ""
    common = frozenset.intersection(*(articles[p] for p in parts))
    if not common:
        return ""
    return " + ".join(_num(p) for p in sorted(parts, reverse=True)) + f" = {_num(total)}"


def _explained(a: float, b: float, relations: Sequence[tuple[str, set[float]]]) -> bool:
    return any(a in used and b in used for _, used in relations)


def _num(value: float | str) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


__all__ = ["align_claims"]
