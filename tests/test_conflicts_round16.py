"""Conflicts found on real coverage's misses (invented text, modelled on the dev clusters'
gold disagreements the tool did not find): a toll told by the nationality or the bystanders
it befell is a count of people; "the number of X was N", "the toll stood at N" and "a country
of N million" state figures."""

from __future__ import annotations

from builders import conflicts_in, figures

from newsbrief.backends.nlp import Nlp


def test_a_toll_of_a_nationality_is_a_toll_of_people(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("The car bomb killed the two attackers and wounded 17 Norwegians at the fair.",
         "2024-05-03"),
        ("A car bomb at a crowded fair on Friday wounded 19 people, officials said.",
         "2024-05-03"),
    )  # fmt: skip
    assert found == [("contradiction", "people hurt", [17.0, 19.0])]


def test_a_toll_of_shoppers_is_a_toll_of_people(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("The blast at the covered market injured 31 shoppers.", "2024-05-03"),
        ("Officials said 36 people were injured in the blast at the covered market.",
         "2024-05-03"),
    )  # fmt: skip
    assert found == [("contradiction", "people hurt", [31.0, 36.0])]


def test_children_stay_a_count_of_their_own(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("Children were among those hurt: 4 children were injured in the fire.", "2024-05-03"),
        ("Seven people were injured in the fire, the fire chief said.", "2024-05-03"),
    )  # fmt: skip
    assert found == []


def test_the_number_of_a_thing_a_copula_gives_is_a_figure(nlp: Nlp) -> None:
    found = figures(nlp, "Reports said the number of Ruritanian troops in Zembla was 14,000.")
    assert found == [(14000.0, "troops")]


def test_a_toll_that_stood_at_a_figure_is_a_toll(nlp: Nlp) -> None:
    assert figures(nlp, "By Sunday the death toll stood at 43.") == [(43.0, "people")]


def test_a_country_of_millions_is_its_people(nlp: Nlp) -> None:
    assert figures(nlp, "The envoy arrived in Veldoria, a country of 3 million, on Friday.") == [
        (3000000.0, "people")
    ]
    # A number that counts a noun of its own is that noun's.
    assert figures(nlp, "Veldoria, a country of 3 million farmers, voted.") == [
        (3000000.0, "farmers")
    ]
    found = conflicts_in(
        nlp,
        ("The envoy arrived in Veldoria, a country of 3 million, on Friday.", "2024-05-03"),
        ("Most of Veldoria's 3.6 million people are farmers.", "2024-05-03"),
    )
    assert [(kind, values) for kind, _, values in found] == [
        ("contradiction", [3000000.0, 3600000.0])
    ]


def test_only_the_numbers_own_verb_says_what_the_number_of_counts(nlp: Nlp) -> None:
    found = figures(
        nlp, "The number of migrants crossing the border rose to 6,100 after the quota was 5,000."
    )
    assert (5000.0, "migrants") not in found


def test_passengers_and_a_headlines_capitals_stay_their_own_count(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("The jet crashed on landing, killing 44 passengers.", "2024-05-03"),
        ("The jet crashed on landing, killing 47 people, including the crew.", "2024-05-03"),
    )
    assert found == []
    found = conflicts_in(
        nlp,
        ("Gunmen Kill 12 Guards In Dawn Attack On Mountain Base", "2024-05-03"),
        ("Gunmen killed 15 people in a dawn attack on the mountain base.", "2024-05-03"),
    )
    assert found == []
