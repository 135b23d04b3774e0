"""Whose words a quotation is when no say-verb reports it: the subject of the clause it is
quoted in, when that subject is a name, a document or a role ("The Constitution requires
Congress to conduct an “actual Enumeration”", "The queen sent a message telling the
families that “the whole nation grieves with you”", "The Cabinet would take up the
accord only after verifying “that ...”").

Takes: a spaCy doc, the quotation's span and the article's people.  Gives: the speaker as
``verb_speaker`` finds it, or None.  Used by ``article.quotes`` after every say-verb, speech
noun and "according to" failed.  Backend: spaCy's dependency parse and NER.
"""

from __future__ import annotations

from typing import Any

from newsbrief.article.documents import DOCUMENTS, SPEAKING_TYPES
from newsbrief.article.people_named import ROLES, Found, People
from newsbrief.article.say_subject import NOBODY, verb_speaker

_PRONOUNS = frozenset({"he", "she"})
# Tokens from the clause's verb to the quotation, at most.
_NEAR = 10
# Verbs of taking in what someone else says or gives.
_TAKING = frozenset({"hear", "see", "read", "watch", "receive", "get", "obtain", "win"})
# Steps up the parse from the quotation to the verb of its clause.
_REACH = 8


def clause_speaker(doc: Any, text: str, start: int, end: int, people: People) -> Found | None:
    """The clause's subject for a quotation at ``[start, end)`` set inside a sentence (not
    one quoted whole or opening its sentence), None when the subject is no one who speaks."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or not doc.has_annotation("SENT_START"):
        return None
    sentence = span[0].sent
    if not text[sentence.start_char : start].strip(" \t\n“”\"‘’'—–-:"):
        return None
    verb = span.root
    for _ in range(_REACH):
        if not start <= verb.idx < end and verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    if verb.idx > start or span[0].i - verb.i > _NEAR:
        # A verb after the quotation says what was done with it; one far before it is of
        # another clause ("Vell was not charged with theft because, under the state's code,
        # theft is defined as ...").
        return None
    if verb.lemma_ in _TAKING:
        return None  # "she hears “...”", "Washington receives an 86 (“...”)": not her words
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _may_speak(subject):
        return None
    said = verb_speaker(verb, start, people, end)
    return None if said is None or said == NOBODY else said


def _may_speak(subject: Any) -> bool:
    """A name, a document ("the report"), a role ("the minister") or "he" / "she"; not a
    place ("New York gets a 68 (“...”)": a grade's words are the grader's)."""
    return bool(
        (subject.ent_type_ in SPEAKING_TYPES and subject.ent_type_ != "GPE")
        or subject.lemma_ in DOCUMENTS
        or subject.lower_ in ROLES
        or subject.lower_ in _PRONOUNS
    )


__all__ = ["clause_speaker"]
