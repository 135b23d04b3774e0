"""End to end through the command line, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import DEMO
from typer.testing import CliRunner

from newsbrief.cli import app
from newsbrief.codec import validate

runner = CliRunner()


def _json(args: list[str], stdin: str | None = None) -> dict[str, object]:
    result = runner.invoke(app, ["brief", *args, "--format", "json", "-q"], input=stdin)
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    validate(data)
    return data


def test_demo_corpus_gives_three_stories_with_valid_citations() -> None:
    data = _json([str(DEMO / "corpus")])
    stories = data["stories"]
    assert isinstance(stories, list)
    groups = sorted(
        sorted(Path(a["source"]).name.split(":")[0] for a in s["articles"]) for s in stories
    )
    assert groups == [
        ["alpine-news.jsonl", "alpine-news.jsonl", "summit-report.txt"],
        ["coastal-roundup.txt", "elmsworth-courier.html", "harbor-wire.txt"],
        ["library-seeds.txt"],
    ]
    for story in stories:
        texts = {a["id"]: a["text"] for a in story["articles"]}
        assert story["summary"]
        assert sum(len(s["text"].split()) for s in story["summary"]) <= 100
        for sent in story["summary"]:
            first = sent["citations"][0]
            assert texts[first["article"]][first["start"] : first["end"]] == sent["text"]
            for c in sent["citations"]:
                assert texts[c["article"]][c["start"] : c["end"]].strip()


def test_markdown_and_html_and_output_file(tmp_path: Path) -> None:
    md = runner.invoke(app, ["brief", str(DEMO / "corpus"), "--max-words", "40", "-q"])
    assert md.exit_code == 0 and "## Sources" in md.stdout and "[1]" in md.stdout
    out = tmp_path / "brief.html"
    html = runner.invoke(app, ["brief", str(DEMO / "corpus"), "-f", "html", "-o", str(out), "-q"])
    assert html.exit_code == 0 and html.stdout == ""
    assert out.read_text().startswith("<!DOCTYPE html>")


def test_stdin_and_skipped_inputs(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "empty.txt").write_text("")
    text = (DEMO / "corpus" / "summit-report.txt").read_text()
    data = _json(["-", str(tmp_path)], stdin=text)
    assert len(data["stories"]) == 1  # type: ignore[arg-type]
    reasons = {Path(k["source"]).name: k["reason"] for k in data["skipped"]}  # type: ignore[attr-defined]
    assert reasons == {
        "bad.txt": "binary",
        "empty.txt": "empty",
        "photo.png": "unsupported-format",
    }


def test_console_script_reports_on_stderr() -> None:
    exe = Path(sys.executable).with_name("newsbrief")
    done = subprocess.run(
        [str(exe), "brief", str(DEMO / "corpus" / "library-seeds.txt"), "--embedder", "hashing"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert "# Eastbrook library opens seed-lending shelf" in done.stdout
    assert "1 article (0 near-duplicates), 1 story, 0 skipped" in done.stderr


def test_bad_option_is_a_clear_error() -> None:
    result = runner.invoke(app, ["brief", str(DEMO), "--embedder", "nope"])
    assert result.exit_code == 2
    assert "unknown embedder backend" in result.output
