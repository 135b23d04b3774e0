"""Names the tagger misses or mislabels, found with plain text rules (used by ``entities``).

Takes: article text.  Gives: spans with a name and a label, and acronym definitions.
Backend: bounded regular expressions (linear on any input); no spaCy.

- datelines: an all-capitals place opening a line before a dash ("BEIRUT —", "PORT
  ELMSWORTH, Norland (Wire) —") is a place (GPE), whatever the tagger made of it;
- defined acronyms: "Elmsworth Fire and Rescue Service (EFRS)" defines EFRS when its letters
  are the initials of the words before the parenthesis (function words may be skipped or
  used, a generic suffix like "Service" or "Corporation" may be left out of the acronym), or
  when each word gives its initial and perhaps letters inside it ("Bangladesh Rifles (BDR)")
  or every word's initial stands in another order ("... Harbour Accords (MSAH)");
- lone acronyms: an all-capitals word ("NCC") anywhere, matched later against the story's
  names (``acronyms_of``);
- titled names: capitalised words right after a title ("Chief Fire Officer Grete Lindqvist",
  "landlord Bram Oakes") are a person, with the title left out (the small tagger often tags
  the whole run as an organisation, or nothing);
- cued aliases: "the Ridge Brotherhood, a militant group known as the Greycoats", "Somnira,
  sold under its generic name dormavelin": the name after the cue is another name of the
  name just before it (``ALIAS_CUES``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsbrief.article.speech import ROLES
from newsbrief.article.tables import (
    ALIAS_CUES,
    GAZETTEER,
    GIVEN_NAME_GENDERS,
    ORG_WORDS,
    PLACE_WORDS,
    PRODUCT_CUES,
    TITLE_WORDS,
)
from newsbrief.backends.nlp import DATELINE

# Words an acronym may skip or keep ("Bank of England" → BoE/BOE, "Doctors Without Borders").
FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "de", "al", "el", "&"})
# Generic last words that organisations often leave out of their acronym ("Northshore Chemical
# Corporation" → NCC).  Only a last word may be dropped, so "Corps" in "ARC" still counts.
GENERIC_SUFFIXES = frozenset({
    "corporation", "corp", "company", "co", "inc", "incorporated", "ltd", "limited", "plc",
    "llc", "group", "holdings", "service", "services",
})  # fmt: skip
# 2-6 capitals: shorter is a word ("A"), longer is usually shouting or a code, not a name.
_CAPS = r"[A-Z][A-Z&]{1,5}"
# The same written with full stops, as some newsrooms do ("I.F.P.", "A.N.C.").
_DOTTED = r"(?:[A-Z]\.){2,6}"
_DEFINED = re.compile(rf"\(({_CAPS}|{_DOTTED})\)")
_LONE = re.compile(rf"(?<![\w.&-])({_CAPS}|{_DOTTED})(?![\w&]|\.\w)")
# At most 8 words of name before the parenthesis: longer names are rarely abbreviated.
_NAME_BEFORE = re.compile(r"((?:[\w'’&.-]+[ \t]+){0,7}[\w'’&.-]+)[ \t]*$")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str
    label: str


def datelines(text: str) -> Iterator[Found]:
    """All-capitals places opening a line before a dash, shown in title case."""
    for m in DATELINE.finditer(text):
        name = m.group(1)
        if len(name.replace(" ", "")) < 3:
            continue
        shown = " ".join(w[:1] + w[1:].lower() for w in name.split())
        yield Found(m.start(1), m.end(1), shown, "GPE")


def at_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the place of a dateline (``datelines``)."""
    m = DATELINE.match(text, text.rfind("\n", 0, start) + 1)
    return m is not None and m.span(1) == (start, end)


def initials(words: list[str], *, keep_function: bool) -> str:
    """Upper-case initials of ``words``, with or without function words."""
    # A dotted abbreviation gives all its letters: "U.S. Agency for International
    # Development" is USAID.
    return "".join(
        w.replace(".", "").upper() if re.fullmatch(_DOTTED, w) else w[0].upper()
        for w in words
        if w[:1].isalpha() and (keep_function or w.casefold() not in FUNCTION_WORDS)
    )


def acronyms_of(name: str) -> set[str]:
    """Every acronym ``name`` may go by: initials with or without function words, with or
    without a generic last word ("Northshore Chemical Corporation" → NCC, NCCC), and of a name
    of four words or more without its first ("Schizophrenia Patient Outcomes Research Team"
    → PORT: the first word says whose team it is), and without a last "and" word ("Centers
    for Disease Control and Prevention" → CDC), and "Airlines" read as "Air Lines" (PAL)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2:
        return set()
    options = [words]
    if words[-1].casefold().rstrip(".") in GENERIC_SUFFIXES and len(words) > 2:
        options.append(words[:-1])
    if len(words) >= 4 and words[1][:1].isupper():
        options.append(words[1:])
    # "Centers for Disease Control and Prevention" is the CDC: a last "and ..." word added to
    # a name its acronym predates.
    if len(words) >= 4 and words[-2].casefold() == "and":
        options.append(words[:-2])
    # "Philippine Airlines" is PAL: "Airlines" was once "Air Lines".
    if words[-1].casefold() == "airlines":
        options.append([*words[:-1], "Air", "Lines"])
    found = set()
    for ws in options:
        for keep in (False, True):
            acr = initials(ws, keep_function=keep)
            if len(acr) >= 2:
                found.add(acr)
    return found


def defined_acronyms(text: str) -> Iterator[tuple[Found, Found]]:
    """``(name, acronym)`` pairs for "Long Name (LN)": the shortest run of capitalised words
    before the parenthesis whose initials spell the acronym; failing that, the run the
    acronym abbreviates otherwise (``_loosely_defined``)."""
    for m in _DEFINED.finditer(text):
        acr = m.group(1)
        before = _NAME_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if before is None:
            continue
        words = list(re.finditer(r"[\w'’&.-]+", before.group(1)))
        letters = acr.replace(".", "")
        n = next(
            (
                n
                for n in range(2, len(words) + 1)
                if words[-n].group(0)[:1].isupper()
                and letters in acronyms_of(" ".join(w.group(0) for w in words[-n:]))
            ),
            None,
        ) or _loosely_defined([w.group(0) for w in words], letters)
        if n:
            start = before.start(1) + words[-n].start()
            end = before.start(1) + words[-1].end()
            yield Found(start, end, text[start:end], "ORG"), Found(m.start(1), m.end(1), acr, "ORG")


def _loosely_defined(words: list[str], acr: str) -> int | None:
    """How many of the last ``words`` a parenthesised acronym abbreviates when it is not
    their initials: letters taken inside a word, in order ("Bangladesh Rifles (BDR)": the
    Schwartz-Hearst rule of biomedical text mining), or every word's initial in another order
    (a name translated from the language its acronym was made in: "Mission for the
    Supervision of the Harbour Accords (MSAH)").  Only capitalised words and function
    words count, every other word gives a letter, and the run opens with a capitalised word:
    the parenthesis right after a name is the newsroom's own definition, and these guards
    keep "(UK)" after a storm from being one."""
    if len(acr) < 3:
        return None
    run: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word.casefold() in FUNCTION_WORDS) or len(run) == 8:
            break
        run.insert(0, word)
    for n in range(2, len(run) + 1):
        if not run[-n][:1].isupper():
            continue
        content = [w for w in run[-n:] if w.casefold() not in FUNCTION_WORDS]
        if len(content) > len(acr):
            return None
        if not all(w[:1].isupper() for w in content):
            continue
        if _in_order(acr, content) or sorted(w[0] for w in content) == sorted(acr):
            return n
    return None


def _in_order(acr: str, words: list[str]) -> bool:
    """Schwartz-Hearst: the acronym's letters appear in order in ``words``, each word giving
    its initial and perhaps letters from inside it ("BanglaDesh Rifles")."""

    def fits(pos: int, i: int) -> bool:
        if i == len(words):
            return pos == len(acr)
        word = words[i].upper()
        if pos >= len(acr) or word[0] != acr[pos]:
            return False
        pos, j = pos + 1, 1
        while not fits(pos, i + 1):
            j = word.find(acr[pos], j) if pos < len(acr) else -1
            if j < 0:
                return False
            pos, j = pos + 1, j + 1
        return True

    return fits(0, 0)


def lone_capitals(text: str) -> Iterator[tuple[int, int, str]]:
    """All-capitals words of 2-6 letters ("NCC", or "I.F.P." with full stops), with their
    offsets."""
    for m in _LONE.finditer(text):
        yield m.start(1), m.end(1), m.group(1)


# A run of capitalised words on one line ("Chief Fire Officer Grete Lindqvist"); "Dr." and the
# like keep their dot, any other dot ends the run (a sentence end).
_ABBREVIATED = r"(?:Dr|Mr|Mrs|Ms|Gen|Prof|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr)\."
_CAP_WORD = rf"(?:{_ABBREVIATED}|[A-Z][\w'’-]*)"
_CAP_RUN = re.compile(rf"(?<![\w'’-]){_CAP_WORD}(?:[ \t]+{_CAP_WORD})*")
# "Anouk", "Bar-Illan", "D'Amato", "McCain", "O'Brien", "LeBron", "DeSantis", "DiCaprio",
# "José", "Émile", "Grünberg"; a generational "Jr." ends a name.
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = rf"(?:(?![{_UPPER}])[^\W\d_])"
NAME_WORD = re.compile(
    rf"(?:Mc|Mac|O['’]|D['’]|Le|La|De|Da|Di|Du|Ja)?[{_UPPER}]{_LOWER}+"
    rf"(?:[-'’][{_UPPER}]?{_LOWER}+)*|[JS]r\."
)
# The word before a run of capitalised words, a comma allowed between ("An ANC spokesman,
# Thabo Masebe, said").
_WORD_BEFORE = re.compile(r"([a-z]+),?[ \t]+$")
# Particles inside surnames: "Johan van der Merwe", "Eugene de Kock", "Luis del Valle".  The
# ones of two words may open a surname used alone ("Van der Merwe said").
PARTICLE_ALONE = r"(?:[Vv]an[ \t]+(?:der|den)|[Vv]on[ \t]+der|[Dd]e[ \t]+la)"
PARTICLE = rf"(?:{PARTICLE_ALONE}|van|von|de|del|della|da|do|dos|das|du|di|[Dd]e|[Dd]el|arap)"
# The rest of a name after its given name: " de Kock", " van der Merwe"; an Arabic surname
# with its article or kin word: " al-Assad", " el-Sisi", " bin Laden", " ibn Saud".
# The kin words of Arabic names, a surname's part ("bin Hamdan", "Abu Tarek"): never a word
# glued before a name, though the story writes them in lower case.
KIN_WORD = r"(?:bin|ibn|abu|abd|bint)"


def told_as_person(text: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` is given an age, before it ("9-year-old Lina") or in
    apposition (", 13,"), or a royal's title ("Prince Tarek"): a person's, whatever the
    tagger typed it."""
    before = text[max(0, start - 16) : start]
    return bool(_AGE_BEFORE.search(before) or _ROYAL.search(before) or _AGE_AFTER.match(text, end))


_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*,")
_ROYAL = re.compile(r"\b(?:Prince|Princess|King|Queen|Sheikh|Sheik|Emir)\s+$")
# What opens a surname told alone: a particle ("del Valle"), an Arabic article or kin word.
SURNAME_OPENING = rf"{PARTICLE}|{KIN_WORD}|al|el"
_PARTICLE_SURNAME = re.compile(
    rf"[ \t]+(?:{PARTICLE}[ \t]+|(?:al|el|ad|ar|as|ash|at|az)-|{KIN_WORD}[ \t]+)"
    r"[A-Z][\w'’-]*[\w]"
)
# Words that open a sentence or a clause in capitals and are never a first name.
_NOT_FIRST_NAMES = frozenset({
    "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "and", "but", "or",
    "as", "if", "when", "while", "after", "before", "since", "this", "that", "these", "those",
    "his", "her", "their", "its", "our", "my", "we", "he", "she", "they", "it", "i", "you",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})  # fmt: skip


def _title(word: str) -> bool:
    return word.casefold().rstrip(".") in TITLE_WORDS


# Generational suffixes that end a person's name ("John Conyers Jr.").
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _generation(word: str) -> bool:
    return word.casefold().rstrip(".,") in GENERATIONS


def without_generation(words: list[str]) -> list[str]:
    """A name's words without a last generational suffix, when two names stay before it
    ("Russell E. Weston Jr." -> "Russell E. Weston")."""
    return words[:-1] if len(words) > 2 and _generation(words[-1]) else words


def written_in_lower_case(word: str, text: str) -> bool:
    """Whether ``text`` has ``word`` in lower case as a word of its own: a capitalised word so
    written elsewhere is a common word ("Operator Falder", a "Chemical" headline), not a name."""
    return _lower_case_word(word).search(text) is not None


def lower_case_uses(word: str, text: str) -> int:
    """How many times ``text`` writes ``word`` in lower case as a word of its own."""
    return len(_lower_case_word(word).findall(text))


def _lower_case_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])")


def person_words(words: list[str]) -> bool:
    """One to three words that read as a person's name: capitalised, none a title, an
    organisation's or a place's word, or a word that opens sentences."""
    return 1 <= len(words) <= 3 and all(
        NAME_WORD.fullmatch(w)
        and not _title(w)
        and w.casefold() not in ORG_WORDS
        and w.casefold() not in PLACE_WORDS
        # A middle syllable may be one ("Lt. Gen. Won In Choul").
        and (w.casefold() not in _NOT_FIRST_NAMES or 0 < i < len(words) - 1)
        for i, w in enumerate(words)
    )


# ", Eastmarch's chief executive," / ", the Brennick convenor of": a title within the first
# four words of an apposition.
_APPOSITION = re.compile(r",[ \t]+((?:[\w'’-]+[ \t]+){0,3}[a-z]+)\b")
# Words that open a clause about someone else: ", whose chief executive said".
_CLAUSE_WORDS = frozenset({"who", "whose", "which", "where", "when", "that", "and", "but"})


def _titled_apposition(text: str, end: int) -> bool:
    """An apposition right after ``end`` names a title ("Heather Sculthorpe, chief executive
    of the Centre,"), in any of its first four words: the last of them may be "of the"."""
    after = _APPOSITION.match(text, end)
    if after is None:
        return False
    for word in after.group(1).split():
        if word in _CLAUSE_WORDS:
            return False
        if word in TITLE_WORDS:
            return True
    return False


_AGE_AFTER = re.compile(r",[ \t]+\d{1,3},")
# Initials before a run of capitalised words belong to the name ("J. Robert Hunter").
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]+){1,2}$")


def titled_names(text: str) -> Iterator[Found]:
    """People named right next to a title, without the title: "Interior Minister Pavla
    Renquist" -> "Pavla Renquist", "landlord Bram Oakes" -> "Bram Oakes", "Piers Langmoor,
    Eastmarch's chief executive," -> "Piers Langmoor"."""
    for run in _CAP_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group(0)))
        titles = [i for i, w in enumerate(words) if _title(w.group(0))]
        if titles:
            rest = words[titles[-1] + 1 :]
        else:
            before = _WORD_BEFORE.search(text, max(0, run.start() - 30), run.start())
            titled = (
                (before and before.group(1) in TITLE_WORDS)
                or (len(words) >= 2 and _titled_apposition(text, run.end()))
                # "Niall Shore, 23, was among ...": a name with an age is a person's.
                or (len(words) >= 2 and _AGE_AFTER.match(text, run.end()) is not None)
            )
            rest = words if titled else []
        possessive = rest[-1].group(0).endswith(("'s", "’s")) if rest else False
        names = [w.group(0) for w in rest]
        if possessive:  # "president Bashar Al Assad's government": the name, not its 's
            names[-1] = names[-1][:-2]
        # "Martin Luther King Jr.": "King" was his surname; a suffix alone is nobody.
        if not rest or not person_words(names) or all(_generation(n) for n in names):
            continue
        start, end = run.start() + rest[0].start(), run.start() + rest[-1].end()
        end -= 2 if possessive else 0
        initials = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
        if initials is not None and start == run.start():  # "J. Robert Hunter, the director"
            start = initials.start()
        surname = None if possessive else _PARTICLE_SURNAME.match(text, end)
        if surname is not None:  # "leader Eugene de Kock": the run stopped at "de"
            # "President Bashar al-Assad's forces": the name, not its 's.
            end = surname.end() - (2 if surname.group(0).endswith(("'s", "’s")) else 0)
        yield Found(start, end, text[start:end], "PERSON")


# "..., known as the Greycoats", "(also known as 'Wishbone')": the other name is a capitalised
# run.  After a product cue ("its generic name dormavelin", "the trade name for the solvent
# trichlorovane") it may also be a lower-case word, the last before the punctuation.
_CUES = "|".join(re.escape(c) for c in sorted(ALIAS_CUES, key=len, reverse=True))
_PRODUCT_CUES = "|".join(re.escape(c) for c in sorted(PRODUCT_CUES, key=len, reverse=True))
_CAPITALISED_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]*){0,3}"
_QUOTE_OPEN = r"(?:the[ \t]+)?[\"“'‘]?"
_CUE = re.compile(
    # "known to everyone on Mill Lane as Aggie": "known ... as" with a short phrase inside.
    rf"\b(?:{_CUES}|known[ \t]+to[ \t]+[^,.;\n]{{1,40}}?[ \t]+as)[ \t]+{_QUOTE_OPEN}"
    rf"({_CAPITALISED_NAME})"
    rf"|\b(?:{_PRODUCT_CUES})[ \t]+{_QUOTE_OPEN}"
    rf"({_CAPITALISED_NAME}|(?:[a-z]+[ \t]+){{0,2}}[a-z][a-z-]{{3,30}}(?=[ \t]*[,.;)\n]))"
)
# "The agreement refers to Trump as David Dennison": the name renamed sits between the
# verb and "as" (a capitalised word first: "refers to him as" renames no name).
_REFERS = re.compile(
    r"\brefer(?:s|red|ring)?[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][^,.;:\n]{0,40}?"
    rf"(?=[ \t]+as[ \t]+{_QUOTE_OPEN}({_CAPITALISED_NAME}))"
)
_BORN = re.compile(
    rf"(?<=[,(])[ \t]*born[ \t]+({_CAPITALISED_NAME})(?=[ \t]*[,)])"
    rf"|(?:^|(?<=[.!?\n])[ \t\n]*)Born[ \t]+({_CAPITALISED_NAME}),[ \t]+({_CAPITALISED_NAME})\b",
    re.MULTILINE,
)
# A lower-case generic name right before a product cue's clause ("trichlorovane, sold under
# the brand name Velcorine").
_GENERIC_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]{3,30}),[^,.;\n]{0,30}$")
# The cue must follow its name within one clause: no sentence end, no second cue.
_CUE_REACH = 80


def cued_aliases(text: str) -> Iterator[tuple[int, Found]]:
    """``(cue start, other name)`` for each alias cue: the caller pairs the other name with
    the name that ends nearest before the cue in the same sentence."""
    for m in _CUE.finditer(text):
        group = 1 if m.group(1) else 2
        start, end = m.span(group)
        name = m.group(group)
        if name[:1].islower():  # "the industrial solvent trichlorovane": its last word
            start = end - len(name.split()[-1])
        # The label says which kind of cue: only a product's ("sold as", "its generic name")
        # renames a lower-case generic name before it; "the bacteria strain, known as O157"
        # renames no name at all.
        yield m.start(), Found(start, end, text[start:end], "product" if group == 2 else "")
    for m in _REFERS.finditer(text):
        # The cue is the "as" right after the name renamed.
        yield m.end(), Found(m.start(1), m.end(1), m.group(1), "")
    for m in _BORN.finditer(text):
        # A birth name: "Tam Holt, born Thomas Alder Holt," renames the name before the cue;
        # "Born Thomas Alder Holt, Holt was ..." the name after the comma (the cue is put right
        # after it, as for "refers to").  Not "born June 5" nor "born in Kesh".
        name = m.group(1) or m.group(2)
        if not _birth_name(name):
            continue
        before = text[max(0, m.start() - 40) : m.start()].rstrip(",( \t").split()
        if before and before[-1].rstrip(",").isdigit():  # "Kiki Dane, 34, born"
            before = before[:-1]
        if m.group(1) and not (before and before[-1][:1].isupper()):
            continue  # "his wife, born Laura Pike,": hers, not the name before "his wife"
        start, end = m.span(1) if m.group(1) else m.span(2)
        yield (m.start() if m.group(1) else m.end(3)), Found(start, end, name, "born")


def _birth_name(name: str) -> bool:
    """A person's full name after "born": a given name the table knows (or three words), not
    a place ("born New York City", "born George Town, Penang", "born Virginia Beach": a
    place's word or a known place last), nor a faith or a role of two words ("born Christian
    Scientist"); "born Georgia Mae Whitfield", "born Ruth Ann Bishop" are names."""
    words = name.split()
    folded = [w.casefold().rstrip(".") for w in words]
    known = folded[0] in GIVEN_NAME_GENDERS
    return (
        len(words) >= 2
        and (known or len(words) >= 3)
        and "of" not in folded
        and not any(w in PLACE_WORDS for w in folded)
        and folded[-1] not in GAZETTEER
        and name.casefold() not in GAZETTEER
        and not (len(words) == 2 and (folded[-1] in ROLES or folded[-1] in TITLE_WORDS))
    )


def generic_before(text: str, cue: int) -> Found | None:
    """A lower-case generic name just before a cue ("trichlorovane, sold under ...")."""
    m = _GENERIC_BEFORE.search(text, max(0, cue - 45), cue)
    return Found(m.start(1), m.end(1), m.group(1), "") if m else None


def cue_reach(text: str, cue: int) -> int:
    """Where the clause of a cue starts: names ending before it are not what the cue renames."""
    start = max(0, cue - _CUE_REACH)
    cut = max(text.rfind(c, start, cue) for c in (". ", "\n", "? ", "! "))
    return start if cut < 0 else cut + 1


__all__ = [
    "FUNCTION_WORDS",
    "GENERATIONS",
    "GENERIC_SUFFIXES",
    "KIN_WORD",
    "NAME_WORD",
    "PARTICLE",
    "PARTICLE_ALONE",
    "SURNAME_OPENING",
    "Found",
    "acronyms_of",
    "at_dateline",
    "cue_reach",
    "cued_aliases",
    "datelines",
    "defined_acronyms",
    "generic_before",
    "initials",
    "lone_capitals",
    "lower_case_uses",
    "person_words",
    "titled_names",
    "told_as_person",
    "without_generation",
    "written_in_lower_case",
]
