"""The name and type an entity is shown with, from the names its sources give it.

Takes: an entity's names with their counts and the type its mentions mostly carry.  Gives:
the name a brief shows ("Bill Clinton", "Beijing") and the checked type.  Backend: plain
Python and the gazetteer (``tables``).
"""

from __future__ import annotations

import re
from collections import Counter

from newsbrief.article.tables import GAZETTEER
from newsbrief.story.names import (
    checked_type,
    fold,
    nickname_forms,
    particle_first,
    place_name,
    surnames,
)

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def entity_type(counts: Counter[str], etype: str) -> str:
    """``names.checked_type`` over an entity's names: a name the gazetteer knows decides,
    else the most used name's last word."""
    # The fullest names decide: "Michael Jordan" is no country for his surname alone.
    most = max(len(t.split()) for t in counts)
    fullest = [t for t in counts if len(t.split()) == most]
    for text in fullest:
        known = GAZETTEER.get(text.casefold())
        if known:
            return known
    if etype != "PERSON":
        # "Ganges River" beside "Ganges" (tagged ORG): its fullest name says it is a place.
        for text in fullest:
            if checked_type(text, etype) in _PLACE_TYPES:
                return checked_type(text, etype)
    if etype == "PERSON" and most > 1:
        # "Vernon Jordan", called "Jordan" most: a person, not the country of that name; "Mark
        # Lane", called "Lane": a person, not a street.
        alone = {t.casefold() for t in counts if " " not in t}
        return checked_type(max(fullest, key=lambda t: counts[t]), etype, alone=alone)
    return checked_type(max(counts, key=lambda t: counts[t]), etype)


def entity_name(counts: Counter[str], etype: str) -> str:
    """People by their fullest name; organisations by their most used name of two or more
    words (not "NCC" or "Northshore" when "Northshore Chemical Corporation" is there); others
    by the name sources use most (ties: longer)."""
    if etype == "PERSON":
        # Not a name with a word glued before another of its names ("Challenger Conrad Pyle").
        names = list(counts)
        # ("Eugene de Kock" ends with "de Kock", his surname: nothing glued.)
        glued = {
            t
            for t in names
            for o in names
            if o != t
            and " " in o
            and t.endswith(" " + o)
            and o[:1].isupper()
            # "F. Kennedy", a name the tagger cut after its given name, opens with an initial.
            and not re.match(r"[A-Z]\.", o)
        }
        counts = Counter({t: c for t, c in counts.items() if t not in glued}) or counts
        # A name with its quoted nickname is no fuller than the name ('Abigail “Abby”
        # Williams' is Abigail Williams).
        counts = Counter({t: c for t, c in counts.items() if not nickname_forms(t)}) or counts
        most_words = max(len(t.split()) for t in counts)
        fullest = Counter({t: c for t, c in counts.items() if len(t.split()) == most_words})
        # A surname with its particle ("bin Hamdan", "de Kock") is no full name.
        full = Counter({t: c for t, c in counts.items() if " " in t and not particle_first(t)})
        # The fullest name, unless sources use a shorter full name far more ("Bill Clinton"
        # 14 times, "William Jefferson Clinton" once).
        far_more = full and max(full.values()) >= _FAR_MORE * max(fullest.values())
        counts = full if far_more else fullest
        # The name whose surname the sources also use alone ("Conrad Pyle" ... "Pyle"), not a
        # nickname of as many words ("Lighthouse Man").
        alone = {fold(t) for t in names if " " not in t}
        surnamed = Counter(
            {t: c for t, c in counts.items() if any(fold(w) in alone for w in surnames(t))}
        )
        # A nickname longer than the name ("known as “Legs Like Engines”" beside "Tobin Marsh"
        # and "Marsh") leaves the full name whose surname is used alone.
        surnamed = surnamed or Counter(
            {t: c for t, c in full.items() if any(fold(w) in alone for w in surnames(t))}
        )
        counts = surnamed or counts
    elif etype == "ORG" and any(" " in t for t in counts):
        counts = Counter({t: c for t, c in counts.items() if " " in t})
        # Not the name without the state that opens another ("State police" of the
        # "Connecticut State Police"); an opening that is no place stays out ("Australian
        # International Olympic Committee", a longer tagger span).
        folded = {fold(t) for t in counts}
        counts = (
            Counter({t: c for t, c in counts.items() if not _state_opened(fold(t), folded)})
            or counts
        )
    # A dateline's capitals ("BEIJING (Xinhua) --") are not how the name is written.
    written = {fold(t) for t in counts if not t.isupper()}
    counts = (
        Counter(
            {
                t: c
                for t, c in counts.items()
                if not (t.isupper() and len(t) > 4 and fold(t) in written)
            }
        )
        or counts
    )
    return max(counts.items(), key=lambda x: (x[1], len(x[0]), x[0]))[0]


_FAR_MORE = 3


def _state_opened(name: str, names: set[str]) -> bool:
    """Whether another of ``names`` is ``name`` opened by a state, a country or a city of one."""
    return any(
        o.endswith(" " + name) and place_name(o[: -len(name)].strip(), frozenset())
        for o in names
        if o != name
    )


def story_type(counts: Counter[str], etype: str, places: frozenset[str]) -> str:
    """The type once the story's own places are known (``places``, casefolded): people named
    for one of them are a nationality ("Nevadans", tagged ORG: not an actor of their own), and
    a place's name with a newspaper's last word is the paper ("Las Vegas Sun", tagged GPE)."""
    if etype != "NORP" and (
        people_of_a_place(counts, places) or all(_PEOPLE_NOUN.fullmatch(t) for t in counts)
    ):
        return "NORP"
    if etype in ("GPE", "LOC", "FAC") and any(_paper(t, places) for t in counts):
        return "ORG"
    return etype


# "a 75-year-old Frenchman": one of a people, written as one word, whatever the story's places.
_PEOPLE_NOUN = re.compile(
    r"(?:French|English|Irish|Scots|Scotch|Dutch|Welsh|Cornish|Manx)(?:wo)?m[ae]n"
)
# "Nevadans", "Texans", "Floridians", "Virgin Islanders", "New Yorkers", "Japanese", "South
# Korean", "Israeli": a place's stem, then the ending of its people.
_DEMONYM_END = ("ians", "ans", "ers", "ese", "ian", "an", "i")
_MIN_STEM = 3


_HALVES = frozenset({"north", "south", "east", "west"})


def people_of_a_place(counts: Counter[str], places: frozenset[str]) -> bool:
    """Every name is a demonym of one of the story's places ("Japanese", "South Korean")."""
    return all(_demonym(t, places) for t in counts)


def _demonym(name: str, places: frozenset[str]) -> bool:
    if not name[:1].isupper():
        return False
    word = fold(name)
    for end in _DEMONYM_END:
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) >= _MIN_STEM:
            # "Korean" of "South Korea": a half's people are the whole's (not "Vegans" of
            # "Las Vegas").
            halves = (p.split(" ", 1) for p in places if " " in p)
            stems = places | {rest for first, rest in halves if first in _HALVES}
            # Another place than the name itself: "Jordan" is the country (or a person).
            return any(p != word and p.startswith(stem) and len(p) - len(stem) <= 2 for p in stems)
    return False


# Last words of newspapers' names that are no organisation's word in general ("Times",
# "Herald" and the like are in the gazetteer's organisation words already).
_PAPER_WORDS = frozenset({
    "sun", "star", "globe", "bee", "dispatch", "register", "courier", "enquirer", "mirror",
    "express", "sentinel", "advocate", "picayune", "review-journal", "star-telegram",
})  # fmt: skip


def _paper(name: str, places: frozenset[str]) -> bool:
    words = name.split()
    if len(words) < 2 or fold(words[-1]) not in _PAPER_WORDS:
        return False
    place = fold(" ".join(words[:-1]))
    return place in places or GAZETTEER.get(place) == "GPE"


_LAW_WORDS = frozenset({"Act", "Amendment"})
# Offices written alone ("the Pope said"): titles, whoever holds them; not "Prince" or "King",
# which are names too.
OFFICES = frozenset({
    "pope", "president", "senator", "governor", "minister", "premier", "chancellor", "mayor",
    "secretary", "chairman", "sheriff", "clerk", "airman", "judge", "speaker", "commissioner",
})  # fmt: skip


def a_law(name: str) -> bool:
    """ "the Affordable Care Act", "the Misuse of Drugs Amendment Bill" (not "Buffalo Bill")."""
    words = name.split()
    return words[-1] in _LAW_WORDS or (words[-1] == "Bill" and len(words) >= 3)


__all__ = ["OFFICES", "a_law", "entity_name", "entity_type", "people_of_a_place", "story_type"]
