"""Units of time that date or age something are no figures of the story."""

from __future__ import annotations

from builders import analyse, figures, make_article

from newsbrief.backends.nlp import Nlp


def test_ages_and_offsets_in_lists_and_ranges_are_no_counts(nlp: Nlp) -> None:
    assert figures(nlp, "When they joined, the pupils were either 8, 10 or 12 years of age.") == []
    assert (10.0, "years") not in figures(
        nlp, "Being bullied at school predicted a disorder 10 to 15 years later."
    )
    # A sentence of years is a figure, in a range as alone.
    assert (10.0, "years") in figures(nlp, "The court gave him 10 to 15 years in prison.")


def test_an_age_and_a_time_later_never_contradict(nlp: Nlp) -> None:
    a = make_article(
        "The study followed 1,420 children from western Carolina for two decades. At the "
        "start the pupils were either 8, 10 or 12 years of age. Bullied "
        "children faced a higher risk of anxiety and depression as adults.",
        "a",
    )
    b = make_article(
        "Earlier work from Norway followed 1,930 girls to learn whether being a "
        "target foretold a mental illness 10 to 15 years later. The new study of "
        "children from western Carolina confirms the risk of anxiety and depression.",
        "b",
    )
    brief = analyse([a, b], nlp=nlp)
    assert not [c for c in brief.conflicts if "year" in c.subject]
