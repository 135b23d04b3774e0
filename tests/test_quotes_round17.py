"""Quotes read from the dev misses at stop 54: a short sentence that ends in a colon before a
quotation stays in the text (cleaning took it for a label), and a headline's event name ("...
Clinic Shooting") is no speaker."""

from __future__ import annotations

from builders import make_article, said_in

from newsbrief.backends.nlp import Nlp
from newsbrief.read.clean import clean_text
from newsbrief.story.outlet_names import untagged_outlets

_INTRO = "By Friday evening, Harwell Pike had put out this short note:"
_QUOTE = "“Our staff are safe and our doors will open again on Monday morning.”"
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
    line = "By Friday evening, the clinic had listed its services for patients:"
    text = clean_text(f"{_BODY}\n\n{line}\n\nAudiology and radiology\n", label_max_words=12)
    assert line not in text


def test_an_event_named_in_a_headline_is_no_speaker(nlp: Nlp) -> None:
    text = f"Harwell-Pike Clinic Shooting\n\n{_BODY}\n\n{_INTRO}\n\n{_QUOTE}"
    assert said_in(nlp, text)["Our staff are"] == "Harwell Pike"


def test_a_paper_named_after_its_kind_speaks_for_the_paper(nlp: Nlp) -> None:
    text = (
        "Two engineers went over the recording for a month. Their finding ran in the town's "
        "newspaper the Evening Quill: “Two engineers say the recording has a cut near the "
        "end of the second hour,” the paper writes."
    )
    assert said_in(nlp, text)["Two engineers say"] == "Evening Quill"


def test_a_day_after_the_kind_is_no_outlet() -> None:
    article = make_article("The story ran in the paper Sunday and in the magazine Monday.", "a")
    assert untagged_outlets([article], []) == []
    named = untagged_outlets(
        [make_article("She wrote for the weekly, the Pell Examiner.", "a")], []
    )
    assert [m.text for m in named] == ["Pell Examiner"]


def test_a_kind_without_the_before_a_name_adds_no_outlet() -> None:
    for text in (
        "She attends daily Mass at the chapel on the hill.",
        "The mayor holds a daily Zoom call with her staff.",
        "Researchers cited a paper Orvik co-wrote in 2015.",
        "Speaking to the newspaper, Orvik denied any wrongdoing.",
    ):
        assert untagged_outlets([make_article(text, "a")], []) == []
