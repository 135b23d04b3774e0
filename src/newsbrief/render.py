"""Rendering a brief for people and programs.

Takes a ``Brief``; gives Markdown, JSON or one self-contained HTML page.

Article text is hostile input.  In HTML every piece of it goes through Jinja2's autoescaping
and the page carries a Content-Security-Policy that allows no script at all; in Markdown the
characters that would make raw HTML, links or fake citation marks (``< > [ ] * _ ` | \\``)
are escaped, so a source sentence can neither run in a viewer nor pose as a citation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from jinja2 import Environment, PackageLoader, select_autoescape

from newsbrief.article.numbers import readable
from newsbrief.codec import encode
from newsbrief.models import (
    Article,
    Brief,
    Citation,
    Claim,
    DateClaim,
    Entity,
    QuantityClaim,
    QuoteClaim,
    StoryBrief,
    SummarySentence,
    TimelineEvent,
)
from newsbrief.story.key_figures import key_figures, shown_agreements, shown_conflicts
from newsbrief.story.quote_copies import quote_key, same_words
from newsbrief.story.timeline import WEEK_NOTE

Format = Literal["md", "json", "html"]

# Brackets (links, fake citation marks), angle brackets (raw HTML), emphasis, code and table
# pipes.  Parentheses and "#" need no escape once brackets are escaped and text is inline.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


class IngestReportLike(Protocol):
    def as_dict(self) -> dict[str, object]: ...


def md_escape(text: str) -> str:
    """Escape text so that Markdown shows it literally (no HTML, links, emphasis or tables)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def md_code(text: str) -> str:
    """``text`` as one inline code span that nothing inside can end: line breaks become
    spaces, and the fence is one backtick longer than the longest run of them inside
    (CommonMark), padded with spaces when the text starts or ends with one."""
    flat = " ".join(text.splitlines()) or " "
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def format_value(value: float | str) -> str:
    """A claim's value for a reader: figures as written ("1.2 million"), dates as they are."""
    return readable(value) if isinstance(value, float) else str(value)


@dataclass(frozen=True)
class _Numbering:
    """Source numbers of one story: article id -> 1-based position in its source list."""

    numbers: dict[str, int]

    @classmethod
    def of(cls, story: StoryBrief) -> _Numbering:
        return cls({a.id: n for n, a in enumerate(story.articles, start=1)})

    def marks(self, citations: Iterable[Citation]) -> list[int]:
        """Distinct source numbers of the citations, in citation order."""
        seen: list[int] = []
        for c in citations:
            n = self.numbers[c.article]
            if n not in seen:
                seen.append(n)
        return seen

    def links(self, citations: Iterable[Citation]) -> list[tuple[int, Citation]]:
        """One (source number, its first citation) per distinct source, for HTML links."""
        out: dict[int, Citation] = {}
        for c in citations:
            out.setdefault(self.numbers[c.article], c)
        return list(out.items())

    def md(self, citations: Iterable[Citation]) -> str:
        return "".join(f"[{n}]" for n in self.marks(citations))


def _figure(claim: Claim) -> str:
    """A claim's value as a reader wants it: "9 soldiers", "2017-08-27 (resolved)"."""
    if isinstance(claim, QuoteClaim):
        return claim.words
    value = format_value(claim.value)
    if isinstance(claim, QuantityClaim):
        hedge = f"{claim.hedge} " if claim.hedge else ""
        return f"{hedge}{value} {claim.unit}" if claim.unit else f"{hedge}{value}"
    if claim.resolution == "relative":
        return f"{value} (resolved)"
    return value


def claim_subject(claim: Claim) -> str:
    """What a claim is about: "Lebanese soldiers held", "army announced ceasefire"."""
    if isinstance(claim, QuantityClaim):
        return f"{claim.noun} {claim.predicate}".strip()
    if isinstance(claim, DateClaim):
        return claim.event
    return claim.speaker or "unattributed"


def listed_entities(story: StoryBrief) -> list[Entity]:
    """The actors and places a reader is shown: nationality adjectives (NORP), things
    (PRODUCT: "the Hummer"), laws ("the Affordable Care Act") and events ("the Oscars") are
    not actors."""
    return [e for e in story.entities if e.type not in _NOT_ACTORS]


_NOT_ACTORS = frozenset({"NORP", "PRODUCT", "LAW", "EVENT"})


# A wire dateline opening the lead sentence: "NEW YORK (AP) — ", "WASHINGTON -- ".
_LEAD_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]{1,30}[A-Z.](?:,\s*[A-Z][\w.'’ -]{1,30}?)?\s*(?:\([^()]{1,20}\)\s*)?"
    # "(KOIN) — ": the agency of a dateline whose place the page cut off.
    r"|\([A-Z][\w.&-]{1,15}\)\s*)"
    r"(?:—|–|--|-|_|:)\s+"
)
_HEADING_WORDS = 14  # about a headline's length


def shown_quotes(story: StoryBrief) -> list[QuoteClaim]:
    """The story's quotes as a reader sees them: the same words from the same speaker in two
    sources (one wire story in two papers) are one row citing both, in first-seen order; so
    are two copies a typo apart."""
    rows: dict[tuple[str, str], QuoteClaim] = {}
    for claim in story.claims:
        if not isinstance(claim, QuoteClaim):
            continue
        key = (claim.speaker or "", quote_key(claim.words))
        # A copy with a typo fixed or a comma added ("we remain confidence" / "confident").
        key = next((k for k in rows if k[0] == key[0] and same_words(k[1], key[1])), key)
        seen = rows.get(key)
        rows[key] = (
            claim if seen is None else replace(seen, citations=(*seen.citations, *claim.citations))
        )
    return list(rows.values())


def summary_line(story: StoryBrief, sentence: SummarySentence) -> str:
    """A summary sentence as shown: one that is a quotation and nothing else ("“The band was
    the real deal.”") names its speaker after it, as its article does in another sentence the
    summary may not show."""
    if not _WHOLLY_QUOTED.match(sentence.text) or not sentence.citations:
        return sentence.text
    where = sentence.citations[0]
    speaker = next(
        (
            q.speaker
            for q in story.claims
            if isinstance(q, QuoteClaim)
            and q.speaker
            and q.citations[0].article == where.article
            and where.start <= q.citations[0].start < where.end
        ),
        None,
    )
    return f"{sentence.text} — {speaker}" if speaker else sentence.text


_WHOLLY_QUOTED = re.compile(r'\s*[“"][^“”"]+[”"]\s*\Z')


def story_heading(story: StoryBrief) -> str:
    """The story's title; when no source has one, its lead summary sentence cut to about a
    headline's length (without the wire's dateline), so the reader still sees what it is."""
    if story.story.title:
        return story.story.title
    if not story.summary:
        return "Untitled story"
    # "— The girls walk ...": a dash left where a dateline was cut off opens no heading.
    words = _LEAD_DATELINE.sub("", story.summary[0].text).lstrip("—–-_: ").split()
    if len(words) <= _HEADING_WORDS:
        return " ".join(words)
    return " ".join(words[:_HEADING_WORDS]).rstrip(",;:—-") + " …"


def _source_line(n: int, article: Article, duplicate_of: str | None) -> str:
    title = md_escape(article.title) if article.title else "(untitled)"
    bits = [f"{n}. **{title}** — {md_code(article.source)}"]
    if article.published:
        bits.append(f"published {article.published} (from {article.published_from})")
    if article.url:
        bits.append(md_escape(article.url))
    if duplicate_of:
        bits.append("near-duplicate of another source")
    return ", ".join(bits)


def _md_story(story: StoryBrief, heading: str) -> list[str]:
    num = _Numbering.of(story)
    title = md_escape(story_heading(story))
    dates = sorted(a.published for a in story.articles if a.published)
    span = (
        "" if not dates else f", {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")
    )
    count = f"{len(story.articles)} article{'s' if len(story.articles) != 1 else ''}"
    lines = [f"{heading} {title}", "", f"_{count}{span}._", ""]
    lines += [f"- {md_escape(summary_line(story, s))} {num.md(s.citations)}" for s in story.summary]
    # A busy reader's order: summary, where sources differ, key figures, timeline, people
    # and groups, quotes, sources.
    if story.conflicts or story.agreements:
        # A story whose sources only agree says so: no heading promises a dispute it lacks.
        where = "differ" if story.conflicts else "agree"
        lines += ["", f"{heading}# Where sources {where}", ""]
        for conflict in shown_conflicts(story):
            sides = " · ".join(
                f"**{md_escape(format_value(s.value))}** — “{md_escape(s.text)}” "
                f"{num.md(s.citations)}"
                for s in conflict.sides
            )
            note = f" ({md_escape(conflict.note)})" if conflict.note else ""
            lines.append(f"- {md_escape(conflict.subject)} — {conflict.kind}{note}: {sides}")
        if story.conflicts and story.agreements:
            lines += ["", "Where they agree:", ""]  # not a dispute: said apart from one
        shown, more = shown_agreements(story)
        for agreement in shown:
            lines.append(
                f"- {md_escape(agreement.subject)} — all agree"
                f"{' on the date' if isinstance(agreement.value, str) else ''}: "
                f"**{md_escape(format_value(agreement.value))}** {num.md(agreement.citations)}"
            )
        if more:
            lines.append(f"- … and {more} more figures the sources agree on (in the JSON output)")
    rows = key_figures(story)
    if rows:
        lines += ["", f"{heading}# Key figures", "", "| What | Value | Said as | Sources |"]
        lines.append("|---|---|---|---|")
        for row in rows:
            lines.append(
                f"| {md_escape(row.label)} | {md_escape(row.value)} | {md_escape(row.clause)} "
                f"| {num.md(row.citations)} |"
            )
    if story.timeline:
        lines += ["", f"{heading}# Timeline", ""]
        for ev in story.timeline:
            how = _how_dated(ev)
            lines.append(f"- **{ev.date}** — {md_escape(ev.text)}{how} {num.md(ev.citations)}")
    actors = listed_entities(story)
    if actors:
        lines += ["", f"{heading}# People and groups", ""]
        for e in actors:
            aliases = ", ".join(f"{md_escape(a.text)} ({a.count})" for a in e.aliases)
            lines.append(f"- **{md_escape(e.name)}** ({e.type}) — {aliases} {num.md(e.mentions)}")
    quotes = shown_quotes(story)
    if quotes:
        lines += ["", f"{heading}# Quotes", ""]
        for q in quotes:
            who = md_escape(q.speaker) if q.speaker else "unattributed"
            lines.append(f"- {who}: “{md_escape(q.words)}” {num.md(q.citations)}")
    dups = dict(story.story.duplicates)
    lines += ["", f"{heading}# Sources", ""]
    lines += [_source_line(n, a, dups.get(a.id)) for n, a in enumerate(story.articles, start=1)]
    return lines


def _how_dated(ev: TimelineEvent) -> str:
    """What a reader must know of how a row's date was found: borrowed from the story's other
    articles, or a day standing for a week.  A weekday read against the article's own date
    ("on Monday") is how news gives dates and needs no mark (the JSON says so for every row)."""
    marks = []
    if ev.resolved_from == "story-date":
        marks.append("date from the story's other articles: this one has none")
    if WEEK_NOTE in ev.note:
        marks.append("that week")
    return f" _({'; '.join(marks)})_" if marks else ""


def to_markdown(brief: Brief) -> str:
    lines: list[str] = []
    many = len(brief.stories) > 1
    if many:
        lines += [f"# newsbrief: {len(brief.stories)} stories", ""]
    for story in brief.stories:
        lines += [*_md_story(story, "##" if many else "#"), ""]
    if not brief.stories:
        lines += ["# newsbrief", "", "No articles could be read.", ""]
    if brief.skipped:
        lines += ["## Skipped inputs", ""]
        lines += [
            f"- {md_code(k.source)} — {k.reason.value}: {md_escape(k.detail)}"
            for k in brief.skipped
        ]
        lines.append("")
    return "\n".join(lines)


def to_json(brief: Brief) -> str:
    """The brief as JSON (``codec.encode``; valid against the shipped schema)."""
    return json.dumps(encode(brief), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _sentence_anchor(n: int, sentence: int | None) -> str:
    return f"src{n}" if sentence is None else f"src{n}-s{sentence}"


def _segments(
    article: Article, cited: set[tuple[str, int | None]]
) -> list[tuple[str, int | None, bool]]:
    """The article text cut into (text, sentence index or None for gaps, cited?) pieces."""
    out: list[tuple[str, int | None, bool]] = []
    pos = 0
    for n, sent in enumerate(article.sentences):
        if sent.start > pos:
            out.append((article.text[pos : sent.start], None, False))
        out.append((article.text[sent.start : sent.end], n, (article.id, n) in cited))
        pos = sent.end
    if pos < len(article.text):
        out.append((article.text[pos:], None, False))
    return out


def to_html(brief: Brief) -> str:
    env = Environment(
        loader=PackageLoader("newsbrief", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["fmt"] = format_value
    env.globals["figure"] = _figure
    env.globals["what"] = claim_subject
    env.globals["anchor"] = _sentence_anchor
    env.globals["key_figures"] = key_figures
    env.globals["shown_agreements"] = shown_agreements
    env.globals["shown_conflicts"] = shown_conflicts
    env.globals["listed_entities"] = listed_entities
    env.globals["shown_quotes"] = shown_quotes
    env.globals["heading"] = story_heading
    env.globals["summary_line"] = summary_line
    stories = []
    for story in brief.stories:
        num = _Numbering.of(story)
        cited = {(c.article, c.sentence) for s in story.summary for c in s.citations}
        texts = {a.id: _segments(a, cited) for a in story.articles}
        dups = dict(story.story.duplicates)
        stories.append({"brief": story, "num": num, "texts": texts, "dups": dups})
    return env.get_template("brief.html.j2").render(stories=stories, skipped=brief.skipped)


def render(brief: Brief, fmt: Format) -> str:
    if fmt == "md":
        return to_markdown(brief)
    if fmt == "json":
        return to_json(brief)
    if fmt == "html":
        return to_html(brief)
    raise ValueError(f"unknown format {fmt!r}: use md, json or html")


# --- corpus mode: the ingest report and the story list (plain text for a terminal) -----------


def format_report(report: IngestReportLike) -> str:
    """``newsbrief ingest``'s run report (``IngestReport``) as text."""
    data = report.as_dict()
    skipped = data["skipped"]
    assert isinstance(skipped, dict)
    partial = data["partial"]
    assert isinstance(partial, list)
    lines = [
        f"files: {data['files']} ({data['files_unchanged']} unchanged since the last ingest, "
        "not read again)",
        f"records read: {data['read']}",
        f"articles stored: {data['stored']} (already stored: {data['already_stored']})",
        f"near-duplicates: {data['duplicates']}",
        f"stories: {data['new_stories']} new, {data['updated_stories']} updated, "
        f"{data['merged_stories']} merged",
        "skipped: " + (", ".join(f"{reason} {n}" for reason, n in skipped.items()) or "none"),
    ]
    lines += [f"partial: {p['source']} (stopped at byte {p['offset']})" for p in partial]
    return "\n".join(lines) + "\n"


def format_stories(stories: list[dict[str, object]]) -> str:
    """``newsbrief stories`` as a table: id, counts, dates, title."""
    if not stories:
        return "no stories\n"
    rows = [("id", "articles", "outlets", "first seen", "last seen", "title")]
    for s in stories:
        rows.append(
            (
                str(s["id"]),
                str(s["article_count"]),
                str(s["outlet_count"]),
                str(s["first_seen"] or "-"),
                str(s["last_seen"] or "-"),
                " ".join(str(s["title"] or "(untitled)").split())[:80],
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    return "".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r[:5], widths, strict=True)) + "  " + r[5] + "\n"
        for r in rows
    )
