"""Units of text: what counts as a word, and which lines are furniture or labels.

Takes one unit (a line or paragraph of already extracted text); gives its length in
word-like units and whether it reads as site furniture (navigation, widgets, captions) or a
label (a short unpunctuated line).  Shared by plain-text and HTML cleaning.  Backend: plain
regular expressions (bounded, linear).
"""

from __future__ import annotations

import re
import unicodedata

# Han ideographs (with extension A and compatibility forms), hiragana and katakana.  These
# scripts write no spaces between words, so each character counts as one word-like unit: a
# Chinese word is one to two characters, so a character is a slightly smaller unit than an
# English word, which errs on the side of keeping text.  Hangul is not here: Korean puts
# spaces between words, so its words are counted like English ones.
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{CJK_CHARS}]")
_OPENERS = "\"“‘'`([«"
_CLOSERS = "\"”’')]»"
_MAX_FURNITURE_WORDS = 60  # cookie banners run to ~50 words; articles' paragraphs rarely match
MAX_TITLE_WORDS = 25  # news headlines rarely pass 20 words; 25 leaves a margin


def text_units(text: str) -> int:
    """The length of ``text`` in word-like units: space-separated words, and every Han or kana
    character as one unit (the words around such characters still count as words)."""
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(text.split())
    rest = _CJK.sub(" ", text).split()
    return cjk + sum(1 for word in rest if any(ch.isalnum() for ch in word))


def ends_terminal(unit: str) -> bool:
    """Whether ``unit`` ends like a sentence (terminal punctuation, then closing quotes)."""
    return bool(_ENDS_TERMINAL.search(unit))


# A unit (line or paragraph) ends like a sentence: terminal punctuation, then closing quotes.
_ENDS_TERMINAL = re.compile(r"[.!?…。！？][\"'’”)\]」』）]*$|[\"'’”][.!?]$")
# Site furniture: a short unit (at most ``label_max_words`` words) that starts like this is
# navigation or a widget, not prose.  Words that also open sentences ("Related talks…",
# "Comments by the minister…") only count in their widget form.
_FURNITURE_START = re.compile(
    r"^(?:latest news|top stories|most (?:read|popular|viewed)\b|trending(?: now)?$|"
    r"recommended(?: for you)?$|read (?:more|next|also)\b|also read\b|see also\b|"
    r"more (?:from|on) (?:this|our)\b|related(?::| (?:stories|articles|news|content|topics))|"
    r"advertisement|sponsored\b|share (?:this|on|via)\b|share$|follow us\b|"
    r"(?:\d+ )?comments?(?:$| \(\d+\)|:)|leave a comment|click here|sign up\b|subscribe\b|"
    r"click to (?:email|e-mail|share|print|tweet|post|pin|open|view|enlarge)\b|"
    # "(Published Friday, June 27, 2014)", "Updated: 5:30 PM": a page's time stamp.
    r"\(?(?:published|posted|updated)(?: on| at)?:?\s+(?:\w+day\b|\w+\.? \d|\d)|"
    # A section link: "Local News More>>", "Sports More »".
    r"(?:[\w&]+ ){1,3}more\s*(?:>>|»|›)$|"
    r"newsletter|cookie|we use cookies|accept (?:all )?cookies|all rights reserved|copyright\b|"
    r"©|skip to\b|back to top|photo:|image:|picture:|file photo|watch:|listen:|"
    r"from wikipedia, the free encyclopedia|"
    # "Download the Us Weekly iPhone app now!": a promotion.
    r"download (?:the|our) (?:[\w'’-]+ ){0,5}apps?\b|"
    # "Want stories like these delivered straight to your phone? Download ...".
    r"want (?:more )?(?:stories|news) like (?:this|these)\b|"
    # A writer's contact line: "(bwhite@politico.com; @morningmoneyben)".
    r"\(?[\w.+-]+@[\w-]+\.[\w.-]+[;,)]?(?:\s+@\w+\)?)?$|"
    # A video player's share buttons: "Play Facebook", "Play Video".
    r"play (?:facebook|twitter|video|now)$|please enable javascript to watch this video)",
    re.IGNORECASE,
)
# Widgets that may sit inside longer text: cookie banners, newsletter boxes, tweet embeds.
_FURNITURE_ANYWHERE = re.compile(
    r"pic\.twitter\.com|twitter\.com/\w+/status|\(@\w{1,15}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}|"
    r"\buse[sd]? cookies\b|\bcookie (?:policy|settings|consent)\b|"
    r"\bsubscribe to (?:our|the) newsletter\b|\bclick here to\b|\(opens in (?:a )?new window\)|"
    # BBC pages: "Image copyright Met Police Image caption Attackers ...", video boxes.
    r"^image copyright\b|\bimage caption\b|^media caption\b|media playback is unsupported|"
    # A video player's embed box: "Embed ... 2:14 autoplay autoplay Copy this code to your
    # website or blog".
    r"\bcopy this code to your (?:website|site|blog)\b|"
    # YouTube's player: "Rating is available when the video has been rented."
    r"\brating is available when the video has been rented\b|"
    r"\bthis feature is not available right now\b",
    re.IGNORECASE,
)
# Photo captions end in a credit like "(Reuters photo)", "(AFP Photo/Joseph Eid)".
# Wire captions also open "In this June 21, 2018, photo, ..." or "In this file photo", end cut
# short with the agency's credit ("... are widening... (Associated Press)"), or end with the
# day the picture was taken: "... at Potter's Field Park in London, Monday, June 5, 2017."
# (prose says "on Monday").  A tabloid's captions end in the photographer and the paper,
# "(Todd Maisel/New York Daily News)", or where the picture came from, "(via Facebook)".
# The wire caption's opening and its cut end, shared with ``_LONG_FURNITURE`` below.
_WIRE_OPEN = r"^in this (?:[\w.,' ]{0,30} )?(?:file )?(?:photo|image|picture)\b"
_WIRE_CUT = r"(?:\.\.\.|…)\s*\((?:the )?(?:associated press|ap|reuters|afp|epa|getty images)\)$"
_CAPTION = re.compile(
    r"\((?:[^()]{0,40}\s)?(?:file\s)?(?:photo|picture|image|pic)s?\b[^()]{0,40}\)$|"
    r"(?-i:\([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} ?/ ?[A-Z][\w.&'’ -]{1,40}\))$|"
    r"\(via (?:facebook|twitter|instagram|youtube|gofundme)\b[^()]{0,30}\)$|"
    r"\b(?:photo|picture|image)\s*(?:credit)?\s*:\s*[^.]{0,60}$|"
    rf"{_WIRE_OPEN}|{_WIRE_CUT}|"
    r", (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), "
    r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\.$|"
    # Reuters: "... at a hotel in Kathmandu, Nepal May 30, 2016." (prose says "on May 30").
    r"(?-i:, [A-Z][a-z]+ (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? "
    r"\d{1,2}, \d{4}\.)$|"
    # "... attend a news conference in Paris, April 22, 2015.", "... Hospital in Paris April
    # 22, 2015.": the place, then the day with no "on".
    r"(?-i:(?:,| in [A-Z][a-z]+) (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)"
    r"[a-z]*\.? \d{1,2}, \d{4}\.)$|"
    r"\bin this (?:file )?photo(?:graph)? (?:provided|released|taken|made available)\b|"
    # The agency and photographer: "... liked what he heard. REUTERS/Jonathan Ernst".
    r"(?-i:\b(?:REUTERS|AFP|AP|EPA|Reuters)/[A-Z][a-z]+)|"
    # A handout picture: "... India, December 8, 2018. Reliance Industries/Handout via REUTERS".
    r"(?-i:/Handout via (?:REUTERS|Reuters|AFP|AP|EPA)\b|\bvia (?:REUTERS|AFP|EPA)\s*$)",
    re.IGNORECASE,
)


# Furniture of any length: a photo gallery run into one paragraph ("... Hide Caption 10 of 132
# Photos: ..."), wire captions glued together ("In this Saturday, July 1, 2017, photo, ...
# who have... (Associated Press) In this ..."), and a video box that opens with its close
# button ("CLOSE Four Reno dispensaries begin sales ... Jason Bean").  Each needs a marker no
# prose carries, so the length cap that guards the softer rules does not apply (a gallery of
# 132 captions runs to 4,000 words); the patterns are anchored or plain, so linear in length.
_LONG_FURNITURE = re.compile(
    r"\bhide caption \d+ of \d+\b|"
    # A broadcaster's transcript notice: "NPR transcripts are created on a rush deadline ...
    # The authoritative record of NPR's programming is the audio record."
    r"\btranscripts are created on a rush deadline\b|"
    r"\bthe authoritative record of \w+[’']s programming is the audio record\b|"
    # An Instagram embed: the post's text, then "A post shared by Name (@handle) on Jun 20,
    # 2017 at 11:20am PDT".
    r"\ba post shared by [^()\n]{1,80}\(@\w{1,30}\) on \w+\.? \d{1,2}, \d{4}\b|"
    rf"{_WIRE_OPEN}.*{_WIRE_CUT}|"
    # Sign-up boxes run long: "Newsletter Sign Up Continue reading the main story ... You may
    # opt-out at any time. ... View all New York Times newsletters."; "Breaking News Emails Get
    # breaking news alerts and special reports. The news and stories that matter, ...".
    r"^newsletter sign up\b|\byou may opt-out at any time\b|\bview all [\w ]{0,40}newsletters\b|"
    r"^breaking news emails\b|"
    # A publication line: "(Published Saturday, Sept. 29, 2018)".
    r"^\(?published\b[^()\n]{0,60}\d{4}\)?\.?$|"
    # A photo widget: "Morry Gash/AP Buy Photo Wait 1 second to continue."
    r"\bbuy photo\b|\bwait \d+ seconds? to continue\b|"
    # A video carousel: each clip's controls, then its title and caption ("Skip in Skip x
    # Embed x Share CLOSE <title> | 0:46 <caption> 1 of 68 ..."): the captions name other
    # places and days, of other events.
    r"\bskip in skip x embed x share\b|"
    # A caption opened by its date: "Sept. 21, 2015 Wisconsin Gov. Scott Walker speaks at ...".
    r"^(?-i:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4} "
    r"[A-Z])|"
    # A print-edition note: "A version of this article appeared August 24, 2012, on page A11
    # in the U.S. edition of The Wall Street Journal, with the headline: ...".
    r"^a version of this (?:article|story|review) (?:appeared|appears) (?:in print )?on\b|"
    r"^a version of this (?:article|story|review) (?:appeared|appears)\b[^.]{0,80}\bon page\b|"
    # "This story first appeared in the Aug. 23-Sept. 5 issue of The Hollywood Reporter
    # magazine."
    r"^this (?:article|story|review) (?:first )?appeared in the\b.{0,40}\bissue of\b|"
    # A paywall's offer: "Premium content for only $0.99 For the most comprehensive local
    # coverage, subscribe today."
    r"\bpremium content for only\b|\bsubscribe today\b|"
    # "Join us on Facebook Like us and you'll find top breaking news in your Facebook
    # newsfeed."; "Sign up for the Curbed NY newsletter Sign up for our daily email newsletter
    # and get top stories ... delivered to your inbox."
    r"^join us on (?:facebook|twitter|instagram)\b|"
    # A captcha: "You must enter the characters with black color that stand out from the
    # other characters" (it was a story's title).
    r"\byou must enter the characters\b|"
    # "Follow CBSMIAMI.COM: Facebook | Twitter", a station's social links (it was a title).
    r"^follow\b[^\n]{0,40}?:[ \t]*(?:facebook|twitter|instagram)\b|"
    r"\bsign up for (?:the|our) [\w ]{0,40}newsletter\b|"
    r"\bdelivered (?:straight |right )?to your inbox\b|"
    # "Email Sign Up By signing up you agree to receive email newsletters or alerts from
    # POLITICO. You can unsubscribe at any time."
    r"\bby signing up,? you agree\b|\byou can unsubscribe at any time\b|"
    # Reuters' captions: "FILE PHOTO: A store of ... is seen in St. Moritz, Switzerland March
    # 15, 2016." (its date became a timeline row).
    r"^file photo\s*:|"
    # A content warning over a video: "WARNING: The video contains subject matter of a
    # graphic nature that some may find offensive" (it was the story's title).
    r"^warning\s*:\s*(?:the|this) (?:video|footage|story|article|image|content)s? "
    r"(?:contains?|may contain|includes?)\b|"
    # "Matthew Belloni contributed to this report." closes an article; it reports nothing.
    r"\bcontributed (?:reporting|to this (?:report|story|article))\b",
    re.IGNORECASE,
)
# A film review's credit block: "Reviewed at SXSW Film Festival ... MPAA Rating: R. Running
# time: 91 MIN.", "A Sony Pictures release ... Produced by ... Executive producers, ...",
# "Directed by ... Screenplay, ... Camera (color), ...", and lines of their own: the cast,
# "With: Jane Levy, ...", "MPAA rating: R for ...", "Running time: 1 hour, 30 minutes".
# Prose names one of these in passing ("the film, directed by Ada Rook and produced by Tom
# Vasek, opened ..."); a credit block gives two or more, one of them a mark no prose uses.
_CREDIT_MARKS = re.compile(
    r"\b(?:reviewed at|mpaa rating:|running time:|produced by|directed by|executive producers?,|"
    r"co-producers?,|screenplay,|camera \(|production designer,|costume designer,)",
    re.IGNORECASE,
)
_PROSE_CREDITS = frozenset({"produced by", "directed by"})
# A byline: "By Staff Sgt. Ada W. Rook, 7th Wing Public Affairs / Published ...", "By Ada Rook
# and Dorn Vasek" (prose that opens "By Tuesday, ..." has no name of two words).
_BYLINE = re.compile(
    r"By\s+(?:[A-Z][\w'’.-]*\s+){1,5}[A-Z][\w'’-]*\.?(?=\s*(?:,|/|\||$)|\s+and\s+[A-Z])"
)
_MAX_BYLINE_WORDS = 25
_CREDIT_LINE = re.compile(
    r"^(?i:with|cast|starring|mpaa rating|running time):\s+[A-Z0-9]"
    # A review's cast line without its colon: "Starring Matt Damon and Cecile De France."
    r"|^Starring\s+(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*"
    r"(?:,?[ \t]+(?:and[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*)*\.?$"
)
# The staff note that closes an article: "Sarah Burns is the lead crime reporter.", "Ada Rook
# is a staff writer for the Ledger."
_STAFF_NOTE = re.compile(
    r"^(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*[ \t]+is[ \t]+(?:a|an|the|our)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}(?:reporter|writer|editor|correspondent|columnist|contributor|"
    r"intern)\b(?:[ \t]+(?:for|at|with|of)[ \t]+[^.\n]{1,60})?\.?$"
)
_VIDEO_BOX = re.compile(r"^CLOSE (?=[A-Z][a-z]|\d)")
# A data table flattened into one paragraph ("Family Size 100% 138% ... 1 $12,140 16,753
# 18,210 ..."): figures with hardly a word between them, which no sentence states.
_TABLE_CELL = re.compile(r"^[$€£]?\d[\d,.]*%?$")
_TABLE_CELLS = 12
_TABLE_SHARE = 0.6


def _a_table(unit: str) -> bool:
    words = unit.split()
    cells = sum(1 for w in words if _TABLE_CELL.match(w))
    return cells >= _TABLE_CELLS and cells >= _TABLE_SHARE * len(words)


def is_furniture(unit: str, label_max_words: int) -> bool:
    """Navigation, widgets, tweet embeds, galleries and photo captions (not article prose)."""
    if _LONG_FURNITURE.search(unit) or _VIDEO_BOX.match(unit) or _CREDIT_LINE.match(unit):
        return True
    if _a_table(unit):
        return True
    marks = {m.group().casefold() for m in _CREDIT_MARKS.finditer(unit)}
    if len(marks) >= 2 and marks - _PROSE_CREDITS:
        return True
    words = text_units(unit)
    if words > _MAX_FURNITURE_WORDS:
        return False
    if words <= _MAX_BYLINE_WORDS and (_BYLINE.match(unit) or _STAFF_NOTE.match(unit)):
        return True
    if words <= label_max_words and (_FURNITURE_START.match(unit) or _READ_MORE_END.search(unit)):
        return True
    if _READ_MORE_END.search(unit) and _TEASER_BAR.search(unit):
        return True  # "Why the harbour tax failed again | Ada Lund Read more"
    if _LINK_IN_BRACKETS.match(unit):
        return True
    if _is_menu(unit):
        return True
    # A wire caption may end with the agency after the photographer's credit: "... Tuesday,
    # April 11, 2017. (AP Photo/Reed Saxon) (Associated Press)".
    core = _AGENCY_TAIL.sub("", unit)
    return bool(
        _FURNITURE_ANYWHERE.search(unit)
        or _CAPTION.search(unit)
        or (core != unit and _CAPTION.search(core))
    )


# A related story's headline an editor set in brackets, as a link: "[Harbor FC keeps its
# captain off the pitch for the final match]" (a "[expletive]" inside).
# A teaser's byline and its link glued on one short line: "Ada Lund Read more".
# A related story's headline and its writer, then the link: "<headline> | <byline> Read more".
_TEASER_BAR = re.compile(r"\S \| \S")
_READ_MORE_END = re.compile(r"\bread more\s*(?:>>|»|›|…|\.\.\.)?$", re.IGNORECASE)
_LINK_IN_BRACKETS = re.compile(r"^\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]$")
_AGENCY_TAIL = re.compile(r"\s*\((?:the )?(?:associated press|ap|reuters|afp)\)\s*$", re.IGNORECASE)


# Menu separators: "Home | News | Sport", "World › Middle East", "News • Sport • Weather".
_MENU_SEPARATOR = re.compile(r"\s[|›»•·/]\s")


def _is_menu(unit: str) -> bool:
    """A line of short items joined by menu separators (two or more of them)."""
    parts = _MENU_SEPARATOR.split(unit)
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts)


def is_label(unit: str, label_max_words: int) -> bool:
    """A section title, glued headline, byline or menu: short, or title-case, and unpunctuated.
    A quotation with its attribution is a paragraph even when its full stop is missing
    ("“It was totally spontaneous,” Joklik said")."""
    if _ENDS_TERMINAL.search(unit) or _ATTRIBUTED_QUOTE.search(unit) or _DATELINE.match(unit):
        return False
    units = text_units(unit)
    return units <= label_max_words or (units <= MAX_TITLE_WORDS and title_case(unit.split()))


# A wire story's opening ("HARLOW, Vt. (AP) — The Latest on ...:"): the story starts there,
# whatever its last character.  The place needs its state or the agency: a bare "WORD —"
# is as often a section's tag ("BREAKING —", "PHOTO —") or a byline in capitals.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}"
    r"(?:, [A-Z][a-z]*\.?(?: [A-Z][a-z]*\.?)?(?: \([A-Za-z ]{2,20}\))?| \([A-Za-z ]{2,20}\))"
    r" [—–-]{1,2} (?:\S+ ){5}"
)
_ATTRIBUTED_QUOTE = re.compile(
    r"“[^“”]{10,}[,.?!]”\s+(?:[\w.'’-]+\s+){0,4}(?:said|says|added|told|asked|stated)\b"
)


def introduces_quote(unit: str, following: list[str]) -> bool:
    """A short sentence that ends in a colon before a quotation ("By Friday evening, the clinic
    had put out a short note:") or a list of quoted points ("The report lists these findings:"
    before "--Tarn: “...”"): it says who speaks, so it is prose, not a label."""
    words = unit.split()
    return (
        unit.rstrip().endswith(":")
        and len(words) >= _MIN_INTRO_WORDS
        and not title_case(words)
        and bool(following)
        and (following[0][:1] in _QUOTE_OPENERS or bool(_QUOTED_ITEM.match(following[0])))
    )


_MIN_INTRO_WORDS = 4
_QUOTE_OPENERS = frozenset('"“‘')
# A list item that quotes: "--Tarn: “...”", "• “...”".
_QUOTED_ITEM = re.compile(r"(?:--|[—–•*·-])[^“\"\n]{0,40}[“\"]")


def title_case(words: list[str]) -> bool:
    capitalised = sum(1 for w in words if w[0].isupper() or not w[0].isalpha())
    return capitalised >= 0.6 * len(words)


def looks_like_headline(unit: str) -> bool:
    """A first line that can be the title: a few words, no sentence-final period (also inside
    a closing quote: "“He needs a lawyer,” she said. “He is building a case.”" is a page's
    opening quotation, not its headline), nor a colon that introduces what follows ("Update
    9:14 a.m. The Courier has added this short note to its story:")."""
    words = unit.split()
    return (
        2 <= len(words) <= MAX_TITLE_WORDS
        and not unit.rstrip(_CLOSERS).endswith((".", ",", ";", ":"))
        and (unit[0].isupper() or unit[0].isdigit() or unit[0] in _OPENERS)
    )


# An encyclopedia's reference marks glued to the text ("since 1960.[3] McMurray", "[citation
# needed]"): no words of the article, and they hide the end of a sentence from the splitter.
_REFERENCE_MARK = re.compile(r"(?<=[^\s\d\[])\[(?:\d{1,3}|citation needed)\]")


# Two sentences a scraper glued together ("on January 8, 2014.City leaders say", "would like
# to think so."In my mind", "anyone.""It's been"): two lower-case letters or digits, the end
# mark, the quotation marks between, and a capitalised word.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z0-9]{2})[.!?]([\"“”]{0,2})(?=[A-Z][a-z '’])")


# A section label a page left glued before the paragraph, in lower case: "commentary Once
# Sprint Nextel gets the iPhone, ...".
_LABEL_WORDS = (
    r"(?:commentary|analysis|opinion|exclusive|update|updated|breaking|video|photos|watch|"
    r"live|related|sponsored|advertisement)"
)
# ... or in any case before a bar, colon or dash: "Updated | When the first humans ...".
_STRAY_LABEL = re.compile(
    rf"^(?:{_LABEL_WORDS}[ \t]+(?=[A-Z][a-z])|(?i:{_LABEL_WORDS})[ \t]*[|:–—][ \t]+(?=[A-Z]))"
)


# A link's hover card scraped into the sentence (The Hill): "Donald Trump Donald John
# TrumpTrump Jr. getting ... a winning tax plan MORE panned ...": the link's name, the card's
# full name glued to its first headline, its headlines, and "MORE".
_CARD_END = re.compile(r"\sMORE\s")
# The glue: a name's last word run into the next capitalised word ("TrumpTrump", not "McDonald").
_CARD_GLUE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?<!Mac)(?=[A-Z][a-z])")
_CAP_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){1,5}$")
_SENTENCE_IN = re.compile(r"[a-z]{2}[.!?][ \t]+[A-Z]")
_CARD_CHARS = 600


def _without_hover_cards(unit: str) -> str:
    for _ in range(unit.count(" MORE ")):
        end = _CARD_END.search(unit)
        glue = end and _CARD_GLUE.search(unit, max(0, end.start() - _CARD_CHARS), end.start())
        if not end or not glue or _SENTENCE_IN.search(unit, glue.start(), end.start()):
            break
        run = _CAP_RUN_BEFORE.search(unit, max(0, glue.start() - 80), glue.start())
        words = (run.group(0) if run else "").split()
        # The card's name repeats the link's first word ("Donald Trump Donald John Trump").
        if not run or not words or words[0] not in words[1:]:
            break
        at = run.start() + run.group(0).index(f" {words[0]} ") + 1
        unit = unit[:at] + unit[end.end() :]
    return unit


def unglued(unit: str) -> str:
    """A paragraph without reference marks, a stray section label or a link's hover card, its
    glued sentences parted by a space."""
    unit = _without_hover_cards(_STRAY_LABEL.sub("", _REFERENCE_MARK.sub("", unit)))

    def part(found: re.Match[str]) -> str:
        end, marks = found.group(0)[0], found.group(1)
        if len(marks) == 2 or marks == "”":
            closing = marks[:1]  # '.""It': the first mark closes, the second opens
        elif marks == '"':
            # A straight mark closes a quotation when an odd number of them come before it.
            closing = marks if unit.count('"', 0, found.start()) % 2 else ""
        else:
            closing = ""  # no mark, or a curly opening one
        return f"{end}{closing} {marks[len(closing) :]}"

    return _GLUED_SENTENCE.sub(part, unit)


# Control characters (C0/C1 but newline), lone surrogates, invisible format characters and
# the decoding-error mark: none of them is text, and surrogates crash UTF-8 encoders later.
_DROP_CHARS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\xad\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\ufeff\ufff9-\ufffd]"
)
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def sanitize(text: str) -> str:
    """Text with unified line breaks, tabs as spaces, no control characters, NFC-normalised."""
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")
    return unicodedata.normalize("NFC", _DROP_CHARS.sub("", text))
