"""Who a speaker described rather than named is: the role right after the say-verb ("said a
spokesman for the clinic, whose ..."), the name the description says they gave ("a young
man who gave his name only as Tarik"), or the name set off by commas after the role, which
the tagger did not take for a person ("the party's leader in the province, S'bo Ndaba,"); and
whether a definite description is an epithet of someone already named ("the Nevada rancher").

Takes: spaCy tokens.  Gives: a speaker's words, or None.  Used by ``article.say_subject``.
Backend: spaCy's dependency parse.
"""

from __future__ import annotations

import re
from typing import Any

from newsbrief.article.name_phrases import phrase, with_the
from newsbrief.article.people_named import ROLES, Found, People, titles_used
from newsbrief.article.tables import GAZETTEER, ORG_WORDS, PLACE_WORDS, TITLE_WORDS


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


def apposed_name(role: Any) -> str | None:
    """ "Kesh Freedom Front leader in Tarn Province, S'bo Ndaba, said": two to four
    capitalised words between commas in apposition to a role are the person holding it,
    whatever the tagger typed them (a name it does not know, "Ndaba", may read as a place).
    Not a name the gazetteer knows, nor one with a place's or a body's word."""
    if role.lower_ not in ROLES and not _one_of_role(role):
        return None
    apposed = next((c for c in role.children if c.dep_ == "appos"), None)
    if apposed is None and role.lower_ == "one":  # the parser hangs it on the last noun
        apposed = next((t for t in role.subtree if t.dep_ == "appos"), None)
    first = apposed.left_edge if apposed is not None else None  # "S'bo" of "S'bo Ndaba"
    doc = role.doc
    if first is None or first.i == 0 or doc[first.i - 1].text != ",":
        return None
    end = first.i
    while end < len(doc) and end - first.i < _APPOSED_WORDS and _name_word(doc[end].text):
        end += 1
    name = doc[first.i : end].text
    closed = end < len(doc) and doc[end].text == ","
    # A word the tagger left untyped (or a person's): not a team or a place it typed whole
    # ("the captain of the winning side, Tarn Rovers,").
    # (Or one inside a span the tagger ran across the comma: "The Wren Collective, Holly
    # Barton", typed a work.)
    untyped = any(t.ent_type_ in ("", "PERSON") for t in doc[first.i : end]) or (
        first.ent_iob_ == "I"
    )
    if not closed or end - first.i < 2 or name.casefold() in GAZETTEER or not untyped:
        return None
    return str(name)


_APPOSED_WORDS = 4


def _one_of_role(head: Any) -> bool:
    """ "One of the founders of the Bluebird Collective, Mina Shaw, said": one of a role's
    holders, whose name the apposition gives (not "one of the reasons", no role)."""
    return head.lower_ == "one" and any(
        prep.lower_ == "of" and obj.dep_ == "pobj" and obj.lemma_.casefold() in ROLES
        for prep in head.children
        for obj in prep.children
    )


def _name_word(word: str) -> bool:
    """A word that may be part of a person's name: capitalised, not all capitals, and no word
    of a place or a body ("Province", "Council")."""
    return (
        word[:1].isupper()
        and any(c.islower() for c in word)
        and word.casefold() not in PLACE_WORDS | ORG_WORDS
    )


def title_of(name: Any, title: Any) -> bool:
    """``name`` is the object of the "of" of ``title`` that the parser made the subject
    ("Director of the Youth Movement Anna Lowell said": Lowell holds the title), not a
    name further in ("The spokesman for the widow of Ana Roe said") nor a modifier ("the
    governor and Roe supporter")."""
    # A body's name comes between "of" and the person ("of the Youth Movement Anna
    # Lowell"), not the person alone ("The deputy of Tom Hall said": the deputy speaks).
    body = [t for t in name.subtree if t.i < name.i and t.ent_type_ != "PERSON"]
    return bool(
        name.dep_ == "pobj"
        and name.head.lower_ in ("of", "at")  # "Brand Manager at Kestrel Foods Ada Lin said"
        and name.head.head.i == title.i
        and not title.ent_type_
        and body
    )


# Names that make a definite description an epithet of someone already named.
_EPITHET_TYPES = frozenset({"NORP", "GPE", "ORG", "LOC"})
_MEDIA = frozenset({
    "newspaper", "paper", "daily", "weekly", "magazine", "radio", "television", "channel",
    "station", "network", "website", "site", "report", "statement", "study", "letter", "book",
})  # fmt: skip


_FORMER = frozenset({"former", "onetime", "one-time", "erstwhile"})
_PARENTS = frozenset({"mother", "father", "mom", "mum", "dad", "grandmother", "grandfather"})
# What news calls a performer it has just named ("the actress", "the singer").
_SECOND_REFERENCE = frozenset({"actress", "actor", "singer", "rapper", "comedian", "comedienne"})


def epithet(head: Any) -> bool:
    """A definite description built on a name, "the Kentucky Republican", "the Nevada
    rancher", "the Senate majority whip": news writing's second reference to the person just
    named, like "he".  ("The spokesman", with no name in it, is often someone new.)"""
    if not with_the(head):
        return False
    if head.ent_type_ == "NORP":  # "the Republican", "the Democrat"
        return True
    # Not a group ("the Libyan Foreign Ministry", "the Goteborg city council"), nor a title,
    # which the story resolves by its holder ("the Turkish chief of staff").
    # Nor one followed by its own name ("the official Syrian newspaper Al Baath"), nor a
    # medium ("the Syrian newspaper").
    word = head.lower_
    if word in _SECOND_REFERENCE and not any(c.dep_ == "appos" for c in head.children):
        return True  # "The actress then asked Beatty": the one just named, as "she"
    # "says the mom of two": a parent known by their children is someone already named.
    if word in _PARENTS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children)
        for c in head.children
    ):
        return True
    if former_title(head):
        return True
    if _aged(head) is not None:
        return True
    if word in ORG_WORDS or word in TITLE_WORDS or word in _MEDIA or not head.text[:1].islower():
        return False
    if any(c.dep_ == "appos" for c in head.children):
        return False
    # One person's epithet is singular: "the British researchers added" are several, not the
    # researcher named before.
    return (
        head.pos_ == "NOUN"
        and head.tag_ != "NNS"
        and any(
            c.ent_type_ in _EPITHET_TYPES for c in head.children if c.dep_ in ("compound", "amod")
        )
    )


def _aged(head: Any) -> str | None:
    """ "the 31-year-old nurse": the age, for a definite person by age (not "a 31-year-old
    nurse", someone new)."""
    old = next(
        (
            c
            for c in head.children
            if c.dep_ == "amod"
            and c.lower_ == "old"
            and any(g.lower_ in ("year", "years") for g in c.children)
        ),
        None,
    )
    if old is None or head.pos_ != "NOUN" or head.tag_ == "NNS" or not head.text.islower():
        return None
    age = next((t.text for t in old.subtree if t.like_num), None)
    return age if age is not None and age.isdigit() else None


def _given_age(people: People, head: Any, age: str) -> Found | None:
    """The one person the article gives ``age`` ("Lena Marsh, 31,", "Marsh, aged 31",
    "Lena Marsh (31)", "31-year-old Lena Marsh"), else None ("In Kesh, 31 homes flooded"
    names no one)."""
    text = head.doc.text
    patterns = (
        rf"{_NAME},\s+(?:aged\s+)?{age}(?=\s*[,)])",
        rf"{_NAME}\s+\({age}\)",
        rf"\b{age}-year-old\s+{_NAME}",
    )
    found = {
        person
        for pattern in patterns
        for m in re.finditer(pattern, text)
        if (person := people.first_between(*m.span(1))) is not None
    }
    if len({name for name, _ in found}) != 1:
        return None
    return min(found, key=lambda f: f[1] or (0, 0))  # its first mention, whatever the hashing


_NAME = r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"


def pronoun_person(people: People, head: Any, start: int, end: int) -> Found | None:
    """Who the pronoun (or age, or epithet) ``head`` of a say-verb stands for, for the quote
    at ``[start, end)``: the person named before it, but not one the quote itself speaks of
    by name, when that one is no subject (then the one named before that); for an age, the
    one person the article gives that age, else the words themselves ("the 19-year-old
    suspect" after a victim is named is someone new)."""
    if (age := _aged(head)) is not None:
        return _given_age(people, head, age) or (phrase(head), None)
    sentence = head.sent.start_char if head.doc.has_annotation("SENT_START") else -1
    found = people.last_before(min(start, head.idx), sentence, head.lower_)
    quote = head.doc.text[start:end] if end > start else ""
    if (
        found is not None
        and found[1] is not None
        and not people.is_subject(found[1][0])
        and named_in_quote(found, quote)
    ):
        return people.last_before(found[1][0], sentence, head.lower_)
    return found


def named_in_quote(found: Found | None, quote: str) -> bool:
    """Whether the quotation speaks of the person found for its pronoun by name, in the
    third person ("“... for Mr. Vell to explain ...,” he said"): then "he" is someone else."""
    if found is None or found[1] is None or not quote:
        return False
    name = found[0]
    last = re.escape(name.split()[-1])
    return bool(
        re.search(rf"\b{re.escape(name)}\b", quote)
        or re.search(rf"\b(?:{_ADDRESS})\.?\s+{last}\b", quote)
    )


# Titles a speaker uses of someone else ("Mr. Vell", "Sen. Oakes").
_ADDRESS = "Mr|Mrs|Ms|Miss|Dr|Sen|Senator|Rep|Gov|Governor|President|Judge|Justice|Secretary"


def former_title(head: Any) -> bool:
    """ "the former party chairman": one who held the title, named just before (who holds it
    now is someone else, whom the title would find); not when the article writes the title
    before a name ("Former senator Dana Oakes ... the former senator said": the story finds
    her by her title, whoever was named last).  With no one named before, the role stands."""
    word = head.lower_
    former = any(c.dep_ == "amod" and c.lower_ in _FORMER for c in head.children)
    if word not in TITLE_WORDS or not former or not head.text[:1].islower():
        return False
    return word not in titles_used(head.doc)


def titled_conj(subject: Any) -> Any:
    """The person a bare role's "and" leads to, when the parser split one person's titles:
    "wrote radio host and podcaster Tom Pell" is Pell's (not "the mayor and Tom Pell", two
    people, nor "producers and Tom Pell")."""
    if subject.pos_ != "NOUN" or subject.ent_type_ or subject.tag_ != "NN":
        return subject
    doc = subject.doc
    if any(c.dep_ in ("det", "poss") for c in subject.children):
        return subject
    if subject.i + 1 < len(doc) and doc[subject.i + 1].text == ",":
        return subject  # "said organizer, Ana Ruiz, and volunteer Tom Reyes": two people
    # The name that ends the role's phrase, hung on the role or on its second title.
    tail = [t for t in subject.subtree if t.i > subject.i]
    last = tail[-1] if tail else None
    person = last if last is not None and last.ent_type_ == "PERSON" else None
    person = person if person is not None and person.dep_ in ("conj", "appos") else None
    # (Or the name in apposition to the role, whatever came between: "host and “Night Desk”
    # podcaster Tom Pell".)
    titled = person is not None and (
        person.dep_ == "appos"
        or any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.i < person.i
            for c in person.children
        )
    )
    return person if titled else subject


def own_subject(subjects: list[Any]) -> list[Any]:
    """The pronoun right before the verb when the parser gave the clause two subjects, a name
    set off by commas and the pronoun ("With his sister, Rhonda Kesh, he complained, but
    added:" is his)."""
    last = subjects[-1] if len(subjects) >= 2 else None
    if last is not None and last.lower_ in _SUBJECT_PRONOUNS and last.i > subjects[0].i:
        return [last]
    return subjects


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
