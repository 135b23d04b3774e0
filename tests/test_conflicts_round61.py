"""Conflicts from stop 61's blind DUC set (invented text, modelled on the kinds of gold
disagreement the tool did not find): how many live in a place is one fact for months; a
death toll "of N people" is a toll whatever is done to it; a toll given as a bound and a
later, higher count is an update; "the worst since 1948, when N died" is that year's toll,
not a total since."""

from __future__ import annotations

from builders import conflicts_in

from newsbrief.article.quantities import find_quantities
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Article


def _classes(nlp: Nlp, text: str) -> list[tuple[float, str]]:
    article = Article(id="x", source="", text=text, sentences=())
    return [(q.value, q.predicate_class) for q in find_quantities(article, nlp.parse(text))]


def test_a_places_own_people_are_its_population(nlp: Nlp) -> None:
    assert _classes(nlp, "The storm cut power to Kessaly and its 2 million people.") == [
        (2000000.0, "population")
    ]
    assert _classes(nlp, "Sirens woke the island's 900,000 residents before dawn.") == [
        (900000.0, "population")
    ]
    assert _classes(nlp, "Ferries link the port, a town of 6,400 residents, to the coast.") == [
        (6400.0, "population")
    ]
    # What befalls them stays its own class: the evacuated are no population.
    assert _classes(nlp, "Officials evacuated the town's 6,400 residents on Monday.") == [
        (6400.0, "displaced")
    ]
    # "the 30 people" is often a toll: no population without a possessive.
    assert _classes(nlp, "Rescuers reached the 30 people on the ridge.")[0][1] != "population"


def test_two_populations_weeks_apart_contradict(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("Floodwater reached Kessaly, and its 2 million people braced for more rain.",
         "2021-03-02"),
        ("Radio stations told the island's 1.7 million residents of Kessaly to stay indoors.",
         "2021-04-06"),
    )  # fmt: skip
    assert found == [("contradiction", "population", [1700000.0, 2000000.0])]


def test_populations_far_apart_are_two_places_or_two_times(nlp: Nlp) -> None:
    # A gap wider than an estimate's: another place's people.
    found = conflicts_in(
        nlp,
        ("Boats supply the territory's 27,000 residents by sea.", "2021-03-02"),
        ("After the split, its 40,000 residents kept the old name.", "2021-03-09"),
    )  # fmt: skip
    assert found == []
    # Months apart: a growing town, not a disagreement.
    found = conflicts_in(
        nlp,
        ("The harbour town and its 4,500 residents celebrated.", "2021-03-02"),
        ("The harbour town and its 5,000 residents celebrated again.", "2022-03-02"),
    )  # fmt: skip
    assert found == []


def test_a_death_toll_of_people_is_of_the_dead(nlp: Nlp) -> None:
    # "released" is a class of its own (hostages freed): here it is done to the toll.
    found = _classes(
        nlp,
        "The national death toll of at least 60 people was released before rescuers reached "
        "the valley.",
    )
    assert found == [(60.0, "dead")]


def test_a_bound_then_a_later_higher_count_is_an_update(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("In Varnia, at least 14 people died from the frost since Friday.", "2021-01-11"),
        ("The frost has killed 23 people in Varnia, officials said.", "2021-01-13"),
    )  # fmt: skip
    assert found == [("update", "people dead", [14.0, 23.0])]
    # The same day it is one count told two ways: consistent, no row.
    found = conflicts_in(
        nlp,
        ("In Varnia, at least 14 people died from the frost since Friday.", "2021-01-11"),
        ("The frost has killed 23 people in Varnia, officials said.", "2021-01-11"),
    )  # fmt: skip
    assert found == []


def test_a_past_years_toll_after_since_when_is_no_total(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("The river's floods are the worst since 1948, when 20,000 people died.", "2021-08-02"),
        ("This year's floods have killed more than 2,000 people, officials said.",
         "2021-08-04"),
    )  # fmt: skip
    assert found == []
