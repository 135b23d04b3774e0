"""A natural feature told by its bare name: rule 7 for rivers, islands and mountains.

Takes: the story's folded names, each name's label and the union-find's ``union`` and
``find``.  Gives: nothing; joins "Tarrow" to the "Tarrow River", "Kesh" to the "Kesh Island",
"Orran" and "the Orrans" to the "Orran Islands" (a plural made by adding "s" only), the "Rift
Valley" to the "Rift Valley Province", and "Kellan" to "Mount Kellan" (or "Mt.
Kellan"), and the "Harlow Hospital" to the "Harlow Hospital Center".  Backend: plain Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from newsbrief.story.merge_words import FEATURE_WORDS
from newsbrief.story.names import PLACE_LABELS

# Words that open a feature's name ("Mount Kellan", "Mt. Orvel"): folded, without the dot.
_OPENING_FEATURES = frozenset({"mount", "mt"})
# A mountain's bare name is typed a place that is no town ("on Kellan"): a town or a person
# of that name ("Hollis, a town below Mount Hollis") stays apart.
_BARE_MOUNTAIN_LABELS = frozenset({"LOC", "FAC"})
# A building's or an institution's name with "Center" added, typed a building or a body.
_CENTRES = frozenset({"center", "centre"})
_CENTRE_LABELS = frozenset({"FAC", "ORG"})
# Institutions a "Center" may be added to and still name ("Harlow Hospital Center"); not a
# university's or a town's (a "University Center" is one of its buildings).
_CENTRED = frozenset({"hospital", "clinic", "museum", "library", "arena"})
# A chain of islands told by its bare name or its plural ("Shetland" of the "Shetland
# Islands", the "Falklands"), typed a place on land: not "Virgin" the airline, "Cook" of Tim
# Cook, nor the sea around it ("the Pacific" of the "Pacific Islands").
_CHAINS = frozenset({"islands", "isles"})
_WATERS = frozenset({
    "pacific", "atlantic", "indian", "arctic", "caribbean", "aegean", "mediterranean", "baltic",
    "adriatic", "ionian", "channel", "gulf", "strait", "straits", "sea", "ocean", "bay", "sound",
})  # fmt: skip


def merge_features(
    union: Callable[[str, str], None],
    find: Callable[[str], str],
    names: Mapping[str, object],
    label_of: Mapping[str, str],
) -> None:
    features: dict[str, set[str]] = defaultdict(set)
    mountains: set[str] = set()
    centres: set[str] = set()
    chains: set[str] = set()
    # A word of a person's full name is that person's, not a mountain's ("Vernon" beside
    # "Mount Vernon" and "Ellis Vernon").
    person_words = {w for k in names if label_of[k] == "PERSON" and " " in k for w in k.split()}
    people = {find(k) for k in names if label_of[k] == "PERSON" and " " in k}
    for key in names:
        words = key.split()
        if len(words) >= 2 and words[-1] in FEATURE_WORDS:
            features[" ".join(words[:-1])].add(find(key))
        elif len(words) >= 3 and words[-1] in _CENTRES and label_of[key] in _CENTRE_LABELS:
            # "Harlow Hospital" is the "Harlow Hospital Center" (not "Lincoln" of a "Lincoln
            # Center": the bare name keeps two words at least, and is a building or a body).
            features[" ".join(words[:-1])].add(find(key))
            centres.add(" ".join(words[:-1]))
        elif len(words) >= 2 and words[-1] in _CHAINS:
            bare = " ".join(words[:-1])
            if f"{bare} island" in names or f"{bare} isle" in names:
                continue  # "Kesh" is the "Kesh Island" the story also names
            for form in (bare, bare + "s"):
                features[form].add(find(key))
                chains.add(form)
        elif len(words) >= 2 and words[0] in _OPENING_FEATURES and label_of[key] in PLACE_LABELS:
            bare = " ".join(words[1:])
            if not set(bare.split()) & person_words:
                features[bare].add(find(key))
                mountains.add(bare)
    for key in names:
        roots = features.get(key, set())
        if key in mountains and label_of[key] not in _BARE_MOUNTAIN_LABELS:
            continue  # "Hollis", a town below "Mount Hollis"; "Sgt. Tessa" of "Mount Tessa"
        # "Korean" (a nationality) is not the "Korean Peninsula"; a longer name joins only as
        # a place ("Rift Valley", not the "Rift Valley Railways" company).
        alone = label_of[key] != "NORP" if " " not in key else label_of[key] in PLACE_LABELS
        if key in centres:
            # An institution's name ("Harlow Hospital"), not a town or a district the centre
            # is named after ("Cedar Falls Center", "Lincoln Park Center"), however typed.
            alone = label_of[key] in _CENTRE_LABELS and key.split()[-1] in _CENTRED
        elif key in chains:
            land = label_of[key] == "GPE" or (
                label_of[key] == "LOC" and key.split()[-1] not in _WATERS
            )
            alone = land and key not in person_words and find(key) not in people
        elif label_of[key] == "PERSON" and key in person_words:
            alone = False  # "Ledd" of "Councilman Ed Ledd", not of the "Ledd Borough"
        if len(roots) == 1 and alone:
            union(roots.pop(), key)


__all__ = ["merge_features"]
