"""What a figure's sentence says of a change: that the figure was revised ("has risen to",
"up from", "bringing the total to 40", a later vote tally), lowered ("revised down to"), or is
an increment ("another 22"), not a count of the thing; and when a later, higher toll of the dead
of one place is a rise.  Used by ``figures_align`` for updates.
Plain Python and bounded regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.article.dates import NUMBER_WORDS
from newsbrief.article.numbers import parse_number, written_forms
from newsbrief.article.tables import REVISION_WORDS
from newsbrief.models import QuantityClaim
from newsbrief.story.shares import SHARE_CLASS

_WORD = re.compile(r"[a-z]+")
_LOWERING = re.compile(
    r"\b(?:revised\s+(?:down|downward)|lowered|reduced|cut|down\s+from|fell|dropped|"
    r"narrower|fewer|corrected)\b",
    re.IGNORECASE,
)


# Those still held, trapped or missing fall as others are found or freed ("four fishermen
# remain missing" after six): these counts may go down without saying so.
_FALLING_STATES = frozenset({"missing", "trapped", "captive", "displaced"})


def lowers(c: QuantityClaim) -> bool:
    # A vote share moves either way as the count goes on (an exit poll's 56 percent, then 51
    # in the official tally).
    return c.predicate_class in _FALLING_STATES | {SHARE_CLASS} or bool(_LOWERING.search(c.text))


_REVISION_PHRASES = tuple(f" {w} " for w in REVISION_WORDS if " " in w)


def revises(c: QuantityClaim) -> bool:
    """The sentence says the figure changed ("has risen to", "up from", "so far"), or it is
    the new total ("bringing the total to 40")."""
    if _says_revised(_WORD.findall(c.text.casefold())):
        return True
    if c.predicate_class == SHARE_CLASS and _COUNT_PROGRESS.search(c.text):
        return True  # "with 69.5 percent of the votes counted": a later tally
    return new_total(c)


def revises_near(c: QuantityClaim, reach: int = 12) -> bool:
    """The revision is said of this figure: a revision word within ``reach`` words of its
    number ("1,650 residents had now registered"; "reduced the number of job losses planned
    at its plant to 650"), not anywhere in a long sentence ("Fourteen counties got low marks
    in a survey that rated how clinics answer calls, raising a new question")."""
    words = [w for w, v in NUMBER_WORDS.items() if v == c.value]
    forms = [*(re.escape(f) for f in written_forms(c.value)), *words]
    for form in forms:
        for m in re.finditer(rf"(?i)(?<![\w.,]){form}(?![\w])", c.text):
            # Not past another figure: "the toll reached 85 on Saturday, after two men
            # froze" revises the 85, not the two.
            before_text = c.text[max(0, m.start() - 80) : m.start()]
            after_text = c.text[m.end() : m.end() + 80]
            before_text = before_text[_after_last_figure(before_text) :]
            after_text = after_text[: _before_next_figure(after_text)]
            window = [
                *_WORD.findall(before_text.casefold())[-reach:],
                *_WORD.findall(after_text.casefold())[:reach],
            ]
            if _says_revised(window):
                return True
    return new_total(c) or _said_as(c, _REVISED_TO)


_FIGURE = re.compile(r"\d[\d,.]*")


_FROM = re.compile(r"\bfrom\s+(?:about\s+|some\s+|around\s+)?$", re.IGNORECASE)


def _after_last_figure(text: str) -> int:
    """Where the words after the last figure start; an old value ("rose from 12 to 31") is
    no other figure."""
    last = 0
    for figure in _FIGURE.finditer(text):
        if not _FROM.search(text, 0, figure.start()):
            last = figure.end()
    return last


def _before_next_figure(text: str) -> int:
    first = _FIGURE.search(text)
    return first.start() if first else len(text)


_CONTEST = re.compile(
    r"\b(?:only|claims?|claimed|disputed?|denied|denies|insisted)\b", re.IGNORECASE
)


def contested(a: QuantityClaim, b: QuantityClaim) -> bool:
    """One of two figures' sentences disputes the other ("only 3,500 ..., fewer than the union
    claims"): a wider gap between them is still a contradiction.  The figure's own verb is no
    dispute ("the cold has claimed 90 lives")."""
    return any(
        word.casefold() != (c.predicate.split() or [""])[0].casefold()
        for c in (a, b)
        for word in _CONTEST.findall(c.text)
    )


def _says_revised(words: list[str]) -> bool:
    """A revision word or phrase ("risen", "up from") among ``words``."""
    joined = f" {' '.join(words)} "
    return bool(set(words) & REVISION_WORDS) or any(p in joined for p in _REVISION_PHRASES)


_COUNT_PROGRESS = re.compile(
    r"\b(?:votes?|ballots|precincts|polling\s+stations)\s+(?:counted|tallied|reporting)\b|"
    r"\b(?:partial|preliminary|incomplete|official)\s+(?:results|returns|count|tally|tallies)\b",
    re.IGNORECASE,
)


# "bringing the total to 40", "raised the toll to 62": the figure is the new total.
_NEW_TOTAL = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|pushing|pushed)\s+the\s+"
    r"(?:total|toll|death\s+toll|number|count)\s+(?:\w+\s+)?to\s+(?:about\s+|some\s+)?"
    r"(\d[\d,]*(?:\.\d+)?)\b",
    re.IGNORECASE,
)
# "another 22 of the bodies", "a further 300 homes", "add 12 more people", "two more
# victims": an increment, not a count of the thing; so is "Catanduanes and three other
# provinces" (four provinces in all).
_NUMBER = r"\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?"
_INCREMENT = re.compile(
    rf"\b(?:another|an\s+additional|a\s+further)\s+({_NUMBER})\b|"
    rf"\b({_NUMBER})\s+(?:more|additional|further)\b(?!\s+than\b)|"
    rf"\band\s+({_NUMBER})\s+other\s+(?!than\b)[a-z]",
    re.IGNORECASE,
)


# "revised down the number of homes that lost power in the blackout to 365,000": the verb
# moves the number of a thing to the figure, however long the thing's description.
_REVISED_TO = re.compile(
    r"\b(?:revised|raised|raises|raising|lowered|lowers|reduced|reduces|cut|cuts|updated|"
    r"increased|increases|corrected)\s+(?:(?:up|down|upward|downward)\s+)?"
    r"(?:the|its|their|his|her)\s+(?:estimated\s+)?(?:number|toll|count|total|tally)\s+of\s+"
    r"(?:[\w'’-]+,?\s+){1,16}?to\s+(?:about\s+|some\s+|around\s+)?(\d[\d,]*(?:\.\d+)?|[a-z]+)\b",
    re.IGNORECASE,
)


def new_total(c: QuantityClaim) -> bool:
    """The figure is a running total ("bringing the total to 40"): later than any smaller
    count of the thing reported the same day."""
    return _said_as(c, _NEW_TOTAL)


def _said_as(c: QuantityClaim, before: re.Pattern[str]) -> bool:
    """The figure's number is written right after the ``before`` phrase in its sentence (one
    compiled pattern for all figures: the numbers it finds are compared with the value)."""
    return any(parse_number(n) == c.value for m in before.finditer(c.text) for n in m.groups() if n)


def is_increment(c: QuantityClaim) -> bool:
    return _said_as(c, _INCREMENT)


def toll_rose_at_one_place(
    a: QuantityClaim, b: QuantityClaim, named: Callable[[QuantityClaim], frozenset[str]]
) -> bool:
    """A later report's higher toll of the dead of the one place both figures are placed at
    (``named``: the places their own clauses name, else their datelines'): "30 died in
    Camarines Sur province", a day later "41 ... in Camarines Sur".  The toll of a disaster
    only rises as bodies are found."""
    return bool(
        a.predicate_class == b.predicate_class == "dead"
        and named(a)
        and named(a) == named(b)
        and b.value > a.value
    )


__all__ = [
    "contested",
    "is_increment",
    "lowers",
    "revises",
    "revises_near",
    "toll_rose_at_one_place",
]
