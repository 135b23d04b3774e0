"""Third-party text stays out of the repository: ``bench/text_overlap.py`` finds runs of words
the repository shares with the real articles under ``../shared`` (invented text below; the
guard on the README and the source skips cleanly without the data)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# Page furniture the cleaning rules must match as pages print it (sign-up boxes, crawl
# notices, wire editors' notes): patterns, not anyone's reporting.
FURNITURE = ("read/units.py", "read/notices.py", "read/sgml.py")


def _overlap() -> ModuleType:
    spec = importlib.util.spec_from_file_location("text_overlap", ROOT / "bench/text_overlap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_run_is_a_chain_of_shared_six_word_shingles() -> None:
    overlap = _overlap()
    article = (
        "The harbour board voted on Tuesday to close the north quay for repairs that will "
        "last until the end of the spring season, the chairwoman said."
    )
    known = set(overlap._shingles(overlap._words(article)))
    copied = (
        "Notes: the board voted on Tuesday to close the north quay for repairs that will last "
        "until the end of the spring, said a clerk."
    )
    runs = overlap.shared_runs(copied, known, 12)
    assert runs == [
        "board voted on tuesday to close the north quay for repairs that will last until the "
        "end of the spring"
    ]
    # A set phrase shorter than the run asked for is no copy.
    assert overlap.shared_runs("It will last until the end of the spring.", known, 12) == []


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the real articles)")
def test_the_readme_and_the_source_hold_no_copied_prose() -> None:
    overlap = _overlap()
    known = {
        g for text in overlap.article_texts(SHARED) for g in overlap._shingles(overlap._words(text))
    }
    files = [ROOT / "README.md", *sorted((ROOT / "src").rglob("*.py"))]
    copied = [
        f"{path.relative_to(ROOT)}: {run}"
        for path in files
        if not str(path).endswith(FURNITURE)
        for run in overlap.shared_runs(path.read_text(encoding="utf-8"), known, 12)
    ]
    assert copied == []
