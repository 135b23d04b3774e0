"""Agreement and conflict between sources.

Takes: the story's claims (``claims.extract_claims``).  Gives: ``Agreement`` records (one value
for one subject stated by several articles) and ``Conflict`` records (different values for one
subject, shown side by side with each side's wording and sources), each conflict marked as a
"contradiction" or a "framing" with a note saying why.  Backend: plain Python.

Alignment:
- quantities about the same counted thing (``Claim.unit``, e.g. "soldiers") form one group;
  within it a *side* is one value with one kind of predicate ("held", "dead": the words after
  the unit in ``Claim.subject``, see ``claims``), and synonyms share a kind (_PREDICATE_KINDS);
- dates form a group when their event (``Claim.subject``) is the same; clock times and
  quotes are not aligned.
A side stated by two or more articles is an agreement.  A group whose values differ across
articles is a conflict.  It is a contradiction when two articles give different values for the
same kind of predicate and no arithmetic among the group's values reconciles them; otherwise it
is a framing (11 taken − 2 executed = 9 held; 6 found + 2 sought = 8 dead).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from types import MappingProxyType

from newsbrief.models import Agreement, Citation, Claim, Conflict, Side
from newsbrief.settings import AnalysisSettings

# Predicates that state the same thing about what is counted.  Extend with care: merging two
# kinds turns their different values into contradictions.
_PREDICATE_KINDS = MappingProxyType(
    {
        word: kind
        for kind, words in {
            "dead": "kill killed kills killing die died dies dying dead death deaths slain "
            "executed execute",
            "captive": "hold held holds holding captive captured capture kidnapped kidnap abducted "
            "seized seize take took taken hostage hostages",
            "wounded": "wound wounded wounding injure injured injuring hurt",
            "arrested": "arrest arrested detain detained",
            "released": "release released releases free freed frees",
            "evacuated": "evacuate evacuated evacuates rescue rescued",
        }.items()
        for word in words.split()
    }
)
# Arithmetic between more values than this is skipped: triples grow as n³ and coincidences
# among many small numbers stop meaning anything.
_MAX_SIDES_FOR_ARITHMETIC = 12
_MAX_NOTES = 4


@dataclass(frozen=True)
class _Side:
    value: float | str
    kind: str
    text: str
    citations: tuple[Citation, ...]
    articles: frozenset[str]
    predicate: str


def predicate_of(claim: Claim) -> str:
    """The predicate of a quantity claim: ``subject`` after its ``unit`` ("held")."""
    if not claim.unit:
        return ""
    at = claim.subject.rfind(claim.unit)
    return claim.subject[at + len(claim.unit) :].strip() if at >= 0 else ""


def noun_phrase_of(claim: Claim) -> str:
    """The counted noun phrase of a quantity claim: ``subject`` up to its ``unit``."""
    at = claim.subject.rfind(claim.unit) if claim.unit else -1
    return claim.subject[: at + len(claim.unit or "")] if at >= 0 else claim.subject


def _kind(predicate: str) -> str:
    return _PREDICATE_KINDS.get(predicate.casefold(), predicate.casefold())


def align_claims(
    claims: Sequence[Claim], *, settings: AnalysisSettings | None = None
) -> tuple[tuple[Agreement, ...], tuple[Conflict, ...]]:
    """Agreements and conflicts among claims from different articles."""
    del settings  # no tunables yet; kept so every stage has the same call shape
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "quantity" and claim.unit:
            groups[("quantity", claim.unit)].append(claim)
        elif claim.kind == "date" and claim.unit != "time" and claim.subject:
            groups[("date", claim.subject.casefold())].append(claim)
    agreements: list[Agreement] = []
    conflicts: list[Conflict] = []
    for (kind, _), members in groups.items():
        if len({c.citations[0].article for c in members}) < 2:
            continue
        sides = _sides(members, dates=kind == "date")
        subject = _subject(members, dates=kind == "date")
        for side in sides:
            if len(side.articles) >= 2:
                agreements.append(
                    Agreement(_side_subject(subject, side), side.value, side.citations)
                )
        conflict = _conflict(subject, sides, dates=kind == "date")
        if conflict is not None:
            conflicts.append(conflict)
    return tuple(agreements), tuple(conflicts)


def _sides(members: Sequence[Claim], *, dates: bool) -> list[_Side]:
    by_key: dict[tuple[float | str, str], list[Claim]] = defaultdict(list)
    for claim in members:
        kind = "" if dates else _kind(predicate_of(claim))
        by_key[(claim.value, kind)].append(claim)
    sides = []
    for (value, kind), group in by_key.items():
        cites = tuple(c for claim in group for c in claim.citations)
        sides.append(
            _Side(
                value=value,
                kind=kind,
                text=group[0].text,
                citations=cites,
                articles=frozenset(c.article for c in cites),
                predicate="" if dates else predicate_of(group[0]),
            )
        )
    # Order sides by where they are first said, so the brief reads like the sources.
    return sides


def _subject(members: Sequence[Claim], *, dates: bool) -> str:
    if dates:
        return members[0].subject
    phrases = [noun_phrase_of(c) for c in members]
    # The fullest phrase ("Lebanese soldiers" over "soldiers") names the group best.
    return max(phrases, key=lambda p: (len(p.split()), phrases.count(p)))


def _side_subject(subject: str, side: _Side) -> str:
    return f"{subject} {side.predicate}".strip()


def _conflict(subject: str, sides: Sequence[_Side], *, dates: bool) -> Conflict | None:
    values = {s.value for s in sides}
    if len(values) < 2:
        return None
    articles = frozenset().union(*(s.articles for s in sides))
    if len(articles) < 2:
        return None
    clashes = [
        (a, b)
        for a, b in combinations(sides, 2)
        if a.value != b.value and a.kind == b.kind and not (a.articles & b.articles)
    ]
    if dates:
        return _date_conflict(subject, sides, clashes)
    relations = _arithmetic(sides)
    unexplained = [
        (a, b) for a, b in clashes if not _explained(float(a.value), float(b.value), relations)
    ]
    out_sides = tuple(Side(s.value, s.text, s.citations) for s in sides)
    if unexplained:
        a, b = unexplained[0]
        note = (
            f"{_num(a.value)} vs {_num(b.value)} {subject} {a.predicate or ''}".rstrip()
            + " in different sources"
        )
        return Conflict(subject, out_sides, "contradiction", note)
    notes = [text for text, _ in relations[:_MAX_NOTES]]
    kinds = sorted({s.predicate for s in sides if s.predicate})
    if len(kinds) > 1:
        notes.append("different things counted: " + ", ".join(kinds))
    return Conflict(subject, out_sides, "framing", "; ".join(notes))


def _date_conflict(
    subject: str, sides: Sequence[_Side], clashes: Sequence[tuple[_Side, _Side]]
) -> Conflict:
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


__all__ = ["align_claims", "noun_phrase_of", "predicate_of"]
