"""Stop 66 (invented text, modelled on what the blind sets quotes dev36 and aliases dev35
showed the tool missing): "the late" chief is no later "he", a quote that names its man in the
third person is someone else's, "the 31-year-old nurse" is the one just named, a group named
after a person is not that person, a hyphenated nationality is nobody, a name opening with
initials is the name they spell, a birth name renames its person, a name the story also
writes as a surname alone is a person's, and an oasis and a theatre are places."""

from __future__ import annotations

from builders import aliases, merged, said_in

from newsbrief.article.name_scan import cued_aliases
from newsbrief.article.people_named import People
from newsbrief.backends.nlp import Nlp
from newsbrief.story.names import checked_type


def test_the_late_chief_is_no_later_he(nlp: Nlp) -> None:
    text = (
        "Governor Paul Oakes met port leaders on Tuesday about the vacant post.\n\n"
        "For Mr. Oakes, the first test for a harbour chief who would succeed the late Tomas "
        "Brandt is independence.\n\n"
        "His pick would be “a manager who answers to the public, not the shipping lines.”\n\n"
        "The chief he vowed to appoint would run the port “free of favours to any line, and "
        "open to every honest bid.”"
    )
    said = said_in(nlp, text)
    assert said["free of favours"] == "Paul Oakes"


def test_a_quote_that_names_its_man_is_someone_elses(nlp: Nlp) -> None:
    text = (
        "Mayor Paul Vance urged the harbour board on Monday to “put the dredging plan to a vote "
        "this month.”\n\n"
        "“I understand the board members are nervous, since doing nothing always looks safer "
        "than doing something that costs money in a bad year,” he said. “Still, nobody elected "
        "them to sit on their hands. They were elected to run the port, every season, in good "
        "years and in lean ones.”\n\n"
        "“My wish is that when the engineers bring a costed plan, the board will read the "
        "numbers and weigh them fairly,” he said. “After that they can vote however they "
        "like.”\n\n"
        "He went on to say that the port's workers would decide whether the plan made "
        "sense--and if they backed it, board chairman Owen Pryce would struggle to keep the "
        "plan off the agenda for long.\n\n"
        "“Mr. Pryce will have a hard time telling the dock crews why the board should block "
        "it,” he said. “Let us wait and see.”"
    )
    said = said_in(nlp, text)
    assert said["Mr. Pryce will"] == "Paul Vance"
    assert said["Let us wait"] == "Paul Vance"


def test_the_aged_nurse_is_the_one_just_named(nlp: Nlp) -> None:
    text = (
        "Lena Marsh, 31, whose father skippered the missing ferry, spoke to a local radio "
        "station on Sunday.\n\n"
        "“People say all sorts of things about him. None of it matches the man who raised "
        "me,” the 31-year-old nurse told the station."
    )
    said = said_in(nlp, text)
    assert said["People say all"] == "Lena Marsh"


def test_a_group_named_after_a_person_is_not_that_person(nlp: Nlp) -> None:
    text = (
        "The complaint, filed Thursday by six Victor Hale victims’ families, claims the board "
        "“ignored every warning about the boiler for three winters.”"
    )
    said = said_in(nlp, text)
    assert said["ignored every warning"] != "Victor Hale"


def test_a_hyphenated_nationality_is_nobody(nlp: Nlp) -> None:
    # The tagger's NORP of one hyphenated word is no "he" (a person's name has two words).
    people = People(nlp.parse("Reyes met African-American pastors in Kestrel Bay."))
    assert "African-American" not in [name for _, _, name in people.found]


def test_a_name_opening_with_initials_is_the_name_they_spell() -> None:
    groups = merged({"LA Courier": "ORG", "Los Angeles Courier": "ORG", "Lakeside Courier": "ORG"})
    assert groups["la courier"] == groups["los angeles courier"]
    assert groups["lakeside courier"] != groups["la courier"]
    # Two names that spell the initials: neither is chosen.
    groups = merged({"NY Ledger": "ORG", "New York Ledger": "ORG", "North Yard Ledger": "ORG"})
    assert groups["ny ledger"] != groups["new york ledger"]


def test_a_birth_name_renames_its_person(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "Singer Tam Holt died on Friday at 76. Born Thomas Alder Holtzman, Holt was a young "
        "folk singer in Kesh when he formed the band.",
        "Holt founded the band in 1965, and Holt sang on its first two records.",
    )
    holt = next(forms for forms in found.values() if "Tam Holt" in forms)
    assert "Thomas Alder Holtzman" in holt
    # Not a day, not a place.
    assert not list(cued_aliases("She was born June 5, 1942. Born in Kesh, Holt moved."))


def test_a_name_the_story_writes_as_a_surname_alone_is_a_persons() -> None:
    assert checked_type("Laura Varga", "ORG", alone={"varga"}) == "PERSON"
    assert checked_type("Laura Varga", "ORG") == "ORG"
    assert checked_type("Morgan Stanley", "ORG", alone={"varga"}) == "ORG"


def test_an_oasis_and_a_theatre_are_places() -> None:
    assert checked_type("Kharga Oasis", "ORG") == "LOC"
    # A theatre may be a company ("the Kesh Youth Theatre said"): its type stands.
    assert checked_type("Vellum Theatre", "ORG") == "ORG"
    # A band or a firm of one word is no landform.
    assert checked_type("Oasis", "ORG") == "ORG"
    groups = merged({"Kharga Oasis": "LOC", "Kharga": "GPE"})
    assert groups["kharga"] == groups["kharga oasis"]


def test_the_rules_of_this_stop_stay_narrow(nlp: Nlp) -> None:
    # A son speaks after his late mother is named; a senator may name herself.
    said = said_in(
        nlp,
        "Mourners filled the hall for the late Ada Quell on Friday. Her son, Dario Quell, "
        "thanked the nurses.\n\n“She would have wanted the band to play,” he said.",
    )
    assert said["She would have"] == "Dario Quell"
    said = said_in(
        nlp,
        "Senator Ada Oakes answered the charge on Monday in the rain outside the capitol.\n\n"
        "“Senator Oakes has never taken a dime from the quarry firm,” she said.",
    )
    assert said["Senator Oakes has"] == "Ada Oakes"
    # An age no one named has is someone new.
    said = said_in(
        nlp,
        "Police said the victim, Lara Moss, was treated for cuts.\n\n"
        "“I never touched her,” the 19-year-old suspect told the court.",
    )
    assert said["I never touched"] != "Lara Moss"
    # Places and faiths after "born", and a wife's birth name, rename no one.
    assert not list(cued_aliases("Dana Pike (born New York City) paints murals."))
    assert not list(cued_aliases("Tam Hale, born Christian Scientist, became a rabbi."))
    assert not list(cued_aliases("Tom Lund spoke of his wife, born Laura Anne Pike, at home."))
    # A title's initials are no given name's.
    groups = merged({"DJ Kora": "PERSON", "Dana Jo Kora": "PERSON"})
    assert groups["dj kora"] != groups["dana jo kora"]
    # The firm's initials are a personal watercraft's too.
    found = aliases(nlp, "A personal watercraft, a PWC, hit a kayak off Kesh Point on Sunday.")
    assert "PricewaterhouseCoopers" not in found


def test_a_transcripts_turn_is_its_speakers(nlp: Nlp) -> None:
    text = (
        "Radio host Dana Vell spoke with Mayor Ruth Ortiz about ferry fares on Thursday.\n\n"
        "DANA VELL: Thanks for joining us on the harbour show tonight, Mayor.\n\n"
        "MAYOR RUTH ORTIZ: Glad to be here.\n\n"
        "DANA VELL: Many listeners are angry about the ferry fares. What do you tell them?\n\n"
        "MAYOR RUTH ORTIZ: I hear it every day. People stop me and say, “Why does a return "
        "ticket cost more than lunch?” And I tell them we are fixing it.\n\n"
        "DANA VELL: When?\n\n"
        "MAYOR RUTH ORTIZ: By spring. My promise is simple, “cheaper tickets for every islander "
        "by May.”\n\n"
        "DANA VELL: Thank you, Mayor."
    )
    said = said_in(nlp, text)
    assert said["Why does a"] == "Ruth Ortiz"
    assert said["cheaper tickets for"] == "Ruth Ortiz"
    # Words relayed from someone described stay theirs; labels that name no person are no
    # turns ("PROS:", "CONS:"); a page with one label is no transcript.
    said = said_in(
        nlp,
        text + "\n\nMAYOR RUTH ORTIZ: The ministry wrote in a statement, “the ferries will "
        "run on time.”",
    )
    assert said["the ferries will"] != "Ruth Ortiz"
    said = said_in(
        nlp,
        "Readers rated the Kesh ferry app.\n\nPROS: One buyer wrote, “the map loads fast.”\n\n"
        "CONS: Another reviewer said “the fares page crashes.”\n\nPROS: Cheap.\n\nCONS: Slow.",
    )
    assert said["the map loads"] != "Pros"
    said = said_in(nlp, "UPDATE: The ferry resumed.\n\nPeople say “the fares are too high,” often.")
    assert said["the fares are"] != "Update"


def test_researchers_are_not_the_one_researcher_named(nlp: Nlp) -> None:
    text = (
        "“We were startled by how long the effect lasted,” the lead author, Nora Pell, a "
        "psychologist at Kesh University, said in a statement.\n\n"
        "The British researchers added that the paper, out on Tuesday, was “the largest of its "
        "kind by far.”"
    )
    said = said_in(nlp, text)
    assert said["the largest of"] != "Nora Pell"


def test_a_study_from_a_country_is_not_the_countrys(nlp: Nlp) -> None:
    text = (
        "Short nights harm teenagers' grades, a U.S. study has found.\n\n"
        "“Those who slept under six hours scored lower on every test we gave them,” the study "
        "says."
    )
    said = said_in(nlp, text)
    assert said["Those who slept"] not in ("United States", "U.S.")


def test_agencies_and_the_underground_go_by_their_other_names(nlp: Nlp) -> None:
    found = aliases(
        nlp,
        "The US Environmental Protection Agency fined the plant. CalEPA said the California "
        "Environmental Protection Agency would appeal.",
        "The EPA said the fine stands. The London Tube was shut as the London Underground flooded.",
    )
    assert {"EPA", "US Environmental Protection Agency"} <= found["Environmental Protection Agency"]
    assert "CalEPA" in found["California Environmental Protection Agency"]
    assert "London Tube" in found["London Underground"]
    assert checked_type("Tasmania", "ORG") == "GPE"


def test_the_second_rounds_rules_stay_narrow(nlp: Nlp) -> None:
    # A tube is no railway, and the firm's initials stay a watercraft's.
    found = aliases(nlp, "Nurses inserted a feeding tube on Monday at Kesh General Hospital.")
    assert "London Underground" not in found
    # A country's statement is its government's; research is only done there.
    said = said_in(
        nlp,
        "Kesh Radio reported on Monday that a U.S. statement was sent to the council.\n\n"
        "“The vote must wait until the inspectors report,” the U.S. statement said.",
    )
    assert said["The vote must"] in ("United States", "U.S.")
    # A man's accusers are not the man.
    said = said_in(
        nlp,
        "A lawsuit filed by Rell accusers alleges, “He threatened staff who complained about "
        "the pay.”",
    )
    assert said["He threatened staff"] != "Rell"
    # The late man's bare surname is his, when no one else has it.
    said = said_in(
        nlp,
        "Governor Tomas Rell praised the late Avery Lund on Friday. Lund served on the court "
        "for 30 years.\n\n“I will name someone this week,” he said.",
    )
    assert said["I will name"] == "Tomas Rell"
    # An age in brackets, and a number that is no one's age.
    said = said_in(
        nlp,
        "Lena Marsh (31) treated the driver, Ivo Dunn, at the roadside. In Kesh, 31 homes "
        "flooded.\n\n“He was very lucky tonight,” the 31-year-old nurse said.",
    )
    assert said["He was very"] == "Lena Marsh"
    # A birth name may open with a place's name or end with a role's.
    assert [f.text for _, f in cued_aliases("Kiki Dane, born Georgia Mae Whitfield, sang.")] == [
        "Georgia Mae Whitfield"
    ]
    # "Park" is a surname as often as a place's word.
    assert checked_type("Emily Park", "NORP", alone={"park"}) == "PERSON"
