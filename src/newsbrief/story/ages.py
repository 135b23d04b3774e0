"""People's ages as each source gives them, so that two sources giving one person two ages
show as a disagreement ("Wang Youcai, 32," in one report, "Wang Youcai, 33," in another).

Takes: the story's articles, its merged entities and each article's reference date.  Gives:
``QuantityClaim`` records of unit ``AGE_UNIT`` whose qualifier is the person's merged name
(so that two people's ages are never compared: ``figures_align`` keeps different qualifiers
apart) and whose predicate class is ``AGE_CLASS`` (never an update: an age is not revised).
They are among the story's claims (figures each source states: readers list them) and feed
conflicts, but an age is no key figure of a story, and two sources agreeing on it say nothing
a reader needs (no agreement).  Plain, bounded regular expressions next to each mention of a
person; no model.

Forms: "Qin Yongmin, 45," / "Qin Yongmin, aged 45," (or "age 45,") / "Qin Yongmin (45)" / "Zaken, a
23-year-old secretary" after the name, and "the 45-year-old Qin Yongmin" / "a 45-year-old
dissident, Qin Yongmin" before it; an obituary's "Kroll was 34." / "Kroll Dead at 34" /
"Kroll, who died at the age of 34," after the name, and "He was 35." as a sentence of its own
right after one that names one person only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from newsbrief.article.age_figures import AGE_CLASS, AGE_UNIT
from newsbrief.models import Article, Citation, Entity, QuantityClaim

# "Name, 45," and "Name, aged 45": the number must end its apposition (a comma, a full stop,
# a bracket, "and", "who"), so that "Smith, 45 percent" or "Smith, 10 years ago" is no age.
_AFTER = re.compile(
    r",\s*(?:aged?\s+)?(\d{1,3})\s*(?=[,.;)]|\s+(?:and|who|of|from)\b)|\s*\((\d{1,3})\)"
    r"|,\s*an?\s+(\d{1,3})-year-old\b"  # "Zaken, a 23-year-old secretary"
    # "Kroll was 34." (not "Kroll was 34th", nor "was 34 points ahead"): the sentence ends.
    r"|\s+(?:was|is)\s+(?:only\s+|just\s+)?(\d{1,3})(?:\s+years\s+old)?\s*(?=[.;]|\s+when\b)"
    # "Colin Kroll Dead at 34", "Kroll, who died at the age of 34": not "died at 3 p.m."
    r"|(?:,\s*who)?\s+(?:[Dd]ead|[Dd]ied|[Dd]ies|passed\s+away)\s+(?:at|aged)\s+"
    r"(?:age\s+|the\s+age\s+of\s+)?"
    r"(\d{1,3})(?![\d,.:]?\d|\w|\s*(?:[ap]\.?m\b|o['’]clock|%|percent))"
)
# "He was 35." as a sentence of its own: the one person the sentence before names.
_PRONOUN_AGE = re.compile(r"(?:He|She)\s+(?:was|is)\s+(\d{1,3})(?:\s+years\s+old)?\.\s*")
# "The 41-year-old died on Wednesday ...": a sentence whose subject is the age alone (or with
# a common noun: "The 41-year-old singer") is of the person the sentence before named.
_AGE_SUBJECT = re.compile(r"The\s+(\d{1,3})-year-old\s+(?:[a-z]+\s+)?(?=[a-z])")
# "the 45-year-old Qin Yongmin", "a 32-year-old dissident, Wang Youcai": a few lower-case
# words (and a comma) between the age and the name.
_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,3}(?:,\s*)?$")
_LOOK_BEHIND = 80
_OLDEST = 110


def age_claims(
    articles: Sequence[Article],
    entities: Sequence[Entity],
    reference_dates: Mapping[str, str] | None = None,
) -> list[QuantityClaim]:
    """Every age the articles give a person of the story, in article then text order."""
    refs = reference_dates or {}
    by_article: dict[str, list[tuple[int, int, str, str]]] = {}
    for e in entities:  # one pass over the mentions, not one per article
        for m in e.mentions:
            by_article.setdefault(m.article, []).append((m.start, m.end, e.name, e.type))
    found: list[QuantityClaim] = []
    for article in articles:
        people = _people(article, sorted(by_article.get(article.id, [])))
        told = [(start, name, _age_at(article.text, start, end)) for start, end, name in people]
        told += _pronoun_ages(article, people)
        for start, name, age in sorted(told, key=lambda t: t[0]):
            cite = _sentence(article, start) if age is not None else None
            if age is None or cite is None:
                continue
            found.append(
                QuantityClaim(
                    value=float(age),
                    unit=AGE_UNIT,
                    qualifier=name,
                    predicate="",
                    predicate_class=AGE_CLASS,
                    hedge="",
                    text=article.text[cite.start : cite.end],
                    citations=(cite,),
                    entity=name,
                    as_of=refs.get(article.id),
                )
            )
    return found


def _people(
    article: Article, mentions: Sequence[tuple[int, int, str, str]]
) -> list[tuple[int, int, str]]:
    """Mentions of people in one article, in text order, with the person's merged name
    (``mentions``: the article's merged mentions, in text order).  A one-word mention ("Qin,
    44, and Wang, 31,") is the person of that family or given name the article named last:
    the story keeps such a word apart when several people share it (Qin Yongmin, Qin
    Qinguo), but within one article it follows its full name."""
    out: list[tuple[int, int, str]] = []
    last: dict[str, str] = {}  # first or last word of a full name -> that person
    for start, end, name, kind in mentions:
        words = name.split()
        if kind == "PERSON" and len(words) > 1:
            last[words[0]] = last[words[-1]] = name
            out.append((start, end, name))
        elif len(words) == 1:
            person = last.get(article.text[start:end])
            if person:
                out.append((start, end, person))
    return out


def _pronoun_ages(
    article: Article, people: Sequence[tuple[int, int, str]]
) -> list[tuple[int, str, int | None]]:
    """ "Colin Kroll ... has died. He was 35." or "The 35-year-old died ...": the age is of the
    one person the sentence before names (two people named there: no telling whose it is)."""
    out: list[tuple[int, str, int | None]] = []
    for before, sentence in zip(article.sentences, article.sentences[1:], strict=False):
        m = _PRONOUN_AGE.fullmatch(article.text, sentence.start, sentence.end)
        if m is None and not any(sentence.start <= p < sentence.end for p, _, _ in people):
            # "The 41-year-old singer, Devin Lima, ...": one that names its person is not this.
            m = _AGE_SUBJECT.match(article.text, sentence.start, sentence.end)
        named = {name for start, _, name in people if before.start <= start < before.end}
        if m is not None and len(named) == 1:
            age = int(m.group(1))
            out.append((sentence.start, named.pop(), age if 0 < age <= _OLDEST else None))
    return out


def _age_at(text: str, start: int, end: int) -> int | None:
    after = _AFTER.match(text, end)
    before = _BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)
    value = None
    if after:
        value = next((g for g in after.groups() if g), None)
    elif before:
        value = before.group(1)
    if value is None:
        return None
    age = int(value)
    return age if 0 < age <= _OLDEST else None


def _sentence(article: Article, offset: int) -> Citation | None:
    starts = [s.start for s in article.sentences]
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0 or offset >= article.sentences[i].end:
        return None
    s = article.sentences[i]
    return Citation(article.id, s.start, s.end, i)


__all__ = ["AGE_CLASS", "AGE_UNIT", "age_claims"]
