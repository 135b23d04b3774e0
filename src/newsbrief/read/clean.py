"""Cleaning: RawDocument -> Article | Skipped, and the sentence splitter.

Takes a ``RawDocument`` from ``ingest`` and gives an ``Article`` (main text only, title,
published date with its provenance, sentences with character offsets) or a ``Skipped`` when
too little article text is left.  HTML main-text extraction happens here (trafilatura), so
ingest stays a pure reader and RawDocument keeps the markup.  No model, no network.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsbrief.errors import SkipReason
from newsbrief.models import Article, Provenance, RawDocument, Sentence, Skipped
from newsbrief.read.html import PageError, extract
from newsbrief.read.notices import notice_kind
from newsbrief.read.sgml import wrapped_hyphen
from newsbrief.read.text import not_future
from newsbrief.read.units import (
    CJK_CHARS,
    ends_terminal,
    introduces_quote,
    is_furniture,
    is_label,
    looks_like_headline,
    sanitize,
    text_units,
    title_case,
    unglued,
)
from newsbrief.read.widgets import Body, article_body
from newsbrief.settings import CleanSettings

# sanitize, is_furniture, is_label and text_units live in ``read.units``; they are part of
# this module's interface too.
__all__ = [
    "clean",
    "clean_text",
    "is_furniture",
    "is_label",
    "looks_like_headline",
    "outlet_of",
    "sanitize",
    "split_sentences",
    "text_units",
    "web_url",
]

# Abbreviations a period never ends a sentence after: titles and months that precede a name or
# a number.  Matched against the whole word before the period, ignoring case.
_ABBREVIATIONS = re.compile(
    r"mr|mrs|ms|messrs|dr|prof|gens?|col|lt|sgt|cpl|pvt|capt|maj|adm|cmdr|brig|gov|sens?|reps?|"
    r"st|mt|ft|rev|hon|pres|supt|insp|det|jr|sr|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
    r"vs|v|approx|dept|univ|ave|blvd|fig",
    re.IGNORECASE,
)
# "No. 2" is an abbreviation, "said no. The" is not: these count only before a number.
_NUMBER_ABBREVIATIONS = re.compile(r"nos?", re.IGNORECASE)
# After a dotted acronym (U.S., U.N., a.m.) a period may still end the sentence; it does when
# the next word is one that usually opens one.
_SENTENCE_OPENERS = re.compile(
    r"the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|but|and|in|on|at|his|her|"
    r"their|its|our|after|before|when|while|meanwhile|however",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"(?P<punct>[.!?…]+)(?P<closers>[\"'’”)\]]*)(?=\s)")
# Chinese and Japanese end a sentence with a full-width 。！？ and write no space after it; a
# closing quote or bracket stays with the sentence.  Inside 「…」 or （…） a quoted sentence
# does not end the sentence that quotes it.
_CJK_TERMINAL = re.compile(r"[。！？!?]*[。！？][!?]*[」』”’）)\]]*")
_CJK_OPEN = "「『（“"
_CJK_CLOSE = "」』）”"
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_OPENERS = "\"“‘'`([«"
_LINE = re.compile(r"[^\n]+")
_NEXT_WORD = re.compile(r"\s+(\S+)")
_LOOK_BACK = 40  # longer than any abbreviation or dotted acronym we test for


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character offsets of the sentences of ``text``: ``text[s:e]`` is one sentence.

    Spans are stripped of surrounding whitespace and never empty.  A newline always ends a
    sentence; inside a line a sentence ends at . ! ? (plus closing quotes/brackets) followed by
    whitespace and a capital, digit or opening quote -- unless the period belongs to an
    abbreviation, an initial, a dotted acronym mid-sentence, or an ellipsis.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for cut in _line_boundaries(text, line.start(), line.end()):
            _add_span(text, start, cut, spans)
            start = cut
        _add_span(text, start, line.end(), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _line_boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets (just after the terminal punctuation) where sentences end inside one line."""
    cuts: list[int] = []
    for match in _TERMINAL.finditer(text, start, end):
        following = _NEXT_WORD.match(text, match.end(), end)
        next_word = following.group(1) if following else ""
        # Only the word right before the period matters; a bounded look-back keeps long
        # lines linear.
        before = text[max(start, match.start() - _LOOK_BACK) : match.start()]
        if next_word and _ends_sentence(before, match, next_word):
            cuts.append(match.end())
    if _HAS_CJK_STOP.search(text, start, end):
        cuts = sorted(set(cuts) | set(_cjk_boundaries(text, start, end)))
    return cuts


_HAS_CJK_STOP = re.compile("[。！？]")


def _cjk_boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets just after 。！？ (and closers) with more text after, outside 「」 / （） quotes."""
    cuts: list[int] = []
    depth = 0
    position = start
    for match in _CJK_TERMINAL.finditer(text, start, end):
        segment = text[position : match.start()]
        depth += sum(segment.count(c) for c in _CJK_OPEN)
        depth -= sum(segment.count(c) for c in _CJK_CLOSE)
        # A quote that closes right after the stop (「…。」) was quoted by this sentence.
        quoted = depth > 0
        depth = max(depth - sum(match.group().count(c) for c in _CJK_CLOSE), 0)
        position = match.end()
        if not quoted and depth == 0 and text[match.end() : end].strip():
            cuts.append(match.end())
    return cuts


def _ends_sentence(before: str, match: re.Match[str], next_word: str) -> bool:
    first = next_word[0]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    punct = match.group("punct")
    if punct.startswith("...") or punct == "…":
        # An ellipsis marks words left out ("succumbed ... and asked"), not an end, unless a
        # quote closes right after it.
        return bool(match.group("closers"))
    if punct != ".":
        return True
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    word = word.lstrip(_OPENERS)
    # "the Aug. 23-Sept. 5 issue": the word after a range's dash is the abbreviation.
    if _ABBREVIATIONS.fullmatch(word) or _ABBREVIATIONS.fullmatch(re.split(r"[-–]", word)[-1]):
        return False
    if _NUMBER_ABBREVIATIONS.fullmatch(word) and first.isdigit():
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return False
    if _DOTTED_ACRONYM.match(word):  # "U.S." / "a.m.": the word is "U.S" before the period
        return bool(_SENTENCE_OPENERS.fullmatch(re.split(r"\W", next_word, maxsplit=1)[0]))
    return True


# --- cleaning -------------------------------------------------------------------------------

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_INLINE_SPACE = re.compile(r"[^\S\n]+")
# Plain text hard-wrapped at 70-80 columns has lines of 50+ characters; menus are shorter.
_WRAP_MIN_CHARS = 50
# A later pass only sees neighbours made adjacent by removals in the one before; the
# idempotence property test reaches a fixpoint within this bound.
_MAX_PASSES = 3


def clean_text(body: str, *, label_max_words: int) -> str:
    """The article text of ``body``: furniture, labels and repeats removed, paragraphs joined.

    Paragraphs come back separated by a blank line.  Cleaning is repeated until nothing
    changes (at most a few passes), so cleaning the result again gives the same text.
    """
    text = sanitize(body)
    for _ in range(_MAX_PASSES):
        cleaned = _join(_clean_units(_units(text, label_max_words), label_max_words))
        if cleaned == text:
            break
        text = cleaned
    return text


def _join(units: list[str]) -> str:
    return "\n\n".join(units)


def _clean_units(units: list[str], label_max_words: int) -> list[str]:
    units = [unglued(u) for u in units if not is_furniture(u, label_max_words)]
    units = _rejoin_broken(units)
    units = [
        u
        for i, u in enumerate(units)
        if introduces_quote(u, units[i + 1 : i + 2]) or not is_label(u, label_max_words)
    ]
    return _drop_repeats(_rejoin_broken(units))


def _units(text: str, label_max_words: int) -> list[str]:
    """Split into paragraphs; lines of a hard-wrapped paragraph are joined back together."""
    units: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [_INLINE_SPACE.sub(" ", line).strip() for line in block.split("\n")]
        paragraph: list[str] = []
        words = 0
        for line in filter(None, lines):
            if paragraph and not _continues(paragraph[-1], words, line, label_max_words):
                units.append(_join_lines(paragraph))
                paragraph, words = [], 0
            paragraph.append(line)
            words += text_units(line)
        if paragraph:
            units.append(_join_lines(paragraph))
    return [unit for unit in map(_drop_leading_label, units) if unit]


# A box label glued to the first line of what it labels: CNN's "Story highlights Russian
# defense minister says ...", the New York Times' "Image The White House’s spokeswoman ..."
# (where a picture stood).  The label goes; the line stays (it may be the headline).
_LEADING_LABEL = re.compile(
    r"^(?i:story highlights)\s*:?\s*|^Image\s+(?=(?:The|A|An|In|At|On|From)\s)"
)


def _drop_leading_label(unit: str) -> str:
    return _LEADING_LABEL.sub("", unit)


def _join_lines(lines: list[str]) -> str:
    """A hard-wrapped paragraph's lines as one; a line ending in a compound's hyphen joins the
    next without a space ("cross-" / "border"), unless the hyphen is suspended ("10-" / "to
    15-year-olds")."""
    text = lines[0]
    for line in lines[1:]:
        before = text[:-1].rsplit(None, 1)[-1] if text.endswith("-") and text[:-1] else ""
        wrapped = bool(before) and wrapped_hyphen(before, line.split(None, 1)[0])
        text += line if wrapped else " " + line
    return text


def _continues(previous: str, words_so_far: int, line: str, label_max_words: int) -> bool:
    """Whether ``line`` continues the paragraph ending in ``previous`` (a hard wrap).

    It does when the previous line stops mid-sentence and this line starts in lower case, or
    the previous line is as long as wrapped prose and not a title-case headline, or the
    paragraph so far is too long to be a label.
    """
    if ends_terminal(previous):
        return False
    if line[0].islower():
        return True
    if title_case(previous.split()):
        return False
    return len(previous) >= _WRAP_MIN_CHARS or words_so_far > label_max_words


def _rejoin_broken(units: list[str]) -> list[str]:
    """Join a paragraph cut mid-sentence to its lower-case continuation ("for the" | "talks".)."""
    groups: list[list[str]] = []
    for unit in units:
        if groups and not ends_terminal(groups[-1][-1]) and unit[0].islower():
            groups[-1].append(unit)
        else:
            groups.append([unit])
    return [" ".join(group) for group in groups]


def _drop_repeats(units: list[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for unit in units:
        key = unit.casefold()
        if key not in seen:
            seen.add(key)
            kept.append(unit)
    return kept


# --- the stage ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parts:
    """What cleaning starts from once HTML has been extracted."""

    body: str
    title: str | None
    title_from: Provenance
    published: str | None
    published_from: Provenance
    url: str | None
    # HTML only: the article text already chosen from the page's blocks (``read.widgets``),
    # and the size of the page's main text before that.
    html: Body | None = None


def clean(raw: RawDocument, *, settings: CleanSettings) -> Article | Skipped:
    """Turn one raw record into an article, or say why it has no article text.

    Title: the record's own title, else (plain text and JSONL text) its first line when that
    reads like a headline, else for HTML the page metadata.  Published date: the record's, with
    provenance "header" for text files and "field" for structured records, else HTML metadata.
    Length is counted in ``text_units`` (words; a Han or kana character is one unit).
    """
    parts = _html_parts(raw, settings) if raw.kind == "html" else _plain_parts(raw, settings)
    if isinstance(parts, Skipped):
        return parts
    if parts.html is not None:
        text = parts.html.text
    else:
        text = clean_text(parts.body, label_max_words=settings.label_max_words)
        if parts.title:
            title = parts.title.casefold()
            text = _join([u for u in text.split("\n\n") if u.casefold() != title])
    words = text_units(text)
    if words < settings.min_words:
        if parts.html is not None:
            detail = (
                f"only {words} words of article text left of the {parts.html.words} in the "
                f"page's main text after removing navigation, labels and widgets"
            )
        else:
            detail = f"only {words} words of article text left after removing navigation and labels"
        return Skipped(
            raw.source,
            SkipReason.NO_ARTICLE,
            f"{raw.source}: {detail} (need at least {settings.min_words})",
        )
    if words > settings.max_words:
        return Skipped(
            raw.source,
            SkipReason.TOO_LARGE,
            f"{raw.source}: {words} words is longer than any news article (the limit is "
            f"{settings.max_words}; raise CleanSettings.max_words to read it)",
        )
    # The title counts: a notice's first line often reads like a headline and was taken as one,
    # or like a label ("The seed for Wide00014 was:") and was dropped as one.
    notice = notice_kind(f"{parts.title}\n\n{text}" if parts.title else text) or notice_kind(
        parts.body[:_NOTICE_OPENING]
    )
    if notice is not None:
        return Skipped(
            raw.source,
            SkipReason.NOT_ARTICLE,
            f"{raw.source}: a {notice}, not an article ({_opening(text)} …)",
        )
    return Article(
        id=raw.doc_id or "a" + hashlib.sha256(text.encode()).hexdigest()[:12],
        source=raw.source,
        text=text,
        sentences=tuple(Sentence(s, e, text[s:e]) for s, e in split_sentences(text)),
        title=parts.title,
        title_from=parts.title_from if parts.title else "none",
        published=not_future(parts.published),
        published_from=parts.published_from if not_future(parts.published) else "none",
        url=web_url(parts.url),
        outlet=outlet_of(web_url(parts.url)),
        story_hint=raw.story,
    )


_CJK_RUN = re.compile(f"[{CJK_CHARS}]{{9,}}")


# How much of a page's opening a notice is looked for in before cleaning.
_NOTICE_OPENING = 600


def _opening(text: str) -> str:
    """The first few words of ``text`` (the first 8 characters of a run of Han or kana)."""
    words = text.split()[:8]
    return " ".join(_CJK_RUN.sub(lambda m: m.group()[:8], w) for w in words)


def outlet_of(url: str | None) -> str | None:
    """The site a URL belongs to ("www.reuters.com/x" -> "reuters.com"), None without one."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # "http://[::1": not a URL at all
        return None
    return host.removeprefix("www.") if host else None


# Only web addresses are kept: "javascript:" or "data:" in a record's url field is hostile
# (it would run or embed something where a reader expects a link).
_WEB_SCHEMES = ("http://", "https://")


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address (or has no scheme), else None."""
    if not url:
        return None
    url = url.strip()
    head = url[:12].casefold()
    if head.startswith(_WEB_SCHEMES) or ("://" not in url and ":" not in url.split("/", 1)[0]):
        return url
    return None


def _plain_parts(raw: RawDocument, settings: CleanSettings) -> _Parts:
    # A text file's metadata came from its `date`/`title` header lines; SGML and JSONL give
    # fields of a structured record.
    given: Provenance = "header" if raw.kind == "text" else "field"
    body = sanitize(raw.body)
    title = _clean_title(raw.title)
    title_from: Provenance = given
    if title is None and raw.kind in ("text", "jsonl"):
        title, body = _first_line_title(body, settings.label_max_words)
        title_from = "first-line"
    return _Parts(body, title, title_from, raw.published, given, raw.url)


# A headline says what happened; a site name or section label ("Coastal Roundup", "World")
# is shorter.  Four words separates them on the samples and the demo corpus.
_MIN_HEADLINE_WORDS = 4


_DATE_LINE = re.compile(
    r"(?:(?:posted|published|updated):?\s+(?:on\s+)?)?(?:[a-z]+day,?\s+)?[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    # A page's relative time stamp: "2 years ago", "Updated 5 hours ago".
    r"|(?:(?:updated|posted|published)\s+)?(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|year)s?"
    r"\s+ago",
    re.IGNORECASE,
)


def _first_line_title(body: str, label_max_words: int) -> tuple[str | None, str]:
    """The headline among the lines before the prose starts, and the body without it.

    Scraped pages often open with a site name or section label before the headline, so the
    first headline-like line of at least four words wins; failing that, the first line when it
    reads like a headline.
    """
    units = [u for u in _units(body, label_max_words) if not is_furniture(u, label_max_words)]
    lead: list[int] = []
    for n, unit in enumerate(units):
        if _DATE_LINE.fullmatch(unit):
            continue  # "April 10th, 2016": a blog's date line, no headline
        if not looks_like_headline(unit):
            break
        lead.append(n)
    best = next((n for n in lead if len(units[n].split()) >= _MIN_HEADLINE_WORDS), None)
    if best is None and lead:
        best = lead[0]
    if best is None:
        return None, _join(units)
    return units[best], _join(units[:best] + units[best + 1 :])


def _clean_title(title: str | None) -> str | None:
    if title is None:
        return None
    return _INLINE_SPACE.sub(" ", sanitize(title).replace("\n", " ")).strip() or None


def _html_parts(raw: RawDocument, settings: CleanSettings) -> _Parts | Skipped:
    """Main text, title and date of an HTML page, found by trafilatura."""
    try:
        page = extract(raw.body, raw.url)
    except PageError as exc:
        return Skipped(raw.source, SkipReason.TOO_LARGE, f"{raw.source}: {exc}")
    if page is None:
        return Skipped(
            raw.source,
            SkipReason.NO_ARTICLE,
            f"{raw.source}: no main text found in page (only navigation, or an empty page)",
        )
    title = _clean_title(raw.title) or _clean_title(page.title)
    return _Parts(
        body="",
        title=title,
        title_from="field" if raw.title else "html-meta",
        published=raw.published or page.date,
        published_from="field" if raw.published else "html-meta",
        # The page's canonical URL names the outlet when the input did not say where it was from.
        url=raw.url or page.url,
        html=article_body(page.blocks, title, settings.label_max_words),
    )


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
