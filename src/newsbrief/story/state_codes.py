"""US states written as postal codes after a town: "Mansfield, CT", "Pine Bush, NY".

Takes: a story's articles and name mentions.  Gives: the codes as place mentions grouped
under the state's name (as the alias table groups "Mass."), and pairs (code, state) for
``merge.merge_names`` (the pair joins only when the story names the state).
Read before initials are matched: "CT" after "Mansfield," abbreviates no name of the story
("Chevy Tahoe").  Only after a capitalised word and a comma, and followed by a full stop,
comma, semicolon, bracket or the line's end: elsewhere "IN", "OR" and "ME" are words.
Plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.article.mentions import overlaps, taken_spans
from newsbrief.article.tables import US_STATE_CODES
from newsbrief.models import Article, Mention
from newsbrief.story.names import fold

_AFTER_TOWN = re.compile(r"(?<=[A-Za-z]),[ \t]+([A-Z]{2})(?=[.,;)]|[ \t]*$|[ \t]*\n)", re.M)


def state_codes(
    articles: Sequence[Article], mentions: Sequence[Mention]
) -> tuple[list[Mention], list[tuple[str, str]]]:
    """``mentions`` with the codes written after a town as places (the tagger's own "CT",
    typed a group, retyped), and (code, state) pairs."""
    spans = taken_spans(mentions)
    exact = {(m.article, m.start, m.end): m for m in mentions}
    out = list(mentions)
    pairs: set[tuple[str, str]] = set()
    for article in articles:
        taken = spans.get(article.id, [])
        for m in _AFTER_TOWN.finditer(article.text):
            code = m.group(1)
            state = US_STATE_CODES.get(code)
            if state is None:
                continue
            # The state's name as its group: "MA" joins "Mass." (the alias table's
            # Massachusetts) and names the entity when the story never spells it out.
            place = Mention(article.id, m.start(1), m.end(1), code, "GPE", state)
            tagged = exact.get((article.id, m.start(1), m.end(1)))
            if tagged is not None:
                out[out.index(tagged)] = place
            elif overlaps(taken, m.start(1), m.end(1)):
                continue
            else:
                out.append(place)
            pairs.add((fold(code), fold(state)))
    return out, sorted(pairs)
