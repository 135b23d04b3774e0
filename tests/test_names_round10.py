"""Names found reading a tenth round of unseen briefs (Multi-News lines 096, 097, 104): a
surname that is also a street's word, a name opened by an initial, a generational suffix after
"King", bodies whose names read like a person's, a person's initials, an abbreviation that
ends a person's name."""

from __future__ import annotations

from collections import Counter

from builders import analyse, make_article

from newsbrief.article.name_scan import titled_names
from newsbrief.backends.nlp import Nlp
from newsbrief.story.entity_names import entity_name, entity_type
from newsbrief.story.merge import merge_names
from newsbrief.story.names import checked_type, fold


def test_a_surname_that_is_a_street_word_stays_a_person() -> None:
    assert checked_type("Mill Lane", "PERSON") == "GPE"
    assert checked_type("Lane", "PERSON") == "PERSON"  # no street goes by "Lane" alone
    assert checked_type("Mark Lane", "PERSON", alone={"lane"}) == "PERSON"
    assert entity_type(Counter({"Mark Lane": 3, "Lane": 14}), "PERSON") == "PERSON"


def test_a_name_that_opens_with_an_initial_is_no_name_glued_on() -> None:
    counts = Counter({"Kennedy": 4, "F. Kennedy": 1, "John F. Kennedy": 1})
    assert entity_name(counts, "PERSON") == "John F. Kennedy"


def test_king_before_a_generational_suffix_is_a_surname() -> None:
    text = "She studied the Martin Luther King Jr. speeches and met King Abdullah in 2010."
    assert [f.text for f in titled_names(text)] == ["Abdullah"]


def test_lane_and_kennedy_in_a_story(nlp: Nlp) -> None:
    text = (
        "Mark Lane, the lawyer who wrote about the killing of John F. Kennedy, died on Tuesday "
        "at his home in Charlottesville. Lane was 89. Lane argued for decades that JFK was "
        "killed by more than one gunman. Lane later represented the killer of Martin Luther "
        "King Jr. and served in the New York State Assembly. The World Cancer Research Fund "
        "was not involved, a spokesman for the fund said."
    )
    entities = analyse([make_article(text, "a")], nlp=nlp).entities
    by_name = {e.name: e for e in entities}
    assert by_name["Mark Lane"].type == "PERSON"
    assert "Lane" in {a.text for a in by_name["Mark Lane"].aliases}
    assert "Martin Luther King Jr." in by_name
    assert "Jr." not in by_name
    assert "New York State Assembly" in by_name
    assert "World Cancer Research Fund" in by_name


def test_a_person_known_by_three_initials() -> None:
    def roots(names: dict[str, str]) -> dict[str, str]:
        return merge_names(
            {fold(n): Counter({n: 1}) for n in names},
            {fold(n): Counter({t: 1}) for n, t in names.items()},
            {},
            spelling_ratio=0.75,
        )

    found = roots({"John F. Kennedy": "PERSON", "JFK": "PERSON", "Martin Luther King Jr.":
                   "PERSON", "MLK": "PERSON"})  # fmt: skip
    assert found["jfk"] == found["john f kennedy"]
    assert found["mlk"] == found["martin luther king jr"]
    # The airport is no person; two-word names are not written as initials.
    found = roots({"John F. Kennedy": "PERSON", "JFK": "FAC", "Anna Petrova": "PERSON",
                   "AP": "PERSON"})  # fmt: skip
    assert found["jfk"] != found["john f kennedy"]
    assert found["ap"] != found["anna petrova"]


def test_a_body_named_with_an_and_keeps_its_first_words(nlp: Nlp) -> None:
    text = (
        "The U.S. Fish and Wildlife Service said on Monday it would list the bear. Last month, "
        "the Fish and Wildlife Service set aside 1,000 square miles. The Fish and Wildlife "
        "Service also said it would appeal, as did the Bureau of Land Management."
    )
    names = {
        a.text for e in analyse([make_article(text, "a")], nlp=nlp).entities for a in e.aliases
    }
    assert "Wildlife Service" not in names
    assert "Fish and Wildlife Service" in names
