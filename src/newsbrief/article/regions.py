"""Stretches of article text whose figures and dates are not the article's own statements.

Takes: article text.  Gives: sorted character spans of quoted speech and of page furniture
(content-farm lines such as "Read more: ...", "Advertisement", "Share this", "Tags: ...",
bylines; ``figures.json`` lists their openings).  A figure said inside quotation marks is
rhetoric ("a decade ago this town had three doctors"), and a "Read more" link's number is
another article's.  Plain, bounded regular expressions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsbrief.article.tables import FURNITURE

# Quotation marks; a straight mark says by what stands around it which way it faces.
_OPENS_AFTER = frozenset(" \t([{—–-/")
_CLOSES_BEFORE = frozenset(" \t.,;:!?)]}—–-")
# A quotation longer than this is a mark left unpaired, not a statement.
MAX_QUOTE_CHARS = 2000


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: ``text[start:end]`` with its marks; ``words`` between them.  One left
    open at the end of its paragraph runs on to it, as a quote that goes on into the next
    paragraph is written (the next paragraph opens with a mark of its own)."""

    start: int
    end: int
    words_start: int
    words_end: int


def quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation, in text order.  Marks pair within their paragraph, by the way each
    faces: curly marks by their shape, straight ones by their neighbours (web pages mix the
    two, “like this," and leave some open), so that one mark left unpaired cannot turn every
    later quotation of a page inside out.  Linear in the text: only marks and line ends are
    visited."""
    out: list[QuoteSpan] = []
    para = 0  # where the current paragraph starts
    opened: int | None = None
    # The mark that closes an open quotation in single marks ('‘I don’t know,’ she said'),
    # else "".
    single = ""
    # Quotations within the open one in the same curly marks (“We apologize to “Moonlight,”
    # and ...,” she said): their closing marks do not close it.
    inner = 0
    for match in _MARK_OR_LINE.finditer(text + "\n"):
        i, ch = match.start(), match.group(0)
        if ch == "\n":
            # A quotation in single marks is never left open: an unpaired one is an
            # apostrophe ("the ‘90s") or a slip, not speech running on.
            if opened is not None and not single and 1 <= i - opened - 1 <= MAX_QUOTE_CHARS:
                out.append(QuoteSpan(opened, i, opened + 1, i))
            para, opened, single, inner = i + 1, None, "", 0
            continue
        before = text[i - 1] if i > para else " "
        after = text[i + 1] if i + 1 < len(text) and text[i + 1] != "\n" else " "
        if single and opened is not None:
            # British style: an apostrophe inside a word ("don’t", "Kim’s") goes on; one
            # before a space or punctuation closes (a double mark inside is a quote within).
            if ch.startswith(single) and not (after.isalnum() or before.isspace()):
                if 1 <= i - opened - 1 <= MAX_QUOTE_CHARS:
                    out.append(QuoteSpan(opened, i + 1, opened + 1, i))
                opened, single = None, ""
            continue
        if ch in ("‘", "'"):
            # Opens before a word (a straight one before a capital: not "rock 'n' roll"),
            # after a space or bracket, outside any other quotation.
            word = after.isalpha() and (ch == "‘" or after.isupper())
            if opened is None and before in _OPENS_AFTER and word:
                opened, single = i, "’" if ch == "‘" else "'"
            continue
        if ch == "’" or (ch in ("’’", "''") and opened is None):
            continue  # an apostrophe; two outside a quotation close nothing
        if ch == "“" and opened is not None and text[opened] == "“":
            # A second opening mark: a quotation within when the paragraph still closes both
            # (and every other one open), else the first was never closed.
            end = text.find("\n", i)
            if text.count("”", i, len(text) if end < 0 else end) >= inner + 2:
                inner += 1
            else:
                opened, inner = i, 0
        elif ch == "“" or (ch == '"' and _opens(before, after, opened is not None)):
            opened = i  # a second opening mark: the first was never closed
        elif ch == "”" and inner:
            inner -= 1
        elif opened is not None:
            if 1 <= i - opened - 1 <= MAX_QUOTE_CHARS:
                out.append(QuoteSpan(opened, i + len(ch), opened + 1, i))
            opened = None
    return out


# Two apostrophes close a quotation in some papers' text ("“Evil Dead’’ is far less ...").
_MARK_OR_LINE = re.compile("’’|''|[“”\"\n‘’']")


def _opens(before: str, after: str, inside_quote: bool) -> bool:
    """Whether a straight mark opens a quotation: after a space or an opening bracket and
    before a word it does; before a space or punctuation it closes; otherwise it closes the
    quotation it is in, or opens one."""
    if before in _OPENS_AFTER and after not in _CLOSES_BEFORE:
        return True
    if after in _CLOSES_BEFORE and before not in _OPENS_AFTER:
        return False
    return not inside_quote


_FURNITURE_RE = re.compile(
    r"(?im)^[ \t]*(?:" + "|".join(re.escape(f) for f in FURNITURE) + r")\b[^\n]{0,300}$"
)


# A time stamp line ("Published 9 November 2025", "Updated: 14:02"): short, so that a paragraph
# opening "Published figures show ..." stays article text.
_STAMP_RE = re.compile(
    r"(?im)^[ \t]*(?:published|updated|last updated)(?:[ \t]+on)?:?[ \t][^\n]{1,40}$"
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in quote_spans(text)]


def furniture_spans(text: str) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in _FURNITURE_RE.finditer(text)]
    found += [(m.start(), m.end()) for m in _STAMP_RE.finditer(text)]
    return sorted(found)


def skipped_spans(text: str, own: bool) -> list[tuple[int, int]]:
    """What a finder of figures skips, sorted: page furniture, and quotations when it reads
    the article's own words only (``own``)."""
    return sorted([*(quoted_spans(text) if own else ()), *furniture_spans(text)])


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """True when ``offset`` lies in one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


__all__ = [
    "MAX_QUOTE_CHARS",
    "QuoteSpan",
    "furniture_spans",
    "inside",
    "quote_spans",
    "quoted_spans",
    "skipped_spans",
]
