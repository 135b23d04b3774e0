"""A story's claims, from the figures, dates and quotes its articles' facts hold.

Takes: the facts of the story's articles, its merged entities and a reference date per article
(``timeline.reference_dates``: the article's own, or one borrowed from the story).  Gives:
typed ``QuantityClaim`` / ``DateClaim`` / ``QuoteClaim`` records in article then text order.
Backend: plain Python; no model (the facts were found once per article, with spaCy).

What needs the story happens here:
- a figure is linked to the merged entity it counts, and tied to a day (``as_of``: the written
  date nearest it in its sentence, else its article's reference date);
- a bare "workers" counts the story's "aid workers" when that is its only such compound;
- an ordinal ("the ninth soldier") is kept only when the story also counts that thing with
  cardinals ("nine soldiers") and something befell it (killed, held, missing ...); otherwise
  it is an order ("the second day", "the second album"), not a figure; "the first case" of
  an illness is always an order;
- "on Sunday" and "three days earlier" are resolved against the reference date;
- "he said" becomes the merged name of the person last named.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from newsbrief.article.age_figures import AGE_CLASS
from newsbrief.article.counted import CHARGES
from newsbrief.article.dates import iso_day, resolve_date
from newsbrief.article.measures import UNITS
from newsbrief.article.predicates import CLASSES
from newsbrief.article.speech import untitled
from newsbrief.models import (
    ArticleAnalysis,
    ArticleFacts,
    Claim,
    DateClaim,
    DateExpression,
    DateResolution,
    Entity,
    QuantityClaim,
    QuantityFact,
    QuoteClaim,
    QuoteFact,
)
from newsbrief.story.date_context import compared_with, near_day, not_one_date, with_stated_year
from newsbrief.story.quote_copies import borrowed_speakers
from newsbrief.story.rates import RATE_CLASS, rate_of
from newsbrief.story.shares import SHARE_CLASS, share_of
from newsbrief.story.speakers import Speakers, known_speakers, resolve_speaker

_MEASURES = frozenset(UNITS.values())
# Merged entity mentions per article: sorted, non-overlapping (start, end, canonical name).
_Spans = Mapping[str, list[tuple[int, int, str]]]

# Things whose ordinal only orders them ("the first case was confirmed on January 21").
_NUMBERED_ONLY = frozenset({"cases"})


def _numbered_only(unit: str) -> bool:
    """ "cases", "confirmed cases": a thing whose ordinal is an order, never a count."""
    words = unit.split()
    return bool(words) and words[-1] in _NUMBERED_ONLY


def story_claims(
    facts: Sequence[ArticleFacts],
    entities: Sequence[Entity] = (),
    *,
    reference_dates: Mapping[str, str] | None = None,
) -> tuple[Claim, ...]:
    """Every claim of the story's articles (those with analysed facts), in article order."""
    refs = reference_dates or {}
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for entity in entities:
        for m in entity.mentions:
            spans.setdefault(m.article, []).append((m.start, m.end, entity.name))
    for found in spans.values():
        found.sort()
    speakers = known_speakers(entities, {f.article.id: f.article.text for f in facts})
    named_by = _named_by(entities)
    types = {e.name: e.type for e in entities}
    # "the Hummer", a car the tagger called a person, says nothing.
    things = frozenset(name for name, kind in types.items() if kind in _THINGS)
    counted: list[tuple[QuantityClaim, bool]] = []
    others: list[Claim] = []
    order: dict[str, int] = {}
    for n, item in enumerate(facts):
        analysis = item.analysis
        if analysis is None:
            continue
        article = item.article.id
        order[article] = n
        ref = iso_day(refs.get(article))
        counted += [
            (
                _shared(_quantity(q, article, analysis, spans, ref, refs.get(article)), q,
                        item.article.text, spans.get(article, []), types),
                q.ordinal,
            )
            for q in analysis.quantities
        ]  # fmt: skip
        others += _dates(analysis.dates, ref)
        others += _quotes(analysis.quotes, article, spans, speakers, things, named_by)
    texts = {f.article.id: f.article.text for f in facts}
    counted = _lengthen_units(_shorten_units(counted, list(texts.values())), texts)
    units = {c.unit for c, ordinal in counted if not ordinal}
    quantities = [
        c for c, ordinal in counted
        if not ordinal
        or (c.unit in units and c.predicate_class in CLASSES and not _numbered_only(c.unit))
    ]  # fmt: skip
    everything: list[Claim] = [*quantities, *others]
    everything.sort(key=lambda c: (order[c.citations[0].article], c.citations[0].start))
    return tuple(borrowed_speakers(everything))


def _quantity(
    fact: QuantityFact,
    article: str,
    analysis: ArticleAnalysis,
    spans: _Spans,
    ref: date | None,
    ref_text: str | None,
) -> QuantityClaim:
    as_of, written = _as_of(fact, analysis.dates, ref, ref_text)
    return QuantityClaim(
        value=fact.value,
        unit=fact.unit,
        qualifier=fact.qualifier,
        predicate=fact.predicate,
        predicate_class=fact.predicate_class,
        hedge=fact.hedge,
        text=fact.text,
        citations=(fact.citation,),
        entity=_entity_at(spans, article, fact.thing_start, fact.thing_end),
        as_of=as_of,
        as_of_written=written,
        quoted=fact.quoted,
    )


def _shared(
    claim: QuantityClaim,
    fact: QuantityFact,
    text: str,
    mentions: Sequence[tuple[int, int, str]],
    types: Mapping[str, str],
) -> QuantityClaim:
    """A vote share or a turnout (``shares``), or a named rate's level (``rates``), compared
    as such; other figures unchanged."""
    if not claim.unit.startswith("percent"):
        return claim
    share = share_of(fact, text, mentions, types) if claim.unit == "percent" else None
    if share is None:
        rate = rate_of(fact, text)
        if rate is None:
            return claim
        return replace(claim, unit=rate, qualifier="", predicate_class=RATE_CLASS)
    unit, holder = share
    return replace(claim, unit=unit, qualifier=holder, predicate_class=SHARE_CLASS)


_SINCE = re.compile(r"(?:since|until|till)\b", re.IGNORECASE)
# A relative pronoun opening the clause a date is in, with no clause break after it.
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who)\b[^,;.]*$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:since|until|till)\s+$", re.IGNORECASE)
# Dates of something else in the figure's sentence: a start ("since it debuted in 1995"), a
# founding ("the company, founded in 1995, has 1,500 rivals"), a comparison ("twice as many
# as 10 years ago").
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;.]{0,40}$", re.IGNORECASE)
_YEAR = re.compile(r"(?:in\s+)?\d{4}", re.IGNORECASE)
# A clause of its own after the figure, joined by "and": a passive ("and was released", "and
# has been freed") or a later step ("and later", "and then"); not a state ("and were up 10
# percent in 2019", "and was growing in 1990": the year still dates the figure).
_NEXT_CLAUSE = re.compile(
    r"\b(?:and|but)\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+\w+ed\b|then\b|later\b)",
    re.IGNORECASE,
)
_OTHER_DAY_BEFORE = re.compile(
    r"(?:\b(?:founded|established|created|formed|built|born|launched|"
    r"opened|debuted|started|set\s+up)(?:\s+\w+){0,3}(?:\s+(?:in|on))?\s+|\b(?:than|as)\s+)$",
    re.IGNORECASE,
)


def _as_of(
    fact: QuantityFact,
    dates: Sequence[DateExpression],
    ref: date | None,
    ref_text: str | None,
) -> tuple[str | None, bool]:
    """The day a figure's sentence ties it to: the written date nearest the figure, leaving
    out possessives ("after Saturday's avalanche" dates the avalanche, not the count) and clock
    times; else the article's reference date."""
    cite = fact.citation
    best: tuple[int, str] | None = None
    for expr in dates:
        if not (cite.start <= expr.start and expr.end <= cite.end) or expr.possessive:
            continue
        before = fact.text[max(0, expr.start - cite.start - 60) : max(0, expr.start - cite.start)]
        if _SINCE.match(expr.expression) or _SINCE_BEFORE.search(before):
            continue  # "a 9 percent rise, the first since 2019": 2019 does not date the 9
        if _OTHER_DAY_BEFORE.search(before) or (
            _YEAR.fullmatch(expr.expression.strip()) and _SINCE_CLAUSE.search(before)
        ):
            continue
        if expr.subordinate and expr.start < fact.start and _RELATIVE_CLAUSE.search(before):
            # "The air that moved in last week has claimed 90 lives": the week dates the
            # air's arrival, not the count (a reduced clause, "workers reported missing on
            # Monday", still dates its workers).
            continue
        after = fact.text[max(0, fact.end - cite.start) : max(0, expr.start - cite.start)]
        if expr.start > fact.end and _NEXT_CLAUSE.search(after):
            continue  # "got seven years and was paroled in 2011": the parole's year
        resolved = resolve_date(expr.parts, ref)
        if resolved is None or resolved[1] == "time":
            continue
        distance = abs(expr.start - fact.start)
        if best is None or distance < best[0]:
            best = (distance, resolved[0])
    if best is not None:
        return best[1], True
    return (ref_text[:10] if ref_text else None), False


def _entity_at(spans: _Spans, article: str, s: int, e: int) -> str | None:
    """The entity mentioned in ``[s, e)``; spans are sorted and do not overlap (bisect)."""
    found = spans.get(article, [])
    i = bisect.bisect_left(found, (e,))
    for start, end, name in found[max(0, i - 3) : i]:
        if start < e and s < end:
            return name
    return None


def _shorten_units(
    counted: list[tuple[QuantityClaim, bool]], texts: Sequence[str]
) -> list[tuple[QuantityClaim, bool]]:
    """A compound the story writes only once ("three army trucks", "two of its deck supports")
    describes the thing; the head noun names it ("trucks").  A compound the story repeats
    ("aid workers", "police officers") is the name of what is counted."""
    story = " ".join(" ".join(texts).casefold().split())
    # "five counts of mischief" beside "two counts of assault": the offence tells two counts
    # apart ("counted.counted_unit"); a story that names one offence counts its charges alike
    # ("four of five charges", "three charges of fraud").
    offences: dict[str, set[str]] = defaultdict(set)
    for claim, _ in counted:
        if claim.unit.split(" of ")[0] in CHARGES and " of " in claim.unit:
            offences[claim.unit.split(" of ")[0]].add(claim.unit)
    out = []
    for claim, ordinal in counted:
        words = claim.unit.split()
        # Measures keep their measured noun ("metres depth", "percent rise"); areas their
        # "square".
        measure = words[0] in _MEASURES or words[0] == "square"
        measure = measure or claim.predicate_class == AGE_CLASS  # "years old", not "old"
        head = claim.unit.split(" of ")[0]
        if head in offences:
            claim = claim if len(offences[head]) > 1 else replace(claim, unit=head)
        elif len(words) > 1 and not measure and story.count(claim.unit) < 2:
            claim = replace(claim, unit=words[-1])
        out.append((claim, ordinal))
    return out


def _lengthen_units(
    counted: list[tuple[QuantityClaim, bool]], texts: Mapping[str, str]
) -> list[tuple[QuantityClaim, bool]]:
    """A bare "workers" counts the story's "aid workers" when that is its only such compound
    and the bare figure's own article writes it: on real clusters "The Olympic committee has
    115 members" was no count of the "board members" another article named."""
    # A measure's unit is exact: "2,000 miles" is no "square miles" the story gives elsewhere.
    units = {c.unit for c, _ in counted if c.unit and c.unit.split()[0] not in _MEASURES}
    longer: dict[str, str] = {}
    for unit in units:
        options = [u for u in units if u.endswith(" " + unit)]
        if len(options) == 1:
            longer[unit] = options[0]

    def lengthened(claim: QuantityClaim) -> QuantityClaim:
        compound = longer.get(claim.unit)
        own = texts.get(claim.citations[0].article, "").casefold()
        if compound is None or _singular_or_plural(compound) not in own:
            return claim
        return claim if _qualified_otherwise(claim, compound) else replace(claim, unit=compound)

    return [(lengthened(claim), ordinal) for claim, ordinal in counted]


def _singular_or_plural(compound: str) -> str:
    """What a text writes of a compound unit in either number: "aid worker" of "aid workers"."""
    return compound[:-1] if compound.endswith("s") else compound


def _qualified_otherwise(claim: QuantityClaim, longer: str) -> bool:
    """The sentence of a bare "species" says which ones some other way: "43 mammal species"
    (the parser left "mammal" out), "13 species of wild felids": not the story's "bird
    species"."""
    unit = claim.unit
    modifiers = set(longer.removesuffix(unit).split())
    for m in re.finditer(rf"(\S+)\s+{re.escape(unit)}\b(\s+of\b)?", claim.text.casefold()):
        before = m.group(1)
        if m.group(2) or (
            before.isalpha() and before not in modifiers and before not in _NOT_QUALIFYING
        ):
            return True
    return False


# Words before a counted noun that say how many or whose, not which kind.
_NOT_QUALIFYING = frozenset({
    "the", "a", "an", "these", "those", "other", "more", "fewer", "less", "than", "about",
    "some", "many", "few", "several", "all", "both", "their", "its", "his", "her", "our", "my",
    "your", "of", "and", "or", "nearly", "almost", "around", "over", "under", "least", "most",
    "new", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
    "millions", "billion", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "additional",
    "another", "such", "no", "only", "just", "remaining", "total",
})  # fmt: skip


def _dates(expressions: Sequence[DateExpression], ref: date | None) -> list[Claim]:
    out: list[Claim] = []
    for i, expr in enumerate(expressions):
        # A date inside quoted speech ("we lost everything today") is rhetoric, not an event.
        if expr.in_quote:
            continue
        # "would have been unimaginable a decade ago": a decade back is a comparison, not an
        # event that can be dated.
        if dict(expr.parts).get("aunit", "").casefold() == "decade":
            continue
        if compared_with(expr) or not_one_date(expr):
            continue
        parts = dict(expr.parts)
        if "shift" in parts and re.search(re.escape(expr.expression) + r"\s+than\b", expr.text):
            continue  # "two days earlier than planned": a comparison, not a day
        if (
            expr.subordinate
            and near_day(parts)
            and any(
                o.sentence == expr.sentence and not (o.subordinate or o.in_quote)
                for o in expressions
            )
        ):
            # "One of the workers reported missing on Monday was found on Tuesday": the
            # sentence reports Tuesday's event; Monday's is told where it is reported.
            continue
        anchor = _anchor(expressions[:i], expr, ref) if "shift" in parts else None
        written = with_stated_year(expressions, expr, ref)
        resolved = resolve_date(written, ref, future=expr.future, anchor=anchor)
        if expr.directed and "wday" in parts and ref is not None and resolved is not None:
            # What was ordered for "Tuesday" is the Tuesday nearest the report: tomorrow in
            # Monday's paper, yesterday in Wednesday's.
            ahead = resolve_date(expr.parts, ref, future=True)
            if ahead is not None and _days_from(ahead[0], ref) < _days_from(resolved[0], ref):
                resolved = ahead
        if resolved is None:
            continue
        value, how = resolved
        resolution: DateResolution = "time" if how == "time" else "relative" if how else "explicit"
        out.append(
            DateClaim(
                value=value,
                resolution=resolution,
                event=expr.event or expr.expression,
                expression=expr.expression,
                text=expr.text,
                citations=(expr.citation,),
            )
        )
    return out


def _days_from(value: str, ref: date) -> int:
    """Days between an ISO day and ``ref``, either way (a large number for a coarser value)."""
    try:
        return abs((date.fromisoformat(value) - ref).days)
    except ValueError:
        return 1 << 30


def _anchor(
    before: Sequence[DateExpression], expr: DateExpression, ref: date | None
) -> date | None:
    """The day named earlier in the same sentence, which "three days earlier" counts from, else
    the last day named in the sentence before ("declared the winner on Monday. Voters had gone
    to the polls a day earlier.")."""
    same = [o for o in before if o.sentence == expr.sentence and o.end <= expr.start]
    previous = [o for o in before if o.sentence == expr.sentence - 1]
    found = None
    for other in same or previous:
        if "shift" in dict(other.parts):
            continue
        resolved = resolve_date(other.parts, ref)
        day = iso_day(resolved[0]) if resolved and resolved[1] != "time" else None
        found = day or found
    return found


_THINGS = frozenset({"PRODUCT", "LAW", "WORK_OF_ART"})


def _quotes(
    quotes: Sequence[QuoteFact],
    article: str,
    spans: _Spans,
    speakers: Speakers,
    things: frozenset[str] = frozenset(),
    named_by: Mapping[str, str] | None = None,
) -> list[Claim]:
    mentions = spans.get(article, [])
    names = frozenset(name for _, _, name in mentions)
    out: list[Claim] = []
    previous: str | None = None
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and quote.speaker_start is not None:
            speaker = _merged_name(mentions, quote.speaker_start) or speaker
        speaker = resolve_speaker(untitled(speaker), speakers, _named_before(mentions, quote.start))
        speaker = None if speaker in things else speaker
        if speaker is None and quote.continues:
            speaker = previous
        previous = speaker
        out.append(
            QuoteClaim(
                words=quote.words,
                speaker=speaker,
                text=quote.text,
                citations=(quote.citation,),
                entity=_entity_named(names, speaker, named_by or {}),
            )
        )
    return out


def _named_before(mentions: Sequence[tuple[int, int, str]], start: int) -> list[str]:
    """The merged names of the mentions before ``start``, the latest first, each once."""
    k = bisect.bisect_left(mentions, (start, -1, ""))
    return list(dict.fromkeys(name for _, _, name in reversed(mentions[:k])))


def _merged_name(mentions: Sequence[tuple[int, int, str]], start: int) -> str | None:
    """The merged entity name of the mention that covers ``start``, if one does."""
    k = bisect.bisect_right(mentions, (start, 1 << 62, "\uffff")) - 1
    if k >= 0 and mentions[k][0] <= start < mentions[k][1]:
        return mentions[k][2]
    return None


def _named_by(entities: Sequence[Entity]) -> dict[str, str]:
    """Each name the story gives one entity only -> that entity's name ("FWS" -> "Fish and
    Wildlife Service")."""
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for alias in e.aliases:
            owners[alias.text].add(e.name)
    return {text: next(iter(names)) for text, names in owners.items() if len(names) == 1}


def _entity_named(
    names: frozenset[str], speaker: str | None, named_by: Mapping[str, str]
) -> str | None:
    if speaker is None:
        return None
    if speaker in names:
        return speaker
    if named_by.get(speaker) in names:  # "FWS maintains that ...": the agency, by its name
        return named_by[speaker]
    last = speaker.split()[-1]
    matches = {n for n in names if last in n.split()}
    return matches.pop() if len(matches) == 1 else None


__all__ = ["story_claims"]
