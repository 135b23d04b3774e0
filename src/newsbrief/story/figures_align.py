"""Agreements, updates, framings and contradictions among the figures of one counted thing.

Takes: the ``QuantityClaim`` records of one thing (``compare.compared_unit``) from two or more
articles, and every figure of the story (for cross-unit sums).  Gives: ``Agreement`` and
``Conflict`` records.  The rules are described in ``conflicts``' docstring.  Plain Python.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from itertools import combinations

from newsbrief.article.measures import LENGTHS, UNITS
from newsbrief.article.predicates import CLASSES
from newsbrief.models import Agreement, Conflict, QuantityClaim, Side
from newsbrief.story.ages import AGE_CLASS
from newsbrief.story.agreements import agreements_among
from newsbrief.story.arithmetic import (
    ArithSide,
    arithmetic,
    charges_of_a_kind,
    cross_unit_sum,
    explained,
    included_part,
    num,
    part_of,
)
from newsbrief.story.compare import compared_value, compatible, hedge_kind, is_point
from newsbrief.story.figure_facts import (
    POPULATION_RATIO,
    STATES,
    landmark_lengths,
    lasting,
    one_among,
    populations,
    rising_bounds,
    weight_or_area,
)
from newsbrief.story.figure_labels import MONEY_UNITS, subject
from newsbrief.story.figure_scope import different_things, money_kind, qualified_apart
from newsbrief.story.figure_times import CONTRADICTION_DAYS as _CONTRADICTION_DAYS
from newsbrief.story.figure_times import close_in_time as _close_in_time
from newsbrief.story.figure_times import different_times as _different_times
from newsbrief.story.figure_times import era as _era
from newsbrief.story.figure_times import written_day as _day
from newsbrief.story.revisions import (
    contested,
    is_increment,
    lowers,
    new_total,
    revises,
    revises_near,
    toll_rose_at_one_place,
)
from newsbrief.story.scopes import period_totals
from newsbrief.story.shares import SHARE_CLASS

_MEASURES = frozenset(UNITS.values())
_SPEEDS = frozenset({"kph", "mph", "knots"})
_MAX_NOTES = 4
_ONCE_RATIO = 2.0


def align_figures(
    claims: Sequence[QuantityClaim],
    everything: Sequence[QuantityClaim],
    reported: Mapping[str, str] | None = None,
    named: Callable[[QuantityClaim], frozenset[str]] = lambda c: frozenset(),
    actors: Callable[[QuantityClaim], frozenset[str]] = lambda c: frozenset(),
) -> tuple[list[Agreement], list[Conflict]]:
    """``reported``: each article's reference date; a revision is a later *report*, so
    updates are ordered by it (a figure's own ``as_of`` may be the day of the event).
    ``named``: the places a figure's sentence names (not who said it); ``actors``: every
    name its sentence gives (people, groups, places)."""
    dates = reported or {}
    # An increment ("another 22 bodies") is no count of the thing to compare.
    claims = [c for c in claims if not is_increment(c)]
    if len({_article(c) for c in claims}) < 2:
        return [], []

    def day(c: QuantityClaim) -> str:
        return dates.get(_article(c)) or _day(c)

    measure = _base(claims[0].unit) in _MEASURES
    # A bare percentage ("24 percent", "3.5 percent") says of what only in its sentence: two of
    # them are no disagreement (on real clusters: two candidates' shares, two different
    # ratios), though the same percentage twice still agrees.
    bare_share = claims[0].unit == "percent"
    # Sums of money are of many things at once (a fee, a bid, a salary, a fine): two whose
    # sentences each name someone or somewhere, and nobody in common, do not clash ("guests
    # spend $592 per wedding, says American Express" and "Idaho brides spend $982").
    money = claims[0].unit.split()[0] in MONEY_UNITS
    age = claims[0].predicate_class == AGE_CLASS
    # A speed (a storm's winds, its pace) is a state that changes by the hour: two reports
    # of different days give two states, not a disagreement.
    window = 0 if _base(claims[0].unit) in _SPEEDS else _AGE_DAYS if age else _CONTRADICTION_DAYS
    once = _stated_once(claims)

    def era(c: QuantityClaim) -> str:
        return _era(c, dates.get(_article(c)))

    def same_fact(a: QuantityClaim, b: QuantityClaim) -> bool:
        if era(a) != era(b):
            return False
        kinds = (money_kind(a), money_kind(b)) if money else ("", "")
        if all(kinds):
            return kinds[0] == kinds[1]  # "a fine of $3" and "$2 fines"; not "bail of $3"
        if a.predicate_class == b.predicate_class == "attribute":
            # "a 25-member team" and "the 15-member council": one attribute only when each
            # source gives it once ("an 18-storey tower", "the 19-storey block").
            return once[a.citations[0].article] and once[b.citations[0].article]
        if a.predicate_class == b.predicate_class:
            return True
        if (
            a.predicate_class in STATES
            and b.predicate_class in STATES
            and not (one_among(a) or one_among(b))
        ):
            # "there are 15,000 soldiers in East Timor" and "6,000 forces remain": two
            # sentences that only say how many there are count the same thing.
            return True
        landmark = landmark_lengths(a, b, named)
        if measure and ((weight_or_area(a) and weight_or_area(b)) or landmark):
            # "weighs 17 pounds" and "the 18.6-pound Horizon": one weight (one area, one
            # border's length) of the story's subject when each source gives one.
            return once[a.citations[0].article] and once[b.citations[0].article]
        if measure or "capacity" in (a.predicate_class, b.predicate_class):
            return False
        if a.predicate_class in CLASSES and b.predicate_class in CLASSES:
            return False  # "3 injured" and "3 killed": two classes, two facts
        # One count told two ways differs by a revision or an estimate, not by orders of
        # magnitude: "48,210 ballots cast" and "342 ballots set aside" are two things.
        close = max(a.value, b.value) <= _ONCE_RATIO * max(min(a.value, b.value), 1.0)
        return close and once[a.citations[0].article] and once[b.citations[0].article]

    relations = arithmetic(_arith_sides(claims))
    fixed = bare_share or any(
        c.predicate_class in _FIXED or _base(c.unit) in LENGTHS for c in claims
    )

    def parties_apart(a: QuantityClaim, b: QuantityClaim) -> bool:
        return bool(money and actors(a) and actors(b) and not actors(a) & actors(b))

    chains = (
        []
        if fixed
        else _updates(claims, same_fact, day, relations, era, parties_apart, money, named)
    )
    values = [{compared_value(c) for c in chain} for chain in chains]

    def related(a: QuantityClaim, b: QuantityClaim) -> bool:
        """Two values of one update chain: not an agreement, not a clash."""
        va, vb = compared_value(a), compared_value(b)
        return va != vb and any(va in v and vb in v for v in values)

    # Two sources giving one age is nothing a reader needs (``story.ages``).
    agreements = [] if age else agreements_among(claims, same_fact, related, measure)
    conflicts = [_update_conflict(chain, day) for chain in chains]
    told = _told(claims)
    clashes = [
        (a, b)
        for a, b in combinations(claims, 2)
        if _article(a) != _article(b)
        and compared_value(a) != compared_value(b)
        and same_fact(a, b)
        and not related(a, b)
        and not compatible(a, b)
        and _close_in_time(day(a), day(b), lasting(a, b, window, named))
        # Counts of two things ("22 invalid ballots with 183 valid ones" and "205 ballots")
        # that sum to the other source's figure are its parts: a framing, not two things.
        and (not different_things(a, b, named) or explained(a.value, b.value, relations))
        and not bare_share
        # A source that gives both figures ("17 of the 86 seats", "20 million of the 30
        # million who voted") does not differ from one that gives one of them.
        and compared_value(b) not in told[_article(a)]
        and compared_value(a) not in told[_article(b)]
        and not parties_apart(a, b)
        and not _different_times(a, b)
        # A running total ("bringing the total to 40") is of a count still going on: it
        # differs from another kind of count of the thing ("59 bodies were found") by design.
        and not ((new_total(a) or new_total(b)) and a.predicate_class != b.predicate_class)
    ]
    conflicts += _clash_conflicts(claims, clashes, everything)
    shown = {float(side.value) for c in conflicts for side in c.sides}
    conflicts += period_totals(
        claims,
        {id(c) for c in claims if compared_value(c) in shown},
        lambda a, b: (
            not _close_in_time(day(a), day(b), _UPDATE_DAYS)
            or different_things(a, b, named)
            or _different_times(a, b)
        ),
    )
    return agreements, conflicts


def _base(unit: str) -> str:
    """A measure's unit word ("miles" of "miles depth" and of "square miles")."""
    words = unit.split()
    return words[1] if len(words) > 1 and words[0] == "square" else (words[0] if words else "")


def _told(claims: Sequence[QuantityClaim]) -> dict[str, set[float]]:
    """The values each article gives the thing."""
    told: dict[str, set[float]] = defaultdict(set)
    for c in claims:
        told[_article(c)].add(compared_value(c))
    return told


# A revised figure is within this factor of the one it revises (a toll of 4 may become 40,
# not 4,000; "110 dollars" is never revised to "18 billion").
_UPDATE_RATIO = 10.0
# Widest gap between two values reported as a contradiction (largest in the gold sets: 40
# and 25 metres, 400 and 250 metres).
_CONTRADICTION_RATIO = 1.7
_CONTESTED_RATIO = 3.0


# Geometry does not get revised: a depth, height or distance told two ways is a
# contradiction (or two things), never an update.
_FIXED = frozenset({"depth", "height", "distance", "length", "attribute", AGE_CLASS})
# A person's age stays one value for months (a birthday aside): two sources weeks apart that
# give two ages disagree.
_AGE_DAYS = 45


def _within(a: float, b: float, ratio: float) -> bool:
    return max(a, b) <= ratio * max(min(a, b), 1e-9)


# A story's figures are revised within weeks; reports months apart count other things.
_UPDATE_DAYS = 21


def _article(c: QuantityClaim) -> str:
    return c.citations[0].article


def _stated_once(claims: Sequence[QuantityClaim]) -> dict[str, bool]:
    """Articles that state the thing once (a range's two ends are one statement)."""
    count: dict[str, int] = defaultdict(int)
    for c in claims:
        if hedge_kind(c.hedge) != "upper" or "up to" not in c.hedge:
            count[_article(c)] += 1
    return {a: count[a] <= 1 for a in {_article(c) for c in claims}}


def _updates(
    claims: Sequence[QuantityClaim],
    same_fact: Callable[[QuantityClaim, QuantityClaim], bool],
    day: Callable[[QuantityClaim], str],
    relations: Sequence[tuple[str, set[float]]] = (),
    era: Callable[[QuantityClaim], str] = lambda c: "",
    apart: Callable[[QuantityClaim, QuantityClaim], bool] = lambda a, b: False,
    money: bool = False,
    named: Callable[[QuantityClaim], frozenset[str]] = lambda c: frozenset(),
) -> list[list[QuantityClaim]]:
    """Chains of figures a later report revised, each in time order; ``apart``: two figures
    of different things (sums of money naming different parties: two jackpots).  A sum of
    money revises only one of its own kind: "earnings rose to $1.52 billion" is no revision
    of "expected to earn $120 million a year" nor of "cutbacks of $5 billion" (real clusters:
    every money update across kinds was two sums)."""
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    linked: set[int] = set()
    for j, b in enumerate(claims):
        earlier = [
            (i, a) for i, a in enumerate(claims)
            if _article(a) != _article(b) and day(a) and day(b)
            and (day(a) < day(b) or (day(a) == day(b) and new_total(b) and a.value < b.value))
            and compared_value(a) != compared_value(b) and era(a) == era(b)
            and not qualified_apart(a, b) and not apart(a, b) and not populations(a, b)
            and _within(a.value, b.value, _UPDATE_RATIO)
            and _close_in_time(day(a), day(b), _UPDATE_DAYS)
            # A count revised down says so ("revised down to 365,000", "cut to 87"): tolls
            # only rise, and a lower figure weeks later is usually another count.
            and (compared_value(b) > compared_value(a) or lowers(b))
        ]  # fmt: skip
        # A value the story still states on the later day is not what was revised (the
        # revising sentence's own "up from 1,200" names the old value, it does not restate it).
        later_values = {
            compared_value(c)
            for c in claims
            if (day(c) > day(b) or (day(c) == day(b) and not (new_total(b) and c.value < b.value)))
            and c is not b
            and c.citations[0] != b.citations[0]
            # "the three workers reported missing on Monday", told on Tuesday: the old figure
            # named as the past, not restated as standing.
            and not (c.as_of_written and c.as_of and c.as_of[:10] < day(b)[:10])
        }
        earlier = [(i, a) for i, a in earlier if compared_value(a) not in later_values]
        # "At least 40 injured", then "43 injured": the later figure fits the earlier one,
        # unless the later report says the figure changed ("has climbed to 31").
        earlier = [
            (i, a) for i, a in earlier
            if not compatible(a, b) or revises(b) or rising_bounds(a, b, day)
        ]  # fmt: skip
        # A toll "throughout Europe" revises none "in Poland" when one placed with it is there
        # (one "in Osk" may still revise one "in the Korrin Highlands": no rule knows within).
        earlier = [(i, a) for i, a in earlier if not different_things(a, b, named)] or earlier
        # A figure another source gave before, or one that agrees with a standing earlier
        # figure ("12 miles" beside "20 kilometres"), is no revision.
        standing = [
            c for c in claims
            if _article(c) != _article(b) and day(c) < day(b)
            and compared_value(c) not in {compared_value(a) for _, a in earlier}
            and not different_things(c, b, named)
        ]  # fmt: skip
        if not earlier or any(
            compared_value(c) == compared_value(b) or compatible(c, b) for c in standing
        ):
            continue
        if revises(b):
            same = [(i, a) for i, a in earlier if a.predicate_class == b.predicate_class]
            # Another kind of count is revised only when the revision is said of the figure
            # ("1,650 residents had now registered as displaced, up from 1,200"), and never a
            # sum of money of another kind.
            pool = same or ([] if money or not revises_near(b) else earlier)
            if not pool:
                continue
            i, _ = min(pool, key=lambda p: abs(math.log(p[1].value / b.value or 1)))
        else:
            # Two figures tied to different written days: a later report.
            # A vote share or turnout on a later day: the count has gone on.
            dated = [
                (i, a) for i, a in earlier
                if (
                    (a.as_of_written and b.as_of_written)
                    or b.predicate_class == SHARE_CLASS
                    or toll_rose_at_one_place(a, b, named)
                )
                and same_fact(a, b)
                and not explained(a.value, b.value, relations)
                and a.predicate_class == b.predicate_class
                and not (_day(a).startswith(_day(b)) or _day(b).startswith(_day(a)))
                # The later report's figure dated before the earlier one's is of another,
                # earlier event ("killing four on Nov. 13" after "two killed on Sunday, 15").
                and not (a.as_of_written and b.as_of_written and _day(b) < _day(a))
            ]  # fmt: skip
            if not dated:
                continue
            i = dated[-1][0]
        parent[find(j)] = find(i)
        linked |= {i, j}
    groups: dict[int, list[QuantityClaim]] = defaultdict(list)
    for k in sorted(linked):
        groups[find(k)].append(claims[k])
    return [sorted(g, key=lambda c: (day(c), c.value)) for g in groups.values()]


def _shown(claims: Sequence[QuantityClaim]) -> Callable[[QuantityClaim], float]:
    """How a conflict shows its figures: as written when all are in one unit (125 and 90
    miles), else in the unit they are compared in (kilometres, which the label then says)."""
    if len({c.unit.casefold() for c in claims}) == 1:
        return lambda c: c.value
    return compared_value


def _sides(claims: Sequence[QuantityClaim], *, by_kind: bool = True) -> tuple[Side, ...]:
    groups: dict[tuple[float, str], list[QuantityClaim]] = defaultdict(list)
    shown = _shown(claims)
    for c in claims:
        groups[(shown(c), c.predicate_class if by_kind else "")].append(c)
    return tuple(
        Side(value, group[0].text, tuple(x for c in group for x in c.citations))
        for (value, _), group in groups.items()
    )


def _update_conflict(
    chain: Sequence[QuantityClaim], day: Callable[[QuantityClaim], str]
) -> Conflict:
    steps: list[tuple[float, str]] = []
    shown = _shown(chain)
    for c in chain:
        if not steps or steps[-1][0] != shown(c):
            steps.append((shown(c), day(c)))
    told = " → ".join(f"{num(v)} ({d})" if d else num(v) for v, d in steps)
    unit = "" if shown is not compared_value else chain[0].unit  # label the unit shown
    return Conflict(subject(chain, unit), _sides(chain, by_kind=False), "update",
                    f"later report: {told}")  # fmt: skip


def _clash_conflicts(
    claims: Sequence[QuantityClaim],
    clashes: Sequence[tuple[QuantityClaim, QuantityClaim]],
    everything: Sequence[QuantityClaim],
) -> list[Conflict]:
    if not clashes:
        return []
    relations = arithmetic(_arith_sides(claims))
    notes: list[str] = []
    unexplained: list[tuple[QuantityClaim, QuantityClaim]] = []
    summed = False
    for a, b in clashes:
        if explained(a.value, b.value, relations):
            summed = True
            continue
        note = part_of(a, b, claims) or cross_unit_sum(a, b, everything)
        if note := note or included_part(a, b, everything) or charges_of_a_kind(a, b):
            notes.append(note)
        else:
            unexplained.append((a, b))
    out: list[Conflict] = []
    if summed or notes:
        involved = {id(c) for pair in clashes if pair not in unexplained for c in pair}
        framed = [c for c in claims if id(c) in involved]
        if summed:  # a breakdown ties in every figure its sums use
            used = {v for _, values in relations for v in values}
            framed = [c for c in claims if c.value in used]
            notes = [text for text, _ in relations] + notes
        sides = tuple(sorted(_sides(framed), key=lambda s: -float(s.value)))
        unique = list(dict.fromkeys(notes))[:_MAX_NOTES]
        out.append(Conflict(subject(framed), sides, "framing", "; ".join(unique)))
    # Pairs of one predicate class first, then of a thing counted once (the listed order).
    by_fact: dict[str, list[tuple[QuantityClaim, QuantityClaim]]] = defaultdict(list)
    for a, b in unexplained:
        by_fact[a.predicate_class if a.predicate_class == b.predicate_class else ""].append((a, b))
    kept: list[tuple[QuantityClaim, QuantityClaim]] = []
    for pairs in by_fact.values():
        # Two sources on one fixed fact differ by an estimate, not by half: wider gaps were,
        # on real clusters, two different things counted alike (32 dead in one country, 62
        # in another; 317 athletes of one team, 596 of another); a population, closer still.
        # A wider gap stays when a source says it disputes the other ("only 3,500 ..., fewer
        # than the union claims").
        kept += [
            (a, b)
            for a, b in pairs
            if _within(
                a.value, b.value, POPULATION_RATIO if populations(a, b) else _CONTRADICTION_RATIO
            )
            or (_within(a.value, b.value, _CONTESTED_RATIO) and contested(a, b))
        ]
    # One conflict per set of figures that clash with each other: the toll of one province
    # and the national toll are two disagreements, not one of four values; a figure in pairs
    # of two kinds ("its 21,000 people", "the 23,000 residents") is in one conflict.
    for part in _linked(kept):
        involved = {id(c) for pair in part for c in pair}
        told = [c for c in claims if id(c) in involved]
        a, b = part[0]
        hedged = any(hedge_kind(c.hedge) for pair in part for c in pair)
        shown = _shown(told)
        note = f"{num(shown(a))} vs {num(shown(b))} in different sources"
        note += "; approximate figures" if hedged else ""
        sides = _sides(told, by_kind=False)
        out.append(Conflict(subject(told), sides, "contradiction", note))
    return out


def _linked(
    pairs: Sequence[tuple[QuantityClaim, QuantityClaim]],
) -> list[list[tuple[QuantityClaim, QuantityClaim]]]:
    """The pairs grouped by the figures they share (connected components), in first order."""
    groups: list[tuple[set[int], list[tuple[QuantityClaim, QuantityClaim]]]] = []
    for pair in pairs:
        ids = {id(pair[0]), id(pair[1])}
        touching = [g for g in groups if g[0] & ids]
        merged = (ids.union(*(g[0] for g in touching)), [p for g in touching for p in g[1]])
        merged[1].append(pair)
        groups = [g for g in groups if not g[0] & ids]
        groups.append(merged)
    groups.sort(key=lambda g: min(pairs.index(p) for p in g[1]))
    return [sorted(g[1], key=pairs.index) for g in groups]


def _arith_sides(claims: Sequence[QuantityClaim]) -> list[ArithSide]:
    """The point figures of a thing as sides of sums: a bound ("more than 250", "at least 26")
    is no exact term, so 224 + 26 = "more than 250" is a coincidence, not a breakdown."""
    return [
        ArithSide(
            value,
            c.predicate_class,
            frozenset(_article(x) for x in group),
            frozenset(x.predicate.casefold() for x in group),
        )
        for (value, _), group in _grouped([c for c in claims if is_point(c)]).items()
        for c in group[:1]
    ]


def _grouped(claims: Sequence[QuantityClaim]) -> dict[tuple[float, str], list[QuantityClaim]]:
    groups: dict[tuple[float, str], list[QuantityClaim]] = defaultdict(list)
    for c in claims:
        groups[(c.value, c.predicate_class)].append(c)
    return groups


__all__ = ["align_figures"]
