"""Names found reading the blind dev14 alias misses at stop 53: a region of a known place is a
place, whatever the tagger typed it."""

from __future__ import annotations

from newsbrief.story.names import checked_type


def test_a_region_of_a_known_country_is_a_place() -> None:
    assert checked_type("Peninsular Malaysia", "ORG") == "GPE"
    assert checked_type("Northern Iraq", "ORG") == "GPE"
    assert checked_type("Greater Manchester", "PERSON") == "GPE"


def test_a_region_word_before_no_place_leaves_the_type() -> None:
    assert checked_type("Central Bank", "ORG") == "ORG"
    assert checked_type("Western Union", "ORG") == "ORG"
    assert checked_type("Southern Baptist Convention", "ORG") == "ORG"
