"""The data model: plain frozen dataclasses that flow one way through the pipeline.

RawDocument --clean--> Article | Skipped --cluster--> Story --analyse/summarize--> StoryBrief
--render--> Markdown / JSON / HTML.  Every fact a user sees carries Citations: an article id
plus character offsets into that article's cleaned ``text``.

Nothing in here does work beyond small derived properties; stage logic lives in stage modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newsbrief.errors import SkipReason

# Where a piece of metadata came from, so a reader can judge how far to trust it.
Provenance = Literal[
    "header",  # a `date …` / `title …` first line of a plain-text file
    "field",  # an explicit field of a structured record (JSONL `published`, SGML DATE_TIME)
    "html-meta",  # HTML metadata found by trafilatura
    "first-line",  # the first line of a text file taken as its title
    "story",  # borrowed from the other articles of the story (see timeline)
    "none",
]

InputKind = Literal["text", "html", "jsonl", "sgml"]


@dataclass(frozen=True)
class RawDocument:
    """One input record before cleaning.

    ``source`` names where it came from precisely enough to find it again: a path, and for
    multi-record files ``path:line``.  ``body`` is decoded text (HTML markup kept for ``html``).
    """

    source: str
    kind: InputKind
    body: str
    doc_id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    story: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """A cleaned article.  ``id`` is a hash of the cleaned text (or the record's own id)."""

    id: str
    source: str
    text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    title_from: Provenance = "none"
    published: str | None = None  # ISO date, YYYY-MM-DD
    published_from: Provenance = "none"
    url: str | None = None
    outlet: str | None = None
    language: str = "en"
    story_hint: str | None = None  # an explicit story label from the input (JSONL `story`)


@dataclass(frozen=True)
class Skipped:
    """An input that was not turned into an article, and why (counted, never silently dropped)."""

    source: str
    reason: SkipReason
    detail: str


@dataclass(frozen=True)
class Citation:
    """A span of real source text: ``article.text[start:end]`` of the article with this id."""

    article: str
    start: int
    end: int
    sentence: int | None = None  # index into article.sentences, when the span is one sentence


@dataclass(frozen=True)
class SummarySentence:
    """A sentence of the brief.  The first citation is the sentence it was taken from."""

    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Story:
    """A group of articles about the same events."""

    id: str
    article_ids: tuple[str, ...]
    title: str | None = None


@dataclass(frozen=True)
class Alias:
    text: str
    count: int


@dataclass(frozen=True)
class Entity:
    """One real-world actor or place, with every name the sources give it."""

    name: str
    type: str  # PERSON | ORG | GPE | LOC | NORP | FAC | GROUP …
    aliases: tuple[Alias, ...]
    mentions: tuple[Citation, ...]


ClaimKind = Literal["quantity", "date", "quote"]


@dataclass(frozen=True)
class Claim:
    """A checkable statement: a number, a date or a quote, with the text that says it."""

    kind: ClaimKind
    subject: str
    value: float | str  # a number for quantities, an ISO date for dates, the words for quotes
    text: str
    citations: tuple[Citation, ...]
    unit: str | None = None
    speaker: str | None = None
    entity: str | None = None  # canonical name of a linked Entity, when there is one


@dataclass(frozen=True)
class Side:
    """One side of an agreement or conflict: a value and who states it."""

    value: float | str
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Conflict:
    """Claims about one subject whose values differ across articles.

    ``kind`` is "contradiction" when the values cannot both hold, "framing" when they are
    different framings of compatible facts (11 taken, 2 executed, 9 held); ``note`` says why.
    """

    subject: str
    sides: tuple[Side, ...]
    kind: Literal["contradiction", "framing"] = "contradiction"
    note: str = ""


@dataclass(frozen=True)
class Agreement:
    """The same value for one subject stated by several articles."""

    subject: str
    value: float | str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class TimelineEvent:
    """An event placed at an absolute date; ``resolved_from`` says how the date was found."""

    date: str  # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    text: str
    citations: tuple[Citation, ...]
    resolved_from: Literal["explicit", "relative", "story-date"] = "explicit"
    note: str = ""


@dataclass(frozen=True)
class StoryBrief:
    """Everything a brief shows about one story."""

    story: Story
    articles: tuple[Article, ...]
    summary: tuple[SummarySentence, ...]
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    # (duplicate article id, canonical article id): near-duplicates kept as support only.
    duplicates: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Brief:
    """The output of one run: one entry per story, and every input that was skipped."""

    stories: tuple[StoryBrief, ...]
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)
