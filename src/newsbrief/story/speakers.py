"""Who says a quote, named as the story names the person.

Takes the story's merged entities and its articles' texts; gives, for a quote's speaker as the
article wrote it, the full name of the one person it stands for, when there is exactly one:

- a surname ("Renquist said") -> the person of the story with that surname ("Pavla Renquist");
- a role ("the minister said", "the fire chief told reporters") -> the person whose mentions
  carry that role as a title ("Interior Minister Pavla Renquist", "Chief Fire Officer Grete
  Lindqvist") or as an apposition ("Grete Lindqvist, the fire chief,").

- a role the story gives no one in full ("the top Turkish military commander") -> the one
  person with its head as a title ("the commander, Gen. Huseyin Kivrikoglu"), when the head is
  a title word that names someone ("commander", not "spokesman": a spokesman is often left
  unnamed); a capitalised role counts when its head is a title ("Libyan leader").

A title's abbreviation is the word it stands for ("Sen." is a senator).  A role with "a", "an"
or "one" ("a representative told her") names only the person the article named right there;
a plural role ("the bishops wrote") names no one; a party word describes ("the Republican
governor" is the governor the article itself named, when the story's one "Republican Gov." is
another article's).

Of two people with that surname or role, the one the article named last before the quote is
meant ("Yilmaz said ... the prime minister replied").  Otherwise two, or none, leave the
speaker as written: a wrong name on a quote is worse than a role.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsbrief.article.tables import (
    NEWSPAPER_WORDS,
    ORG_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from newsbrief.models import Entity
from newsbrief.story.names import core, person_like, surnames

# A title that names a role by another word: "Mr Justice Gerard Hogan" is "the judge".
# ("Senate Judiciary Committee Chairman Orrin Hatch": "the senator" after him is he.)  A role
# told by another word is the same role, both ways ("the spokesman" after "spokeswoman Ann
# Lee").
_SAME_ROLE = {
    "justice": "judge", "senate": "senator", "spokeswoman": "spokesman",
    "spokesperson": "spokesman", "pontiff": "pope",
}  # fmt: skip
# "Eichmann's attorney, Dr. Robert Servatius" is "the lawyer" who adds; not an attorney
# general or a district attorney, who prosecute.
_LAWYER = frozenset({"lawyer", "attorney"})
_PROSECUTING = frozenset({"general", "district", "prosecuting", "county", "state's", "u.s."})
# Words of a role that do not tell two roles apart.
_FILLER = frozenset({"the", "a", "an", "of", "its", "their", "town's", "city's", "country's"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Title words are read back from the mention to the end of the sentence before it.
_TITLE_CHARS = 80
# The word right after a name, and the one after "news" ("Kestra news agency").
_KIND_AFTER = re.compile(r" (?:news )?([A-Za-z]+)")
_TITLE_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?\n\"“”]")
_ABBREVIATED = re.compile(
    r"\b(" + "|".join(sorted(TITLE_WORDS | {"col", "lt", "maj", "capt", "sgt", "adm"})) + r")\.",
    re.IGNORECASE,
)
# A relation ("a lawyer for Dorothea Quince"), a clause's start ("A neighbor said that
# when Noor’s uncle came home") or another person ("between the president and Mr. Comey"
# made "president" a title of Comey): the words before it are no title of the name after.
_OF_BEFORE = re.compile(r"\bof\s+$")
_RELATION = re.compile(
    r"\b(?:for|with|against|by|to|representing|said|says|told|asked|asks|thanked|"
    r"greeted|hugged|kissed|met|joined|introduced|interviewed|that|when|while|after|before|"
    r"because|if|who|whom|whose|which|and|or|nor|than|between|from|about)\b",
    re.IGNORECASE,
)
# Title words that sources leave unnamed ("a police spokesman", "a senior officer"): only the
# whole role may name a person, never this head alone.
_UNNAMED = frozenset({"spokesman", "spokeswoman", "spokesperson", "officer", "candidate"})
_PARTIES = frozenset({
    "republican", "democrat", "democratic", "gop", "labour", "labor", "conservative", "tory",
    "liberal", "socialist", "communist",
})  # fmt: skip
_INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
# Roles many people of one story hold ("a neighbor", "one resident").
_COMMONPLACE = frozenset({
    "neighbor", "neighbour", "resident", "witness", "friend", "relative", "passenger",
    "student", "worker", "employee", "tenant", "customer", "shopper", "protester", "voter",
})  # fmt: skip

# Bodies that speak as themselves ("the commission also said"): never one of their people,
# though a person's title may hold the word ("chairman of the Truth Commission").
# What the articles call a body that "the group said" may then stand for.
_CALLED_BODIES = frozenset({"group", "organization", "organisation", "charity", "movement"})
_BODIES = ORG_WORDS | {
    "government", "administration", "campaign", "office", "panel", "association", "coalition",
    "alliance",
}  # fmt: skip

__all__ = ["Speakers", "known_speakers", "resolve_speaker"]


# What a paper, a broadcaster or a magazine is called when the article names it again ("the
# paper writes"), each word with the kind it names ("local newspaper the Evening Quill" is "the
# paper"; "Civilta Cattolica, the Italian Jesuit magazine," is "the magazine").
_OUTLETS = {
    "paper": "paper", "newspaper": "paper", "daily": "paper", "tabloid": "paper",
    "network": "network", "broadcaster": "network", "channel": "network", "station": "network",
    "magazine": "magazine", "weekly": "magazine", "journal": "journal", "website": "site",
    "site": "site",
}  # fmt: skip
# What an outlet is called right before or after its name (not "White House press secretary
# Sarah Sanders": the title words before a person name a body too).
_OUTLET_KINDS = frozenset(_OUTLETS) | {"agency"}
_THE_AT_END = re.compile(r"(?:\s+[Tt]he)?\s*$")
# Words of an apposition read for an outlet's kind (", the Italian Jesuit magazine whose").
_APPOSITION_WORDS = 6


@dataclass(frozen=True)
class Speakers:
    """The story's people and the title words each is given."""

    people: frozenset[str]
    titles: Mapping[str, frozenset[str]]
    # A name the story merged into exactly one person ("Anne" of "Anne Ziegenhorn").
    aliases: Mapping[str, str] = field(default_factory=dict)
    # The kinds of outlet (``_OUTLETS``) the articles call each other name.
    outlets: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # The body words the articles call each other name ("the aid group Medics Abroad").
    bodies: Mapping[str, frozenset[str]] = field(default_factory=dict)


def known_speakers(entities: Sequence[Entity], texts: Mapping[str, str]) -> Speakers:
    """The story's people (``names.person_like``), with the words right before their mentions
    (titles) and in an apposition right after them (", the fire chief,")."""
    people = [e for e in entities if person_like(e.name, e.type)]
    titles: dict[str, frozenset[str]] = {}
    for person in people:
        words: set[str] = set()
        for mention in person.mentions:
            text = texts.get(mention.article, "")
            before = text[max(0, mention.start - _TITLE_CHARS) : mention.start]
            # "said the commander, Gen. Huseyin Kivrikoglu": a title's full stop ends nothing.
            before = _SENTENCE_END.split(_ABBREVIATED.sub(r"\1", before))[-1]
            # "a lawyer for Dorothea Quince": a relation, not her title.
            before = _RELATION.split(before)[-1]
            # "a friend of Kendra": whose friend, not what Kendra is (a title "of" names a
            # place or a body, "President of France", never a person).
            before = "" if _OF_BEFORE.search(before) else before
            before_words = _WORD.findall(before)[-_TITLE_WORDS:]
            kind_after = _KIND_AFTER.match(text, mention.end)
            kind_word = [kind_after.group(1)] if kind_after else []
            kind = [w.casefold() for w in [*before_words[-1:], *kind_word]]
            if set(kind) & _OUTLET_KINDS:
                # "the official news agency Kestra", "the official Kestra news agency": an
                # outlet's kind, no person's title.
                before_words = []
            for word in before_words:
                # "Sen. Dara Whitcombe" is who "the senator" is.
                words.update(_title_forms(word.casefold()))
            after = text[mention.end : mention.end + _TITLE_CHARS]
            apposition = after[2:].split(",")[0] if after.startswith(", ") else ""
            # ", the fire chief,"; not ", and only one day after ... the president revealed"
            # nor ", who ...": a clause of its own, whoever it names.
            if apposition and not _RELATION.search(apposition):
                words.update(w.casefold() for w in _WORD.findall(apposition))
        if words & _LAWYER and not words & _PROSECUTING:
            words |= _LAWYER
        titles[person.name] = frozenset(words)
    owners: dict[str, set[str]] = {}
    for person in people:
        for alias in person.aliases:
            owners.setdefault(alias.text, set()).add(person.name)
    aliases = {text: next(iter(names)) for text, names in owners.items() if len(names) == 1}
    others = [e for e in entities if e.type != "PERSON"]
    outlets = {e.name: kinds for e in others if (kinds := _outlet_kinds(e, texts))}
    bodies = {
        e.name: kinds
        for e in others
        # (Of a name of two words or more: "bank ATM fees" calls no ATM a bank.)
        if e.type == "ORG"
        and " " in e.name
        and (kinds := frozenset(_called(e, texts, heads=True) & _CALLED_BODIES))
    }
    return Speakers(frozenset(p.name for p in people), titles, aliases, outlets, bodies)


def _outlet_kinds(entity: Entity, texts: Mapping[str, str]) -> frozenset[str]:
    """The kinds of outlet the articles call ``entity`` right before a mention ("local
    newspaper the Evening Quill") or in an apposition right after one (", the Italian Jesuit
    magazine")."""
    kinds = {_OUTLETS[w] for w in _called(entity, texts) if w in _OUTLETS}
    # An outlet its own name calls one: the "Harbour Youth Daily", the "Kesh Times".
    last = entity.name.split()[-1].casefold() if " " in entity.name else ""
    # (Not "post": "Canada Post" delivers letters.)
    if last in _OUTLETS or (last in NEWSPAPER_WORDS and last != "post"):
        kinds.add(_OUTLETS.get(last, "paper"))
    return frozenset(kinds)


def _called(entity: Entity, texts: Mapping[str, str], *, heads: bool = False) -> set[str]:
    """The words (case-folded) the articles call ``entity`` by right before a mention ("the
    aid group Medics Abroad") or in an apposition right after one (", a Jesuit magazine");
    ``heads``: of an apposition, its last word only (", a government contractor," calls no
    one a government)."""
    called: set[str] = set()
    for mention in entity.mentions:
        text = texts.get(mention.article, "")
        # The word right before the name, "the" aside (not "The network responded to Wood"),
        # with nothing but a space between ("newspaper the Evening Quill", not "paper. Evening").
        window = _THE_AT_END.sub("", text[max(0, mention.start - _TITLE_CHARS) : mention.start])
        words = _WORD.findall(window)[-1:] if window[-1:].isalpha() else []
        # ", the Italian Jesuit magazine whose ...": an apposition up to a clause of its own.
        after = text[mention.end : mention.end + _TITLE_CHARS]
        if re.match(r", (?:the|an?) ", after):
            apposition = _RELATION.split(after[2:].split(",")[0])[0]
            words += (
                _WORD.findall(apposition)[-1:]
                if heads
                else _WORD.findall(apposition)[:_APPOSITION_WORDS]
            )
        called.update(w.casefold() for w in words)
    return called


def _title_forms(word: str) -> set[str]:
    """A title word and the roles it names: "Sen." is a senator, "Justice" a judge,
    "co-presenter" a presenter ("co-founder", "co-host")."""
    return {
        word,
        TITLE_ABBREVIATIONS.get(word, word),
        _SAME_ROLE.get(word, word),
        word.removeprefix("co-"),
    }


def resolve_speaker(speaker: str | None, known: Speakers, nearby: Sequence[str] = ()) -> str | None:
    """``speaker`` as the full name of the one person of the story it stands for, else as is.
    ``nearby``: the names the article gave before the quote, the latest first; of two people
    with that surname or role, the one named last is meant ("Yilmaz said ... the prime
    minister replied")."""
    if speaker is None or speaker in known.people:
        return speaker
    if speaker in known.aliases:  # "Paula said": the Paula Blades the story merged it into
        return known.aliases[speaker]
    words = [w for w in speaker.split() if w.casefold() not in _FILLER]
    if not words:
        return speaker
    if speaker.split()[0].casefold() in _INDEFINITE:
        # "a representative told her", "one defense attorney asked": one of many, whom the
        # article does not name, is not the story's "Rep. Ola Brandvik"; only the one it
        # named right there ("A party spokesman, Tomas Quill, said").
        holders = _titled(known, {w.casefold() for w in words})
        return nearby[0] if nearby and nearby[0] in holders else speaker
    head = words[-1].casefold()
    if head in _OUTLETS and words[0][:1].islower():
        # "the paper writes": the outlet the article last named and called a paper.
        return next((n for n in nearby if _OUTLETS[head] in known.outlets.get(n, ())), speaker)
    if head.endswith("s") and (head[:-1] in TITLE_WORDS or head[:-1] in _COMMONPLACE):
        # "the bishops wrote": many speak, none of them the one cardinal the story names.
        return speaker
    if head in _BODIES:
        # "the commission said": the body speaks, not its chairman; "police said" after
        # "Indiana State Police said" is that body, the latest one the article named.
        if words[0][:1].islower():
            # ... or the one body the story calls so ("the aid group Medics Abroad ... the
            # group said"; not one of two groups, nor "the company", which ``_body_of`` reads).
            called = [n for n, kinds in known.bodies.items() if head in kinds]
            if len(called) == 1 and called[0] in nearby:
                return called[0]
            return next((n for n in nearby if _body_of(n, head)), speaker)
        return speaker
    # A role: "fire chief"; or "Libyan leader" when its head is a title ("Federal prosecutors"
    # are many, a "Lasker Award citation" nobody).
    # ("eBay", "iHeartMedia": a name with capitals inside, not a role.)
    if words[0].islower() or (words[-1][:1].islower() and head in TITLE_WORDS):
        role = {_SAME_ROLE.get(w.casefold(), w.casefold()) for w in words}
        found = _titled(known, role)
        # "said the Republican governor" after "Governor Paul Cellan" in the same article:
        # the governor it named, not another story's "Republican Gov. Hal Ryland".  A party
        # describes, and the article's own person comes first.
        described = role - _PARTIES
        if described and described != role and not set(found) & set(nearby):
            holders = _titled(known, described)
            found = next(([n] for n in nearby if n in holders), found)
        if not found and head in TITLE_WORDS and head not in _UNNAMED:
            # "the top Turkish military commander" is "the commander, Gen. Huseyin
            # Kivrikoglu": the role's head noun alone.
            found = _titled(known, {head})
    else:  # a name: the people of the story whose surname (last word) it is
        last = core(words[-1])
        found = [p for p in sorted(known.people) if last in {core(w) for w in surnames(p)}]
    if head in _COMMONPLACE:
        # Many hold these roles unnamed: "the neighbor" of one article is not the neighbor
        # another article names, only one this article named before the quote.
        found = [p for p in found if p in nearby]
    if len(found) > 1:
        latest = next((n for n in nearby if n in found), None)
        found = [latest] if latest else found
    return found[0] if len(found) == 1 else speaker


def _body_of(name: str, head: str) -> bool:
    """``name`` is a body's full name ending in ``head`` ("Indiana State Police"), or in a
    word of that kind ("the agency said" after "U.S. Fish and Wildlife Service")."""
    words = name.split()
    last = words[-1].casefold() if words else ""
    return len(words) > 1 and last in _KINDS.get(head, {head}) and words[0][:1].isupper()


# What "the agency" or "the company" may be called in full.
_KINDS = {
    "agency": frozenset({
        "agency", "service", "administration", "bureau", "department", "commission",
        "authority",
    }),
    "company": frozenset({"company", "corporation", "corp.", "inc.", "co.", "group"}),
}  # fmt: skip


def _titled(known: Speakers, role: set[str]) -> list[str]:
    return [p for p in sorted(known.people) if role <= known.titles.get(p, frozenset())]
