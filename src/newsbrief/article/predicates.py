"""What happened to a counted thing: predicate phrases (``claims``) and their classes
(``conflicts``), so that only like is compared with like.

Takes: a spaCy token of a counted noun (``predicate_phrase``), or a predicate phrase
(``predicate_class``) or a counted noun (``thing_class``).  Gives: short lower-case strings.
Backend: spaCy's dependency parse (passed in, not imported) and the tables below.

The tables are deliberately small, and every entry is a word journalists use for the same
fact about a count (checked on the gold set, the samples and the demo corpus).  Extend with
care: putting two words in one class turns their different figures into contradictions.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

from newsbrief.article.measures import CURRENCY_SYMBOLS

# Class → words (inflected forms: the phrase is not lemmatised) that say it on their own.
_WORDS = {
    "displaced": "evacuate evacuated evacuates evacuating evacuation evacuations evacuee "
    "evacuees displace displaced displacing flee fled fleeing flees homeless",
    "hurt": "treat treated treating injure injured injuring injures injury injuries wound "
    "wounded wounding hurt hospitalised hospitalized",
    "dead": "kill killed kills killing die died dies dying dead death deaths slain executed "
    "execute perished drowned toll",
    "missing": "missing unaccounted lost unknown",
    "rescued": "rescue rescued rescuing rescues alive saved",
    "trapped": "trap trapped trapping traps caught buried stranded stuck",
    "ill": "ill sick sickened sickening poisoned",
    "captive": "hold held holds holding captive captured capture kidnapped kidnap abducted "
    "seized seize take took taken hostage hostages",
    "arrested": "arrest arrested detain detained",
    "released": "release released releases free freed frees",
}
PREDICATE_WORDS = MappingProxyType(
    {word: kind for kind, words in _WORDS.items() for word in words.split()}
)
# The classes of what befalls a count ("dead", "hurt", "captive", ...): a fact of its own.
CLASSES = frozenset(PREDICATE_WORDS.values())
# Word combinations that decide the class before single words do ("taken to hospital" is hurt,
# though "taken" alone is captive; "told to leave their homes" is displaced).
PREDICATE_PATTERNS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"not", "found"}), "missing"),
    (frozenset({"to", "hospital"}), "hurt"),
    (frozenset({"in", "hospital"}), "hurt"),
    (frozenset({"leave", "homes"}), "displaced"),
    (frozenset({"from", "homes"}), "displaced"),
    (frozenset({"left", "homes"}), "displaced"),
    (frozenset({"to", "safety"}), "displaced"),  # "led to safety", "brought to safety"
    (frozenset({"led", "out"}), "rescued"),  # "led another 22 residents out"
    (frozenset({"brought", "out"}), "rescued"),
    (frozenset({"brought", "down"}), "rescued"),  # "brought 40 residents down by ladder"
    # "95 incidents have taken place across 33 states": happened, nobody was taken.
    *((frozenset({verb, "place"}), "occurred") for verb in ("take", "takes", "took", "taken")),
    (frozenset({"taking", "place"}), "occurred"),
    # "Dryden took over the drums": a role taken on, nobody taken.
    *((frozenset({verb, "over"}), "took over") for verb in ("take", "took", "taken", "taking")),
)
# Fallback classes for predicates the class table above leaves out: everyday wordings of one
# fact about a count that are not casualty words ("212 passengers were on board" / "the ferry
# was carrying 240 passengers"; "6,000 dockworkers joined the strike" / "3,500 walked out").
# A predicate found in neither table is keyed by its first word's crude stem ("closed" and
# "closing" are one), so figures for the same counted noun and the same verb still meet.
_SYNONYMS = {
    "aboard": "aboard board boarded boarding onboard carry carried carrying carries",
    "striking": "strike striking struck strikers join joined joining joins walkout",
    "sold": "sell sells sold selling",
    "waiting": "wait waited waiting waits stay stayed staying stays queue queued queuing "
    "queueing anchored",
}
SYNONYM_WORDS = MappingProxyType(
    {word: kind for kind, words in _SYNONYMS.items() for word in words.split()}
)
SYNONYM_PATTERNS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"on", "board"}), "aboard"),
    (frozenset({"walked", "out"}), "striking"),
    (frozenset({"walk", "out"}), "striking"),
    (frozenset({"walking", "out"}), "striking"),
    (frozenset({"on", "strike"}), "striking"),
)
# Words just before a figure that make it a capacity or a limit ("licensed to carry 180",
# "a capacity of 200"): never the same fact as a count of what was actually there.
_CAPACITY = re.compile(
    r"\b(?:capacity|licen[sc]ed|certified|permitted|allowed|designed|built|able|can|could|"
    r"maximum|max|limit|limited|room|seats|seating)\b[^.;]{0,30}$"
)
# Counted nouns that name the same population: a figure of "residents" evacuated and one of
# "people" evacuated are two counts of one thing.
_PEOPLE = (
    "people persons residents inhabitants locals civilians villagers townspeople population "
    "populations"
)
# Likewise soldiers, troops and servicemen ("15,000 soldiers" vs "12,000 troops" in East Timor).
_TROOPS = "troops soldiers servicemen forces"
# And the dead ("18 of the dead had been identified", "14 bodies had been identified").
_BODIES = "bodies dead corpses"
# Homes by any of their names ("22 houses evacuated", "about 70 homes evacuated").
_HOMES = "homes houses residences dwellings rowhomes rowhouses"
# And vehicles ("a 30-car pileup", "a 25-vehicle pileup"); trucks and buses are kept apart.
_VEHICLES = "vehicles cars autos automobiles"
# And armed men by whatever name each side gives them ("two of the gunmen were killed", "four
# rebels were killed", "three terrorists ... were killed": one clash, three outlets).
_FIGHTERS = (
    "gunmen militants rebels insurgents fighters terrorists attackers assailants guerrillas "
    "jihadists"
)
THING_CLASSES = MappingProxyType({
    **{word: "people" for word in _PEOPLE.split()},
    **{word: "troops" for word in _TROOPS.split()},
    **{word: "bodies" for word in _BODIES.split()},
    **{word: "homes" for word in _HOMES.split()},
    **{word: "vehicles" for word in _VEHICLES.split()},
    **{word: "fighters" for word in _FIGHTERS.split()},
    "lives": "people",  # "claimed more than 90 lives": people dead
    "cases": "people",  # "207 million cases of malaria": people who fell ill
})  # fmt: skip
# Verbs that take lives: "the cold has claimed 30 lives", "cost 12 lives", "took 40 lives".
_TAKES_LIVES = frozenset({
    "claim", "claimed", "claims", "claiming", "cost", "costs", "costing", "take", "took",
    "taken", "takes", "taking",
})  # fmt: skip
# Longest predicate phrase kept (verb, particle, state word, complement, one telling
# prepositional object, a noun passed on the way up): enough for "told to leave homes".
_MAX_WORDS = 5
# Marks a figure that counts the doers of a passive verb ("kidnapped by 24 men").
AGENT_MARK = "by"


def predicate_class(phrase: str, unit: str = "") -> str:
    """The class of a predicate phrase: a table class, else a fallback synonym class
    (``SYNONYM_WORDS``), else its first word's stem ("destroyed" → "destroy").  ``unit``: the
    counted thing; what a party or a singer "holds" (seats, a record) is held by no one."""
    words = phrase.casefold().split()
    thing = unit.casefold().split()[-1:]
    if words and words[0] in _HOLD and thing and thing[0] in _HELD_THINGS:
        return _stem(words[0])
    if words and words[0] in _TAKES_LIVES and thing == ["lives"]:
        return "dead"
    if thing == ["cases"] and (not words or words[0] in _THERE_ARE):
        return "ill"  # "there were 207 million cases": the ill, as "sickening 300 million"
    if len(words) == 2 and words[1] == AGENT_MARK:
        return f"{AGENT_MARK} {_stem(words[0])}"  # the doers, never a count of those it befell
    present = set(words)
    for pattern, kind in PREDICATE_PATTERNS:
        if pattern <= present:
            return kind
    if "not" in present or "no" in present:
        return " ".join(words[:2])  # "were not hurt" is not a count of the hurt
    for word in words:
        if word in PREDICATE_WORDS:
            return PREDICATE_WORDS[word]
    for pattern, kind in SYNONYM_PATTERNS:
        if pattern <= present:
            return kind
    for word in words:
        if word in SYNONYM_WORDS:
            return SYNONYM_WORDS[word]
    return _stem(words[0]) if words else ""


_HOLD = frozenset({"hold", "holds", "held", "holding"})
# Verbs that only say cases exist or were counted.
_THERE_ARE = frozenset({
    "were", "was", "are", "is", "be", "been", "reported", "recorded", "confirmed", "registered",
})  # fmt: skip
# Things that are held without a captor: "holds 54 seats", "held 12 meetings".
_HELD_THINGS = frozenset({
    "seats", "titles", "records", "stakes", "shares", "songs", "meetings", "talks", "rallies",
    "events", "sessions", "hearings", "elections", "positions", "posts", "offices", "degrees",
    "patents", "votes", "games", "concerts", "conferences", "drills", "exercises",
    "ceremonies", "accounts", "assets", "properties", "acres", "spots", "places", "jobs",
    "briefings", "auctions", "races", "contests", "tournaments", "polls", "referendums",
})  # fmt: skip


def _stem(word: str) -> str:
    """A crude stem, only a key: "closed", "closing", "closes" → "clos"."""
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def is_capacity(before: str) -> bool:
    """True when the text just before a figure makes it a capacity or limit, not a count."""
    return _CAPACITY.search(before[-60:].casefold()) is not None


def thing_class(unit: str) -> str:
    """The counted thing a unit belongs to: its last word's class, else the unit itself."""
    last = unit.casefold().split()[-1] if unit.strip() else ""
    return THING_CLASSES.get(last, unit.casefold())


def predicate_phrase(noun: Any) -> str:
    """What the sentence says of the counted ``noun``: "held", "dead", "taken to hospital".

    A state attached to the noun itself comes first ("three workers missing", "workers
    reported missing", "workers we have not found", "missing villagers"); otherwise the
    governing verb with its particle, state word, complement and first prepositional object.
    """
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "ADJ"):
            return _verb_phrase(child, [])
        if child.dep_ == "relcl" and child.pos_ == "AUX":
            # "12,000 people who are homeless", "200 who are in hospital": the clause's state
            # is what the count is of, when it is one of the classes; "has" above says nothing.
            state = _verb_phrase(child, [])
            if predicate_class(state) in CLASSES:
                return state
        if child.dep_ == "amod" and child.lower_ in PREDICATE_WORDS:
            return str(child.lower_)
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.dep_ in ("acl", "amod") and after.lower_ in PREDICATE_WORDS:
        # "the search for two climbers missing ...": the parser hung "missing" on "search".
        return str(after.lower_)
    token, nouns = noun, list[str]()
    for _ in range(6):
        # An all-capitals "verb" is a misparsed acronym ("600 IS jihadists"), not a predicate.
        # Nor is a currency word the tagger took for a verb ("provided nearly dlrs 400,000").
        verb = token.pos_ in ("VERB", "AUX") and token.lower_ not in CURRENCY_SYMBOLS
        if verb and token.lower_ == "including" and token.dep_ == "prep" and token.i != noun.i:
            # "Eight people, including two children, were injured": the children were
            # injured too; "including" only says they are among the eight.
            token = token.head
            continue
        if verb and not token.text.isupper():
            if _running_total(token):
                # "named another 18 of the victims, bringing the total to 35": the 35
                # were identified; "bringing" only carries the sum.
                token = token.head
                continue
            if _agent_of(noun, token):
                # "kidnapped by two dozen armed men": the men did it, they were not taken.
                return f"{token.lower_} {AGENT_MARK}"
            return _verb_phrase(token, nouns)
        if token.head.i == token.i:
            break
        if (
            token.i == noun.i
            and token.pos_ in ("NOUN", "PROPN")
            and token.dep_ == "conj"
            and token.head.pos_ in _CLAUSES
        ):
            # "people who are homeless and 1,500 shelter beds": the parser joined the beds to
            # the clause of another noun; what that clause says is not said of the beds.
            return ""
        if token.i != noun.i and token.lower_ in PREDICATE_WORDS:
            nouns.append(str(token.lower_))  # "forcing the evacuation of 1,200 residents"
        token = token.head
    return ""


_CLAUSES = frozenset({"VERB", "AUX", "ADJ"})
_TOTAL_VERBS = frozenset({"bring", "raise", "push", "take", "lift"})
_TOTALS = frozenset({"total", "number", "tally", "count"})


def _running_total(verb: Any) -> bool:
    """ "bringing the total to 40" hung on the clause that says what the total counts."""
    return bool(
        verb.lemma_.casefold() in _TOTAL_VERBS
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and verb.head.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lower_ in _TOTALS for c in verb.children)
    )


def _agent_of(noun: Any, verb: Any) -> bool:
    """The noun is the doer of a passive verb: its head is "by" hung on the verb."""
    by = noun.head
    return bool(
        by.i != noun.i  # spaCy makes a new Token object on each access: compare positions
        and by.lower_ == "by"
        and by.head.i == verb.i
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    )


def _verb_phrase(verb: Any, nouns: list[str]) -> str:
    neg = ["not"] if any(c.dep_ == "neg" for c in verb.children) else []
    for child in verb.children:
        if child.dep_ == "acomp" and child.pos_ in ("ADJ", "VERB"):
            return " ".join([*neg, str(child.lower_)])  # "were dead", "remain missing"
    words = [*neg, str(verb.lower_)]
    prep_done = False
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in ("out", "aboard")):
            words.append(str(child.lower_))
        elif child.dep_ == "dobj" and child.lower_ in PREDICATE_WORDS:
            words.append(str(child.lower_))  # "bringing the death toll to six"
        elif child.dep_ in ("oprd", "advcl", "ccomp", "xcomp") and child.pos_ == "ADJ":
            words.append(str(child.lower_))  # "found alive", "held captive"
        elif child.dep_ == "xcomp" and child.pos_ == "VERB":
            to = ["to"] if any(c.lower_ == "to" for c in child.children) else []
            words += [*to, str(child.lower_)]  # "told to leave homes", "remain missing"
            words += [str(c.lower_) for c in child.children if c.dep_ == "dobj"][:1]
        elif child.dep_ == "prep" and not prep_done:
            # Only a prepositional object that tells the class ("to hospital", "from homes"):
            # others ("in the villages", "on Wednesday") would only lengthen the subject.
            objs = [c for c in child.children if c.dep_ == "pobj"]
            pair = {str(child.lower_), *(str(o.lower_) for o in objs[:1])}
            telling = (*PREDICATE_PATTERNS, *SYNONYM_PATTERNS)
            if objs and any(pair <= pattern for pattern, _ in telling):
                words += [str(child.lower_), str(objs[0].lower_)]
                prep_done = True
    return " ".join([*words, *nouns][:_MAX_WORDS])


__all__ = [
    "AGENT_MARK",
    "CLASSES",
    "PREDICATE_PATTERNS",
    "PREDICATE_WORDS",
    "SYNONYM_PATTERNS",
    "SYNONYM_WORDS",
    "THING_CLASSES",
    "is_capacity",
    "predicate_class",
    "predicate_phrase",
    "thing_class",
]
