"""Names the tagger missed: exact repeats of a name it found elsewhere, bare surnames of the
story's people ("Salo said" after "Mayor Henrik Salo"), and spelling variants of a one-word
name ("Tarviza" beside "Tarvisa").

Takes: a story's articles and the mentions found so far.  Gives: more ``Mention`` records
(``entities.merge_entities`` adds them before merging).  Plain Python over the text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

from newsbrief.article.dates import MONTH_NAMES
from newsbrief.article.mentions import overlaps, taken_spans
from newsbrief.article.tables import GIVEN_NAME_GENDERS, ORG_WORDS
from newsbrief.models import Article, Mention
from newsbrief.story.mention_context import after_the
from newsbrief.story.merge_words import FEATURE_WORDS
from newsbrief.story.names import (
    core,
    fold,
    given_key,
    person_like,
    skeleton,
    surnames,
    without_legal_form,
)

__all__ = [
    "placed_teams",
    "untagged_repeats",
    "untagged_surnames",
    "untagged_variants",
    "written_lower",
]

_WORD_START = re.compile(r"(?<![\w-])\w")
_FIRST_WORD = re.compile(r"[\w.\-]+")


def untagged_repeats(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[Mention]:
    """Exact repeats of found names that the tagger missed elsewhere (it is inconsistent).

    Names are looked up by their first word at each word start, not with one big regex
    alternation: with thousands of names in a long article that would be names × characters.
    """
    # Each name's label is the one the tagger gave it most ("Elijah": PERSON 7 times, GPE
    # twice), not the one it gave first.
    tagged: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.group is None and len(m.text) >= 3:
            tagged[m.text][m.label] += 1
            # "Oculus VR, Inc." once, then "Oculus VR" untagged: the company's name without
            # its legal form is a repeat too (two words or more: a lone "Apple" may be fruit).
            short = without_legal_form(m.text)
            if m.label == "ORG" and short != m.text and " " in short and short[-1].isalnum():
                tagged[short][m.label] += 1
    by_first: dict[str, dict[str, str]] = defaultdict(dict)
    for text, labels in tagged.items():
        by_first[text.split()[0]][text] = labels.most_common(1)[0][0]
    if not by_first:
        return []
    spans = taken_spans(mentions)
    longest_first = {w: sorted(names, key=len, reverse=True) for w, names in by_first.items()}
    extra = []
    for article in articles:
        text = article.text
        taken = spans.get(article.id, [])
        for word in _WORD_START.finditer(text):
            start = word.start()
            first = _FIRST_WORD.match(text, start, start + 40)
            for name in longest_first.get(first.group(0).rstrip(".") if first else "", ()):
                end = start + len(name)
                if text.startswith(name, start) and not (end < len(text) and text[end].isalnum()):
                    label = by_first[name.split()[0]][name]
                    given = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
                    if (
                        label == "PERSON" and " " not in name and given is not None
                        and given.group(1).casefold() in GIVEN_NAME_GENDERS
                        and not overlaps(taken, given.start(1), end)
                    ):  # fmt: skip
                        # "Cannes vet Cate Blanchett", untagged, beside "Blanchett": the
                        # person's full name.
                        start = given.start(1)
                    if not overlaps(taken, start, end):
                        extra.append(Mention(article.id, start, end, text[start:end], label, None))
                    break
    return extra


_GIVEN_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z]+)[ \t]+$")


# A surname opening a sentence is a name only as the one who speaks ("Fell said", "Salo,
# who ..."): "Fell" or "Young" at a sentence start is more often a word.
_SPEAKS_AFTER = re.compile(r"\s*(?:,|(?:said|says|told|added|wrote|warned|insisted|argued)\b)")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)$")


def untagged_surnames(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[Mention]:
    """Bare surnames the tagger missed ("Salo said" after "Mayor Henrik Salo"): a capitalised
    word that is the last word of exactly one person of the story (rule 5 then merges it);
    likewise a feature's name without its kind ("the Tarrow" after "the Tarrow River", which
    the small tagger reads as a date)."""
    owners: dict[str, set[str]] = defaultdict(set)
    features: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.text.split()
        if len(words) > 1 and person_like(m.text, m.label):
            # (One owner for "Ivar L. Tennet" and "Ivar Tennet": a middle initial dropped.)
            for surname in surnames(m.text):
                owners[surname].add(given_key(fold(m.text)))
        if len(words) == 2 and words[1].casefold() in FEATURE_WORDS:
            features[words[0]].add(m.label)
    alone = {w for w, names in owners.items() if len(names) == 1 and _TITLE_WORD.fullmatch(w)}
    label_of = {w: "PERSON" for w in alone}
    for word, labels in features.items():
        if _TITLE_WORD.fullmatch(word) and word not in owners:
            label_of[word] = sorted(labels)[0]
    alone |= set(label_of)
    if not alone:
        return []
    spans = taken_spans(mentions)
    # A surname opening a sentence is read as the name when the story never writes it as a
    # word ("Nunes represents ...", "Kislov fired home ..."), as a word when it does ("Young
    # people ..." in a story that also says "young").
    common = written_lower(articles)
    extra = []
    for article in articles:
        text = article.text
        taken = spans.get(article.id, [])
        for match in _TITLE_WORD.finditer(text):
            start, end = match.span()
            if match.group(0) not in alone or overlaps(taken, start, end):
                continue
            opening = _SENTENCE_START.search(text, max(0, start - 4), start)
            word = match.group(0)
            if opening and not _SPEAKS_AFTER.match(text, end) and word.casefold() in common:
                continue
            if len(word) == 3 and (word.casefold() in common or word.casefold() in MONTH_NAMES):
                continue  # "Vaz", "Moi"; not "May" (a month), nor a word the story writes
            label = label_of[match.group(0)]
            extra.append(Mention(article.id, start, end, match.group(0), label, None))
    return extra


def written_lower(articles: Sequence[Article]) -> set[str]:
    """Every word of three letters or more the story writes in lower case ("young", "dead"):
    a capitalised one of them may be a sentence's first word or a headline's, not a name."""
    return {w for a in articles for w in _LOWER_WORD.findall(a.text)}


_TITLE_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]{2,30}(?![\w-])")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{3,31}(?![\w-])")


def untagged_variants(
    articles: Sequence[Article], mentions: Sequence[Mention], ratio: float
) -> list[Mention]:
    """Capitalised words the tagger missed that are spelling variants of a one-word name
    it did find (it tags "Tarvisa" but not "Tarviza"); the same test as merge rule 3."""
    known: dict[str, dict[str, str]] = defaultdict(dict)  # skeleton -> {name: label}
    for m in mentions:
        if m.group is None and " " not in m.text and len(m.text) >= 5:
            known[skeleton(m.text)].setdefault(m.text, m.label)
    if not known:
        return []
    spans = taken_spans(mentions)
    label_of: dict[str, str | None] = {}  # per distinct word: long articles repeat words
    extra = []
    for article in articles:
        taken = spans.get(article.id, [])
        for match in _TITLE_WORD.finditer(article.text):
            word = match.group(0)
            if len(word) < 4:
                continue  # no variant of a name of five letters or more
            if word not in label_of:
                like = known.get(skeleton(word), {})
                close = [
                    label
                    for name, label in like.items()
                    if SequenceMatcher(None, core(word), core(name)).ratio() >= ratio
                ]
                label_of[word] = close[0] if close else None
            label = label_of[word]
            if label is not None and not overlaps(taken, match.start(), match.end()):
                extra.append(Mention(article.id, match.start(), match.end(), word, label, None))
    return extra


_NICKNAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w-])")


def placed_teams(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with "the Washington Spirit" one body where the tagger tagged the place
    alone, when the story tags the nickname as a name elsewhere ("Spirit", "Reign" tagged a
    person): a one-word name that is no kind of body ("Senate", "Police") nor anyone's given
    name or surname, named alone twice or more, after a place the tagger found, with "the"
    before the place or "'s" after the name.  The place's mention, and the nickname's, give
    way to the body's."""
    in_people = {
        w for m in mentions if m.label == "PERSON" and " " in m.text for w in m.text.split()
    }
    # Named alone twice or more: "Keys", tagged a person once, is no team of "the Florida Keys"
    # (nor is the "Keys" the tagger found in that name).
    after_place = {(m.article, m.end + 1) for m in mentions if m.label == "GPE"}
    alone = Counter(
        m.text
        for m in mentions
        if m.label in ("ORG", "PERSON") and m.group is None and m.text.isalpha()
        and (m.article, m.start) not in after_place
        and m.text[:1].isupper() and m.text[1:].islower()
        and m.text.casefold() not in ORG_WORDS and m.text.casefold() not in GIVEN_NAME_GENDERS
        and m.text not in in_people
    )  # fmt: skip
    nicknames = {name for name, n in alone.items() if n >= 2}
    if not nicknames:
        return list(mentions)
    texts = {a.id: a.text for a in articles}
    dropped: set[tuple[str, int, int]] = set()
    extra: list[Mention] = []
    for m in mentions:
        text = texts.get(m.article, "")
        after = _NICKNAME_AFTER.match(text, m.end) if m.label == "GPE" else None
        if after is None or after.group(1) not in nicknames:
            continue
        end = after.end()
        if not after_the(text, m.start) and not text.startswith(("'s", "’s"), end):
            continue
        dropped |= {(x.article, x.start, x.end) for x in mentions
                    if x.article == m.article and x.start < end and m.start < x.end}  # fmt: skip
        extra.append(Mention(m.article, m.start, end, text[m.start : end], "ORG", None))
    return [m for m in mentions if (m.article, m.start, m.end) not in dropped] + extra
