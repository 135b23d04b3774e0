"""Quotes and names read from the blind dev24 set at stop 60: a lone given name ("Pavel, 4,
“was scared,” she said") is a he or a she as the table says, so "she" is not the boy; a
study's findings are its words ("The survey found that ..., “...”"); a list of quoted points
below "The report makes these claims:" is the report's, and the line before it is prose,
not a label; "Tarnby Township" is "Tarnby"."""

from __future__ import annotations

import pytest
from builders import aliases, said_in, speakers

from newsbrief.backends.nlp import Nlp


@pytest.fixture(scope="module")
def nlp() -> Nlp:
    return Nlp()


def test_she_is_not_a_boy_named_by_his_given_name_alone(nlp: Nlp) -> None:
    text = (
        "“It's like a carnival,” said Mira Tollak after watching the boats with her two sons."
        "\n\nDaniel, 4, “was a little frightened,” she said, but Joseph, 9, was proud of the "
        "harbour."
    )
    assert set(said_in(nlp, text).values()) == {"Mira Tollak"}


def test_a_given_name_that_is_also_a_surname_here_decides_nothing(nlp: Nlp) -> None:
    # "Daniel" is the surname of "Ruth Daniel": she may be "she".
    text = (
        "Ruth Daniel opened the new ferry office on Monday.\n\n"
        "Daniel, the harbour clerk, “was never once late,” she said of the old ferry."
    )
    assert set(said_in(nlp, text).values()) == {"Ruth Daniel"}


def test_a_surveys_findings_are_its_words(nlp: Nlp) -> None:
    text = (
        "A survey by Harlow Ratings Inc. gave the port a low mark. The survey found that "
        "repair costs rose, “suggesting that the owners may have badly misjudged the job.”"
    )
    assert list(said_in(nlp, text).values()) == ["Harlow Ratings Inc."]
    # Police who find a boat say nothing by it.
    text = "Police found the boat drifting, “with nobody at all on board,” Sgt. Ann Lowe said."
    assert list(said_in(nlp, text).values()) == ["Ann Lowe"]


def test_a_list_of_quoted_points_is_said_by_who_introduced_it(nlp: Nlp) -> None:
    text = (
        "A report released Tuesday by the Harbour Law Center said the ports are failing "
        "their workers.\n\nThe report makes these claims:\n\n"
        "--Tarn: “Docks and cranes continue to rust with nobody paid to repair them.”\n\n"
        "--Vell: The city “has made a real effort to sell the old piers to builders” and is "
        "trying to close the yard."
    )
    assert speakers(nlp, text) == ["Harbour Law Center", "Harbour Law Center"]


def test_a_list_below_prose_with_no_colon_has_no_speaker_from_above(nlp: Nlp) -> None:
    text = (
        "The port board met on Monday.\n\nThe mayor spoke for an hour about the budget "
        "and the docks.\n\n--Tarn: “Docks and cranes continue to rust with nobody paid to "
        "repair them.”"
    )
    assert speakers(nlp, text) == [None]


def test_a_township_is_its_town(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "Tarnby Township, N.J., banned phones at the wheel on Monday. Tarnby police said "
        "drivers would be fined. The Tarnby council voted 4 to 1.",
    )
    assert {"Tarnby", "Tarnby Township"} in found.values()


def test_the_line_above_a_list_of_quoted_points_is_kept_as_prose() -> None:
    from newsbrief.read.clean import clean_text

    body = (
        "The harbour report released on Monday found the docks of five towns in poor repair "
        "and said the towns had spent little on them for a decade."
    )
    intro = "The report makes these claims:"
    item = "--Tarn: “Docks and cranes continue to rust with nobody paid to repair them.”"
    text = clean_text(f"{body}\n\n{intro}\n\n{item}\n", label_max_words=12)
    assert intro in text and item in text
    # A short line before a list of links is still a label.
    links = clean_text(f"{body}\n\nMore from the city desk:\n\n- Ferry times\n", label_max_words=12)
    assert "More from the city desk" not in links
