"""A bare name two people share goes to the one its article named last (story.nearest_names)."""

from __future__ import annotations

from builders import make_article

from newsbrief.models import Article, Mention
from newsbrief.story.entities import merge_entities
from newsbrief.story.nearest_names import nearest_full_names


def mentions_in(article: Article, *names: tuple[str, str, int]) -> list[Mention]:
    """Mentions of (text, label, which occurrence) in ``article``'s text."""
    out = []
    for text, label, nth in names:
        at = -1
        for _ in range(nth + 1):
            at = article.text.index(text, at + 1)
        out.append(Mention(article.id, at, at + len(text), text, label))
    return out


def groups(articles: list[Article], mentions: list[Mention]) -> list[set[str]]:
    return [{a.text for a in e.aliases} for e in merge_entities(articles, mentions)]


def test_a_shared_surname_goes_to_the_person_named_just_before_it() -> None:
    a = make_article(
        "Al Becker runs the shelter. Forecaster Bill Becker said the storm turned. "
        "Becker said it would weaken by Friday.",
        "a",
    )
    b = make_article("Bill Becker, a forecaster, spoke at noon. Becker expects rain.", "b")
    found = mentions_in(
        a, ("Al Becker", "PERSON", 0), ("Bill Becker", "PERSON", 0), ("Becker", "ORG", 2)
    ) + mentions_in(b, ("Bill Becker", "PERSON", 0), ("Becker", "PERSON", 1))
    assert nearest_full_names(found) == [("becker", "bill becker")]
    merged = groups([a, b], found)
    assert {"Becker", "Bill Becker"} in merged
    assert {"Al Becker"} in merged


def test_votes_that_disagree_leave_the_bare_surname_alone() -> None:
    a = make_article("Nelson Mandela spoke. Mandela smiled.", "a")
    b = make_article("Winnie Mandela spoke. Mandela left early.", "b")
    found = mentions_in(a, ("Nelson Mandela", "PERSON", 0), ("Mandela", "PERSON", 1)) + mentions_in(
        b, ("Winnie Mandela", "PERSON", 0), ("Mandela", "PERSON", 1)
    )
    assert nearest_full_names(found) == []
    assert {"Mandela"} in groups([a, b], found)


def test_a_bare_surname_before_any_full_name_has_no_vote() -> None:
    a = make_article("Becker said so. Al Becker and Bill Becker disagree.", "a")
    found = mentions_in(
        a, ("Becker", "PERSON", 0), ("Al Becker", "PERSON", 0), ("Bill Becker", "PERSON", 0)
    )
    assert nearest_full_names(found) == []


def test_a_given_name_alone_is_the_person_with_that_given_name() -> None:
    a = make_article(
        "Republican Matt Fong trails in the polls. Matt told supporters to keep going. "
        "Senator Charles Schumer won. Chuck thanked his staff.",
        "a",
    )
    found = mentions_in(
        a,
        ("Matt Fong", "PERSON", 0),
        ("Matt", "PERSON", 1),
        ("Charles Schumer", "PERSON", 0),
        ("Chuck", "PERSON", 0),
    )
    assert sorted(nearest_full_names(found)) == [
        ("chuck", "charles schumer"),
        ("matt", "matt fong"),
    ]


def test_a_given_name_needs_a_person_on_both_sides() -> None:
    # A town the tagger once typed a person, and a club named after it, are nobody's given
    # name; nor is a company's first word.
    a = make_article(
        "Varrow Athletic lost at home. In Varrow, fans were quiet. Varrow cheered anyway. "
        "Brackwater Fisheries Ltd closed a plant. Brackwater said jobs would go.",
        "a",
    )
    found = mentions_in(
        a,
        ("Varrow Athletic", "PERSON", 0),
        ("Varrow", "GPE", 1),
        ("Varrow", "PERSON", 2),
        ("Brackwater Fisheries Ltd", "ORG", 0),
        ("Brackwater", "PERSON", 1),
    )
    assert nearest_full_names(found) == []


def test_a_misparse_with_of_is_no_person_for_rule_five() -> None:
    a = make_article(
        "Jim Barksdale of Clark left. James Clark founded the firm. Clark said he was proud.",
        "a",
    )
    found = mentions_in(
        a,
        ("Barksdale of Clark", "PERSON", 0),
        ("James Clark", "PERSON", 0),
        ("Clark", "PERSON", 2),
    )
    assert {"Clark", "James Clark"} in groups([a], found)


def test_a_full_name_with_an_organisations_word_names_nobody() -> None:
    # The tagger calls "Mtwara Regional" (of "Mtwara Regional Administrative Secretary") and
    # the town "Mtwara" persons; neither is anyone's name.
    a = make_article(
        "said Mtwara Regional Administrative Secretary Mary Luwilo. Mtwara grows cashews.",
        "a",
    )
    found = mentions_in(a, ("Mtwara Regional", "PERSON", 0), ("Mtwara", "PERSON", 1))
    assert nearest_full_names(found) == []


def test_a_given_name_before_the_one_full_name_of_its_article_is_that_person() -> None:
    a = make_article(
        "Bob Wilder of Leon and his wife, Mary, drafted the letter together. "
        "“Please don't allow it,” Mary Wilder said.",
        "a",
    )
    b = make_article("Mary spoke for the parents' group.", "b")
    found = mentions_in(
        a, ("Bob Wilder", "PERSON", 0), ("Mary", "PERSON", 0), ("Mary Wilder", "PERSON", 0)
    ) + mentions_in(b, ("Mary", "PERSON", 0))
    # b names no Mary Wilder: its "Mary" casts no vote, and a's agrees.
    assert nearest_full_names(found) == [("mary", "mary wilder")]
    c = make_article("Mary left early. Bob Wilder stayed.", "c")
    alone = mentions_in(c, ("Mary", "PERSON", 0), ("Bob Wilder", "PERSON", 0))
    assert nearest_full_names(alone) == []


def test_a_given_name_is_the_one_person_of_that_name_its_own_article_names() -> None:
    # The story names three Marys, but this article one only: "his wife, Mary," is hers.
    a = make_article(
        "Bob Wilder of Leon and his wife, Mary, drafted the letter together. "
        "“Please don't allow it,” Mary Wilder said.",
        "a",
    )
    b = make_article("Joining the vote were Mary Brown and Mary Blythe.", "b")
    found = mentions_in(
        a, ("Bob Wilder", "PERSON", 0), ("Mary", "PERSON", 0), ("Mary Wilder", "PERSON", 0)
    ) + mentions_in(b, ("Mary Brown", "PERSON", 0), ("Mary Blythe", "PERSON", 0))
    assert nearest_full_names(found) == [("mary", "mary wilder")]


def test_a_known_given_name_the_tagger_typed_a_place_is_still_a_person() -> None:
    # "Stephen, thank you for your interest": the tagger typed the vocative a place.
    a = make_article(
        "Comedian Stephen Colvin wants the seat. “Stephen is honored,” his aide said.", "a"
    )
    b = make_article(
        "The governor answered Stephen Colvin. “Stephen, thank you for your interest.”", "b"
    )
    found = mentions_in(a, ("Stephen Colvin", "PERSON", 0), ("Stephen", "PERSON", 1)) + mentions_in(
        b, ("Stephen Colvin", "PERSON", 0), ("Stephen", "GPE", 1)
    )
    assert nearest_full_names(found) == [("stephen", "stephen colvin")]
    # A town the gazetteer knows stays no one's given name.
    c = make_article("Virginia Holt spoke. Later, in Virginia, she rested.", "c")
    place = mentions_in(c, ("Virginia Holt", "PERSON", 0), ("Virginia", "GPE", 1))
    assert nearest_full_names(place) == []


def test_a_given_name_that_is_also_a_word_names_a_person_tagged_a_group() -> None:
    # "Amber Pasztor" tagged ORG each time: "Amber" (also "the amber alert") was cut off as a
    # glued common word, and the mother became her son "Rene Pasztor".
    a = make_article(
        "Amber Dovak took the children. Police say Amber Dovak drove north after the amber "
        "alert went out. Six-year-old Rene Dovak was found later. Frank and Amber were "
        "neighbors.",
        "a",
    )
    found = mentions_in(
        a,
        ("Amber Dovak", "ORG", 0),
        ("Amber Dovak", "ORG", 1),
        ("Rene Dovak", "PERSON", 0),
        ("Amber", "PERSON", 2),
    )
    merged = groups([a], found)
    assert {"Amber Dovak", "Amber"} in merged
    assert {"Rene Dovak"} in merged


def test_a_family_name_most_uses_give_one_person_is_the_story_s_main_person() -> None:
    # "Qin" follows Qin Yongmin six times and Qin Xiaoguang twice: a reader takes the story's
    # main dissident; four against two is too few to tell.
    a = make_article("Qin Yongmin was arrested. " + "Qin spoke. " * 6, "a")
    b = make_article("Qin Xiaoguang, a friend, was held. Qin wept. Qin left.", "b")
    found = mentions_in(a, ("Qin Yongmin", "PERSON", 0))
    found += mentions_in(a, *(("Qin", "PERSON", i + 1) for i in range(6)))
    found += mentions_in(b, ("Qin Xiaoguang", "PERSON", 0), ("Qin", "PERSON", 1))
    found += mentions_in(b, ("Qin", "PERSON", 2))
    assert nearest_full_names(found) == [("qin", "qin yongmin")]
    assert {"Qin", "Qin Yongmin"} in groups([a, b], found)
    assert nearest_full_names([*found[:5], *found[7:]]) == []


def test_a_child_named_with_an_age_gets_no_bare_surname() -> None:
    # News calls a grown-up by the surname and a child by the given name: after "the deaths
    # of 6-year-old Tobin Pazmor", "Pazmor" is still the mother.
    a = make_article(
        "Amber Pazmor admitted killing her children. Pazmor faces two charges for the deaths "
        "of 6-year-old Tobin Pazmor and 7-year-old Lila Hart. Pazmor said she was guilty. "
        "Pazmor wept.",
        "a",
    )
    found = mentions_in(
        a,
        ("Amber Pazmor", "PERSON", 0),
        ("Pazmor", "ORG", 1),
        ("Tobin Pazmor", "PERSON", 0),
        ("Lila Hart", "PERSON", 0),
        ("Pazmor", "ORG", 3),
        ("Pazmor", "ORG", 4),
    )
    assert {"Amber Pazmor", "Pazmor"} in groups([a], found)
