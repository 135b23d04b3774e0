"""Quotes read from the dev misses at stop 54: a short sentence that ends in a colon before a
quotation stays in the text (cleaning took it for a label), and a headline's event name ("...
Clinic Shooting") is no speaker."""

from __future__ import annotations

from builders import said_in

from newsbrief.backends.nlp import Nlp
from newsbrief.read.clean import clean_text

_INTRO = "Late Thursday night, Harwell Pike released this statement about the shooting:"
_QUOTE = "“We continue to pray for the victims and their families at this hard time.”"
_BODY = (
    "A gunman opened fire inside the Harwell-Pike clinic on Thursday, police said. "
    "Two people were hurt and one was taken to a trauma center in the city."
)


def test_a_sentence_ending_in_a_colon_before_a_quote_is_kept() -> None:
    text = clean_text(f"{_BODY}\n\n{_INTRO}\n\n{_QUOTE}\n", label_max_words=12)
    assert _INTRO in text
    assert _QUOTE in text


def test_a_label_ending_in_a_colon_still_goes() -> None:
    for label in ("Related:", "Watch The Full Video Here:", "Read more on this story:"):
        text = clean_text(f"{_BODY}\n\n{label}\n\nMore from the city desk\n", label_max_words=12)
        assert label not in text


def test_no_quote_after_the_colon_leaves_the_label_rule_alone() -> None:
    line = "Late Thursday night, the clinic listed these services for patients:"
    text = clean_text(f"{_BODY}\n\n{line}\n\nAudiology and radiology\n", label_max_words=12)
    assert line not in text


def test_an_event_named_in_a_headline_is_no_speaker(nlp: Nlp) -> None:
    text = f"Harwell-Pike Clinic Shooting\n\n{_BODY}\n\n{_INTRO}\n\n{_QUOTE}"
    assert said_in(nlp, text)["We continue to"] == "Harwell Pike"
