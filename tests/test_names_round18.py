"""Names read from the dev misses at stop 55: a building's name the tagger ran on into the
place it stands in ("the Palm Cove Hotel on St. Croix") ends with the building's word."""

from __future__ import annotations

import pytest
from builders import found_mentions

from newsbrief.backends.nlp import Nlp
from newsbrief.story.names import checked_type


def test_a_building_name_ends_before_the_place_it_stands_in(nlp: Nlp) -> None:
    text = (
        "Still, said Elena Marsh, general manager of the Palm Cove Hotel on St. Croix, "
        "tourists will come back."
    )
    names = {m.text for m in found_mentions(nlp, text)}
    assert "Palm Cove Hotel" in names
    assert not any("Croix" in n and "Hotel" in n for n in names)


def test_a_body_named_with_on_keeps_its_whole_name(nlp: Nlp) -> None:
    text = "The Council on Foreign Relations met in the city on Monday to hear the envoy."
    assert "Council on Foreign Relations" in {m.text for m in found_mentions(nlp, text)}


@pytest.mark.parametrize(
    ("name", "label", "kind"),
    [
        ("Palm Cove Hotel", "ORG", "FAC"),
        ("Kestrel Bay Resort", "PERSON", "FAC"),
        ("Palm Cove Hotels", "ORG", "ORG"),  # the chain
        ("Hotel", "ORG", "ORG"),
    ],
)
def test_a_hotel_is_a_building(name: str, label: str, kind: str) -> None:
    assert checked_type(name, label) == kind


def test_a_name_that_is_only_a_building_word_and_its_street_stays_whole(nlp: Nlp) -> None:
    text = "The Hotel on Vesey opened in 2015 and has 120 rooms."
    assert "Hotel on Vesey" in {m.text for m in found_mentions(nlp, text)}


def test_a_person_whose_surname_is_a_lodging_word_stays_a_person() -> None:
    assert checked_type("Dana Casino", "PERSON", alone=frozenset({"casino"})) == "PERSON"
    assert checked_type("Dana Casino", "PERSON") == "PERSON"
    assert checked_type("Lev Marsh Hotel", "PERSON") == "FAC"
