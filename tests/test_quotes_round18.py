"""Quotes read from the dev misses at stop 55: a speaker described rather than named ("a young
man who gave his name only as Tarik") is the name the description gives."""

from __future__ import annotations

import pytest
from builders import said_in

from newsbrief.backends.nlp import Nlp


@pytest.fixture(scope="module")
def nlp() -> Nlp:
    return Nlp()


@pytest.mark.parametrize(
    ("described", "name"),
    [
        ("a young man who gave his name only as Tarik", "Tarik"),
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
