"""Date expressions in one article, found but left unresolved.

Takes: an article and its spaCy ``Doc``.  Gives: ``DateExpression`` records: the words, the
named parts of the ``dates.DATE_RE`` match, the sentence, whether the sentence speaks of
something scheduled, whether it is a possessive ("Saturday's avalanche") or inside a quote,
and the event it dates.  Resolving "on Sunday" needs the article's reference date, which may be
borrowed from the story, so it happens in ``story.claims`` (``resolve``).
Backends: ``dates.DATE_RE`` (bounded, linear) and spaCy's parse for the event and tense.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from newsbrief.article.dates import DATE_RE, dated_noun
from newsbrief.article.figure_fact import Sentences
from newsbrief.article.regions import furniture_spans, inside, quoted_spans
from newsbrief.article.speech import scheduled
from newsbrief.models import Article, DateExpression


def find_dates(article: Article, doc: Any) -> tuple[DateExpression, ...]:
    """Every date expression of the article, in text order."""
    sents = Sentences(article, doc)
    text = article.text
    quoted = quoted_spans(text)
    furniture = furniture_spans(text)
    out = []
    for match in DATE_RE.finditer(text):
        if inside(furniture, match.start()):
            continue  # "Read more: ... on Monday" dates another article
        if _in_a_name(doc, match.start()):
            continue  # "The Saturday Evening Post": a weekday in a name dates nothing
        i = bisect.bisect_right(quoted, (match.start(), len(text))) - 1
        in_quote = i >= 0 and quoted[i][0] <= match.start() < quoted[i][1]
        sentence_text, cite = sents.cite(match.start(), match.end())
        parts = tuple((k, v) for k, v in match.groupdict().items() if v is not None)
        possessive = text[match.end() : match.end() + 2] in ("'s", "’s")
        verb = _governing_verb(doc, match.start(), match.end())
        also = _AND_DAY.match(text, match.end()) if dict(parts).get("mdy") else None
        if also is not None:
            # "forums on Oct. 27 and 28": the second day is a date of its own (same month).
            day = tuple((k, also.group(1) if k == "d1" else v) for k, v in parts)
            found = (match.start(), also.end(), text[match.start() : also.end()], day)
        out.append(
            DateExpression(
                start=match.start(),
                end=match.end(),
                expression=match.group(0),
                parts=parts,
                sentence=sents.index(match.start()),
                future=scheduled(doc, match.start(), match.end())
                or _ahead_by_words(text, match.start(), possessive),
                possessive=possessive,
                in_quote=in_quote,
                event=dated_noun(dict(parts), text, match.end()) or _event(verb),
                text=sentence_text,
                citation=cite,
                subordinate=possessive or _on_a_noun(verb),
                directed=_directed(verb),
            )
        )
        if also is not None:
            out.append(replace(out[-1], end=found[1], expression=found[2], parts=found[3]))
    return tuple(out)


# "Oct. 27 and 28", "June 3 or 4": a second day of the month just named (not "June 3 and 40
# percent", not "Oct. 27 and 28 people").
_AND_DAY = re.compile(
    r"\s+(?:and|or|&)\s+(\d{1,2})\b(?![,.]?\d|\s*(?:%|percent\b))"
    r"(?!\s+(?!(?:in|at|on|to|and|or|for|with|by|from)\b)[a-z])"
)
# "for Friday's vote", "ahead of Sunday's election": a weekday's event still to come (not
# "after Wednesday's vote", "the consequences of Wednesday's vote").
_AHEAD_OF = re.compile(r"(?i)\b(?:for|ahead\s+of|in\s+the\s+run-up\s+to)\s+$")
# "as early as Monday", "as soon as Saturday", "no later than Sunday": a limit on what is to
# come (every such phrase before a day or month in the DUC 2003 articles, five, was ahead).
_AT_THE_SOONEST = re.compile(
    r"(?i)\b(?:as\s+(?:early|late|soon)\s+as|no\s+later\s+than|not\s+before)\s+(?:next\s+)?$"
)


def _ahead_by_words(text: str, start: int, possessive: bool) -> bool:
    """The words just before a date put it ahead of the report."""
    before = max(0, start - 30)
    if _AT_THE_SOONEST.search(text, before, start):
        return True
    return possessive and _AHEAD_OF.search(text, before, start) is not None


_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON", "NORP"})


def _in_a_name(doc: Any, start: int) -> bool:
    """The date's first word is inside a name the tagger found ("The Saturday Evening
    Post")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].ent_type_ in _NAME_LABELS


def _governing_verb(doc: Any, start: int, end: int) -> Any:
    """The verb a date expression hangs on (at most six steps up the parse), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(6):
        if token.pos_ == "VERB" or token.head.i == token.i:
            break
        token = token.head
    return token if token.pos_ == "VERB" else None


def _on_a_noun(verb: Any) -> bool:
    """The date's verb is a clause on a noun ("the three workers reported missing on
    Monday", "the fire that started on Monday"): it recalls an event, the sentence reports
    another."""
    # "reported missing on Monday": the clause is the verb "missing" completes.
    while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and verb.dep_ in ("acl", "relcl")


# Verbs whose complement is what someone must do: "ordered schools closed on Tuesday",
# "asked residents to stay indoors on Friday".
_DIRECTIVES = frozenset({
    "order", "ask", "tell", "instruct", "direct", "urge", "advise", "require", "call",
})  # fmt: skip


def _directed(verb: Any) -> bool:
    """The date hangs on what a directive verb asks for, not on the directive itself."""
    return (
        verb is not None
        and verb.dep_ in ("ccomp", "xcomp", "oprd")
        and verb.head.lemma_ in _DIRECTIVES
    )


def _event(token: Any) -> str:
    """A short name for what a date dates: the governing verb with its subject and object."""
    if token is None:
        return ""
    subj = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    obj = [c for c in token.children if c.dep_ in ("dobj", "attr")]
    words = [*(c.lower_ for c in subj[:1]), token.lower_, *(c.lower_ for c in obj[:1])]
    return " ".join(str(w) for w in words)


__all__ = ["find_dates"]
