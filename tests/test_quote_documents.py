"""Quote speakers found reading the Multi-News dev misses of stop 42: a lawsuit speaks for
whoever filed or owns it, under either name ("lawsuit", "suit"); a plaintiff alleges; an
agreement speaks its own terms; a relationship that "continued" says nothing; "who" after a
name is that person even where the parser hung it on a thing; and words quoted later in a
quote's sentence, no one named between, are that quote's speaker's."""

from __future__ import annotations

from builders import figures, said_in

from newsbrief.article.numbers import parse_number
from newsbrief.backends.nlp import Nlp


def test_a_plaintiff_alleges_and_a_suit_is_whoever_filed_it(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Rina Valdez filed a lawsuit against Tom Orlen on Tuesday. She alleges that the deal "
        "she signed is “null and void and of no consequence” because Orlen did not sign it. "
        "The suit also charges that Orlen “sought to silence Ms. Valdez at every turn.”",
    )
    assert said["null and void"] == "Rina Valdez"
    assert said["sought to silence"] == "Rina Valdez"


def test_a_lawsuit_is_its_owner_s_even_when_the_tagger_misses_the_surname(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Rina Valdez sued Tom Orlen on Monday. Valdez's lawsuit alleges that Orlen had "
        "“secretly started a bogus arbitration proceeding” against her.",
    )
    assert said["secretly started a"] == "Rina Valdez"


def test_an_agreement_speaks_its_terms_and_continuing_says_nothing(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Rina Valdez filed a lawsuit against Tom Orlen on Tuesday. Orlen had a business "
        "partnership with her that continued “well into the year 2007 and then beyond.” The "
        "nondisclosure agreement said any further dispute would be resolved by arbitration "
        "“to the greatest extent permitted by law.”",
    )
    assert said.get("well into the", "") != "partnership"
    assert said["to the greatest"] == "nondisclosure agreement"


def test_who_right_after_a_name_is_that_person(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Mayor Dana Pruitt sent a tweet quoting radio host Carl Brenner who said “the mayor "
        "is not getting the credit she deserves for the budget.”",
    )
    assert said["the mayor is"] == "Carl Brenner"


def test_a_half_billion_is_half_a_billion() -> None:
    assert parse_number("half-billion") == 5e8
    assert parse_number("a half million") == 5e5
    assert parse_number("one and a half million") == 1.5e6
    assert parse_number("0.5 million") == 5e5
    assert parse_number("a million") == 1e6


def test_a_half_billion_dollar_jackpot_is_half_a_billion_dollars(nlp: Nlp) -> None:
    found = figures(nlp, "A half-billion-dollar lottery jackpot drew long lines on Friday.")
    assert (5e8, "dollars") in found


def test_words_quoted_later_in_a_quote_s_sentence_are_its_speaker_s(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Lawrence Lerner wrote the report. The controversy over evolution “is not really about "
        "science, but about religion and politics,” pitting science educators against those "
        "“who assert that evolution has not taken place at all.”",
    )
    assert said["is not really"] == "Lawrence Lerner"
    assert said["who assert that"] == "Lawrence Lerner"


def test_a_name_between_two_quotes_of_a_sentence_keeps_them_apart(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Lawrence Lerner wrote the report. The fight “is not really about science, but about "
        "politics,” pitting teachers against Senator Mark Doyle, who “has never read the book "
        "at all.”",
    )
    assert said["has never read"] != "Lawrence Lerner"


def test_an_indictment_by_a_state_office_is_the_office_s_not_the_state_s(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Ned Rook told the husband that they would be deported, according to an indictment by "
        "the Maryland attorney general's office.\n\n"
        '"Rook and Vale indicated that the money would help ensure that they would not get '
        'deported," the indictment says.',
    )
    assert said["Rook and Vale"] == "Maryland attorney general's office"


def test_a_message_posted_by_a_surname_the_tagger_missed_is_that_person_s(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Governor Scott Walker is running.\n\n"
        "A Twitter message posted by Walker on Monday said: “I’m in.”\n\n"
        "“I’m running for president because Americans deserve a leader who will fight,” said "
        "the message.",
    )
    assert said["I’m running for"] == "Scott Walker"


def test_a_statement_a_role_issues_is_that_role_s(nlp: Nlp) -> None:
    # "The mayor issued a statement saying ...": the role that issued it speaks (a named one
    # already did), and a later quote of "the statement" is the same role's.
    said = said_in(
        nlp,
        "The mayor issued a statement saying, “All of us in this town feel great sympathy for "
        "the families.”\n\n"
        "The statement also said “the pier will reopen within the month.”",
    )
    assert said["All of us"] == "mayor"
    assert said["the pier will"] == "mayor"
