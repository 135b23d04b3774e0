"""SGML newswire (DUC / TREC): text of ``<DOC>`` … ``</DOC>`` records -> RawDocument | Skipped.

A helper of ``ingest``.  One file may hold several DOCs.  ``<DOCNO>`` gives the id,
``<DATE_TIME>`` / ``<DATE>`` the date (else the date inside the DOCNO), ``<HEADLINE>`` the
title, and ``<TEXT>`` the body.  Wire conventions are turned into ordinary typography
(`` ``…'' `` quotes, also one a misprinted `` `` `` closes; `` _ `` dashes) and house
entities such as ``&Cx1f;`` are dropped, so the cleaner sees plain prose with blank lines
between paragraphs.

A DOC whose editors' note says that it is the text accompanying a map or graphic (the NYT
service's daily weather-map copy) is skipped as not an article: it reports no event, and
four weather maps a month apart, filed in four DUC 2003 event folders, read as one "story".
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped

_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.DOTALL)
_TAG = re.compile(r"<[^<>]{1,200}>")
_PARAGRAPH_TAG = re.compile(r"</?P>", re.IGNORECASE)
_ENTITY = re.compile(r"&[A-Za-z][A-Za-z0-9]*;")
# In wire copy a paragraph starts with an indented line; other lines are hard wraps.
_INDENTED = re.compile(r"\n(?=[ \t]+\S)")
_OPENING_TWO_APOSTROPHES = re.compile(r"(?:(?<=\s)|^)''(?=\w)", re.MULTILINE)
# NYT copy now and then closes a quote with the opening mark: "a welfare state,`` said Ann".
_WIRE_MARK = re.compile(r"``|''")
_PARAGRAPH_BREAK = re.compile(r"(\n\s*\n)")
# A compound hard-wrapped after its hyphen ("the 2,790-" / "kilometer border", "cross-" /
# "border"): the word before the hyphen and the word after it.
_HYPHEN_BREAK = re.compile(r"([^\W_][\w,.]*)-[ \t]*\n[ \t]*(?=([^\W_][\w]*))")
# Words after a suspended hyphen ("10-" / "to 15-year-olds", "pre-" / "and post-war").
_SUSPENDED = frozenset({"to", "or", "and", "nor", "but", "through", "versus", "vs", "via", "as"})
_DOCNO_DATE = re.compile(r"(?:19|20)\d{6}")
# "(Editors: The following text accompanies the weather map for Friday, Oct. 2, sent to
# computer graphics clients ...)": copy written for a graphic, not a news story.
_GRAPHIC_NOTE = re.compile(
    r"\(\s*Editors?\s*:\s*The\s+following\s+(?:text|copy|material)\s+accompan\w*\s+"
    r"(?:the|a|an|this)\s+(?:[\w-]+\s+){0,3}?(?:map|graphic|chart|table|locator)s?\b",
    re.IGNORECASE,
)


def read_sgml(
    source: str, text: str, normalize_date: Callable[[str], str | None]
) -> Iterator[RawDocument | Skipped]:
    """Every DOC in ``text``; ``source`` gains ``:LINE`` when the file holds more than one."""
    docs = list(_DOC.finditer(text))
    if not docs:
        yield Skipped(source, SkipReason.BAD_RECORD, f"{source}: no complete <DOC>…</DOC>")
        return
    for match in docs:
        where = source
        if len(docs) > 1:
            where = f"{source}:{text.count(chr(10), 0, match.start()) + 1}"
        yield _doc(where, match.group(1), normalize_date)
    # A DOC opened after the last complete one was cut (a truncated file): say so, by line.
    cut = text.find("<DOC>", docs[-1].end())
    if cut >= 0:
        line = text.count("\n", 0, cut) + 1
        yield Skipped(
            f"{source}:{line}",
            SkipReason.BAD_RECORD,
            f"{source}:{line}: <DOC> with no </DOC> (the file is cut here; "
            f"{len(docs)} complete DOCs before it were read)",
        )


def _doc(
    where: str, doc: str, normalize_date: Callable[[str], str | None]
) -> RawDocument | Skipped:
    bodies = [m.group(1) for m in re.finditer(r"<TEXT>(.*?)</TEXT>", doc, re.DOTALL)]
    body = "\n\n".join(filter(None, (_prose(b) for b in bodies)))
    if not body:
        return Skipped(where, SkipReason.BAD_RECORD, f"{where}: DOC has no <TEXT> content")
    doc_id = _element(doc, "DOCNO")
    preamble = doc.split("<TEXT>", 1)[0]
    if note := _GRAPHIC_NOTE.search(preamble):
        what = " ".join(note.group().split()).lstrip("( ")
        return Skipped(
            where,
            SkipReason.NOT_ARTICLE,
            f"{where}: copy for a graphic, not a news story (its note: {what!r})",
        )
    raw_date = _element(doc, "DATE_TIME") or _element(doc, "DATE")
    published = normalize_date(raw_date) if raw_date else None
    if published is None and doc_id:
        # DUC 2004 / TREC DOCNOs carry the wire date: "APW19981017.0151".
        found = _DOCNO_DATE.search(doc_id)
        published = normalize_date(found.group()) if found else None
    return RawDocument(
        source=where,
        kind="sgml",
        body=body,
        doc_id=doc_id,
        title=_element(doc, "HEADLINE"),
        published=published,
    )


def wrapped_hyphen(before: str, after: str) -> bool:
    """Whether a line ending in ``before`` + "-" and the next starting with ``after`` (both
    words) are one compound wire copy broke at its hyphen: not before a suspended hyphen's
    "to" or "and", nor a dash before a new sentence ("over-" / "Nobody"); a capital joins only
    a capitalised word ("Varga-" / "Ostrova")."""
    if after.casefold() in _SUSPENDED or not before or not after:
        return False
    return before[0].isupper() or not after[0].isupper()


def join_wrapped(text: str) -> str:
    """``text`` with each compound broken at its hyphen by a line end written whole."""
    return _HYPHEN_BREAK.sub(lambda m: f"{m[1]}-" if wrapped_hyphen(m[1], m[2]) else m[0], text)


def _element(doc: str, name: str) -> str | None:
    match = re.search(rf"<{name}>(.*?)</{name}>", doc, re.DOTALL)
    if match is None:
        return None
    value = " ".join(_unentity(_TAG.sub(" ", match.group(1))).split())
    return value or None


def _misprinted_closings(paragraph: str) -> str:
    """A double backtick that ends a quote the paragraph opened, right after a word or a stop
    and before a space or the paragraph's end, is the closing mark ("``We will go,`` she said");
    one glued to the word before it with no quote open still opens ("said:``We")."""
    opened = False

    def mark(m: re.Match[str]) -> str:
        nonlocal opened
        before, after = paragraph[m.start() - 1 : m.start()], paragraph[m.end() : m.end() + 1]
        closes = m.group() == "''" or (
            opened and (before.isalnum() or before in ".,;!?") and (not after or after.isspace())
        )
        opened = not closes
        return "”" if m.group() == "``" and closes else m.group()

    return _WIRE_MARK.sub(mark, paragraph)


def _unentity(text: str) -> str:
    return _ENTITY.sub("", html.unescape(text))


def _prose(text: str) -> str:
    """Wire text as paragraphs separated by blank lines, typography normalised."""
    text = _PARAGRAPH_TAG.sub("\n\n", text)
    text = _INDENTED.sub("\n\n", text.replace("\r\n", "\n"))
    text = join_wrapped(_unentity(_TAG.sub(" ", text)))
    # AP sometimes opens a quote with '' as well: '' after a space or at a start opens.
    text = "".join(_misprinted_closings(p) for p in _PARAGRAPH_BREAK.split(text))
    text = _OPENING_TWO_APOSTROPHES.sub("“", text.replace("``", "“"))
    text = text.replace("''", "”").replace(" _ ", " — ")
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


__all__ = ["join_wrapped", "read_sgml", "wrapped_hyphen"]
