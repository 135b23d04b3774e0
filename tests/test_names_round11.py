"""Names found reading the dev alias misses of stop 35: a body the gazetteer knows ("House")
is the one body its name opens, though the text says "in the House" and names a committee of
it."""

from __future__ import annotations

from collections import Counter

from newsbrief.story.merge import merge_names
from newsbrief.story.names import fold


def test_the_house_is_the_house_of_representatives_not_its_committee() -> None:
    names = ("House", "House of Representatives", "House Judiciary Committee", "White House")
    found = merge_names(
        {fold(n): Counter({n: 1}) for n in names},
        {fold(n): Counter({"ORG": 1}) for n in names},
        {},
        spelling_ratio=0.75,
        # "voted in the House": a body's short name used after "in" is no place.
        used_as=(frozenset({"house"}), frozenset()),
    )
    assert found["house"] == found["house of representatives"]
    assert found["house"] != found["house judiciary committee"]
    assert found["house"] != found["white house"]


def test_a_place_named_body_is_still_not_the_place() -> None:
    # "Sarnen" (a town the text uses as a place) is not the "Sarnen Town Council".
    names = ("Sarnen", "Sarnen Town Council")
    found = merge_names(
        {fold(n): Counter({n: 1}) for n in names},
        {fold("Sarnen"): Counter({"ORG": 1, "GPE": 2}), fold(names[1]): Counter({"ORG": 1})},
        {},
        spelling_ratio=0.75,
        used_as=(frozenset({"sarnen"}), frozenset()),
    )
    assert found["sarnen"] != found["sarnen town council"]
