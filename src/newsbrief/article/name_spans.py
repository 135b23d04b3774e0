"""Checks on the spans the tagger calls people: titles it took in, terms that are no one's
name, one-word names the article uses as places.

Takes: the article text and a span or words.  Gives: the span without its titles, or whether
the name is none.  Used by ``article.people_named``.  No model: text scans and the gazetteer.
"""

from __future__ import annotations

import re

from newsbrief.article.place_use import place_uses
from newsbrief.article.tables import NOT_NAMES, TITLE_WORDS


def mostly_places(text: str, words: set[str]) -> set[str]:
    """One-word names the article uses as a place at least half the times it writes them
    ("Hobart's roads", "in Hobart", "Hobart Lord Mayor"): the tagger's PERSON is none."""
    uses = place_uses(text, words)
    return {
        w
        for w, n in uses.items()
        if n * 2 >= len(re.findall(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text))
    }


def without_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """A tagged name without the titles the tagger took into it ("Airman Ivan Cooper")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first = 0
    while first < len(words) - 1 and words[first].group(0).rstrip(".").casefold() in TITLE_WORDS:
        first += 1
    return start + words[first].start() if words else start, end


def not_a_name(text: str, start: int, end: int) -> bool:
    """The tagger's person is a term the gazetteer knows is none ("Amber Alert", or its
    "Alert" tagged alone)."""
    before = text[max(0, start - 20) : start].split()[-1:]
    return any(f"{w} {text[start:end]}".strip().casefold() in NOT_NAMES for w in ["", *before])


__all__ = ["mostly_places", "not_a_name", "without_titles"]
