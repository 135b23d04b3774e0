"""People an article names, in order, for "he said": who a pronoun in an attribution is.

Takes: an article's spaCy ``Doc``.  Gives: ``People``, looked up by offset (the last person
named before a quote, the first named between two offsets).  Used by ``article.quotes``.
Backends: spaCy's dependency parse and NER.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import Any

from newsbrief.article.clause_roles import (
    aside_say,
    asked_in,
    modifies_noun,
    object_like,
    reported_by,
)
from newsbrief.article.genders import PRONOUN_GENDER, given_genders, noun_genders, titled_genders
from newsbrief.article.given_name import name_given
from newsbrief.article.name_phrases import ent_text, named_appos, phrase, with_the
from newsbrief.article.name_scan import person_words, titled_names
from newsbrief.article.name_spans import mostly_places, not_a_name, without_titles
from newsbrief.article.regions import inside, quoted_spans
from newsbrief.article.say_verbs import advised_someone
from newsbrief.article.speech import ROLES, SAY_VERBS
from newsbrief.article.tables import (
    DEMONYMS,
    GIVEN_NAME_GENDERS,
    ORG_WORDS,
    PLACE_WORDS,
    TITLE_WORDS,
)

# A platform the tagger took for a person ("mourned his aunt on Instagram: “...,” he wrote") is
# where the words were posted, never who wrote them.
_PLATFORMS = frozenset({
    "instagram", "twitter", "facebook", "youtube", "tiktok", "snapchat", "reddit", "linkedin",
    "whatsapp", "tumblr", "pinterest",
})  # fmt: skip
_NOT_PERSON_LAST = PLACE_WORDS | ORG_WORDS | _PLATFORMS
_NOT_PERSON_FIRST = frozenset({"without", "of", "for", "with", "from"})  # "Without Limits"
# Whose a thing is when it is a person's own ("his name", "her article").
# A found speaker: its text, and the span of the person named when found through "he said".
Found = tuple[str, tuple[int, int] | None]


class People:
    """People named in one article, in order, for "he said" (looked up by bisection):

    - names tagged PERSON that do not end in a place's or an organisation's word ("Mill Lane");
    - two- or three-word names typed otherwise that read as a person's ("Agnes Fenwright"
      tagged NORP), and names right after a title ("Mr Ferrand", ``titled_names``);
    - the capitalised subject of a say-verb ("Quillan said");
    - a bare surname of one of those ("Varga, speaking outside city hall, ...").
    A name right after "from", "of", "in" or "at" is a place or an employer ("a teacher from
    Kesh", "Dr Tobias Renner of Vannick Children's Hospital"), not who speaks next.
    """

    def __init__(self, doc: Any) -> None:
        text = self._text = doc.text
        # Where the subject of a say-verb starts ("Ferrand said") and its sentence ends.
        self.speaking: list[tuple[int, int]] = []
        # Where an unnamed role speaks ("this official said"), and the role.
        self.roles: list[tuple[int, str]] = []
        # Subjects of a say-verb in a clause "while" or "although" opens.
        self._aside: set[int] = set()
        found = {
            span: text[span[0] : span[1]]
            for e in doc.ents
            if not not_a_name(text, e.start_char, e.end_char)
            and (
                (
                    e.label_ == "PERSON"
                    # "ghrelin's effect": a word written in lower case is no one's name.
                    and not e.text.islower()
                    and e.text.split()[-1].casefold() not in _NOT_PERSON_LAST
                    and e.text.split()[0].casefold() not in _NOT_PERSON_FIRST
                    # "makes him a better Airman": a title alone names no one.
                    and not (len(e) == 1 and e.text.casefold() in TITLE_WORDS)
                )
                or (
                    e.label_ in ("NORP", "ORG")
                    and 2 <= len(e) <= 3
                    # Not a nationality of one hyphenated word ("African-American"); a
                    # hyphenated surname the tagger typed a group ("Smith-Jones") still counts.
                    and not (e.label_ == "NORP" and len(e.text.split()) == 1)
                    and person_words(e.text.split())
                    and e.text.split()[-1].casefold() not in DEMONYMS  # "Latin American"
                )
            )
            for span in [without_titles(text, e.start_char, e.end_char)]
        }
        for name in titled_names(text):
            if not not_a_name(text, name.start, name.end):  # "his best director Oscar"
                found[(name.start, name.end)] = name.text
        for first, last in pairwise(doc):
            # A given name the table knows and a surname, whatever the tagger made of them
            # ("“...,” Kathy Fairbanks with the No on 12 campaign ... told reporters": a work).
            # Not "an Amber Alert": a determiner opens a thing's name, not a person's (nor is
            # a name the table of things that are no one lists, nor an event: "Rose Bowl").
            det = first.i > 0 and doc[first.i - 1].pos_ == "DET"
            if (
                first.lower_ in GIVEN_NAME_GENDERS
                and not det
                and first.ent_type_ not in _NOT_PEOPLE
                and not not_a_name(text, first.idx, last.idx + len(last))
                and person_words([first.text, last.text])
                and last.pos_ == "PROPN"
            ):
                found.setdefault((first.idx, last.idx + len(last)), f"{first.text} {last.text}")
        asked = asked_in(doc)
        for token in asked:
            # "Host Martin Kessel asked the senator what she thought of the memo. “...,” she
            # said": the one asked answers, not the host.
            if token.pos_ == "NOUN" and token.lower_ in ROLES:
                self.roles.append((token.idx, phrase(token)))
        titles = titles_used(doc)
        for token in doc:
            if (role := _unnamed_role(token)) is not None:
                self.roles.append((token.idx, role))
            elif (holder := _titled_subject(token, titles)) is not None:
                self.roles.append((token.idx, holder))
            subject = token.dep_ == "nsubj" and token.pos_ in ("PROPN", "NOUN")
            # Not "the Constitution doesn't say": a name with an article, or one the tagger
            # types as a law, a work or an event, is no person.
            thing = token.ent_type_ in _THING_TYPES or any(c.dep_ == "det" for c in token.children)
            if not subject or token.head.lower_ not in SAY_VERBS or advised_someone(token.head):
                continue
            if token.pos_ == "NOUN" and token.lower_ in ROLES and not named_appos(token):
                # "A woman who gave only her first name, Mira, said ...": the name she gave.
                given = name_given(token)
                named_as = (
                    doc[given[0].left_edge.i : given[0].i + 1].text.strip('“”"') if given else None
                )
                self.roles.append((token.idx, named_as or phrase(token)))
            if thing:
                continue
            # Not "People who know him say": a plural common noun names no one.
            named = person_words([token.text]) and token.tag_ != "NNS"
            if named:
                found.setdefault((token.idx, token.idx + len(token)), token.text)
            if named or token.ent_type_ == "PERSON":  # "Barbara Spector, one of ..., said"
                sent_end = token.sent.end_char if doc.has_annotation("SENT_START") else token.idx
                self.speaking.append((token.idx, sent_end))
                if aside_say(token.head):
                    self._aside.add(token.idx)
        # ("Steve Tolliver' campaign": the tagger's name keeps the possessive mark.)
        surnames = {n.split()[-1].rstrip("'’") for n in found.values() if len(n.split()) > 1}
        for token in doc:
            if token.text in surnames and token.ent_iob_ != "I":
                found.setdefault((token.idx, token.idx + len(token)), token.text)
        # A name said inside a quotation ("people will say Sion will get it") is not who
        # "he" is in the next attribution.
        quoted = quoted_spans(text)
        # Nor is a photographer credited under a picture ("(Dwight Adams/IndyStar)").
        credits = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
        placed = mostly_places(text, {n for n in found.values() if " " not in n})
        # Nor is one the article calls "the late": "a justice to replace the late Avery Lund.
        # ... he promised" is not Lund, by his full name or by a surname no one else named in
        # the article has (his son "Dario Lund" may well speak, and "Lund" may be the son).
        late = {name for (s, _), name in found.items() if _LATE.search(text, max(0, s - 24), s)}
        living = {n.split()[-1] for n in found.values() if " " in n and n not in late}
        late |= {n.split()[-1] for n in late if " " in n} - living
        self.found = sorted(
            (s, e, name)
            for (s, e), name in found.items()
            if not _PLACE_BEFORE.search(text, max(0, s - 6), s)
            and name not in placed
            and name not in late
            and not inside(quoted, s)
            and not inside(credits, s)
            and not modifies_noun(doc, e)
        )
        # Overlapping spans (a PERSON entity and the title scan's name in it): keep the first,
        # the longest of those starting together ("Won In Choul", not the parser's "Won").
        kept: list[tuple[int, int, str]] = []
        for item in sorted(self.found, key=lambda f: (f[0], -f[1])):
            if not kept or item[0] >= kept[-1][1]:
                kept.append(item)
        self.found = kept
        titled = titled_genders(text)
        names = [name for _, _, name in self.found]
        self._gender = noun_genders(text, names) | titled | given_genders(names, titled, text)
        # Each name's sentence, and whether it is that sentence's subject: "Estrada seemed
        # intent on praising Tan than on prodding him. “We have to admire Lucio Tan,” he
        # said": the subject, not the last name, is who "he" is.
        self._sentence: list[int] = []
        self._subject: list[bool] = []
        self._object: list[bool] = []
        self._embedded: list[bool] = []
        # Whether the name's sentence has "he" or "she" for its subject, before the name:
        # "Undaunted, he published an op-ed, accusing Mercer of ... He warned": not Mercer,
        # but who "he" was (not "sent it to Mr. Copeland, and he recognized": Copeland).
        self._told_by_pronoun: list[str] = []  # the pronoun, or ""
        self._done_to: list[str] = []
        self._likened: list[bool] = []
        parsed = doc.has_annotation("SENT_START")
        for start, end, _ in self.found:
            span = doc.char_span(start, end, alignment_mode="expand")
            root = _name_root(span) if span is not None and len(span) else None
            self._sentence.append(root.sent.start_char if root is not None and parsed else -1)
            told = (
                [
                    c.lower_
                    for c in root.sent.root.children
                    if c.dep_ == "nsubj"
                    and c.lower_ in ("he", "she")
                    and (c.i < root.i or reported_by(root, SAY_VERBS))
                ]
                if root is not None and parsed
                else []
            )
            self._told_by_pronoun.append(told[0] if told else "")
            # The subject of a clause within the sentence ("he thinks Moll could tour").
            self._embedded.append(
                root is not None and root.dep_ in _SUBJECTS and root.head.dep_ != "ROOT"
            )
            # An object, or the subject of a clause a "that" or "because" opens ("Sanders
            # considered it telling that Francis would praise her. “...,” he said": Sanders).
            self._object.append(root is not None and root not in asked and object_like(root))
            # Whom the name's own verb does something to, as "her" or "him": "Tavel gave her a
            # fresh start" tells that Tavel is not the "she" who speaks next.
            # (Only a giving verb: "Judge Loft sentenced her. “...,” she said" is the judge's.)
            giving = root is not None and root.dep_ == "nsubj" and root.head.lemma_ in _GIVING
            done_to = [
                c.lower_
                for c in (root.head.children if giving and root is not None else ())
                if c.dep_ in ("dobj", "dative") and c.lower_ in ("her", "him")
            ]
            self._done_to.append(done_to[0] if done_to else "")
            # A name given as an example ("doctors such as Tavel", "people like Tavel").
            self._likened.append(
                root is not None and root.dep_ == "pobj" and root.head.lower_ in ("like", "as")
            )
            # The main clause's subject or the name in apposition to it ("The minister, Pavel
            # Dorn, who hailed President Vell, pledged"), or the source "according to".
            subject = root.head if root is not None and root.dep_ == "appos" else root
            main = subject is not None and subject.dep_ in _SUBJECTS and subject.head.dep_ == "ROOT"
            self._subject.append(main or bool(_ACCORDING.search(text, max(0, start - 16), start)))

    def first_between(self, start: int, end: int) -> Found | None:
        """The first person named within ``[start, end)``, with the span of that name."""
        i = bisect.bisect_left(self.found, (start,))
        if i < len(self.found) and self.found[i][0] < end:
            s, e, text = self.found[i]
            return text, (s, e)
        return None

    def last_before(self, offset: int, sentence: int = -1, pronoun: str = "") -> Found | None:
        """The person last named before ``offset``, with the span of that name; the subject of
        the last say-verb when it is near ("Mr Ferrand said the Agency for Reservoir Safety
        would report ... "People deserve to know," he said": Ferrand).  ``sentence``: where
        the pronoun's sentence starts, if a pronoun asks; ``pronoun``: the pronoun itself, so
        that "she" is not a man the article calls "Mr Parr" (nor "he" a "Ms")."""
        found = self._last_before(offset, sentence, pronoun)
        if found is None or found[1] is None:
            return found
        at = bisect.bisect_left(self.found, (found[1][0],))
        other = at < len(self.found) and self._done_to[at] == _OBJECT.get(pronoun.casefold())
        # "Betty Horlan blames money. Women without savings depend on doctors such as Tavel.
        # “...,” she said": a name of no known sex given as an example, after a woman named,
        # is not "she" (one acted on may well be: "The board fired Teague. “...,” she said").
        before = self.found[at - 1] if 0 < at < len(self.found) else None
        before = before if before and offset - before[0] <= 2 * _SPEAKER_REACH else None
        if before is not None and self._likened[at] and self._gender_of(found[0]) is None:
            wanted = PRONOUN_GENDER.get(pronoun.casefold())
            # (Not "few work as hard as Reyes and her friends": her own "her" says she is "she".)
            rest = self._text[found[1][1] :].split(".", 1)[0]
            own = re.search(rf"\b{_POSSESSIVE.get(pronoun.casefold(), '^$')}\b", rest, re.I)
            if wanted is not None and self._gender_of(before[2]) == wanted and not own:
                return before[2], (before[0], before[1])
        if not other and not self._disagrees(found[0], pronoun):
            return found
        # The nearest name before it that may be a "he" or a "she", still within reach.
        i = bisect.bisect_left(self.found, (found[1][0],)) - 1
        while i >= 0 and offset - self.found[i][0] <= 2 * _SPEAKER_REACH:
            if not self._disagrees(self.found[i][2], pronoun):
                start, end, text = self.found[self._sentence_subject(i, pronoun.casefold())]
                if not self._disagrees(text, pronoun):
                    return text, (start, end)
            i -= 1
        # No one before the one who gave "her" something: that one still speaks.
        return found if other and not self._disagrees(found[0], pronoun) else None

    def is_subject(self, start: int) -> bool:
        """Whether the name found at ``start`` is its sentence's subject."""
        i = bisect.bisect_left(self.found, (start,))
        return i < len(self.found) and self.found[i][0] == start and self._subject[i]

    def _disagrees(self, name: str, pronoun: str) -> bool:
        gender, wanted = self._gender_of(name), PRONOUN_GENDER.get(pronoun.casefold())
        return gender is not None and wanted is not None and gender != wanted

    def _gender_of(self, name: str) -> str | None:
        words = [w for w in name.split() if w.rstrip(".").casefold() not in TITLE_WORDS]
        # A full name by its given name ("Miriam Sloane" beside her son "Jacob Sloane"), else
        # by its surname's titles; a bare surname by either.
        given = GIVEN_NAME_GENDERS.get(words[0].casefold()) if len(words) >= 2 else None
        return given or (self._gender.get(words[-1].casefold()) if words else None)

    def _last_before(self, offset: int, sentence: int, pronoun: str = "") -> Found | None:
        i = bisect.bisect_left(self.found, (offset,)) - 1
        # "In an e-mail to Mayor Tim Flaherty ..., she wrote": a name that is an object in the
        # pronoun's own sentence is someone else.
        while i >= 0 and sentence >= 0 and self._sentence[i] == sentence and self._object[i]:
            offset = self.found[i][0]
            i -= 1
        # "A Clinton administration official acknowledged ... “...,” this official said ...
        # he said:": a role that spoke after the last name given is who "he" is.
        r = bisect.bisect_left(self.roles, (offset,)) - 1
        role_near = r >= 0 and offset - self.roles[r][0] <= _SPEAKER_REACH
        if role_near and (i < 0 or self.found[i][1] <= self.roles[r][0]):
            return self.roles[r][1], None
        if i < 0:
            return None
        j = bisect.bisect_left(self.speaking, (offset,)) - 1
        spoke = False
        # Only names later in the say-verb's own sentence give way to its subject: a person
        # named in a later sentence is who "he" or "she" is.
        if j >= 0 and offset - self.speaking[j][0] <= _SPEAKER_REACH:
            subject, sent_end = self.speaking[j]
            # The name holding the subject's word ("Spector" of "Barbara Spector").
            at = bisect.bisect_right(self.found, (subject, 1 << 62)) - 1
            named = at >= 0 and self.found[at][0] <= subject < self.found[at][1]
            # (Not the subject of a "while ... said" aside before the sentence's own subject:
            # "While Orlo said they saw no risk, Vesk is gloomier. “...,” he said": Vesk.)
            aside = subject in self._aside and self._subject[i]
            if named and self.found[i][0] < sent_end and not aside:
                i, spoke = at, True
        if not spoke:
            i = self._sentence_subject(i, pronoun.casefold())
        start, end, text = self.found[i]
        return text, (start, end)

    def _sentence_subject(self, i: int, pronoun: str = "") -> int:
        """The name that is its sentence's subject, when name ``i`` is an object or a clause's
        subject and one is (not when it names the speaker in apposition, "his secretary, Edna
        Poehner, said")."""
        # (Nor the subject of a clause within a sentence the same "he" is the subject of:
        # "He told reporters he thinks Moll could tour. ... he added": not Moll, but who
        # "he" was; "He hoped Nadia Holm would stay. “...,” she said" is Holm's.)
        if self._subject[i] or self._sentence[i] < 0:
            return i
        # (Nor one that "she" did something to: "“...,” she said, thanking Secretary Lena Vhost.
        # “...,” she said" is not Vhost's.)
        same = (
            bool(pronoun)
            and pronoun == self._told_by_pronoun[i]
            and (self._embedded[i] or self._object[i])
        )
        if not self._object[i] and not same:
            return i
        j = i - 1
        while j >= 0 and self._sentence[j] == self._sentence[i]:
            if self._subject[j]:
                return j
            j -= 1
        # No name is the subject but "he" or "she" is: the one that pronoun stood for, the
        # subject named before the sentence, when near (nearer when the pronoun is not the
        # one asked about: the name is then no clause's subject of that same "he").
        reach = 2 * _SPEAKER_REACH if same else _SPEAKER_REACH
        if self._told_by_pronoun[i] and j >= 0 and self.found[i][0] - self.found[j][0] <= reach:
            before = self._sentence_subject(j, pronoun)
            # A name that is no object stands, unless "he" leads back to a subject (who
            # must be a "he": not a man before a woman's own account, told "she said").  One
            # "she" did something to is never she, whoever "she" stood for.
            if (self._object[i] or self._subject[before]) and not (
                same and self._embedded[i] and self._disagrees(self.found[before][2], pronoun)
            ):
                return before
        return i


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _name_root(span: Any) -> Any:
    """The word a name hangs on its sentence by: its subject's word where the parser hung the
    name by two ("Minister Lars arap Tesso should resign": "arap" and "Tesso" both on "resign",
    "Tesso" the subject), else the span's root."""
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end]
    return next((t for t in outside if t.dep_ in _SUBJECTS), span.root)


def titles_used(doc: Any) -> dict[str, set[str]]:
    """Each title word the article writes before a person's name, and the names it is given to
    ("pope" -> {"Anton I"} of "Pope Anton I")."""
    used: dict[str, set[str]] = {}
    for e in doc.ents:
        if e.label_ != "PERSON":
            continue
        for t in (e[0], doc[e.start - 1] if e.start > 0 else e[0]):
            if t.lower_ in TITLE_WORDS:
                used.setdefault(t.lower_, set()).add(ent_text(e[-1]))
    return used


def _titled_subject(token: Any, titles: dict[str, set[str]]) -> str | None:
    """ "The bishop appeared to reply to the doubts. “...,” he said": a title with "the" that
    is its sentence's subject is whom the next "he" or "she" means, as a name there would be:
    the one person the article gives that title ("Bishop Anton Vell"; not "The congressman"
    after "Rep. Tom Vance", nor "the judge" of two judges)."""
    holders = titles.get(token.lower_, set())
    if not (
        len(holders) == 1
        and token.dep_ == "nsubj"
        and token.pos_ == "NOUN"
        and token.head.dep_ == "ROOT"
        and with_the(token)
        and not named_appos(token)
    ):
        return None
    return next(iter(holders))


def _unnamed_role(token: Any) -> str | None:
    """The role ``token`` is when someone "quoted ... as saying" it ("Yonhap quoted a
    unification ministry official as saying": the official is who "he added" is next, not
    Yonhap), or "one of" some role who speaks ("said one of the engineers on the pier, who asked
    not to be named": "he said" next is that one)."""
    if token.lower_ == "one" and token.dep_ == "nsubj" and token.head.lower_ in SAY_VERBS:
        # Not one named ("one of the officials, Ana Vell,"), nor a man or a woman, whose "he"
        # or "she" the pronoun must agree with.
        group = [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_ in ROLES - _GENDERED
        ]
        after = token.doc[group[0].i + 1 : group[0].i + 3] if group else []
        named = len(after) == 2 and after[0].text == "," and after[1].pos_ == "PROPN"
        return str(token.doc[token.i : group[0].i + 1].text) if group and not named else None
    quoted = (
        token.dep_ == "dobj"
        and token.pos_ == "NOUN"
        and token.lower_ in ROLES
        and token.head.lower_ in ("quoted", "quotes", "quoting")
        and any(t.lower_ == "saying" for t in token.head.subtree)
    )
    return phrase(token) if quoted else None


_GENDERED = frozenset({"woman", "man", "mother", "father", "actress", "actor"})
_PLACE_BEFORE = re.compile(r"\b(?:from|of|in|at)\s+$")
_LATE = re.compile(r"\b[Tt]he late\s+(?:[A-Z][a-z]+\.?\s+)?$")
_CREDIT = re.compile(r"\((?:Photo:\s*)?[A-Z][^()/\n]{2,60}/[A-Z][^()\n]{1,40}\)")
_ACCORDING = re.compile(r"\baccording to\s+$", re.IGNORECASE)
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "EVENT", "PRODUCT"})
_THING_TYPES = frozenset({"LAW", "WORK_OF_ART", "EVENT", "PRODUCT", "LANGUAGE", "DATE", "TIME"})
_OBJECT = {"she": "her", "he": "him"}
_GIVING = frozenset({"give", "offer", "hand", "grant", "send", "lend", "award"})
_POSSESSIVE = {"she": "her", "he": "his"}
# How far back a say-verb's subject still is who "he" is: about two sentences.
_SPEAKER_REACH = 250


__all__ = ["ROLES", "Found", "People", "titles_used"]
