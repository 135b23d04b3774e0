"""A city named with and without its "City": "Salt Lake" and "Salt Lake City".

Takes: a story's name mentions.  Gives: pairs of folded names (the bare name, the name with
"City") for ``merge.merge_names``, where the story writes both as places and the bare name is
no country, state or city the gazetteer knows on its own ("Kansas" and "Kansas City", "Mexico"
and "Mexico City", "New York" and "New York City" stay two).  Plain Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.article.tables import GAZETTEER
from newsbrief.models import Mention
from newsbrief.story.names import PLACE_LABELS, fold


def city_forms(mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(bare name, "<name> City") for each city the story also names without "City"."""
    places = {fold(m.text) for m in mentions if m.label in PLACE_LABELS}
    return [
        (bare, name)
        for name in sorted(places)
        if name.endswith(" city")
        and (bare := name.removesuffix(" city")) in places
        and bare not in GAZETTEER
    ]


__all__ = ["city_forms"]
