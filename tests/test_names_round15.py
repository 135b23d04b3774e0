"""Names found reading the blind dev13 alias misses at stop 52: where one works is a body, not a
place, and the Republican Party as the New York Times abbreviates it."""

from __future__ import annotations

from collections import Counter

from builders import aliases

from newsbrief.article.place_use import place_uses
from newsbrief.backends.nlp import Nlp


def test_where_one_works_is_no_place_use() -> None:
    text = (
        "She was a senior employee at Tarnwell and worked at Tarnwell for years; her job at "
        "Tarnwell paid well. She now lives in Dunmere and shops at Dunmere market."
    )
    assert place_uses(text, {"Tarnwell", "Dunmere"}) == Counter({"Dunmere": 2})


def test_a_firm_its_staff_work_at_is_its_full_name_s_short_form(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "Dan Maris ran Tarnwell Technologies, a hedge fund on Long Island, for a decade.",
        "Peter Ulrich, a senior employee at Tarnwell, said the fund was secretive. Most "
        "people at Tarnwell never met the owners. Ulrich has worked at Tarnwell for twenty "
        "years, and his job at Tarnwell is to write code. Tarnwell said it would not comment.",
    )
    assert "Tarnwell" in found["Tarnwell Technologies"]


def test_g_o_p_is_the_republican_party(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "The Republican Party met in Tampa on Monday to choose its platform.",
        "The G.O.P. platform, adopted on Monday, is the party's most conservative in decades.",
    )
    assert "G.O.P." in found["Republican Party"]
