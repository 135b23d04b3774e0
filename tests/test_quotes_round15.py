"""Quote speakers, round 15: rules from the blind dev13 set's misses, on invented text."""

from __future__ import annotations

from builders import said_in

from newsbrief.backends.nlp import Nlp


def test_a_verb_of_calling_the_quote_hangs_on_speaks_before_a_say_verb_later(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dan Maris runs the Tarn fund, which is open only to its staff. The Harlow Ledger has "
        "called the fund “perhaps the greatest moneymaking machine in the county.” In his "
        "book, Ed Wiley, who interviewed Maris, describes his temper as that of an “icy cold "
        "card player at the table”; Maris told him that he never dreamt.",
    )
    assert said["perhaps the greatest"] == "Harlow Ledger"
    assert said["icy cold card"] == "Ed Wiley"


def test_he_who_published_is_not_the_one_his_sentence_accuses(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dan Maris runs the Tarn fund. Peter Ulrich, a scientist who worked for Maris for "
        "twenty years, was suspended for a month. Undaunted, he published an op-ed in the "
        "Harlow Ledger, accusing Maris of “buying shares in the candidate.” He warned, “Dan "
        "Maris now owns a sizeable share of the county council.”",
    )
    assert said["Dan Maris now"] == "Peter Ulrich"


def test_a_name_that_modifies_a_role_is_not_who_he_is(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dan Maris funds the campaign. Steve Brandt, the former Maris political strategist "
        "who now speaks for the mayor, gave a speech to activists in February.\n\n"
        "The goal, he said, amounts to the “deconstruction of the administrative state and "
        "its many rules.”",
    )
    assert said["deconstruction of the"] == "Steve Brandt"


def test_a_name_the_parser_gave_to_a_participle_before_said_is_its_subject(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "North Tarn often makes bold threats that it never really acts upon. But Japan's "
        "Chief Cabinet Secretary Yoshihide Suga, responding to a reporter's question about the "
        'North Tarnese bulletin, said the bulletin "sharply raises tension in the region and '
        'is wholly unacceptable."',
    )
    assert said["sharply raises tension"] == "Yoshihide Suga"


def test_it_said_after_the_committee_said_is_the_committee(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "A statement came from the Tarn Peace Committee on Friday.\n\n"
        "In response, the committee said the council should be “beaten like a rabid dog for "
        "its sanctions”.\n\n"
        "“Let’s reduce the mainland into ashes and darkness with all our means,” it said.",
    )
    assert said["Let’s reduce the"] == said["beaten like a"]
    assert "ommittee" in said["Let’s reduce the"]


def test_according_to_a_role_after_the_quote_is_that_role(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Speaker Hal Ryland met the majority leader on Friday.\n\n"
        "Ryland’s position is “he can’t cut a deal with the leader. If he did, our members "
        "would revolt,” according to a Republican source. The source added that talks go on.",
    )
    assert said["he can’t cut"] == "a Republican source"


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
        "Dan Maris rarely speaks. People who know him say that he is painfully shy. In 2010, "
        "when the Harlow Ledger wrote about Maris taking a top role at the fund, he issued a "
        "terse statement: “I’m happy going through my life without saying anything to "
        "anybody.”",
    )
    assert said["I’m happy going"] == "Dan Maris"


def test_a_quote_that_ends_an_aside_in_brackets_is_not_the_next_sentence_s(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dan Maris says there is no racism in the county today. (Maris, meanwhile, has backed "
        "a political action committee, Tarn Voters for Tomorrow, whose goal is to “get more "
        "young people involved in the council.”) “Most people at the fund didn’t challenge "
        "him” about politics, Peter Ulrich said.",
    )
    assert said["get more young"] != "Peter Ulrich"
    assert said["Most people at"] == "Peter Ulrich"


def test_a_phrase_quoted_in_the_next_sentence_goes_on_with_the_last_speaker(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Gwen Collier studies the moons of Tarn. There is no way to send missions to Tarnis to "
        "test the idea, researchers acknowledge.\n\n"
        "Even so, \"I'm really excited\" about the team's proposed solution to the chaos terrain "
        "puzzle, Collier says. Thick shell or thin, if the presence of the lakes can be "
        'verified, they could be "interesting, accessible bodies of liquid water."',
    )
    assert said["interesting, accessible bodies"] == "Gwen Collier"
