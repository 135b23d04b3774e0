"""Stop 62 (invented text, modelled on the kinds of gold disagreement the blind DUC set dev_o
listed and the tool did not find): a compound hard-wrapped after its hyphen is one word
again, and the length of a border, a river or a bridge is one fact for years."""

from __future__ import annotations

from builders import conflicts_in, figures

from newsbrief.backends.nlp import Nlp
from newsbrief.models import RawDocument
from newsbrief.read.clean import clean_text
from newsbrief.read.sgml import read_sgml

_WIRE = """<DOC>
<DOCNO> XYZ20010203.0001 </DOCNO>
<TEXT>
<P>
   Patrols along the 1,240-
kilometer frontier were doubled, and the cross-
border trade in salt stopped for a week.
</P>
<P>
   Boys of 10-
to 15-year-olds' teams were sent home.
</P>
</TEXT>
</DOC>
"""


def test_a_wire_compound_wrapped_after_its_hyphen_is_one_word() -> None:
    (doc,) = read_sgml("wire.sgml", _WIRE, lambda d: "2001-02-03")
    assert isinstance(doc, RawDocument)
    assert "the 1,240-kilometer frontier" in doc.body
    assert "the cross-border trade" in doc.body
    # A suspended hyphen keeps its space: "10- to 15-year-olds".
    assert "Boys of 10- to 15-year-olds'" in doc.body


def test_a_plain_text_compound_wrapped_after_its_hyphen_is_one_word() -> None:
    text = clean_text(
        "The ferry crossed the 40-\nkilometre strait in the cross-\nchannel gale, "
        "and pre-\nand post-war ships alike stayed in port.",
        label_max_words=8,
    )
    assert "the 40-kilometre strait in the cross-channel gale" in text
    assert "pre- and post-war ships" in text


def test_a_length_with_long_measures_its_noun(nlp: Nlp) -> None:
    # "a 2,870-kilometre-long border" is the border's length, as "the 2,790-kilometre
    # border" is: one counted thing, so the two can be compared.
    assert figures(nlp, "Troops patrol the 2,870-kilometer-long border with Dovria.") == [
        (2870.0, "kilometres border")
    ]
    assert figures(nlp, "Troops patrol the 2,790-kilometer border with Dovria.") == [
        (2790.0, "kilometres border")
    ]


def test_a_borders_length_told_two_ways_months_apart_contradicts(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("Guards met to ease tension along the 2,870-kilometer-long border with Dovria.",
         "2019-10-25"),
        ("A string of shootings has troubled the 2,790-kilometer border with Dovria.",
         "2020-07-17"),
    )  # fmt: skip
    assert found == [("contradiction", "kilometres border", [2790.0, 2870.0])]


def test_lengths_of_plain_stretches_are_not_landmarks(nlp: Nlp) -> None:
    # Two stretches of road told months apart are two stretches, not one fact.
    found = conflicts_in(
        nlp,
        ("Crews repaved a 2,870-kilometer stretch of the coast road.", "2019-10-25"),
        ("Crews repaved a 2,790-kilometer stretch of the coast road.", "2020-07-17"),
    )
    assert found == []


def test_a_hyphen_before_a_new_sentence_or_a_suspended_word_keeps_its_space() -> None:
    for wrapped, kept in (
        ("the pre-\nbut not post-war towns", "the pre- but not post-war towns"),
        ("in the first-\nthrough third-grade rooms", "in the first- through third-grade rooms"),
        ("it is over-\nNobody wants to talk", "it is over- Nobody wants to talk"),
        ("Ana Varga-\nOstrova came", "Ana Varga-Ostrova came"),
    ):
        text = clean_text(
            f"The council met on a long Monday evening in the old hall. {wrapped} in the end, "
            "as it always does.",
            label_max_words=8,
        )
        assert kept in text, wrapped


def test_two_borders_with_two_neighbours_are_two_lengths(nlp: Nlp) -> None:
    found = conflicts_in(
        nlp,
        ("Kesh troops guard the 1,200-kilometer border with Norland, officials said.",
         "2026-01-05"),
        ("Kesh troops also guard the 800-kilometer border with Dalen, officials said.",
         "2026-02-05"),
    )  # fmt: skip
    assert found == []
    # Nor is a wall that was extended one length told two ways.
    found = conflicts_in(
        nlp,
        ("The 40-kilometer coastline wall was finished in 2019.", "2019-05-05"),
        ("The 65-kilometer coastline wall now protects the city.", "2026-02-05"),
    )
    assert found == []
