"""A say-verb's subject that the parser put after the verb, right after the quote.

Takes: a say-verb token and where its quote ends.  Gives: the token that speaks, or none.
Used by ``article.say_subject`` when the verb has no subject of its own.
Backends: spaCy's dependency parse.
"""

from __future__ import annotations

from typing import Any

from newsbrief.article.name_phrases import with_the
from newsbrief.article.people_named import ROLES


def subject_after(verb: Any, end: int) -> list[Any]:
    """'“...,” write the scientists': the parser read a present say-verb right after the
    quote as an order and its subject as the object.  '“...?” the bishop asked from the
    podium ...': it made the noun the root and the say-verb its modifier."""
    if verb.tag_ in ("VB", "VBP") and _right_after(verb, end):
        # Not an order ("tell your children", "ask them"): a noun with "the".
        return [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and with_the(c)
        ][:1]
    head = verb.head
    if verb.dep_ == "acl" and head.i == verb.i - 1 and _right_after(_opening(head), end):
        # Someone who speaks, not a thing ("The question asked by parents has ...").
        agent = any(c.dep_ == "agent" for c in verb.children)
        speaks = head.pos_ == "PROPN" or head.lemma_ in ROLES
        return [head] if speaks and not agent else []
    return []


def _opening(noun: Any) -> Any:
    """The first word of ``noun``'s own phrase before it ("the" of "the bishop")."""
    first = noun
    while first.i > 0:
        before = noun.doc[first.i - 1]
        if before.head.i != noun.i or before.dep_ not in ("det", "amod", "compound", "poss"):
            break
        first = before
    return first


def _right_after(token: Any, end: int) -> bool:
    """``token`` follows the quote ending at ``end`` with only its closing marks between."""
    return 0 < end <= token.idx and not token.doc.text[end : token.idx].strip(" ,”’\"'")


__all__ = ["subject_after"]
