"""What around a quote decides who speaks: an aside in brackets that the quote ends, a
statement a colon opens, and a phrase quoted near the last quote with no one named between.

Takes: the article text, its spaCy ``Doc`` and a quote's span.  Gives: the aside's span, the
one who issued the statement, or whether the last quote's speaker goes on.  Used by
``article.quotes``.  Backend: spaCy's parse.
"""

from __future__ import annotations

import re
from typing import Any

from newsbrief.article.figure_fact import Sentences
from newsbrief.article.people_named import Found, People
from newsbrief.article.say_subject import NOBODY, verb_speaker
from newsbrief.models import QuoteFact


def aside_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The brackets around the quote at ``[start, end)`` when the quote ends the aside."""
    close = _CLOSES_ASIDE.match(text, end)
    if close is None:
        return None
    opening = text.rfind("(", max(0, start - 300), start)
    if opening < 0 or ")" in text[opening:start] or "\n" in text[opening:start]:
        return None
    return opening, close.end()


_CLOSES_ASIDE = re.compile(r"[.,!?]?\)")


def issued_by(doc: Any, text: str, start: int, end: int, people: People) -> Found | None:
    """'When the Journal wrote about him, he issued a terse statement: “...”': whoever issued
    the statement the colon introduces speaks, not the say-verb of another clause."""
    colon = _STATEMENT_COLON.search(text, max(0, start - 40), start)
    noun = doc.char_span(colon.start(1), colon.end(1)) if colon else None
    if noun is None or noun.root.dep_ != "dobj" or noun.root.head.pos_ != "VERB":
        return None
    said = verb_speaker(noun.root.head, start, people, end)
    return None if said == NOBODY else said


_STATEMENT_COLON = re.compile(r"\b(statement|message|reply|response|letter|e-?mail|tweet):\s*$")


def last_speaker_goes_on(out: list[QuoteFact], doc: Any, sents: Sentences, start: int) -> bool:
    """'The fight “is not about science,” pitting teachers against those “who assert that
    ...”': words quoted later in the sentence of another quote, with no one named between
    them, are that quote's speaker's too."""
    if not out:
        return False
    last, here = sents.index(out[-1].start), sents.index(start)
    # Or in the next sentence of the same paragraph ('"I'm really excited" about it, Collins
    # says. If the lakes are there, they could be "interesting, accessible bodies of water."').
    nearby = here == last or (here == last + 1 and "\n" not in doc.text[out[-1].end : start])
    between = doc.char_span(out[-1].end, start, alignment_mode="contract")
    said = (out[-1].speaker or "").split()
    return (
        nearby
        and between is not None
        and not any(t.ent_type_ == "PERSON" and t.text not in said for t in between)
    )


__all__ = ["aside_of", "issued_by", "last_speaker_goes_on"]
