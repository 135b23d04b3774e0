"""How long something lasts is a figure (``article.durations``); a span that dates or ages
something is not; durations and ages are figures a source states but no key figure, and two
durations are never set against each other (the product does not know what lasted)."""

from __future__ import annotations

from builders import analyse, make_article, reported

from newsbrief.article.durations import DURATION_CLASS, find_durations
from newsbrief.backends.nlp import Nlp
from newsbrief.models import QuantityClaim
from newsbrief.story.key_figures import key_figures


def spans(nlp: Nlp, text: str) -> list[tuple[float, str, str]]:
    article = make_article(text, "a")
    return [(f.value, f.unit, f.hedge) for f in find_durations(article, nlp.parse(text))]


def test_a_span_with_a_number_is_a_duration(nlp: Nlp) -> None:
    assert spans(nlp, "The storm stalled above the town for nearly 12 hours.") == [
        (12.0, "hours", "nearly")
    ]
    assert spans(nlp, "Flights resumed after a 13-day shutdown.") == [(13.0, "days", "")]
    assert spans(nlp, "He was sentenced to five years in prison.") == [(5.0, "years", "")]
    # A range gives both ends; "1 1/2" is one and a half.
    assert spans(nlp, "The incubation period is three to eight days.") == [
        (3.0, "days", ""),
        (8.0, "days", ""),
    ]
    assert spans(nlp, "He served about 1 1/2 years as mayor.") == [(1.5, "years", "about")]


def test_a_span_that_dates_or_ages_something_is_none(nlp: Nlp) -> None:
    for text in (
        "Four years ago the plant closed.",
        "Nine months after the blackout, births rose.",
        "Twenty-four hours later there was still no water.",
        "The 57-year-old airline closed.",
        "A 3-year old girl fell ill.",
        "He has abused the boy since he was nine years old.",
        "One day, a stranger came to the door.",
    ):
        assert spans(nlp, text) == [], text
    # Inside a quotation a figure is the speaker's, not the article's (as for every figure).
    assert spans(nlp, '"We waited 48 hours for help," she said.') == []


def test_durations_and_ages_are_claims_but_no_key_figures_nor_conflicts(nlp: Nlp) -> None:
    # Invented reports: two terms for two different things, and one person's age.
    brief = reported(
        nlp,
        (
            "Ruben Castell, 43, was sentenced on Monday to five years in prison. Twelve "
            "people were hurt in the fire he set.",
            "2024-03-04",
        ),
        (
            "Castell had served three years in prison for arson before. Twelve people were "
            "hurt in the fire.",
            "2024-03-05",
        ),
    )
    figures = [c for c in brief.claims if isinstance(c, QuantityClaim)]
    terms = sorted(c.value for c in figures if c.predicate_class == DURATION_CLASS)
    assert terms == [3.0, 5.0]
    assert [(c.qualifier, c.value) for c in figures if c.unit == "years old"] == [
        ("Ruben Castell", 43.0)
    ]
    assert brief.conflicts == ()
    rows = key_figures(brief)
    assert [(row.value, row.sources) for row in rows] == [("12", 2)]


def test_a_duration_in_a_story_keeps_every_citation_exact(nlp: Nlp) -> None:
    text = "The strike lasted 16 days. Workers returned after the 16-day strike ended."
    brief = analyse([make_article(text, "a")], nlp=nlp)
    for claim in brief.claims:
        if isinstance(claim, QuantityClaim) and claim.predicate_class == DURATION_CLASS:
            cite = claim.citations[0]
            assert claim.text == text[cite.start : cite.end]
