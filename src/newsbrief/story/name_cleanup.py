"""Mentions cleaned before a story's names are merged: capitalised common words dropped or cut.

Takes: the story's articles and their mentions.  Gives: the mentions without one-word
organisation names the story also writes in lower case ("Chemical" in a headline), without a
common word glued before a person's name ("Challenger Conrad Pyle"; a first name that is also
a word stays: "Bill Clinton"), and with a name printed twice over ("Arafat Arafat") once.
A storm ("Typhoon Babs", "Supertyphoon Zeb") and its name alone ("Zeb", which the tagger
calls a person or a group) are one event (``storms``).
Plain Python over the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.article.dates import NUMBER_WORDS
from newsbrief.article.name_scan import (
    KIN_WORD,
    PARTICLE,
    lower_case_uses,
    written_in_lower_case,
)
from newsbrief.article.tables import DEMONYMS, GIVEN_NAME_GENDERS, GIVEN_NAME_WORDS
from newsbrief.models import Article, Mention
from newsbrief.story.names import nickname_forms, person_like


def drop_common_words(articles: Sequence[Article], mentions: list[Mention]) -> list[Mention]:
    """Without one-word organisation names the story also writes in lower case (rule list),
    but for one that opens a longer name the story gives ("the House" of the "House of
    Representatives": the chamber, whatever "a safe house" is)."""
    words = {m.text for m in mentions if m.label == "ORG" and m.group is None and m.text.isalpha()}
    opening = {m.text.split()[0] for m in mentions if m.label == "ORG" and " of " in m.text}
    lower = {w for w in words if w[1:].islower() and w not in opening}
    if not lower:
        return mentions
    used = set()
    for article in articles:
        for w in lower:
            if written_in_lower_case(w, article.text):
                used.add(w)
    kept = [m for m in mentions if not (m.label == "ORG" and m.group is None and m.text in used)]
    return _without_common_people(articles, kept)


def _without_common_people(articles: Sequence[Article], mentions: list[Mention]) -> list[Mention]:
    """Without a one-word "person" the story writes as a common word at least twice as often
    ("Malaria" in a heading, "malaria" all through the text), unless it is a word of a longer
    name ("Young" of "Bryan Young")."""
    alone = Counter(
        m.text
        for m in mentions
        if m.label == "PERSON" and m.group is None and m.text.isalpha() and m.text[1:].islower()
    )
    in_names = {w for m in mentions if " " in m.text for w in m.text.split()}
    common = {
        w
        for w, n in alone.items()
        if w not in in_names
        and sum(lower_case_uses(w, a.text) for a in articles) >= _COMMON_RATIO * n
    }
    return [m for m in mentions if not (m.label == "PERSON" and m.text in common)]


_COMMON_RATIO = 2


def without_glued_words(articles: Sequence[Article], mentions: list[Mention]) -> list[Mention]:
    """Person names without a capitalised common word glued before them ("Operator Falder",
    "Challenger Conrad Pyle"): a first word the story also writes in lower case is no name;
    nor is a people's noun ("Briton Peter Ashe"), which alone names a people, no actor."""
    firsts = {
        m.text.split()[0]
        for m in mentions
        if m.group is None and len(m.text.split()) >= 2 and person_like(m.text, m.label)
    }
    # A first name that is also a word ("Bill Clinton" in a story about a bill) stays, as
    # does one the story uses alone as a person's ("Amber Pasztor", "by Amber last week", in a
    # story that also writes "the amber alert").
    alone = _alone_as_person(mentions)
    lower = {
        w
        for w in firsts
        if w[1:].islower()
        and len(w) > 2
        and w.casefold() not in GIVEN_NAME_WORDS
        and not re.fullmatch(PARTICLE, w.casefold())  # "Van der Merwe" keeps its "Van"
        and not re.fullmatch(KIN_WORD, w.casefold())  # "bin Zayed" keeps its "bin"
        and w.casefold() not in NUMBER_WORDS  # "Three Gorges Dam", "Three Mile Island"
        and alone[w] < _USED_ALONE
    }
    # "Speaker of the House of Representatives John Boehner", tagged "Representatives John
    # Boehner": the last word of an office's name before the holder's.
    offices = {w for w in firsts if w.casefold() in _OFFICE_ENDS}
    # "Britons Oliver Tarr and Ian Tross": a people's noun glued before a given name and a
    # surname (the tagger took the three words for a group, and "Britons" became his alias).
    nationals = {w for w in firsts if w.casefold() in DEMONYMS}
    # Surnames the story gives people without such a word: "Tarr" of "Oliver Tarr" or "Tarr
    # said" (not "Forum" of the "Indian Christian Forum", nor "Garden" of a rose garden).
    surnames = {
        m.text.split()[-1]
        for m in mentions
        if m.label == "PERSON" and m.text.split()[0] not in nationals
    }
    # A firm or party a people's noun opens ("American Airlines", "The Finns Party") keeps the
    # noun alone as its short name, not a people.
    firms = {m.text.split()[0] for m in mentions if m.label == "ORG" and " " in m.text}
    story = "\n".join(a.text for a in articles) if lower else ""
    common = {w for w in lower if written_in_lower_case(w, story)} | offices
    out = []
    for m in mentions:
        first = m.text.split()[0]
        lone = m.group is None and m.text.casefold() in DEMONYMS and m.label != "ORG"
        if lone and m.text not in firms:
            m = replace(m, label="NORP")  # "the Britons were held": a people, no actor
        rest = m.text.split()[1:]
        if first in nationals and _given_and_surname(rest) and rest[-1] in surnames:
            cut = len(first) + 1
            m = replace(m, start=m.start + cut, text=m.text[cut:], label="PERSON")
        # Only names read as a person's: "House" is glued to "House Speaker Ann Kell", not
        # to the "House of Representatives".
        glued = m.group is None and first in common and len(m.text.split()) >= 2
        # "the King of Bahrain": an office with its place, no word glued to a name.
        if glued and person_like(m.text, m.label) and m.text.split()[1][:1].isupper():
            cut = len(first) + 1
            m = replace(m, start=m.start + cut, text=m.text[cut:])
        out.append(m)
    return out


def _given_and_surname(words: list[str]) -> bool:
    """ "Oliver Tarr", "Peter W. Ashe": a known given name, then capitalised words ("American
    Express" is no national's name)."""
    return (
        len(words) >= 2
        and words[0].casefold() in GIVEN_NAME_GENDERS
        and all(w[:1].isupper() for w in words[1:])
    )


# Uses of a word alone, tagged a person, that make it a given name.
_USED_ALONE = 1


def _alone_as_person(mentions: list[Mention]) -> Counter[str]:
    """How often each one-word name is tagged a person on its own, or opens a name with a
    quoted nickname ("Liberty" of 'Liberty “Libby” German': a given name, not a word)."""
    alone = Counter(m.text for m in mentions if m.label == "PERSON" and " " not in m.text)
    alone.update(m.text.split()[0] for m in mentions if nickname_forms(m.text))
    return alone


def given_named(mentions: list[Mention]) -> list[Mention]:
    """A name tagged a group that reads as a person's and opens with a word the story uses
    alone as a person's, or ends with the surname of another person the story names, is a
    person ("Amber Pasztor", tagged ORG each time, beside "Frank and Amber were neighbors")."""
    alone = _alone_as_person(mentions)
    # Given names of each surname's people the tagger tagged ("Patsy" and "John" of Ramsey).
    family: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2:
            family.setdefault(words[-1], set()).add(words[0])
    return [
        replace(m, label="PERSON")
        if m.group is None
        and m.label != "PERSON"
        and person_like(m.text, m.label)
        and (
            alone[words[0]] >= _USED_ALONE
            # "JonBenét Ramsey", tagged ORG, beside the people "Patsy Ramsey" and "John
            # Ramsey": one of the family.
            or bool(family.get(words[-1], set()) - {words[0]})
        )
        else m
        for m in mentions
        for words in [m.text.split() or [""]]
    ]


_OFFICE_ENDS = frozenset({
    "representatives", "commons", "lords", "affairs", "state", "defense", "defence", "interior",
    "treasury", "justice", "staff", "exchequer",
})  # fmt: skip


def undoubled(m: Mention) -> Mention:
    """A name printed twice over ("a grim-faced Arafat Arafat") is the name once."""
    words = m.text.split()
    if len(words) != 2 or words[0] != words[1]:
        return m
    cut = m.text.rindex(words[1])
    return replace(m, start=m.start + cut, text=m.text[cut:])


# A storm, in running text or as a mention: "Hurricane Georges", "Super Typhoon Zeb",
# "Tropical Storm Mitch"; the tagger often keeps only its name ("Hurricane [Georges]", a
# person to it).
_STORM = re.compile(
    r"\b(?:Super\s*[Tt]yphoon|Supertyphoon|Typhoon|Hurricane|Tropical\s+Storm|Cyclone)\s+"
    r"([A-Z][a-z]+)\b"
)


def storms(articles: Sequence[Article], mentions: list[Mention]) -> list[Mention]:
    """Storms and their names alone labelled EVENT, so that they merge (``names.core`` drops
    the storm's kind)."""
    named = {m.group(1) for a in articles for m in _STORM.finditer(a.text)}
    if not named:
        return mentions
    storm = {m.text for m in mentions if _STORM.fullmatch(m.text)} | named
    return [
        replace(m, label="EVENT") if m.group is None and m.text in storm else m for m in mentions
    ]


__all__ = ["drop_common_words", "storms", "undoubled", "without_glued_words"]
