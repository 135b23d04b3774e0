"""False readings a read-only review found in stop 56's quote and name rules, each mended:
what they must not attribute, join or merge."""

from __future__ import annotations

import pytest
from builders import merged, said_in

from newsbrief.backends.nlp import Nlp


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A person "of" a body is the person, not the body.
        (
            "“The river will crest on Friday,” according to Lena Marquardt of the Harlow "
            "Weather Service.",
            {"The river will": "Lena Marquardt"},
        ),
        # The name ends with its sentence.
        (
            "“The river will crest on Friday,” according to Tom Reed. Officials disagreed.",
            {"The river will": "Tom Reed"},
        ),
        # "The judge" is the judge the article named, not the one he sentenced.
        (
            "Judge Dan Pike sentenced Tom Reed to five years on Friday.\n\nThe judge rejected a "
            "plea for mercy. “This was a cruel crime against a child,” he said.",
            {"This was a": "Dan Pike"},
        ),
        # A letter the lead-in shows is not its holder's words.
        (
            "“We have waited years,” said Tom Reed, a farmer from Kessel. He showed reporters a "
            "letter from the council: “Your permit is revoked with immediate effect. You may "
            "appeal.”",
            {"We have waited": "Tom Reed", "Your permit is": ""},
        ),
        # ... but complaints he answers are no document he shows.
        (
            "“A festival is something we make together,” said Tomas Rell, 20, a student. He "
            "brushed aside the neighbours' complaints: “We do not mind their dogs. Why should "
            "they mind our drums?”",
            {"A festival is": "Tomas Rell", "We do not": "Tomas Rell"},
        ),
        # Words a verb between gives to someone else are not the opening source's.
        (
            "According to police, the man was holding a sign that read “Repent now, the end is "
            "near” when he was arrested.",
            {"Repent now, the": ""},
        ),
        (
            "According to Tom Reed, his daughter texted him “I am safe, do not worry” at 3 a.m.",
            {"I am safe,": ""},
        ),
        # A thing after the quote speaks for no one; an order's object is no speaker.
        (
            "“Is the water safe to drink?” The question asked by parents has no easy answer, "
            "Ana Holt said.",
            {"Is the water": "Ana Holt"},
        ),
        (
            "“Stay calm and call for help,” tell your children before any trip.",
            {"Stay calm and": ""},
        ),
        # "In" a body or a town is no outlet.
        (
            "“Drink only boiled water for now,” according to a report in Congress.",
            {"Drink only boiled": "report"},
        ),
        (
            "“Drink only boiled water for now,” according to a study in Tarsa.",
            {"Drink only boiled": "study"},
        ),
        # Appealing a verdict is not saying what the verdict found.
        (
            "Tom Reed, 34, appealed the verdict, which found his driving “reckless and dangerous.”",
            {"reckless and dangerous.": ""},
        ),
    ],
)
def test_what_stop_56s_rules_must_not_attribute(
    nlp: Nlp, text: str, speakers: dict[str, str]
) -> None:
    assert said_in(nlp, text) == speakers


@pytest.mark.parametrize(
    ("a", "b"),
    [("Rami bin Saud Al Tamer", "Saud bin Rami Al Tamer"), ("Ana Luisa Prado", "Luisa Ana Prado")],
)
def test_names_in_another_order_that_are_two_people(a: str, b: str) -> None:
    groups = merged({a: "PERSON", b: "PERSON"})
    assert groups[a.casefold()] != groups[b.casefold()]
