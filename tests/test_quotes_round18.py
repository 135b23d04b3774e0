"""Quotes read from the dev misses at stop 55: a speaker described rather than named ("a driver
who gave his name only as Tarik") is the name the description gives."""

from __future__ import annotations

import pytest
from builders import said_in

from newsbrief.backends.nlp import Nlp


@pytest.mark.parametrize(
    ("described", "name"),
    [
        ("a driver who gave his name only as Tarik", "Tarik"),
        ("a woman who identified herself only as Mira", "Mira"),
        ("a woman who gave only her first name, Mira", "Mira"),
        ("a woman who gave her name to reporters as Mira Dole", "Mira Dole"),
    ],
)
def test_a_described_speaker_is_the_name_they_gave(nlp: Nlp, described: str, name: str) -> None:
    text = f"“We stood in the rain for four hours at the depot,” said {described}."
    assert said_in(nlp, text) == {"We stood in": name}


def test_a_described_speaker_without_a_name_stays_described(nlp: Nlp) -> None:
    text = "“We stood in the rain for four hours at the depot,” said a woman who gave up waiting."
    assert said_in(nlp, text) == {"We stood in": "a woman"}


_FORUM = (
    "The ferry update was meant to end the delays, but riders say it did not.\n\n"
    "Here are a few comments from angry riders on the town forum:\n\n"
    '"Waited forty minutes again this morning. Nothing has changed at all since the update."\n\n'
    '"The new timetable is worse than the old one. I missed my train twice this week."\n\n'
    "Others asked the harbour board for refunds."
)


def test_comments_a_lead_in_gathers_are_from_whom_it_names(nlp: Nlp) -> None:
    assert said_in(nlp, _FORUM) == {
        "Waited forty minutes": "angry riders",
        "The new timetable": "angry riders",
    }


def test_comments_from_a_crowd_of_people_are_theirs(nlp: Nlp) -> None:
    text = _FORUM.replace("from angry riders on the town forum", "from a crowd of unhappy riders")
    assert said_in(nlp, text)["Waited forty minutes"] == "unhappy riders"


def test_a_lead_in_without_a_colon_or_commenters_gives_no_one(nlp: Nlp) -> None:
    text = _FORUM.replace(
        "Here are a few comments from angry riders on the town forum:", "The forum was busy."
    )
    assert said_in(nlp, text)["Waited forty minutes"] == ""


def test_it_after_a_quote_is_the_outlet_a_fragment_named(nlp: Nlp) -> None:
    # The parser makes "website" the root and "named" a clause on it.
    text = (
        'British website The Quill has named the harbour master as its "Person of the Year '
        'for 2012".\n\n"With his calm voice, his steady hands and his famous pipe, this harbour '
        "veteran is every sailor's dream come true,\" it said."
    )
    assert said_in(nlp, text)["With his calm"] == "Quill"


def test_an_article_speaks_for_the_outlet_that_ran_it(nlp: Nlp) -> None:
    text = (
        "A Quill article praising the harbour master ran on Monday. “With his calm voice and "
        "his steady hands, this harbour veteran is every sailor's dream come true,” the article "
        "reads. The Daily Lantern reprinted it a day later."
    )
    assert said_in(nlp, text)["With his calm"] == "Quill"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # What they said they are, or whom they named, is no name they gave.
        (
            "“I have never seen turnout like this,” said a woman who identified herself as a "
            "lifelong Democrat.",
            "a woman",
        ),
        (
            "“He was shot at close range,” said a police spokeswoman who identified the victim "
            "as Tomas Reyes.",
            "a police spokeswoman",
        ),
    ],
)
def test_a_description_that_names_someone_else_is_no_name_given(
    nlp: Nlp, text: str, speaker: str
) -> None:
    assert next(iter(said_in(nlp, text).values())) == speaker


def test_it_is_not_a_body_a_fragment_says_did_something(nlp: Nlp) -> None:
    text = (
        "Dalworth Air ran dozens of flights late last summer. The result? A fine that the Kesh "
        "Travel Board imposed on Tuesday. “We will appeal this decision,” it said in a statement."
    )
    assert said_in(nlp, text) == {"We will appeal": ""}


@pytest.mark.parametrize(
    "lead_in",
    [
        "After a flood of complaints from parents, the school district sent a letter home:",
        "The mayor had a short answer to the complaints of residents:",
        "After reviewing hundreds of comments from residents, the planning board concluded:",
    ],
)
def test_comments_someone_answers_are_not_the_speakers(nlp: Nlp, lead_in: str) -> None:
    text = (
        f"The council met on Monday.\n\n{lead_in}\n\n"
        "“We will keep working with every family until the roads are fixed.”"
    )
    assert said_in(nlp, text)["We will keep"] not in ("parents", "residents")


def test_according_to_his_column_is_his(nlp: Nlp) -> None:
    text = (
        "Lev Marsh, a columnist, wrote about the case. According to his column, “the mayor knew "
        "about the leak for months before the vote.”"
    )
    assert said_in(nlp, text) == {"the mayor knew": "Lev Marsh"}


def test_an_article_of_a_charter_is_no_outlets_piece(nlp: Nlp) -> None:
    text = (
        "The Kesh Review first published this article. Refugee groups say the new law breaks "
        "the convention. Article 17 of the convention states that “no one shall be subjected "
        "to arbitrary interference with their home.”"
    )
    assert said_in(nlp, text)["no one shall"] != "Kesh Review"


def test_according_to_her_article_is_hers(nlp: Nlp) -> None:
    text = (
        "Ada Rook wrote about the case in the Kesh Tribune. According to her article, “the mayor "
        "knew about the leak for months before the vote.”"
    )
    assert said_in(nlp, text) == {"the mayor knew": "Ada Rook"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ada Rook's views chimed with those of many in the crowd: “We are not leaving this "
            "town, no matter what.”",
            "",
        ),
        (
            "The findings chimed with a warning from Lev Marsh, the city's budget chief, that the "
            "city faced “a decade of deficits and painful cuts.”",
            "Lev Marsh",
        ),
    ],
)
def test_views_that_chimed_with_others_say_nothing(nlp: Nlp, text: str, speaker: str) -> None:
    assert next(iter(said_in(nlp, text).values())) == speaker
