"""Story grouping (``index.stories``) and its term evidence (``article.terms``).

Unit tests use invented data with hand-made topic vectors, so that each test controls exactly
how similar articles are; the last tests run ``bench/grouping.py``'s protocol on the real dev
sets when ``../shared/eval`` is present."""

from __future__ import annotations

import importlib.util
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest
from builders import make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.article.terms import salient_terms
from newsbrief.backends.embed import HashingEmbedder
from newsbrief.index.stories import (
    StoryCandidate,
    StoryIndex,
    Vector,
    group,
    mint_id,
    published_day,
)
from newsbrief.index.topics import cluster
from newsbrief.settings import ClusterSettings

DIM = 16
DAY = date(2024, 3, 1)
VOLCANO = frozenset({"volcano", "lava", "eruption", "reykjanes", "grindavik", "evacuated"})
ELECTION = frozenset({"election", "ballots", "turnout", "coalition", "parliament", "grindavik"})
# Hand-made candidates have no names (the "=" terms of real term counts): the rule that a
# story and an article share a name is tested on its own below.
SETTINGS = ClusterSettings(min_shared_names=0)
# Similarity from topic vectors alone, at cosine-sized thresholds: average linkage works the
# same for either similarity, and hand-made vectors let a test control it exactly.
TOPIC_ONLY = ClusterSettings(min_shared_names=0, text_share=0.0, threshold=0.45, far_threshold=0.6)


def unit(*weights: float, noise: int = 0) -> Vector:
    """A unit vector with ``weights`` on the first axes and a little on axis 8 + ``noise``
    (so that articles of one topic are close but not identical)."""
    v = np.zeros(DIM, dtype=np.float32)
    v[: len(weights)] = weights
    v[8 + noise % 8] += 0.3
    out: Vector = (v / np.linalg.norm(v)).astype(np.float32)
    return out


def item(
    aid: str,
    topic: Vector,
    terms: frozenset[str],
    day: date | None = DAY,
    *,
    language: str = "en",
    hint: str | None = None,
) -> StoryCandidate:
    return StoryCandidate(aid, topic, terms, day, language=language, story_hint=hint)


def volcano(n: int, day: date | None = DAY) -> StoryCandidate:
    return item(f"v{n}", unit(1.0, noise=n), VOLCANO | {f"v-extra{n}"}, day)


def election(n: int, day: date | None = DAY) -> StoryCandidate:
    return item(f"e{n}", unit(0.0, 1.0, noise=n), ELECTION | {f"e-extra{n}"}, day)


def test_stories_must_share_a_name() -> None:
    """Two fires in two towns written from one template share only common words: without a
    common name (person, place, organisation) they stay apart."""
    words = {"fire": 3, "firefighters": 2, "evacuated": 2, "mill": 2, "blaze": 1}

    def fire(aid: str, town: str) -> StoryCandidate:
        counts = tuple(sorted({**words, f"={town}": 2}.items()))
        terms = frozenset(words) | {town.lower()}
        return StoryCandidate(aid, unit(1.0, noise=len(aid)), terms, DAY, counts=counts)

    same = group([fire("a1", "Harlow"), fire("a2", "Harlow")], ClusterSettings())
    assert stories_of(same) == {frozenset({"a1", "a2"})}
    apart = group([fire("a1", "Harlow"), fire("b1", "Tenby")], ClusterSettings())
    assert stories_of(apart) == {frozenset({"a1"}), frozenset({"b1"})}


def stories_of(members: dict[str, tuple[str, ...]]) -> set[frozenset[str]]:
    return {frozenset(ids) for ids in members.values()}


def test_same_topic_groups_and_different_topics_do_not() -> None:
    got = group([volcano(1), volcano(2), volcano(3), election(1), election(2)], SETTINGS)
    assert stories_of(got) == {frozenset({"v1", "v2", "v3"}), frozenset({"e1", "e2"})}


def test_bridging_article_does_not_chain_two_topics() -> None:
    # An article about both (vector halfway, terms of both) may join one story, but the other
    # topic's articles must not follow it in: with single link they would (each is close to
    # the bridge); with average linkage the story as a whole stays far from them.
    bridge = item("bridge", unit(1.0, 1.0), VOLCANO | ELECTION, DAY)
    index = StoryIndex(TOPIC_ONLY)
    for c in [volcano(1), volcano(2), volcano(3), bridge, election(1), election(2), election(3)]:
        index.add(c)
    for ids in index.members().values():
        assert not ({"v1", "v2", "v3"} & set(ids) and {"e1", "e2", "e3"} & set(ids)), ids
    assert index.story_of("e1") == index.story_of("e2") == index.story_of("e3")


def test_merge_pass_joins_halves_and_keeps_the_first_id() -> None:
    # "b1" is too far from "a1" to join it (cosine 0.55 < 0.6), so it opens a second story;
    # "a2", close to both, joins one of them, after which the two stories as wholes are
    # close enough (average linkage 0.72), which only the merge pass can act on.  The story
    # minted first keeps its id and the other id is recorded as merged into it.
    a1 = np.eye(DIM, dtype=np.float32)[0]
    b1 = np.zeros(DIM, dtype=np.float32)
    b1[0], b1[1] = 0.55, np.sqrt(1 - 0.55**2)
    a2 = ((a1 + b1) / np.linalg.norm(a1 + b1)).astype(np.float32)
    index = StoryIndex(
        ClusterSettings(min_shared_names=0, text_share=0.0, threshold=0.6, far_threshold=0.6)
    )
    for aid, vec in [("a1", a1), ("b1", b1), ("a2", a2)]:
        index.add(item(aid, vec, VOLCANO))
    assert len(index) == 2
    first = index.story_of("a1")
    assert index.merge() >= 1
    assert index.story_of("b1") == index.story_of("a1") == first == mint_id("a1")
    assert index.merged and set(index.merged.values()) == {first}
    assert all(index.resolve(old) == first for old in index.merged)


def test_shared_boilerplate_alone_is_not_evidence() -> None:
    # Identical topic vectors (two archive notices) but fewer shared terms than required.
    a = item("a", unit(1.0), frozenset({"data", "embargo"}))
    b = item("b", unit(1.0), frozenset({"data", "embargo"}))
    assert len(group([a, b], SETTINGS)) == 2


def test_articles_far_apart_in_time_open_a_new_story() -> None:
    late = DAY + timedelta(days=SETTINGS.max_gap_days + 1)
    got = group([volcano(1), volcano(2, late)], SETTINGS)
    assert len(got) == 2
    close = DAY + timedelta(days=2)
    assert len(group([volcano(1), volcano(2, close)], SETTINGS)) == 1


def test_a_quiet_story_needs_a_closer_match() -> None:
    # Cosine between threshold and far_threshold: joins within the window only.
    cos = (SETTINGS.threshold + SETTINGS.far_threshold) / 2
    vec = np.zeros(DIM, dtype=np.float32)
    vec[0], vec[1] = cos, np.sqrt(1 - cos * cos)
    first = item("a", np.eye(DIM, dtype=np.float32)[0], VOLCANO)
    near = item("b", vec, VOLCANO, DAY + timedelta(days=1))
    far = item("b", vec, VOLCANO, DAY + timedelta(days=SETTINGS.window_days + 5))
    topic_only = ClusterSettings(min_shared_names=0, text_share=0.0)  # isolate the topic bar
    assert len(group([first, near], topic_only)) == 1
    assert len(group([first, far], topic_only)) == 2


def test_undated_articles_are_not_held_to_a_window() -> None:
    assert len(group([volcano(1), volcano(2, None)], SETTINGS)) == 1
    index = StoryIndex(SETTINGS)
    index.add(volcano(1))
    index.add(volcano(3, DAY + timedelta(days=SETTINGS.max_gap_days + 300)))
    assert len(index) == 2  # too far apart in time
    assert index.best_story(volcano(2, None)) is not None  # the undated one may join either


def test_languages_never_mix() -> None:
    fr = item("fr", unit(1.0, noise=5), VOLCANO, language="fr")
    got = group([volcano(1), volcano(2), fr], SETTINGS)
    assert stories_of(got) == {frozenset({"v1", "v2"}), frozenset({"fr"})}


def test_story_id_is_minted_once_and_kept_as_the_story_grows() -> None:
    index = StoryIndex(SETTINGS)
    sid = index.add(volcano(1))
    assert sid == mint_id("v1") and sid.startswith("s") and len(sid) == 13
    for n in range(2, 6):
        assert index.add(volcano(n)) == sid
    assert index.members()[sid] == ("v1", "v2", "v3", "v4", "v5")
    assert index.add(volcano(3)) == sid  # adding again changes nothing
    assert index.members()[sid] == ("v1", "v2", "v3", "v4", "v5")
    assert np.isclose(float(np.linalg.norm(index.centroid(sid))), 1.0)


def test_batch_ids_come_from_the_earliest_article() -> None:
    later = [volcano(n, DAY + timedelta(days=1)) for n in (1, 2)]
    first = item("zz-first", unit(1.0, noise=7), VOLCANO, DAY)
    got = group([*later, first], SETTINGS)
    assert list(got) == [mint_id("zz-first")]
    assert got[mint_id("zz-first")][0] == "zz-first"


def test_story_hint_groups_by_label() -> None:
    a = item("h1", unit(1.0), VOLCANO, hint="my-story")
    b = item("h2", unit(0.0, 1.0), ELECTION, hint="my-story")  # unrelated content, same label
    loose = volcano(9)  # close to h1 in content, but unlabelled: stays out of the label
    got = group([a, b, loose], SETTINGS)
    assert got["my-story"] == ("h1", "h2")
    assert stories_of(got) == {frozenset({"h1", "h2"}), frozenset({"v9"})}


CORPUS = [
    volcano(1),
    volcano(2, DAY + timedelta(days=1)),
    volcano(3, None),
    election(1),
    election(2, DAY + timedelta(days=2)),
    election(3, None),
    item("bridge", unit(1.0, 1.0), VOLCANO | ELECTION, DAY),
    item("h1", unit(0.0, 0.0, 1.0), frozenset({"x"}), None, hint="label"),
    item("h2", unit(1.0), VOLCANO, DAY, hint="label"),
    item("lone", unit(0.0, 0.0, 0.0, 1.0), frozenset({"other", "words", "here"})),
]


@settings(max_examples=50, deadline=None)
@given(st.permutations(CORPUS))
def test_order_does_not_change_stories_or_ids(order: list[StoryCandidate]) -> None:
    assert group(order, SETTINGS) == group(CORPUS, SETTINGS)


def test_candidates_scored_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    # Ten stories share every term with a newcomer; only max_candidates of them are scored.
    index = StoryIndex(
        ClusterSettings(min_shared_names=0, max_candidates=2, text_share=0.0)
    )  # topic alone
    for n in range(10):
        index.add(item(f"x{n}", np.eye(DIM, dtype=np.float32)[n], VOLCANO))
    assert len(index) == 10
    scored: list[str] = []
    original = StoryIndex._score

    def counting(self: StoryIndex, *args: Any) -> float | None:
        scored.append("x")
        return original(self, *args)

    monkeypatch.setattr(StoryIndex, "_score", counting)
    assert index.best_story(item("new", np.eye(DIM, dtype=np.float32)[11], VOLCANO)) is None
    assert len(scored) == 2


def test_published_day_parses_iso_dates() -> None:
    assert published_day("2024-03-01") == DAY
    assert published_day("2024-03-01T10:00:00") == DAY
    assert published_day("March 1") is None
    assert published_day(None) is None


# --- the pipeline's wrapper (brief mode), with the model-free hashing embedder ---

FIRE_1 = make_article(
    "A fire broke out at the Northshore chemical plant on the docks of Elmsworth on Monday. "
    "About 1,200 residents were evacuated from Elmsworth. Fourteen people were treated for "
    "smoke inhalation at Elmsworth General after the fire.",
    "fire1",
    title="Northshore plant fire",
    published="2024-03-04",
)
FIRE_2 = make_article(
    "Three workers were missing after the fire at the Northshore chemical plant in Elmsworth. "
    "About 1,200 residents left their homes as smoke from the fire drifted over Elmsworth, "
    "and the Northshore company said the plant would stay shut.",
    "fire2",
    published="2024-03-04",
)
SEEDS = make_article(
    "The public library in Castleton opened a seed-lending shelf, letting members borrow "
    "packets of vegetable seeds and return seeds from their harvest to the Castleton library.",
    "seeds",
    title="Seed library",
    published="2024-03-05",
)


def test_cluster_wrapper_returns_titled_stories_largest_first() -> None:
    stories = cluster([SEEDS, FIRE_2, FIRE_1], settings=SETTINGS, embedder=HashingEmbedder())
    assert [set(s.article_ids) for s in stories] == [{"fire1", "fire2"}, {"seeds"}]
    assert stories[0].id == mint_id("fire1")
    assert stories[0].title == "Northshore plant fire"


# --- salient terms ---


def test_terms_are_names_key_words_phrases_and_figures() -> None:
    terms = salient_terms(FIRE_1)
    assert {"elmsworth", "northshore", "fire", "1200 residents"} <= terms
    assert "a" not in terms and "about" not in terms  # sentence openers and stopwords
    assert "monday" not in terms  # calendar words are nobody's evidence


def test_furniture_is_not_evidence() -> None:
    page = make_article(
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet "
        "Archive. Flowing in every day, these data are added to the Wayback Machine after an "
        "embargo period. Share this on Facebook and Twitter. Photo by Getty Images.",
        "archive",
    )
    terms = salient_terms(page)
    assert not terms & {"alexa", "internet", "archive", "wayback", "machine", "facebook"}
    assert not {"getty", "images", "twitter"} & terms


def test_terms_are_deterministic_and_bounded() -> None:
    assert salient_terms(FIRE_2) == salient_terms(FIRE_2)
    words = " ".join(f"Name{i} went to Place{i} with word{i % 7} word{i % 7}." for i in range(500))
    assert len(salient_terms(make_article(words, "long"))) <= 48


def test_terms_take_linear_time_on_hostile_input() -> None:
    hostile = [
        "A" * 200_000,
        "1," * 100_000,
        "Aa " * 100_000,
        ("x." * 50_000) + "!",
        "Ab'-" * 50_000,
    ]
    for text in hostile:
        started = time.perf_counter()
        salient_terms(make_article(text, "hostile"))
        assert time.perf_counter() - started < 2.0


# --- the real dev sets (bench/grouping.py's protocol), only where ../shared/eval exists ---

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
DUC_DOCS = EVAL / "duc2003" / "docs"
MULTINEWS = EVAL / "multinews-val" / "multinews-val.jsonl"
real_sets = pytest.mark.skipif(
    not (DUC_DOCS.is_dir() and MULTINEWS.is_file()), reason="../shared/eval is not present"
)


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_grouping", REPO / "bench" / "grouping.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def real_results() -> dict[str, Any]:
    """Both sets through the product path as the bench does.  Sentence embeddings and facts
    are cached outside the repository (the temp folder, keyed by model and text): the first
    run embeds ~1,300 articles (several minutes on two cores), later runs take seconds."""
    bench = _bench()
    results = bench.run(
        duc=DUC_DOCS,
        multinews=MULTINEWS,
        cache=bench.DEFAULT_CACHE,
        settings=ClusterSettings(),
        seed=7,
    )
    return dict(zip(["duc", "multinews"], results, strict=True))


@real_sets
@pytest.mark.parametrize("name", ["duc", "multinews"])
def test_real_sets_precision_first(real_results: dict[str, Any], name: str) -> None:
    result = real_results[name]
    assert result.bcubed.precision >= 0.95
    assert result.order_changed == 0
    # The acceptance target on both sets (bench/grouping.py measures DUC 2003 0.926,
    # Multi-News 0.912).
    assert result.bcubed.f1 >= 0.90


@real_sets
@pytest.mark.parametrize("name", ["duc", "multinews"])
def test_real_sets_no_story_mixes_more_than_two_clusters(
    real_results: dict[str, Any], name: str
) -> None:
    # DUC 2003 held one until the NYT service's weather-map copy (four texts a month apart,
    # one in each of four event folders) was read as what its editors' note says it is.
    # Multi-News held two until congressional leaders joined the offices (undated budget
    # fights of 2011 and 2015) and a video carousel's captions (other storms, other days)
    # were read as page furniture.
    assert real_results[name].mixed == 0
