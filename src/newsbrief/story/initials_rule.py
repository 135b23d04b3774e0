"""Rules 4 and 6 of entity merging: a name written in capitals is the initials of another.

Takes: a story's names (folded key → surface form), their labels and the alias-table groups
they matched.  Gives: unions of an acronym with the one name it spells ("NCC" and
"Northshore Chemical Corporation"; "JFK" and "John F. Kennedy").  Backend: plain Python
(``name_scan`` for the initials).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from newsbrief.article.name_scan import acronyms_of, initials, without_generation
from newsbrief.article.tables import GAZETTEER, US_STATE_CODES


def merge_acronyms(
    surface: Mapping[str, str],
    label_of: Mapping[str, str],
    table_group: Mapping[str, str],
    *,
    find: Callable[[str], str],
    union: Callable[[str, str], None],
) -> None:
    """Join each name written in capitals ("NCC", "U.N.") to the one name whose initials it is,
    when only one name (after the merges so far, ``find``) spells it."""
    expansions: dict[str, set[str]] = defaultdict(set)
    for key, text in surface.items():
        if label_of[key] == "PERSON":
            # People are not written as their initials ("AP" is no "Anna Petrova"), save a few
            # known by three ("JFK", "MLK"), and those only for initials tagged a person.
            acr = person_initials(text)
            if acr:
                expansions[f"person {acr}"].add(key)
            continue
        # "AP", "AFP", "BBC": known names of their own, spelled by many a name ("the
        # Association of Family Physicians"); by a broadcaster's or an agency's only ("British
        # Broadcasting Corp." is the BBC).
        outlet = label_of[key] == "ORG" and bool(set(key.split()) & _BROADCASTER_WORDS)
        for acr in acronyms_of(text):
            if acr.casefold() not in GAZETTEER or (outlet and len(acr) >= 3):
                expansions[acr].add(key)
    for key, text in surface.items():
        letters = text.replace(".", "")
        # A short form the alias table knows ("D.C.") is not the initials of another name
        # ("Delaware Crush").
        # A state's postal code used as a place ("Mansfield, CT") abbreviates the state only
        # (``state_codes``), not the story's "Chevy Tahoe".
        state = text in US_STATE_CODES and label_of[key] == "GPE"
        if state or key in table_group:
            continue
        if worded_initials(text, label_of[key]) and not any(
            o != key and o.startswith(key + " ") for o in surface
        ):
            letters = text.upper()
        elif not (abbreviation(text) and len(letters) <= 6):
            continue
        wanted = f"person {letters}" if label_of[key] == "PERSON" else letters
        spelled = expansions.get(wanted, set())
        # "Australian International Olympic Committee" (the tagger's span for "Australian
        # International Olympic Committee member Phil Coles") spells "IOC" only through
        # the name it ends with: that name is the one spelled.
        spelled = {
            k
            for k in spelled
            if not any(o != k and surface[k].endswith(" " + surface[o]) for o in spelled)
        }
        roots = {find(k) for k in spelled}
        if len(roots) == 1:
            union(roots.pop(), key)


def merge_initial_prefixes(
    surface: Mapping[str, str],
    label_of: Mapping[str, str],
    *,
    find: Callable[[str], str],
    union: Callable[[str, str], None],
) -> None:
    """Join a name that opens with initials ("LA Times", "NY Daily News") to the one name of
    the same kind that spells them out before the same words ("Los Angeles Times")."""
    for key, text in surface.items():
        words = text.split()
        if len(words) < 2 or not abbreviation(words[0]) or len(words[0].replace(".", "")) > 3:
            continue
        if label_of[key] == "PERSON":
            continue  # "DJ Kora", "PM Hale": a title's initials, not a given name's
        letters, rest = words[0].replace(".", ""), [w.casefold() for w in words[1:]]
        spelled = {
            find(other)
            for other, full in surface.items()
            if other != key
            and label_of[other] == label_of[key]
            and [w.casefold() for w in full.split()[-len(rest) :]] == rest
            and len(full.split()) >= len(rest) + 2
            and initials(full.split()[: -len(rest)], keep_function=False) == letters
        }
        if len(spelled) == 1:
            union(spelled.pop(), key)


# Words of an outlet's or a news agency's full name.
_BROADCASTER_WORDS = frozenset(
    {"broadcasting", "news", "press", "presse", "radio", "television", "network", "agence"}
)


def abbreviation(name: str) -> bool:
    """``name`` is written in capitals only ("UN", "U.N."): an abbreviation, no surname."""
    letters = name.replace(".", "")
    return len(letters) >= 2 and letters.isupper()


def initials_only(surface: str, written: Iterable[str], label: str) -> bool:
    """A one-word name that is initials, no surname: written in capitals ("UN", "NATO" beside
    "Nato"), save a person's transcript label ("OBAMA:") the text also writes as a word."""
    person = label == "PERSON" and not all(abbreviation(w) for w in written)
    return abbreviation(surface) and not person


def worded_initials(name: str, label: str) -> bool:
    """ "Nmsa", "Orpa": initials written as a word, as some British papers print them, for a
    body of four words or more ("Northern Maritime Safety Authority"); not a known place."""
    return (
        label == "ORG"
        and len(name) >= 4
        and name.isalpha()
        and name.istitle()
        and name.casefold() not in GAZETTEER
    )


def person_initials(name: str) -> str:
    """The initials of a person's name of three words or more ("John F. Kennedy" → JFK,
    "Martin Luther King Jr." → MLK), else ""."""
    words = without_generation(name.split())
    if len(words) < 3:
        return ""
    return initials(words, keep_function=True)


__all__ = [
    "abbreviation",
    "initials_only",
    "merge_acronyms",
    "merge_initial_prefixes",
    "person_initials",
    "worded_initials",
]
