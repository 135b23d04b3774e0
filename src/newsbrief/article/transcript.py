"""Transcripts: a page of turns, each paragraph opening with its speaker's name in capitals
("DANA VELL: Thanks for coming." / "MAYOR RUTH ORTIZ: Glad to be here.").

Takes: an article's text and parse.  Gives: for a quote inside a turn's own paragraph, the
turn's speaker ("Ruth Ortiz", titles dropped), when the sentence named no one speaking, or
only someone imagined ("People stop me and say, “...”", "you tell them “...”"): a transcript
prints what its speaker said.  Words the speaker relays from someone named or described ("the
ministry wrote in a statement, “...”", "he told me, “...”") stay theirs.  Used by
``article.quotes``.  Plain Python over spaCy's parse.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from newsbrief.article.people_named import Found
from newsbrief.article.speech import SAY_VERBS
from newsbrief.article.tables import TITLE_WORDS

# A turn's label: a paragraph opening with one to four words in capitals and a colon.
_LABEL = re.compile(r"^[ \t]*((?:[A-Z][A-Z.'’-]*[ \t]+){0,3}[A-Z][A-Z.'’-]*[A-Z.]):[ \t]", re.M)
# A transcript has at least two speakers who each take two turns or more.
_TURNS_EACH = 2
# Who says imagined words: "People stop me and say", "you tell them", "folks ask me".
_IMAGINED = frozenset({
    "people", "folks", "you", "they", "we", "i", "everybody", "everyone", "somebody", "someone",
    "nobody",
})  # fmt: skip


@lru_cache(maxsize=8)
def _turns(text: str) -> Mapping[int, str]:
    """Paragraph start → the label opening it, for a page of turns; empty for a page that is
    none.  Read-only: the cache hands the same mapping to every quote of the page."""
    found = [(text.rfind("\n", 0, m.start(1)) + 1, m.group(1)) for m in _LABEL.finditer(text)]
    counts: dict[str, int] = {}
    for _, label in found:
        counts[label] = counts.get(label, 0) + 1
    if sum(1 for n in counts.values() if n >= _TURNS_EACH) < 2:
        return MappingProxyType({})
    return MappingProxyType(dict(found))


def _name(label: str, doc: Any) -> str:
    """ "PRESIDENT DANA VELL" → "Dana Vell": the label's words after its titles, as the
    article spells a person ("O'Brien"); "" for a label that names no person the article
    names ("PROS", "LIVE", "PRESIDENT")."""
    words = label.split()
    while words and words[0].rstrip(".").casefold() in TITLE_WORDS:
        words = words[1:]
    people = {w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split()}
    spelled = {w.casefold(): w for w in people if not w.isupper()}
    if not words or words[-1].casefold() not in {w.casefold() for w in people}:
        return ""
    return " ".join(spelled.get(w.casefold(), w.capitalize()) for w in words)


def turn_speaker(doc: Any, start: int, found: Found | None) -> Found | None:
    """The speaker of the turn whose paragraph holds a quote at ``start``, when ``found`` is
    no one or someone imagined and the quote's sentence has no other say-verb; else
    ``found``."""
    text = doc.text
    label = _turns(text).get(text.rfind("\n", 0, start) + 1)
    if label is None or not (name := _name(label, doc)):
        return found
    if found is not None and found[0].casefold() not in _IMAGINED:
        return found
    span = doc.char_span(text.rfind("\n", 0, start) + 1, start, alignment_mode="contract")
    sentence = span[-1].sent if span is not None and len(span) else None
    told = [
        t
        for t in (sentence or ())
        if t.idx < start and t.lemma_ in SAY_VERBS and t.pos_ == "VERB"
        for s in t.children
        if s.dep_ == "nsubj" and s.lower_ not in _IMAGINED
    ]
    return found if told else (name, None)


__all__ = ["turn_speaker"]
