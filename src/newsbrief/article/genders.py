"""Whether a person named in an article is a man or a woman, as far as the article says: from
titles ("Mr. Parr"), from a gendered noun that introduces the name ("a shop girl named Mai
Thu") and from given names the table knows ("Matthew G. Whitaker").

Takes: an article's text, or the names it gives.  Gives: surname -> "m" or "f".  Used by
``article.people_named`` so that "she said" is not a man.  Backend: the word tables.
"""

from __future__ import annotations

import re

from newsbrief.article.tables import GIVEN_NAME_GENDERS, TITLE_WORDS

# The words that stand for a person just named, with the sex they tell ("the actress": a woman).
PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "actress": "f", "comedienne": "f",
}  # fmt: skip
_GENDER_TITLES = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m",
    "mrs": "f", "ms": "f", "miss": "f", "mme": "f", "dame": "f", "lady": "f",
}  # fmt: skip
_GENDER_TITLE = re.compile(
    r"\b(Mr|Mister|Sir|Lord|Mrs|Ms|Miss|Mme|Dame|Lady)\.?[ \t]+((?:[A-Z][\w'’-]+[ \t]+){0,2}"
    r"[A-Z][\w'’-]+)"
)


# A gendered noun that introduces a name: "a shop girl named Mai Thu", "his wife, Racquel".
_GENDER_NOUNS = {
    **dict.fromkeys(("woman", "girl", "wife", "mother", "daughter", "sister", "girlfriend",
                     "widow", "actress", "grandmother"), "f"),
    **dict.fromkeys(("man", "boy", "husband", "father", "son", "brother", "boyfriend",
                     "widower", "actor", "grandfather"), "m"),
}  # fmt: skip
_GENDER_NOUN = re.compile(
    rf"\b({'|'.join(_GENDER_NOUNS)})(?:[ \t]+named|,)?[ \t]+((?:[A-Z][\w'’-]+[ \t]+){{0,2}}"
    r"[A-Z][\w'’-]+)"
)


def _surname_key(name: str) -> str:
    """A name's last word, case-folded, without a possessive ("Parr's" → "parr")."""
    return name.split()[-1].removesuffix("'s").removesuffix("’s").casefold()


def titled_genders(text: str) -> dict[str, str]:
    """Surname -> "m" or "f", from the titles the article gives ("Mr. Parr", "Ms Achterberg");
    a surname given both ("Mr. and Mrs. Doyle" apart) is left out."""
    seen: dict[str, set[str]] = {}
    for m in _GENDER_TITLE.finditer(text):
        surname = _surname_key(m.group(2))
        seen.setdefault(surname, set()).add(_GENDER_TITLES[m.group(1).casefold()])
    return {name: genders.pop() for name, genders in seen.items() if len(genders) == 1}


def noun_genders(text: str, names: list[str]) -> dict[str, str]:
    """Surname -> "m" or "f", from a gendered noun that introduces the name ("a shop girl
    named Mai Thu": "he says" is not her), for a name whose given name the table does not
    know ("his son, Jacob Sloane" says nothing of a "Miriam Sloane"'s surname)."""
    seen: dict[str, set[str]] = {}
    for m in _GENDER_NOUN.finditer(text):
        surname = _surname_key(m.group(2))
        seen.setdefault(surname, set()).add(_GENDER_NOUNS[m.group(1)])
    for name in names:
        words = [w for w in name.split() if w.rstrip(".").casefold() not in TITLE_WORDS]
        if len(words) >= 2 and words[0].casefold() in GIVEN_NAME_GENDERS:
            seen.pop(_surname_key(words[-1]), None)
    return {name: genders.pop() for name, genders in seen.items() if len(genders) == 1}


def given_genders(names: list[str], titled: dict[str, str], text: str = "") -> dict[str, str]:
    """Surname -> "m" or "f" from the given names the article writes ("Matthew G. Whitaker":
    "she said" is not Whitaker; a boy called "Daniel, 6," is a he); a surname two genders
    share ("Bill and Hillary Clinton"), or one a title already decides, is left out."""
    seen: dict[str, set[str | None]] = {}
    for name in names:
        words = [w for w in name.split() if w.rstrip(".").casefold() not in TITLE_WORDS]
        if len(words) >= 2:
            surname = _surname_key(words[-1])
            # A given name the table does not know counts as unknown: "Miriam Sloane" and
            # "Jacob Sloane" leave a bare "Sloane" open.
            seen.setdefault(surname, set()).add(GIVEN_NAME_GENDERS.get(words[0].casefold()))
    # A child named by a given name alone and an age, never as a longer name's last word nor
    # after a title, is known by that first name ("Daniel, 6, “hid behind me,” she said": the
    # boy is not "she"; a lone "Kelly" who coached is a surname, "Sen. Warren" may be a woman).
    for name in names:
        words = [w for w in name.split() if w.rstrip(".").casefold() not in TITLE_WORDS]
        alone = _surname_key(words[0]) if len(words) == 1 else ""
        if alone in GIVEN_NAME_GENDERS and alone not in seen and _aged(text, words[0]):
            seen[alone] = {GIVEN_NAME_GENDERS[alone]}
    return {
        n: g
        for n, genders in seen.items()
        if len(genders) == 1 and (g := next(iter(genders))) is not None and n not in titled
    }


def _aged(text: str, name: str) -> bool:
    """The article gives ``name`` alone with an age ("Daniel, 6,"), and never after a title
    ("Sen. Warren", "Coach Kelly")."""
    before = re.finditer(rf"\b([A-Za-z]+)\.?[ \t]+{re.escape(name)}\b", text)
    titled = any(m.group(1).casefold() in TITLE_WORDS | _ADDRESS for m in before)
    return not titled and re.search(rf"\b{re.escape(name)},[ \t]+\d{{1,2}},", text) is not None


# Words of address the title list leaves out, before a surname used alone.
_ADDRESS = frozenset({"coach", "justice", "dame", "miss", "judge", "officer", "nurse"})


__all__ = ["PRONOUN_GENDER", "given_genders", "noun_genders", "titled_genders"]
