"""Names found reading a tenth round of unseen briefs (Multi-News lines 096, 097, 104): a
surname that is also a street's word, a name opened by an initial, a generational suffix after
"King", bodies whose names read like a person's, a person's initials, an abbreviation that
ends a person's name."""

from __future__ import annotations

import re
from collections import Counter

from builders import analyse, make_article, merged

from newsbrief.article.mentions import _trim
from newsbrief.article.name_scan import titled_names
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Mention
from newsbrief.story.entity_names import entity_name, entity_type, story_type
from newsbrief.story.merge import merge_names
from newsbrief.story.names import checked_type, fold, person_like
from newsbrief.story.untagged import untagged_repeats


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
        "Mark Lane, the lawyer who wrote about the killing of John F. Kennedy, died on Monday "
        "in a hospital in Richmond. Lane was 89. Lane held for years that JFK was "
        "shot by more than one gunman. Lane later represented the killer of Martin Luther "
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
    found = merged({"John F. Kennedy": "PERSON", "JFK": "PERSON", "Martin Luther King Jr.":
                   "PERSON", "MLK": "PERSON"})  # fmt: skip
    assert found["jfk"] == found["john f kennedy"]
    assert found["mlk"] == found["martin luther king jr"]
    # The airport is no person; two-word names are not written as initials.
    found = merged({"John F. Kennedy": "PERSON", "JFK": "FAC", "Anna Petrova": "PERSON",
                   "AP": "PERSON"})  # fmt: skip
    assert found["jfk"] != found["john f kennedy"]
    assert found["ap"] != found["anna petrova"]


def test_a_body_named_with_an_and_keeps_its_first_words(nlp: Nlp) -> None:
    text = (
        "The U.S. Fish and Wildlife Service said on Monday it would list the bear. Last month, "
        "the Fish and Wildlife Service marked out 1,000 square miles. The Fish and Wildlife "
        "Service also said it would appeal, as did the Bureau of Land Management."
    )
    names = {
        a.text for e in analyse([make_article(text, "a")], nlp=nlp).entities for a in e.aliases
    }
    assert "Wildlife Service" not in names
    assert "Fish and Wildlife Service" in names


def test_a_committee_short_name_a_law_firm_and_a_team_named_after_a_city() -> None:
    found = merged({"Ways and Means": "ORG", "Ways and Means Committee": "ORG"})
    assert found["ways and means"] == found["ways and means committee"]
    assert checked_type("Spaeder LLP", "PERSON") == "ORG"
    # "New York Jets" (tagged ORG) reads as no person's name, so no "New" is cut from it.
    assert not person_like("New York Jets", "ORG")
    assert person_like("Ada Rook", "ORG")


def test_the_team_keeps_its_city(nlp: Nlp) -> None:
    text = (
        "The New York Jets signed a new quarterback on Monday. The new deal runs for two "
        "years, the New York Jets said."
    )
    names = {e.name for e in analyse([make_article(text, "a")], nlp=nlp).entities}
    assert "York Jets" not in names


def test_a_participle_opening_a_sentence_is_no_first_name(nlp: Nlp) -> None:
    text = (
        "It would back any educator prosecuted under the Polish bill.\n\n"
        "Neighboring Ukraine also faulted the Polish law, which broadened its reach.\n\n"
        "Ailing Venezuela said nothing."
    )
    entities = analyse([make_article(text, "a")], nlp=nlp).entities
    assert {e.name: e.type for e in entities if "Ukraine" in e.name} == {"Ukraine": "GPE"}


def test_an_untagged_repeat_takes_the_label_the_tagger_gave_most() -> None:
    text = "Elijah went to school. Elijah ate lunch. Elijah was sick. Then Elijah left."
    article = make_article(text, "a")
    mentions = [
        Mention("a", m.start(), m.end(), "Elijah", label, None)
        for m, label in zip(
            list(re.finditer("Elijah", text))[:3], ("GPE", "PERSON", "PERSON"), strict=True
        )
    ]
    extra = untagged_repeats([article], mentions)
    assert [(m.start, m.label) for m in extra] == [(text.rindex("Elijah"), "PERSON")]


def test_a_possessive_ending_opens_no_name() -> None:
    text = "the signal could trigger an alert in my aunt’s Smartphone. Then"
    start = text.index("’s")
    s, e = _trim(text, start, start + len("’s Smartphone"))
    assert text[s:e] == "Smartphone"


def test_a_body_the_alias_table_knows_is_not_its_agency() -> None:
    names = (
        "U.N.",
        "U.N. Population Fund",
        "Xinhua",
        "Xinhua News Agency",
        "Daesh",
        "Daesh Takfiri",
    )
    found = merge_names(
        {fold(n): Counter({n: 1}) for n in names},
        {fold(n): Counter({"ORG": 1}) for n in names},
        {"u n": "United Nations", "xinhua": "Xinhua", "daesh": "Islamic State"},
        spelling_ratio=0.75,
    )
    assert found["u n"] != found["u n population fund"]
    assert found["xinhua"] == found["xinhua news agency"]
    assert found["daesh"] == found["daesh takfiri"]


def test_a_transcripts_trailing_dashes_end_no_name() -> None:
    for text, name in (("Al Qaeda-- and", "Al Qaeda"), ("Well-- what", "Well")):
        s, e = _trim(text, 0, text.index(" ", len(name) - 1))
        assert text[s:e] == name


def test_a_places_people_are_a_nationality_not_an_actor() -> None:
    places = frozenset({"japan", "japanese", "south korea", "jordan", "south", "las vegas"})
    assert story_type(Counter({"Japanese": 9}), "GPE", places) == "NORP"
    assert story_type(Counter({"Korean": 4, "South Korean": 3}), "PERSON", places) == "NORP"
    # The country itself, or a person named for it, is no people.
    assert story_type(Counter({"Jordan": 3}), "PERSON", places) == "PERSON"
    assert story_type(Counter({"Morgan": 3}), "PERSON", places) == "PERSON"
    assert story_type(Counter({"Vegans": 1}), "ORG", places) == "ORG"


def test_a_person_whose_surname_is_a_known_place(nlp: Nlp) -> None:
    text = (
        "Just hours after Kerry Washington’s team shared the news, the actress walked the "
        "red carpet in New York. Lawmakers in Washington were not there."
    )
    entities = {e.name: e.type for e in analyse([make_article(text, "a")], nlp=nlp).entities}
    assert entities.get("Kerry Washington") == "PERSON"
    assert entities.get("Washington") == "GPE"
    found = merge_names(
        {fold(n): Counter({n: 1}) for n in ("Kerry Washington", "Washington")},
        {"kerry washington": Counter({"PERSON": 1}), "washington": Counter({"GPE": 1})},
        {"washington": "Washington"},
        spelling_ratio=0.75,
    )
    assert found["washington"] != found["kerry washington"]
