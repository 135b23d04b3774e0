"""Names and speakers read from the blind dev20 set at stop 58: an Arabic surname's kin word
("bin") or article ("el") stays with the surname, at a sentence's start or inside it, and a
surname so told is the person's whatever the tagger typed it; a surname with its kin word is
no fuller name than the full one; "Olov" and "Olof", "Dahlberg" and "Dalberg" are one
name's spellings; a name given an age is a person's; "the newspaper" is the outlet whose own
name calls it a daily."""

from __future__ import annotations

import pytest
from builders import aliases, analyse, make_article, merged, speakers

from newsbrief.backends.nlp import Nlp
from newsbrief.models import Mention
from newsbrief.story.entities import merge_entities


@pytest.fixture(scope="module")
def nlp() -> Nlp:
    return Nlp()


def test_a_kin_word_stays_with_its_surname(nlp: Nlp) -> None:
    first = (
        "The exiled financier Yasir bin Hamdan was indicted on Tuesday, prosecutors said. "
        "Bin Hamdan, believed to be in hiding, denies the charges. Prosecutors say bin Hamdan "
        "paid the cell."
    )
    second = (
        "A court heard that bin Hamdan's network ran front companies. Officials said bin "
        "Hamdan had met the accused."
    )
    found = aliases(nlp, first, second)
    # The full name names the person, though the sources use the surname far more.
    assert "Yasir bin Hamdan" in found
    assert {"bin Hamdan", "Bin Hamdan", "Yasir bin Hamdan"} == found["Yasir bin Hamdan"]


def test_a_surname_with_its_article_is_the_person_whatever_its_tag(nlp: Nlp) -> None:
    text = (
        "A Texas man named Karim el Sayed sold the rifles, investigators said. Last month, el "
        "Sayed was arrested. Prosecutors said el Sayed had met the cleric twice. Investigators "
        "followed a tip about el Sayed's contacts."
    )
    found = aliases(nlp, text)
    assert found["Karim el Sayed"] == {"Karim el Sayed", "el Sayed"}


def test_a_surname_with_its_article_tagged_a_group_is_still_the_person() -> None:
    text = "A man named Karim el Sayed sold rifles. Agents tracked el Sayed for a year."
    article = make_article(text, "a")
    at, alone = text.index("Karim el Sayed"), text.index("el Sayed for")
    mentions = [
        Mention("a", at, at + len("Karim el Sayed"), "Karim el Sayed", "PERSON"),
        Mention("a", alone, alone + len("el Sayed"), "el Sayed", "ORG"),
        Mention("a", alone, alone + len("el Sayed"), "el Sayed", "ORG"),
    ]
    (entity,) = merge_entities([article], mentions)
    assert (entity.name, entity.type) == ("Karim el Sayed", "PERSON")


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        ("Mats Torfsson", "Mats Torvsson", "PERSON"),
        ("Olof Brandt", "Olov Brandt", "PERSON"),
        ("Dahlberga Hospital", "Dalberga Hospital", "ORG"),
    ],
)
def test_one_name_spelt_two_countries_ways_is_one(a: str, b: str, label: str) -> None:
    groups = merged({a: label, b: label})
    assert len(set(groups.values())) == 1


def test_a_surname_one_letter_longer_is_still_another_person() -> None:
    groups = merged({"John Johnson": "PERSON", "John Johnston": "PERSON"})
    assert len(set(groups.values())) == 2


def test_a_name_given_an_age_is_a_persons(nlp: Nlp) -> None:
    text = (
        "Fifteen-year-old Hana Kessler and her sister, 17-year-old Lirien, both died in the "
        "fire, and another sister, Taveli, 13, is in hospital. Lirien had escaped the hall "
        "but went back in."
    )
    brief = analyse([make_article(text, "a")], nlp=nlp)
    types = {e.name: e.type for e in brief.entities}
    assert types["Lirien"] == "PERSON"
    assert types["Taveli"] == "PERSON"


def test_the_newspaper_is_the_daily_named_before(nlp: Nlp) -> None:
    text = (
        "The Harbour Sports Daily said the team had trained for three weeks. The squad will "
        "play without veterans Ana Bell and Joan Tey, the Kesh Youth Daily said. “This shows "
        "the squad has finished its handover from old to new,” the newspaper said."
    )
    assert speakers(nlp, text)[-1] == "Kesh Youth Daily"


def test_a_name_turned_round_is_one_person() -> None:
    assert len(set(merged({"Varga Istvan": "PERSON", "Istvan Varga": "PERSON"}).values())) == 1
    # Two given names either way round may be two people.
    assert len(set(merged({"Maria Jose": "PERSON", "Jose Maria": "PERSON"}).values())) == 2


def test_a_group_named_with_an_article_is_no_surname_of_itself() -> None:
    text = "Al Barqa claimed the attack. Officials blamed Al Barqa. Al Barqa denied it."
    article = make_article(text, "a")
    starts = [i for i in range(len(text)) if text.startswith("Al Barqa", i)]
    labels = ["ORG", "ORG", "PERSON"]
    mentions = [
        Mention("a", s, s + 8, "Al Barqa", lab) for s, lab in zip(starts, labels, strict=True)
    ]
    (entity,) = merge_entities([article], mentions)
    assert entity.type == "ORG"


def test_a_royal_by_his_given_name_is_the_royal(nlp: Nlp) -> None:
    text = (
        "The intelligence chief, Prince Tarek bin Faris, met the council on Monday. The "
        "council refused Prince Tarek's request. Officials said Prince Tarek was disappointed."
    )
    found = aliases(nlp, text)
    assert found["Tarek bin Faris"] == {"Tarek bin Faris", "Tarek"}
