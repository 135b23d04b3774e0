"""Speakers named as a group or as one of a group: '“Stay back!” they shouted' after
"Guards and police pushed the onlookers back", and "one of the stage managers remarks".

Takes: the subject token of a say-verb (spaCy) and the quote's character span.  Gives: the
group's words as the article writes them, or None.  Used by ``article.say_subject``.
Backends: spaCy's sentence split and dependency parse.
"""

from __future__ import annotations

from typing import Any

from newsbrief.article.described import apposed_name
from newsbrief.article.it_speaker import quote_opening
from newsbrief.article.people_named import ROLES


def they_before(pronoun: Any, start: int, end: int) -> str | None:
    """A "they" set after the quote is the people the sentence before the quote has as its
    subject, when they are a plural noun (not a name: a group named is no pronoun's here):
    "Guards and police pushed the onlookers back. “It's not safe — move away!” they shouted."""
    doc = pronoun.doc
    first = quote_opening(pronoun, start, end)
    if first is None or not doc.has_annotation("SENT_START") or first.sent.start == 0:
        return None
    before = doc[first.sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    plural = subject.tag_ == "NNS" or any(c.dep_ == "conj" for c in subject.children)
    people = {subject.lemma_.casefold()} | {
        c.lemma_.casefold() for c in subject.children if c.dep_ == "conj"
    }
    if subject.pos_ != "NOUN" or subject.ent_type_ or not plural or not people & _PEOPLE:
        return None
    return str(doc[subject.left_edge.i : subject.right_edge.i + 1].text)


def one_of(head: Any) -> str | None:
    """ "one of the show minders remarks": the phrase, a role (not "one of them", which says
    nothing of who)."""
    if head.lower_ != "one":
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.pos_ != "NOUN":
        return None
    doc = head.doc
    named = doc[group.i + 1 : group.i + 3]
    if (
        any(t.ent_type_ == "PERSON" for t in head.subtree)
        or (len(named) == 2 and named[0].text == "," and named[1].ent_type_ == "PERSON")
        or apposed_name(head) is not None  # a name the tagger missed ("..., Darcy Lane,")
    ):
        return None  # "one of the searchers, Karen Boucher, told": the one named
    return str(doc[head.i : group.i + 1].text)


# People a crowd is made of ("soldiers and police", "protesters", "staffers"), by lemma.
_PEOPLE = ROLES | {"soldier", "police", "staffer", "fan", "crowd", "supporter", "rescuer"}


__all__ = ["one_of", "they_before"]
