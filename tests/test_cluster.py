from __future__ import annotations

from builders import make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.backends.embed import SentenceEmbedder
from newsbrief.index.stories import cluster, story_id
from newsbrief.settings import ClusterSettings

FIRE_1 = make_article(
    "A fire broke out at a chemical plant on the docks on Monday. About 1,200 residents were "
    "evacuated. Fourteen people were treated for smoke inhalation.",
    "fire1",
    title="Plant fire",
)
FIRE_2 = make_article(
    "Three workers were missing after a blaze tore through the chemical works on the docks. "
    "Around 1,500 people left their homes as smoke drifted over the city.",
    "fire2",
)
SNOW_1 = make_article(
    "Nine climbers were trapped when an avalanche swept across the mountain pass trail. "
    "Rescuers pulled seven of them from the snow alive.",
    "snow1",
    title="Avalanche",
)
SNOW_2 = make_article(
    "Two climbers were still missing after Saturday's avalanche as heavy snow grounded "
    "rescue helicopters on the pass.",
    "snow2",
)
SEEDS = make_article(
    "The public library opened a seed-lending shelf, letting members borrow packets of "
    "vegetable seeds and return seeds from their harvest.",
    "seeds",
)
ALL = [FIRE_1, FIRE_2, SNOW_1, SNOW_2, SEEDS]


def _groups(stories: tuple[object, ...]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}  # type: ignore[attr-defined]


def test_groups_by_content(embedder: SentenceEmbedder) -> None:
    stories = cluster(ALL, settings=ClusterSettings(), embedder=embedder)
    assert _groups(stories) == {
        frozenset({"fire1", "fire2"}),
        frozenset({"snow1", "snow2"}),
        frozenset({"seeds"}),
    }
    fire = next(s for s in stories if "fire1" in s.article_ids)
    assert fire.title == "Plant fire"
    assert fire.id == story_id(["fire2", "fire1"])


def test_explicit_story_labels_win(embedder: SentenceEmbedder) -> None:
    labelled = [make_article(a.text, a.id, story="my-story") for a in (FIRE_1, SEEDS)]
    stories = cluster([*labelled, SNOW_1], settings=ClusterSettings(), embedder=embedder)
    assert {s.id for s in stories} >= {"my-story"}
    assert _groups(stories) == {frozenset({"fire1", "seeds"}), frozenset({"snow1"})}


@settings(max_examples=15, deadline=None)
@given(st.permutations(ALL))
def test_order_does_not_change_stories(embedder: SentenceEmbedder, order: list[object]) -> None:
    stories = cluster(order, settings=ClusterSettings(), embedder=embedder)  # type: ignore[arg-type]
    assert _groups(stories) == _groups(cluster(ALL, settings=ClusterSettings(), embedder=embedder))
    assert [s.id for s in stories] == [
        s.id for s in cluster(ALL, settings=ClusterSettings(), embedder=embedder)
    ]
