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
# notices, wire editors' notes): patterns, not anyone's reporting; and the tests of those
# rules, which give the furniture as pages print it.
FURNITURE = ("read/units.py", "read/notices.py", "read/sgml.py")
FURNITURE_TESTS = ("test_clean.py", "test_furniture.py", "test_stories_index.py")


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
    # The README quotes no run of 8 words; a comment in the source none of 10 (set phrases and
    # names are shorter).
    files = [(ROOT / "README.md", 8), *((p, 10) for p in sorted((ROOT / "src").rglob("*.py")))]
    copied = [
        f"{path.relative_to(ROOT)}: {run}"
        for path, words in files
        if not str(path).endswith(FURNITURE)
        for run in overlap.shared_runs(path.read_text(encoding="utf-8"), known, words)
    ]
    assert copied == []


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared (the real articles)")
def test_the_tests_hold_no_copied_prose() -> None:
    """Runs of 12 words in a test are furniture the cleaning rules also match (a paywall's
    offer, a sign-up box), never reporting."""
    overlap = _overlap()
    known = {
        g for text in overlap.article_texts(SHARED) for g in overlap._shingles(overlap._words(text))
    }
    furniture = {
        g
        for name in FURNITURE
        for g in overlap._shingles(
            overlap._words((ROOT / "src/newsbrief" / name).read_text(encoding="utf-8"))
        )
    }
    copied = [
        f"{path.name}: {run}"
        for path in sorted((ROOT / "tests").glob("*.py"))
        if path.name not in FURNITURE_TESTS
        for run in overlap.shared_runs(path.read_text(encoding="utf-8"), known, 12)
        if not set(overlap._shingles(run.split())) <= furniture
    ]
    assert copied == []
