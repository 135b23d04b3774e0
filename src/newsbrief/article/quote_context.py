"""What around a quote decides who speaks: an aside in brackets that the quote ends, a
statement a colon opens, and a phrase quoted near the last quote with no one named between.

Takes: the article text, its spaCy ``Doc`` and a quote's span.  Gives: the aside's span, the
one who issued the statement, or whether the last quote's speaker goes on.  Used by
``article.quotes``.  Backend: spaCy's parse.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
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


def interview_answer(
    text: str, start: int, end: int, out: list[QuoteFact], people: People
) -> Found | None:
    """An interview laid out as questions and answers ('Harbor FC captain Nessa Quill spoke.' /
    'What went wrong after the break?' / '“We lost our shape ...”'): a quote that is its whole
    paragraph, right after a paragraph that only asks (no quote marks, ending in "?"), answers
    it, on a page of two such answers or more.  Whoever gave the answers before it goes on;
    else the interviewee is the one the reporter's last paragraph before the questions names
    first.  For a quote no say-verb gave a speaker: a rhetorical question before '“...,” Sen.
    Hal Brandt said' or '“...” — Rina Tsai, a commuter' changes nothing."""
    opening = text.rfind("\n", 0, start) + 1
    if opening == 0 or not _whole_paragraph(text, opening, start, end):
        return None
    question = _paragraph_before(text, opening)
    if question is None or not _asks(text[slice(*question)]) or _answers(text) < _ANSWERS_AT_LEAST:
        return None
    at = question[0]
    for _ in range(_PARAGRAPHS_BACK):
        before = _paragraph_before(text, at)
        if before is None:
            return None
        if text[before[0] : before[1]].lstrip()[:1] in _QUOTE_MARKS:  # an answer
            said = [q for q in out if before[0] <= q.start < before[1] and q.speaker]
            if said and (speaker := said[-1].speaker):
                at_, to = said[-1].speaker_start, said[-1].speaker_end
                return speaker, None if at_ is None or to is None else (at_, to)
        elif not _asks(text[slice(*before)]):
            return people.first_between(before[0], before[1])
        at = before[0]
    return None


def _whole_paragraph(text: str, opening: int, start: int, end: int) -> bool:
    """Nothing but the quote in its paragraph (no name, no say-verb, no credit after it)."""
    closing = text.find("\n", end)
    rest = text[end : len(text) if closing < 0 else closing]
    return not text[opening:start].strip() and not any(c.isalnum() for c in rest)


@lru_cache(maxsize=8)
def _answers(text: str) -> int:
    """How many paragraphs of the text are a quote alone right after a question alone."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return sum(
        1 for asked, answer in pairwise(paragraphs) if _asks(asked) and answer[:1] in _QUOTE_MARKS
    )


def _asks(paragraph: str) -> bool:
    """A paragraph that only asks: short, ending in "?", with no quote marks."""
    asked = paragraph.strip()
    short = len(asked) <= _QUESTION_CHARS
    return short and asked.endswith("?") and not any(m in asked for m in _QUOTE_MARKS)


def _paragraph_before(text: str, opening: int) -> tuple[int, int] | None:
    """The span of the non-blank paragraph ending before offset ``opening``."""
    end = opening
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    return text.rfind("\n", 0, end) + 1, end


_QUESTION_CHARS = 300
# A page of questions and answers, not one rhetorical question in a report.
_ANSWERS_AT_LEAST = 2
_QUOTE_MARKS = frozenset('"“”')
# How many paragraphs of questions and answers lead back to the reporter's own words.
_PARAGRAPHS_BACK = 40


__all__ = ["aside_of", "interview_answer", "issued_by", "last_speaker_goes_on"]
