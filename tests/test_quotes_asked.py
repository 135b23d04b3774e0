"""Quote speakers found reading the Multi-News dev misses of stops 35 and 36: the one asked
answers, "Sen." is a senator, an accusation is said ("charged"), a letter introduced with a
colon is its writer's, "one defense attorney" is nobody the story named, and a document speaks
for its maker."""

from __future__ import annotations

import pytest
from builders import said_in

from newsbrief.backends.nlp import Nlp


def test_the_one_asked_answers_and_a_senator_is_the_sen(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Sen. Dara Whitcombe said Sunday the trade council was stalling the talks.\n\n"
        "“They hope to run out the clock on the harbor deal,” Whitcombe said on the program.\n\n"
        "Host Martin Kessel asked the senator what she thought of the leaked memo and its "
        "timing.\n\n"
        "“Anyone can see the memo was dropped to muddy the water,” she said.",
    )
    assert said["Anyone can see"] == "Dara Whitcombe"


def test_a_request_is_no_question(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Governor Hollis Brandt asked Marla Venn to resign on Monday.\n\n"
        "“We need a fresh start at the agency right now,” he said.",
    )
    assert said["We need a"] == "Hollis Brandt"


def test_an_accusation_is_said_and_a_charge_laid_is_not(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The flood response was “a textbook failure of the river authority.” Sen. Dara "
        "Whitcombe charged on Sunday.\n\n"
        "Police charged Kenton Rusk with “reckless endangerment of the whole street” on Friday.",
    )
    assert said["a textbook failure"] == "Dara Whitcombe"
    assert said.get("reckless endangerment of", "") != "Police"


def test_a_letter_introduced_with_a_colon_is_its_writers(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Mayor Ronan Tull released a note to the volunteers on Thursday, which began:\n\n"
        "“You carried sandbags for three nights and the levee held because of you.”",
    )
    assert said["You carried sandbags"] == "Ronan Tull"


def test_one_of_many_attorneys_is_not_the_district_attorney(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Former District Attorney Lorna Pike said the case was handled badly.\n\n"
        "“Were you at the quarry gate when the truck left that evening?” one defense attorney "
        "asked the driver in court.",
    )
    assert said["Were you at"] != "Lorna Pike"


def test_outlets_report_and_agree_and_documents_state(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The Harlow Ledger agrees that Rusk “brought the water question into the campaign.”\n\n"
        "“Talk of a reprieve brings the issue to the fore,” reported the Kesh Courier.\n\n"
        "The council approved a motion that backs “the fair use of the reservoir for every "
        "town on the river,” the motion states.",
    )
    assert said["brought the water"] == "Harlow Ledger"
    # "agrees with the plaintiff's assertion that “...”": not the court's own words.
    assert (
        said_in(
            nlp,
            "In the end, the court agrees with the plaintiff's claim that “the old ban on "
            "estimates was never lifted by the council.”",
        ).get("the old ban", "")
        != "court"
    )
    assert said["Talk of a"] == "Kesh Courier"
    # A quote its own paragraph leads into does not go on with the last speaker.
    assert said["the fair use"] != "Kesh Courier"


def test_a_person_of_a_group_speaks_when_the_parser_makes_the_group_the_subject(
    nlp: Nlp,
) -> None:
    said = said_in(
        nlp,
        "“All of the men on the row are poor,” said Carl Breen of Death Row Watch of Nevada.",
    )
    assert said["All of the"] == "Carl Breen"


def test_the_one_prompted_to_conclude_speaks(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Then the mayor went through with the closure, prompting radio host Carl Breen to "
        "conclude that she had “reopened the fight over the harbor” this spring.",
    )
    assert said["reopened the fight"] == "Carl Breen"


def test_what_was_reported_is_no_quote_and_here_is_no_speaker(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The Kesh Safety Board said in a statement that it could not tell whether the heat "
        "had caused the haze the crew saw in the cabin, or whether it was “merely the "
        "result of other events.”\n\n"
        "The fee system is complex. Here's how the company describes it:\n\n"
        "“If you list an item and set the opening bid at five dollars, you pay a small fee.”",
    )
    assert said["merely the result"] == "Kesh Safety Board"
    # A clause said is the verb's own, whatever the parser made of its "that".
    said = said_in(
        nlp,
        "Ronan Tull, chairman of the Kesh Harbor Board, said at the end of the river "
        "forum that Asian delegates agreed that the flood is “not only a question for "
        "engineers but one for all of society.”",
    )
    assert said["not only a"] == "Asian delegates"
    assert said.get("If you list", "") != "Here"


def test_they_added_goes_on_with_the_speakers_before(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Their trade ministers said in a joint note after the talks “the fight against "
        "smuggling needs every port to act together.”\n\n"
        "They added the smuggling of people “is emerging more and more often as a new form "
        "of crime.”",
    )
    assert said["is emerging more"] == said["the fight against"] != ""


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "At a June meeting in Tarrow, the Harbour Union of Pilots approved a resolution "
            "that backs “the fair use of the locks as a lasting remedy for the port,” the "
            "resolution states.\n\nThe vote was close.",
            "the fair use",
            "Harbour Union of Pilots",
        ),
        (
            "A message posted by Mayor Ada Rook on Monday said: “I am in.”\n\n“I am running "
            "because the valley deserves a fighter,” said the message.",
            "I am running",
            "Ada Rook",
        ),
        (
            "Voters are barely receptive to the party, according to an internal Kesh Forum "
            "report released on Tuesday.\n\nThe report is blunt. “This lack of understanding "
            "closes many minds,” the report says.",
            "This lack of",
            "Kesh Forum",
        ),
        # A finding's or an assertion's words, with no say-verb.
        (
            "Ada Rook objected to a finding by the Kesh Harbour Board that she was “an "
            "accessory after the fact” in the harbour bombing.",
            "an accessory after",
            "Kesh Harbour Board",
        ),
        (
            "Lawyers cited the Kesh Harbour Board's assertion that “the locks were never safe” "
            "in their appeal.",
            "the locks were",
            "Kesh Harbour Board",
        ),
        # A maker the article does not name: the document as written.
        (
            "A report by two groups was released on Tuesday.\n\n“The party fails to speak to "
            "voters,” the report says.",
            "The party fails",
            "report",
        ),
    ],
)
def test_a_document_speaks_for_whoever_the_article_says_made_it(
    nlp: Nlp, text: str, opening: str, speaker: str
) -> None:
    assert said_in(nlp, text)[opening] == speaker


def test_a_colon_in_the_quote_s_own_paragraph_introduces_its_subject(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Host Carl Wendt broached the subject of the confrontation first: “Did Senator Dorn "
        "Vasek lie to you about the two responses by the council today?”\n\n"
        "The sign on the door read: “Closed for the season, see you all next spring in the old "
        "place.”",
    )
    # The asker, not a name inside the question; a sign is nobody.
    assert said["Did Senator Dorn"] == "Carl Wendt"
    assert said["Closed for the"] == ""


def test_a_quote_after_a_paraphrase_with_he_said_set_in_is_the_paraphrased(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "“I doubt very much that the judge chose probation on those grounds,” said Andy "
        "Kestrel, deputy public defender for the county.\n\n"
        "Kestrel noted that judges can find it hard to hand down light terms for brutal "
        "crimes. But now and then, he said, it’s the only fair outcome.\n\n"
        "“When a case is famous the crowd wants a harsh term. A judge has to hold firm "
        "against that.”",
    )
    assert said["When a case"] == "Andy Kestrel"


def test_a_lead_in_s_passive_doer_speaks_not_a_speaker_of_an_earlier_sentence(
    nlp: Nlp,
) -> None:
    said = said_in(
        nlp,
        "Chairman Dorn Vasek said he is ready to subpoena the memos. His request was echoed "
        "by AshLee Sorel, spokeswoman for House Speaker Paul Ryle: \n\n"
        '"We want every fact on the table, and the committee is right to seek this '
        'memo."',
    )
    assert said["We want every"] == "AshLee Sorel"


def test_a_passer_by_who_sobs_the_words_speaks_them(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Hundreds came to the hall on Sunday to lay flowers.\n\n"
        "“Why was I not there that night?” sobbed a young woman as she stepped back from the "
        "railing.\n\n"
        "“We will rebuild the hall before the winter comes,” Mayor Ann Kolby lamented.",
    )
    assert said["Why was I"] == "a young woman"
    assert said["We will rebuild"] == "Ann Kolby"


def test_the_statement_added_is_the_maker_of_the_statement_quoted_before(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        '"We are truly sorry for the mistake made on stage tonight," said Kessel Audit, '
        "which has counted the ballots for years.\n\n"
        "The statement added:\n\n"
        '"We are now looking into how such a slip was possible and apologise once more."',
    )
    assert said["We are now"] == "Kessel Audit"


def test_the_judge_is_the_one_titled_justice(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Giving the ruling of the Court of Appeal, Mr Justice Dorn Halloran said the Government "
        "had broad powers.\n\n"
        "In the Vesk case, the judge said, the one question left to the Government “is "
        "which harmful substances are so open to abuse that they must be banned”.",
    )
    assert said["is which harmful"] == "Dorn Halloran"


def test_features_tell_speech_in_the_present_tense(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        'Theron hugs MacLaine, who remarks, "She was wonderful up there, honestly" '
        "when Kidman is shown.\n\n"
        'On the way to the lounge, Teigen points out to her date, "Your old pal is '
        'right there, John."\n\n'
        '"If you all enjoy it, then so do I," Kimmel says happily. "Have fun out there, lots '
        'and lots of fun." He laughs. "OK, maybe not that much fun."',
    )
    assert said["She was wonderful"] == "MacLaine"
    assert said["Your old pal"] == "Teigen"
    assert said["OK, maybe not"] == "Kimmel"


def test_the_actress_is_the_woman_just_named_and_the_one_asked_is_no_title(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        '"It is one of the strangest things that ever happened to me," Warren Bellamy said '
        'backstage. "Lucky for me I had a partner on stage," co-presenter Faye Dorran '
        "responded.\n\n"
        'The actress then asked Bellamy, "Who else should I tell about it?"\n\n'
        '"Everybody in the whole hall," he said.\n\n'
        'At the ball, Dorran was quiet. The presenter told a reporter, "No, I am not going to '
        'speak about it."',
    )
    assert said["Who else should"] == "Faye Dorran"
    assert said["Everybody in the"] == "Warren Bellamy"
    # Two presenters: the one the article named last ("co-presenter" is a presenter).
    assert said["No, I am"] == "Faye Dorran"


def test_an_award_is_no_one_and_hello_says_nothing(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Damien Vorle stays gracious, even after taking home his best director Oscar. He "
        'turns to presenter Halle Bery and says, "Well, it was a pleasure to finally meet '
        'you."\n\n'
        'He heads over to the camera, then says hello to Todd. "Shaky hands and all, this has '
        'been a wonderful evening."',
    )
    assert said["Well, it was"] == "Damien Vorle"
    assert said["Shaky hands and"] == "Damien Vorle"


def test_who_clarifies_or_confirms_the_words_speaks_them(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "“I opened the envelope and it gave the wrong name,” Warren Loft clarified, laughing "
        "nervously.\n\n"
        "“The fire was set from inside the hall,” Fire Chief Dana Moss confirmed on Monday.\n\n"
        "“That is simply not what happened that night,” the mayor retorted.",
    )
    assert said["I opened the"] == "Warren Loft"
    assert said["The fire was"] == "Dana Moss"
    assert said["That is simply"] == "mayor"


def test_it_said_after_a_quote_is_the_company_before_or_the_one_the_quote_opens_with(
    nlp: Nlp,
) -> None:
    said = said_in(
        nlp,
        "Harbor Airlines has not changed its stance on the subsidies.\n\n"
        "“The board continues to believe that the governor will stand up for local jobs,” it "
        "said in a filing.\n\n"
        "But the airline would not say more.\n\n"
        "“Harbor Airlines will keep flying every route it flies today,” it said.\n\n"
        "The report was released on Monday.\n\n"
        "“The harbor will need new dredging within a decade,” it said.",
    )
    assert said["The board continues"] == "Harbor Airlines"
    assert said["Harbor Airlines will"] == "Harbor Airlines"
    assert said["The harbor will"] == ""  # a report is no company


def test_a_finding_by_the_body_or_a_response_issued_is_whose_it_is(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dan Reyes objected to a finding by the state commission that he had been “a silent "
        "partner in the harbor bombings.”\n\n"
        "Governor Mary Hollis and the bishops of the state issued a sharply worded reply "
        "that the death penalty “has no place in a decent and humane society.”",
    )
    assert said["a silent partner"] == "commission"
    assert said["has no place"] == "Mary Hollis"


def test_who_concludes_after_the_quote_speaks_but_a_post_that_concludes_with_lines_does_not(
    nlp: Nlp,
) -> None:
    said = said_in(
        nlp,
        "Donald Trump wondered how the papers would respond. It would have been the “hottest "
        "news anywhere for a whole week!” he concluded.\n\n"
        "On Friday, the ranch's page expanded on the remarks. The post concluded with these "
        "lines:\n\n"
        "“I am only walking the road Rosa Parks walked when she defied unjust laws.”",
    )
    assert said["hottest news anywhere"] == "Donald Trump"
    assert said["I am only"] == ""


def test_a_crowd_that_shouts_or_one_of_a_group_speaks_as_the_article_names_them(
    nlp: Nlp,
) -> None:
    said = said_in(
        nlp,
        "The blast left the van a heap of burnt steel. Soldiers and police kept "
        "the onlookers away. “It is dangerous — stay back right now!” they shouted.\n\n"
        'After Davis steps out, one of the stage managers remarks, "Surely that is a first '
        'for the Oscars."\n\n'
        'As Kimmel comes back, staffers ask, "Should we applaud yet, boss?"\n\n'
        "The fans were ecstatic. “The show is over. Period, and good riddance,” gloated one of "
        "them.",
    )
    assert said["It is dangerous"] == "Soldiers and police"
    assert said["Surely that is"] == "one of the stage managers"
    assert said["Should we applaud"] == "staffers"
    assert said["The show is"] == ""  # "one of them" says nothing of who
    named = said_in(
        nlp,
        "“As parents ourselves, it cut very deep,” one of the volunteers, Lena Marsh, "
        "told the paper.",
    )
    assert named["As parents ourselves,"] == "Lena Marsh"


def test_they_after_two_named_people_is_neither(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Kim Vale and Ned Rook held back the crowds. “It is dangerous — stay back right now!” "
        "they shouted.",
    )
    assert said["It is dangerous"] == ""


def test_a_trade_that_is_the_subject_of_the_first_of_two_joined_verbs_speaks(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        'The accountant from the audit firm jumps up and says, "He took the wrong envelope, '
        'folks!"',
    )
    assert said["He took the"] == "accountant"


def test_quotes_in_the_present_as_saying_gives_the_one_quoted(nlp: Nlp) -> None:
    # "Interfax quotes Ivanov as saying": the one quoted speaks, as with "quoted"; a document
    # quoted so speaks for itself, not for the office that quotes it.
    said = said_in(
        nlp,
        "“The talks will go on until the harbor deal is signed,” the Kesh Wire quotes Dara "
        "Whitcombe as saying.\n\n"
        "“Someone has to tell the bosses apart from ordinary folk like me,” "
        "Ilse Marrak’s office quotes the letter as saying.",
    )
    assert said["The talks will"] == "Dara Whitcombe"
    assert said["Someone has to"] == "letter"


def test_according_to_set_off_by_commas_gives_the_source(nlp: Nlp) -> None:
    # 'In one broadcast, according to the Kesh Post, "she read ..."': the source between commas,
    # after an opening phrase, speaks as it does opening the sentence.
    said = said_in(
        nlp,
        "In one broadcast, according to the Kesh Post, “she read the old harbor poem aloud.”\n\n"
        "The mayor, according to the indictment, “took the money and left the city at once.”",
    )
    assert said["she read the"] == "Kesh Post"
    assert said["took the money"] == "indictment"


def test_a_quote_going_on_from_one_said_by_nobody_named_is_nobody_s(nlp: Nlp) -> None:
    # '“...,” she recalls him saying. “...”': "him" is no one the story names, so neither
    # quote is hers (the second used to take the recaller).
    said = said_in(
        nlp,
        "In one early incident, Senator Dara Whitcombe describes an older colleague who "
        "stopped her in a corridor. “Don’t get too thin on us now,” she recalls him saying. "
        "“I prefer my colleagues sturdy.”",
    )
    assert said["Don’t get too"] == ""
    assert said["I prefer my"] == ""


def test_a_role_told_by_another_word_is_the_same_person(nlp: Nlp) -> None:
    # "The family's attorney, Marta Ruiz ... the lawyer said": one person.
    said = said_in(
        nlp,
        "The family's attorney, Marta Ruiz, spoke outside the court on Monday.\n\n"
        "“We will appeal this ruling at once,” the lawyer said.\n\n"
        "Police spokeswoman Ann Lee said two men were held.\n\n"
        "“Both are cooperating with us,” the spokesman said.",
    )
    assert said["We will appeal"] == "Marta Ruiz"
    assert said["Both are cooperating"] == "Ann Lee"


def test_an_attorney_general_is_no_one_s_lawyer(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Attorney General Brian Frosh announced the charges on Tuesday.\n\n"
        "“We will fight these charges in court,” the lawyer said.",
    )
    assert said["We will fight"] == "lawyer"


def test_he_is_no_woman_the_story_named(nlp: Nlp) -> None:
    # Given names the table knows say whom "he" and "she" may mean: "Kirsten" is a woman.
    said = said_in(
        nlp,
        "Senator Kirsten Olander described her early days in the chamber to a magazine.\n\n"
        "A labor leader once advised her to change her looks before a special election.\n\n"
        "“To win, you need to look different again,” he said.",
    )
    assert said["To win, you"] != "Kirsten Olander"


def test_a_quotation_in_a_clause_is_its_subject_s_words(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The fire was the worst in the country's history.\n\n"
        "King Arvid Holm, on a trip abroad, sent a statement reassuring relatives that “all "
        "of us in this country feel great sympathy.”\n\n"
        "Senator Ilse Marr released a report on the flood response on Monday. As for the army, "
        "the report found that soldiers “conducted themselves properly and with great care.”",
    )
    assert said["all of us"] == "Arvid Holm"
    assert said["conducted themselves properly"] == "Ilse Marr"


def test_a_place_or_a_listener_is_no_clause_speaker(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The review grades each state on its science standards.\n\n"
        "Nevada gets a 68 (“this otherwise sound document suffers from sloppy order”) and "
        "Utah a 64.\n\n"
        "Dana Kell startles when she hears “Coming up next, the late show host!” on air.",
    )
    assert said["this otherwise sound"] == ""
    assert said["Coming up next,"] == ""


def test_a_quotation_inside_a_quotation_is_the_one_its_say_verb_names(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "“Last week the lawyer of the harbor board said, `Everything was decided by Olin Marsh, "
        "who has since left.' I know that is not true,” Dara Whitcombe said.\n\n"
        "“The inspector told me: ‘The crane would have failed within a month.’ Why wait?” "
        "Kenton Rusk said.",
    )
    assert said["Last week the"] == "Dara Whitcombe"
    assert said["Everything was decided"] == "lawyer"
    assert said["The inspector told"] == "Kenton Rusk"
    assert said["The crane would"] == "inspector"


def test_no_one_said_a_quotation_someone_will_say_nor_one_he_said(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dara Whitcombe met Olin Marsh on Monday.\n\n"
        "“Any fair reader will say, ‘This is how it went, in the end.’ And he said, ‘The board "
        "knew all along about it.’ We did not,” Whitcombe said.",
    )
    assert said["Any fair reader"] == "Dara Whitcombe"
    assert "This is how" not in said
    assert "The board knew" not in said


def test_a_statement_from_a_person_right_after_the_quote_is_theirs(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Harbor Freight Lines said it had dropped its bid for the ferry company because of "
        "“some matters that the two sides never settled,” according to a statement from company "
        "secretary Olin Marsh.\n\n"
        "Dara Whitcombe said the plan was “a scandal for the whole town,” according to Kenton "
        "Rusk.\n\n"
        "Mara Lisle told police she was “scared for her own life,” according to court documents.",
    )
    assert said["some matters that"] == "Olin Marsh"
    assert said["a scandal for"] == "Dara Whitcombe"
    assert said["scared for her"] == "Mara Lisle"


def test_an_attribution_left_inside_the_quote_marks_names_the_speaker(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The county defender, Molly Aberline, backed the judge.\n\n"
        "“This was a rough decision for the court to make. But he is going to jail, said "
        "Aberline. He will carry that for the rest of his life.”",
    )
    assert said["This was a"] == "Molly Aberline"


def test_a_chant_of_two_sentences_is_no_title_and_a_crowd_keeps_its_members(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "Dozens gathered outside the harbor office on Friday.\n\n"
        "“Close the Port! Save the Bay!” a small crowd of protesters shouted from behind the "
        "barricades.\n\n"
        "“We will not move from here,” a group of parents said.",
    )
    assert said["Close the Port!"] == "a small crowd of protesters"
    assert said["We will not"] == "a group of parents"


def test_a_word_in_lower_case_is_no_one_she_could_be(nlp: Nlp) -> None:
    # The small tagger types "ghrelin" a person here, as on a Multi-News dev article.
    said = said_in(
        nlp,
        "One spring in 2009, Alma Jing Lau, who researches how shoppers choose at the University "
        'of Kesh, stopped at a food court and felt sorry about every bag she carried. "I '
        'could not see why buying 12 pairs of socks had felt so sensible," she says.\n\n'
        "So what explains it? An empty stomach sends out a hormone known as "
        "ghrelin. This reaches a part of the brain tied to pleasure and drive, "
        "and it nudges people to go looking for something to "
        "eat.\n\n"
        "Jing Lau thinks that ghrelin's pull also reaches well beyond food – "
        "so that a hungry person wants a bit more of everything. \"We'd like shoppers "
        "to know that a trip to the mall before lunch could "
        'cost them more than they planned," she says.\n\n'
        "She adds: \"We're next going to study whether hunger changes other habits, "
        'such as the way people talk to each other."',
    )
    assert said["We're next going"] == said["We'd like shoppers"] == "Jing Lau"


def test_a_body_quoted_by_its_short_name_is_given_by_its_full_name(nlp: Nlp) -> None:
    said = said_in(
        nlp,
        "The Harbor Safety Board (HSB) reviewed the crane on Monday.\n\n"
        "HSB maintains that, under its reading of the rules, a crane is only unsafe when it is "
        "“already failing in plain sight of the crew.”",
    )
    assert said["already failing in"] == "Harbor Safety Board"
