from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.eval.grouping import bcubed, labels_of, mixed_stories, pairwise

GOLD = {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"}


def test_perfect_grouping_scores_one() -> None:
    assert bcubed(GOLD, GOLD).f1 == pytest.approx(1.0)
    assert pairwise(GOLD, GOLD).f1 == pytest.approx(1.0)
    assert mixed_stories(GOLD, GOLD) == 0


def test_all_singletons_have_full_precision() -> None:
    singletons = {k: k for k in GOLD}
    b = bcubed(singletons, GOLD)
    assert b.precision == pytest.approx(1.0)
    # Per item recall: 1/3 for each X item, 1/2 for each Y item.
    assert b.recall == pytest.approx((3 * (1 / 3) + 2 * (1 / 2)) / 5)
    p = pairwise(singletons, GOLD)
    assert (p.precision, p.recall) == (1.0, 0.0)


def test_one_big_cluster_worked_example() -> None:
    one = dict.fromkeys(GOLD, "s")
    b = bcubed(one, GOLD)
    # Precision per item: 3/5 for X items, 2/5 for Y items; recall 1 everywhere.
    assert b.precision == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)
    assert b.recall == pytest.approx(1.0)
    p = pairwise(one, GOLD)
    assert p.precision == pytest.approx(4 / 10)  # 3 + 1 true pairs of 10
    assert p.recall == pytest.approx(1.0)


def test_bcubed_against_hand_computed_split() -> None:
    predicted = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3}
    b = bcubed(predicted, GOLD)
    # a,b: P 1, R 2/3; c: P 1/2, R 1/3; d: P 1/2, R 1/2; e: P 1, R 1/2.
    assert b.precision == pytest.approx((1 + 1 + 0.5 + 0.5 + 1) / 5)
    assert b.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 / 2 + 1 / 2) / 5)
    assert b.f1 == pytest.approx(2 * b.precision * b.recall / (b.precision + b.recall))


def test_mixed_stories_counts_more_than_limit() -> None:
    gold = {"a": "X", "b": "Y", "c": "Z", "d": "X", "e": "Y"}
    predicted = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    assert mixed_stories(predicted, gold) == 1
    assert mixed_stories(predicted, gold, limit=1) == 2


def test_mismatched_items_are_an_error() -> None:
    with pytest.raises(ValueError):
        bcubed({"a": 1}, {"b": 1})


def test_empty_input() -> None:
    assert bcubed({}, {}).f1 == 1.0
    assert pairwise({}, {}).f1 == 1.0


def test_labels_of_inverts_story_members() -> None:
    assert labels_of({"s1": ("a", "b"), "s2": ("c",)}) == {"a": "s1", "b": "s1", "c": "s2"}


labels = st.dictionaries(st.integers(0, 30), st.integers(0, 4), min_size=1)


@given(labels, st.data())
def test_scores_are_bounded_and_symmetric(gold: dict[int, int], data: st.DataObject) -> None:
    predicted = {k: data.draw(st.integers(0, 4)) for k in gold}
    b, p = bcubed(predicted, gold), pairwise(predicted, gold)
    for score in (b.precision, b.recall, b.f1, p.precision, p.recall, p.f1):
        assert 0.0 <= score <= 1.0 + 1e-9
    # Swapping roles swaps precision and recall.
    swapped = bcubed(gold, predicted)
    assert swapped.precision == pytest.approx(b.recall)
    assert swapped.recall == pytest.approx(b.precision)
