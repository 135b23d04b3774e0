"""Stop 65 (invented text, modelled on what the blind sets quotes dev34, aliases dev33 and
conflicts dev_w showed the tool missing): a body's name opened by its city is the body, a
place goes by its name without "Borough" and a building's without "Center", "the Service" is
the one service the story names, countries go by their formal names, "she" is not the one she
just thanked, a statement is its issuer's and not his employer's, "the former senator" is the
one just named, a person's two titles joined by "and" are still hers, and a release's year
does not date the sentence before it."""

from __future__ import annotations

from builders import aliases, merged, reported, said_in

from newsbrief.article.described import own_subject
from newsbrief.backends.nlp import Nlp
from newsbrief.models import QuantityClaim


def test_a_bodys_name_opened_by_its_city_is_the_body(nlp: Nlp) -> None:
    # "New" opens a rival party's name ("New Democratic Party"), but here it opens a city.
    found = aliases(
        nlp,
        "The New Haven City Department of Public Works closed the pier in New Haven on Monday.",
        "A spokesman for the Department of Public Works said the pier would reopen.",
    )
    works = next(forms for forms in found.values() if "Department of Public Works" in forms)
    assert "New Haven City Department of Public Works" in works
    # A rival's word that opens no place still keeps two parties apart.
    groups = merged({"New Democratic Party": "ORG", "Democratic Party": "ORG"})
    assert groups["new democratic party"] != groups["democratic party"]


def test_a_borough_and_a_centre_go_by_their_bare_names() -> None:
    groups = merged(
        {
            "Darrow Borough": "GPE",
            "Darrow": "GPE",
            "Harlow Hospital Center": "ORG",
            "Harlow Hospital": "FAC",
        }
    )
    assert groups["darrow"] == groups["darrow borough"]
    assert groups["harlow hospital"] == groups["harlow hospital center"]
    # A one-word name is no building's: "Lincoln" is not the "Lincoln Center".
    groups = merged({"Lincoln Center": "FAC", "Lincoln": "PERSON"})
    assert groups["lincoln"] != groups["lincoln center"]


def test_the_service_is_the_one_service_the_story_names(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "The Harbor Ranger Service listed the heron as threatened on Monday.",
        "The Service said the heron had lost half its marsh. The Service will review it.",
    )
    service = next(forms for forms in found.values() if "Harbor Ranger Service" in forms)
    assert "Service" in service


def test_countries_go_by_their_formal_names_and_initials(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "Troops of the Republic of Korea drilled on Monday. The ROK army praised the drill.",
        "South Korea said the drill had ended. Officials in South Korea were pleased.",
    )
    korea = found.get("South Korea", set())
    assert {"Republic of Korea", "ROK", "South Korea"} <= korea


def test_she_is_not_the_one_she_just_thanked(nlp: Nlp) -> None:
    text = (
        "Harbor County executive Clara Penn toured the orchards on Tuesday after the hail.\n\n"
        "“Our growers need cash before the spring, not forms,” she said at the co-op.\n\n"
        "“The volunteers have been wonderful to us,” she said, thanking orchard owner Dara "
        "Moss and the county's farm adviser Lena Vhost.\n\n"
        "“Half the pears on the east slope are gone for the year,” she said, pointing at the "
        "bare rows."
    )
    said = said_in(nlp, text)
    assert said["The volunteers have"] == "Clara Penn"
    assert said["Half the pears"] == "Clara Penn"


def test_a_statement_is_its_issuers_not_his_employers(nlp: Nlp) -> None:
    text = (
        'Harbor spokesman Adam Vell issued a short statement when asked on Monday: "The pier '
        'stays shut until the divers finish their survey."'
    )
    assert said_in(nlp, text)["The pier stays"] == "Adam Vell"


def test_the_former_senator_is_the_one_just_named(nlp: Nlp) -> None:
    text = (
        "Dana Oakes attacked the new ferry timetable in a radio interview on Friday.\n\n"
        "“Nobody who takes the ferry was asked about any of this,” the former state senator "
        "said on the air."
    )
    assert said_in(nlp, text)["Nobody who takes"] == "Dana Oakes"


def test_two_titles_joined_by_and_are_one_persons(nlp: Nlp) -> None:
    text = (
        "“The prank fooled half the office before lunch. Well played,” wrote radio host and "
        "“Night Desk” podcaster Tom Pell."
    )
    assert said_in(nlp, text)["The prank fooled"] == "Tom Pell"
    # Two people joined by "and" are not one.
    text = "“We will not sign the deal this year,” the mayor and Tom Pell said on Monday."
    assert said_in(nlp, text)["We will not"] != "Tom Pell"


def test_a_release_year_does_not_date_the_sentence_before_it(nlp: Nlp) -> None:
    brief = reported(
        nlp,
        (
            "Orrin Vale got seven years for the warehouse fires and was paroled early in 2011.",
            "2015-05-01",
        ),
    )
    seven = next(c for c in brief.claims if isinstance(c, QuantityClaim) and c.value == 7)
    assert not (seven.as_of or "").startswith("2011")


def test_a_name_with_a_nickname_in_straight_quotes_is_a_person(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "The show was hosted by Tom 'Gravel' Harlan and Ned 'Spoon' Okafor. Harlan left in May.",
        "Gravel said the show would end. Spoon agreed, and Okafor said so on Monday.",
    )
    okafor = next(forms for forms in found.values() if "Okafor" in forms)
    assert {"Ned 'Spoon' Okafor", "Spoon"} <= okafor


def test_she_is_not_a_daughter_named_in_apposition_in_her_sentence(nlp: Nlp) -> None:
    text = (
        "Dana Holm runs the ferry cafe on the north pier. She traced the idea for the pastry to "
        "her daughter Sarah Vale, who turned ten in May, though she admits the recipe was "
        "“mostly luck, honestly.”"
    )
    assert said_in(nlp, text)["mostly luck, honestly."] == "Dana Holm"


def test_new_york_is_the_city_where_the_story_never_names_the_state(nlp: Nlp) -> None:
    city = "The mayor of New York City spoke on Monday. Rents in New York City rose."
    found = aliases(nlp, city, "Rents in New York rose by a tenth, the mayor said.")
    assert {"New York", "New York City"} <= found.get("New York City", set())
    found = aliases(nlp, city, "Upstate, prices in New York rose less, the governor said.")
    assert not any({"New York", "New York City"} <= forms for forms in found.values())


def test_the_firearms_bureau_goes_by_its_initials_and_holland_stays_a_surname(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "The Bureau of Alcohol, Tobacco, Firearms and Explosives traced the rifle on Monday.",
        "An ATF spokesman declined to comment on the rifle.",
    )
    bureau = "Bureau of Alcohol, Tobacco, Firearms and Explosives"
    assert "ATF" in found.get(bureau, set())
    # A coach called Holland is no country (the table leaves "Holland" out).
    found = aliases(
        nlp,
        "Coach Ryan Holland praised his players after the game.",
        "Holland said the win was earned.",
    )
    assert found.get("Ryan Holland") == {"Ryan Holland", "Holland"}


def test_the_rules_of_this_stop_stay_narrow(nlp: Nlp) -> None:
    """Probes from the review of stop 65: each rule's near misses keep the old answer."""
    # A town the centre is named after is not the centre.
    groups = merged({"Cedar Falls Center": "ORG", "Cedar Falls": "FAC"})
    assert groups["cedar falls"] != groups["cedar falls center"]
    # "New York and New Jersey" names the state.
    city = "The mayor of New York City spoke on Monday. Rents in New York City rose."
    found = aliases(nlp, city, "Power failed across New York and New Jersey, utilities said.")
    assert not any({"New York", "New York City"} <= forms for forms in found.values())
    # One "she" thanked is never "she", even when no one named before can be.
    text = (
        "Mayor Tom Reyes opened the gala. “We raised a record sum,” she said, thanking donor "
        "Lena Vhost. “It was a good night for the whole town,” she said."
    )
    assert said_in(nlp, text)["It was a"] != "Lena Vhost"
    # A former senator the article titled is found by the title, not as the last one named.
    text = (
        "Former senator Dana Oakes attacked the plan. Gov. Tom Reyes defended it on Monday. "
        "“It is reckless and it will fail,” the former senator said."
    )
    assert said_in(nlp, text)["It is reckless"] == "Dana Oakes"
    # A role set off by commas and another joined by "and" are two people.
    text = "“We will march again next spring,” said organizer, Ana Ruiz, and volunteer Tom Reyes."
    assert said_in(nlp, text)["We will march"] != "Tom Reyes"
    # A state after "and were" still dates the figure.
    brief = reported(
        nlp, ("Harlow Mills sales were $4 billion and were up 10 percent in 2019.", "2021-02-01")
    )
    four = next(c for c in brief.claims if isinstance(c, QuantityClaim) and c.value == 4e9)
    assert (four.as_of or "").startswith("2019")


def test_a_region_known_as_a_name_is_not_the_place_it_is_part_of(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "The fund helps children in a three-parish stretch of Kesh known as the “Harrow "
        "Belt” area. Kesh is poor.",
        "Officials in Kesh said the Harrow Belt needs schools.",
    )
    assert not any({"Kesh", "Harrow Belt"} <= forms for forms in found.values())


def test_the_pronoun_before_the_verb_is_its_subject_not_the_name_before_it(nlp: Nlp) -> None:
    """The parser may give a clause two subjects, a name set off by commas and the pronoun
    right before the verb ("With his sister, Rhonda Kesh, he complained"): the pronoun."""
    doc = nlp.parse("With his sister, Rhonda Kesh, he complained.")
    kesh, he = doc[5], doc[7]
    assert (kesh.text, he.text) == ("Kesh", "he")
    assert own_subject([kesh, he]) == [he]
    assert own_subject([kesh]) == [kesh]
    assert own_subject([he, kesh]) == [he, kesh]  # a pronoun first is no misparse of this kind
