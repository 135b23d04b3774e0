"""Alignment rules on hand-built claims (no spaCy): agreements, contradictions, framings."""

from __future__ import annotations

import re
from dataclasses import replace

from builders import analyse, make_article, reported
from builders import quantity as qty

from newsbrief.article.dates import DATE_RE, NUMBER_WORDS, iso_day
from newsbrief.article.predicates import is_capacity, predicate_class, thing_class
from newsbrief.article.quantities import hedge_before
from newsbrief.backends.nlp import Nlp
from newsbrief.models import (
    Citation,
    Claim,
    DateClaim,
    DateExpression,
    QuantityClaim,
    QuantityFact,
    QuoteClaim,
)
from newsbrief.story.claims import _as_of
from newsbrief.story.conflicts import align_claims
from newsbrief.story.key_figures import key_figures


def test_typed_fields() -> None:
    claim = qty("a", 9.0, "Lebanese soldiers held", "soldiers")
    assert claim.predicate == "held" and claim.qualifier == "Lebanese"
    assert claim.noun == "Lebanese soldiers"


def test_same_value_same_predicate_kind_agrees() -> None:
    agreements, conflicts = align_claims(
        [qty("a", 40.0, "residents evacuated", "residents"),
         qty("b", 40.0, "residents forced from homes", "residents")]
    )  # fmt: skip
    assert [(x.subject, x.value) for x in agreements] == [("residents displaced", 40.0)]
    assert {c.article for c in agreements[0].citations} == {"a", "b"}
    assert conflicts == ()


def test_same_value_different_predicates_is_not_agreement() -> None:
    # Each source counts soldiers several ways: only like predicates are one fact.
    agreements, _ = align_claims(
        [qty("a", 2.0, "soldiers executed", "soldiers"),
         qty("a", 11.0, "soldiers taken", "soldiers", 10),
         qty("b", 2.0, "soldiers sought", "soldiers"),
         qty("b", 6.0, "soldiers found", "soldiers", 10)]
    )  # fmt: skip
    assert agreements == ()


def test_a_count_qualified_by_a_name_is_part_of_the_unqualified_one() -> None:
    # "relatives of 150 Chinese passengers" / "153 Chinese passengers" / "239 passengers and
    # crew aboard": the 239 are not a third value of the Chinese passengers.
    _, conflicts = align_claims(
        [qty("a", 150.0, "Chinese passengers clashing", "passengers"),
         qty("b", 153.0, "Chinese passengers refused", "passengers"),
         qty("c", 239.0, "passengers disappeared", "passengers")]
    )  # fmt: skip
    assert [sorted(float(s.value) for s in c.sides) for c in conflicts] == [[150.0, 153.0]]
    # Lower-case words narrow nothing a reader would tell apart: still one count.
    _, (conflict,) = align_claims(
        [qty("a", 3.0, "army trucks set", "trucks"), qty("b", 5.0, "trucks destroyed", "trucks")]
    )
    assert conflict.kind == "contradiction"


def test_a_thing_each_source_counts_once_is_one_fact() -> None:
    # "Three army trucks were set alight" / "five trucks had been destroyed": one count.
    _, (conflict,) = align_claims(
        [qty("a", 3.0, "trucks set", "trucks"), qty("b", 5.0, "trucks destroyed", "trucks")]
    )
    assert conflict.kind == "contradiction"


def test_hedges_and_ranges_are_consistent_and_agree_at_the_exact_figure() -> None:
    agreements, conflicts = align_claims(
        [qty("a", 30.0, "patients reported", "patients", hedge="at least"),
         qty("b", 35.0, "patients reported", "patients"),
         qty("c", 40.0, "gunmen crossed", "gunmen", hedge="between"),
         qty("c", 50.0, "gunmen crossed", "gunmen", 10, hedge="up to"),
         qty("d", 45.0, "gunmen crossed", "gunmen", hedge="about")]
    )  # fmt: skip
    assert conflicts == ()
    assert {(a.value) for a in agreements} == {35.0, 45.0}


def test_approximate_figures_that_cannot_both_hold_contradict() -> None:
    _, (conflict,) = align_claims(
        [qty("a", 150.0, "spectators standing", "spectators", hedge="about"),
         qty("b", 100.0, "spectators packed", "spectators", hedge="nearly")]
    )  # fmt: skip
    assert conflict.kind == "contradiction" and "approximate" in conflict.note
    # Twice as many with no source disputing the other is not reported (precision first: on
    # real clusters such pairs were two different things counted alike).
    assert align_claims(
        [qty("a", 200.0, "spectators standing", "spectators", hedge="about"),
         qty("b", 100.0, "spectators packed", "spectators", hedge="nearly")]
    )[1] == ()  # fmt: skip


def test_units_are_normalised_and_percent_kept_apart() -> None:
    agreements, conflicts = align_claims(
        [qty("a", 20.0, "kilometres hit", "kilometres", hedge="about"),
         qty("b", 12.0, "miles located", "miles", hedge="about"),
         qty("a", 40.0, "percent cut", "percent", 10),
         qty("b", 800.0, "workers cut", "workers", 10)]
    )  # fmt: skip
    assert conflicts == ()
    assert [(a.subject, a.value) for a in agreements] == [("kilometres", 20.0)]
    # Power in gigawatts and in megawatts is one measure.
    agreements, conflicts = align_claims(
        [
            qty("a", 1.2, "gigawatts lost", "gigawatts"),
            qty("b", 1200.0, "megawatts lost", "megawatts"),
        ]
    )
    assert conflicts == () and len(agreements) == 1


def test_a_rising_toll_is_an_update_in_time_order() -> None:
    claims = [
        replace(qty("a", 12.0, "people killed", "people", hedge="at least"),
                text="An earthquake struck, killing at least 12 people."),
        replace(qty("b", 31.0, "people killed", "people"),
                text="The death toll has climbed to 31 people."),
        replace(qty("c", 47.0, "people killed", "people"),
                text="The number of people killed has risen to 47."),
    ]  # fmt: skip
    reported = {"a": "2024-11-11", "b": "2024-11-12", "c": "2024-11-14"}
    agreements, (conflict,) = align_claims(claims, reported=reported)
    assert conflict.kind == "update" and agreements == ()
    assert [s.value for s in conflict.sides] == [12.0, 31.0, 47.0]
    assert "12 (2024-11-11) → 31 (2024-11-12) → 47 (2024-11-14)" in conflict.note


def test_framing_across_units_and_part_of_a_total() -> None:
    soldiers = [
        replace(qty("a", 12.0, "soldiers killed", "soldiers"), text="12 soldiers were killed."),
        replace(qty("b", 8.0, "soldiers killed", "soldiers"),
                text="Eight soldiers and four police officers were killed."),
        replace(qty("b", 4.0, "police officers killed", "police officers"),
                text="Eight soldiers and four police officers were killed."),
    ]  # fmt: skip
    _, (conflict,) = align_claims(soldiers)
    assert conflict.kind == "framing" and "12 = 8 soldiers + 4 police officers" in conflict.note
    assert [s.value for s in conflict.sides] == [12.0, 8.0]  # the larger total first
    injured = [
        qty("a", 30.0, "people injured", "people"),
        qty("b", 18.0, "people taken to hospital", "people"),
        qty("c", 30.0, "people injured", "people"),
        qty("c", 18.0, "people taken to hospital", "people"),
    ]
    _, (conflict,) = align_claims(injured)
    assert conflict.kind == "framing" and "18 of the 30" in conflict.note


def test_single_article_never_conflicts() -> None:
    agreements, conflicts = align_claims(
        [qty("a", 12.0, "people killed", "people"), qty("a", 15.0, "people killed", "people")]
    )
    assert agreements == () and conflicts == ()


def test_different_counts_of_the_same_thing_contradict() -> None:
    _, conflicts = align_claims(
        [qty("a", 12.0, "people killed", "people"), qty("b", 15.0, "people died", "people")]
    )
    (conflict,) = conflicts
    assert conflict.kind == "contradiction" and conflict.subject == "people dead"
    assert [s.value for s in conflict.sides] == [12.0, 15.0]
    assert "12 vs 15" in conflict.note


def test_arithmetic_makes_a_framing() -> None:
    claims = [
        qty("000", 8.0, "Lebanese soldiers dead", "soldiers"),
        qty("000", 11.0, "Lebanese soldiers took", "soldiers", 10),
        qty("000", 2.0, "Lebanese soldiers executed", "soldiers", 20),
        qty("004", 9.0, "Lebanese soldiers held", "soldiers"),
        qty("004", 6.0, "soldiers belong", "soldiers", 10),
        qty("004", 2.0, "soldiers sought", "soldiers", 20),
        qty("004", 1.0, "soldiers unknown", "soldiers", 30),
    ]
    _, (conflict,) = align_claims(claims)
    assert conflict.kind == "framing"
    assert conflict.subject == "Lebanese soldiers"
    for relation in ("11 − 2 = 9", "6 + 2 = 8", "6 + 2 + 1 = 9"):
        assert relation in conflict.note
    assert len(conflict.sides) == 7


def test_coincidental_sums_across_sources_do_not_explain() -> None:
    # 3 (a) + 9 (b) = 12 mixes two sources: it must not turn 12 vs 9 into a framing.
    claims = [
        qty("a", 12.0, "people killed", "people"),
        qty("a", 3.0, "people arrested", "people", 10),
        qty("b", 9.0, "people killed", "people"),
    ]
    _, (conflict,) = align_claims(claims)
    assert conflict.kind == "contradiction"


def test_bounds_are_no_terms_of_a_sum() -> None:
    # "224 killed" and "at least 26 killed" in one report do not make "more than 250 killed"
    # in another a breakdown: a bound is not an exact term.  224 vs more than 250 contradict.
    claims = [
        qty("a", 224.0, "people killed", "people"),
        qty("a", 26.0, "people killed", "people", 10, hedge="at least"),
        qty("b", 250.0, "people killed", "people", hedge="more than"),
    ]
    _, conflicts = align_claims(claims)
    assert [c.kind for c in conflicts] == ["contradiction"]
    assert {s.value for s in conflicts[0].sides} == {224.0, 250.0}


def test_sources_that_give_both_figures_do_not_differ() -> None:
    # "17 of the 86 seats declared" beside "the 86-seat assembly"; two reports that each say
    # 20 million of 30 million voted: no source differs from another.
    seats = [
        qty("a", 17.0, "seats announced", "seats"),
        qty("a", 86.0, "seats announced", "seats", 10),
        qty("b", 86.0, "seats announced", "seats"),
    ]
    voted = [
        qty("x", 20.0, "people voted", "people"),
        qty("x", 30.0, "people voted", "people", 10),
        qty("y", 30.0, "people voted", "people"),
        qty("y", 20.0, "people voted", "people", 10),
    ]
    for claims in (seats, voted):
        _, conflicts = align_claims(claims)
        assert conflicts == ()


def test_dates_of_the_same_event() -> None:
    def when(article: str, value: str) -> Claim:
        cite = (Citation(article, 0, 5, 0),)
        text = "The bridge collapsed."
        return DateClaim(value, "explicit", "bridge collapsed", value, text, cite)

    agreements, conflicts = align_claims([when("a", "2020-03-02"), when("b", "2020-03-02")])
    assert len(agreements) == 1 and conflicts == ()
    # Two dates for one event key are not reported as a disagreement (on real clusters they
    # were two events, or a weekday read the wrong way).
    _, conflicts = align_claims([when("a", "2020-03-02"), when("b", "2020-03-05")])
    assert conflicts == ()


def test_quotes_and_times_are_not_aligned() -> None:
    cite_a, cite_b = (Citation("a", 0, 5, 0),), (Citation("b", 0, 5, 0),)
    claims: list[Claim] = [
        QuoteClaim("we will win", "X", "t", cite_a),
        QuoteClaim("we will win", "X", "t", cite_b),
        DateClaim("T04:00Z", "time", "took effect", "7am", "t", cite_a),
        DateClaim("T05:00Z", "time", "took effect", "8am", "t", cite_b),
    ]
    assert align_claims(claims) == ((), ())


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+")


def sentence(
    article: str,
    value: float,
    text: str,
    subject: str,
    unit: str,
    refs: dict[str, str] | None = None,
) -> QuantityClaim:
    """A quantity claim as the product makes it from one sentence: the hedge and capacity read
    before the figure, and the day it is tied to (``story.claims._as_of``) from the sentence's
    date expressions and the article's reference date."""
    cite = Citation(article, 0, len(text), 0)
    at = next(
        m.start()
        for m in _NUMBER.finditer(text)
        if (m.group(0)[0].isdigit() and float(m.group(0).replace(",", "")) == value)
        or NUMBER_WORDS.get(m.group(0).casefold()) == value
    )
    base = qty(article, value, subject, unit)
    kind = "capacity" if is_capacity(text[:at]) else base.predicate_class
    fact = QuantityFact(
        value, unit, base.qualifier, base.predicate, kind, hedge_before(text[:at]), False,
        at, at + 1, at, at + 1, text, cite,
    )  # fmt: skip
    expressions = [
        DateExpression(
            start=m.start(),
            end=m.end(),
            expression=m.group(0),
            parts=tuple((k, v) for k, v in m.groupdict().items() if v is not None),
            sentence=0,
            future=False,
            possessive=text[m.end() : m.end() + 2] in ("'s", "’s"),
            in_quote=False,
            event="",
            text=text,
            citation=cite,
        )
        for m in DATE_RE.finditer(text)
    ]
    ref = (refs or {}).get(article)
    as_of, written = _as_of(fact, expressions, iso_day(ref), ref)
    return replace(
        base,
        text=text,
        citations=(cite,),
        predicate_class=kind,
        hedge=fact.hedge,
        as_of=as_of,
        as_of_written=written,
    )


def test_only_like_is_compared_with_like() -> None:
    # Evacuated, hospital and staff counts of "people" are three different figures.
    claims = [
        sentence("a", 300.0, "About 300 people were evacuated.", "people evacuated", "people"),
        sentence("a", 9.0, "Nine people were taken to hospital.", "people taken to hospital",
                 "people"),
        sentence("b", 420.0, "Around 420 residents fled.", "residents fled", "residents"),
        sentence("b", 11.0, "Eleven people were treated for burns.", "people treated", "people"),
        sentence("b", 90.0, "The mill employs 90 people.", "people employs", "people"),
    ]  # fmt: skip
    _, conflicts = align_claims(claims)
    by_subject = {c.subject: c for c in conflicts}
    assert set(by_subject) == {"people displaced", "people hurt"}
    displaced = by_subject["people displaced"]
    assert displaced.kind == "contradiction" and "approximate" in displaced.note
    assert {s.value for s in displaced.sides} == {300.0, 420.0}
    assert {s.value for s in by_subject["people hurt"].sides} == {9.0, 11.0}


def test_predicate_classes() -> None:
    assert predicate_class("told to leave homes") == "displaced"
    assert predicate_class("forced from homes") == "displaced"
    assert predicate_class("taken to hospital") == "hurt"
    assert predicate_class("have taken place") == "occurred"  # nobody was taken
    assert predicate_class("took over") == "took over"  # "took over the drums"
    assert predicate_class("were taken") == "captive"
    assert predicate_class("taken") == "captive"
    assert predicate_class("not found") == "missing"
    assert predicate_class("unaccounted") == "missing"
    assert predicate_class("pulled alive") == "rescued"
    assert predicate_class("caught") == predicate_class("trapped") == "trapped"
    assert predicate_class("died") == predicate_class("killed") == "dead"
    assert predicate_class("not injured") != "hurt"
    assert predicate_class("destroyed in villages") == predicate_class("destroying") == "destroy"
    assert thing_class("residents") == thing_class("people") == "people"


def test_a_later_dated_report_is_an_update_not_a_contradiction() -> None:
    refs = {"a": "2024-05-04", "b": "2024-05-06"}
    claims = [
        sentence("a", 4.0, "Four divers were still missing on Saturday.", "divers missing",
                 "divers", refs),
        sentence("b", 2.0, "Two divers remained missing on Monday.", "divers missing", "divers",
                 refs),
        sentence("a", 6.0, "Six divers were trapped on Saturday.", "divers trapped", "divers",
                 refs),
        sentence("b", 5.0, "Five divers were caught on Saturday.", "divers caught", "divers",
                 refs),
    ]  # fmt: skip
    _, conflicts = align_claims(claims)
    by_subject = {c.subject: c for c in conflicts}
    missing = by_subject["divers missing"]
    assert missing.kind == "update" and "later report" in missing.note
    assert "4 (2024-05-04) → 2 (2024-05-06)" in missing.note
    # Same day written in both sentences: a real disagreement.
    assert by_subject["divers trapped"].kind == "contradiction"


def test_undated_figures_on_different_days_still_contradict() -> None:
    refs = {"a": "2024-05-04", "b": "2024-05-05"}
    claims = [
        sentence("a", 70.0, "Some 70 people fled the valley.", "people fled", "people", refs),
        sentence("b", 90.0, "Nearly 90 people fled the valley.", "people fled", "people", refs),
    ]
    _, (conflict,) = align_claims(claims)
    assert conflict.kind == "contradiction" and "approximate" in conflict.note


def test_a_possessive_date_does_not_date_the_count() -> None:
    refs = {"a": "2024-05-04", "b": "2024-05-07"}
    claims = [
        sentence("a", 3.0, "Three hikers were missing on Saturday.", "hikers missing", "hikers",
                 refs),
        sentence("b", 1.0, "The search for one hiker missing since Saturday's storm resumed "
                 "on Tuesday.", "hikers missing", "hikers", refs),
    ]  # fmt: skip
    _, (conflict,) = align_claims(claims)
    assert conflict.kind == "update" and "2024-05-07" in conflict.note


def test_a_part_with_the_totals_own_predicate_is_no_breakdown() -> None:
    # 5 trapped + 1 missing = 6 trapped is a coincidence: the missing one is among the five.
    claims = [
        qty("a", 5.0, "divers trapped", "divers"),
        qty("a", 1.0, "divers missing", "divers", 10),
        qty("a", 4.0, "divers rescued", "divers", 20),
        qty("b", 6.0, "divers trapped", "divers"),
    ]
    _, conflicts = align_claims(claims)
    trapped = next(c for c in conflicts if c.subject == "divers trapped")
    assert trapped.kind == "contradiction"


def test_unclassified_synonym_predicates_clash() -> None:
    _, conflicts = align_claims(
        [qty("a", 212.0, "passengers were on board", "passengers"),
         qty("b", 240.0, "passengers carrying", "passengers")]
    )  # fmt: skip
    assert [(c.kind, {s.value for s in c.sides}) for c in conflicts] == [
        ("contradiction", {212.0, 240.0})
    ]
    _, strike = align_claims(
        [qty("a", 6000.0, "dockworkers joined", "dockworkers"),
         replace(qty("b", 3500.0, "dockworkers walked out", "dockworkers"),
                 text="Only 3,500 dockworkers walked out, fewer than the union claims.")]
    )  # fmt: skip
    assert [c.kind for c in strike] == ["contradiction"]


def test_same_verb_stem_clashes_but_unrelated_verbs_do_not() -> None:
    _, same = align_claims(
        [qty("a", 12.0, "schools closed", "schools"), qty("b", 15.0, "schools closing", "schools")]
    )
    assert len(same) == 1
    # Sources that count schools several ways: only like verbs are compared (a thing each
    # source counts once is one fact: test_a_thing_each_source_counts_once_is_one_fact).
    _, different = align_claims(
        [qty("a", 12.0, "schools closed", "schools"), qty("a", 40.0, "schools open", "schools", 9),
         qty("b", 15.0, "schools reopened", "schools"), qty("b", 3.0, "schools hit", "schools", 9)]
    )  # fmt: skip
    assert different == ()


def test_capacity_is_never_compared_with_a_count() -> None:
    _, conflicts = align_claims(
        [sentence("a", 212.0, "The ferry was carrying 212 passengers.", "passengers carrying",
                  "passengers"),
         sentence("b", 180.0, "The ferry is licensed to carry 180 passengers.",
                  "passengers licensed to carry", "passengers")]
    )  # fmt: skip
    assert conflicts == ()


def test_synonym_classes_agree() -> None:
    agreements, conflicts = align_claims(
        [qty("a", 41.0, "ships waiting", "ships"), qty("b", 41.0, "ships stayed", "ships")]
    )
    assert [a.value for a in agreements] == [41.0] and conflicts == ()
    assert predicate_class("walked out") == predicate_class("joined") == "striking"
    assert predicate_class("were on board") == predicate_class("carrying") == "aboard"


def test_a_breakdown_by_place_frames_a_total() -> None:
    # 120 postponed at one hospital + 60 at another = 180 postponed, said by one source.
    claims = [
        qty("a", 180.0, "operations postponed", "operations"),
        qty("b", 120.0, "operations postponed", "operations"),
        qty("b", 60.0, "operations postponed", "operations", 10),
    ]
    _, (conflict,) = align_claims(claims)
    assert conflict.kind == "framing" and "120 + 60 = 180" in conflict.note


def test_a_past_year_figure_neither_contradicts_nor_updates() -> None:
    claims = [
        replace(qty("a", 60.0, "homes destroyed", "homes"), as_of="1987", as_of_written=True),
        qty("b", 40.0, "homes destroyed", "homes"),
        replace(qty("a", 45.0, "percent rose", "percent"), as_of="2024", as_of_written=True,
                text="Attacks rose 45 percent last year."),
        qty("b", 30.0, "percent rose", "percent"),
    ]  # fmt: skip
    reported = {"a": "2025-06-11", "b": "2025-06-14"}
    assert align_claims(claims, reported=reported) == ((), ())


def test_a_past_year_figure_still_takes_part_in_a_sum() -> None:
    # "seized seven" (2021-02-09), "killed two of them last year", "held five": 7 − 2 = 5.
    claims = [
        replace(qty("a", 7.0, "aid workers seized", "aid workers"), as_of="2021-02-09",
                as_of_written=True),
        replace(qty("a", 2.0, "aid workers killed", "aid workers", 10), as_of="2021",
                as_of_written=True),
        qty("b", 5.0, "aid workers held", "aid workers"),
    ]  # fmt: skip
    _, (conflict,) = align_claims(claims, reported={"a": "2022-11-05", "b": "2022-11-07"})
    assert conflict.kind == "framing" and "7 − 2 = 5" in conflict.note


def test_counts_orders_of_magnitude_apart_are_two_things() -> None:
    # Each source counts ballots once, but 48,210 cast and 342 set aside are not one fact.
    claims = [
        qty("a", 48210.0, "ballots cast", "ballots"),
        qty("b", 342.0, "ballots set", "ballots"),
    ]
    assert align_claims(claims) == ((), ())


def test_revision_phrases_and_the_old_value_in_the_same_sentence() -> None:
    text = "1,650 residents had now registered as displaced, up from its initial estimate of 1,200."
    claims = [
        qty("a", 1200.0, "residents displaced", "residents", hedge="at least"),
        replace(qty("b", 1650.0, "residents registered", "residents"), text=text),
        replace(qty("b", 1200.0, "residents registered", "residents"), text=text),
    ]
    _, (conflict,) = align_claims(claims, reported={"a": "2025-03-16", "b": "2025-03-19"})
    assert conflict.kind == "update" and [s.value for s in conflict.sides][-1] == 1650.0


def test_a_narrower_margin_so_far_is_an_update() -> None:
    claims = [
        qty("a", 112.0, "votes declared", "votes"),
        replace(qty("b", 87.0, "votes confirms", "votes"), text="by a narrower margin of 87 votes"),
    ]
    _, (conflict,) = align_claims(claims, reported={"a": "2025-11-04", "b": "2025-11-08"})
    assert conflict.kind == "update"


def test_no_more_than_is_an_upper_hedge_and_a_capacity_after_the_figure() -> None:
    assert hedge_before("licensed to carry no more than ") == "no more than"
    assert is_capacity("it was certified to carry")
    assert predicate_class("led to safety") == "displaced"


def test_those_who_left_a_count_and_those_still_in_it_frame_the_total() -> None:
    # "14 trapped" (a); later "5 brought out alive, 9 still trapped" (b, one sentence).
    claims = [
        qty("a", 14.0, "miners trapped", "miners"),
        qty("b", 5.0, "miners rescued", "miners"),
        qty("b", 9.0, "miners trapped", "miners", 10),
    ]
    _, (conflict,) = align_claims(claims, reported={"a": "2023-10-09", "b": "2023-10-12"})
    assert conflict.kind == "framing" and "14 − 5 rescued = 9" in conflict.note


def test_within_is_an_upper_hedge() -> None:
    assert hedge_before("rescue teams were within ") == "within"


def test_figures_in_sentences_naming_different_places_do_not_contradict() -> None:
    from newsbrief.models import Alias, Entity

    claims = [
        replace(qty("a", 32.0, "people killed", "people"), citations=(Citation("a", 0, 50, 0),)),
        replace(qty("b", 40.0, "people killed", "people"), citations=(Citation("b", 0, 50, 0),)),
    ]
    places = (
        Entity("Poland", "GPE", (Alias("Poland", 1),), (Citation("a", 10, 16, 0),)),
        Entity("Romania", "GPE", (Alias("Romania", 1),), (Citation("b", 10, 17, 0),)),
    )
    texts = {"a": "The cold in Poland has killed 32 people, police said.", "b": "x" * 60}
    assert align_claims(claims, entities=places, texts=texts)[1] == ()
    # The same sentences without the places: one fact told two ways.
    (conflict,) = align_claims(claims)[1]
    assert conflict.kind == "contradiction"


def test_far_apart_values_contradict_only_when_a_source_disputes() -> None:
    far = [
        qty("a", 317.0, "athletes send", "athletes"),
        qty("b", 596.0, "athletes send", "athletes"),
    ]
    assert align_claims(far)[1] == ()
    disputed = [
        qty("a", 6000.0, "dockworkers striking", "dockworkers"),
        replace(qty("b", 3500.0, "dockworkers striking", "dockworkers"),
                text="The board said only 3,500 had joined, fewer than the union claims."),
    ]  # fmt: skip
    (conflict,) = align_claims(disputed)[1]
    assert conflict.kind == "contradiction"


def test_bare_percentages_and_lengths_neither_clash_nor_update() -> None:
    shares = [qty("a", 24.0, "percent take", "percent"), qty("b", 34.0, "percent take", "percent")]
    assert align_claims(shares)[1] == ()
    road = [
        replace(qty("a", 100.0, "miles blocked", "miles"), text="The road was cut, now 100 miles."),
        replace(qty("b", 70.0, "miles blocked", "miles"), text="The road was cut, now 70 miles."),
    ]
    assert all(
        c.kind != "update"
        for c in align_claims(road, reported={"a": "2000-03-03", "b": "2000-03-20"})[1]
    )


def test_updates_rise_within_weeks_and_a_fitting_later_figure_is_no_revision() -> None:
    # A lower count weeks later is another count, unless the source says it was revised.
    later = [
        qty("a", 1330.0, "machines operated", "machines"),
        replace(qty("b", 518.0, "machines operated", "machines"), as_of_written=True),
    ]
    assert align_claims(later, reported={"a": "1999-09-20", "b": "2000-01-03"})[1] == ()
    revised = [
        qty("a", 410000.0, "homes cut off", "homes"),
        replace(qty("b", 365000.0, "homes cut off", "homes"),
                text="The operator revised down the number of homes cut off to 365,000."),
    ]  # fmt: skip
    (conflict,) = align_claims(revised, reported={"a": "2025-07-08", "b": "2025-07-10"})[1]
    assert conflict.kind == "update"
    # "At least 40 injured", then "43 injured": the later figure fits the first.
    fits = [qty("a", 40.0, "people injured", "people", hedge="at least"),
            qty("b", 43.0, "people injured", "people")]  # fmt: skip
    agreements, conflicts = align_claims(fits, reported={"a": "2025-03-08", "b": "2025-03-09"})
    assert conflicts == () and [a.value for a in agreements] == [43.0]


def test_the_same_number_told_with_different_verbs_agrees() -> None:
    agreements, _ = align_claims(
        [qty("a", 5.0, "fishermen pulled", "fishermen"),
         qty("b", 5.0, "fishermen survived", "fishermen")]
    )  # fmt: skip
    assert [a.value for a in agreements] == [5.0]
    # Two classes that differ are two facts: three injured are not three killed.
    agreements, _ = align_claims(
        [qty("a", 3.0, "people injured", "people"), qty("b", 3.0, "people killed", "people")]
    )
    assert agreements == ()


def test_the_old_figure_named_as_the_past_does_not_stand_against_the_revision() -> None:
    # Monday: "three workers missing"; Tuesday: "two workers remain missing", and, in the same
    # article, "one of the three workers reported missing on Monday was found".
    claims = [
        replace(qty("a", 3.0, "workers missing", "workers"), as_of="2025-03-10",
                as_of_written=True),
        replace(qty("b", 2.0, "workers missing", "workers"), as_of="2025-03-11",
                as_of_written=True),
        replace(qty("b", 3.0, "workers reported missing", "workers", 10), as_of="2025-03-10",
                as_of_written=True),
    ]  # fmt: skip
    _, conflicts = align_claims(claims, reported={"a": "2025-03-10", "b": "2025-03-11"})
    assert [c.kind for c in conflicts] == ["update"]


def test_two_ages_of_one_person_contradict_and_people_stay_apart(nlp: Nlp) -> None:
    # Invented reports: one person's age given two ways (the second through the family name
    # the article uses after the full name), another person's age given once each way alike.
    brief = reported(
        nlp,
        (
            "Prosecutors in Tarnow charged Oskar Weller, 44, and Mira Dansk, 31, with fraud on "
            "Monday. Weller denied the charges.",
            "2024-05-06",
        ),
        (
            "The trial of Oskar Weller opened on Wednesday in Tarnow. Weller, 45, and the "
            "31-year-old accountant Mira Dansk pleaded not guilty.",
            "2024-05-08",
        ),
    )
    ages = [c for c in brief.conflicts if c.subject.startswith("age of")]
    assert [(c.subject, c.kind) for c in ages] == [("age of Oskar Weller", "contradiction")]
    assert sorted(float(s.value) for s in ages[0].sides) == [44.0, 45.0]
    assert not any(a.subject.startswith("age of") for a in brief.agreements)
    # Each source's ages are figures it states (readers list them), but no key figure.
    ages_said = sorted(
        (c.qualifier, c.value, c.citations[0].article)
        for c in brief.claims
        if isinstance(c, QuantityClaim) and c.unit == "years old"
    )
    assert [(name, value) for name, value, _ in ages_said] == [
        ("Mira Dansk", 31.0), ("Mira Dansk", 31.0), ("Oskar Weller", 44.0), ("Oskar Weller", 45.0)
    ]  # fmt: skip
    assert not any(row.value in ("31", "44", "45") for row in key_figures(brief))


def test_an_age_in_an_apposition_after_the_name_is_that_person_s(nlp: Nlp) -> None:
    said = (
        "Rahel Tamsin was waiting in line. “I saw his eyes,” said Tamsin, a {}-year-old secretary."
    )
    brief = reported(nlp, (said.format(23), "2024-05-06"), (said.format(32), "2024-05-06"))
    ages = [c for c in brief.conflicts if c.subject.startswith("age of")]
    assert [sorted(float(s.value) for s in c.sides) for c in ages] == [[23.0, 32.0]]


def test_an_obituary_s_age_forms_are_the_person_s(nlp: Nlp) -> None:
    # Invented obituaries: "He was 35." after a sentence naming one person; "Dead at 34" in a
    # headline and "Erlund was 34." later.  "He was 40." after two people named is no one's,
    # nor is "died at 3 p.m." an age.
    brief = reported(
        nlp,
        (
            "Tomas Erlund, who founded the Kestrel quiz app, has died. He was 35. Erlund met "
            "Mara Veld in March. He was 40.",
            "2024-05-06",
        ),
        (
            "Quiz App Founder Tomas Erlund Dead at 34 of Apparent Overdose. Erlund died at 3 "
            "p.m. on Sunday. Erlund was 34.",
            "2024-05-06",
        ),
    )
    ages = [c for c in brief.conflicts if c.subject.startswith("age of")]
    assert [(c.subject, sorted(float(s.value) for s in c.sides)) for c in ages] == [
        ("age of Tomas Erlund", [34.0, 35.0])
    ]


def test_an_age_given_as_age_35_is_the_person_s(nlp: Nlp) -> None:
    brief = reported(
        nlp,
        ("Prosecutors charged Tomas Erlund, age 35, on Monday.", "2024-05-06"),
        ("Tomas Erlund, 34, was charged on Monday.", "2024-05-06"),
    )
    ages = [c for c in brief.conflicts if c.subject.startswith("age of")]
    assert [sorted(float(s.value) for s in c.sides) for c in ages] == [[34.0, 35.0]]


def test_counts_of_a_charge_are_counted_by_offence(nlp: Nlp) -> None:
    # Invented charge sheets: six counts of mischief beside three of assault in one report,
    # seven of mischief in another; the assault counts are another thing.
    brief = analyse(
        [
            make_article(
                "Dorn Vasek faces three counts of second degree assault, one count of drunken "
                "driving and six counts of fourth degree criminal mischief.",
                "a",
            ),
            make_article(
                "Dorn Vasek, 31, was arrested Sunday on charges of assault and seven counts of "
                "criminal mischief.",
                "b",
            ),
        ],
        nlp=nlp,
    )
    assert [
        (c.kind, c.subject, sorted(float(s.value) for s in c.sides)) for c in brief.conflicts
    ] == [("contradiction", "counts of mischief", [6.0, 7.0])]


def test_dates_of_something_else_do_not_date_the_figure() -> None:
    # A founding, a start and a comparison in the figure's sentence date something else.
    refs = {"a": "1999-01-31"}
    for text, value, subject, unit in [
        ("The firm, founded in 1995 by two students, has 1,500 rivals.", 1500.0,
         "rivals has", "rivals"),
        ("Since it opened in 1995, the fair has grown to host 1,800 auctions.", 1800.0,
         "auctions host", "auctions"),
        ("There may be 9,000 people in the shelters, three times as many as 10 years ago.", 9000.0,
         "people be", "people"),
    ]:  # fmt: skip
        claim = sentence("a", value, text, subject, unit, refs=refs)
        assert (claim.as_of, claim.as_of_written) == ("1999-01-31", False), text


def test_a_new_total_updates_and_an_increment_is_no_count() -> None:
    # "9 bodies identified" on Thursday; Friday: "another 19 of the bodies, bringing the total
    # to 28": 28 revises 9, and the increment 19 is compared with nothing.
    claims = [
        replace(qty("a", 9.0, "bodies identified", "bodies"), as_of="2024-10-30",
                text="Just 9 bodies had been identified by Thursday night."),
        replace(qty("b", 19.0, "bodies identified", "bodies"), as_of="2024-10-31",
                text="Coroners identified another 19 of the bodies, bringing the total to 28."),
        replace(qty("b", 28.0, "bodies bringing", "bodies", 10), as_of="2024-10-31",
                text="Coroners identified another 19 of the bodies, bringing the total to 28."),
    ]  # fmt: skip
    _, conflicts = align_claims(claims)
    assert [(c.kind, [s.value for s in c.sides]) for c in conflicts] == [("update", [9.0, 28.0])]


def test_more_of_the_thing_is_an_increment_not_a_rival_count() -> None:
    # "add 12 more people" to a travel ban is no count of those banned: 11 elsewhere
    # is no contradiction.  "more than 12" is a bound, not an increment.
    added = "Ministers said they would add 12 more people to the register of those barred."
    claims = [
        replace(qty("a", 12.0, "people add", "people"), text=added),
        replace(qty("b", 11.0, "people add", "people"),
                text="The government announced sanctions against 11 people on Monday."),
        replace(qty("c", 2.0, "people add", "people"),
                text="Officials plan to add two more people to the list."),
    ]  # fmt: skip
    assert align_claims(claims)[1] == ()
    bound = "The government announced sanctions against more than 12 people on Monday."
    assert align_claims([replace(claims[0], text=bound), claims[1]])[1] != ()


def test_vote_shares_are_each_candidates_and_a_later_tally_updates(nlp: Nlp) -> None:
    first = make_article(
        "With 20 percent of the vote counted, Maren Holt appeared to have won 48 percent of "
        "the vote, compared with 37 percent for her rival, Tomas Brevik.",
        "a",
        published="2024-06-02",
    )
    second = make_article(
        "With 90 percent of the votes counted on Monday, Maren Holt continued to lead with "
        "51.5 percent of the vote. Tomas Brevik had 36 percent of the vote.",
        "b",
        published="2024-06-03",
    )
    brief = analyse([first, second], nlp=nlp)
    told = sorted((c.kind, sorted(float(s.value) for s in c.sides)) for c in brief.conflicts)
    assert told == [("update", [36.0, 37.0]), ("update", [48.0, 51.5])]
    holt = next(c for c in brief.conflicts if 48.0 in [s.value for s in c.sides])
    assert holt.subject == "Maren Holt's share of the vote, percent"


def _told_two_days(
    nlp: Nlp, first: str, second: str, days: tuple[str, str] = ("2024-06-02", "2024-06-03")
) -> list[tuple[str, str, list[float]]]:
    """The conflicts of a story of two invented articles, published on ``days``."""
    articles = [
        make_article(first, "a", published=days[0]),
        make_article(second, "b", published=days[1]),
    ]
    brief = analyse(articles, nlp=nlp)
    return [(c.subject, c.kind, sorted(float(s.value) for s in c.sides)) for c in brief.conflicts]


def test_a_share_is_known_from_the_vote_named_a_sentence_before(nlp: Nlp) -> None:
    # Invented: the figure's own sentence never says "vote"; the paragraph before does.
    told = _told_two_days(
        nlp,
        "Maren Holt was re-elected in Sunday's presidential election. Her nearest rival, "
        "Tomas Brevik, of the Farmers Party, took 34 percent. Northway Mining had 30 percent "
        "of the copper market.",
        "Official returns from the election were released on Monday. Tomas Brevik of the "
        "Farmers Party had 32.5 percent. Northway Mining had 24 percent of the copper market.",
    )
    assert told == [("Tomas Brevik's share of the vote, percent", "update", [32.5, 34.0])]


def test_a_named_rates_levels_are_compared_and_its_changes_stay_bare(nlp: Nlp) -> None:
    # Invented: two papers the same day give the central bank's rate two ways; a change
    # ("rose 3 percent") is by how much, not a level, and is compared with nothing.
    told = _told_two_days(
        nlp,
        "Capital kept leaving Norland despite interest rates of 40 percent. Inflation rose "
        "3 percent in May.",
        "To stem capital flight, Norland's interest rates were raised to 50 percent a year. "
        "Inflation rose 5 percent in May.",
        days=("2024-06-02", "2024-06-02"),
    )
    assert told == [("interest rate, percent", "contradiction", [40.0, 50.0])]


def test_turnout_is_one_thing_and_other_percentages_stay_bare(nlp: Nlp) -> None:
    first = make_article(
        "Officials said 40 percent of the 3.1 million eligible voters cast ballots on Sunday. "
        "Bread prices rose 12 percent.",
        "a",
        published="2024-06-02",
    )
    second = make_article(
        "Final figures put turnout at 47 percent, the electoral board said on Tuesday. "
        "Fuel prices rose 9 percent.",
        "b",
        published="2024-06-04",
    )
    brief = analyse([first, second], nlp=nlp)
    told = [(c.subject, c.kind, sorted(float(s.value) for s in c.sides)) for c in brief.conflicts]
    assert told == [("turnout, percent", "update", [40.0, 47.0])]


def test_a_dateline_places_a_figure_whose_sentence_names_none(nlp: Nlp) -> None:
    # Invented wires: Poland's toll named in its sentence; Moscow's only by the dateline.
    warsaw = make_article(
        "WARSAW, Poland (AP) — A cold wave has killed 32 people in Poland, police said.",
        "a",
        published="2024-11-23",
    )
    moscow = make_article(
        "MOSCOW (AP) _ Unusually cold weather has killed 45 people this month, the city "
        "ambulance service said. The hospital in Kursk said it treated 80 people.",
        "b",
        published="2024-11-24",
    )
    assert analyse([warsaw, moscow], nlp=nlp).conflicts == ()
    # Two figures known only by their datelines still disagree: wires filed from two cities
    # on one event.
    first = make_article(
        "NAIROBI, Kenya (AP) — The bombing killed 250 people, officials said.", "c",
        published="2024-08-08",
    )  # fmt: skip
    second = make_article(
        "WASHINGTON (AP) — The bombing killed 224 people, officials said.", "d",
        published="2024-08-09",
    )  # fmt: skip
    (conflict,) = analyse([first, second], nlp=nlp).conflicts
    assert conflict.kind == "contradiction"


def test_a_later_report_of_an_earlier_day_is_no_update() -> None:
    # Reported on the 15th: two killed on Sunday the 15th; reported on the 24th: four killed
    # on Nov. 13 (an earlier raid).  No revision of the toll.
    claims = [
        replace(qty("a", 2.0, "villagers killed", "villagers"), as_of="2024-11-15",
                as_of_written=True),
        replace(qty("b", 4.0, "people killed", "people"), as_of="2024-11-13",
                as_of_written=True),
    ]  # fmt: skip
    reported = {"a": "2024-11-15", "b": "2024-11-24"}
    _, conflicts = align_claims(claims, reported=reported)
    assert [c.kind for c in conflicts] != ["update"]


def test_sums_of_money_naming_different_parties_do_not_clash(nlp: Nlp) -> None:
    first = make_article(
        "Visitors spend about $418 per festival, according to a poll by Larkspur Bank.",
        "a",
        published="2024-05-02",
    )
    second = make_article(
        "Brides in Idaho spend the least on their dresses, at $982.", "b", published="2024-05-03"
    )
    assert analyse([first, second], nlp=nlp).conflicts == ()
    # A demand the second source gives without naming anyone still disagrees with the first.
    ransom = make_article(
        "The Obsidian Choir gang demanded a ransom of $4.5 million on Wednesday.",
        "c",
        published="2024-05-02",
    )
    note = make_article(
        "The gang has demanded $5.2 million, according to a note.", "d", published="2024-05-03"
    )
    (conflict,) = analyse([ransom, note], nlp=nlp).conflicts
    assert conflict.kind == "contradiction"


def test_whereabouts_unknown_is_missing() -> None:
    # "The whereabouts of the ninth soldier remain unknown": a count of the missing, which a
    # key figure labels "missing", and a fact that "one" of something may be.
    assert predicate_class("remain unknown") == "missing"


def test_an_event_told_by_a_pronoun_and_a_copula_make_no_label() -> None:
    def when(article: str, event: str) -> Claim:
        cite = (Citation(article, 0, 5, 0),)
        return DateClaim("1982", "explicit", event, "in 1982", "It was identified in 1982.", cite)

    agreements, _ = align_claims([when("a", "it identified"), when("b", "it identified")])
    assert agreements == ()  # "it identified — 1982": a reader cannot place "it"
    agreements, _ = align_claims([when("a", "strain identified"), when("b", "strain identified")])
    assert len(agreements) == 1
    # "7 million cases are reported": the figure's label is the noun, not "cases are".
    said = [qty("x", 7e6, "cases are", "cases"), qty("y", 7e6, "cases are", "cases")]
    agreements, _ = align_claims(said)
    assert [a.subject for a in agreements] == ["cases"]


def test_a_total_that_includes_the_attackers_frames_one_that_does_not(nlp: Nlp) -> None:
    articles = [
        make_article(
            "Fenwick has been tense since the March 3-5 attacks on a radio station and a bank "
            "left 14 people dead, including the two gunmen.",
            "a",
        ),
        make_article(
            "Fenwick sent in soldiers after gunmen killed 12 people in March in attacks on a "
            "radio station and a bank.",
            "b",
        ),
    ]
    conflicts = analyse(articles, nlp=nlp).conflicts
    assert [(c.kind, c.note) for c in conflicts] == [("framing", "14 − 2 gunmen = 12")]
