"""Labels for agreements and conflicts: what a set of figures counts, in a reader's words.

Takes: the ``QuantityClaim`` records of one agreement or conflict.  Gives: its subject line.
Plain Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.article.counted import POPULATION
from newsbrief.article.predicates import CLASSES
from newsbrief.article.tables import CONVERSIONS
from newsbrief.models import QuantityClaim
from newsbrief.story.ages import AGE_CLASS
from newsbrief.story.figure_facts import weight_or_area
from newsbrief.story.figure_scope import money_kind
from newsbrief.story.rates import RATE_CLASS
from newsbrief.story.shares import SHARE_CLASS


def subject(members: Sequence[QuantityClaim], unit: str = "") -> str:
    """What the figures of ``members`` count, as a reader would label it ("age of Qin
    Yongmin", "Cardoso's share of the vote, percent", "people killed", "cases")."""
    if members[0].predicate_class == AGE_CLASS:
        return f"age of {members[0].qualifier}"
    if members[0].predicate_class == SHARE_CLASS:
        holder = members[0].qualifier
        return f"{holder}'s share of the vote, percent" if holder else "turnout, percent"
    if members[0].predicate_class == RATE_CLASS:  # "percent interest rate"
        rate = members[0].unit.removeprefix("percent ")
        return f"{rate.removesuffix(' a month')}, percent{' a month' if ' a month' in rate else ''}"
    if all(c.predicate_class == POPULATION for c in members):
        return "population"  # "its 4 million people", "the island's 3.5 million residents"
    money = {money_kind(c) for c in members}
    if len(money) == 1 and "" not in money:
        return f"{money.pop()}, {members[0].unit}"  # "face value, dollars"
    kinds = {c.predicate_class for c in members}
    measured = {weight_or_area(c) for c in members}
    to = CONVERSIONS.get(unit.casefold())
    noun = to[0] if to else max((c.noun for c in members), key=lambda p: len(p.split()))
    if len({c.unit for c in members}) > 1 and "people" in {c.noun for c in members}:
        noun = "people"  # "17 Norwegians" and "19 people" wounded: people, not Norwegians
    converted = [c.unit.casefold() in CONVERSIONS for c in members]
    if to is None and any(converted) and not all(converted):
        # Figures in two units: named in the one nothing converts to ("kilometres").
        noun = next(c.noun for c in members if c.unit.casefold() not in CONVERSIONS)
    if len(measured) == 1 and "" not in measured:
        return f"{measured.pop()}, {noun}"  # "weight, pounds", "area, square miles"
    kind = kinds.pop() if len(kinds) == 1 else ""
    if kind not in CLASSES:
        kind = next((c.predicate for c in members if c.predicate_class == kind), "") if kind else ""
    if kind.casefold() in _COPULAS or kind.casefold() == noun.casefold():
        kind = ""  # "cases are 7 million": the noun says it
    if kind and kind not in CLASSES and not done_to(kind):
        kind = ""  # "miles stretch forcing", "flights cancel": as the key figures label them
    return f"{noun} {kind}".strip()


def done_to(predicate: str) -> bool:
    """A predicate outside the classes reads as something done to the counted noun
    ("strongholds eliminated"), not as what the noun did ("soldiers belong") or a verb of
    another clause ("countries consolidate", "miles stretch forcing")."""
    first = predicate.split()[0] if predicate else ""
    return first.endswith(_PARTICIPLE_ENDINGS) and first.casefold() not in _HAPPENED


_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})
# Endings of past participles, regular and irregular ("eliminated", "taken", "held", "kept",
# "found", "caught"): a base or -ing form ("belong", "conducting") reads wrongly after a noun.
_PARTICIPLE_ENDINGS = (
    "ed", "en", "wn", "ld", "lt", "pt", "ft", "ght", "ot", "nd", "id", "ne", "ut", "ck", "rt", "st",
)  # fmt: skip
# Past tenses that say something happened or was, not what was done to the noun: "it happened
# again with the $2 billion deal" gave the label "dollars happened".
_HAPPENED = frozenset({
    "happened", "occurred", "seemed", "appeared", "remained", "existed", "emerged", "stood",
    "went", "meant", "proved",
})  # fmt: skip


__all__ = ["done_to", "subject"]
