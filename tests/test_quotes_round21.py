"""Quotes read from the blind dev20 and dev21 sets at stop 58: "the newspaper" is the outlet
whose own name calls it a daily; a region's people ("East African") is no one "he" can be;
"he" in a run of sentences whose subject is "he" stays the one it was, not a name the
sentence only mentions ("a visit by Moll and opposition leader Ivo Tarn"); a Kenyan name's
particle ("Daniel arap Moi") keeps the name whole."""

from __future__ import annotations

import pytest
from builders import aliases, said_in, speakers

from newsbrief.backends.nlp import Nlp


def test_the_newspaper_is_the_daily_named_before(nlp: Nlp) -> None:
    text = (
        "The Harbour Sports Daily said the team had trained for three weeks. The squad will "
        "travel without its two oldest players, Ana Bell and Joan Tey, the Kesh Youth Daily "
        "said. “Young legs will carry the squad this winter,” the newspaper said."
    )
    assert speakers(nlp, text)[-1] == "Kesh Youth Daily"


def test_a_regions_people_is_no_one_he_can_be(nlp: Nlp) -> None:
    text = (
        "Foreign Minister Tomas Ridder said on Thursday that the government rejected a "
        "statement by a visiting envoy. Plainly, the minister said, the rebels want the East "
        "African nation to burn. “They set fires so the world will think we have lost "
        "control,” he added."
    )
    assert list(said_in(nlp, text).values()) == ["Tomas Ridder"]


def test_he_stays_the_one_the_sentences_before_were_about(nlp: Nlp) -> None:
    text = (
        "The envoy Jorn Havel met President Ola Moll on Sunday. He told reporters after lunch "
        "that he thinks Moll could tour the northern district soon. He said that a trip by "
        "Moll and opposition leader Ivo Tarn together would calm the district. Later, he "
        "added that “the whole region is watching the fires in the north with alarm.”"
    )
    assert list(said_in(nlp, text).values()) == ["Jorn Havel"]


def test_a_name_after_he_with_no_subject_before_it_stays_unresolved(nlp: Nlp) -> None:
    """ "He was a sergeant whose friends at Kesh Air Base ... On that evening, he met a club
    singer called Lin Tao ...": "he" two sentences on is neither the base nor the singer."""
    text = (
        "A veteran named Ray Osterholt sits at the bar most nights, watching the street. "
        "It seems unlikely today, but well over forty years back, an evening much like this "
        "one turned his whole life around, and he has told the tale often since then to anyone "
        "who would listen. He was a young sergeant who had been in the country three months "
        "before his friends at Kesh Air Base talked him into a trip to town. On that evening, "
        "he met a club singer called Lin Tao. She was kind. Decades went by before "
        "he went back to look for her. “She told me she was leaving the city,” he recalls."
    )
    assert "Kesh Air Base" not in said_in(nlp, text).values()


def test_a_kenyan_names_particle_keeps_it_whole(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "President Daniel arap Kiprono met the envoy on Monday. Kiprono said the talks went well.",
    )
    assert found["Daniel arap Kiprono"] == {"Daniel arap Kiprono", "Kiprono"}


def test_a_quote_left_open_at_its_paragraphs_end_runs_on_to_the_next(nlp: Nlp) -> None:
    text = (
        "President Ana Torv spoke to a union congress on Friday.\n\n"
        "“Nobody can dress this up: the budget I signed was a mistake,” she said.\n\n"
        "It was the first time she had named Ivan Varga, the adviser who drafted it.\n\n"
        "“I owe an apology to the nurses, to the teachers, to my own cabinet and to Ivan "
        "Varga, who warned me.\n\n"
        "“I will fix the budget this year. That is a promise I mean to keep,” she said."
    )
    assert list(said_in(nlp, text).values()) == ["Ana Torv"] * 3


def test_a_hand_raised_to_tell_the_truth_says_nothing(nlp: Nlp) -> None:
    text = (
        "Jurors saw Vera Lind on the screen, in a grey suit, her right hand raised to tell the "
        "truth, next to an old clip in which Tomas Ekholm brushed off "
        '"that clerk, Miss Lind, really."'
    )
    assert "her hand" not in said_in(nlp, text).values()


def test_a_surname_the_tagger_gave_a_possessive_mark_still_speaks(nlp: Nlp) -> None:
    text = (
        "Fans mourned the sale of Steve Tolliver' racing team this spring.\n\nNobody "
        "misses it more than Ray Osgood.\n\nTolliver sees the sale another way. He told the "
        'club the team had been worth every cent because it "trained a generation of '
        'drivers."'
    )
    assert list(said_in(nlp, text).values()) == ["Steve Tolliver"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "He hoped Nadia Holm would stay": "she" is Holm, not who "he" was.
        (
            "Coach Tomas Brek spoke after the game. He hoped striker Nadia Holm would stay. "
            '"I love this club," she said.',
            "Nadia Holm",
        ),
        # A reveal after a colon names the one who speaks.
        (
            "Police chief Anna Volk spoke first. Then he stood up: Governor Mark Pell. "
            '"We will rebuild," he said.',
            "Mark Pell",
        ),
        # "told the truth:" with what he told.
        (
            'After hours of questioning, Omar Ruiz finally told the truth: "I took the money '
            'and I hid it."',
            "Omar Ruiz",
        ),
    ],
)
def test_what_the_reviews_cases_still_give(nlp: Nlp, text: str, speaker: str) -> None:
    assert list(said_in(nlp, text).values()) == [speaker]


def test_a_postal_firm_is_no_paper(nlp: Nlp) -> None:
    text = (
        "According to a report in a local newspaper, Canada Post will close 40 offices. "
        '"Rural towns will suffer most," the paper said.'
    )
    assert speakers(nlp, text) == ["paper"]
