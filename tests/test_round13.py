"""Thirteenth reading round (invented text): what Multi-News pages 076-095 taught about
places in lists, outlets, product numbers, ballot measures and who "another" speaker is."""

from __future__ import annotations

from builders import aliases, analyse, figures, found_mentions, make_article, speakers

from newsbrief.backends.nlp import Nlp
from newsbrief.models import QuantityClaim
from newsbrief.read.notices import notice_kind
from newsbrief.read.units import is_furniture
from newsbrief.story.key_figures import clause, key_figures
from newsbrief.story.names import checked_type
from newsbrief.story.summarize import standalone


def _types(nlp: Nlp, *texts: str) -> dict[str, str]:
    """Each entity's name and type in a story made of ``texts``."""
    brief = analyse([make_article(t, f"a{i}") for i, t in enumerate(texts)], nlp=nlp)
    return {e.name: e.type for e in brief.entities}


def _mentions(nlp: Nlp, text: str) -> dict[str, str]:
    return {m.text: m.label for m in found_mentions(nlp, text)}


def test_an_arabic_surname_after_a_title_stays_with_its_given_name(nlp: Nlp) -> None:
    found = _mentions(
        nlp,
        "Fighting broke out between rebels and forces loyal to President Rashad al-Tamimi in "
        "the capital. President Rashad al-Tamimi's security forces shelled two towns.",
    )
    assert "Rashad al-Tamimi" in found
    assert "Rashad" not in found


def test_names_in_a_list_before_districts_of_are_places(nlp: Nlp) -> None:
    types = _types(
        nlp,
        "Troops bombarded the Bab Sbaa, Khaldiyeh and Karim al-Shami districts of Harran, the "
        "monitoring group said.",
    )
    assert types["Bab Sbaa"] == types["Karim al-Shami"] == "GPE"  # both tagged people


def test_a_name_after_daily_or_newspaper_is_an_outlet(nlp: Nlp) -> None:
    found = _mentions(
        nlp,
        "The commentator Paolo Renzetti argued last month in the Turin daily La Stampella that "
        "the coalition would survive.",
    )
    assert found["La Stampella"] == "ORG"  # tagged a person


def test_well_known_outlets_and_stations_are_organisations() -> None:
    assert checked_type("Vogue", "GPE") == "ORG"
    assert checked_type("La Stampa", "PERSON") == "ORG"
    assert checked_type("NBC10", "PERSON") == "ORG"
    assert checked_type("KARE11", "GPE") == "ORG"
    assert checked_type("Upper Darby", "PERSON") == "LOC"


def test_a_relative_clause_closed_before_the_figure_stays_in_its_row(nlp: Nlp) -> None:
    text = (
        "The London-based Observatory for Civil Rights, which keeps a web of monitors "
        "across the country, said 18 soldiers were wounded in the clashes."
    )
    claim = next(
        c
        for c in analyse([make_article(text, "a")], nlp=nlp).claims
        if isinstance(c, QuantityClaim) and c.value == 18
    )
    assert clause(claim).startswith("The London-based Observatory")
    # A figure inside the relative clause is still cut to that clause.
    inside = "The ferry, which carried 212 passengers, sank near the port of Tellan."
    rows = key_figures(analyse([make_article(inside, "b")], nlp=nlp))
    assert [r.clause[:28] for r in rows if r.value == "212"] == ["which carried 212 passengers"]


def test_a_model_or_version_number_counts_nothing(nlp: Nlp) -> None:
    text = (
        "Owners of the zPhone 3G also complained that the battery died fast. My phone has not "
        "synced since I upgraded to either of the zOS 5 updates. She bought 3 phones."
    )
    assert figures(nlp, text) == [(3.0, "phones")]


def test_a_number_one_is_a_rank_before_a_plural_too(nlp: Nlp) -> None:
    text = "The singer holds the record for most No. 1 albums, and 12 fans waited outside."
    assert figures(nlp, text) == [(12.0, "fans")]


def test_a_ballot_measures_number_counts_nothing_wherever_it_stands(nlp: Nlp) -> None:
    text = (
        "Proposition 41 failed on Tuesday. The No on 41 camp raised money, and the No on 41 "
        "ads hit 12 stations. Support for 41 dropped as voters took a close look at 41."
    )
    assert figures(nlp, text) == [(12.0, "stations")]


def test_a_height_converted_to_metres_counts_nothing(nlp: Nlp) -> None:
    text = "The 6-foot 5-inch (1.96 meter) Rodell pushed through 40 journalists at the airport."
    assert figures(nlp, text) == [(40.0, "journalists")]


def test_seats_a_party_holds_are_held_by_no_captor(nlp: Nlp) -> None:
    text = "The Tellan party holds 54 seats. Gunmen are holding 9 soldiers."
    brief = analyse([make_article(text, "a")], nlp=nlp)
    kinds = {c.value: c.predicate_class for c in brief.claims if isinstance(c, QuantityClaim)}
    assert kinds == {54.0: "hold", 9.0: "captive"}


def test_the_office_of_a_secretary_of_state_is_no_body(nlp: Nlp) -> None:
    found = _mentions(
        nlp,
        "In 2013 Secretary of State Hilda Carlton organised an exhibit that drew crowds.",
    )
    assert "State" not in found  # tagged an organisation
    assert "Hilda Carlton" in found


def test_a_name_with_her_first_hit_is_a_person(nlp: Nlp) -> None:
    text = (
        "Valoria is now second only to Madonna on that list. Valoria nabbed her first No. 1 in "
        "2005. Valoria's latest hit topped the chart, giving Valoria her 20th."
    )
    assert _types(nlp, text)["Valoria"] == "PERSON"  # tagged a place


def test_another_council_member_is_not_the_one_named(nlp: Nlp) -> None:
    text = (
        "City Council Member Joel Ardern, a retired fire captain, yelled at the other "
        "council members to duck. “That one hit the window frame,” another council "
        "member said."
    )
    assert speakers(nlp, text) == ["another council member"]


def test_a_body_called_by_its_kind_alone_is_the_one_body_of_that_kind(nlp: Nlp) -> None:
    names = aliases(
        nlp,
        "The Harwell Commission found the mayor acted alone. The Commission's report will be "
        "released in 2027. The Tellan Observatory for Civil Rights said 18 troops were hurt. "
        "The Observatory said the army bombed the village.",
    )
    assert "Commission" in names["Harwell Commission"]
    assert "Observatory" in names["Tellan Observatory for Civil Rights"]


def test_who_owns_or_sends_the_words_speaks(nlp: Nlp) -> None:
    assert speakers(
        nlp,
        "The band's manager, Larry Soltane, was no help either. He said he was in Denver "
        "on Friday. “I am in Denver and knew nothing about any booking,” his e-mail "
        "said.",
    ) == ["Larry Soltane"]
    assert speakers(
        nlp,
        "The Lugano 2034 bid “aims for open books and honest dealing,” said a "
        "statement from the Swiss defence ministry, led by bid chairman Adolf Orr.",
    ) == ["the Swiss defence ministry"]
    assert speakers(
        nlp,
        "The feud began when a former vlogger named Mike Carnevale hinted to his viewers that "
        "a rival “is married to a banker from Zurich.”",
    ) == ["Mike Carnevale"]


def test_a_name_with_a_short_middle_word_and_a_rank_are_read_whole(nlp: Nlp) -> None:
    assert speakers(
        nlp,
        "Likewise, South Korean army Lt. Gen. Won In Choul, the deputy commander, said "
        "he had never seen the units work so well.\n\n“Drilled side by side through many "
        "winters, our two armies now move as one body,” he said.",
    ) == ["Won In Choul"]
    assert speakers(
        nlp,
        "Senior Airman Ivan Cowper describes what the drill taught him about his own job.\n\n"
        "“This exercise showed me a dozen fresh ways to tackle hard cases,” he said.",
    ) == ["Ivan Cowper"]


def test_a_list_items_number_and_plural_animals_are_read_right(nlp: Nlp) -> None:
    text = (
        "He listed two reasons.\n2) Qua economics, the proposal looks better than 3 rivals.\n"
        "To date, 94 southern white rhinos and 68 greater one-horned rhinos were born there."
    )
    assert figures(nlp, text) == [
        (2.0, "reasons"),
        (3.0, "rivals"),
        (94.0, "rhinos"),
        (68.0, "rhinos"),
    ]


def test_a_park_a_speaker_and_the_house_are_typed_as_a_reader_would() -> None:
    assert checked_type("Safari Park", "PERSON") == "GPE"
    assert checked_type("House", "GPE") == "ORG"
    assert checked_type("Charlie Hebdo", "PERSON") == "ORG"


def test_a_crawl_notice_an_app_promotion_and_a_cut_tail_are_no_news() -> None:
    assert notice_kind(
        "Web wide crawl with initial seedlist, run by the archive's own crawler in the spring "
        "of a later year, with settings of its own."
    )
    assert is_furniture(
        "Want stories like these delivered straight to your phone? Download the app now!", 20
    )
    assert not standalone("crew, and so many rooms to see that the tour will fill your afternoon.")
    assert standalone("iPhone sales rose in the spring, the company said.")


def test_two_jackpots_years_apart_are_no_update(nlp: Nlp) -> None:
    brief = analyse(
        [
            make_article(
                "Lottery winners often struggle. In 1994, nearly a third of the clerks in the "
                "Harlow County tax assessor's office won a $38 million jackpot.",
                "a",
            ),
            make_article(
                "Jack Whitcombe, an Ohio roofer who won a nearly $290 million "
                "Powerball jackpot in 2006, soon drowned in lawsuits.",
                "b",
            ),
        ],
        nlp=nlp,
    )
    assert brief.conflicts == ()


def test_party_adjectives_and_wars_are_no_actors() -> None:
    assert checked_type("Republican", "PERSON") == "NORP"
    assert checked_type("Democrats", "ORG") == "NORP"
    assert checked_type("Holocaust", "FAC") == "EVENT"


def test_a_list_item_and_a_journals_imprint_are_no_summary_sentences() -> None:
    assert not standalone("--The price of a second, outside appraisal.")
    assert not standalone("31:204–209, 2016. © 2016 Wiley Periodicals, Inc.")


def test_a_peoples_name_keeps_its_capital_in_a_key_figure(nlp: Nlp) -> None:
    text = "Only 380,000 of Tellaria's 3 million Jews survived the war, the memorial said."
    rows = key_figures(analyse([make_article(text, "a")], nlp=nlp))
    assert any(r.label.startswith("Jews") for r in rows), [r.label for r in rows]


def test_a_quote_paragraph_after_reported_speech_is_that_persons(nlp: Nlp) -> None:
    assert speakers(
        nlp,
        "But the neuroscientist Prof Adrian Owan - who ran the study at the clinic - said "
        "Mr Rowley was plainly aware.\n\n“Scott has shown us again and again that he can "
        "follow a question. We have tested him on four visits.”",
    ) == ["Adrian Owan"]


def test_an_office_with_its_place_and_a_title_alone_are_no_ones_names(nlp: Nlp) -> None:
    types = _types(
        nlp,
        "She burned pictures of the King of Bahrain in March. The king was not amused. City "
        "Clerk Kim Lehmann resigned on Monday, and the Clerk's office closed.",
    )
    assert "of Bahrain" not in types
    assert "Clerk" not in types


def test_a_relative_named_with_a_job_leaves_the_surname_to_the_story(nlp: Nlp) -> None:
    text = (
        "White House counselor Kellyanne Conroy said on Sunday that the president knows him. "
        "Conroy said the appointment was legal. Asked about the essay penned by her husband, "
        "lawyer Walter T. Conroy III, Conroy said she disagreed. Conroy left at noon."
    )
    assert "Conroy" in aliases(nlp, text)["Kellyanne Conroy"]


def test_the_times_is_the_one_times_and_a_disease_is_no_person(nlp: Nlp) -> None:
    names = aliases(
        nlp,
        "Farrell took the story to The New York Times. The Times reported the deal on Friday. "
        "The malaria parasite spreads in warm years, and malaria kills children. Malaria was "
        "common in U.S. states like Alabama until the 1930s. Malaria, like most "
        "tropical fevers, is above all a burden of the poor.",
    )
    assert "Times" in names["New York Times"]
    assert "Malaria" not in names


def test_a_clock_time_counts_nothing(nlp: Nlp) -> None:
    text = "A witness claims to have seen them between 8-10:30 p.m. that night, with 4 friends."
    assert figures(nlp, text) == [(4.0, "friends")]
