"""An organisation called by the first word(s) of its name (rule 7), in the harder cases."""

from __future__ import annotations

from collections import Counter

from builders import make_article

from newsbrief.models import Mention
from newsbrief.story.entities import merge_entities
from newsbrief.story.merge import merge_names


def roots(names: dict[str, dict[str, int]], places: set[str] | None = None) -> dict[str, str]:
    """``merge_names`` over folded names with their label counts (surface = the key)."""
    return merge_names(
        {k: Counter({k: sum(v.values())}) for k, v in names.items()},
        {k: Counter(v) for k, v in names.items()},
        {},
        spelling_ratio=0.75,
        used_as=(places or set(), set()),
    )


def test_a_group_the_tagger_calls_a_nationality_by_turns_is_its_short_name() -> None:
    found = roots({"inkatha": {"NORP": 5, "ORG": 2}, "inkatha freedom party": {"ORG": 4}})
    assert found["inkatha"] == found["inkatha freedom party"]
    # A nationality stays apart: "Syrian" is not the "Syrian Arab Army".
    found = roots({"syrian": {"NORP": 6, "ORG": 1}, "syrian arab army": {"ORG": 3}})
    assert found["syrian"] != found["syrian arab army"]


def test_of_several_longer_names_the_one_that_only_adds_its_kind() -> None:
    found = roots(
        {
            "yale": {"ORG": 4},
            "yale university": {"ORG": 1},
            "yale school of medicine": {"ORG": 2},
            "yale psychiatric institute": {"ORG": 1},
        },
        places={"yale"},  # "at Yale"
    )
    assert found["yale"] == found["yale university"]
    assert found["yale"] != found["yale school of medicine"]


def test_a_company_named_after_in_now_and_then_is_no_place() -> None:
    sentences = [
        "Netscape Communications Corp. sued.",
        "Investors put money in Netscape last year.",
    ]
    sentences += [f"Netscape shares rose on day {n}." for n in range(5)]
    article = make_article(" ".join(sentences), "a")
    text = article.text
    mentions = [
        Mention(
            "a", 0, len("Netscape Communications Corp."), "Netscape Communications Corp.", "ORG"
        )
    ]
    at = text.index("Netscape", 1)
    while at != -1:
        if not text.startswith("Netscape Communications", at):
            mentions.append(Mention("a", at, at + len("Netscape"), "Netscape", "ORG"))
        at = text.find("Netscape", at + 1)
    (company,) = [e for e in merge_entities([article], mentions) if "Netscape" in e.name]
    assert {a.text for a in company.aliases} == {"Netscape", "Netscape Communications Corp."}
    # A town named mostly as a place ("in Casselport") stays apart from its harbour board.
    town = make_article("The Casselport Harbour Board met. Workers in Casselport struck.", "b")
    board = town.text.index("Casselport Harbour Board")
    alone = town.text.index("Casselport struck")
    mentions = [
        Mention("b", board, board + 24, "Casselport Harbour Board", "ORG"),
        Mention("b", alone, alone + 10, "Casselport", "ORG"),
    ]
    assert len(merge_entities([town], mentions)) == 2


def test_an_acronym_may_leave_out_the_first_word_of_a_long_name() -> None:
    def acronym_joins(short: str, long: str) -> bool:
        names = {n.casefold(): Counter({n: 1}) for n in (short, long)}
        labels = {k: Counter({"ORG": 1}) for k in names}
        found = merge_names(names, labels, {}, spelling_ratio=0.75)
        return found[short.casefold()] == found[long.casefold()]

    assert acronym_joins("PORT", "Schizophrenia Patient Outcomes Research Team")
    # Not of a name of three words: the "Red Cross Society" is no "CS".
    assert not acronym_joins("CS", "Red Cross Society")


def test_a_double_surname_told_by_its_last_part_is_the_person() -> None:
    names = {
        "winnie madikizela mandela": Counter({"Winnie Madikizela-Mandela": 2}),
        "winnie mandela": Counter({"Winnie Mandela": 3}),
        "nelson mandela": Counter({"Nelson Mandela": 4}),
        "madikizela mandela": Counter({"Madikizela-Mandela": 1}),
    }
    labels = {k: Counter({"PERSON": 1}) for k in names}
    found = merge_names(names, labels, {}, spelling_ratio=0.75)
    assert found["winnie madikizela mandela"] == found["winnie mandela"]
    assert found["madikizela mandela"] == found["winnie mandela"]
    assert found["nelson mandela"] != found["winnie mandela"]


def test_a_name_used_mostly_as_a_place_is_a_place_whatever_its_tag() -> None:
    text = (
        "The storm hit Catanduanes on Friday. Roofs were torn off in Catanduanes and in "
        "Albay. Rescuers in Catanduanes found no one. The PLO met. Talks in the PLO went on."
    )
    article = make_article(text, "a")
    mentions = []
    for word, label in (("Catanduanes", "ORG"), ("Albay", "GPE"), ("PLO", "ORG")):
        at = text.find(word)
        while at != -1:
            mentions.append(Mention("a", at, at + len(word), word, label))
            at = text.find(word, at + 1)
    types = {e.name: e.type for e in merge_entities([article], mentions)}
    assert types["Catanduanes"] == "GPE"
    assert types["PLO"] == "ORG"  # an acronym "in the PLO" is the group's ranks


def test_a_surname_with_its_particle_and_a_facility_short_name() -> None:
    # "Del Valle", typed a place, is "Luis del Valle"; two particles apart stay apart.
    found = roots({"del valle": {"GPE": 1}, "luis del valle": {"PERSON": 2}})
    assert found["del valle"] == found["luis del valle"]
    found = roots(
        {"da silva": {"GPE": 1}, "manuel da silva": {"PERSON": 1}, "ana da silva": {"PERSON": 1}}
    )
    assert len({found["da silva"], found["manuel da silva"], found["ana da silva"]}) == 3
    # An organisation's name of two words starts a facility's ("Gaza International Airport").
    found = roots({"gaza international": {"ORG": 2}, "gaza international airport": {"FAC": 6}})
    assert found["gaza international"] == found["gaza international airport"]
    # Not a one-word place: "Gaza" is no airport.
    found = roots({"gaza": {"GPE": 9}, "gaza international airport": {"FAC": 6}})
    assert found["gaza"] != found["gaza international airport"]
