from __future__ import annotations

import numpy as np
from builders import make_article

from newsbrief.eval.baselines import (
    BASELINES,
    centroid,
    centroid_mead,
    lead,
    lexrank,
    lexrank_scores,
    tfidf_matrix,
)

FIRST = make_article(
    "A cargo barge struck the Riverton bridge early on Friday. "
    "Engineers closed the bridge after finding a crack in a stone pier. "
    "The bridge carries about 20,000 vehicles a day across the river. "
    "Short line here.",
    "first",
)
SECOND = make_article(
    "The Riverton bridge will stay shut for two weeks after a barge hit a pier on Friday. "
    "Engineers said the crack in the stone pier was serious. "
    "Commuters were told to use the ring road instead of the bridge.",
    "second",
)


def _words(sentences: tuple[str, ...]) -> int:
    return sum(len(s.split()) for s in sentences)


def test_lead_takes_first_sentences_in_order_within_budget() -> None:
    summary = lead([FIRST, SECOND], 22)
    assert summary == (FIRST.sentences[0].text, FIRST.sentences[1].text)
    assert _words(summary) <= 22


def test_lead_moves_on_to_the_next_article_when_the_first_runs_out() -> None:
    summary = lead([FIRST, SECOND], 60)
    assert summary[:4] == tuple(s.text for s in FIRST.sentences)
    assert summary[4] == SECOND.sentences[0].text


def test_lead_keeps_one_sentence_when_even_the_first_is_over_budget() -> None:
    assert lead([FIRST], 3) == (FIRST.sentences[0].text,)


def test_ranked_baselines_respect_budget_and_skip_short_and_redundant() -> None:
    for name in ("centroid", "lexrank"):
        summary = BASELINES[name]([FIRST, SECOND], 30)
        assert summary, name
        assert _words(summary) <= 30
        assert "Short line here." not in summary  # under the 5-word floor
        assert len(set(summary)) == len(summary)


def test_centroid_prefers_the_sentence_on_the_shared_topic() -> None:
    # Bridge, crack and pier recur across both articles; the ring-road aside does not.
    top = centroid([FIRST, SECOND], 20)[0]
    assert "bridge" in top and "pier" in top


def test_empty_input_gives_empty_summary() -> None:
    assert centroid([], 50) == ()
    assert lexrank([], 50) == ()
    assert lead([], 50) == ()


def test_tfidf_rows_are_unit_length_or_zero() -> None:
    matrix = tfidf_matrix(["the cat sat", "a dog ran home", "the the the"])
    norms = np.linalg.norm(matrix, axis=1)
    assert np.allclose(norms[:2], 1.0)
    assert norms[2] == 0.0  # only stop words


def test_lexrank_is_a_probability_distribution_favouring_the_hub() -> None:
    # Sentence 0 is linked to every other; 1..3 only to 0.
    vectors = np.array([[1.0, 1.0, 1.0], [1.0, 0, 0], [0, 1.0, 0], [0, 0, 1.0]])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = lexrank_scores(vectors, threshold=0.3)
    assert np.isclose(scores.sum(), 1.0)
    assert int(np.argmax(scores)) == 0


def test_plain_centroid_stops_at_the_budget_and_skips_short_and_near_copies() -> None:
    copy = make_article(
        "Engineers closed the Riverton bridge after finding a crack in a stone pier. "
        "Ferries added extra crossings on Saturday morning for stranded commuters.",
        "copy",
    )
    summary = centroid([FIRST, SECOND, copy], 25)
    assert _words(summary) == 25  # the sentence that reaches the budget is cut there
    assert all(len(s.split()) >= 7 for s in summary[:-1])
    assert "Short line here." not in summary
    closed = [s for s in summary if s.startswith("Engineers closed")]
    assert len(closed) <= 1  # cosine > 0.5 to a chosen sentence: skipped


def test_centroid_mead_is_kept_under_its_own_name() -> None:
    assert BASELINES["centroid-mead"] is centroid_mead
    assert centroid_mead([FIRST, SECOND], 20)
