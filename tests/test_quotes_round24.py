"""Quotes and names read from the blind dev24 and dev25 sets at stop 60: a child's given name
with an age ("Daniel, 6, “...,” she said") is a he or a she as the table says, so "she" is
not the boy; a study's findings are its words ("The survey found that ..., “...”"); a list of
quoted points below "The report lists these findings:" is the report's, and the line before
it is prose, not a label; "Tarnby Township" is "Tarnby"; with the read-only review's cases."""

from __future__ import annotations

from builders import aliases, said_in, speakers

from newsbrief.backends.nlp import Nlp


def test_she_is_not_a_boy_named_by_his_given_name_alone(nlp: Nlp) -> None:
    text = (
        "“The whole town came out to watch the boats,” said Mira Tollak, who stood on the quay "
        "with her two sons.\n\nDaniel, 6, “hid behind my coat when the horns sounded,” she "
        "said, while his brother counted the masts."
    )
    assert set(said_in(nlp, text).values()) == {"Mira Tollak"}


def test_a_given_name_that_is_also_a_surname_here_decides_nothing(nlp: Nlp) -> None:
    # "Daniel" is the surname of "Ruth Daniel": she may be "she".
    text = (
        "Ruth Daniel opened the new ferry office on Monday.\n\n"
        "Daniel, the harbour clerk, “was never once late,” she said of the old ferry."
    )
    assert set(said_in(nlp, text).values()) == {"Ruth Daniel"}


def test_a_surveys_findings_are_its_words(nlp: Nlp) -> None:
    text = (
        "A survey by Harlow Ratings Inc. gave the port a low mark. The survey found that "
        "repair bills doubled, “a sign that few owners had put money aside for the docks.”"
    )
    assert list(said_in(nlp, text).values()) == ["Harlow Ratings Inc."]
    # Police who find a boat say nothing by it.
    text = "Police found the boat drifting, “with nobody at all on board,” Sgt. Ann Lowe said."
    assert list(said_in(nlp, text).values()) == ["Ann Lowe"]


def test_a_list_of_quoted_points_is_said_by_who_introduced_it(nlp: Nlp) -> None:
    text = (
        "A report released Tuesday by the Harbour Law Center said the ports are failing "
        "their workers.\n\nThe report lists these findings:\n\n"
        "--Tarn: “Cranes at the north dock have rusted for years and nobody is paid to mend "
        "them.”\n\n--Vell: The port board “wants every old pier sold by the summer” and plans "
        "to shut the yard."
    )
    assert speakers(nlp, text) == ["Harbour Law Center", "Harbour Law Center"]


def test_a_list_below_prose_with_no_colon_has_no_speaker_from_above(nlp: Nlp) -> None:
    text = (
        "The port board met on Monday.\n\nThe mayor spoke for an hour about the budget "
        "and the docks.\n\n--Tarn: “Cranes at the north dock have rusted for years and nobody "
        "is paid to mend them.”"
    )
    assert speakers(nlp, text) == [None]


def test_a_township_is_its_town(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "Tarnby Township, N.J., banned phones at the wheel on Monday. Tarnby police said "
        "drivers would be fined. The Tarnby council voted 4 to 1.",
    )
    assert {"Tarnby", "Tarnby Township"} in found.values()


def test_the_line_above_a_list_of_quoted_points_is_kept_as_prose() -> None:
    from newsbrief.read.clean import clean_text

    body = (
        "The harbour report released on Monday found the docks of five towns in poor repair "
        "and said the towns had spent little on them for a decade."
    )
    intro = "The report lists these findings:"
    item = "--Tarn: “Cranes at the north dock have rusted for years and nobody is paid to mend.”"
    text = clean_text(f"{body}\n\n{intro}\n\n{item}\n", label_max_words=12)
    assert intro in text and item in text
    # A short line before a list of links is still a label.
    links = clean_text(f"{body}\n\nMore from the city desk:\n\n- Ferry times\n", label_max_words=12)
    assert "More from the city desk" not in links


def test_a_given_name_written_after_a_title_decides_nothing(nlp: Nlp) -> None:
    # "Sen. Warren" may be a woman though "warren" is a man's given name in the table.
    text = (
        "The harbour bill passed the Senate on Monday.\n\n"
        "Warren, who wrote it, “was never once in doubt,” said Sen. Warren's aide. "
        "“The votes were there,” she said of Sen. Warren."
    )
    from newsbrief.article.genders import given_genders

    assert "warren" not in given_genders(["Warren"], {}, text)
    assert given_genders(["Warren"], {}, "Warren, 4, was asleep.") == {"warren": "m"}


def test_a_name_before_atolls_is_a_place_not_who_he_is(nlp: Nlp) -> None:
    text = (
        "Dr. Carl Vennick, who shared the physics prize, died on Wednesday. He spent his early "
        "years measuring fallout from the weapons trials near Tarvo and Kessel atolls.\n\n"
        "From 1959 he ran the physics department at Harlow College. He called his choir years "
        "“the happiest of my working life,” and sang with the city chorus until he was 80."
    )
    assert set(said_in(nlp, text).values()) == {"Carl Vennick"}


def test_a_name_the_parser_gave_to_a_participle_after_said_is_the_speaker(nlp: Nlp) -> None:
    text = (
        "Officials from ports met in Tarnvik on Monday.\n\n“Smugglers share boats and maps "
        "faster than we share a phone call,” said Kestria's Interior Minister Bogdan Velev "
        "referring to the ferry thefts of the past year."
    )
    assert list(said_in(nlp, text).values()) == ["Bogdan Velev"]


def test_he_after_one_of_some_role_is_that_one(nlp: Nlp) -> None:
    text = (
        "A statue of the poet Arvid Lund stands at the gate of the lab.\n\n“Our grandparents "
        "taught us that nothing stays one thing for long, and the particles agree,” said one "
        "of the Kestrian engineers on the project, who asked that his name not be used.\n\n"
        "“Perhaps you have to grow up in these hills to feel it,” he said."
    )
    assert set(said_in(nlp, text).values()) == {"one of the Kestrian engineers"}


def test_said_a_body_was_doing_something_reports_the_body(nlp: Nlp) -> None:
    # The participle rule takes only a person with no auxiliary: "said the White House was
    # working to ..." is what Vale said of the White House.
    text = (
        "Asked on Monday about the ferry, harbour spokesman Tom Vale said: “We do not sell the "
        "boats for that purpose.”\n\nVale later granted that the islanders were upset and "
        "said the White House was “trying hard to calm the fishing towns,” but gave no "
        "details."
    )
    assert speakers(nlp, text) == ["Tom Vale", "Tom Vale"]


def test_a_body_that_ratified_a_proposal_did_not_make_it(nlp: Nlp) -> None:
    text = (
        "Delegates from 140 states met in Tarn. A Kessian plan endorsed by the council on "
        "Monday asks ports to share lists of stolen boats.\n\nThe plan urges ports to “stop "
        "treating a stolen boat as somebody else's problem,” the Kessian news agency reported."
    )
    assert list(said_in(nlp, text).values()) == ["plan"]
    # A resolution the council adopted is the council's.
    text = (
        "The resolution adopted by the council on Monday names the harbour a heritage site. "
        "The resolution says the harbour must be “kept open to every fishing boat.”"
    )
    assert list(said_in(nlp, text).values()) == ["council"]


# The read-only review's cases (stop 60): each passed before this round's rules and failed
# on the first version of one of them.


def test_a_say_verb_or_according_to_speaks_before_a_studys_finding(nlp: Nlp) -> None:
    texts = {
        "The inquiry found that she had lied “repeatedly and deliberately,” according to "
        "Judge Ana Vell.": "Ana Vell",
        "Tom Hale said the audit found nothing, “not a single missing dollar.”": "Tom Hale",
        "A study by Kessel Labs found that fares doubled, “and the poor pay most,” Kessel Labs "
        "director Tom Hale told reporters.": "Tom Hale",
    }
    for text, speaker in texts.items():
        assert list(said_in(nlp, text).values()) == [speaker], text


def test_a_lone_name_without_an_age_keeps_no_gender(nlp: Nlp) -> None:
    text = (
        "Tom Hale scored twice. “We played well in the cold,” Kelly said. Kelly has coached "
        "the team for ten years. “The boys earned it,” he said."
    )
    assert speakers(nlp, text) == ["Kelly", "Kelly"]


def test_one_of_the_women_is_not_he_and_one_named_is_the_name(nlp: Nlp) -> None:
    text = (
        "Tom Hale led the march on Monday. “We are tired,” said one of the women, a nurse. "
        "“We will march again,” he said."
    )
    assert speakers(nlp, text)[-1] == "Tom Hale"
    text = (
        "Tom Hale spoke first. “The pier is unsafe,” said one of the officials, Ana Vell. "
        "“We will fix it,” he said."
    )
    assert speakers(nlp, text)[-1] == "Tom Hale"


def test_a_surnames_district_office_is_no_place(nlp: Nlp) -> None:
    text = (
        "Senator Tom Hale has been ill. Staff at the Hale district office said he was resting. "
        "Hale returned on Monday. “I feel fine,” he said."
    )
    assert speakers(nlp, text) == ["Tom Hale"]


def test_a_dialogue_or_a_report_quoting_others_is_no_list_of_one_speakers_points(
    nlp: Nlp,
) -> None:
    text = (
        "Mayor Ann Lowe answered questions from readers on Monday:\n\n"
        "— “When will the ferry return to the island?”\n\n— “By spring, if the weather holds.”"
    )
    assert speakers(nlp, text) == [None, None]
    text = (
        "The report quotes several dock workers, among them:\n\n"
        "--“We have not been paid since the spring.”\n\n--“The cranes are not safe to use.”"
    )
    assert speakers(nlp, text) == [None, None]


def test_a_team_called_the_mounties_is_no_police(nlp: Nlp) -> None:
    found = aliases(nlp, "The Tarnby Mounties beat the Vellport Gulls 4-2 on Saturday.")
    assert "Royal Canadian Mounted Police" not in found
