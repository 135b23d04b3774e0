"""Readers: every input kind, every rejection rule, dates, and deterministic folder walks."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from newsbrief.errors import SkipReason
from newsbrief.models import RawDocument, Skipped
from newsbrief.read.files import read_sources, sniff
from newsbrief.read.text import normalize_date, read_plain_text
from newsbrief.settings import IngestSettings

DATA = Path(__file__).resolve().parent / "data" / "ingest"
SETTINGS = IngestSettings()
BODY = "The river rose two metres overnight, the mayor said.\n\nShops closed early."


def read(*paths: Path | str, stdin: str | None = None) -> list[RawDocument | Skipped]:
    handle = io.StringIO(stdin) if stdin is not None else None
    return list(read_sources([str(p) for p in paths], settings=SETTINGS, stdin=handle))


def only(items: list[RawDocument | Skipped]) -> RawDocument:
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    return items[0]


def skipped(items: list[RawDocument | Skipped], reason: SkipReason) -> Skipped:
    assert len(items) == 1 and isinstance(items[0], Skipped), items
    assert items[0].reason is reason, items[0]
    return items[0]


# --- plain text -----------------------------------------------------------------------------


def test_text_without_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY)
    raw = only(read(path))
    assert raw == RawDocument(source=str(path), kind="text", body=BODY)


def test_text_title_then_date_headers(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"title River floods market\ndate 2017-08-28T10:00:00Z\n\n{BODY}")
    raw = only(read(path))
    assert raw.title == "River floods market" and raw.published == "2017-08-28"
    assert raw.body.strip() == BODY


def test_date_header_glued_to_caption_keeps_the_caption_as_body() -> None:
    raw = read_plain_text("x", " date 2017-08-28 Soldiers arrive on Monday (Reuters photo)\n\nB.")
    assert raw.published == "2017-08-28"
    assert raw.body == "Soldiers arrive on Monday (Reuters photo)\n\nB."


def test_date_header_in_words() -> None:
    raw = read_plain_text("x", "date Aug. 28, 2017\nBody text.")
    assert raw.published == "2017-08-28" and raw.body == "Body text."


def test_prose_starting_with_date_is_not_a_header() -> None:
    raw = read_plain_text("x", "date night is back in town.\nMore.")
    assert raw.published is None and raw.body.startswith("date night")
    assert read_plain_text("x", "Title IX rules changed.").title is None


def test_extensionless_text_and_numeric_suffix_are_sniffed(tmp_path: Path) -> None:
    (tmp_path / "NOTE").write_text(BODY)
    (tmp_path / "APW19981017.0151").write_text(BODY)
    items = read(tmp_path)
    assert [i.kind for i in items if isinstance(i, RawDocument)] == ["text", "text"]


# --- HTML, JSONL, SGML, stdin ---------------------------------------------------------------


def test_html_file_keeps_markup_for_the_cleaner() -> None:
    raw = only(read(DATA / "page.html"))
    assert raw.kind == "html" and "<article>" in raw.body


def test_jsonl_records_with_text_and_html() -> None:
    items = read(DATA / "records.jsonl")
    first, second = items
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.source.endswith("records.jsonl:1") and second.source.endswith("records.jsonl:3")
    assert (first.kind, first.doc_id, first.story) == ("jsonl", "rec-1", "dam")
    assert first.published == "2020-05-04" and first.title == "Dam inspection finds cracks"
    assert second.kind == "html" and second.published == "2020-05-04"  # from RFC 2822


def test_jsonl_bad_lines_are_skipped_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "r.ndjson"
    lines = [
        json.dumps({"text": "ok", "id": 7}),
        "{not json",
        "[1, 2]",
        json.dumps({"title": "no body"}),
        json.dumps({"text": "   "}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = read(path)
    assert isinstance(items[0], RawDocument) and items[0].doc_id == "7"
    bad = items[1:]
    assert all(isinstance(i, Skipped) and i.reason is SkipReason.BAD_RECORD for i in bad)
    assert [i.source for i in bad] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert all(i.source in i.detail for i in bad if isinstance(i, Skipped))


def test_jsonl_record_over_limit_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    big = json.dumps({"text": "x" * 5000})
    path.write_text(big + "\n" + json.dumps({"text": "small"}) + "\n")
    items = list(read_sources([str(path)], settings=IngestSettings(max_record_bytes=1000)))
    assert isinstance(items[0], Skipped) and items[0].reason is SkipReason.TOO_LARGE
    assert items[0].source == f"{path}:1"
    assert isinstance(items[1], RawDocument) and items[1].source == f"{path}:2"


def test_sgml_file_with_two_docs() -> None:
    first, second = read(DATA / "wire.sgml")
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.kind == "sgml" and first.doc_id == "XIN20010203.0042"
    assert first.published == "2001-02-03" and first.title == "Glacier & lake levels rise"
    assert first.body.startswith("VALDORA (XN) — Meltwater from the Orin glacier raised the level")
    assert "“We have not seen a rise like this in thirty years,” said" in first.body
    assert "&Cx" not in first.body + (first.title or "") and "<P>" not in second.body
    assert second.published == "2001-02-04"  # no DATE_TIME: taken from the DOCNO
    assert second.body.count("\n\n") == 1
    assert first.source.endswith(":1") and second.source.endswith(":20")


def test_real_duc_file(tmp_path: Path) -> None:
    folder = Path(__file__).resolve().parents[2] / "shared/eval/duc2003/docs/d30003t"
    if not folder.is_dir():
        pytest.skip("../shared/eval is not present")
    raw = only(read(folder / "APW19981017.0151"))
    assert raw.kind == "sgml" and raw.doc_id == "APW19981017.0151"
    assert raw.published == "1998-10-17"
    assert raw.body.startswith("LONDON (AP) — An influential lawmaker")
    assert "“There've been something like" in raw.body and "PROFILE" not in raw.body


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (BODY, "text"),
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
        ('{"text": "one"}\n{"text": "two"}\n', "jsonl"),
        ("<DOC>\n<DOCNO> X1 </DOCNO>\n<TEXT>\nHello.\n</TEXT>\n</DOC>\n", "sgml"),
    ],
)
def test_stdin_kind_is_sniffed(content: str, kind: str) -> None:
    assert sniff(content) == kind
    items = read("-", stdin=content)
    assert items and all(isinstance(i, RawDocument) for i in items)
    assert {i.source.split(":")[0] for i in items} == {"<stdin>"}


def test_stdin_jsonl_streams_past_the_first_chunk() -> None:
    lines = "".join(json.dumps({"text": f"record {n} " + "y" * 50}) + "\n" for n in range(40))
    items = list(
        read_sources(["-"], settings=IngestSettings(max_file_bytes=100), stdin=io.StringIO(lines))
    )
    assert len(items) == 40 and all(isinstance(i, RawDocument) for i in items)
    assert [i.source for i in items][-1] == "<stdin>:40"


def test_stdin_empty_and_binary() -> None:
    skipped(read("-", stdin=""), SkipReason.EMPTY)
    skipped(read("-", stdin="abc\x00def"), SkipReason.BINARY)


# --- rejected inputs ------------------------------------------------------------------------


def test_unknown_extension(tmp_path: Path) -> None:
    for name in ("photo.png", "report.pdf"):
        (tmp_path / name).write_bytes(b"whatever")
        skip = skipped(read(tmp_path / name), SkipReason.UNSUPPORTED)
        assert name in skip.detail and ".txt" in skip.detail


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_text("  \n\n ")
    assert "empty" in skipped(read(tmp_path / "e.txt"), SkipReason.EMPTY).detail
    skipped(read(tmp_path / "w.txt"), SkipReason.EMPTY)


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "c.txt").write_bytes(bytes(range(1, 32)) * 30)
    skipped(read(tmp_path / "b.txt"), SkipReason.BINARY)
    skipped(read(tmp_path / "c.txt"), SkipReason.BINARY)


def test_cp1252_and_utf8_bom_and_utf16(tmp_path: Path) -> None:
    (tmp_path / "cp.txt").write_bytes("Café “quotes” – naïve text here.".encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes("\ufeffHello there.".encode())
    (tmp_path / "u16.txt").write_bytes("Wide text.".encode("utf-16"))
    assert only(read(tmp_path / "cp.txt")).body == "Café “quotes” – naïve text here."
    assert only(read(tmp_path / "bom.txt")).body == "Hello there."
    assert only(read(tmp_path / "u16.txt")).body == "Wide text."


def test_hopeless_encoding(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(bytes(range(0x80, 0x100)) * 10)
    assert "x.txt" in skipped(read(tmp_path / "x.txt"), SkipReason.ENCODING).detail


def test_too_large_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing written
        handle.truncate(50_000_000)
    skip = skipped(read(path), SkipReason.TOO_LARGE)
    assert "50000000" in skip.detail and "huge.txt" in skip.detail


def test_missing_path_and_broken_symlink(tmp_path: Path) -> None:
    missing = skipped(read(tmp_path / "nope.txt"), SkipReason.UNREADABLE)
    assert "no such file or directory" in missing.detail
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    assert "broken" in skipped(read(tmp_path / "link.txt"), SkipReason.UNREADABLE).detail


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(BODY)
    path.chmod(0)
    skipped(read(path), SkipReason.UNREADABLE)


def test_read_error_is_unreadable_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    skip = skipped(read(path), SkipReason.UNREADABLE)
    assert "Permission denied" in skip.detail and "a.txt" in skip.detail


def test_unlistable_folder_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)
    skipped(read(tmp_path), SkipReason.UNREADABLE)


# --- folders --------------------------------------------------------------------------------


def test_folder_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", ".hidden.txt", ".git/d.txt", "sub/.e.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(BODY)
    sources = [i.source for i in read(tmp_path)]
    assert sources == [str(tmp_path / n) for n in ("a.txt", "b.txt", "sub/c.txt")]
    assert [i.source for i in read(tmp_path)] == sources  # deterministic


def test_folder_of_fixtures_mixes_articles_and_skips(tmp_path: Path) -> None:
    items = read(DATA, tmp_path / "missing")
    kinds = [i.kind for i in items if isinstance(i, RawDocument)]
    assert {"text", "html", "jsonl", "sgml"} <= set(kinds)
    assert isinstance(items[-1], Skipped) and items[-1].reason is SkipReason.UNREADABLE


def test_symlinked_folder_loop_does_not_recurse(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "loop").symlink_to(tmp_path)
    first, loop = read(tmp_path)
    assert isinstance(first, RawDocument) and first.source == str(tmp_path / "a.txt")
    assert isinstance(loop, Skipped) and loop.reason is SkipReason.UNSUPPORTED


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2017-08-28", "2017-08-28"),
        ("2017-08-28T10:00:00Z", "2017-08-28"),
        ("2017-08-28T23:30:00-05:00", "2017-08-28"),
        ("10/17/1998 05:50:00", "1998-10-17"),
        ("1998-10-17 16:00", "1998-10-17"),
        ("Aug. 28, 2017", "2017-08-28"),
        ("August 28, 2017", "2017-08-28"),
        ("28 August 2017", "2017-08-28"),
        ("Mon, 28 Aug 2017 10:00:00 +0000", "2017-08-28"),
        ("19981017", "1998-10-17"),
        ("2017-02-30", None),
        ("yesterday", None),
        ("Foo. 28, 2017", None),
        ("", None),
    ],
)
def test_normalize_date(value: str, iso: str | None) -> None:
    assert normalize_date(value) == iso
