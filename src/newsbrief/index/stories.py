"""Grouping articles into stories, precision first, one article at a time.

Takes ``StoryCandidate`` records (an article's topic vector, salient terms, date, language and
optional explicit story label); gives story ids and their members.

Why precision first: a story card says that its sources report the same events, so a false
merge tells the reader that two newsrooms confirmed each other, while a missed merge only
costs a second card.  So an article joins an existing story only when all of these hold, and
otherwise it opens a new story:

- language: the same as the story's;
- evidence: it shares at least ``min_shared_terms`` salient terms (names, key words and
  phrases, figures: ``article.terms``) with the story;
- time: when both have dates, it is within ``max_gap_days`` of the story's nearest dated
  member;
- topic: its mean cosine with the story's members (average linkage, computed from the sum of
  their topic vectors) reaches ``threshold``, or ``far_threshold`` when it is more than
  ``window_days`` from the nearest dated member: the longer a story has been quiet, the
  closer a newcomer must be (the time-dependent threshold of on-line event detection, Allan,
  Papka & Lavrenko 1998).  Comparing with the whole story, not with its closest member, is
  what stops a bridging article from chaining two topics (single-link chaining);
- together: topic + ``term_weight`` x term similarity reaches ``min_score``.  The term
  similarity is the cosine between the article's terms and the story's term profile, each
  term weighted by its inverse document frequency (and, in the profile, by the share of
  members that hold it), so shared boilerplate and common words weigh little and the names
  and phrases that the story's members have in common weigh most.

Among the stories that pass it joins the one with the highest combined score.

Cost: no article-by-article matrix.  An inverted index from salient terms to stories gives
the stories an article shares terms with; at most ``max_candidates`` of them (most shared
terms first) are scored, with one dot product and one pass over the article's terms each
(and, in streaming use, one pass over the story's term profile to renormalise it, since the
document frequencies have moved since it was last scored).

Ids: a story id is minted once, when the story opens, from its first article's id, and never
changes as the story grows.  ``group`` adds a batch in a canonical order (dated before
undated, then by date, then by article id) after counting the batch's term frequencies, so
the same inputs in any order give the same stories and ids.  Articles with an explicit label
(JSONL ``story``) are grouped by it and the story id is the label; content never moves an
article into or out of a labelled story.

Backends: none (numpy).  ``article_vectors`` computes topic vectors with any ``Embedder``.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import math
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
    day = item.published.isoformat() if item.published else ""
    return (item.published is None, day, item.article_id)


def mint_id(article_id: str) -> str:
    """The id of the story that ``article_id`` opens."""
    return "s" + hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@dataclass
class _StoryState:
    """One story as it grows: mutable on purpose, private to its ``StoryIndex``."""

    id: str
    language: str
    labelled: bool
    vector_sum: Vector
    members: list[str] = field(default_factory=list)
    terms: Counter[str] = field(default_factory=Counter)  # term -> members holding it
    dates: list[date] = field(default_factory=list)  # sorted
    # Norm of the idf-weighted term profile, valid for ``norm_key`` = (members, documents).
    norm: float = 0.0
    norm_key: tuple[int, int] = (0, 0)

    def gap_days(self, day: date | None) -> int | None:
        """Days from ``day`` to the nearest dated member; None when either side is undated."""
        if day is None or not self.dates:
            return None
        i = bisect.bisect_left(self.dates, day)
        return min(abs((self.dates[j] - day).days) for j in (i - 1, i) if 0 <= j < len(self.dates))


class StoryIndex:
    """Stateful: assign one article at a time to an existing story or a new one."""

    def __init__(self, settings: ClusterSettings) -> None:
        self.settings = settings
        self._stories: dict[str, _StoryState] = {}
        self._story_of: dict[str, str] = {}  # article id -> story id
        self._postings: dict[str, set[str]] = {}  # salient term -> unlabelled stories with it
        self._df: Counter[str] = Counter()  # salient term -> articles observed with it
        self._documents = 0

    def __len__(self) -> int:
        return len(self._stories)

    def observe(self, terms: Iterable[str]) -> None:
        """Count one article's terms into the document frequencies.  ``add`` does this itself
        unless told the article was observed already (``group`` observes a whole batch first,
        so that early articles are weighed with the batch's frequencies)."""
        self._documents += 1
        self._df.update(terms)

    def idf(self, term: str) -> float:
        """Inverse document frequency over the articles observed so far, log(1 + N / df): it
        stays positive for a term every article holds, so that two articles alone in a batch
        can still share evidence."""
        return math.log(1 + self._documents / max(self._df[term], 1))

    def add(self, item: StoryCandidate, *, observed: bool = False) -> str:
        """Put ``item`` in a story and return the story's id (the same id if already added)."""
        known = self._story_of.get(item.article_id)
        if known is not None:
            return known
        if not observed:
            self.observe(item.terms)
        if item.story_hint:
            story = self._stories.get(item.story_hint) or self._open(item, item.story_hint)
        else:
            found = self.best_story(item)
            story = self._stories[found] if found else self._open(item, self._new_id(item))
        self._join(story, item)
        return story.id

    def best_story(self, item: StoryCandidate) -> str | None:
        """The story ``item`` would join, or None when it would open a new one."""
        settings = self.settings
        shared: Counter[str] = Counter()
        for term in item.terms:
            postings = self._postings.get(term, ())
            if len(postings) <= settings.max_postings:
                shared.update(postings)
        candidates = heapq.nsmallest(
            settings.max_candidates,
            (sid for sid, n in shared.items() if n >= settings.min_shared_terms),
            key=lambda sid: (-shared[sid], sid),
        )
        idf = {t: self.idf(t) for t in item.terms}
        best: tuple[float, str] | None = None
        for sid in candidates:
            score = self._score(item, self._stories[sid], idf)
            if score is not None and (best is None or (score, sid) > best):
                best = (score, sid)
        return best[1] if best else None

    def members(self) -> dict[str, tuple[str, ...]]:
        """Story id -> article ids, in the order the articles were added."""
        return {sid: tuple(s.members) for sid, s in self._stories.items()}

    def story_of(self, article_id: str) -> str | None:
        return self._story_of.get(article_id)

    def centroid(self, story_id: str) -> Vector:
        """The story's unit centroid (normalised sum of its members' topic vectors)."""
        total = self._stories[story_id].vector_sum
        norm = float(np.linalg.norm(total))
        unit: Vector = (total / norm if norm else total).astype(np.float32)
        return unit

    def _score(
        self, item: StoryCandidate, story: _StoryState, idf: dict[str, float]
    ) -> float | None:
        """The combined score of ``item`` joining ``story``; None when a test fails."""
        settings = self.settings
        if story.labelled or story.language != item.language:
            return None
        gap = story.gap_days(item.published)
        if gap is not None and gap > settings.max_gap_days:
            return None
        far = gap is not None and gap > settings.window_days
        topic = float(item.topic @ story.vector_sum) / len(story.members)  # average linkage
        if topic < (settings.far_threshold if far else settings.threshold):
            return None
        score = topic + settings.term_weight * self._term_similarity(item, story, idf)
        return score if score >= settings.min_score else None

    def _term_similarity(
        self, item: StoryCandidate, story: _StoryState, idf: dict[str, float]
    ) -> float:
        """Cosine between the article's idf-weighted terms and the story's term profile (idf
        times the share of members holding the term)."""
        n = len(story.members)
        dot = sum(idf[t] * idf[t] * story.terms[t] / n for t in item.terms if t in story.terms)
        if dot <= 0:
            return 0.0
        if story.norm_key != (n, self._documents):
            story.norm = math.sqrt(sum((self.idf(t) * c / n) ** 2 for t, c in story.terms.items()))
            story.norm_key = (n, self._documents)
        own = math.sqrt(sum(w * w for w in idf.values()))
        return dot / (own * story.norm) if own and story.norm else 0.0

    def _new_id(self, item: StoryCandidate) -> str:
        sid = mint_id(item.article_id)
        while sid in self._stories:  # only when a label took this id first
            sid = mint_id(sid + item.article_id)
        return sid

    def _open(self, item: StoryCandidate, sid: str) -> _StoryState:
        story = _StoryState(
            id=sid,
            language=item.language,
            labelled=bool(item.story_hint),
            vector_sum=np.zeros(item.topic.shape, dtype=np.float32),
        )
        self._stories[sid] = story
        return story

    def _join(self, story: _StoryState, item: StoryCandidate) -> None:
        story.members.append(item.article_id)
        story.vector_sum = story.vector_sum + item.topic.astype(np.float32)
        if item.published is not None:
            bisect.insort(story.dates, item.published)
        for term in item.terms:
            if not story.labelled and term not in story.terms:
                self._postings.setdefault(term, set()).add(story.id)
            story.terms[term] += 1
        self._story_of[item.article_id] = story.id


def group(items: Iterable[StoryCandidate], settings: ClusterSettings) -> dict[str, tuple[str, ...]]:
    """Batch: canonical order, fresh index, add all.  Same inputs in any order, same result."""
    ordered = sorted(items, key=canonical_key)
    index = StoryIndex(settings)
    for item in ordered:
        index.observe(item.terms)
    for item in ordered:
        index.add(item, observed=True)
    return index.members()


def article_vectors(articles: Sequence[Article], embedder: Embedder) -> Vector:
    """One unit vector per article: the mean of its first ``TOPIC_SENTENCES`` sentence
    embeddings.  All sentences go to the embedder in one call, so that it can batch them."""
    if not articles:
        return np.zeros((0, 0), dtype=np.float32)
    texts: list[str] = []
    bounds: list[tuple[int, int]] = []
    for article in articles:
        own = [s.text for s in article.sentences[:TOPIC_SENTENCES]] or [article.text[:2000]]
        bounds.append((len(texts), len(texts) + len(own)))
        texts.extend(own)
    embedded = embedder.embed(texts)
    rows = [embedded[start:end].mean(axis=0) for start, end in bounds]
    matrix = np.array(rows, dtype=np.float32).reshape(len(articles), -1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit: Vector = (matrix / np.where(norms > 0, norms, 1.0)).astype(np.float32)
    return unit


def published_day(published: str | None) -> date | None:
    """``Article.published`` (ISO, possibly with a time) as a date; None if absent or bad."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def candidates(articles: Sequence[Article], vectors: Vector) -> list[StoryCandidate]:
    """Grouping candidates for articles, given their topic vectors (one row each)."""
    return [
        StoryCandidate(
            article_id=a.id,
            topic=vectors[i],
            terms=salient_terms(a),
            published=published_day(a.published),
            language=a.language,
            story_hint=a.story_hint,
        )
        for i, a in enumerate(articles)
    ]


def cluster(
    articles: Sequence[Article], *, settings: ClusterSettings, embedder: Embedder
) -> tuple[Story, ...]:
    """Brief mode's grouping (until the pipeline calls ``group`` itself): stories largest
    first (ties by id), each titled by the titled member nearest its centroid."""
    vectors = article_vectors(articles, embedder)
    members = group(candidates(articles, vectors), settings)
    row = {a.id: i for i, a in enumerate(articles)}
    stories = []
    for sid, ids in members.items():
        centre = vectors[[row[i] for i in ids]].sum(axis=0)
        ranked = sorted(ids, key=lambda i: (-float(vectors[row[i]] @ centre), i))
        title = next((articles[row[i]].title for i in ranked if articles[row[i]].title), None)
        stories.append(Story(id=sid, article_ids=ids, title=title))
    return tuple(sorted(stories, key=lambda s: (-len(s.article_ids), s.id)))
