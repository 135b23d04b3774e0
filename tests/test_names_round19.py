"""Names read from the blind dev17 set at stop 56: a given name the tagger mostly calls a place
is a person's when the text writes "who" after it."""

from __future__ import annotations

from collections import Counter

import pytest
from builders import aliases, make_article, merged

from newsbrief.backends.nlp import Nlp
from newsbrief.story.name_use import used_as

_FIRST = (
    "Jayeshbhai Mehta, 61, came from Surat last month to look after his grandson. A week on, "
    "Mehta was stopped by officers during a walk. Jayeshbhai, who speaks only Gujarati, was "
    "thrown down. Jayeshbhai is still in hospital."
)
_SECOND = "Gifts will go to the family of Jayeshbhai. Doctors hope Jayeshbhai will walk again."


def test_a_given_name_with_who_after_it_is_the_persons(nlp: Nlp) -> None:
    assert {"Jayeshbhai", "Mehta"} <= aliases(nlp, _FIRST, _SECOND)["Jayeshbhai Mehta"]


def test_who_marks_a_person_but_which_and_where_do_not() -> None:
    text = (
        "Tarsa, who runs the bakery, spoke first. Varrow, which lies on the river, flooded. "
        "Kessel, where the mill stood, was spared."
    )
    names = {w: Counter({w: 1}) for w in ("Tarsa", "Varrow", "Kessel")}
    people = used_as([make_article(text, "a")], {n.casefold(): c for n, c in names.items()}).people
    assert people == {"tarsa"}


def test_a_place_used_as_one_stays_out_of_the_people() -> None:
    text = "Tarsa, who runs the bakery, moved in 2009. The flood reached homes in Tarsa in May."
    names = {"tarsa": Counter({"Tarsa": 2})}
    assert used_as([make_article(text, "a")], names).people == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Sympathy went to the people of Tarsa, who were asleep when the dam broke.",
        "France, who had backed the plan, said nothing.",  # a place the gazetteer knows
    ],
)
def test_who_after_a_places_people_or_a_known_place_is_no_person(text: str) -> None:
    names = {"tarsa": Counter({"Tarsa": 1}), "france": Counter({"France": 1})}
    assert used_as([make_article(text, "a")], names).people == frozenset()


def test_a_persons_three_names_in_another_order_are_that_person() -> None:
    groups = merged({"Ana Paula Vieira Costa": "PERSON", "Ana Vieira Paula Costa": "PERSON"})
    assert groups["ana paula vieira costa"] == groups["ana vieira paula costa"]


def test_two_names_in_either_order_may_be_two_people() -> None:
    groups = merged({"Lee Kim": "PERSON", "Kim Lee": "PERSON"})
    assert groups["lee kim"] != groups["kim lee"]
