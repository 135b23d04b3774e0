"""Small rules about what a sentence says (used by ``claims``): whether a dated event is
scheduled (future) and a speaker's name without titles.

Takes: spaCy tokens (passed in, not imported) or a speaker string.  Gives: a flag or a name.
Backend: the word lists below.
"""

from __future__ import annotations

import re
from typing import Any

from newsbrief.article.tables import TITLE_WORDS

# Verbs that report speech ("said", "told"); ``claims`` finds speakers by them.
SAY_VERBS = frozenset({
    "say", "said", "says", "tell", "told", "add", "added", "announce", "announced", "state",
    "stated", "declare", "declared", "warn", "warned", "insist", "insisted", "claim", "claimed",
    "write", "wrote", "saying", "recalled", "recalls", "explained", "explains", "noted", "notes",
    "asked", "replied", "argued", "argues", "acknowledged", "admitted", "conceded", "urged",
    "testified", "commented", "quoted", "quotes", "agreed",
    # Crowds and witnesses shout; speakers recount, affirm and vow ("promised to “catch and
    # punish those who planned it”").
    "shouted", "shouting", "chanted", "chanting", "yelled", "screamed", "cried", "recounted",
    "affirmed", "promised", "vowed", "pledged", "predicted", "complained", "asserted",
    "maintained", "remarked", "observed", "continued", "responded", "countered",
    "pointed",  # "Appelbaum pointed out"
    "mentioned", "mentions",
    "pronounced", "speculated", "suggested",
    # Present tense (features, columns: "Schulz writes") and verbs of stress and manner.
    "writes", "tells", "asks", "replies", "insists", "warns", "adds", "recounts",
    "reads",  # '“We are all devastated,” reads the letter': a document's words
    "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "reiterated",
    "cautioned", "contended", "contends", "boasted", "quipped", "joked",
    "mused", "wondered", "whispered", "answered", "answers",
    # Manner of speaking ("“Why wasn't I there?” sobbed a young woman") and present-tense
    # forms of the verbs above, as features write them ("she admits").
    "sobbed", "wept", "wailed", "sighed", "muttered", "murmured", "snapped", "exclaimed",
    "gasped", "pleaded", "begged", "lamented", "laments", "confided", "confessed",
    "demanded", "admits", "acknowledges", "observes", "suggests", "predicts",
    "advised", "advises", "counseled", "counselled",  # "“Look east after midnight,” he advised."
    "cautions", "jokes", "quips", "boasts", "remarks", "points", "shouts", "yells", "screams",
    "cries", "whispers", "sobs", "sighs", "mutters", "murmurs", "snaps", "exclaims", "gasps",
    "pleads", "begs", "confides", "confesses", "demands", "declares", "continues", "responds",
    "counters", "squealed", "squeals", "laughed", "laughs",
    # A song's lines are its singer's ('“...,” the rapper Vesk rapped on his first album').
    "rapped", "raps", "sang", "sings", "crooned", "croons",
    "chimed",  # "one user chimed in with a calmer view: “...”" (``say_verbs``: only "in")
    # A participle clause speaks for its sentence's subject ("He backtracked, insisting he
    # “didn't really mean it”", "stating that, right now, “...”").
    "insisting", "stating", "adding", "noting", "explaining", "arguing", "claiming",
    "declaring", "warning", "telling", "asking", "replying", "acknowledging", "admitting",
    # Hints and posts ("hinted to his viewers that ...", "writing “...”" on a forum).
    "hinted", "hints", "writing", "posted", "tweeted", "tweeting",
    # Outlets report and announce, documents state, people agree and preach ("The Harlow
    # Ledger agrees that Rusk “brought the water question into the campaign”").
    "reported", "reports", "announces", "states", "agrees", "preached", "protested",
    "editorialized", "editorialised", "editorializes", "editorialises", "opined", "opines",
    # Base forms, after a plural subject or a modal ("researchers who contend the system is
    # “collapsing ...”", "they argue").  Not "underscored": "He said the report underscored
    # the “diligent efforts ...”" is his, not the report's.
    "contend", "argue", "note", "explain", "recall", "acknowledge", "admit", "concede",
    "reply", "respond", "testify", "comment", "assert", "maintain", "predict", "complain",
    "stress", "emphasize", "emphasise", "urge",
    # What a complaint or a plaintiff alleges ("Her lawsuit alleges that Orlen “...”"); the
    # adjective ("the alleged attack") has no subject to speak.
    "alleges", "allege", "alleged", "alleging",
    # Reporting verbs of manner and of setting straight ('"I wasn't trying to be funny,"
    # Beatty clarified'; '"It was arson," the chief confirmed'), as the news writes them.
    "clarified", "clarifies", "confirmed", "confirms", "retorted", "retorts", "scoffed",
    "scoffs", "gloated", "gloats", "moaned", "moans", "fumed", "fumes", "bragged", "brags",
    "gushed", "gushes", "raved", "raves", "griped", "gripes", "teased", "teases",
    "proclaimed", "proclaims", "concedes", "interjected", "elaborated", "marveled",
    "marvelled", "reasoned", "reassured", "reassuring", "assured", "assuring",
    # '“... the biggest story on Earth!” he concluded'; not "The post concluded with these
    # sentences:", which names no one who wrote it (``say_verbs.said_thing``).
    "concluded", "concludes",
    # "staffers ask, “Is it OK to clap?”" (not "read": "The sign on the door read:" is
    # nobody's words).
    "ask",
    # More present tense, as features write it ("The agent, Vell said, calls on host towns
    # and claims that “...”").
    "claims", "asserts", "maintains", "urges", "vows", "promises", "testifies", "complains",
    "pledges", "affirms", "reiterates",
})  # fmt: skip
# Roles that speak unnamed ("the official said"), as well as titles.
ROLES = TITLE_WORDS | {
    "official", "source", "diplomat", "witness", "lawyer", "attorney", "aide", "analyst",
    "expert", "resident", "neighbor", "neighbour", "reporter", "host", "teacher", "doctor",
    "firefighter", "paramedic", "nurse", "tenant", "survivor", "passenger",
    # Everyday people a reporter meets ("sobbed a young woman", "said one shopper").
    "woman", "man", "mother", "father", "student", "worker", "volunteer", "shopper", "driver",
    "motorist", "bystander", "customer", "employee", "spectator", "mourner", "protester",
    "demonstrator", "villager", "farmer", "relative", "friend",
    # Trades and parts people play in a story ("The accountant ... jumps up and says").
    "accountant", "stylist", "producer", "actor", "actress", "coach", "player", "agent",
    "investigator", "detective", "pilot", "engineer", "author", "writer", "editor",
    "columnist", "critic", "journalist", "surgeon", "physician", "priest", "lawmaker",
    "legislator", "consultant", "contractor", "principal", "coroner", "medic", "juror",
    "activist", "organizer", "organiser", "campaigner", "voter", "inmate", "prisoner",
    "victim", "suspect", "defendant", "plaintiff", "guard",
    # More trades ("A pharmacist at the depot said she had no stock. “...,” she said": the
    # pharmacist's words, not the last name's).  Not kin: "his daughter texted him" is told
    # of a father far more often than a daughter speaks unnamed.
    "veterinarian", "vet", "pharmacist", "dentist", "psychologist", "psychiatrist",
    "therapist", "midwife", "chaplain", "soldier", "sailor", "mechanic", "chef", "waiter",
    "waitress", "bartender", "cashier", "janitor", "rescuer", "climber", "hiker",
    "fisherman",
}  # fmt: skip
# Verbs of judging or calling, by lemma: who does it speaks the words quoted after it in the
# sentence ("praised the ruling for ensuring that “...”", "called it “a disaster”").
SPEECH_ACTS = frozenset({
    "praise", "deride", "call", "describe", "hail", "criticize", "criticise", "condemn",
    "denounce", "dismiss", "label", "term", "accuse", "blame", "welcome", "defend", "reject",
    "characterize", "characterise", "applaud", "laud", "thank", "express", "voice", "brand",
    "dub", "decry", "lament", "mock", "ridicule", "scoff", "attack", "assail", "salute",
    "conclude", "implore", "beseech", "estimate",
    # "appealed to the town “to let the old feuds rest”": the words of the one who appeals.
    "appeal",
})  # fmt: skip
# Nouns of saying whose "that" clause holds someone's words.
SPEECH_NOUNS = frozenset({
    "finding", "assertion", "claim", "statement", "charge", "accusation", "allegation",
    "conclusion", "argument", "contention", "warning", "promise", "pledge", "insistence",
    "complaint", "suggestion", "declaration", "announcement", "prediction", "response",
    "reply", "ruling", "verdict", "reminder", "assurance", "vow",
})  # fmt: skip
# Words that put what a date dates in the future: "will meet", "would stay shut", "is due to
# answer", "is scheduled to land", "expect to publish", "hoped to restore".  A say-verb ends
# the search: "said on Monday" is past.
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "wo"})
_SCHEDULED = frozenset({
    "due", "scheduled", "slated", "set", "expected", "planned", "plans", "expect", "expects",
    "hope", "hopes", "hoped", "hoping", "aims", "intends", "intend",
})  # fmt: skip


def scheduled(doc: Any, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    # Not the sentence's full stop a date may end on ("in March."): its head is the main verb.
    words = [t for t in span if not t.is_punct] if span is not None else []
    if not words:
        return False
    span = doc[words[0].i : words[-1].i + 1]
    token = span.root
    # "in late May, when he will be honored": a clause on the date itself says it is ahead.
    # (The few tokens after it: ``doc.text`` is the whole text, built anew on each call.)
    if _WHEN_WILL.match(doc[span.end : span.end + 6].text):
        return True
    first_verb = True
    for _ in range(6):
        if token.lower_ in SAY_VERBS:
            return False
        if (token.lower_ in _SCHEDULED and not _set_up(token)) or any(
            c.lower_ in _FUTURE_AUX for c in token.children
        ):
            return True
        if _is_to(token):
            return True
        if token.pos_ in ("VERB", "AUX") and first_verb:
            first_verb = False
            if _arranged(token):
                return True
        if token.head.i == token.i:
            break
        token = token.head
    return False


_WHEN_WILL = re.compile(r",?\s*when\s+(?:\w+\s+){0,2}will\b")


def _set_up(token: Any) -> bool:
    """ "a helpline set up on Tuesday", "set off on Monday": done, not planned ("set for")."""
    return token.lower_ == "set" and any(c.dep_ == "prt" for c in token.children)


def _arranged(verb: Any) -> bool:
    """ "are sponsoring debates in February": the present progressive of the date's own verb
    tells an arrangement, ahead of the report (news tells what happened in the past tense)."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "'re", "am") for c in verb.children
    )


def _is_to(token: Any) -> bool:
    """ "PAL is to resume flights on Wednesday": a present "is" or "are" with "to" and a verb
    is a plan (not "was to": a past plan may have fallen through)."""
    return (
        token.dep_ == "xcomp"
        and token.head.lower_ in ("is", "are", "'re")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


# Titles before a name: the speaker is the name ("Captain Ines Marrow" → "Ines Marrow").
_TITLES = frozenset({
    "captain", "capt", "gen", "general", "mayor", "dr", "doctor", "mr", "mrs", "ms", "miss",
    "president", "minister", "chief", "inspector", "sgt", "sergeant", "col", "colonel", "lt",
    "lieutenant", "prof", "professor", "sir", "rev", "reverend", "senator", "sen", "governor",
    "gov", "judge", "commander", "major", "superintendent", "officer", "detective", "det",
    "cpl", "corporal", "pvt", "private", "maj", "insp", "supt", "cmdr",
})  # fmt: skip


def is_title(word: str) -> bool:
    """``word`` ("Sgt.", "Captain") is a title written before a name."""
    return word.rstrip(".").casefold() in _TITLES


def untitled(speaker: str | None) -> str | None:
    """``speaker`` without leading titles, when a capitalised name of two or more words stays."""
    if speaker is None:
        return None
    words = speaker.split()
    n = 0
    while n < len(words) - 2 and is_title(words[n]):
        n += 1
    rest = words[n:]
    return " ".join(rest) if n and all(w[:1].isupper() for w in rest) else speaker


__all__ = ["ROLES", "SAY_VERBS", "SPEECH_ACTS", "SPEECH_NOUNS", "is_title", "scheduled", "untitled"]
