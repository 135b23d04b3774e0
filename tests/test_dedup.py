from __future__ import annotations

from builders import make_article

from newsbrief.index.dedup import near_duplicates

BASE = (
    "Rescue teams searched the slope below the hut through the night. "
    "Seven climbers were flown to hospital in the valley town. "
    "Two were still missing when the snow began to fall again on Sunday morning. "
    "The pass will stay closed to hikers until the avalanche risk falls, officials said."
)


def test_republished_copy_is_grouped_with_first() -> None:
    a = make_article(BASE, "a1")
    b = make_article(BASE + " Reporting by a staff writer.", "b2")
    c = make_article("The library lends seeds to gardeners in spring and autumn. " * 3, "c3")
    assert near_duplicates([a, b, c]) == {"b2": "a1"}
    # The first in input order is canonical.
    assert near_duplicates([b, a, c]) == {"a1": "b2"}


def test_distinct_articles_are_not_duplicates() -> None:
    a = make_article(BASE, "a1")
    other = make_article("Totally different words about a seed library and its shelves.", "x")
    assert near_duplicates([a, other]) == {}
    assert near_duplicates([a]) == {}
    assert near_duplicates([]) == {}
