"""Whose share a percentage is: vote shares and turnout, so that two sources' figures for one
candidate (or for the turnout) are compared, and two candidates' shares never are.

Takes: one percentage figure (``QuantityFact``), its article's text and the merged entities'
mentions in that article.  Gives: the unit and qualifier it is compared under, or None for a
percentage that says of what only in prose (those stay bare and are never set against each
other, ``figures_align``).

- "Varga won 51 percent of the vote", "34 percent for her closest rival, Tomas Rell Ortega
  Diaz": unit ``VOTE_SHARE``, the candidate (a person, else a party) as qualifier: named
  after "for" within a few words, else the subject of a vote verb right before the figure
  ("won", "took", "had", "continued to lead with") in a passage that names the vote (its
  sentence or the 400 characters before); a share whose holder is not that plain
  is left bare (a share pinned on the wrong candidate is worse than none);
- "40 percent of the 38.5 million electorate voted", "turnout was 47 percent": ``TURNOUT``;
- "with 22 percent of the vote counted" is how far the count has gone: no share at all.
Plain, bounded regular expressions over the figure's sentence; no model.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsbrief.models import QuantityFact

VOTE_SHARE = "percent of the vote"
TURNOUT = "percent turnout"
SHARE_CLASS = "share"

_PERCENT = re.compile(r"\s*(?:percent|per\s+cent|%)", re.IGNORECASE)
_OF_VOTE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:popular\s+|total\s+)?(?:vote|votes|ballots)\b"
    r"(?!\s+(?:counted|tallied|reported|reporting|in\b|had\s+been|were|was))",
    re.IGNORECASE,
)
_PROGRESS = re.compile(r"\s+(?:counted|tallied|reported|reporting)\b", re.IGNORECASE)
_OF_ELECTORATE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\d.,]+\s+(?:million\s+)?)?(?:eligible\s+|registered\s+)?"
    r"(?:electorate|voters)\s+(?:had\s+)?(?:voted|cast|turned\s+out|went\s+to)",
    re.IGNORECASE,
)
_TURNOUT_BEFORE = re.compile(r"\bturnout\b[^.;]{0,30}$", re.IGNORECASE)
_FOR = re.compile(r"\s+for\s+(?:[\w'’-]+\s+){0,4}", re.IGNORECASE)
_HOLDER_TYPES = ("PERSON", "ORG")
_VOTING = re.compile(r"\b(?:vot\w*|elections?|electoral|ballots?|runoff|run-off)\b", re.IGNORECASE)
# How far before a figure's sentence the vote may be named (a paragraph or two).
_CONTEXT = 400
_ENDS_PERCENT = re.compile(r"(?:percent|per\s+cent|%)$", re.IGNORECASE)


def share_of(
    fact: QuantityFact,
    text: str,
    mentions: Sequence[tuple[int, int, str]],
    types: Mapping[str, str],
) -> tuple[str, str] | None:
    """(unit, qualifier) for a vote share or a turnout; None for any other percentage.
    ``mentions``: the article's merged mentions (start, end, name), sorted; ``types``: each
    merged name's entity type."""
    # The figure's span may hold its unit ("51 percent") or not ("51").
    unit = _PERCENT.match(text, fact.end)
    if unit is not None:
        after = unit.end()
    elif _ENDS_PERCENT.search(text, fact.start, fact.end):
        after = fact.end
    else:
        return None
    if _OF_ELECTORATE.match(text, after) or _TURNOUT_BEFORE.search(
        text, max(fact.citation.start, fact.start - 40), fact.start
    ):
        return TURNOUT, ""
    vote = _OF_VOTE.match(text, after)
    if vote is None:
        if _PROGRESS.match(text, after):
            return None
        vote_end = after
        # "took 34 percent" in a passage about the vote ("His nearest rival, Lula, took 34
        # percent", the election named a sentence before): a share only with its holder named,
        # and never a percentage of something else ("had 30 percent of the shares").
        if re.match(r"\s+of\b", text[after:]) or not _VOTING.search(
            text, max(0, fact.citation.start - _CONTEXT), fact.citation.end
        ):
            return None
    else:
        vote_end = vote.end()
    holder = _holder_after(text, vote_end, mentions, types) or _holder_before(
        fact, text, mentions, types
    )
    return (VOTE_SHARE, holder) if holder else None


def _holder_after(
    text: str, at: int, mentions: Sequence[tuple[int, int, str]], types: Mapping[str, str]
) -> str | None:
    """ "34 percent for her closest rival, Tomas Rell Ortega Diaz"."""
    found = _FOR.match(text, at)
    if found is None:
        return None
    limit = found.end() + 12
    for start, _, name in mentions:
        if at <= start <= limit and types.get(name) in _HOLDER_TYPES:
            return name
    return None


def _holder_before(
    fact: QuantityFact,
    text: str,
    mentions: Sequence[tuple[int, int, str]],
    types: Mapping[str, str],
) -> str | None:
    """The person (else organisation) that wins, takes or leads with the figure: "Cardoso
    appeared to have won 51 percent", "Lula, of the Workers Party, took 34 percent",
    "Cardoso continued to lead with 52.4 percent".  Only a name that is the subject of a vote
    verb right before the figure: a share pinned on the wrong candidate is worse than none."""
    start = fact.citation.start
    best: dict[str, str] = {}
    for m_start, m_end, name in mentions:
        if not (start <= m_start and m_end <= fact.start):
            continue
        kind = types.get(name, "")
        if kind in _HOLDER_TYPES and _VOTE_VERB_BETWEEN.match(text[m_end : fact.start]):
            best[kind] = name
    return best.get("PERSON") or best.get("ORG")


# Between the holder's name and the figure: an optional apposition, a few words, a vote verb.
_VOTE_VERB_BETWEEN = re.compile(
    r"(?:['’]s)?(?:\s*,[^,]{0,80},)?\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:won|wins|win|winning|took|takes|taking|got|gets|had|has|received|receives|garnered|"
    r"captured|polled|secured|led|leads|lead|leading|trailed|trails|finished)"
    r"(?:\s+(?:with|on|at))?\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|"
    r"roughly\s+|only\s+|just\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


__all__ = ["SHARE_CLASS", "TURNOUT", "VOTE_SHARE", "share_of"]
