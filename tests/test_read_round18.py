"""Cleaning read from the dev misses at stop 55: a wire story's opening paragraph with its
dateline ("HARLOW, Vt. (AP) — The Latest on ... (all times local):") is the story's start,
never a label, whatever its last character."""

from __future__ import annotations

import pytest

from newsbrief.read.clean import clean_text
from newsbrief.read.units import is_label

_BODY = (
    "Snow kept falling across the valley through the afternoon, and crews worked late into "
    "the night to clear the roads.\n\nSchools in three towns stayed closed on Friday."
)


@pytest.mark.parametrize(
    "opening",
    [
        "HARLOW, Vt. (AP) — The Latest on the Saint Brendan's Day storm to hit Upper Kesh "
        "Valley. (all times local):",
        "PORT ELLEN (Reuters) — The Latest on the Islay Ferry Strike as Talks Resume",
    ],
)
def test_a_dateline_opening_is_kept(opening: str) -> None:
    assert not is_label(opening, 12)
    assert opening in clean_text(f"{opening}\n\n{_BODY}\n", label_max_words=12)


@pytest.mark.parametrize(
    "label",
    [
        "NEW YORK — Live updates",
        "Sports — Local Teams Win Again",
        "LIVE — Watch The Video Here",
        # A tag, a byline or a masthead in capitals before a dash is no dateline.
        "BREAKING — Kesh Council Votes To Raise Parking Fees Downtown On Tuesday",
        "ADA ROOK - Staff Writer - Kesh Valley Tribune - Updated 5:32 PM",
        "KESH VALLEY TRIBUNE — Your Source For Local News Since 1902",
        "PHOTO — Ada Rook / Kesh Valley Tribune Staff Photographer Tuesday",
    ],
)
def test_a_short_label_with_a_dash_still_goes(label: str) -> None:
    assert is_label(label, 12)
