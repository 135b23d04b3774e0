"""Eleventh reading round (invented text): who "she" is, speakers the parser loses, places the
tagger calls people, weights, titles won, and one wire quote printed by two papers."""

from __future__ import annotations

from collections import Counter

from builders import analyse, figures, make_article, said_by

from newsbrief.article.name_scan import titled_names
from newsbrief.article.numbers import readable
from newsbrief.article.place_use import place_uses
from newsbrief.backends.nlp import Nlp
from newsbrief.models import (
    Brief,
    Citation,
    QuantityClaim,
    QuoteClaim,
    Story,
    StoryBrief,
)
from newsbrief.read.units import is_furniture, unglued
from newsbrief.render import _LEAD_DATELINE, listed_entities, render, shown_quotes
from newsbrief.story.entity_names import story_type
from newsbrief.story.key_figures import key_figures
from newsbrief.story.names import checked_type
from newsbrief.story.summarize import standalone


def test_she_is_not_the_man_the_article_calls_mr(nlp: Nlp) -> None:
    a = make_article(
        "Maren Holtby, chief executive of the Wendle Heritage Centre, called the work an "
        "“insult.”\n\n"
        "“The claim that our past was buried is a fair one,” she said.\n\n"
        "Furthermore, she said, Mr. Quarrie did not speak with the elders about the "
        "staging. “Nobody tried to talk it over,” she said.",
        "a",
    )
    said = said_by(nlp, a)
    # A name with a title in apposition is a person's, though the tagger saw a place in it.
    assert said["The claim that"] == "Maren Holtby"
    # "she" skips "Mr. Quarrie", named last.
    assert said["Nobody tried to"] == "Maren Holtby"


def test_a_passive_say_verb_names_what_is_said_of_not_who_speaks(nlp: Nlp) -> None:
    a = make_article(
        "The operation at the Vellmore clinic lasted ten hours. The patient was said to have "
        "been “close to collapse, with no other treatment left to try” but is mending slowly.",
        "a",
    )
    assert said_by(nlp, a)["close to collapse,"] == ""


def test_a_role_after_the_verb_speaks_when_the_parser_loses_it(nlp: Nlp) -> None:
    a = make_article(
        "Among the firm's rivals is Dellcor of Ohio.\n\n"
        '"We are truly glad for them and we hope they do well in their venture," said a '
        "spokesman for Dellcor, whose heart pump is the only one licensed.",
        "a",
    )
    assert said_by(nlp, a)["We are truly"] == "a spokesman"


def test_a_one_word_name_with_a_place_s_roads_and_mayor_is_a_place() -> None:
    text = (
        "An artist was buried beneath a busy Tarrowby road. Tarrowby Lord Mayor Ron Kettle "
        'voted against it. "We have enough traffic in Tarrowby now," he said of Tarrowby\'s '
        "roads. The Dark Mofo road and the Security Council are no uses of Mofo or Security."
    )
    uses = place_uses(text, {"Tarrowby", "Mofo", "Security", "Kettle"})
    assert uses == Counter({"Tarrowby": 4})


def test_a_frenchman_is_one_of_a_people_not_an_actor() -> None:
    assert story_type(Counter({"Frenchman": 1}), "ORG", frozenset()) == "NORP"
    assert story_type(Counter({"Englishwomen": 2}), "PERSON", frozenset()) == "NORP"
    assert story_type(Counter({"Freeman": 2}), "PERSON", frozenset()) == "PERSON"


def test_weights_are_measures_and_titles_won_are_no_counts(nlp: Nlp) -> None:
    found = figures(nlp, "The pump weighs about 900g (around 2 lb)- three times a heart.")
    assert (900.0, "grams") in found and (2.0, "lb") in found
    assert not any(")" in unit or "-" in unit for _, unit in found)
    assert not any(unit == "grams" for _, unit in figures(nlp, "Sales of 4G phones rose."))
    found = figures(nlp, "The script is by two-time Oscar nominee Peter Morrow.")
    assert not any(unit.startswith("time") for _, unit in found)


def test_one_wire_quote_in_two_papers_is_one_row_citing_both() -> None:
    first, second = (Citation("a", 0, 10, 0), Citation("b", 0, 10, 0))
    story = StoryBrief(
        story=Story("s1", ("a", "b")),
        articles=(
            make_article("“We won’t stop,” Vell said.", "a"),
            make_article('"We won\'t stop," Vell said.', "b"),
        ),
        summary=(),
        entities=(),
        claims=(
            QuoteClaim("We won’t stop,", "Vell", "“We won’t stop,” Vell said.", (first,)),
            QuoteClaim("We won't stop,", "Vell", '"We won\'t stop," Vell said.', (second,)),
            QuoteClaim("We won't stop,", "Odra", '"We won\'t stop," Odra said.', (second,)),
        ),
        conflicts=(),
        timeline=(),
    )
    rows = shown_quotes(story)
    assert [(q.speaker, q.citations) for q in rows] == [
        ("Vell", (first, second)),
        ("Odra", (second,)),
    ]
    markdown = render(Brief((story,), ()), "md")
    assert markdown.count("We won") == 2 and "[1][2]" in markdown


def test_initials_before_a_titled_name_belong_to_it() -> None:
    text = "In the United States, J. Robert Hollin, the director of insurance, said so."
    assert [f.text for f in titled_names(text)] == ["J. Robert Hollin"]
    assert [f.text for f in titled_names("said U.S. Robert Hollin, the director")] == [
        "Robert Hollin"
    ]


def test_a_bare_noun_qualified_otherwise_keeps_its_own_kind(nlp: Nlp) -> None:
    a = make_article(
        "At least 310 bird species have been counted in the Vellan valley. Only 58 bird "
        "species are endangered. So far, 47 mammal species have been logged by our "
        "traps, and 11 species of wild cats have spotted coats.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    units = {c.value: c.unit for c in brief.claims if isinstance(c, QuantityClaim)}
    assert units[310.0] == "bird species" and units[58.0] == "bird species"
    assert units[47.0] == "species" and units[11.0] == "species"


def test_children_among_the_injured_are_injured_and_a_district_is_in_its_city(nlp: Nlp) -> None:
    one = make_article(
        "Seven people including three children were hurt in Tarrow when a boiler blast "
        "ripped through a terraced house being refitted.",
        "a",
    )
    two = make_article(
        "Seven people, including two children, were hurt after a boiler blast caused a "
        "South Tarrow terrace being refitted to fall down.",
        "b",
    )
    brief = analyse([one, two], nlp=nlp)
    children = [c for c in brief.conflicts if "children" in c.subject]
    assert [sorted(float(s.value) for s in c.sides) for c in children] == [[2.0, 3.0]]
    assert children[0].subject == "children hurt"


def test_a_staff_note_and_a_cast_line_are_page_furniture() -> None:
    assert is_furniture("Ada Rook is the lead crime reporter.", 8)
    assert is_furniture("Ada Rook is a staff writer for the Tarrow Ledger.", 8)
    assert is_furniture("Starring Matt Vance, Cecile Aubrac and Bryce Dallas Holm.", 8)
    assert not is_furniture("Ada Rook is the new director of the agency.", 8)
    assert not is_furniture("Starring in the film was a challenge, she said.", 8)


def test_a_height_in_feet_and_inches_is_no_figure(nlp: Nlp) -> None:
    found = figures(nlp, "The suspect, a white man about 5 feet 8, was taken to hospital.")
    assert not any(unit.startswith("feet") for _, unit in found)
    assert not figures(nlp, "Police described him as a 5-foot-8-inch thin male in his 30s.")
    assert (5.0, "feet") in figures(nlp, "The wall is 5 feet high and 8 people climbed it.")


def test_a_quote_paragraph_after_a_long_attribution_goes_on_with_its_speaker(nlp: Nlp) -> None:
    a = make_article(
        "“We did not expect how deeply loneliness shapes a student’s grades,” the "
        "lead author, Hester Quayle, a school psychologist at Vellmore College in "
        "Tarrow, Ore., said in a statement.\n\n"
        "“The harm does not simply fade because a child leaves school.”\n\n"
        "A smaller survey, done in Norway, reached other findings.",
        "a",
    )
    assert said_by(nlp, a)["The harm does"] == "Hester Quayle"


def test_a_handout_caption_and_a_flattened_table_are_furniture() -> None:
    caption = (
        "Former minister Ada Rook poses with Dorn Vasek after her arrival in Tarrow, "
        "December 8, 2018. Vasek Industries/Handout via REUTERS"
    )
    assert is_furniture(caption, 8)
    assert not is_furniture("The company sent the picture via Reuters to the press.", 8)
    table = "Household Size 100% 125% 160% 250% 1 $11,320 14,150 18,112 28,300 2 $15,270 19,088"
    assert is_furniture(table, 8)
    assert not is_furniture("The vote was 52 to 48, with 12 abstentions and 3 absent.", 8)


def test_a_law_an_owned_thing_and_a_brands_company_are_named_as_such(nlp: Nlp) -> None:
    a = make_article(
        "As senator, she has voted to widen the Affordable Care Act, and has said she "
        "likes it. Guests arrived at Tarrowby’s airport on Friday. Sequential Brands said "
        "sales rose. She praised the Medicaid growth that was a pillar of Obama’s "
        "Affordable Care Act.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    names = {e.name: e.type for e in brief.entities}
    assert names.get("Affordable Care Act") == "LAW"
    assert not any("airport" in n for n in names)
    assert names.get("Sequential Brands") in (None, "ORG")
    markdown = render(Brief((brief,), ()), "md")
    assert "Affordable Care Act** (" not in markdown


def test_an_agreement_in_one_unit_is_shown_as_written(nlp: Nlp) -> None:
    one = make_article("The couple drove more than 30,000 miles around the continent.", "a")
    two = make_article("They reportedly drove more than 30,000 miles in a Volvo.", "b")
    brief = analyse([one, two], nlp=nlp)
    assert [(a.subject, a.value) for a in brief.agreements] == [("miles", 30000.0)]


def test_a_friend_of_someone_is_not_that_someone(nlp: Nlp) -> None:
    a = make_article(
        "TV host Marla Venn-Hadley signed a deal. \"Marla is nobody's fool "
        'when it comes to money," a friend of Marla tells me. "She has earned a fortune."',
        "a",
    )
    assert said_by(nlp, a)["Marla is nobody's"] == "a friend"


def test_a_sentence_opening_word_is_no_given_name(nlp: Nlp) -> None:
    a = make_article(
        "Tarrow County Supervisor of Elections Doreen Harkins defended the tally. Harkins said "
        "it would be wrong to discard the envelopes.\n\n"
        "Inside Harkins’ offices, lawyers watched the canvassing board. Harkins, who has "
        "been faulted before, kept quiet.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    names = {e.name for e in brief.entities}
    assert not any(n.startswith("Inside") for n in names)


def test_a_paywall_offer_and_a_bill_are_no_story_text() -> None:
    offer = (
        "Premium content for only $0.99 For the most comprehensive local coverage, subscribe today."
    )
    assert is_furniture(offer, 8)


def test_awards_are_events_not_actors(nlp: Nlp) -> None:
    a = make_article(
        "Warren Beatty read the wrong name at the Oscars on Sunday. The Oscar for best "
        "picture went to another film, and the Oscars apologised. Beatty said he was sorry.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    shown = {e.name for e in listed_entities(brief)}
    assert not shown & {"Oscar", "Oscars"}


def test_a_rank_and_a_time_after_a_bare_number_are_no_counts(nlp: Nlp) -> None:
    assert not figures(nlp, "Tarrow Mobile wants to buy the No. 4 U.S. carrier Vell Mobile.")
    assert not figures(
        nlp, "Tarrow Mobile, which sells an older phone, has sold 7.2 million this year."
    )
    assert (52_000_000.0, "subscribers") in figures(nlp, "It had more than 52 million subscribers.")


def test_a_stray_section_label_is_cut_from_its_paragraph() -> None:
    assert unglued("commentary Once Tarrow gets the phone, bid farewell.") == (
        "Once Tarrow gets the phone, bid farewell."
    )
    assert unglued("video shows the crash.") == "video shows the crash."


def test_one_figure_told_twice_in_one_article_is_one_row(nlp: Nlp) -> None:
    a = make_article(
        "That covers my graduation and the arrival of my two sons. I think of my mother and "
        "our two sons every week. The letter had three parts.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    rows = [(r.label, r.value) for r in key_figures(brief)]
    assert rows.count(("sons", "2")) == 1


def test_a_title_word_opening_a_company_name_is_no_title(nlp: Nlp) -> None:
    a = make_article(
        "The special was produced by King Features Syndicate for the anniversary in 2004. "
        "Tarrow Systems and Vell Studios made the film.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    assert not any(e.type == "PERSON" for e in brief.entities)


def test_a_link_hover_card_is_cut_from_its_sentence() -> None:
    card = (
        "Ada Rook Ada Mary RookRook Jr. getting ok to speak at a college Rook learned from "
        "her health care fight MORE panned the committee chair as a terrible person."
    )
    assert unglued(card) == "Ada Rook panned the committee chair as a terrible person."
    assert unglued("Ronald McDonald waved. Sales rose MORE than expected.") == (
        "Ronald McDonald waved. Sales rose MORE than expected."
    )


def test_a_print_edition_note_is_furniture_and_a_shouted_heading_no_summary() -> None:
    note = (
        "A version of this article appeared March 3, 2015, on page B4 in the U.S. edition "
        "of The Tarrow Journal, with the headline: Late Harvest."
    )
    assert is_furniture(note, 8)
    assert not standalone("A THOUSAND BATS SLEEP UNDER THE OLD BRIDGE.")
    assert standalone("The FBI and the CIA met NATO officials in Brussels on Monday.")


def test_two_names_joined_by_and_are_not_one_person(nlp: Nlp) -> None:
    a = make_article(
        "That meeting never quite happens. Not, at least, in the way the trailer has been "
        "promising. Walter and Ines do talk. So do Walter and Petra. The film is packed with "
        "such fine small two-hander scenes.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    assert not any(" and " in e.name for e in brief.entities)


def test_a_surname_read_long_after_anothers_given_name_stays_the_surname(nlp: Nlp) -> None:
    a = make_article(
        "MIAMI — LeBron James grinned through the closing seconds. James scored 26 points and "
        "James had 13 assists.\n\n"
        "LeBron James - aka 'King James' - has a ring at last. Sixth Man of the Year James "
        "Harden had a rough series.\n\n"
        + "The crowd roared as the final horn sounded over the arena. " * 12
        + "\n\nJames lifted the trophy. James said it was the best day of his life.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    by_name = {e.name: {x.text for x in e.aliases} for e in brief.entities}
    assert "James" in by_name.get("LeBron James", set())
    assert not any(n.endswith("aka") for n in by_name)


def test_a_title_in_quote_marks_that_ends_its_sentence_is_no_quote(nlp: Nlp) -> None:
    a = make_article(
        "The Tarrow Post reports that her thesis title was “Coastal Villages "
        "through Coastal Memory.” Part of that Coastal Memory, it seems, was her "
        "habit of writing in her own voice. “It Is Over,” Vell Ostrander said.",
        "a",
    )
    said = said_by(nlp, a)
    assert "Coastal Villages through" not in said
    assert said["It Is Over,"] == "Vell Ostrander"


def test_a_pope_by_his_regnal_name_a_saint_apart_and_no_name_across_paragraphs(
    nlp: Nlp,
) -> None:
    a = make_article(
        "Pope Benedict XVI greeted his successor on Saturday. Benedict wore a white coat, and "
        "Benedict seemed tired. The new Pope picked Francis as his name to honour St Francis of "
        "Assisi. Francis hugged Benedict, and Francis knelt.\n\n"
        "The terraces stand on the ruins of a villa built for the Roman Emperor Domitian\n\n"
        "Benedict is resting at the palace.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    by_name = {e.name: {x.text for x in e.aliases} for e in brief.entities}
    assert not any("Domitian Benedict" in n for n in by_name)
    assert not any("Francis" in aliases and n.startswith("St") for n, aliases in by_name.items())
    assert "Pope" not in by_name
    assert not figures(nlp, "She had served as the No. 2 official under Benedict.")


def test_an_agreement_is_labelled_as_its_key_figure_row(nlp: Nlp) -> None:
    one = make_article(
        "The blizzard shut several roads, including a 95-mile stretch of Interstate 80 from "
        "Tarrow, Neb., through Vell City.",
        "a",
    )
    two = make_article(
        "Ice shut several roads, including a 95-mile stretch of Interstate 80 from Tarrow, "
        "Neb., through Vell City, Iowa.",
        "b",
    )
    brief = analyse([one, two], nlp=nlp)
    assert [a.subject for a in brief.agreements] == [r.label for r in key_figures(brief)][:1]


def test_photo_widgets_date_captions_and_publication_lines_are_furniture() -> None:
    assert is_furniture("Lena Vorst/AP Buy Photo Wait 1 second to continue.", 8)
    caption = "Sept. 21, 2015 Tarrow Gov. Ada Rook speaks at a news conference in Madison."
    assert is_furniture(caption, 8)
    assert not is_furniture("Sept. 21, 2015 was the day the campaign ended for the team.", 8)
    assert is_furniture("(Published Saturday, Sept. 29, 2018)", 8)


def test_a_name_already_plural_keeps_its_plural(nlp: Nlp) -> None:
    found = figures(nlp, "Of the 9 Legionnaires isolates sent to the county lab, four matched.")
    assert not any(unit.endswith("eses") for _, unit in found)


def test_cents_on_a_large_sum_and_a_cut_dateline_read_as_written() -> None:
    assert readable(136927.07) == "136,927.07"
    assert readable(135000.0) == "135,000" and readable(2.5) == "2.5"
    assert _LEAD_DATELINE.sub("", "(KOIN) — The owners paid.") == "The owners paid."
    assert _LEAD_DATELINE.sub("", "(The owners) — paid") == "(The owners) — paid"


def test_a_mountain_is_a_place_and_a_reference_number_no_count(nlp: Nlp) -> None:
    assert checked_type("Mount St. Helens", "PERSON") == "LOC"
    assert checked_type("Lake Tarrow", "ORG") == "LOC"
    assert checked_type("Mountbatten Smith", "PERSON") == "PERSON"
    assert not any(u.startswith("ref") for _, u in figures(nlp, "It is near 60% (refs 13)."))
