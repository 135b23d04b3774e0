"""Who says a quote, named as the story names the person.

Takes the story's merged entities and its articles' texts; gives, for a quote's speaker as the
article wrote it, the full name of the one person it stands for, when there is exactly one:

- a surname ("Renquist said") -> the person of the story with that surname ("Pavla Renquist");
- a role ("the minister said", "the fire chief told reporters") -> the person whose mentions
  carry that role as a title ("Interior Minister Pavla Renquist", "Chief Fire Officer Grete
  Lindqvist") or as an apposition ("Grete Lindqvist, the fire chief,").

Two people with that surname or role, or none, leave the speaker as written: a wrong name on
a quote is worse than a role.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsbrief.models import Entity
from newsbrief.story.names import core, person_like, surnames

# Words of a role that do not tell two roles apart.
_FILLER = frozenset({"the", "a", "an", "of", "its", "their", "town's", "city's", "country's"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Title words are read back from the mention to the end of the sentence before it.
_TITLE_CHARS = 80
_TITLE_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?\n\"“”]")

__all__ = ["Speakers", "known_speakers", "resolve_speaker"]


@dataclass(frozen=True)
class Speakers:
    """The story's people and the title words each is given."""

    people: frozenset[str]
    titles: Mapping[str, frozenset[str]]


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
            before = _SENTENCE_END.split(before)[-1]
            words.update(w.casefold() for w in _WORD.findall(before)[-_TITLE_WORDS:])
            after = text[mention.end : mention.end + _TITLE_CHARS]
            if after.startswith(", "):
                words.update(w.casefold() for w in _WORD.findall(after[2:].split(",")[0]))
        titles[person.name] = frozenset(words)
    return Speakers(frozenset(p.name for p in people), titles)


def resolve_speaker(speaker: str | None, known: Speakers) -> str | None:
    """``speaker`` as the full name of the one person of the story it stands for, else as is."""
    if speaker is None or speaker in known.people:
        return speaker
    words = [w for w in speaker.split() if w.casefold() not in _FILLER]
    if not words:
        return speaker
    if words[0][:1].islower():  # a role: "minister", "fire chief"
        role = {w.casefold() for w in words}
        found = [p for p in sorted(known.people) if role <= known.titles.get(p, frozenset())]
    else:  # a name: the people of the story whose surname (last word) it is
        last = core(words[-1])
        found = [p for p in sorted(known.people) if last in {core(w) for w in surnames(p)}]
    return found[0] if len(found) == 1 else speaker
