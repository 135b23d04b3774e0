"""Alignment rules on hand-built claims (no spaCy): agreements, contradictions, framings."""

from __future__ import annotations

from newsbrief.conflicts import align_claims, noun_phrase_of, predicate_of
from newsbrief.models import Citation, Claim


def qty(article: str, value: float, subject: str, unit: str, start: int = 0) -> Claim:
    text = f"{article}: {subject} {value}"
    return Claim("quantity", subject, value, text, (Citation(article, start, start + 5, 0),), unit)


def test_subject_convention() -> None:
    claim = qty("a", 9.0, "Lebanese soldiers held", "soldiers")
    assert predicate_of(claim) == "held"
    assert noun_phrase_of(claim) == "Lebanese soldiers"


def test_same_value_same_predicate_kind_agrees() -> None:
    agreements, conflicts = align_claims(
        [qty("a", 40.0, "residents evacuated", "residents"),
         qty("b", 40.0, "residents rescued", "residents")]
    )  # fmt: skip
    assert [(x.subject, x.value) for x in agreements] == [("residents evacuated", 40.0)]
    assert {c.article for c in agreements[0].citations} == {"a", "b"}
    assert conflicts == ()


def test_same_value_different_predicates_is_not_agreement() -> None:
    agreements, _ = align_claims(
        [qty("a", 2.0, "soldiers executed", "soldiers"),
         qty("b", 2.0, "soldiers sought", "soldiers")]
    )  # fmt: skip
    assert agreements == ()


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
    assert conflict.kind == "contradiction" and conflict.subject == "people"
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


def test_dates_of_the_same_event() -> None:
    def when(article: str, value: str) -> Claim:
        cite = (Citation(article, 0, 5, 0),)
        return Claim("date", "bridge collapsed", value, "The bridge collapsed.", cite)

    agreements, conflicts = align_claims([when("a", "2020-03-02"), when("b", "2020-03-02")])
    assert len(agreements) == 1 and conflicts == ()
    _, conflicts = align_claims([when("a", "2020-03-02"), when("b", "2020-03-05")])
    assert conflicts[0].kind == "contradiction"
    _, conflicts = align_claims([when("a", "2020"), when("b", "2020-03-05")])
    assert conflicts[0].kind == "framing"


def test_quotes_and_times_are_not_aligned() -> None:
    cite_a, cite_b = (Citation("a", 0, 5, 0),), (Citation("b", 0, 5, 0),)
    claims = [
        Claim("quote", "X", "we will win", "t", cite_a, speaker="X"),
        Claim("quote", "X", "we will win", "t", cite_b, speaker="X"),
        Claim("date", "took effect", "T04:00Z", "t", cite_a, unit="time"),
        Claim("date", "took effect", "T05:00Z", "t", cite_b, unit="time"),
    ]
    assert align_claims(claims) == ((), ())
