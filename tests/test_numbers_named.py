"""Numbers that name one thing, and clock times, are not counts or clause breaks."""

from __future__ import annotations

from dataclasses import replace

from builders import figure_classes, figures, quantity

from newsbrief.article.numbers import parse_number, readable
from newsbrief.article.quantities import find_quantities
from newsbrief.backends.nlp import Nlp
from newsbrief.models import Article
from newsbrief.story.key_figures import clause, label


def test_a_number_naming_one_thing_is_no_count(nlp: Nlp) -> None:
    found = figures(nlp, "All three men were shot within eight minutes of a 999 call.")
    assert (999.0, "calls") not in found
    assert (3.0, "men") in found
    # Many calls are a count.
    assert (999.0, "calls") in figures(nlp, "The police received 999 calls in one hour.")


def test_a_clock_time_does_not_cut_a_key_figure_clause() -> None:
    text = "Five people were killed and 31 injured in the raid which started at 22:41 BST."
    claim = replace(quantity("a", 31.0, "people injured", "people"), text=text)
    assert clause(claim).rstrip(".").endswith("22:41 BST")


def test_a_written_fraction_is_not_where_its_whole_number_is_told() -> None:
    text = (
        "Two complaints about the lift from July 17 have been resolved and a third says it "
        "“has been stuck for 2½ weeks” and is “always out of order.” More text "
        "follows here so that the sentence runs well past the clause limit of the table."
    )
    claim = replace(quantity("a", 2.0, "complaints", "complaints"), text=text)
    assert clause(claim).startswith("Two complaints about the lift")


def test_the_two_already_named_are_no_count_unless_something_befell_them(nlp: Nlp) -> None:
    assert figures(nlp, "The pact would help both the two nations, he said.") == []
    assert figures(nlp, "The two men met in Corran on Monday.") == []
    assert (2.0, "soldiers") in figures(nlp, "The two soldiers were freed on Monday.")


def test_a_number_in_a_name_or_an_address_is_no_count(nlp: Nlp) -> None:
    assert figures(nlp, "Harbour News 9 reporter Ada Rook contributed to this report.") == []
    assert figures(nlp, "A vigil was planned at 400 Highland Drive in Fenwick.") == []
    assert figures(nlp, "Flight 370 carried 239 people.") == [(239.0, "people")]
    # People named by their nation are counted; a toll is of people.
    assert (12.0, "palestinians") in figures(nlp, "The raid killed 12 Palestinians.")
    assert figures(nlp, "The death toll rose to five.") == [(5.0, "people")]


def test_at_alone_is_no_hedge() -> None:
    from newsbrief.article.quantities import hedge_before

    # "Romney at 49 percent": a key figure read "at 49".
    assert hedge_before("The poll shows Romney at ") == ""
    assert hedge_before("killed at least ") == "at least"


def test_a_count_of_who_said_it_is_of_the_sources(nlp: Nlp) -> None:
    assert figures(nlp, "He was offered the job last week, two Vell advisers said.") == []
    assert figures(nlp, "Three people familiar with the talks told reporters it was off.") == []
    assert figures(nlp, "The blast killed 12 people, police said.") == [(12.0, "people")]
    # The story's own people saying something are counted.
    assert (35.0, "patients") in figures(nlp, "35 patients have said they felt sick.")


def test_a_citations_abbreviation_counts_nothing(nlp: Nlp) -> None:
    found = figures(nlp, "See A. Rook and B. Marten, Amazing Tales No. 15, p. 13 (1962).")
    assert not [unit for _, unit in found if "." in unit or not unit[:1].isalpha()], found


def test_people_named_by_their_nation_are_not_their_own_state(nlp: Nlp) -> None:
    text = "The firm sold the party data on the habits of 180 million Kesharians."
    article = Article(id="x", source="", text=text, sentences=())
    (fact,) = find_quantities(article, nlp.parse(text))
    assert fact.predicate != fact.unit, fact


def test_a_half_and_an_extent_of_one_thing(nlp: Nlp) -> None:
    text = "She was released after completing a three-and-a-half year term for theft."
    article = Article(id="x", source="", text=text, sentences=())
    (fact,) = find_quantities(article, nlp.parse(text))
    assert (fact.value, fact.predicate_class) == (3.5, "attribute")


def test_rates_block_numbers_and_dashed_ranges(nlp: Nlp) -> None:
    # "1 in 10,000 people" says how often; "the 2700 block of" says where.
    assert figures(nlp, "The condition strikes 1 in 10,000 people across Fenwick.") == []
    assert figures(nlp, "He was shot in the 2700 block of West Corran Avenue on Monday.") == []
    assert figures(nlp, "Police closed three blocks of Corran Avenue.") == [(3.0, "blocks")]
    # "26-28 genes" is a range, not 54 genes.
    found = figures(nlp, "The syndrome is caused by the deletion of 26-28 genes.")
    assert found == [(26.0, "genes"), (28.0, "genes")]


def test_a_dash_between_digits_is_no_sum() -> None:
    assert parse_number("26-28") is None
    assert parse_number("twenty-eight") == 28.0
    assert parse_number("10,000") == 10000.0


def test_a_figure_in_millions_is_found_in_its_clause_and_shown_as_written() -> None:
    text = (
        "Rook, whose campaign committee has been quiet since the spring primary in Fenwick, "
        "hauled in over $1.2 million from small donors, the filing shows."
    )
    claim = replace(quantity("a", 1_200_000.0, "dollars hauled in", "dollars"), text=text)
    assert "$1.2 million from small donors" in clause(claim)
    assert [readable(v) for v in (1_200_000.0, 900_000.0, 1_500.0, 9.0, 3.5, 2.5e9)] == [
        "1.2 million", "900,000", "1,500", "9", "3.5", "2.5 billion"
    ]  # fmt: skip


def test_a_figure_whose_verb_only_says_it_happened_is_labelled_by_its_noun() -> None:
    assert label(quantity("a", 2e9, "dollars happened", "dollars")) == "dollars"
    assert label(quantity("a", 4.0, "strongholds eliminated", "strongholds")) == (
        "strongholds eliminated"
    )


def test_whose_parents_is_no_toll(nlp: Nlp) -> None:
    told = "The parents of nine of the pupils killed in the blaze have written to the council."
    assert figure_classes(nlp, told) == [(9.0, "attribute")]
    later = "Parents of at least 11 of the 17 pupils killed in the blaze have hired lawyers."
    assert (11.0, "attribute") in figure_classes(nlp, later) and (17.0, "dead") in figure_classes(
        nlp, later
    )
    assert figure_classes(nlp, "Two of the miners were rescued on Monday.") == [(2.0, "rescued")]


def test_an_ordinal_before_a_plural_is_a_kind_not_one(nlp: Nlp) -> None:
    found = figures(nlp, "The blaze left 14 first graders and four teachers dead in Kesh.")
    assert (1.0, "graders") not in found and (14.0, "graders") in found
    assert (1.0, "soldiers") in figures(nlp, "The ninth soldier was found dead on Monday.")


def test_a_chart_place_is_no_count(nlp: Nlp) -> None:
    assert figures(nlp, "Rook left the band and scored a top 10 single of her own in 1984.") == []
    assert (10.0, "hits") in figures(nlp, "The band had 10 hits in the 1970s.")


def test_an_amount_lost_or_held_is_no_one_missing_or_captive(nlp: Nlp) -> None:
    assert figure_classes(
        nlp, "Fenwick Mills has lost 48 percent of its share price since 2019."
    ) == [(48.0, "lost")]
    assert figure_classes(nlp, "Ten climbers were lost on the ridge above Kesh.") == [
        (10.0, "missing")
    ]


def test_decimal_range_ends_and_unit_symbols_are_read_as_written(nlp: Nlp) -> None:
    found = figures(nlp, "When flashes were 3.5 to 8.6 seconds apart, the shift was smaller.")
    assert (5.0, "seconds") not in found and (8.0, "seconds") not in found
    assert (240.0, "s") in figures(nlp, "If the pulses are far apart (ISI = 240 s), none works.")
    assert (15.0, "Hz") in figures(nlp, "The eye has a flicker fusion threshold near 15 Hz.")
    assert (40.0, "people") in figures(nlp, "Between 40 and 50 people were hurt in Kesh.")


def test_a_thing_or_two_is_no_count(nlp: Nlp) -> None:
    assert figures(nlp, "Rook, who had learned a thing or two about boats, once said so.") == []
    assert figures(nlp, "Police arrested one or two men in Kesh.") == []
    assert (2.0, "men") in figures(nlp, "Police arrested two men in Kesh.")


def test_a_score_or_a_vote_tally_is_no_count(nlp: Nlp) -> None:
    found = figures(nlp, "The bill was defeated in Kesh by a narrow vote of 151-139.")
    assert all(value not in (151.0, 139.0) for value, _ in found)
    assert (2000.0, "fans") in figures(nlp, "Rovers won 3-1 on Sunday before 2,000 fans.")
    assert (26.0, "genes") in figures(nlp, "Some 26-28 genes were found in the Kesh samples.")


def test_a_pairing_or_a_record_is_no_count(nlp: Nlp) -> None:
    """ "the 1-2 game" is No. 1 against No. 2, "1 vs. 2 games" the games between them, and
    "2-1 in title games" a team's won-lost record: none counts games."""
    for text in (
        "Kesh State has taken 9 of the last 14 1 vs. 2 games.",
        "It is Kesh's first 1-2 game since it beat Rook in the cup.",
        "Kesh is 2-1 in title games and 2-0 under coach Rook.",
    ):
        assert not [f for f in figures(nlp, text) if f[0] == 2.0], text
    assert (3.0, "players") in figures(nlp, "Coaches picked 3-5 players from Kesh.")
    assert (20.0, "food stalls") in figures(nlp, "Kesh had 20-25 food stalls.")


def test_a_version_number_is_no_count(nlp: Nlp) -> None:
    found = figures(
        nlp,
        "Brewer sales fell on weak demand for the new 2.0 Brava brewer, and owners were slow "
        "to switch to its 2.0 machine. The company sold 2.5 million brewers.",
    )
    assert not [f for f in found if f[0] == 2.0]
    assert (2_500_000.0, "brewers") in found


def test_the_sources_a_reporter_cites_are_no_figure(nlp: Nlp) -> None:
    found = figures(
        nlp,
        "The memo describes crude talk at the depot, according to two sources. "
        "Three people familiar with the talks said 40 workers would go.",
    )
    assert [unit for _, unit in found] == ["workers"]


def test_a_grade_or_a_label_is_no_count(nlp: Nlp) -> None:
    assert figures(nlp, "The singer died after a battle with stage 4 cancer; 3 fans came.") == [
        (3.0, "fans")
    ]
    assert figures(nlp, "A category 5 hurricane hit 12 towns.") == [(12.0, "towns")]
    assert figures(nlp, "It proved to be stage four cancer.") == []


def test_a_prefix_before_a_qualifying_name_stays(nlp: Nlp) -> None:
    text = "An estimated 1.9 million non-Muslim villagers were expelled; 40 Fenwick men marched."
    article = Article(id="x", source="", text=text, sentences=())
    found = {(q.value, q.qualifier) for q in find_quantities(article, nlp.parse(text))}
    assert found == {(1900000.0, "non-Muslim"), (40.0, "Fenwick")}


def test_people_in_a_state_after_a_bare_number_are_counted_with_their_hedge(nlp: Nlp) -> None:
    text = "A bombing in Fenwick left four dead and more than a dozen wounded on Sunday."
    article = Article(id="x", source="", text=text, sentences=())
    found = [
        (q.value, q.unit, q.predicate, q.hedge) for q in find_quantities(article, nlp.parse(text))
    ]
    assert found == [(4.0, "people", "dead", ""), (12.0, "people", "wounded", "more than")]


def test_a_dozen_alone_counts_what_was_counted_before_or_nothing(nlp: Nlp) -> None:
    assert figures(nlp, "But maybe two dozen have welcomed their sons back.") == []
    assert figures(nlp, "Some 30 fathers came; two dozen have welcomed their sons back.") == [
        (30.0, "fathers"),
        (24.0, "fathers"),
    ]


def test_a_duration_before_a_noun_is_no_count(nlp: Nlp) -> None:
    assert figures(nlp, "A 42 second time lapse clip of the climb was shared.") == []
    assert figures(nlp, "After a 30 minute drive, 12 people arrived.") == [(12.0, "people")]


def test_a_number_word_the_tagger_calls_an_adjective_still_counts(nlp: Nlp) -> None:
    # The small model tags a sentence-initial "Eleven" ADJ and leaves it out of its entities.
    found = figures(nlp, "Eleven passengers were taken to Kesh General Hospital on Sunday.")
    assert (11.0, "passengers") in found


def test_a_number_word_is_no_name_qualifying_what_it_counts(nlp: Nlp) -> None:
    # "Thirty" tagged a proper-noun compound of "people" was read as a name qualifying them
    # ("Thirty people" apart from every other count of people).
    text = "Thirty people died in landslides in Kesh province, the civil defence office said."
    (fact,) = find_quantities(Article(id="x", source="", text=text, sentences=()), nlp.parse(text))
    assert (fact.value, fact.unit, fact.qualifier) == (30.0, "people", "")
