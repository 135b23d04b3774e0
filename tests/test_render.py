from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from builders import make_article

from newsbrief.codec import encode, validate
from newsbrief.errors import SkipReason
from newsbrief.models import (
    Agreement,
    Alias,
    Brief,
    Citation,
    Conflict,
    Entity,
    QuantityClaim,
    Side,
    Skipped,
    Story,
    StoryBrief,
    SummarySentence,
    TimelineEvent,
)
from newsbrief.render import md_escape, render

HOSTILE = (
    'Officials said <script>alert("x")</script> the talks [2] ended. '
    "Nine <img src=x onerror=alert(1)> soldiers were held."
)


def _brief() -> Brief:
    a = make_article(HOSTILE, "a1", title="<b>Talks</b> end", published="2017-08-28")
    b = make_article("Eight soldiers are nearly certainly dead, an official said.", "b2")
    s0, s1 = a.sentences
    cite0 = Citation("a1", s0.start, s0.end, 0)
    cite1 = Citation("a1", s1.start, s1.end, 1)
    cite_b = Citation("b2", 0, b.sentences[0].end, 0)
    story = StoryBrief(
        story=Story("s1", ("a1", "b2"), title="<b>Talks</b> end"),
        articles=(a, b),
        summary=(SummarySentence(s0.text, (cite0, cite_b)),),
        entities=(Entity("Islamic State", "ORG", (Alias("IS", 2), Alias("Daesh", 1)), (cite0,)),),
        claims=(QuantityClaim(9.0, "soldiers", "", "held", "held", "", s1.text, (cite1,)),),
        conflicts=(
            Conflict("soldiers", (Side(9.0, s1.text, (cite1,)), Side(8.0, "Eight", (cite_b,)))),
        ),
        timeline=(TimelineEvent("2017-08-27", s0.text, (cite0,), "relative"),),
    )
    skipped = (Skipped("bad.bin", SkipReason.BINARY, "contains NUL bytes <x>"),)
    return Brief((story,), skipped)


def test_json_matches_schema_and_shape() -> None:
    data = json.loads(render(_brief(), "json"))
    validate(data)
    story = data["stories"][0]
    assert story["story"]["id"] == "s1" and story["story"]["title"] == "<b>Talks</b> end"
    assert set(story) >= {
        "articles",
        "summary",
        "entities",
        "claims",
        "conflicts",
        "timeline",
    }
    cite = story["summary"][0]["citations"][0]
    text = story["articles"][0]["text"]
    assert text[cite["start"] : cite["end"]] == story["summary"][0]["text"]
    assert data["skipped"] == [
        {
            "source": "bad.bin",
            "reason": "binary",
            "detail": "contains NUL bytes <x>",
            "offset": None,
        }
    ]


def test_schema_rejects_a_summary_sentence_without_citations() -> None:
    import jsonschema

    data = encode(_brief())
    data["stories"][0]["summary"][0]["citations"] = []
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]


def test_html_escapes_article_text_and_forbids_scripts() -> None:
    page = render(_brief(), "html")
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags and "img" not in parser.tags and "b" not in parser.tags
    assert not any(a.startswith("on") for a in parser.attrs)
    assert "&lt;script&gt;" in page
    assert "default-src 'none'" in page  # CSP: nothing executes even if escaping failed
    # Citation marks link to the cited sentence, which is highlighted in the source text.
    assert 'href="#src1-s0"' in page and 'href="#src2-s0"' in page
    assert '<mark id="src1-s0">' in page
    # A busy reader's order: summary, where sources differ, key figures, timeline, sources.
    order = ["Summary", "Where sources differ", "Key figures", "Timeline", "Sources"]
    at = [page.index(f"<h2>{section}</h2>") for section in order]
    assert at == sorted(at)


def test_markdown_has_marks_sources_and_no_raw_html() -> None:
    md = render(_brief(), "md")
    # Every "<" from article text is backslash-escaped, which CommonMark shows as text.
    assert re.search(r"(?<!\\)<", md) is None
    assert r"\<script\>" in md
    # Article text cannot fake a citation mark: its "[2]" is escaped.
    assert r"\[2\]" in md
    line = next(ln for ln in md.splitlines() if ln.startswith("- Officials"))
    assert line.endswith("[1][2]")
    assert "## Sources" in md and "1. **\\<b\\>Talks\\</b\\> end**" in md
    assert "| soldiers held | 9 |" in md
    sections = [ln for ln in md.splitlines() if ln.startswith("## ")]
    assert sections.index("## Where sources differ") < sections.index("## Key figures")
    assert sections.index("## Key figures") < sections.index("## Timeline")
    assert "**2017-08-27**" in md
    assert "bad.bin" in md


def test_md_escape() -> None:
    assert md_escape("a [link](x) *b*") == r"a \[link\](x) \*b\*"
    assert re.search(r"\s{2}", md_escape("a\n\n  b")) is None


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="md, json or html"):
        render(_brief(), "pdf")  # type: ignore[arg-type]


def test_agreements_beside_conflicts_are_said_apart() -> None:
    from dataclasses import replace as with_

    from newsbrief.models import Agreement

    brief = _brief()
    story = brief.stories[0]
    agreed = Agreement("soldiers freed", 3.0, story.conflicts[0].sides[0].citations)
    both = Brief((with_(story, agreements=(agreed,)),), brief.skipped)
    md = render(both, "md").splitlines()
    differ, agree = md.index("## Where sources differ"), md.index("Where they agree:")
    assert differ < agree < next(i for i, ln in enumerate(md) if "all agree" in ln)
    assert '<th colspan="2">Where they agree</th>' in render(both, "html")
    alone = Brief((with_(story, conflicts=(), agreements=(agreed,)),), brief.skipped)
    assert "Where they agree" not in render(alone, "md")  # the heading says it already


def test_many_agreements_are_listed_most_told_first_and_the_rest_counted() -> None:
    from dataclasses import replace as with_

    from newsbrief.models import Agreement
    from newsbrief.story.key_figures import MAX_AGREEMENTS

    brief = _brief()
    story = brief.stories[0]
    one, other = story.conflicts[0].sides[0].citations, story.conflicts[0].sides[1].citations
    few = [Agreement("dollars", float(1000 + n), one) for n in range(MAX_AGREEMENTS + 3)]
    most = Agreement("guests", 120.0, one + other)  # told by more sources: listed first
    many = with_(story, conflicts=(), agreements=(*few, most))
    md = render(Brief((many,), ()), "md").splitlines()
    listed = [ln for ln in md if "all agree" in ln]
    assert len(listed) == MAX_AGREEMENTS and "**120**" in listed[0]
    assert "- … and 4 more figures the sources agree on (in the JSON output)" in md
    assert "… and 4 more figures" in render(Brief((many,), ()), "html")
    assert len(json.loads(render(Brief((many,), ()), "json"))["stories"][0]["agreements"]) == 12


def test_a_story_no_source_titles_is_headed_by_its_lead_sentence() -> None:
    from dataclasses import replace as with_

    brief = _brief()
    story = brief.stories[0]
    lead = SummarySentence(
        "FENWICK (AP) — A six-week-old baby died on Thursday when her pram fell down an empty "
        "lift shaft in a Fenwick tower, police said.",
        story.summary[0].citations,
    )
    untitled = with_(story, story=with_(story.story, title=None), summary=(lead,))
    md = render(Brief((untitled,), ()), "md")
    heading = "A six-week-old baby died on Thursday when her pram fell down an empty lift …"
    assert md.splitlines()[0] == f"# {heading}"
    assert f"<h1>{heading}</h1>" in render(Brief((untitled,), ()), "html")
    bare = with_(untitled, summary=())
    assert render(Brief((bare,), ()), "md").startswith("# Untitled story")
    dashed = with_(untitled, summary=(with_(lead, text="— The girls walk up the street."),))
    assert render(Brief((dashed,), ()), "md").startswith("# The girls walk up the street.")


def test_an_agreement_that_restates_a_side_is_told_on_that_side() -> None:
    """ "all agree: 9" beside "8 vs 9" reads as if no source said 8: the agreement's sources
    join the side that gives 9 instead, in Markdown and HTML."""
    arts = [make_article(f"Nine climbers were trapped, source {n} said.", f"a{n}") for n in (1, 2)]
    eight = make_article("Eight climbers were caught on the pass.", "a3")
    cites = [Citation(a.id, 0, a.sentences[0].end, 0) for a in (*arts, eight)]
    story = StoryBrief(
        story=Story("s1", ("a1", "a2", "a3")),
        articles=(*arts, eight),
        summary=(),
        conflicts=(
            Conflict(
                "climbers trapped",
                (Side(8.0, "Eight", (cites[2],)), Side(9.0, "Nine", (cites[1],))),
            ),
        ),
        agreements=(
            Agreement("climbers trapped", 9.0, (cites[0], cites[1])),
            Agreement("climbers rescued", 7.0, (cites[0], cites[2])),
        ),
    )
    md = render(Brief((story,), ()), "md")
    assert "climbers trapped — all agree" not in md
    assert "climbers rescued — all agree: **7**" in md
    assert re.search(r"\*\*9\*\* — “Nine” \[1\]\[2\]", md)
    html = render(Brief((story,), ()), "html")
    assert html.count('<span class="kind">agree</span>') == 1


def test_a_timeline_row_says_how_its_date_was_found_only_when_a_reader_needs_it() -> None:
    a = make_article("Talks ended on Sunday. Talks had stalled last week.", "a1")
    s0, s1 = a.sentences
    story = StoryBrief(
        story=Story("s1", ("a1",)),
        articles=(a,),
        summary=(),
        timeline=(
            TimelineEvent(
                "2017-08-27", s0.text, (Citation("a1", s0.start, s0.end, 0),), "relative"
            ),
            TimelineEvent(
                "2017-08-21",
                s1.text,
                (Citation("a1", s1.start, s1.end, 1),),
                "story-date",
                "borrowed; week-level date: the day shown stands for that week",
            ),
        ),
    )
    md = render(Brief((story,), ()), "md")
    assert "Talks ended on Sunday. [1]" in md  # read against the article's own date: no mark
    assert "_(date from the story's other articles: this one has none; that week)_" in md
