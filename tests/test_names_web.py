"""Names as web pages give them: a given name alone, typed as the tagger pleases."""

from __future__ import annotations

from collections import Counter

from builders import aliases, analyse, make_article

from newsbrief.backends.nlp import Nlp
from newsbrief.models import Mention, StoryBrief
from newsbrief.story.merge import merge_names
from newsbrief.story.names import nickname_forms
from newsbrief.story.nearest_names import nearest_full_names
from newsbrief.story.untagged import untagged_surnames


def holders(brief: StoryBrief) -> dict[str, str]:
    """Each name as written -> the name of the entity holding it."""
    return {al.text: e.name for e in brief.entities for al in e.aliases}


def one_article(nlp: Nlp, text: str) -> StoryBrief:
    """The brief of a story of one article."""
    return analyse([make_article(text, "a")], nlp=nlp)


def _m(start: int, text: str, label: str, article: str = "a") -> Mention:
    return Mention(article, start, start + len(text), text, label)


def test_a_given_name_typed_otherwise_right_after_its_full_name_is_that_person() -> None:
    mentions = [
        _m(100, "Janice Demoski", "PERSON"),
        _m(160, "Janice", "ORG"),  # the tagger's type for "Janice said" in a quote
        _m(400, "Arnold Demoski", "PERSON"),
    ]
    assert ("janice", "janice demoski") in nearest_full_names(mentions)


def test_a_given_name_typed_otherwise_far_from_its_full_name_stays_alone() -> None:
    # "Varrow": a town the tagger also calls a person, far from "Varrow Hale".
    mentions = [
        _m(100, "Varrow Hale", "PERSON"),
        _m(5000, "Varrow", "ORG"),
        _m(6000, "Varrow", "PERSON"),
    ]
    assert nearest_full_names(mentions) == []


def test_d_c_is_washington_never_the_initials_of_another_name(nlp: Nlp) -> None:
    a = make_article(
        "The Delaware Crush beat the Harbour Kings on Sunday. The Delaware Crush coach "
        "Mel Ortance praised his players. Ortance then flew back to Washington, D.C., where "
        "he met league officials.",
        "a",
    )
    b = make_article(
        "Mel Ortance said the Delaware Crush would travel again next week. League officials in "
        "Washington said the schedule was fixed.",
        "b",
    )
    holder = holders(analyse([a, b], nlp=nlp))
    assert holder.get("D.C.") == holder["Washington"]
    assert holder.get("Delaware Crush") != holder["Washington"]


def test_a_state_is_not_its_troopers_or_its_patrol() -> None:
    names = {
        "alaska state troopers": Counter({"Alaska State Troopers": 2}),
        "iowa state patrol": Counter({"Iowa State Patrol": 1}),
        "alaska": Counter({"Alaska": 5}),
        "iowa": Counter({"Iowa": 2}),
    }
    labels = {
        "alaska state troopers": Counter({"ORG": 2}),
        "iowa state patrol": Counter({"ORG": 1}),
        "alaska": Counter({"GPE": 3, "ORG": 2}),  # the tagger's mixed types
        "iowa": Counter({"GPE": 1, "ORG": 1}),
    }
    roots = merge_names(names, labels, {}, spelling_ratio=0.75)
    assert roots["alaska"] != roots["alaska state troopers"]
    assert roots["iowa"] != roots["iowa state patrol"]


def test_a_state_abbreviation_is_matched_as_written(nlp: Nlp) -> None:
    a = make_article(
        "Dorrit Kalvane, a nurse from Framley, Mass., said the clinic closed in March. "
        "Massachusetts officials said it would reopen.",
        "a",
    )
    b = make_article(
        "The clinic in Framley, Massachusetts, has closed. Its staff reached critical mass. "
        "Officials in Framley said it would reopen.",
        "b",
    )
    holder = holders(analyse([a, b], nlp=nlp))
    assert holder.get("Mass.") == holder["Massachusetts"]
    assert "mass." not in holder  # the word, lower case, before a full stop


def test_a_surname_opening_a_sentence_is_the_name_unless_the_story_uses_the_word() -> None:
    a = make_article(
        "Striker Oskar Trevanik scored twice on Sunday. Trevanik fired home the winner late. "
        "Coach Abel Young praised the side.",
        "a",
    )
    b = make_article(
        "Young players on both sides were tired, and the young keeper was booked.", "b"
    )
    tagged = [
        Mention("a", a.text.index("Oskar"), a.text.index(" scored"), "Oskar Trevanik", "PERSON"),
        Mention("a", a.text.index("Abel"), a.text.index(" praised"), "Abel Young", "PERSON"),
    ]
    found = {(m.article, m.text, m.start) for m in untagged_surnames([a, b], tagged)}
    # "Trevanik fired home": the story never writes "trevanik" as a word.
    assert ("a", "Trevanik", a.text.index("Trevanik fired")) in found
    # "Young players": the story also writes "young".
    assert not any(text == "Young" for _, text, _ in found)


def test_an_acronym_written_with_full_stops_is_defined_and_found(nlp: Nlp) -> None:
    a = make_article(
        "The Marrow Valley Growers Union (M.V.G.U.) called a strike on Monday. Talks with the "
        "M.V.G.U. broke down, said Hanna Dreel, a mediator.",
        "a",
    )
    b = make_article("The Marrow Valley Growers Union said the strike would go on.", "b")
    brief = analyse([a, b], nlp=nlp)
    holder = holders(brief)
    assert holder.get("M.V.G.U.") == holder["Marrow Valley Growers Union"]
    union = next(e for e in brief.entities if e.name == holder["Marrow Valley Growers Union"])
    assert sum(1 for c in union.mentions if c.article == "a") == 3  # name, (M.V.G.U.), M.V.G.U.


def test_large_cities_outlets_and_bridges_keep_their_type() -> None:
    from newsbrief.story.names import checked_type

    # "the Manchester-based foundation": the small tagger's PERSON.
    assert checked_type("Manchester", "PERSON") == "GPE"
    assert checked_type("Washington Post", "GPE") == "ORG"
    assert checked_type("Fenwick Bridge", "ORG") == "LOC"


def test_a_name_given_a_title_is_a_person_and_a_river_a_place() -> None:
    from newsbrief.story.entities import merge_entities

    text = (
        "Prime Minister Sheikh Navira met her counterpart on Monday. Navira said the accord "
        "on the Tarrow River would hold. Navira flew home. Critics of Navira said the Tarrow "
        "was drying up, and the Tarrow dam was full."
    )
    a = make_article(text, "a")

    def at(name: str, nth: int, label: str) -> Mention:
        start = -1
        for _ in range(nth):
            start = text.index(name, start + 1)
        return Mention("a", start, start + len(name), name, label)

    mentions = [
        at("Navira", 1, "GPE"), at("Navira", 2, "GPE"), at("Navira", 3, "GPE"),
        at("Navira", 4, "ORG"), at("Tarrow River", 1, "ORG"), at("Tarrow", 2, "ORG"),
        at("Tarrow", 3, "ORG"),
    ]  # fmt: skip
    types = {e.name: e.type for e in merge_entities([a], mentions)}
    assert types["Navira"] == "PERSON"  # "Sheikh Navira": one of four after a title
    assert types[next(n for n in types if n.startswith("Tarrow"))] == "LOC"


def test_known_as_renames_no_common_noun_before_it() -> None:
    from newsbrief.story.entities import merge_entities

    text = (
        "Doctors found that the bacteria strain, known as Varo-9, borrowed a gene. The strain "
        "spread in the spring, and a second strain followed."
    )
    names = {e.name for e in merge_entities([make_article(text, "a")], [])}
    assert "strain" not in names  # "the bacteria strain" is no name; it was repeated 3 times
    sold = "Patients took trichlorovane, sold under the brand name Velcorine, for years."
    entities = merge_entities([make_article(sold, "b")], [])
    assert any({"trichlorovane", "Velcorine"} <= {al.text for al in e.aliases} for e in entities)


def test_one_persons_surname_and_anothers_given_name_goes_to_whom_the_text_named_last() -> None:
    # "Jordan": the boy Jordan Belliveau, named throughout; the reporter Dave Jordan, in a
    # credit at the end.  The gazetteer types "Jordan" a country.
    mentions = [
        _m(100, "Jordan Belliveau", "PERSON"),
        _m(300, "Jordan", "GPE"),
        _m(900, "Jordan", "GPE"),
        _m(4000, "Dave Jordan", "PERSON"),
    ]
    pairs = nearest_full_names(mentions)
    assert ("jordan", "jordan belliveau") in pairs
    names = {
        "jordan belliveau": Counter({"Jordan Belliveau": 1}),
        "jordan": Counter({"Jordan": 2}),
        "dave jordan": Counter({"Dave Jordan": 1}),
    }
    labels = {
        "jordan belliveau": Counter({"PERSON": 1}),
        "jordan": Counter({"GPE": 2}),
        "dave jordan": Counter({"PERSON": 1}),
    }
    roots = merge_names(names, labels, {}, spelling_ratio=0.75, pairs=pairs)
    assert roots["jordan"] == roots["jordan belliveau"] != roots["dave jordan"]


def test_a_brand_never_written_without_its_possessive_keeps_it() -> None:
    from newsbrief.story.entities import merge_entities

    text = "Korvo's sells a new sandwich. Korvo’s menu rarely changes. Fans line up at Korvo's."
    at = [i for i in range(len(text)) if text.startswith("Korvo", i)]
    mentions = [Mention("a", i, i + 5, "Korvo", "ORG") for i in at]
    names = {e.name for e in merge_entities([make_article(text, "a")], mentions)}
    assert "Korvo's" in names
    text = "Lindqvist's plan failed. Lindqvist said so. Lindqvist's aides left."
    at = [i for i in range(len(text)) if text.startswith("Lindqvist", i)]
    mentions = [Mention("b", i, i + 9, "Lindqvist", "ORG") for i in at]
    names = {e.name for e in merge_entities([make_article(text, "b")], mentions)}
    assert "Lindqvist" in names


def test_people_of_a_place_a_paper_named_for_it_and_an_administration() -> None:
    from newsbrief.story.entity_names import story_type

    places = frozenset({"nevada", "las vegas", "florida", "texas"})
    for name in ("Nevadans", "Floridians", "Texans"):
        assert story_type(Counter({name: 2}), "ORG", places) == "NORP", name
    assert story_type(Counter({"Nevadas": 1}), "ORG", places) == "ORG"
    assert story_type(Counter({"Vegans": 1}), "ORG", places) == "ORG"
    assert story_type(Counter({"Las Vegas Sun": 1}), "GPE", places) == "ORG"
    assert story_type(Counter({"Las Vegas Strip": 1}), "GPE", places) == "GPE"
    assert story_type(Counter({"Kim Sun": 1}), "PERSON", places) == "PERSON"
    isles = frozenset({"virgin islands", "new york"})
    for name in ("Virgin Islanders", "New Yorkers"):
        assert story_type(Counter({name: 3}), "PERSON", isles) == "NORP", name
    assert story_type(Counter({"Vera Islington": 1}), "PERSON", isles) == "PERSON"


def test_a_name_holding_an_office_is_a_person(nlp: Nlp) -> None:
    text = (
        "Ada Rook, a former adviser in the Halvern administration's drug office, said the "
        "state of Kesh rushed the sales. The shops in Kesh ran out of stock within a week, "
        "and the state declared an emergency on Friday."
    )
    brief = one_article(nlp, text)
    types = {e.name: e.type for e in brief.entities}
    assert types.get("Halvern") == "PERSON", types


def test_a_given_name_typed_a_place_but_given_kin_is_the_person(nlp: Nlp) -> None:
    text = (
        "Police said the stroller carrying six-week-old Areej Ali fell down the shaft on "
        "Thursday morning. Areej was declared dead soon after at Corran Hospital. "
        "A neighbour said that once Areej’s father got back, he fainted in the hallway. "
        "The building had a long record of complaints about the lift, records show."
    )
    brief = one_article(nlp, text)
    held = holders(brief)
    assert held.get("Areej") == "Areej Ali", held
    assert {e.name: e.type for e in brief.entities}["Areej Ali"] == "PERSON"


def test_two_childrens_one_parent_marks_both_given_names_as_people() -> None:
    from newsbrief.article.place_use import KIN_USE

    text = "Records were found in regards to Mirela’s and Tomas’s father, Tomas Varga."
    assert [m.group(1) for m in KIN_USE.finditer(text)] == ["Mirela", "Tomas"]


def test_a_quoted_nickname_joins_the_name_with_and_without_it(nlp: Nlp) -> None:
    held = aliases(
        nlp,
        "Police said they were 13-year-olds Liberty Gorman and Dana Wills, who had been "
        "missing since Monday. Gorman and Wills were dropped off at the bridge.",
        "Police named the two girls as Liberty “Libby” Gorman, 14, and Dana Wills, 13. The "
        "photos were taken from Libby Gorman’s phone. It was taken by Liberty Gorman and "
        "shows Dana Wills walking. Liberty posted it to her account.",
    )
    owner = next(name for name, forms in held.items() if "Libby Gorman" in forms)
    assert {"Liberty Gorman", "Gorman", "Liberty “Libby” Gorman"} <= held[owner], held
    # The nickname alone is a name she goes by, though no source writes it alone.
    assert "Libby" in held[owner]
    assert nickname_forms('Robert "Bobby" Dane Kell') == ("robert dane kell", "bobby dane kell")
    assert nickname_forms("Robert Dane") == ()


def test_an_office_word_and_an_abbreviated_rank_are_no_part_of_a_name() -> None:
    from newsbrief.story.name_cleanup import without_glued_words

    text = "Speaker of the House of Representatives Ada Rook met Rear Adm. Ivo Marten."
    start = text.index("Representatives")
    glued = Mention("a", start, start + len("Representatives Ada Rook"),
                    "Representatives Ada Rook", "PERSON")  # fmt: skip
    (cut,) = without_glued_words([make_article(text, "a")], [glued])
    assert (cut.text, text[cut.start : cut.end]) == ("Ada Rook", "Ada Rook")


def test_an_abbreviated_rank_alone_is_no_actor(nlp: Nlp) -> None:
    text = (
        "The Russians answer for whatever occurs in Kesh, because they hold the ground "
        "there, Pentagon spokesman Rear Adm. Ivo Marten said."
    )
    brief = one_article(nlp, text)
    names = {e.name for e in brief.entities}
    assert not names & {"Adm", "Rear Adm"}, names


def test_a_court_case_is_no_actor_and_does_not_join_its_parties(nlp: Nlp) -> None:
    text = (
        "The court ruled in Rook v. Marvel Toys that royalties end with the patent. Ada "
        "Rook invented the glove in 1991, and Marvel Toys bought the patent in 1997. Rook "
        "said the ruling was unfair to inventors."
    )
    brief = one_article(nlp, text)
    names = {al.text for e in brief.entities for al in e.aliases}
    assert not any(" v. " in n for n in names), names
    held = holders(brief)
    assert held.get("Rook") != held.get("Marvel Toys"), held


def test_a_given_name_that_is_also_a_verb_stays_in_the_name_but_in_a_question(nlp: Nlp) -> None:
    brief = one_article(nlp, "Will Smith drove a Mercedes G63.")
    assert "Will Smith" in {e.name for e in brief.entities}
    asked = one_article(nlp, "Will Halvern pay the fine?")
    assert "Will Halvern" not in {e.name for e in asked.entities}


def test_a_name_written_after_the_is_a_thing_not_a_person(nlp: Nlp) -> None:
    from newsbrief.render import listed_entities

    text = (
        "Video shows the Hummer following the car onto Corran Street. The Hummer then hits "
        "the car from behind, and the Hummer stops. Ada Rook, the driver, was arrested. "
        "Police said the Hummer belonged to Rook."
    )
    brief = one_article(nlp, text)
    types = {e.name: e.type for e in brief.entities}
    assert types.get("Hummer") != "PERSON", types
    assert "Hummer" not in {e.name for e in listed_entities(brief)}
    assert types.get("Ada Rook") == "PERSON"


def test_a_full_name_with_a_word_glued_before_it_votes_for_the_same_person() -> None:
    # "former Saint Will Smith" once, "Will Smith" often, and "Racquel Smith", his wife: a
    # bare "Smith" after either of his full names is him.
    mentions = [_m(0, "Racquel Smith", "PERSON"), _m(40, "Will Smith", "PERSON")]
    mentions += [_m(100 + 30 * n, "Smith", "PERSON") for n in range(10)]
    mentions += [_m(500, "Saint Will Smith", "PERSON")]
    mentions += [_m(540 + 30 * n, "Smith", "PERSON") for n in range(4)]
    assert ("smith", "will smith") in nearest_full_names(mentions)


def test_names_around_a_slash_credit_a_photo_and_are_no_actors(nlp: Nlp) -> None:
    text = (
        "Mayor Ada Rook opened the Corran bridge on Monday. (Tom Vasek/Fenwick Courier) The "
        "bridge cost $4 million, Rook said. LENA MARSH / The crowd cheered."
    )
    brief = one_article(nlp, text)
    names = {al.text for e in brief.entities for al in e.aliases}
    assert not {n for n in names if "Vasek" in n or "MARSH" in n or "/" in n}, names
    assert "Ada Rook" in {e.name for e in brief.entities}


def test_a_name_of_one_word_each_side_of_a_slash_stays(nlp: Nlp) -> None:
    brief = one_article(
        nlp, "Fighting spread across KwaZulu/Natal province on Monday, police in Durban said."
    )
    names = {al.text for e in brief.entities for al in e.aliases}
    assert any("KwaZulu" in n for n in names), names


def test_an_outlet_s_old_name_and_a_country_s_other_name_are_one(nlp: Nlp) -> None:
    held = aliases(
        nlp,
        "The Huffington Post reported that the embassy in Cote d'Ivoire had closed.",
        "HuffPost said the embassy in Ivory Coast would reopen next week.",
    )
    assert {"Huffington Post", "HuffPost"} <= held.get("HuffPost", set()), held
    assert {"Cote d'Ivoire", "Ivory Coast"} <= held.get("Ivory Coast", set()), held


def test_a_big_city_by_its_initials_is_the_city(nlp: Nlp) -> None:
    held = aliases(
        nlp,
        "The studio in Los Angeles said on Monday that the film would open in June.",
        "The studio said the film opens in L.A. next week and in NYC a week later.",
        "New York City theaters will show it from July.",
    )
    assert {"Los Angeles", "L.A."} <= held.get("Los Angeles", set()), held
    assert {"New York City", "NYC"} <= held.get("New York City", set()), held


def test_the_klan_by_any_of_its_names_is_one_group(nlp: Nlp) -> None:
    brief = analyse(
        [
            make_article("Members of the Ku Klux Klan rallied in a park on Saturday.", "a0"),
            make_article("Police said three KKK members were arrested after the Klan rally.", "a1"),
        ],
        nlp=nlp,
    )
    klan = [e for e in brief.entities if e.name == "Ku Klux Klan"]
    assert klan and klan[0].type == "ORG"
    assert {"KKK", "Klan"} <= {a.text for a in klan[0].aliases}


def test_a_three_letter_surname_alone_is_its_person_not_a_month() -> None:
    text = (
        "Police said Michael Vaz and Theresa May were seen there. Vaz and a friend are "
        "charged. In May the hall was closed."
    )
    article = make_article(text, "a")
    mentions = [
        _m(text.index("Michael Vaz"), "Michael Vaz", "PERSON"),
        _m(text.index("Theresa May"), "Theresa May", "PERSON"),
    ]
    found = [(m.text, m.start) for m in untagged_surnames([article], mentions)]
    assert found == [("Vaz", text.index("Vaz and a"))]


def test_a_city_with_and_without_its_city_is_one_place_unless_the_bare_name_is_known() -> None:
    from newsbrief.models import Mention
    from newsbrief.story.city_names import city_forms

    def place(text: str, label: str = "GPE") -> Mention:
        return Mention("a", 0, len(text), text, label)

    found = [
        place("Salt Lake City"),
        place("Salt Lake", "LOC"),
        place("Kansas City"),
        place("Kansas"),
        place("Mexico City"),
        place("Mexico"),
        place("Dodge City"),
        Mention("a", 0, 5, "Dodge", "ORG"),  # a maker of cars, no place
    ]
    assert city_forms(found, {}) == [("salt lake", "salt lake city")]


def test_a_word_that_opens_a_longer_name_stays_a_name_though_written_in_lower_case(
    nlp: Nlp,
) -> None:
    held = aliases(
        nlp,
        "The articles were approved by the House of Representatives in December. Police "
        "raided a safe house in the capital on Monday.",
        "The House voted along party lines. The House prosecutors asked the Senate for time.",
    )
    owner = next(name for name, forms in held.items() if "House of Representatives" in forms)
    assert "House" in held[owner], held


def test_a_body_the_alias_table_types_stays_a_body_written_as_a_place(nlp: Nlp) -> None:
    from builders import analyse, make_article

    brief = analyse(
        [
            make_article(
                "UNITED NATIONS (AP) — Delegates met at the United Nations on Monday. The U.N. "
                "said it would cut funding to the Harbor Fund, and U.N. staff left.",
                "a",
            ),
            make_article("The United Nations said on Tuesday the cut would stand.", "b"),
        ],
        nlp=nlp,
    )
    types = {e.name: e.type for e in brief.entities}
    assert types["United Nations"] == "ORG", types


def test_a_sheriff_s_office_is_its_department_and_a_police_department_its_police(
    nlp: Nlp,
) -> None:
    from newsbrief.story.names import checked_type, core

    assert core("Dunmore County Sheriff’s Office") == core("Dunmore County Sheriff's Dept.")
    assert core("Kesh City Police Department") == core("Kesh City Police")
    assert core("Police Department") != core("Police")
    assert checked_type("Dunmore County Sheriff’s Department", "FAC") == "ORG"
    assert checked_type("Kesh Post Office", "FAC") == "FAC"
    held = aliases(
        nlp,
        "The girls were reported missing to the Dunmore County Sheriff’s Office on Monday.",
        "Deputies from the Dunmore County Sheriff’s Department searched the trails on Tuesday.",
    )
    owner = next(n for n, forms in held.items() if "Dunmore County Sheriff’s Office" in forms)
    assert "Dunmore County Sheriff’s Department" in held[owner], held


def test_a_given_name_a_quoted_nickname_and_a_surname_are_one_name(nlp: Nlp) -> None:
    held = aliases(
        nlp,
        "Police named the two girls as Abigail “Abby” Wendt, 13, and Dana Wills, 14. Abigail "
        "Wendt and Dana Wills were dropped off at the bridge.",
        "Abby Wendt posted a photo before the girls vanished. Abigail was 13.",
    )
    owner = next(name for name, forms in held.items() if "Abigail Wendt" in forms)
    assert owner == "Abigail Wendt"  # not the form with the nickname in quotes
    assert {"Abby", "Abby Wendt", "Abigail “Abby” Wendt"} <= held[owner], held
