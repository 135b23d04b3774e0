"""Quotes read from the blind dev19 set at stop 57: a wire dateline kept out of the lead's
parse (the lead's opening phrase hung on the dateline's city, which then "said" its words)."""

from __future__ import annotations

import pytest
from builders import said_in

from newsbrief.backends.nlp import Nlp


@pytest.fixture(scope="module")
def nlp() -> Nlp:
    return Nlp()


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
        "Ilse Varga wrote a memo the day after the meeting. Varga quotes another member of the "
        "city team as telling the builders: “We need to know if you will use our land.”"
    )
    assert said_in(nlp, text) == {"We need to": "another member"}


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("Rell", "normally a calm and polite witness"),
        ("Pellworth", "normally a calm and unerringly polite witness"),  # tagged a place
    ],
)
def test_a_description_between_dashes_is_not_the_speaker(
    nlp: Nlp, name: str, description: str
) -> None:
    text = (
        f"Warden asked him again. At that {name} — {description} — exploded: "
        "“We feel strongly that the depot is a separate matter!”"
    )
    assert said_in(nlp, text) == {"We feel strongly": name}


def test_he_after_a_subject_named_in_apposition_is_that_subject(nlp: Nlp) -> None:
    # Not the president named in the relative clause inside the apposition.
    text = (
        "The Kestrian finance minister, Pavel Dorn, who was greeted with cheers when he "
        "announced the re-election of President Anton Vell, pledged new spending cuts. “We "
        "read the vote as a mandate to do what we said we would do,” he added."
    )
    assert said_in(nlp, text) == {"We read the": "Pavel Dorn"}
