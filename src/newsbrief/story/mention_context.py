"""What the words around an entity's mentions say of it: a title before it ("Prime Minister
Sheikh Hasina"), an office after it ("the Obama administration"), a brand's "'s", a kind of
place ("the village of Anata"), an article before it ("the Hummer": a thing, not a person).

Takes: an entity's mentions and the articles' texts.  Gives: shares and yes or no, for
``entities`` to check the tagger's type with.  Plain Python over the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsbrief.article.name_scan import at_dateline
from newsbrief.article.tables import TITLE_WORDS
from newsbrief.models import Article, Mention

# The text says what kind of place a name is: "the Jewish neighborhood of Har Homa", "of
# Anata, a refugee camp north of Jerusalem" (the small tagger types both ORG).
_PLACE_KINDS = (
    r"(?:village|town|city|neighbou?rhood|suburb|district|province|region|settlement|"
    r"refugee\s+camp|camp|port|capital)"
)
_KIND_OF = re.compile(rf"\b{_PLACE_KINDS}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_A_KIND = re.compile(rf",\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_PLACE_KINDS}\b", re.IGNORECASE)
# "the Old Quay, Tannery and North Gate districts of Harlow", "the Qaboon and Barzeh
# areas", "the Hamidiyeh district", "on Catanduanes island", "in Camarines Sur province":
# names before a kind of place (plural after a list).
_NAME_WORDS = r"[A-Z][\w'’-]*(?:[ \t]+(?:al-|el-)?[A-Z][\w'’-]*){0,2}"
_KIND_AFTER = re.compile(
    rf"(?:(?:,[ \t]+|[ \t]+and[ \t]+){_NAME_WORDS})*[ \t]+"
    r"(?:districts?|areas?|neighbou?rhoods?|suburbs?|villages?|quarters?|islands?|provinces?)\b"
)


def always_possessive(ms: Sequence[Mention], by_id: dict[str, Article]) -> str:
    """The "'s" (as written) that follows every one of at least three mentions, else ""."""
    after = Counter(by_id[m.article].text[m.end : m.end + 2] for m in ms)
    if len(ms) >= 3 and set(after) <= {"'s", "’s"}:
        return after.most_common(1)[0][0]
    return ""


# A title right before a name ("Sheikh Hasina", "Mr. Raghunath", "President Obama"), or an
# office held after it ("the Obama administration", "the Trump campaign").
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?[ \t]+$")
_OFFICE_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:administration|presidency|campaign)\b")
# Share of an entity's mentions that must follow a title for it to be a person: titles are
# given on first reference, so a few are enough.
TITLED_SHARE = 0.2


def titled_share(ms: Sequence[Mention], by_id: dict[str, Article]) -> float:
    """The share of ``ms`` that follow a person's title or hold an office ("administration")."""
    titled = 0
    for m in ms:
        before = _TITLE_BEFORE.search(by_id[m.article].text, max(0, m.start - 20), m.start)
        title = before is not None and before.group(1).casefold() in TITLE_WORDS
        office = " " not in m.text and _OFFICE_AFTER.match(by_id[m.article].text, m.end)
        titled += bool(title or office)
    return titled / len(ms) if ms else 0.0


# Where a person is from or an institution stands is a place: "a 34-year-old from Dornbach",
# "in hospital in Dornbach" (the small tagger types both ORG).
_FROM_OR_IN = re.compile(
    r"(?:\b\d+-year-old[ \t]+(?:[a-z]+[ \t]+)?from|"
    r"\b(?:hospital|clinic|school|church|mosque|temple|prison|jail|hotel|camp)[ \t]+in)[ \t]+$",
    re.IGNORECASE,
)


# What kind of body a name is, said right before it: "environmental group Clean Coast", "the
# company Tarrow Harbour" (the tagger types the first LOC for its last word).
_BODY_BEFORE = re.compile(
    r"\b(?:group|organi[sz]ation|charity|company|firm|party|agency|association|coalition|"
    r"network|union)[ \t]+$",
    re.IGNORECASE,
)


def said_to_be_a_body(text: str, m: Mention) -> bool:
    return bool(_BODY_BEFORE.search(text, max(0, m.start - 20), m.start))


def said_to_be_a_place(text: str, m: Mention) -> bool:
    """Also a dateline's place ("PORT ELMSWORTH —"): a city whatever the tagger made of it."""
    return bool(
        _KIND_OF.search(text, max(0, m.start - 40), m.start)
        or _A_KIND.match(text, m.end)
        or _KIND_AFTER.match(text, m.end)
        or _FROM_OR_IN.search(text, max(0, m.start - 40), m.start)
        or at_dateline(text, m.start, m.end)
    )


# "the Hummer", "the Mercedes": a name sources write after "the" is a thing's, not a
# person's ("the Smiths" is a family, and ends in "s").
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)


def after_the(text: str, start: int) -> bool:
    """Whether ``text`` writes "the" right before ``start``."""
    return _THE_BEFORE.search(text, max(0, start - 5), start) is not None


def the_share(ms: Sequence[Mention], by_id: dict[str, Article]) -> float:
    """The share of ``ms`` written right after "the"."""
    return sum(after_the(by_id[m.article].text, m.start) for m in ms) / len(ms) if ms else 0.0


__all__ = [
    "TITLED_SHARE",
    "after_the",
    "always_possessive",
    "said_to_be_a_body",
    "said_to_be_a_place",
    "the_share",
    "titled_share",
]
