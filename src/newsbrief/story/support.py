"""Whether another article's sentence says what a summary sentence says: the test behind a
second citation.

Takes a story's sentences (texts, word and word-pair vectors, and the stored sentence vectors
when the caller has them) and one chosen sentence; gives, for each other article, its sentence
that says the same thing, if any.  A citation tells the reader "this source says this too", so
the test is precision first.  Three kinds of evidence, any one enough:

- word and word-pair cosine (``lexical.vector``) >= ``cite_lexical_threshold``, with the
  content words and their pairs (``lexical.content_vector``) at least
  ``cite_content_threshold`` alike: the same wording, not just the same function words and
  stock phrases ("on both sides of the border ... sources said");
- the other sentence holds at least ``cite_containment_threshold`` of this one's content
  words and word pairs: it says this within a longer sentence ("Washington classifies
  Hezbollah as a terrorist group" / "... Hizbollah, which Washington classifies as a terrorist
  group."), which a cosine marks down for the length;
- sentence-vector cosine >= ``cite_vector_threshold``: a paraphrase ("the army lost three
  men").  Within one story every sentence is on topic, so vector cosines run high for
  sentences that state different facts: on a labelled sample the old bar of 0.6 cited a
  sentence that does not say the same thing more often than one that does (settings say how
  the bars were chosen);

and in both cases the figures must agree: when the chosen sentence states figures, the other
must state at least one of them ("71 percent favoured it" is not confirmed by "66 percent
favoured it", however close their vectors).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from newsbrief.article.numbers import parse_number
from newsbrief.settings import SummarizeSettings
from newsbrief.vectors import Vectors

# A figure: digits (with thousands commas or a decimal point), or number words from "two" up
# ("seventy-one", "twenty five").  "one" and "a" are left out: they are mostly not figures
# ("one of the men", "a man").
_WORD = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|dozen)"
)
_FIGURE = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\w)"
    rf"|\b{_WORD}(?:[- ](?:one|{_WORD}))?\b",
    re.IGNORECASE,
)
_SCALE = re.compile(r"\s*(hundred|thousand|million|billion)\b", re.IGNORECASE)

__all__ = ["cited", "figures", "figures_agree"]


def figures(text: str) -> frozenset[float]:
    """The figures a sentence states, as numbers ("2.1 billion" → 2.1e9, "seventy-one" → 71)."""
    found: set[float] = set()
    for match in _FIGURE.finditer(text):
        phrase = match.group(0)
        scale = _SCALE.match(text, match.end())
        if scale:
            phrase += " " + scale.group(1)
        value = parse_number(phrase)
        if value is not None:
            found.add(value)
    return frozenset(found)


def figures_agree(chosen: str, other: str) -> bool:
    """Whether ``other`` may be cited for ``chosen`` as far as figures go: when ``chosen`` states
    figures, ``other`` must state at least one of them (a sentence that gives none of the
    figures, or only other figures, does not confirm them)."""
    mine = figures(chosen)
    return not mine or bool(mine & figures(other))


def cited(
    i: int,
    *,
    texts: Sequence[str],
    owner: Sequence[int],
    lexical: Sequence[dict[str, float]],
    content: Sequence[dict[str, float]],
    vectors: Vectors | None,
    settings: SummarizeSettings,
) -> dict[int, int]:
    """Sentence ``i``'s support: other article -> the index of its sentence that says the same
    thing (the one with the strongest evidence among those that pass).  ``lexical`` and
    ``content``: every sentence's ``lexical.vector`` and ``lexical.content_vector``."""
    strength = _evidence(i, lexical, content, vectors, settings)
    best: dict[int, int] = {}
    for j in np.argsort(-strength, kind="stable"):
        if strength[j] < 1.0:
            break
        other = owner[j]
        if other == owner[i] or other in best:
            continue
        if figures_agree(texts[i], texts[j]):
            best[other] = int(j)
    return best


def _evidence(
    i: int,
    lexical: Sequence[dict[str, float]],
    content: Sequence[dict[str, float]],
    vectors: Vectors | None,
    settings: SummarizeSettings,
) -> npt.NDArray[np.float64]:
    """Each sentence's evidence of saying what sentence ``i`` says, as a multiple of its bar
    (>= 1 passes): the largest of the word, the containment and the vector evidence."""
    words = np.array([_dot(lexical[i], other) for other in lexical])
    strength: npt.NDArray[np.float64] = words / settings.cite_lexical_threshold
    for j in np.flatnonzero(strength >= 1.0):
        if _dot(content[i], content[int(j)]) < settings.cite_content_threshold:
            strength[j] = 0.0
    mine = content[i].keys()
    if mine:
        held = np.array([len(mine & other.keys()) / len(mine) for other in content])
        strength = np.maximum(strength, held / settings.cite_containment_threshold)
    if vectors is not None:
        strength = np.maximum(strength, (vectors @ vectors[i]) / settings.cite_vector_threshold)
    return strength


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(w * large.get(t, 0.0) for t, w in small.items())
