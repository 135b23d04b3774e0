"""Quotes read from the blind dev17 set at stop 56: sources named with "according to" in the
plural or at the opening of the quote's sentence, a present say-verb after the quote, a piece
an outlet printed, fragments in the reporter's own sentence, and a named chair in apposition."""

from __future__ import annotations

import pytest
from builders import said_in
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsbrief.article.subject_after import subject_after
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Alias, Citation, Entity
from newsbrief.story.speakers import known_speakers, resolve_speaker


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("the authors of the new survey", "authors"),
        ("the researchers", "researchers"),
        ("its scientists", "scientists"),
    ],
)
def test_according_to_people_in_the_plural(nlp: Nlp, source: str, speaker: str) -> None:
    text = f"“Each valley kept its own customs but shared one older root,” according to {source}."
    assert said_in(nlp, text) == {"Each valley kept": speaker}


def test_according_to_the_results_names_no_one(nlp: Nlp) -> None:
    text = "“Each valley kept its own customs but shared one older root,” according to the results."
    assert said_in(nlp, text) == {"Each valley kept": ""}


def test_a_present_say_verb_after_the_quote_has_its_subject_after_it(nlp: Nlp) -> None:
    text = (
        "The seeds were found in a dry cave. “We think these seeds reached the valley about "
        "3,000 years ago with traders from the coast,” write the botanists."
    )
    assert said_in(nlp, text) == {"We think these": "botanists"}


def test_according_to_at_the_opening_of_the_quotes_sentence(nlp: Nlp) -> None:
    text = (
        "According to the survey, the valley's farmers “planted barley long before the river "
        "moved east.” The botanists agree."
    )
    assert said_in(nlp, text) == {"planted barley long": "survey"}


def test_according_to_a_sentence_before_is_not_the_quotes_source(nlp: Nlp) -> None:
    text = (
        "According to the survey, the farmers left early. Later the river towns “planted barley "
        "long before the river moved east,” a local guide remembers hearing."
    )
    assert said_in(nlp, text)["planted barley long"] != "survey"


@pytest.mark.parametrize(
    "opening",
    [
        "According to the article, “",  # an outlet's piece (stop 55): no one named here
        "According to the club’s Web site, it runs classes that teach “",  # a thing, not a source
    ],
)
def test_according_to_what_names_no_speaker(nlp: Nlp, opening: str) -> None:
    text = f"Wednesday's Harlow Ledger ran the story. {opening}calm leadership through trust.”"
    assert said_in(nlp, text) == {"calm leadership through": ""}


def test_according_to_a_name_ends_at_its_paragraph(nlp: Nlp) -> None:
    text = (
        "“A jar with a bulging lid should go in the bin unopened,” according to the "
        "FSIA.\n\nIf you go out, wear a hat."
    )
    assert said_in(nlp, text) == {"A jar with": "FSIA"}


def test_according_to_a_name_with_of_inside_it(nlp: Nlp) -> None:
    text = (
        "“Thawed, they are fine for baking and little else,” according to the Harlow "
        "Department of Food Safety."
    )
    assert said_in(nlp, text) == {"Thawed, they are": "Harlow Department of Food Safety"}


@pytest.mark.parametrize(
    ("printed", "speaker"),
    [("The Harlow Ledger", "Harlow Ledger"), ("the Tarrow Tribune", "Tarrow Tribune")],
)
def test_a_report_in_an_outlet_is_the_outlets(nlp: Nlp, printed: str, speaker: str) -> None:
    text = f"“A frozen vaccine vial must be thrown away,” according to a report in {printed}."
    assert said_in(nlp, text) == {"A frozen vaccine": speaker}


def test_a_report_in_a_month_names_no_outlet(nlp: Nlp) -> None:
    text = "“A frozen vaccine vial must be thrown away,” according to a report in March."
    assert said_in(nlp, text) == {"A frozen vaccine": "report"}


def test_fragments_in_the_reporters_own_sentence_are_two_quotes(nlp: Nlp) -> None:
    text = (
        "The botanists estimate, “using tree-ring counts and pollen,” that the drought began "
        "around 1540, “lasting longer than any other in the record.”"
    )
    assert said_in(nlp, text) == {
        "using tree-ring counts": "botanists",
        "lasting longer than": "botanists",
    }


def test_a_quote_that_ended_its_sentence_is_not_continued(nlp: Nlp) -> None:
    text = (
        "“We are after routines,” Dr. Varga said. “Once a routine sets in, the shouting stops "
        "for good.” Later, she noted, “and the rest of the house calms down with it.”"
    )
    assert said_in(nlp, text) == {
        "We are after": "Varga",
        "Once a routine": "Varga",
        "and the rest": "Varga",
    }


def test_one_sentence_interrupted_by_its_attribution_is_one_quote(nlp: Nlp) -> None:
    text = "“The question was never whether,” said Nadira Fenwick, “but when and at what cost.”"
    assert said_in(nlp, text) == {"The question was": "Nadira Fenwick"}


def test_a_named_chair_in_apposition_does_not_replace_the_speaker(nlp: Nlp) -> None:
    text = (
        "“We counted the herd twice that spring, and it was smaller than we hoped,” said Tomas "
        "Rell, director of genetics, Hollis Chair, San Marco Zoo Institute for Conservation "
        "Research."
    )
    assert said_in(nlp, text) == {"We counted the": "Tomas Rell"}


def test_the_leader_in_apposition_is_still_the_named_person(nlp: Nlp) -> None:
    text = "“We will not leave the valley,” the group's leader, Ali Varga, said on Sunday."
    assert said_in(nlp, text) == {"We will not": "Ali Varga"}


def test_appealing_to_people_is_speaking(nlp: Nlp) -> None:
    text = (
        "Thousands waited on the wet slopes below the chapel, some since before dawn.\n\nBishop "
        "Vell appealed to a region that has suffered from floods and feuds “to let the old "
        "quarrels rest at last” and “any thought of getting even.”"
    )
    assert said_in(nlp, text) == {"to let the": "Vell", "any thought of": "Vell"}


def test_he_after_a_title_that_mentioned_something_is_that_title(nlp: Nlp) -> None:
    text = (
        "Bishop Anton Vell spoke at the harbour. The port came through the storm, but Kessel "
        "and Dunmore were badly hit. Dunmore lost its old bell tower.\n\nThe bishop "
        "mentioned this in his sermon. “Those walls will never look the same to us,” he said "
        "of the losses."
    )
    assert said_in(nlp, text) == {"Those walls will": "Anton Vell"}


def test_he_after_a_title_that_is_its_sentences_subject_is_that_title(nlp: Nlp) -> None:
    text = (
        "Bishop Anton Vell visited the valley on Sunday. Its mayor, Dara Holt, met him at the "
        "bridge.\n\nThe bishop appeared to reply to the doubts raised about his visit. “No "
        "one here should carry the blame of another,” he said."
    )
    assert said_in(nlp, text) == {"No one here": "Anton Vell"}


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A parse given by hand: a space after each word but before "?", "”", "." and after "“"."""
    after = [*words[1:], ""]
    spaces = [
        w != "“" and nxt not in ("?", "”", ".", "") for w, nxt in zip(words, after, strict=True)
    ]
    tags = ["VBN" if d == "acl" else "XX" for d in deps]
    lemmas = [w.casefold() for w in words]
    return Doc(
        Vocab(),
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
    )


def test_a_say_verb_the_parser_hung_on_the_noun_after_the_quote_has_that_noun_speak() -> None:
    # '“Who will speak?” the pope asked from a stage.' as the parser sometimes reads it: the
    # noun the root, the say-verb its modifier.
    doc = _parsed(
        ["“", "Who", "will", "speak", "?", "”", "the", "pope", "asked", "from", "a", "stage", "."],
        [3, 3, 3, 7, 3, 3, 7, 7, 7, 8, 11, 9, 7],
        ["punct", "nsubj", "aux", "dep", "punct", "punct", "det", "ROOT", "acl", "prep", "det",
         "pobj", "punct"],
        ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "ADP", "DET",
         "NOUN", "PUNCT"],
    )  # fmt: skip
    assert doc.text == "“Who will speak?” the pope asked from a stage."
    assert [t.text for t in subject_after(doc[8], doc[5].idx + 1)] == ["pope"]
    # Not a noun far from the quote ('” said at the hall the pope asked ...').
    assert subject_after(doc[8], doc[1].idx) == []


def _person(name: str, text: str, count: int = 1) -> Entity:
    """A story entity typed PERSON, named once in article "a" at its first place in ``text``."""
    start = text.index(name)
    return Entity(
        name=name,
        type="PERSON",
        aliases=(Alias(name, count),),
        mentions=(Citation(article="a", start=start, end=start + len(name)),),
    )


_AGENCY = (
    "Norland's official Kestra news agency reported the raid on Sunday. Troops left, Kestra "
    "said. In the capital, a foreign ministry official said the count was unclear."
)


def test_an_outlet_called_official_is_not_the_official() -> None:
    agency = _person("Kestra", _AGENCY, 2)  # the small pipeline's mistake
    known = known_speakers([agency], {"a": _AGENCY})
    assert resolve_speaker("the official", known) == "the official"


def test_the_pontiff_is_the_pope_the_story_names() -> None:
    text = "Pope Anton I flew to the coast."
    pope = _person("Anton I", text)
    assert resolve_speaker("the pontiff", known_speakers([pope], {"a": text})) == "Anton I"


def test_a_title_the_article_gives_no_one_leaves_he_to_the_last_name(nlp: Nlp) -> None:
    text = (
        "“That is not enough,” Rep. Tom Vance said.\n\nThe congressman closed with a story "
        "about his family.\n\n“Speaking as a grandfather, I would like our streets to be "
        "safer,” he continued."
    )
    assert said_in(nlp, text)["Speaking as a"] == "Tom Vance"


def test_agreeing_to_act_is_no_one_speaking(nlp: Nlp) -> None:
    text = (
        "Harlow and Kessel have agreed to discuss the plan which was “written in very dense "
        "legal language” and could provide the basis for a future charter for the valley, Varga "
        "said."
    )
    assert said_in(nlp, text) == {"written in very": "Varga"}


def test_a_coalition_is_a_body_not_a_person_called_so() -> None:
    text = "Rui Amaral, the coalition leader, spoke first. The coalition met later."
    known = known_speakers([_person("Rui Amaral", text)], {"a": text})
    assert resolve_speaker("coalition", known) == "coalition"


def test_a_colon_after_he_introduces_his_words(nlp: Nlp) -> None:
    text = (
        "“A festival is something we make together,” said Tomas Rell, 20, a student from the "
        "valley. He waved away the neighbours' grumbling: “We don't mind their dogs. Why should "
        "they mind our drums?”"
    )
    assert said_in(nlp, text) == {"A festival is": "Tomas Rell", "We don't mind": "Tomas Rell"}
