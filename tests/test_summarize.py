from __future__ import annotations

from collections.abc import Sequence

from builders import make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.backends.embed import Embedder, HashingEmbedder, SentenceEmbedder
from newsbrief.models import Article
from newsbrief.settings import SummarizeSettings
from newsbrief.story.summarize import summarize
from newsbrief.vectors import Vectors

A = make_article(
    "A fire broke out at a chemical plant on the east docks early on Monday. "
    "About 1,200 residents were evacuated from nearby streets, the fire service said. "
    "Fourteen people were treated for smoke inhalation. "
    "The plant employs 430 people and was fined in 2027.",
    "a",
)
B = make_article(
    "Around 1,500 people were told to leave their homes as smoke drifted over the city. "
    "A fire tore through the chemical works on the docks before dawn on Monday. "
    "Three workers were still missing on Monday night, rescuers said. "
    "The company said it was working with investigators.",
    "b",
)


def _check(summary: tuple[object, ...], articles: list[Article]) -> None:
    by_id = {a.id: a for a in articles}
    for sent in summary:
        first = sent.citations[0]  # type: ignore[attr-defined]
        assert by_id[first.article].text[first.start : first.end] == sent.text  # type: ignore[attr-defined]


def vectors(articles: Sequence[Article], embedder: Embedder) -> list[Vectors]:
    """Each article's sentence vectors, as its stored facts hold them."""
    return [embedder.embed([s.text for s in a.sentences]) for a in articles]


def test_summary_respects_budget_and_cites_sources(embedder: SentenceEmbedder) -> None:
    summary = summarize([A, B], vectors([A, B], embedder), settings=SummarizeSettings(max_words=40))
    assert summary
    assert sum(len(s.text.split()) for s in summary) <= 40
    _check(summary, [A, B])
    # The fire itself is reported by both: its sentence cites both articles.
    fire = [s for s in summary if "fire" in s.text.lower()]
    assert fire and {c.article for c in fire[0].citations} == {"a", "b"}


def test_no_redundant_pair(embedder: SentenceEmbedder) -> None:
    dup = make_article(A.text, "dup")
    summary = summarize(
        [A, dup], vectors([A, dup], embedder), settings=SummarizeSettings(max_words=80)
    )
    texts = [s.text for s in summary]
    assert len(texts) == len(set(texts))


def test_long_sentences_still_give_one_sentence() -> None:
    long = make_article(" ".join(["word"] * 50) + ".", "l")
    summary = summarize(
        [long], vectors([long], HashingEmbedder()), settings=SummarizeSettings(max_words=10)
    )
    # The only candidate is over budget: one sentence is better than an empty brief.
    assert len(summary) == 1 and summary[0].text == long.text


def test_empty_story() -> None:
    assert summarize([], vectors([], HashingEmbedder()), settings=SummarizeSettings()) == ()


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                [
                    "Troops crossed the border on Sunday.",
                    "Nine soldiers were held.",
                    "The talks ended.",
                    "Officials said the ceasefire held through the day!",
                    "Rain fell.",
                    "Residents fled the town before dawn on Monday morning.",
                ]
            ),
            min_size=1,
            max_size=6,
        ),
        min_size=1,
        max_size=4,
    ),
    st.integers(min_value=5, max_value=120),
)
def test_every_citation_resolves(paragraphs: list[list[str]], budget: int) -> None:
    articles = [make_article(" ".join(p), f"x{i}") for i, p in enumerate(paragraphs)]
    summary = summarize(
        articles, vectors(articles, HashingEmbedder()), settings=SummarizeSettings(max_words=budget)
    )
    by_id = {a.id: a for a in articles}
    for sent in summary:
        assert sent.citations
        for c in sent.citations:
            article = by_id[c.article]
            assert 0 <= c.start < c.end <= len(article.text)
            assert c.sentence is not None
            s = article.sentences[c.sentence]
            assert (s.start, s.end) == (c.start, c.end)
        first = sent.citations[0]
        assert by_id[first.article].text[first.start : first.end] == sent.text
