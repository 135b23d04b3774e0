"""Corpus mode through the command line: ingest, stories, brief --db."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import DEMO
from typer.testing import CliRunner

from newsbrief.cli import app
from newsbrief.codec import validate

runner = CliRunner()


def _ok(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_ingest_stories_and_stored_brief(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    report = json.loads(
        _ok(
            [
                "ingest",
                str(DEMO / "corpus"),
                "--db",
                db,
                "--embedder",
                "hashing",
                "--report",
                "json",
            ]
        )
    )
    assert report["stored"] == 7 and report["new_stories"] == 3
    table = _ok(["stories", "--db", db])
    assert "Avalanche traps climbers on Kessel Pass" in table
    stories = json.loads(_ok(["stories", "--db", db, "--format", "json"]))
    assert len(stories) == 3
    assert json.loads(_ok(["stories", "--db", db, "--format", "json", "--since", "2025-04-01"]))
    assert len(json.loads(_ok(["stories", "--db", db, "-f", "json", "--query", "avalanche"]))) == 1
    fire = next(s for s in stories if "Fire" in (s["title"] or ""))
    brief = json.loads(
        _ok(["brief", "--db", db, "--story", fire["id"], "--format", "json", "--no-analysis"])
    )
    validate(brief)
    assert brief["stories"][0]["story"]["id"] == fire["id"]
    md = _ok(["brief", "--db", db, "--story", fire["id"], "--no-analysis"])
    assert "Fire at Northshore Chemical plant" in md
    text = _ok(["ingest", str(DEMO / "corpus"), "--db", db, "--embedder", "hashing"])
    assert "articles stored: 0" in text and "6 unchanged" in text


def test_corpus_commands_fail_clearly(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.db")
    result = runner.invoke(app, ["stories", "--db", missing])
    assert result.exit_code == 2 and "newsbrief ingest" in result.output
    assert not Path(missing).exists()
    result = runner.invoke(app, ["stories", "--db", missing, "--since", "yesterday-ish"])
    assert result.exit_code == 2 and "not a date" in result.output
    db = str(tmp_path / "news.db")
    _ok(["ingest", str(DEMO / "corpus"), "--db", db, "--embedder", "hashing"])
    result = runner.invoke(app, ["brief", "--db", db, "--story", "s000000000000"])
    assert result.exit_code == 2 and "no story" in result.output
    result = runner.invoke(app, ["brief", str(DEMO / "corpus"), "--db", db, "--story", "x"])
    assert result.exit_code == 2 and "either PATHS" in result.output
    result = runner.invoke(app, ["ingest", str(DEMO / "corpus"), "--db", db])
    assert result.exit_code == 2 and "same --embedder" in result.output
