"""Rule tables kept as data (``article/rules/en/*.json``), loaded once into frozen values.

Takes: the JSON files shipped in the package.  Gives: immutable word sets and mappings for
hedges, unit conversions, revision words, page furniture (``figures.json``) and the small
gazetteer of news agencies, outlets and places plus title words and offices
(``gazetteer.json``).
Plain Python; read at import, never written.
"""

from __future__ import annotations

import json
from importlib import resources
from types import MappingProxyType
from typing import Any


def _load(name: str) -> dict[str, Any]:
    ref = resources.files("newsbrief").joinpath(f"article/rules/en/{name}")
    data: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return data


_FIGURES = _load("figures.json")
_GAZETTEER = _load("gazetteer.json")

# Hedge phrase -> "lower" | "upper" | "approx".
HEDGE_KINDS = MappingProxyType(
    {str(p): str(kind) for kind, phrases in _FIGURES["hedges"].items() for p in phrases}
)
APPROX_TOLERANCE = float(_FIGURES["approx_tolerance"])
BOUND_REACH = float(_FIGURES["bound_reach"])
RANGE_WORDS = frozenset(_FIGURES["range_words"])
# Unit -> (unit it is compared in, factor).
CONVERSIONS = MappingProxyType(
    {unit: (str(to), float(factor)) for unit, (to, factor) in _FIGURES["conversions"].items()}
)
REVISION_WORDS = frozenset(_FIGURES["revision_words"])
FURNITURE = tuple(sorted(_FIGURES["furniture"], key=len, reverse=True))
UNCOUNTED_PLURALS = frozenset(_FIGURES["uncounted_plurals"])

# Name (case-folded) -> entity type, for names the tagger often gets wrong.
GAZETTEER = MappingProxyType(
    {str(n).casefold(): str(kind) for kind, names in _GAZETTEER["types"].items() for n in names}
)
# Words that make a name a place or an organisation whatever the tagger says.
PLACE_WORDS = frozenset(_GAZETTEER["place_words"])
ORG_WORDS = frozenset(_GAZETTEER["org_words"])
TITLE_WORDS = frozenset(_GAZETTEER["title_words"])
# A title's abbreviation -> the word it stands for ("Sen." is a senator).
TITLE_ABBREVIATIONS = MappingProxyType(
    {str(k): str(v) for k, v in _GAZETTEER["title_abbreviations"].items()}
)
NOT_NAMES = frozenset(w.casefold() for w in _GAZETTEER["not_names"])
ALIAS_CUES = tuple(_GAZETTEER["alias_cues"])
PRODUCT_CUES = tuple(_GAZETTEER["product_cues"])
GIVEN_NAME_WORDS = frozenset(_GAZETTEER["given_name_words"])
# Nouns for a country's people, case-folded ("briton", "britons").
DEMONYMS = frozenset(w.casefold() for w in _GAZETTEER["demonyms"])
# Buildings people stay in: "Palm Cove Hotel" is a building, whatever the tagger says.
LODGINGS = frozenset({"hotel", "motel", "resort", "casino"})
# What newspapers are named by ("the Harlow Times", "the Post"): read by the outlet tests of
# documents' makers, organisations' heads and merging.
NEWSPAPER_WORDS = frozenset(
    {"times", "post", "herald", "tribune", "journal", "gazette", "chronicle"}
)
# US postal code -> state ("CT" -> "Connecticut"), after a town and a comma.
US_STATE_CODES = MappingProxyType({str(k): str(v) for k, v in _GAZETTEER["us_state_codes"].items()})
# The states those codes stand for, case-folded ("connecticut").
US_STATE_NAMES = frozenset(name.casefold() for name in US_STATE_CODES.values())
# Given name -> "m" or "f" ("Matthew", "Kellyanne"): whom "he" and "she" may mean.
GIVEN_NAME_GENDERS = MappingProxyType({
    str(name): gender
    for gender in ("m", "f")
    for name in _GAZETTEER["given_name_genders"][gender]
})  # fmt: skip
# Short given name -> full given name ("pat" -> "patrick").
NICKNAMES = MappingProxyType({str(k): str(v) for k, v in _GAZETTEER["nicknames"].items()})
# East Asian family names, written before the given name; the second set is also written last.
FAMILY_FIRST = frozenset(_GAZETTEER["family_first"])
FAMILY_FIRST_EITHER = frozenset(_GAZETTEER["family_first_either"])
# Office -> (titles written before the holder's surname, holders' surnames).
OFFICE_HOLDERS = MappingProxyType(
    {
        str(office): (tuple(spec["titles"]), tuple(spec["holders"]))
        for office, spec in _GAZETTEER["offices"].items()
    }
)

__all__ = [
    "ALIAS_CUES",
    "APPROX_TOLERANCE",
    "BOUND_REACH",
    "CONVERSIONS",
    "DEMONYMS",
    "FAMILY_FIRST",
    "FAMILY_FIRST_EITHER",
    "FURNITURE",
    "GAZETTEER",
    "GIVEN_NAME_GENDERS",
    "GIVEN_NAME_WORDS",
    "HEDGE_KINDS",
    "NICKNAMES",
    "NOT_NAMES",
    "OFFICE_HOLDERS",
    "ORG_WORDS",
    "PLACE_WORDS",
    "PRODUCT_CUES",
    "RANGE_WORDS",
    "REVISION_WORDS",
    "TITLE_ABBREVIATIONS",
    "TITLE_WORDS",
    "UNCOUNTED_PLURALS",
    "US_STATE_CODES",
    "US_STATE_NAMES",
]
