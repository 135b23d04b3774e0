"""Regrouping a window of stories from scratch while keeping the ids users already hold.

Streaming assignment decides on each article with what it has seen so far, so the stories of a
corpus fed in two halves, or in another order, drift from those of one batch.  Corpus mode
therefore ends each ingest run by grouping the articles of its active window again as ONE
batch (``index.stories.group``: order-independent, as brief mode) and then carries the stored
ids over: ``keep_ids`` gives each new group the id of the old story it shares the most
articles with (each old id to one group at most, the largest overlap first, then the story
minted first), mints ids for the groups left, and says which old stories were absorbed and
into which group (recorded as merges, so an old id still resolves).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

__all__ = ["keep_ids"]


def keep_ids(
    groups: Mapping[str, Sequence[str]],
    old_story_of: Mapping[str, str],
    old_rank: Mapping[str, int],
    mint: Callable[[str], str],
) -> tuple[dict[str, str], dict[str, str]]:
    """(group key -> final story id, absorbed old id -> final id that took most of it).

    ``groups``: fresh group key -> member article ids; ``old_story_of``: article -> the story
    it was in before (articles new to the window are absent); ``old_rank``: old story id ->
    minting order; ``mint``: a fresh id for a group, from its key."""
    overlaps: list[tuple[int, int, str, str]] = []
    for key, members in groups.items():
        counts = Counter(old_story_of[a] for a in members if a in old_story_of)
        overlaps.extend((-n, old_rank[old], old, key) for old, n in counts.items())
    final: dict[str, str] = {}
    taken: set[str] = set()
    for _, _, old, key in sorted(overlaps):
        if old not in taken and key not in final:
            final[key] = old
            taken.add(old)
    for key in sorted(set(groups) - set(final)):
        final[key] = mint(key)
    absorbed: dict[str, str] = {}
    homes: dict[str, Counter[str]] = {}
    for key, members in groups.items():
        for article in members:
            was = old_story_of.get(article)
            if was is not None and was not in taken:
                homes.setdefault(was, Counter())[final[key]] += 1
    for old, counts in homes.items():
        absorbed[old] = min(counts, key=lambda sid: (-counts[sid], sid))
    return final, absorbed
