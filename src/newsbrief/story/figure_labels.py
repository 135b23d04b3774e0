"""Labels for agreements and conflicts: what a set of figures counts, in a reader's words.

Takes: the ``QuantityClaim`` records of one agreement or conflict.  Gives: its subject line.
Plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.article.counted import POPULATION
from newsbrief.article.predicates import CLASSES
from newsbrief.article.tables import CONVERSIONS
from newsbrief.models import QuantityClaim
from newsbrief.story.ages import AGE_CLASS
from newsbrief.story.figure_facts import weight_or_area
from newsbrief.story.figure_places import figure_at
from newsbrief.story.figure_scope import money_kind
from newsbrief.story.rates import RATE_CLASS
from newsbrief.story.shares import SHARE_CLASS

# Units of sums of money.
MONEY_UNITS = frozenset({"dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs", "marks"})


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
        return "population"  # "its 2 million people", "the valley's 80,000 residents"
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
    of = next((found for c in members if (found := measured_of(c))), "")
    return " ".join(part for part in (noun, of, kind) if part)


def measured_of(c: QuantityClaim) -> str:
    """What a percentage or a sum of money is of, as the sentence writes it right after the
    figure: "flattened 70 percent of the barns on Orlo" → "of the barns", "9 percent of Gross
    Domestic Product" → "of Gross Domestic Product", "$4 billion in grants" → "in grants"; ""
    when the words after it name no thing ("90 percent of which", "half of what is") or a sum
    is "in" a place or a year."""
    money = c.unit in MONEY_UNITS
    if c.unit != "percent" and not money:
        return ""
    at = figure_at(c.text, float(c.value))
    found = (_MONEY_OF if money else _PERCENT_OF).match(c.text, at) if at >= 0 else None
    if found is None:
        return ""
    words: list[str] = []
    the = ""  # "percent of the vote" reads as a reader writes it; "of a population" loses "a"
    for raw in found.group(2).split():
        word = raw.strip('“”"()').lstrip("'‘")
        bare = word.rstrip(".,;:!?")
        folded = bare.casefold()
        if not words and folded in _DETERMINERS:
            the = "the " if folded == "the" else the
        elif folded in _STOP or not bare:
            break
        elif any(ch.isdigit() for ch in bare) or folded in _AMOUNT_WORDS:
            words = []  # "of the planned $80 million yearly budget": what follows the sum
        else:
            words.append(bare)
        if bare != word or len(words) == _OF_WORDS:
            break
    if not words or words[0].casefold() in _NO_THING or (money and not words[0].islower()):
        return ""
    if any(w.casefold() in _WHEN_WORDS for w in words):
        return ""  # "$20 million in the first quarter", "in two days": when, not what
    return f"{found.group(1)} {the}{' '.join(words)}"


# The words right after a percentage or a sum: "percent of", "$4 billion in".
_PERCENT_OF = re.compile(r"[\d.,]+\s*(?:%|percent|per\s?cent|pct)\.?\s+(of)\s+(.{1,80})")
_MONEY_OF = re.compile(
    r"[\d.,]+(?:\s+(?:million|billion|trillion))?(?:\s+(?:dollars|euros|pounds|yen))?\s+"
    r"(in|of)\s+(.{1,80})"
)
_OF_WORDS = 3
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "all"})
_STOP = frozenset({
    "of", "in", "on", "at", "for", "from", "to", "by", "with", "who", "that", "which", "and",
    "or", "but", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said",
    "says", "than", "as", "since", "before", "after", "during", "over", "under", "next",
    "last", "per", "each", "every", "a", "an", "this",
})  # fmt: skip
_NO_THING = frozenset({"which", "what", "whom", "whose", "them", "it", "us", "those", "these"})
_WHEN_WORDS = frozenset({
    "quarter", "year", "years", "month", "months", "week", "weeks", "day", "days", "hours",
    "decade", "decades", "period", "season", "two", "three", "four", "five", "six", "ten",
})  # fmt: skip
_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "dollars", "dlrs", "$"})


def done_to(predicate: str) -> bool:
    """A predicate outside the classes reads as something done to the counted noun
    ("strongholds eliminated", "homes built"), not as what the noun did ("soldiers belong",
    "members determine") or a verb of another clause ("countries consolidate", "miles stretch
    forcing")."""
    first = predicate.split()[0].casefold() if predicate else ""
    if not first or first in _HAPPENED:
        return False
    if first in _IRREGULAR:
        return True
    if first.endswith("ed"):
        return first not in _BASE_ED
    if first.endswith("en"):
        return first not in _BASE_EN
    return first.endswith("ught") or (first.endswith("wn") and first not in _BASE_WN)


_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})
# Past participles that no regular ending tells ("held", "kept", "found", "cut"): a base form
# ending alike ("hold", "determine", "attack", "report", "spend") reads wrongly after a noun.
_IRREGULAR = frozenset({
    "held", "upheld", "withheld", "sold", "told", "built", "rebuilt", "dealt", "felt", "kept",
    "swept", "slept", "left", "lost", "cast", "burst", "found", "bound", "wound", "ground",
    "struck", "stuck", "hurt", "cut", "put", "shut", "shot", "got", "forgot", "done", "gone",
    "paid", "laid", "hid", "met", "set", "spent", "sent", "lent", "bent", "led", "fed", "fled",
    "bred", "shed", "sped", "won", "hung", "sunk", "spun", "dug", "made", "read", "seen",
})  # fmt: skip
# Base forms with a participle's ending ("the costs exceed", "the crews deepen").
_BASE_ED = frozenset({
    "need", "needs", "feed", "exceed", "proceed", "succeed", "speed", "bleed", "breed", "seed",
    "heed", "embed",
})  # fmt: skip
_BASE_EN = frozenset({
    "open", "reopen", "happen", "listen", "threaten", "strengthen", "widen", "weaken", "deepen",
    "worsen", "lessen", "tighten", "loosen", "harden", "soften", "broaden", "shorten",
    "lengthen", "heighten", "flatten", "fasten", "sharpen", "darken", "brighten", "awaken",
    "hasten", "even", "screen", "between", "often", "then", "when", "ten", "seventeen",
})  # fmt: skip
_BASE_WN = frozenset({"own", "drown", "crown", "frown", "disown", "down", "town", "brown"})
# Past tenses that say something happened or was, not what was done to the noun: "it happened
# again with the $2 billion deal" gave the label "dollars happened".
_HAPPENED = frozenset({
    "happened", "occurred", "seemed", "appeared", "remained", "existed", "emerged", "stood",
    "went", "meant", "proved",
})  # fmt: skip


__all__ = ["MONEY_UNITS", "done_to", "measured_of", "subject"]
