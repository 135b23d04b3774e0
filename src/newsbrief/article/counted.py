"""What a number counts: the counted noun a number token stands for, its plural, the names
that qualify it, and a group named before a subject number ("Of the injured, 17 remained").

Takes: spaCy tokens.  Gives: tokens and strings for ``quantities``.  Backend: spaCy's
dependency parse and ``tables``' uncounted plurals.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import Any

from newsbrief.article.measures import UNITS
from newsbrief.article.tables import UNCOUNTED_PLURALS

# Dependencies of a noun that is an argument of its verb (a number in one counts it).
ARGUMENT_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "conj", "appos"})
_IRREGULAR_PLURALS = MappingProxyType(
    {"person": "people", "man": "men", "woman": "women", "child": "children", "wife": "wives",
     "life": "lives", "knife": "knives", "wolf": "wolves", "shelf": "shelves", "leaf": "leaves",
     "thief": "thieves", "half": "halves", "calf": "calves", "foot": "feet", "tooth": "teeth",
     "mouse": "mice", "goose": "geese"}
)  # fmt: skip


# Latin and Greek plurals the tagger often calls singular.
_CLASSICAL_PLURALS = frozenset({
    "bacteria", "criteria", "phenomena", "data", "media", "alumni", "fungi", "cacti",
    "nuclei", "stimuli", "larvae", "vertebrae", "antennae", "algae", "indices", "matrices",
    "appendices", "theses", "analyses", "crises", "diagnoses", "hypotheses", "fora", "strata",
})  # fmt: skip


def plural(token: Any) -> str:
    lemma = token.lemma_.casefold()
    if token.pos_ in ("ADJ", "VERB"):  # "18 of the dead", "the injured": the people
        return str(token.lower_)
    if lemma in UNCOUNTED_PLURALS or token.lower_ in UNCOUNTED_PLURALS:
        return str(token.lower_)
    if token.tag_ in ("NNS", "NNPS"):
        return str(token.text).casefold()
    if token.lower_ in _CLASSICAL_PLURALS or (token.tag_ == "NN" and token.lower_.endswith("ae")):
        return str(token.lower_)  # "two vertebrae", tagged singular: already a plural
    if len(lemma) <= 2 or (token.text[1:] != token.text[1:].lower()):
        return str(token.text)  # a symbol or abbreviation ("240 s", "15 Hz", "5 mAh") stays
    if lemma.endswith("os") and lemma == token.lower_:
        return str(token.lower_)  # "68 rhinos", tagged singular: no "rhinoses"
    if token.tag_ == "NNP" and lemma.endswith("s") and not lemma.endswith("ss"):
        return str(token.lower_)  # "12 Legionnaires isolates": a name already in its plural
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return str(lemma[:-1]) + "ies"  # "one story", "each country"
    regular = lemma + ("es" if lemma.endswith(("s", "sh", "ch")) else "s")
    return str(_IRREGULAR_PLURALS.get(lemma, regular))


def counted_noun(token: Any) -> Any:
    """The noun a number token counts, following "six of the soldiers" and parse slips."""
    head = token.head
    if head.lower_ == "record" and head.i == token.i - 1 and head.head.i > token.i:
        return head.head  # "a record 13 Oscar nominations", parsed as 13 records
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            attrs = [c for c in token.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
            if objs and objs[0].pos_ == "ADJ" and token.dep_ == "nsubj" and attrs:
                return attrs[0]  # "Nine of the dead were children": children are counted
            if objs:
                return objs[0]
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        counted = _number_raised_to(token.head.ancestors)  # "rose to 40"
        if counted is not None:
            return counted
    if (token.dep_ == "pobj" and token.head.lower_ == "at") or token.dep_ == "attr":
        # "the toll stood at 43", "the number of troops in Zembla was 14,000": the number's
        # own verb only (not "... rose to 6,100 after the quota was 5,000").
        verb = token.head.head if token.dep_ == "pobj" else token.head
        counted = _number_raised_to([verb])
        if counted is not None:
            return counted
    fronted = fronted_group(token)
    if fronted is not None:
        return fronted
    if token.dep_ == "nummod" and nominal(token.head):
        return token.head  # "the 62 dead"
    whole = token.head
    if (
        token.dep_ == "quantmod"
        and whole.like_num
        and whole.dep_ == "nummod"
        and (token.doc[token.i + 1].lower_ == "of")
    ):
        return whole.head  # "four of five charges": four charges (the five are the whole)
    if token.dep_ in ("nummod", "amod", "quantmod") and token.head.pos_ in ("NOUN", "PROPN"):
        if token.head.lower_ == "dozen" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return token.head.head  # "two dozen armed men": men are counted
        return token.head
    if token.lower_ == "dozen":  # "two dozen armed men": "dozen" hangs on "two" or the noun
        head = token.head.head if token.head.pos_ == "NUM" else token.head
        if head.pos_ in ("NOUN", "PROPN") and head is not token:
            return head
    if token.pos_ in ("NOUN", "PRON"):
        return token
    # The small model sometimes attaches "600 IS jihadists" to "IS" as a verb: take the first
    # noun within the next three tokens instead.
    doc = token.doc
    for j in range(token.i + 1, min(len(doc), token.i + 4)):
        if doc[j].pos_ == "NOUN":
            # "has sold 7.2 million this year": when, not what is counted.
            return None if doc[j].dep_ in ("npadvmod", "tmod") else doc[j]
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "ADP"):
            break
    return None


def _number_raised_to(verbs: Iterable[Any]) -> Any:
    """The thing of "the number of X" or "the toll" a verb moves "to" a figure, or puts "at"
    it, or a copula says it is: "The number of water-bombing aircraft has risen to ten",
    "revised down the number of homes that lost power in the blackout to 365,000" (the parser
    hangs "to" on the nearest verb, "lost"), "the number of dead rose to 40", "the toll stood
    at 12", "the number of troops in Zembla was 14,000"; else None."""
    for verb in verbs:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
            if subj.lower_ == "toll":
                return subj  # "the death toll rose to five": a count of the dead
            if subj.lower_ == "number":
                for prep in (c for c in subj.children if c.lower_ == "of"):
                    objs = [c for c in prep.children if c.dep_ == "pobj"]
                    if objs and (objs[0].pos_ == "NOUN" or objs[0].lower_ in _STATES):
                        return objs[0]
    return None


def population_of(token: Any) -> Any:
    """The place of "Veldoria, a country of 3 million", "Tarn, a town of 4,500": a number
    the place noun has "of" and that counts no noun of its own is its people; else None."""
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _SETTLEMENTS:
        return of.head
    return None


def a_population(noun: Any) -> bool:
    """ "Kessaly and its 2 million people", "the valley's 80,000 residents", "a port of 6,400
    residents", "the 9,000 inhabitants": the people a place has, whatever the sentence's
    verb does to them ("lost power", "were told to stay indoors"); a count of them is how
    many live there.  Only a possessive ("its", "their", a place's), a settlement's "of", or
    "the" before residents or inhabitants (not "the 30 people", often a toll)."""
    if noun.lower_ not in _RESIDENTS:
        return False
    # Not some of them: "the 40 residents who returned", "the residents of the care home"
    # (a place by name is the place: "the 9,000 residents of Tarnby").
    if any(c.dep_ == "relcl" or _of_a_building(c) for c in noun.children):
        return False
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _SETTLEMENTS:
        return True
    # "its" is a place's only beside the place: "Kessaly and its 2 million people", not "the
    # firm and its 5,000 people".
    beside_place = noun.dep_ == "conj" and noun.head.ent_type_ in ("GPE", "LOC")
    return any(
        (
            c.dep_ == "poss"
            and (
                (c.lower_ in ("its", "their") and beside_place)
                or c.lower_ in _SETTLEMENTS
                or c.ent_type_ == "GPE"
            )
        )
        or (c.dep_ == "det" and c.lower_ == "the" and noun.lower_ in _DWELLERS)
        for c in noun.children
    )


def _of_a_building(prep: Any) -> bool:
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in prep.children)
    )


# (Not "citizens": "its 120 citizens" flown out are a country's people abroad.)
_RESIDENTS = frozenset({"people", "residents", "inhabitants", "population"})
_DWELLERS = frozenset({"residents", "inhabitants"})
# The predicate (and class) of such a count: a fixed fact of a place for months, unlike what
# befalls people ("dead", "evacuated"), which only rises as reports come in.
POPULATION = "population"


# Places a bare number "of" counts the people of.
_SETTLEMENTS = frozenset({
    "country", "nation", "city", "town", "village", "state", "island", "province", "region",
    "territory", "community", "republic", "kingdom", "metropolis", "suburb",
})  # fmt: skip


def fronted_group(token: Any) -> Any:
    """ "Of the injured, 17 remained in intensive care": the group named before a subject
    number (not when the verb says what they were: "Of the dead, nine were children")."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = token.head
    if any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < token.i:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs and nominal(objs[0]):
                return objs[0]
    return None


def is_fronted_group(noun: Any) -> bool:
    of = noun.head
    if not (noun.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep"):
        return False
    subjects = [c for c in of.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > of.i]
    return any(fronted_group(s) is not None for s in subjects)


def nominal(token: Any) -> bool:
    """A noun, or an adjective or participle used as one ("the dead", "the injured")."""
    if token.pos_ == "NOUN":
        return True
    det = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return bool(token.pos_ in ("ADJ", "VERB") and det and token.dep_ in ARGUMENT_DEPS)


# Measure abbreviations the parser may leave as a counted noun ("15m", "50ft").
_ABBREVIATIONS = frozenset({"m", "km", "cm", "mm", "ft", "kg", "lbs", "oz"})


# Charge sheets' words, counted by offence (``story.claims`` reads these units too).
CHARGES = frozenset({"counts", "charges"})


def counted_unit(noun: Any) -> str:
    """The counted thing in the plural, with its common-noun compounds ("aid workers")."""
    if noun.lower_ == "population":
        return "people"  # "Croatia's 4.7 million population", "Iqaluit, population 5000"
    if noun.lower_ in _ABBREVIATIONS:
        return UNITS[noun.lower_]  # "ranged from 2m to 15m": a measure, metres
    if plural(noun) in CHARGES:
        # "five counts of criminal mischief" and "two counts of assault" are two counts: the
        # offence names what is counted.
        offence = next(
            (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"),
            None,
        )  # fmt: skip
        if offence is not None:
            return f"{plural(noun)} of {offence.lower_}"
    # A hyphenated modifier ("water-bombing aircraft") describes the thing; it is not its name.
    compounds = [
        str(c.lower_)
        for c in noun.children
        if c.dep_ == "compound"
        and c.i < noun.i
        and c.pos_ == "NOUN"
        and not any(g.text == "-" for g in c.children)
    ]
    doc = noun.doc
    glued = noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_
    if glued and not doc[noun.i + 1].whitespace_ and doc[noun.i + 2].pos_ == "NOUN":
        # "seven counter-protesters", split by the tokenizer: the whole word is counted.
        return " ".join([*compounds, f"{noun.lower_}-{plural(doc[noun.i + 2])}"])
    return " ".join([*compounds, plural(noun)])


def of_a_whole(first: Any, counted: Any) -> bool:
    """True for "86" in "17 of the 86 seats", "five" in "four of five charges": the whole the
    part before it is taken from, not a count the sentence's verb is said of.  A whole with a
    verb of its own keeps it ("13 of the 20 children killed": 20 were killed)."""
    if any(c.dep_ in ("acl", "relcl") for c in counted.children):
        return False
    doc, i = first.doc, first.i - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return bool(i >= 1 and doc[i].lower_ == "of" and doc[i - 1].like_num)


def whose_part(number: Any, counted: Any) -> bool:
    """True for "eight" in "the parents of eight of the children": a part of a group ("eight
    of the children") that only says whose parents, families or homes are meant."""
    partitive = counted.head.lower_ == "of" and counted.head.head.i == number.i
    return bool(
        partitive
        and number.dep_ == "pobj"
        and number.head.lower_ == "of"
        and number.head.head.pos_ in ("NOUN", "PROPN")
    )


def qualifier(noun: Any) -> str:
    """The names that qualify a counted noun ("Lebanese" soldiers, "Daesh" strongholds)."""
    mods = [
        _negated(c)
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod")
        and c.i < noun.i
        and c.text[:1].isupper()
        and not c.like_num  # "Thirty people died": the number, tagged a proper noun
    ]
    # "21 Russian and Ukrainian officials" are not the "two dozen Russian and Crimean" ones.
    joined = [
        f"and {g.text}"
        for c in noun.children
        if c.dep_ in ("amod", "nmod") and c.i < noun.i and c.text[:1].isupper()
        for g in c.children
        if g.dep_ == "conj" and g.i < noun.i and g.text[:1].isupper()
    ]
    return " ".join([*mods, *joined])


def _negated(name: Any) -> str:
    """A name with the prefix glued before it by a hyphen: "non-Jewish" civilians are not
    "Jewish" ones."""
    doc = name.doc
    i = name.i
    if (
        i >= 2
        and doc[i - 1].text == "-"
        and doc[i - 2].lower_ in _PREFIXES
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
    ):
        return f"{doc[i - 2].text}-{name.text}"
    return str(name.text)


_PREFIXES = frozenset({"non", "anti", "pro", "ex", "pre", "post"})


def number_start(ent: Any) -> int:
    """Where the number of an entity starts after its hedge words ("more than a dozen": at
    "dozen"), so that the hedge is read before it."""
    for token in ent:
        if token.like_num or token.lower_ in ("dozen", "dozens", "hundreds", "thousands"):
            return int(token.idx)
    return int(ent.start_char)


# States a toll counts people in, written right after a bare number ("three dead").
_STATES = frozenset({"dead", "wounded", "injured", "hurt", "missing", "killed"})


def is_state(token: Any) -> bool:
    """A word that names people by their state ("dead", "injured", "missing")."""
    return str(token.lower_) in _STATES


# What befalls people, said of a bare number: "at least 129 died", "five were killed" (not
# "two killed a guard": the number of those who did it).
_FATES = frozenset({"die", "drown", "perish"})
_FATES_PASSIVE = frozenset({"kill", "injure", "wound", "hurt"})


def state_after(ent: Any) -> Any:
    """The state word right after a number that counts people in it ("three dead", "a dozen
    wounded"), or the verb of what befell them when the bare number is its subject
    ("Throughout the Philippines, at least 129 died"), else None."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in _STATES:
        return doc[ent.end]
    number, verb = ent.root, ent.root.head
    befell = (number.dep_ == "nsubj" and verb.lemma_ in _FATES) or (
        number.dep_ == "nsubjpass" and verb.lemma_ in _FATES_PASSIVE
    )
    return verb if befell and verb.pos_ == "VERB" else None


__all__ = [
    "ARGUMENT_DEPS",
    "CHARGES",
    "counted_noun",
    "counted_unit",
    "fronted_group",
    "is_fronted_group",
    "is_state",
    "nominal",
    "number_start",
    "plural",
    "qualifier",
    "state_after",
    "whose_part",
]
