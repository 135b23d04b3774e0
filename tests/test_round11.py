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
        "“The idea of our history being hidden is a valid point,” she said.\n\n"
        "Furthermore, she said, Mr. Quarrie did not consult with the elders about the "
        "performance. “No attempt was made to discuss it,” she said.",
        "a",
    )
    said = said_by(nlp, a)
    # A name with a title in apposition is a person's, though the tagger saw a place in it.
    assert said["The idea of"] == "Maren Holtby"
    # "she" skips "Mr. Quarrie", named last.
    assert said["No attempt was"] == "Maren Holtby"


def test_a_passive_say_verb_names_what_is_said_of_not_who_speaks(nlp: Nlp) -> None:
    a = make_article(
        "The operation at the Vellmore clinic lasted ten hours. The patient was said to have "
        "been “near death, without any other alternative available” but is responding well.",
        "a",
    )
    assert said_by(nlp, a)["near death, without"] == ""


def test_a_role_after_the_verb_speaks_when_the_parser_loses_it(nlp: Nlp) -> None:
    a = make_article(
        "Among the company's rivals is SynCardia of Ohio.\n\n"
        '"We are very happy for them and we wish them the best in their pursuit," said a '
        "spokesman for SynCardia, whose artificial heart is the only one approved.",
        "a",
    )
    assert said_by(nlp, a)["We are very"] == "a spokesman"


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
        "At least 290 bird species have been documented in the Vellan corridor. Only 66 bird "
        "species are threatened. To date, 43 mammal species have been recorded by our "
        "cameras, and 13 species of wild cats have black forms.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    units = {c.value: c.unit for c in brief.claims if isinstance(c, QuantityClaim)}
    assert units[290.0] == "bird species" and units[66.0] == "bird species"
    assert units[43.0] == "species" and units[13.0] == "species"


def test_children_among_the_injured_are_injured_and_a_district_is_in_its_city(nlp: Nlp) -> None:
    one = make_article(
        "Eight people including three children were injured in Tarrow when a gas explosion "
        "tore through a row house under renovation.",
        "a",
    )
    two = make_article(
        "Eight people, including two children, were injured after a gas explosion caused a "
        "South Tarrow rowhome undergoing renovation to collapse.",
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
    assert not figures(nlp, "He was described as a 5-foot-8-inch white male in his 20s.")
    assert (5.0, "feet") in figures(nlp, "The wall is 5 feet high and 8 people climbed it.")


def test_a_quote_paragraph_after_a_long_attribution_goes_on_with_its_speaker(nlp: Nlp) -> None:
    a = make_article(
        "“We were surprised at how profoundly bullying affects a person’s functioning,” the "
        "lead researcher, William Copperfield, a clinical psychologist at Tarrow University in "
        "Durham, N.C., said in a statement.\n\n"
        "“This damage does not just go away because a person grew up.”\n\n"
        "An earlier study, carried out in Finland, came to different conclusions.",
        "a",
    )
    assert said_by(nlp, a)["This damage does"] == "William Copperfield"


def test_a_handout_caption_and_a_flattened_table_are_furniture() -> None:
    caption = (
        "Former minister Ada Rook poses with Dorn Vasek after her arrival in Tarrow, "
        "December 8, 2018. Vasek Industries/Handout via REUTERS"
    )
    assert is_furniture(caption, 8)
    assert not is_furniture("The company sent the picture via Reuters to the press.", 8)
    table = "Family Size 100% 138% 150% 200% 1 $12,140 16,753 18,210 24,280 2 $16,460 22,715 24,690"
    assert is_furniture(table, 8)
    assert not is_furniture("The vote was 52 to 48, with 12 abstentions and 3 absent.", 8)


def test_a_law_an_owned_thing_and_a_brands_company_are_named_as_such(nlp: Nlp) -> None:
    a = make_article(
        "As governor, he has moved to implement the Affordable Care Act, and has said he "
        "backs it. Guests arrived at Tarrowby’s airport on Friday. Sequential Brands said "
        "sales rose. He accepted the Medicaid expansion that was a cornerstone of Obama’s "
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
    one = make_article("The pair drove more than 40,000 miles across the country.", "a")
    two = make_article("They allegedly drove more than 40,000 miles in a Honda.", "b")
    brief = analyse([one, two], nlp=nlp)
    assert [(a.subject, a.value) for a in brief.agreements] == [("miles", 40000.0)]


def test_a_friend_of_someone_is_not_that_someone(nlp: Nlp) -> None:
    a = make_article(
        'Reality star Kendra Wilkinson-Baskett recorded a tape. "Kendra is no dumb blonde '
        'when it comes to business," a friend of Kendra tells me. "She has made millions."',
        "a",
    )
    assert said_by(nlp, a)["Kendra is no"] == "a friend"


def test_a_sentence_opening_word_is_no_given_name(nlp: Nlp) -> None:
    a = make_article(
        "Broward Supervisor of Elections Brenda Snipes defended the count. Snipes said it "
        "would be unfair to throw out the ballots.\n\n"
        "Inside Snipes’ headquarters, lawyers watched the canvassing board. Snipes, who has "
        "been criticised before, stayed calm.",
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
        "That includes my wedding day and the birth of my two sons. I think of my wife and "
        "our two sons every day. The message had three parts.",
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
        "A version of this article appeared August 24, 2012, on page A11 in the U.S. edition "
        "of The Tarrow Journal, with the headline: What I Learned."
    )
    assert is_furniture(note, 8)
    assert not standalone("HALF A MILLION MICE CALL THE UNDERGROUND HOME.")
    assert standalone("The FBI and the CIA met NATO officials in Brussels on Monday.")


def test_two_names_joined_by_and_are_not_one_person(nlp: Nlp) -> None:
    a = make_article(
        "That fusion never takes place. Not, at least, in the way the film has been hinting "
        "at. George and Marcus do meet. So do George and Marie. The film is filled with such "
        "great little one-on-one scenes.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    assert not any(" and " in e.name for e in brief.entities)


def test_a_surname_read_long_after_anothers_given_name_stays_the_surname(nlp: Nlp) -> None:
    a = make_article(
        "MIAMI — LeBron James danced the last few seconds away. James scored 26 points and "
        "James had 13 assists.\n\n"
        "LeBron James - aka 'King James' - is finally a champion. Sixth Man of the Year James "
        "Harden struggled throughout the series.\n\n"
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
        "The Tarrow Post reports that his dissertation topic was “Indigenous Architecture "
        "through Indigenous Knowledge.” Part of that Indigenous Knowledge, it seems, was his "
        "determination to write in his own style. “It Is Over,” Vell Ostrander said.",
        "a",
    )
    said = said_by(nlp, a)
    assert "Indigenous Architecture through" not in said
    assert said["It Is Over,"] == "Vell Ostrander"


def test_a_pope_by_his_regnal_name_a_saint_apart_and_no_name_across_paragraphs(
    nlp: Nlp,
) -> None:
    a = make_article(
        "Pope Benedict XVI met his successor on Saturday. Benedict wore a white jacket, and "
        "Benedict looked frail. The new Pope chose the name Francis in honour of St Francis of "
        "Assisi. Francis embraced Benedict, and Francis prayed.\n\n"
        "The gardens occupy the site of a residence of the Roman Emperor Domitian\n\n"
        "Benedict is staying at the palace.",
        "a",
    )
    brief = analyse([a], nlp=nlp)
    by_name = {e.name: {x.text for x in e.aliases} for e in brief.entities}
    assert not any("Domitian Benedict" in n for n in by_name)
    assert not any("Francis" in aliases and n.startswith("St") for n, aliases in by_name.items())
    assert "Pope" not in by_name
    assert not figures(nlp, "He had been the No. 2 secretary under Benedict.")


def test_an_agreement_is_labelled_as_its_key_figure_row(nlp: Nlp) -> None:
    one = make_article(
        "The storm forced road closures, including a 120-mile stretch of Interstate 35 from "
        "Ames, Iowa, through Albert Lea.",
        "a",
    )
    two = make_article(
        "Snow forced road closures, including a 120-mile stretch of Interstate 35 from Ames, "
        "Iowa, through Albert Lea, Minn.",
        "b",
    )
    brief = analyse([one, two], nlp=nlp)
    assert [a.subject for a in brief.agreements] == [r.label for r in key_figures(brief)][:1]


def test_photo_widgets_date_captions_and_publication_lines_are_furniture() -> None:
    assert is_furniture("Morry Gash/AP Buy Photo Wait 1 second to continue.", 8)
    caption = "Sept. 21, 2015 Tarrow Gov. Ada Rook speaks at a news conference in Madison."
    assert is_furniture(caption, 8)
    assert not is_furniture("Sept. 21, 2015 was the day the campaign ended for the team.", 8)
    assert is_furniture("(Published Saturday, Sept. 29, 2018)", 8)


def test_a_name_already_plural_keeps_its_plural(nlp: Nlp) -> None:
    found = figures(nlp, "Among the 12 Legionnaires isolates at the state laboratory, two matched.")
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
