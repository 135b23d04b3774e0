"""Names found on a third blind gold set: middle names, a bare name most uses give one person,
names the tagger ran on into a parenthesis or small words, number words that open a name,
features the tagger types as organisations."""

from __future__ import annotations

from collections import Counter

from builders import analyse, found_mentions, make_article

from newsbrief.article.mentions import _trim
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Article, Mention
from newsbrief.story.merge import merge_names
from newsbrief.story.names import checked_type, person_like
from newsbrief.story.nearest_names import nearest_full_names


def roots(names: dict[str, dict[str, int]]) -> dict[str, str]:
    return merge_names(
        {k: Counter({k: sum(v.values())}) for k, v in names.items()},
        {k: Counter(v) for k, v in names.items()},
        {},
        spelling_ratio=0.75,
    )


def test_a_middle_name_dropped_is_the_same_person() -> None:
    found = roots({
        "william jefferson clinton": {"PERSON": 1}, "bill clinton": {"PERSON": 9},
        "clinton": {"PERSON": 30},
    })  # fmt: skip
    assert found["william jefferson clinton"] == found["bill clinton"] == found["clinton"]
    # Not a particle: "Luiz da Silva" and "Luiz Silva" are left to the other rules.
    found = roots({"george w. bush": {"PERSON": 2}, "george herbert walker bush": {"PERSON": 1}})
    assert found["george w. bush"] == found["george herbert walker bush"]  # rule 2, initials


def _mention(article: Article, text: str, nth: int, label: str = "PERSON") -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = article.text.index(text, at + 1)
    return Mention(article.id, at, at + len(text), text, label)


def test_a_bare_name_most_uses_give_one_person_is_that_person() -> None:
    # Ten uses follow Monica Lewinsky's full name, one her father's: she is "Lewinsky".
    a = make_article("Monica Lewinsky testified. " + "Lewinsky spoke. " * 10, "a")
    b = make_article("Bernard Lewinsky, her father, spoke. Lewinsky wept.", "b")
    found = [_mention(a, "Monica Lewinsky", 0)]
    found += [_mention(a, "Lewinsky", i + 1) for i in range(10)]
    found += [_mention(b, "Bernard Lewinsky", 0), _mention(b, "Lewinsky", 1)]
    assert nearest_full_names(found) == [("lewinsky", "monica lewinsky")]
    # Few votes must all agree (two people, two uses each: nobody).
    assert nearest_full_names([*found[:3], *found[-2:]]) == []


def test_a_name_ends_before_a_parenthesis_and_small_words(nlp: Nlp) -> None:
    text = (
        "The Federal Bureau of Investigations (FBI) admitted errors. Engineers at the Three "
        "Gorges at Sandouping said the dam held. The FBI said nothing."
    )
    texts = {m.text for m in found_mentions(nlp, text)}
    assert not any("(" in t for t in texts)
    assert not any(t.endswith(" at") for t in texts)


def test_a_number_word_that_opens_a_name_stays(nlp: Nlp) -> None:
    article = make_article(
        "The Three Gorges Dam will flood 13 cities. Three engineers inspected the Three "
        "Gorges Dam on Monday, and three more arrived later.",
        "a",
    )
    names = {a.text for e in analyse([article], nlp=nlp).entities for a in e.aliases}
    assert "Three Gorges Dam" in names and "Gorges Dam" not in names


def test_features_the_tagger_calls_organisations_are_places() -> None:
    assert checked_type("Three Gorges Reservoir", "ORG") == "LOC"
    assert checked_type("Yangtze River", "ORG") == "LOC"
    assert checked_type("Three Gorges Project Development Corporation", "ORG") == "ORG"
    # And a body's kind makes a name no person's ("Thomas B. Fordham Foundation").
    assert checked_type("Thomas B. Fordham Foundation", "PERSON") == "ORG"
    found = roots({"chongqing municipality": {"GPE": 1}, "chongqing": {"GPE": 3}})
    assert found["chongqing municipality"] == found["chongqing"]


def test_a_body_opened_by_its_country_is_one_name_and_the_body(nlp: Nlp) -> None:
    text = (
        "The U.S. Senate voted on Friday. Officers of the U.S. Army testified. The Senate "
        "adjourned, and the Army said nothing. U.S. officials declined to comment."
    )
    texts = [m.text for m in found_mentions(nlp, text)]
    assert "U.S. Senate" in texts and "U.S. Army" in texts and "U.S." in texts
    found = roots({
        "u.s.": {"GPE": 3}, "u.s. senate": {"ORG": 1}, "senate": {"ORG": 2},
        "u.s. army": {"ORG": 1}, "u.k. army": {"ORG": 1}, "army": {"ORG": 2}, "u.k.": {"GPE": 1},
    })  # fmt: skip
    assert found["u.s. senate"] == found["senate"]
    # Two countries' armies: "the Army" is neither.
    assert found["army"] != found["u.s. army"] and found["army"] != found["u.k. army"]


def test_a_body_without_its_reach_word_is_the_body() -> None:
    # "the International Kesh Cross" is the "Kesh Cross" when no other body has that rest
    # (the "International Committee of the Kesh Cross" has another).
    found = roots({
        "international committee of the kesh cross": {"ORG": 3},
        "international kesh cross": {"ORG": 1}, "kesh cross": {"ORG": 2},
    })  # fmt: skip
    assert found["kesh cross"] == found["international kesh cross"]
    found = roots({
        "international skating union": {"ORG": 1}, "world skating union": {"ORG": 1},
        "skating union": {"ORG": 2},
    })  # fmt: skip
    assert found["skating union"] not in (
        found["international skating union"],
        found["world skating union"],
    )


def test_a_part_of_a_body_is_not_the_body() -> None:
    found = roots({
        "u.s. house of representatives": {"ORG": 2},
        "u.s. house of representatives judiciary committee": {"ORG": 1},
    })  # fmt: skip
    assert (
        found["u.s. house of representatives"]
        != found["u.s. house of representatives judiciary committee"]
    )


def test_a_longer_body_named_by_table_names_is_one_name(nlp: Nlp) -> None:
    mentions = found_mentions(
        nlp,
        "Agents of the FBI Hostage Rescue Team fired first, the United States Department of "
        "Justice said. The FBI denied it, and the Pentagon said the Defense Department had "
        "sent observers.",
    )
    texts = [m.text for m in mentions]
    assert "FBI Hostage Rescue Team" in texts and "FBI" in texts
    assert "United States Department of Justice" in texts
    groups = {m.text: m.group for m in mentions}
    assert groups["Pentagon"] == groups["Defense Department"] == "Pentagon"


def test_two_spellings_of_a_given_name_are_one_person() -> None:
    found = roots({"steve abrams": {"PERSON": 2}, "steven abrams": {"PERSON": 3}})
    assert found["steve abrams"] == found["steven abrams"]


def test_a_typo_that_swaps_two_near_letters_is_the_same_name() -> None:
    found = roots({
        "lewinsky": {"PERSON": 40}, "lewinksy": {"PERSON": 1}, "senate": {"ORG": 9},
        "sanete": {"ORG": 1}, "omar": {"PERSON": 2}, "amor": {"PERSON": 1},
    })  # fmt: skip
    assert found["lewinsky"] == found["lewinksy"] and found["senate"] == found["sanete"]
    assert found["omar"] != found["amor"]  # short names swap into other names


def test_a_state_court_is_not_the_supreme_court_with_a_word_glued_on() -> None:
    # With the U.S. Supreme Court in the story, "the Supreme Court" is not Tennessee's.
    found = roots({
        "supreme court": {"ORG": 3}, "tennessee supreme court": {"ORG": 1},
        "u.s. supreme court": {"ORG": 2}, "tennessee": {"GPE": 2}, "u.s.": {"GPE": 4},
    })  # fmt: skip
    assert found["supreme court"] != found["tennessee supreme court"]
    # Nor is a court's name read as a person's with "Tennessee" glued before it.
    assert not person_like("Tennessee Supreme Court", "ORG")


def test_a_one_word_name_is_no_misspelling_of_a_two_word_persons() -> None:
    found = roots({"chang": {"PERSON": 2}, "chen yang": {"PERSON": 1}})
    assert found["chang"] != found["chen yang"]


def test_a_name_the_tagger_opened_with_of_loses_it() -> None:
    for text, name in [("of Representatives", "Representatives"), ("of the Sea", "Sea"),
                       ("Office of Management", "Office of Management")]:  # fmt: skip
        start, end = _trim(text, 0, len(text))
        assert text[start:end] == name


def test_a_person_is_named_by_the_full_name_sources_use_far_more(nlp: Nlp) -> None:
    text = (
        "President Bill Clinton spoke. Bill Clinton said it was over. Bill Clinton left. "
        "William Jefferson Clinton, the 42nd president, was impeached. Clinton denied it. "
        "Vernon Jordan, a friend, spoke to Jordan's lawyer. Jordan said nothing. Jordan left. "
        "House Speaker Newt Gingrich and the house painter met the House of Representatives."
    )
    entities = analyse([make_article(text, "a")], nlp=nlp).entities
    by_alias = {a.text: e for e in entities for a in e.aliases}
    assert by_alias["William Jefferson Clinton"].name == "Bill Clinton"
    assert by_alias["Jordan"].type == "PERSON"  # Vernon Jordan, not the country
    assert "House of Representatives" in by_alias


def test_a_dateline_in_capitals_is_not_how_the_place_is_named(nlp: Nlp) -> None:
    articles = [
        make_article("BEIJING, Nov. 5 (Xinhua) -- Officials met in Beijing on Monday.", "a"),
        make_article("BEIJING, Nov. 5 (Xinhua) -- The dam opened.", "b"),
        make_article("BEIJING, Nov. 5 (Xinhua) -- Rain fell.", "c"),
    ]
    names = {e.name for e in analyse(articles, nlp=nlp).entities}
    assert "Beijing" in names and "BEIJING" not in names


def test_a_western_surname_after_an_east_asian_family_name() -> None:
    found = roots({"lu bitter": {"PERSON": 2}, "bitter": {"PERSON": 3}})
    assert found["lu bitter"] == found["bitter"]
    # Not when the last word is a family name too: "Xiong" is Xiong Guoming, not Zhang Xiong.
    found = roots(
        {"zhang xiong": {"PERSON": 1}, "xiong guoming": {"PERSON": 2}, "xiong": {"PERSON": 4}}
    )
    assert found["xiong"] == found["xiong guoming"] != found["zhang xiong"]


def test_a_surname_and_its_misspelt_possessive_are_one_person() -> None:
    # "Nell Reeves" and "At the end of a muddy lane stands Nell Reeve's cottage".
    found = roots({
        "nell reeves": {"PERSON": 3}, "nell reeve": {"PERSON": 1},
        "ann adams": {"PERSON": 2}, "adam": {"PERSON": 1}, "reeves": {"ORG": 1},
    })  # fmt: skip
    assert found["nell reeves"] == found["nell reeve"]
    assert found["ann adams"] != found["adam"]


def test_a_body_told_with_its_last_word_singular_is_one_body() -> None:
    # "the School of Cinematic Arts" and, a paragraph on, "the School of Cinematic Art"; not
    # a two-word name ("Kesh Guards" and the "Kesh Guard" may be two units) nor across types.
    found = roots({
        "school of cinematic arts": {"ORG": 2}, "school of cinematic art": {"ORG": 1},
        "kesh guards": {"ORG": 1}, "kesh guard": {"ORG": 1},
        "harbor street": {"FAC": 1}, "harbor streets": {"ORG": 1},
    })  # fmt: skip
    assert found["school of cinematic arts"] == found["school of cinematic art"]
    assert found["kesh guards"] != found["kesh guard"]
    assert found["harbor street"] != found["harbor streets"]


def test_a_company_with_its_legal_form_is_no_person() -> None:
    assert checked_type("Brava Green Mountain Inc.", "PERSON") == "ORG"
    assert checked_type("Tolvik Holdings Ltd", "GPE") == "ORG"
    assert checked_type("Ada Rook", "PERSON") == "PERSON"


def test_the_firm_that_owns_a_name_and_a_like_are_no_part_of_it(nlp: Nlp) -> None:
    text = (
        "Tavo's only other board member, Northgate Capital’s Lena Morrow, declined to take "
        "sides. Brightline’s Oskar Haug refused to comment. The presenter grew into such a huge "
        "online celebrity that he caused Justin Bieber-like mania when he appeared at a fair."
    )
    texts = {m.text for m in found_mentions(nlp, text)}
    assert {"Lena Morrow", "Oskar Haug", "Justin Bieber"} <= texts
    assert not any("’s " in t or t.endswith("-like") for t in texts)


def test_a_given_name_alone_is_the_story_s_one_person_of_that_name() -> None:
    # "his wife, Marisol," where only the other article gives her full name.
    a = make_article("Dunn's wife, Marisol Dunn, was also wounded.", "a")
    b = make_article("Dunn died, and his wife, Marisol, was hit in the arm.", "b")
    found = [_mention(a, "Marisol Dunn", 0), _mention(b, "Dunn", 0), _mention(b, "Marisol", 0)]
    assert ("marisol", "marisol dunn") in nearest_full_names(found)


def test_a_street_named_alone_at_a_crossing_is_that_street() -> None:
    from newsbrief.story.streets import street_forms

    a = make_article("The car stopped near Harbour Street and Kell Avenue in Varn.", "a")
    b = make_article(
        "Near the intersection of Harbour and Kell, a van bumped the car. Harbour said nothing.",
        "b",
    )
    found = [
        _mention(a, "Harbour Street", 0, "FAC"),
        _mention(a, "Kell Avenue", 0, "FAC"),
        _mention(b, "Harbour", 0, "ORG"),
        _mention(b, "Kell", 0, "PERSON"),
        _mention(b, "Harbour", 1, "PERSON"),
    ]
    assert sorted(street_forms([a, b], found)) == [
        ("harbour", "harbour street"),
        ("kell", "kell avenue"),
    ]
    assert checked_type("Harbour Street", "ORG") == "FAC"
    assert checked_type("Wall Street", "ORG") == "ORG"


def test_a_verb_the_tagger_ran_into_a_name_ends_it(nlp: Nlp) -> None:
    found = {
        m.text
        for m in found_mentions(nlp, "They then helped Brannock pry Kovalyk off the singer's arm.")
    }
    assert found and not any(" pry " in name for name in found)


def test_a_place_tagged_name_ending_in_a_body_s_word_is_that_body(nlp: Nlp) -> None:
    # The tagger types "Los Angeles County Superior Court" a place, and the alias table's "Los
    # Angeles" inside it then took the mention; a country's name ending so stays a place.
    found = {
        m.text: m.label
        for m in found_mentions(
            nlp,
            "The Soviet Union collapsed in 1991, and the Russian Federation took its seat. A "
            "judge in the Los Angeles County Superior Court ruled on Monday.",
        )
    }
    assert found.get("Los Angeles County Superior Court") == "ORG", found
    assert found.get("Soviet Union") == "GPE", found
    assert found.get("Russian Federation") == "GPE", found
