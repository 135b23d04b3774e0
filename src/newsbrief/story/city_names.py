"""A city, a county or an airport named with and without its kind: "Salt Lake" and "Salt Lake
City", "Tarrow" and "Tarrow County", "Orwell" and "Orwell International Airport".

Takes: a story's name mentions and its articles' texts.  Gives: pairs of folded names (the
bare name, the name with "City", "County" or "Airport") for ``merge.merge_names``, where the
bare name is no country, state or city the gazetteer knows on its own ("Kansas" and "Kansas
City", "Mexico" and "Mexico City" stay two; "New York" is "New York City" only where the
story never names the state).  Plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsbrief.article.tables import GAZETTEER, US_STATE_NAMES
from newsbrief.models import Mention
from newsbrief.story.names import PLACE_LABELS, fold

_KINDS = (" city", " county")
_AIRPORTS = (" international airport", " airport")


def city_forms(mentions: Sequence[Mention], texts: Mapping[str, str]) -> list[tuple[str, str]]:
    """(bare name, "<name> City" or "<name> County") for each city or county the story also
    names without its kind.  Not a county whose bare name the story writes as a town, with
    its state after a comma ("Corby, Ind." beside "Corby County"), with a police force
    or a mayor of its own ("the Corby Police Department", "Dunlow police": a county has a
    sheriff), or as "the city of Lissen".  ``texts``: each article's text by id."""
    places = {fold(m.text) for m in mentions if m.label in PLACE_LABELS}
    # A county's bare name also stands for its government ("Tarrow said the count ..."),
    # which the tagger types as a body: taken only when it types the county a body too (a
    # body of a county's name alone is as often a firm's: "Fordham said its cars ...").
    bodies = {fold(m.text) for m in mentions if m.label == "ORG"}
    towns = _towns(mentions, texts)
    return [
        (bare, name)
        for name in sorted(places)
        for kind in _KINDS
        if name.endswith(kind)
        and ((bare := name.removesuffix(kind)) not in GAZETTEER or _city_meant(name, texts))
        and (bare in places or (kind == " county" and bare in bodies and name in bodies))
        and not (kind == " county" and bare in towns)
    ] + _airports(mentions)


def _city_meant(name: str, texts: Mapping[str, str]) -> bool:
    """ "New York" is the city in a story that names "New York City" and never the state:
    no "New York State", "upstate", "Albany", New York's governor, legislature, attorney
    general or a member of Congress for it, no town "in Ithaca, New York", no "New York and
    New Jersey", no "state" in a sentence with "New York" alone.  (The one US city news
    calls by its state's name alone.)"""
    if name != "new york city":
        return False
    return not any(_state_meant(text) for text in texts.values())


def _state_meant(text: str) -> bool:
    if _NEW_YORK_STATE.search(text) or _NEIGHBOUR_STATES.search(text):
        return True
    sentences = re.split(r"(?<=[.!?])\s+|\n+", text)
    return any(_NEW_YORK_ALONE.search(s) and _STATE_WORD.search(s) for s in sentences)


_NEW_YORK_STATE = re.compile(
    r"\bNew\s+York(?:['’]s)?\s+(?:state|State|Gov\.|[Gg]overnor|[Ll]egislat|[Aa]ssembly|"
    r"[Ss]en\.|[Ss]enator|[Rr]ep\.|[Aa]ttorney\s+[Gg]eneral|lawmakers|voters)"
    r"|(?:Gov\.|[Gg]overnor|[Aa]ttorney\s+[Gg]eneral|Sen\.|[Ss]enator|Rep\.)[^.\n]{0,40}\bof\s+New\s+York"
    r"\b(?!\s+City)|\b[A-Z][a-z]+,\s+(?:New\s+York|N\.Y\.)(?!\s+City)"
    r"|\b(?:state\s+of\s+New\s+York|[Uu]pstate|Albany|Long\s+Island|Buffalo|Rochester|Syracuse)\b"
)
_STATES = "|".join(
    re.escape(state.title()) for state in sorted(US_STATE_NAMES) if state != "new york"
)
_NEIGHBOUR_STATES = re.compile(
    rf"\bNew\s+York\s+(?:and|or)\s+(?:{_STATES})\b|\b(?:{_STATES}),?\s+(?:and|or)\s+New\s+York\b(?!\s+City)"
)
_NEW_YORK_ALONE = re.compile(r"\bNew\s+York\b(?!\s+(?:City|Times|Post|Daily))")
_STATE_WORD = re.compile(r"\bstates?\b", re.IGNORECASE)


def _airports(mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(bare name, "<name> International Airport") where the bare name is a body or a
    building the story never writes as a town ("flights out of Orwell"; not a city's)."""
    named = {fold(m.text) for m in mentions if m.label in ("ORG", "FAC")}
    towns = {fold(m.text) for m in mentions if m.label == "GPE"}
    return [
        (bare, name)
        for name in sorted(named | {fold(m.text) for m in mentions if m.label in PLACE_LABELS})
        for kind in _AIRPORTS
        if name.endswith(kind)
        and (bare := name.removesuffix(kind)) in named
        and bare not in towns
        and bare not in GAZETTEER
    ]


def _towns(mentions: Sequence[Mention], texts: Mapping[str, str]) -> set[str]:
    """Folded places written as "<place>, <place>" ("Corby, Ind.": a town with its state),
    that name a police department ("Corby Police Department"), or that the text writes as
    a town ("Dunlow police", "the Lissen City Council", "the city of Lissen")."""
    starts = {(m.article, m.start) for m in mentions if m.label in PLACE_LABELS}
    with_state = {
        fold(m.text)
        for m in mentions
        if m.label in PLACE_LABELS and (m.article, m.end + 2) in starts
    }
    policed = {name.split(" police")[0] for m in mentions if " police" in (name := fold(m.text))}
    written = {
        fold(m.text)
        for m in mentions
        if m.label in PLACE_LABELS
        and (text := texts.get(m.article, ""))
        and (
            _TOWN_AFTER.match(text, m.end)
            or text[max(0, m.start - 14) : m.start].casefold().endswith(_TOWN_BEFORE)
        )
    }
    return with_state | policed | written


# Words that make a place a town: "Dunlow police", "the Lissen City Council", "the city of".
_TOWN_AFTER = re.compile(r"\s+(?:police|mayor|city\s+council|city\s+hall)\b", re.IGNORECASE)
_TOWN_BEFORE = ("city of ", "town of ", "village of ")


__all__ = ["city_forms"]
