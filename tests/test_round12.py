"""Twelfth reading round (invented text): flights by their number, and what merging and
grouping learnt from Multi-News pages nobody tuned for."""

from __future__ import annotations

from collections import Counter

from builders import aliases, analyse, figures, make_article, speakers

from newsbrief.article.flights import flights
from newsbrief.article.mentions import find_mentions
from newsbrief.article.place_use import place_uses
from newsbrief.article.regions import quote_spans
from newsbrief.backends.aliases import load_alias_groups
from newsbrief.backends.nlp import Nlp
from newsbrief.models import (
    Article,
    Citation,
    QuoteClaim,
    Story,
    StoryBrief,
    SummarySentence,
)
from newsbrief.read.clean import split_sentences
from newsbrief.read.units import is_furniture, unglued
from newsbrief.render import shown_quotes, summary_line
from newsbrief.settings import AnalysisSettings
from newsbrief.story.key_figures import key_figures
from newsbrief.story.names import checked_type, person_like


def test_every_form_of_a_flight_number_is_one_name(nlp: Nlp) -> None:
    names = aliases(
        nlp,
        "Searchers looking for Vellmark Airways Flight 512 found debris on Tuesday.",
        "The search for flight VM512 goes on. VM512 vanished with 88 people on board.",
        "Relatives of those on VM 512 met officials. Flight 512 left Tarrow at dawn. "
        "Investigators compared it with Flight 447, lost in 2009.",
    )
    flight = next(forms for name, forms in names.items() if "VM512" in forms)
    assert {"Flight 512", "flight VM512", "VM 512"} <= flight
    assert not any("447" in form for form in flight)  # another flight is another name


def test_a_number_after_flight_is_a_name_only_where_the_article_says_so() -> None:
    # "a flight 10 days before" names nothing; a bill's or a road's code is no flight.
    assert flights("He took a flight 10 days before. SB 277 passed; I 95 was shut.", []) == []
    text = "Flight 277 landed. The flight 277 crew and UA277 were fine."
    assert [text[f.start : f.end] for f in flights(text, [])] == [
        "Flight 277",
        "flight 277",
        "UA277",
    ]


def test_a_relative_named_in_passing_does_not_take_the_bare_surname(nlp: Nlp) -> None:
    names = aliases(
        nlp,
        "Garrick Tolland was found guilty on Tuesday. Tolland had said he feared for his life. "
        "The calls were with his parents, Edwin and Marla Tolland. Tolland told them he "
        "was the victim. Tolland is due back in court. Tolland plans to appeal.",
        "Lawyers for Garrick Tolland said he would appeal. Tolland declined to comment.",
    )
    assert "Tolland" in names["Garrick Tolland"]
    assert names.get("Marla Tolland", {"Marla Tolland"}) == {"Marla Tolland"}


def test_a_dam_and_its_project_are_one_works_not_the_region(nlp: Nlp) -> None:
    names = aliases(
        nlp,
        "Work on the Vellmoor Gorge Dam resumed on Monday near the Vellmoor Gorge, a region "
        "of steep valleys.",
        "Officials said the Vellmoor Gorge Power Project would be finished in 2031.",
        "Critics of the Vellmoor Gorge Project say the Vellmoor Gorge will flood.",
    )
    works = next(forms for forms in names.values() if "Vellmoor Gorge Dam" in forms)
    assert {"Vellmoor Gorge Power Project", "Vellmoor Gorge Project"} <= works
    assert "Vellmoor Gorge" not in works


def test_a_town_with_its_police_and_its_state_is_used_as_a_place(nlp: Nlp) -> None:
    text = (
        "A former Dunmere police officer was found dead in his Dunmere, Mass. home. Smith, "
        "Texas-born, said Dunmere officials declined to comment."
    )
    assert place_uses(text, {"Dunmere", "Smith"}) == Counter({"Dunmere": 2})
    brief = analyse([make_article("The Corley County D.A. said so on Monday.", "a")], nlp=nlp)
    assert "D.A." not in {e.name for e in brief.entities}  # a district attorney, no place


def test_an_article_named_in_quote_marks_is_no_quote(nlp: Nlp) -> None:
    text = (
        "As the journal noted in our 2011 article “Sinking Our Teeth Into Ghosts,” "
        "Marden has insisted that she views Ivy as a brave heroine."
    )
    assert speakers(nlp, text) == []


def test_a_paper_before_its_critic_is_a_name_of_its_own(nlp: Nlp) -> None:
    names = aliases(
        nlp,
        "Even the New York Times’ Manohla Dargis called the sequel tiresome, and the Boston "
        "Globe’s reviewer concurred.",
    )
    assert "Manohla Dargis" in names
    assert "New York Times" in names


def test_two_copies_of_a_quote_a_typo_apart_are_one_row() -> None:
    first, second = (Citation("a", 0, 10, 0), Citation("b", 0, 10, 0))
    said = "With a third of the precincts still out, we remain hopeful that the tally will turn"
    typo = "With a third of the precincts still out we remain hopefull that the tally will turn"
    other = "With a third of the precincts in, we are sure of nothing at all and will wait"
    story = StoryBrief(
        story=Story("s1", ("a", "b")),
        articles=(make_article(said, "a"), make_article(typo, "b")),
        summary=(),
        entities=(),
        claims=(
            QuoteClaim(said, "Vell", said, (first,)),
            QuoteClaim(typo, "Vell", typo, (second,)),
            QuoteClaim(other, "Vell", other, (second,)),
        ),
        conflicts=(),
        timeline=(),
    )
    rows = shown_quotes(story)
    assert [(q.words, q.citations) for q in rows] == [(said, (first, second)), (other, (second,))]


def test_a_newsletter_sign_up_box_is_furniture() -> None:
    assert is_furniture(
        "COUNTDOWN TO 2030 The race starts now. Email Sign Up By signing up you agree to "
        "receive email newsletters or alerts from the Ledger. You can unsubscribe at any time.",
        8,
    )


def test_a_summary_line_that_is_one_quotation_names_its_speaker(nlp: Nlp) -> None:
    text = (
        "Jory Vantaggio spent two years on the reissue. “The band was the real deal,” "
        "Vantaggio said. “The band was the real deal.”"
    )
    story = analyse([make_article(text, "a")], nlp=nlp)
    quote = next(c for c in story.claims if isinstance(c, QuoteClaim) and c.speaker)
    cite = quote.citations[0]
    line = SummarySentence("“The band was the real deal,”", (cite,))
    assert summary_line(story, line) == "“The band was the real deal,” — Jory Vantaggio"
    plain = SummarySentence("Jory Vantaggio spent two years on the reissue.", (cite,))
    assert summary_line(story, plain) == plain.text


def test_names_inside_a_quoted_title_are_no_one(nlp: Nlp) -> None:
    names = aliases(
        nlp,
        "Critics loved the album. The best track is “Lament for Martha Quill” from 1970, and "
        "the sleeve note quotes “Letters to Adrian Vance.” Dora Pell produced it.",
    )
    assert "Dora Pell" in names
    assert not [n for n in names if "Vance" in n or "Quill" in n]


def test_a_band_named_after_band_or_group_is_a_group(nlp: Nlp) -> None:
    text = "The rock group Velvet Harrow unveiled two songs on Monday."
    a = Article(id="a", source="", text=text, sentences=())
    found = find_mentions(a, nlp.parse(text), groups=(), settings=AnalysisSettings())
    assert {m.text: m.label for m in found}.get("Velvet Harrow") == "ORG"


def test_a_figure_written_with_a_half_is_the_clause_shown(nlp: Nlp) -> None:
    row = key_figures(
        analyse(
            [
                make_article(
                    "Published in 2019, Cell Block Suppers: A Convict's Kitchen told how he "
                    "cooked during a three-and-a-half year sentence in a county jail.",
                    "a",
                )
            ],
            nlp=nlp,
        )
    )
    assert any("three-and-a-half year sentence" in r.clause for r in row)


def test_a_quote_one_paper_prints_without_its_speaker_borrows_it(nlp: Nlp) -> None:
    said = (
        "“So whether it was a memo or a speech, it had to be passed along to each director for "
        "sign-off,” said Carys Helmond, a former aide."
    )
    bare = (
        "The aides had little say. “So whether it was a memo or a speech, it had to be passed "
        "along to each director for sign-off.”"
    )
    assert speakers(nlp, said, bare) == ["Carys Helmond", "Carys Helmond"]


def test_a_sum_one_article_states_twice_is_one_row(nlp: Nlp) -> None:
    text = (
        "Council members criticised the department’s plan to award a $35 million deal for "
        "vehicles. The department says $35 million is a cap, not what it expects to pay."
    )
    rows = key_figures(analyse([make_article(text, "a")], nlp=nlp))
    assert [r.value for r in rows].count("35 million") == 1


def test_an_age_group_counts_no_teams_and_vertebrae_stay_plural(nlp: Nlp) -> None:
    text = "She was at a picnic with her 12-and-under team when she cracked two vertebrae."
    assert figures(nlp, text) == [(2.0, "vertebrae")]


def test_a_wife_and_a_brother_named_in_passing_leave_the_surname_to_the_story(nlp: Nlp) -> None:
    names = aliases(
        nlp,
        "Investigators probing the death of director Tobin Ravell said they did not know why. "
        "Ravell had been working on a film.",
        "Ravell, the younger brother of filmmaker Ardley Ravell, parked his car. Ravell was "
        "seen near the fence. Ravell was the father of twins with wife Dona Mae Ravell. Ravell "
        "had no known illness, and Ravell had finished a script.",
    )
    assert "Ravell" in names["Tobin Ravell"]


def test_a_month_after_a_ranges_dash_ends_no_sentence_and_a_print_note_is_furniture() -> None:
    text = "It first appeared in the Oct. 2-Nov. 14 issue of the magazine. Next one."
    assert next(text[a:b] for a, b in split_sentences(text)).endswith("of the magazine.")
    assert is_furniture(
        "This story first appeared in the Oct. 2-Nov. 14 issue of The Tarrow Review magazine.",
        8,
    )


def test_a_number_opening_a_name_counts_nothing_and_a_barred_label_is_cut(nlp: Nlp) -> None:
    text = (
        "After the lab checked for KRTX4 in the 1,000 Genomes Project database, it had a match. "
        "The 300 Hilton Hotels staff left."
    )
    assert figures(nlp, text) == [(300.0, "staff")]
    assert unglued("Updated | When the early farmers reached Europe, they got shorter.") == (
        "When the early farmers reached Europe, they got shorter."
    )


def test_a_persons_car_is_named_by_its_make_and_says_nothing(nlp: Nlp) -> None:
    text = "A car fits the account of Smith's Mercedes SUV. Will Smith was shot."
    article = Article(id="a", source="", text=text, sentences=())
    found = find_mentions(article, nlp.parse(text), groups=(), settings=AnalysisSettings())
    assert "Mercedes" in {m.text for m in found}
    assert not [m for m in found if "'s" in m.text]
    assert checked_type("Lorne Wright Place", "PERSON") != "PERSON"
    text = (
        "Will Smith was shot. Cardell Hayes's Hummer rear-ended the Mercedes. The Hummer "
        "stopped. The Hummer was seen on video. At some point, his wife had stepped out of the "
        'car, when she was hit once in the arm. Video caught her calling out. "I need a '
        'doctor. My arm has been hit!" she cried.'
    )
    assert "Hummer" not in speakers(nlp, text)


def test_a_figure_spelled_before_a_hyphen_is_found_in_its_clause(nlp: Nlp) -> None:
    text = "The Hummer pursued the car; Tarrant was shot near a five-point intersection."
    rows = key_figures(analyse([make_article(text, "a")], nlp=nlp))
    assert all("five-point" in r.clause for r in rows if r.value == "5")


def test_a_current_wife_keeps_no_surname_and_a_six_figure_sum_counts_nothing(nlp: Nlp) -> None:
    names = aliases(
        nlp,
        "Donald Varrow denied the affair. Varrow married his current wife, Melody Varrow, in "
        "2005. Varrow said nothing else. Varrow left. Varrow's lawyer made a six-figure "
        "payment.",
    )
    assert "Varrow" in names["Donald Varrow"]
    assert figures(nlp, "His lawyer made a six-figure payment to keep 3 women quiet.") == [
        (3.0, "women")
    ]


def test_a_hyphenated_counted_word_is_counted_whole(nlp: Nlp) -> None:
    text = "Police arrested five members and seven counter-protesters on Saturday."
    assert (7.0, "counter-protesters") in figures(nlp, text)


def test_a_bracketed_link_to_another_story_is_furniture() -> None:
    assert is_furniture("[Club bars Rapinoe from kneeling for the anthem at home games]", 8)
    assert is_furniture("[Rapinoe hits back: ‘It’s [expletive] absurd.’]", 8)
    assert not is_furniture("The [Spirit] owner said the anthem was played early.", 8)


def test_two_papers_cutting_one_statement_at_different_ends_share_its_speaker(
    nlp: Nlp,
) -> None:
    said = (
        "“It’s a painful subject for many people. I’m trying to be mindful of that and open to "
        "other ways of seeing it. It’s a hard subject and a hard season for all of us. We’ve "
        "got some things we need to sort out,” Jeff Ardent said."
    )
    bare = (
        "The commissioner spoke after the match. “It’s a painful subject for many people. I’m "
        "trying to be mindful of that and open to other ways of seeing it. It’s a hard subject "
        "and a hard season for all of us. I’m not sure how to fix it.”"
    )
    assert speakers(nlp, said, bare) == ["Jeff Ardent", "Jeff Ardent"]


def test_a_record_number_counts_what_follows_and_a_year_ends_no_name(nlp: Nlp) -> None:
    text = "The film earned a record 14 Oscar nominations."
    assert figures(nlp, text) == [(14.0, "nominations")]
    text = "He sailed the Nautilus between 2014 and 2015 with friends."
    article = Article(id="a", source="", text=text, sentences=())
    found = find_mentions(article, nlp.parse(text), groups=(), settings=AnalysisSettings())
    assert not [m for m in found if "2014" in m.text]
    text = "A statement by the University Clinic in Innsbruck where she is treated said so."
    article = Article(id="b", source="", text=text, sentences=())
    found = find_mentions(article, nlp.parse(text), groups=(), settings=AnalysisSettings())
    assert not [m for m in found if m.text.endswith("where")]


def test_a_size_counts_nothing(nlp: Nlp) -> None:
    text = 'Backers get a signed 11" x 17" print. The 8 x 10 photo showed 3 men.'
    assert figures(nlp, text) == [(3.0, "men")]


def test_a_given_name_the_table_knows_as_a_place_opens_a_persons_name(nlp: Nlp) -> None:
    text = "A fan crawled under the gown of actress America Ferrera at the gala."
    article = Article(id="a", source="", text=text, sentences=())
    groups = load_alias_groups(AnalysisSettings())
    found = find_mentions(article, nlp.parse(text), groups=groups, settings=AnalysisSettings())
    assert ("America Ferrera", "PERSON") in {(m.text, m.label) for m in found}


def test_a_given_name_with_a_family_or_an_age_is_a_persons(nlp: Nlp) -> None:
    names = aliases(
        nlp,
        "Officer Collin Varnet died on Wednesday. “This is a loss we all carry, Collin "
        "and his family,” the president said. Collin is 29 years old. We honor Collin’s "
        "memory. Please keep Collin in your thoughts.",
    )
    assert "Collin" in names["Collin Varnet"]


def test_numbers_after_a_group_of_people_are_their_ages(nlp: Nlp) -> None:
    text = "The dead included two girls, 9 and 11. Police arrested 12 men, 4 of them armed."
    assert [v for v, _ in figures(nlp, text)] == [2.0, 12.0, 4.0]


def test_a_ratio_counts_nothing_but_stab_wounds_count(nlp: Nlp) -> None:
    text = (
        "Islanders served in wars at three times the national rate. He was stabbed "
        "three times. Prices rose five times faster than wages."
    )
    assert figures(nlp, text) == [(3.0, "times")]


def test_a_stations_social_links_are_furniture() -> None:
    assert is_furniture("Follow WTRX.COM: Facebook | Twitter", 8)
    assert not is_furniture("Follow the money, investigators said.", 8)


def test_calling_the_emergency_line_counts_no_searches(nlp: Nlp) -> None:
    text = (
        "Neighbours spent about 15 minutes hunting for little Dorrin before calling 911 and "
        "search and rescue teams were sent out. Analysts studied Patsy Varn's 911 call "
        "and the 911 tape."
    )
    assert not [v for v, _ in figures(nlp, text) if v in (911.0, 999.0)]


def test_a_captcha_is_furniture_and_a_sergeant_without_a_dot_is_a_title(nlp: Nlp) -> None:
    assert is_furniture(
        "You must enter the characters with black color that stand out from the other characters",
        8,
    )
    names = aliases(
        nlp,
        "The judge held former Green Beret Sgt Joe Varnez accountable. Varnez sat on the "
        "cot. Varnez had served three tours.",
        "Joseph Varnez said the night changed him. Varnez thanked the judge.",
    )
    assert not [n for n in names if "Sgt" in n]


def test_a_name_with_accents_reads_as_a_persons() -> None:
    assert person_like("José Grünberg", "ORG")
    assert person_like("Émile Bélanger", "NORP")
    assert not person_like("Grünberg Stiftung Hospital", "ORG")


def test_two_apostrophes_close_a_quotation() -> None:
    text = "The new “Night Harvest’’ is much less playful, and “it works,” he said."
    assert [text[q.start : q.end] for q in quote_spans(text)] == ["“Night Harvest’’", "“it works,”"]
