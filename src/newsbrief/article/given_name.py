"""The name a described speaker says they go by: "a young man who gave his name only as
Tarik", "a woman who identified herself as Mira", "who gave only her first name, Mira".

Takes: a spaCy token (the described speaker's noun).  Gives: the name's tokens.  Used by
``article.people_named`` (who "she" is next) and ``article.say_subject``.  Backend: spaCy's
dependency parse.
"""

from __future__ import annotations

from typing import Any

# Possessives that make a thing a person's own ("his name", "her statement").
PERSON_POSSESSIVES = frozenset({"his", "her", "their"})


def name_given(token: Any) -> list[Any]:
    """The name a described speaker goes by: "a young man who gave his name only as Tarik",
    "a woman who identified herself as Mira", "who gave only her first name, Mira" (a name
    the tagger may type as anything).  Not what they said they are ("who identified herself
    as a lifelong Democrat") nor whom they named ("a spokeswoman who identified the victim
    as Tomas Reyes")."""
    return [
        g
        for c in token.children
        if c.dep_ == "relcl" and c.lemma_ in ("give", "identify") and _own_name(c)
        for p in c.children
        if (p.dep_ == "prep" and p.lower_ == "as") or (p.dep_ == "dobj" and p.lower_ == "name")
        for g in p.children
        if g.dep_ in ("pobj", "appos")
        and g.pos_ == "PROPN"
        and g.ent_type_ != "NORP"
        and not any(d.dep_ == "det" for d in g.children)
    ] + [
        g  # "a deckhand named Swede": a name whatever the tagger made of the word
        for c in token.children
        if c.dep_ == "acl" and c.lower_ in ("named", "called")
        for g in c.children
        if g.dep_ == "oprd" and g.pos_ == "PROPN" and g.ent_type_ != "PERSON"
        and not any(d.dep_ in ("prep", "agent") for d in (*g.children, *c.children))
    ] + [
        g  # "A porter, identified only as “Kestrel,” told the Ledger"
        for c in token.children
        if c.dep_ == "acl" and c.lower_ in ("identified", "known")
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for g in p.children
        if g.dep_ == "pobj" and g.ent_type_ != "NORP"
        and not any(d.dep_ == "det" for d in g.children)
        # ("“Harvest”", a word the parser takes for a noun: a name in quotation marks)
        and (g.pos_ == "PROPN" or (g.text[:1].isupper() and g.i > 0 and g.nbor(-1).text in "“\""))
    ]  # fmt: skip


def _own_name(verb: Any) -> bool:
    """ "gave his name", "identified herself": the speaker's own name is given."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_ == "identify":
        return any(o.lower_ in _SELVES for o in objects)
    return any(
        o.lower_ == "name"
        and any(p.lower_ in PERSON_POSSESSIVES for p in o.children if p.dep_ == "poss")
        for o in objects
    )


_SELVES = frozenset({"himself", "herself", "themselves"})


__all__ = ["PERSON_POSSESSIVES", "name_given"]
