"""The one an outlet or a document quotes: "NTV quoted him as saying", "Her note quotes a
planner as warning the crews: “...”", "Yilmaz was quoted by the daily as saying".

Takes: a say-verb's spaCy token.  Gives: the token of the one quoted, or None.  Used by
``say_subject.verb_speaker``.  Backend: spaCy's parse.
"""

from __future__ import annotations

from typing import Any

from newsbrief.article.speech import ROLES, SAY_VERBS

_QUOTES = frozenset({"quoted", "quotes", "quoting"})


def quoted_as_saying(verb: Any) -> Any:
    """The object of "quoted ... as saying" ("quotes the letter as saying", "as telling"), for
    "quoted" or its "saying"; else None."""
    quoted = verb.head if verb.lower_ == "saying" and verb.head.lower_ in _QUOTES else verb
    relayed = _relayed(verb)
    if relayed is not None:
        return relayed
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


def _relayed(verb: Any) -> Any:
    """The one an outlet's words pass on: "“...,” the newspaper said, quoting Ge Lin, a chief
    engineer" is Ge Lin's (a person or a role; not "quoting a report", the outlet's; not
    when a person says it, who recites)."""
    if verb.lower_ not in SAY_VERBS or verb.lower_ in _QUOTES:
        return None
    # Only an outlet or a body ("the newspaper", "the Daily Courier"), not a person reciting
    # someone ("Ana Vell said, quoting Tomas Berg": her words).
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _outlet_like(subject):
        return None
    for c in verb.children:
        if c.lower_ == "quoting" and c.dep_ in ("advcl", "xcomp", "conj") and c.i > verb.i:
            one = next((o for o in c.children if o.dep_ == "dobj"), None)
            if one is None:
                continue
            # A role as such, not "sources close to Ge Lin" (no one named inside).
            inside = any(t.ent_type_ == "PERSON" for t in one.subtree if t.i != one.i)
            if one.ent_type_ == "PERSON" or (one.lemma_ in ROLES and not inside):
                return one
    return None


def _outlet_like(token: Any) -> bool:
    """A common noun ("the newspaper", "radio") or a name with "the" ("the Daily Courier"),
    as outlets and bodies are written; not a person's bare name nor "he"."""
    det = any(c.dep_ == "det" for c in token.children)
    return token.ent_type_ != "PERSON" and (token.pos_ == "NOUN" or det)


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
