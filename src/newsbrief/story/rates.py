"""Which rate a percentage is: interest rates, inflation, unemployment, so that two sources'
levels of one rate are compared ("interest rates of 40 percent" beside "interest rates were
hiked to 50 percent", two newspapers the same day) while other bare percentages never are.

Takes: one percentage figure (``QuantityFact``) and its article's text.  Gives: the unit it is
compared under ("percent interest rate"), or None.

- The rate is named before the figure in its sentence, a few words away, with no other figure
  between: "interest rates of 40 percent", "a jump in overnight lending rates to nearly 45
  percent", "inflation, then hovering around 50 percent a month";
- a change is not a level: "inflation rose 3 percent" (by how much) is left bare, "rose to 3
  percent" is a level;
- a rate per month is another thing than one per year ("50 percent a month").
Plain, bounded regular expressions; no model.
"""

from __future__ import annotations

import re

from newsbrief.models import QuantityFact

RATE_CLASS = "rate"

_RATES = (
    (
        "interest rate",
        r"(?:interest|interbank|lending|loan|prime|benchmark|mortgage|discount)"
        r"(?:\s+loan)?\s+rates?",
    ),
    ("inflation", r"inflation(?:\s+rates?)?"),
    ("unemployment", r"(?:unemployment|jobless)(?:\s+rates?)?"),
)
# The rate's name, then at most eight words with no figure and no clause end, then the figure.
_BEFORE = re.compile(
    r"\b(?P<rate>" + "|".join(f"(?P<r{n}>{p})" for n, (_, p) in enumerate(_RATES)) + r")\b"
    r"(?P<between>(?:[\s,]+(?![\d.,]+\b)[\w'’-]+){0,8})[\s,]+$",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    r"\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|dropped|"
    r"drop|climbed|climb|jumped|increased|decreased|declined|slipped|gained|eased|by)$",
    re.IGNORECASE,
)
_PER_MONTH = re.compile(r"\s*(?:percent|per\s+cent|%)?\s+(?:a|per)\s+month\b", re.IGNORECASE)


def rate_of(fact: QuantityFact, text: str) -> str | None:
    """The unit a percentage is compared under when it is the level of a named rate."""
    if not fact.unit.startswith("percent"):
        return None
    start = max(fact.citation.start, fact.start - 120)
    found = _BEFORE.search(text[start : fact.start])
    if found is None:
        return None
    words = found.group("between").split()
    if words and _CHANGE.search(words[-1].strip(",")):
        return None  # "inflation rose 3 percent": by how much, not the level
    name = next(_RATES[n][0] for n in range(len(_RATES)) if found.group(f"r{n}"))
    monthly = " a month" if _PER_MONTH.match(text, fact.end) else ""
    return f"percent {name}{monthly}"


__all__ = ["RATE_CLASS", "rate_of"]
