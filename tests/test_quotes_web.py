"""Quotes as web pages write them: straight quote marks, run-on paragraphs, page layouts."""

from __future__ import annotations

from builders import analyse, make_article

from newsbrief.backends.nlp import Nlp
from newsbrief.models import Article, QuoteClaim


def speakers(nlp: Nlp, *articles: Article) -> dict[str, str]:
    """Each quote's first three words -> its speaker (the merged name, else as written)."""
    brief = analyse(list(articles), nlp=nlp)
    quotes = [c for c in brief.claims if isinstance(c, QuoteClaim)]
    return {" ".join(q.words.split()[:3]): q.entity or q.speaker or "" for q in quotes}


def test_straight_marks_left_open_at_a_paragraph_end_run_on(nlp: Nlp) -> None:
    a = make_article(
        "The rancher Odell Brannock spoke to reporters at his gate on Tuesday.\n\n"
        '"They never asked us about the water," Brannock said. "They just fenced it off '
        "and told us to leave.\n\n"
        '"And I have often wondered who they think they are working for," he added.\n\n'
        'Senator Hal Prewitt issued a statement on Thursday. "His remarks are offensive and '
        'I wholeheartedly disagree with him," said Prewitt, a first-term Republican.',
        "a",
    )
    said = speakers(nlp, a)
    assert said["They never asked"] == "Odell Brannock"
    assert said["They just fenced"] == "Odell Brannock"
    # The paragraph after the one left open opens a quote; it does not close the last one.
    assert said["And I have"] == "Odell Brannock"
    assert said["His remarks are"] == "Hal Prewitt"
