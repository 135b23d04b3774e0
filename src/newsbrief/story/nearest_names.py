"""A bare name two people share: the one the article named last.

Takes: a story's name mentions (with their articles and offsets).  Gives: pairs of folded
names (a bare name, a full name) for ``merge.merge_names`` to treat as one.  Backend: plain
Python.

Rule 5 joins a bare surname to the one longer person name that ends with it, and leaves it
alone when two do ("Mandela" after "Nelson Mandela" and "Winnie Mandela"; "Becker" after "Al
Becker" and "Bill Becker").  A reader resolves it from the article: "Becker" is whoever of
them the article named last before it.  So every bare mention votes for the full name that
precedes it most closely in its own article, and the bare name joins that person when all its
votes agree, or when many do and three in four or more go to one person ("Lewinsky" after
"Monica Lewinsky" 47 times, after her father's full name 5 times).  The same holds for a given name
used alone ("Matt said" after "Matt Fong"; "Chuck" after "Charles Schumer", through
``names.given_key``), which no other rule joins at all; a given name votes only when the tagger
typed it a person.  A given name in an article that names no one of it ("his wife, Racquel,")
votes for the story's one person of that name, when the tagger always typed it a person.  A
full name introduced as a relative ("his parents, Phillip and Sandra Dunn") gets no votes:
the bare surname after it is still the story's Dunn (``kin_named``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from newsbrief.article.tables import GAZETTEER, GIVEN_NAME_GENDERS
from newsbrief.models import Article, Mention
from newsbrief.story.names import (
    PLACE_LABELS,
    connected,
    core,
    fold,
    given_core,
    given_key,
    person_like,
    surnames,
)

__all__ = ["kin_named", "nearest_full_names"]

# Labels a bare surname may carry to vote (rule 5's): the small model types a surname used
# alone ORG, GPE or NORP as often as PERSON.
_SURNAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def nearest_full_names(
    mentions: Sequence[Mention],
    people: frozenset[str] = frozenset(),
    kin: frozenset[tuple[str, int]] = frozenset(),
) -> list[tuple[str, str]]:
    """(bare folded name, full folded name) for the bare names whose every use follows the
    same person's full name in its article (see the module docstring).  ``people``: folded
    one-word names the text uses as a person's, whatever the tagger typed them
    (``name_use.NameUse.people``); ``kin``: (article, start) of full names introduced as
    someone's relatives (``kin_named``), which no bare surname after them means."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_given: dict[str, set[str]] = defaultdict(set)
    full: list[Mention] = []
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        labels[fold(m.text)][m.label] += 1
    for m in mentions:
        words = m.text.split()
        if len(words) < 2 or not person_like(m.text, m.label) or connected(words):
            continue
        # Not a name the tagger mostly calls a group ("Varrow Athletic", a club), nor one with
        # an organisation's or a place's word whatever its tag ("Mtwara Regional"): rule 5
        # still joins those when only one fits.
        if labels[fold(m.text)].most_common(1)[0][0] != "PERSON" or not person_like(m.text, "ORG"):
            continue
        full.append(m)
        for surname in surnames(m.text):
            by_surname[core(surname)].add(_person(m.text))
        by_given[given_core(m.text)].add(_person(m.text))

    def always_person(name: str) -> bool:
        # "Varrow", a town the tagger also calls a person, is no one's given name; "Areej",
        # tagged GPE but given a father and never a place, is.  So is a given name the
        # gazetteer knows and types nothing else, however the tagger typed it ("Stephen,
        # thank you for your interest" tagged GPE; "attached to Adolf's letter" ORG).
        key = fold(name)
        return (
            set(labels[key]) == {"PERSON"}
            or key in people
            or (key in GIVEN_NAME_GENDERS and key not in GAZETTEER)
        )

    votes: dict[str, Counter[str]] = defaultdict(Counter)
    either: set[str] = set()  # bare names that are one person's surname, another's given name
    in_article: dict[str, list[Mention]] = defaultdict(list)
    for m in sorted(full, key=lambda m: (m.article, m.start)):
        if (m.article, m.start) not in kin:
            in_article[m.article].append(m)
    # People the story names only as someone's relative ("her husband, lawyer George T.
    # Conway III"): the bare surname is the other one's, however far from the full name.
    named_alone = {_person(m.text) for m in mentions if (m.article, m.start) not in kin}
    relatives = {_person(m.text) for m in mentions if (m.article, m.start) in kin} - named_alone
    relative_surnames = {
        core(surname)
        for m in mentions
        if _person(m.text) in relatives
        for surname in surnames(m.text)
    }
    for m in mentions:
        if " " in m.text.strip():
            continue
        key = core(m.text)
        surname_of = by_surname.get(key, set())
        given_of = by_given.get(given_core(m.text), set())
        sole = key in relative_surnames and len(surname_of - relatives) == 1
        if sole and m.label in _SURNAME_LABELS:
            fits = surname_of - relatives
        elif len(surname_of) >= 2 and m.label in _SURNAME_LABELS:
            fits = surname_of
        elif surname_of and given_of - surname_of:
            # One person's surname and another's given name ("Jordan": Dave Jordan, Jordan
            # Belliveau): whoever the articles named last, most often.
            fits = surname_of | given_of
            either.add(fold(m.text))
        elif not surname_of and given_of:
            fits = given_of
        else:
            continue  # one person or none: rule 5 decides
        nearest = _nearest(in_article.get(m.article, ()), m.start, fits)
        if (
            fold(m.text) in either
            and nearest is not None
            and _person(nearest.text) not in surname_of
            and m.start - nearest.end > _CLOSE_CHARS
        ):
            # News calls a grown-up by the surname: "James", long after "Sixth Man of the Year
            # James Harden", is still LeBron James; a given name alone follows its full name.
            nearest = _nearest(in_article.get(m.article, ()), m.start, surname_of) or nearest
        own = {_person(f.text) for f in in_article.get(m.article, ()) if _person(f.text) in fits}
        if nearest is None and (len(fits) == 1 or (len(own) == 1 and not surname_of)):
            # "Bob Williams and his wife, Mary, ... “...,” Mary Williams said": the only
            # person of that name in its article, named after the bare name (a given name:
            # the story's other Marys are other articles' people; a surname before any full
            # name of it, "Clinton" before "Hillary Rodham Clinton", may be the story's other).
            nearest = next(
                (f for f in in_article.get(m.article, ()) if _person(f.text) in own), None
            )
        if nearest is None and len(fits) == 1 and not surname_of and always_person(m.text):
            # "his wife, Racquel," where only another article gives her full name: the
            # story's one person of that given name.
            nearest = next((f for f in full if _person(f.text) in fits), None)
        # A given name the tagger also typed a group ("Janice" tagged ORG) votes only right
        # after its full name; one it ever typed a place is no one's ("Varrow", a town the
        # tagger also calls a person).
        close = nearest is not None and (
            sole
            or fold(m.text) in either  # a person's surname, whatever the gazetteer says of it
            or always_person(m.text)
            or (
                not set(labels[fold(m.text)]) & PLACE_LABELS
                and max(m.start - nearest.end, nearest.start - m.end) <= _CLOSE_CHARS
            )
        )
        if nearest is not None and close and (key in by_surname or nearest.label == "PERSON"):
            votes[fold(m.text)][fold(nearest.text)] += 1
    pairs = []
    for bare, counted in sorted(votes.items()):
        by_person: Counter[str] = Counter()
        for name, n in counted.items():
            by_person[_person(_unglued(name, counted))] += n
        ranked = by_person.most_common(2)
        (person, top), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
        # Every vote, or most votes of many: "Lewinsky" after "Monica Lewinsky" 47
        # times and after her father's name 5 times is Monica Lewinsky.  A surname that is
        # also another's given name goes to whom most votes go.
        if (
            top == sum(by_person.values())
            or (top >= _MANY_VOTES and top >= _CLEAR_SHARE * sum(by_person.values()))
            or (bare in either and top > runner_up)
        ):
            named = Counter({k: n for k, n in counted.items() if _person(k) == person})
            pairs.append((bare, named.most_common(1)[0][0]))
    return pairs


# "his parents, Phillip and Sandra Dunn", "Dunn's wife, Rhonda Dunn", "with wife Donna
# Wilson Scott", "the younger brother of filmmaker Ridley Scott": right before a name.
_KIN_WORDS = (
    r"(?:father|mother|parents|wife|husband|sons?|daughters?|brothers?|sisters?|uncle|aunt|"
    r"cousin|grand(?:father|mother|parents|son|daughter)|fianc[ée]e?|widow|widower|children|"
    r"siblings)"
)
_KIN = re.compile(
    r"(?:\b(?:his|her|their|with|[A-Z][\w-]*['’]s?)\s+(?:(?:late|older|younger|elder|two|three|"
    r"four|five|estranged|former|adoptive|twin|step|current|then|first|second|new|ex-?)\s*)?"
    rf"{_KIN_WORDS}"
    # "her husband, lawyer George T. Conway III": a word of what the relative does between.
    r"\s*(?:,\s*(?:[a-z][\w-]*\s+)?)?"
    rf"|\b{_KIN_WORDS}\s+of\s+(?:[a-z][\w-]*\s+){{0,2}})"
    r"(?:[A-Z][\w'’-]*\s+(?:and|&)\s+)?$"
)


_OWN_KIN = re.compile(rf"\b([A-Z][\w-]*)['’]s\s+{_KIN_WORDS}\b")


# "the deaths of 6-year-old Rene Pasztor": a child, whom news calls by the given name; the
# bare surname after it is the grown-up's ("Pasztor faces two charges").
_CHILD_AGE = re.compile(r"\b(\d{1,2})-year-old\s+(?:[a-z]+\s+)?$")
_GROWN_UP = 18


def _child(before: str) -> bool:
    age = _CHILD_AGE.search(before)
    return age is not None and int(age.group(1)) < _GROWN_UP


def kin_named(
    articles: Iterable[Article], mentions: Iterable[Mention]
) -> frozenset[tuple[str, int]]:
    """(article, start) of the full person names introduced as a relative of someone ("his
    parents, Phillip and Sandra Dunn").  News calls the person a story is about by the bare
    surname, and a relative by the full name or by "his father": after "his parents, Phillip
    and Sandra Dunn", "Dunn" is still Michael Dunn.  A child named with its age ("6-year-old
    Rene Pasztor") is named so too, and a full name after the article spoke of a relative of
    that surname ("Tarr's cousin spoke ... said Mona Tarr")."""
    text = {a.id: a.text for a in articles}
    # The first "Tarr's cousin" of each article and surname.
    kin_of = {
        (a.id, m.group(1)): m.start()
        for a in articles
        for m in reversed(list(_OWN_KIN.finditer(a.text)))
    }
    return frozenset(
        (m.article, m.start)
        for m in mentions
        if m.label == "PERSON"
        and " " in m.text.strip()
        and (_KIN.search(before := text.get(m.article, "")[max(0, m.start - 60) : m.start])
             or _child(before)
             or m.start > kin_of.get((m.article, m.text.split()[-1]), len(text.get(m.article, ""))))
    )  # fmt: skip


# How near its full name a given name the tagger also typed otherwise must follow it.
_CLOSE_CHARS = 600
# A bare name many of whose uses follow one person's full name, and few another's: the
# story's main person of that name ("Qin" after "Qin Yongmin" 28 times, after two other Qins 5
# times; "Liu" 8 times after Liu Nianchun, twice after Liu Qing).  Until stop 45 it took 10
# votes and 85 %, which left a dissident story's three family names unjoined.
_MANY_VOTES = 6
_CLEAR_SHARE = 0.75


def _unglued(name: str, names: Iterable[str]) -> str:
    """``name`` without a word glued before another of ``names`` ("Saint Will Smith", of
    "former Saint Will Smith", is "Will Smith")."""
    return next((o for o in names if o != name and name.endswith(" " + o) and " " in o), name)


def _nearest(full: Iterable[Mention], start: int, fits: set[str]) -> Mention | None:
    """The last of ``full`` (one article's, in order) before ``start`` that names one of
    ``fits``."""
    found = None
    for m in full:
        if m.start >= start:
            break
        if _person(m.text) in fits:
            found = m
    return found


def _person(name: str) -> str:
    """One key for a person's full names ("Chuck Schumer" = "Charles E. Schumer")."""
    return core(given_key(name))
