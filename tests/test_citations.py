from __future__ import annotations

import pytest
from builders import make_article

from newsbrief.errors import CitationError
from newsbrief.models import Citation, Claim, DateClaim, Story, StoryBrief, SummarySentence
from newsbrief.story.citations import check_story

ART = make_article("The ceasefire took effect at 7am. Talks began at noon.", "a1")
GOOD = Citation("a1", 0, 33, sentence=0)


def _brief(*sentences: SummarySentence, claims: tuple[Claim, ...] = ()) -> StoryBrief:
    return StoryBrief(Story("s", ("a1",)), (ART,), tuple(sentences), claims=claims)


def test_valid_brief_passes() -> None:
    check_story(_brief(SummarySentence("The ceasefire took effect at 7am.", (GOOD,))))


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        (SummarySentence("The ceasefire took effect at 7am.", ()), "no citation"),
        (SummarySentence("x", (Citation("nope", 0, 5),)), "unknown article"),
        (SummarySentence("x", (Citation("a1", 10, 999),)), "outside"),
        (SummarySentence("x", (Citation("a1", 5, 5),)), "outside"),
        (SummarySentence("x", (Citation("a1", 0, 10, sentence=7),)), "no sentence 7"),
        (SummarySentence("x", (Citation("a1", 34, 40, sentence=0),)), "not inside sentence"),
        (SummarySentence("The ceasefire never happened.", (GOOD,)), "differs"),
    ],
)
def test_bad_citations_are_refused(sentence: SummarySentence, message: str) -> None:
    with pytest.raises(CitationError, match=message):
        check_story(_brief(sentence))


def test_claims_need_citations() -> None:
    claim = DateClaim("T12:00", "time", "talks began", "at noon", "Talks began at noon.", ())
    with pytest.raises(CitationError, match="no citation"):
        check_story(_brief(claims=(claim,)))
