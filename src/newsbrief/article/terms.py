"""Salient terms of an article: the cheap, model-free evidence that story grouping relies on.

Takes: an ``Article``.  Gives: a frozenset of lower-case terms.  Backend: one bounded regular
expression over the title and each sentence (linear on any input), then plain Python.

Two articles about the same events name the same people, places and organisations and
repeat the same topic words; two articles that merely look alike (same genre, same site)
do not.  So the terms are:

- names: capitalised words that do not open a sentence ("said Pinochet", "in Nairobi"), and
  all-capitals acronyms ("NATO").  A sentence's first word is skipped because there a capital
  says nothing; a name there is almost always repeated later in the article anyway;
- topic words: content words the article itself repeats (twice or more), and content words
  of the title.  Repetition inside one article is the classic, corpus-free signal of what a
  text is about (Luhn 1958), and needs no document frequencies;
- figures with their noun ("1,200 residents" -> "1200 residents"): shared counts are strong
  evidence of one event.  Bare years are left out: every article of a year shares them.

Calendar words, honorifics and web furniture (share buttons, wire credits, archive notices)
are never terms: they are shared by unrelated pages and would be false evidence.
"""

from __future__ import annotations

import re
from collections import Counter

from newsbrief.models import Article

# A word: a letter or digit, then word characters and in-word punctuation (one greedy class,
# so matching is linear on any input).
_WORD = re.compile(r"[^\W_][\w'’&.-]*")
_DIGITS = re.compile(r"\d[\d,.]*")
# Longer tokens are URLs, hashes or glued text, not words of the story.
MAX_TOKEN_CHARS = 30
# Shorter lower-case words are mostly function words or too ambiguous to be evidence.
MIN_WORD_CHARS = 4
# A word repeated this often within one article is one of its topic words (Luhn 1958).
MIN_REPEATS = 2
# Only this much of an article is read: the lead states the story, and a bound keeps the cost
# of a hostile 5 MB record flat.
MAX_CHARS = 30_000
# Terms kept per article, most frequent first: enough to describe a story, few enough that
# the inverted index of the grouping stays small.
MAX_TERMS = 48
BIGRAMS = False

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

# Capitalised words that are not names of anything in the story.
NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec mr mrs ms dr mr. mrs. ms. dr. sir st st. gen gen. sen sen. rep rep. gov gov.
    lt col sgt jr sr prof""".split()  # noqa: SIM905
)

# Web furniture and wire credits: words that appear on pages because of where they were
# published or archived, not what they report.  Social-network share buttons, newsletter
# and cookie prompts, photo credits, wire-service bylines (AP, Reuters, AFP, Xinhua) and the
# Internet Archive notices that scraped news sets (Multi-News, WCEP) are full of.  A story
# about one of these names still has its other names as evidence.
FURNITURE = frozenset(
    """facebook twitter tweet tweets retweet instagram youtube pinterest reddit linkedin
    whatsapp tumblr snapchat google email e-mail newsletter subscribe subscription
    subscribers cookie cookies javascript browser browsers click log login sign share
    shares comment comments advertisement advertising sponsored copyright reserved rights
    photo photos image images video videos getty afp ap reuters xinhua nyt associated press
    wire archive archived wayback alexa internet crawl crawls web website site page pages
    link links url urls http https www com html read more""".split()  # noqa: SIM905
)

# Words after a number that make it a count or amount even without a plural "s".
COUNT_NOUNS = frozenset({"people", "million", "billion", "trillion", "thousand", "hundred"})

_SENTENCE_OPENERS = frozenset("\"'“‘(«[—–-")


def _clean(token: str) -> str:
    return token.rstrip("'’.-&").casefold()


def _figure(number: str, noun: str) -> str | None:
    """ "1,200" + "residents" -> "1200 residents"; None for years and small counts."""
    digits = number.replace(",", "").rstrip(".")
    if not digits.replace(".", "", 1).isdigit():
        return None
    value = float(digits)
    # Years (and 4-digit numbers that look like them) are shared by every article of a time;
    # counts below 10 ("two people", "3 days") are shared by every article of a kind.
    if value < 10 or (len(digits) == 4 and 1800 <= value <= 2100):
        return None
    # Only a count of things ("1200 residents", "24 people") or a scaled amount ("46 million")
    # names a fact; a number before any other word is a list index, a score or a date part.
    if noun in STOPWORDS or noun in FURNITURE or not (noun in COUNT_NOUNS or noun.endswith("s")):
        return None
    return f"{digits} {noun}"


def _scan(text: str, counts: Counter[str], *, title: bool) -> None:
    """Count the terms of one sentence (or the title) into ``counts``."""
    found = [m for m in _WORD.finditer(text) if len(m.group(0)) <= MAX_TOKEN_CHARS]
    tokens = [m.group(0) for m in found]
    # A run of capitalised words separated by spaces only is one name ("Wayback Machine");
    # a run holding a furniture word is furniture as a whole.
    run_id = [0] * len(tokens)
    furniture_runs: set[int] = set()
    for i, token in enumerate(tokens):
        joined = (
            i > 0
            and tokens[i - 1][0].isupper()
            and text[found[i - 1].end() : found[i].start()].isspace()
        )
        run_id[i] = run_id[i - 1] if joined else i
        if token[0].isupper() and _clean(token) in FURNITURE:
            furniture_runs.add(run_id[i])
    for i, token in enumerate(tokens):
        word = _clean(token)
        if not word:
            continue
        if token[0].isdigit():
            nxt = _clean(tokens[i + 1]) if i + 1 < len(tokens) else ""
            figure = _figure(token, nxt) if _DIGITS.fullmatch(token) and nxt.isalpha() else None
            if figure:
                counts[figure] += 1
            continue
        if word in STOPWORDS or word in FURNITURE or word in NOT_NAMES:
            continue
        if token[0].isupper():
            # A capital opening a sentence says nothing; in a title every word has one.
            if (i == 0 and not title) or run_id[i] in furniture_runs:
                continue
            counts["=" + word] += 1
        elif len(word) >= MIN_WORD_CHARS and word.isalpha():
            counts[word] += 2 if title else 1
            prev = _clean(tokens[i - 1]) if i > 0 else ""
            if (
                BIGRAMS
                and prev
                and tokens[i - 1][0].islower()
                and len(prev) >= MIN_WORD_CHARS
                and prev.isalpha()
                and prev not in STOPWORDS
                and prev not in FURNITURE
                and text[found[i - 1].end() : found[i].start()].isspace()
            ):
                counts[f"{prev} {word}"] += 2 if title else 1


def salient_terms(article: Article) -> frozenset[str]:
    """The article's salient terms (see the module docstring); deterministic, model-free."""
    counts: Counter[str] = Counter()
    if article.title:
        _scan(article.title[:500], counts, title=True)
    sentences = [s.text for s in article.sentences] or [article.text]
    used = 0
    for sentence in sentences:
        if used >= MAX_CHARS:
            break
        used += len(sentence)
        _scan(
            sentence.lstrip("".join(_SENTENCE_OPENERS) + " \t\n")[:MAX_CHARS], counts, title=False
        )
    terms: dict[str, int] = {}
    for key, n in counts.items():
        if key.startswith("="):  # a name: one mention is enough
            word = key[1:]
            terms[word] = terms.get(word, 0) + n
        elif n >= MIN_REPEATS or key[0].isdigit():
            terms[key] = terms.get(key, 0) + n
    ranked = sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))
    return frozenset(term for term, _ in ranked[:MAX_TERMS])
