"""Word tables of entity merging's rule 7 (``merge``): which longer names a short one may
stand for.  Plain data, kept apart so that ``merge`` holds only the rules."""

from __future__ import annotations

from newsbrief.article.tables import NEWSPAPER_WORDS, ORG_WORDS
from newsbrief.story.names import LEGAL_FORMS

# Labels a short name may carry to join a longer organisation name by prefix (rule 7); the
# small model often tags a shortened organisation as a person ("Elmsworth Fire and Rescue").
PREFIX_LABELS = frozenset({"ORG", "PERSON"})
# Words of bodies that take a place's name: outlets, civic groups, public services.
NAMED_AFTER_PLACES = frozenset({
    "post", "herald", "times", "gazette", "news", "radio", "tv", "press", "chronicle",
    "association", "trust", "club", "society", "council", "union", "committee", "police",
    "hospital", "infirmary", "school", "university", "court", "church", "station", "fire",
    "rescue", "supporters", "residents", "coastguard", "athletic", "united", "city",
    "state", "troopers", "patrol", "guard", "legislature", "assembly", "government",
})  # fmt: skip
# Words that make a longer name a rival body, not the full name of the shorter one: the
# "Democratic Workers Party" is not the "Workers Party", nor the "Social Democratic Party" the
# "Democratic Party".
RIVAL_WORDS = frozenset({
    "democratic", "social", "socialist", "national", "liberal", "popular", "republican",
    "labour", "labor", "christian", "united", "progressive", "conservative", "green",
    "communist", "revolutionary", "islamic", "new", "free", "independent", "radical",
})  # fmt: skip
# Natural features and regions that sources name with or without their kind ("the Gaza
# Strip" and "Gaza", "Hatay Province" and "Hatay", "Tarnby Township" and "Tarnby"); not
# "city" ("Gaza City" is not "Gaza").
FEATURE_WORDS = frozenset(
    {"river", "island", "isle", "lake", "strip", "province", "prefecture", "peninsula", "valley",
     "desert", "municipality", "governorate", "oblast", "township", "borough", "oasis"}
)  # fmt: skip
SUB_BODIES = frozenset({
    "committee", "subcommittee", "commission", "panel", "caucus", "office", "division",
    "bureau", "branch", "department", "unit",
})  # fmt: skip
OUTLET_NAMES = NEWSPAPER_WORDS
NAMED_AFTER_PEOPLE = frozenset({
    "airport", "international", "university", "college", "foundation", "center", "centre",
    "institute", "school", "hospital", "stadium", "prize", "award", "memorial", "bridge",
    "street", "avenue", "boulevard", "square", "park", "library", "museum", "hall", "tower",
    "building", "trust", "fund",
})  # fmt: skip
INSTITUTIONS = frozenset({"university", "college", "institute", "hospital", "foundation"})
# Last words of a body's name ("U.N. Population Fund", "U.N. Harbour Program"): a known
# body's name before them names another body.
BODY_ENDS = ORG_WORDS | {"program", "programme"}
# Kinds a firm drops when called by its own short name ("Tallow" of the "Tallow Organization").
FIRM_KINDS = LEGAL_FORMS | {"organization", "organisation", "group", "industries"}
# Kinds an outlet, agency or institution drops when called by its own short name.
OUTLET_WORDS = INSTITUTIONS | {
    "news",
    "agency",
    "press",
    "service",
    "hotel",
    "airlines",
    "airways",
}


def firm_kind(word: str) -> bool:
    """A folded last word that says a firm and hardly a town's body: "labs", "vr", "software"
    (not "institute", "company", "fc" or "corp.": "Aspen Institute", "Burnley FC", "Dover
    Corp." are named after towns the story also names)."""
    return word.rstrip(".,") in _FIRM_ENDINGS


_FIRM_ENDINGS = frozenset({
    "labs", "lab", "vr", "xr", "ai", "technologies", "software", "games", "studios",
    "pharmaceuticals", "therapeutics", "networks", "ventures", "robotics", "biotech",
})  # fmt: skip


__all__ = [
    "FEATURE_WORDS",
    "FIRM_KINDS",
    "INSTITUTIONS",
    "NAMED_AFTER_PEOPLE",
    "NAMED_AFTER_PLACES",
    "OUTLET_NAMES",
    "OUTLET_WORDS",
    "PREFIX_LABELS",
    "RIVAL_WORDS",
    "SUB_BODIES",
    "firm_kind",
]
