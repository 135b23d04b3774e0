"""Surnames with particles ("Eugene de Kock", "Johan van der Merwe") stay whole."""

from __future__ import annotations

from builders import analyse, make_article

from newsbrief.article.name_scan import titled_names
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Mention
from newsbrief.story.entities import merge_entities


def test_a_titled_name_goes_on_over_its_particle() -> None:
    text = "the former unit commander Eugene de Kock, who was sentenced"
    assert [f.text for f in titled_names(text)] == ["Eugene de Kock"]
    text = "Police Commissioner Johan van der Merwe had known of it"
    assert [f.text for f in titled_names(text)] == ["Johan van der Merwe"]


def test_van_der_is_no_common_word_and_the_full_name_is_the_name() -> None:
    text = "Johan van der Merwe applied. Van der Merwe said so. Eugene de Kock spoke; de Kock left."
    article = make_article(text, "a")
    mentions = []
    for name in ("Johan van der Merwe", "Van der Merwe", "Eugene de Kock"):
        at = text.index(name)
        mentions.append(Mention("a", at, at + len(name), name, "PERSON"))
    at = text.index("de Kock left")
    mentions.append(Mention("a", at, at + len("de Kock"), "de Kock", "PERSON"))
    names = {e.name: {a.text for a in e.aliases} for e in merge_entities([article], mentions)}
    assert names == {
        "Johan van der Merwe": {"Johan van der Merwe", "Van der Merwe"},
        "Eugene de Kock": {"Eugene de Kock", "de Kock"},
    }


def test_the_tagger_cut_at_a_particle_is_mended(nlp: Nlp) -> None:
    text = (
        "Former minister Adriaan Vlok and Police Commissioner Johan van der Merwe testified "
        "on Friday.\n\nVlok and Van der Merwe were applying for amnesty, the panel said."
    )
    brief = analyse([make_article(text, "a"), make_article(text, "b")], nlp=nlp)
    people = {e.name: {a.text for a in e.aliases} for e in brief.entities if e.type == "PERSON"}
    assert people.get("Johan van der Merwe") == {"Johan van der Merwe", "Van der Merwe"}


def test_a_name_in_commas_after_a_title_is_a_person() -> None:
    text = "An ANC spokesman, Thabo Masebe, said so. His former army chief, Georg Meiring, left."
    assert [f.text for f in titled_names(text)] == ["Thabo Masebe", "Georg Meiring"]
    # A place after a comma is no title's person: "the capital, Pretoria".
    assert [f.text for f in titled_names("They flew to the capital, Pretoria, on Monday.")] == []
    text = "said Director Demosthenes Madureiro do Pinho on Friday"
    assert [f.text for f in titled_names(text)] == ["Demosthenes Madureiro do Pinho"]
