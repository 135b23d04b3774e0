"""Keys that say when two names are the same name: folded, core and consonant skeleton.

Plain string functions shared by entity merging (``merge``, ``entities``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence, Set

from newsbrief.article.name_scan import (
    KIN_WORD,
    NAME_WORD,
    PARTICLE,
    SURNAME_OPENING,
    without_generation,
)
from newsbrief.article.tables import (
    FAMILY_FIRST,
    FAMILY_FIRST_EITHER,
    GAZETTEER,
    GIVEN_NAME_GENDERS,
    LODGINGS,
    NICKNAMES,
    ORG_WORDS,
    PLACE_WORDS,
    US_STATE_NAMES,
)

# Arabic article forms (al-, el-, and its sun-letter assimilations) and English "the":
# sources write them or drop them freely, so they never distinguish two names.
_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "es", "the"})
_STORM_WORDS = frozenset({"supertyphoon", "typhoon", "hurricane", "cyclone"})
# A company's legal form, which sources give or leave out as they like; and the ".com" of a
# web business's address ("Larkspur.com" is Larkspur).
# A company's legal form after its name ("Oculus VR, Inc.").
LEGAL_FORMS = frozenset({
    "co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "company", "plc",
    "llc", "llp", "lp", "ag", "sa", "nv", "gmbh", "com", "bv", "spa", "pty",
})  # fmt: skip
# A house's name with its possessive, then the form its shares are held in.
_HOLDING_FORM = re.compile(r"\w['’]s\s+(?:Holdings|International)\b", re.IGNORECASE)
_ORG_ENDINGS = {
    "dept": "department", "assn": "association", "intl": "international",
    "airways": "airlines", "airline": "airlines", "forces": "force",
}  # fmt: skip
# A works' last words, which sources vary freely: the "Three Gorges Dam", "Three Gorges
# Project", "Three Gorges Power Project" and "Three Gorges Dam Project" are one works (and
# not "Three Gorges", the region, with no such word).
WORKS = frozenset({"dam", "project", "plant", "pipeline"})
_WORKS_WORDS = WORKS | {"power", "hydroelectric", "hydropower", "water"}
# Ends the core of a works' name: the tagger types such a name ORG or FAC by turns, so
# ``merge`` matches works' cores across the two.
WORKS_MARK = "#works"
# Ship prefixes: "MV Halcyon Star" is the "Halcyon Star".
_VESSEL_PREFIXES = frozenset({"mv", "hms", "uss"})
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "in", "on", "de", "al", "el"})


def fold(name: str) -> str:
    """Case, accents, quotes and hyphens dropped: the key for 'the same name'."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold().replace("’", "'")
    return " ".join(re.sub(r"[^\w']+", " ", plain).split())


def core(name: str) -> str:
    """``fold`` without article particles and spaces: rule 2's key (al-Assad → assad).  A
    storm's kind ("Super Typhoon Zeb" is Zeb), a generational suffix ("John Conyers Jr." is
    John Conyers) and a company's legal form ("Microsoft Corp." is Microsoft) go; a last
    abbreviated or plural organisation word is written out ("Defense Forces" is "Defense
    Force", "Pacific Airways" is "Pacific Airlines"); a works' kind is one word ("Three
    Gorges Dam" is the "Three Gorges Power Project")."""
    words = re.split(r"[\s'-]+", fold(name))
    kept = [w for w in words if w and w not in _PARTICLES]
    if len(kept) > 1 and kept[0] in _VESSEL_PREFIXES:
        kept = kept[1:]
    # "Super Typhoon Zeb" is "Zeb" (not "Super Bowl" "Bowl", nor "Storm Lake" "Lake").
    if len(kept) > 2 and kept[:2] in (["super", "typhoon"], ["tropical", "storm"]):
        kept = kept[2:]
    elif len(kept) > 1 and kept[0] in _STORM_WORDS:
        kept = kept[1:]
    kept = without_generation(kept)
    # "U.N. Population Fund" is the "United Nations Population Fund".  (Not "U.S.": the rules
    # that read "U.S. Senate" as the Senate want the country's initials kept.)
    if len(kept) > 2 and kept[:2] == ["u", "n"]:
        kept = ["un", *kept[2:]]
    if len(kept) > 1 and kept[0] == "un":
        kept = ["united", "nations", *kept[1:]]
    if len(kept) > 2 and kept[-2:] in (["kabushiki", "kaisha"], ["k", "k"]):  # Japan's "Inc."
        kept = kept[:-2]
    if len(kept) > 1 and kept[-1] in LEGAL_FORMS:
        kept = kept[:-1]  # "Microsoft Corp." is Microsoft; "Apple Computer Inc." and "... Co."
    # "Marlow's Holdings Inc." and "Trevane's International PLC" are Marlow's and Trevane's:
    # a house's own name (with its possessive) and the form its shares are held in.
    if _HOLDING_FORM.search(name) and kept[-2:-1] == ["s"]:  # not "Tarvo U.S. Holdings"
        kept = kept[:-2]
    if len(kept) > 1:
        kept[-1] = _ORG_ENDINGS.get(kept[-1], kept[-1])
    # "the Carroll County Sheriff's Office" is its "Sheriff's Department"; the "Houston Police
    # Department" is the "Houston Police".
    if len(kept) > 2 and kept[-3:-1] == ["sheriff", "s"] and kept[-1] == "office":
        kept[-1] = "department"
    if len(kept) > 2 and kept[-2:] == ["police", "department"]:
        kept = kept[:-1]
    if len(kept) > 1 and kept[-1] in WORKS:
        named = len(kept)
        while named > 1 and kept[named - 1] in _WORKS_WORDS:
            named -= 1
        kept = [*kept[:named], WORKS_MARK]
    # "St", "St." and "Saint" before a name are one word; a last "St" is a street ("Main St").
    # So are "Mt." and "Mount", "Ft." and "Fort" ("Mt. Carmel" is "Mount Carmel").
    kept = [_WRITTEN_OUT.get(w, w) if i < len(kept) - 1 else w for i, w in enumerate(kept)]
    return "".join(kept or words)


_LEGAL_TAIL = re.compile(r",?[ \t]+([A-Za-z]+)\.?$")


def without_legal_form(name: str) -> str:
    """A company's name without its legal form ("Oculus VR, Inc." is "Oculus VR"), else
    the name as it is."""
    tail = _LEGAL_TAIL.search(name)
    if tail is None or tail.group(1).casefold() not in LEGAL_FORMS:
        return name
    if not name[: tail.start()].strip():
        return name  # "Inc." alone is no company's name
    return name[: tail.start()]


_WRITTEN_OUT = {"st": "saint", "mt": "mount", "ft": "fort"}


# Consonants that transliterations of one name swap freely (Tarvisa / Tarviza, Qasim / Kasim).
_SOUND_ALIKE = str.maketrans({"z": "s", "q": "k", "c": "k", "w": "v"})
# "Olov" / "Olof", "Torvsson" / "Torfsson": one name in two countries' spellings, inside a
# word only ("Varley" and "Farley", "Wang" and "Fang" are two names).
_INNER_V = re.compile(r"(?<=[^\W\d_])v")


def skeleton(name: str) -> str:
    """Consonants of ``core`` with doubles collapsed: Hezbollah and Hizbollah → hzblh."""
    plain = core(_INNER_V.sub("f", name)).replace("ph", "f").translate(_SOUND_ALIKE)
    cons = re.sub(r"[aeiouy\d_']", "", plain)
    return re.sub(r"(.)\1+", r"\1", cons)


def acronym_of(name: str) -> str:
    """Initials of the capitalised words, skipping function words ('' for one-word names)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2:
        return ""
    return "".join(
        w[0].upper() for w in words if w.casefold() not in _ACRONYM_SKIP and w[0].isalpha()
    )


def person_like(name: str, label: str) -> bool:
    """A PERSON, or an ORG or NORP whose name reads as a person's: two or three capitalised
    words, none an organisation's or a place's word.  The small English pipeline often types a
    person's name as an organisation after a title ("Regional governor Anouk Telleman" -> ORG)
    and sometimes as a nationality ("Agnes Fenwright" -> NORP)."""
    if label == "PERSON":
        return True
    words = name.split()
    return (
        label in ("ORG", "NORP")
        and name.casefold() not in GAZETTEER  # "White House" reads as a name, and is none
        and 2 <= len(words) <= 4
        and all(
            _PERSON_WORD.fullmatch(w) or (0 < i < len(words) - 1 and _KIN.fullmatch(w))
            for i, w in enumerate(words)
        )
        and not words[0].endswith(".")
        # "New York Jets", "Los Angeles Lakers": a team or body named after a place.
        and not (len(words) > 2 and " ".join(words[:2]).casefold() in GAZETTEER)
        and not any(
            w.casefold() in ORG_WORDS
            or w.casefold() in PLACE_WORDS
            or w.casefold() in GENERIC
            or w.casefold() in _FAITHS
            for w in words
        )
    )


# A word of a person's name: "Anouk", a middle initial "F.", "D'Amato", "McCain",
# "Bar-Illan", a generational "Jr.".
_PERSON_WORD = re.compile(rf"[A-Z]\.|{NAME_WORD.pattern}")


def particle_first(name: str) -> bool:
    """A name opened by a surname's particle, article or kin word ("de Kock", "bin Hamdan",
    "el Sayed")."""
    words = name.split()
    return bool(words) and bool(re.fullmatch(SURNAME_OPENING, words[0].casefold()))


def particled_surname(key: str, written: Iterable[str]) -> bool:
    """A surname told alone with its particle ("del Valle"), or with an Arabic article or kin
    word written in lower case somewhere ("el Sayed"; not the city "El Paso")."""
    words = key.split()
    return len(words) >= 2 and bool(
        re.fullmatch(PARTICLE, words[0])
        or (re.fullmatch(SURNAME_OPENING, words[0]) and any(w[:1].islower() for w in written))
    )


# An Arabic name's kin word inside it ("Tarek bin Faris"; not any particle: "Charles de
# Gaulle" names an airport as often as the man).
_KIN = re.compile(KIN_WORD)


# Adjectives that end organisations' names and stand for none alone ("Amnesty International").
GENERIC = frozenset({
    "international", "national", "general", "federal", "united", "global", "royal", "central",
    "regional", "limited", "american", "european",
})  # fmt: skip


# A faith's word names a church, never a person ("the Roman Catholic Church", typed ORG, and
# "Church" alone are no Mr Church).
_FAITHS = frozenset({
    "catholic", "orthodox", "anglican", "baptist", "methodist", "lutheran", "episcopal",
    "presbyterian", "evangelical", "islamic", "mormon", "pentecostal",
})  # fmt: skip

# Last words of a public body the tagger may type a building ("post office" stays one).
_BODIES = frozenset({"department", "police", "agency", "bureau", "ministry"})
_SHERIFF_OFFICE = ("sheriff's office", "sheriff’s office")


def checked_type(name: str, label: str, *, alone: Set[str] = frozenset()) -> str:
    """The tagger's type checked against the gazetteer (SANA and Sputnik are outlets, Arsal
    and Ras Baalbek places) and against a telling last word ("... Valley" is a place,
    "Talvero Components" an organisation even when tagged a person).  ``alone``: the
    casefolded words the story tags a person on their own; such a last word is a surname
    ("Mark Lane", "Lane said"), while "Mill Lane" is a street."""
    known = GAZETTEER.get(name.casefold())
    if known:
        return known
    last = name.split()[-1].casefold() if name.split() else ""
    if _STATION.fullmatch(name):
        return "ORG"
    nicknamed = _QUOTED_NICKNAME.fullmatch(name)
    if nicknamed and label != "PERSON" and _nicknamed_person(*nicknamed.groups()):
        return "PERSON"  # "Ned 'Spoon' Okafor", tagged a group: a given name, a nickname
    if without_legal_form(name) != name:
        return "ORG"  # "Keurig Green Mountain Inc.", tagged a person
    if label == "PERSON" and last in PLACE_WORDS and " " in name.strip() and last not in alone:
        return "GPE"
    if label in ("PERSON", "ORG") and " " in name.strip() and _PLACE_OPENING.match(name):
        return "LOC"  # "Mount St. Helens", "Lake Placid", "Cape Cod", tagged a person
    # "Logansport Pharos-Tribune": a hyphened last word's last part says the kind too.
    if label in ("PERSON", "GPE") and (last in ORG_WORDS or last.rsplit("-", 1)[-1] in ORG_WORDS):
        return "ORG"
    if label == "FAC" and (last in _BODIES or name.casefold().endswith(_SHERIFF_OFFICE)):
        return "ORG"  # "Carroll County Sheriff’s Department", tagged a building
    words = name.casefold().split()
    if label in ("PERSON", "ORG") and len(words) == 2 and words[0] in _REGION_WORDS:
        region = GAZETTEER.get(last)  # "Peninsular Malaysia", "Northern Iraq" tagged ORG
        if region in ("GPE", "LOC"):
            return region
    if label == "ORG" and last in _FEATURES:
        return "LOC"  # "the Three Gorges Reservoir", "the Three Gorges", tagged ORG
    if label in _EVENT_LABELS and last in _EVENTS and " " in name.strip() and not _a_body(words):
        return "EVENT"  # a headline's "Harwell Clinic Shooting": what happened, no actor
    if label == "ORG" and last in _STREETS and " " in name.strip():
        return "FAC"  # "Magazine Street" (its "Magazine" alone reads as an outlet)
    if label == "ORG" and last in _LANDFORMS and " " in name.strip():
        return "LOC"  # "Kharga Oasis" (not the band Oasis, nor "Canyon" the bike maker)
    if (
        label in ("ORG", "GPE", "NORP")
        and len(words) == 2
        and words[0] in GIVEN_NAME_GENDERS
        and last in alone
        and last not in _SETTLEMENTS  # not "Virginia Beach", "Elizabeth City"
    ):
        return "PERSON"  # "Nola Varga" tagged a group, in a story that says "Varga said"
    # "Palm Cove Hotel" is a building ("Palm Cove Hotels" the chain), and "Lev Marsh Hotel"
    # tagged a person; not "Dana Casino", a person of two words.
    if last in LODGINGS and last not in alone and len(words) >= (3 if label == "PERSON" else 2):
        return "FAC" if label in ("ORG", "PERSON") else label
    return label


# Last words of an event's name, whatever the tagger made of it.
_EVENTS = frozenset({
    "shooting", "shootings", "bombing", "bombings", "massacre", "stabbing", "stabbings",
    "explosion", "killings", "murders", "riots", "standoff",
})  # fmt: skip
_EVENT_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC"})


def _a_body(words: list[str]) -> bool:
    """Folded words of a body named after an event ("Committee for Victims of the Pell Street
    Bombing", "Families of the Harwell Shooting"); a place's name before the event word is
    where it happened ("Harwell Clinic Shooting")."""
    return bool({"of", "for", "families", "victims", "survivors"} & set(words))


# Words that make a region of a known place ("Peninsular Malaysia", "Northern Iraq").
_REGION_WORDS = frozenset({
    "peninsular", "northern", "southern", "eastern", "western", "central", "mainland",
    "greater", "upper", "lower", "north", "south", "east", "west", "northeastern",
    "northwestern", "southeastern", "southwestern", "coastal", "rural", "inner", "outer",
})  # fmt: skip
# Streets ("Wall Street" and "Downing Street", which stand for bodies, are in the gazetteer).
_STREETS = frozenset({"street", "avenue", "boulevard"})
# Last words of a town's name that are no common surname ("Park", "Lane" are).
_SETTLEMENTS = frozenset({
    "city", "beach", "town", "county", "village", "falls", "springs", "heights", "bay",
    "harbor", "harbour", "port",
})  # fmt: skip
# Natural features that are also common names of firms and bands: only in a longer name.
_LANDFORMS = frozenset({"oasis", "canyon", "reef", "glacier", "volcano", "lagoon", "plateau"})
# Last words of natural features and works on the land, which the small tagger often types ORG.
_FEATURES = frozenset({
    "river", "lake", "island", "islands", "valley", "mountains", "hills", "highlands", "coast",
    "bay", "canal", "reservoir", "dam", "gorge", "gorges", "peninsula", "strait", "straits", "area",
    "bridge", "park", "refuge", "seashore", "wilderness", "preserve",
})  # fmt: skip


def given_key(name: str) -> str:
    """A person's name with a short given name written out and without middle initials, for
    rule 2: "Pat Buchanan" is "Patrick Buchanan", "James L. Barksdale" is "James Barksdale",
    and without a leading initial before a given name ("C. Michael Varst" is "Mike Varst")."""
    words = name.split()
    if len(words) < 2:
        return name
    if len(words) > 2 and len(words[0].rstrip(".")) == 1 and len(words[1].rstrip(".")) > 1:
        words = words[1:]  # "C. Michael Varst" goes by his middle name: "Michael Varst"
    middle = [w for w in words[1:-1] if len(w.rstrip(".")) > 1]
    return " ".join([written_out(words[0]), *middle, words[-1]])


def given_core(name: str) -> str:
    """A name's given name written out, as a key ("Chuck Schumer" -> "charles")."""
    return core(written_out(name.split()[0]))


def written_out(given: str) -> str:
    """A short given name written out ("Pat" -> "Patrick"), else as it is."""
    return NICKNAMES.get(given.casefold().rstrip(".")) or given


def surnames(name: str) -> tuple[str, ...]:
    """The words a person is called by alone: the last ("Conrad Pyle" -> Pyle), or the first
    of a two-word East Asian name written family name first ("Xiong Guoming" -> Xiong, "Chang
    Ung" -> Chang; "Zhang Xiong" is never "Xiong"); both when the family name is also a
    Western one ("Kim", "Lee"); the word before a hyphenated Cantonese given name ("Eddie Wan
    Ka-lok" -> Wan)."""
    words = without_generation(name.split())  # "Russell E. Weston Jr." is called Weston
    if not words:
        return ()
    if len(words) == 2 and _REGNAL.fullmatch(words[1]):
        return (words[0],)  # "Benedict XVI" is called Benedict
    first = words[0].casefold()
    if len(words) == 2 and first in FAMILY_FIRST:
        return (words[0], words[1]) if first in FAMILY_FIRST_EITHER else (words[0],)
    if len(words) >= 2 and _SYLLABLES.fullmatch(words[-1]):
        return (words[-2],)  # "Tam Ka-lok" is Tam, "Eddie Wan Ka-lok" Wan
    return (words[-1],)


# A Cantonese or Korean given name of two syllables joined by a hyphen, written after the
# family name: "Ka-lok", "Wing-yee", "Min-jun" (not "Smith-Jones").
_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")


# A nickname in quotation marks inside a person's name: 'Liberty “Libby” German'.
_QUOTED_NICKNAME = re.compile(r"(\S+)\s+[\"“‘']([^\s\"“”‘’']+)[\"”’']\s+(\S.*)")


def quoted_nickname(written: str) -> str | None:
    """The nickname in quotation marks inside a person's name, as written: "Libby" of
    'Liberty “Libby” German'."""
    m = _QUOTED_NICKNAME.fullmatch(written)
    return m.group(2) if m else None


def _nicknamed_person(given: str, nickname: str, rest: str) -> bool:
    """A known given name, a capitalised nickname and a surname: not "Jack 'n' Jill Preschool"."""
    last = rest.split()[-1].casefold()
    return (
        given.casefold() in GIVEN_NAME_GENDERS
        and nickname[:1].isupper()
        and len(nickname) > 1
        and last not in ORG_WORDS | PLACE_WORDS | LODGINGS
        and not last.endswith("school")
    )


def nickname_forms(written: str) -> tuple[str, ...]:
    """The folded names a person with a quoted nickname also goes by: 'Liberty “Libby”
    German' is "liberty german" and "libby german" (none for a name without one)."""
    m = _QUOTED_NICKNAME.fullmatch(written)
    if m is None:
        return ()
    given, nickname, rest = m.groups()
    return fold(f"{given} {rest}"), fold(f"{nickname} {rest}")


_PLACE_OPENING = re.compile(r"(?:Mount|Mt\.?|Lake|Cape|Upper|Lower)\s+[A-Z]")
# A broadcaster's call letters or network with its channel: "NBC10", "FOX29", "KARE11".
_STATION = re.compile(r"(?:NBC|CBS|ABC|FOX|Fox|CW|[KW][A-Z]{2,3})\d{1,2}")
# A monarch's or pope's number after one name: "Benedict XVI", "Louis XIV" (not "I" or "V").
_REGNAL = re.compile(r"(?=[IVXL]{2,}$)L?X{0,3}(?:IX|IV|V?I{0,3})")


def connected(words: Sequence[str]) -> bool:
    """A function word between the words of a "person's" name: "Barksdale of Clark" is the
    tagger's parse of "Barksdale of Netscape", no person."""
    return any(w in ("of", "and", "for", "the") for w in words)


def content_words(name: str) -> frozenset[str]:
    """The words of a name without function words: "Directorate of Civil Protection" and
    "Civil Protection Directorate" give the same set."""
    return frozenset(w for w in fold(name).split() if w not in _ACRONYM_SKIP)


# The tagger's labels for places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def place_name(name: str, places: Set[str], label_of: Mapping[str, str] | None = None) -> bool:
    """A folded name that is one of ``places`` (the story's), a place the gazetteer or the
    US states know, or a city of one ("oklahoma city"); with ``label_of``, also a name the
    story types a place ("new haven city": "New Haven", tagged GPE)."""
    return any(
        w in places
        or GAZETTEER.get(w) == "GPE"
        or w in US_STATE_NAMES
        or (label_of is not None and label_of.get(w) == "GPE")
        for w in {name, name.removesuffix(" city")}
    )


# Words that open a body's name with its reach, which sources drop ("the International
# Olympic Committee" is the "Olympic Committee", the "International Red Cross" the "Red Cross").
SCOPE_WORDS = frozenset({"international", "national", "world", "global", "federal"})


__all__ = [
    "GENERIC",
    "LEGAL_FORMS",
    "PLACE_LABELS",
    "SCOPE_WORDS",
    "WORKS",
    "WORKS_MARK",
    "acronym_of",
    "checked_type",
    "connected",
    "content_words",
    "core",
    "fold",
    "given_core",
    "given_key",
    "nickname_forms",
    "particle_first",
    "particled_surname",
    "person_like",
    "place_name",
    "quoted_nickname",
    "skeleton",
    "surnames",
    "without_legal_form",
    "written_out",
]
