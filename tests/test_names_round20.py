"""Names read from the blind dev19 set at stop 57: a people's noun glued before a name, an
outlet's acronym spelled out, a body's name opened by a place of three words, a firm's
holding form, and a telecom firm's type."""

from __future__ import annotations

import pytest
from builders import aliases, analyse, make_article, merged

from newsbrief.backends.nlp import Nlp
from newsbrief.story.names import core, fold


@pytest.fixture(scope="module")
def nlp() -> Nlp:
    return Nlp()


def _together(groups: dict[str, str], a: str, b: str) -> bool:
    return groups[fold(a)] == groups[fold(b)]


def test_a_peoples_noun_before_a_name_is_no_part_of_it(nlp: Nlp) -> None:
    first = (
        "Gunmen seized four engineers on Saturday. The Britons were working on a telephone "
        "network. The hostages are Britons Darren Hale and Ian Tross, and a New Zealander. "
        "Hale had been in the region since August. Hale's sister, Mona Hale, said the family "
        "was upset. Hale, who is single, lives with his parents."
    )
    second = "The hostages, Britons Darren Hale and Ian Tross, were seized on Saturday."
    found = aliases(nlp, first, second)
    assert found["Darren Hale"] == {"Darren Hale", "Hale"}
    assert "Britons Darren Hale" not in {a for names in found.values() for a in names}


def test_a_peoples_noun_alone_is_a_people_not_an_actor(nlp: Nlp) -> None:
    brief = analyse(
        [make_article("The Britons were freed on Monday. Briton Peter Ashe flew home.", "a")],
        nlp=nlp,
    )
    types = {e.name: e.type for e in brief.entities}
    assert types.get("Britons", "NORP") == "NORP"
    assert types["Peter Ashe"] == "PERSON"


def test_a_firm_named_after_a_people_keeps_its_name(nlp: Nlp) -> None:
    text = "Shoppers paid with American Express cards. American Express said fees would rise."
    names = {a for names in aliases(nlp, text).values() for a in names}
    assert "American Express" in names and "Express" not in names


def test_an_outlets_acronym_is_its_name_spelled_out() -> None:
    groups = merged({"BBC": "ORG", "British Broadcasting Corp.": "ORG"})
    assert _together(groups, "BBC", "British Broadcasting Corp.")


def test_a_two_letter_outlet_is_spelled_by_no_pair_of_words() -> None:
    groups = merged({"AP": "ORG", "Arden Partners": "ORG"})
    assert not _together(groups, "AP", "Arden Partners")


def test_a_body_opened_by_a_place_of_three_words_is_the_body() -> None:
    longer, short = (
        "New Harlow City Department of Consumer Affairs",
        "Department of Consumer Affairs",
    )
    groups = merged({longer: "ORG", short: "ORG", "New Harlow": "GPE"})
    assert _together(groups, longer, short)


def test_two_nations_bodies_leave_the_short_name_alone() -> None:
    names = {
        "Kestrian Foreign Office": "ORG",
        "Norlish Foreign Office": "ORG",
        "Foreign Office": "ORG",
        "Kestrian": "NORP",
        "Norlish": "NORP",
    }
    groups = merged(names)
    assert not _together(groups, "Foreign Office", "Kestrian Foreign Office")
    assert not _together(groups, "Foreign Office", "Norlish Foreign Office")


def test_a_houses_holding_form_is_the_house() -> None:
    assert core("Marlow's Holdings Inc.") == core("Marlow")
    assert core("Trevane's International PLC") == core("Trevane")
    assert core("Amnesty International") != core("Amnesty")


def test_a_telecom_firm_is_an_organisation(nlp: Nlp) -> None:
    text = (
        "The engineers were working for Granger Telecom, a British firm. Granger Telecom said "
        "it knew the region was dangerous."
    )
    brief = analyse([make_article(text, "a")], nlp=nlp)
    assert {e.name: e.type for e in brief.entities}["Granger Telecom"] == "ORG"
