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

from newsbrief.article.according import according_speaker, according_to_person
from newsbrief.article.between_quotes import (
    inline_attribution,
    interrupted,
    only_attribution,
    said_after,
    said_inside,
)
from newsbrief.article.clause_speaker import clause_speaker
from newsbrief.article.documents import DOCUMENTS, made_by
from newsbrief.article.figure_fact import Sentences
from newsbrief.article.nested_quotes import nested_quotes
from newsbrief.article.people_named import ROLES, Found, People
from newsbrief.article.quote_context import (
    aside_of,
    interview_answer,
    issued_by,
    last_speaker_goes_on,
    run_on,
    subject_before,
)
from newsbrief.article.quote_intro import introduced, reported_before
from newsbrief.article.regions import QuoteSpan, inside, quote_spans
from newsbrief.article.say_subject import NOBODY, verb_speaker
from newsbrief.article.say_verbs import (
    agrees_with,
    charged,
    conditional,
    governing_verb,
    of_a_quoted_noun,
    put_it,
    reported_within,
    said_thing,
    study_found,
)
from newsbrief.article.speech import SAY_VERBS, SPEECH_ACTS, SPEECH_NOUNS
from newsbrief.article.tables import ORG_WORDS
from newsbrief.article.transcript import turn_speaker
from newsbrief.models import Article, Citation, QuoteFact
from newsbrief.settings import AnalysisSettings

_SAY = SAY_VERBS
# Nouns that speak as a say-verb's subject: people's roles, bodies, documents.
_THING_SPEAKERS = ROLES | DOCUMENTS | ORG_WORDS


def find_quotes(article: Article, doc: Any, settings: AnalysisSettings) -> tuple[QuoteFact, ...]:
    """Every quote long enough to be a statement, in text order, then the quotes inside them
    that a say-verb of their own introduces (``nested_quotes``)."""
    sents = Sentences(article, doc)
    text = article.text
    people = People(doc)
    out: list[QuoteFact] = []
    previous_end: int | None = None
    nobody: list[bool] = []  # per quote in ``out``: its say-verb's subject is no one
    spans = quote_spans(text)
    quoted = [(q.start, q.end) for q in spans]
    for quote in spans:
        words = text[quote.words_start : quote.words_end].strip()
        if len(words) > settings.max_quote_chars or len(words.split()) < settings.min_quote_words:
            continue
        if quoted_title(text, quote):
            continue
        start, end = quote.start, quote.end
        between = text[previous_end:start] if previous_end is not None else "x"
        if out and interrupted(out[-1].words, between, words):
            # '"The question was never whether," said Nadira Fenwick, "but when."': one
            # sentence interrupted by its attribution is one quote.
            out[-1] = _joined(out[-1], words, end, sents, article.id)
            previous_end = end
            continue
        # '"Can we take the games away?" he said. "Does that make sense?"': a quote right after
        # another one's attribution in the same paragraph, with none of its own, goes on with
        # the same speaker.
        goes_on = bool(out) and inline_attribution(between) and not said_after(text, end)
        found = None if goes_on else _speaker(doc, text, start, end, people, quoted)
        # A say-verb whose subject is no one the story names ('she recalls him saying'): the
        # quote is attributed, to nobody, and a quote going on from it is nobody's too.
        by_nobody = found == NOBODY
        found = None if by_nobody else found
        if goes_on and out[-1].speaker is None and not out[-1].continues and not nobody[-1]:
            # Nobody's phrase before it ('The “first-ever campaign,” the conference produced a
            # statement, which reads in part: “...”'): the quote's own say-verb, if any.
            found = _speaker(doc, text, start, end, people, quoted)
            found = None if found == NOBODY else found
            goes_on = found is None
        found = found or (None if goes_on else introduced(doc, text, start, people))
        with_last = False
        if found is None and not goes_on and words[:1].islower():
            found = reported_before(doc, text, start, end, people, quoted)
            with_last = found is None and last_speaker_goes_on(out, doc, sents, start)
            if with_last and out[-1].speaker is not None:
                found = (out[-1].speaker, _span(out[-1]))
        if found is None and not goes_on and not by_nobody:
            found = clause_speaker(doc, text, start, end, people) or said_inside(text, quote)
            found = found or _listed_under(doc, text, start, people, quoted)
            found = found or interview_answer(text, start, end, out, people)
            found = found or subject_before(doc, text, start, end, people)
        found = turn_speaker(doc, start, found)  # a transcript's turn: its speaker's
        if found is not None and found[0].casefold() in _THE_STATEMENT and out:
            # "The statement added:" names the statement the last quote came from, whose
            # maker the article gave then ('"...," said the Kessel firm.').
            last = out[-1]
            if last.speaker and last.speaker.casefold() not in _THE_STATEMENT:
                found = (last.speaker, _span(last))
        previous_end = end
        i, j = sents.index(start), sents.index(end - 1)
        own = sents.own and i == j
        s_text, _ = sents.cite(start, end)
        span = found[1] if found else None
        nobody.append(by_nobody or (goes_on and nobody[-1]))
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
                continues=found is None
                and (
                    goes_on
                    or only_attribution(between)
                    or (with_last and out[-1].continues)
                    or bool(out and _LATER.search(between) and _ends_paragraph(text, end))
                ),
                text=s_text,
                citation=Citation(article.id, start, end, i if own else None),
            )
        )
    out = run_on(out, text)
    # Quotes inside quotes come last: a quote that goes on from the one before it (``continues``)
    # goes on from the outer quote, whose speaker it shares.
    inner = [q for o in out for q in nested_quotes(article, doc, sents, people, o, settings)]
    return (*out, *inner)


def _named(token: Any) -> bool:
    """A title-case word the tagger reads as part of a name ("State" of "Harlow State")."""
    return bool(token.pos_ == "PROPN" and token.text.istitle())


def _ends_paragraph(text: str, end: int) -> bool:
    """Nothing but punctuation follows the quote in its paragraph (no '— sign at the
    shelter', no '..., a banner read')."""
    rest = text[end : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    return not any(c.isalnum() for c in rest)


# 'Then later: “...”', 'However: “...”': a paragraph that only says when or how the speaker
# went on.
_LATER = re.compile(
    r"\n[ \t]*(?:(?:and|but|then|later|again|afterwards?|soon|minutes|hours|days|moments|a|"
    r"few|day|week)\b[ ,]*){1,4}:\s*\Z"
    # A connective of argument on the quote's own line ('However: “...”'), not a line of
    # its own before a sign's or a crowd's words.
    r"|\n[ \t]*(?:however|moreover|furthermore)[ ,]*:[ \t]*\Z",
    re.IGNORECASE,
)


# A title in quote marks: a few words, each capitalised but the small ones.
_TITLE_WORDS_AT_MOST = 10
_SMALL_WORDS = frozenset({
    "a", "an", "the", "of", "and", "or", "nor", "but", "in", "on", "at", "to", "for", "with",
    "by", "from", "through", "into", "over", "under", "about", "after", "before", "between",
    "against", "without", "within", "upon", "via", "vs", "as",
})  # fmt: skip
_TITLE_WORD = re.compile(r"[^\W_][\w'’-]*")
# A work named right before its title: "our Spring 2009 article", "the book", "titled".
_WORK_BEFORE = re.compile(
    r"\b(?:article|book|novel|song|album|film|movie|column|essay|op-ed|poem|episode|"
    r"documentary|titled|entitled|headlined)[ \t,:]*$"
)


# One sentence ending and another starting inside the marks.
_SENTENCES = re.compile(r"[a-z]{3}[.!?]\s+[A-Z]")


def quoted_title(text: str, quote: QuoteSpan) -> bool:
    """A title in quote marks, no one's words: "Fare Thee Well: Celebrating 50 Years of
    Grateful Dead", a show's name; not "“It's a Potemkin Village,” Tribe said", which someone
    says; but "our 2011 article “A Bite of the Vampire Trade,” Marden has said" names an
    article, and a title ending its sentence ("... was “Indigenous Architecture through
    Indigenous Knowledge.” Part of ...") has no attribution after it."""
    words = text[quote.words_start : quote.words_end].strip()
    if _SENTENCES.search(words):
        return False  # '“Death to Arabs! Death to Arafat!”': two sentences, a chant
    ended = words.endswith((".", "!", "?"))
    named_work = _WORK_BEFORE.search(text, max(0, quote.start - 30), quote.start)
    return _a_title(words) and bool(ended or named_work or not said_after(text, quote.end))


def _a_title(words: str) -> bool:
    found = _TITLE_WORD.findall(words)
    return len(found) <= _TITLE_WORDS_AT_MOST and all(
        w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in found
    )


# A statement named with "the" and no maker: the one already quoted.
_THE_STATEMENT = frozenset({"statement", "release"})


def _span(quote: QuoteFact) -> tuple[int, int] | None:
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    return (quote.speaker_start, quote.speaker_end)


_SAID_COLON = re.compile(
    r"\b(said|says|told|added|warned|wrote|declared|stated)\b[^.!?\n\"“]{0,40}:\s*$"
)
# A quote signed with a dash right after its closing mark, as blurbs and epigraphs are: the
# name (capitalised words) then a comma, a bracket or the paragraph's end.
_SIGNED = re.compile(
    r"[ \t]*(?:—|–|--)[ \t]*((?:The )?[A-Z][\w.'’&-]*(?: (?:of |the |and )?[A-Z][\w.'’&-]*){0,6})"
    r"[ \t]*(?=[,(\n]|$)"
)
# '“... profoundly threatened in America.” Senator Ted Cruz' ending its paragraph: a pull
# quote signed with the name alone.
_SIGNED_BARE = re.compile(r"[ \t]+((?:[A-Z][\w.'’-]*[ \t]+){1,3}[A-Z][\w'’-]+)[ \t]*(?=\n|$)")
# 'Added Lesh: "It is with respect ..."': a say-verb put first, its speaker after it, a colon.
_INVERTED = re.compile(
    r"(?:^|[.!?”\"]\s+|\n\s*)(?:(?:Added|Adds|Said|Says|Continued|Explained|Replied|Responded|"
    r"Wrote|Tweeted)[ \t]+((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]+)[ \t]*:"
    # Or after a conjunction, before a comma: 'And, said Varkan, “...”' (not 'The U.S. said
    # Friday, “...”', whose verb follows its subject).
    r"|(?:And|But|So),?[ \t]+(?:added|said|says|wrote)[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
    r"[ \t]*,)[ \t]*$"
)
# '... Bundy's response: "I might be ..."': the one whose response, reply or answer it is.
_RESPONSE = re.compile(
    r"(?:^|[.!?”\"]\s+|\n\s*)((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w-]+)['’]s[ \t]+"
    r"(?:response|reply|answer|retort|explanation|verdict)[ \t]*:[ \t]*$"
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


def _speaker(
    doc: Any,
    text: str,
    start: int,
    end: int,
    people: People,
    quoted: list[tuple[int, int]] | None = None,
) -> Found | None:
    """Who says the quote at ``[start, end)``: a name or noun phrase next to a say-verb
    outside every quotation (``quoted``: "writing “... who they say she is” and “...”");
    ``NOBODY`` when a say-verb's subject is no one the story names."""
    # Attribution stays inside the quote's paragraph: a say-verb across a line break belongs
    # to another paragraph's quote (or to none).
    # Far enough back for a long sentence's say-verb ("Prosecutors also said bin Laden's group
    # had conducted ... “enemies of the organization.”"); it must be in the quote's sentence.
    signed = _SIGNED.match(text, end) or _SIGNED_BARE.match(text, end)
    if signed:  # '“... we all win.”—Arianna Huffington, editor in chief of ...'
        return signed.group(1), None
    inverted = _INVERTED.search(text, max(0, start - 80), start) or _RESPONSE.search(
        text, max(0, start - 80), start
    )
    if inverted:
        at = 1 if inverted.group(1) else 2
        return inverted.group(at), (inverted.start(at), inverted.end(at))
    sourced = according_to_person(doc, text, end)
    if sourced is not None:
        return sourced
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
    issued = issued_by(doc, text, start, end, people)
    if issued is not None:
        return issued
    verbs = [
        t
        for t in window
        if (
            # (Not a word of a name: "Harlow State President Dana Oakes said"; "SAID" still is.)
            (t.lower_ in _SAY and not agrees_with(t) and not said_thing(t) and not _named(t))
            or charged(t)
            or put_it(t)
        )
        and (t.lower_ != "reads" or _next_to(t, text, start, end))
        and not (start <= t.idx < end or of_a_quoted_noun(t, start, end))
        and not inside(quoted or [], t.idx)
        and (_same_sentence(t, doc, start, end) or (colon is not None and colon.start(1) == t.idx))
    ]
    # The say-verb of the quote's own sentence first, then the nearest: a verb of the sentence
    # before ("the company, which said ...") only speaks when the quote's sentence has none.
    # A say-verb of a condition ("if the Supreme Court says ...") reports no one's words here.
    verbs.sort(key=lambda t: (not _inside(t, start, end), conditional(t), _distance(t, start, end)))
    # Failing those, a verb of judging before the quote in its sentence: "Miller praised the
    # decision for ensuring that “no administration would ...”", "Stevens derided as “an
    # unusual tour de force” the court's conclusion": its subject's words.
    # The nearest first: "many have expressed frustration over comments from Turner's
    # father, who called prison “...”" are the father's words.
    verbs += sorted(
        (
            t
            for t in window
            if t.lemma_.casefold() in SPEECH_ACTS
            and t.pos_ == "VERB"
            # "appealed to the town “...”"; not "appealed the verdict, which found ... “...”"
            and not (t.lemma_ == "appeal" and any(c.dep_ == "dobj" for c in t.children))
            and t.idx < start
            and _same_sentence(t, doc, start, end)
        ),
        key=lambda t: -t.idx,
    )
    # A verb of judging or calling that the quote hangs on speaks before a say-verb of another
    # clause ("Bloomberg News has called the fund “...” ... Mercer told him ...": Bloomberg
    # News's words).
    hung_on = governing_verb(doc, start, end)
    if hung_on is not None and hung_on.lemma_.casefold() in SPEECH_ACTS:
        verbs.sort(key=lambda t: t.i != hung_on.i)
    # A quote that ends an aside in brackets ('(Mercer has backed a PAC whose goal is to “...”)
    # “...,” Patterson said') has only the aside's verbs, whatever the parser's sentences.
    aside = aside_of(text, start, end)
    if aside is not None:
        verbs = [t for t in verbs if aside[0] < t.idx < aside[1]]
    for verb in verbs:
        if reported_within(verb, verbs, _THING_SPEAKERS):
            continue
        said = verb_speaker(verb, start, people, end)
        if said and said != NOBODY and _only_quoted(said[0], text, quoted, start):
            continue  # '(“Lou Grant,” “Mary Tyler Moore Show”), ... said:': a title, no one
        if said is not None:
            return said
    # "disputed a ruling by the tribunal that he was “...”", "X's assertion that
    # “...”": the words are whoever's finding or assertion it is.
    noun = next(
        (
            t
            for t in reversed(list(window))
            if t.idx < start
            and t.lemma_ in SPEECH_NOUNS
            and t.pos_ == "NOUN"
            and _same_sentence(t, doc, start, end)
            and t.idx <= start <= max(d.idx + len(d) for d in t.subtree)
        ),
        None,
    )
    maker = made_by(noun, earlier=False) if noun is not None else None
    if maker is not None:
        return maker, None
    # Last, a study's findings ("The harbour survey found that ..., “...”"): any say-verb or
    # "according to" of the sentence speaks first ("Hale said the audit found nothing").
    according = according_speaker(doc, text, start, end)
    found = next((t for t in window if study_found(t) and t.idx < start), None)
    if according is None and found is not None and _same_sentence(found, doc, start, end):
        return verb_speaker(found, start, people, end)
    return according


# Verbs that introduce a list of someone's points: "The report lists these findings:".
_LISTING = frozenset({"make", "list", "give", "offer", "include", "contain", "find"})
# A list item's mark at a paragraph's start: "--Tarn: “...”", "• “...”" (not a dash, which
# opens each turn of a dialogue or signs a quote).
_LIST_ITEM = re.compile(r"\s*(?:--|[•*·-](?!-))")


def _listed_under(
    doc: Any, text: str, start: int, people: People, quoted: list[tuple[int, int]]
) -> Found | None:
    """A quote in a list whose paragraph opens with a mark ("--Tarn: “...”") is said by whoever
    the paragraph above the list names, when that paragraph ends in a colon ("The report lists
    these findings:", "The council said:")."""
    begin = text.rfind("\n", 0, start) + 1
    if begin == 0 or not _LIST_ITEM.match(text, begin):
        return None
    while begin > 0:
        above = text.rfind("\n", 0, begin - 1) + 1
        paragraph = text[above:begin].strip()
        if paragraph.endswith(":"):
            colon = text.rfind(":", above, begin)
            found = _speaker(doc, text, colon, colon + 1, people, quoted)
            head = doc.char_span(colon, colon + 1, alignment_mode="expand")
            root = head.root.sent.root if head is not None else None
            if root is not None and root.lemma_ in ("quote", "interview"):
                return None  # "The report quotes several dock workers:": theirs, not its
            if found is None and root is not None and root.lemma_ in _LISTING:
                found = verb_speaker(root, colon, people, colon + 1)
            return None if found == NOBODY else found
        if paragraph and not _LIST_ITEM.match(paragraph):
            return None  # a paragraph of prose ends the list: no one introduced it
        begin = above
    return None


# At most a short subject between a quote and its "reads": "his web site", "the letter".
_SUBJECT_BETWEEN = re.compile(r"[\s,]*(?:[\w.'’-]+\s+){0,4}")  # "a Jan. 24 complaint"


def _next_to(verb: Any, text: str, start: int, end: int) -> bool:
    """``verb`` touches the quote: '“...,” reads the letter', '"...," his web site reads',
    'which reads in part: “...”' (a document reads only the words it holds, not a phrase
    quoted earlier in its sentence)."""
    after = _SUBJECT_BETWEEN.fullmatch(text, end, verb.idx) is not None
    before = re.fullmatch(r"\s+(?:in part\s*)?:?\s*", text[verb.idx + len(verb) : start])
    return after or before is not None


def _only_quoted(name: str, text: str, quoted: list[tuple[int, int]] | None, own: int) -> bool:
    """The article writes ``name`` only inside quotation marks, a title's words (the quote at
    ``own`` opening with it counts as written: a company that speaks of itself by name)."""
    at = [m.start() for m in re.finditer(re.escape(name), text)]
    opens = any(
        i >= own and not text[own:i].strip("“\"‘' ") and re.match(r" [a-z]", text[i + len(name) :])
        for i in at
    )
    given = any(_GIVEN_AS.search(text[max(0, i - 60) : i]) for i in at)
    return bool(at) and all(inside(quoted or [], i) for i in at) and not opens and not given


# "identified only as “Kestrel”": a name a speaker gave, quoted as such.
_GIVEN_AS = re.compile(r"\b(?:as|named|called) [“\"](?:[A-Z][\w.'’-]* ){0,3}$")


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


__all__ = ["find_quotes", "quoted_title"]
