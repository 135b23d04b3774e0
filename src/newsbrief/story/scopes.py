"""A count of one day or place beside a total over a period: a framing, not a clash.

"At least 61 people died in the capital on Monday" and "300 to 400 people have died
since Feb. 15 in all" are neither a contradiction (too far apart to be one count told two
ways) nor an update (no later report revises the first): the smaller count is part of the
larger, whose sentence marks it as a total over a period ("since Feb. 15", "so far", "in
all").  Only counts of one class of what happened (the dead, the hurt: ``predicates``), from
two articles, the total at least the part.  A place alone ("across Europe") marks no total
here: a toll "in Poland" beside one "across Europe" is told by ``figure_places``.

Takes: the ``QuantityClaim`` records of one counted thing; gives ``Conflict`` records of kind
"framing" with the part and the total in the note.  Plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsbrief.article.predicates import CLASSES
from newsbrief.models import Conflict, QuantityClaim, Side
from newsbrief.story.arithmetic import num
from newsbrief.story.compare import compared_value
from newsbrief.story.figure_labels import subject
from newsbrief.story.figure_places import figure_at

# A total over a period: "since Feb. 15", "since Monday", "since 2011", "since the start of
# the uprising", "so far", "to date", "in all", "in total", "altogether", "all told".
_TOTAL = re.compile(
    r"\b(?:since\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}\b|[A-Z][a-z]+day\b|\d{4}\b|the\s+(?:start|"
    r"beginning|outbreak)\b)|so\s+far|to\s+date|in\s+all|in\s+total|altogether|all\s+told)"
)
# The total's figure and its marker in one stretch of its sentence.
_REACH = 120


def period_totals(
    claims: Sequence[QuantityClaim],
    taken: set[int],
    apart: Callable[[QuantityClaim, QuantityClaim], bool],
) -> list[Conflict]:
    """Framings of a count within a total over a period; ``taken``: ids of claims already in
    a conflict; ``apart``: pairs that must not be compared (other places, other times)."""
    marker = {id(c): _marker(c) for c in claims if id(c) not in taken}
    totals = [c for c in claims if marker.get(id(c))]
    parts = [c for c in claims if marker.get(id(c)) == ""]
    out: list[Conflict] = []
    used: set[int] = set()
    for total in totals:
        if id(total) in used:
            continue
        within = [
            p
            for p in parts
            if id(p) not in used
            and p.predicate_class == total.predicate_class
            and p.predicate_class in CLASSES
            and p.citations[0].article != total.citations[0].article
            and compared_value(p) < compared_value(total)
            # "3 killed" on Sunday beside "more than 8,000 killed in the year-long uprising":
            # no reader takes one for the other; a part worth setting beside its total is not
            # a sliver of it.
            and compared_value(p) * _SLIVER >= compared_value(total)
            and not apart(p, total)
        ]
        if not within:
            continue
        # A range's ends ("300 to 400 ... since Feb. 15") are one total.
        ends = [
            c for c in totals if c.text == total.text and c.predicate_class == total.predicate_class
        ]
        used |= {id(c) for c in [*ends, *within]}
        low = min(compared_value(c) for c in ends)
        high = max(compared_value(c) for c in ends)
        told = num(low) if low == high else f"{num(low)}–{num(high)}"
        parts_told = ", ".join(sorted({num(compared_value(p)) for p in within}, key=float))
        note = f"{parts_told} is part of the {told} counted {marker[id(total)]}"
        sides = tuple(
            Side(compared_value(c), c.text, c.citations)
            for c in sorted([*ends, *within], key=lambda c: -compared_value(c))
        )
        out.append(Conflict(subject([*ends, *within]), sides, "framing", note))
    return out


# A part under 1/20 of its period's total is shown beside it no more.
_SLIVER = 20


def _marker(c: QuantityClaim) -> str:
    """The words that make ``c`` a total over a period, near its figure in its sentence."""
    text = c.text
    at = figure_at(text, c.value)
    lo, hi = (0, len(text)) if at < 0 else (max(0, at - _REACH), at + _REACH)
    found = _TOTAL.search(text, lo, hi)
    if found is None:
        return ""
    when = _WHEN.match(text, found.end())
    if when and at >= when.end() and not re.search(r"[,;]", text[when.end() : at]):
        # "the worst floods since 1948, when 20,000 people died": the figure is of that year's
        # floods, not a total since then (but "since May 2, when the war began, 410 died" is).
        return ""
    return found.group(0)


_WHEN = re.compile(r",?\s+when\b")
