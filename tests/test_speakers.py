"""Quote speakers named as the story names the person."""

from __future__ import annotations

from newsbrief.models import Alias, Citation, Entity
from newsbrief.story.speakers import known_speakers, resolve_speaker

TEXT = (
    "Interior Minister Pavla Renquist flew to Osk. Economy Minister Rafael Tiernan stayed away. "
    "Grete Lindqvist, the fire chief, said the wind had turned. "
    "Regional governor Anouk Telleman spoke. Mayor Tomas Renquist was not reached."
)


def _entity(name: str, kind: str = "PERSON", text: str = TEXT) -> Entity:
    start = text.index(name)
    return Entity(
        name=name,
        type=kind,
        aliases=(Alias(name, 1),),
        mentions=(Citation(article="a", start=start, end=start + len(name)),),
    )


KNOWN = known_speakers(
    [
        _entity("Pavla Renquist"),
        _entity("Rafael Tiernan"),
        _entity("Grete Lindqvist"),
        _entity("Anouk Telleman", "ORG"),  # the small pipeline's mistake after a title
        _entity("Tomas Renquist"),
        _entity("Osk", "GPE"),
    ],
    {"a": TEXT},
)


def test_a_role_names_the_one_person_who_holds_it() -> None:
    assert resolve_speaker("the fire chief", KNOWN) == "Grete Lindqvist"
    assert resolve_speaker("governor", KNOWN) == "Anouk Telleman"
    assert resolve_speaker("the mayor", KNOWN) == "Tomas Renquist"


def test_an_ambiguous_role_or_surname_stays_as_written() -> None:
    assert resolve_speaker("the minister", KNOWN) == "the minister"  # two ministers
    assert resolve_speaker("Renquist", KNOWN) == "Renquist"  # two Renquists
    assert resolve_speaker("the spokesman", KNOWN) == "the spokesman"


def test_a_surname_names_the_one_person_with_it() -> None:
    assert resolve_speaker("Tiernan", KNOWN) == "Rafael Tiernan"
    assert resolve_speaker("Rafael Tiernan", KNOWN) == "Rafael Tiernan"
    assert resolve_speaker(None, KNOWN) is None


def test_of_two_people_with_a_role_or_surname_the_one_named_last_is_meant() -> None:
    # "Renquist flew ... the minister replied": the article named Pavla Renquist last.
    nearby = ["Osk", "Pavla Renquist"]
    assert resolve_speaker("the minister", KNOWN, nearby) == "Pavla Renquist"
    assert resolve_speaker("Renquist", KNOWN, ["Tomas Renquist"]) == "Tomas Renquist"
    # Someone named last who does not hold the role changes nothing.
    assert resolve_speaker("the minister", KNOWN, ["Grete Lindqvist"]) == "the minister"


def test_a_role_names_a_person_by_its_head_title_after_an_abbreviated_title() -> None:
    text = (
        "Syria and Turkey are at odds, the top Turkish military commander says. "
        "\u201cWe are patient,\u201d said the commander, Gen. Huseyin Kivrikoglu. "
        "Libyan leader Moammar Gadhafi spoke. Police spokesman Ali Demir spoke too."
    )
    people = [
        _entity(name, text=text) for name in ("Huseyin Kivrikoglu", "Moammar Gadhafi", "Ali Demir")
    ]
    known = known_speakers(people, {"a": text})
    # "Gen." ends no sentence, so "commander" is his title; the role's head finds him.
    assert resolve_speaker("top Turkish military commander", known) == "Huseyin Kivrikoglu"
    # A role may start with a capital ("Libyan leader") when its head is a title word...
    assert resolve_speaker("Libyan leader", known) == "Moammar Gadhafi"
    # ... but plural or unnamed heads never name one person by the head alone.
    assert resolve_speaker("Federal prosecutors", known) == "Federal prosecutors"
    assert resolve_speaker("a senior police spokesman", known) == "a senior police spokesman"
    # Many holders of a title speak as many: "Speaking of the bishops, Mahne said" gives
    # Mahne no "bishops" to speak for.
    text = "Speaking of the bishops, Rolf Mahne said the statement was overdue."
    known = known_speakers([_entity("Rolf Mahne", text=text)], {"a": text})
    assert resolve_speaker("the bishops", known, ["Rolf Mahne"]) == "the bishops"


def test_a_role_in_the_clause_before_a_name_is_no_title_of_it() -> None:
    # "A neighbour said that when Ada's father came home ...": the neighbour is not Ada.
    text = (
        "A neighbour said that when Ada Rook's father came home, he nearly passed out. "
        "Neighbour Lida Marton, 35, wiped away a tear."
    )
    people = [_entity(name, text=text) for name in ("Ada Rook", "Lida Marton")]
    known = known_speakers(people, {"a": text})
    assert resolve_speaker("the neighbour", known, ["Lida Marton", "Ada Rook"]) == "Lida Marton"
    # A neighbour this article never named stays unnamed: many people are neighbours.
    assert resolve_speaker("the neighbour", known, ["Ada Rook"]) == "the neighbour"


def test_another_person_or_a_clause_beside_a_name_gives_it_no_title() -> None:
    # "between the president and Rook", "Rook, and a day after the president spoke,": the
    # president is Vasek, not Rook.
    text = (
        "President Tom Vasek met the inspector. Voters want to know what passed between the "
        "president and Ada Rook. It came a week after Ada Rook, and only a day after the "
        "president spoke, left the inquiry."
    )
    people = [_entity(name, text=text) for name in ("Tom Vasek", "Ada Rook")]
    known = known_speakers(people, {"a": text})
    assert "president" not in known.titles["Ada Rook"]
    assert resolve_speaker("the president", known, ["Ada Rook", "Tom Vasek"]) == "Tom Vasek"


def test_a_body_speaks_as_itself() -> None:
    text = "The chairman of the Kesh Inquiry Commission, Lida Marton, opened the hearing."
    known = known_speakers([_entity("Lida Marton", text=text)], {"a": text})
    assert resolve_speaker("the commission", known) == "the commission"


def test_a_body_in_lower_case_is_the_latest_body_of_that_kind_named_before() -> None:
    text = "The chairman of the Kesh Inquiry Commission, Lida Marton, opened the hearing."
    known = known_speakers([_entity("Lida Marton", text=text)], {"a": text})
    nearby = ["Lida Marton", "Kesh Inquiry Commission", "Delphi Police Department"]
    assert resolve_speaker("the commission", known, nearby) == "Kesh Inquiry Commission"
    assert resolve_speaker("police", known, ["Indiana State Police"]) == "Indiana State Police"
    # A capitalised body is a name of its own; one named nowhere before stays as written.
    assert resolve_speaker("Commission", known, nearby) == "Commission"
    assert resolve_speaker("the council", known, nearby) == "the council"


def test_a_name_merged_into_one_person_speaks_as_that_person() -> None:
    anne = Entity(
        name="Anne Ziegler",
        type="PERSON",
        aliases=(Alias("Anne Ziegler", 2), Alias("Anne", 3)),
        mentions=(Citation("a", 0, 12),),
    )
    known = known_speakers([anne], {"a": "Anne Ziegler spoke."})
    assert resolve_speaker("Anne", known) == "Anne Ziegler"


def test_an_abbreviated_title_is_the_role_written_out() -> None:
    text = "Sen. Dara Whitcombe spoke. Rep. Ola Brandvik spoke. Mayor Tomas Renquist spoke."
    known = known_speakers(
        [_entity(n, text=text) for n in ("Dara Whitcombe", "Ola Brandvik", "Tomas Renquist")],
        {"a": text},
    )
    assert resolve_speaker("the senator", known) == "Dara Whitcombe"
    assert resolve_speaker("the representative", known) == "Ola Brandvik"
    # "a representative told her": someone the article does not name.
    assert resolve_speaker("a representative", known) == "a representative"
    assert resolve_speaker("a representative", known, ["Dara Whitcombe"]) == "a representative"
    # ... unless the article names them right there ("An ANC spokesman, Thabo Masebe, said").
    assert resolve_speaker("a representative", known, ["Ola Brandvik"]) == "Ola Brandvik"
    assert resolve_speaker("one defense attorney", known) == "one defense attorney"


def test_a_party_describes_and_the_articles_own_holder_comes_first() -> None:
    text = (
        "Illinois Republican Gov. Hal Ryland spoke. "  # another article of the story
        "Governor Paul Cellan had made it a top priority."
    )
    known = known_speakers(
        [_entity(n, text=text) for n in ("Hal Ryland", "Paul Cellan")], {"a": text}
    )
    # Only Ryland is "Republican" by title, but the article named Cellan before the quote.
    assert resolve_speaker("the Republican governor", known, ["Paul Cellan"]) == "Paul Cellan"
    assert resolve_speaker("the Republican governor", known) == "Hal Ryland"
    # A role with no party word keeps to its words ("the interior minister" is not the
    # economy minister the article named).
    assert resolve_speaker("the interior minister", KNOWN, ["Rafael Tiernan"]) == "Pavla Renquist"


def test_a_name_with_capitals_inside_is_no_role() -> None:
    """ "eBay" starts in lower case, like "fire chief", but is a name: it is not the one person
    whose title words hold it ("eBay Kesh Watch" typed a person)."""
    text = "The complaint went to eBay Kesh Watch on Monday."
    known = known_speakers([_entity("Kesh Watch", text=text)], {"a": text})
    assert resolve_speaker("eBay", known) == "eBay"


def test_the_agency_is_the_last_government_body_named_before_the_quote() -> None:
    nearby = ["Kesh District Court", "Kesh Wildlife Service", "Ada Rook"]
    assert resolve_speaker("the agency", KNOWN, nearby) == "Kesh Wildlife Service"
    assert resolve_speaker("the agency", KNOWN, ["Kesh District Court"]) == "the agency"
