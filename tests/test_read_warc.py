"""WARC reader: HTML responses become articles; everything else is skipped or cut, never lost."""

from __future__ import annotations

import gzip
from pathlib import Path

from warc_builder import (
    STORY,
    gzip_members,
    http,
    page,
    record,
    response,
    standard_records,
    warcinfo,
)

from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped
from newsbrief.pipeline import read_articles
from newsbrief.read.files import input_files, read_file, read_sources
from newsbrief.settings import IngestSettings, Settings

SETTINGS = IngestSettings()


def read(path: Path, settings: IngestSettings = SETTINGS) -> list[RawDocument | Skipped]:
    return list(read_sources([str(path)], settings=settings))


def docs(items: list[RawDocument | Skipped]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def skips(items: list[RawDocument | Skipped]) -> list[Skipped]:
    return [i for i in items if isinstance(i, Skipped)]


def offsets(records: list[bytes]) -> list[int]:
    starts = [0]
    for r in records:
        starts.append(starts[-1] + len(r))
    return starts


def test_warc_html_responses_become_articles(tmp_path: Path) -> None:
    records = standard_records()
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    items = read(path)
    starts = offsets(records)
    pages = docs(items)
    assert [(d.source, d.url, d.kind) for d in pages] == [
        (f"{path}@{starts[2]}", "https://harmsby-post.test/bridge", "html"),
        (f"{path}@{starts[4]}", "https://wenlow-times.test/news/1", "html"),
    ]
    assert all(STORY[1] in d.body and d.published is None for d in pages)
    # The PDF is the only skip: warcinfo and request records are not articles, nor skips.
    [pdf] = skips(items)
    assert pdf.reason is SkipReason.UNSUPPORTED and pdf.source == f"{path}@{starts[3]}"
    assert "application/pdf" in pdf.detail


def test_warc_gz_and_corpus_mode_interface(tmp_path: Path) -> None:
    records = standard_records()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip_members(records))
    assert list(input_files(path)) == [path]
    items = list(read_file(path, SETTINGS))
    member = offsets([gzip.compress(r, mtime=0) for r in records])
    assert [d.source for d in docs(items)] == [f"{path}@{member[2]}", f"{path}@{member[4]}"]
    assert [s.reason for s in skips(items)] == [SkipReason.UNSUPPORTED]


def test_warc_pages_are_cleaned_into_articles(tmp_path: Path) -> None:
    (tmp_path / "a.warc").write_bytes(b"".join(standard_records()))
    (tmp_path / "b.warc.gz").write_bytes(gzip_members(standard_records()))
    articles, skipped = read_articles([str(tmp_path)], settings=Settings())
    assert len(articles) == 4
    assert all("forty centimetres" in a.text for a in articles)
    assert {a.url for a in articles} == {
        "https://harmsby-post.test/bridge",
        "https://wenlow-times.test/news/1",
    }
    assert [s.reason for s in skipped] == [SkipReason.UNSUPPORTED] * 2


def test_charset_from_http_then_meta(tmp_path: Path) -> None:
    latin = page("Café", head="<meta charset='iso-8859-1'>").replace(b"Caf\xc3\xa9", b"Caf\xe9")
    records = [
        response(
            "https://a.test/1",
            "Straße".encode("cp1252") + page("x"),
            "text/html; charset=windows-1252",
        ),
        response("https://a.test/2", latin, "text/html"),
    ]
    path = tmp_path / "c.warc"
    path.write_bytes(b"".join(records))
    first, second = docs(read(path))
    assert first.body.startswith("Straße") and "<title>Café</title>" in second.body


def test_status_chunked_and_gzip_bodies(tmp_path: Path) -> None:
    body = page("Chunked page")
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(body[i : i + 50]), body[i : i + 50]) for i in range(0, len(body), 50)
    )
    records = [
        record("response", http(page("Gone"), status="404 Not Found"), uri="https://a.test/404"),
        record(
            "response",
            http(chunked + b"0\r\n\r\n", headers="Transfer-Encoding: chunked\r\n", length=False),
            uri="https://a.test/chunked",
        ),
        record(
            "response",
            http(gzip.compress(body), headers="Content-Encoding: gzip\r\n"),
            uri="https://a.test/gzip",
        ),
        record(
            "response",
            http(b"not gzip at all", headers="Content-Encoding: gzip\r\n"),
            uri="https://a.test/badgzip",
        ),
        response("https://a.test/last", page("Last")),
    ]
    path = tmp_path / "s.warc"
    path.write_bytes(b"".join(records))
    items = read(path)
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("Skipped", SkipReason.NOT_ARTICLE),
        ("RawDocument", None),
        ("RawDocument", None),
        ("Skipped", SkipReason.BAD_RECORD),
        ("RawDocument", None),
    ]
    assert "HTTP status" in items[0].detail and "404" in items[0].detail  # type: ignore[union-attr]
    assert items[1].body == body.decode() == items[2].body  # type: ignore[union-attr]


def test_record_over_the_cap_is_skipped_and_the_next_is_read(tmp_path: Path) -> None:
    big = response("https://a.test/big", page("Big", STORY * 200))
    records = [
        response("https://a.test/1", page("One")),
        big,
        response("https://a.test/2", page("Two")),
    ]
    settings = IngestSettings(max_record_bytes=20_000)
    for name, data in (("big.warc", b"".join(records)), ("big.warc.gz", gzip_members(records))):
        items = read(tmp_path / name, settings) if (tmp_path / name).write_bytes(data) else []
        assert [type(i).__name__ for i in items] == ["RawDocument", "Skipped", "RawDocument"]
        assert items[1].reason is SkipReason.TOO_LARGE  # type: ignore[union-attr]
        assert "20000-byte limit" in items[1].detail  # type: ignore[union-attr]


def test_gzip_bomb_body_is_too_large(tmp_path: Path) -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 30_000_000 + b"</p>")
    records = [
        record("response", http(bomb, headers="Content-Encoding: gzip\r\n"), uri="https://a.test/b")
    ]
    path = tmp_path / "bomb.warc"
    path.write_bytes(b"".join(records))
    [item] = read(path, IngestSettings(max_record_bytes=100_000))
    assert isinstance(item, Skipped) and item.reason is SkipReason.TOO_LARGE


def _one_partial(items: list[RawDocument | Skipped]) -> Skipped:
    partial = [s for s in skips(items) if s.reason is SkipReason.PARTIAL]
    assert len(partial) == 1, items
    assert items[-1] is partial[0]
    return partial[0]


def test_cut_warc_gz_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    records = [warcinfo(), *(response(f"https://a.test/{n}", page(f"Page {n}")) for n in range(4))]
    members = [gzip.compress(r, mtime=0) for r in records]
    starts = offsets(members)
    whole = b"".join(members)
    # In the middle of the fourth page's member, and in the last member's 8-byte trailer.
    for cut, pages, stop in ((starts[4] + 100, 3, starts[4]), (len(whole) - 3, 3, starts[4])):
        path = tmp_path / "cut.warc.gz"
        path.write_bytes(whole[:cut])
        items = read(path)
        assert len(docs(items)) == pages
        partial = _one_partial(items)
        assert partial.offset == stop
        assert partial.detail.startswith(f"{path}: cut or corrupt after byte {stop} (")
        assert partial.detail.endswith("the records before it were read")


def test_cut_plain_warc(tmp_path: Path) -> None:
    records = [response(f"https://a.test/{n}", page(f"Page {n}")) for n in range(3)]
    data = b"".join(records)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:-300])
    items = read(path)
    assert len(docs(items)) == 2 and _one_partial(items).offset == offsets(records)[2]


def test_wrong_content_length_and_garbage(tmp_path: Path) -> None:
    good = [response(f"https://a.test/{n}", page(f"Page {n}")) for n in range(3)]
    block = http(page("Liar"))
    starts = offsets(good[:2])
    for length in (len(block) - 40, len(block) + 40):
        bad = record("response", block, uri="https://a.test/liar", length=length)
        for name, data in (
            ("cl.warc", b"".join([*good[:2], bad, good[2]])),
            ("cl.warc.gz", gzip_members([*good[:2], bad, good[2]])),
        ):
            path = tmp_path / name
            path.write_bytes(data)
            items = read(path)
            # The record with the wrong length is not read (its body would be cut or padded).
            assert [d.url for d in docs(items)] == ["https://a.test/0", "https://a.test/1"]
            partial = _one_partial(items)
            if name == "cl.warc":
                assert partial.offset == starts[2]
    path = tmp_path / "junk.warc"
    path.write_bytes(b"".join([good[0], b"garbage between records\r\n", good[1]]))
    items = read(path)
    assert len(docs(items)) == 1
    partial = _one_partial(items)
    assert partial.offset == len(good[0]) and "Invalid WARC header" in partial.detail


def test_not_a_warc_and_trailing_newline(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not an archive at all\n" * 5)
    [item] = read(path)
    assert isinstance(item, Skipped) and item.reason is SkipReason.PARTIAL and item.offset == 0
    ok = tmp_path / "ok.warc"
    ok.write_bytes(response("https://a.test/1", page("One")) + b"\n")
    assert [type(i).__name__ for i in read(ok)] == ["RawDocument"]


def test_extensionless_warc_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "CC-NEWS-0001").write_bytes(b"".join(standard_records()))
    (tmp_path / "CC-NEWS-0002").write_bytes(gzip_members(standard_records()))
    items = read(tmp_path)
    assert len(docs(items)) == 4 and all("@" in d.source for d in docs(items))


def test_one_member_warc_gz_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "one.warc.gz"
    path.write_bytes(gzip.compress(b"".join(standard_records())))
    partial = _one_partial(read(path))
    assert "one gzip member" in partial.detail
