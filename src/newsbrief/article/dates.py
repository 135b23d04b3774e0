"""Date expressions in news text: finding them and resolving them to ISO dates.

Takes text (and a reference date: the article's publication date); gives ISO values —
YYYY, YYYY-MM or YYYY-MM-DD, or "THH:MM" for clock times ("Z" when given in GMT/UTC).
Shared by ``claims`` (date claims) and ``timeline`` (reference dates); plain, bounded regular
expressions, linear on any input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

NUMBER_WORDS = MappingProxyType({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
})  # fmt: skip
_MONTHS = MappingProxyType({
    m: n
    for n, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for m in names
})  # fmt: skip
# Every month's name and short form, in lower case ("may", "sept", "december").
MONTH_NAMES = frozenset(_MONTHS)
# "Jan. 7-9", "March 3": a month's name right before a number makes it a day.
MONTH_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(m.capitalize() for m in sorted(_MONTHS, key=len, reverse=True))
    + r")\.?\s+$"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_NUMWORD = r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few)"
# Nouns of events a year may date on its own ("a 1993 attack", "the accident of 1986").
_EVENT_NOUNS = (
    r"(?:attacks?|bombings?|crash|accident|elections?|war|invasion|coup|massacre|earthquake|"
    r"quake|fire|floods?|siege|raid|uprising|revolution|hurricane|tsunami|assassination|"
    r"killings?|murders?|shootings?|explosions?|disaster|referendum|summit|visit|strike|"
    r"riots?|famine|drought|crisis|collapse|eruption|spill|trials?|meetings?|hearings?|"
    r"conventions?|conferences?|ceremony|debates?|caucus(?:es)?|primary|"
    # Contests a year is the time of: "the 2002 Winter Games", "the 1995 balloting".
    r"games|olympics|olympiad|world\scup|championships?|tournament|balloting|vote|race)\b"
)
# At most two words between a year and its event noun: "the 1979 Islamic Revolution", "the
# 1998 Nagano Winter Olympics" (bounded: matching stays linear).
_BETWEEN = r"(?:[a-z][\w-]*\s){0,2}"
# Each alternative is a fixed sequence of bounded tokens: no nested quantifiers, so matching
# stays linear on hostile input.
DATE_RE = re.compile(
    r"(?i)(?<!\w)(?:"
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    rf"|(?P<mdy>(?:(?P<mdrel>last|next)\s)?{_MON}\s(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:,?\s(?P<y1>\d{4}))?)"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})\s{_MON.replace('mon', 'mon2')}(?:,?\s(?P<y2>\d{{4}}))?)"
    r"|(?P<my>(?:in|since|by|from|until|during|of|(?:planned|scheduled|slated|set|due)\sfor)\s"
    rf"{_MON.replace('mon', 'mon3')}\s(?P<y3>\d{{4}}))"
    # "a 1993 attack", "the Challenger accident of 1986": a year an event noun is dated by
    # (not "the 1996 law": a label).
    # Two years of one kind of event: "the 1998 and 2002 games" (each a year of its own).
    r"|(?P<yearon>(?:(?:a|an|the|its|his|her|their)\s|(?<=['’]s\s)|(?<=\d\d\sand\s)"
    r"|(?<=\d\d\sor\s))(?P<y5>(?:19|20)\d\d)"
    rf"(?=\s(?:(?:and|or)\s(?:19|20)\d\d\s)?{_BETWEEN}{_EVENT_NOUNS}))"
    rf"|(?P<yearof>{_EVENT_NOUNS}\sof\s(?P<y6>(?:19|20)\d\d))"
    # "in 1999", "in mid-1999", "planned for 2003" (not "for 2003" alone: "profits for 2003").
    r"|(?P<year>(?:in|since|by|from|until|during|before|after|(?:planned|scheduled|slated|set"
    r"|due)\sfor|starting\sin)\s(?:(?:early|mid|late)[\s-])?"
    # "in spring 2001", "by the fall of 1999": a season of a year is that year.
    r"(?:(?:the\s)?(?:spring|summer|fall|autumn|winter)\s(?:of\s)?)?(?P<y4>(?:19|20)\d\d))"
    # A month with no day or year ("in April", "last December", "since early March"): only
    # after one of these words, so that "may" and "march" as words are not read as months,
    # and not when a day follows ("since April 3" is a day, matched above at "April").
    # "by the end of January", "scheduled for February": the month, ahead when scheduled.
    r"|(?P<mo>(?P<mrel>last|next|this|in|since|by|until|during|early|late|mid"
    r"|the\s(?:end|beginning|start|middle)\sof|(?:planned|scheduled|slated|set|due)\sfor)[\s-]"
    rf"{_MON.replace('mon', 'mon4')}(?!\.?\s*\d))"
    # "at the board's July meeting", "the March primary": a month an event noun is set in.
    r"|(?P<moev>(?:(?<=['’]s\s)|(?:the|its|their|his|her|an?)\s)"
    rf"{_MON.replace('mon', 'mon5')}(?=\s{_EVENT_NOUNS}))"
    r"|(?P<wd>(?:(?P<wrel>last|next|this|on)\s)?(?P<wday>monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday))"
    r"|(?P<day>yesterday|today|tomorrow)"
    # "this weekend", "over the weekend": that weekend's Saturday, a day standing for it.
    r"|(?P<wkend>(?P<kdir>this|last|next|over\sthe|on\sthe|during\sthe)\sweekend)"
    r"|(?P<rel>(?P<rdir>last|next|this|earlier\sthis|later\sthis)\s(?P<runit>week|month|year))"
    # "at the end of the month", "by the end of next year": that month or year.
    r"|(?P<end>(?:at|by|before)\sthe\send\sof\s(?P<edir>the|this|next|last)\s"
    r"(?P<eunit>month|year))"
    # "since last summer", "this fall": the season's year.
    r"|(?P<season>(?P<seasondir>last|this|next)\s(?P<sname>spring|summer|fall|autumn))"
    rf"|(?P<ago>{_NUMWORD}\s(?P<aunit>day|week|month|year|decade)s?\sago)"
    rf"|(?P<shift>{_NUMWORD.replace('<n>', '<sn>')}\s(?P<sunit>day|week)s?\s"
    r"(?P<sdir>earlier|later))"
    r"|(?P<time>(?P<hh>\d{1,2})(?::(?P<mm>\d\d))?\s?(?P<ap>am|pm|a\.m\.|p\.m\.)"
    r"(?:\s\((?P<gh>\d\d)(?P<gm>\d\d)\s(?:gmt|utc)\))?)"
    r")(?!\w)"
)


_NOUN_AFTER = re.compile(
    rf"(?i)\s(?:(?:and|or)\s(?:19|20)\d\d\s)?(?P<noun>{_BETWEEN}{_EVENT_NOUNS})"
)


def dated_noun(parts: dict[str, str], text: str, end: int) -> str:
    """What a year or month written on an event noun dates, in lower case: "winter games" for
    "the 2002 Winter Games", "accident" for "the accident of 1986"; "" for other dates (their
    event is the verb they hang on)."""
    if parts.get("yearof"):
        return " ".join(parts["yearof"].casefold().split()[:-2])
    if parts.get("yearon") or parts.get("moev"):
        found = _NOUN_AFTER.match(text, end)
        return " ".join(found.group("noun").casefold().split()) if found else ""
    return ""


def resolve_date(
    match: re.Match[str] | Iterable[tuple[str, str]],
    ref: date | None,
    *,
    future: bool = False,
    anchor: date | None = None,
) -> tuple[str, str | None] | None:
    """(ISO value, unit) for one ``DATE_RE`` match; None when it needs a missing reference or
    falls outside the calendar (year 1 minus three days, 9999-12-31 plus one).

    ``future``: the sentence speaks of something scheduled ("will meet on Tuesday", "is due
    to answer on Monday"), so a bare weekday is the next one on or after ``ref``, not the last.
    ``anchor``: the date named elsewhere in the same sentence, which "three days earlier" /
    "two weeks later" count from; without one those are not guessed."""
    if isinstance(match, re.Match):
        g = match.groupdict()
    else:  # the (name, text) parts of a match, as an article's facts store them
        g = dict.fromkeys(DATE_RE.groupindex, None) | dict(match)
    try:
        resolved = _resolve(g, ref, future, anchor)
    except (OverflowError, ValueError):
        return None
    # Month and year arithmetic ("a decade ago" in year 5) can leave the calendar too.
    if resolved and resolved[1] != "time" and not "0001" <= resolved[0][:4] <= "9999":
        return None
    return resolved


def _resolve(
    g: dict[str, str | Any], ref: date | None, future: bool, anchor: date | None
) -> tuple[str, str | None] | None:
    if g["shift"]:
        if anchor is None:
            return None
        n = _count(g["sn"]) * (7 if g["sunit"].casefold() == "week" else 1)
        sign = -1 if g["sdir"].casefold() == "earlier" else 1
        return (anchor + timedelta(days=sign * n)).isoformat(), "relative"
    try:
        if g["iso"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"])).isoformat(), None
        if g["mdy"] or g["dmy"]:
            month = _MONTHS[(g["mon"] or g["mon2"]).casefold()]
            day, year = int(g["d1"] or g["d2"]), g["y1"] or g["y2"]
            if year:
                return date(int(year), month, day).isoformat(), None
            if ref is None:
                return None
            options = [date(ref.year + k, month, day) for k in (-1, 0, 1)]
            # "since last Sept. 1", told in April: the one before, however near the next.
            if (g.get("mdrel") or "").casefold() == "last":
                options = [d for d in options if d < ref]
            elif (g.get("mdrel") or "").casefold() == "next":
                options = [d for d in options if d > ref]
            return min(options, key=lambda d: abs((d - ref).days)).isoformat(), "relative"
    except ValueError:  # "Feb 30": not a date
        return None
    if g["my"]:
        return f"{int(g['y3']):04d}-{_MONTHS[g['mon3'].casefold()]:02d}", None
    if g["year"]:
        return g["y4"], None
    if g["yearon"] or g["yearof"]:
        return g["y5"] or g["y6"], None
    if g["mo"] or g["moev"]:
        # A month name in lower case is a word ("this may be", "in march order"), not a date.
        name = g["mon4"] or g["mon5"]
        if ref is None or not name[:1].isupper():
            return None
        return _month_only((g["mrel"] or "").casefold(), name, ref, future), "relative"
    if g["time"]:
        hour, minute = int(g["hh"]) % 12, int(g["mm"] or 0)
        hour += 12 if g["ap"].casefold().startswith("p") else 0
        if g["gh"]:
            return f"T{g['gh']}:{g['gm']}Z", "time"
        return (f"T{hour:02d}:{minute:02d}", "time") if hour < 24 and minute < 60 else None
    if ref is None:
        return None
    return _resolve_relative(g, ref, future), "relative"


def _month_only(rel: str, name: str, ref: date, future: bool) -> str:
    """ "last December" / "next April" / "in March" as YYYY-MM, seen from ``ref``: "last" is the
    latest such month before ``ref``'s, "next" the first after it, "this" the one of ``ref``'s
    year ("flown this October", told in February, is eight months ahead); otherwise the month
    of ``ref``'s year when it is not later than ``ref`` (news reports past events), else the
    year before; or, for something scheduled, the first such month from ``ref``'s on."""
    month = _MONTHS[name.rstrip(".").casefold()]
    if rel == "this":
        year = ref.year
    elif rel == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif future:
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return f"{year:04d}-{month:02d}"


# A season's first and last month (northern: news of the DUC and Multi-News kind); winter
# spans two years and is left out.
_SEASONS = MappingProxyType({
    "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11),
})  # fmt: skip


def _weekend(direction: str, ref: date, future: bool) -> date:
    """The Saturday of the weekend meant: "this weekend" the one of ``ref``'s week (on a
    Sunday, the day before), "next weekend" a week on, "last weekend" the one before ``ref``'s
    week; "over the weekend" the latest one, or the coming one when scheduled."""
    ahead = (5 - ref.weekday()) % 7  # days to the next Saturday (0 on a Saturday)
    this = ref - timedelta(days=1) if ref.weekday() == 6 else ref + timedelta(days=ahead)
    if direction == "next":
        return this + timedelta(days=7)
    if direction == "this" or (future and direction != "last"):
        return this
    latest = ref - timedelta(days=(ref.weekday() - 5) % 7)  # on or before ``ref``
    return latest - timedelta(days=7) if direction == "last" and ref.weekday() >= 5 else latest


def _count(text: str) -> int:
    n_text = text.casefold()
    return (
        int(n_text) if n_text.isdigit() else 3 if n_text == "a few" else NUMBER_WORDS.get(n_text, 1)
    )


def _resolve_relative(g: dict[str, str | Any], ref: date, future: bool) -> str:
    if g["wd"]:
        target = _WEEKDAYS.index(g["wday"].casefold())
        back = (ref.weekday() - target) % 7
        rel = (g["wrel"] or "").casefold()
        if future and rel in ("", "on", "this"):
            # Scheduled: the same weekday as the paper is that day, as for past events.
            return (ref + timedelta(days=(target - ref.weekday()) % 7)).isoformat()
        if rel == "next":
            return (ref + timedelta(days=(target - ref.weekday()) % 7 or 7)).isoformat()
        if rel == "last" and back == 0:
            back = 7
        # News reports past events: "on Sunday" in Monday's paper is the day before.
        return (ref - timedelta(days=back)).isoformat()
    if g["wkend"]:
        return _weekend(" ".join(g["kdir"].casefold().split()), ref, future).isoformat()
    if g["day"]:
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["day"].casefold()]
        return (ref + timedelta(days=shift)).isoformat()
    if g["end"]:
        step = {"last": -1, "next": 1}.get(g["edir"].casefold(), 0)
        if g["eunit"].casefold() == "month":
            month = ref.month - 1 + step
            return f"{ref.year + month // 12:04d}-{month % 12 + 1:02d}"
        return f"{ref.year + step:04d}"
    if g["season"]:
        first, last = _SEASONS[g["sname"].casefold()]
        direction = g["seasondir"].casefold()
        if direction == "last":  # the latest one over before ``ref``
            return f"{ref.year if ref.month > last else ref.year - 1:04d}"
        if direction == "next":  # the first one not begun at ``ref``
            return f"{ref.year if ref.month < first else ref.year + 1:04d}"
        return f"{ref.year:04d}"
    if g["rel"]:
        direction = g["rdir"].casefold()
        step = -1 if direction == "last" else 1 if direction == "next" else 0
        if g["runit"].casefold() == "week":
            # Week-level: "last week" is given as the same weekday seven days before the
            # reference day (a day standing for that week; the timeline notes it), so it sorts
            # among day-level events and reads the same everywhere it is resolved.
            return (ref + timedelta(days=7 * step)).isoformat()
        if g["runit"].casefold() == "month":
            month = ref.month - 1 + step
            return f"{ref.year + month // 12:04d}-{month % 12 + 1:02d}"
        return f"{ref.year + step:04d}"
    n = _count(g["n"])
    unit = g["aunit"].casefold()
    if unit in ("day", "week"):
        return (ref - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    if unit == "month":
        month = ref.month - 1 - n
        return f"{ref.year + month // 12:04d}-{month % 12 + 1:02d}"
    return f"{ref.year - n * (10 if unit == 'decade' else 1):04d}"


def iso_day(value: str | None) -> date | None:
    """The day of an ISO date or timestamp, None when there is none or it is malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# A wire dateline with its day: "NEW YORK, July 25 (Xinhua) --", "TOKYO, Aug. 6 (AP) —".
_DATELINE_DAY = re.compile(
    r"[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?,[ \t]*"
    + "(?i:"
    + _MON.replace("(?P<mon>", "(?P<dmon>")
    + ")"
    + r"[ \t]+(?P<dday>\d{1,2})\b[^\n]{0,30}?(?:--|—|–)"
)
# Wire copy is filed at most this many days before the date it carries.
_DATELINE_LAG_DAYS = 3


def dateline_day(text: str, published: date) -> date | None:
    """The day an article's dateline gives ("NEW YORK, July 25 (Xinhua) -- ... today"), when it
    is the publication day or up to ``_DATELINE_LAG_DAYS`` before it: the day the article's
    "today" and "on Sunday" are written from, a day before the archive's date."""
    m = _DATELINE_DAY.match(text)
    if m is None:
        return None
    month = _MONTHS[m.group("dmon").rstrip(".").casefold()]
    for year in (published.year, published.year - 1):
        try:
            day = date(year, month, int(m.group("dday")))
        except ValueError:
            return None
        if 0 <= (published - day).days <= _DATELINE_LAG_DAYS:
            return day
    return None
