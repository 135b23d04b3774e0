"""How long something lasts is a figure (``article.durations``), and so is one said inside a
quotation, marked as the speaker's (``article.figures``); a span that dates or ages
something is not; durations and ages are figures a source states but no key figure, and two
durations are never set against each other (the product does not know what lasted)."""

from __future__ import annotations

from builders import analyse, make_article, reported

from newsbrief.article.age_figures import find_ages
from newsbrief.article.durations import DURATION_CLASS, find_durations
from newsbrief.article.figures import find_figures
from newsbrief.article.fractions import find_fractions
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Article, QuantityClaim, Sentence
from newsbrief.story.key_figures import key_figures


def spans(nlp: Nlp, text: str) -> list[tuple[float, str, str]]:
    article = make_article(text, "a")
    return [(f.value, f.unit, f.hedge) for f in find_durations(article, nlp.parse(text))]


def test_a_span_with_a_number_is_a_duration(nlp: Nlp) -> None:
    assert spans(nlp, "The storm stalled above the town for nearly 12 hours.") == [
        (12.0, "hours", "nearly")
    ]
    assert spans(nlp, "Flights resumed after a 13-day shutdown.") == [(13.0, "days", "")]
    assert spans(nlp, "He was sentenced to seven years in jail.") == [(7.0, "years", "")]
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
        "Thirty-six hours later the power was still out.",
        "The 57-year-old airline closed.",
        "A 3-year old girl fell ill.",
        "He has trained the boy since he was eleven years old.",
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


def test_a_figure_inside_a_quotation_is_the_speaker_s(nlp: Nlp) -> None:
    text = (
        'The governor said: "We have 300 dead and we waited 48 hours for help." Officials '
        "counted 280 dead."
    )
    article = make_article(text, "a")
    found = [(f.value, f.quoted) for f in find_figures(article, nlp.parse(text))]
    assert found == [(300.0, True), (48.0, True), (280.0, False)]


def test_a_quoted_figure_is_a_claim_but_no_key_figure_nor_a_side(nlp: Nlp) -> None:
    brief = reported(
        nlp,
        ("Officials said 12 people were hurt in the blast in Tarnow.", "2024-03-04"),
        ('"Twenty people were hurt," the mayor of Tarnow said of the blast.', "2024-03-04"),
    )
    figures = [(c.value, c.quoted) for c in brief.claims if isinstance(c, QuantityClaim)]
    assert sorted(figures) == [(12.0, False), (20.0, True)]
    assert brief.conflicts == ()
    assert [row.value for row in key_figures(brief)] == ["12"]


def figures_of(nlp: Nlp, text: str) -> list[tuple[float, str, str]]:
    article = make_article(text, "a")
    return [(f.value, f.unit, f.hedge) for f in find_figures(article, nlp.parse(text))]


def test_numbers_in_words_and_bounds_before_them(nlp: Nlp) -> None:
    text = "Sixty-three percent of Canadians backed the new tax in a Leger poll."
    assert figures_of(nlp, text) == [(63.0, "percent", "")]
    text = "Doctors fear as many as 2,500 people may have been poisoned."
    assert figures_of(nlp, text) == [(2500.0, "people", "as many as")]
    assert figures_of(nlp, "In addition, another 3.2 million people were listed twice.") == [
        (3200000.0, "people", "")
    ]
    assert figures_of(nlp, "She died after a yearlong fight with leukemia.") == [(1.0, "years", "")]


def test_an_age_told_after_a_death_or_as_the_subject(nlp: Nlp) -> None:
    def ages(text: str) -> list[tuple[str, float]]:
        brief = analyse([make_article(text, "a", published="2018-02-28")], nlp=nlp)
        return [
            (c.qualifier, c.value)
            for c in brief.claims
            if isinstance(c, QuantityClaim) and c.unit == "years old"
        ]

    assert ages("The choir's tenor Olan Pryce passed away at age 36 in 2010.") == [
        ("Olan Pryce", 36.0)
    ]
    assert ages("Drummer Kato Brill has died in Ohio. The 41-year-old died on Tuesday.") == [
        ("Kato Brill", 41.0)
    ]
    # A sentence that names its own person is not the one before's.
    text = "Drummer Kato Brill has died. The 43-year-old bassist, Lenny Arkwright, spoke."
    assert ("Kato Brill", 43.0) not in ages(text)


def test_a_vote_s_tally_is_votes_for_and_against(nlp: Nlp) -> None:
    for text in (
        "Berlusconi won a 316-301 vote in the lower house.",
        "The Senate voted 316-301 to advance the bill.",
        "The bill passed by a vote of 316-301.",
    ):
        assert figures_of(nlp, text) == [(316.0, "votes", ""), (301.0, "votes", "")], text
    article = make_article("The Senate voted 79-19 to advance the bill.", "a")
    sides = [f.predicate for f in find_figures(article, nlp.parse(article.text))]
    assert sides == ["for", "against"]
    # A score is no tally of votes.
    assert figures_of(nlp, "The home team won 3-1 on Sunday.") == []


def test_a_span_without_a_number_after_a_word_of_lasting(nlp: Nlp) -> None:
    text = "For more than a decade, Routley has lived in a vegetative state."
    assert spans(nlp, text) == [(10.0, "years", "more than")]
    assert spans(nlp, "Developing a new drug typically takes a decade.") == [(10.0, "years", "")]
    assert spans(nlp, "The team has worked for the past year on it.") == [(1.0, "years", "")]
    assert spans(nlp, "The band toured for three decades.") == [(30.0, "years", "")]
    for text in (
        "It may be at least a decade before the mine reopens.",
        "He earns $50,000 a year.",
        "A year ago he left.",
        "He exercises once a week.",
        "Last week, the typhoon killed 74 people.",
    ):
        assert spans(nlp, text) == [], text


def test_a_range_with_a_scale_on_either_end(nlp: Nlp) -> None:
    assert figures_of(nlp, "The illness affects 4 million to 5 million Germans.") == [
        (4000000.0, "germans", "from"),
        (5000000.0, "germans", "up to"),
    ]
    assert figures_of(nlp, "Between 2 and 3 million people fled the floods.") == [
        (2000000.0, "people", "between"),
        (3000000.0, "people", "up to"),
    ]


def test_a_figure_past_the_article_s_sentences_cites_its_own_line(nlp: Nlp) -> None:
    # Hostile or odd input: the article's sentences stop early.  The figure is cited with its
    # line, not with everything since the last sentence (which made long texts quadratic).
    text = "Officials met on Monday.\n" + "Filler words here. " * 50 + "\nAbout 12 people died."
    article = Article("a", "test:a", text, (Sentence(0, 24, text[:24]),))
    facts = find_figures(article, nlp.parse(text))
    assert [(f.value, f.text, f.citation.sentence) for f in facts] == [
        (12.0, "About 12 people died.", None)
    ]
    cite = facts[0].citation
    assert text[cite.start : cite.end] == "About 12 people died."


def test_an_age_of_anyone_is_a_figure(nlp: Nlp) -> None:
    def ages(text: str) -> list[tuple[float, str]]:
        article = make_article(text, "a")
        return [(f.value, f.unit) for f in find_ages(article, nlp.parse(text))]

    assert ages("The grandparents of a 3-year-old who's been lost since Sunday spoke.") == [
        (3.0, "years old")
    ]
    assert ages("The union did not believe the 57-year-old airline would close.") == [
        (57.0, "years old")
    ]
    assert ages("About 250 people, most aged 14 to 19, were at the concert.") == [
        (14.0, "years old"),
        (19.0, "years old"),
    ]
    assert ages("It typically appears between the ages of 16 and 30.") == [
        (16.0, "years old"),
        (30.0, "years old"),
    ]
    assert ages("Poole, then 28, denied it. A six-month-old baby was found.") == [
        (28.0, "years old"),
        (6.0, "months old"),
    ]
    assert ages("The painter died at age 52 in March.") == [(52.0, "years old")]
    for text in (
        "Four years ago the plant closed after a 13-day strike.",
        "Turnout among voters aged 45 percent, officials said.",
        "The meeting ended at age 3 p.m.",
        '"I was a 9-year-old then," she said.',
    ):
        assert ages(text) == [], text


def test_an_age_of_no_one_named_is_kept_once_and_set_against_nothing(nlp: Nlp) -> None:
    # Invented reports: two unnamed people's ages, and one named person's age told as the
    # subject of a sentence (found by both finders: kept once, as hers).
    brief = reported(
        nlp,
        (
            "A 9-year-old boy was hurt in the crash in Varna. Singer Mila Dorn has died. "
            "The 38-year-old died on Thursday.",
            "2024-03-04",
        ),
        ("A 12-year-old girl was hurt in the crash in Varna.", "2024-03-05"),
    )
    ages = sorted(
        (c.qualifier, c.value)
        for c in brief.claims
        if isinstance(c, QuantityClaim) and c.unit == "years old"
    )
    assert ages == [("", 9.0), ("", 12.0), ("Mila Dorn", 38.0)]
    assert brief.conflicts == ()


def test_a_share_written_as_a_fraction_is_a_percentage(nlp: Nlp) -> None:
    def shares(text: str) -> list[tuple[float, str]]:
        article = make_article(text, "a")
        return [(f.value, f.hedge) for f in find_fractions(article, nlp.parse(text))]

    assert shares("Nearly half of the population lives in the highlands.") == [(50.0, "nearly")]
    assert shares("The firm earns three-quarters of its income from tyres.") == [(75.0, "")]
    assert shares("He showed that one in five of the patients could answer.") == [(20.0, "")]
    assert shares("About 1 in 3 falls could be avoided.") == [(33.33, "about")]
    for text in (
        "Sales rose in the first half of the year.",
        "He was half of a duo with his cousin.",
        "The plant makes 5 in 10 minutes.",
        "The union spoke on behalf of the workers for half an hour.",
        "It was one in 2019 and another in 2020.",
    ):
        assert shares(text) == [], text


def test_a_range_of_percentages_gives_both_ends(nlp: Nlp) -> None:
    for text in (
        "Between 40 and 50 percent of voters stayed home.",
        "Between 40 percent and 50 percent of voters stayed home.",
        "Rates of 40%-50% were seen among voters who stayed home.",
    ):
        assert [(v, u) for v, u, _ in figures_of(nlp, text)] == [
            (40.0, "percent"),
            (50.0, "percent"),
        ], text


def test_a_span_that_lasted_is_a_duration_even_before_after(nlp: Nlp) -> None:
    text = "One patient said the relief lasted seven weeks after the treatment ended."
    assert spans(nlp, text) == [(7.0, "weeks", "")]
    assert spans(nlp, "He served five years before his release.") == [(5.0, "years", "")]
    assert spans(nlp, "Nine months after the blackout, births rose.") == []


def test_a_share_of_n_out_of_m_is_no_count_of_either(nlp: Nlp) -> None:
    text = "Two out of three voters backed the plan, and 1 in 3 cases was preventable."
    assert [(round(v, 2), u) for v, u, _ in figures_of(nlp, text)] == [
        (66.67, "percent"),
        (33.33, "percent"),
    ]
