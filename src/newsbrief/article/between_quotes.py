"""What stands between two quotes of one article: the first one's attribution only, or the
reporter's own words.

Takes: the text between two quotes (and the article text after a quote).  Gives: whether the
second quote goes on from the first (one sentence interrupted by its attribution, a speaker
going on in the same paragraph) or starts afresh.  Used by ``article.quotes``.
No model: plain text scans over the say-verbs of ``article.speech``.
"""

from __future__ import annotations

import re

from newsbrief.article.regions import QuoteSpan
from newsbrief.article.speech import SAY_VERBS as _SAY

_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_ATTRIBUTION_CHARS = 80
_LONG_ATTRIBUTION = 220
_OPENING_CHARS = 60


def inline_attribution(between: str) -> bool:
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
        and inline_attribution(f" {head}. ")
    )


_SAID_AFTER = re.compile(r"[^.!?\n“”\"]{0,80}")


def said_after(text: str, end: int) -> bool:
    """An attribution of its own follows the quote in its sentence ('," Jones replied.')."""
    rest = _SAID_AFTER.match(text, end)
    return rest is not None and any(
        w.strip(".,:;").casefold() in _SAY for w in rest.group(0).split()
    )


def _said(word: str) -> bool:
    return word.strip(".,").casefold() in _SAY


def only_attribution(between: str) -> bool:
    """Nothing between two quotes but the first one's attribution ("he said.")."""
    words = between.strip()
    if not words:
        return True
    said = [_said(w) for w in words.split()]
    # Nor when the next quote's paragraph leads into it with no say-verb ("The council
    # approved a motion that backs “...”"): the reporter's words, not a speaker going on
    # ("They added that ... “...”" goes on).
    lead = between.rstrip().rsplit("\n", 1)[-1].split()  # its last line that has words
    if "\n" not in between or not any(said) or (lead and not any(_said(w) for w in lead)):
        return False
    # Nor when the quote sits in a later sentence of that paragraph that says nothing
    # ("Critics said the rules were narrow. Ada Rook runs a shop that is “...”").
    last = _SENTENCE_BREAK.split(" ".join(lead))[-1].split()
    if len(last) > 1 and not any(_said(w) for w in last):
        return False
    if len(words) <= _ATTRIBUTION_CHARS:
        return True
    # '," the study's leader, Nora Quist, a child psychologist at a university in the
    # state's capital, said in a statement.' then a quote paragraph: one attribution, long
    # for who the speaker is, in one paragraph that ends the sentence.
    # The say-verb leads ('," said Dorn Vasek, ... the team that wrote the standards.'): a
    # say-word further on is a relative clause's, not a second attribution.
    leads = next((s for w, s in zip(words.split(), said, strict=True) if w.strip(",”\"'’")), False)
    return (
        len(words) <= _LONG_ATTRIBUTION
        and words.endswith(".")
        # A participle goes on with the one attribution (', Ilka Dorn said, noting the ...').
        and (
            sum(
                s
                for prev, w, s in zip(["", *words.split()], words.split(), said, strict=False)
                if not (w[-3:] == "ing" and prev.endswith(","))
            )
            == 1
            or leads
        )
        and "\n" not in words
        and not _SENTENCE_BREAK.search(words)
    )


# A sentence ending inside the text between two quotes: ". Then" (not "N.C., said").
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z])")


# Punctuation that ends a quoted sentence inside its marks ('..."for good."').
_QUOTE_ENDS_SENTENCE = re.compile(r"[.!?…][\s'’\"”]*$")


def interrupted(previous: str, between: str, words: str) -> bool:
    """The quote ``words`` finishes the sentence of the quote before it (``previous``), only
    its attribution between ('"The question was never whether," said Nadira Fenwick, "but
    when."').  Not when the first quote ended its own sentence ('“... for good.” Later, she
    noted, “and the rest followed ...”'), nor when the reporter's own words stand between ('the
    authors estimate, “using tree-ring counts,” that the drought began in 1540, “lasting
    longer than any since”': two fragments), nor a fragment quoted inside a sentence that
    says nothing ('he said, adding that the study "is about the ..."': no comma before it)."""
    if not words[:1].islower() or _SENTENCE_END.search(between):
        return False
    if not between.rstrip().endswith(",") or _QUOTE_ENDS_SENTENCE.search(previous):
        return False
    return any(_said(w) for w in between.split())


# '“It was a hard call to make. But he is going to prison, said O’Hara. He broke his
# parole twice.”': the writer left out the marks around the attribution, inside the quote.
_SAID_INSIDE = re.compile(
    r",\s+(?:said\s+((?:[A-Z][\w.'’-]+\s+){0,2}[A-Z][\w'’-]+)"
    r"|((?:[A-Z][\w.'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+said)\.\s"
)


def said_inside(text: str, quote: QuoteSpan) -> tuple[str, tuple[int, int]] | None:
    """The speaker named inside the quote's own marks, with the name's span."""
    said = _SAID_INSIDE.search(text, quote.words_start, quote.words_end)
    if said is None:
        return None
    group = 1 if said.group(1) else 2
    return said.group(group), (said.start(group), said.end(group))


__all__ = ["inline_attribution", "interrupted", "only_attribution", "said_after", "said_inside"]
