"""The brief's "Key figures": the few rows a busy reader needs, each a short clause.

Takes: a ``StoryBrief``.  Gives: ``FigureRow`` records (label, value, clause, citations), used
by the Markdown and HTML renderers and the web UI.  Figures stated by two or more sources or
in a conflict come first; the rest only while the table stays short (``MAX_ROWS``).  Dates are
the timeline's, quotes the quotes' section: neither is a key figure.  Plain Python.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from newsbrief.article.durations import DURATION_CLASS
from newsbrief.article.fractions import fraction_at
from newsbrief.article.measures import UNITS
from newsbrief.article.numbers import readable
from newsbrief.article.uncounted import one_of_nothing
from newsbrief.models import Agreement, Citation, Conflict, QuantityClaim, StoryBrief
from newsbrief.story.ages import AGE_CLASS
from newsbrief.story.compare import compared_unit, compared_value
from newsbrief.story.figure_labels import done_to, measured_of, subject
from newsbrief.story.figure_places import figure_at
from newsbrief.story.rates import RATE_CLASS
from newsbrief.story.shares import SHARE_CLASS

# At most this many rows: what fits on one screen next to the conflicts (the limit of
# 12 for the samples' brief).
MAX_ROWS = 12
# Agreements listed under "Where sources agree"; the rest are counted (all are in the JSON).
# Two copies of one survey agreed on 25 sums of money, a screen of rows nobody reads.
MAX_AGREEMENTS = 8
MAX_CLAUSE_WORDS = 25
_MEASURE_UNITS = frozenset(UNITS.values())
_NOT_KEY = frozenset({AGE_CLASS, DURATION_CLASS})
# Predicate classes as a person would label them ("soldiers held captive").
_LABELS = {
    "dead": "killed", "hurt": "injured", "captive": "held captive", "displaced": "displaced",
    "missing": "missing", "rescued": "rescued", "trapped": "trapped", "arrested": "arrested",
    "released": "released", "capacity": "capacity",
}  # fmt: skip
_RELATIVE = re.compile(r"(?:which|who|where|when)\b")
# A colon cuts a clause, not a clock time ("at 21:58").
_CLAUSE_CUT = re.compile(
    r"\s*(?:[;—–]|:(?!\d)|,\s(?=(?:and|but|as|while|which|who|where|when)\b))\s*"
)


@dataclass(frozen=True)
class FigureRow:
    label: str
    value: str
    clause: str
    citations: tuple[Citation, ...]
    sources: int


def key_figures(story: StoryBrief) -> list[FigureRow]:
    # One row per figure and what is said of it: "2 executed" and "2 sought" are two facts.
    groups: dict[tuple[str, float, str], list[QuantityClaim]] = defaultdict(list)
    for c in story.claims:
        # A person's age says who someone is; how long something lasted ("Syria's six-year
        # war") is mostly background, and its row would have no label a reader would write.
        # Nor is a figure said inside a quotation the story's own.
        if (
            isinstance(c, QuantityClaim)
            and c.unit
            and c.predicate_class not in _NOT_KEY
            and not c.quoted
        ):
            groups[(compared_unit(c), compared_value(c), c.predicate_class)].append(c)
    disputed = {
        (subject_word, float(s.value))
        for conflict in story.conflicts
        for s in conflict.sides
        if not isinstance(s.value, str)
        for subject_word in conflict.subject.split()[-2:]
    }
    rows: list[tuple[bool, int, FigureRow]] = []
    seen: dict[tuple[str, str], int] = {}
    for (_unit, value, kind), claims in _agreed(groups, story).items():
        if one_of_nothing(value, kind):
            continue
        first = claims[0]
        sources = len({c.citations[0].article for c in claims})
        in_conflict = any((w, value) in disputed for w in first.unit.split())
        cites = tuple(x for c in claims for x in c.citations)
        row = FigureRow(label(first), _value(first), clause(first), cites, sources)
        # "my two sons" and "our two sons": one figure a reader reads once (not two bare
        # percentages or sums from two sources, which may be of different things).
        key = (row.label, row.value)
        # A sum one article states twice ("a $50 million contract", "$50 million is a
        # ceiling") is one figure to the reader too.
        before = {c.article for c in rows[seen[key]][2].citations} if key in seen else set()
        once = len(before) == 1 and before == {c.article for c in cites}
        if key in seen and (first.unit not in _MEASURE_UNITS or once):
            i = seen[key]
            important, _, kept = rows[i]
            both = (*kept.citations, *cites)
            sources = len({c.article for c in both})
            merged = FigureRow(kept.label, kept.value, kept.clause, both, sources)
            rows[i] = (important or sources >= 2 or in_conflict, -sources, merged)
            continue
        seen[key] = len(rows)
        rows.append((sources >= 2 or in_conflict, -sources, row))
    main = [r for key, _, r in sorted(rows, key=lambda r: (not r[0], r[1])) if key]
    rest = [r for key, _, r in rows if not key]
    if len(main) + len(rest) <= MAX_ROWS:
        return main + rest
    return (main or [r for _, _, r in rows])[:MAX_ROWS]


def _agreed(
    groups: dict[tuple[str, float, str], list[QuantityClaim]], story: StoryBrief
) -> dict[tuple[str, float, str], list[QuantityClaim]]:
    """Groups joined where an agreement holds claims of both: "88 miles" and "140 kilometres"
    (converted, or approximately the same) are one figure two sources state, so one row, not
    two rows of one source each.  A claim is the agreement's when it is cited by it and its
    figure is the agreed one; a sentence may state other figures too ("killed 10 people and
    injured 50"), which stay rows of their own."""
    agreements = [a for a in story.agreements if not isinstance(a.value, str)]
    cited: dict[Citation, list[int]] = defaultdict(list)
    for i, agreement in enumerate(agreements):
        for cite in agreement.citations:
            cited[cite].append(i)

    def holds(claim: QuantityClaim, i: int) -> bool:
        agreed = float(agreements[i].value)
        return abs(compared_value(claim) - agreed) <= _SAME_FIGURE * abs(agreed)

    joined: dict[tuple[str, float, str], list[QuantityClaim]] = {}
    key_of_agreement: dict[int, tuple[str, float, str]] = {}
    for key, claims in groups.items():
        found = {i for c in claims for x in c.citations for i in cited.get(x, ()) if holds(c, i)}
        into = next(
            (
                key_of_agreement[i]
                for i in sorted(found)
                if i in key_of_agreement and key_of_agreement[i][0] == key[0]
            ),
            key,
        )
        joined.setdefault(into, []).extend(claims)
        for i in found:
            key_of_agreement.setdefault(i, into)
    return joined


# How far a converted or approximate figure may lie from the agreed one (12 miles = 19.3 km
# for "20 kilometres").
_SAME_FIGURE = 0.1


def label(c: QuantityClaim) -> str:
    """The counted noun and what happened to it, as a person would write it ("soldiers held
    captive").  A predicate outside the classes is kept only when it reads as something done
    to the noun ("strongholds eliminated"); "soldiers belong" or "countries consolidate" (the
    noun is the subject, or the verb belongs to another clause) keep the noun alone."""
    if c.predicate_class in (SHARE_CLASS, RATE_CLASS):
        return subject([c])  # "Cardoso's share of the vote, percent", "interest rate, percent"
    what = _LABELS.get(c.predicate_class)
    if what is None:
        what = c.predicate if done_to(c.predicate) else ""
    # "3 million Jews", "6,700 Poles": a people's name keeps its capital in the label.
    unit = c.unit.capitalize()
    written = unit != c.unit and re.search(
        rf"\d[\d,.]*\s+(?:[\w-]+\s+){{0,2}}{re.escape(unit)}\b", c.text
    )
    noun = f"{c.qualifier} {unit}".strip() if written else c.noun
    return " ".join(part for part in (noun, measured_of(c), what) if part)


def _value(c: QuantityClaim) -> str:
    return f"{c.hedge} {readable(c.value)}".strip()


def clause(c: QuantityClaim) -> str:
    """The clause of the sentence that states the figure, at most ``MAX_CLAUSE_WORDS``."""
    text = " ".join(c.text.split())
    at = figure_at(text, c.value)
    if at == 0 and not text[:1].isdigit() and (fraction := fraction_at(text, c.value)) >= 0:
        # No digits to find (``figure_at`` then says 0): "more than half of all homes" is
        # the 50 percent, not a heading before a dash ("TARN ISLANDS — ...").
        at = fraction
    start = 0
    for cut in _CLAUSE_CUT.finditer(text):
        if cut.end() <= at:
            # "The Observatory, which has a network of activists, said 18 ...": a clause
            # about the subject closed before the figure; the figure is in the main clause.
            relative = _RELATIVE.match(text, cut.end())
            if not (relative and "," in text[cut.end() : at]):
                start = cut.end()
        elif cut.start() > at:
            text = text[: cut.start()]
            break
    part = text[start:]
    words = part.split()
    if len(words) <= MAX_CLAUSE_WORDS:
        return part
    here = len(text[start:at].split())
    lo = max(0, min(here - MAX_CLAUSE_WORDS // 2, len(words) - MAX_CLAUSE_WORDS))
    return ("… " if lo else "") + " ".join(words[lo : lo + MAX_CLAUSE_WORDS]) + " …"


def shown_agreements(story: StoryBrief) -> tuple[tuple[Agreement, ...], int]:
    """The agreements a reader sees, those told by the most sources first (ties in story
    order), at most ``MAX_AGREEMENTS``; and how many more there are.  One that restates a
    side of a conflict is told on that side instead (``shown_conflicts``): "all agree: 9"
    beside "8 vs 9" reads as if no source said 8."""
    told = _restated_sides(story)
    kept = [a for i, a in enumerate(story.agreements) if i not in told]
    ranked = sorted(kept, key=lambda a: -len({c.article for c in a.citations}))
    return tuple(ranked[:MAX_AGREEMENTS]), max(0, len(ranked) - MAX_AGREEMENTS)


def shown_conflicts(story: StoryBrief) -> tuple[Conflict, ...]:
    """The conflicts a reader sees: each side also cites the sources of an agreement that
    restates it ("1,200" said by one more source as "1,200 residents")."""
    told = _restated_sides(story)
    wider: dict[tuple[int, int], list[Citation]] = defaultdict(list)
    for i, (k, j) in told.items():
        wider[(k, j)].extend(story.agreements[i].citations)
    order = {a.id: i for i, a in enumerate(story.articles)}
    out = []
    for k, conflict in enumerate(story.conflicts):
        sides = []
        for j, side in enumerate(conflict.sides):
            seen = {c.article for c in side.citations}
            more: list[Citation] = []
            for c in wider.get((k, j), []):
                if c.article not in seen:  # one citation per source and side
                    seen.add(c.article)
                    more.append(c)
            if more:  # in source order, as the sides' own citations are
                cited = sorted((*side.citations, *more), key=lambda c: order.get(c.article, 0))
                side = replace(side, citations=tuple(cited))
            sides.append(side)
        out.append(replace(conflict, sides=tuple(sides)))
    return tuple(out)


def _restated_sides(story: StoryBrief) -> dict[int, tuple[int, int]]:
    """Agreement index -> (conflict, side) it restates: the same value, told by a source
    that side cites."""
    out: dict[int, tuple[int, int]] = {}
    for i, agreement in enumerate(story.agreements):
        articles = {c.article for c in agreement.citations}
        for k, conflict in enumerate(story.conflicts):
            j = next(
                (
                    j
                    for j, side in enumerate(conflict.sides)
                    if side.value == agreement.value
                    and articles & {c.article for c in side.citations}
                ),
                None,
            )
            if j is not None:
                out[i] = (k, j)
                break
    return out


__all__ = [
    "MAX_AGREEMENTS",
    "MAX_ROWS",
    "FigureRow",
    "clause",
    "key_figures",
    "label",
    "shown_agreements",
    "shown_conflicts",
]
