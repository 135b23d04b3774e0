"""The article among an HTML page's main-text blocks: body lists and tables kept, widgets out.

Takes the ``Block``s trafilatura found (``read.html``); gives the article text (paragraphs
separated by a blank line, the items of one list or rows of one table on lines of their own)
and how many blocks were dropped.  Trafilatura has already removed most navigation, so the
rules here are lighter than for plain text: a short unpunctuated line is only a label at the
edges of the text (bylines, datelines, tags); inside the body it is a list item, a schedule
line or a subheading and is kept.  What trafilatura keeps and an article never holds --
newsletter boxes, "Related stories" blocks with their teasers, share lines, cookie notices,
author contact lines -- is dropped by the rule table ``rules/widgets.json``.  Backend: plain
regular expressions (bounded, linear).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

from newsbrief.read.html import Block
from newsbrief.read.units import is_furniture, is_label, sanitize, text_units


def _load() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    path = resources.files("newsbrief.read").joinpath("rules/widgets.json")
    rules = json.loads(path.read_text(encoding="utf-8"))
    titles = "|".join(f"(?:{p})" for p in rules["block_titles"])
    return (
        re.compile(rf"(?:{titles})\s*[:：]?", re.IGNORECASE),
        re.compile(rf"^(?:{titles})\s*[:：|›»–—-]\s*\S", re.IGNORECASE),
        re.compile("^(?:" + "|".join(f"(?:{p})" for p in rules["short_lines"]) + ")", re.I),
        re.compile("|".join(f"(?:{p})" for p in rules["anywhere"]), re.IGNORECASE),
    )


_BLOCK_TITLE, _TITLE_PREFIX, _SHORT_WIDGET, _WIDGET_ANYWHERE = _load()
_MAX_WIDGET_WORDS = 60  # newsletter boxes and cookie notices run to ~50 words
_LINKED = 0.5  # a block with at least this share of link text is a link, not prose
_ALL_LINKS = 0.8  # a list whose items are (almost) all links is a teaser list or a menu
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Body:
    text: str
    words: int  # text units (``units.text_units``) of the main text before cleaning
    dropped: int  # blocks dropped as title, widgets, teasers, labels or repeats


def article_body(blocks: tuple[Block, ...], title: str | None, label_max_words: int) -> Body:
    """The article text of a page's main-text blocks."""
    units = [
        Block(b.kind, _SPACE.sub(" ", sanitize(b.text)).strip(), b.group, b.link_share)
        for b in blocks
    ]
    units = [b for b in units if b.text]
    words = sum(text_units(b.text) for b in units)
    before = len(units)
    if title:
        units = [b for b in units if b.text.casefold() != title.casefold()]
    units = _drop_teaser_blocks(units, label_max_words)
    units = [b for b in units if not _is_widget(b, label_max_words)]
    units = _drop_link_lists(units)
    units = _trim_labels(units, label_max_words)
    units = _drop_repeats(units)
    return Body(_join(units), words, before - len(units))


def _is_block_title(block: Block, label_max_words: int) -> bool:
    return (
        block.kind != "row"
        and text_units(block.text) <= label_max_words
        and bool(_BLOCK_TITLE.fullmatch(block.text))
    )


def _drop_teaser_blocks(blocks: list[Block], label_max_words: int) -> list[Block]:
    """A "Related stories" / "More from …" title, and the teasers after it, up to real prose.

    Teasers are the first list or table after the title, link lines, and short lines (a teaser
    headline or its one-line blurb).  A paragraph opening with such a title ("Read more: …")
    is a teaser when it is mostly link or short.
    """
    kept: list[Block] = []
    n = 0
    while n < len(blocks):
        block = blocks[n]
        if _is_teaser_line(block, label_max_words):
            n += 1
            continue
        if not _is_block_title(block, label_max_words):
            kept.append(block)
            n += 1
            continue
        n += 1
        group = None
        while n < len(blocks):
            teaser = blocks[n]
            if teaser.group is not None and group in (None, teaser.group):
                group = teaser.group
            elif not (
                teaser.link_share >= _LINKED
                or teaser.kind == "head"
                or text_units(teaser.text) <= label_max_words * 3 // 2
            ):
                break
            n += 1
    return kept


def _is_teaser_line(block: Block, label_max_words: int) -> bool:
    """ "Read more: <headline>" -- a teaser title and its link on one line."""
    return (
        block.group is None
        and bool(_TITLE_PREFIX.match(block.text))
        and (block.link_share >= 0.3 or text_units(block.text) <= 2 * label_max_words)
    )


def _is_widget(block: Block, label_max_words: int) -> bool:
    words = text_units(block.text)
    if block.kind == "row":  # table cells joined by " | " would read as a menu
        return False
    if words <= label_max_words and _SHORT_WIDGET.match(block.text):
        return True
    if words <= _MAX_WIDGET_WORDS and _WIDGET_ANYWHERE.search(block.text):
        return True
    if block.group is None and block.link_share >= _ALL_LINKS and words <= 2 * label_max_words:
        return True  # a lone link line: a teaser or a "see also"
    return is_furniture(block.text, label_max_words)


def _drop_link_lists(blocks: list[Block]) -> list[Block]:
    """Lists whose items are (almost) all link text: teaser lists and menus."""
    shares: dict[int, list[float]] = {}
    for block in blocks:
        if block.group is not None and block.kind == "item":
            shares.setdefault(block.group, []).append(block.link_share)
    linked = {g for g, s in shares.items() if sum(s) / len(s) >= _ALL_LINKS}
    return [b for b in blocks if b.group not in linked]


def _trim_labels(blocks: list[Block], label_max_words: int) -> list[Block]:
    """Labels at the edges (bylines, datelines, tags) and headings that head nothing."""

    def label(block: Block) -> bool:
        return block.group is None and (
            block.kind == "head" or is_label(block.text, label_max_words)
        )

    start, end = 0, len(blocks)
    while start < end and label(blocks[start]):
        start += 1
    while end > start and label(blocks[end - 1]):
        end -= 1
    body = blocks[start:end]
    # A heading followed by another heading heads nothing.
    return [
        b
        for n, b in enumerate(body)
        if not (b.kind == "head" and n + 1 < len(body) and body[n + 1].kind == "head")
    ]


def _drop_repeats(blocks: list[Block]) -> list[Block]:
    """Paragraphs seen before (a pull quote, a repeated standfirst); list and table lines may
    repeat."""
    seen: set[str] = set()
    kept: list[Block] = []
    for block in blocks:
        if block.group is None:
            key = block.text.casefold()
            if key in seen:
                continue
            seen.add(key)
        kept.append(block)
    return kept


def _join(blocks: list[Block]) -> str:
    parts: list[str] = []
    for n, block in enumerate(blocks):
        if n:
            same = block.group is not None and block.group == blocks[n - 1].group
            parts.append("\n" if same else "\n\n")
        parts.append(block.text)
    return "".join(parts)
