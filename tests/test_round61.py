"""Stop 61 (invented text, modelled on the kinds of gold disagreement the blind DUC set
listed and the tool did not find): how many live in a place is one fact for months; a death
toll "of N people" is a toll whatever is done to it; a toll given as a bound and a later,
much higher count is an update; "the worst since 1948, when N died" is that year's toll, not
a total since.  And key figures labelled as a reader would: "percent of the homes", "dollars
in aid", a vote share by whose it is."""

from __future__ import annotations

from dataclasses import replace

from builders import analyse, conflicts_in, figure_classes, make_article, quantity

from newsbrief.backends.nlp import Nlp
from newsbrief.story.figure_labels import done_to
from newsbrief.story.key_figures import clause, key_figures, label


def test_a_places_own_people_are_its_population(nlp: Nlp) -> None:
    assert figure_classes(nlp, "The storm cut power to Malta and its 400,000 people.") == [
        (400000.0, "population")
    ]
    assert figure_classes(nlp, "Sirens woke the island's 900,000 residents before dawn.") == [
        (900000.0, "population")
    ]
    assert figure_classes(
        nlp, "Ferries link the port, a town of 6,400 residents, to the coast."
    ) == [(6400.0, "population")]
    assert figure_classes(nlp, "The 9,000 residents of Tarnby were told to stay indoors.") == [
        (9000.0, "population")
    ]
    # What befalls them stays its own class: the evacuated are no population.
    assert figure_classes(nlp, "Officials evacuated the town's 6,400 residents on Monday.") == [
        (6400.0, "displaced")
    ]
    # "the 30 people" is often a toll: no population without a possessive.
    assert figure_classes(nlp, "Rescuers reached the 30 people on the ridge.")[0][1] != "population"
    # Nor some of them, a body's staff or a country's people abroad (the review's cases).
    for text in (
        "The 120 residents of the care home were moved to a school.",
        "The 40 residents who returned home found their sheds empty.",
        "Orvane Medical and its 5,000 people moved to the new campus.",
        "Norland flew out its 120 citizens from the capital on Tuesday.",
    ):
        assert all(kind != "population" for _, kind in figure_classes(nlp, text)), text


def test_two_populations_weeks_apart_contradict(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("Floodwater reached the province's 2 million people on the coast.",
         "2021-03-02"),
        ("Radio stations told the province's 1.7 million residents to stay indoors.",
         "2021-04-06"),
    )  # fmt: skip
    assert found == [("contradiction", "population", [1700000.0, 2000000.0])]


def test_populations_far_apart_are_two_places_or_two_times(nlp: Nlp) -> None:
    # A gap wider than an estimate's: another place's people.
    found = conflicts_in(
        nlp,
        ("Boats supply the territory's 27,000 residents by sea.", "2021-03-02"),
        ("After the split, the territory's 40,000 residents kept the old name.", "2021-03-09"),
    )  # fmt: skip
    assert found == []
    # Months apart: a growing town, not a disagreement.
    found = conflicts_in(
        nlp,
        ("The harbour town's 4,500 residents celebrated.", "2021-03-02"),
        ("The harbour town's 5,000 residents celebrated again.", "2022-03-02"),
    )  # fmt: skip
    assert found == []


def test_a_death_toll_of_people_is_of_the_dead(nlp: Nlp) -> None:
    # "released" is a class of its own (hostages freed): here it is done to the toll.
    found = figure_classes(
        nlp,
        "A provincial toll of at least 60 people was released on Friday, before the search of "
        "the valley ended.",
    )
    assert found == [(60.0, "dead")]
    # An injury toll, or people the sentence says were hurt, are no dead.
    assert figure_classes(nlp, "The injury toll of 60 people was released on Monday.") != [
        (60.0, "dead")
    ]
    assert figure_classes(nlp, "A toll of 45 people injured was given by the hospital.") == [
        (45.0, "hurt")
    ]


def test_a_bound_then_a_later_higher_count_is_an_update(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("Frost has killed at least 14 people in Varnia since the weekend.", "2021-01-11"),
        ("Officials in Varnia counted 23 people killed by the frost.", "2021-01-13"),
    )  # fmt: skip
    assert found == [("update", "people dead", [14.0, 23.0])]
    # The same day it is one count told two ways: consistent, no row.
    found = conflicts_in(
        nlp,
        ("Frost has killed at least 14 people in Varnia since the weekend.", "2021-01-11"),
        ("Officials in Varnia counted 23 people killed by the frost.", "2021-01-11"),
    )  # fmt: skip
    assert found == []


def test_a_past_years_toll_after_since_when_is_no_total(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("Nothing like it has hit the delta since 1948, when 20,000 people drowned.", "2021-08-02"),
        ("Officials put this summer's flood toll at more than 2,000 people.",
         "2021-08-04"),
    )  # fmt: skip
    assert found == []


def test_a_percentage_is_labelled_by_what_it_is_of() -> None:
    def labelled(text: str, value: float, predicate: str = "") -> str:
        claim = quantity("a", value, f"percent {predicate}".strip(), "percent")
        return label(replace(claim, text=text))

    assert labelled(
        "The gale flattened 70 percent of the barns on Orlo Island.", 70, "flattened"
    ) == ("percent of the barns flattened")
    assert labelled("The gale flattened 70 percent of the barns on Orlo Island.", 70) == (
        "percent of the barns"
    )
    assert labelled("Debt passed 9 percent of Gross Domestic Product.", 9) == (
        "percent of Gross Domestic Product"
    )
    assert labelled("Herders make up 60 percent of a population of 9,000.", 60) == (
        "percent of population"
    )
    # The words after it name no thing: the unit alone.
    assert labelled("Most farms are flooded, 90 percent of which lie in the delta.", 90) == (
        "percent"
    )
    assert labelled("Prices rose 12 percent in March.", 12) == "percent"
    assert labelled("Rebels hold 40 percent of those polled in the north.", 40) == "percent"


def test_a_sum_is_labelled_by_what_it_is_in() -> None:
    claim = quantity("a", 4e9, "dollars", "dollars")
    assert label(replace(claim, text="The fund expects $4 billion in grants next year.")) == (
        "dollars in grants"
    )
    # Not a place or a year.
    assert label(replace(claim, text="The fund spent $4 billion in Pellaria last year.")) == (
        "dollars"
    )
    assert label(replace(claim, text="The fund spent $4 billion in 2019.")) == "dollars"
    # Nor a stretch of time.
    assert label(replace(claim, text="The fund spent $4 billion in the first quarter.")) == (
        "dollars"
    )
    assert label(replace(claim, text="Donors gave $4 billion in two days.")) == "dollars"


def test_a_vote_share_row_says_whose_share(nlp: Nlp) -> None:
    text = "Marrow won 48 percent of the vote, compared with 31 percent for his rival, Ada Lunn."
    brief = analyse([make_article(text, "a", published="2021-05-02")], nlp=nlp)
    rows = {row.value: row.label for row in key_figures(brief)}
    assert rows["31"] == "Ada Lunn's share of the vote, percent"


def test_a_label_keeps_a_verb_only_when_it_reads_as_done_to_the_noun() -> None:
    # Participles, regular and not: "homes built", "bodies found", "sums taken".
    for word in ("eliminated", "built", "found", "taken", "held", "caught", "cut", "shown"):
        assert done_to(word), word
    # Base forms with a participle's ending: "members determine", "costs exceed".
    for word in ("determine", "attack", "report", "spend", "exist", "threaten", "exceed", "own"):
        assert not done_to(word), word


def test_a_clause_around_a_fraction_is_not_a_heading() -> None:
    text = "TARN ISLANDS — Most of the harm fell on houses: officials think more than half of all "
    text += "roofs were torn off."
    claim = replace(quantity("a", 50.0, "percent", "percent", hedge="more than"), text=text)
    assert "half of all roofs" in clause(claim)
    assert clause(claim) != "TARN ISLANDS"
