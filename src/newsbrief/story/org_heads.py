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
from collections.abc import Callable, Sequence

from newsbrief.article.mentions import overlaps, taken_spans
from newsbrief.article.tables import NEWSPAPER_WORDS, US_STATE_NAMES
from newsbrief.models import Article, Mention
from newsbrief.story.names import SCOPE_WORDS, fold

__all__ = ["kind_alone", "ministry_forms", "opened_rests", "untagged_kinds", "untagged_rests"]

# Last words of bodies' names that sources use alone for the body.  Not "House", "Senate",
# "Union" or "Administration": alone they name another body (Congress's, the Union of the Civil
# War, a government) as often as the one the story spelled out.
_KINDS = frozenset({
    "commission", "committee", "observatory", "council", "agency", "foundation", "institute",
    "court", "ministry", "department", "board", "party", "army", "university", "college",
    "hospital", "company", "corporation", "bank", "fund", "league", "association",
    "federation", "tribunal", "panel", "bureau", "authority", "centre", "center", "museum",
    "church", "club", "assembly", "academy", "society", "coalition", "alliance", "laboratory",
    "library", "clinic", "service",
}) | NEWSPAPER_WORDS | {  # outlets: "the Times" for the New York Times, "the Post"
    "globe", "telegraph", "examiner", "inquirer", "observer",
}  # fmt: skip
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
    Observatory said"), when the story names exactly one body of that kind, or the article
    one before it: ``kind_alone`` then makes them that body."""
    bodies = _bodies(mentions)
    if not bodies:
        return []
    named_before = _named_before(mentions)
    spans = taken_spans(mentions)
    extra = []
    for article in articles:
        taken = spans.get(article.id, [])
        for match in _THE_KIND.finditer(article.text):
            start, end = match.span(1)
            kind = match.group(1).casefold()
            if kind not in bodies or overlaps(taken, start, end):
                continue
            if len(bodies[kind]) == 1 or named_before(kind, article.id, start) is not None:
                extra.append(Mention(article.id, start, end, match.group(1), "ORG", None))
    return extra


def _named_before(mentions: Sequence[Mention]) -> Callable[[str, str, int], str | None]:
    """The one body of a kind an article names before an offset, else None ("the Los Angeles
    Times reported ... obtained by the Times", in a story that also cites the New York Times;
    an article that named both before is left alone)."""
    full: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for m in mentions:
        words = m.text.split()
        if m.label in _BODY_LABELS and len(words) >= 2 and _kind(words) in _KINDS:
            full[(m.article, _kind(words))].append((m.start, fold(m.text)))

    def named(kind: str, article: str, start: int) -> str | None:
        before = {name for at, name in full.get((article, kind), ()) if at < start}
        return next(iter(before)) if len(before) == 1 else None

    return named


def untagged_rests(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a body's name without the state or country that opens it, where the
    tagger missed it or took a piece of it ("State Police say ...", "State police said ..."
    after the "Connecticut State Police", "State" tagged a person): ``merge`` then makes it
    that body when the story names one such body (``_merge_country_openings``).  Not where
    another capitalised word opens it ("Michigan State Police" is another state's)."""
    places = {fold(m.text) for m in mentions if m.label == "GPE"} | US_STATE_NAMES
    rests: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if m.label != "ORG" or len(words) < 3 or words[-1].casefold() not in _REST_KINDS:
            continue
        for n in (1, 2):
            if fold(" ".join(words[:n])) in places and len(words) - n >= 2:
                rests.add(" ".join(words[n:]))
    if not rests:
        return list(mentions)
    spans = taken_spans(mentions)
    extra: list[Mention] = []
    cut: set[tuple[str, int]] = set()
    for article in articles:
        taken = spans.get(article.id, [])
        for rest in sorted(rests):
            first, *more = rest.split()
            # "State police said": news writes a force's kind in lower case; not "the
            # national Olympic committee", another body.
            lower = more[-1].casefold() in _FORCES
            shape = re.escape(first) + "".join(
                rf"\s+(?:{re.escape(w)}|{re.escape(w.casefold())})"
                if lower
                else rf"\s+{re.escape(w)}"
                for w in more
            )
            for match in re.finditer(rf"(?<![\w-]){shape}(?![\w-])", article.text):
                start, end = match.span()
                before = article.text[max(0, start - 40) : start].split()
                if before and before[-1][:1].isupper() and before[-1][-1] not in ".:":
                    continue
                # A piece of the name the tagger took alone ("State") gives way to the name.
                inside = {(s, e) for s, e in taken if start <= s and e <= end}
                if overlaps(sorted(set(taken) - inside), start, end):
                    continue
                cut.update((article.id, s) for s, _ in inside)
                extra.append(Mention(article.id, start, end, match.group(), "ORG", None))
    kept = [m for m in mentions if (m.article, m.start) not in cut or m.group is not None]
    return [*kept, *extra]


def opened_rests(mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(folded rest, folded full name) for a body named without the place or reach that
    opens it, where the story names several such bodies ("Olympic Committee" beside the
    "International Olympic Committee" and the "U.S. Olympic Committee"): the one its
    article named last before it, when every use agrees (``merge`` joins the rest to the
    one body when the story names one)."""
    places = {fold(m.text) for m in mentions if m.label == "GPE"} | US_STATE_NAMES
    opened: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = fold(m.text).split()
        if m.label != "ORG" or len(words) < 2:
            continue
        for n in (1, 2):
            head, rest = " ".join(words[:n]), " ".join(words[n:])
            if rest and (head in places or (n == 1 and head in SCOPE_WORDS)):
                opened[rest].add(" ".join(words))
    several = {rest for rest, longer in opened.items() if len(longer) >= 2}
    if not several:
        return []
    by_article: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in mentions:
        if m.label == "ORG" and any(fold(m.text) in opened[r] for r in several):
            by_article[m.article].append((m.start, fold(m.text)))
    votes: dict[str, set[str | None]] = defaultdict(set)
    for m in mentions:
        rest = fold(m.text)
        if rest not in several:
            continue
        before = [(at, name) for at, name in by_article[m.article] if at < m.start]
        fits = [name for _, name in sorted(before) if name in opened[rest]]
        votes[rest].add(fits[-1] if fits else None)
    return _unanimous(votes)


# Bodies whose name sources give without its state ("State Police", "Highway Patrol").
_FORCES = frozenset({"police", "patrol"})
_REST_KINDS = _FORCES | {"department", "commission", "committee", "court"}


# "the Times", "The Commission": not "the Post Office", "the Times Square crowd", nor "the
# Committee of ..." (another body's full name).
_THE_KIND = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+([A-Z][a-z]+)(?![\w-])(?![ \t]+(?:[A-Z]|of\b|for\b|on\b))"
)


def kind_alone(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(folded kind, folded full name) for each kind written alone after "the" when the story
    names exactly one body of that kind (see the module docstring), or when the story names
    several and every such use follows, in its article, one only and the same one."""
    bodies = _bodies(mentions)
    named_before = _named_before(mentions)
    texts = {a.id: a.text for a in articles}
    votes: dict[str, set[str | None]] = defaultdict(set)
    for m in mentions:
        kind = m.text.casefold()
        named = bodies.get(kind, set())
        if " " in m.text or not m.text[:1].isupper() or not named:
            continue
        if texts.get(m.article, "")[max(0, m.start - 4) : m.start].casefold() == "the ":
            one = next(iter(named)) if len(named) == 1 else named_before(kind, m.article, m.start)
            votes[fold(m.text)].add(one)
    return _unanimous(votes)


def _unanimous(votes: dict[str, set[str | None]]) -> list[tuple[str, str]]:
    """(short name, body) where every use of the short name voted for one body (None: a use
    no body could be read for, which blocks the pair)."""
    return sorted(
        (short, body)
        for short, voted in votes.items()
        if len(voted) == 1
        for body in voted
        if body is not None
    )


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
