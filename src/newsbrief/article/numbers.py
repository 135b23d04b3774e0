"""Numbers written in words or digits, read to their value.

Takes: a cardinal phrase as written ("an estimated 600", "twenty-eight", "2.5 million").
Gives: its value, or None when it is vague ("hundreds") or not one number ("26-28"); and back,
a value as a reader writes it (``readable``: "1.2 million", "900,000").  Plain
Python; used by ``quantities`` on the tagger's number spans and by the story stages that read
numbers back from text (``story.revisions``, ``story.support``).
"""

from __future__ import annotations

import re
from types import MappingProxyType

from newsbrief.article.dates import NUMBER_WORDS

_UNITS = NUMBER_WORDS
_SCALES = MappingProxyType(
    {
        "hundred": 100,
        "thousand": 1_000,
        "million": 1_000_000,
        "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
    }
)
# Hedges that come before a number and are not part of it ("an estimated 600").
_HEDGES = frozenset({
    "a", "an", "the", "some", "about", "around", "nearly", "almost", "roughly", "approximately",
    "estimated", "at", "least", "more", "than", "over", "under", "up", "to", "fewer", "less",
    "only", "just", "no", "close", "within", "another", "additional", "further",
})  # fmt: skip
_BOUND_BEFORE = re.compile(
    r"^\s*(?:as\s+(?:many|much|few|little)\s+as|upwards\s+of|in\s+excess\s+of)\s+"
)
# Vague amounts ("hundreds", "several hundred") are not checkable values.
_VAGUE = frozenset({"hundreds", "thousands", "millions", "dozens", "several", "many", "few"})


def parse_number(text: str) -> float | None:
    """The number a cardinal phrase states ("an estimated 600" → 600), None if vague."""
    # "as many as 1,000", "upwards of 300": a bound, then the number.
    text = _BOUND_BEFORE.sub("", text.casefold())
    words = [w for w in re.split(r"[\s-]+", text.replace(",", "")) if w]
    while words and words[0] in _HEDGES:
        words.pop(0)
    if not words or any(w in _VAGUE for w in words):
        return None
    total, current, seen = 0.0, 0.0, False
    previous = ""
    for i, word in enumerate(words):
        if word == "a" and words[i + 1 : i + 2] == ["half"]:
            continue  # "one and a half million"
        if word == "half" and words[i + 1 : i + 2] and words[i + 1] in _SCALES:
            current += 0.5  # "half-billion", "a half million", "one and a half million"
        elif re.fullmatch(r"\d+(?:\.\d+)?", word):
            if previous[:1].isdigit():
                return None  # "26-28": two numbers (a range), not one to add up
            current += float(word)
        elif word == "dozen":  # "a dozen" is 12, "two dozen" 24
            current = max(current, 1.0) * 12
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _SCALES:
            current = (current or 1.0) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0.0
        elif word == "and":
            continue
        else:
            return None
        seen, previous = True, word
    return total + current if seen else None


# Scales a large round figure is written with, largest first.
_WRITTEN_SCALES = (("trillion", 10**12), ("billion", 10**9), ("million", 10**6))


def _scaled(value: float) -> list[str]:
    """A round figure of a million or more written with its scale word: "1.2 million"."""
    out = []
    for word, scale in _WRITTEN_SCALES:
        scaled = value / scale
        if scaled >= 1 and round(scaled, 3) == scaled:
            out.append(f"{scaled:g} {word}")
    return out


def readable(value: float) -> str:
    """A figure as a reader writes it: "1.2 million" (a round figure of a million or more),
    "900,000", "1,500", "3.5"."""
    scaled = _scaled(value)
    if scaled:
        return scaled[0]
    if value.is_integer():
        return f"{int(value):,}"
    if abs(value) < 1000:
        return f"{value:g}"
    # "136,927.07", not "136927" (six significant digits of %g).
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def written_forms(value: float) -> tuple[str, ...]:
    """How a text may write ``value`` in digits: "1,200,000", "1200000", "1.2 million"."""
    n = int(value) if value.is_integer() else value
    return tuple(dict.fromkeys([f"{n:,}", str(n), *_scaled(value)]))


__all__ = ["parse_number", "readable", "written_forms"]
