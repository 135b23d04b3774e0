"""Which organisation an "it" that says something stands for.

Takes: the "it" token of a say-verb (spaCy) and the quote's character span.  Gives: the
organisation's name as the article writes it, or None.  Used by ``article.say_subject``.
Backends: spaCy's sentence split, dependency parse and NER.
"""

from __future__ import annotations

from typing import Any

from newsbrief.article.documents import bare
from newsbrief.article.name_phrases import ent_text

_SAYING = frozenset({"say", "report", "tell", "announce", "add"})
_GROUPS = frozenset({"ORG", "GPE"})
# Bodies an article calls "the committee" before it says "it said" (not "the report" or "the
# magazine": a document's or an outlet's words are not the body's).
_BODIES = frozenset({
    "committee", "commission", "council", "ministry", "agency", "company", "firm", "group",
    "department", "government", "board", "union", "organization", "organisation",
    "foundation", "institute", "association", "court", "administration", "campaign",
})  # fmt: skip
_BETWEEN = " ,.!?\n\"'“”‘’"  # what may stand between a quote and its "it said"


def it_speaker(pronoun: Any, start: int, end: int, opening: int) -> str | None:
    """An "it" near the start of its sentence is the organisation that is the subject of the
    sentence before.  One set after the quote ('“...,” it said in a filing') is the one the
    sentence before the quote names, else one the quote opens with as its subject ('“Harbor
    Airlines continues to believe ...,” it said': a company speaks of itself by name)."""
    if pronoun.i - pronoun.sent.start <= opening:
        return _organisation_before(pronoun)
    first = quote_opening(pronoun, start, end)
    return None if first is None else _organisation_before(first) or _opening_subject(first)


def quote_opening(pronoun: Any, start: int, end: int) -> Any:
    """The first word of the quote ``[start, end)`` when ``pronoun`` stands right after it
    ('“...,” it said', '“...!” they shouted'); else None."""
    doc = pronoun.doc
    if not (0 <= start < end <= pronoun.idx) or doc.text[end : pronoun.idx].strip(_BETWEEN):
        return None
    first = next((t for t in doc if t.idx >= start and not t.is_punct), None)
    return first if first is not None and first.i < pronoun.i else None


def _opening_subject(first: Any) -> str | None:
    """The organisation a quote opens with as its verb's subject."""
    if first.ent_type_ not in _GROUPS or first.ent_iob_ != "B":
        return None
    last = first
    while last.i + 1 < len(first.doc) and first.doc[last.i + 1].ent_iob_ == "I":
        last = first.doc[last.i + 1]
    head = last if last.dep_ in ("nsubj", "nsubjpass") else None
    return bare(ent_text(head)) if head is not None else None


def _organisation_before(anchor: Any) -> str | None:
    """The organisation that is the subject of a say-verb (or the main verb) in the sentence
    before ``anchor``'s, when it is the only subject there."""
    doc = anchor.doc
    if not doc.has_annotation("SENT_START") or anchor.sent.start == 0:
        return None
    before = doc[anchor.sent.start - 1].sent
    # The subject of a say-verb there, or of the sentence's own verb ("Saudi Arabia has turned
    # up pressure on Kabul. Last month, it expelled ..., saying that ...").
    # Where the parser made a noun the root ("U.S. website The Quill has named ...": the
    # website, with "named" a clause on it), the verb of that clause.
    subjects = [
        c
        for t in before
        if t.lemma_ in _SAYING or t.dep_ == "ROOT" or (t.dep_ == "relcl" and _named_clause(t))
        for c in t.children
        if c.dep_ == "nsubj"
    ]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return None  # "The Kesh Monitor and Ada Rook said": two speakers, no one "it"
    subject = subjects[0]
    # "The Kesh Observatory said", "The United Farm Workers union said", "Saudi Arabia has".
    org = (
        subject
        if subject.ent_type_ in _GROUPS
        else next(
            (c for c in subject.children if c.dep_ == "compound" and c.ent_type_ == "ORG"), None
        )
    )
    if org is None and subject.lower_ in _BODIES and _the(subject):
        # "the committee said the US should be “...”. “...,” it said": the body it called so.
        return f"the {subject.lower_}"
    return bare(ent_text(org)) if org is not None else None


def _named_clause(verb: Any) -> bool:
    """A clause on a root noun whose subject names that noun right after it ("U.S. website
    The Quill has named"), not one that says what a thing is ("A fine that the Kesh Travel
    Board imposed": the board is not "it")."""
    noun = verb.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    between = noun.doc[noun.i + 1 : subject.i] if subject is not None else None
    return between is not None and all(t.dep_ in ("det", "compound") for t in between)


def _the(noun: Any) -> bool:
    """``noun`` has "the" and nothing else before it ("the committee", not "the party's
    committee" or "a committee")."""
    return [c.lower_ for c in noun.children if c.i < noun.i] == ["the"]
