"""Quotes read from the blind dev28 set at stop 62 (invented text): the one a name's own verb
gives something to as "her" is "she", not the giver ("Tavel gave her a fresh start. “...,”
she said" is not Tavel's), and a name of no known sex given as an example right after a
woman named is not "she"."""

from __future__ import annotations

from builders import said_in

from newsbrief.backends.nlp import Nlp


def test_the_one_a_name_did_something_to_as_her_is_she(nlp: Nlp) -> None:
    text = (
        "Friends of Barnett Tavel gathered at the clinic on Monday. Lynne Tavel, his wife, "
        "thanked them.\n\nIda Marsh, 31, first came to the clinic at nineteen, alone and out of "
        "work. In her telling, Tavel gave her a fresh start.\n\n“Without that help I would "
        "have ended up on the street,” she said."
    )
    assert said_in(nlp, text)["Without that help"] == "Ida Marsh"


def test_a_name_given_as_an_example_after_a_woman_is_not_she(nlp: Nlp) -> None:
    text = (
        "Friends of Barnett Tavel gathered at the clinic on Monday. Lynne Tavel, his wife, "
        "thanked them.\n\nBetty Horlan blames money more than faith. Women without savings, "
        "in her view, depend on doctors such as Tavel.\n\n“He never turned anyone away,” she "
        "said."
    )
    assert said_in(nlp, text)["He never turned"] == "Betty Horlan"


def test_an_example_her_own_her_tells_is_she_stays_she(nlp: Nlp) -> None:
    # "as hard as Reyes and her friends": the "her" is hers, so she is "she".
    text = (
        "Paula Reyes lost her son, Tomas Reyes, in a crash. Lena Ostby, a spokeswoman for the "
        "phone makers, said a ban would not help.\n\nFew campaigners work as hard as Reyes and "
        "her friends.\n\n“I will keep going until the law changes,” she said."
    )
    assert said_in(nlp, text)["I will keep"] in ("Reyes", "Paula Reyes")


def test_the_reviews_cases_keep_their_speakers(nlp: Nlp) -> None:
    # Only a giving verb: a judge who sentenced "her" speaks her own sentence's words.
    text = (
        "Mira Todd, 29, pleaded guilty to theft. Judge Hana Loft sentenced her to two years. "
        "“You betrayed their trust,” she said."
    )
    assert said_in(nlp, text)["You betrayed their"] == "Hana Loft"
    # With no one before, the one who gave "her" something still speaks.
    text = "Greta Marlow handed her the trophy. “I was proud of my daughter,” she said."
    assert said_in(nlp, text)["I was proud"] == "Greta Marlow"
    # One acted on, not given as an example, may well be "she".
    text = (
        "Laura Pinto teaches at the school. The board fired Rowan Teague last week. “It was "
        "unfair to me,” she said."
    )
    assert said_in(nlp, text)["It was unfair"] == "Rowan Teague"
