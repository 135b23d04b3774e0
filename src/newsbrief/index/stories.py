"""Grouping articles into stories, precision first, one article at a time.

Takes ``StoryCandidate`` records (an article's topic vector, salient terms, term counts, date,
language and optional explicit story label); gives story ids and their members.

Why precision first: a story card says that its sources report the same events, so a false
merge tells the reader that two newsrooms confirmed each other, while a missed merge only
costs a second card.  So an article joins an existing story only when all of these hold, and
otherwise it opens a new story:

- language: the same as the story's;
- evidence: it shares at least ``min_shared_terms`` salient terms (names, key words and
  phrases, figures: ``article.terms``) with the story; the inverted index over these terms
  is also what finds the candidate stories;
- time: when both have dates, it is within ``max_gap_days`` of the story's nearest dated
  member; when either is undated, they name no two holders of one office as sitting
  ("President Obama" / "President Trump", ``article.eras.clash``);
- similarity: its average-linkage similarity with the story's members reaches ``threshold``,
  or ``far_threshold`` when it is more than ``window_days`` from the nearest dated member or
  when either side is undated (no evidence of time, so precision first asks for more text):
  the longer a story has been quiet, the closer a newcomer must be (the time-dependent
  threshold of on-line event detection, Allan, Papka & Lavrenko 1998).  Comparing with the
  whole story, not with its closest member, is what stops a bridging article from chaining
  two topics (single-link chaining).

The similarity of two articles is ``text_share`` x the cosine of their full-text term
vectors + the rest x the cosine of their topic vectors (by default the term vectors alone:
``settings.ClusterSettings`` says why).  A term vector holds the article's
``term_counts`` (names, content words, phrases, figures) weighted by sublinear term frequency
x inverse document frequency (common words and shared boilerplate weigh little), names
``name_weight`` times a word: two reports of one event share its names and its vocabulary,
two reports of a kind of event (two storms, two budget fights) share the kind's vocabulary
but not its names.  Average linkage with a story is a dot product with the sums of its
members' unit vectors (``index.story_state``).  Among the stories that pass, an article joins
the one with the highest similarity.

Merge pass (``StoryIndex.merge``, which ``group`` runs after assigning a batch): a one-pass
assignment decides on each article with only the articles before it, so two halves of one
event can open two stories before either is large enough to attract the other.  The merge
pass joins stories whose average linkage as wholes passes the same tests (language, time,
shared terms, threshold), best pair first, until none does: agglomerative average-linkage
clustering over the candidate pairs the inverted index gives.  The merged story keeps the id
minted first; ``StoryIndex.merged`` records old id -> surviving id.

Cost: no article-by-article matrix.  An inverted index from salient terms to stories gives
the stories an article (or, in the merge pass, a story) shares salient terms with; at most
``max_candidates`` of them (most shared terms first) are scored, with one dense and one
sparse dot product each.  In streaming use an article's term vector is weighed with the
document frequencies seen when it joined.

Ids: a story id is minted once, when the story opens, from its first article's id, and never
changes as the story grows.  ``group`` adds a batch in a canonical order (dated before
undated, then by date, then by article id) after counting the batch's term frequencies, so
the same inputs in any order give the same stories and ids; the merge pass breaks ties by
story id.  Articles with an explicit label
(JSONL ``story``) are grouped by it and the story id is the label; content never moves an
article into or out of a labelled story.

Backends: none (numpy).  ``index.topics.article_vectors`` computes topic vectors with any
``Embedder``.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import numpy as np

from newsbrief.article.eras import clash, is_marker
from newsbrief.index.story_state import (
    NAME_PREFIX,
    StoryState,
    TermVector,
    Vector,
    shared_names,
    sparse_dot,
)
from newsbrief.settings import ClusterSettings

__all__ = [
    "StoryCandidate",
    "StoryIndex",
    "Vector",
    "canonical_key",
    "group",
    "group_index",
    "group_stream",
    "mint_id",
    "published_day",
]

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
    # article.terms.term_counts; when empty, each salient term counts once.
    counts: tuple[tuple[str, int], ...] = ()


def canonical_key(item: StoryCandidate) -> tuple[bool, str, str]:
    """Batch order: dated before undated, earliest first, then by article id."""
    day = item.published.isoformat() if item.published else ""
    return (item.published is None, day, item.article_id)


def mint_id(article_id: str) -> str:
    """The id of the story that ``article_id`` opens."""
    return "s" + hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def counted_terms(item: StoryCandidate) -> Iterable[tuple[str, int]]:
    """The terms an article counts into document frequencies, with their counts."""
    return item.counts or ((t, 1) for t in sorted(posted(item.terms)))


def posted(terms: Iterable[str]) -> Iterable[str]:
    """The terms that are words of the text: the office markers (``article.eras``) among the
    salient terms are time evidence, never shared words, so no posting or count holds them."""
    return (t for t in terms if not is_marker(t))


class StoryIndex:
    """Stateful: assign one article at a time to an existing story or a new one."""

    def __init__(self, settings: ClusterSettings) -> None:
        self.settings = settings
        self._stories: dict[str, StoryState] = {}
        self._story_of: dict[str, str] = {}  # article id -> story id
        self._postings: dict[str, set[str]] = {}  # salient term -> unlabelled stories with it
        self._df: Counter[str] = Counter()  # counted term -> articles observed with it
        self._documents = 0
        self._minted = 0
        # Story id -> the id of the story it was merged into (``merge``), so that a caller
        # holding an old id can follow it (``resolve``).
        self.merged: dict[str, str] = {}
        # Stories opened, joined or merged into since the caller last cleared this (corpus
        # mode writes them back to its store).
        self.touched: set[str] = set()

    def __len__(self) -> int:
        return len(self._stories)

    def observe(self, item: StoryCandidate) -> None:
        """Count one article's terms into the document frequencies.  ``add`` does this itself
        unless told the article was observed already (``group`` observes a whole batch first,
        so that early articles are weighed with the batch's frequencies)."""
        self.observe_terms(term for term, _ in counted_terms(item))

    def observe_terms(self, terms: Iterable[str]) -> None:
        """Count one article (its distinct counted terms) into the document frequencies."""
        self._documents += 1
        self._df.update(terms)

    def unobserve_terms(self, terms: Iterable[str]) -> None:
        """Take one article back out of the document frequencies: corpus mode counts them over
        a sliding window of recent articles, so that they take bounded memory."""
        self._documents -= 1
        for term in terms:
            left = self._df[term] - 1
            if left > 0:
                self._df[term] = left
            else:
                del self._df[term]

    def idf(self, term: str) -> float:
        """Inverse document frequency over the articles observed so far, log(1 + N / df): it
        stays positive for a term every article holds, so that two articles alone in a batch
        can still share evidence."""
        return math.log(1 + self._documents / max(self._df[term], 1))

    def term_vector(self, item: StoryCandidate, *, batch: bool = True) -> TermVector:
        """The article's term vector: sublinear tf (1 + log count) x idf, names weighted
        ``name_weight`` times.  It is normalised over the terms at least ``min_df`` articles
        hold (in a batch, every article observed first): a term no other article holds cannot
        add to any similarity, so letting it into the norm would only dilute the cosine
        (``settings.min_df`` says by how much).  Such terms are still kept, at that scale, so
        that articles arriving later (corpus mode's next batches) can share them.
        ``batch=False`` normalises over every term (one article scored alone)."""
        weights: TermVector = {}
        name_weight = self.settings.name_weight
        min_df = self.settings.min_df if batch else 1
        shared = 0.0
        for term, count in counted_terms(item):
            w = (1 + math.log(count)) * self.idf(term)
            w = w * name_weight if term.startswith(NAME_PREFIX) else w
            weights[term] = w
            if self._df[term] >= min_df:
                shared += w * w
        norm = math.sqrt(shared or sum(w * w for w in weights.values()))
        return {t: w / norm for t, w in weights.items()} if norm else {}

    def add(self, item: StoryCandidate, *, observed: bool = False) -> str:
        """Put ``item`` in a story and return the story's id (the same id if already added)."""
        known = self._story_of.get(item.article_id)
        if known is not None:
            return self.resolve(known)
        if not observed:
            self.observe(item)
        vector = self.term_vector(item, batch=observed)
        if item.story_hint:
            story = self._stories.get(item.story_hint) or self._open(item, item.story_hint)
        else:
            found = self._best(item, vector)
            story = self._stories[found] if found else self._open(item, self._new_id(item))
        self._join(story, item, vector)
        return story.id

    def best_story(self, item: StoryCandidate) -> str | None:
        """The story ``item`` would join, or None when it would open a new one."""
        return self._best(item, self.term_vector(item, batch=False))

    def _best(self, item: StoryCandidate, vector: TermVector) -> str | None:
        best: tuple[float, str] | None = None
        for sid in self._candidates(item.terms, exclude=None):
            score = self._score(item, self._stories[sid], vector)
            if score is not None and (best is None or (score, sid) > best):
                best = (score, sid)
        return best[1] if best else None

    def merge(self, seeds: Iterable[str] | None = None) -> int:
        """Merge stories that are close as wholes (average linkage over all their members'
        pairs, the same test an article passes to join), best pair first, until no pair
        passes; the story minted first keeps its id.  Returns the number of merges.  This wins
        back the recall a one-pass assignment loses when a story's first articles were not yet
        enough to attract a later one (Allan et al.'s on-line detection vs. retrospective
        clustering)."""
        # A lazy priority queue: a popped pair is rescored, and pushed back when a merge
        # since it was pushed changed its score, so that the best current pair goes first.
        # ``seeds``: only pairs with one of these stories (the ones a streaming batch touched;
        # the others were already tested against each other).
        start = (
            sorted(self._stories) if seeds is None else sorted(set(seeds) & self._stories.keys())
        )
        heap = [(-score, a, b) for sid in start for score, a, b in self._pairs(sid)]
        heapq.heapify(heap)
        merges = 0
        while heap:
            queued, a, b = heapq.heappop(heap)
            if a not in self._stories or b not in self._stories:
                continue
            score = self._pair_score(self._stories[a], self._stories[b])
            if score is None:
                continue
            if -queued - score > 1e-9:
                heapq.heappush(heap, (-score, a, b))
                continue
            keep, gone = sorted((self._stories[a], self._stories[b]), key=lambda s: s.rank)
            self._absorb(keep, gone)
            merges += 1
            for pair_score, x, y in self._pairs(keep.id):
                heapq.heappush(heap, (-pair_score, x, y))
        return merges

    def resolve(self, story_id: str) -> str:
        """The live id of a story, following merges."""
        while story_id in self.merged:
            story_id = self.merged[story_id]
        return story_id

    def members(self) -> dict[str, tuple[str, ...]]:
        """Story id -> article ids, in the order the articles were added (merged stories'
        members after the surviving story's own)."""
        return {sid: tuple(s.members) for sid, s in self._stories.items()}

    def story_of(self, article_id: str) -> str | None:
        sid = self._story_of.get(article_id)
        return self.resolve(sid) if sid else None

    def story(self, story_id: str) -> StoryState:
        """The live state of a story (read it, do not change it): what a store persists."""
        return self._stories[self.resolve(story_id)]

    def restore(self, story: StoryState) -> None:
        """Put back a story persisted from an earlier run (``story``), with its members."""
        self._stories[story.id] = story
        self._minted = max(self._minted, story.rank + 1)
        for article in story.members:
            self._story_of[article] = story.id
        if not story.labelled:
            for term in posted(story.terms):
                self._postings.setdefault(term, set()).add(story.id)

    def restore_counts(self, df: Counter[str], documents: int, minted: int) -> None:
        """Document frequencies and the count of minted stories from an earlier run."""
        self._df = df
        self._documents = documents
        self._minted = max(self._minted, minted)

    def relabel(self, new_ids: Mapping[str, str], ranks: Mapping[str, int]) -> None:
        """Give every story a new id and minting rank (``index.regroup``: a fresh grouping
        takes the ids the store already holds); all stories count as touched."""
        stories: dict[str, StoryState] = {}
        for old, story in self._stories.items():
            story.id = new_ids[old]
            story.rank = ranks[story.id]
            stories[story.id] = story
        self._stories = stories
        self._story_of = {a: new_ids[s] for a, s in self._story_of.items()}
        self._postings = {t: {new_ids[s] for s in ids} for t, ids in self._postings.items()}
        self.merged = {}
        self.touched = set(stories)
        self._minted = max(ranks.values(), default=-1) + 1

    @property
    def minted(self) -> int:
        return self._minted

    @property
    def documents(self) -> int:
        return self._documents

    def counts(self) -> Counter[str]:
        """The document frequencies themselves (to hand to a regrouped index)."""
        return self._df

    def evict(self, story_id: str) -> None:
        """Forget a story (its state stays in the caller's store): an article can no longer
        join it.  Corpus mode keeps the stories of a recent window in memory this way."""
        story = self._stories.pop(story_id)
        for term in story.terms:
            postings = self._postings.get(term)
            if postings is not None:
                postings.discard(story_id)
                if not postings:
                    del self._postings[term]
        for article in story.members:
            self._story_of.pop(article, None)

    def centroid(self, story_id: str) -> Vector:
        """The story's unit centroid (normalised sum of its members' topic vectors)."""
        total = self._stories[self.resolve(story_id)].vector_sum
        norm = float(np.linalg.norm(total))
        unit: Vector = (total / norm if norm else total).astype(np.float32)
        return unit

    def _candidates(self, terms: Iterable[str], exclude: str | None) -> list[str]:
        """Stories sharing at least ``min_shared_terms`` salient terms, most shared first, at
        most ``max_candidates``: the inverted index keeps the cost per article bounded."""
        settings = self.settings
        shared: Counter[str] = Counter()
        for term in posted(terms):
            postings = self._postings.get(term, ())
            if len(postings) <= settings.max_postings:
                shared.update(postings)
        shared.pop(exclude or "", None)
        return heapq.nsmallest(
            settings.max_candidates,
            (sid for sid, n in shared.items() if n >= settings.min_shared_terms),
            key=lambda sid: (-shared[sid], sid),
        )

    def _similarity(self, topic: float, text: float) -> float:
        return self.settings.text_share * text + (1 - self.settings.text_share) * topic

    def _score(self, item: StoryCandidate, story: StoryState, vector: TermVector) -> float | None:
        """Average-linkage similarity of ``item`` with ``story``; None when a test fails."""
        settings = self.settings
        if story.labelled or story.language != item.language:
            return None
        gap = story.gap_days(item.published)
        if gap is not None and gap > settings.max_gap_days:
            return None
        if shared_names(vector, story.text_sum) < settings.min_shared_names:
            return None
        n = len(story.members)
        topic = float(item.topic @ story.vector_sum) / n
        score = self._similarity(topic, sparse_dot(vector, story.text_sum) / n)
        far = gap is None or gap > settings.window_days  # no dates: no evidence of time
        if score < (settings.far_threshold if far else settings.threshold):
            return None
        # Undated: the offices' holders are the time evidence left (``article.eras``).
        return None if gap is None and clash(item.terms, story.terms) else score

    def _pair_score(self, a: StoryState, b: StoryState) -> float | None:
        """Average-linkage similarity of two stories; None when a test fails."""
        settings = self.settings
        if a.labelled or b.labelled or a.language != b.language:
            return None
        gap = a.gap_to(b)
        if gap is not None and gap > settings.max_gap_days:
            return None
        if shared_names(a.text_sum, b.text_sum) < settings.min_shared_names:
            return None
        pairs = len(a.members) * len(b.members)
        topic = float(a.vector_sum @ b.vector_sum) / pairs
        score = self._similarity(topic, sparse_dot(a.text_sum, b.text_sum) / pairs)
        far = gap is None or gap > settings.window_days
        if score < (settings.far_threshold if far else settings.threshold):
            return None
        return None if gap is None and clash(a.terms, b.terms) else score

    def _pairs(self, sid: str) -> list[tuple[float, str, str]]:
        story = self._stories[sid]
        out = []
        for other in self._candidates(story.terms, exclude=sid):
            score = self._pair_score(story, self._stories[other])
            if score is not None:
                first, second = sorted((sid, other))
                out.append((score, first, second))
        return out

    def _new_id(self, item: StoryCandidate) -> str:
        sid = mint_id(item.article_id)
        while sid in self._stories or sid in self.merged:  # a label took this id first
            sid = mint_id(sid + item.article_id)
        return sid

    def _open(self, item: StoryCandidate, sid: str) -> StoryState:
        story = StoryState(
            id=sid,
            rank=self._minted,
            language=item.language,
            labelled=bool(item.story_hint),
            vector_sum=np.zeros(item.topic.shape, dtype=np.float32),
        )
        self._minted += 1
        self._stories[sid] = story
        self.touched.add(sid)
        return story

    def _join(self, story: StoryState, item: StoryCandidate, vector: TermVector) -> None:
        story.members.append(item.article_id)
        story.vector_sum = story.vector_sum + item.topic.astype(np.float32)
        story.add_text(vector)
        story.prune(self.settings.max_story_terms)
        if item.published is not None:
            story.dates.append(item.published)
            story.dates.sort()
        for term in item.terms:
            if not story.labelled and term not in story.terms and not is_marker(term):
                self._postings.setdefault(term, set()).add(story.id)
            story.terms[term] += 1
        self._story_of[item.article_id] = story.id
        self.touched.add(story.id)

    def _absorb(self, keep: StoryState, gone: StoryState) -> None:
        for term in posted(gone.terms):
            postings = self._postings[term]
            postings.discard(gone.id)
            postings.add(keep.id)
        keep.absorb(gone)
        keep.prune(self.settings.max_story_terms)
        for article in gone.members:
            self._story_of[article] = keep.id
        del self._stories[gone.id]
        self.merged[gone.id] = keep.id
        self.touched.add(keep.id)
        self.touched.discard(gone.id)


def group(items: Iterable[StoryCandidate], settings: ClusterSettings) -> dict[str, tuple[str, ...]]:
    """Batch: canonical order, fresh index, add all, then merge.  Same inputs in any order,
    same result."""
    return group_index(items, settings).members()


def group_index(items: Iterable[StoryCandidate], settings: ClusterSettings) -> StoryIndex:
    """``group``'s index itself, for a caller that goes on with it."""
    ordered = sorted(items, key=canonical_key)
    return group_stream(lambda: ordered, settings)


def group_stream(
    ordered: Callable[[], Iterable[StoryCandidate]], settings: ClusterSettings
) -> StoryIndex:
    """``group_index`` over candidates the caller reads twice, already in ``canonical_key``
    order (once to count document frequencies, once to add them): a store can stream a large
    window through it without holding every candidate (corpus mode's regroup)."""
    index = StoryIndex(settings)
    for item in ordered():
        index.observe(item)
    for item in ordered():
        index.add(item, observed=True)
    index.merge()
    return index


def published_day(published: str | None) -> date | None:
    """``Article.published`` (ISO, possibly with a time) as a date; None if absent or bad."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
