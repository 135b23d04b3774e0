"""Figures that count no one (a rate, an average), cases of a disease as the people it made
ill, and a distance given by a compass point such as "northwest" (invented text; from the
tenth blind round of real coverage)."""

from __future__ import annotations

from builders import analyse, figures, make_article

from newsbrief.backends.nlp import Nlp


def _conflicts(nlp: Nlp, *texts: str) -> list[tuple[str, int]]:
    brief = analyse([make_article(t, f"a{i}") for i, t in enumerate(texts)], nlp=nlp)
    return [(c.kind, len(c.sides)) for c in brief.conflicts]


def test_a_rate_or_an_average_counts_no_one(nlp: Nlp) -> None:
    assert figures(nlp, "North of the river, fertility stays at six children per woman.") == []
    assert figures(nlp, "In Varno the average mother has eight children.") == []
    assert figures(nlp, "Rescuers saved 40 people in Varno.") == [(40.0, "people")]
    assert figures(nlp, "He had five children by his first wife.")[0] == (5.0, "children")


def test_two_sources_typical_families_are_no_conflict(nlp: Nlp) -> None:
    assert (
        _conflicts(
            nlp,
            "In Varno the average mother has eight children, the report said.",
            "Tomas Varga had five children by his first wife, the report said.",
        )
        == []
    )


def test_cases_of_a_disease_are_the_people_it_made_ill(nlp: Nlp) -> None:
    found = _conflicts(
        nlp,
        "According to new figures from the health agency, there were roughly 190 "
        "million cases of Korvan fever in 2011.",
        "Korvan fever ranks among the most widespread illnesses on earth, sickening over "
        "280 million people each year.",
    )
    assert found == [("contradiction", 2)]


def test_a_distance_northwest_of_a_town_is_a_distance_shown_in_its_own_unit(nlp: Nlp) -> None:
    first = "Camp Telos, about 125 miles northwest of Varno, is famous for its secrecy."
    brief = analyse(
        [
            make_article(first, "a"),
            make_article(
                "Officials named Camp Telos, the isolated hilltop outpost 90 miles north of "
                "Varno, in the report.",
                "b",
            ),
        ],
        nlp=nlp,
    )
    [conflict] = brief.conflicts
    assert conflict.kind == "contradiction" and conflict.subject == "miles"
    assert sorted(float(s.value) for s in conflict.sides) == [90.0, 125.0]
    assert conflict.note.startswith("125 vs 90")
    # In two units, both are shown in the one they are compared in, and the label says so.
    brief = analyse(
        [
            make_article(first, "a"),
            make_article(
                "Officials named Camp Telos, the isolated hilltop outpost 145 kilometres north of "
                "Varno, in the report.",
                "b",
            ),
        ],
        nlp=nlp,
    )
    [conflict] = brief.conflicts
    assert conflict.subject == "kilometres"
    assert sorted(float(s.value) for s in conflict.sides) == [145.0, 201.2]
