"""A person's name with middle names dropped: "William Jefferson Clinton" is "Bill Clinton",
"Hamid Karim Yusuf al-Tavani" is "Hamid Karim Tavani"; and one with its last name left off
("Omar Tessu" of "Omar Tessu Varan").

Part of rule 2 of ``entities``' merge rules (``merge`` runs the first; ``entities`` passes
the second's pairs to it).  Plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from newsbrief.article.name_scan import PARTICLE
from newsbrief.article.speech import ROLES
from newsbrief.article.tables import GIVEN_NAME_GENDERS, TITLE_WORDS
from newsbrief.models import Article, Mention
from newsbrief.read.units import title_case
from newsbrief.story.names import core, fold, given_key
from newsbrief.story.untagged import written_lower

# Particles a surname is also written without ("al-Tavani", "Tavani"; "el-Sayed").
_SURNAME_PARTICLE = r"al|el"
# Names with more middle words are left to the other rules (the ways to drop them grow fast).
_MAX_MIDDLE = 3


def merge_dropped_middles(
    union: Callable[[str, str], None],
    persons: Sequence[str],
    by_core: Mapping[tuple[str, str], str],
) -> None:
    """Join each person's folded name (``persons``) to a name of the story (``by_core``: the
    ("person", ``core``) of each) that drops one or more of its middle names, and the
    surname's particle with them.  Not a name with a particle inside ("Luiz Inacio da
    Silva" goes by rules 2 and 5), and initials are no middle names ("George W. Bush")."""
    for key in persons:
        words = given_key(key).split()
        while len(words) > 2 and re.fullmatch(_SURNAME_PARTICLE, words[-2]):
            words = [*words[:-2], words[-1]]  # "al-Tavani" is called "Tavani" too
        middle = words[1:-1]
        if not middle or len(middle) > _MAX_MIDDLE:
            continue
        if any(re.fullmatch(PARTICLE, w) for w in middle):
            continue
        found = {
            tuple(kept): short
            for kept in _fewer(middle)
            if (short := by_core.get(("person", core(" ".join([words[0], *kept, words[-1]])))))
            and short != key
        }
        # Two shortenings that drop different names ("Hamid Karim Tavani", "Hamid Yusuf
        # Tavani") may be two cousins: neither joins, but the given name and surname alone do.
        for kept, short in found.items():
            if not kept or all(_within(kept, k) or _within(k, kept) for k in found if k):
                union(short, key)


def dropped_last_pairs(
    articles: Sequence[Article], mentions: Sequence[Mention]
) -> list[tuple[str, str]]:
    """Folded (short, full) pairs: a person's two-word name that is the first two words of
    the story's one three-word person name ("Omar Tessu" of "Omar Tessu Varan", a family
    name left off; not "Kim Jong" of two such names).  Not when the second word is a given
    name ("John Paul", a pope, beside "John Paul Jones"), nor when the short one is described
    on its own ("his uncle Kofi Mensah", "Maria Cruz, the director": a relative, a namesake),
    nor when the third is a word the story writes in lower case, nor when every use of it is
    in a headline's capitals ("Tomas Erlund Dead at 34"), nor with an initial or a particle."""
    people = {fold(m.text) for m in mentions if m.label == "PERSON"}
    texts = {a.id: a.text for a in articles}
    # A name only ever in a headline's capitals may have a word of it glued on.
    in_prose = {
        fold(m.text) for m in mentions if not _headline_at(texts.get(m.article, ""), m.start)
    }
    # A short form described on its own is someone of its own: "his uncle Kofi Mensah",
    # "Detective Sean Murphy", "Maria Cruz, the festival director".
    described = {
        fold(m.text)
        for m in mentions
        if m.label == "PERSON" and _described(texts.get(m.article, ""), m.start, m.end)
    }
    longer: dict[str, list[str]] = {}
    for key in people:
        if len(key.split()) >= 3:
            longer.setdefault(" ".join(key.split()[:2]), []).append(key)
    lower = written_lower(articles)
    pairs = []
    for short, keys in longer.items():
        words = keys[0].split()
        plain = all(len(w) > 1 and not re.fullmatch(PARTICLE, w) for w in words)
        named = words[1] not in GIVEN_NAME_GENDERS and words[2] not in lower
        named = named and keys[0] in in_prose
        alone = short in people and short not in described
        if len(keys) == 1 and len(words) == 3 and plain and named and alone:
            pairs.append((short, keys[0]))
    return pairs


def _described(text: str, start: int, end: int) -> bool:
    """A name with a kin word or a role before it, or an apposition after it."""
    before = _KIN_OR_ROLE.search(text, max(0, start - 30), start)
    title = re.search(r"([A-Z][a-z]+)\.?\s+$", text[max(0, start - 20) : start])
    titled = title is not None and title.group(1).casefold() in TITLE_WORDS | ROLES
    return before is not None or titled or _APPOSITION.match(text, end) is not None


_KIN_OR_ROLE = re.compile(r"\b(?:his|her|their|its)\s+[a-z]+(?:-[a-z]+)?,?\s+$", re.I)
_APPOSITION = re.compile(r",\s+(?:a|an|the|his|her|their)\s+[a-z]")


def _headline_at(text: str, at: int) -> bool:
    """The sentence around ``at`` is written in title case, as a headline is."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    words = text[start : min(ends, default=len(text))].split()
    return bool(words) and title_case(words)


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short``'s words are some of ``long``'s, in order."""
    rest = iter(long)
    return all(w in rest for w in short)


def _fewer(words: list[str]) -> list[list[str]]:
    """Each way of leaving out one or more of ``words``, keeping their order."""
    every = (1 << len(words)) - 1
    return [[w for i, w in enumerate(words) if mask >> i & 1] for mask in range(every)]


__all__ = ["dropped_last_pairs", "merge_dropped_middles"]
