"""The one an outlet or a document quotes: "NTV quoted him as saying", "Her note quotes a
planner as warning the crews: “...”", "Yilmaz was quoted by the daily as saying".

Takes: a say-verb's spaCy token.  Gives: the token of the one quoted, or None.  Used by
``say_subject.verb_speaker``.  Backend: spaCy's parse.
"""

from __future__ import annotations

from typing import Any

from newsbrief.article.speech import SAY_VERBS

_QUOTES = frozenset({"quoted", "quotes", "quoting"})


def quoted_as_saying(verb: Any) -> Any:
    """The object of "quoted ... as saying" ("quotes the letter as saying", "as telling"), for
    "quoted" or its "saying"; else None."""
    quoted = verb.head if verb.lower_ == "saying" and verb.head.lower_ in _QUOTES else verb
    if _as_saying(verb) and verb.head.head.lower_ in _QUOTES:
        quoted = verb.head.head  # "quotes a planner ... as warning the crews:"
    if quoted.lower_ not in _QUOTES:
        return None
    objects = [c for c in quoted.children if c.dep_ == "dobj"]
    saying = any(t.lower_ == "saying" or _as_saying(t) for t in quoted.subtree)
    if objects and not saying:
        # "he quoted the French scientist Claude Bernard: “...”": a colon right after the
        # one quoted introduces their words, as "as saying" does.
        last = max(t.i for t in objects[0].subtree)
        after = verb.doc[last + 1] if last + 1 < len(verb.doc) else None
        # Someone named: "quoted Psalm 23:" gives no speaker.
        named = any(t.ent_type_ in ("PERSON", "ORG") for t in objects[0].subtree)
        saying = named and after is not None and after.text == ":"
    return objects[0] if objects and saying else None


def _as_saying(token: Any) -> bool:
    """ "as telling", "as writing", "as describing": a participle after "as" of "quoted"."""
    return bool(
        token.tag_ == "VBG"
        and token.head.lower_ == "as"
        and (token.lower_ in SAY_VERBS or token.head.head.lower_ in _QUOTES)
    )


def passive_quoted(verb: Any) -> Any:
    """The subject of "X was quoted (by Y) as saying", for its "saying"; else None."""
    if verb.lower_ != "saying":
        return None
    for token in verb.sent:
        if token.i >= verb.i:
            break
        if token.lower_ == "quoted" and token.tag_ == "VBN":
            found = [c for c in token.children if c.dep_ == "nsubjpass"]
            if found:
                return found[0]
    return None


__all__ = ["passive_quoted", "quoted_as_saying"]
