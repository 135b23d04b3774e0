"""Timeline rules from readers' own lists of dated events (bench/real_timeline.py): plans a
month or a year ahead, background told on a noun, and periods a figure is compared against."""

from __future__ import annotations

from builders import analyse, make_article

from newsbrief.backends.nlp import Nlp
from newsbrief.models import DateClaim, QuantityClaim


def dates(nlp: Nlp, text: str, published: str) -> list[str]:
    brief = analyse([make_article(text, "a", published=published)], nlp=nlp)
    return [e.date for e in brief.timeline]


def test_this_month_is_the_one_of_the_report_s_year(nlp: Nlp) -> None:
    # In February, "this October" is eight months ahead, not last year's October.
    text = "Planners urged that a relief convoy be sent this October."
    assert dates(nlp, text, "1999-02-24") == ["1999-10"]


def test_a_plan_with_is_to_is_ahead(nlp: Nlp) -> None:
    # Told on Tuesday 10 November: the coming Wednesday, not the one before.
    text = "The airline is to resume flights to Tokyo on Wednesday."
    assert dates(nlp, text, "1998-11-10") == ["1998-11-11"]
    past = "The airline resumed flights to Tokyo on Wednesday."
    assert dates(nlp, past, "1998-11-10") == ["1998-11-04"]


def test_a_year_planned_for_or_in_its_middle_is_dated(nlp: Nlp) -> None:
    text = (
        "A first survey voyage was sailed in 1997, and a closing survey voyage is "
        "planned for 2003. The guild faces a ballot in mid-1999. A tour had been "
        "scheduled for June 2000."
    )
    assert dates(nlp, text, "1999-03-10") == ["1997", "1999", "2000-06", "2003"]
    # "For" alone labels a period: no event.
    assert dates(nlp, "Profits for 2003 rose sharply.", "2004-03-10") == []


def test_background_on_a_noun_keeps_its_year(nlp: Nlp) -> None:
    # A year or a month on a noun is background no other sentence dates; a weekday there is
    # the story's own day, told where it is reported (test_timeline).
    text = (
        "Thabo Mbeki, who became party president last year, took a hard line on Saturday "
        "against the report."
    )
    assert dates(nlp, text, "1998-10-31") == ["1997", "1998-10-31"]


def test_a_period_a_figure_is_compared_against_is_no_event(nlp: Nlp) -> None:
    text = (
        "The agency said 431 floods have been logged so far, a fall of 9 percent compared "
        "to 474 over the same period last year. Rents rose 3 percent from last year. The "
        "guild marched last year."
    )
    brief = analyse([make_article(text, "a", published="1998-11-22")], nlp=nlp)
    rows = [(e.date, [c.sentence for c in e.citations]) for e in brief.timeline]
    assert rows == [("1997", [2])]


def test_a_bare_number_that_died_counts_people(nlp: Nlp) -> None:
    text = (
        "At least 41 people from the district died. Across the region, at least 87 "
        "died. Six were killed in the crash and 15 were injured."
    )
    brief = analyse([make_article(text, "a", published="1998-10-24")], nlp=nlp)
    figures = {
        (c.value, c.unit, c.predicate_class, c.hedge)
        for c in brief.claims
        if isinstance(c, QuantityClaim)
    }
    assert {
        (41.0, "people", "dead", "at least"),
        (87.0, "people", "dead", "at least"),
        (6.0, "people", "dead", ""),
        (15.0, "people", "hurt", ""),
    } <= figures


def test_a_season_or_a_month_s_end_is_dated_and_alternatives_are_not(nlp: Nlp) -> None:
    text = (
        "The rowers have practised since last summer. The jury will rule at the end of "
        "the month. A verdict is expected no later than next week. The first ferry will be "
        "launched in mid-October and the next in late 2001 or early 2002. The survey spans "
        "records from 1958 to 1991."
    )
    brief = analyse([make_article(text, "a", published="1999-03-10")], nlp=nlp)
    rows = [(e.date, [c.sentence for c in e.citations]) for e in brief.timeline]
    # "no later than next week" is a deadline, not a comparison; the week is noted as such.
    assert rows == [("1998", [0]), ("1999-03", [1]), ("1999-03-17", [2]), ("1999-10", [3])]


def test_a_day_without_a_year_takes_the_year_the_article_wrote(nlp: Nlp) -> None:
    # Read against the report's date, "April 19" would be four months before it.
    text = (
        "The memoir says guards mishandled the riot on Feb. 28, 1993, and the army stormed the "
        "prison 50 days later, on April 19. Troops fired shells on April 19, 1993, a court file "
        "shows. Voss called for a review of the April 19 assault. Pickets marched on "
        "July 4."
    )
    found = dates(nlp, text, "1999-08-28")
    assert sorted(set(found)) == ["1993-02-28", "1993-04-19", "1999-07-04"]
    assert found.count("1993-04-19") >= 3  # each of the three sentences that tell it


def test_sums_in_words_after_the_figure_are_money(nlp: Nlp) -> None:
    text = (
        "The project will cost 27.5 billion yuan. German banks will lend 270 million U.S. "
        "dollars. The plan would cut the debt by $1.2 trillion."
    )
    brief = analyse([make_article(text, "a", published="1997-09-24")], nlp=nlp)
    figures = {(c.value, c.unit) for c in brief.claims if isinstance(c, QuantityClaim)}
    assert {(27.5e9, "yuan"), (270e6, "dollars"), (1.2e12, "dollars")} <= figures


def test_a_currency_s_country_is_no_party_to_a_sum(nlp: Nlp) -> None:
    # One donor's $630,000 and another's million "U.S. dollars" are two gifts, not a clash.
    a = make_article("Norway gave about $630,000 for grain and mobile health clinics.", "a")
    b = make_article(
        "Minister Tobias Renko thanked the donors for sending maize worth over one "
        "million U.S. dollars.",
        "b",
    )
    brief = analyse([a, b], nlp=nlp)
    assert not [c for c in brief.conflicts if "dollars" in c.subject]


def test_a_year_an_event_noun_is_dated_by_is_an_event(nlp: Nlp) -> None:
    text = (
        "Her son was hurt in a 1993 raid on a depot. The bridge was delayed by the "
        "Harwick flood of 1986. The 1996 law bans tolls. He graduated with the class "
        "of 1975."
    )
    assert dates(nlp, text, "1999-03-10") == ["1986", "1993"]


def test_a_weekday_in_a_name_dates_nothing(nlp: Nlp) -> None:
    text = "He sold poems to The Saturday Evening Post before the war."
    assert dates(nlp, text, "1999-12-14") == []


def test_a_second_day_of_the_month_just_named(nlp: Nlp) -> None:
    text = "The two papers are hosting council debates on Oct. 27 and 28 in Dunmore."
    assert dates(nlp, text, "1999-09-23") == ["1999-10-27", "1999-10-28"]
    # A number after "and" that counts something is no day.
    assert dates(nlp, "The talks on June 3 and 40 people attended.", "1999-09-23") == ["1999-06-03"]


def test_an_arrangement_or_a_when_will_clause_is_ahead(nlp: Nlp) -> None:
    text = "The papers are hosting panels on the same days in February."
    assert dates(nlp, text, "1999-09-23") == ["2000-02"]
    text = "Neighbours planned a party for her in late May, when she will be thanked."
    assert dates(nlp, text, "2000-01-02") == ["2000-05"]
    # A clause on a noun is not the date's own verb: the fire broke out before.
    text = "Officials are investigating the fire that broke out on Monday."
    assert dates(nlp, text, "1999-09-23") == ["1999-09-20"]


def test_a_season_of_a_year_and_a_month_or_year_an_event_noun_is_set_in(nlp: Nlp) -> None:
    text = "The new tests are to be given starting in spring 2001."
    assert dates(nlp, text, "1999-08-13") == ["2001"]
    assert dates(nlp, "Actors read from the 1925 trial in Tennessee.", "2000-07-13") == ["1925"]
    text = "Its revised plan will be shown at the council's July meeting."
    assert dates(nlp, text, "1999-06-08") == ["1999-07"]


def test_a_contest_a_year_is_the_time_of_and_two_years_of_one_kind(nlp: Nlp) -> None:
    text = (
        "Hosts deny the gifts swayed judges between the ballots on the 1998 and 2002 "
        "games. The council was formed after the 1979 Islamic Revolution. Tarnow's 2006 "
        "Winter Olympics bid was lodged."
    )
    assert sorted(dates(nlp, text, "1998-12-10")) == ["1979", "1998", "2002", "2006"]
    brief = analyse([make_article(text, "a", published="1998-12-10")], nlp=nlp)
    events = {c.value: c.event for c in brief.claims if isinstance(c, DateClaim)}
    # The event is the contest the year is written on, not the sentence's verb.
    assert events["1979"] == "islamic revolution"
    # A year that only labels something is still no event.
    assert dates(nlp, "Congress passed the 1996 crime bill.", "1998-12-10") == []


def test_a_weekend_and_a_month_s_end_or_a_month_scheduled(nlp: Nlp) -> None:
    # Told on Tuesday 15 December 1998.
    day = "1998-12-15"
    assert dates(nlp, "Protesters marched over the weekend.", day) == ["1998-12-12"]
    assert dates(nlp, "The board is scheduled to meet this weekend.", day) == ["1998-12-19"]
    brief = analyse([make_article("The board met last weekend.", "a", published=day)], nlp=nlp)
    assert [(e.date, "week" in e.note) for e in brief.timeline] == [("1998-12-12", True)]
    text = "Marsh said she hopes to close the audit by the end of January."
    assert dates(nlp, text, day) == ["1999-01"]
    assert dates(nlp, "The opening of the museum is scheduled for February.", day) == ["1999-02"]


def test_a_weekday_s_event_still_to_come(nlp: Nlp) -> None:
    # Told on Thursday 22 October 1998: the coming Friday's vote; a past one "of" it.
    day = "1998-10-22"
    text = "About 39 percent of members are expected to turn out for Friday's vote."
    assert dates(nlp, text, day) == ["1998-10-23"]
    text = "The effects of Wednesday's vote were still unclear."
    assert dates(nlp, text, day) == ["1998-10-21"]


def test_as_early_as_or_as_late_as_a_day_is_ahead(nlp: Nlp) -> None:
    # Told on Friday 23 October 1998.
    day = "1998-10-23"
    text = "Counts from the port could be released as late as Sunday, officials said."
    assert dates(nlp, text, day) == ["1998-10-25"]
    text = "The council's budget could be approved by the full board as soon as Saturday."
    assert dates(nlp, text, day) == ["1998-10-24"]


def test_a_month_ending_its_sentence_is_read_on_its_own_verb_and_set_up_is_done(
    nlp: Nlp,
) -> None:
    # The full stop after "March" hangs on "said": the plan is still the one "expects" tells.
    text = (
        "Divers have begun interviewing the crew and examining the trawler's records. The "
        "board said it expects to publish an interim report in March."
    )
    assert dates(nlp, text, "2024-11-07") == ["2025-03"]
    # "set up on Tuesday" was done; "set for Tuesday" is planned.
    done = "The health director said a helpline set up on Tuesday had received 400 calls."
    assert dates(nlp, done, "2025-08-21") == ["2025-08-19"]
    assert dates(nlp, "The vote is set for Tuesday.", "2025-08-21") == ["2025-08-26"]
