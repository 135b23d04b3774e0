"""A person's name with middle names dropped: "William Jefferson Clinton" is "Bill Clinton",
"Hamid Karim Yusuf al-Tavani" is "Hamid Karim Tavani".

Part of rule 2 of ``entities``' merge rules (``merge`` runs it).  Plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from newsbrief.article.name_scan import PARTICLE
from newsbrief.story.names import core, given_key

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


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short``'s words are some of ``long``'s, in order."""
    rest = iter(long)
    return all(w in rest for w in short)


def _fewer(words: list[str]) -> list[list[str]]:
    """Each way of leaving out one or more of ``words``, keeping their order."""
    every = (1 << len(words)) - 1
    return [[w for i, w in enumerate(words) if mask >> i & 1] for mask in range(every)]


__all__ = ["merge_dropped_middles"]
