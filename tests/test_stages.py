"""Contract tests of the two stage kinds: ``extract`` per article, ``brief_story`` per story.

Both must be picklable (function, inputs and outputs: Spark ships them), deterministic
(byte-identical JSON), and round-trip through the codec; ``brief_story`` must not depend on the
order of its facts and must run with no model; a run must parse and embed each article once.
"""

from __future__ import annotations

import pickle
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from builders import make_article

from newsbrief import codec
from newsbrief.article.facts import complete, extract
from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.backends.nlp import Nlp
from newsbrief.models import ArticleFacts, Story
from newsbrief.run.local import brief_articles
from newsbrief.settings import BriefSettings, ExtractSettings, Settings
from newsbrief.stages import BRIEF_STORY, EXTRACT
from newsbrief.story.brief import MissingFacts, brief_story
from newsbrief.vectors import Vectors

FIRE = [
    make_article(
        "A fire broke out at the Harlow textile mill on Sunday, officials said. "
        "About 300 people were evacuated from nearby homes. "
        "“We saw the smoke from the bridge,” said Ana Ruiz, a neighbour. "
        "Nine people were taken to hospital.",
        "fire-a",
        published="2024-03-11",
    ),
    make_article(
        "Firefighters fought a blaze at the Harlow Textile Company mill through Sunday night. "
        "Around 420 residents fled the district, the fire service said. "
        "Eleven people were treated for burns, said fire chief Tom Lee.",
        "fire-b",
        published="2024-03-12",
    ),
    make_article(
        "The mill fire in Harlow was put out on Monday. Investigators from the fire service "
        "said the blaze began in a storage hall. Eleven people were treated for burns.",
        "fire-c",
    ),
]


class CountingEmbedder(HashingEmbedder):
    """The hashing embedder, counting how often each text is embedded."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: Counter[str] = Counter()

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.texts.update(texts)  # count every request, cached or not
        return super().embed(texts)


class CountingNlp(Nlp):
    def __init__(self, shared: Nlp) -> None:
        super().__init__(language=shared.language)
        self.parsed: Counter[str] = Counter()

    def parse(self, text: str) -> Any:
        self.parsed[text] += 1
        return super().parse(text)


class Refusing:
    """A backend that fails the test if anything touches it."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"brief_story touched a backend ({name})")


@pytest.fixture(scope="module")
def facts(nlp: Nlp) -> list[ArticleFacts]:
    backends = Backends(HashingEmbedder(), nlp)
    found = [extract(a, settings=ExtractSettings(), backends=backends) for a in FIRE]
    assert all(isinstance(f, ArticleFacts) for f in found)
    return [f for f in found if isinstance(f, ArticleFacts)]


def story_of(facts: Sequence[ArticleFacts]) -> Story:
    return Story("s-fire", tuple(sorted(f.article.id for f in facts)))


def test_extract_twice_gives_equal_facts(nlp: Nlp, facts: list[ArticleFacts]) -> None:
    again = [
        extract(a, settings=ExtractSettings(), backends=Backends(HashingEmbedder(), nlp))
        for a in FIRE
    ]
    assert again == facts
    assert [codec.dumps(f) for f in again] == [codec.dumps(f) for f in facts]


def test_facts_hold_both_tiers(facts: list[ArticleFacts]) -> None:
    for f in facts:
        assert len(f.signature) == 128 * 8 and f.terms
        assert f.sentence_vectors is not None and f.dimension > 0
        assert len(f.sentence_vectors) == len(f.article.sentences) * f.dimension * 4
        assert f.analysis is not None and f.analysis.mentions
    assert any(q.value == 9.0 for q in facts[0].analysis.quantities)  # type: ignore[union-attr]


def test_cheap_tier_then_complete_equals_extract(nlp: Nlp, facts: list[ArticleFacts]) -> None:
    backends = Backends(HashingEmbedder(), nlp)
    cheap = extract(FIRE[0], settings=ExtractSettings(costly=False), backends=backends)
    assert isinstance(cheap, ArticleFacts)
    assert cheap.sentence_vectors is None and cheap.analysis is None
    assert cheap.topic == facts[0].topic and cheap.signature == facts[0].signature
    assert complete(cheap, settings=ExtractSettings(), backends=backends) == facts[0]


def test_stages_and_their_data_pickle(facts: list[ArticleFacts]) -> None:
    for fn in (EXTRACT, BRIEF_STORY):
        assert pickle.loads(pickle.dumps(fn)) is fn
    brief = brief_story(story_of(facts), facts, settings=BriefSettings())
    for value in (FIRE[0], facts[0], story_of(facts), brief, BriefSettings(), ExtractSettings()):
        assert pickle.loads(pickle.dumps(value)) == value
    with pytest.raises(TypeError, match="never pickled"):
        pickle.dumps(Backends(HashingEmbedder()))


def test_facts_and_briefs_round_trip_through_the_codec(facts: list[ArticleFacts]) -> None:
    brief = brief_story(story_of(facts), facts, settings=BriefSettings())
    for value in [*facts, brief]:
        assert codec.decode(type(value), codec.encode(value)) == value


def test_brief_story_is_deterministic_and_order_independent(facts: list[ArticleFacts]) -> None:
    story = story_of(facts)
    first = codec.dumps(brief_story(story, facts, settings=BriefSettings()))
    rng = random.Random(7)
    for _ in range(4):
        shuffled = facts[:]
        rng.shuffle(shuffled)
        assert codec.dumps(brief_story(story, shuffled, settings=BriefSettings())) == first


def test_brief_story_runs_with_every_backend_refusing(
    facts: list[ArticleFacts], monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.backends.embed as embed
    import newsbrief.backends.nlp as nlp_module

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a model was loaded or called while briefing a story")

    for cls in (embed.SentenceEmbedder, embed.HashingEmbedder):
        monkeypatch.setattr(cls, "embed", refuse)
        monkeypatch.setattr(cls, "_compute", refuse)
    monkeypatch.setattr(nlp_module.Nlp, "parse", refuse)
    monkeypatch.setattr(nlp_module.Nlp, "parse_many", refuse)
    monkeypatch.setattr(nlp_module, "_load", refuse)
    brief = brief_story(story_of(facts), facts, settings=BriefSettings())
    assert brief.summary and brief.entities and brief.claims and brief.timeline


def test_brief_story_refuses_facts_without_their_costly_tier(facts: list[ArticleFacts]) -> None:
    bare = [replace(f, sentence_vectors=None) for f in facts]
    with pytest.raises(MissingFacts, match="no costly facts"):
        brief_story(story_of(bare), bare, settings=BriefSettings())


def test_a_run_parses_and_embeds_each_article_once(nlp: Nlp) -> None:
    embedder = CountingEmbedder()
    counting_nlp = CountingNlp(nlp)
    backends = Backends(embedder, counting_nlp)
    copy = replace(FIRE[0], id="fire-a-copy", source="test:copy")
    articles = [*FIRE, copy]
    brief = brief_articles(articles, [], settings=Settings(), backends=backends)
    assert sum(len(s.story.article_ids) for s in brief.stories) == len(articles)
    assert counting_nlp.parsed == Counter({a.text: 1 for a in FIRE}) + Counter({copy.text: 1})
    # Every sentence is embedded in exactly one request per article (the copy has its own).
    expected: Counter[str] = Counter()
    for article in articles:
        expected.update(s.text for s in article.sentences)
    assert embedder.texts == expected


def test_story_ids_survive_growth(nlp: Nlp) -> None:
    settings = Settings(analyse=False)
    backends = Backends(HashingEmbedder())
    first = brief_articles(FIRE[:2], [], settings=settings, backends=backends)
    grown = brief_articles(FIRE, [], settings=settings, backends=backends)
    before = {a: s.story.id for s in first.stories for a in s.story.article_ids}
    after = {a: s.story.id for s in grown.stories for a in s.story.article_ids}
    assert all(after[a] == sid for a, sid in before.items())


def test_same_inputs_in_any_order_give_the_same_brief() -> None:
    settings = Settings(analyse=False)
    backends = Backends(HashingEmbedder())
    first = codec.dumps(brief_articles(FIRE, [], settings=settings, backends=backends))
    again = brief_articles(FIRE[::-1], [], settings=settings, backends=backends)
    assert codec.dumps(again) == first


def test_story_never_imports_a_backend() -> None:
    root = Path(__file__).resolve().parent.parent / "src" / "newsbrief" / "story"
    for path in root.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "newsbrief.backends" not in text, path.name
