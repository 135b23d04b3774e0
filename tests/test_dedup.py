from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.article.fingerprint import signature
from newsbrief.index.dedup import DedupIndex, DedupItem, find_duplicates

BASE = (
    "Rescue teams searched the slope below the hut through the night. "
    "Seven climbers were flown to hospital in the valley town. "
    "Two were still missing when the snow began to fall again on Sunday morning. "
    "The pass will stay closed to hikers until the avalanche risk falls, officials said."
)
COPY = BASE.replace("officials said.", "officials said on Monday.")
OTHER = (
    "The council approved a new budget for the harbour district after a long debate. "
    "Fishing crews asked for lower mooring fees and a new ice plant on the quay."
)


def item(article_id: str, text: str, published: str | None = None) -> DedupItem:
    return DedupItem(article_id, signature(text), published)


def test_republished_copy_joins_the_earliest_then_smallest_id() -> None:
    items = [item("b2", COPY, "2024-05-02"), item("a1", BASE, "2024-05-03"), item("c", OTHER)]
    # Earliest published is canonical, whatever the ids or the order.
    assert find_duplicates(items) == {"a1": "b2"}
    same_day = [item("b2", COPY, "2024-05-02"), item("a1", BASE, "2024-05-02")]
    assert find_duplicates(same_day) == {"b2": "a1"}
    # Undated articles come after dated ones.
    assert find_duplicates([item("a1", BASE), item("z9", COPY, "2024-05-09")]) == {"a1": "z9"}


def test_distinct_articles_are_not_duplicates() -> None:
    assert find_duplicates([item("a", BASE), item("o", OTHER)]) == {}
    assert find_duplicates([item("a", BASE)]) == {}
    assert find_duplicates([]) == {}


def test_index_answers_one_article_at_a_time() -> None:
    index = DedupIndex()
    assert index.add(item("a", BASE)) is None
    assert index.add(item("b", COPY)) == "a"
    assert index.add(item("a", BASE)) is None  # re-adding changes nothing
    assert index.add(item("b", COPY)) == "a"
    assert index.query(signature(COPY)) == ["a"]
    assert len(index) == 1


@settings(max_examples=30, deadline=None)
@given(st.permutations(["a", "b", "c", "d", "e"]))
def test_canonical_does_not_depend_on_input_order(order: list[str]) -> None:
    texts = {"a": BASE, "b": COPY, "c": OTHER, "d": COPY + " Extra words.", "e": OTHER}
    dates = {"a": "2024-05-03", "b": "2024-05-02", "c": None, "d": None, "e": "2024-01-01"}
    result = find_duplicates(item(i, texts[i], dates[i]) for i in order)
    assert result == {"a": "b", "d": "b", "c": "e"}
