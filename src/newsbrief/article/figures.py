"""Every figure of one article: its counts and measures (``quantities``), its durations
(``durations``) and votes' tallies (``tallies``), in its own words and inside the quotations
it reports.

Takes: an article and its spaCy doc.  Gives: ``QuantityFact`` records in text order, those
inside a direct quotation marked ``quoted`` (a governor's "We have 300 dead" is a figure the
article reports; readers list them among its figures).  A quotation's figures are read in a
second pass, so that no noun in a quotation is what a later bare number of the article's own
counts ("killing 31 people and injuring 140"); a tally is read in the article's own words
only.  Plain Python over the three finders.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsbrief.article.age_figures import find_ages
from newsbrief.article.durations import find_durations
from newsbrief.article.fractions import find_fractions
from newsbrief.article.quantities import find_quantities
from newsbrief.article.regions import inside, quoted_spans
from newsbrief.article.tallies import find_tallies
from newsbrief.models import Article, QuantityFact


def find_figures(article: Article, doc: Any) -> tuple[QuantityFact, ...]:
    """The article's figures, quoted ones marked; a number read by both finders (one the
    tagger took for a count of "years") is kept once, as the count."""
    quoted = sorted(quoted_spans(article.text))
    shares = find_fractions(article, doc, own=False)
    # "two out of three voters" is a share, not counts of 2 and 3 voters.
    in_shares = sorted((f.start, f.end) for f in shares)
    figures = _outside(find_quantities(article, doc), in_shares)
    taken = {f.start for f in figures}
    # Durations need no context from the figures before them: one pass, split by where.
    spans = [*find_durations(article, doc, own=False), *find_ages(article, doc, own=False), *shares]
    own = [f for f in spans if not inside(quoted, f.start)]
    said = [
        replace(f, quoted=True)
        for f in (*_outside(find_quantities(article, doc, own=False), in_shares), *spans)
        if inside(quoted, f.start)
    ]
    for fact in (*own, *find_tallies(article, doc), *said):
        if fact.start not in taken:
            figures.append(fact)
            taken.add(fact.start)
    return tuple(sorted(figures, key=lambda f: f.start))


def _outside(facts: tuple[QuantityFact, ...], spans: list[tuple[int, int]]) -> list[QuantityFact]:
    return [f for f in facts if not inside(spans, f.start)]


__all__ = ["find_figures"]
