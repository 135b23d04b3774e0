"""Agreement and conflict between sources.

Takes: the story's claims (``claims.story_claims``).  Gives: ``Agreement`` records (one value
for one subject stated consistently by several articles) and ``Conflict`` records (values for
one subject shown side by side with each side's wording and sources), each conflict of one
kind, with a note saying why:
- "update": a later report revises a figure (the sentence says so: "the toll has risen to
  47", "raised its deployment to 650", ``tables.REVISION_WORDS``, of this figure and not one
  past another: "the toll reached 85, after two men froze" revises the 85; or the two
  figures are tied to different written days; a later report's higher bound or count on a
  toll, "at least 65 dead" on Monday and "more than 90" or "93" on Wednesday); values in time
  order; a toll
  placed elsewhere ("throughout Europe") neither revises nor outweighs one "in Poland";
- "framing": different counts that reconcile, the arithmetic in the note (11 taken − 2
  executed = 9 held; 12 = 8 soldiers + 4 police officers; 18 of the 30 injured, one source
  giving both; "22 invalid ballots with 183 valid ones" beside "205 ballots": 183 + 22 = 205,
  counts of two things that sum to the other's); a count of one day beside a total over a
  period ("61 killed on Monday", "300 to 400 killed since Feb. 15": ``scopes``); the larger
  total first;
- "contradiction": the same thing, at the same time, with values that cannot both hold (two
  figures each written to hold on another day, "by Friday evening" and "by midday Saturday",
  are not of the same time; a running total, "bringing the total to 40", contradicts only a
  count of its own kind; how many live in a place, "its 2 million people", "the valley's
  80,000 residents", holds for three months and is known to within a quarter:
  ``figure_facts``); one conflict per set of figures that clash with each other.
Hedges and ranges are compared as intervals (``compare``): "at least 30" and "35" agree, and
the agreement is recorded at 35; "between 40 and 50" and "about 45" agree at 45; 12 miles and
20 kilometres agree (converted); a percentage and a count are different things.  A bare
percentage is compared only as a vote share or turnout (``shares``) or a named rate's level
(``rates``: "interest rates of 40 percent").

Two figures are of the same fact when they count one thing (``compare.compared_unit``; a toll
of a nationality or of bystanders, "wounded 17 Norwegians", "injured 31 shoppers", counts
people) with the same predicate class (``predicates``), or with verbs that only say how many
there are ("there are 12,000 soldiers", "9,000 soldiers remain"; not "he is among the six", which is
of someone in the count: ``figure_facts``), or when the thing is a count (not a measure) that
each of the two articles states once: "three army trucks were set alight" and "five trucks
had been destroyed" are one count told two ways.  Dates form a group when their event
(``DateClaim.event``) is the same.  A figure written to belong to another year than its report
("60 homes in 1987") never contradicts or updates a figure of the report's year, though it
may still take part in a sum ("killed two of the workers last year": 7 − 2 = 5).

Kept apart (precision first, from real coverage): figures whose clauses name different
places (``figure_places``: "71 people ... on Catanduanes island and 41 ... in nearby Camarines
Sur province" are two tolls; a sentence naming none is placed by its article's dateline,
"WARSAW, Poland (AP) —";
two figures placed only by datelines are never apart), sums of money whose sentences name
different parties, figures qualified by different names ("French" / "British"; two
candidates' vote shares, ``shares``), people's ages per person (``ages``), a pair of figures
one source gives both of ("17 of the 86 seats"; the 86 are the whole, no count the verb is
said of), bounds in sums ("more than 250" is no term), increments ("another 22", "and three
other provinces"), distances measured from two places and counts of two mixes
(``figure_scope``), sums of money of two kinds ("bail" / "a fine"; one kind is one fact
whatever the verbs: "$30,000 face value", "add up in face value to $27,000"), a storm's speeds
on two days; durations and figures said inside a quotation take no part (the product knows
"15 years", not what lasted; a quoted figure is the speaker's).  A revision links two kinds of
count only when it is said of the figure ("1,650
had now registered as displaced"), and a sum of money only to one of its own kind.  Backend:
plain Python.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from newsbrief.article.durations import DURATION_CLASS
from newsbrief.models import (
    Agreement,
    Citation,
    Claim,
    Conflict,
    DateClaim,
    Entity,
    QuantityClaim,
)
from newsbrief.settings import AnalysisSettings
from newsbrief.story.ages import AGE_CLASS
from newsbrief.story.compare import compared_unit
from newsbrief.story.figure_places import DATELINE_MARK, clause_places, figure_at
from newsbrief.story.figures_align import align_figures


@dataclass(frozen=True)
class _Side:
    value: float | str
    kind: str
    text: str
    citations: tuple[Citation, ...]
    articles: frozenset[str]
    predicate: str
    noun: str = ""
    claims: tuple[Claim, ...] = ()

    @property
    def quantities(self) -> list[QuantityClaim]:
        return [c for c in self.claims if isinstance(c, QuantityClaim)]


def align_claims(
    claims: Sequence[Claim],
    *,
    settings: AnalysisSettings | None = None,
    reported: Mapping[str, str] | None = None,
    entities: Sequence[Entity] = (),
    texts: Mapping[str, str] | None = None,
) -> tuple[tuple[Agreement, ...], tuple[Conflict, ...]]:
    """Agreements and conflicts among claims from different articles.  ``entities`` and the
    articles' ``texts`` tell which actors and places each figure's sentence names."""
    del settings  # no tunables yet; kept so every stage has the same call shape
    named = _named_in_sentences(entities, texts or {})
    named_actors = {
        k: frozenset(n for _, n in v)
        for k, v in _named_in_sentences(entities, texts or {}, types=None).items()
    }
    datelines = {a: _dateline(t) for a, t in (texts or {}).items()}
    # How long something lasted is kept out: the product knows the span ("15 years") but not
    # what lasted, and on the dev clusters 11 of 14 pairs of spans were of two things.  So is
    # a figure said inside a quotation: the speaker's, which the article does not state.
    claims = [
        c for c in claims
        if not (
            isinstance(c, QuantityClaim) and (c.predicate_class == DURATION_CLASS or c.quoted)
        )
    ]  # fmt: skip
    figures = [c for c in claims if isinstance(c, QuantityClaim) and c.unit]
    # Where each figure is written (offset in its sentence), and each sentence's figures.
    written = {id(c): figure_at(c.text, c.value) for c in figures}
    at: dict[tuple[str, int | None], list[int]] = defaultdict(list)
    for c in figures:
        at[(c.citations[0].article, c.citations[0].sentence)].append(written[id(c)])
    # Asked once per pair of figures: each figure's places are found once.
    in_clause: dict[int, frozenset[str]] = {}

    def clause_named(c: QuantityClaim) -> frozenset[str]:
        """The places the figure's own clause names (``figure_places``)."""
        if id(c) not in in_clause:
            cite = c.citations[0]
            key = (cite.article, cite.sentence)
            places = [(where - cite.start, name) for where, name in named.get(key, ())]
            in_clause[id(c)] = clause_places(c.text, at[key], places, written[id(c)])
        return in_clause[id(c)]

    def named_for(c: QuantityClaim) -> frozenset[str]:
        """The places the figure's clause names, else its article's dateline's."""
        return clause_named(c) or datelines.get(c.citations[0].article, _NONE)

    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim, QuantityClaim) and claim.unit:
            # One person's age is one thing; two people's ages are two.
            person = claim.qualifier if claim.predicate_class == AGE_CLASS else ""
            if claim.predicate_class == AGE_CLASS and not person:
                continue  # "a 2-year-old", "then 28": an age of no one named, or of another time
            groups[("quantity", f"{_toll_unit(claim)} {person}".strip())].append(claim)
        elif isinstance(claim, DateClaim) and claim.resolution != "time" and claim.event:
            groups[("date", claim.event.casefold())].append(claim)
    agreements: list[Agreement] = []
    conflicts: list[Conflict] = []
    for (kind, _), members in groups.items():
        if len({c.citations[0].article for c in members}) < 2:
            continue
        if kind == "quantity":
            found, differ = align_figures(
                [c for c in members if isinstance(c, QuantityClaim)],
                figures,
                reported,
                named=named_for,
                actors=lambda c: named_actors.get(
                    (c.citations[0].article, c.citations[0].sentence), _NONE
                ),
            )
            agreements += found
            conflicts += differ
            continue
        sides = _sides(members, dates=True)
        # "it identified — 1982": an event told by a pronoun says nothing a reader can place.
        told_by_pronoun = (_event(members).casefold().split() or [""])[0] in _PRONOUNS
        for side in sides:
            if len(side.articles) >= 2 and not told_by_pronoun:
                agreements.append(Agreement(_event(members), side.value, side.citations))
        # Two dates for one "event" are not reported as a disagreement: an event is keyed by
        # its verb and words, and on real clusters two such dates were two events ("a man was
        # found" on Thursday and another on Friday) or a weekday read the wrong way.
    return tuple(agreements), tuple(_placed(conflicts, figures, clause_named))


# A toll counts people whatever name each outlet gives them: "wounded 17 Norwegians", "injured
# 31 shoppers" and "wounded 19 people" are one count (a nationality, or a word for whoever
# happened to be there).  Other counted nouns keep their own class ("3 children injured" may
# be a part of "8 people injured"; "44 passengers killed" leaves the crew out).
_TOLL_CLASSES = frozenset({"dead", "hurt", "missing"})
_BYSTANDERS = frozenset({
    "shoppers", "pedestrians", "worshippers", "worshipers", "passersby",
    "bystanders", "pilgrims", "tourists", "commuters", "spectators",
})  # fmt: skip


def _toll_unit(c: QuantityClaim) -> str:
    """The thing a figure is grouped under: ``compared_unit``, but "people" for a toll of a
    nationality ("Norwegians", written with a capital inside the sentence) or of bystanders."""
    unit = compared_unit(c)
    word = c.unit.strip()
    if c.predicate_class not in _TOLL_CLASSES or " " in word or not word.endswith("s"):
        return unit
    if word.casefold() in _BYSTANDERS:
        return "people"
    if unit != word.casefold() or _title_case(c.text):
        return unit  # "soldiers" count troops; "Gunmen Kill 12 Soldiers" is a headline
    inside = re.search(rf"(?<=[\w,;:] ){re.escape(word)}\b", c.text, re.IGNORECASE)
    return "people" if inside is not None and inside.group(0)[0].isupper() else unit


def _title_case(text: str) -> bool:
    """Most words capitalised: a headline, where a capital says nothing of a nationality."""
    words: list[str] = re.findall(r"[A-Za-z]+", text)
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 2 > len(words)


def _placed(
    conflicts: Sequence[Conflict],
    figures: Sequence[QuantityClaim],
    places: Callable[[QuantityClaim], frozenset[str]],
) -> list[Conflict]:
    """Two rows of one story about one thing ("people dead": one province's toll rising, the
    nation's rising) say where each is when every side's clause names the same place: "people
    dead in Camarines Sur"."""
    counts = Counter(c.subject for c in conflicts)
    repeated = {subject for subject, n in counts.items() if n > 1}
    claim_of: dict[tuple[Citation, float | str], QuantityClaim] = {
        (c.citations[0], c.value): c for c in figures
    }
    out = []
    for conflict in conflicts:
        claims = [claim_of.get((side.citations[0], side.value)) for side in conflict.sides]
        named = [places(c) for c in claims if c is not None]
        common = frozenset.intersection(*named) if named and len(named) == len(claims) else None
        if conflict.subject in repeated and common:
            text = conflict.sides[0].text
            where = " and ".join(sorted(_as_written(text, name) for name in common))
            conflict = replace(conflict, subject=f"{conflict.subject} in {where}")
        out.append(conflict)
    return out


def _as_written(text: str, name: str) -> str:
    """A place's name as the sentence writes it (the places are kept case-folded)."""
    at = text.casefold().find(name)
    return text[at : at + len(name)] if at >= 0 else name


_PRONOUNS = frozenset({"it", "he", "she", "they", "this", "that", "we", "i"})


def _event(members: Sequence[Claim]) -> str:
    first = members[0]
    return first.event if isinstance(first, DateClaim) else ""


def _sides(members: Sequence[Claim], *, dates: bool) -> list[_Side]:
    by_key: dict[tuple[float | str, str], list[Claim]] = defaultdict(list)
    for claim in members:
        kind = claim.predicate_class if isinstance(claim, QuantityClaim) else ""
        value = claim.value if isinstance(claim, QuantityClaim | DateClaim) else claim.words
        by_key[(value, kind)].append(claim)
    sides = []
    # Sides keep the order in which they are first said, so the brief reads like the sources.
    for (value, kind), group in by_key.items():
        cites = tuple(c for claim in group for c in claim.citations)
        first = group[0]
        quantity = first if isinstance(first, QuantityClaim) else None
        sides.append(
            _Side(
                value=value,
                kind=kind,
                text=group[0].text,
                citations=cites,
                articles=frozenset(c.article for c in cites),
                predicate=quantity.predicate if quantity else "",
                noun=quantity.noun if quantity else "",
                claims=tuple(group),
            )
        )
    return sides


_NONE: frozenset[str] = frozenset()
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# A name right before one of these, or after "according to", is who said the figure, not what
# it is about ("Police said", "the DCP told reporters").
# "Washington, a key ally, said" speaks; "near Fort Dodge, Iowa, that killed two people, said
# Sgt. Rook" is where a clause's subject was, not who speaks.
_SAYS_AFTER = re.compile(
    r"['’]?s?\s*(?:,(?!\s*(?:that|which|where|when)\b)[^,]{0,40},\s*)?"
    r"(?:said|says|told|reported|announced|estimated)\b"
)
_LOCATED = re.compile(r"\b(?:in|at|of)\s+$")
_ACCORDING = re.compile(r"according\s+to\s+(?:the\s+)?$", re.IGNORECASE)


# "WARSAW, Poland (AP) —", "MOSCOW (AP) _": where a wire story was filed.
_DATELINE = re.compile(
    r"\s*([A-Z][A-Z.'’ -]{2,30}[A-Z])(?:,\s*([A-Z][\w.'’ -]{1,30}?))?\s*"
    r"\((?:AP|Reuters|AFP|Xinhua|UPI)\)\s*(?:—|--|-|_|:)"
)


def _dateline(text: str) -> frozenset[str]:
    """The places of an article's dateline (casefolded): what a figure is about when its
    sentence names no place ("45 people have died", filed from Moscow)."""
    found = _DATELINE.match(text)
    if found is None:
        return _NONE
    # The mark makes two figures known only by their datelines never apart (two wires filed
    # from Nairobi and Washington on one bombing): only a place a sentence names tells.
    return frozenset({DATELINE_MARK, *(g.strip().casefold() for g in found.groups() if g)})


def _named_in_sentences(
    entities: Sequence[Entity],
    texts: Mapping[str, str],
    types: frozenset[str] | None = _PLACES,
) -> dict[tuple[str, int | None], tuple[tuple[int, str], ...]]:
    """For each sentence (article, index), the places it names with where (offset in the
    article), not a place that speaks, as in "Washington said".  Actors are left out: a
    sentence names many of them that are not what its figure counts.  A dateline's places
    are not named by the sentence it opens (``_dateline`` gives them)."""
    found: dict[tuple[str, int | None], set[tuple[int, str]]] = defaultdict(set)
    dateline_end = {a: d.end() if (d := _DATELINE.match(t)) else 0 for a, t in texts.items()}
    for entity in entities:
        if types is not None and entity.type not in types:
            continue
        for m in entity.mentions:
            if m.sentence is None or m.start < dateline_end.get(m.article, 0):
                continue
            text = texts.get(m.article, "")
            # "Washington said" speaks; "the hospital in Bucharest said" is where it speaks.
            located = _LOCATED.search(text, max(0, m.start - 6), m.start)
            says = _SAYS_AFTER.match(text, m.end) and not located
            if says or _ACCORDING.search(text, max(0, m.start - 20), m.start):
                continue
            if _CURRENCY_AFTER.match(text, m.end):
                continue  # "worth one million U.S. dollars": the money's, not a party's
            found[(m.article, m.sentence)].add((m.start, entity.name.casefold()))
    return {k: tuple(sorted(v)) for k, v in found.items()}


# A currency right after a country's name ("U.S. dollars", "Hong Kong dollars").
_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|dlrs)\b", re.IGNORECASE)


__all__ = ["align_claims"]
