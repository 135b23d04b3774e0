"""Grouping articles into stories, precision first, one article at a time.

Takes ``StoryCandidate`` records (an article's topic vector, salient terms, date, language and
optional explicit story label); gives story ids and their members.

Why precision first: a story card says that its sources report the same events, so a false
merge tells the reader that two newsrooms confirmed each other, while a missed merge only
costs a second card.  So an article joins a story only when every test below holds, and
otherwise opens a new story:

- language: the same as the story's;
- evidence: it shares at least ``min_shared_terms`` salient terms (names, repeated topic
  words, figures; ``article.terms``) with the story, which shared boilerplate alone does not
  give;
- time: when both have dates, its date is within ``max_gap_days`` of the nearest dated
  member, and beyond ``window_days`` the similarity bar is raised to ``far_threshold``: the
  longer a story has been quiet, the stronger the evidence a new article must bring
  (the time-dependent threshold of on-line event detection, Allan, Papka & Lavrenko 1998);
- topic: its cosine with the story's centroid (the normalised sum of the members' topic
  vectors) reaches ``threshold``.  Comparing with the whole story, not with its closest
  member, is what stops a bridging article from chaining two topics (single-link chaining);

and among the stories that pass, it joins the one with the highest cosine.

Cost: no article-by-article matrix.  An inverted index from salient terms to stories gives
the stories an article shares terms with; at most ``max_candidates`` of them (most shared
terms first) are compared, one dot product each.

Ids: a story id is minted once, when the story opens, from its first article's id, and never
changes as the story grows.  ``group`` adds a batch in a canonical order (dated before
undated, then by date, then by article id), so the same inputs in any order give the same
stories and ids.  Articles with an explicit label (JSONL ``story``) are grouped by it, the id
is the label, and content never moves an article into or out of a labelled story.

Backends: none (numpy).  ``article_vectors`` computes topic vectors with any ``Embedder``.
"""

from __future__ import annotations

import bisect
import math
import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

from newsbrief.article.terms import salient_terms
from newsbrief.backends.embed import Embedder
from newsbrief.models import Article, Story
from newsbrief.settings import ClusterSettings

Vector = npt.NDArray[np.float32]

# Sentences beyond this many per article add little to its topic vector but cost embedding
# time; the lead of a news article states its topic.
TOPIC_SENTENCES = 12


@dataclass(frozen=True)
class StoryCandidate:
    """What grouping needs of one article; all of it is cheap to compute at ingest."""

    article_id: str
    topic: Vector  # unit vector
    terms: frozenset[str]  # article.terms.salient_terms
    published: date | None
    language: str = "en"
    story_hint: str | None = None  # explicit label from input: group by it, id = the label


def canonical_key(item: StoryCandidate) -> tuple[bool, str, str]:
    """Batch order: dated before undated, earliest first, then by article id."""
    return (item.published is None, item.published.isoformat() if item.published else "", item.article_id)


def mint_id(article_id: str) -> str:
    """The id of a story opened by ``article_id``."""
    return "s" + hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@dataclass
class _StoryState:
    """One story as it grows (mutable on purpose: it is the index's private state)."""

    id: str
    language: str
    labelled: bool
    vector_sum: Vector
    members: list[str] = field(default_factory=list)
    terms: Counter[str] = field(default_factory=Counter)
    dates: list[date] = field(default_factory=list)  # sorted
    norm: float = 0.0  # of the term profile, cached for ``norm_n`` members
    norm_n: int = 0

    def centroid(self) -> Vector:
        norm = float(np.linalg.norm(self.vector_sum))
        unit: Vector = (self.vector_sum / norm if norm else self.vector_sum).astype(np.float32)
        return unit

    def gap_days(self, day: date | None) -> int | None:
        """Days from ``day`` to the nearest dated member; None when either side is undated."""
        if day is None or not self.dates:
            return None
        i = bisect.bisect_left(self.dates, day)
        near = [abs((self.dates[j] - day).days) for j in (i - 1, i) if 0 <= j < len(self.dates)]
        return min(near)


class StoryIndex:
    """Stateful: assign one article at a time to an existing story or a new one."""

    def __init__(self, settings: ClusterSettings) -> None:
        self.settings = settings
        self._stories: dict[str, _StoryState] = {}
        self._postings: dict[str, set[str]] = {}  # salient term -> ids of stories holding it
        self._story_of: dict[str, str] = {}
        self._df: Counter[str] = Counter()
        self._documents = 0

    def __len__(self) -> int:
        return len(self._stories)

    def add(self, item: StoryCandidate, *, observed: bool = False) -> str:
        """Put ``item`` in a story and return the story's id (the same id if already added)."""
        if item.article_id in self._story_of:
            return self._story_of[item.article_id]
        if not observed:
            self.observe(item.terms)
        if item.story_hint:
            story = self._stories.get(item.story_hint) or self._open(item, item.story_hint)
        else:
            found = self.best_story(item)
            story = self._stories[found] if found else self._open(item, self._new_id(item))
        self._join(story, item)
        return story.id

    def observe(self, terms: Iterable[str]) -> None:
        """Count one article's terms into the document frequencies (``add`` does this for
        articles not observed before; ``group`` observes the whole batch first)."""
        self._documents += 1
        self._df.update(terms)

    def idf(self, term: str) -> float:
        """Inverse document frequency over the articles seen so far (smoothed, >= 0)."""
        return math.log((self._documents + 1) / (self._df[term] + 1))

    def _term_similarity(self, item: StoryCandidate, story: _StoryState, idf: dict[str, float]) -> float:
        """Cosine between the article's idf-weighted terms and the story's term profile (each
        term weighted by idf and by the share of members that hold it)."""
        n = len(story.members)
        dot = sum(idf[t] * idf[t] * story.terms[t] / n for t in item.terms if t in story.terms)
        if dot <= 0:
            return 0.0
        own = math.sqrt(sum(w * w for w in idf.values()))
        if story.norm_n != n:
            story.norm = math.sqrt(sum((self.idf(t) * c / n) ** 2 for t, c in story.terms.items()))
            story.norm_n = n
        return dot / (own * story.norm) if own and story.norm else 0.0

    def best_story(self, item: StoryCandidate) -> str | None:
        """The story ``item`` would join, or None when it would open a new one."""
        settings = self.settings
        shared: Counter[str] = Counter()
        for term in item.terms:
            postings = self._postings.get(term, ())
            if len(postings) <= settings.max_postings:
                shared.update(postings)
        ranked = sorted(
            (sid for sid, n in shared.items() if n >= settings.min_shared_terms),
            key=lambda sid: (-shared[sid], sid),
        )[: settings.max_candidates]
        idf = {t: self.idf(t) for t in item.terms}
        passing: list[tuple[float, str]] = []
        for sid in ranked:
            story = self._stories[sid]
            if story.labelled or story.language != item.language:
                continue
            gap = story.gap_days(item.published)
            if gap is not None and gap > settings.max_gap_days:
                continue
            far = gap is not None and gap > settings.window_days
            topic = float(item.topic @ story.centroid())
            n = len(story.members)
            rho = float(np.linalg.norm(story.vector_sum)) / n
            bar = settings.far_threshold if far else settings.threshold
            if settings.linkage == "average":
                topic = topic * rho
            elif settings.linkage == "adaptive" and n >= settings.adaptive_min:
                bar = max(bar, rho - settings.spread)
            if topic < bar:
                continue
            evidence = sum(idf[t] * story.terms[t] for t in item.terms if t in story.terms) / n
            if evidence < (settings.far_evidence if far else settings.min_evidence):
                continue
            terms = self._term_similarity(item, story, idf)
            if terms < (settings.far_term_similarity if far else settings.min_term_similarity):
                continue
            score = topic + settings.term_weight * terms + settings.evidence_weight * evidence
            if score < (settings.far_score if far else settings.min_score):
                continue
            passing.append((score, sid))
        if not passing:
            return None
        passing.sort(reverse=True)
        if len(passing) > 1 and passing[0][0] - passing[1][0] < settings.min_margin:
            return None  # two stories fit about equally: joining either could be a false merge
        return passing[0][1]

    def members(self) -> dict[str, tuple[str, ...]]:
        """Story id -> article ids in the order they were added."""
        return {sid: tuple(s.members) for sid, s in self._stories.items()}

    def story_of(self, article_id: str) -> str | None:
        return self._story_of.get(article_id)

    def centroid(self, story_id: str) -> Vector:
        """The story's unit centroid (normalised sum of its members' topic vectors)."""
        return self._stories[story_id].centroid()

    def _new_id(self, item: StoryCandidate) -> str:
        sid = mint_id(item.article_id)
        while sid in self._stories:  # only when a label or an earlier id collides
            sid = mint_id(sid + item.article_id)
        return sid

    def _open(self, item: StoryCandidate, sid: str) -> _StoryState:
        story = _StoryState(
            id=sid,
            language=item.language,
            labelled=bool(item.story_hint),
            vector_sum=np.zeros_like(item.topic, dtype=np.float32),
        )
        self._stories[sid] = story
        return story

    def _join(self, story: _StoryState, item: StoryCandidate) -> None:
        story.members.append(item.article_id)
        story.vector_sum = story.vector_sum + item.topic.astype(np.float32)
        if item.published is not None:
            bisect.insort(story.dates, item.published)
        for term in item.terms:
            if story.terms[term] == 0 and not story.labelled:
                self._postings.setdefault(term, set()).add(story.id)
            story.terms[term] += 1
        self._story_of[item.article_id] = story.id


def group(items: Iterable[StoryCandidate], settings: ClusterSettings) -> dict[str, tuple[str, ...]]:
    """Batch: canonical order, fresh index, add all.  Same inputs in any order, same result."""
    index = StoryIndex(settings)
    ordered = sorted(items, key=canonical_key)
    if settings.batch_idf:
        for item in ordered:
            index.observe(item.terms)
    for item in ordered:
        index.add(item, observed=settings.batch_idf)
    return index.members()


def article_vectors(articles: Sequence[Article], embedder: Embedder) -> Vector:
    """One unit vector per article: the mean of its (first) sentence embeddings."""
    rows = []
    for article in articles:
        texts = [s.text for s in article.sentences[:TOPIC_SENTENCES]] or [article.text[:2000]]
        mean = embedder.embed(texts).mean(axis=0)
        norm = float(np.linalg.norm(mean))
        rows.append(mean / norm if norm else mean)
    return np.array(rows, dtype=np.float32).reshape(len(articles), -1)


def candidates(articles: Sequence[Article], vectors: Vector) -> list[StoryCandidate]:
    """Grouping candidates for articles with their topic vectors (one row each)."""
    return [
        StoryCandidate(
            article_id=a.id,
            topic=vectors[i],
            terms=salient_terms(a),
            published=_day(a.published),
            language=a.language,
            story_hint=a.story_hint,
        )
        for i, a in enumerate(articles)
    ]


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def cluster(
    articles: Sequence[Article], *, settings: ClusterSettings, embedder: Embedder
) -> tuple[Story, ...]:
    """Brief mode's grouping: stories largest first (ties by id), each titled by the member
    article nearest its centroid that has a title."""
    vectors = article_vectors(articles, embedder)
    index = StoryIndex(settings)
    for item in sorted(candidates(articles, vectors), key=canonical_key):
        index.add(item)
    row = {a.id: i for i, a in enumerate(articles)}
    stories = []
    for sid, ids in index.members().items():
        centre = index.centroid(sid)
        ranked = sorted(ids, key=lambda i: (-float(vectors[row[i]] @ centre), i))
        title = next((articles[row[i]].title for i in ranked if articles[row[i]].title), None)
        stories.append(Story(id=sid, article_ids=ids, title=title))
    return tuple(sorted(stories, key=lambda s: (-len(s.article_ids), s.id)))
