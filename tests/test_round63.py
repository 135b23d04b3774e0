"""Stop 63 (invented text, modelled on what the blind sets quotes dev29 and aliases dev29
showed the tool missing): a role named or identified by a word the tagger does not call a
person speaks by that name, "as X put it" says, a body's initials spell its misspelt name
too, initials written as a word ("Nmsa") are a body's, a county goes by its bare name, and
charges of one kind are among a count of charges of every kind (conflicts dev_s)."""

from __future__ import annotations

from builders import aliases, conflicts_in, said_in

from newsbrief.backends.nlp import Nlp


def test_a_role_named_with_a_word_that_is_also_a_nationality_speaks_by_it(nlp: Nlp) -> None:
    text = (
        "As the pilot flew off, a lieutenant colonel named Dane said: “It is a steady pace "
        "for all of us here and we like it.”"
    )
    assert said_in(nlp, text)["It is a"] == "Dane"


def test_a_man_identified_only_by_a_quoted_name_speaks_by_it(nlp: Nlp) -> None:
    text = (
        "Protesters marched again.\n\nAnother man, identified only as “Falcon,” told the "
        "Courier after touring the city, “We could hear firing every 15 minutes, I do not "
        "know from where really.”"
    )
    assert said_in(nlp, text)["We could hear"] == "Falcon"
    # What a speaker was identified as is no name ("a local").
    text = 'A driver identified as "a local" told the Courier: "We could hear it all night."'
    assert said_in(nlp, text)["We could hear"] == "a driver"


def test_as_a_name_put_it_says(nlp: Nlp) -> None:
    text = (
        "That is because, as Navy Adm. Orrin Vale, commander of the fleet, put it, “I have "
        "never seen a greater worry from the region than now.”"
    )
    assert said_in(nlp, text)["I have never"] == "Orrin Vale"
    # Not a thing put somewhere: the quote's own say-verb speaks.
    text = (
        "Ana Vell put it on the table. “I have never seen a greater worry from the region "
        "than now,” Ben Oakes said."
    )
    assert said_in(nlp, text)["I have never"] == "Ben Oakes"


def test_a_quote_a_name_described_is_theirs(nlp: Nlp) -> None:
    text = '"It was one of those rare moments in a career," Keyes described.'
    assert said_in(nlp, text)["It was one"] == "Keyes"
    # Describing a thing says nothing: the quote's own say-verb speaks.
    text = (
        "Keyes described the scene as calm. “We found nothing at the site at all,” said Ana Vell."
    )
    assert said_in(nlp, text)["We found nothing"] == "Ana Vell"


def test_initials_spell_a_body_and_its_misspelt_name_as_one(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "The Federal Election Commission fined the group on Monday.",
        "The Federal Elections Commission said the fine was fair. The FEC rarely acts.",
    )
    assert found == {
        "Federal Elections Commission": {
            "Federal Election Commission",
            "Federal Elections Commission",
            "FEC",
        }
    }


def test_initials_written_as_a_word_are_the_body_they_spell(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "The Northern Maritime Safety Authority led the search on Monday.",
        "Nmsa said the search area had moved. An Nmsa spokesman said planes would fly again.",
    )
    assert found["Northern Maritime Safety Authority"] == {
        "Northern Maritime Safety Authority",
        "Nmsa",
    }


def test_a_county_goes_by_its_bare_name_but_not_a_town_of_the_same_name(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "Officials in Palm Beach County began a recount on Monday.",
        "Voters in Palm Beach waited for hours.",
    )
    assert found["Palm Beach County"] == {"Palm Beach", "Palm Beach County"}
    # "Elkhart, Ind." is the town, not Elkhart County.
    found = aliases(
        nlp,
        "The fair in Elkhart County drew crowds.",
        "Police in Elkhart, Ind., closed a road. Elkhart is a small city.",
    )
    assert found["Elkhart County"] == {"Elkhart County"}
    # Nor is a place with a police department of its own: a county has a sheriff.
    found = aliases(
        nlp,
        "The fair in Orwell County drew crowds.",
        "She drove straight to Orwell. The Orwell Police Department said she was calm.",
    )
    assert found["Orwell County"] == {"Orwell County"}


def test_charges_of_one_kind_are_among_the_charges_of_every_kind(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("A jury found Orlo Brand guilty on three charges of attempted murder.", "2014-02-16"),
        ("Jurors found Orlo Brand guilty on four of five charges for the shooting.", "2014-02-16"),
    )
    assert [(kind, values) for kind, _, values in found] == [("framing", [3.0, 4.0])]
    # Two counts of one kind told two ways still clash.
    found = conflicts_in(
        nlp,
        ("A jury found Orlo Brand guilty on three charges of attempted murder.", "2014-02-16"),
        ("Jurors found Orlo Brand guilty on four charges of attempted murder.", "2014-02-16"),
    )
    assert [(kind, values) for kind, _, values in found] == [("contradiction", [3.0, 4.0])]


def test_a_quote_paragraph_after_an_attribution_with_a_participle_goes_on(nlp: Nlp) -> None:
    text = (
        "Sefik has family in the north.\n\n“The conditions for a collapse of the regime are "
        "there,” Sefik said, noting the resignations of envoys, the mission to the United "
        "Nations distancing itself from the leader, and even the flying of the old flag at the "
        "embassy in Rome.\n\n“All of these are signs that the power base of the regime is "
        "slowly crumbling.”\n\n“When tribes can reach the oil fields near them, that is another "
        "source of weakness.”"
    )
    said = said_in(nlp, text)
    assert said["All of these"] == said["When tribes can"] == "Sefik"
