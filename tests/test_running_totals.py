"""Wire-style figures: "dlrs" sums, "of the dead", running totals and figures of other times.

Invented sentences in the style of real wire coverage (AP's "dlrs 250,000"; a fire's dead
identified through a day), run through spaCy and the story stage as the product does it.
"""

from __future__ import annotations

from dataclasses import replace

from builders import analyse, make_article, reported
from builders import quantity as qty

from newsbrief.article.predicates import thing_class
from newsbrief.backends.nlp import Nlp
from newsbrief.models import QuantityClaim
from newsbrief.story.conflicts import align_claims
from newsbrief.story.revisions import contested, revises_near


def _figures(nlp: Nlp, text: str) -> list[tuple[float, str, str]]:
    brief = analyse([make_article(text, "a", published="2024-10-31")], nlp=nlp)
    return [(c.value, c.unit, c.predicate) for c in brief.claims if isinstance(c, QuantityClaim)]


def test_the_wire_abbreviation_for_dollars_is_a_sum_of_dollars(nlp: Nlp) -> None:
    told = _figures(nlp, "The charity provided nearly dlrs 250,000 in grants to 9 families.")
    assert (250000.0, "dollars", "provided") in told


def test_the_dead_counted_are_the_dead_not_deads(nlp: Nlp) -> None:
    told = _figures(nlp, "Just 11 of the dead were identified by Saturday noon.")
    assert (11.0, "dead", "identified") in told
    assert thing_class("dead") == thing_class("bodies")


def test_a_running_total_counts_what_its_clause_says(nlp: Nlp) -> None:
    told = _figures(
        nlp, "Pathologists identified a further 16 of the bodies by dusk, bringing the total to 27."
    )
    assert (27.0, "bodies", "identified") in told


def test_a_running_total_updates_a_smaller_count_of_the_same_day(nlp: Nlp) -> None:
    # Saturday: 11 of the dead identified by noon, then "bringing the total to 27"; a
    # third report's "45 bodies were found" is another count, not a contradiction of 27.
    articles = [
        make_article("Just 11 of the dead were identified by Saturday noon.", "a",
                     published="2024-10-26"),
        make_article("Pathologists identified a further 16 of the bodies by dusk, bringing "
                     "the total to 27.", "b", published="2024-10-26"),
        make_article("Police said 45 bodies were found in the hall.", "c",
                     published="2024-10-25"),
    ]  # fmt: skip
    brief = analyse(articles, nlp=nlp)
    told = [(c.kind, [float(s.value) for s in c.sides]) for c in brief.conflicts]
    assert told == [("update", [11.0, 27.0])]


def test_figures_written_to_hold_on_different_days_do_not_contradict() -> None:
    # "9 bodies had been named by Friday night", "11 ... identified by Saturday noon" (told
    # with two verbs): two times, so no contradiction.
    claims = [
        replace(qty("a", 9.0, "bodies named", "bodies"), as_of="2024-10-25",
                as_of_written=True),
        replace(qty("b", 11.0, "bodies identified", "bodies"), as_of="2024-10-26",
                as_of_written=True),
    ]  # fmt: skip
    assert align_claims(claims)[1] == ()
    same_day = [replace(c, as_of="2024-10-26") for c in claims]
    assert [c.kind for c in align_claims(same_day)[1]] == ["contradiction"]


def test_a_group_named_before_the_number_is_what_it_counts(nlp: Nlp) -> None:
    # "Of the injured, 17 remained ...": 17 injured; "Of the 300 passengers, 12 were killed":
    # 12 killed, and the 300 were not.
    told = _figures(nlp, "Of the injured, 17 remained in intensive care on Sunday.")
    assert (17.0, "injured", "remained") in told
    told = _figures(nlp, "Of the 300 passengers, 12 were killed.")
    assert (300.0, "passengers", "") in told and (12.0, "passengers", "killed") in told
    told = _figures(nlp, "Of the 30 people injured on the bridge, 18 were taken to hospital.")
    assert (30.0, "people", "injured") in told
    assert _figures(nlp, "Of the 62 dead, 40 were teenagers.") == [
        (62.0, "dead", "dead"),
        (40.0, "teenagers", "were"),
    ]


def test_areas_are_measures_converted_to_square_kilometres(nlp: Nlp) -> None:
    told = _figures(nlp, "The territory covers 540,000 square miles, and the park 15.28 sq km.")
    assert (540000.0, "square miles", "covers") in told
    assert any(v == 15.28 and u == "square kilometres" for v, u, _ in told)
    articles = [
        make_article("Kesh Territory covers some 540,000 square miles of tundra.", "a",
                     published="1999-04-01"),
        make_article("Kesh Territory encompasses 539,780 square miles.", "b",
                     published="1999-04-02"),
    ]  # fmt: skip
    brief = analyse(articles, nlp=nlp)
    assert brief.conflicts == ()
    # Both in square miles: the agreement is shown as the sources write it, not converted.
    assert [(a.subject, a.value) for a in brief.agreements] == [("area, square miles", 539780.0)]


def test_a_distance_is_never_lengthened_into_the_story_s_area(nlp: Nlp) -> None:
    # "square miles" is the only compound of "miles" the story writes: a distance stays miles.
    articles = [
        make_article("The territory covers 540,000 square miles and stretches nearly 1,800 "
                     "miles from Orrin Bay to Kesh Point.", "a", published="1999-04-01"),
        make_article("It stretches 1,700 miles from east to west.", "b", published="1999-04-02"),
    ]  # fmt: skip
    brief = analyse(articles, nlp=nlp)
    units = {c.value: c.unit for c in brief.claims if isinstance(c, QuantityClaim)}
    assert units[1800.0] == "miles"
    assert units[540000.0] == "square miles"


def test_a_number_word_that_opens_a_name_is_no_count(nlp: Nlp) -> None:
    told = _figures(nlp, "The vast Three Gorges reservoir scheme will need 12 years to finish.")
    assert not any(v == 3.0 for v, _, _ in told)
    assert (3.0, "soldiers", "died") in _figures(nlp, "Three soldiers died on Monday.")


def test_a_figure_in_brackets_in_another_unit_is_the_same_figure(nlp: Nlp) -> None:
    told = _figures(nlp, "Kesh is about 200 kilometers (125 miles) from the coast.")
    assert [(v, u) for v, u, _ in told] == [(200.0, "kilometres")]
    told = _figures(nlp, "Volunteers built a 20-meter-long (66-foot-long) wall of sandbags.")
    assert [v for v, _, _ in told] == [20.0]
    told = _figures(nlp, "They walked 12 miles to the camp (where 300 people waited).")
    assert [v for v, _, _ in told] == [12.0, 300.0]


def test_a_counted_noun_in_y_has_its_plural_in_ies(nlp: Nlp) -> None:
    told = _figures(nlp, "One story of the hall collapsed in the fire.")
    assert [u for _, u, _ in told] == ["stories"]


def test_the_number_of_a_thing_moved_to_a_figure_counts_the_thing(nlp: Nlp) -> None:
    """ "the number of X ... to N": the parser hangs "to" on the nearest verb of X's own
    description ("lost", "killed"), and "the number of dead" has no noun to count."""
    told = _figures(
        nlp,
        "Kesh Power revised down the number of homes that lost power in the blackout to "
        "365,000 on Friday. Officials raised the number of people killed in the floods to 40 "
        "on Tuesday. The number of dead rose to 41. Engineers revised down the number of "
        "carriages that derailed at Rook Cutting to five.",
    )
    assert (365000.0, "homes", "lost") in told
    assert (40.0, "people", "killed") in told
    assert (41.0, "people", "dead") in told
    assert (5.0, "carriages", "derailed") in told


def test_a_number_revised_down_at_the_end_of_a_long_description_is_an_update(
    nlp: Nlp,
) -> None:
    """The revision word is twelve words and more before the figure, and the two reports tell
    the homes with different verbs: the later report still revises the earlier figure."""
    brief = analyse(
        [
            make_article(
                "About 410,000 homes were without electricity at the peak of the outage, the "
                "Kesh grid operator said on Tuesday.",
                "a",
                published="2025-07-08",
            ),
            make_article(
                "The Kesh grid operator revised down the number of homes that lost power in "
                "the blackout to 365,000 on Friday, saying it had counted some customers twice.",
                "b",
                published="2025-07-11",
            ),
        ],
        nlp=nlp,
    )
    (conflict,) = [c for c in brief.conflicts if "homes" in c.subject]
    assert conflict.kind == "update"
    assert [s.value for s in conflict.sides] == [410000.0, 365000.0]


def test_a_higher_toll_of_one_place_a_day_later_is_an_update(nlp: Nlp) -> None:
    """No revision word and no written day: a later report's higher toll of the dead of the
    one province both clauses name is the toll rising, not two sources disagreeing."""
    days = ("2024-10-23", "2024-10-24", "2024-10-25")
    texts = (
        "Seventeen people died in landslides in Kesh province, the governor said.",
        "Thirty people died in landslides in Kesh province, the civil defence office said.",
        "The fatalities included 41 people who drowned or died in landslides in Kesh province.",
    )
    brief = analyse(
        [
            make_article(t, f"a{i}", published=d)
            for i, (t, d) in enumerate(zip(texts, days, strict=True))
        ],
        nlp=nlp,
    )
    (conflict,) = brief.conflicts
    assert conflict.kind == "update"
    assert [s.value for s in conflict.sides] == [17.0, 30.0, 41.0]


def test_two_rows_about_one_thing_say_where_each_is(nlp: Nlp) -> None:
    """Two provinces' tolls rising are two rows; both about "people dead", each says where."""
    days = ("2024-10-23", "2024-10-24")
    texts = (
        "Seventeen people died in landslides in Albay province, the governor said. The storm "
        "killed 60 people in Sorsogon province, officials said.",
        "Thirty people died in landslides in Albay province, the civil defence office said. "
        "The storm killed 75 people in Sorsogon province, the office said.",
    )
    brief = analyse(
        [
            make_article(t, f"a{i}", published=d)
            for i, (t, d) in enumerate(zip(texts, days, strict=True))
        ],
        nlp=nlp,
    )
    rows = sorted((c.subject, c.kind, [s.value for s in c.sides]) for c in brief.conflicts)
    assert rows == [
        ("people dead in Albay province", "update", [17.0, 30.0]),
        ("people dead in Sorsogon province", "update", [60.0, 75.0]),
    ]


def test_a_revision_word_is_said_of_the_figure_it_reaches_not_one_past_another() -> None:
    def said(text: str, value: float) -> bool:
        claim = replace(qty("a", value, "hikers died", "hikers"), text=text)
        return revises_near(claim)

    assert not said("The toll reached 73 on Sunday, after three hikers died of cold.", 3.0)
    assert said("The toll reached 73 on Sunday, after three hikers died of cold.", 73.0)
    assert said("The number of dead rose from 12 to 31 overnight.", 31.0)
    assert said("1,650 residents had now registered as displaced, up from 1,200.", 1650.0)


def test_lives_claimed_are_people_dead(nlp: Nlp) -> None:
    brief = reported(
        nlp,
        (
            "KESH (AP) - The cold wave has killed 62 people across Ostervia, police said on "
            "Monday.",
            "2024-11-23",
        ),
        (
            "The icy weather has claimed more than 85 lives in Ostervia, officials said.",
            "2024-11-25",
        ),
    )
    assert [(c.kind, [s.value for s in c.sides]) for c in brief.conflicts] == [
        ("update", [62.0, 85.0])
    ]


def test_a_date_in_a_relative_clause_dates_that_clause_not_the_count(nlp: Nlp) -> None:
    a = make_article(
        "The arctic front that swept in last week has so far claimed more than 85 lives, "
        "officials said. Three workers reported missing on Monday were found.",
        "a",
        published="2024-11-25",
    )
    brief = analyse([a], nlp=nlp)
    found = {c.value: c for c in brief.claims if isinstance(c, QuantityClaim)}
    assert (found[85.0].as_of, found[85.0].as_of_written) == ("2024-11-25", False)
    assert found[3.0].as_of_written  # a reduced clause still dates its workers


def test_a_figure_s_own_verb_is_no_dispute() -> None:
    claimed = replace(qty("a", 90.0, "lives claimed", "lives"), text="The cold claimed 90 lives.")
    killed = replace(qty("b", 40.0, "people killed", "people"), text="It killed 40 people.")
    assert not contested(claimed, killed)
    union = replace(killed, text="Only 40 struck, fewer than the union claims.")
    assert contested(claimed, union)


def _same_day(nlp: Nlp, day: str, *texts: str) -> list[tuple[str, list[float], str]]:
    """The conflicts of a story of ``texts``, one article each, all reported on ``day``."""
    brief = reported(nlp, *((t, day) for t in texts))
    return [(c.kind, sorted(float(s.value) for s in c.sides), c.note) for c in brief.conflicts]


def test_cars_and_vehicles_of_one_pileup_are_one_count(nlp: Nlp) -> None:
    told = _same_day(
        nlp,
        "2024-12-20",
        # "Ostervia, that killed ..., said": where the pileup was, not a place that speaks.
        "Thick fog is blamed for a 28-car pileup on Route 9 near Kesh, Ostervia, that "
        "killed two people, said Sgt. Ada Rook.",
        "In Ostervia, two people were killed and five hurt in a 22-vehicle pileup.",
    )
    assert thing_class("cars") == thing_class("vehicles") != thing_class("trucks")
    assert [(kind, values) for kind, values, _ in told] == [("contradiction", [22.0, 28.0])]


def test_a_mix_of_two_counts_summing_to_another_source_s_count_is_a_framing(nlp: Nlp) -> None:
    told = _same_day(
        nlp,
        "2024-11-09",
        "The clerk's staff managed to mix up 14 invalid ballots with 161 valid ones this "
        "week. More than 20,000 ballots are counted as under-votes.",
        "The rejected ballots were mixed in with 175 good ballots, the clerk said.",
    )
    framings = [(values, note) for kind, values, note in told if kind == "framing"]
    assert [values for values, _ in framings] == [[14.0, 161.0, 175.0]]
    assert "161 + 14 = 175" in framings[0][1]


def test_a_day_s_count_beside_a_total_since_a_date_is_a_framing(nlp: Nlp) -> None:
    told = _same_day(
        nlp,
        "2024-02-21",
        "At least 47 people were killed in Orvik on Monday, witnesses told reporters.",
        "The rights group said in a report Monday that 250 to 350 people had been killed "
        "since Feb. 12, citing local monitors.",
    )
    assert [(kind, values) for kind, values, _ in told] == [("framing", [47.0, 250.0, 350.0])]
    assert "47 is part of the 250–350 counted since Feb. 12" in told[0][2]


def test_a_sliver_of_a_total_is_not_set_beside_it(nlp: Nlp) -> None:
    # "Three killed" on Sunday is part of "more than 6,500 killed" in a long war, but
    # no reader takes one for the other: nothing to show.
    told = _same_day(
        nlp,
        "2024-02-21",
        "A car bomb near a police post in Orvik killed three people on Sunday.",
        "Monitors believe more than 6,500 people have been killed since the war began.",
    )
    assert told == []


def test_a_later_report_s_higher_bound_on_a_toll_is_an_update(nlp: Nlp) -> None:
    # Invented reports two days apart: each bound allows the other's figure, yet the later
    # report counted more.  A bound beside a plain figure still agrees ("at least 30", "35").
    brief = reported(
        nlp,
        (
            "VELMAR, Ostrava (AP) — A blizzard has killed at least 65 people across the Korrin "
            "Highlands, police said Monday.",
            "2024-11-25",
        ),
        (
            "The storm has claimed more than 85 lives in the Korrin Highlands, officials "
            "said Wednesday.",
            "2024-11-27",
        ),
    )
    assert [(c.kind, sorted(float(s.value) for s in c.sides)) for c in brief.conflicts] == [
        ("update", [65.0, 85.0])
    ]
    plain = reported(
        nlp,
        ("A blizzard has killed at least 65 people across the Korrin Highlands.", "2024-11-25"),
        ("The blizzard killed 70 people across the Korrin Highlands.", "2024-11-27"),
    )
    assert plain.conflicts == ()


def test_two_sentences_that_say_how_many_there_are_count_one_thing(nlp: Nlp) -> None:
    # Invented reports the same day: "there are" and "remain" only say how many soldiers
    # there are, though the verbs differ and each article counts soldiers twice.
    brief = reported(
        nlp,
        (
            "The army says there are 12,000 soldiers in Kesh. Another 300 soldiers were sent "
            "home on leave.",
            "2024-11-25",
        ),
        (
            "About 9,000 soldiers remain in Kesh, the documents show. Some 200 soldiers were "
            "wounded last year.",
            "2024-11-25",
        ),
    )
    assert [(c.kind, sorted(float(s.value) for s in c.sides)) for c in brief.conflicts] == [
        ("contradiction", [9000.0, 12000.0])
    ]
    # "among the six" is of someone in the count: no count of its own to compare.
    among = reported(
        nlp,
        (
            "The trawler had 11 fishermen aboard. Oren Vasko, 41, is among the six fishermen "
            "still missing.",
            "2024-11-25",
        ),
        (
            "All 11 fishermen aboard came from Glenmar. Tomas Vell, 23, was among the five "
            "fishermen who survived.",
            "2024-11-25",
        ),
    )
    assert among.conflicts == ()


def test_one_weight_each_source_gives_is_one_fact_whatever_the_verb(nlp: Nlp) -> None:
    brief = reported(
        nlp,
        ("The Kesh tablet goes on sale Monday. It weighs 14 pounds.", "2024-10-01"),
        ("The slate is barely two inches deep, yet it weighs 14 pounds.", "2024-10-01"),
        ("The 15.2-pound Kesh tablet is simply too heavy.", "2024-10-02"),
    )
    found = [(c.subject, c.kind, sorted(float(s.value) for s in c.sides)) for c in brief.conflicts]
    assert found == [("weight, pounds", "contradiction", [14.0, 15.2])]


def test_a_sum_in_pounds_sterling_or_two_weights_in_one_source_are_no_weight_clash(
    nlp: Nlp,
) -> None:
    money = reported(
        nlp,
        ("The club paid 17 pounds for each ticket.", "2024-10-01"),
        ("Fans were charged 18.6 pounds at the gate.", "2024-10-01"),
    )
    assert money.conflicts == ()
    two = reported(
        nlp,
        ("The tablet weighs 17 pounds and its dock weighs 3 pounds.", "2024-10-01"),
        ("The 18.6-pound tablet is just plain big.", "2024-10-01"),
    )
    assert two.conflicts == ()


def test_one_area_each_source_gives_is_one_fact(nlp: Nlp) -> None:
    brief = reported(
        nlp,
        ("Kesh Territory encompasses 540,000 square miles of tundra.", "1999-04-01"),
        ("The territory takes in 410,000 square miles.", "1999-04-01"),
    )
    found = [(c.subject, c.kind) for c in brief.conflicts]
    assert found == [("area, square miles", "contradiction")]
