"""Whether another article's sentence says what a summary sentence says: the test behind a
second citation.

Takes a story's sentences (texts, word and word-pair vectors, and the stored sentence vectors
when the caller has them) and one chosen sentence; gives, for each other article, its sentence
that says the same thing, if any.  A citation tells the reader "this source says this too", so
the test is precision first.  Two kinds of evidence, either enough:

- word and word-pair cosine (``lexical.vector``) >= ``cite_lexical_threshold``: the same
  wording;
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

from newsbrief.article.quantities import parse_number
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
    vectors: Vectors | None,
    settings: SummarizeSettings,
) -> dict[int, int]:
    """Sentence ``i``'s support: other article -> the index of its sentence that says the same
    thing (the one with the strongest evidence among those that pass)."""
    strength = _evidence(i, lexical, vectors, settings)
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
    vectors: Vectors | None,
    settings: SummarizeSettings,
) -> npt.NDArray[np.float64]:
    """Each sentence's evidence of saying what sentence ``i`` says, as a multiple of its bar
    (>= 1 passes): the larger of the word and the vector evidence."""
    mine = lexical[i]
    words = np.array([sum(w * other.get(t, 0.0) for t, w in mine.items()) for other in lexical])
    strength: npt.NDArray[np.float64] = words / settings.cite_lexical_threshold
    if vectors is not None:
        strength = np.maximum(strength, (vectors @ vectors[i]) / settings.cite_vector_threshold)
    return strength
