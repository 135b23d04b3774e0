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

from newsbrief.article.tables import FURNITURE

# A quotation: curly or straight marks around it; or a mark left open at the end of its
# paragraph, as a quote that runs on into the next paragraph is written (the next paragraph
# opens with a mark of its own).  Straight marks do not say which way they face, so they pair
# within a paragraph: one left open there would otherwise pair with the next paragraph's
# opening mark and turn every quote after it inside out (web pages write straight marks).
QUOTE_RE = re.compile(
    r"“[^“”]{1,2000}”|“[^“”\n]{1,2000}(?=\n|\Z)|\"[^\"\n]{1,2000}\"|\"[^\"\n]{1,2000}(?=\n|\Z)"
)
_FURNITURE_RE = re.compile(
    r"(?im)^[ \t]*(?:" + "|".join(re.escape(f) for f in FURNITURE) + r")\b[^\n]{0,300}$"
)


# A time stamp line ("Published 9 November 2025", "Updated: 14:02"): short, so that a paragraph
# opening "Published figures show ..." stays article text.
_STAMP_RE = re.compile(
    r"(?im)^[ \t]*(?:published|updated|last updated)(?:[ \t]+on)?:?[ \t][^\n]{1,40}$"
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]


def furniture_spans(text: str) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in _FURNITURE_RE.finditer(text)]
    found += [(m.start(), m.end()) for m in _STAMP_RE.finditer(text)]
    return sorted(found)


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """True when ``offset`` lies in one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


__all__ = ["QUOTE_RE", "furniture_spans", "inside", "quoted_spans"]
