"""A range of counts is two figures, its ends, and its numbers are read once."""

from __future__ import annotations

from newsbrief.article.quantities import find_quantities
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Article


def _figures(nlp: Nlp, text: str) -> list[tuple[float, str, str]]:
    article = Article(id="x", source="", text=text, sentences=())
    return [(q.value, q.unit, q.hedge) for q in find_quantities(article, nlp.parse(text))]


def test_a_hedged_range_is_its_two_ends_only(nlp: Nlp) -> None:
    # The tagger makes "an estimated 9,000" one entity: its number is the range's low end,
    # not a third figure (which made the city look like it gave two counts).
    found = _figures(
        nlp,
        "Marlow, a city of 640,000 residents, has an estimated 9,000 to 11,000 people who "
        "sleep rough and 1,200 hostel beds.",
    )
    assert [f for f in found if f[0] == 9000.0] == [(9000.0, "people", "from")]
    assert (11000.0, "people", "up to") in found


def test_days_after_a_month_are_no_range(nlp: Nlp) -> None:
    found = _figures(nlp, "Fenwick has been tense since the March 3-5 attacks left 14 people dead.")
    assert found == [(14.0, "people", "")]
    assert (7.0, "attacks", "from") in _figures(nlp, "The group claimed 7-9 attacks in May.")


def test_an_adjective_between_a_range_and_its_noun(nlp: Nlp) -> None:
    found = _figures(nlp, "Some 8,000 to 10,000 homeless people sleep in the parks of Fenwick.")
    assert found == [(8000.0, "people", "from"), (10000.0, "people", "up to")]


def test_a_noun_the_parser_reads_as_a_third_number_stays_with_the_range(nlp: Nlp) -> None:
    # The small model parses "food" in "20 and 25 food stalls" as a third conjunct.
    found = _figures(nlp, "The fair had between 20 and 25 food stalls, its organisers said.")
    assert (20.0, "food stalls", "between") in found
    assert (25.0, "food stalls", "up to") in found
