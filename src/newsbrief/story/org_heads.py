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

import re
from collections import defaultdict
from collections.abc import Sequence

from newsbrief.article.mentions import overlaps, taken_spans
from newsbrief.models import Article, Mention
from newsbrief.story.names import fold

__all__ = ["kind_alone", "ministry_forms", "untagged_kinds"]

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


def _bodies(mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Each kind's bodies (folded full names) the story names."""
    bodies: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.text.split()
        kind = _kind(words)
        if m.label in _BODY_LABELS and len(words) >= 2 and kind in _KINDS:
            bodies[kind].add(fold(m.text))
    return bodies


def untagged_kinds(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions of a kind alone after "the" that the tagger missed ("told the Times", "the
    Observatory said"), when the story names exactly one body of that kind: ``kind_alone``
    then makes them that body."""
    bodies = _bodies(mentions)
    alone = {kind for kind, named in bodies.items() if len(named) == 1}
    if not alone:
        return []
    spans = taken_spans(mentions)
    extra = []
    for article in articles:
        taken = spans.get(article.id, [])
        for match in _THE_KIND.finditer(article.text):
            start, end = match.span(1)
            if match.group(1).casefold() in alone and not overlaps(taken, start, end):
                extra.append(Mention(article.id, start, end, match.group(1), "ORG", None))
    return extra


# "the Times", "The Commission": not "the Post Office", "the Times Square crowd", nor "the
# Committee of ..." (another body's full name).
_THE_KIND = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+([A-Z][a-z]+)(?![\w-])(?![ \t]+(?:[A-Z]|of\b|for\b|on\b))"
)


def kind_alone(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(folded kind, folded full name) for each kind written alone after "the" when the story
    names exactly one body of that kind (see the module docstring)."""
    bodies = _bodies(mentions)
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


def ministry_forms(mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(folded name, folded name) for a ministry written both ways: "Foreign Ministry" and
    "(Chinese) Ministry of Foreign Affairs", "Interior Ministry" and "Ministry of the
    Interior".  Only when the story names one country's such ministry: with the "Israeli
    Foreign Ministry" and the "Egyptian Foreign Ministry", "Foreign Ministry" stays apart."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        if m.label not in _BODY_LABELS:
            continue
        shape = _ministry(m.text)
        if shape is not None:
            country, portfolio = shape
            found[portfolio][country].add(fold(m.text))
    pairs = []
    for by_country in found.values():
        if len(set(by_country) - {""}) > 1:
            continue
        names = sorted(set().union(*by_country.values()))
        pairs += [(name, names[0]) for name in names[1:]]
    return pairs


def _ministry(name: str) -> tuple[str, str] | None:
    """(country word or "", portfolio) of a ministry's name in either order, else None."""
    m = _MINISTRY_OF.fullmatch(name) or _MINISTRY_AFTER.fullmatch(name)
    if m is None:
        return None
    portfolio = " ".join(w for w in m.group("what").casefold().split() if w != "affairs")
    return (m.group("country") or "").casefold(), portfolio


# "(the) Chinese Ministry of Foreign Affairs", "Ministry of the Interior"; "Foreign Ministry",
# "Russian Defence Ministry".  A country word is one capitalised word before the rest.
_COUNTRY = r"(?:(?P<country>[A-Z][a-z]+(?:ian|ese|ish|an|i|ch))\s+)?"
_WHAT = r"(?P<what>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
_MINISTRY_OF = re.compile(rf"(?:[Tt]he\s+)?{_COUNTRY}Ministry\s+of\s+(?:the\s+)?{_WHAT}")
_MINISTRY_AFTER = re.compile(rf"(?:[Tt]he\s+)?{_COUNTRY}{_WHAT}\s+Ministry")
