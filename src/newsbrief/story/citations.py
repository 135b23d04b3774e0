"""The citation check: no sentence reaches a user unless its citations resolve to real text.

Takes a story's articles and anything that cites them; raises ``CitationError`` (a bug, never
bad input) when a citation names an unknown article, a span outside its text, an empty span, a
sentence index that does not match the span, or when a summary sentence is not the verbatim
text of its first (primary) citation.  The pipeline runs it on every brief before rendering.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsbrief.errors import CitationError
from newsbrief.models import Article, Citation, StoryBrief


def check_citation(citation: Citation, articles: Mapping[str, Article], where: str) -> None:
    """Raise unless ``citation`` is a non-empty span inside a known article's text."""
    article = articles.get(citation.article)
    if article is None:
        raise CitationError(f"{where}: cites unknown article {citation.article!r}")
    if not 0 <= citation.start < citation.end <= len(article.text):
        raise CitationError(
            f"{where}: span {citation.start}-{citation.end} is outside article "
            f"{citation.article!r} (length {len(article.text)})"
        )
    if not article.text[citation.start : citation.end].strip():
        raise CitationError(f"{where}: span {citation.start}-{citation.end} is blank")
    if citation.sentence is not None:
        if not 0 <= citation.sentence < len(article.sentences):
            raise CitationError(f"{where}: no sentence {citation.sentence} in {citation.article!r}")
        sent = article.sentences[citation.sentence]
        if not (sent.start <= citation.start and citation.end <= sent.end):
            raise CitationError(
                f"{where}: span {citation.start}-{citation.end} is not inside sentence "
                f"{citation.sentence} of {citation.article!r}"
            )


def _check_all(citations: Iterable[Citation], articles: Mapping[str, Article], where: str) -> int:
    count = 0
    for citation in citations:
        check_citation(citation, articles, where)
        count += 1
    return count


def check_story(brief: StoryBrief) -> None:
    """Refuse a story brief with any sentence or fact whose citations do not resolve."""
    articles = {a.id: a for a in brief.articles}
    for n, sentence in enumerate(brief.summary):
        where = f"story {brief.story.id} summary sentence {n + 1}"
        if _check_all(sentence.citations, articles, where) == 0:
            raise CitationError(f"{where}: has no citation")
        primary = sentence.citations[0]
        if articles[primary.article].text[primary.start : primary.end] != sentence.text:
            raise CitationError(f"{where}: text differs from the source span it cites")
    for entity in brief.entities:
        _check_all(entity.mentions, articles, f"story {brief.story.id} entity {entity.name!r}")
    for claim in brief.claims:
        if _check_all(claim.citations, articles, f"claim {claim.text!r}") == 0:
            raise CitationError(f"story {brief.story.id} claim {claim.text!r}: has no citation")
    for conflict in brief.conflicts:
        for side in conflict.sides:
            _check_all(side.citations, articles, f"conflict {conflict.subject!r}")
    for agreement in brief.agreements:
        _check_all(agreement.citations, articles, f"agreement {agreement.subject!r}")
    for event in brief.timeline:
        _check_all(event.citations, articles, f"timeline {event.date}")
