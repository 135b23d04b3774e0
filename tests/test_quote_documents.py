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
        "Rina Valdez filed a lawsuit against Tom Orlen last week. She alleges that the lease "
        "she signed is “void from the first page and binds nobody” because Orlen never dated "
        "it. The suit also charges that Orlen “tried to muzzle Ms. Valdez at each meeting.”",
    )
    assert said["void from the"] == "Rina Valdez"
    assert said["tried to muzzle"] == "Rina Valdez"


def test_a_lawsuit_is_its_owner_s_even_when_the_tagger_misses_the_surname(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Rina Valdez sued Tom Orlen on Monday. Valdez's lawsuit alleges that Orlen had "
        "“quietly opened a sham mediation file” on her behalf.",
    )
    assert said["quietly opened a"] == "Rina Valdez"


def test_an_agreement_speaks_its_terms_and_continuing_says_nothing(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Rina Valdez filed a lawsuit against Tom Orlen last week. Orlen had a shipping "
        "partnership with her that continued “far past the spring of 2011 and even later.” The "
        "nondisclosure agreement said each later quarrel would go to a mediator "
        "“as far as the statutes of Delaware allow.”",
    )
    assert said.get("far past the", "") != "partnership"
    assert said["as far as"] == "nondisclosure agreement"


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
        "Miriam Hollis wrote the report. The quarrel over fluoride “is not truly a question of "
        "chemistry, but of trust and money,” setting town dentists against those "
        "“who insist that fluoride never helped a single child.”",
    )
    assert said["is not truly"] == "Miriam Hollis"
    assert said["who insist that"] == "Miriam Hollis"


def test_a_name_between_two_quotes_of_a_sentence_keeps_them_apart(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Miriam Hollis wrote the report. The fight “is not truly a question of chemistry, but "
        "of votes,” setting dentists against Senator Mark Doyle, who “has never read the study "
        "at all.”",
    )
    assert said["has never read"] != "Miriam Hollis"


def test_an_indictment_by_a_state_office_is_the_office_s_not_the_state_s(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Ned Rook warned the tenant that the family would lose the flat, according to an "
        "indictment by the Vermont attorney general's office.\n\n"
        '"Rook and Vale suggested that the cash would keep the landlord from calling the '
        'police," the indictment says.',
    )
    assert said["Rook and Vale"] == "Vermont attorney general's office"


def test_a_message_posted_by_a_surname_the_tagger_missed_is_that_person_s(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Governor Scott Walker is running.\n\n"
        "A short Twitter message posted by Walker late Thursday said: “Count me in.”\n\n"
        "“I’m running again because this state needs a governor with grit,” said "
        "the message.",
    )
    assert said["I’m running again"] == "Scott Walker"


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
