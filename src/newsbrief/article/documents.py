"""Documents that speak for whoever made them ("the report says", "his e-mail said"), and
who made one: its owner, its "by", the subject of a verb that issues it, or who sent it.

Takes: spaCy tokens.  Gives: a maker's name as a speaker, or None.  Used by
``article.say_subject`` and ``article.quotes``.  Backends: spaCy's dependency parse and NER.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

from newsbrief.article.name_phrases import ent_text, with_the
from newsbrief.article.people_named import ROLES
from newsbrief.article.tables import NEWSPAPER_WORDS, ORG_WORDS

# What carries someone's words: "his e-mail said" (tokenised "e - mail"), "her statement".
CARRIERS = frozenset({
    "statement", "mail", "email", "letter", "post", "tweet", "message", "note", "memo",
    "blog", "text", "release", "posting",
})  # fmt: skip
# Entity types that may speak.
SPEAKING_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Documents that speak for whoever made them ("the report says", "the resolution states").
DOCUMENTS = CARRIERS | frozenset({
    "report", "study", "resolution", "survey", "poll", "ruling", "filing", "complaint",
    "lawsuit", "analysis", "audit", "review", "editorial", "petition", "manifesto", "decree",
    "document", "documents", "proposal", "plan", "letter", "order",
    # And what bodies answer and ask with ("issued a toughly worded response that ...", "an
    # explanatory memorandum states").
    "response", "reply", "memorandum", "motion", "appeal", "plea", "notice", "advisory",
    "declaration", "communique", "guidance", "bulletin", "suit",
    # Contracts and charging papers speak their own terms ("The agreement said any dispute
    # would be resolved ...", "the indictment alleges").
    "agreement", "contract", "indictment", "affidavit",
    # What an outlet publishes speaks for the outlet ("the article reads" after "A Quill
    # article ... ran on Monday"); not a column, its writer's.
    "article", "commentary",
})  # fmt: skip
# One document under two words: "filed a lawsuit ... The suit also charges"; "the Kestrel
# Daily ran an editorial ... the article argues".
_SAME_DOCUMENT = MappingProxyType({
    "suit": "lawsuit", "editorial": "article", "commentary": "article",
})  # fmt: skip


def _kind(token: Any) -> str:
    lemma = str(token.lemma_)
    return _SAME_DOCUMENT.get(lemma, lemma)


# Verbs that make a document its subject's ("the Convention approved a resolution").
_ISSUING = frozenset({
    "release", "issue", "publish", "send", "post", "write", "sign", "adopt", "approve", "pass",
    "file", "unveil", "produce", "prepare", "draft", "commission", "circulate", "distribute",
    "tweet", "submit", "present",
})  # fmt: skip
# Verbs of an outlet printing a piece ("the weekly printed a commentary", "carries an article").
_PRINTING = frozenset({"carry", "run", "print"})
# Verbs of getting, seeing or voting on a document: their "by" names a reader or a body that
# passed judgment on it, not its maker ("a Kessian plan endorsed by the council").
_RECEIVING = frozenset({
    "obtain", "see", "review", "receive", "acquire", "get", "read", "view", "ratify",
    "endorse", "accept", "reject",
})  # fmt: skip
# How far back a document's first mention is looked for (tokens: most of an article).
_DOCUMENT_REACH = 1000


def made_by(head: Any, *, earlier: bool = True) -> str | None:
    """Who made the document ``head`` names, by the article's nearest mention of it that
    says so: its owner or a name before it ("Lane's report", "a CNN report"), "by" or "from"
    someone ("a report by the panel", "a message posted by Walker"), or the subject of a verb
    that issues it ("the Convention approved a resolution").  A name only: "a report by two
    groups" names no one, and the search stops there (an older mention may be another's).
    ``earlier=False``: this mention only (a finding or a claim is the sentence's own)."""
    doc = head.doc
    if head.lower_ == "article" and head.i + 1 < len(doc) and doc[head.i + 1].like_num:
        return None  # "Article 5 of the charter": a law's part, no outlet's piece
    reach = _DOCUMENT_REACH if earlier else 0
    for token in reversed(doc[max(0, head.i - reach) : head.i + 1]):
        if token.lemma_ == head.lemma_ and token.pos_ == "VERB" and head.lower_ in CARRIERS:
            # "Cohen emailed the order to Davidson. ... the email said": who sent it.
            sender = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if sender is not None and sender.ent_type_ in ("PERSON", "ORG"):
                return bare(ent_text(sender))
        if _kind(token) != _kind(head) or token.pos_ != "NOUN":
            continue
        for c in token.children:
            # Not "a U.S. study": a country before research says where it was done, not who
            # did it (a country's statement, letter or lawsuit is its government's).
            where = c.dep_ == "compound" and c.ent_type_ == "GPE" and _kind(token) in _RESEARCH
            if c.dep_ in ("poss", "compound") and c.ent_type_ in SPEAKING_TYPES and not where:
                return bare(ent_text(c))
        # "a message posted by Walker"; not "the email, obtained by NBC News": who got or saw
        # a document did not make it.
        agents = [
            g
            for c in token.children
            if c.dep_ == "prep" or (c.dep_ == "acl" and c.lemma_ not in _RECEIVING)
            for h in ([c] if c.dep_ == "prep" else list(c.children))
            if h.dep_ in ("prep", "agent") and _maker_word(h, token)
            for g in h.children
            if g.dep_ == "pobj" and (h.lower_ != "in" or _outlet(g))
        ]
        verb = token.head.lemma_
        printed = verb in _PRINTING and _kind(token) in _PUBLISHED
        if token.dep_ == "dobj" and (verb in _ISSUING or printed):
            agents += [c for c in token.head.children if c.dep_ == "nsubj"]
        for agent in agents:
            if agent.head.lower_ == "in":  # an outlet, whatever the tagger typed it
                return bare(ent_text(agent) if agent.ent_type_ else agent.text)
            # "the capital's morning paper, the Kestrel Daily, is to run": the apposition; a
            # named head first ("Harbor spokesman Adam Vell issued a statement": not Harbor).
            named = next(
                (
                    t
                    for part in [*(c for c in agent.children if c.dep_ == "appos"), agent]
                    for t in [agent, *part.subtree]
                    if t.ent_type_ in SPEAKING_TYPES and not _names_a_group(t)
                ),
                None,
            )
            phrase = bare(agent.doc[agent.left_edge.i : agent.i + 1].text)
            if named is None:
                if _outlet(agent):
                    return phrase  # "The Kestrel Daily ran an editorial", the tagger silent
                if _the_body(agent):
                    return str(agent.lower_)  # "a finding by the commission": the body named
                if agent.lower_ in ROLES and token.dep_ == "dobj":
                    return phrase  # "The mayor issued a statement saying ...": that role
                # "a message posted by Walker", the tagger missing a surname named before.
                return phrase if agent.pos_ == "PROPN" and agent.dep_ == "pobj" else None
            if named.ent_type_ == "GPE" and not agent.ent_type_ and agent.pos_ == "NOUN":
                return phrase  # "by the Maryland attorney general's office": not the state
            return bare(ent_text(named)) if named.ent_type_ != "NORP" else None
    return None


# What an outlet prints: "a report in The Harlow Times" is the Times's (not "a report in
# March", nor "a study in Norland").
_PUBLISHED = frozenset({"report", "study", "article", "editorial", "analysis", "review"})
# The tagger calls an outlet many things ("the Tarrow Tribune" a building): a name that ends
# in what papers and journals are called (not "a report in Congress", "a study in Tarsa").
_OUTLET_WORDS = NEWSPAPER_WORDS | {
    "daily", "inquirer", "observer", "examiner", "telegraph", "guardian", "monitor", "review",
    "press", "news", "weekly", "magazine", "bulletin", "record", "star", "sun", "globe", "mail",
    "express", "standard", "independent", "telegram", "register", "dispatch", "courier",
    "ledger", "reporter", "today", "week", "lancet",
}  # fmt: skip


def _names_a_group(token: Any) -> bool:
    """A person's name modifying a plural noun for people tied to someone ("by 10 Harlow Dam
    victims' families", "from Vell supporters"): not one of them.  (Not "Raymond James
    analysts": a firm's staff write for the firm, whatever the tagger typed it.)"""
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return token.ent_type_ == "PERSON" and head is not token and head.lower_ in _TIED


# People known by whom they are tied to, not by whom they work for.
_TIED = frozenset({
    "victims", "families", "relatives", "parents", "supporters", "fans", "followers",
    "voters", "residents", "survivors", "critics", "opponents", "allies", "loyalists",
    "accusers", "classmates", "neighbors", "neighbours", "donors", "detractors",
})  # fmt: skip
# Research a country's name before says where it was done.
_RESEARCH = frozenset({"study", "survey", "poll", "analysis"})


def _outlet(token: Any) -> bool:
    return bool(token.pos_ == "PROPN" and token.lower_ in _OUTLET_WORDS)


def _maker_word(preposition: Any, document: Any) -> bool:
    """``preposition`` names who made ``document``: "by", "from", or "in" for a piece an
    outlet printed."""
    word = preposition.lower_
    return word in ("by", "from") or (word == "in" and _kind(document) in _PUBLISHED)


def _the_body(token: Any) -> bool:
    """ "the commission", "the court": one body the article has named, by its kind."""
    return token.lower_ in ORG_WORDS and with_the(token)


def bare(name: str) -> str:
    """A name as a speaker: without the tagger's "the" and possessive ("the Kesh Board's")."""
    name = re.sub(r"^[Tt]he\s+", "", name)
    return re.sub(r"['’]s$", "", name)


__all__ = ["CARRIERS", "DOCUMENTS", "SPEAKING_TYPES", "bare", "made_by"]
