"""Agreement and conflict between sources.

Takes: the story's claims (``claims.extract_claims``) and, optionally, each article's reference
date (``timeline.reference_dates``).  Gives: ``Agreement`` records (one value for one subject
stated by several articles) and ``Conflict`` records (different values for one subject, shown
side by side with each side's wording and sources), each conflict marked as a "contradiction"
or a "framing" with a note saying why.  Backend: plain Python and ``predicates``' tables.

Alignment:
- quantities are grouped by the counted thing (``Claim.unit``; "residents" and "people" are
  one thing, ``predicates.THING_CLASSES``); within a group a *side* is one value with one
  predicate class (evacuated / told to leave homes / forced from homes → displaced; treated /
  taken to hospital → hurt; ``predicates.predicate_class``), and only like is compared with
  like: different figures for one (thing, predicate) from different articles *clash*;
- dates form a group when their event (``Claim.subject``) is the same; clock times and
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

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from newsbrief.article.dates import DATE_RE, NUMBER_WORDS, iso_day, resolve_date
from newsbrief.article.predicates import PREDICATE_WORDS, is_capacity, predicate_class, thing_class
from newsbrief.models import Agreement, Citation, Claim, Conflict, Side
from newsbrief.settings import AnalysisSettings

# Arithmetic between more values than this is skipped: triples grow as n³ and coincidences
# among many small numbers stop meaning anything.
_MAX_SIDES_FOR_ARITHMETIC = 12
_MAX_NOTES = 4
_CLASSES = frozenset(PREDICATE_WORDS.values())
# Words before a figure that make it an approximation ("about 1,200", "some 80").
_APPROX = frozenset({
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "estimated",
    "over", "least", "than", "up", "to", "circa",
})  # fmt: skip
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+")


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


@dataclass(frozen=True)
class _When:
    """The day a figure is tied to, whether the sentence writes it, and whether it is hedged."""

    day: str | None
    written: bool
    approximate: bool


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


def _kind(claim: Claim) -> str:
    """The predicate class, or "capacity" for a capacity or limit ("licensed to carry 180"),
    which is never compared with a count of what was there."""
    at, _ = _figure_at(claim.text, float(claim.value))
    if at is not None and is_capacity(claim.text[:at]):
        return "capacity"
    return predicate_class(predicate_of(claim))


def align_claims(
    claims: Sequence[Claim],
    *,
    settings: AnalysisSettings | None = None,
    reference_dates: Mapping[str, str] | None = None,
) -> tuple[tuple[Agreement, ...], tuple[Conflict, ...]]:
    """Agreements and conflicts among claims from different articles.

    ``reference_dates`` (article id → ISO date) dates figures whose sentence names no day and
    resolves "on Monday"; without it only written dates can explain a change over time."""
    del settings  # no tunables yet; kept so every stage has the same call shape
    refs = reference_dates or {}
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "quantity" and claim.unit:
            groups[("quantity", thing_class(claim.unit))].append(claim)
        elif claim.kind == "date" and claim.unit != "time" and claim.subject:
            groups[("date", claim.subject.casefold())].append(claim)
    agreements: list[Agreement] = []
    conflicts: list[Conflict] = []
    for (kind, _), members in groups.items():
        if len({c.citations[0].article for c in members}) < 2:
            continue
        dates = kind == "date"
        sides = _sides(members, dates=dates)
        for side in sides:
            if len(side.articles) >= 2:
                subject = members[0].subject if dates else _side_subject(side.noun, side)
                agreements.append(Agreement(subject, side.value, side.citations))
        if dates:
            conflict = _date_conflict(members[0].subject, sides)
            conflicts += [conflict] if conflict is not None else []
        else:
            conflicts += _quantity_conflicts(members, sides, refs)
    return tuple(agreements), tuple(conflicts)


def _sides(members: Sequence[Claim], *, dates: bool) -> list[_Side]:
    by_key: dict[tuple[float | str, str], list[Claim]] = defaultdict(list)
    for claim in members:
        by_key[(claim.value, "" if dates else _kind(claim))].append(claim)
    sides = []
    # Sides keep the order in which they are first said, so the brief reads like the sources.
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
                noun="" if dates else noun_phrase_of(group[0]),
                claims=tuple(group),
            )
        )
    return sides


def _subject(members: Sequence[Claim]) -> str:
    phrases = [noun_phrase_of(c) for c in members]
    # The fullest phrase ("Lebanese soldiers" over "soldiers") names the group best.
    return max(phrases, key=lambda p: (len(p.split()), phrases.count(p)))


def _side_subject(noun: str, side: _Side) -> str:
    what = side.kind if side.kind in _CLASSES else side.predicate
    return f"{noun} {what}".strip()


def _quantity_conflicts(
    members: Sequence[Claim], sides: Sequence[_Side], refs: Mapping[str, str]
) -> list[Conflict]:
    """One conflict per (thing, predicate) whose figures clash, plus one framing per thing
    when arithmetic among its figures explains a clash."""
    relations = _arithmetic(sides)
    out: list[Conflict] = []
    by_kind: dict[str, list[_Side]] = defaultdict(list)
    for side in sides:
        by_kind[side.kind].append(side)
    summed = False
    for group in by_kind.values():
        claims = [c for side in group for c in side.claims]
        unexplained: list[tuple[Claim, Claim]] = []
        later: list[tuple[Claim, Claim]] = []
        for a, b in combinations(claims, 2):
            if a.value == b.value or a.citations[0].article == b.citations[0].article:
                continue
            if _explained(float(a.value), float(b.value), relations):
                summed = True
            elif _changed_over_time(_when(a, refs), _when(b, refs)):
                later.append((a, b))
            else:
                unexplained.append((a, b))
        if not (unexplained or later):
            continue
        subject = _side_subject(_subject(claims), group[0])
        out_sides = tuple(Side(s.value, s.text, s.citations) for s in group)
        approx = any(_when(c, refs).approximate for pair in unexplained or later for c in pair)
        hedge = "; approximate figures" if approx else ""
        if unexplained:
            a, b = unexplained[0]
            note = f"{_num(a.value)} vs {_num(b.value)} {subject} in different sources{hedge}"
            out.append(Conflict(subject, out_sides, "contradiction", note))
        else:
            steps = sorted({(_when(c, refs).day or "", c.value) for pair in later for c in pair})
            told = " → ".join(f"{_num(v)} ({day})" if day else _num(v) for day, v in steps)
            out.append(Conflict(subject, out_sides, "framing", f"later report: {told}{hedge}"))
    if summed:
        notes = [text for text, _ in relations[:_MAX_NOTES]]
        all_sides = tuple(Side(s.value, s.text, s.citations) for s in sides)
        out.append(Conflict(_subject(members), all_sides, "framing", "; ".join(notes)))
    return out


def _changed_over_time(a: _When, b: _When) -> bool:
    if a.day is None or b.day is None or not (a.written or b.written):
        return False
    return not (a.day.startswith(b.day) or b.day.startswith(a.day))


def _when(claim: Claim, refs: Mapping[str, str]) -> _When:
    """The day the claim's sentence ties its figure to: the written date nearest the figure,
    leaving out possessives ("after Saturday's avalanche" dates the avalanche, not the count)
    and clock times; else the article's reference date."""
    text = claim.text
    ref_text = refs.get(claim.citations[0].article)
    ref = iso_day(ref_text)
    at, approx = _figure_at(text, float(claim.value))
    best: tuple[int, str] | None = None
    for m in DATE_RE.finditer(text):
        if text[m.end() : m.end() + 2] in ("'s", "’s"):
            continue
        resolved = resolve_date(m, ref)
        if resolved is None or resolved[1] == "time":
            continue
        distance = abs(m.start() - at) if at is not None else m.start()
        if best is None or distance < best[0]:
            best = (distance, resolved[0])
    if best is not None:
        return _When(best[1], True, approx)
    return _When(ref_text[:10] if ref_text else None, False, approx)


def _figure_at(text: str, value: float) -> tuple[int | None, bool]:
    """Where ``value`` is written in ``text`` (digits or a number word), and whether a hedge
    word comes just before it."""
    previous: list[str] = []
    for m in _NUMBER.finditer(text):
        word = m.group(0)
        if word[0].isdigit():
            number: float | None = float(word.replace(",", ""))
        else:
            number = NUMBER_WORDS.get(word.casefold())
        if number is not None and float(number) == value:
            return m.start(), bool({w.casefold() for w in previous[-2:]} & _APPROX)
        previous.append(word)
    return None, False


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


__all__ = ["align_claims", "noun_phrase_of", "predicate_of"]
