"""Quotes read from the blind dev19 set at stop 57: a wire dateline kept out of the lead's
parse (the lead's opening phrase hung on the dateline's city, which then "said" its words),
someone a memo or a book quotes "as telling" or "as describing", words "in the words of" a
name, a description between dashes made the subject, "he" after a subject named in
apposition, and words "by saying" or "after saying" them."""

from __future__ import annotations

import pytest
from builders import said_in

from newsbrief.backends.nlp import Nlp


@pytest.mark.parametrize(
    "dateline",
    [
        "VARNO, Kestria (AP) — ",
        "VARNO (AP) -- ",
        "PORT ELLEN, Kestria — ",
        "VARNO, May 7 (Xinhua) -- ",
    ],
)
def test_a_dateline_does_not_speak_for_the_lead(nlp: Nlp, dateline: str) -> None:
    text = (
        f"{dateline}Praising the mayor as “a builder of bridges and a friend to all,” the "
        "council renamed the square on Sunday."
    )
    assert said_in(nlp, text) == {"a builder of": "council"}


def test_a_dateline_is_a_sentence_of_its_own(nlp: Nlp) -> None:
    doc = nlp.parse("VARNO, Kestria (AP) — The council renamed the square.\n\nIt met again.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == [
        "VARNO, Kestria (AP) —",
        "The council renamed the square.",
        "It met again.",
    ]


def test_a_memo_quoting_someone_as_telling_gives_their_words(nlp: Nlp) -> None:
    text = (
        "Ilse Varga filed a note on the site visit. Her note quotes a planner from the harbour "
        "board as warning the crews: “Nothing gets poured until the soil report is back.”"
    )
    assert said_in(nlp, text) == {"Nothing gets poured": "a planner"}


def test_a_book_quoting_someone_as_describing_gives_their_words(nlp: Nlp) -> None:
    text = (
        "The history of the ferry line quotes Tomas Rell, its first skipper, as describing "
        "the winter crossings as “cold enough to freeze the ropes stiff.”"
    )
    assert said_in(nlp, text) == {"cold enough to": "Tomas Rell"}


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board argues that the survey was a way for the crews to “buy time and "
        "move the goalposts,” in the words of Ilse Varga, the board's engineer.",
        "The levy was, in the words of Ilse Varga, “a gift to the ferry and a fine on the rest.”",
    ],
)
def test_words_in_the_words_of_someone_are_theirs(nlp: Nlp, text: str) -> None:
    assert list(said_in(nlp, text).values()) == ["Ilse Varga"]


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("Rell", "usually the quietest man on the board"),
        ("Pellworth", "usually the quietest voice on the harbour board"),  # tagged a place
    ],
)
def test_a_description_between_dashes_is_not_the_speaker(
    nlp: Nlp, name: str, description: str
) -> None:
    text = (
        f"The chair pressed him once more. At this {name} — {description} — snapped: "
        "“The ferry is no concern of this survey at all!”"
    )
    assert said_in(nlp, text) == {"The ferry is": name}


def test_he_after_a_subject_named_in_apposition_is_that_subject(nlp: Nlp) -> None:
    # Not the president named in the relative clause inside the apposition.
    text = (
        "The Kestrian harbour minister, Pavel Dorn, who was cheered when he stood beside "
        "President Anton Vell at the launch, promised three more boats. “The islands have "
        "waited long enough for a daily crossing,” he added."
    )
    assert said_in(nlp, text) == {"The islands have": "Pavel Dorn"}


@pytest.mark.parametrize(
    "text",
    [
        "Officials met.\n\nUNICEF — which runs the camp — said: “Children are going hungry now.”",
        "UNICEF — which runs the camp — said: “Children are going hungry now.”",
    ],
)
def test_capitals_set_off_by_two_dashes_are_no_dateline(nlp: Nlp, text: str) -> None:
    # (The alias table names UNICEF in full since stop 59.)
    assert said_in(nlp, text) == {"Children are going": "United Nations Children's Fund"}


@pytest.mark.parametrize(
    ("opening", "wrong"),
    [
        ("In Paris — a city of two million — residents", "Paris"),
        ("On Monday — a day of rain — a spokesman", "Monday"),
    ],
)
def test_a_place_or_day_before_dashes_says_nothing(nlp: Nlp, opening: str, wrong: str) -> None:
    text = f"{opening} said: “We are tired of the noise at night.”"
    assert said_in(nlp, text)["We are tired"] != wrong


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Harbour minister Pavel Dorn spoke for an hour. He did raise the chance of a long "
            "strike by saying the town now has “a rare chance to show how we could settle "
            "this together.”",
            "a rare chance",
        ),
        (
            "Pavel Dorn ended the meeting early. After saying “there is nothing more to "
            "discuss today,” he walked out.",
            "there is nothing",
        ),
    ],
)
def test_by_saying_gives_the_words_to_the_clauses_subject(nlp: Nlp, text: str, key: str) -> None:
    assert said_in(nlp, text) == {key: "Pavel Dorn"}


def test_without_saying_gives_no_words(nlp: Nlp) -> None:
    text = "Pavel Dorn left without saying “a single word to any of the crews.”"
    assert said_in(nlp, text).get("a single word") != "Pavel Dorn"


def test_a_peoples_adjective_is_not_who_he_is(nlp: Nlp) -> None:
    text = (
        "Harbour minister Pavel Dorn spoke first. He noted that the heads of nine Latin "
        "American ports had signed the pact. He then raised the chance of a strike by saying "
        "the town now has “a rare chance to settle this together.”"
    )
    assert said_in(nlp, text) == {"a rare chance": "Pavel Dorn"}
