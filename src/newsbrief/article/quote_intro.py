"""The speaker a quote paragraph's lead-in names: the paragraph before it, or the colon
before it in its own paragraph.

Takes: a spaCy ``Doc`` of one article, the offset of a quote with no say-verb of its own, and
the article's ``People``; or, for words quoted inside a sentence that names no one, the
sentence before (``reported_before``).  Gives: the speaker (``people_named.Found``) or None.
Backend: spaCy's dependency parse.
"""

from __future__ import annotations

import re
from typing import Any

from newsbrief.article.documents import CARRIERS, DOCUMENTS
from newsbrief.article.given_name import PERSON_POSSESSIVES
from newsbrief.article.name_phrases import ent_text
from newsbrief.article.people_named import Found, People
from newsbrief.article.say_subject import NOBODY, verb_speaker
from newsbrief.article.say_verbs import said_thing
from newsbrief.article.speech import SAY_VERBS, SPEECH_ACTS, SPEECH_NOUNS

_HE_SHE = frozenset({"he", "she"})
_OWN_SPEECH = SPEECH_NOUNS | DOCUMENTS | {"object"}
# What a lead-in may show rather than say: a letter, a document, a headline, a sign (not "the
# neighbours' complaints", which he answers).
_SHOWN = CARRIERS | {
    "report", "document", "order", "notice", "ruling", "decree", "petition", "editorial",
    "headline", "sign", "banner", "slogan", "caption", "placard", "poster",
}  # fmt: skip


def introduced(doc: Any, text: str, start: int, people: People) -> Found | None:
    """A quote paragraph after a paragraph that ends by introducing it ("Persson ... said he
    would offer the following advice:"): the speaker of that paragraph's say-verb.  Also one
    after a paragraph that ends reporting what a named person said ("Prof Adrian Owen ... said
    Mr Routley was clearly not vegetative." then '"Scott has been able to show ..."'), as
    British papers quote: that person goes on in their own words; "he said" set in that
    sentence is the person the paragraph named.  A colon inside the quote's own paragraph
    introduces it too: "Host Carl Wendt broached the subject first: “...”" is Wendt's."""
    before = text[:start].rstrip()
    colon = before.endswith(":")
    own_paragraph = "\n" in text[len(before) : start]
    if not (colon or before.endswith(".")) or not (own_paragraph or colon):
        return None
    para_start = max(before.rfind("\n") + 1, len(before) - 400)
    # The sentence that ends the lead-in, not a say-verb of an earlier one ("Vasek said he
    # would subpoena the memos. His request was echoed by Ann Sorel:").
    para_start = max(para_start, before.rfind(". ", para_start, len(before) - 1) + 2)
    if not colon and _quotes_a_statement(before[para_start:]):
        # A sentence with a quotation of its own; not a phrase quoted in the reporter's
        # words ('said that she was "80% sure" that the wreck was the Orla.').
        return None
    window = doc.char_span(para_start, len(before), alignment_mode="contract")
    if window is None:
        return None
    for verb in (t for t in window if t.lower_ in SAY_VERBS and not said_thing(t)):
        told = verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in verb.children)
        if not colon and not told:  # ", he said," set in what was said, or "said X is Y"
            continue  # "said" with what was said in the reporter's words
        said = verb_speaker(verb, verb.idx, people)
        if said is not None:
            # A name, or "he"/"she" for the person the paragraph named ("Kestrel noted that
            # ... But sometimes, he said, it's right."); not a role ("the company said").
            if said == NOBODY or not (colon or said[0][:1].isupper() or said[0] in _HE_SHE):
                return None
            return said
    if colon and doc.has_annotation("SENT_START"):
        # The subject of the sentence the colon ends, when a name ("Mayor Ronan Tull released
        # a note to the volunteers, which began:") or "he" or "she" ("He waved away the
        # grumbling:"); else of the verb the colon hangs on (the parser may make the quote's
        # own verb the root of a sentence the quote shares).
        # ("He showed reporters a letter from the council:", "She still remembers the
        # headline:": what the lead-in shows is quoted, not its subject's words.)
        shown = any(t.lemma_ in _SHOWN for t in window[-1].sent)
        for root in (window[-1].sent.root, window[-1].head):
            named = root.idx < start and any(
                c.dep_ == "nsubj" and (c.pos_ == "PROPN" or (c.lower_ in _HE_SHE and not shown))
                for c in root.children
            )
            said = verb_speaker(root, root.idx, people) if named else None
            if said is not None and said != NOBODY:  # not "Here's how the company describes it:"
                return said
            # "His request was echoed by Ann Sorel, spokeswoman for the speaker:": the doer,
            # the first person the "by" phrase names (the parser may hang her on her title).
            doers = [
                t
                for c in root.children
                if c.dep_ == "agent"
                for t in c.subtree
                if t.ent_type_ == "PERSON"
            ]
            if root.idx < start and doers:
                return ent_text(doers[0]), None
        voices = _commenters(window)
        if voices is not None:
            return voices, None
    return None


# What a lead-in gathers from many voices ("Here are a few comments from unhappy riders:").
def _about(noun: Any) -> bool:
    if noun.dep_ not in ("nsubj", "attr", "ROOT"):
        return False
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ != "be":
        return False
    return not any(c.dep_ == "nsubj" and c.i != noun.i for c in head.children)


_VOICES = frozenset({
    "comment", "post", "tweet", "review", "message", "reaction", "response", "complaint",
    "remark", "reply",
})  # fmt: skip


def _commenters(window: Any) -> str | None:
    """Who the comments a colon's lead-in gathers are from: "Here are a few comments from
    angry riders on the forum:", "comments from a crowd of unhappy riders:" (the riders,
    as the lead-in words them: a plural noun or a name)."""
    # The comments are what the lead-in is about ("Here are ...", "Reactions from residents
    # were mixed:"), not what someone answers ("the mayor's answer to complaints from
    # residents:", "the board concluded after comments from residents:").
    for noun in (t for t in window if t.lemma_ in _VOICES and t.pos_ == "NOUN" and _about(t)):
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            if prep.lower_ not in ("from", "among", "by", "of"):
                continue
            who = next((g for g in prep.children if g.dep_ == "pobj"), None)
            # "a crowd of unhappy riders", "a handful of readers": the riders, the readers.
            while who is not None and who.tag_ not in ("NNS", "NNPS", "NNP"):
                of = next((c for c in who.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                who = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if who is not None:
                words = [t.text for t in who.lefts if t.dep_ in ("amod", "compound")]
                return " ".join([*words, who.text])
    return None


# Words quoted inside a sentence: a phrase ("90% sure") up to three words, else a statement.
_QUOTED = re.compile(r'["“]([^"“”]*)["”]?')
_PHRASE_WORDS = 3


def _quotes_a_statement(sentence: str) -> bool:
    """Whether the sentence quotes more than a phrase (or opens a quote it does not close)."""
    if not any(mark in sentence for mark in '"“”'):
        return False
    found = _QUOTED.findall(sentence)
    return not found or any(len(q.split()) > _PHRASE_WORDS for q in found)


def reported_before(
    doc: Any, text: str, start: int, end: int, people: People, quoted: list[tuple[int, int]]
) -> Found | None:
    """'Mr Justice Varga said the minister could ban alcohol. Given the breadth of the Act,
    the Government is “more or less free to decide ...”': words quoted inside a sentence that
    has no say-verb and names no one go on with the sentence just before, when that one
    reports someone's words and quotes none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[0].sent.start == 0:
        return None
    sent = span[0].sent
    if sum(t.is_alpha for t in sent if t.idx < start) < 2:
        return None  # the parser cut the quote off the sentence that leads into it
    # Words of the sentence's other quotes are no one's say-verb ('those “who assert ...”').
    outside = [t for t in sent if not any(s <= t.idx < e for s, e in [(start, end), *quoted])]
    # Nor one that has its own speech ("disputed a ruling by the tribunal that he was
    # “...”") or a document.
    if any(
        t.lower_ in SAY_VERBS
        or t.ent_type_ == "PERSON"
        or (t.lemma_ in _OWN_SPEECH and not _theirs(t))
        or t.lemma_.casefold() in SPEECH_ACTS
        for t in outside
    ):
        return None
    before = doc[sent.start - 1].sent
    breaks = text.count("\n\n", before.end_char, sent.start_char)
    if breaks > 1 or any(before.start_char <= s < before.end_char for s, _ in quoted):
        return None
    if before.root.lower_ not in SAY_VERBS:
        return None
    said = verb_speaker(before.root, start, people, end)
    return None if said is None or said == NOBODY else said


def _theirs(noun: Any) -> bool:
    """ "her article", "his statement": the writer the sentence before names, not another."""
    return any(c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for c in noun.children)


__all__ = ["introduced", "reported_before"]
