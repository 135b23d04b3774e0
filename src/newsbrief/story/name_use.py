"""How the text uses a story's one-word names: as places ("in Estermark") or as actors
("Pellmark said").  Rule 7 (``merge``) reads both: a name used as a place is no short form of
a body named after it, one that acts is a group or a person.  Plain Python over the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.article.place_use import ACTOR_USE, KIN_USE, WHO_USE
from newsbrief.article.place_use import place_uses as uses_as_place
from newsbrief.article.tables import GAZETTEER
from newsbrief.models import Article
from newsbrief.story.names import PLACE_LABELS

__all__ = ["NameUse", "used_as"]


@dataclass(frozen=True)
class NameUse:
    """How the text uses the story's one-word names (folded keys)."""

    # Used as a place in a fifth of its mentions or more: a name used so less often is none
    # ("a stake in Netscape", which the rest of the story has act and own).
    places: frozenset[str]
    # Used as a place in half its mentions or more, and never as an actor: a place whatever
    # the tagger typed it ("in Catanduanes", tagged ORG).
    mostly_places: frozenset[str]
    actors: frozenset[str]
    # Never used as a place, and given kin ("Areej’s father", "little Areej’s family"): a
    # person whatever the tagger typed it (GPE), so a given name ``nearest_names`` may join.
    people: frozenset[str] = frozenset()


def used_as(articles: Sequence[Article], names: dict[str, Counter[str]]) -> NameUse:
    """One-word names the text uses as places, and those it uses as actors."""
    one_word = {t: key for key, counts in names.items() for t in counts if " " not in t}
    place_uses: Counter[str] = Counter()
    actors: set[str] = set()
    kin: set[str] = set()
    # Any word in those positions, then looked up: one pass per article, however many names.
    for article in articles if one_word else ():
        for written, n in uses_as_place(article.text, one_word).items():
            place_uses[one_word[written]] += n
        actors.update(
            one_word[w] for m in ACTOR_USE.finditer(article.text) if (w := m.group(1)) in one_word
        )
        kin.update(
            one_word[w] for m in KIN_USE.finditer(article.text) if (w := m.group(1)) in one_word
        )
        kin.update(
            one_word[w]
            for m in WHO_USE.finditer(article.text)
            if (w := m.group(1)) in one_word and GAZETTEER.get(one_word[w]) not in PLACE_LABELS
        )
    return NameUse(
        places=frozenset(k for k, n in place_uses.items() if n * 5 >= names[k].total()),
        mostly_places=frozenset(
            k for k, n in place_uses.items() if n * 2 >= names[k].total() and k not in actors
        ),
        actors=frozenset(actors),
        people=frozenset(kin - set(place_uses)),
    )
