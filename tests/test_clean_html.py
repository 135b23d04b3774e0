"""HTML cleaning: body lists and tables kept, widgets and teasers dropped, Chinese and Japanese
kept and split, pages past the parser's limits read whole, and skip details that say why.

The pages under ``tests/data/html`` are invented; each has a gold ``NAME.txt`` of its article
body (also scored by ``bench/extraction.py``)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from newsbrief.errors import SkipReason
from newsbrief.models import Article, RawDocument, Skipped
from newsbrief.read.clean import clean, split_sentences, text_units
from newsbrief.settings import CleanSettings

HTML = Path(__file__).resolve().parent / "data" / "html"
SETTINGS = CleanSettings()
PAGES = sorted(p.stem for p in HTML.glob("*.html"))


def page(name: str) -> RawDocument:
    return RawDocument(source=f"{name}.html", kind="html", body=(HTML / f"{name}.html").read_text())


def article(raw: RawDocument) -> Article:
    result = clean(raw, settings=SETTINGS)
    assert isinstance(result, Article), result
    return result


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@pytest.mark.parametrize("name", PAGES)
def test_each_page_gives_its_gold_body(name: str) -> None:
    result = article(page(name))
    gold = (HTML / f"{name}.txt").read_text().strip()
    assert words(result.text) == words(gold)
    assert "\n\n\n" not in result.text
    for sentence in result.sentences:
        assert result.text[sentence.start : sentence.end] == sentence.text


def test_body_list_items_are_kept_as_lines_of_one_paragraph() -> None:
    text = article(page("tour_dates")).text
    dates = (
        "April 3 – Kelsey Mill, Brackenford\nApril 5 – The Tinworks, Ostley\n"
        "April 6 – Saint Brannoc Hall, Pellow"
    )
    assert f"The full list of dates is:\n\n{dates}" in text
    assert "April 19 – Corn Exchange, Harrowgate\n\nTickets go on general sale" in text


def test_table_rows_are_kept_as_cells_joined_by_bars() -> None:
    result = article(page("league_table"))
    assert "Pos | Team | Played | Points\n1 | Redbridge Rovers | 15 | 34\n" in result.text
    rows = [s.text for s in result.sentences if s.text.startswith("3 | ")]
    assert rows == ["3 | Calder Park | 14 | 29"]  # a row is a sentence of its own


def test_lines_broken_with_br_are_kept_as_lines() -> None:
    text = article(page("museum")).text
    assert "a glass gallery for the 1911 steam thresher\na learning room for school visits" in text


def test_navigation_lists_are_still_dropped() -> None:
    for name, menu in (("tour_dates", "Podcast"), ("council_budget", "Opinion")):
        assert menu not in article(page(name)).text


@pytest.mark.parametrize(
    ("name", "widgets"),
    [
        ("tour_dates", ("Weekly Riff", "Enter your email", "privacy policy", "Related stories")),
        ("tour_dates", ("lighthouse", "Share on", "Petra Wendell", "All rights reserved")),
        ("league_table", ("Advertisement", "Share this", "You may also like", "on loan")),
        ("league_table", ("cookies", "Most read", "Cup draw")),
        ("council_budget", ("Read more", "bus routes cut", "More from Politics", "stand down")),
        ("council_budget", ("Harriet Lowe", "courier.example", "Log in")),
        ("heat_advice", ("morning briefing", "Recommended", "air conditioning", "Follow us")),
        ("heat_advice", ("Comments", "Skip to content", "Join the conversation")),
        ("museum", ("Calum Greer", "Subscribe", "Read next", "new lighting", "Share")),
        ("election", ("Advertisement", "More on this story", "recount: what", "first published")),
    ],
)
def test_widgets_and_teasers_are_dropped(name: str, widgets: tuple[str, ...]) -> None:
    text = article(page(name)).text
    for widget in widgets:
        assert widget not in text, widget


def test_widget_rules_apply_to_blocks_trafilatura_keeps() -> None:
    """The same widgets with no telling class names, so that trafilatura keeps them."""
    prose = "".join(
        f"<p>The ferry crossed the strait {n} times on Sunday, the harbour office said, and "
        f"every crossing ran on time despite the wind.</p>"
        for n in range(1, 5)
    )
    body = (
        "<html><head><title>Ferry record</title></head><body><div>"
        f"<p>By Ada Rusk</p>{prose}"
        "<p>Sign up for our daily newsletter to get the news straight to your inbox.</p>"
        "<h3>Related stories</h3>"
        "<ul><li><a href='/1'>New ferry ordered for the strait route</a></li>"
        "<li><a href='/2'>Harbour office opens weekend desk</a></li></ul>"
        "<p>The harbour office will publish the month's figures on Friday, a spokesman said.</p>"
        "<p>Advertisement</p><p>Share this article</p></div></body></html>"
    )
    text = article(RawDocument("f.html", "html", body)).text
    for widget in ("Ada Rusk", "newsletter", "Related", "New ferry ordered", "Advert", "Share"):
        assert widget not in text, widget
    assert text.startswith("The ferry crossed the strait 1 times")
    assert text.endswith("on Friday, a spokesman said.")


def test_chinese_and_japanese_pages_are_kept_and_split_at_full_stops() -> None:
    zh = article(page("zh_article"))
    assert zh.title == "青川县新建跨江大桥正式通车"
    assert len(zh.sentences) == 8
    assert zh.sentences[5].text == "白沙镇居民王建国说：“以前去县城看病要等渡船，现在方便多了！”"
    assert "首页" not in zh.text and "相关新闻" not in zh.text and "责任编辑" not in zh.text
    ja = article(page("ja_article"))
    # A quoted sentence inside 「…」 does not end the sentence that quotes it.
    assert any(s.text.endswith("思い切って店を出してよかった」と話す。") for s in ja.sentences)
    assert "アクセスランキング" not in ja.text and "2024年5月12日" not in ja.text


def test_text_units_count_han_and_kana_characters() -> None:
    assert text_units("The river rose two metres.") == 5
    assert text_units("大桥通车后，驾车过江只需五分钟。") == 14
    assert text_units("町は2022年から") == 5 + 1  # 町は年から, and "2022"
    assert text_units("서울 시청 앞 광장") == 4  # Korean writes spaces: words


def test_short_chinese_page_says_how_much_text_was_left() -> None:
    body = "<html><body><article><p>大桥今天通车了。</p></article></body></html>"
    result = clean(RawDocument("s.html", "html", body), settings=SETTINGS)
    assert isinstance(result, Skipped) and result.reason is SkipReason.NO_ARTICLE
    assert "only 7 words" in result.detail and "need at least 25" in result.detail


def test_cjk_sentence_split_keeps_offsets() -> None:
    text = "他说：「明天见。」然后走了。Next line here.\n第二行！好？"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "他说：「明天见。」然后走了。",
        "Next line here.",
        "第二行！",
        "好？",
    ]


def test_deep_nesting_past_256_levels_is_read_whole() -> None:
    text = article(page("deep_nesting")).text
    assert text.endswith("with 38 passengers and nine vehicles on board.")


def test_nesting_past_the_huge_tree_limit_is_flattened_not_lost() -> None:
    prose = "The council met on Monday and agreed to repair the old harbour wall this year."
    body = (
        f"<html><body><article><p>{prose}</p>"
        + "<div><span>" * 1500
        + f"<p>{prose.replace('Monday', 'Tuesday')}</p>"
        + "</span></div>" * 1500
        + f"<p>{prose.replace('Monday', 'Friday')}</p></article></body></html>"
    )
    result = clean(RawDocument("deep.html", "html", body), settings=CleanSettings(min_words=10))
    assert isinstance(result, Article), result
    for day in ("Monday", "Tuesday", "Friday"):
        assert day in result.text


def test_nesting_that_cannot_be_read_whole_is_skipped_with_the_reason() -> None:
    prose = "The council met on Monday and agreed to repair the old harbour wall this year."
    body = f"<html><body><p>{prose}</p>" + "<p><a>" * 2500 + "deep</a></p></body></html>"
    result = clean(RawDocument("deep.html", "html", body), settings=CleanSettings(min_words=10))
    assert isinstance(result, Skipped) and result.reason is SkipReason.TOO_LARGE
    assert "parser's limits" in result.detail and "deep.html" in result.detail


def test_a_text_node_over_10_mb_does_not_lose_what_follows() -> None:
    giant = "The tide table lists high water at Skerra pier for every day of the year. " * 140_000
    assert len(giant) > 10_000_000
    closing = "The harbour master said the new tables would be posted at the pier on Monday."
    body = f"<html><body><article><p>{giant}</p><p>{closing}</p></article></body></html>"
    # Read whole (nothing after the node is lost) ...
    roomy = replace(SETTINGS, max_words=10_000_000)
    result = clean(RawDocument("big.html", "html", body), settings=roomy)
    assert isinstance(result, Article)
    assert result.text.endswith(closing)
    # ... and by default refused with a reason, as no news article is 2 million words long.
    refused = clean(RawDocument("big.html", "html", body), settings=SETTINGS)
    assert isinstance(refused, Skipped) and refused.reason is SkipReason.TOO_LARGE


def test_page_with_no_main_text_says_so() -> None:
    body = "<html><head><title>x</title></head><body></body></html>"
    result = clean(RawDocument("e.html", "html", body), settings=SETTINGS)
    assert isinstance(result, Skipped) and result.reason is SkipReason.NO_ARTICLE
    assert "no main text found in page" in result.detail


def test_widgets_only_page_names_what_was_removed() -> None:
    body = (
        "<html><body><article><p>Sign up for our newsletter to get the best stories straight "
        "to your inbox every morning of the week.</p><p>Share this article</p>"
        "<p>By Ada Rusk</p></article></body></html>"
    )
    result = clean(RawDocument("w.html", "html", body), settings=SETTINGS)
    assert isinstance(result, Skipped) and result.reason is SkipReason.NO_ARTICLE
    assert "after removing navigation, labels and widgets" in result.detail
