"""Who a speaker described rather than named is: the role right after the say-verb ("said a
spokesman for the clinic, whose ..."), or the name the description says they gave ("a young
man who gave his name only as Tarik").

Takes: spaCy tokens.  Gives: a speaker's words, or None.  Used by ``article.say_subject``.
Backend: spaCy's dependency parse.
"""

from __future__ import annotations

from typing import Any

from newsbrief.article.people_named import PERSON_POSSESSIVES, ROLES, Found, phrase


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
    ]


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


def role_after(verb: Any) -> Found | None:
    """'“...,” said a spokesman for Orvane Medical, whose pump ...': the role right after the
    verb, which the parser made the subject of the next clause."""
    doc = verb.doc
    opening = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if opening is None or not (opening.dep_ == "det" or opening.lower_ in ("one", "another")):
        return None
    # '“...,” said one visibly shaken firefighter after ...': a word or two describing the
    # role may come between.
    for role in doc[verb.i + 2 : verb.i + 5]:
        if role.pos_ == "NOUN" and role.lower_ in ROLES:
            return phrase(role), None
        if role.pos_ not in ("ADV", "ADJ", "VERB") or role.is_punct:
            return None
    return None
