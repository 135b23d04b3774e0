"""What around a quote decides who speaks: an aside in brackets that the quote ends, a
statement a colon opens, a phrase quoted near the last quote with no one named between, an
interview's answers, the person a quote's paragraph was just about, and a quote left open at
its paragraph's end.

Takes: the article text, its spaCy ``Doc`` and a quote's span.  Gives: the aside's span, the
one who issued the statement, or whether the last quote's speaker goes on.  Used by
``article.quotes``.  Backend: spaCy's parse.
"""

from __future__ import annotations

import re
from dataclasses import replace
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


def subject_before(doc: Any, text: str, start: int, end: int, people: People) -> Found | None:
    """'His mother, Nina Vell, remembers that night. “We were so proud.”': a quote with no
    say-verb of its own, right after a sentence of its paragraph whose subject is a named
    person (or "he"/"she"), and nothing after it in the paragraph, is that person's."""
    opening = text.rfind("\n", 0, start) + 1
    before, closing = text[opening:start].rstrip(), text.find("\n", end)
    rest = text[end : len(text) if closing < 0 else closing]
    if not before.endswith((".", "!", "?")) or any(m in before for m in _QUOTE_MARKS):
        return None
    if any(c.isalnum() for c in rest):
        return None  # "“...” That was in May, she said.": the rest of the paragraph decides
    last = doc.char_span(opening, opening + len(before), alignment_mode="contract")
    if last is None or not len(last):
        return None
    sentence = last[-1].sent
    subject = next((t for t in sentence.root.children if t.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in ("he", "she"):
        return people.last_before(subject.idx, sentence.start_char, subject.lower_)
    named = people.first_between(subject.left_edge.idx, subject.right_edge.idx + 1)
    return named if named is not None and subject.ent_type_ in ("PERSON", "") else None


def run_on(out: list[QuoteFact], text: str) -> list[QuoteFact]:
    """A quote left open at its paragraph's end, with no speaker, runs on into the quote that
    opens the next paragraph ('“I owe an apology to the nurses ... and to my cabinet.' then
    '“I will fix the budget this year,” she said.'): one quotation in two paragraphs, the
    later one's speaker's."""
    fixed = list(out)
    for k in range(len(fixed) - 2, -1, -1):
        quote, after = fixed[k], fixed[k + 1]
        closed = text[quote.end - 1 : quote.end] in _CLOSING
        left_open = not closed and text.startswith("\n", quote.end)
        alone = quote.speaker is None and not quote.continues
        if alone and after.speaker and left_open and not text[quote.end : after.start].strip():
            fixed[k] = replace(
                quote,
                speaker=after.speaker,
                speaker_start=after.speaker_start,
                speaker_end=after.speaker_end,
            )
    return fixed


_CLOSING = frozenset({"”", '"', "’", "'"})


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


__all__ = [
    "aside_of",
    "interview_answer",
    "issued_by",
    "last_speaker_goes_on",
    "run_on",
    "subject_before",
]
