"""Names found reading the blind set real_aliases_dev7 (stop 39): "U.N." written out, a dotted
abbreviation's letters in an acronym, a long surname with a silent letter dropped, and a name
told without one inner word."""

from __future__ import annotations

from builders import merged

from newsbrief.article.name_scan import acronyms_of
from newsbrief.story.names import core, fold


def test_the_un_written_out_is_one_name_and_the_us_stays_initials() -> None:
    assert core("U.N. Refugee Fund") == core("United Nations Refugee Fund")
    assert core("UN Refugee Fund") == core("United Nations Refugee Fund")
    # "U.S. Senate" keeps its initials, which the rule for a country's bodies reads.
    assert core("U.S. Senate") == "ussenate"


def test_a_dotted_abbreviation_gives_all_its_letters_to_an_acronym() -> None:
    assert "USAID" in acronyms_of("U.S. Agency for International Development")
    found = merged({"USAID": "ORG", "U.S. Agency for International Development": "ORG"})
    assert found["usaid"] == found[fold("U.S. Agency for International Development")]


def test_a_long_surname_with_a_silent_letter_dropped_is_still_the_person() -> None:
    found = merged({"Kim Lehmkuhl": "PERSON", "Lehmkul": "PERSON"})
    assert found["lehmkul"] == found["kim lehmkuhl"]
    # Another consonant dropped is another name.
    found = merged({"Bill Johnston": "PERSON", "Johnson": "PERSON"})
    assert found["johnson"] != found["bill johnston"]


def test_a_name_told_without_one_inner_word_is_the_longer_name() -> None:
    found = merged({"Kesh State Board of Education": "ORG", "Kesh Board of Education": "ORG"})
    assert found["kesh board of education"] == found["kesh state board of education"]
    found = merged({"McArdle Booth Road": "FAC", "McArdle Road": "FAC"})
    assert found["mcardle road"] == found["mcardle booth road"]
    # Two longer names that shorten alike leave the short one alone.
    found = merged(
        {"Kesh State Board of Education": "ORG", "Kesh City Board of Education": "ORG",
         "Kesh Board of Education": "ORG"}
    )  # fmt: skip
    assert found["kesh board of education"] not in (
        found["kesh state board of education"],
        found["kesh city board of education"],
    )
