"""Figures in one article: what each number counts and what is said of it.

Takes: an article and its spaCy ``Doc`` (``backends.nlp``).  Gives: ``QuantityFact`` records
with typed fields (value, unit, qualifier, predicate, predicate class, hedge) and the spans
they came from; nothing depends on the article's story (linking a figure to a merged entity,
and keeping an ordinal only when the story also counts that thing, happen in ``story.claims``).
Backends: spaCy's dependency parse and NER, and the tables of ``measures`` and ``predicates``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from newsbrief.article.counted import (
    ARGUMENT_DEPS,
    POPULATION,
    a_population,
    counted_noun,
    counted_unit,
    fronted_group,
    is_fronted_group,
    is_state,
    number_start,
    of_a_whole,
    population_of,
    qualifier,
    state_after,
    whose_part,
)
from newsbrief.article.figure_fact import Sentences, figure_fact
from newsbrief.article.hedges import HEDGE_WORDS, hedge_before
from newsbrief.article.measures import (
    LENGTHS,
    Measure,
    measure_at,
    number_run,
    number_spans,
    without_conversions,
)
from newsbrief.article.numbers import parse_number
from newsbrief.article.predicates import (
    CLASSES,
    predicate_class,
    predicate_phrase,
)
from newsbrief.article.ranges import ranges_of
from newsbrief.article.regions import inside, skipped_spans
from newsbrief.article.uncounted import (
    a_duration_of,
    a_height,
    a_rank,
    a_rate,
    a_size_or_bracket,
    a_tally,
    a_times_title,
    ages_of_a_group,
    an_address,
    cited_sources,
    in_a_name,
    no_word,
    numbered_one,
    or_two,
    per_one,
    the_two,
    time_offset,
)
from newsbrief.models import Article, QuantityFact

_ORDINALS = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
})  # fmt: skip
# Words standing for a noun counted just before: "two others", "two of them".
_ANAPHORA = frozenset({"other", "others", "them", "they", "those", "these", "ones", "more"})


def find_quantities(article: Article, doc: Any, own: bool = True) -> tuple[QuantityFact, ...]:
    """Every figure of the article in its own words (``own``; else quotations too), in order."""
    sents = Sentences(article, doc)
    out: list[QuantityFact] = []
    recent: tuple[int, Any] | None = None  # (sentence index, noun) of the last counted noun
    # Figures in quoted speech or in page furniture are not the article's statements.
    skip = skipped_spans(article.text, own)
    ranges = ranges_of(article, doc, sents)
    out += [fact for fact, _ in ranges if not inside(skip, fact.start)]
    ranged = sorted(span for _, span in ranges)
    for label, first, end in number_spans(doc):
        # A range's number inside a longer entity ("an estimated 12,000" of "an estimated
        # 12,000 to 15,000") is read with the range, not again alone.
        if inside(skip, doc[first].idx) or any(
            inside(ranged, doc[k].idx) for k in range(first, end)
        ):
            continue
        ordinal = label == "ORDINAL"
        run = None if ordinal else number_run(doc, first, end)
        measure = measure_at(doc, *run) if run is not None else None
        if run is not None and measure is not None:
            # A measure ("250 m", "9%", "$15 million"): the figure is the number run alone,
            # not the entity's whole (often long) span.
            first, end = run[0], run[1] + 1
        elif label not in ("CARDINAL", "BARE", "ORDINAL"):
            continue  # a unit the tables do not know ("3am" tagged QUANTITY): no claim
        ent = doc[first:end]
        last = ent[-1]
        if a_height(ent) or a_size_or_bracket(ent) or ages_of_a_group(ent):
            continue  # "about 5 feet 8", "a 10-and-younger team", "two boys, 13 and 14"
        if measure is not None:
            number = parse_number(ent.text)
            scaled = number * measure.scale if number is not None else None
            out += _measure_fact(article, sents, measure, scaled)
            continue
        if ordinal:
            if last.lower_ not in _ORDINALS or last.dep_ != "amod":
                continue
            if last.head.tag_ in ("NNS", "NNPS"):
                continue  # "20 first graders", "second homes": a kind, not the n-th one
            value: float | None = 1.0  # "the ninth soldier" is one soldier
        else:
            value = parse_number(ent.text)
            # "one" is mostly idiom ("one of the worst", "on one front"), not a count; it
            # counts when it numbers the subject noun ("One climber was still missing").
            if ent.text.casefold() == "one" and not _numbers_subject(last):
                continue
            if value is not None and _AND_A_HALF.match(article.text, ent.end_char):
                value += 0.5  # "three-and-a-half", of which the tagger takes "three"
        if value is None:
            continue
        noun = counted_noun(last)
        if noun is not None and time_offset(noun):
            continue  # "9, 11 or 13 years of age": the tagger's DATE missed the list's first
        if noun is not None and numbered_one(ent, noun, value):
            continue  # "a 999 call", "a 747 jet": a number that names one thing
        if (
            a_rate(ent)
            or or_two(ent)
            or a_tally(ent)
            or (
                noun is not None
                and (
                    an_address(ent, noun)
                    or per_one(noun)
                    or a_rank(ent, noun)
                    or a_times_title(ent, noun)
                    or cited_sources(ent, noun)
                )
            )
        ):
            continue  # "1 in 10,000 people", "the 3300 block of Florence Avenue", "a top 10 hit"
        if a_duration_of(ent):
            continue  # "a 39 second video": how long, not how many
        if in_a_name(ent, noun):
            continue  # "News 9 reporter", "FOX 13's", "at 400 Highland Drive"
        sent_i = sents.index(ent.start_char)
        # "left three dead and more than a dozen wounded": people in that state, unnamed.
        toll = state_after(ent)
        town = population_of(last) if noun is None else None
        forced: tuple[str, str] | None = None
        if toll is not None and (noun is None or ent.start <= noun.i < ent.end):
            noun, forced = toll, ("people", str(toll.lower_))
            counted = toll
        elif town is not None:  # "a country of 4 million": its people
            noun, counted, forced = town, town, ("people", "")
        elif noun is None or ent.start <= noun.i < ent.end:
            # "killing 31 people and injuring 140": a bare number that is an argument counts
            # the noun counted just before it in the same sentence ("two dozen have accepted"
            # counts no "dozens").
            if recent is None or recent[0] != sent_i or last.dep_ not in ARGUMENT_DEPS:
                continue
            noun, counted = last, recent[1]
        elif noun.lower_ in _ANAPHORA or noun.pos_ == "PRON":
            # "two others", "two of them": the noun counted last in this or the previous
            # sentence; further back the reference is too uncertain to state a figure.
            if recent is None or sent_i - recent[0] > 1:
                continue
            counted = recent[1]
        else:
            counted = noun
            recent = (sent_i, noun)
        plural = counted_unit(counted)
        if no_word(plural):
            continue
        # A group named before the number ("Of the injured, 17 remained ...") is not what the
        # verb is said of: the number is.
        group = fronted_group(last)
        if group is not None and group.i == noun.i:
            predicate = predicate_phrase(last)
        elif (
            counted.pos_ not in ("NOUN", "PROPN")  # "220 million Americans" is no state
            and last.dep_ == "nummod"
            and last.head.i == counted.i
        ):
            predicate = str(counted.lower_)  # "the 62 dead": their state is the predicate
        elif is_fronted_group(noun):
            # "Of the 300 passengers, 12 were killed": 300 were not killed; "Of the 30 people
            # injured, 18 ...": the group's own words say what it is.
            own = any(c.dep_ in ("acl", "relcl", "amod") for c in noun.children)
            predicate = predicate_phrase(noun) if own else ""
        else:
            predicate = predicate_phrase(noun)
        if counted.lower_ == "toll":  # "the death toll rose to five"
            plural, predicate = "people", "dead"
        elif is_state(counted) and counted.head.head.lower_ == "number":
            plural, predicate = "people", str(counted.lower_)  # "the number of dead rose to 40"
        elif _death_toll_of(counted):
            # "a toll of at least 60 people was published": what is done to the toll
            # (published, released, revised) is not done to the people; they are the dead.
            predicate = "dead"
        elif a_population(counted) and predicate_class(predicate) not in CLASSES:
            predicate = POPULATION  # "Kessaly and its 2 million people": who live there
        if forced is not None:
            plural, predicate = forced
        number_at = doc[run[0]].idx if run is not None else number_start(ent)
        fact = figure_fact(
            article, sents, value=value, unit=plural, qualifier=qualifier(counted),
            predicate=predicate, ordinal=ordinal,
            span=(ent.start_char, ent.end_char), number_at=number_at,
            thing=(counted.left_edge.idx, counted.idx + len(counted)),
        )  # fmt: skip
        if _sources(counted):
            continue  # "two Trump advisers said": who told it, not what happened
        if the_two(ent, value) and fact.predicate_class not in CLASSES:
            continue  # "both the two countries": the two already named, not a count
        if _hyphen_attribute(last) or _noun_attribute(counted) or whose_part(last, counted):
            # "an 18-storey tower", "a 25-member team": a fixed attribute of another noun,
            # nothing the sentence's verb does to the number; "the parents of eight of the
            # children killed": whose parents, not a toll (another source's "parents of at
            # least 13 of the 20 children killed" is no contradiction).
            fact = replace(fact, predicate="", predicate_class="attribute")
        elif of_a_whole(ent[0], counted):  # "17 of the 86 seats": the 86 were not all won
            fact = replace(fact, predicate="", predicate_class="whole")
        out.append(fact)
    out.sort(key=lambda f: f.start)
    return tuple(without_conversions(out, article.text))


def _death_toll_of(counted: Any) -> bool:
    """ "a death toll of 60 people", "a toll of 60 people": people a toll counts, not a bridge
    toll, an "injury toll" nor "a toll of 45 people injured"."""
    of = counted.head
    toll = of.head
    return bool(
        counted.lower_ in ("people", "persons")
        and of.lower_ == "of"
        and toll.lower_ == "toll"
        and all(c.lower_ == "death" for c in toll.children if c.dep_ == "compound")
        and not any(c.dep_ in ("acl", "amod", "relcl") for c in counted.children)
    )


# Verbs that attribute, and the sources that a count of who "said" or "told" is of ("35
# patients have said they felt sick" counts the story's patients).
_ATTRIBUTION = frozenset({"said", "say", "says", "saying", "told", "tell", "tells"})
_SOURCE_NOUNS = frozenset({
    "officials", "advisers", "advisors", "aides", "sources", "diplomats", "analysts",
    "spokesmen", "spokeswomen", "spokespeople", "insiders",
})  # fmt: skip


def _sources(noun: Any) -> bool:
    """ "two Trump advisers said", "three people familiar with the talks told": the count of a
    report's sources."""
    if noun.dep_ != "nsubj" or noun.head.lower_ not in _ATTRIBUTION:
        return False
    familiar = any(c.lower_ == "familiar" for c in noun.children)
    return noun.lower_ in _SOURCE_NOUNS or (noun.lower_ == "people" and familiar)


def _measure_fact(
    article: Article, sents: Sentences, measure: Measure, value: float | None
) -> list[QuantityFact]:
    """One figure for a measure: "metres depth reached", "percent rose", "dollars spent"."""
    if value is None:
        return []
    doc = measure.unit_token.doc
    start, end = doc[measure.first].idx, measure.unit_token.idx + len(measure.unit_token)
    if measure.unit_token.i < measure.last:  # "$15 million": the unit comes first
        end = doc[measure.last].idx + len(doc[measure.last])
    anchor = measure.measured if measure.measured is not None else measure.unit_token
    unit = measure.unit
    subject = _copula_subject(measure) if unit == "percent" else None
    if subject is not None:  # "turnout was 61 percent": a percentage of turnout
        unit, anchor = f"percent {subject.lower_}", subject
    fact = figure_fact(
        article, sents, value=value, unit=unit, qualifier="",
        predicate=predicate_phrase(anchor), ordinal=False, span=(start, end),
        number_at=start, thing=(anchor.left_edge.idx, anchor.idx + len(anchor)),
    )  # fmt: skip
    direction = _direction(article.text[end : end + 30], measure.unit, fact.predicate)
    if direction and fact.predicate_class != "capacity":
        fact = replace(fact, predicate_class=direction)
    elif fact.predicate_class in _NOT_OF_AMOUNTS:
        # "has lost 65 percent of its market value", "held a 40 percent stake": an amount
        # lost or held is no one missing or held captive.
        fact = replace(fact, predicate_class=fact.predicate.split()[0])
    return [fact]


# What befalls people ("missing", "captive", ...) and is said of amounts in another sense.
_NOT_OF_AMOUNTS = frozenset({"missing", "captive", "rescued", "released", "trapped"})


def _copula_subject(measure: Measure) -> Any:
    """The subject of "X was N percent" (turnout, unemployment), when the measure is the
    copula's complement and the subject is a common noun."""
    if measure.measured is not None:
        return None
    token = measure.unit_token
    head = token.head
    if token.dep_ not in ("attr", "acomp", "npadvmod", "dobj") or head.lemma_ != "be":
        return None
    # A sentence-initial common noun may be tagged a proper one ("Turnout, ..., was 64%").
    subjects = [
        c
        for c in head.children
        if c.dep_ == "nsubj" and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.is_sent_start))
    ]
    return subjects[0] if subjects else None


# A length is a depth, a height or a distance by the words right after it: "400 metres below
# the surface" and "250 metres underground" are one depth; "within 30 metres of the men" is a
# distance, not that depth.
_DIRECTIONS = (
    (re.compile(r"\s*(?:below|beneath|underground|under\s+ground|deep|down)\b"), "depth"),
    (re.compile(r"\s*(?:high|tall|above|up)\b"), "height"),
    (re.compile(r"\s*long\b"), "length"),
    (
        re.compile(
            r"\s*(?:away|from|of|(?:north|south)(?:-?(?:east|west))?|east|west|upstream|"
            r"downstream|inland|offshore)\b"
        ),
        "distance",
    ),
)


# A vehicle's fall is a depth ("plunged about 40 metres", "fell 25 metres down").
_FALLS = frozenset({
    "fell", "fall", "falls", "falling", "plunge", "plunged", "plunges", "plunging", "tumbled",
    "tumble", "tumbling", "dropped", "drop",
})  # fmt: skip


def _direction(after: str, unit: str, predicate: str = "") -> str:
    if unit not in LENGTHS:
        return ""
    if predicate.split()[:1] and predicate.split()[0] in _FALLS:
        return "depth"
    for pattern, kind in _DIRECTIONS:
        if pattern.match(after):
            return kind
    return ""


def _hyphen_attribute(token: Any) -> bool:
    """True for the number of "18-storey" ("18", "-", "storey" modifying a noun)."""
    doc = token.doc
    return bool(
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].dep_ in ("amod", "compound", "nmod")
        and doc[token.i + 2].head.i > token.i + 2
    )


_AND_A_HALF = re.compile(r"[- ]and[- ]a[- ]half\b", re.IGNORECASE)


def _noun_attribute(noun: Any) -> bool:
    """The counted noun is singular and names another noun's extent: "a three-and-a-half year
    sentence", "a 10 year deal" (one sentence, one deal; no years counted)."""
    return bool(
        noun.tag_ == "NN"
        and noun.dep_ in ("compound", "amod", "nmod")
        and noun.head.pos_ == "NOUN"
        and noun.head.i > noun.i
    )


def _numbers_subject(token: Any) -> bool:
    head = token.head
    return bool(
        token.dep_ == "nummod" and head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass")
    )


__all__ = ["HEDGE_WORDS", "Sentences", "find_quantities", "hedge_before"]
