from __future__ import annotations

from builders import make_article

from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.pipeline import unique_ids
from newsbrief.run.local import brief_articles
from newsbrief.settings import Settings


def test_unique_ids_keep_first_and_number_the_rest() -> None:
    a = make_article("Same words here, twice over.", "x")
    out = unique_ids([a, a, make_article("Other.", "y"), a])
    assert [o.id for o in out] == ["x", "x~2", "y", "x~3"]
    # A record whose own id looks like a renamed copy keeps it; the copy goes elsewhere.
    b = make_article("Other words.", "x~2")
    assert [o.id for o in unique_ids([a, a, b])] == ["x", "x~3", "x~2"]


def test_exact_copies_are_duplicates_not_extra_sources() -> None:
    text = (
        "Nine climbers were trapped on Saturday when an avalanche swept across the pass. "
        "Seven were rescued alive and two are missing, the rescue service said."
    )
    arts = unique_ids([make_article(text, "a"), make_article(text, "a")])
    settings = Settings(analyse=False)
    brief = brief_articles(arts, [], settings=settings, backends=Backends(HashingEmbedder()))
    (story,) = brief.stories
    assert dict(story.story.duplicates) == {"a~2": "a"}
    assert all(c.article == "a" for s in story.summary for c in s.citations)
