"""Reference dates (own or borrowed from the story) and the ordered, merged timeline."""

from __future__ import annotations

from builders import analyse, make_article

from newsbrief.backends.nlp import Nlp
from newsbrief.models import Article, Citation, Claim, DateClaim, DateResolution
from newsbrief.settings import AnalysisSettings
from newsbrief.story.timeline import build_timeline, reference_dates


def art(article_id: str, published: str | None) -> Article:
    return make_article(
        "Something happened on Sunday in the town.", article_id, published=published
    )


def test_own_dates_are_kept() -> None:
    refs = reference_dates([art("a", "2017-08-28")])
    assert refs["a"].date == "2017-08-28" and not refs["a"].borrowed


def test_undated_article_borrows_the_story_date_and_says_so() -> None:
    refs = reference_dates([art("a", "2017-08-28"), art("b", "2017-08-28"), art("c", None)])
    assert refs["c"].date == "2017-08-28" and refs["c"].borrowed
    assert "no date of its own" in refs["c"].note and "a, b" in refs["c"].note


def test_no_borrowing_when_the_story_spreads_over_weeks() -> None:
    refs = reference_dates([art("a", "2017-08-01"), art("b", "2017-08-28"), art("c", None)])
    assert "c" not in refs
    narrow = AnalysisSettings(story_date_max_span_days=30)
    assert reference_dates([art("a", "2017-08-01"), art("c", None)], settings=narrow)["c"].borrowed


def date_claim(article: Article, value: str, unit: str | None, text: str) -> Claim:
    start = article.text.index(text)
    cite = Citation(article.id, start, start + len(text), None)
    how: DateResolution = "explicit" if unit is None else "time" if unit == "time" else "relative"
    expression = "last week" if "last week" in text else value
    return DateClaim(value, how, "event", expression, text, (cite,))


def test_timeline_orders_merges_and_marks_how_dates_were_found() -> None:
    a = make_article(
        "The army announced a ceasefire on Sunday. On Aug. 2, 2014, the group took the town.",
        "a",
        published="2017-08-28",
    )
    b = make_article("The army announced its ceasefire on Sunday morning.", "b")
    claims = [
        date_claim(a, "2017-08-27", "relative", "The army announced a ceasefire on Sunday."),
        date_claim(a, "2014-08-02", None, "On Aug. 2, 2014, the group took the town."),
        date_claim(b, "2017-08-27", "relative", "The army announced its ceasefire on Sunday"),
        date_claim(a, "T04:00Z", "time", "The army announced a ceasefire"),
    ]
    events = build_timeline([a, b], claims)
    assert [e.date for e in events] == ["2014-08-02", "2017-08-27"]
    assert events[0].resolved_from == "explicit"
    ceasefire = events[1]
    assert {c.article for c in ceasefire.citations} == {"a", "b"}
    assert ceasefire.resolved_from == "relative"


def test_story_date_events_say_so() -> None:
    a = make_article("Floods hit the town on Sunday.", "a", published="2023-03-13")
    b = make_article("Rescuers arrived on Sunday after a long drive north.", "b")
    claims = [date_claim(b, "2023-03-12", "relative", "Rescuers arrived on Sunday")]
    (event,) = build_timeline([a, b], claims)
    assert event.resolved_from == "story-date" and "2023-03-13" in event.note


def test_empty() -> None:
    assert build_timeline([], []) == ()


def test_week_level_dates_say_so() -> None:
    a = make_article("The harbour master resigned last week.", "a", published="2024-03-13")
    claims = [date_claim(a, "2024-03-06", "relative", "The harbour master resigned last week.")]
    (event,) = build_timeline([a], claims)
    assert event.date == "2024-03-06" and "week-level" in event.note


def test_the_same_year_fact_told_twice_is_one_row() -> None:
    from newsbrief.story.timeline import _same_fact, _words

    a = _words("Lebanese soldiers held captive by Daesh since 2014 are dead.")
    b = _words("Daesh has held nine Lebanese soldiers captive since 2014.")
    assert _same_fact(a, b, "2014")
    assert not _same_fact(a, b, "2014-08-02")  # a day-level date keeps distinct events apart


def test_a_wire_dateline_a_day_early_is_the_reference_date() -> None:
    filed = make_article(
        "KORVIK, July 25 (Wire) -- Officials reported today that the bridge had reopened.",
        "w",
        published="1996-07-26",
    )
    refs = reference_dates([filed, art("a", "1996-07-26")])
    assert refs["w"].date == "1996-07-25" and not refs["w"].borrowed
    assert "dateline" in refs["w"].note
    assert refs["a"].date == "1996-07-26"
    # A dateline far from the archive's date (a feature, a wrong year) is not trusted.
    old = make_article("KORVIK, June 2 (Wire) -- Work began today.", "o", published="1996-07-26")
    assert reference_dates([old])["o"].date == "1996-07-26"


def test_a_date_on_a_noun_is_no_row_beside_the_sentences_own_date(nlp: Nlp) -> None:
    """ "One of the workers reported missing on Monday was found on Tuesday" reports Tuesday's
    event; "after Monday's fire" recalls an event told where it is reported."""
    text = (
        "A fire broke out at the Kesh mill on Monday, the fire service said.\n\n"
        "One of the three workers reported missing on Monday was found safe at a neighbour's "
        "home on Tuesday morning, the fire service said.\n\n"
        "Questions grew on Tuesday over the mill's safety record after Monday's fire.\n\n"
        "Monday's fire was the third at the mill."
    )
    brief = analyse([make_article(text, "a", published="2025-03-11")], nlp=nlp)
    rows = [(e.date, e.text.split()[0], [c.sentence for c in e.citations]) for e in brief.timeline]
    assert rows == [
        # The last sentence's only date is the fire's: it tells of it, in the fire's row.
        ("2025-03-10", "A", [0, 3]),
        ("2025-03-11", "One", [1]),
        ("2025-03-11", "Questions", [2]),
    ]


def test_a_day_someone_was_ordered_to_act_on_is_the_nearest(nlp: Nlp) -> None:
    """What was ordered for "Tuesday" is tomorrow in Monday's paper, yesterday in
    Wednesday's; the order itself is dated as news is, backwards."""
    text = "Mayor Ada Rook ordered schools in the Kesh district closed on Tuesday."
    for published, day in (("2025-03-10", "2025-03-11"), ("2025-03-12", "2025-03-11")):
        brief = analyse([make_article(text, "a", published=published)], nlp=nlp)
        assert [e.date for e in brief.timeline] == [day]
    said = "Mayor Ada Rook said on Tuesday that schools would reopen."
    brief = analyse([make_article(said, "a", published="2025-03-10")], nlp=nlp)
    assert [e.date for e in brief.timeline] == ["2025-03-04"]
