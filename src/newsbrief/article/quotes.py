"""Quotes in one article and who says them.

Takes: an article and its spaCy ``Doc``.  Gives: ``QuoteFact`` records: the quoted words, the
speaker as the article names them (a name or noun phrase next to a say-verb), or, for "he
said", the span of the last person named, so the story can give the merged entity's name; and
whether an unattributed quote straight after another one continues it.
Backends: spaCy's dependency parse and NER; a bounded quote regex.
"""

from __future__ import annotations

import bisect
from typing import Any

from newsbrief.article.date_mentions import QUOTE_RE
from newsbrief.article.quantities import Sentences
from newsbrief.article.speech import SAY_VERBS
from newsbrief.models import Article, Citation, QuoteFact
from newsbrief.settings import AnalysisSettings

_SAY = SAY_VERBS
_PRONOUNS = frozenset({"he", "she", "they", "we"})
_RELATIVES = frozenset({"which", "who", "that", "whom"})
# A found speaker: its text, and the span of the person named when found through "he said".
_Found = tuple[str, tuple[int, int] | None]


def find_quotes(article: Article, doc: Any, settings: AnalysisSettings) -> tuple[QuoteFact, ...]:
    """Every quote long enough to be a statement, in text order."""
    sents = Sentences(article, doc)
    text = article.text
    people = _People(doc)
    out: list[QuoteFact] = []
    previous_end: int | None = None
    for match in QUOTE_RE.finditer(text):
        words = match.group(0)[1:-1].strip()
        if len(words) > settings.max_quote_chars or len(words.split()) < settings.min_quote_words:
            continue
        start, end = match.start(), match.end()
        found = _speaker(doc, text, start, end, people)
        between = text[previous_end:start] if previous_end is not None else "x"
        previous_end = end
        i, j = sents.index(start), sents.index(end - 1)
        own = sents.own and i == j
        s_text, _ = sents.cite(start, end)
        span = found[1] if found else None
        out.append(
            QuoteFact(
                words=" ".join(words.split()),
                start=start,
                end=end,
                speaker=found[0] if found else None,
                speaker_start=span[0] if span else None,
                speaker_end=span[1] if span else None,
                # A quote paragraph straight after an attributed one continues it.
                continues=found is None and not between.strip(),
                text=s_text,
                citation=Citation(article.id, start, end, i if own else None),
            )
        )
    return tuple(out)


def _speaker(doc: Any, text: str, start: int, end: int, people: _People) -> _Found | None:
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
            return _ent_text(names[0]), None
        if head.ent_type_ == "PERSON":  # "Northshore chief executive Helen Achterberg"
            return _ent_text(head), None
        if head.lower_ in _PRONOUNS:
            return people.last_before(start)
        return _phrase(head), None
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

    def __init__(self, doc: Any) -> None:
        self.found = [
            (e.start_char, e.end_char, str(e.text)) for e in doc.ents if e.label_ == "PERSON"
        ]

    def last_before(self, offset: int) -> _Found | None:
        """The person last named before ``offset``, with the span of that name."""
        i = bisect.bisect_left(self.found, (offset,)) - 1
        if i < 0:
            return None
        start, end, text = self.found[i]
        return text, (start, end)


__all__ = ["find_quotes"]
