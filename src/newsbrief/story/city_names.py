"""A city or a county named with and without its kind: "Salt Lake" and "Salt Lake City",
"Broward" and "Broward County".

Takes: a story's name mentions.  Gives: pairs of folded names (the bare name, the name with
"City" or "County") for ``merge.merge_names``, where the story writes both as places and the
bare name is no country, state or city the gazetteer knows on its own ("Kansas" and "Kansas
City", "Mexico" and "Mexico City", "New York" and "New York City" stay two).  Plain Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.article.tables import GAZETTEER
from newsbrief.models import Mention
from newsbrief.story.names import PLACE_LABELS, fold

_KINDS = (" city", " county")


def city_forms(mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(bare name, "<name> City" or "<name> County") for each city or county the story also
    names without its kind.  Not a county whose bare name the story writes as a town, with
    its state after a comma ("Elkhart, Ind." beside "Elkhart County") or with a police force
    of its own ("the Elkhart Police Department": a county has a sheriff)."""
    places = {fold(m.text) for m in mentions if m.label in PLACE_LABELS}
    # A county's bare name also stands for its government ("Broward said the count ..."),
    # which the tagger types as a body.
    bodies = {fold(m.text) for m in mentions if m.label == "ORG"}
    towns = _towns(mentions)
    return [
        (bare, name)
        for name in sorted(places)
        for kind in _KINDS
        if name.endswith(kind)
        and (bare := name.removesuffix(kind)) not in GAZETTEER
        and (bare in places or (kind == " county" and bare in bodies))
        and not (kind == " county" and bare in towns)
    ]


def _towns(mentions: Sequence[Mention]) -> set[str]:
    """Folded places written as "<place>, <place>" ("Elkhart, Ind.": a town with its state),
    or that name a police department ("Elkhart Police Department")."""
    starts = {(m.article, m.start) for m in mentions if m.label in PLACE_LABELS}
    with_state = {
        fold(m.text)
        for m in mentions
        if m.label in PLACE_LABELS and (m.article, m.end + 2) in starts
    }
    policed = {name.split(" police")[0] for m in mentions if " police" in (name := fold(m.text))}
    return with_state | policed


__all__ = ["city_forms"]
