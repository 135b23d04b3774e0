from __future__ import annotations

import tracemalloc
from collections.abc import Sequence

import numpy as np
import pytest
from builders import make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.backends.embed import Embedder, HashingEmbedder, SentenceEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.models import Article, SummarySentence
from newsbrief.run.local import brief_as_story
from newsbrief.settings import Settings, SummarizeSettings
from newsbrief.story.summarize import standalone, summarize
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
    long = make_article(" ".join(["Word"] + ["word"] * 49) + ".", "l")
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


# Invented stories for the invariants and the first-sentence rule.  Three outlets report a dam
# breach; each opens with it, and each later repeats a side detail (a fundraiser) at length.
DAM = [
    make_article(
        "Flood water broke through the Kessel dam on Tuesday, forcing 3,000 people to flee "
        "villages in the valley below. "
        "Meanwhile, a local bakery said it would stay open. "
        "However, the mayor was not reachable. "
        "They left in buses and trucks. "
        "A charity concert for the valley raised money on Saturday at the concert hall, the "
        "charity concert organisers said of the concert for the valley.",
        "dam1",
        published="2027-05-04",
    ),
    make_article(
        "About 3,000 villagers fled after the Kessel dam broke on Tuesday and flood water "
        "poured into the valley. "
        "Engineers had warned that the dam was weak. "
        "It was built in 1961. "
        "The charity concert for the valley at the concert hall was a charity concert that "
        "the organisers of the concert said raised money.",
        "dam2",
        published="2027-05-04",
    ),
    make_article(
        "The Kessel dam broke on Tuesday, and flood water forced some 3,000 people from their "
        "valley villages, officials said. "
        "Rescue teams searched flooded houses through the night. "
        "Organisers said the charity concert for the valley at the concert hall raised money "
        "for the charity concert fund.",
        "dam3",
        published="2027-05-05",
    ),
]


def _brief(articles: Sequence[Article], budget: int) -> tuple[SummarySentence, ...]:
    settings = Settings(analyse=False, summarize=SummarizeSettings(max_words=budget))
    backends = Backends(HashingEmbedder())
    return brief_as_story(articles, story_id="s", settings=settings, backends=backends).summary


def test_first_sentence_states_the_main_event() -> None:
    for budget in (30, 60, 100):
        summary = _brief(DAM, budget)
        assert summary
        first = summary[0].text
        assert "dam" in first and "3,000" in first, (budget, first)
        assert "concert" not in first


def test_sentences_that_lean_on_context_are_never_chosen() -> None:
    texts = [s.text for s in _brief(DAM, 200)]
    for opener in ("Meanwhile", "However", "They ", "It was"):
        assert not any(t.startswith(opener) for t in texts), texts


def test_a_quantifier_standing_for_people_named_before_is_not_a_subject() -> None:
    assert not standalone("None were in a serious condition.")
    assert not standalone("Both said they would return on Monday.")
    assert standalone("None of the workers were hurt in the fire.")
    assert standalone("Both sides agreed to resume talks on Monday.")
    assert standalone("Some 80 percent of residents were evacuated.")


def test_summary_invariants_budget_citations_determinism_input_order() -> None:
    by_id = {a.id: a for a in DAM}
    for budget in (20, 45, 90):
        summary = _brief(DAM, budget)
        assert sum(len(s.text.split()) for s in summary) <= budget
        for sent in summary:
            assert sent.citations
            first = sent.citations[0]
            assert by_id[first.article].text[first.start : first.end] == sent.text
        assert _brief(DAM, budget) == summary  # deterministic
        assert _brief(list(reversed(DAM)), budget) == summary  # input order does not matter
        assert _brief([DAM[1], DAM[2], DAM[0]], budget) == summary


def test_near_identical_sentences_of_two_outlets_appear_once_with_both_citations() -> None:
    lead = "Flood water broke through the Kessel dam on Tuesday, forcing 3,000 people to flee."
    one = make_article(lead + " Engineers had warned that the dam was weak.", "o1")
    two = make_article(lead + " Rescue teams searched flooded houses overnight.", "o2")
    summary = _brief([one, two], 100)
    assert [s.text for s in summary].count(lead) == 1
    cited = next(s for s in summary if s.text == lead)
    assert {c.article for c in cited.citations} == {"o1", "o2"}


def test_a_very_long_article_is_summarized_in_bounded_memory() -> None:
    # 10,000 sentences: an all-pairs similarity matrix alone would take 400 MB (float32).
    rng = np.random.default_rng(0)
    words = [f"w{k}" for k in range(300)]
    sentences = [" ".join(rng.choice(words, size=12)).capitalize() + "." for _ in range(10_000)]
    article = make_article(" ".join(sentences), "long")
    rows = rng.normal(size=(len(article.sentences), 32)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    tracemalloc.start()
    try:
        summary = summarize([article], [rows], settings=SummarizeSettings(max_words=100))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary and sum(len(s.text.split()) for s in summary) <= 100
    assert peak < 200 * 2**20, f"peak {peak / 2**20:.0f} MiB"


def test_the_default_lexical_summary_reads_no_vectors() -> None:
    settings = SummarizeSettings(max_words=60)
    assert settings.representation == "lexical"
    without = summarize(DAM, None, settings=settings)
    assert without
    _check(without, DAM)
    # Given the stored vectors, the same sentences are chosen; the vectors only decide the
    # citations, over every sentence of the other articles.
    cited = summarize(DAM, vectors(DAM, HashingEmbedder()), settings=settings)
    assert [s.text for s in cited] == [s.text for s in without]
    _check(cited, DAM)


def test_citations_reach_paraphrases_in_other_articles(embedder: SentenceEmbedder) -> None:
    # The three reports of the dam break share few exact word pairs; their sentence vectors
    # say they state one fact, so the chosen lead cites all three.
    summary = summarize(DAM, vectors(DAM, embedder), settings=SummarizeSettings(max_words=60))
    lead = summary[0]
    assert "dam" in lead.text
    assert {c.article for c in lead.citations} == {"dam1", "dam2", "dam3"}
    _check(summary, DAM)


def test_the_embedding_representation_uses_the_stored_vectors(
    embedder: SentenceEmbedder,
) -> None:
    settings = SummarizeSettings(max_words=40, representation="embedding")
    summary = summarize([A, B], vectors([A, B], embedder), settings=settings)
    assert summary and sum(len(s.text.split()) for s in summary) <= 40
    _check(summary, [A, B])
    with pytest.raises(ValueError, match="sentence vectors"):
        summarize([A, B], None, settings=settings)


def test_a_piece_of_a_longer_quotation_is_not_a_summary_sentence() -> None:
    # Read alone, nobody said these: a quote's opening or closing sentence.
    assert not standalone("“Why did you lock the gate?")
    assert not standalone("Why did you wait so long at the pier?”")
    assert not standalone('"I do not want to be punished for things that regard you.')
    assert standalone('"Certainly I asked her questions," Valdes said.')
    assert standalone("The minister called it “a disaster.”")
    # Curly quotes face one way, so a piece shows wherever its quote mark stands.
    assert not standalone("He’s bruised,” Mora told reporters outside the depot.")
    assert not standalone("He told the court: “I was not there when it happened.")
    assert standalone("“Ada is bruised,” Mora told reporters, “and shaken.”")
    assert standalone("Mora’s neighbours said the lift “was always broken” last year.")
    assert not standalone('Rook replied, "I suppose that rules out my trip to Kesh.')
    assert not standalone("All we can say is we’re not turning round.’")
    assert standalone("The band’s ‘last tour,’ as Rook called it, ends in July.")

    assert standalone('Rook replied, "I suppose that rules out my trip to Kesh."')


def test_an_opening_that_leans_on_the_sentence_before_is_not_standalone() -> None:
    assert not standalone("Since then she has had three operations on her legs.")
    assert not standalone("In addition, three other towns permit the stalls.")
    assert not standalone("Then the lift fell eight floors to the basement.")
    assert not standalone("The two trams pause for a minute on the bridge.")
    assert standalone("Then-mayor Ada Rook opened the bridge in 1999.")
    assert standalone("At the town hall, Ada Rook opened the new bridge.")
    # The writer speaking is no news; someone quoted saying "we" is.
    assert not standalone("We think it was a wasted chance for the council.")
    assert not standalone("I’m trying to keep that in mind and be fair to others.")
    assert standalone("“We think it was a wasted chance,” Ada Rook said.")
    assert not standalone("He’s glad when voters don’t believe the council.")
    assert standalone("It’s unclear whether the council will rebuild the bridge.")
    assert not standalone("The guy’s got a thick file sitting at the tax office.")
    assert standalone("Hers was the only vote against the plan, the council said.")


def test_a_sentence_inside_a_quoted_paragraph_is_no_summary_sentence() -> None:
    from newsbrief.story.summarize import _inside_quotes

    text = (
        "The coach spoke after the game on Wednesday night in Kesh.\n\n"
        "“It’s an emotional issue. It is a challenging time for the club. We need to talk "
        "about it,” Ada Rook said.\n\n"
        "“We will play on,” Rook said after the match."
    )
    a = make_article(text, "a")
    inside = _inside_quotes(a)
    by_text = {s.text: n for n, s in enumerate(a.sentences)}
    assert by_text["It is a challenging time for the club."] in inside
    assert by_text["“We will play on,” Rook said after the match."] not in inside
    assert by_text["The coach spoke after the game on Wednesday night in Kesh."] not in inside


# Sentences that state nothing or point at the page: questions, page pointers, list items,
# the writer's "I", the reader addressed; and the like-looking sentences that stay.
_NOT_STANDALONE = (
    "Why is this man allowed at council meetings?",
    "The video shown here explains the syndrome in two minutes.",
    "Below is a short guide to the syndrome.",
    "For the whole list of the evening’s prize winners, click here.",
    "Take a look at the six best photos in our gallery, above.",
    "Tell us what you made of the parade in the comments section.",
    "Click below to add your name to the list for the Kesh ferry landing.",
    "You must verify your name by email for it to count.",
    "Oh, and let me add that the mayor of Kesh is 91 years old.",
    "Watch my last video on the Kesh trip at https://example.org/v/kesh now.",
    "2) On the economics, the plan looks better than the last one.",
    "Second, they argued that cuts should come first.",
    "As I said, it’s far braver and smarter than I hoped.",
    "The plan, I think, is a lot better than nothing.",
)
_STANDALONE = (
    '"Why did the lift move?" the inspector asked.',  # someone asked it
    "Fans packed the gallery above the rink to watch the final in Kesh.",
    "“You must leave now,” the officer told the crowd in Kesh on Monday.",
    "Second-quarter profit rose 4 percent at the Fenwick mill.",
    "World War I veterans marched through Fenwick on Sunday.",
    "King Charles I was beheaded in 1649, the guide told visitors.",
)


def test_questions_page_pointers_list_items_and_the_writers_i_are_not_standalone() -> None:
    assert [s for s in _NOT_STANDALONE if standalone(s)] == []
    assert [s for s in _STANDALONE if not standalone(s)] == []
