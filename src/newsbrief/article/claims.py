"""Checkable claims: quantities, dates and times, and quotes with their speakers.

Takes: articles, their spaCy docs (``backends.nlp``), the story's entities, and a reference
date per article id (its publication date, or one borrowed from its story: see
``timeline.reference_dates``).  Gives: ``Claim`` records, each citing the sentence that says it.
Backends: spaCy's dependency parse and NER for what a number counts and who speaks; plain,
bounded regular expressions for dates and quotes (linear on any input).

Conventions the alignment stage relies on (``conflicts.py``):
- quantity: ``value`` a float, ``unit`` the counted noun in the plural ("soldiers"),
  ``subject`` that noun phrase followed by the predicate that says what happened to them
  ("Lebanese soldiers held"); the predicate is whatever follows the unit in ``subject``.
- date: ``value`` ISO (YYYY, YYYY-MM, YYYY-MM-DD; a time alone is "THH:MM", with "Z" when
  given in GMT/UTC), ``unit`` None when the text names the date, "relative" when resolved
  against the reference date, "time" for clock times; ``subject`` the dated event.
- quote: ``value`` the quoted words, ``speaker`` who says them, ``subject`` the speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from types import MappingProxyType
from typing import Any

from newsbrief.article.dates import DATE_RE, NUMBER_WORDS, iso_day, resolve_date
from newsbrief.article.measures import Measure, measure_at, number_run, number_spans
from newsbrief.article.predicates import predicate_phrase
from newsbrief.article.speech import SAY_VERBS, scheduled, untitled
from newsbrief.models import Article, Citation, Claim, Entity
from newsbrief.settings import AnalysisSettings

_UNITS = NUMBER_WORDS
_SCALES = MappingProxyType(
    {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
)
_ORDINALS = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
})  # fmt: skip
# Hedges that come before a number and are not part of it ("an estimated 600").
_HEDGES = frozenset({
    "a", "an", "the", "some", "about", "around", "nearly", "almost", "roughly", "approximately",
    "estimated", "at", "least", "more", "than", "over", "under", "up", "to", "fewer", "less",
    "only", "just",
})  # fmt: skip
# Vague amounts ("hundreds", "several hundred") are not checkable values.
_VAGUE = frozenset({"hundreds", "thousands", "millions", "dozens", "several", "many", "few"})
# Words standing for a noun counted just before: "two others", "two of them".
_ANAPHORA = frozenset({"other", "others", "them", "they", "those", "these", "ones", "more"})
_ARGUMENT_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "conj", "appos"})
_IRREGULAR_PLURALS = MappingProxyType(
    {"person": "people", "man": "men", "woman": "women", "child": "children"}
)
_SAY = SAY_VERBS
_PRONOUNS = frozenset({"he", "she", "they", "we"})
_RELATIVES = frozenset({"which", "who", "that", "whom"})

_QUOTE_RE = re.compile(r"“[^“”]{1,2000}”|\"[^\"]{1,2000}\"")


def parse_number(text: str) -> float | None:
    """The number a cardinal phrase states ("an estimated 600" → 600), None if vague."""
    words = [w for w in re.split(r"[\s-]+", text.casefold().replace(",", "")) if w]
    while words and words[0] in _HEDGES:
        words.pop(0)
    if not words or any(w in _VAGUE for w in words):
        return None
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += float(word)
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _SCALES:
            current = max(current, 1.0) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0.0
        elif word == "and":
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


class _Sentences:
    """Maps character offsets to the article's sentences (or spaCy's, when it has none)."""

    def __init__(self, article: Article, doc: Any) -> None:
        self.article = article
        self.own = bool(article.sentences)
        spans = [(s.start, s.end) for s in article.sentences] or [
            (s.start_char, s.end_char) for s in doc.sents
        ]
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def cite(self, start: int, end: int) -> tuple[str, Citation]:
        """The sentence around ``[start, end)`` and a citation of it (or of the span)."""
        i = self.index(start)
        s, e = self.spans[i] if self.spans else (start, end)
        if not (s <= start and end <= e):
            s, e = min(s, start), max(e, end)
            text = self.article.text[s:e].strip()
            return text, Citation(self.article.id, s, e, None)
        return self.article.text[s:e], Citation(self.article.id, s, e, i if self.own else None)


def _plural(token: Any) -> str:
    lemma = token.lemma_.casefold()
    if token.tag_ in ("NNS", "NNPS"):
        return str(token.text).casefold()
    regular = lemma + ("es" if lemma.endswith(("s", "sh", "ch")) else "s")
    return str(_IRREGULAR_PLURALS.get(lemma, regular))


def _counted_noun(token: Any) -> Any:
    """The noun a number token counts, following "six of the soldiers" and parse slips."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    if token.dep_ in ("nummod", "amod", "quantmod") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    if token.pos_ in ("NOUN", "PRON"):
        return token
    # The small model sometimes attaches "600 IS jihadists" to "IS" as a verb: take the first
    # noun within the next three tokens instead.
    doc = token.doc
    for j in range(token.i + 1, min(len(doc), token.i + 4)):
        if doc[j].pos_ == "NOUN":
            return doc[j]
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "ADP"):
            break
    return None


def _unit(noun: Any) -> str:
    """The counted thing in the plural, with its common-noun compounds ("aid workers")."""
    compounds = [
        str(c.lower_)
        for c in noun.children
        if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN"
    ]
    return " ".join([*compounds, _plural(noun)])


def _noun_phrase(noun: Any, unit: str) -> str:
    """``unit`` with the names that qualify it ("Lebanese soldiers", "Daesh strongholds")."""
    mods = [
        str(c.text)
        for c in noun.children
        if c.dep_ in ("compound", "amod") and c.i < noun.i and c.text[:1].isupper()
    ]
    return " ".join([*mods, unit])


def _entity_at(
    spans: Mapping[str, list[tuple[int, int, str]]], article: str, s: int, e: int
) -> str | None:
    """The entity mentioned in ``[s, e)``; spans are sorted and do not overlap (bisect)."""
    found = spans.get(article, [])
    i = bisect.bisect_left(found, (e,))
    for start, end, name in found[max(0, i - 3) : i]:
        if start < e and s < end:
            return name
    return None


def extract_claims(
    articles: Sequence[Article],
    docs: Sequence[Any],
    entities: Sequence[Entity] = (),
    *,
    reference_dates: Mapping[str, str] | None = None,
    settings: AnalysisSettings | None = None,
) -> tuple[Claim, ...]:
    """Quantity, date and quote claims of every article, in article then text order."""
    settings = settings or AnalysisSettings()
    refs = reference_dates or {a.id: a.published for a in articles if a.published}
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for entity in entities:
        for m in entity.mentions:
            spans.setdefault(m.article, []).append((m.start, m.end, entity.name))
    for found in spans.values():
        found.sort()
    claims: list[Claim] = []
    counted: list[tuple[Claim, bool]] = []
    for article, doc in zip(articles, docs, strict=True):
        sents = _Sentences(article, doc)
        ref = iso_day(refs.get(article.id))
        counted += _quantities(article, doc, sents, spans)
        claims += _dates(article, doc, sents, ref)
        claims += _quotes(article, doc, sents, spans, settings)
    # An ordinal counts only a noun the story also counts with cardinals ("the ninth soldier"
    # beside "nine soldiers"); otherwise it is an order ("the second day"), not a figure.
    counted = _lengthen_units(counted)
    units = {c.unit for c, ordinal in counted if not ordinal}
    quantities = [c for c, ordinal in counted if not ordinal or c.unit in units]
    order = {a.id: n for n, a in enumerate(articles)}
    everything = [*quantities, *claims]
    everything.sort(key=lambda c: (order[c.citations[0].article], c.citations[0].start))
    return tuple(everything)


def _lengthen_units(counted: list[tuple[Claim, bool]]) -> list[tuple[Claim, bool]]:
    """A bare "workers" counts the story's "aid workers" when that is its only such compound."""
    units = {c.unit for c, _ in counted if c.unit}
    longer: dict[str, str] = {}
    for unit in units:
        options = [u for u in units if u.endswith(" " + unit)]
        if len(options) == 1:
            longer[unit] = options[0]
    out = []
    for claim, ordinal in counted:
        long = longer.get(claim.unit or "")
        if long is not None and claim.unit:
            subject = re.sub(rf"\b{re.escape(claim.unit)}\b", long, claim.subject, count=1)
            claim = replace(claim, unit=long, subject=subject)
        out.append((claim, ordinal))
    return out


def _quantities(
    article: Article, doc: Any, sents: _Sentences, spans: Mapping[str, list[tuple[int, int, str]]]
) -> list[tuple[Claim, bool]]:
    """Quantity claims, each flagged True when it comes from an ordinal ("the ninth soldier")."""
    out: list[tuple[Claim, bool]] = []
    recent: tuple[int, Any] | None = None  # (sentence index, noun) of the last counted noun
    for label, first, end in number_spans(doc):
        ordinal = label == "ORDINAL"
        run = None if ordinal else number_run(doc, first, end)
        measure = measure_at(doc, *run) if run is not None else None
        if run is not None and measure is not None:
            # A measure ("250 m", "9%", "$15 million"): the figure is the number run alone,
            # not the entity's whole (often long) span.
            first, end = run[0], run[1] + 1
        elif label not in ("CARDINAL", "BARE", "ORDINAL"):
            continue  # a unit the tables do not know ("3am" tagged QUANTITY): no claim
        ent = doc[first:end]
        last = ent[-1]
        if measure is not None:
            out += _measure_claim(article, sents, spans, measure, parse_number(ent.text))
            continue
        if ordinal:
            if last.lower_ not in _ORDINALS or last.dep_ != "amod":
                continue
            value: float | None = 1.0  # "the ninth soldier" is one soldier
        else:
            value = parse_number(ent.text)
            # "one" is mostly idiom ("one of the worst", "on one front"), not a count; it
            # counts when it numbers the subject noun ("One climber was still missing").
            if ent.text.casefold() == "one" and not _numbers_subject(last):
                continue
        if value is None:
            continue
        noun = _counted_noun(last)
        sent_i = sents.index(ent.start_char)
        if noun is None:
            # "killing 31 people and injuring 140": a bare number that is an argument counts
            # the noun counted just before it in the same sentence.
            if recent is None or recent[0] != sent_i or last.dep_ not in _ARGUMENT_DEPS:
                continue
            noun, counted = last, recent[1]
        elif noun.lower_ in _ANAPHORA or noun.pos_ == "PRON":
            # "two others", "two of them": the noun counted last in this or the previous
            # sentence; further back the reference is too uncertain to state a figure.
            if recent is None or sent_i - recent[0] > 1:
                continue
            counted = recent[1]
        else:
            counted = noun
            recent = (sent_i, noun)
        plural = _unit(counted)
        text, cite = sents.cite(ent.start_char, ent.end_char)
        entity = _entity_at(spans, article.id, counted.left_edge.idx, counted.idx + len(counted))
        subject = f"{_noun_phrase(counted, plural)} {predicate_phrase(noun)}".strip()
        claim = Claim("quantity", subject, value, text, (cite,), unit=plural, entity=entity)
        out.append((claim, ordinal))
    return out


def _measure_claim(
    article: Article,
    sents: _Sentences,
    spans: Mapping[str, list[tuple[int, int, str]]],
    measure: Measure,
    value: float | None,
) -> list[tuple[Claim, bool]]:
    """One claim for a measure: "metres depth reached", "percent rose", "dollars spent"."""
    if value is None:
        return []
    doc = measure.unit_token.doc
    start, end = doc[measure.first].idx, measure.unit_token.idx + len(measure.unit_token)
    if measure.unit_token.i < measure.last:  # "$15 million": the unit comes first
        end = doc[measure.last].idx + len(doc[measure.last])
    text, cite = sents.cite(start, end)
    anchor = measure.measured if measure.measured is not None else measure.unit_token
    entity = _entity_at(spans, article.id, anchor.left_edge.idx, anchor.idx + len(anchor))
    subject = f"{measure.unit} {predicate_phrase(anchor)}".strip()
    claim = Claim("quantity", subject, value, text, (cite,), unit=measure.unit, entity=entity)
    return [(claim, False)]


def _numbers_subject(token: Any) -> bool:
    head = token.head
    return bool(
        token.dep_ == "nummod" and head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass")
    )


def _event(doc: Any, start: int, end: int) -> str:
    """A short name for what a date dates: the governing verb with its subject and object."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ""
    token = span.root
    for _ in range(6):
        if token.pos_ == "VERB" or token.head is token:
            break
        token = token.head
    if token.pos_ != "VERB":
        return ""
    subj = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    obj = [c for c in token.children if c.dep_ in ("dobj", "attr")]
    words = [*(c.lower_ for c in subj[:1]), token.lower_, *(c.lower_ for c in obj[:1])]
    return " ".join(str(w) for w in words)


def _dates(article: Article, doc: Any, sents: _Sentences, ref: date | None) -> list[Claim]:
    out: list[Claim] = []
    # A date inside quoted speech ("we lost everything today") is rhetoric, not a dated event.
    quoted = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(article.text)]
    for match in DATE_RE.finditer(article.text):
        i = bisect.bisect_right(quoted, (match.start(), len(article.text))) - 1
        if i >= 0 and quoted[i][0] <= match.start() < quoted[i][1]:
            continue
        anchor = _anchor(article.text, sents, match, ref) if match.group("shift") else None
        future = scheduled(doc, match.start(), match.end())
        resolved = resolve_date(match, ref, future=future, anchor=anchor)
        if resolved is None:
            continue
        value, unit = resolved
        text, cite = sents.cite(match.start(), match.end())
        subject = _event(doc, match.start(), match.end()) or match.group(0)
        out.append(Claim("date", subject, value, text, (cite,), unit=unit))
    return out


def _anchor(text: str, sents: _Sentences, match: re.Match[str], ref: date | None) -> date | None:
    """The day named in the same sentence before "three days earlier" / "two weeks later"."""
    s, _ = sents.spans[sents.index(match.start())] if sents.spans else (0, len(text))
    found = None
    for other in DATE_RE.finditer(text, s, match.start()):
        resolved = None if other.group("shift") else resolve_date(other, ref)
        day = iso_day(resolved[0]) if resolved and resolved[1] != "time" else None
        found = day or found
    return found


def _quotes(
    article: Article,
    doc: Any,
    sents: _Sentences,
    spans: Mapping[str, list[tuple[int, int, str]]],
    settings: AnalysisSettings,
) -> list[Claim]:
    out: list[Claim] = []
    text = article.text
    names = frozenset(name for _, _, name in spans.get(article.id, []))
    people = _People(doc, spans.get(article.id, []))
    previous: tuple[int, str | None] | None = None  # (end offset, speaker) of the last quote
    for match in _QUOTE_RE.finditer(text):
        words = match.group(0)[1:-1].strip()
        if len(words) > settings.max_quote_chars or len(words.split()) < settings.min_quote_words:
            continue
        start, end = match.start(), match.end()
        speaker = untitled(_speaker(doc, text, start, end, people))
        between = text[previous[0] : start] if previous else ""
        if speaker is None and previous and not between.strip():
            # A quote paragraph straight after an attributed one continues it.
            speaker = previous[1]
        previous = (end, speaker)
        i, j = sents.index(start), sents.index(end - 1)
        own = sents.own and i == j
        s_text, cite = sents.cite(start, end)
        cite = Citation(article.id, start, end, i if own else None)
        entity = _entity_named(names, speaker)
        out.append(
            Claim("quote", speaker or "unattributed", " ".join(words.split()), s_text, (cite,),
                  speaker=speaker, entity=entity)
        )  # fmt: skip
    return out


def _entity_named(names: frozenset[str], speaker: str | None) -> str | None:
    if speaker is None:
        return None
    if speaker in names:
        return speaker
    last = speaker.split()[-1]
    matches = {n for n in names if last in n.split()}
    return matches.pop() if len(matches) == 1 else None


def _speaker(doc: Any, text: str, start: int, end: int, people: _People) -> str | None:
    """Who says the quote at ``[start, end)``: a name or noun phrase next to a say-verb."""
    window = doc.char_span(
        max(0, start - 200), min(len(text), end + 120), alignment_mode="contract"
    )
    if window is None:
        return None
    verbs = [
        t
        for t in window
        if t.lower_ in _SAY and not (start <= t.idx < end) and _same_sentence(t, doc, start, end)
    ]
    # The say-verb of the quote's own sentence first, then the nearest: a verb of the sentence
    # before ("the company, which said ...") only speaks when the quote's sentence has none.
    verbs.sort(key=lambda t: (not _inside(t, start, end), _distance(t, start, end)))
    for verb in verbs:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            continue
        head = subj[0]
        if head.lower_ in _RELATIVES:
            # "the company, which said": the antecedent, else the nearest person named.
            if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                head = verb.head
            else:
                return people.last_before(start)
        names = [a for a in head.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        if names:
            return _ent_text(names[0])
        if head.ent_type_ == "PERSON":  # "Northshore chief executive Helen Achterberg"
            return _ent_text(head)
        if head.lower_ in _PRONOUNS:
            return people.last_before(start)
        return _phrase(head)
    return None


def _inside(token: Any, start: int, end: int) -> bool:
    """True when ``token``'s sentence overlaps the quote ``[start, end)`` itself."""
    if not token.doc.has_annotation("SENT_START"):
        return True
    sent = token.sent
    return bool(sent.start_char < end and start < sent.end_char)


def _distance(token: Any, start: int, end: int) -> int:
    return int(start - token.idx if token.idx < start else token.idx - end)


def _same_sentence(token: Any, doc: Any, start: int, end: int) -> bool:
    if not doc.has_annotation("SENT_START"):  # a pipeline without a parser or senter
        return True
    sent = token.sent
    return bool(sent.start_char <= end and start <= sent.end_char + 2)


def _ent_text(token: Any) -> str:
    """The whole named entity a token belongs to ("Abbas Ibrahim", not "Abbas")."""
    doc, first, last = token.doc, token.i, token.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return str(doc[first : last + 1].text)


def _phrase(token: Any) -> str:
    """The noun phrase headed by ``token`` without its determiner ("A military source")."""
    words = [t for t in token.subtree if t.dep_ not in ("det", "punct", "relcl", "prep", "appos")]
    words = [t for t in words if t.i <= token.i or t.dep_ in ("compound", "flat")]
    return " ".join(str(t.text) for t in words) or str(token.text)


class _People:
    """People named in one article, in order, for "he said" (looked up by bisection)."""

    def __init__(self, doc: Any, spans: Sequence[tuple[int, int, str]]) -> None:
        self.found = [(e.start_char, str(e.text)) for e in doc.ents if e.label_ == "PERSON"]
        self.entities = spans  # sorted (start, end, canonical name) of merged entities

    def last_before(self, offset: int) -> str | None:
        """The person last named before ``offset``, by its merged entity name if it has one."""
        i = bisect.bisect_left(self.found, (offset,)) - 1
        if i < 0:
            return None
        start, text = self.found[i]
        k = bisect.bisect_right(self.entities, (start, len(text) + start + 1, "\uffff")) - 1
        if k >= 0 and self.entities[k][0] <= start < self.entities[k][1]:
            return self.entities[k][2]
        return text


__all__ = ["extract_claims", "parse_number"]
