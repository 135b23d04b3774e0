"""RSS/Atom reader: full-content entries become articles; teasers and breakage are reported."""

from __future__ import annotations

from pathlib import Path

from warc_builder import STORY

from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped
from newsbrief.pipeline import read_articles
from newsbrief.read.feeds import FULL_TEXT_WORDS, read_feed
from newsbrief.read.files import read_sources, sniff
from newsbrief.settings import IngestSettings, Settings

SETTINGS = IngestSettings()
ARTICLE = "".join(f"<p>{p}</p>" for p in STORY)

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harmsby Post</title><link>https://harmsby-post.test/</link>
<item><title>Canal footbridge closed</title><link>https://harmsby-post.test/bridge</link>
<pubDate>Tue, 05 Mar 2024 08:30:00 +0100</pubDate>
<description>A crack was found in the bridge.</description>
<content:encoded><![CDATA[{ARTICLE}]]></content:encoded></item>
<item><title>Market day moved</title><link>https://harmsby-post.test/market</link>
<description>The Thursday market moves to Friday next week.</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wenlow Times</title>
<entry><title>Crack closes Harmsby bridge</title>
<link rel="alternate" href="https://wenlow-times.test/news/1"/>
<published>2024-03-06T07:00:00Z</published><updated>2024-03-07T07:00:00Z</updated>
<summary>Bridge shut.</summary>
<content type="html"><![CDATA[{ARTICLE}]]></content></entry>
<entry><title>Teaser only</title><link href="https://wenlow-times.test/news/2"/>
<updated>2024-03-08T07:00:00Z</updated><summary>Short teaser text here.</summary></entry>
</feed>"""


def read(path: Path) -> list[RawDocument | Skipped]:
    return list(read_sources([str(path)], settings=SETTINGS))


def test_rss_content_encoded_entries_and_teasers(tmp_path: Path) -> None:
    path = tmp_path / "post.rss"
    path.write_text(RSS)
    first, second = read(path)
    assert first == RawDocument(
        source=f"{path}#entry1",
        kind="html",
        body=ARTICLE,
        url="https://harmsby-post.test/bridge",
        title="Canal footbridge closed",
        published="2024-03-05",
    )
    assert isinstance(second, Skipped) and second.reason is SkipReason.NO_ARTICLE
    assert second.source == f"{path}#entry2"
    assert second.detail == (
        f"{path}#entry2: feed entry has only a summary (8 words), not the article"
    )


def test_atom_content_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "times.atom"
    path.write_text(ATOM)
    first, second = read(path)
    assert isinstance(first, RawDocument) and first.body == ARTICLE
    assert first.published == "2024-03-06" and first.url == "https://wenlow-times.test/news/1"
    assert isinstance(second, Skipped) and "summary (4 words)" in second.detail


def test_long_description_counts_as_the_article() -> None:
    words = " ".join(STORY).split()
    long_text = " ".join((words * 5)[:FULL_TEXT_WORDS])
    feed = f"<rss version='2.0'><channel><item><title>T</title><description>{long_text}"
    feed += "</description></item></channel></rss>"
    [item] = read_feed("f.rss", feed.encode())
    assert isinstance(item, RawDocument) and item.body == long_text


def test_xml_feed_is_sniffed_and_other_xml_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(ATOM)
    (tmp_path / "sitemap.xml").write_text("<?xml version='1.0'?><urlset><url/></urlset>")
    (tmp_path / "FEED").write_text(RSS)
    items = read(tmp_path)
    assert [i.source.rsplit("/", 1)[1] for i in items] == [
        "FEED#entry1",
        "FEED#entry2",
        "feed.xml#entry1",
        "feed.xml#entry2",
        "sitemap.xml",
    ]
    assert isinstance(items[-1], Skipped) and items[-1].reason is SkipReason.UNSUPPORTED
    assert sniff(RSS) == "feed" and sniff(ATOM) == "feed"


def test_broken_feed_keeps_parsed_entries_and_says_where(tmp_path: Path) -> None:
    broken = RSS.replace("</channel></rss>", "<item><title>Cut</title><description>x</desc>")
    path = tmp_path / "broken.rss"
    path.write_text(broken)
    items = read(path)
    assert [type(i).__name__ for i in items] == ["RawDocument", "Skipped", "Skipped", "Skipped"]
    partial = items[-1]
    assert isinstance(partial, Skipped) and partial.reason is SkipReason.PARTIAL
    line = broken.count("\n", 0, broken.index("</desc>")) + 1
    assert f"line {line}, column" in partial.detail and "mismatched tag" in partial.detail
    assert partial.offset is not None
    # expat places the error inside the bad end tag, a few bytes into it.
    assert b"</desc>" in broken.encode()[partial.offset - 8 : partial.offset + 8]


def test_external_entities_are_not_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LOCAL-FILE")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY remote SYSTEM "file://{secret}">')
    feed = RSS.replace(
        "<rss ",
        f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">'
        f'<!ENTITY % ext SYSTEM "file://{dtd}"> %ext;]>\n<rss ',
    ).replace("Canal footbridge closed", "Canal &xxe; &remote;")
    path = tmp_path / "xxe.rss"
    path.write_text(feed)
    items = read(path)
    assert all("TOP-SECRET" not in repr(i) for i in items)
    assert any(isinstance(i, RawDocument) for i in items)


def test_feed_content_that_is_a_path_is_not_opened(tmp_path: Path) -> None:
    # feedparser.parse(bytes) tries the bytes as a file name first; newsbrief never lets it.
    secret = tmp_path / "secret.rss"
    secret.write_text(RSS)
    items = list(read_feed("x.rss", str(secret).encode()))
    assert not any(isinstance(i, RawDocument) for i in items)


def test_feed_entries_are_cleaned_into_articles(tmp_path: Path) -> None:
    (tmp_path / "post.rss").write_text(RSS)
    (tmp_path / "times.atom").write_text(ATOM)
    articles, skipped = read_articles([str(tmp_path)], settings=Settings())
    assert len(articles) == 2 and all("forty centimetres" in a.text for a in articles)
    assert {a.published for a in articles} == {"2024-03-05", "2024-03-06"}
    assert [s.reason for s in skipped] == [SkipReason.NO_ARTICLE] * 2
