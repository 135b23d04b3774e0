"""Who a say-verb's subject names: the speaker of a quote once its say-verb is chosen.

Takes: a say-verb's spaCy token and the article's ``People``.  Gives: the speaker as the
article names them (a name or noun phrase), or the span of the person "he" or an epithet
("the Kentucky Republican", "the mom of two") stands for.  Used by ``article.quotes``.
Backends: spaCy's dependency parse and NER.
"""

from __future__ import annotations

import re
from typing import Any

from newsbrief.article.described import (
    apposed_name,
    epithet,
    former_title,
    own_subject,
    pronoun_person,
    role_after,
    title_of,
    titled_conj,
)
from newsbrief.article.documents import CARRIERS, DOCUMENTS, SPEAKING_TYPES, made_by
from newsbrief.article.given_name import name_given
from newsbrief.article.group_speakers import one_of, they_before
from newsbrief.article.it_speaker import it_speaker
from newsbrief.article.name_phrases import ent_text, named_appos, phrase
from newsbrief.article.people_named import ROLES, Found, People
from newsbrief.article.quoted_as import passive_quoted, quoted_as_saying
from newsbrief.article.speech import is_title
from newsbrief.article.subject_after import subject_after
from newsbrief.article.tables import GAZETTEER, ORG_WORDS, TITLE_WORDS

_PRONOUNS = frozenset({"he", "she", "him", "her"})  # "quoted him as saying"
# "they shouted", "we said": many speakers, never the one person named last; "I asked her"
# is the writer, who is no source.
_PLURAL_PRONOUNS = frozenset({"they", "we", "i"})
# A say-verb whose subject names no one person: the quote has no speaker to give.
NOBODY: tuple[str, None] = ("", None)
_RELATIVES = frozenset({"which", "who", "that", "whom"})
_OWNER_PRONOUNS = frozenset({"his", "her"})
_NOT_SPEAKERS = frozenset(
    {"another", "one", "some", "others", "it", "this", "these", "those", "what", "all", "both",
     "each", "there", "many", "most", "several", "few"}
)  # fmt: skip
_AGE_ONLY = re.compile(r"\d{1,3} year old")
# How near its sentence's start an "it" must stand to stand for the one named before.
_OPENING = 4


# Verbs that make someone do what the infinitive after their object says ("prompting X to
# conclude"): X does it.
_PROMPTING = frozenset({"prompt", "lead", "cause", "force", "spur", "move", "push", "drive"})
# Verbs that tell what someone else said ("she recalls him saying", "I heard her say").
_RECALLING = frozenset({"recall", "remember", "hear", "overhear"})


def _clause_holder(verb: Any) -> Any:
    """The verb whose subject a participle or a conjoined verb shares: its head, or, when
    that head is a "that" clause, the verb that clause hangs on ("Bundy stood by his premise
    that blacks once had better lives -- stating that “...”": Bundy states)."""
    # "He raised the chance of a strike by saying “...”": the verb "by" hangs on.
    holder = verb.head.head if verb.dep_ == "pcomp" else verb.head
    while (
        verb.tag_ == "VBG"
        and holder.dep_ in ("ccomp", "acl", "relcl")
        and any(c.dep_ == "mark" for c in holder.children)
        and holder.head.i != holder.i
    ):
        holder = holder.head
    # "Enoch appears to admit to the doxxing, writing “...”": the subject of "appears".
    while (
        holder.dep_ == "xcomp"
        and holder.head.i != holder.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children)
    ):
        holder = holder.head
    return holder


_POSSESSIVE_MARKS = frozenset({"’", "'", "’s", "'s"})


def verb_speaker(verb: Any, start: int, people: People, end: int = -1) -> Found | None:
    """Who a say-verb's subject names, for a quote at ``start``; None to try the next verb."""
    if verb.lemma_ == "tell" and not any(c.dep_ in _LISTENERS for c in verb.children):
        return None  # "the decision ... is telling": revealing, no one speaks
    sworn = any(c.dep_ == "dobj" and c.lemma_ in _SWORN for c in verb.children)
    if verb.lemma_ == "tell" and verb.tag_ == "VB" and sworn:
        return None  # "a hand raised to tell the truth": an oath (not "he told the truth:")
    heard = next(
        (c for c in verb.children
         if verb.lemma_ in _RECALLING and c.dep_ in ("ccomp", "xcomp")
         and c.lemma_ in ("say", "tell") and any(g.dep_ == "nsubj" for g in c.children)
         # Not the quote's own verb ("“She told me she was pregnant,” he recalls").
         and not start <= c.idx < end),
        None,
    )  # fmt: skip
    if heard is not None:
        # "“Don't lose weight,” she recalls him saying": the one recalled speaks, and he is
        # not she (no one, when the article names no other who could be "him").
        found = verb_speaker(heard, start, people, end)
        recaller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if found and recaller is not None and recaller.lower_ in _PRONOUNS:
            sentence = recaller.sent.start_char if verb.doc.has_annotation("SENT_START") else -1
            own = people.last_before(min(start, recaller.idx), sentence, recaller.lower_)
            if own is not None and own[0] == found[0]:
                return NOBODY
        return found
    quoting = quoted_as_saying(verb) or passive_quoted(verb)
    if quoting is not None:
        # "NTV quoted him as saying", "the state news agency quoted President Selim
        # Aktan as saying", "Yilmaz was quoted by the daily Hurriyet as saying": the one
        # quoted speaks, not the outlet.
        subj = [quoting]
    else:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "Yoshihide Suga, responding to a reporter's question ..., said", "said Minister Ana
        # Vell referring to ...": the parser gave the name to the participle; it is the verb's.
        subj = subj or [
            g
            for c in verb.children
            if c.tag_ == "VBG"
            for g in c.children
            if g.dep_ == "nsubj" and g.pos_ == "PROPN" and g.i < c.i
            and ((c.dep_ == "advcl" and c.i < verb.i)
                 or (c.dep_ == "ccomp" and g.left_edge.i == verb.i + 1 and _bare_participle(c, g)))
        ][:1]  # fmt: skip
    # "Peinovich took to the forum to write, “...”": an infinitive's subject is its head's,
    # unless the head has an object who would do it ("asked her to say").
    controlled = (
        verb.tag_ == "VB"
        and verb.dep_ in ("advcl", "xcomp")
        and not any(c.dep_ in ("dobj", "dative") for c in verb.head.children)
    )
    prompted = [
        c
        for c in verb.head.children
        if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and verb.head.lemma_ in _PROMPTING
    ]
    if not subj and verb.tag_ == "VB" and verb.dep_ == "xcomp" and prompted:
        # "prompting CBS anchor Carl Breen to conclude that the mayor had “...”": the one
        # prompted speaks (not "asked her to say", which she may not have done).
        return ent_text(prompted[0]), None
    if not subj and (
        (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"))
        or (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _MANNER)
        or verb.dep_ == "conj"
        or controlled
    ):
        # "he called them exciting, saying, “...”", "She declined to comment and said ...":
        # the subject of the verb it hangs on, when it names someone (not "the report's
        # conclusions", a misparse's subject).
        subj = [
            c
            for c in _clause_holder(verb).children
            if c.dep_ in ("nsubj", "nsubjpass")
            and (verb.tag_ in ("VBG", "VB") or c.pos_ in ("PROPN", "PRON") or c.lower_ in ROLES)
        ]
    subj = subj or subject_after(verb, end)
    # A "subject" inside the quotation is a misparse ("“... a solid and healthy government,”
    # Bulent Ecevit told reporters"): the name right before the verb speaks.
    # (One with a name in apposition keeps it: “No help. No firemen,” 17-year-old Zuhir
    # Hersi ... said.)
    subj = [c for c in subj if not (start <= c.idx < end) or named_appos(c)]
    # "then says hello to Todd": an interjection made the subject says nothing (not "O’Connell").
    subj = own_subject([titled_conj(c) for c in subj if not (c.pos_ == "INTJ" and c.is_lower)])
    # The person named right before the verb ("... Lena Marquardt said: " with its subject
    # lost; "comes from then-Justice Rehnquist, writing in dissent": not the "statement").
    before = verb.doc[max(0, verb.i - 3) : verb.i]
    # Not one named in a clause of its own ("a third lawyer, Bruce Kellin, who represents
    # Omar Tavi, told the judge": Tavi is the client).
    named = [
        t
        for t in before
        if t.ent_type_ == "PERSON"
        and not any(a.dep_ in ("relcl", "acl") and a.i < verb.i for a in t.ancestors)
        # "disparaged the judge on Twitter, writing": a platform the gazetteer knows.
        and GAZETTEER.get(ent_text(t).casefold(), "PERSON") == "PERSON"
    ]
    borrowed = bool(subj) and subj[0].head.i != verb.i and quoting is None
    # "Reporting from Beirut, Al Jazeera's Rula Amin said:": the parser made the clause the
    # subject and the name its object; the person named right before the verb speaks.
    clause = bool(subj) and subj[0].pos_ in ("VERB", "AUX") and quoting is None
    if named and (
        not subj
        or clause
        or (borrowed and subj[0].pos_ == "NOUN" and subj[0].ent_type_ != "PERSON")
        # "Director of the Kesh Forum Lukas Varn said": the title the parser made the subject.
        or (subj[0].lower_ in TITLE_WORDS and title_of(named[-1], subj[0]))
    ):
        return ent_text(named[-1]), None
    if not subj:
        # '"...," chief prosecutor Ulf Noren, who is leading the inquiry, was quoted as
        # saying': the parser lost the subject; the first person named after the quote.
        after = people.first_between(end, verb.idx) if end > 0 else None
        if after is not None:
            return after
        # '“...,” said Weiler, and every reasonable effort must be made ...': the name right
        # after the verb, which the parser made the subject of the next clause.
        if 0 < end <= verb.idx and verb.i + 1 < len(verb.doc):
            name = verb.doc[verb.i + 1]
            role = role_after(verb)
            if role is not None:
                return role
            # '“...,” recalled neighbor Lida Martori': a role word, then the person.
            named_after = next(
                (t for t in verb.doc[verb.i + 2 : verb.i + 4] if t.ent_type_ == "PERSON"), None
            )
            if name.pos_ == "NOUN" and name.is_lower and named_after is not None:
                return ent_text(named_after), None
            if name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", ""):
                if name.ent_type_:
                    return ent_text(name), None
                last = name.i
                while last + 1 < len(verb.doc) and verb.doc[last + 1].pos_ == "PROPN":
                    last += 1
                return str(verb.doc[name.i : last + 1].text), None
        # "In an interview with the Courier's Ada Lund, Vell, a candidate for governor that
        # year, said": the parser hung the name on the one before it; the name right before the
        # apposition that ends at the verb speaks.
        appositive = _before_apposition(verb) or _inverted(verb, start)
        if appositive is not None:
            return appositive
        # "Harakat-ul-Ansar, a Pakistan-based group ..., said": the name that opens the
        # sentence, cut off from its verb by a long apposition (the verb right after a comma).
        first = verb.sent[0] if verb.doc.has_annotation("SENT_START") else None
        after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
        if first is not None and after_comma and first.ent_type_ in SPEAKING_TYPES:
            return ent_text(first), None
        return None
    if quoting is None and _said_of(verb, subj[0]):
        return NOBODY
    dashed = _named_before_dashes(subj[0])
    if dashed is not None:
        return ent_text(dashed), None
    # Two subjects are a misparse of "said CNN senior political analyst David Gergen" (CNN and
    # Gergen both nsubj): the person speaks, not the outlet; so does the one after an outlet's
    # possessive mark ("the Harlow Times’ Pia Sundqvist described", all tagged an ORG).
    possessed = len(subj) > 1 and verb.doc[subj[0].i + 1].text in _POSSESSIVE_MARKS
    head = next((c for c in subj if c.ent_type_ == "PERSON"), subj[-1] if possessed else subj[0])
    if head.lower_ in _PLURAL_PRONOUNS:
        crowd = they_before(head, start, end) if head.lower_ == "they" else None
        return (crowd, None) if crowd else NOBODY
    one = one_of(head)
    if one is not None:
        return one, None
    if head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        # A clause parsed as the subject ("Stepping out of an airlock as the shuttle passed
        # over Australia, Smith, a veteran spacewalker ..., said"): the person named in it.
        within = people.first_between(head.left_edge.idx, verb.idx)
        if within is not None:
            return within
    if head.lower_ == "it":
        # "The Kesh Monitor said 18 were wounded. It described the clashes “as ...”": the
        # organisation that spoke in the sentence before ("Last month, it ...": near the
        # start of its own); '“...,” it said in a filing': the one before the quote, or the
        # one the quote opens with.
        speaker = it_speaker(head, start, end, _OPENING)
        if speaker is not None:
            return speaker, None
        if 0 < end <= verb.idx:  # '“...,” it said' of a thing ("the report"): no one named
            return people.first_between(head.idx, verb.idx) or NOBODY
    if head.lower_ in _NOT_SPEAKERS:
        # "“...,” another of the four cities ..., El-Farnawani was quoted as saying": a person
        # named between it and the verb speaks; "One of the founders, Mina Shaw, said": hers.
        return (a, None) if (a := apposed_name(head)) else people.first_between(head.idx, verb.idx)
    if head.lower_ in _RELATIVES:
        # "the company, which said": the antecedent, else the nearest person named.  "Who" is
        # a person's, even where the parser hung it on a group ("Ali Varga, leader of the Kesh
        # Front, a militant group sponsored by Norland, who affirmed").
        group = verb.head.ent_type_ in ("ORG", "GPE", "NORP") or verb.head.lower_ in ORG_WORDS
        person = _person_in_apposition(verb.head) if group and head.lower_ == "who" else None
        if person is not None and verb.dep_ == "relcl":
            return person
        before = head.doc[head.i - 1] if head.i > 0 else None
        if (
            head.lower_ == "who"
            and before is not None
            and before.ent_type_ == "PERSON"
            and verb.head.ent_type_ != "PERSON"
            and verb.head.lower_ not in ROLES
        ):
            # "sent a tweet quoting host Stuart Varney who said": the parser hung "who" on the
            # tweet; it is the person named right before it.
            return ent_text(before), None
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            head = verb.head
        else:
            return people.last_before(start)
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    doc = head.doc
    if owner is None and head.lower_ == "mail" and head.i >= 3 and doc[head.i - 2].lower_ == "e":
        owner = doc[head.i - 3] if doc[head.i - 3].dep_ == "poss" else None  # "his e - mail"
    source = next(
        (g for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
         for g in c.children if g.dep_ == "pobj"),
        None,
    )  # fmt: skip
    if head.lower_ in CARRIERS and owner is None and source is not None:
        # "said a statement from the Swiss defense ministry": the ministry speaks.
        return (ent_text(source) if source.ent_type_ in SPEAKING_TYPES else phrase(source)), None
    if head.lower_ in DOCUMENTS and owner is not None:
        # "his e-mail said", "Lane's statement said", "Valdez's lawsuit alleges": the owner
        # speaks, not the medium.
        if owner.ent_type_ in SPEAKING_TYPES:
            return ent_text(owner), None
        owning = people.first_between(owner.idx, owner.idx + len(owner.text))
        if owner.pos_ == "PROPN" and not owner.ent_type_ and owning is not None:
            return owning  # "Valdez's lawsuit", the tagger missing a surname named before
        if owner.lower_ in _OWNER_PRONOUNS:
            sentence = owner.sent.start_char if doc.has_annotation("SENT_START") else -1
            return people.last_before(min(start, owner.idx), sentence, owner.lower_)
    if head.lower_ in DOCUMENTS and owner is None and source is None:
        # "“...,” the resolution states", "said the message": whoever the article says made
        # it ("the Convention approved a resolution that ...", "a message posted by Walker").
        issuer = made_by(head)
        if issuer is not None:
            return issuer, None
    # "the leader, Ali Varga, said": the person in apposition; not "said Tomas Rell,
    # director of genetics, Hollis Chair" (a named chair the tagger took for a person).
    names = [
        a
        for a in head.children
        if a.dep_ == "appos" and a.ent_type_ == "PERSON" and head.ent_type_ != "PERSON"
    ]
    names += [
        a  # "a voter in Kessel's Unity Square, Bahram Tavan, 52, said": the parser hung his
        # name on the square (a place: not "a spokesman for the governor, Ann Vell", hers)
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and head.pos_ == "NOUN"
        and head.lower_ in ROLES
        for o in c.children
        if o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "FAC", "LOC") or o.lower_ in _SPOTS)
        for a in o.children
        if a.dep_ == "appos" and a.ent_type_ == "PERSON"
    ]  # fmt: skip
    names += name_given(head) + [
        g  # "a former vlogger named Mike Cernovich hinted"
        for c in head.children
        if c.dep_ == "acl" and c.lower_ in ("named", "called")
        for g in c.children
        if g.ent_type_ == "PERSON"
    ]
    if names:
        return ent_text(names[0]), None
    if (apposed := apposed_name(head)) is not None:
        return apposed, None
    if head.ent_type_ == "PERSON":  # "Northshore chief executive Helen Achterberg"
        return ent_text(head), None
    if head.lower_ in _PRONOUNS or _AGE_ONLY.fullmatch(phrase(head)) or epithet(head):
        # "The 67-year-old added": an age alone names no one new, like "he".
        # Who "he" is: named before the pronoun, not between it and the quote ("He added
        # that the council should know Tomas Rell “is an honest builder”").
        found = pronoun_person(people, head, start, end)
        return found if found is not None or not former_title(head) else (phrase(head), None)
    if head.pos_ == "PROPN":  # "said Lidia Morrow, Chief Executive of ...": the name alone
        # "Lt. Gen. Won In Choul, the deputy commander, said": the parser cut the name at "In";
        # the name read after the title is whole.
        whole = people.first_between(head.idx, head.idx + 1)
        if whole is not None and len(whole[0].split()) > 1 and whole[0].startswith(head.text):
            return whole
        # "said Carl Breen of Death Row Watch of Nevada": the parser made the group the subject
        # and the person its modifier; the person "of" the group speaks.
        member = next(
            (c for c in head.children if c.dep_ == "nmod" and c.ent_type_ == "PERSON"), None
        )
        if member is not None and member.i < head.i and head.ent_type_ != "PERSON":
            return ent_text(member), None
        first = head.i
        while (
            first > 0
            and head.doc[first - 1].pos_ == "PROPN"
            and head.doc[first - 1].dep_ in ("compound", "flat")
        ):
            first -= 1
        # "said Sgt. Riley": the name without its rank, as the story knows the person.
        while first < head.i and is_title(head.doc[first].text):
            first += 1
        return str(head.doc[first : head.i + 1].text), None
    return phrase(head), None


# Places a passer-by is asked at, whatever the tagger typed their names.
_SPOTS = frozenset({"square", "market", "street", "plaza", "avenue", "bazaar", "park"})


def _bare_participle(verb: Any, subject: Any) -> bool:
    """ "said Minister Ana Vell referring to ...": no auxiliary ("said the White House was
    working to ..." reports the White House), and a person."""
    return subject.ent_type_ == "PERSON" and not any(
        c.dep_.startswith("aux") for c in verb.children
    )


def _said_of(verb: Any, subject: Any) -> bool:
    """The subject of a passive say-verb is what is said, or who is told, not who speaks:
    "The patient was said to have been “near death”", "“...,” he was told"."""
    return (
        subject.dep_ == "nsubjpass"
        and subject.head.i == verb.i
        and verb.lemma_ in ("say", "tell", "ask", "report")
        and not any(t.lower_ == "saying" for t in verb.subtree)
    )


# What "tell" needs to report speech: someone told, or what was told.
_LISTENERS = frozenset({"dobj", "dative", "iobj", "ccomp", "xcomp"})
_SWORN = frozenset({"truth", "lie"})
# Tokens of an apposition ("Ana Lurie, secretary of the Union of the Parents of Lost Sailors,").
_MAX_APPOSITION = 18


def _before_apposition(verb: Any) -> Found | None:
    """The name before ", <apposition>," when the apposition's closing comma is right before
    ``verb`` ("Sanders, a Democratic presidential candidate, said")."""
    doc = verb.doc
    # A participle ("recalled its envoy from Kabul, the Afghan capital, saying") speaks for
    # its clause's subject, not for a place or thing named before it.
    if verb.i < 4 or doc[verb.i - 1].text != "," or verb.tag_ == "VBG":
        return None
    sent_start = verb.sent.start if doc.has_annotation("SENT_START") else 0
    low = max(sent_start + 1, verb.i - _MAX_APPOSITION)
    opening = next((i for i in range(verb.i - 2, low - 1, -1) if doc[i].text == ","), None)
    if opening is None or doc[opening - 1].pos_ != "PROPN":
        return None
    if doc[opening - 1].ent_type_ not in ("PERSON", "ORG", ""):
        return None  # "Kabul, the Afghan capital,": a place says nothing
    last = doc[opening - 1]
    if last.ent_type_ == "PERSON":
        return ent_text(last), None
    first = last.i
    while first > sent_start and doc[first - 1].pos_ == "PROPN":
        first -= 1
    return str(doc[first : last.i + 1].text), None


def _inverted(verb: Any, start: int) -> Found | None:
    """ "But, said Ana Vell, an aide, “a visa is no right”": the name right after the verb,
    set off by a comma or a colon, which the parser made the subject of the quote's clause
    (not "said Day “spent her life ...”", nor "called Tom Hale's remark “absurd”")."""
    doc = verb.doc
    name = doc[verb.i + 1] if verb.i + 1 < len(doc) else verb
    if not (verb.idx < name.idx < start and name.ent_type_ == "PERSON" and name.ent_iob_ == "B"):
        return None
    last = name.i
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    subject = doc[last]
    after = doc[last + 1].text if last + 1 < len(doc) else ""
    if subject.dep_ == "nsubj" and after in (",", ":") and doc[last + 1].idx < start:
        return ent_text(subject), None
    return None


def _person_in_apposition(token: Any) -> Found | None:
    """The person an apposition chain describes: "Ali Varga, leader of the Kesh Front, a
    militant group sponsored by Norland" for "Norland" or "group" (up through appositions,
    "of" and "by" phrases and participles)."""
    for _ in range(_CHAIN):
        if token.ent_type_ == "PERSON":
            return ent_text(token), None
        if token.dep_ not in _CHAIN_LINKS or token.head.i == token.i:
            return None
        token = token.head
    return None


def _named_before_dashes(subject: Any) -> Any:
    """The person right before a description set off by dashes, which the parser made the
    subject: "At this Rell — usually the quietest man on the board — snapped: “...”"; else
    None."""
    doc, left, right = subject.doc, subject.left_edge.i, subject.right_edge.i
    # The parser may hang either dash on the description itself.
    left -= doc[left].text not in _DASHES
    right += doc[right].text not in _DASHES
    if subject.pos_ != "NOUN" or left < 1 or right >= len(doc):
        return None
    name = doc[left - 1]  # "Rell", whatever the tagger typed it (not "Monday", a date)
    dashes = doc[left].text in _DASHES and doc[right].text in _DASHES
    # The verb right after the closing dash ("— exploded", "— then said"): not "In Paris — a
    # city of two million — residents said", where the description is no subject.
    verb = right + 1 < len(doc) and (
        doc[right + 1].i == subject.head.i
        or (doc[right + 1].pos_ in ("ADV", "AUX") and doc[right + 1].head.i == subject.head.i)
    )
    named = name.pos_ == "PROPN" and name.ent_type_ not in ("DATE", "TIME")
    return name if dashes and verb and named else None


_DASHES = frozenset({"—", "–", "--"})
# "by saying", "after adding", "while insisting": said by the one the clause is of (not
# "without saying").
_MANNER = frozenset({"by", "after", "before", "while", "in"})
_CHAIN = 8
_CHAIN_LINKS = frozenset({"appos", "pobj", "prep", "agent", "acl", "compound"})


__all__ = ["NOBODY", "verb_speaker"]
