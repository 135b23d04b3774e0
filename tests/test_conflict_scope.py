"""Conflicts that were two things (invented text; from an audit of every conflict the tool
reported on Multi-News lines and DUC 2003 clusters outside the held-out sets): a part and its
whole, "and three other", sums of money of two kinds, a storm's winds on two days, distances
from two places, counts of two different mixes, the tolls of two provinces in one sentence."""

from __future__ import annotations

from builders import analyse, conflicts_in, figures, make_article

from newsbrief.backends.nlp import Nlp
from newsbrief.models import QuantityClaim
from newsbrief.story.figure_places import clause_places


def _kinds(nlp: Nlp, *texts: tuple[str, str]) -> list[tuple[str, list[float]]]:
    return [(kind, values) for kind, _, values in conflicts_in(nlp, *texts)]


def test_the_whole_in_four_of_five_is_no_count_the_verb_is_said_of(nlp: Nlp) -> None:
    brief = analyse(
        [
            make_article("Jurors found Tom Reyes guilty on four of five charges.", "a"),
            make_article("Tom Reyes was found guilty on three charges of fraud.", "b"),
        ],
        nlp=nlp,
    )
    told = {(q.value, q.predicate_class) for q in brief.claims if isinstance(q, QuantityClaim)}
    assert (4.0, "whole") not in told and (5.0, "whole") in told
    sides = [sorted(float(s.value) for s in c.sides) for c in brief.conflicts]
    assert [3.0, 5.0] not in sides  # the five charges are the whole, not the guilty verdicts
    assert [3.0, 4.0] in sides


def test_and_three_other_provinces_is_four_provinces(nlp: Nlp) -> None:
    found = _kinds(
        nlp,
        ("The president declared Oran and three other provinces under a state of calamity.",
         "2024-10-24"),
        ("The president has declared four provinces under a state of calamity.", "2024-10-25"),
    )  # fmt: skip
    assert found == []


def test_a_sum_of_money_revises_only_one_of_its_own_kind(nlp: Nlp) -> None:
    found = _kinds(
        nlp,
        ("The memos showed Brightway hoped to collect $85 million a year from the licences.",
         "2024-10-19"),
        ("Brightway's profit rose to $1.5 billion, compared with $959 million a year earlier.",
         "2024-10-20"),
    )  # fmt: skip
    assert found == []


def test_winds_on_two_days_are_two_states_of_a_storm(nlp: Nlp) -> None:
    found = _kinds(
        nlp,
        ("Typhoon Dara had sustained winds of 110 kph (68 mph) on Friday.", "2024-10-23"),
        ("Carrying sustained winds of 140 kph (87 mph), Dara drifted west.", "2024-10-25"),
    )
    assert found == []
    assert figures(nlp, "It had winds of 110 kph (68 mph).") == [(110.0, "kph winds")]
    # The same day, two sources that differ on the winds do disagree.
    same_day = _kinds(
        nlp,
        ("Typhoon Dara had sustained winds of 110 kph on Friday.", "2024-10-23"),
        ("Typhoon Dara had sustained winds of 145 kph on Friday.", "2024-10-23"),
    )
    assert [kind for kind, _ in same_day] == ["contradiction"]


def test_distances_from_two_places_are_two_things(nlp: Nlp) -> None:
    found = _kinds(
        nlp,
        ("Early Saturday, the storm was centered above the Kessel Sea, 160 kilometers (99 "
         "miles) north-northwest of Port Albin.", "2024-10-23"),
        ("The typhoon was centered 95 kilometers (59 miles) southeast of Marrow Island in the "
         "Kessel Sea.", "2024-10-24"),
    )  # fmt: skip
    assert found == []


def test_counts_of_two_different_mixes_are_two_things(nlp: Nlp) -> None:
    found = _kinds(
        nlp,
        ("More than 2 million troops, volunteers and cadets have been called up to battle "
         "the floods.", "2024-08-03"),
        ("Some 4 million troops and villagers are battling the floods along the river "
         "dikes now.", "2024-08-05"),
    )  # fmt: skip
    assert found == []


def test_a_revision_word_elsewhere_in_the_sentence_revises_no_other_count(nlp: Nlp) -> None:
    found = _kinds(
        nlp,
        ("A study released Monday gave 11 states poor marks for failing to teach climate "
         "science.", "2024-09-26"),
        ("Seventeen states earned a D or an F in a study that graded how state schools "
         "teach climate science, raising a new question in the old quarrel. Nine states got "
         "A's.", "2024-09-27"),
    )  # fmt: skip
    assert found == []
    # Said of the figure itself, a revision still links two kinds of count.
    found = _kinds(
        nlp,
        ("At least 1,200 residents were displaced by the floods.", "2024-03-16"),
        ("1,650 residents had now registered as displaced, officials said.", "2024-03-19"),
    )
    assert found == [("update", [1200.0, 1650.0])]


def test_officials_of_two_pairs_of_nations_are_two_counts(nlp: Nlp) -> None:
    assert _kinds(
        nlp,
        ("Officials had slapped sanctions on more than two dozen Moldovan and Georgian officials.",
         "2024-03-17"),
        ("The bloc on Monday slapped sanctions on 21 Moldovan and Armenian officials.",
         "2024-03-17"),
    ) == []  # fmt: skip


def test_sums_of_money_of_one_kind_are_one_fact_whatever_the_verb(nlp: Nlp) -> None:
    brief = analyse(
        [
            make_article(
                "The hoard, $30,000 face value of gold coins stolen from the Granton Mint, "
                "matches the find. The couple also bought a boat for $12,000.",
                "a",
            ),
            make_article(
                "The coins sum in face value to $26,000. The couple spent $15,000 on a "
                "metal detector.",
                "b",
            ),
        ],
        nlp=nlp,
    )
    assert [(c.kind, c.subject) for c in brief.conflicts] == [
        ("contradiction", "face value, dollars")
    ]
    # Two kinds of sum are two facts: a fine is not a bail.
    assert (
        _kinds(
            nlp,
            ("Judge Ortiz set bail at $50,000 on Monday.", "2024-02-05"),
            ("Judge Ortiz imposed a fine of $40,000 on Monday.", "2024-02-05"),
        )
        == []
    )


def test_a_population_is_a_count_of_people(nlp: Nlp) -> None:
    assert (3.9e6, "people") in figures(
        nlp, "Some 70 percent of Granton's 3.9 million population is Lutheran."
    )
    assert (5000.0, "people") in figures(nlp, "He lives in Varn, population 5000, the capital.")


def test_each_figure_takes_the_places_of_its_own_clause() -> None:
    text = (
        "The dead included 71 people in Kesh province and 41 people who drowned in nearby "
        "Rook province."
    )
    figures = [text.index("71"), text.index("41")]
    places = [(text.index("Kesh"), "kesh"), (text.index("Rook"), "rook")]
    assert clause_places(text, figures, places, figures[0]) == {"kesh"}
    assert clause_places(text, figures, places, figures[1]) == {"rook"}
    # A clause that names no place is told of the sentence's places.
    aside = "At least 53 people, including 20 children, died in Kesh province."
    at = [aside.index("53"), aside.index("20")]
    assert clause_places(aside, at, [(aside.index("Kesh"), "kesh")], at[0]) == {"kesh"}
    # Figures with no joining word between them share one clause.
    one = "Six people including four children were hurt in Kesh."
    at = [one.index("Six"), one.index("four")]
    assert clause_places(one, at, [(one.index("Kesh"), "kesh")], at[0]) == {"kesh"}


def test_a_figure_told_in_a_place_is_of_that_place_alone() -> None:
    text = (
        "The storm has taken more than 60 lives across the north, among them 14 in Kesh "
        "and a handful in Rook, Varn and Tolm."
    )
    at = [text.index("60"), text.index("14")]
    names = ["north", "Kesh", "Rook", "Varn", "Tolm"]
    places = [(text.index(n), n.casefold()) for n in names]
    assert clause_places(text, at, places, at[1]) == {"kesh"}
    assert clause_places(text, at, places, at[0]) == {"north"}
    # A place joined to the first with no phrase of its own is one more of the figure's.
    both = "It killed 14 people in Kesh and neighbouring Rook."
    places = [(both.index("Kesh"), "kesh"), (both.index("Rook"), "rook")]
    assert clause_places(both, [both.index("14")], places, both.index("14")) == {"kesh", "rook"}


def test_a_later_toll_told_in_one_place_of_a_list_updates_that_place(nlp: Nlp) -> None:
    """Invented wires: one place's toll, then a regional toll naming the place's share."""
    kinds = _kinds(
        nlp,
        ("In Moldova, nine people died of the frost over the weekend.", "2024-11-20"),
        (
            "The freeze has taken over 60 lives in Europe, 14 of them in Moldova and a "
            "handful in Serbia, Greece and Spain.",
            "2024-11-22",
        ),
    )
    assert ("update", [9.0, 14.0]) in kinds


def test_tolls_of_two_provinces_in_one_sentence_are_not_one_toll(nlp: Nlp) -> None:
    """Invented wires: one sentence gives the toll of two provinces; another report gives
    one province's and a third the other's.  Each toll is compared only with its own."""
    first = make_article(
        "The fatalities included 72 people who died in landslides on Albay island and 44 "
        "people who drowned in nearby Sorsogon province, officials said.",
        "a",
        published="2024-10-25",
    )
    second = make_article(
        "Some 55 people were killed in landslides on Albay island, officials said.",
        "b",
        published="2024-10-25",
    )
    third = make_article(
        "Thirty-eight people died in nearby Sorsogon province, officials said.",
        "c",
        published="2024-10-25",
    )
    brief = analyse([first, second, third], nlp=nlp)
    told = sorted(sorted(float(s.value) for s in c.sides) for c in brief.conflicts)
    assert told == [[38.0, 44.0], [55.0, 72.0]]


def test_a_narrower_part_is_no_term_of_a_sum(nlp: Nlp) -> None:
    """Invented reports: "two children injured" and "one child taken to hospital" are two
    counts of which the second is among the first, not 2 + 1 = 3 injured."""
    told = _kinds(
        nlp,
        ("Nine people including three children were hurt in Kesh on Monday.", "2024-05-06"),
        (
            "Nine people, including two children, were hurt in Kesh on Monday. One child "
            "was taken to hospital in stable condition.",
            "2024-05-06",
        ),
    )
    assert ("framing", [1.0, 2.0, 3.0]) not in told
    assert ("contradiction", [2.0, 3.0]) in told
