"""A body called by its kind alone: "the Commission" for the Warren Commission.

Takes: a story's name mentions and its articles.  Gives: pairs of folded names (the kind
alone, the body's full name) for ``merge.merge_names`` to treat as one.  Backend: plain Python.

Sources name a body in full once and then by its kind, capitalised, after "the" ("the
Syrian Observatory for Human Rights ... the Observatory said"; "the Warren Commission ... The
Commission's report"; "The New York Times ... the Times reported").  The kind alone means
that body when the story names exactly one body of that kind; with two ("the Warren
Commission" and "the European Commission") it stays a name of its own, as a reader would
have to guess.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsbrief.models import Article, Mention
from newsbrief.story.names import fold

__all__ = ["kind_alone"]

# Last words of bodies' names that sources use alone for the body.  Not "House", "Senate",
# "Union" or "Administration": alone they name another body (Congress's, the Union of the Civil
# War, a government) as often as the one the story spelled out.
_KINDS = frozenset({
    "commission", "committee", "observatory", "council", "agency", "foundation", "institute",
    "court", "ministry", "department", "board", "party", "army", "university", "college",
    "hospital", "company", "corporation", "bank", "fund", "league", "association",
    "federation", "tribunal", "panel", "bureau", "authority", "centre", "center", "museum",
    "church", "club", "assembly", "academy", "society", "coalition", "alliance", "laboratory",
    "library", "clinic",
    # Outlets: "the Times" for the New York Times, "the Post", "the Journal".
    "times", "post", "journal", "herald", "tribune", "globe", "chronicle", "gazette",
    "telegraph", "examiner", "inquirer", "observer",
})  # fmt: skip
_BODY_LABELS = frozenset({"ORG", "FAC"})
_LINKS = frozenset({"of", "for", "on", "in", "at"})


def _kind(words: list[str]) -> str:
    """The word that says what kind of body a name is: its last word before "of", "for"...
    ("Syrian Observatory for Human Rights", "House Select Committee on Assassinations")."""
    head = next((i for i, w in enumerate(words) if w in _LINKS), len(words))
    return words[head - 1].casefold() if head > 0 else ""


def kind_alone(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(folded kind, folded full name) for each kind written alone after "the" when the story
    names exactly one body of that kind (see the module docstring)."""
    bodies: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.text.split()
        kind = _kind(words)
        if m.label in _BODY_LABELS and len(words) >= 2 and kind in _KINDS:
            bodies[kind].add(fold(m.text))
    texts = {a.id: a.text for a in articles}
    pairs: set[tuple[str, str]] = set()
    for m in mentions:
        kind = m.text.casefold()
        named = bodies.get(kind, set())
        if " " in m.text or not m.text[:1].isupper() or len(named) != 1:
            continue
        if texts.get(m.article, "")[max(0, m.start - 4) : m.start].casefold() == "the ":
            pairs.add((fold(m.text), next(iter(named))))
    return sorted(pairs)
