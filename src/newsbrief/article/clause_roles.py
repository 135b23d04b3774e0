"""What part a name plays in its sentence, for "he said": asked a question, or an object.

Takes: spaCy tokens of a parsed article.  Gives: who is asked a question (``asked_in``) and
whether a name is an object or the subject of a clause a "that" opens (``object_like``),
which the next "he" or "she" does not stand for, and whether it is the subject of what a
closing "he said" reports (``reported_by``), whether a say-verb is an aside
(``aside_say``) and whether a name modifies a noun (``modifies_noun``).  Used by
``article.people_named``.
Backend: spaCy's dependency parse.
"""

from __future__ import annotations

from typing import Any

_QUESTION_VERBS = frozenset({"ask", "question", "quiz"})
# Modal verbs of a clause that urges its subject to act.
_URGING = frozenset({"should", "must", "ought"})


def asked_in(doc: Any) -> list[Any]:
    """Who is asked a question ("asked the senator what she thought of ...", "asked Whitcombe
    whether ...", "questioned the minister"): the next "he said" is most often their answer.
    Not "asked him to resign", a request."""
    asked = []
    for verb in doc:
        if verb.lemma_ not in _QUESTION_VERBS:
            continue
        children = list(verb.children)
        question = verb.lemma_ != "ask" or any(
            (
                c.dep_ == "ccomp"
                and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            )
            or (c.dep_ == "prep" and c.lower_ == "about")
            for c in children
        )
        if question:
            asked += [c for c in children if c.dep_ in ("dobj", "dative")]
    return asked


def object_like(root: Any) -> bool:
    """An object (one of several: "a trip by Moll and opposition leader Ivo Tarn"), or the
    subject of a clause a "that" or "because" opens ("Sanders considered it telling that
    Francis would praise her")."""
    # (Or in apposition right after one: "traced the idea to her daughter Sarah Vale"; not a
    # name set off by commas, which the parser hangs on anything: "..., his secretary, Edna
    # Holm, said".)
    while (root.dep_ == "conj" or _right_after(root)) and root.head.i != root.i:
        root = root.head
    if root.dep_ in ("dobj", "pobj", "dative"):
        return True
    return (
        root.dep_ in ("nsubj", "nsubjpass")
        and root.head.dep_ != "ROOT"
        and any(c.dep_ == "mark" for c in root.head.children)
    )


def _right_after(name: Any) -> bool:
    """A name in apposition right after its head noun, with no comma between."""
    return bool(name.dep_ == "appos" and name.left_edge.i == name.head.i + 1)


def reported_by(root: Any, say_verbs: frozenset[str]) -> bool:
    """A subject of what the sentence's closing say-verb urges on someone ("Finance Minister
    Omar Tessaly should release the fund, he noted"): the "he" who notes it is someone else,
    who spoke before.  Only a clause with "should", "must" or "ought": "Tom Hall will step
    down in May, he said" may be Hall's own news.  Not one introduced with an apposition
    ("Ana Sol, a nurse, must leave, she said": her own account)."""
    clause = root.head
    verb = clause.head
    return (
        root.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "aux" and c.lower_ in _URGING for c in clause.children)
        and not any(c.dep_ == "appos" for c in root.children)
        and clause.dep_ == "ccomp"
        and verb.dep_ == "ROOT"
        and clause.i < verb.i
        and verb.lower_ in say_verbs
    )


def aside_say(verb: Any) -> bool:
    """A say-verb reporting a clause, in a clause "while", "although" or "whereas" opens,
    beside the sentence's own clause ("While Orlo said they saw no risk, Vesk is
    gloomier")."""
    # (Not "While Orlo said goodbye to the crew, Vesk waited": a time, nothing reported.)
    return bool(
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


_ASIDE_MARKS = frozenset({"while", "although", "though", "whereas", "whilst"})


def modifies_noun(doc: Any, end: int) -> bool:
    """The name ending at ``end`` modifies a noun ("the Obama campaign", "the Clinton
    administration", "Bundy's comments"): it names the body or the owner, not a person who
    speaks next."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    last = span[-1]
    if last.dep_ == "case":  # the tagger may take the "'s" into the name
        last = last.head
    # "decrying Bundy's racial comments": whose comments, not who speaks next; but "Bundy's
    # cattle have fed off ..." still keeps Bundy the topic of the sentence.
    owner = last.dep_ == "poss" and not last.head.dep_.startswith("nsubj")
    return bool(
        (last.dep_ in ("compound", "nmod") or owner)
        and last.head.pos_ == "NOUN"
        and last.head.i > last.i
    )


__all__ = ["aside_say", "asked_in", "modifies_noun", "object_like", "reported_by"]
