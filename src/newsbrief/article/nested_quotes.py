"""Quotations inside a quotation: words a speaker reports someone else saying.

Takes: the article, its spaCy ``Doc``, one quotation in double marks and its speaker.  Gives:
the quotations in single marks inside it ("the mayor of Harlow said, `Every permit had been
signed by Ada Lund.'", "The judge said: ‘A jail term would fall hard on his two young
sons.’"), each a ``QuoteFact`` with the speaker its say-verb names (``nested_quotes``, for
``article.quotes``).  A quotation inside one with no say-verb of its own (a phrase the speaker
mocks, a title) is no statement and is left alone.
Backends: spaCy's dependency parse (the say-verb's token).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsbrief.article.figure_fact import Sentences
from newsbrief.article.people_named import People
from newsbrief.article.say_subject import NOBODY, verb_speaker
from newsbrief.article.say_verbs import conditional
from newsbrief.article.speech import SAY_VERBS
from newsbrief.models import Article, Citation, QuoteFact
from newsbrief.settings import AnalysisSettings

# An inner quotation opens with a single mark after a space, a colon or a comma and before a
# word, and closes with the matching mark before a space, punctuation or the outer mark.
# (`...' is how older wire copy writes one.)
_INNER = re.compile(
    r"(?<=[\s:,(])(?P<open>[‘`']|``)(?P<words>[A-Z0-9][^‘`\n]*?[^\s‘`])"
    r"(?P<close>’|''|')(?=[\s.,;:!?”\"’)—–-]|$)"
)
# "an open minded person will say, `This is the way it was'", "people would say, ‘Aha!’": words
# someone may say, which no one has said.
_NOT_SAID = frozenset({"will", "would", "could", "might", "may", "can", "shall", "'ll", "’ll"})
# The say-verb right before the inner quotation: "X said, `", "X said: ‘", "saying, ‘",
# "told me, ‘" (one short object between).
_VERB_BEFORE = re.compile(r"(?P<verb>[A-Za-z]+)(?:\s+(?:me|us|him|her|them|reporters))?\s*[,:]\s*$")


@dataclass(frozen=True)
class Inner:
    """A quotation inside another: ``words`` at ``[start, end)`` (its marks included) and
    the say-verb token that introduces it."""

    start: int
    end: int
    words: str
    verb: Any


def inner_quotes(text: str, doc: Any, words_start: int, words_end: int) -> list[Inner]:
    """Quotations in single marks inside the double-marked words at ``[words_start,
    words_end)`` that a say-verb just before introduces."""
    out: list[Inner] = []
    for m in _INNER.finditer(text, words_start, words_end):
        before = _VERB_BEFORE.search(text, max(words_start, m.start() - 40), m.start())
        if before is None or before.group("verb").casefold() not in SAY_VERBS:
            continue
        verb = doc.char_span(before.start("verb"), before.end("verb"), alignment_mode="contract")
        if verb is None or len(verb) != 1 or _hypothetical(verb[0]):
            continue
        out.append(Inner(m.start(), m.end(), m.group("words"), verb[0]))
    return out


def _hypothetical(verb: Any) -> bool:
    return conditional(verb) or any(
        c.dep_ == "aux" and c.lower_ in _NOT_SAID for c in verb.children
    )


def nested_quotes(
    article: Article,
    doc: Any,
    sents: Sentences,
    people: People,
    outer: QuoteFact,
    settings: AnalysisSettings,
) -> list[QuoteFact]:
    """The quotations a speaker reports inside their own ('“The judge said: ‘A jail term
    would fall hard on his two young sons.’ Isn't that the point?” Poe said.'), each with
    the name or role its say-verb's subject writes ("the mayor of Harlow said,
    `...'").  Not one found by reading "he said" as the person named last: inside a quote
    that is often the speaker of the quote itself (a first version that took them gave two
    more wrong speakers on the dev files, and no more right ones)."""
    text = article.text
    if text[outer.start : outer.start + 1] not in ("“", '"'):
        return []
    out = []
    for q in inner_quotes(text, doc, outer.start + 1, outer.end - 1):
        if len(q.words.split()) < settings.min_quote_words:
            continue
        found = verb_speaker(q.verb, q.start, people, q.end)
        if not found or found == NOBODY or found[1] is not None or found[0] == outer.speaker:
            continue
        i, j = sents.index(q.start), sents.index(q.end - 1)
        s_text, _ = sents.cite(q.start, q.end)
        out.append(
            QuoteFact(
                words=" ".join(q.words.split()),
                start=q.start,
                end=q.end,
                speaker=found[0],
                speaker_start=None,
                speaker_end=None,
                continues=False,
                text=s_text,
                citation=Citation(article.id, q.start, q.end, i if sents.own and i == j else None),
            )
        )
    return out


__all__ = ["Inner", "inner_quotes", "nested_quotes"]
