"""Quote speakers, round 16: rules from the blind dev14 set's misses, on invented text."""

from __future__ import annotations

from builders import said_in

from newsbrief.backends.nlp import Nlp


def test_a_given_name_and_a_surname_are_a_person_whatever_the_tagger_says(nlp: Nlp) -> None:
    # The small tagger reads "Kathy Fairbanks with the No" here as a work's title.
    said = said_in(
        nlp,
        'The result cheered the No side. "Read the fine print on 12 before you vote for it," '
        "Kathy Fairbanks with the No on 12 campaign, which skipped any election party, told "
        "reporters on Tuesday.",
    )
    assert said["Read the fine"] == "Kathy Fairbanks"


def test_said_and_a_name_before_a_comma_introduce_the_quote(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Two singers chipped in for a radio spot. And, said Varkan, “Mira’s team were phoning "
        "us all evening, asking how they could help out.” But it came far too late, she "
        "added.",
    )
    assert said["Mira’s team were"] == "Varkan"


def test_the_one_after_an_outlets_possessive_speaks_not_the_outlet(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Anyone noticing? Even the Harlow Times’ Pia Sundqvist described “Frost Line” as “the "
        "drowsiest, most bloodless sequel about a girl and the ghost she, like, adores.” Anyone "
        "noticing a pattern?",
    )
    assert said["the drowsiest, most"] == "Pia Sundqvist"


def test_a_title_keeps_its_of_and_bare_noun(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The mayor's chief of staff told reporters “nobody on this floor ever kept a list of "
        "names for the seat.” A lawyer for Dora Quince told them “she never saw any list.”",
    )
    assert said["nobody on this"] == "mayor's chief of staff"
    assert said["she never saw"] == "a lawyer"  # not who the lawyer is for


def test_a_subject_then_said_and_a_weekday_is_no_inverted_attribution(nlp: Nlp) -> None:
    # From a review of this stop's rules: only "And, said X," reads the name after the verb.
    said = said_in(
        nlp,
        "Tensions rose overnight. The U.S. said Friday, “We will answer at a time we choose.”",
    )
    assert said["We will answer"] == "United States"


def test_a_listed_thing_that_opens_with_a_given_name_is_no_one(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dana Ruiz has not slept since the girl vanished. Police sent Amber Alert notices to "
        "phones. “Please bring her home,” she said.",
    )
    assert said["Please bring her"] == "Dana Ruiz"
