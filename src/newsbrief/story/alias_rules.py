"""Merge rules for names the tagger typed inconsistently (used by ``entities``).

Takes: folded names with their most common label, and a union function.  Gives: unions.
Backend: plain Python and ``entities``' name keys (``core``, ``skeleton``), imported when
called because ``entities`` imports this module.

spaCy's small model tags one name PERSON in one sentence and GPE or FAC in the next ("Saint
Aldric" / "St. Aldric", "Tolvick" / "Tolvik"), so the spelling rule (entities rule 3), which
compares names within one type class, misses them.  Across person and place it merges only
names that are one word each, or that both start with "Saint" (after "St"/"St." → "saint"):
longer names with a first name ("Jordan Hale") are not confused with places by the tagger.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from difflib import SequenceMatcher

_PERSON_OR_PLACE = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place"}


def merge_across_types(
    union: Callable[[str, str], None],
    names: Mapping[str, object],
    label_of: Mapping[str, str],
    ratio: float,
) -> None:
    """Union person-typed and place-typed names that are the same name or spelling variants."""
    from newsbrief.story.entities import core, skeleton  # local: entities imports this module

    keys = sorted(k for k in names if label_of[k] in _PERSON_OR_PLACE and _confusable(k))
    by_skeleton: dict[str, list[str]] = {}
    for key in keys:
        sk = skeleton(key)
        if len(sk) < 3:
            continue
        for other in by_skeleton.get(sk, []):
            if _PERSON_OR_PLACE[label_of[other]] == _PERSON_OR_PLACE[label_of[key]]:
                continue
            if core(key) == core(other) or (
                SequenceMatcher(None, core(key), core(other)).ratio() >= ratio
            ):
                union(other, key)
        by_skeleton.setdefault(sk, []).append(key)


def _confusable(key: str) -> bool:
    words = key.split()
    return len(words) == 1 or words[0].rstrip(".") in ("st", "saint")


__all__ = ["merge_across_types"]
