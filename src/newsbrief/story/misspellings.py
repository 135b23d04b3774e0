"""Misspelt names: two near letters swapped, a long surname spelt nearly alike, two words of
a long name spelt alike (``variant_words``).

Part of rule 3 of ``entities``' merge rules (``merge`` runs it).  Plain Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from difflib import SequenceMatcher
from itertools import combinations

from newsbrief.article.tables import FAMILY_FIRST, GAZETTEER, GIVEN_NAME_GENDERS
from newsbrief.story.merge_words import RIVAL_WORDS
from newsbrief.story.names import WORKS, core, skeleton

# Shorter names swap into other names too often ("Omar" and "Amor").
_SWAP_MIN_CHARS = 6


def merge_reordered_middles(
    union: Callable[[str, str], None], names: Mapping[str, object], klass: Mapping[str, str]
) -> None:
    """A person's middle names in another order are that person ("Ana Paula Vieira Costa",
    "Ana Vieira Paula Costa"); not given names swapped ("Maria Jose Lopez", "Jose Maria
    Lopez"), nor a father and son ("Rami bin Saud", "Saud bin Rami")."""
    by_shape: dict[tuple[str, ...], str] = {}
    for key in sorted(names):
        words = key.split()
        if klass[key] == "person" and len(words) >= 4:
            shape = (words[0], words[-1], *sorted(words[1:-1]))
            union(by_shape.setdefault(shape, key), key)


def merge_swapped_letters(
    union: Callable[[str, str], None],
    find: Callable[[str], str],
    names: Mapping[str, object],
    klass: Mapping[str, str],
) -> None:
    """A typo that swaps two near letters ("Lewinksy" for "Lewinsky", "Sanete" for "Senate")
    is the same name: rule 3's consonant skeleton changes with the order of the letters.
    A group's and a place's by turns ("a diplomat from Ecudaor", tagged a nationality), but
    never a person's and a group's ("Marian", "Marina"; ``merge_across_types`` decides a
    person's and a place's)."""
    by_letters: dict[tuple[bool, str], list[str]] = defaultdict(list)
    for key in names:
        if len(key) >= _SWAP_MIN_CHARS:
            by_letters[(klass[key] == "person", "".join(sorted(key)))].append(key)
    for group in by_letters.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if _swapped(a, b):
                    union(a, b)
    # A bare surname so misspelt ("Sndyer" said) is the one person of that surname's.
    surname_of: dict[str, set[str]] = defaultdict(set)
    for key in names:
        words = key.split()
        if klass[key] == "person" and len(words) > 1 and len(words[-1]) >= _SWAP_MIN_CHARS:
            surname_of[words[-1]].add(key)
    for key in names:
        if klass[key] != "person" or " " in key:
            continue
        owners = {
            find(k) for surname, keys in surname_of.items() if _swapped(key, surname) for k in keys
        }
        if len(owners) == 1:
            union(owners.pop(), key)
    _merge_given_variants(union, names, klass)


def _merge_given_variants(
    union: Callable[[str, str], None], names: Mapping[str, object], klass: Mapping[str, str]
) -> None:
    """One person's given name spelt two ways ("Sander Levin" and "Sandy Levin", "Qin Yongmin"
    and "Qin Youming"): two full names alike but for one given name, spelt nearly alike
    (``_given_variant``).  A surname is not so read ("John Johnson" and "John Johnston" are
    two people): the word that differs is not the last, unless the name opens with an East
    Asian family name."""
    by_rest: dict[tuple[int, tuple[str, ...]], list[tuple[str, str]]] = defaultdict(list)
    for key in names:
        words = key.split()
        if klass[key] != "person" or len(words) < 2:
            continue
        last = len(words) - 1 if words[0] in FAMILY_FIRST else len(words) - 2
        for i in range(last + 1):
            by_rest[(i, tuple(words[:i] + words[i + 1 :]))].append((words[i], key))
    for group in by_rest.values():
        for (a, key_a), (b, key_b) in combinations(group, 2):
            if _given_variant(a, b):
                union(key_a, key_b)


def _given_variant(a: str, b: str) -> bool:
    """Two spellings of one given name: the same two first letters, four letters or more, a
    difflib ratio of 0.7 or more ("sander" / "sandy", "steven" / "stephen"), and never names
    of two genders ("Joan" / "John"), nor one name and the same with an ending ("Daniel" /
    "Danielle", "Paul" / "Paula": the table does not know every woman's form)."""
    if not (a.isalpha() and b.isalpha()) or min(len(a), len(b)) < 4 or a[:2] != b[:2]:
        return False
    if a.startswith(b) or b.startswith(a):
        return False
    genders = {GIVEN_NAME_GENDERS.get(a), GIVEN_NAME_GENDERS.get(b)} - {None}
    if len(genders) > 1:
        return False
    close = max(SequenceMatcher(None, a, b).ratio(), SequenceMatcher(None, b, a).ratio())
    return close >= _GIVEN_RATIO


# "Yongmin" / "Youming" (0.71) is one man's name; "Jon" / "Jan" (0.67, too short anyway) is not.
_GIVEN_RATIO = 0.7


def _swapped(a: str, b: str) -> bool:
    """``b`` is ``a`` with two near letters swapped."""
    if len(a) != len(b) or sorted(a) != sorted(b):
        return False
    differ = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(differ) == 2 and differ[1] - differ[0] <= 2


def misspelt_surname(key: str, last_words: Mapping[str, set[str]]) -> set[str]:
    """The people whose surname ``key`` misspells ("Volenheimer" of "Katrin Vollenheimer"):
    a long surname (seven letters or more) with the same consonants, spelt nearly alike, or
    with an "h" or a vowel dropped and spelt alike all but that letter ("Lehmkul")."""
    c = core(key)
    if len(c) < 7 or key in GAZETTEER:
        return set()
    sk = skeleton(key)
    # Not "Israeli" for a tagger's "Ezra Weil Israel": a surname the gazetteer knows as a
    # place or a body is no one's to misspell.
    return {
        root
        for surname, roots in last_words.items()
        if surname not in GAZETTEER
        and (
            (skeleton(surname) == sk and SequenceMatcher(None, c, surname).ratio() >= 0.85)
            or _one_dropped(c, surname)
        )
        for root in roots
    }


def _one_dropped(a: str, b: str) -> bool:
    """One of ``a`` and ``b`` is the other with one silent-ish letter left out (an "h" or a
    vowel: "Lehmkul"); not another consonant ("Johnson" and "Johnston" are two names)."""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(
        long[i] in _DROPPABLE and long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


_DROPPABLE = frozenset("haeiou")


def variant_words(a: str, b: str) -> bool:
    """Two words of one organisation's name spelt alike ("Inkatha" / "Inkhata"), a
    nationality for its land ("Kurdish" / "Kurdistan"), a noun for its adjective, or two
    words for a dam's works; never a rival's word ("National" / "Nationalist")."""
    if _noun_and_adjective(a, b):
        return True  # "China Democracy Party" and "China Democratic Party"
    if any(a.startswith(r) or b.startswith(r) for r in RIVAL_WORDS):
        return False
    if {a, b} <= WORKS:  # the "Three Gorges Dam / Project Development Corporation" is one
        return True
    if a[:4] == b[:4] and min(len(a), len(b)) >= 4:
        return True
    # difflib's ratio depends on the order of its arguments: the better of the two.
    close = max(SequenceMatcher(None, a, b).ratio(), SequenceMatcher(None, b, a).ratio())
    return a[:3] == b[:3] and close >= 0.8


def _noun_and_adjective(a: str, b: str) -> bool:
    """A "-cy" noun and its "-tic" adjective ("democracy", "democratic"): one word told two
    ways, not a rival's ("national" and "nationalist" are two parties' words)."""
    x, y = sorted((a, b))
    return len(x) >= 6 and x.endswith("cy") and y == x[:-2] + "tic"


def merge_one_word_variants(union: Callable[[str, str], None], groups: list[str]) -> None:
    """Rule 3 for organisations' names of several words that differ in one word spelt alike:
    a typo ("Inkhata Freedom Party") or a nationality for its land ("Kurdish Workers Party",
    "Kurdistan Workers Party").  Not a rival's word ("National Party" and "Nationalist
    Party" are two parties)."""
    by_shape: dict[tuple[int, str], list[list[str]]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if len(words) >= 3:
            by_shape[(len(words), words[-1])].append(words)
    for same in by_shape.values():
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
                if len(diff) == 1 and variant_words(*diff[0]):
                    union(" ".join(a), " ".join(b))
