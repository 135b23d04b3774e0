"""One figure as a fact of its article: the sentence it is in and the record itself.

Takes: an article (and its spaCy doc, for sentences when the article has none).  Gives:
``Sentences`` (offset to sentence and citation) and ``figure_fact``, the ``QuantityFact`` the
figure finders (``quantities``, ``ranges``, ``durations``, ``tallies``) all build.  Plain
Python.
"""

from __future__ import annotations

import bisect
from typing import Any

from newsbrief.article.hedges import hedge_before
from newsbrief.article.predicates import is_capacity, predicate_class
from newsbrief.models import Article, Citation, QuantityFact

_REACH = 200  # characters a figure outside every sentence is cited with, at most


class Sentences:
    """Maps character offsets to the article's sentences (or spaCy's, when it has none)."""

    def __init__(self, article: Article, doc: Any) -> None:
        self.article = article
        self.own = bool(article.sentences)
        spans = [(s.start, s.end) for s in article.sentences] or [
            (s.start_char, s.end_char) for s in doc.sents
        ]
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def cite(self, start: int, end: int) -> tuple[str, Citation]:
        """The sentence around ``[start, end)`` and a citation of it (or of the span)."""
        i = self.index(start)
        s, e = self.spans[i] if self.spans else (start, end)
        if start >= e:
            # Past the sentence (a line the article's sentences leave out): its line, at most a
            # short run either side, not all text since that sentence (on a long text whose
            # sentences stop early, quadratic).
            text, s = self.article.text, max(e, start - _REACH)
            s = text.rfind("\n", s, start) + 1 or s
            e = text.find("\n", end, end + _REACH)
            e = e if e >= 0 else min(len(text), end + _REACH)
        elif not (s <= start and end <= e):
            s, e = min(s, start), max(e, end)
        else:
            return self.article.text[s:e], Citation(self.article.id, s, e, i if self.own else None)
        return self.article.text[s:e].strip(), Citation(self.article.id, s, e, None)


def figure_fact(
    article: Article,
    sents: Sentences,
    *,
    value: float,
    unit: str,
    qualifier: str,
    predicate: str,
    ordinal: bool,
    span: tuple[int, int],
    number_at: int,
    thing: tuple[int, int],
) -> QuantityFact:
    """One figure's fact: its sentence and citation, its hedge (the words before the number)
    and the class of what is said of it ("capacity" for a limit)."""
    text, cite = sents.cite(*span)
    sentence_start = cite.start if cite.start <= span[0] else span[0]
    before = article.text[sentence_start:number_at]
    # "licensed to carry 180" or "the 180 it was certified to carry": a capacity either way.
    kind = (
        "capacity"
        if is_capacity(before) or is_capacity(predicate)
        else predicate_class(predicate, unit)
    )
    return QuantityFact(
        value=value,
        unit=unit,
        qualifier=qualifier,
        predicate=predicate,
        predicate_class=kind,
        hedge=hedge_before(before),
        ordinal=ordinal,
        start=span[0],
        end=span[1],
        thing_start=thing[0],
        thing_end=thing[1],
        text=text,
        citation=cite,
    )


__all__ = ["Sentences", "figure_fact"]
