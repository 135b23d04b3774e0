"""Quotes and names read from the blind dev27 set at stop 62 (invented text): the main
clause's subject, not a "while ... said" aside's, is who "he" is next; a long apposition
still leads back to the name before it; "said Ana Vell, an aide, “...”" is Vell's though the
parser hung her on the quote; "he advised" says; an outlet's words "quoting" someone are
that someone's; a three-word name is its first two words too; "the Sultanate of Dovria" is
Dovria."""

from __future__ import annotations

from builders import aliases, make_article, merged, said_in

from newsbrief.backends.nlp import Nlp
from newsbrief.models import Mention
from newsbrief.story.middle_names import dropped_last_pairs


def test_he_is_the_main_clauses_subject_not_an_asides(nlp: Nlp) -> None:
    text = (
        "While Orlo of Marbank and Ida Brell, head of Teller Space, said they saw no risk to "
        "their dishes, Vesk is gloomier.\n\n“Some of our receivers will fail this winter,” he "
        "said."
    )
    assert said_in(nlp, text)["Some of our"] == "Vesk"
    # Without the aside (or with a "because", a cause, not a contrast) the one who said it
    # is who "he" is.
    for opening in (
        "Orlo of Marbank said Vesk was too gloomy about the dishes.",
        "Because Orlo of Marbank said the dishes were safe, Vesk is calmer.",
    ):
        text = f"{opening}\n\n“Some of our receivers will fail this winter,” he said."
        assert said_in(nlp, text)["Some of our"].startswith("Orlo"), opening


def test_a_long_apposition_leads_back_to_the_name_before_it(nlp: Nlp) -> None:
    text = (
        "Seeking to account for the quiet, Ana Lurie, general secretary of the Union of the "
        "Parents of the Missing Sailors and Fishermen, said: “After 20 years of silence, it "
        "takes a while to sink in.”"
    )
    assert said_in(nlp, text)["After 20 years"] == "Ana Lurie"


def test_a_name_after_said_and_a_comma_speaks_the_quote_after_it(nlp: Nlp) -> None:
    text = (
        "But, said Ana Vell, a deputy at the harbour board, “a berth permit does not make a "
        "right to stay.”"
    )
    assert said_in(nlp, text)["a berth permit"] == "Ana Vell"
    # Not the subject of what is said, nor a possessive after another verb.
    text = (
        "In an interview with Rina Holt, Tavers, a presidential candidate, said Ames “gave her "
        "life to the poor,” and added that it mattered."
    )
    assert said_in(nlp, text)["gave her life"] == "Tavers"
    text = (
        "Governor Ola Brand, head of the Governors Club, called Tom Hale's remark “an absurd "
        "comparison” that is “offensive.”"
    )
    assert said_in(nlp, text)["an absurd comparison"] == "Ola Brand"


def test_he_advised_says(nlp: Nlp) -> None:
    text = (
        "Joe Tamm, a lecturer at the planetarium, spoke at the fair.\n\n“Stay up past midnight "
        "and look east,” he advised."
    )
    assert said_in(nlp, text)["Stay up past"] == "Joe Tamm"


def test_an_outlets_words_quoting_someone_are_that_ones(nlp: Nlp) -> None:
    text = (
        "“The levee will hold for two more days at most,” the Daily Courier said, quoting Ge "
        "Lin, a chief engineer."
    )
    assert said_in(nlp, text)["The levee will"] == "Ge Lin"
    text = (
        "“The levee will hold for two more days at most,” the Daily Courier said, quoting a "
        "report from the ministry."
    )
    assert said_in(nlp, text)["The levee will"] == "Daily Courier"


def _dropped_last(text: str, *people: str) -> list[tuple[str, str]]:
    """The (short, full) pairs ``dropped_last_pairs`` gives one invented article naming
    ``people``."""
    article = make_article(text, "a")
    mentions = [Mention("a", 0, 1, name, "PERSON", None) for name in people]
    return dropped_last_pairs([article], mentions)


def test_a_name_with_its_last_name_left_off_is_the_person(nlp: Nlp) -> None:
    assert _dropped_last("Teachers met.", "Omar Tessu Varan", "Omar Tessu") == [
        ("omar tessu", "omar tessu varan")
    ]
    # Two longer names that both start so leave the short one apart; so do a given name as
    # the second word, an initial or a particle.
    assert _dropped_last("Talks.", "Kim Jong Ilro", "Kim Jong Unso", "Kim Jong") == []
    assert _dropped_last("A visit.", "John Paul Jones", "John Paul") == []
    assert _dropped_last("A vote.", "Ana da Silva", "Ana da") == []
    # A headline's word glued on is a word the story writes in lower case.
    text = "Founder Tomas Erlund Dead at 34. He was found dead at home."
    assert _dropped_last(text, "Tomas Erlund Dead", "Tomas Erlund") == []
    # End to end, in a story.
    found = aliases(
        nlp,
        "The school was run for ten years by Omar Tessu Varan, a teacher in the port.",
        "Parents said Omar Tessu had taught their sons to read.",
    )
    assert found["Omar Tessu Varan"] == {"Omar Tessu Varan", "Omar Tessu"}


def test_a_countrys_formal_name_is_the_country() -> None:
    for formal in ("Federal Republic of Dovria", "Sultanate of Dovria", "State of Dovria"):
        found = merged({formal: "GPE", "Dovria": "GPE"})
        assert found[formal.casefold()] == found["dovria"], formal
    # Not a "Republic of" or a "Democratic Republic of": Korea's and Congo's are two.
    for formal in ("Republic of Dovria", "Democratic Republic of Dovria"):
        found = merged({formal: "GPE", "Dovria": "GPE"})
        assert found[formal.casefold()] != found["dovria"], formal


def test_the_reviews_misfires_stay_as_they_were(nlp: Nlp) -> None:
    # "While" of a time, with nothing reported, leaves "he" to the one who said it.
    text = (
        "While Marcus Odell said goodbye to the crew, Peter Lund waited in the car. “I will "
        "miss them,” he said."
    )
    assert said_in(nlp, text)["I will miss"] == "Marcus Odell"
    # Counsel given to someone is no speech: "he" is still the one counselled.
    text = "Ana Vell advised Tomas Berg on the deal. “It was a fair price,” he said."
    assert said_in(nlp, text)["It was a"] == "Tomas Berg"
    # A person reciting someone speaks; a name inside the one quoted is not who speaks.
    text = "“Ask not what your land can do for you,” Ana Vell said, quoting a former president."
    assert said_in(nlp, text)["Ask not what"] == "Ana Vell"
    text = "“The talks failed,” the radio said, quoting sources close to Ge Lin."
    assert said_in(nlp, text)["The talks failed,"] == "radio"
    # An old kingdom may be a city's.
    found = merged({"Kingdom of Naples": "GPE", "Naples": "GPE"})
    assert found["kingdom of naples"] != found["naples"]


def test_a_bare_surname_of_one_person_written_two_ways_is_that_persons(nlp: Nlp) -> None:
    # "Ivar L. Tennet" and "Ivar Tennet" are one owner of "Tennet", which the tagger missed.
    found = aliases(
        nlp,
        "The prize went to Ivar L. Tennet of Stanford on Monday.",
        "Physicist Ivar Tennet found the particle in 1975. “It opens a whole new world,” said "
        "Tennet.",
    )
    assert "Tennet" in found["Ivar L. Tennet"]


def test_a_leading_initial_before_a_given_name_drops_out() -> None:
    found = merged({"C. Michael Varst": "PERSON", "Mike Varst": "PERSON"})
    assert found["c michael varst"] == found["mike varst"]
    # Nor is another given name the same person: "C. Michael Varst" is no "Anders Varst".
    found = merged({"C. Michael Varst": "PERSON", "Anders Varst": "PERSON"})
    assert found["c michael varst"] != found["anders varst"]


def test_a_short_form_described_on_its_own_is_someone_else(nlp: Nlp) -> None:
    # A relative, a namesake with a role: two people (the review's cases).
    found = aliases(
        nlp,
        "Kofi Mensah Boateng, a student, won the contest. His uncle Kofi Mensah, a teacher, "
        "coached him for months.",
        "Kofi Mensah said the boy worked hard.",
    )
    assert found["Kofi Mensah Boateng"] == {"Kofi Mensah Boateng"}
    found = aliases(
        nlp,
        "Sean Murphy Brennan, a dockworker, was arrested. Detective Sean Murphy led the inquiry.",
        "Sean Murphy said the case was closed.",
    )
    assert found["Sean Murphy Brennan"] == {"Sean Murphy Brennan"}
