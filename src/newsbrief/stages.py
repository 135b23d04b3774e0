"""The two kinds of stage, typed: per article and per story.

Every runner (brief mode, corpus mode, Spark) wires these two, and only these two, around its
own storage: ``Extract`` is the only place models run; ``BriefStory`` runs with no model, from
stored facts.  Both are module-level functions (picklable, so a Spark task can ship them),
deterministic, and their inputs and outputs round-trip through ``codec``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsbrief.article.facts import extract
from newsbrief.backends.loaded import Backends
from newsbrief.models import Article, ArticleFacts, Skipped, Story, StoryBrief
from newsbrief.settings import BriefSettings, ExtractSettings
from newsbrief.story.brief import brief_story


class Extract(Protocol):
    """Per article: the models' facts, nothing that depends on the article's story."""

    def __call__(
        self, article: Article, *, settings: ExtractSettings, backends: Backends
    ) -> ArticleFacts | Skipped: ...


class BriefStory(Protocol):
    """Per story: the brief, from stored facts, with no model loaded."""

    def __call__(
        self, story: Story, facts: Sequence[ArticleFacts], *, settings: BriefSettings
    ) -> StoryBrief: ...


# The implementations, checked against the Protocols by mypy.
EXTRACT: Extract = extract
BRIEF_STORY: BriefStory = brief_story

__all__ = ["BRIEF_STORY", "EXTRACT", "BriefStory", "Extract"]
