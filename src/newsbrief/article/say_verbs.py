"""Whether a say-verb near a quote reports it: tests on the verb's own parse.

Takes: a spaCy token of a say-verb (and the quote's character span).  Gives: a flag.  Used
by ``article.quotes`` to choose the verb whose subject speaks.  Backend: spaCy's parse.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def said_thing(verb: Any) -> bool:
    """ "the smoke that the pilots reported": the verb's object is the noun before it, not a
    quote."""
    children = list(verb.children)
    # Not "said ... that Asian coordinators agreed that the bug is “...”", a "that" the
    # parser took for the object: a clause said is still the verb's own.
    if verb.lemma_ == "continue" and any(c.dep_ in ("prep", "dobj") for c in children):
        return True  # "a relationship that continued “well into 2007”": it went on, unsaid
    if verb.lemma_ == "conclude" and any(c.dep_ in ("prep", "dobj") for c in children):
        return True  # "The post concluded with these sentences:", "concluded the hearing"
    if advised_someone(verb):
        return True  # "advised farmers to sell early": counsel given, no words quoted
    if verb.lower_ == "chimed" and not any(c.dep_ == "prt" and c.lower_ == "in" for c in children):
        return True  # "Her views chimed with those of the crowd": agreed, said nothing
    return (
        verb.dep_ in ("relcl", "acl")
        and any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in children)
        and not any(c.dep_ == "ccomp" for c in children)
    )


def advised_someone(verb: Any) -> bool:
    """ "advised Tomas Berg on the deal", "counseled her for years": counsel given to someone,
    not words said ("“Look east after midnight,” he advised" says them)."""
    return verb.lemma_ in ("advise", "counsel") and any(
        c.dep_ in ("dobj", "dative", "xcomp") for c in verb.children
    )


def of_a_quoted_noun(verb: Any, start: int, end: int) -> bool:
    """ "said the plan was “puzzling given our stance on the illegal subsidies” that American
    alleges ...": a relative clause on a word of the quote tells of that word, not who
    speaks."""
    return bool(verb.dep_ == "relcl" and verb.idx >= end and start <= verb.head.idx < end)


def agrees_with(verb: Any) -> bool:
    """ "the court agrees with plaintiff's assertion that “...”": the words are whose it agrees
    with, not the court's; "the two towns have agreed to study the deal, which was “...”, Varga
    said": an agreement to act, no one's words."""
    return verb.lemma_ == "agree" and any(
        (c.dep_ == "prep" and c.lower_ == "with")
        or (c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        for c in verb.children
    )


def charged(verb: Any) -> bool:
    """ "“... a textbook failure of the river authority.” Sen. Dara Whitcombe charged": an
    accusation said, not a charge laid ("charged him with murder", "was charged with “...”")."""
    return verb.lower_ in ("charged", "charges", "charging") and not any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children
    )


def put_it(verb: Any) -> bool:
    """A writer's other ways of saying "said": "as Capt. Orrin Vale, master of the ferry,
    put it, “...”" (not "put it on the table", nor "put the bill to a vote"); '“It was one of
    my life,” Marn described' (not "described the scene as calm", which describes)."""
    children = list(verb.children)
    if verb.lemma_ == "describe":
        deps = {c.dep_ for c in children}  # the quote is what was described
        return verb.pos_ == "VERB" and "ccomp" in deps and not deps & {"dobj", "prep"}
    return (
        verb.lemma_ == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in children)
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "how") for c in children)
        and not any(c.dep_ in ("prep", "prt") for c in children)
        and not any(c.dep_ == "advmod" and c.lower_ in _PLACING for c in children)
    )


# Adverbs that put a thing somewhere ("put it together", "put it back"): no saying.
_PLACING = frozenset(
    {"together", "back", "away", "aside", "down", "off", "out", "up", "there", "here", "forward"}
)


def study_found(verb: Any) -> bool:
    """ "The harbour survey found that bills doubled, “a sign that ...”": a study's findings
    are its words, as its "said" would be (not "police found the boat"); ``quotes`` asks it
    last, after every say-verb of the sentence."""
    return verb.lemma_ == "find" and any(
        c.dep_ == "nsubj" and c.lemma_ in _STUDIES for c in verb.children
    )


_STUDIES = frozenset({
    "report", "study", "survey", "poll", "review", "audit", "analysis", "investigation",
    "inquiry",
})  # fmt: skip


def conditional(verb: Any) -> bool:
    """The verb is in an "if", "unless" or "whether" clause, or says what someone must or
    should say ("Steele added that Republicans must declare that “...”": Steele's words)."""
    return any(
        (c.dep_ == "mark" and c.lower_ in _CONDITIONS) or (c.dep_ == "aux" and c.lower_ in _OBLIGED)
        for c in verb.children
    )


_CONDITIONS = frozenset({"if", "unless", "whether"})
# What things, not people, do with words: "the medal confirms", "the vote shows".
_THINGS_VERBS = frozenset({
    "confirm", "show", "prove", "mean", "suggest", "indicate", "demonstrate", "reflect",
    "underline", "underscore", "highlight",
})  # fmt: skip
_OBLIGED = frozenset({"must", "should", "ought"})


def governing_verb(doc: Any, start: int, end: int) -> Any:
    """The verb the quote at ``[start, end)`` hangs on: the first verb above the quote's own
    head word ("Bloomberg News has called the fund “perhaps the world's greatest ...”": called;
    "describes her manner as that of a “calm, patient chess coach”": describes), or None.
    None across a conjunction ('writing “...” and “...”'), whose parse is no guide."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    token = span.root
    while token.dep_ != "conj" and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX") and not start <= token.idx < end:
            return token
    return None


def reported_within(verb: Any, say_verbs: Sequence[Any], speakers: frozenset[str]) -> bool:
    """``verb`` is inside what another say-verb of the quote reports, a verb of what a thing
    shows with a thing for its subject ("The medal confirms “...” in the hills, said Dr. Lena
    Ortiz"): the outer verb's subject speaks.  Not a verb people speak with ("Ortiz said
    doctors told her “...”" is the doctors' words), nor a body, a document or a role for its
    subject; ``speakers``: those nouns."""
    outer = {t.i for t in say_verbs}
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.lemma_ in _THINGS_VERBS
        and verb.dep_ == "ccomp"
        and verb.head.i in outer
        and subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and subject.lower_ not in speakers
    )


__all__ = [
    "agrees_with", "charged", "conditional", "governing_verb", "of_a_quoted_noun", "put_it",
    "reported_within", "said_thing", "study_found",
]  # fmt: skip
