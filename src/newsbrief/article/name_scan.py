"""Names the tagger misses or mislabels, found with plain text rules (used by ``entities``).

Takes: article text.  Gives: spans with a name and a label, and acronym definitions.
Backend: bounded regular expressions (linear on any input); no spaCy.

- datelines: an all-capitals place opening a line before a dash ("BEIRUT —", "PORT
  ELMSWORTH, Norland (Wire) —") is a place (GPE), whatever the tagger made of it;
- defined acronyms: "Elmsworth Fire and Rescue Service (EFRS)" defines EFRS when its letters
  are the initials of the words before the parenthesis (function words may be skipped or
  used, a generic suffix like "Service" or "Corporation" may be left out of the acronym);
- lone acronyms: an all-capitals word ("NCC") anywhere, matched later against the story's
  names (``acronyms_of``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Words an acronym may skip or keep ("Bank of England" → BoE/BOE, "Doctors Without Borders").
FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "de", "al", "el", "&"})
# Generic last words that organisations often leave out of their acronym ("Northshore Chemical
# Corporation" → NCC).  Only a last word may be dropped, so "Corps" in "ARC" still counts.
GENERIC_SUFFIXES = frozenset({
    "corporation", "corp", "company", "co", "inc", "incorporated", "ltd", "limited", "plc",
    "llc", "group", "holdings", "service", "services",
})  # fmt: skip
# 2-6 capitals: shorter is a word ("A"), longer is usually shouting or a code, not a name.
_CAPS = r"[A-Z][A-Z&]{1,5}"
_DEFINED = re.compile(rf"\(({_CAPS})\)")
_LONE = re.compile(rf"(?<![\w.&-])({_CAPS})(?![\w&]|\.\w)")
# At most 8 words of name before the parenthesis: longer names are rarely abbreviated.
_NAME_BEFORE = re.compile(r"((?:[\w'’&.-]+[ \t]+){0,7}[\w'’&.-]+)[ \t]*$")
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3})"
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?"  # ", Country"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[—–-]{1,2}[ \t]",  # "(Reuters)", then the dash
    re.MULTILINE,
)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str
    label: str


def datelines(text: str) -> Iterator[Found]:
    """All-capitals places opening a line before a dash, shown in title case."""
    for m in _DATELINE.finditer(text):
        name = m.group(1)
        if len(name.replace(" ", "")) < 3:
            continue
        shown = " ".join(w[:1] + w[1:].lower() for w in name.split())
        yield Found(m.start(1), m.end(1), shown, "GPE")


def initials(words: list[str], *, keep_function: bool) -> str:
    """Upper-case initials of ``words``, with or without function words."""
    return "".join(
        w[0].upper()
        for w in words
        if w[:1].isalpha() and (keep_function or w.casefold() not in FUNCTION_WORDS)
    )


def acronyms_of(name: str) -> set[str]:
    """Every acronym ``name`` may go by: initials with or without function words, and with or
    without a generic last word ("Northshore Chemical Corporation" → NCC, NCCC)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2:
        return set()
    options = [words]
    if words[-1].casefold().rstrip(".") in GENERIC_SUFFIXES and len(words) > 2:
        options.append(words[:-1])
    found = set()
    for ws in options:
        for keep in (False, True):
            acr = initials(ws, keep_function=keep)
            if len(acr) >= 2:
                found.add(acr)
    return found


def defined_acronyms(text: str) -> Iterator[tuple[Found, Found]]:
    """``(name, acronym)`` pairs for "Long Name (LN)": the shortest run of capitalised words
    before the parenthesis whose initials spell the acronym."""
    for m in _DEFINED.finditer(text):
        acr = m.group(1)
        before = _NAME_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if before is None:
            continue
        words = list(re.finditer(r"[\w'’&.-]+", before.group(1)))
        for n in range(2, len(words) + 1):
            run = words[-n:]
            if not run[0].group(0)[:1].isupper():
                continue
            if acr in acronyms_of(" ".join(w.group(0) for w in run)):
                start = before.start(1) + run[0].start()
                end = before.start(1) + run[-1].end()
                long = Found(start, end, text[start:end], "ORG")
                yield long, Found(m.start(1), m.end(1), acr, "ORG")
                break


def lone_capitals(text: str) -> Iterator[tuple[int, int, str]]:
    """All-capitals words of 2-6 letters, with their offsets."""
    for m in _LONE.finditer(text):
        yield m.start(1), m.end(1), m.group(1)


__all__ = [
    "FUNCTION_WORDS",
    "GENERIC_SUFFIXES",
    "Found",
    "acronyms_of",
    "datelines",
    "defined_acronyms",
    "initials",
    "lone_capitals",
]
