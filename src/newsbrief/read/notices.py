"""Pages that are not articles at all: web-archive notices, parked domains, script walls.

Takes cleaned page text; gives the kind of notice it is, or None.  A crawl or a scraped data
set is full of such pages (Multi-News alone has 28 Internet Archive notices standing in for
lost articles).  They are identical across unrelated stories, so kept as articles they would
be grouped together and cited as sources.  Backend: the table below, plain regular
expressions (bounded, linear).

A page is a notice when one of these phrases opens it (within ``_LEAD_CHARS``) or when it is
short (under ``_SHORT_WORDS`` words) and holds one: an article *about* the Internet Archive
or about JavaScript quotes such phrases deep in a long text, not as its opening.
"""

from __future__ import annotations

import re
from types import MappingProxyType

# Notice kind -> phrases that only such pages write (case-insensitive).
NOTICES = MappingProxyType(
    {
        "web archive notice": (
            r"alexa internet has been donating (?:their|its) crawl data",
            r"these crawls are part of an effort to archive pages",
            r"this data is currently not publicly accessible",
            r"the warc files associated with this crawl",
            r"the seed for wide\d+ was",
            r"these files are currently not publicly accessible",
            r"crawl of outlinks from [\w.-]+ started",
            r"web wide crawl with initial seed ?list",
            r"web collections curated by [^.\n]{1,80} using the archive-it service",
        ),
        "social media widget": (
            r"you can add location information to your tweets",
            r"when you tweet with a location, twitter stores that location",
            r"\A\s*(?:tweet with a location|add a location to your tweets)\b",
        ),
        "parked or unconfigured domain": (
            r"your custom domain mapping may take",
            r"this domain (?:name )?(?:is|may be) for sale",
            r"buy this domain",
        ),
        "script or browser wall": (
            r"you need to enable javascript to (?:run|use|view)",
            # Not a video player's placeholder over an article ("Please enable Javascript to
            # watch this video"): the page goes on.
            r"please enable javascript (?:to (?!watch\b)|in your browser)",
            r"your browser (?:is not supported|does not support javascript)",
        ),
        "error page": (
            r"\b404\b[^\n]{0,40}\bnot found\b",
            r"the page you (?:requested|are looking for) (?:could not|cannot|can't) be found",
        ),
    }
)
_PATTERNS = tuple((kind, re.compile("|".join(p), re.IGNORECASE)) for kind, p in NOTICES.items())
_LEAD_CHARS = 300  # a notice opens the page (after a line or two of leftover furniture)
_SHORT_WORDS = 150  # a page this short holding a notice phrase is that notice


def notice_kind(text: str) -> str | None:
    """The kind of non-article page ``text`` is, or None for a page that may be an article."""
    short = len(text.split()) < _SHORT_WORDS
    for kind, pattern in _PATTERNS:
        match = pattern.search(text, 0, len(text) if short else _LEAD_CHARS + 200)
        if match and (short or match.start() < _LEAD_CHARS):
            return kind
    return None


__all__ = ["NOTICES", "notice_kind"]
