"""Quotes in one article and who says them.

Takes: an article and its spaCy ``Doc``.  Gives: ``QuoteFact`` records: the quoted words, the
speaker as the article names them (a name or noun phrase next to a say-verb), or, for "he
said", the span of the last person named, so the story can give the merged entity's name; and
whether an unattributed quote straight after another one continues it.
Backends: spaCy's dependency parse and NER; the paragraph-bound quote scanner
(``regions.quote_spans``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from newsbrief.article.people_named import Found, People, ent_text, named_appos, phrase
from newsbrief.article.quantities import Sentences
from newsbrief.article.regions import quote_spans
from newsbrief.article.speech import SAY_VERBS, SPEECH_ACTS
from newsbrief.article.tables import ORG_WORDS, TITLE_WORDS
from newsbrief.models import Article, Citation, QuoteFact
from newsbrief.settings import AnalysisSettings

_SAY = SAY_VERBS
_PRONOUNS = frozenset({"he", "she", "him", "her"})  # "quoted him as saying"
# "they shouted", "we said": many speakers, never the one person named last.
_PLURAL_PRONOUNS = frozenset({"they", "we"})
# A say-verb whose subject names no one person: the quote has no speaker to give.
_NOBODY: tuple[str, None] = ("", None)
_RELATIVES = frozenset({"which", "who", "that", "whom"})
_SPEAKING_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_NOT_SPEAKERS = frozenset(
    {"another", "one", "some", "others", "it", "this", "these", "those", "what", "all", "both",
     "each", "there"}
)  # fmt: skip


def find_quotes(article: Article, doc: Any, settings: AnalysisSettings) -> tuple[QuoteFact, ...]:
    """Every quote long enough to be a statement, in text order."""
    sents = Sentences(article, doc)
    text = article.text
    people = People(doc)
    out: list[QuoteFact] = []
    previous_end: int | None = None
    for quote in quote_spans(text):
        words = text[quote.words_start : quote.words_end].strip()
        if len(words) > settings.max_quote_chars or len(words.split()) < settings.min_quote_words:
            continue
        if _a_title(words) and not _said_after(text, quote.end):
            # "Fare Thee Well: Celebrating 50 Years of Grateful Dead": a show's name; not
            # "“It's a Potemkin Village,” Tribe said", which someone says.
            continue
        start, end = quote.start, quote.end
        between = text[previous_end:start] if previous_end is not None else "x"
        interrupted = between.rstrip().endswith(",")
        if out and words[:1].islower() and not _SENTENCE_END.search(between) and interrupted:
            # '"The question was never whether," said Nadira Fenwick, "but when."': one
            # sentence interrupted by its attribution is one quote.  Not a fragment quoted
            # inside the reporter's own words ('he said, adding that the study "is about the
            # largest statistical evidence"'): a quote of its own.
            out[-1] = _joined(out[-1], words, end, sents, article.id)
            previous_end = end
            continue
        # '"Can we take the games away?" he said. "Does that make sense?"': a quote right after
        # another one's attribution in the same paragraph, with none of its own, goes on with
        # the same speaker.
        goes_on = bool(out) and _inline_attribution(between) and not _said_after(text, end)
        found = None if goes_on else _speaker(doc, text, start, end, people)
        found = found or (None if goes_on else _introduced(doc, text, start, people))
        previous_end = end
        i, j = sents.index(start), sents.index(end - 1)
        own = sents.own and i == j
        s_text, _ = sents.cite(start, end)
        span = found[1] if found else None
        out.append(
            QuoteFact(
                words=" ".join(words.split()),
                start=start,
                end=end,
                speaker=found[0] if found else None,
                speaker_start=span[0] if span else None,
                speaker_end=span[1] if span else None,
                # A quote paragraph straight after an attributed one continues it, also when
                # that one's attribution came after it ('"...," he said.' then '"..."').
                continues=found is None and (goes_on or _only_attribution(between)),
                text=s_text,
                citation=Citation(article.id, start, end, i if own else None),
            )
        )
    return tuple(out)


# A title in quote marks: a few words, each capitalised but the small ones.
_TITLE_WORDS_AT_MOST = 10
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"}
)
_TITLE_WORD = re.compile(r"[^\W_][\w'’-]*")


def _a_title(words: str) -> bool:
    found = _TITLE_WORD.findall(words)
    return len(found) <= _TITLE_WORDS_AT_MOST and all(
        w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in found
    )


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_ATTRIBUTION_CHARS = 80
_LONG_ATTRIBUTION = 220
_OPENING_CHARS = 60
_SAID_COLON = re.compile(
    r"\b(said|says|told|added|warned|wrote|declared|stated)\b[^.!?\n\"“]{0,40}:\s*$"
)
# A quote signed with a dash right after its closing mark, as blurbs and epigraphs are: the
# name (capitalised words) then a comma, a bracket or the paragraph's end.
_SIGNED = re.compile(
    r"[ \t]*(?:—|–|--)[ \t]*((?:The )?[A-Z][\w.'’&-]*(?: (?:of |the |and )?[A-Z][\w.'’&-]*){0,6})"
    r"[ \t]*(?=[,(\n]|$)"
)
# 'Added Lesh: "It is with respect ..."': a say-verb put first, its speaker after it, a colon.
_INVERTED = re.compile(
    r"(?:^|[.!?”\"]\s+|\n\s*)(?:Added|Adds|Said|Says|Continued|Explained|Replied|Responded|"
    r"Wrote|Tweeted)[ \t]+((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]+)[ \t]*:[ \t]*$"
)
_ACCORDING_AFTER = re.compile(
    r"[,\s]*according\s+to\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)


def _inline_attribution(between: str) -> bool:
    """Only the previous quote's attribution, ending its sentence, in the same paragraph
    ('," he said. '; '," said Dr. Paul Appelbaum, chairman of the department of psychiatry at
    the ... School in Worcester. '), or that and the opening of the next quote's own sentence
    with no say-verb and no name in it ('," he said. But providing “...'')."""
    words = between.strip()
    if not words or "\n" in between:
        return False
    if words.endswith((".", ":")):
        tokens = words.split()
        said = [w.strip(".,:").casefold() in _SAY for w in tokens]
        if len(words) <= _ATTRIBUTION_CHARS:
            return any(said)
        # A long attribution: the say-verb right after the quote, the rest who the speaker is
        # (no second say-verb: "... spokeswoman. Piers Langmoor told reporters:").
        return (
            len(words) <= _LONG_ATTRIBUTION
            and words.endswith(".")
            and any(said[:3])
            and sum(said) == 1
        )
    head, _, opening = words.rpartition(". ")
    rest = opening.split()
    return (
        bool(head)
        and len(opening) <= _OPENING_CHARS
        and not any(w.strip(",").casefold() in _SAY for w in rest)
        and not any(w[:1].isupper() for w in rest[1:])
        and _inline_attribution(f" {head}. ")
    )


_SAID_AFTER = re.compile(r"[^.!?\n“”\"]{0,80}")


def _said_after(text: str, end: int) -> bool:
    """An attribution of its own follows the quote in its sentence ('," Jones replied.')."""
    rest = _SAID_AFTER.match(text, end)
    return rest is not None and any(
        w.strip(".,:;").casefold() in _SAY for w in rest.group(0).split()
    )


def _only_attribution(between: str) -> bool:
    """Nothing between two quotes but the first one's attribution ("he said.")."""
    words = between.strip()
    if not words:
        return True
    return (
        len(words) <= _ATTRIBUTION_CHARS
        and "\n" in between
        and any(w.strip(".,").casefold() in _SAY for w in words.split())
    )


def _joined(first: QuoteFact, words: str, end: int, sents: Sentences, article: str) -> QuoteFact:
    """``first`` continued by the rest of its sentence after the attribution."""
    i, j = sents.index(first.start), sents.index(end - 1)
    s_text, _ = sents.cite(first.start, end)
    return replace(
        first,
        words=f"{first.words} {' '.join(words.split())}",
        end=end,
        text=s_text,
        citation=Citation(article, first.start, end, i if sents.own and i == j else None),
    )


def _speaker(doc: Any, text: str, start: int, end: int, people: People) -> Found | None:
    """Who says the quote at ``[start, end)``: a name or noun phrase next to a say-verb."""
    # Attribution stays inside the quote's paragraph: a say-verb across a line break belongs
    # to another paragraph's quote (or to none).
    # Far enough back for a long sentence's say-verb ("Prosecutors also said bin Laden's group
    # had conducted ... “enemies of the organization.”"); it must be in the quote's sentence.
    signed = _SIGNED.match(text, end)
    if signed:  # '“... we all win.”—Arianna Huffington, editor in chief of ...'
        return signed.group(1), None
    inverted = _INVERTED.search(text, max(0, start - 80), start)
    if inverted:
        return inverted.group(1), (inverted.start(1), inverted.end(1))
    para_start = max(text.rfind("\n", 0, start) + 1, start - 400)
    para_end = text.find("\n", end)
    # Far enough for "..., chief prosecutor Ulf Noren, who is leading the inquiry, was quoted
    # as saying"; the verb must still be in the quote's sentence.
    para_end = min(len(text) if para_end < 0 else para_end, end + 250)
    window = doc.char_span(para_start, para_end, alignment_mode="contract")
    if window is None:
        return None
    # 'X said: "..."': the say-verb of the clause the colon ends, even where the parser
    # splits the quote off as a sentence of its own.
    colon = _SAID_COLON.search(text, para_start, start)
    verbs = [
        t
        for t in window
        if t.lower_ in _SAY
        and not (start <= t.idx < end)
        and (_same_sentence(t, doc, start, end) or (colon is not None and colon.start(1) == t.idx))
    ]
    # The say-verb of the quote's own sentence first, then the nearest: a verb of the sentence
    # before ("the company, which said ...") only speaks when the quote's sentence has none.
    # A say-verb of a condition ("if the Supreme Court says ...") reports no one's words here.
    verbs.sort(
        key=lambda t: (not _inside(t, start, end), _conditional(t), _distance(t, start, end))
    )
    # Failing those, a verb of judging before the quote in its sentence: "Miller praised the
    # decision for ensuring that “no administration would ...”", "Stevens derided as “an
    # unusual tour de force” the court's conclusion": its subject's words.
    verbs += [
        t
        for t in window
        if t.lemma_.casefold() in SPEECH_ACTS
        and t.pos_ == "VERB"
        and t.idx < start
        and _same_sentence(t, doc, start, end)
    ]
    for verb in verbs:
        said = _verb_speaker(verb, start, people, end)
        if said is not None:
            return None if said == _NOBODY else said
    according = _ACCORDING_AFTER.match(text, end)
    if according:  # '"...," according to Lena Marquardt.'
        return according.group(1).rstrip("."), None
    return None


def _conditional(verb: Any) -> bool:
    """The verb is in an "if", "unless" or "whether" clause."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


_CONDITIONS = frozenset({"if", "unless", "whether"})


def _quoted_as_saying(verb: Any) -> Any:
    """The object of "quoted ... as saying", for "quoted" or its "saying"; else None."""
    quoted = verb.head if verb.lower_ == "saying" and verb.head.lower_ == "quoted" else verb
    if quoted.lower_ != "quoted":
        return None
    objects = [c for c in quoted.children if c.dep_ == "dobj"]
    saying = any(t.lower_ == "saying" for t in quoted.subtree)
    return objects[0] if objects and saying else None


def _passive_quoted(verb: Any) -> Any:
    """The subject of "X was quoted (by Y) as saying", for its "saying"; else None."""
    if verb.lower_ != "saying":
        return None
    for token in verb.sent:
        if token.i >= verb.i:
            break
        if token.lower_ == "quoted" and token.tag_ == "VBN":
            found = [c for c in token.children if c.dep_ == "nsubjpass"]
            if found:
                return found[0]
    return None


def _verb_speaker(verb: Any, start: int, people: People, end: int = -1) -> Found | None:
    """Who a say-verb's subject names, for a quote at ``start``; None to try the next verb."""
    quoting = _quoted_as_saying(verb) or _passive_quoted(verb)
    if quoting is not None:
        # "NTV quoted him as saying", "the Anatolia news agency quoted President Suleyman
        # Demirel as saying", "Yilmaz was quoted by the daily Hurriyet as saying": the one
        # quoted speaks, not the outlet.
        subj = [quoting]
    else:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Peinovich took to the forum to write, “...”": an infinitive's subject is its head's,
    # unless the head has an object who would do it ("asked her to say").
    controlled = (
        verb.tag_ == "VB"
        and verb.dep_ in ("advcl", "xcomp")
        and not any(c.dep_ in ("dobj", "dative") for c in verb.head.children)
    )
    if not subj and (
        (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"))
        or verb.dep_ == "conj"
        or controlled
    ):
        # "he called them exciting, saying, “...”", "She declined to comment and said ...":
        # the subject of the verb it hangs on, when it names someone (not "the report's
        # conclusions", a misparse's subject).
        subj = [
            c
            for c in verb.head.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and (verb.tag_ in ("VBG", "VB") or c.pos_ in ("PROPN", "PRON"))
        ]
    # A "subject" inside the quotation is a misparse ("“... a solid and healthy government,”
    # Bulent Ecevit told reporters"): the name right before the verb speaks.
    # (One with a name in apposition keeps it: “No help. No firemen,” 17-year-old Zuhir
    # Hersi ... said.)
    subj = [c for c in subj if not (start <= c.idx < end) or named_appos(c)]
    # The person named right before the verb ("... Lena Marquardt said: " with its subject
    # lost; "comes from then-Justice Rehnquist, writing in dissent": not the "statement").
    before = verb.doc[max(0, verb.i - 3) : verb.i]
    named = [t for t in before if t.ent_type_ == "PERSON"]
    borrowed = bool(subj) and subj[0].head.i != verb.i and quoting is None
    if named and (
        not subj or (borrowed and subj[0].pos_ == "NOUN" and subj[0].ent_type_ != "PERSON")
    ):
        return ent_text(named[-1]), None
    if not subj:
        # '"...," chief prosecutor Ulf Noren, who is leading the inquiry, was quoted as
        # saying': the parser lost the subject; the first person named after the quote.
        after = people.first_between(end, verb.idx) if end > 0 else None
        if after is not None:
            return after
        # "Harakat-ul-Ansar, a Pakistan-based group ..., said": the name that opens the
        # sentence, cut off from its verb by a long apposition (the verb right after a comma).
        first = verb.sent[0] if verb.doc.has_annotation("SENT_START") else None
        after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
        if first is not None and after_comma and first.ent_type_ in _SPEAKING_TYPES:
            return ent_text(first), None
        return None
    # Two subjects are a misparse of "said CNN senior political analyst David Gergen" (CNN and
    # Gergen both nsubj): the person speaks, not the outlet.
    head = next((c for c in subj if c.ent_type_ == "PERSON"), subj[0])
    if head.lower_ in _PLURAL_PRONOUNS:
        return _NOBODY
    if head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        # A clause parsed as the subject ("Stepping out of an airlock as the shuttle passed
        # over Australia, Smith, a veteran spacewalker ..., said"): the person named in it.
        within = people.first_between(head.left_edge.idx, verb.idx)
        if within is not None:
            return within
    if head.lower_ in _NOT_SPEAKERS:
        # "“...,” another of the four cities ..., El-Farnawani was quoted as saying": the
        # "subject" is the apposition's; a person named between it and the verb speaks.
        return people.first_between(head.idx, verb.idx)
    if head.lower_ in _RELATIVES:
        # "the company, which said": the antecedent, else the nearest person named.
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            head = verb.head
        else:
            return people.last_before(start)
    names = [a for a in head.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    if names:
        return ent_text(names[0]), None
    if head.ent_type_ == "PERSON":  # "Northshore chief executive Helen Achterberg"
        return ent_text(head), None
    if head.lower_ in _PRONOUNS or _AGE_ONLY.fullmatch(phrase(head)) or _epithet(head):
        # "The 67-year-old added": an age alone names no one new, like "he".
        # Who "he" is: named before the pronoun, not between it and the quote ("He added
        # that the United States should know bin Laden “is a good Muslim”").
        return people.last_before(min(start, head.idx))
    if head.pos_ == "PROPN":  # "said Lidia Morrow, Chief Executive of ...": the name alone
        first = head.i
        while (
            first > 0
            and head.doc[first - 1].pos_ == "PROPN"
            and head.doc[first - 1].dep_ in ("compound", "flat")
        ):
            first -= 1
        return str(head.doc[first : head.i + 1].text), None
    return phrase(head), None


# Names that make a definite description an epithet of someone already named.
_EPITHET_TYPES = frozenset({"NORP", "GPE", "ORG", "LOC"})
_MEDIA = frozenset({
    "newspaper", "paper", "daily", "weekly", "magazine", "radio", "television", "channel",
    "station", "network", "website", "site", "report", "statement", "study", "letter", "book",
})  # fmt: skip


def _epithet(head: Any) -> bool:
    """A definite description built on a name, "the Kentucky Republican", "the Nevada
    rancher", "the Senate majority whip": news writing's second reference to the person just
    named, like "he".  ("The spokesman", with no name in it, is often someone new.)"""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    if head.ent_type_ == "NORP":  # "the Republican", "the Democrat"
        return True
    # Not a group ("the Libyan Foreign Ministry", "the Goteborg city council"), nor a title,
    # which the story resolves by its holder ("the Turkish chief of staff").
    # Nor one followed by its own name ("the official Syrian newspaper Al Baath"), nor a
    # medium ("the Syrian newspaper").
    word = head.lower_
    if word in ORG_WORDS or word in TITLE_WORDS or word in _MEDIA or not head.text[:1].islower():
        return False
    if any(c.dep_ == "appos" for c in head.children):
        return False
    return head.pos_ == "NOUN" and any(
        c.ent_type_ in _EPITHET_TYPES for c in head.children if c.dep_ in ("compound", "amod")
    )


def _introduced(doc: Any, text: str, start: int, people: People) -> Found | None:
    """A quote paragraph after a paragraph that ends by introducing it ("Persson ... said he
    would offer the following advice:"): the speaker of that paragraph's say-verb."""
    before = text[:start].rstrip()
    if not before.endswith(":") or "\n" not in text[len(before) : start]:
        return None
    para_start = max(before.rfind("\n") + 1, len(before) - 400)
    window = doc.char_span(para_start, len(before), alignment_mode="contract")
    if window is None:
        return None
    for verb in (t for t in window if t.lower_ in _SAY):
        said = _verb_speaker(verb, verb.idx, people)
        if said is not None:
            return None if said == _NOBODY else said
    return None


def _inside(token: Any, start: int, end: int) -> bool:
    """True when ``token``'s sentence overlaps the quote ``[start, end)`` itself."""
    if not token.doc.has_annotation("SENT_START"):
        return True
    sent = token.sent
    return bool(sent.start_char < end and start < sent.end_char)


def _distance(token: Any, start: int, end: int) -> int:
    return int(start - token.idx if token.idx < start else token.idx - end)


def _same_sentence(token: Any, doc: Any, start: int, end: int) -> bool:
    if not doc.has_annotation("SENT_START"):  # a pipeline without a parser or senter
        return True
    sent = token.sent
    # The parser may close the quote's sentence at its question or exclamation mark, leaving
    # '... City?" Hodler said.' a sentence of its own that starts just after the quote.
    return bool(sent.start_char <= end + 2 and start <= sent.end_char + 2)


_AGE_ONLY = re.compile(r"\d{1,3} year old")


__all__ = ["find_quotes"]
