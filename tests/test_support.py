"""The citation test: which other article's sentence says what a summary sentence says."""

from __future__ import annotations

import numpy as np

from newsbrief.settings import SummarizeSettings
from newsbrief.story.lexical import content_vector, tokenize, vector
from newsbrief.story.support import cited, figures, figures_agree


def test_figures_reads_digits_scales_and_number_words() -> None:
    text = "Seventy-one percent of 1,200 people; 2.1 billion dollars; twenty one men; one man."
    assert figures(text) == {71.0, 1200.0, 2.1e9, 21.0}


def test_a_sentence_with_other_figures_does_not_confirm_it() -> None:
    chosen = "Sixty-two percent of voters backed the harbour tax in a Courier poll."
    assert not figures_agree(chosen, "In a Courier poll, 58 percent backed the harbour tax.")
    assert not figures_agree(chosen, "Most voters backed the harbour tax in a Courier poll.")
    assert figures_agree(chosen, "A Courier poll found 62 percent in favour of the harbour tax.")
    assert figures_agree("The talks failed.", "The talks failed after 12 hours.")


def _cited(texts: list[str], owner: list[int], rows: list[list[float]] | None) -> dict[int, int]:
    vectors = None
    if rows is not None:
        matrix = np.array(rows, dtype=np.float32)
        vectors = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
    return cited(
        0,
        texts=texts,
        owner=owner,
        lexical=[vector(t) for t in tokenize(texts)],
        content=[content_vector(t) for t in tokenize(texts)],
        vectors=vectors,
        settings=SummarizeSettings(),
    )


def test_same_wording_is_cited_without_vectors_and_other_facts_are_not() -> None:
    texts = [
        "The dam broke on Tuesday and flood water poured into the valley below.",
        "On Tuesday the dam broke and flood water poured into the valley.",
        "Engineers had warned for years that the dam in the valley was weak.",
    ]
    assert _cited(texts, [0, 1, 2], None) == {1: 1}


def test_a_paraphrase_is_cited_by_its_vector_only_when_close_and_figures_agree() -> None:
    texts = [
        "Three soldiers were killed in the attack on Monday.",
        "The army lost three men when its post came under fire.",
        "Five soldiers died when the post came under fire.",
        "The army said it would answer the attack.",
    ]
    # Invented vectors: the paraphrase and the other figure close to the chosen sentence, the
    # on-topic sentence at cosine ~0.7 (under the 0.85 bar).
    rows = [[1.0, 0.0, 0.0], [0.95, 0.2, 0.0], [0.95, 0.0, 0.2], [0.7, 0.0, 0.7]]
    assert _cited(texts, [0, 1, 2, 3], rows) == {1: 1}


def test_the_strongest_passing_sentence_of_an_article_is_cited() -> None:
    texts = [
        "The dam broke on Tuesday and flood water poured into the valley below.",
        "Rescue teams searched the valley through the night.",
        "The dam broke on Tuesday and flood water poured into the valley below, police said.",
    ]
    assert _cited(texts, [0, 1, 1], None) == {1: 2}


def test_shared_function_words_and_stock_phrases_are_not_the_same_statement() -> None:
    texts = [
        "The deal is expected to see hundreds of fighters leave both sides of the border for an "
        "area in the east, sources said.",
        "The ceasefire held on both sides of the border throughout the day, as sources said "
        "plans for an evacuation of the remaining militants were under discussion.",
    ]
    assert _cited(texts, [0, 1], None) == {}
