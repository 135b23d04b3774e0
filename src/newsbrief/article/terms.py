"""Salient terms of an article: the cheap, model-free evidence that story grouping relies on.

Takes: an ``Article``.  Gives: a frozenset of lower-case terms.  Backend: one regular
expression without nested quantifiers over the title and each sentence (linear on any
input), then plain Python; at most ``MAX_CHARS`` of text is read.

Two articles about the same events name the same people, places and organisations and
repeat the same key words; two articles that merely look alike (same genre, same site) do
not.  So the terms are:

- names: capitalised words that do not open a sentence ("said Pinochet", "in Nairobi"), and
  all-capitals acronyms ("NATO").  A sentence's first word is skipped because a capital there
  says nothing; a real name is almost always repeated later in the article anyway;
- key words and key phrases: content words, and pairs of adjacent content words ("car
  bomb", "peace accord"), that the article itself repeats, plus those of its title.
  Repetition inside one text is the classic corpus-free signal of what it is about (Luhn
  1958); phrases tell related events apart where single words do not ("gaza airport" vs
  "market bombing", both "palestinian");
- figures with their noun ("1,200 residents" -> "1200 residents"): the same count in two
  articles is strong evidence of one event.  Years and small numbers are left out;
- with the terms, not among them: markers of who holds an office as the article is written
  ("^office:us-president:obama", ``article.eras``), time evidence for undated pages that
  story grouping reads apart from the words.

Calendar words, honorifics and web furniture (share buttons, wire credits, archive notices)
are never terms: unrelated pages share them, so they would be false evidence.  Which terms
are common in the collection (and so weak evidence) is for the grouping index to weigh.
"""

from __future__ import annotations

import re
from collections import Counter

from newsbrief.article.eras import era_markers
from newsbrief.models import Article

# A word: a letter or digit, then word characters, in-word punctuation, or a comma inside a
# number ("1,200").  The alternatives cannot overlap, so matching is linear on any input.
_WORD = re.compile(r"[^\W_](?:[\w'’&.-]|,(?=\d))*")
_NUMBER = re.compile(r"\d[\d,.]*")
# Longer tokens are URLs, hashes or glued text, not words of the story.
MAX_TOKEN_CHARS = 30
# Shorter lower-case words are mostly function words or too ambiguous to be evidence.
MIN_WORD_CHARS = 4
# A word or phrase the article uses this often is one of its key terms (Luhn 1958).
MIN_REPEATS = 2
# Only this much text is read: the lead states the story, and the bound keeps the cost of a
# hostile 5 MB record flat.
MAX_CHARS = 30_000
# Terms kept per article, most frequent first.  48 kept more of the evidence than 24 and
# less noise than "all" in the DUC 2003 / Multi-News grouping runs (bench/grouping.py); it
# also bounds the postings one article adds to the grouping index.
MAX_TERMS = 48

STOPWORDS = frozenset(
    """a about above after again against all almost also although always am among an and
    another any anyone anything are around as at away back be became because become been
    before being below between both but by came can cannot could did do does doing done down
    during each either else enough even ever every few for from further get gets getting give
    given go goes going gone got had has have having he her here hers herself him himself his
    how however i if in into is it its itself just last least less like made make makes many
    may me might more most much must my myself near need never new next no nor not now of off
    often on once one only onto or other others our ours out over own per perhaps put rather
    really said same say says see seen several she should since so some something still such
    take than that the their theirs them themselves then there these they thing things this
    those though through thus till to told too took toward under until up upon us use used
    very was way we well went were what whatever when where whether which while who whom whose
    why will with within without would yet you your yours""".split()  # noqa: SIM905
)

# Capitalised words that name nothing in a story: days, months, honorifics.
NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec mr mrs ms dr sir st gen sen rep gov lt col sgt jr sr prof""".split()  # noqa: SIM905
)

# Web furniture and wire credits: words on a page because of where it was published or
# archived, not what it reports.  Share buttons, newsletter and cookie prompts, photo credits,
# wire bylines (AP, Reuters, AFP, Xinhua), and Internet Archive notices, which scraped news
# sets (Multi-News, WCEP) are full of.  A capitalised run holding one of these ("Wayback
# Machine", "Getty Images") is dropped whole.  A story about Facebook still has its other
# names as evidence.
FURNITURE = frozenset(
    """facebook twitter tweet tweets retweet instagram youtube pinterest reddit linkedin
    whatsapp tumblr snapchat google email e-mail newsletter subscribe subscription
    subscribers cookie cookies javascript browser browsers click log login sign share
    shares comment comments advertisement advertising sponsored copyright reserved rights
    photo photos image images video videos getty afp ap reuters xinhua nyt associated press
    wire archive archived wayback alexa internet crawl crawls web website site page pages
    link links url urls http https www com html read more""".split()  # noqa: SIM905
)

# Words after a number that make it a count or an amount without a plural "s".
COUNT_NOUNS = frozenset({"people", "million", "billion", "trillion", "thousand", "hundred"})

_OPENERS = "\"'“‘(«[—–- \t\n"


def _clean(token: str) -> str:
    return token.rstrip("'’.-&").casefold()


def _content(word: str) -> bool:
    return (
        len(word) >= MIN_WORD_CHARS
        and word.isalpha()
        and word not in STOPWORDS
        and word not in FURNITURE
    )


def _figure(number: str, noun: str) -> str | None:
    """ "1,200" + "residents" -> "1200 residents"; None for years, small numbers, non-counts."""
    digits = number.replace(",", "").rstrip(".")
    if not digits.replace(".", "", 1).isdigit():
        return None
    value = float(digits)
    # Years are shared by every article of a time, numbers below 10 by every article of a kind.
    if value < 10 or (len(digits) == 4 and 1800 <= value <= 2100):
        return None
    # Only a count of things ("24 people") or an amount ("46 million") states a fact; a number
    # before any other word is a list index, a score or part of a date.
    if not (noun in COUNT_NOUNS or noun.endswith("s")) or noun in STOPWORDS or noun in FURNITURE:
        return None
    return f"{digits} {noun}"


def _scan(text: str, counts: Counter[str], *, title: bool) -> None:
    """Count the terms of one sentence (or the title) into ``counts``: names under a "="
    prefix, words and phrases as they are."""
    found = [m for m in _WORD.finditer(text) if len(m.group(0)) <= MAX_TOKEN_CHARS]
    tokens = [m.group(0) for m in found]
    adjacent = (
        [False]
        + [  # token i follows token i-1 across whitespace only
            text[found[i - 1].end() : found[i].start()].isspace() for i in range(1, len(found))
        ]
    )
    # A run of capitalised words is one name; a run holding a furniture word is furniture.
    run = list(range(len(tokens)))
    furniture_runs: set[int] = set()
    for i, token in enumerate(tokens):
        if i and adjacent[i] and tokens[i - 1][0].isupper() and token[0].isupper():
            run[i] = run[i - 1]
        if token[0].isupper() and _clean(token) in FURNITURE:
            furniture_runs.add(run[i])
    weight = 2 if title else 1
    for i, token in enumerate(tokens):
        word = _clean(token)
        if not word:
            continue
        if token[0].isdigit():
            noun = _clean(tokens[i + 1]) if i + 1 < len(tokens) else ""
            figure = _figure(token, noun) if _NUMBER.fullmatch(token) and noun.isalpha() else None
            if figure:
                counts[figure] += 1
        elif token[0].isupper():
            # A capital opening a sentence says nothing; in a title every word has one.
            if (i == 0 and not title) or run[i] in furniture_runs:
                continue
            if word not in STOPWORDS and word not in FURNITURE and word not in NOT_NAMES:
                counts["=" + word] += weight
        elif _content(word):
            counts[word] += weight
            prev = _clean(tokens[i - 1]) if i else ""
            if adjacent[i] and tokens[i - 1][0].islower() and _content(prev):
                counts[f"{prev} {word}"] += weight


def _counts(article: Article) -> Counter[str]:
    """Every candidate term of the title and the first ``MAX_CHARS`` of the sentences."""
    counts: Counter[str] = Counter()
    if article.title:
        _scan(article.title[:500], counts, title=True)
    used = 0
    for sentence in [s.text for s in article.sentences] or [article.text]:
        if used >= MAX_CHARS:
            break
        text = sentence[: MAX_CHARS - used]
        used += len(text)
        _scan(text.lstrip(_OPENERS), counts, title=False)
    return counts


def salient_terms(article: Article) -> frozenset[str]:
    """The article's salient terms (see the module docstring); deterministic, model-free."""
    counts = _counts(article)
    terms: Counter[str] = Counter()
    for key, n in counts.items():
        if key.startswith("="):  # a name: one mention is evidence enough
            terms[key[1:]] += n
        elif n >= MIN_REPEATS or key[0].isdigit():
            terms[key] += n
    ranked = sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))
    # With them, the time evidence of who holds an office as it is written ("^" markers,
    # ``article.eras``): grouping reads those apart from the words.
    markers = era_markers(f"{article.title or ''}\n{article.text}")
    return frozenset(term for term, _ in ranked[:MAX_TERMS]) | markers


# Weighted terms kept per article for the grouping index's full-text term vector: enough for a
# long article's vocabulary beyond its few key terms (which words two reports of one event
# share is mostly in the long tail), bounded so that one fact stays small.
MAX_COUNTED_TERMS = 200


def term_counts(article: Article, limit: int = MAX_COUNTED_TERMS) -> tuple[tuple[str, int], ...]:
    """The article's full-text term counts: every name (under a "=" prefix, so that the index
    can weigh names above words), content word, phrase and figure that ``salient_terms``
    considers, without its repetition filter; the ``limit`` most frequent (ties: names first,
    then alphabetical), sorted by term.  Deterministic, model-free, story-independent."""
    counts = _counts(article)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], not kv[0].startswith("="), kv[0]))
    return tuple(sorted(ranked[:limit]))
