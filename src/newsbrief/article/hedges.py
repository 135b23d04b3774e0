"""Hedges: the words before a figure that make it an approximation or a bound.

Takes: the text of a sentence up to a figure.  Gives: its hedge ("at least", "about", "more
than") or "".  Used by ``quantities``; plain Python over the rule table (``tables``).
"""

from __future__ import annotations

import re

from newsbrief.article.tables import HEDGE_KINDS

# Words before a figure that make it an approximation or a bound ("about 1,200", "some 80",
# "at least 30"); the hedge of a figure is the run of them right before it.
HEDGE_WORDS = frozenset({
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "estimated",
    "over", "least", "than", "up", "to", "circa", "at", "more", "fewer", "less", "under",
    "no", "close", "within", "as", "many", "much",
})  # fmt: skip
_HEDGE_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+")


def hedge_before(before: str) -> str:
    """The hedge words right before a figure ("at least", "about", "more than"): the last
    words of ``before`` while they are hedge words, at most three."""
    words = _HEDGE_TOKEN.findall(before[-40:])
    if words and words[-1].casefold() in ("a", "an"):
        words.pop()  # "more than a dozen": the article belongs to the number
    taken: list[str] = []
    for word in reversed(words):
        if word.casefold() not in HEDGE_WORDS or len(taken) == 3:
            break
        taken.append(word.casefold())
    # The words must end in a hedge the table knows: "rose to 47", "Romney at 49 percent" have
    # none ("up to", "at least" are); "from 12" alone is no hedge (a range's "from" is).
    if taken == ["from"]:
        return ""
    words = list(reversed(taken))
    if not any(" ".join(words[n:]) in HEDGE_KINDS for n in range(len(words))):
        return ""
    return " ".join(words)


__all__ = ["HEDGE_WORDS", "hedge_before"]
