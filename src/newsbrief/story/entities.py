"""Named entities merged across a story's articles.

Takes: articles and their parsed spaCy docs (``backends.nlp``; offsets are article offsets).
Gives: ``Entity`` records, one per real-world actor or place, with every name the sources
use for it (``Alias`` with counts) and a ``Citation`` for every mention.
Backends: spaCy NER for finding names; the alias table (``article/rules/en/aliases.json``
plus user files) for names that share no letters; plain string rules for the rest.

Names are merged when one of these holds (each is a unit-tested rule):
1. the alias table puts them in one group (Daesh = IS = ISIL);
2. they are equal after dropping case, accents, hyphens and Arabic article particles
   (Bashar al-Assad = Bashar Al Assad = Bashar Assad);
3. they are spelling variants: same consonant skeleton and a close difflib ratio
   (Hezbollah / Hizbollah, Deir al-Zour / Deir Ezzor);
4. one is an acronym of the other's capitalised words, when only one name fits
   (ISIL / Islamic State of Iraq and the Levant);
5. a one-word person (or ORG/GPE-typed) name is the last word of exactly one longer person
   name ("Ibrahim" after "Abbas Ibrahim"; "Voskuijlen" tagged GPE); ``alias_rules`` merges
   person/place-typed variants (Tolvik / Tolvick; "St."/"Saint" are one word in ``core``);
6. the text defines one as the other's acronym ("Alpine Rescue Corps (ARC)"), or an all-capitals
   word spells the initials of exactly one name of the story, a generic last word such as
   "Corporation" allowed to drop out ("NCC" for "Northshore Chemical Corporation");
7. an organisation or group name is the leading word(s) of exactly one longer organisation
   name ("Northshore" and "Northshore Chemical Corporation"; "Elmsworth Fire and Rescue" and
   "... Rescue Service").  Places and nationalities are left out ("Syrian" is not "Syrian
   Arab Army").
Before merging, datelines ("BEIRUT —") become places, and a one-word organisation name that
the story also writes in lower case ("Chemical" in a headline, "chemical leak" elsewhere) is
dropped as a capitalised common word (``name_scan`` holds the text rules).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from types import MappingProxyType
from typing import Any

from newsbrief.article.alias_table import ALIASES_ENV, AliasGroup, alias_patterns, load_alias_groups
from newsbrief.article.name_scan import acronyms_of, datelines, defined_acronyms, lone_capitals
from newsbrief.models import Alias, Article, Citation, Entity
from newsbrief.settings import AnalysisSettings
from newsbrief.story.alias_rules import merge_across_types

# Arabic article forms (al-, el-, and its sun-letter assimilations) and English "the":
# sources write them or drop them freely, so they never distinguish two names.
_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "es", "the"})
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "in", "on", "de", "al", "el"})
# Type classes that may merge by spelling: spaCy's small model often tags one group ORG in
# one sentence and NORP or GPE in the next, but never confuses people with places.
_TYPE_CLASS = MappingProxyType(
    {"PERSON": "person", "ORG": "group", "NORP": "group", "GPE": "place"}
)
_TYPE_CLASS_DEFAULT = "place"
_TRIM_FRONT = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRIM_BACK = re.compile(r"(?:['’]s?|\s+)$")


@dataclass(frozen=True)
class Mention:
    """A name found in an article, before merging."""

    article: str
    start: int
    end: int
    text: str
    label: str
    group: int | None  # index into the alias table, when the table matched it


def _shouting(text: str, start: int, end: int) -> bool:
    """True when a capitalised alias sits in an all-capitals run ("THIS IS WAR")."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    near = [w for w in (before[-1:] + after[:1]) if any(c.isalpha() for c in w)]
    return any(w.isupper() and len(w) > 1 for w in near)


def find_mentions(
    article: Article,
    doc: Any,
    *,
    groups: Sequence[AliasGroup],
    settings: AnalysisSettings,
    pattern: re.Pattern[str] | None = None,
    index: dict[str, int] | None = None,
) -> list[Mention]:
    """Alias-table matches first, then spaCy entities that do not overlap them."""
    if pattern is None or index is None:
        pattern, index = alias_patterns(groups)
    text = article.text
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    if pattern is not None:
        for m in pattern.finditer(text):
            name = m.group(0)
            key = name if name.isupper() else name.casefold()
            group = index.get(key, index.get(name.casefold()))
            if group is None or (len(name) <= 2 and _shouting(text, m.start(), m.end())):
                continue
            found.append(Mention(article.id, m.start(), m.end(), name, groups[group].type, group))
            taken.append((m.start(), m.end()))
    for line in datelines(text):  # before spaCy, which tags "PORT ELMSWORTH" as a person
        if not _overlaps(sorted(taken), line.start, line.end):
            found.append(Mention(article.id, line.start, line.end, line.text, line.label, None))
            taken.append((line.start, line.end))
    taken.sort()
    labels = set(settings.entity_labels)
    for ent in doc.ents:
        if ent.label_ not in labels:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        if end - start < 2 or not any(c.isupper() for c in text[start:end]):
            continue
        if _overlaps(taken, start, end):
            continue
        found.append(Mention(article.id, start, end, text[start:end], ent.label_, None))
    found.sort(key=lambda m: m.start)
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    front = _TRIM_FRONT.match(span)
    if front:
        start += front.end()
    back = _TRIM_BACK.search(text[start:end])
    if back and back.start() > 0:
        end = start + back.start()
    return start, end


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 2) : i])


def fold(name: str) -> str:
    """Case, accents, quotes and hyphens dropped: the key for 'the same name'."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold().replace("’", "'")
    return " ".join(re.sub(r"[^\w']+", " ", plain).split())


def core(name: str) -> str:
    """``fold`` without article particles and spaces: rule 2's key (al-Assad → assad)."""
    words = re.split(r"[\s'-]+", fold(name))
    kept = [w for w in words if w and w not in _PARTICLES]
    # "St", "St." and "Saint" before a name are one word; a last "St" is a street ("Main St").
    kept = ["saint" if w == "st" and i < len(kept) - 1 else w for i, w in enumerate(kept)]
    return "".join(kept or words)


# Consonants that transliterations of one name swap freely (Tarvisa / Tarviza, Qasim / Kasim).
_SOUND_ALIKE = str.maketrans({"z": "s", "q": "k", "c": "k", "w": "v"})


def skeleton(name: str) -> str:
    """Consonants of ``core`` with doubles collapsed: Hezbollah and Hizbollah → hzblh."""
    plain = core(name).replace("ph", "f").translate(_SOUND_ALIKE)
    cons = re.sub(r"[aeiouy\d_']", "", plain)
    return re.sub(r"(.)\1+", r"\1", cons)


def acronym_of(name: str) -> str:
    """Initials of the capitalised words, skipping function words ('' for one-word names)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2:
        return ""
    return "".join(
        w[0].upper() for w in words if w.casefold() not in _ACRONYM_SKIP and w[0].isalpha()
    )


class _Union:
    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def merge_names(
    names: dict[str, Counter[str]],
    labels: dict[str, Counter[str]],
    table_group: dict[str, int],
    *,
    spelling_ratio: float,
    pairs: Iterable[tuple[str, str]] = (),
) -> dict[str, str]:
    """Map each folded name to its merged group's representative (rules 1-7).

    ``pairs`` are folded names the text itself defines as one (rule 6: "Long Name (LN)")."""
    uf = _Union(names)
    for a, b in pairs:
        if a in names and b in names:
            uf.union(a, b)
    label_of = {k: labels[k].most_common(1)[0][0] for k in names}
    klass = {k: _TYPE_CLASS.get(label_of[k], _TYPE_CLASS_DEFAULT) for k in names}
    by_group: dict[int, str] = {}
    by_core: dict[tuple[str, str], str] = {}
    by_skeleton: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in sorted(names):
        if key in table_group:  # rule 1
            uf.union(by_group.setdefault(table_group[key], key), key)
        c = core(key)
        uf.union(by_core.setdefault((klass[key], c), key), key)  # rule 2
        sk = skeleton(key)
        if len(sk) >= 3:  # rule 3; shorter skeletons (Assad: sd) collide with unrelated names
            for other in by_skeleton[(klass[key], sk)]:
                if SequenceMatcher(None, c, core(other)).ratio() >= spelling_ratio:
                    uf.union(other, key)
            by_skeleton[(klass[key], sk)].append(key)
    surface = {k: names[k].most_common(1)[0][0] for k in names}
    expansions: dict[str, set[str]] = defaultdict(set)
    for key, text in surface.items():
        for acr in acronyms_of(text):
            expansions[acr].add(key)
    for key, text in surface.items():  # rules 4 and 6
        letters = text.replace(".", "")
        if letters.isupper() and 2 <= len(letters) <= 6:
            roots = {uf.find(k) for k in expansions.get(letters, ())}
            if len(roots) == 1:
                uf.union(roots.pop(), key)
    persons = [k for k in names if label_of[k] == "PERSON"]
    last_words: dict[str, set[str]] = defaultdict(set)
    for key in persons:
        words = key.split()
        if len(words) > 1:
            last_words[core(words[-1])].add(uf.find(key))
    # Rule 5; a bare surname the tagger typed ORG or GPE ("Voskuijlen said") is that person too.
    for key in [*persons, *(k for k in names if label_of[k] in ("ORG", "GPE"))]:
        if len(key.split()) == 1:
            roots = last_words.get(core(key), set())
            if len(roots) == 1:
                uf.union(next(iter(roots)), key)
    merge_across_types(uf.union, names, label_of, spelling_ratio)  # rule 3, mixed types
    _merge_prefixes(uf, names, label_of, labels)  # rule 7
    return {k: uf.find(k) for k in names}


# Labels a short name may carry to join a longer organisation name by prefix (rule 7); the
# small model often tags a shortened organisation as a person ("Elmsworth Fire and Rescue").
_PREFIX_LABELS = frozenset({"ORG", "PERSON"})


def _merge_prefixes(
    uf: _Union,
    names: dict[str, Counter[str]],
    label_of: dict[str, str],
    labels: dict[str, Counter[str]],
) -> None:
    orgs = [k.split() for k in names if label_of[k] == "ORG" and " " in k]
    # A one-word name that is part of a person's name ("Marcus" of "Marcus Lindqvist") is that
    # person, not the start of "Marcus Lindqvist Foundation".
    person_words = {w for k in names if label_of[k] == "PERSON" and " " in k for w in k.split()}
    # Longest short names first, so "northshore chemical" joins the full name before
    # "northshore" asks how many groups it could belong to.
    for key in sorted(names, key=lambda k: -len(k.split())):
        words = key.split()
        if len(words) < 2 and words[0] in person_words:
            continue
        # A one-word place joins only when the tagger also called it a group or person once:
        # "Singapore" is not "Singapore Airlines", but "Brightwater" (GPE, then ORG) is
        # "Brightwater Lines".
        mixed = len(words) == 1 and bool(set(labels[key]) & _PREFIX_LABELS)
        if label_of[key] not in _PREFIX_LABELS and not mixed:
            continue
        longer = [o for o in orgs if len(o) > len(words) and o[: len(words)] == words]
        roots = {uf.find(" ".join(o)) for o in longer}
        if len(roots) == 1:
            uf.union(roots.pop(), key)


def extract_entities(
    articles: Sequence[Article],
    docs: Sequence[Any],
    *,
    settings: AnalysisSettings | None = None,
    groups: Sequence[AliasGroup] | None = None,
) -> tuple[Entity, ...]:
    """Entities of a story, most mentioned first.  ``docs[i]`` is the parse of ``articles[i]``."""
    settings = settings or AnalysisSettings()
    if groups is None:
        groups = load_alias_groups(settings)
    pattern, index = alias_patterns(groups)
    mentions: list[Mention] = []
    for article, doc in zip(articles, docs, strict=True):
        mentions += find_mentions(
            article, doc, groups=groups, settings=settings, pattern=pattern, index=index
        )
    mentions = _drop_common_words(articles, mentions)
    mentions += _untagged_repeats(articles, mentions)
    mentions += _untagged_variants(articles, mentions, settings.spelling_ratio)
    mentions, defined = _acronym_mentions(articles, mentions)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    table_group: dict[str, int] = {}
    for m in mentions:
        key = fold(m.text)
        names[key][m.text] += 1
        labels[key][m.label] += 1
        if m.group is not None:
            table_group[key] = m.group
    root_of = merge_names(
        names, labels, table_group, spelling_ratio=settings.spelling_ratio, pairs=defined
    )
    return _build(articles, mentions, root_of, table_group, groups)


def _drop_common_words(articles: Sequence[Article], mentions: list[Mention]) -> list[Mention]:
    """Without one-word organisation names the story also writes in lower case (rule list)."""
    words = {m.text for m in mentions if m.label == "ORG" and m.group is None and m.text.isalpha()}
    lower = {w for w in words if w[1:].islower()}
    if not lower:
        return mentions
    used = set()
    for article in articles:
        for w in lower:
            if re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", article.text):
                used.add(w)
    return [m for m in mentions if not (m.label == "ORG" and m.group is None and m.text in used)]


def _acronym_mentions(
    articles: Sequence[Article], mentions: Sequence[Mention]
) -> tuple[list[Mention], list[tuple[str, str]]]:
    """``mentions`` with acronyms the tagger missed: defined ones ("Alpine Rescue Corps (ARC)",
    giving a merge pair) and lone all-capitals words that spell the initials of a story name."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        spans[m.article].append((m.start, m.end))
    extra: list[Mention] = []
    cut: set[tuple[str, int]] = set()
    pairs: list[tuple[str, str]] = []
    label_of: dict[str, str] = {}
    for article in articles:
        taken = sorted(spans[article.id])
        for long, short in defined_acronyms(article.text):
            pairs.append((fold(long.text), fold(short.text)))
            label_of[short.text] = long.label
            inside = {(s, e) for s, e in taken if long.start <= s and e <= long.end}
            if _overlaps(sorted(set(taken) - inside), long.start, long.end):
                continue
            # The defined name replaces the pieces the tagger cut it into ("Halverton Coast"
            # + "River Authority" for "Halverton Coast and River Authority (HCRA)").
            cut.update((article.id, s) for s, _ in inside)
            extra.append(Mention(article.id, long.start, long.end, long.text, "ORG", None))
    names = {m.text: m.label for m in [*mentions, *extra] if " " in m.text}
    for name, label in names.items():
        for acr in acronyms_of(name):
            label_of.setdefault(acr, label)
    for article in articles:
        taken = sorted(spans[article.id])
        text = article.text
        for start, end, word in lone_capitals(text):
            found = label_of.get(word)
            if found is None or _overlaps(taken, start, end) or _shouting(text, start, end):
                continue
            extra.append(Mention(article.id, start, end, word, found, None))
    kept = [m for m in mentions if (m.article, m.start) not in cut or m.group is not None]
    return [*kept, *extra], pairs


_WORD_START = re.compile(r"(?<![\w-])\w")
_FIRST_WORD = re.compile(r"[\w.\-]+")


def _untagged_repeats(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[Mention]:
    """Exact repeats of found names that the tagger missed elsewhere (it is inconsistent).

    Names are looked up by their first word at each word start, not with one big regex
    alternation: with thousands of names in a long article that would be names × characters.
    """
    by_first: dict[str, dict[str, str]] = defaultdict(dict)
    for m in mentions:
        if m.group is None and len(m.text) >= 3:
            by_first[m.text.split()[0]].setdefault(m.text, m.label)
    if not by_first:
        return []
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        spans[m.article].append((m.start, m.end))
    longest_first = {w: sorted(names, key=len, reverse=True) for w, names in by_first.items()}
    extra = []
    for article in articles:
        text = article.text
        taken = sorted(spans[article.id])
        for word in _WORD_START.finditer(text):
            start = word.start()
            first = _FIRST_WORD.match(text, start, start + 40)
            for name in longest_first.get(first.group(0).rstrip(".") if first else "", ()):
                end = start + len(name)
                if text.startswith(name, start) and not (end < len(text) and text[end].isalnum()):
                    if not _overlaps(taken, start, end):
                        label = by_first[name.split()[0]][name]
                        extra.append(Mention(article.id, start, end, name, label, None))
                    break
    return extra


_TITLE_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]{3,30}(?![\w-])")


def _untagged_variants(
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
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        spans[m.article].append((m.start, m.end))
    label_of: dict[str, str | None] = {}  # per distinct word: long articles repeat words
    extra = []
    for article in articles:
        taken = sorted(spans[article.id])
        for match in _TITLE_WORD.finditer(article.text):
            word = match.group(0)
            if word not in label_of:
                like = known.get(skeleton(word), {})
                close = [
                    label
                    for name, label in like.items()
                    if SequenceMatcher(None, core(word), core(name)).ratio() >= ratio
                ]
                label_of[word] = close[0] if close else None
            label = label_of[word]
            if label is not None and not _overlaps(taken, match.start(), match.end()):
                extra.append(Mention(article.id, match.start(), match.end(), word, label, None))
    return extra


def _build(
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    root_of: dict[str, str],
    table_group: dict[str, int],
    groups: Sequence[AliasGroup],
) -> tuple[Entity, ...]:
    order = {a.id: n for n, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    members: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        members[root_of[fold(m.text)]].append(m)
    entities = []
    for ms in members.values():
        ms.sort(key=lambda m: (order[m.article], m.start))
        counts = Counter(m.text for m in ms)
        group = next((table_group[fold(m.text)] for m in ms if fold(m.text) in table_group), None)
        label_counts = Counter(m.label for m in ms)
        if group is not None:
            name, etype = groups[group].name, groups[group].type
        else:
            etype = label_counts.most_common(1)[0][0]
            name = _canonical(counts, etype)
        aliases = tuple(Alias(t, c) for t, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
        cites = tuple(_cite(by_id[m.article], m.start, m.end) for m in ms)
        entities.append(Entity(name=name, type=etype, aliases=aliases, mentions=cites))
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return tuple(entities)


def _canonical(counts: Counter[str], etype: str) -> str:
    """People by their fullest name; organisations by their most used name of two or more
    words (not "NCC" or "Northshore" when "Northshore Chemical Corporation" is there); others
    by the name sources use most (ties: longer)."""
    if etype == "PERSON":
        most_words = max(len(t.split()) for t in counts)
        counts = Counter({t: c for t, c in counts.items() if len(t.split()) == most_words})
    elif etype == "ORG" and any(" " in t for t in counts):
        counts = Counter({t: c for t, c in counts.items() if " " in t})
    return max(counts.items(), key=lambda x: (x[1], len(x[0]), x[0]))[0]


def _cite(article: Article, start: int, end: int) -> Citation:
    starts = [s.start for s in article.sentences]
    i = bisect.bisect_right(starts, start) - 1
    inside = i >= 0 and article.sentences[i].end >= end
    return Citation(article.id, start, end, i if inside else None)


__all__ = [
    "ALIASES_ENV",
    "AliasGroup",
    "Mention",
    "acronym_of",
    "core",
    "extract_entities",
    "find_mentions",
    "fold",
    "load_alias_groups",
    "merge_names",
    "skeleton",
]
