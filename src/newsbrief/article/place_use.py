"""Where the text uses a one-word name as a place ("in Estermark", "Hobart's waterfront", "the
Hobart Lord Mayor") or as an actor ("Pellmark said").  Shared by ``story.name_use`` (a
story's types and merges) and ``article.people_named`` (who "he" is).  Plain Python over the
text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container

__all__ = ["ACTOR_USE", "KIN_USE", "WHO_USE", "place_uses"]

# "in Estermark", "at Casselport", "north of Dunhallow", "the town of Dunhallow".
_PLACE_BEFORE = (
    r"(?:\b(?:in|at|near|off|outside|across|around|northern|southern|eastern|western|central)"
    r"|\b(?:north|south|east|west|town|city|village|region|province|county)\s+of)\s+(?:the\s+)?"
)
# "Hobart's roads", "a busy Hobart road", "Hobart Lord Mayor Ron Christie", "a former Millis
# police officer": what only a place has (not "council" alone: "the Security Council").
_PLACE_AFTER = (
    r"(?:(?:['’]s)?\s+(?i:lord\s+mayor|mayor|city\s+council|town\s+council|road(?!\s+map)|roads|"
    r"street|streets|waterfront|suburbs?|residents|skyline|harbou?r|airport|police|"
    # "Tarvo and Kessel atolls", "Orwa and Kessa regions" (not "the Hale district office").
    r"atolls?|islands?|isles?|regions|provinces)\b"
    # "in his Millis, Mass. home": a town and its state as AP writes it.
    r"|,[ \t]+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|"
    r"Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|"
    r"Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.(?!\w))"
)
# "an employee at Renaissance", "a top role at Renaissance", "worked at Renaissance": where
# one works is a body, whatever "at" says.
_WORKPLACE = re.compile(
    r"\b(?:employees?|staff(?:ers?)?|colleagues?|executives?|researchers?|engineers?|analysts?|"
    r"developers?|programmers?|scientists?|workers?|"
    r"job|role|position|post|career|tenure|work|worked|works|working|years|people)\s+at\s+"
    r"[\w.'’&-]+\Z"
)
# ("Kessler openly has urged", "Kessler was quoted as telling": a person, not a place.)
_ACTS_AFTER = (
    r"(?:['’]s)?(?:\s+\w+ly)?(?:\s+(?:has|had|was))?\s+(?:said|says|announced|sells|sold|"
    r"employs|makes|chief|spokes\w+|shares|told|urged|quoted|insisted|wrote)\b"
)
_ANY_WORD = r"([\w][\w.'’&-]*?)"
_PLACE_USE = re.compile(_PLACE_BEFORE + _ANY_WORD + r"(?![\w.'’&-]|\s+[A-Z])")
_PLACE_AFTER_USE = re.compile(r"(?<![\w.'’&-])" + _ANY_WORD + _PLACE_AFTER)
# The last word of a longer name ("Dark Mofo road" is no use of "Mofo").
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.'’&-]*[ \t]+$")
ACTOR_USE = re.compile(r"(?<![\w-])" + _ANY_WORD + _ACTS_AFTER)
_KIN = (
    r"(?:father|mother|parents|family|wife|husband|son|daughter|brother|sister|"
    r"grand(?:father|mother|parents)|uncle|aunt|funeral|boyfriend|girlfriend|fianc[ée]e?|"
    r"memory|death)"
)
KIN_USE = re.compile(
    r"(?<![\w-])"
    + _ANY_WORD
    + r"(?:['’]s\s+"
    + _KIN
    # "Liliana’s and Rene’s father": two children's one parent.
    + r"|['’]s(?=\s+and\s+[A-Z][\w'’-]*?['’]s\s+"
    + _KIN
    + r")"
    # "Collin and his family", "Collin is 29 years old": no place has either.
    + r"|\s+and\s+(?:his|her)\s+(?:family|wife|husband|fianc[ée]e?|parents|children)"
    r"|\s+(?:is|was)\s+\d{1,2}\s+years\s+old"
    # "Rihanna nabbed her first No. 1", "Collin lost his job": a place has no "his" or "her".
    r"|\s+[a-z]{3,}(?:ed|s)\s+(?:his|her)\s+(?:first|own|latest|new|debut|\d+(?:st|nd|rd|th)))\b"
)


# "Ramesh, who speaks only Gujarati": a place is "where" or "which", never "who" (but "the
# people of Norland, who" are its people).
WHO_USE = re.compile(r"(?<!\bof )(?<![\w-])" + _ANY_WORD + r",\s+who\b")


def place_uses(text: str, words: Container[str]) -> Counter[str]:
    """How many times each of ``words`` (one-word names, as written) is used as a place."""
    uses = Counter(
        w
        for m in _PLACE_USE.finditer(text)
        if (w := m.group(1)) in words
        and not _WORKPLACE.search(text, max(0, m.start() - 30), m.end())
    )
    for m in _PLACE_AFTER_USE.finditer(text):
        word = m.group(1)
        if word in words and not _CAPITALISED_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            uses[word] += 1
    return uses
