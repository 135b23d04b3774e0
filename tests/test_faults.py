"""Hostile input, end to end: one bad record never stops a run, and nothing bad gets out.

Each case runs ``newsbrief brief`` (hashing embedder, analysis on) on a folder holding one
good article and one hostile input, and checks that the run succeeds, the good article is
briefed, and the hostile one is skipped with a clear reason or read safely.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.article.dates import DATE_RE, resolve_date
from newsbrief.cli import app
from newsbrief.codec import validate
from newsbrief.errors import SkipReason
from newsbrief.read.text import decode
from newsbrief.render import md_code

GOOD = (
    "date 2024-03-12\n\nFloodwater swept through Port Amsel on Sunday after the river burst its "
    "banks, officials said. About 300 residents were moved to shelters as rescuers worked "
    "through the night. Nine people were taken to hospital, the mayor said on Monday.\n"
)


def brief(folder: Path, *extra: str) -> dict[str, object]:
    result = CliRunner().invoke(
        app, ["brief", str(folder), "--format", "json", "--embedder", "hashing", "-q", *extra]
    )
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    validate(data)
    result.stdout.encode("utf-8")  # valid UTF-8 throughout
    return data


def skipped(data: dict[str, object]) -> list[dict[str, str]]:
    return data["skipped"]  # type: ignore[return-value]


def folder_with(tmp_path: Path, name: str, content: str | bytes) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    target = tmp_path / name
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ('{"text": "x", "n": ' + "9" * 5000 + "}", "not valid JSON"),
        ('{"text": "Officials said nine people were hurt.", "score": NaN}', "NaN"),
        ('{"text": "x", "n": 1e999}', "out of range"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_hostile_jsonl_records_are_skipped(tmp_path: Path, line: str, why: str) -> None:
    data = brief(folder_with(tmp_path, "bad.jsonl", line + "\n"))
    (bad,) = skipped(data)
    assert bad["source"].endswith("bad.jsonl:1") and why in bad["detail"]
    assert len(data["stories"]) == 1  # type: ignore[arg-type]


def test_lone_surrogates_and_bad_urls_are_made_safe(tmp_path: Path) -> None:
    record = {
        "id": "x\ud800y",
        "url": "http://[::1",
        "story": "s\udfff",
        "title": "Floods",
        "text": GOOD.split("\n\n", 1)[1],
    }
    hostile = {**record, "id": "js", "url": "javascript:alert(1)", "story": "t"}
    lines = json.dumps(record) + "\n" + json.dumps(hostile) + "\n"
    data = brief(folder_with(tmp_path, "odd.jsonl", lines))
    articles = [a for s in data["stories"] for a in s["articles"]]  # type: ignore[attr-defined]
    assert {a["id"] for a in articles} >= {"x\ufffdy", "js"}
    urls = {a["id"]: a["url"] for a in articles}
    assert urls["js"] is None  # a javascript: address is never passed on


def test_dates_at_the_ends_of_the_calendar(tmp_path: Path) -> None:
    text = "Officials said the flood began three days earlier than the first warning on {d}."
    for n, day in enumerate(("0001-01-01", "9999-12-31")):
        (tmp_path / f"edge{n}.txt").write_text(
            f"date {day}\n\n" + text.format(d="January 1, 0001") + " It rained again tomorrow.",
            encoding="utf-8",
        )
    data = brief(folder_with(tmp_path, "plain.txt", GOOD))
    assert len(data["stories"]) >= 1  # type: ignore[arg-type]
    match = DATE_RE.search("three days earlier")
    assert match is not None
    assert resolve_date(match, None, anchor=__import__("datetime").date(1, 1, 1)) is None


def test_utf8_with_one_stray_byte_stays_utf8() -> None:
    data = "Café owners in Zürich said “nine” people were hurt.".encode() + b"\x92 ok"
    text = decode(data, "f.txt")
    assert isinstance(text, str) and "Zürich" in text and "“nine”" in text
    legacy = "Caf\xe9 owners in Z\xfcrich said".encode("cp1252")
    assert decode(legacy, "g.txt") == "Café owners in Zürich said"


def test_a_cut_sgml_doc_is_reported(tmp_path: Path) -> None:
    doc = (
        "<DOC><DOCNO> APW20240312.0001 </DOCNO><DATE_TIME> 2024-03-12 </DATE_TIME><TEXT>"
        + GOOD.split("\n\n", 1)[1]
        + "</TEXT></DOC>\n"
    )
    data = brief(folder_with(tmp_path, "wire.sgml", doc + doc.replace("0001", "0002")[:120]))
    (cut,) = skipped(data)
    assert "wire.sgml:" in cut["source"] and "no </DOC>" in cut["detail"]


def test_links_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(GOOD.replace("Port Amsel", "Secretville"), encoding="utf-8")
    inside = tmp_path / "in"
    inside.mkdir()
    (inside / "good.txt").write_text(GOOD, encoding="utf-8")
    (inside / "link.txt").symlink_to(outside)
    data = brief(inside)
    (link,) = skipped(data)
    assert "outside" in link["detail"] and "not followed" in link["detail"]
    assert "Secretville" not in json.dumps(data)


def test_odd_file_names_stay_inside_markdown_code(tmp_path: Path) -> None:
    name = "evil`<img src=x onerror=alert(1)>`\nname.txt"
    folder = folder_with(tmp_path, name, GOOD)
    result = CliRunner().invoke(app, ["brief", str(folder), "--embedder", "hashing", "-q"])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stdout.splitlines() if "evil" in x)
    assert md_code(str(folder / name)) in line
    assert md_code("a``b") == "```a``b```" and md_code("`x") == "`` `x ``"


def test_non_utf8_file_name_gives_utf8_json(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    folder = folder_with(tmp_path, name, GOOD)
    data = brief(folder)
    sources = [a["source"] for s in data["stories"] for a in s["articles"]]  # type: ignore[attr-defined]
    assert any("caf\ufffd" in s for s in sources)


def test_failed_run_leaves_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "old.json"
    out.write_text("previous brief", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["brief", str(tmp_path / "missing-model"), "--model", "/nonexistent", "-o", str(out)]
    )
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "previous brief"
    assert not list(tmp_path.glob(".old.json.*"))


def test_a_text_longer_than_any_article_is_skipped_quickly(tmp_path: Path) -> None:
    from newsbrief.pipeline import read_articles
    from newsbrief.settings import Settings

    sentence = "The committee met again on Tuesday to discuss the harbour budget and the ferry. "
    path = tmp_path / "dump.txt"
    path.write_text(sentence * 26_000, encoding="utf-8")  # ~2 MB, ~360,000 words
    articles, skipped = read_articles([str(path)], settings=Settings())
    assert articles == []
    (item,) = skipped
    assert item.reason == SkipReason.TOO_LARGE
    assert "longer than any news article" in item.detail and "max_words" in item.detail
