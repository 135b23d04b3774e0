"""The story's timeline: dated events in order, each with citations.

Takes: the story's articles and its date claims (``claims.story_claims``, which resolves
relative dates against the reference dates computed here).  Gives: ``reference_dates`` (the
date each article's relative expressions are read against, borrowed from the story when the
article has none and that is sound) and ``TimelineEvent`` records ordered by date, the same
event told by several articles merged into one.  Backend: plain Python.

Borrowing a date is sound when the story's dated articles were all published within
``AnalysisSettings.story_date_max_span_days`` of each other; the undated article then gets the
story's most common date (ties: the latest) and every event resolved with it says so
(``resolved_from="story-date"`` and a note naming the borrowed date).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsbrief.article.dates import dateline_day, iso_day
from newsbrief.models import Article, Citation, Claim, DateClaim, TimelineEvent
from newsbrief.settings import AnalysisSettings

# Words that carry no event content when comparing two sentences.
_STOP = frozenset({
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from",
    "as", "that", "this", "it", "its", "is", "was", "were", "be", "been", "has", "have", "had",
    "said", "says", "say", "he", "she", "they", "their", "there", "which", "who", "after",
    "before", "since",
})  # fmt: skip


# "last week" / "next week" resolve to the same weekday seven days away (``dates``): a day
# standing for the week, said in the event's note so no one reads it as the exact day.
_WEEK = re.compile(
    r"(?i)\b(?:(?:last|next|this)\s+week(?:end)?|(?:over|on|during)\s+the\s+weekend)\b"
)
WEEK_NOTE = "week-level date: the day shown stands for that week"


@dataclass(frozen=True)
class ReferenceDate:
    """The date an article's relative dates are read against, and where it came from."""

    article: str
    date: str  # ISO YYYY-MM-DD
    borrowed: bool
    note: str = ""


def reference_dates(
    articles: Sequence[Article], *, settings: AnalysisSettings | None = None
) -> dict[str, ReferenceDate]:
    """Each article's own publication date, or the story's when borrowing it is sound."""
    settings = settings or AnalysisSettings()
    own = {a.id: d for a in articles if (d := iso_day(a.published)) is not None}
    out = {i: ReferenceDate(i, d.isoformat(), borrowed=False) for i, d in own.items()}
    for a in articles:
        # "NEW YORK, July 25 (Xinhua) -- ... reported today", archived on July 26: "today" is
        # the dateline's day.
        filed = dateline_day(a.text, own[a.id]) if a.id in own else None
        if filed is not None and filed != own[a.id]:
            note = f"article {a.id} is read against its dateline's day, {filed.isoformat()}"
            out[a.id] = ReferenceDate(a.id, filed.isoformat(), borrowed=False, note=note)
    undated = [a for a in articles if a.id not in own]
    if not undated or not own:
        return out
    days = sorted(own.values())
    if (days[-1] - days[0]).days > settings.story_date_max_span_days:
        return out
    counts = Counter(days)
    borrowed = max(counts, key=lambda d: (counts[d], d))
    sources = ", ".join(sorted(i for i, d in own.items() if d == borrowed))
    for article in undated:
        note = (
            f"article {article.id} has no date of its own; read against {borrowed.isoformat()}, "
            f"the publication date of {sources} in the same story"
        )
        out[article.id] = ReferenceDate(article.id, borrowed.isoformat(), True, note)
    return out


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in _STOP)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


# Share of the shorter sentence's content words two sentences dated to the same year or
# month must have in common to be one fact told twice ("in captivity since 2014" three times
# in the samples); tuned on the samples and the gold sets, where distinct events of one day
# share far fewer words.
_SAME_FACT_OVERLAP = 0.25


_SAME_FACT_WORDS = 3


def _same_fact(a: frozenset[str], b: frozenset[str], date: str) -> bool:
    """Two sentences of one year or month tell one fact when they share a good part of their
    words, or three content words besides numbers ("Lebanese soldiers" held by "Daesh" since
    2014): at that coarse a date, distinct events rarely share their actors and object."""
    if len(date) == 10 or not a or not b:
        return False
    shared = {w for w in a & b if not w.isdigit()}
    return len(shared) >= _SAME_FACT_WORDS or len(a & b) / min(len(a), len(b)) >= _SAME_FACT_OVERLAP


@dataclass
class _Draft:
    """An event being assembled (local to one ``build_timeline`` call)."""

    date: str
    text: str
    words: frozenset[str]
    citations: list[Citation]
    resolved_from: str
    note: str
    order: tuple[int, int]


def build_timeline(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    *,
    references: Mapping[str, ReferenceDate] | None = None,
    settings: AnalysisSettings | None = None,
) -> tuple[TimelineEvent, ...]:
    """Dated events in date order; clock times without a date are left out."""
    settings = settings or AnalysisSettings()
    refs = references if references is not None else reference_dates(articles, settings=settings)
    order = {a.id: n for n, a in enumerate(articles)}
    drafts: list[_Draft] = []
    for claim in claims:
        if not isinstance(claim, DateClaim) or claim.resolution == "time":
            continue
        if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", claim.value):
            continue
        cite = claim.citations[0]
        how, note = "explicit", ""
        if claim.resolution == "relative":
            ref = refs.get(cite.article)
            if ref is not None and ref.borrowed:
                how, note = "story-date", ref.note
            else:
                how = "relative"
                note = f"relative date read against {ref.date}" if ref else ""
            if _WEEK.search(claim.expression):
                note = "; ".join(filter(None, [note, WEEK_NOTE]))
        words = _words(claim.text)
        same = next(
            (
                d
                for d in drafts
                if d.date == claim.value
                and (
                    d.text == claim.text
                    or _jaccard(d.words, words) >= settings.event_merge_jaccard
                    or _same_fact(d.words, words, claim.value)
                )
            ),
            None,
        )
        if same is not None:
            if all(c != cite for c in same.citations):
                same.citations.append(cite)
            continue
        drafts.append(
            _Draft(
                claim.value, claim.text, words, [cite], how, note,
                (order.get(cite.article, len(order)), cite.start),
            )
        )  # fmt: skip
    drafts.sort(key=lambda d: (d.date, d.order))
    return tuple(
        TimelineEvent(
            date=d.date,
            text=" ".join(d.text.split()),
            citations=tuple(d.citations),
            resolved_from=d.resolved_from,  # type: ignore[arg-type]
            note=d.note,
        )
        for d in drafts
    )


__all__ = ["WEEK_NOTE", "ReferenceDate", "build_timeline", "reference_dates"]
