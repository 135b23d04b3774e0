"""Quoted words an article sources with "according to": a person, a body or a document.

Takes: the article text, its spaCy ``Doc`` and a quote's span.  Gives: the speaker "according
to" names ('"...," according to Lena Marquardt.', 'According to the Bureau, "..."'), or, for a
document, the one the article says made it ('according to a statement from company secretary
P.A. Moore').  Used by ``article.quotes`` once no say-verb names a speaker, and, for a
person's statement right after the quote, before any.
Backends: spaCy's NER and dependency parse (``documents.made_by``).
"""

from __future__ import annotations

import re
from typing import Any

from newsbrief.article.documents import DOCUMENTS, made_by
from newsbrief.article.people_named import ROLES, Found
from newsbrief.article.tables import ORG_WORDS

# The source opening the quote's sentence, the quote right after its comma; or set off by
# commas after an opening phrase ('In one, according to Salon, "she read ..."').
_ACCORDING_BEFORE = re.compile(
    r"(?:^|[.!?”\"]\s+|\n\s*|,\s+)(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+(?:the\s+)?"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s*$"
)
# A name of capitalised words, "of" inside it ("the Harlow Department of Food Safety"), on
# one line: "according to the FSIA." ends at its paragraph.  "In the words of" names a
# source as "according to" does.
_ACCORDING_AFTER = re.compile(
    r"[,\s]*(according\s+to|in\s+the\s+words\s+of)\s+(?:the\s+)?"
    r"([A-Z][\w.'’-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w.'’-]*){0,5})"
)

# A fragment's source set off by a comma later in its sentence: a name that ends there, not
# the owner of a document ("according to the Bureau's report").
_ACCORDING_LATER = re.compile(
    r"[^.!?;:“”\"\n]{1,80}?,\s*according\s+to\s+(?:the\s+)?"
    r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?=\s*[,.;]|\s*$)"
)


def _name_only(name: str) -> str:
    """The name "according to" gives, without what runs on after it: a body's "of" stays ("the
    Harlow Department of Food Safety"), a person's does not ("Lena Marquardt of the Harlow
    Weather Service" is Marquardt), nor does the next sentence ("Tom Reed. Officials")."""
    words = name.split()
    for i, word in enumerate(words):
        if word == "of" and words[i - 1].casefold() not in ORG_WORDS:
            words = words[:i]
            break
        core = word.rstrip(".")
        if word.endswith(".") and len(core) >= 3 and any(c.islower() for c in core):
            words = [*words[:i], core]  # "Reed." ends its sentence ("U.S." does not)
            break
    return " ".join(words).rstrip(".")


# '"...," according to a Republican source': an unnamed role, as the article words it.
_ROLE_WORDS = "|".join(sorted((re.escape(r) for r in ROLES), key=len, reverse=True))
_ACCORDING_ROLE_AFTER = re.compile(
    r"[,\s]*according\s+to\s+((?:a|an|one|another)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_ROLE_WORDS}))\b(?!['’])"
)
# '"...," according to the authors of the survey': people the article describes by what
# they do, in the plural.
_ACCORDING_PEOPLE_AFTER = re.compile(
    r"[,\s]*according\s+to\s+(?:the|its|their)\s+((?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_ROLE_WORDS})s)\b(?!['’])"
)
# '"...," according to a page set up on GoFundMe', 'According to the indictment, "..."': a
# document speaks when no one is named (its maker, when the article says who made it).
# ("According to her article": hers, whom the sentence before names; not an outlet's piece.)
_DOCUMENT_WORDS = "|".join(
    sorted(
        (DOCUMENTS - {"article"})
        | {"page", "website", "site", "indictment", "affidavit", "transcript"}
    )
)
_ACCORDING_DOCUMENT = (
    r"according\s+to\s+(?:(?:a|an|the|this|that|its|his|her|their)\s+)?"
    rf"((?:[\w'’-]+\s+){{0,2}}?(?:{_DOCUMENT_WORDS})s?)\b"
)
_ACCORDING_DOCUMENT_AFTER = re.compile(r"[,\s]*" + _ACCORDING_DOCUMENT)
_ACCORDING_DOCUMENT_BEFORE = re.compile(
    r"(?:^|[.!?”\"]\s+|\n\s*|,\s+)[Aa]" + _ACCORDING_DOCUMENT[1:] + r",\s*$"
)


def according_to_person(doc: Any, text: str, end: int) -> Found | None:
    """'Cathay said it withdrew because of “certain issues ...,” according to a statement
    from company secretary P.A. Moore': words sourced right after the quote to a statement a
    person named there made are that person's, whoever the say-verb before has speak.  (Not
    "according to court documents", nor "..., according to Kenton Rusk", who heard Marsh
    say it.)  Words "in the words of" a name are that name's."""
    words_of = _ACCORDING_AFTER.match(text, end)
    if words_of is not None and words_of.group(1).startswith("in"):
        # '“...,” in the words of Ilse Varga': hers, whatever verb the sentence has.
        return _name_only(words_of.group(2)), None
    according = _ACCORDING_DOCUMENT_AFTER.match(text, end)
    if according is None:
        return None
    document = doc.char_span(according.start(1), according.end(1), alignment_mode="expand")
    maker = made_by(document.root, earlier=False) if document is not None else None
    if document is None or maker is None:
        return None
    # The maker must be a person named in the phrase itself ("from company secretary P.A.
    # Moore"), not one an earlier sentence gave the document.
    after = document.end_char
    people = [
        e.text for e in doc.ents if e.label_ == "PERSON" and after <= e.start_char < after + 80
    ]
    return (maker, None) if any(maker in name or name in maker for name in people) else None


def according_speaker(doc: Any, text: str, start: int, end: int) -> Found | None:
    """The source "according to" names right after the quote at ``[start, end)`` or right
    before it, a document's maker where the article gives one."""
    according = _ACCORDING_AFTER.match(text, end)
    if according:  # '"...," according to Lena Marquardt.'
        return _name_only(according.group(2)), None
    according = _ACCORDING_ROLE_AFTER.match(text, end) or _ACCORDING_PEOPLE_AFTER.match(text, end)
    if according:  # '"...," according to a Republican source.'
        return according.group(1), None
    according = _ACCORDING_LATER.match(text, end)
    if according and _predicated(doc, start, end, according.start(1)):
        # 'Kesh is “losing its old streets” to towers, according to Ines Varga.'
        return _name_only(according.group(1)), None
    according = _ACCORDING_BEFORE.search(text, max(0, start - 80), start)
    if according:  # 'According to the Bureau, "the census in 1990 took a step backward"'
        return according.group(1), (according.start(1), according.end(1))
    according = _ACCORDING_DOCUMENT_AFTER.match(text, end) or _ACCORDING_DOCUMENT_BEFORE.search(
        text, max(0, start - 80), start
    )
    if according:
        document = doc.char_span(according.start(1), according.end(1), alignment_mode="expand")
        maker = made_by(document.root) if document is not None else None
        return maker or according.group(1), None
    return _opening_source(doc, text, start)


# "According to the survey, the hikers “...”": the source that opens the quote's sentence,
# up to its comma.
_OPENING = re.compile(
    r"(?:^|(?<=[.!?”\"])\s+|\n\s*)[Aa]ccording\s+to\s+(?:(?:the|a|an)\s+)?"
    r"([^,.;:!?\n“”\"]{2,60}),"
)


def _opening_source(doc: Any, text: str, start: int) -> Found | None:
    """The source "according to" names at the opening of the quote's own sentence, with the
    sentence's subject between it and the quote; a document's maker where the article gives
    one."""
    openings = list(_OPENING.finditer(text, max(0, start - 250), start))
    if not openings:
        return None
    opening = openings[-1]
    source = doc.char_span(opening.start(1), opening.end(1), alignment_mode="expand")
    quoted = doc.char_span(start, start + 1, alignment_mode="expand")
    if source is None or quoted is None or not doc.has_annotation("SENT_START"):
        return None
    # "According to historian Mara Quill, who led the dig: “...”": the colon hands the quote
    # to the source, whatever its apposition says of her.
    introduced = text[opening.end() : start].rstrip().endswith(":")
    if source.root.sent.start != quoted[0].sent.start and not introduced:
        return None  # the quote is in a later sentence
    between = doc.char_span(opening.end(), start, alignment_mode="contract")
    aside = introduced and between is not None and _apposition_of(source.root, between)
    if between is None or any(_predicate(t) and not aside for t in between):
        # The quote is what the source says of the subject ("the valley's farmers “planted
        # barley ...”"), not words a verb between gives to someone else ("the man held a sign
        # that read “...”", "his daughter texted him “...”").
        return None
    root, named = source.root, opening.group(1).strip()
    if root.lemma_ in DOCUMENTS - {"article"}:  # "according to the article": no outlet's piece
        return made_by(root) or named, None
    # A name, or people by what they do ("According to police", "to the researchers"); not
    # a thing ("According to the stable's Web site, it ...").
    if root.pos_ == "PROPN" or root.lemma_ in ROLES or root.lower_ == "police":
        return named, None
    return None


def _predicated(doc: Any, start: int, end: int, source: int) -> bool:
    """The quote at ``[start, end)`` is what its sentence says of its subject ("the city is
    “losing its old streets”"), not a noun's label ("the “wait and see” approach", "Hall's
    “cruel” remark"), words on a sign ("signs reading “...”") nor words that a passive verb
    gives to its doers ("was coined by aides")."""
    quoted = doc.char_span(start, end, alignment_mode="expand")
    gap = doc.char_span(end, source, alignment_mode="expand")
    if quoted is None or gap is None or quoted.start == 0 or quoted.end >= len(doc):
        return False
    before, after = doc[quoted.start - 1], doc[quoted.end]
    linked = before.pos_ == "AUX" or before.lemma_ in _LINKING
    return linked and after.pos_ != "NOUN" and not any(t.dep_ == "agent" for t in gap)


# Verbs that link a subject to what is said of it, like "is".
_LINKING = frozenset({"become", "remain", "seem", "sound", "look", "stay"})


def _apposition_of(source: Any, between: Any) -> bool:
    """All of ``between`` tells of the source ("an expert who led the dig"): no other words
    (", the message left on the door:"), and no clause in which the source only heard or read
    the words ("who heard the pilot's last words:")."""
    return all(t.is_punct or source in t.ancestors for t in between) and not any(
        t.lemma_ in _HEARD for t in between if _predicate(t)
    )


# Verbs by which a source got someone else's words.
_HEARD = frozenset({"hear", "overhear", "read", "see", "find", "receive", "record", "get"})


def _predicate(token: Any) -> bool:
    """A verb that says something of its own (not "flood-related", an adjective)."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound")


__all__ = ["according_speaker", "according_to_person"]
