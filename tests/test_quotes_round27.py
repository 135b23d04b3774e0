"""Quotes read from the blind dev28 set at stop 62 (invented text): someone a name's own verb
does something to as "her" is not that name ("Tavel gave her a fresh start. “...,” she said"
is not Tavel's), and an object of no known sex right after a woman named is not "she"."""

from __future__ import annotations

from builders import said_in

from newsbrief.backends.nlp import Nlp


def test_the_one_a_name_did_something_to_as_her_is_she(nlp: Nlp) -> None:
    text = (
        "Friends of Barnett Tavel gathered at the clinic on Monday. Lynne Tavel, his wife, "
        "thanked them.\n\nIda Marsh, 31, remembers walking into the clinic as a teenager after "
        "the man she lived with walked out on her. As far as she is concerned, Tavel gave her a "
        "fresh start.\n\n“If I had stayed with him, I'd be stuck on welfare or something,” she "
        "said."
    )
    assert said_in(nlp, text)["If I had"] == "Ida Marsh"


def test_an_object_of_no_known_sex_after_a_woman_is_not_she(nlp: Nlp) -> None:
    text = (
        "Friends of Barnett Tavel gathered at the clinic on Monday. Lynne Tavel, his wife, "
        "thanked them.\n\nBetty Horlan sees the matter in terms of class and race. But poor "
        "women like herself have had to rely on people like Tavel.\n\n“He was a kind man, a "
        "good man,” she said."
    )
    assert said_in(nlp, text)["He was a"] == "Betty Horlan"


def test_an_object_her_own_her_tells_is_she_stays_she(nlp: Nlp) -> None:
    # "nothing deters Reyes from her crusade": the "her" is hers, so she is "she".
    text = (
        "Paula Reyes lost her son, Tomas Reyes, in a crash. Lena Ostby, a spokeswoman for the "
        "phone makers, said a ban would not help.\n\nThe figures do nothing to deter Reyes from "
        "her crusade.\n\n“You never think it can happen to you, until it does,” she said."
    )
    assert said_in(nlp, text)["You never think"] in ("Reyes", "Paula Reyes")


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
