"""Quote speakers found reading the blind dev12 misses at stop 51: an outlet named again by
its kind ("the magazine wrote"), a platform is no speaker ("on Twitter, writing"), and a quote
a paragraph leads into only by when it came ("Then later:")."""

from __future__ import annotations

from builders import said_in

from newsbrief.backends.nlp import Nlp
from newsbrief.models import Alias, Citation, Entity
from newsbrief.story.speakers import known_speakers


def test_the_magazine_is_the_outlet_the_article_called_a_magazine(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The two men share a deep faith, according to Orbis Catholica, the Jesuit magazine "
        "whose articles the diocese approves before publication.\n\n"
        '"They are two men of the deepest devotion, rooted in their belief," the '
        "magazine wrote.\n\n"
        "Nobody at the diocese commented on the report, and the paper said it would not "
        'follow up. "We have nothing to add to what was published," the paper said.',
    )
    assert said["They are two"] == "Orbis Catholica"
    # A paper the article never called a paper by name stays "the paper".
    assert said["We have nothing"] == "paper"


def test_a_platform_before_writing_is_no_speaker(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The ruling came a day after President Hal Ryland criticised the court.\n\n"
        "Back then, the president mocked the judge on Twitter, writing that the decision "
        "“left our whole nation open to harm.”",
    )
    assert said["left our whole"] == "Hal Ryland"


def test_a_paragraph_that_only_says_when_goes_on_with_the_last_speaker(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The agent, Gary Pellman, was also no help. “I am in Denver and knew nothing of any "
        "plans,” Pellman said in an e-mail.\n\n"
        "Then later: “Still can’t find out a thing about it.”\n\n"
        "The puzzle remains.",
    )
    assert said["Still can’t find"] == "Gary Pellman"


def test_an_outlet_s_kind_is_read_right_before_its_name_or_in_its_apposition() -> None:
    text = (
        "A report in local newspaper the Halden Courier said so. He read the paper. The "
        "Tarn Review, a monthly, did not. Orbis Catholica, the Jesuit magazine whose editors "
        "agree, wrote more."
    )

    def entity(name: str) -> Entity:
        at = text.index(name)
        return Entity(name, "ORG", (Alias(name, 1),), (Citation("a", at, at + len(name)),))

    names = ("Halden Courier", "Tarn Review", "Orbis Catholica")
    outlets = known_speakers([entity(n) for n in names], {"a": text}).outlets
    assert outlets == {"Halden Courier": {"paper"}, "Orbis Catholica": {"magazine"}}
