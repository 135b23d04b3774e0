"""The words that name a speaker, read off spaCy's parse: a token's whole name, a noun phrase
without its determiner ("the military source" is "military source"), whether a name stands
in apposition or "the" comes before.

Takes: spaCy tokens.  Gives: strings and flags.  Shared by the quote finder's modules
(``people_named``, ``say_subject``, ``documents``, ...).  Backend: spaCy's parse.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from newsbrief.article.speech import is_title


def named_appos(token: Any) -> bool:
    """A person's name stands in apposition to ``token`` ("the spokesman, Ali Vanek")."""
    return any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in token.children)


def with_the(token: Any) -> bool:
    """``token`` has "the" before it: a definite one ("the bishop", "the commission")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def ent_text(token: Any) -> str:
    """The whole named entity a token belongs to ("Abbas Ibrahim", not "Abbas"), without a
    rank the tagger took into it ("Sgt. Riley" is Riley)."""
    doc, first, last = token.doc, token.i, token.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    while first < last and is_title(doc[first].text):
        first += 1
    return str(doc[first : last + 1].text)


def phrase(token: Any) -> str:
    """The noun phrase headed by ``token`` without its definite determiner ("the military
    source" is "military source"); "a" and "another" are kept ("a representative").  A crowd
    keeps whom it is made of ("a small crowd of protesters")."""
    members = next(
        (
            p
            for c in token.children
            if token.lower_ in _COLLECTIVES and c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN"
        ),
        None,
    )
    if members is not None:
        return f"{phrase_of(token)} of {phrase_of(members)}"
    return phrase_of(token)


# Nouns that name people only by what they are a number of.
_COLLECTIVES = frozenset(
    {"crowd", "crowds", "group", "groups", "band", "handful", "dozen", "dozens", "throng",
     "mob", "chorus", "gaggle", "couple", "pair", "bunch", "host", "team"}
)  # fmt: skip


def _title_of(token: Any, prep: Any) -> bool:
    """ "chief of staff", "secretary of state": an "of" and a bare common noun that are part
    of the title, not someone or something it is of ("a lawyer for Dorothea Quince")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        token.lower_ in _OF_TITLES
        and prep.lower_ == "of"
        and len(objs) == 1
        and (objs[0].pos_ == "NOUN" or objs[0].text.islower())  # "state" may read as a name
        and not list(objs[0].children)
    )


# Titles that take "of" and a bare noun: "chief of staff", "head of security".
_OF_TITLES = frozenset({
    "chief", "head", "director", "secretary", "minister", "commissioner", "chairman", "chair",
    "president", "officer", "superintendent", "inspector",
})  # fmt: skip


def phrase_of(token: Any) -> str:
    """``phrase`` without what hangs on it."""
    # Not what hangs on a preposition, a clause, an apposition or a second noun joined by
    # "and", nor anything in them ("a lawyer for Dorothea Quince" is a lawyer, not "lawyer
    # Dorothea"; "a tribute posted by Lane's Facebook page" is a tribute; "the Tory governor
    # and Moreland supporter" is a governor, not "governor Moreland").
    # Except a title's own "of" and bare noun ("chief of staff").
    titled = {t.i for c in token.children if _title_of(token, c) for t in c.subtree}
    left_out = {
        t.i
        for c in token.children
        if c.dep_ in ("relcl", "acl", "prep", "appos", "conj") and c.i not in titled
        for t in c.subtree
    }
    # "another council member" keeps its "another": someone other than the one named; "a
    # representative" its "a": someone the article does not name.
    words = [
        t
        for t in token.subtree
        if t.i not in left_out and t.dep_ != "punct" and (t.dep_ != "det" or t.lower_ in _KEPT)
    ]
    words = [t for t in words if t.i <= token.i or t.dep_ in ("compound", "flat") or t.i in titled]
    # Tokens as written: "Tuesday's lawsuit", not "Tuesday 's lawsuit".
    if not words:
        return str(token.text)
    gaps = [str(t.whitespace_) if nxt.i == t.i + 1 else " " for t, nxt in pairwise(words)]
    # "A military source" opening a sentence is "a military source" beside a quote.
    texts = [t.lower_ if t.dep_ == "det" else str(t.text) for t in words]
    return "".join(text + gap for text, gap in zip(texts, [*gaps, ""], strict=True))


_KEPT = frozenset({"another", "a", "an"})


__all__ = ["ent_text", "named_appos", "phrase", "phrase_of", "with_the"]
