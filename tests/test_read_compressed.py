"""gzip inputs: every kind inside .gz, streamed JSONL, caps, cut streams; a mixed folder."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path

from test_read_feeds import ATOM, RSS
from typer.testing import CliRunner
from warc_builder import STORY, gzip_members, page, standard_records

from newsbrief.cli import app
from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped
from newsbrief.read.files import read_sources
from newsbrief.settings import IngestSettings

SETTINGS = IngestSettings()
TEXT = "title Canal footbridge closed\ndate 2024-03-05\n\n" + "\n\n".join(STORY)


def read(path: Path, settings: IngestSettings = SETTINGS) -> list[RawDocument | Skipped]:
    return list(read_sources([str(path)], settings=settings))


def write_gz(path: Path, data: bytes) -> Path:
    path.write_bytes(gzip.compress(data, mtime=0))
    return path


def test_txt_html_sgml_rss_gz(tmp_path: Path) -> None:
    [text] = read(write_gz(tmp_path / "a.txt.gz", TEXT.encode()))
    assert isinstance(text, RawDocument) and text.kind == "text"
    assert text.title == "Canal footbridge closed" and text.published == "2024-03-05"
    [html] = read(write_gz(tmp_path / "b.html.gz", page("Bridge")))
    assert isinstance(html, RawDocument) and html.kind == "html" and STORY[0] in html.body
    sgml = "".join(f"<DOC><DOCNO>X{n}</DOCNO><TEXT>{STORY[n]}</TEXT></DOC>\n" for n in range(2))
    assert len(read(write_gz(tmp_path / "c.sgml.gz", sgml.encode()))) == 2
    feed = read(write_gz(tmp_path / "d.rss.gz", RSS.encode()))
    assert [type(i).__name__ for i in feed] == ["RawDocument", "Skipped"]
    assert feed[0].source == f"{tmp_path / 'd.rss.gz'}#entry1"
    [sniffed] = read(write_gz(tmp_path / "NOTE.gz", TEXT.encode()))
    assert isinstance(sniffed, RawDocument) and sniffed.kind == "text"


def _jsonl(count: int) -> bytes:
    lines = (
        json.dumps({"id": f"r{n}", "text": STORY[n % 3], "url": f"https://a.test/{n}"})
        for n in range(count)
    )
    return ("\n".join(lines) + "\n").encode()


def test_jsonl_gz_is_streamed(tmp_path: Path) -> None:
    path = write_gz(tmp_path / "a.jsonl.gz", _jsonl(2000))
    tracemalloc.start()
    count = sum(isinstance(i, RawDocument) for i in read_sources([str(path)], settings=SETTINGS))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 2000
    # Streamed: far less than the ~600 kB decompressed file is ever held at once.
    assert peak < 300_000


def test_cut_jsonl_gz_keeps_whole_lines(tmp_path: Path) -> None:
    data = gzip.compress(_jsonl(3000), mtime=0)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    good = [i for i in items if isinstance(i, RawDocument)]
    assert 0 < len(good) < 3000
    assert [i.doc_id for i in good] == [f"r{n}" for n in range(len(good))]
    [partial] = [i for i in items if isinstance(i, Skipped)]
    assert partial.reason is SkipReason.PARTIAL and items[-1] is partial
    assert partial.offset == len(_jsonl(len(good)))  # decompressed bytes of the whole lines
    assert "after decompressed byte" in partial.detail and "gzip stream is cut" in partial.detail


def test_cut_single_article_gz_is_not_read(tmp_path: Path) -> None:
    data = gzip.compress((TEXT * 50).encode(), mtime=0)
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data[:-20])
    [partial] = read(path)
    assert isinstance(partial, Skipped) and partial.reason is SkipReason.PARTIAL
    assert "nothing before it could be read whole" in partial.detail


def test_corrupt_gz(tmp_path: Path) -> None:
    path = tmp_path / "bad.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 200)
    [partial] = read(path)
    assert isinstance(partial, Skipped) and partial.reason is SkipReason.PARTIAL
    assert partial.offset == 0 and "corrupt" in partial.detail


def test_gzip_bomb_is_too_large_without_the_memory(tmp_path: Path) -> None:
    path = write_gz(tmp_path / "bomb.txt.gz", b"a" * 200_000_000)
    assert path.stat().st_size < 1_000_000
    settings = IngestSettings(max_file_bytes=1_000_000)
    tracemalloc.start()
    [item] = read(path, settings)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(item, Skipped) and item.reason is SkipReason.TOO_LARGE
    assert "decompresses to over the 1000000-byte limit" in item.detail
    assert peak < 5_000_000


def _mixed_folder(root: Path) -> Path:
    root.mkdir()
    (root / "a.warc").write_bytes(b"".join(standard_records()))
    (root / "b.warc.gz").write_bytes(gzip_members(standard_records()))
    (root / "c.rss").write_text(RSS)
    (root / "d.atom.gz").write_bytes(gzip.compress(ATOM.encode()))
    write_gz(root / "e.txt.gz", TEXT.encode())
    write_gz(root / "f.jsonl.gz", _jsonl(3))
    (root / "g.html").write_bytes(page("Bridge"))
    (root / "h.zip").write_bytes(b"PK\x03\x04")
    return root


def test_folder_mixing_all_kinds(tmp_path: Path) -> None:
    items = read(_mixed_folder(tmp_path / "mix"))
    found = [(Path(i.source).name, type(i).__name__) for i in items]
    names = [name.split("@")[0].split("#")[0].split(":")[0] for name, _ in found]
    assert names == sorted(names)
    documents = [i for i in items if isinstance(i, RawDocument)]
    assert len(documents) == 2 + 2 + 1 + 1 + 1 + 3 + 1
    reasons = sorted(i.reason.value for i in items if isinstance(i, Skipped))
    assert reasons == [
        "no-article-text",
        "no-article-text",
        "unsupported-format",
        "unsupported-format",
        "unsupported-format",
    ]


def test_cli_brief_on_a_folder_with_a_warc(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "news.warc.gz").write_bytes(gzip_members(standard_records()))
    result = CliRunner().invoke(
        app,
        ["brief", str(folder), "--format", "json", "--no-analysis", "--embedder", "hashing", "-q"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [story] = data["stories"]
    assert {a["url"] for a in story["articles"]} == {
        "https://harmsby-post.test/bridge",
        "https://wenlow-times.test/news/1",
    }
    assert story["summary"]
