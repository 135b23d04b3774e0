"""Quotes read from the blind dev21 and dev22 sets at stop 59: a name that only modifies the
second of two joined roles ("the Tory governor and Moreland supporter") is not the speaker;
the role goes to the governor the article named last, not to one named before with a party;
"X should act, he noted" keeps "he" the one the sentences before were about, with the name
"X" only the subject of what he noted; "the group said" is the body the article called a
group; a say-verb with a thing for its subject inside what a person said gives the quote to
the person."""

from __future__ import annotations

import pytest
from builders import said_in, speakers
from spacy.tokens import Span

from newsbrief.article.people_named import People
from newsbrief.backends.nlp import Nlp


@pytest.fixture(scope="module")
def nlp() -> Nlp:
    return Nlp()


def test_a_name_modifying_a_second_role_is_not_the_speaker(nlp: Nlp) -> None:
    text = (
        "Governor Hal Brenner spoke in Orem on Thursday. “It is still a vote. People still "
        "have a say,” the Tory governor and Moreland supporter said."
    )
    assert list(said_in(nlp, text).values()) == ["Hal Brenner"]


def test_the_party_role_goes_to_the_governor_named_last(nlp: Nlp) -> None:
    """The story's one "Tory Gov." spoke in an earlier paragraph; the governor the article
    named right before the quote is meant."""
    text = (
        "Tory Gov. Piet Moreland of Kesh campaigned on Monday. In Orem, Gov. Hal Brenner "
        "welcomed the early vote. “People still have a say,” the Tory governor said Thursday."
    )
    assert speakers(nlp, text)[-1] == "Hal Brenner"


def test_a_name_inside_what_he_noted_is_not_who_he_is(nlp: Nlp) -> None:
    text = (
        "Reverend Lyle Dunmore toured two clinics in Harwick on Sunday and spoke to the "
        "staff there for an hour. “The state must restore order,” he said after the visit. "
        "President Omar Tessaly should act at once to stop the bloodshed that has scared "
        "investors away, he noted. “It is time to heal. One nation!” he told the crowd."
    )
    assert set(said_in(nlp, text).values()) == {"Lyle Dunmore"}


def test_the_group_is_the_body_called_a_group(nlp: Nlp) -> None:
    text = (
        "HARWICK (Wire) -- Accusing the regional council of neglect, the Tessian branch of "
        "the relief group Medics Abroad said Monday it was leaving Harwick. Medics Abroad "
        "“can no longer work under these conditions,” the group said in a statement. The "
        "group said its staff had been “witnesses to daily threats.”"
    )
    assert speakers(nlp, text) == ["Medics Abroad", "Medics Abroad"]


def test_a_things_verb_inside_what_a_person_said_is_the_persons_quote(nlp: Nlp) -> None:
    text = (
        "The prize confirms “the basic right of ordinary people” to shelter and care, said "
        "Dr. Lena Ortiz, president of the clinic."
    )
    assert list(said_in(nlp, text).values()) == ["Lena Ortiz"]


def test_a_persons_verb_inside_what_another_said_stays_theirs(nlp: Nlp) -> None:
    text = "Lena Ortiz said Pavel Tarn told her, “I did nothing wrong.”"
    assert list(said_in(nlp, text).values()) == ["Pavel Tarn"]


def test_a_person_introduced_with_an_apposition_tells_her_own_account(nlp: Nlp) -> None:
    text = (
        "Ravi Dunn said the lobby filled with officers within minutes. “It was a shock,” he "
        "said. Ana Sol, a nurse, was on the first floor at a party when officers burst in "
        "and told everyone to leave, she said. “There is a sign on the door,” she said."
    )
    assert speakers(nlp, text)[-1] == "Ana Sol"


def test_a_word_before_an_acronym_does_not_make_it_a_body_of_that_kind(nlp: Nlp) -> None:
    """ "the fees of a bank ATM": no ATM is "the bank" that speaks."""
    text = (
        "Customers pay twice when they use a bank ATM owned by another lender. Tessian "
        "lenders want to charge more. TBK “may stop serving those customers,” the bank "
        "noted in a filing."
    )
    assert speakers(nlp, text)[-1] != "ATM"


def test_a_name_opened_by_a_preposition_is_no_person(nlp: Nlp) -> None:
    """The tagger may take "Without Borders" of an aid group's name for a person; "she said"
    after it is still the woman named before."""
    text = "Pilots Without Borders has saved many lives in Tessia, she said."
    doc = nlp.parse(text)
    doc.ents = [Span(doc, 1, 3, label="PERSON")]  # "Without Borders", as the tagger once did
    assert [name for _, _, name in People(doc).found] == []
