"""Small builders for test data: Articles from invented text, with real sentence offsets."""

from __future__ import annotations

from newsbrief.models import Article, Sentence
from newsbrief.read.clean import split_sentences


def make_article(
    text: str,
    article_id: str,
    *,
    title: str | None = None,
    published: str | None = None,
    story: str | None = None,
) -> Article:
    spans = split_sentences(text)
    return Article(
        id=article_id,
        source=f"test:{article_id}",
        text=text,
        sentences=tuple(Sentence(s, e, text[s:e]) for s, e in spans),
        title=title,
        published=published,
        published_from="field" if published else "none",
        story_hint=story,
    )
