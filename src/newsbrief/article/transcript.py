"""Transcripts: a page of turns, each paragraph opening with its speaker's name in capitals
("DANA VELL: Thanks for coming." / "MAYOR ORTIZ: Glad to be here.").

Takes: an article's text.  Gives: for a quote inside a turn, the turn's speaker ("Vell",
"Ortiz", titles dropped), when no say-verb named anyone.  Words a speaker voices for others
inside a turn ("people tell me, “...”", "the banks say “...”") are the turn's speaker's too:
a transcript prints what its speaker said.  Used by ``article.quotes``.  Plain Python.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from newsbrief.article.people_named import Found, People
from newsbrief.article.tables import TITLE_WORDS

# A turn's label: a paragraph opening with one to four words in capitals and a colon.
_LABEL = re.compile(r"^[ \t]*((?:[A-Z][A-Z.'’-]*[ \t]+){0,3}[A-Z][A-Z.'’-]*[A-Z.]):[ \t]", re.M)
# Labels that head a note, not a turn.
_NOT_SPEAKERS = frozenset({
    "update", "correction", "note", "editor's note", "editor’s note", "watch", "video",
    "photos", "related", "read more", "advertisement", "source", "sources", "q", "a",
})  # fmt: skip
# A transcript has at least two speakers who each take two turns or more.
_TURNS_EACH = 2


@lru_cache(maxsize=8)
def _turns(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, speaker) of each turn of a transcript; () for a page that is none."""
    found = [
        (m.start(1), m.group(1))
        for m in _LABEL.finditer(text)
        if m.group(1).casefold() not in _NOT_SPEAKERS
    ]
    counts: dict[str, int] = {}
    for _, label in found:
        counts[label] = counts.get(label, 0) + 1
    if sum(1 for n in counts.values() if n >= _TURNS_EACH) < 2:
        return ()
    return tuple((at, name) for at, label in found if (name := _name(label)))


def _name(label: str) -> str:
    """ "PRESIDENT DANA VELL" → "Dana Vell": the label's words after its titles."""
    words = label.split()
    while words and words[0].rstrip(".").casefold() in TITLE_WORDS:
        words = words[1:]
    return " ".join(w.capitalize() for w in words)


def turn_speaker(doc: Any, start: int, found: Found | None, people: People) -> Found | None:
    """The speaker of the turn a quote at ``start`` is in, when ``found`` (what the sentence
    gave) is no one or no name ("People stop me and say", "the banks", "you"); else
    ``found``."""
    turns = _turns(doc.text)
    i = bisect.bisect_right(turns, (start, "\uffff")) - 1
    if i < 0:
        return found
    names = {e.text for e in doc.ents} | {name for _, _, name in people.found}
    return found if found is not None and found[0] in names else (turns[i][1], None)


__all__ = ["turn_speaker"]
