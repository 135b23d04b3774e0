"""Who holds an office as a page is written (``article.eras``), and story grouping reading it
as the time evidence of undated pages (``index.stories``).  Invented text."""

from __future__ import annotations

import time
from datetime import date

import numpy as np
from builders import make_article

from newsbrief.article.eras import clash, era_markers
from newsbrief.article.terms import salient_terms
from newsbrief.index.stories import StoryCandidate, group
from newsbrief.settings import ClusterSettings

OBAMA = "^office:us-president:obama"
TRUMP = "^office:us-president:trump"


def test_a_sitting_holder_is_the_title_then_the_name() -> None:
    assert era_markers("Lawmakers sent the bill to President Barack Obama on Friday.") == {
        OBAMA,
        "^named:obama",
    }
    assert TRUMP in era_markers("It needs the signature of President Donald J. Trump.")
    assert "^office:us-president:bush" in era_markers("President George H.W. Bush said so.")
    assert "^office:uk-prime-minister:may" in era_markers("Prime Minister Theresa May spoke.")
    assert "^office:french-president:macron" in era_markers("President Macron met him.")


def test_a_former_or_vice_holder_is_only_named() -> None:
    for text in (
        "The plan was drafted under former President Obama.",
        "It was signed by then-President Obama in 2010.",
        "Vice President Obama attended.",  # the title is another office's
        "The late President Reagan once said it.",
    ):
        markers = era_markers(text)
        assert not any(m.startswith("^office:") for m in markers), text
        assert any(m.startswith("^named:") for m in markers), text


def test_two_sitting_holders_clash_unless_one_side_names_the_other() -> None:
    obama_era = era_markers("President Obama urged the Senate to act.")
    trump_era = era_markers("President Trump urged the Senate to act.")
    assert clash(obama_era, trump_era) and clash(trump_era, obama_era)
    # A later page that recalls the predecessor names him: no clash.
    recalls = era_markers("President Trump reversed a rule President Barack Obama wrote.")
    assert not clash(obama_era, recalls)
    assert not clash(obama_era, era_markers("President Obama spoke again."))
    assert not clash(obama_era, era_markers("The Senate voted on Friday."))  # no evidence
    # Two offices, two holders: a summit, not two eras.
    assert not clash(obama_era, era_markers("President Putin replied."))


def test_congress_leaders_are_offices_and_a_holder_given_another_office_is_not_known() -> None:
    assert "^office:us-senate-majority-leader:reid" in era_markers(
        "Senate Majority Leader Harry Reid closed the debate."
    )
    # "Majority Leader" alone: the holder says which chamber.
    assert "^office:us-house-majority-leader:cantor" in era_markers("Majority Leader Cantor spoke.")
    assert "^office:us-house-speaker:boehner" in era_markers("House Speaker John Boehner spoke.")
    assert not any(
        m.startswith("^office:")
        for m in era_markers("Former Senate Majority Leader Bob Dole endorsed the plan.")
    )
    then = era_markers(
        "Senate Minority Leader Mitch McConnell said the deal was close. Senate Majority "
        "Leader Harry Reid agreed. McConnell left the floor."
    )
    later = era_markers("Senate Majority Leader Mitch McConnell pushed the budget through.")
    # The first page names McConnell three times, but as the minority's leader: a page that
    # calls him the majority's leader was written in another term of that office.
    assert clash(then, later) and clash(later, then)
    # A later page that recalls the predecessor ("took over from Harry Reid") knows him.
    recalls = era_markers(
        "Senate Majority Leader Mitch McConnell, who took over from Harry Reid, spoke."
    )
    assert not clash(then, recalls)
    # The same leaders in the same offices: no clash.
    assert not clash(then, era_markers("Senate Majority Leader Harry Reid and McConnell met."))


def test_markers_are_salient_terms_and_take_linear_time() -> None:
    page = make_article("The Senate sent the budget to President Obama. Obama signed it.", "p")
    assert OBAMA in salient_terms(page)
    for hostile in ("President " * 40_000, "President A. B. " * 20_000, "Obama " * 50_000):
        started = time.perf_counter()
        era_markers(hostile)
        assert time.perf_counter() - started < 2.0


def budget_page(aid: str, president: str, day: date | None) -> StoryCandidate:
    """Two budget fights read alike: the same words and names, and no date on the page."""
    words = {"budget": 3, "senate": 2, "=mcconnell": 2, "=senate": 2, "spending": 2, "caps": 1}
    counts = tuple(sorted(words.items()))
    terms = frozenset(w.lstrip("=") for w in words) | era_markers(f"President {president} said.")
    vector = np.eye(4, dtype=np.float32)[0]
    return StoryCandidate(aid, vector, terms, day, counts=counts)


def test_undated_pages_under_two_presidents_are_two_stories() -> None:
    settings = ClusterSettings()
    apart = group([budget_page("a", "Obama", None), budget_page("b", "Trump", None)], settings)
    assert sorted(apart.values()) == [("a",), ("b",)]
    same = group([budget_page("a", "Obama", None), budget_page("b", "Obama", None)], settings)
    assert list(same.values()) == [("a", "b")]
    # Dated pages: the dates are the evidence of time, not the offices.
    day = date(2016, 5, 2)
    dated = group([budget_page("a", "Obama", day), budget_page("b", "Trump", day)], settings)
    assert list(dated.values()) == [("a", "b")]


def test_markers_are_never_shared_words() -> None:
    """Two pages that share only their president's marker and two words are not candidates
    for one story (three shared terms are needed)."""
    vector = np.eye(4, dtype=np.float32)[0]
    markers = era_markers("President Obama said.")

    def page(aid: str, word: str) -> StoryCandidate:
        counts = (("=senate", 2), ("budget", 2), (word, 3))
        terms = frozenset({"senate", "budget", word}) | markers
        return StoryCandidate(aid, vector, terms, None, counts=counts)

    got = group([page("a", "pipeline"), page("b", "wildfire")], ClusterSettings())
    assert sorted(got.values()) == [("a",), ("b",)]
