"""Text files: bytes to text (encodings, binary sniffing), plain-text articles, dates.

Takes a file's bytes or decoded text; gives text or ``Skipped`` (binary, hopeless encoding),
and ``RawDocument``s for plain-text articles, whose optional leading ``date …`` / ``title …``
lines are metadata.  ``normalize_date`` turns the date formats news records use into ISO
``YYYY-MM-DD``.  Used by ``files`` (paths and folders) and ``jsonl``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped

SNIFF_BYTES = 8192
# Share of control bytes above which a file is binary: text has at most a few stray ones
# (form feeds, DUC's \x1f); images and archives have ~10% or more.
MAX_CONTROL_RATIO = 0.05
# A legacy-encoded (cp1252/latin-1) news file is still mostly ASCII; random bytes are not.
_MIN_ASCII_RATIO = 0.7

# --- bytes to text --------------------------------------------------------------------------


def decode(data: bytes, source: str) -> str | Skipped:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1 when
    the bytes still look like text.  Binary data and hopeless encodings become ``Skipped``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return Skipped(source, SkipReason.ENCODING, f"{source}: broken UTF-16 text")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head or control_ratio(head) > MAX_CONTROL_RATIO:
        return Skipped(source, SkipReason.BINARY, f"{source}: binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    if sum(1 for byte in head if byte < 0x80) < _MIN_ASCII_RATIO * len(head):
        return Skipped(
            source,
            SkipReason.ENCODING,
            f"{source}: not UTF-8, and too few ASCII bytes to be cp1252/latin-1 text",
        )
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; latin-1 maps them all
        return data.decode("latin-1")


# UTF-8 text with a few stray bytes (a pasted cp1252 quote, a cut multi-byte character) is
# still UTF-8: at most this share of its non-ASCII characters may be undecodable.  A real
# cp1252/latin-1 file has (almost) no valid multi-byte sequence at all.
_MAX_STRAY_SHARE = 0.05


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 with U+FFFD for stray bytes, when it is UTF-8 apart from a few."""
    text = data.decode("utf-8-sig", errors="replace")
    stray = text.count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1"))
    valid = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    # Few strays among many good characters, or a short text with several good ones per stray.
    if valid and (stray <= _MAX_STRAY_SHARE * (valid + stray) or valid >= 3 * stray):
        return text
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """``text`` with lone surrogates (from a JSON escape or an undecodable file name) made
    U+FFFD, so that every string newsbrief writes is valid UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(1 for byte in data if byte < 0x20 and byte not in b"\t\n\r\x0c") + data.count(
        0x7F
    )
    return controls / len(data)


# --- plain text -----------------------------------------------------------------------------

_HEADER = re.compile(r"(?P<key>date|title)(?::\s*|\s+)(?P<value>.*)")


def read_plain_text(source: str, text: str) -> RawDocument:
    """A text article; leading ``title …`` / ``date …`` lines become metadata.

    A date header may have other text glued on after the date on the same line (sample 004:
    ``date 2017-08-28 Lebanese soldiers arrive … (Reuters photo)``); that rest stays in the
    body, where the cleaner judges it like any other line.
    """
    lines = text.split("\n")
    title: str | None = None
    published: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        header = _HEADER.fullmatch(line)
        if not line:
            index += 1
            continue
        if header is None:
            break
        value = header["value"].strip()
        if header["key"] == "title" and title is None and value:
            title = value
        elif header["key"] == "date" and published is None:
            found = _leading_date(value)
            if found is None:
                break  # "date night is back" is prose, not a header
            published, rest = found
            lines[index] = rest
            if rest:
                break
        else:
            break
        index += 1
    return RawDocument(
        source=source,
        kind="text",
        body="\n".join(lines[index:]),
        title=title,
        published=published,
    )


def _leading_date(value: str) -> tuple[str, str] | None:
    """The date at the start of ``value`` (longest match wins) and the text after it."""
    words = value.split()
    for count in range(min(len(words), 6), 0, -1):
        iso = normalize_date(" ".join(words[:count]))
        if iso is not None:
            return iso, " ".join(words[count:])
    return None


# --- dates ----------------------------------------------------------------------------------

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_PREFIXES = "janfebmaraprmayjunjulaugsepoctnovdec"
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?"
_ISO = re.compile(r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})" + _TIME)
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})")
_US = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})" + _TIME)
_MONTH_FIRST = re.compile(_MONTH + r"\.? (?P<d>\d{1,2}),? (?P<y>\d{4})" + _TIME, re.IGNORECASE)
_DAY_FIRST = re.compile(r"(?P<d>\d{1,2}) " + _MONTH + r"\.? (?P<y>\d{4})" + _TIME, re.IGNORECASE)


def normalize_date(value: str) -> str | None:
    """``value`` as ISO ``YYYY-MM-DD``, or None when it is not a date we recognise.

    Accepts ISO dates and timestamps, ``10/17/1998 05:50:00`` (US order, as in DUC),
    ``Aug. 28, 2017``, ``28 August 2017``, ``19981017`` and RFC 2822.  The date is taken as
    written, without converting time zones: it is the day the outlet says it published.
    """
    value = value.strip().strip(",")
    if _EPOCH.fullmatch(value):
        return _from_epoch(value)
    for pattern in (_ISO, _US, _COMPACT):
        match = pattern.fullmatch(value)
        if match:
            return _iso(match["y"], match["m"], match["d"])
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        match = pattern.fullmatch(value)
        if match:
            month = _MONTH_PREFIXES.index(match["mon"][:3].lower()) // 3 + 1
            return _iso(match["y"], str(month), match["d"])
    return _rfc2822(value)


# Unix time, as feeds and APIs write it: seconds (9-10 digits, 1973-2286) or milliseconds
# (12-13 digits).  Eight digits are ``_COMPACT`` (19981017), never seconds.
_EPOCH = re.compile(r"\d{9,10}(?:\.\d+)?|\d{12,13}")


def _from_epoch(value: str) -> str | None:
    seconds = float(value) / (1000 if len(value.split(".")[0]) >= 12 else 1)
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def not_future(published: str | None) -> str | None:
    """``published`` unless it is after tomorrow (a day of slack for time zones): a date in
    the future is a wrong date, and would put the story's news ahead of the calendar."""
    if published and published[:10] > (date.today() + timedelta(days=1)).isoformat():
        return None
    return published


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _rfc2822(value: str) -> str | None:
    if not re.search(r"\d{4}", value):  # parsedate accepts two-digit years; we do not
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


__all__ = [
    "MAX_CONTROL_RATIO",
    "SNIFF_BYTES",
    "control_ratio",
    "decode",
    "normalize_date",
    "read_plain_text",
    "scrub",
]
