"""The data model: plain frozen dataclasses that flow one way through the pipeline.

RawDocument --clean--> Article | Skipped --extract--> ArticleFacts --DedupIndex, StoryIndex-->
Story --brief_story--> StoryBrief --codec / render--> JSON / Markdown / HTML.  Every fact a user
sees carries Citations: an article id plus character offsets into that article's cleaned
``text``.

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
    # For ``SkipReason.PARTIAL``: the byte offset in the (decompressed where the container is
    # compressed as a whole, else raw) file where reading stopped; records before it were read.
    offset: int | None = None


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
    """A group of articles about the same events.

    ``id`` is minted once, when the story opens, and never changes as it grows.
    ``duplicates`` pairs each near-duplicate member with its canonical article: duplicates
    count as support for the story but are not summarised or analysed twice."""

    id: str
    article_ids: tuple[str, ...]
    title: str | None = None
    duplicates: tuple[tuple[str, str], ...] = ()
    first_seen: str | None = None  # earliest publication date of a member (ISO), if any
    last_seen: str | None = None


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
class QuantityClaim:
    """A figure: ``value`` ``noun`` ``predicate`` ("9 Lebanese soldiers held")."""

    value: float
    unit: str  # the counted thing in the plural ("soldiers", "metres", "percent")
    qualifier: str  # names qualifying it ("Lebanese"), "" when none
    predicate: str  # what the sentence says of them ("held", "taken to hospital"), or ""
    # The class the predicate belongs to ("dead", "displaced"), "capacity" for a capacity or
    # limit ("licensed to carry 180"), else a stem of the predicate: only like is compared.
    predicate_class: str
    hedge: str  # words that make the figure approximate or a bound ("at least"), or ""
    text: str  # the sentence that states it
    citations: tuple[Citation, ...]
    entity: str | None = None  # canonical name of the merged entity counted, when one is
    # The day the figure is tied to: a date written in its sentence, else the article's
    # reference date; ``as_of_written`` says which.
    as_of: str | None = None
    as_of_written: bool = False
    quoted: bool = False  # said inside a direct quotation (``QuantityFact.quoted``)
    kind: Literal["quantity"] = "quantity"

    @property
    def noun(self) -> str:
        """The counted noun phrase ("Lebanese soldiers")."""
        return f"{self.qualifier} {self.unit}".strip()


DateResolution = Literal["explicit", "relative", "time"]


@dataclass(frozen=True)
class DateClaim:
    """A dated event: ``value`` is ISO (YYYY, YYYY-MM, YYYY-MM-DD) or a clock time "THH:MM"
    ("Z" when given in GMT/UTC)."""

    value: str
    # "explicit": the text names the date; "relative": resolved against the article's
    # reference date ("on Sunday"); "time": a clock time.
    resolution: DateResolution
    event: str  # what is dated ("army announced ceasefire"), or the expression itself
    expression: str  # the words that give the date ("on Sunday")
    text: str
    citations: tuple[Citation, ...]
    kind: Literal["date"] = "date"


@dataclass(frozen=True)
class QuoteClaim:
    """Quoted words and who says them."""

    words: str
    speaker: str | None
    text: str
    citations: tuple[Citation, ...]
    entity: str | None = None
    kind: Literal["quote"] = "quote"


Claim = QuantityClaim | DateClaim | QuoteClaim


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
    different framings of compatible facts (11 taken, 2 executed, 9 held; the arithmetic is in
    ``note``), "update" when a later report revises a figure (sides in time order).
    """

    subject: str
    sides: tuple[Side, ...]
    kind: Literal["contradiction", "framing", "update"] = "contradiction"
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
    """Everything a brief shows about one story; near-duplicates are in ``story.duplicates``."""

    story: Story
    articles: tuple[Article, ...]
    summary: tuple[SummarySentence, ...]
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()


@dataclass(frozen=True)
class Brief:
    """The output of one run: one entry per story, and every input that was skipped."""

    stories: tuple[StoryBrief, ...]
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)


# --- Per-article facts: what ``extract`` finds in one article, independent of its story. ---
#
# Two tiers.  *Cheap* facts (signature, topic vector, terms) are needed at ingest, for dedup
# and story assignment.  *Costly* facts (every sentence vector; spaCy's mentions, figures,
# dates and quotes) are only needed for a brief and may be computed when it is first asked
# for, then cached; ``None`` means "not computed yet", never "none found".


@dataclass(frozen=True)
class Mention:
    """A name found in an article, before merging across the story."""

    article: str
    start: int
    end: int
    text: str
    label: str  # PERSON | ORG | GPE | LOC | NORP | FAC (or the alias table group's type)
    group: str | None = None  # canonical name of the alias-table group that matched, if any


@dataclass(frozen=True)
class QuantityFact:
    """A figure as found in one article: typed fields, with the spans they came from."""

    value: float
    unit: str
    qualifier: str
    predicate: str
    predicate_class: str
    hedge: str
    ordinal: bool  # from an ordinal ("the ninth soldier" is one soldier); kept only when the
    # story also counts that thing with cardinals
    start: int  # the figure's span in the article text
    end: int
    thing_start: int  # the counted noun phrase's span, to link it to a merged entity
    thing_end: int
    text: str  # the sentence
    citation: Citation
    # Inside a direct quotation: the speaker's figure, which the article reports but does not
    # state itself (no key figure, no side of a conflict).
    quoted: bool = False


@dataclass(frozen=True)
class DateExpression:
    """A date expression left unresolved: resolving "on Sunday" needs the article's
    reference date, which may be borrowed from the story."""

    start: int
    end: int
    expression: str
    # The named groups of ``article.dates.DATE_RE`` that matched, as (name, text) pairs:
    # everything resolving needs, so the text is never parsed again.
    parts: tuple[tuple[str, str], ...]
    sentence: int  # index of the sentence it is in (anchors of "three days earlier")
    future: bool  # the sentence speaks of something scheduled ("will meet on Tuesday")
    possessive: bool  # "Saturday's avalanche": it dates the avalanche, not a figure nearby
    in_quote: bool  # inside quoted speech: rhetoric, not a dated event
    event: str  # what the date dates (verb with subject and object), or ""
    text: str  # the sentence
    citation: Citation
    # It dates something a noun names, not what the sentence reports: a possessive ("after
    # Monday's fire") or a clause on a noun ("the workers reported missing on Monday").
    subordinate: bool = False
    # It dates what someone was told or ordered to do ("ordered schools closed on Tuesday"):
    # that day may be ahead of the report or behind it.
    directed: bool = False


@dataclass(frozen=True)
class QuoteFact:
    """A quote and its speaker as one article gives them."""

    words: str
    start: int
    end: int
    # The speaker as written (a name or noun phrase), or None.  When it was found by
    # resolving "he said" to the last person named, ``speaker_start``/``speaker_end`` is
    # that name's span, so the story can give the merged entity's name.
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    continues: bool  # unattributed, straight after another quote: the same speaker's
    text: str
    citation: Citation


@dataclass(frozen=True)
class ArticleAnalysis:
    """The costly, model-made facts of one article (spaCy)."""

    mentions: tuple[Mention, ...]
    quantities: tuple[QuantityFact, ...]
    dates: tuple[DateExpression, ...]
    quotes: tuple[QuoteFact, ...]


@dataclass(frozen=True)
class ArticleFacts:
    """Everything the models find in one article; nothing here depends on its story."""

    article: Article
    # cheap tier
    signature: bytes  # MinHash of word 5-shingles, uint64 little-endian
    topic: bytes  # float32 little-endian unit vector: what the article is about
    terms: tuple[str, ...]  # salient terms (names, rare words), sorted
    # Full-text term counts (``article.terms.term_counts``: names under a "=" prefix, words,
    # phrases, figures), at most 200, sorted by term: the grouping index's term vector.
    term_counts: tuple[tuple[str, int], ...] = ()
    # costly tier (None until computed)
    sentence_vectors: bytes | None = None  # float32, one row per sentence, ``dimension`` wide
    dimension: int = 0
    analysis: ArticleAnalysis | None = None
