"""HTML pages: parse whole, let trafilatura find the main text, keep its structure as blocks.

Takes the markup of one page; gives the page's main-text ``Block``s (paragraphs, headings,
list items, table rows, in reading order, with how much of each is link text) and its title,
date and canonical URL, or the reason it has none.  ``clean`` decides which blocks are the
article.  Backend: lxml parses the page (``huge_tree``: nesting up to 2,048 levels and text
nodes over 10 MB are read whole, where the default parser silently stops at 256 levels and
10 MB), trafilatura's ``bare_extraction`` takes the parsed tree.  Memory is bounded by the
input, which ingest caps (``IngestSettings.max_file_bytes``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from newsbrief.errors import MissingDependency

BlockKind = Literal["p", "head", "item", "row"]


@dataclass(frozen=True)
class Block:
    """One unit of a page's main text.  ``group`` numbers the list or table it belongs to."""

    kind: BlockKind
    text: str
    group: int | None = None
    link_share: float = 0.0  # the share of its characters that are link text


@dataclass(frozen=True)
class Page:
    blocks: tuple[Block, ...]
    title: str | None
    date: str | None
    url: str | None


# Generic containers: the tags that pile up in pathologically nested pages.  Dropping them keeps
# the text and the blocks that matter (p, li, tr, h*, article).
_CONTAINERS = re.compile(
    rb"</?(?:div|span|font|section|center|b|i|u|em|strong|small|big)\b[^>]*>", re.IGNORECASE
)
_SPACE = re.compile(r"\s+")


class PageError(Exception):
    """A page that cannot be read whole; the message says why (it becomes a skip detail)."""


def parse(body: str) -> Any:
    """The lxml tree of ``body``, read whole, or ``PageError`` when that is not possible.

    libxml2 stops at 2,048 levels of nesting even with ``huge_tree``; such a page is parsed
    again without its generic containers (div, span, …) before it is given up on.
    """
    try:
        import lxml.html  # type: ignore[import-untyped]
        from lxml import etree
    except ImportError as exc:  # trafilatura depends on lxml; only a broken install lacks it
        raise MissingDependency("lxml") from exc
    data = body.encode("utf-8", "surrogatepass")
    # An XML declaration naming another encoding would make libxml2 misread the UTF-8 bytes.
    data = re.sub(rb"^\s*<\?xml[^>]*>", b"", data, count=1)
    for attempt in (data, _CONTAINERS.sub(b" ", data)):
        parser = lxml.html.HTMLParser(
            encoding="utf-8",
            huge_tree=True,
            recover=True,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
            default_doctype=False,
        )
        try:
            tree = lxml.html.fromstring(attempt, parser=parser)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
            raise PageError(f"HTML could not be parsed ({exc})") from exc
        limits = [e for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]
        if not limits:
            return tree
    raise PageError(
        "page exceeds the HTML parser's limits even read as a huge tree "
        f"({limits[0].message.strip()}); its text cannot be read whole"
    )


def extract(body: str, url: str | None) -> Page | None:
    """The main text of a page as blocks, with its metadata; None when it has no main text."""
    try:
        import trafilatura
    except ImportError as exc:  # a core dependency; only a broken install lacks it
        raise MissingDependency("trafilatura") from exc
    tree = parse(body)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_formatting=True,
        include_links=True,  # link density tells teaser lists from body lists
        deduplicate=False,  # trafilatura's dedup cache is process-wide state; we dedup later
    )
    root = getattr(doc, "body", None) if doc is not None else None
    blocks = tuple(_blocks(root)) if root is not None else ()
    if not any(b.text for b in blocks):
        return None
    return Page(
        blocks=blocks,
        title=_text_or_none(getattr(doc, "title", None)),
        date=_text_or_none(getattr(doc, "date", None)),
        url=_text_or_none(getattr(doc, "url", None)),
    )


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _blocks(root: Any) -> list[Block]:
    """Trafilatura's XML (p, head, list/item, table/row/cell, lb, ref, …) as flat blocks."""
    out: list[Block] = []
    groups = 0
    loose = _norm(root.text)
    if loose:
        out.append(Block("p", loose))
    for child in root:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "list":
            groups += 1
            for item in child.iter("item"):
                text, links = _own_text(item, skip=("list",))
                if text:
                    out.append(Block("item", text, groups, links))
        elif tag == "table":
            groups += 1
            for row in child.iter("row"):
                cells = [_own_text(cell, skip=())[0] for cell in row.iter("cell")]
                cells = [c for c in cells if c]
                if cells:
                    out.append(Block("row", " | ".join(cells), groups, 0.0))
        elif tag in ("graphic", "lb"):
            pass
        else:
            kind: BlockKind = "head" if tag == "head" else "p"
            lines = _lines(child)
            if len(lines) > 1:  # a paragraph of <br>-separated lines: addresses, schedules
                groups += 1
            for text, links in lines:
                out.append(Block(kind, text, groups if len(lines) > 1 else None, links))
        tail = _norm(child.tail)
        if tail:
            out.append(Block("p", tail))
    return out


def _norm(text: str | None) -> str:
    return _SPACE.sub(" ", text).strip() if text else ""


def _own_text(element: Any, skip: tuple[str, ...]) -> tuple[str, float]:
    """The text of ``element`` (without nested ``skip`` elements) and its link share."""
    parts: list[str] = []
    linked = 0

    def walk(el: Any, in_link: bool) -> None:
        nonlocal linked
        if el.text:
            parts.append(el.text)
            linked += len(el.text.strip()) if in_link else 0
        for sub in el:
            if isinstance(sub.tag, str) and sub.tag in skip:
                pass
            else:
                walk(sub, in_link or sub.tag == "ref")
            if sub.tail:
                parts.append(sub.tail)
                linked += len(sub.tail.strip()) if in_link else 0

    walk(element, element.tag == "ref")
    text = _norm("".join(parts))
    return text, (min(1.0, linked / len(text)) if text else 0.0)


def _lines(element: Any) -> list[tuple[str, float]]:
    """A paragraph split at its line breaks (``lb``), each line with its link share."""
    if element.find(".//lb") is None:
        text, links = _own_text(element, skip=())
        return [(text, links)] if text else []
    lines: list[list[str]] = [[]]
    linked = [0]

    def walk(el: Any, in_link: bool) -> None:
        if el.text:
            lines[-1].append(el.text)
            linked[-1] += len(el.text.strip()) if in_link else 0
        for sub in el:
            if sub.tag == "lb":
                lines.append([])
                linked.append(0)
            else:
                walk(sub, in_link or sub.tag == "ref")
            if sub.tail:
                lines[-1].append(sub.tail)
                linked[-1] += len(sub.tail.strip()) if in_link else 0

    walk(element, False)
    out: list[tuple[str, float]] = []
    for parts, link_chars in zip(lines, linked, strict=True):
        text = _norm("".join(parts))
        if text:
            out.append((text, min(1.0, link_chars / len(text))))
    return out
