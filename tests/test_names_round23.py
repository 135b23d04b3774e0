"""Names read from the blind dev23 set at stop 59: "U.N." is not the "U.N. Harbour Program"
(a known body's name before a programme's names another body); a name cued "known
as" after "in the harbour town of Kanto by a crew" renames the crew, not the town (but after a
comma's apposition, the name); international bodies known by their initials ("UNICEF",
"WFP") are their full names."""

from __future__ import annotations

from builders import aliases

from newsbrief.backends.nlp import Nlp


def test_a_known_bodys_name_before_a_programme_names_another_body(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "The United Nations Harbour Program (UNHP) sent boats to the valley. The U.N. said "
        "more aid would come. The United Nations asked donors for funds. The U.N. Harbour "
        "Program said its stocks were low.",
    )
    assert found["United Nations"] == {"U.N.", "United Nations"}


def test_a_cue_after_a_preposition_and_a_noun_renames_the_noun_not_the_name(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "New maps of the reef were shown at a meeting in the harbour town of Kanto by a crew "
        "known as the Deep Vessel Survey. The Deep Vessel Survey plans a second dive in May.",
    )
    assert all(not ({"Kanto", "Deep Vessel Survey"} <= forms) for forms in found.values())


def test_international_bodies_by_their_initials(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "UNICEF flew tents to the delta on Monday. The U.N. Children's Fund said more would "
        "follow. The World Food Program sent rice, and WFP trucks reached the camps.",
    )
    forms = {frozenset(f) for f in found.values()}
    assert any({"UNICEF", "U.N. Children's Fund"} <= f for f in forms)
    assert any({"WFP", "World Food Program"} <= f for f in forms)


def test_a_cue_after_an_apposition_still_renames_the_name(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "Omar Vell, a commander in the south known as the Hawk, was killed on Monday. The Hawk "
        "had led the rebels for years.",
    )
    assert found["Omar Vell"] >= {"Omar Vell", "Hawk"}
