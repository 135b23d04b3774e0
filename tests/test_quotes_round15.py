"""Quote speakers, round 15: rules from the blind dev13 set's misses, on invented text."""

from __future__ import annotations

from builders import said_in

from newsbrief.backends.nlp import Nlp


def test_a_verb_of_calling_the_quote_hangs_on_speaks_before_a_say_verb_later(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dan Maris runs the Tarn fund, which takes money from its staff alone. The Harlow "
        "Ledger has called the fund “quite possibly the best cash engine in the whole "
        "county.” In his book, Ed Wiley, who interviewed Maris, describes his temper as "
        "that of a “chilly, patient gambler at a card table”; Maris told him that he never "
        "dreamt.",
    )
    assert said["quite possibly the"] == "Harlow Ledger"
    assert said["chilly, patient gambler"] == "Ed Wiley"


def test_he_who_published_is_not_the_one_his_sentence_accuses(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dan Maris runs the Tarn fund. Peter Ulrich, a chemist who worked for Maris for "
        "eleven years, was sent home for a month. Unbowed, he published a column in the "
        "Harlow Ledger, accusing Maris of “renting the candidate by the hour.” He warned, “Dan "
        "Maris now holds the county council in his pocket.”",
    )
    assert said["Dan Maris now"] == "Peter Ulrich"


def test_a_name_that_modifies_a_role_is_not_who_he_is(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dan Maris funds the campaign. Steve Brandt, the former Maris campaign aide "
        "who now works for the mayor, gave a talk to volunteers in February.\n\n"
        "The aim, he said, comes down to the “dismantling of the regulatory machine and "
        "its many rules.”",
    )
    assert said["dismantling of the"] == "Steve Brandt"


def test_a_name_the_parser_gave_to_a_participle_before_said_is_its_subject(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "North Tarn often makes bold threats that it never really acts upon. But Selmark's "
        "Chief Cabinet Secretary Kenji Umeda, responding to a journalist's query about the "
        'North Tarnese bulletin, said the bulletin "stokes tension across the whole region and '
        'cannot be tolerated."',
    )
    assert said["stokes tension across"] == "Kenji Umeda"


def test_it_said_after_the_committee_said_is_the_committee(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "A statement came from the Tarn Peace Committee on Friday.\n\n"
        "In its reply, the committee said the council should be “punished like a stray dog for "
        "its sanctions”.\n\n"
        "“Let’s turn the mainland to dust and leave it dark for good,” it said.",
    )
    assert said["Let’s turn the"] == said["punished like a"]
    assert "ommittee" in said["Let’s turn the"]


def test_according_to_a_role_after_the_quote_is_that_role(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Speaker Hal Ryland met the majority leader on Friday.\n\n"
        "Ryland’s position is “he won’t strike a bargain with the leader. If he did, the "
        "caucus would revolt,” according to a Republican aide. The aide added that talks "
        "go on.",
    )
    assert said["he won’t strike"] == "a Republican aide"


def test_he_added_after_a_role_quoted_as_saying_is_that_role_not_the_agency(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "“The government’s stance is that aid to the vulnerable should go on whatever the "
        "politics,” Tarnhap quoted a unification ministry official as saying.\n\n"
        "“We will decide the timing of the aid after weighing the situation,” he added.",
    )
    assert "official" in said["We will decide"]


def test_who_issued_the_statement_a_colon_opens_speaks(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dan Maris rarely speaks. Friends of his say that he is deeply shy. In 2010, "
        "when the Harlow Ledger wrote about Maris taking a top role at the fund, he issued a "
        "two-line statement: “I’m content to go through life saying nothing to anyone at "
        "all.”",
    )
    assert said["I’m content to"] == "Dan Maris"


def test_a_quote_that_ends_an_aside_in_brackets_is_not_the_next_sentence_s(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dan Maris says there is no racism in the county today. (Maris, meanwhile, has backed "
        "a political action committee, Tarn Voters for Tomorrow, whose aim is to “bring more "
        "young people into the council.”) “Few people at the fund ever argued with "
        "him” about politics, Peter Ulrich said.",
    )
    assert said["bring more young"] != "Peter Ulrich"
    assert said["Few people at"] == "Peter Ulrich"


def test_a_phrase_quoted_in_the_next_sentence_goes_on_with_the_last_speaker(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Gwen Collier studies the moons of Tarn. There is no way to send missions to Tarnis to "
        "test the idea, researchers acknowledge.\n\n"
        "Even so, \"I'm truly thrilled\" about the group's suggested answer to the cracked ridge "
        "puzzle, Collier says. Deep crust or shallow, if the existence of the pools can be "
        'verified, they could be "promising, reachable pools of liquid water."',
    )
    assert said["promising, reachable pools"] == "Gwen Collier"
