"""Cited extractive summary of one story.

Takes the articles of a story (cleaned, with sentences) and, optionally, their stored sentence
vectors; gives summary sentences, each a verbatim source sentence with citations: first the
sentence it was taken from, then the most similar candidate sentence of every other article
that says the same thing.

How sentences are chosen:
- candidates are sentences of a sensible length that can stand alone (no leading pronoun or
  connective such as "Meanwhile" or "However") and end like a sentence (headline fragments
  and navigation lines of scraped pages do not); at most ``MAX_CANDIDATES`` of them, the
  closest to the story centroid and nearest the top;
- relevance = closeness to the story centroid (the mean of per-article centroids, so a long
  article does not outweigh the others) + support (the share of other articles with a
  candidate saying the same) + a lead prior exp(-position / 10): news puts the gist first;
- ``selection`` picks them: budgeted concept coverage, relevance and a KL term, skipping near
  repeats; the first sentence comes from the articles' opening sentences (the main event is
  stated at the top of a news article);
- sentences are shown in the order chosen, most informative first, as a news lead is written.

Representation (``settings.representation``): "lexical" (the default) compares sentences by
counts of words and word pairs (``lexical``); "embedding" uses the stored sentence vectors.  On the
dev sets the lexical one scores as well or better at a hundredth of the cost (README).
Every similarity is between candidates, so time and memory are bounded however big the story.
No model is loaded here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from newsbrief.article.regions import quote_spans
from newsbrief.models import Article, Citation, SummarySentence
from newsbrief.settings import SummarizeSettings
from newsbrief.story.lexical import STOPWORDS, content_vector, cosines, tokenize, weighting
from newsbrief.story.lexical import vector as lexical_vector
from newsbrief.story.selection import Candidates, Divergence, concepts, select
from newsbrief.story.support import cited
from newsbrief.vectors import Vectors

# Tuned constants (selection.py says how; R1 on DUC 2003 TDT / novelty / multinews-val).
# Support: 0.3 / 0.6 / 1.0 tried with embeddings, 0.6 best on multinews-val, flat on DUC;
# lexical 0: 40.70 / 36.21 / 45.94 against 41.09 / 36.17 / 45.96 at 0.6.
SUPPORT_WEIGHT = 0.6
# Lead prior weight: 0.3 / 0.5 / 1.0 tried with embeddings; lexical 0: 40.84 / 36.37 / 45.69,
# 1.0: 41.10 / 35.90 / 46.19.  Each helps one set and hurts another, so 0.5 stays.
POSITION_WEIGHT = 0.5
POSITION_SCALE = 10.0  # sentences; 3 / 5 / 10 / 20 tried, 10 best on multinews-val
# At most this many candidate sentences per story (the best by closeness to the story centroid
# and position): a DUC 2003 cluster has about 250 sentences in all, so the cap changes nothing
# there and bounds the cost of a story of thousands of articles.
MAX_CANDIDATES = 600
# The first sentence of a brief comes from the first this-many candidate sentences of an
# article: the main event is stated at the top of a news article.
LEAD_SENTENCES = 1

_TERMINAL = re.compile(r"[.!?][\"'’”)\]]*$")

# A sentence opening with one of these leans on a sentence before it ("They departed…",
# "The group fights…"): out of context it misleads, so it is not a candidate.
DANGLING_OPENERS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "them",
        "his",
        "her",
        "its",
        "their",
        "this",
        "these",
        "those",
        "that",
        "such",
        "but",
        "and",
        "also",
        "however",
        "meanwhile",
        "then",
        "instead",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "thus",
        "therefore",
    ]
)
# Openings that lean on what came before ("Since then she has had surgeries ...", "In
# addition, four other states allow ...").
DANGLING_PHRASES = (
    "the group ", "the company ", "the official ", "the move ", "the guy ", "the guy’s ",
    "the guy's ", "the man ", "the woman ", "the two ", "the three ", "the four ",
    "since then", "after that", "by then", "in addition", "as a result", "at the time",
    "at that time", "in the meantime", "even so", "on top of that", "despite this",
    "despite that", "because of this", "because of that", "in response",
)  # fmt: skip
# "None were hurt", "Both said ...": a quantifier standing for people named before, when a verb
# follows it at once ("None of the workers" and "Both sides" name their own subject).
_QUANTIFIERS = frozenset({"none", "both", "neither", "all", "many", "most", "several", "some"})
_VERBS = frozenset({
    "was", "were", "is", "are", "had", "have", "has", "said", "say", "did", "do", "will",
    "would", "could", "can", "may", "might", "remain", "remained", "remains",
})  # fmt: skip

_CONTRACTION = re.compile(r"['’](?:s|d|ll|re|ve|m)$")
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they"})
# The writer speaking unquoted; a quotation that opens so ("“We are patient,” she said") is
# someone's words, and stays.
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "us"})
_QUOTE_MARKS = "\"“‘'"

__all__ = ["STOPWORDS", "standalone", "summarize"]


def standalone(text: str) -> bool:
    """Whether a sentence can be read on its own (no leading pronoun or bare back-reference)."""
    words = text.split(maxsplit=1)
    if not words:
        return False
    first = words[0].strip("\"'“‘(").lower().rstrip(",")
    bare = _CONTRACTION.sub("", first)  # "He’s happy if ...": "he"; "I’m trying ...": "i"
    if bare in _PEOPLE_PRONOUNS:
        first = bare  # not "It’s unclear ...", which stands alone
    if first in _QUANTIFIERS and len(words) > 1:
        second = words[1].split(maxsplit=1)[0].lower().strip(",")
        if second in _VERBS:
            return False
    if _PIECE_OF_A_QUOTE.search(text) or text.count('"') % 2:
        return False
    if bare in _FIRST_PERSON and text.lstrip()[:1] not in _QUOTE_MARKS:
        return False  # "We feel it was a missed opportunity": the writer, not the news
    if _asked(text) or _ON_THE_PAGE.search(text):
        return False
    if _LIST_ITEM.match(text) or words[0].lower() in _ENUMERATION or _writer_says_i(text):
        return False
    if _YOU.match(text) and not _quoting(text):
        return False
    if "©" in text:
        return False  # "28:551–556, 2015. © 2015 Wiley Periodicals, Inc.": a journal's imprint
    if _shouted(text):
        return False  # "HALF A MILLION MICE CALL THE UNDERGROUND HOME.": a listicle's heading
    opening = words[0].lstrip("\"'“‘(")
    if opening[:1].islower() and opening == opening.lower():
        return False  # "staff, and so much to do ...": the tail of a sentence cut by a page's lines
    return first not in DANGLING_OPENERS and not text.lower().startswith(DANGLING_PHRASES)


def _shouted(text: str) -> bool:
    """Written in capitals, as headings are (not an acronym or two in a sentence)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _SHOUTED_LETTERS and sum(c.isupper() for c in letters) >= 0.8 * len(
        letters
    )


_SHOUTED_LETTERS = 20


# The writer's question ("Why is this guy allowed at press events?") states nothing.  A
# quoted one stays: someone asked it, and on Multi-News dropping those too cost 0.12 ROUGE-1
# (its references retell what people said); so did dropping a quotation that names nobody
# saying it ("“Every day they go to court, I'll be there.”"), 0.15, which is left alone.
_ASKED = re.compile(r"\?[\"'’”)\]]*\s*$")


def _asked(text: str) -> bool:
    return bool(_ASKED.search(text)) and not _quoting(text)


def _quoting(text: str) -> bool:
    """The sentence carries a quotation (double marks; a single one may be an apostrophe)."""
    return any(mark in text for mark in '"“”')


# Words that point at the page, not the news: "The video shown here explains ...", "Below is a
# quick explanation ...", "in the photo above".
_ON_THE_PAGE = re.compile(
    r"\b(?:shown|seen|pictured|embedded|included) (?:here|above|below)\b|^below (?:is|are)\b|"
    # "the video above", "in our gallery, above"; not "the gallery above the rink".
    r"\b(?:video|photo|photos|image|gallery|chart|map|graphic|tweet|clip),? (?:above|below)\b"
    r"(?! (?:the|a|an|its|his|her|their|our)\b)|"
    # The page's own links and boxes: "For a full recap ..., click here.", "... in our
    # gallery, then share your own thoughts ... in the comments."
    r"\bclick (?:here|below|above)\b|\b(?:in|see|visit) our (?:gallery|slideshow|photo gallery)\b|"
    r"\bin the comments(?: section)?\b|\bshare your (?:own )?thoughts\b|"
    # A link written out: "See My New Clip! ➜ https://www.example.com/clip/..."
    r"\bhttps?://|\bwww\.\w",
    re.IGNORECASE,
)
# One item of a list: "2) Qua economics, the proposal ...", "Second, they argued that ...".
# "1) ...", "(2) ...", "--The cost of a second autopsy.", "• ...": an item of a list.
_LIST_ITEM = re.compile(r"\s*(?:\(?\d{1,2}\)\s|--\s*\S|[•·▪]\s)")
_ENUMERATION = frozenset(
    {"first,", "second,", "third,", "fourth,", "fifth,", "finally,", "lastly,"}
)
_I = frozenset({"I", "I’m", "I'm", "I’ve", "I've", "I’d", "I'd", "I’ll", "I'll", "me"})
# The reader addressed ("You must confirm your signature in your email", "Thank you for
# supporting the campaign"): a page's instructions, not what happened.
# Only these openings: other unquoted "you"s are often the writer's generic one, and dropping
# every such sentence cost 0.11 ROUGE-1 on Multi-News.
_YOU = re.compile(
    r"^(?:thank you for|you (?:must|can|may|will|should|need to|have to)|if you)\b",
    re.IGNORECASE,
)


def _writer_says_i(text: str) -> bool:
    """The writer's own "I" in a sentence without quotation ("As I said, it’s much bolder than
    I expected"); not a Roman numeral after a name ("World War I veterans", "Charles I")."""
    if _quoting(text):
        return False
    tokens = text.split()
    for i, token in enumerate(tokens):
        if token.rstrip(",.;:!?") not in _I:
            continue
        before = tokens[i - 1] if i else ""
        if i <= 1 or before.endswith(",") or before[:1].islower():
            return True
    return False


# A sentence that is one piece of a longer quotation: it opens a quote it does not close
# ("“Why did you take a shower?"), or closes one it did not open ("Why did you spend so much
# time there?”", "She’s injured,” Ali told reporters."); read alone, nobody said it.  Curly
# quotes say which way they face, so a closing one before any opening one, or an opening one
# never closed, marks a piece wherever it stands (a single one closing after punctuation, too:
# "All we know is we’re not looking back.’"); straight ones pair up, so an odd number of them
# does.
_PIECE_OF_A_QUOTE = re.compile(r"\A[^“”]*”|“[^“”]*\Z|\A[^‘]*[.,!?…]’")


def _inside_quotes(article: Article) -> frozenset[int]:
    """The sentences (by index) that are a piece of a longer quotation: they start or end
    inside it ("I’m trying to be aware of that ..." in the middle of a quoted paragraph has
    no quote mark of its own)."""
    spans = quote_spans(article.text)
    return frozenset(
        n
        for n, s in enumerate(article.sentences)
        if any(q.start < s.start < q.end or q.start < s.end < q.end for q in spans)
    )


def summarize(
    articles: Sequence[Article],
    sentence_vectors: Sequence[Vectors] | None = None,
    *,
    settings: SummarizeSettings,
) -> tuple[SummarySentence, ...]:
    """Pick source sentences for a summary of at most ``settings.max_words`` words.

    ``sentence_vectors[a]`` (one unit row per sentence of ``articles[a]``, the article's stored
    facts) choose sentences only when ``settings.representation`` is "embedding"; when given,
    they always decide which other articles a sentence cites."""
    flat = [(a, s) for a, art in enumerate(articles) for s in range(len(art.sentences))]
    if not flat:
        return ()
    texts = [articles[a].sentences[s].text for a, s in flat]
    owner = [a for a, _ in flat]
    words = [len(t.split()) for t in texts]
    tokens = tokenize(texts)
    quoted = [_inside_quotes(art) for art in articles]
    eligible = [
        i
        for i, text in enumerate(texts)
        if settings.min_sentence_words <= words[i] <= settings.max_sentence_words
        and standalone(text)
        and _TERMINAL.search(text)
        and flat[i][1] not in quoted[owner[i]]
    ]
    embedded = settings.representation == "embedding"
    stacked = _stack(sentence_vectors, len(flat))
    if embedded:
        if stacked is None:
            raise ValueError("representation 'embedding' needs the articles' sentence vectors")
        vectors = stacked
        closeness = vectors[eligible] @ _story_centroid(vectors, np.array(owner), len(articles))
    else:
        story = weighting(tokens, owner, len(articles))
        closeness = np.array([story.closeness(tokens[i]) for i in eligible])
    prior = POSITION_WEIGHT * np.exp(-np.array([s for _, s in flat], dtype=float) / POSITION_SCALE)
    base = dict(zip(eligible, closeness + prior[eligible], strict=True))
    candidates = sorted(sorted(eligible, key=lambda i: (-base[i], i))[:MAX_CANDIDATES])
    if not candidates:
        return ()
    if embedded:
        rows = vectors[candidates]
        similarity: npt.NDArray[np.float32] = rows @ rows.T
        support_at, redundant_at = settings.support_threshold, settings.redundancy_threshold
    else:
        similarity = cosines([tokens[i] for i in candidates])
        support_at = settings.lexical_support_threshold
        redundant_at = settings.lexical_redundancy_threshold
    own = np.array([owner[i] for i in candidates])
    support = _support(similarity, own, len(articles), support_at)
    concept_sets, weight = concepts(tokens, owner, len(articles))
    chosen = select(
        Candidates(
            tokens=[tokens[i] for i in candidates],
            chars=[len(texts[i]) for i in candidates],
            words=[words[i] for i in candidates],
            relevance=np.array([base[i] for i in candidates]) + SUPPORT_WEIGHT * support,
            similarity=similarity,
            lead=_leads(candidates, owner),
        ),
        [concept_sets[i] for i in candidates],
        weight,
        Divergence(tokens, [tokens[i] for i in candidates]),
        max_words=settings.max_words,
        redundancy=redundant_at,
    )
    # Citations look at every sentence of the other articles, not only the capped candidates,
    # and at the stored sentence vectors when given (a brief always has them): paraphrases
    # across outlets are where embeddings earn their cost (``support``).
    lexical = [lexical_vector(t) for t in tokens]
    content = [content_vector(t) for t in tokens]
    return tuple(
        _cite(
            candidates[k],
            flat,
            articles,
            cited(
                candidates[k],
                texts=texts,
                owner=owner,
                lexical=lexical,
                content=content,
                vectors=stacked,
                settings=settings,
            ),
        )
        for k in chosen
    )


def _stack(sentence_vectors: Sequence[Vectors] | None, n_sentences: int) -> Vectors | None:
    """The articles' sentence vectors as one matrix, a row per sentence of ``flat``."""
    if sentence_vectors is None:
        return None
    rows = [np.asarray(v, dtype=np.float32).reshape(len(v), -1) for v in sentence_vectors if len(v)]
    if sum(len(r) for r in rows) != n_sentences:
        raise ValueError(
            f"{sum(len(r) for r in rows)} sentence vectors for {n_sentences} sentences: the "
            "stored facts do not match the articles' sentences"
        )
    stacked: Vectors = np.vstack(rows)
    return stacked


def _story_centroid(vectors: Vectors, owner: npt.NDArray[np.int_], n_articles: int) -> Vectors:
    per_article = [
        vectors[owner == a].mean(axis=0) for a in range(n_articles) if (owner == a).any()
    ]
    centroid: Vectors = np.mean(per_article, axis=0).astype(np.float32)
    norm = float(np.linalg.norm(centroid))
    return centroid / norm if norm else centroid


def _support(
    similarity: npt.NDArray[np.float32],
    own: npt.NDArray[np.int_],
    n_articles: int,
    threshold: float,
) -> npt.NDArray[np.float64]:
    """Share of *other* articles with a candidate at least ``threshold`` similar to each."""
    if n_articles < 2:
        return np.zeros(len(own))
    seen = np.zeros((len(own), n_articles), dtype=bool)
    r, c = np.nonzero(similarity >= threshold)
    seen[r, own[c]] = True
    seen[np.arange(len(own)), own] = False
    return np.asarray(seen.sum(axis=1), dtype=float) / (n_articles - 1)


def _leads(candidates: Sequence[int], owner: Sequence[int]) -> list[bool]:
    """Whether each candidate is among the first ``LEAD_SENTENCES`` candidates of its article
    (headlines, captions and navigation lines are not candidates, so these are the article's
    opening sentences)."""
    seen: dict[int, int] = {}
    leads = []
    for i in candidates:  # in story order
        seen[owner[i]] = seen.get(owner[i], 0) + 1
        leads.append(seen[owner[i]] <= LEAD_SENTENCES)
    return leads


def _cite(
    i: int,
    flat: Sequence[tuple[int, int]],
    articles: Sequence[Article],
    support: Mapping[int, int],
) -> SummarySentence:
    """Sentence ``i`` (an index into ``flat``), cited to itself, then to the sentence of each
    other article that says the same thing (``support.cited``), in article order."""
    a, s = flat[i]
    citations = [_citation(articles[a], s)]
    for other in sorted(support):
        citations.append(_citation(articles[other], flat[support[other]][1]))
    return SummarySentence(text=articles[a].sentences[s].text, citations=tuple(citations))


def _citation(article: Article, sentence: int) -> Citation:
    sent = article.sentences[sentence]
    return Citation(article=article.id, start=sent.start, end=sent.end, sentence=sentence)
