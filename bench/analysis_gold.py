"""Precision and recall of the analysis stages on the invented gold set.

    .venv/bin/python bench/analysis_gold.py [GOLD_DIR]

GOLD_DIR defaults to tests/data/gold/analysis (gold.json + invented articles whose first line
may be ``date YYYY-MM-DD``).  Tasks scored per story and summed:
- aliases: pairs of gold names put in one entity (names in different gold groups must not be);
- quantities: (unit, value) figures found;
- agreements / conflicts: matched by unit and values; a conflict also needs the gold kind;
- timeline: (date, sentence containing the gold words) events;
- quotes: (speaker, opening words).
tests/test_analyse.py runs the same scoring and holds it to minimum scores.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from newsbrief.article.durations import DURATION_CLASS
from newsbrief.backends.aliases import load_alias_groups
from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.backends.nlp import Nlp
from newsbrief.models import (
    Article,
    QuantityClaim,
    QuoteClaim,
    Sentence,
    StoryBrief,
)
from newsbrief.read.clean import split_sentences
from newsbrief.run.local import brief_as_story
from newsbrief.settings import AnalysisSettings, Settings
from newsbrief.story.ages import AGE_CLASS

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold" / "analysis"
_NOT_LISTED = frozenset({AGE_CLASS, DURATION_CLASS})
TASKS = ("aliases", "quantities", "agreements", "conflicts", "timeline", "quotes")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, found: Iterable[Any], gold: Iterable[Any], label: str) -> None:
        found_set, gold_set = set(found), set(gold)
        self.tp += len(found_set & gold_set)
        self.fp += len(found_set - gold_set)
        self.fn += len(gold_set - found_set)
        self.misses += [f"{label}: missed {g}" for g in sorted(map(str, gold_set - found_set))]
        self.misses += [f"{label}: extra {f}" for f in sorted(map(str, found_set - gold_set))]


def read_article(path: Path) -> Article:
    """An Article from an invented text file (first line ``date YYYY-MM-DD`` optional)."""
    raw = path.read_text(encoding="utf-8")
    published = None
    header = re.match(r"date (\d{4}-\d{2}-\d{2})\n", raw)
    if header:
        published, raw = header.group(1), raw[header.end() :]
    text = raw.strip()
    sentences = tuple(Sentence(s, e, text[s:e]) for s, e in split_sentences(text))
    return Article(
        id=path.stem,
        source=str(path),
        text=text,
        sentences=sentences,
        published=published,
        published_from="header" if published else "none",
    )


def story_inputs(gold_dir: Path, story: dict[str, Any]) -> tuple[list[Article], AnalysisSettings]:
    articles = [read_article(gold_dir / name) for name in story["articles"]]
    files = tuple(str(gold_dir / f) for f in story.get("alias_files", ()))
    return articles, AnalysisSettings(alias_files=files)


def analyse(articles: Sequence[Article], settings: AnalysisSettings, nlp: Nlp) -> StoryBrief:
    """The story's brief as the product makes it: facts per article, then ``brief_story``.
    (The hashing embedder stands in for MiniLM: the summary is not scored here.)"""
    backends = Backends(HashingEmbedder(), nlp, load_alias_groups(settings))
    return brief_as_story(
        articles, story_id="gold", settings=Settings(analysis=settings), backends=backends
    )


def score_story(
    story: dict[str, Any],
    articles: Sequence[Article],
    result: StoryBrief,
    scores: dict[str, Score],
) -> None:
    name = story["name"]
    by_id = {a.id: a for a in articles}
    group_of = {n: i for i, group in enumerate(story["aliases"]) for n in group}
    entity_of = {a.text: e.name for e in result.entities for a in e.aliases}
    names = sorted(group_of)
    gold_pairs = {(a, b) for a, b in combinations(names, 2) if group_of[a] == group_of[b]}
    found_pairs = {
        (a, b)
        for a, b in combinations(names, 2)
        if a in entity_of and entity_of.get(a) == entity_of.get(b)
    }
    scores["aliases"].add(found_pairs, gold_pairs, name)

    def unit_of(text: str) -> str:
        # As for agreements and conflicts: the gold unit the found unit names ("measles
        # cases" -> cases, "metres dam" -> metres), else the found unit.
        return _gold_unit(text.casefold(), story)

    scores["quantities"].add(
        {
            (unit_of(c.unit), c.value)
            for c in result.claims
            # The invented sets' convention: ages, durations and figures inside quotation
            # marks are not quantities (their "about" says so); the product marks all three
            # (since stop 46 all are figures it reports, as the real-coverage sets list them).
            if isinstance(c, QuantityClaim)
            and c.predicate_class not in _NOT_LISTED
            and not c.quoted
        },
        {(unit_of(q["unit"]), float(q["value"])) for q in story["quantities"]},
        name,
    )
    scores["agreements"].add(
        # Figures only: date agreements ("2025-11-07" in two articles) are not in the gold.
        {
            (_gold_unit(a.subject, story), float(a.value))
            for a in result.agreements
            if not isinstance(a.value, str)
        },
        {(g["unit"], float(g["value"])) for g in story["agreements"]},
        name,
    )
    found_conflicts = set()
    for c in result.conflicts:
        unit = _gold_unit(c.subject, story)
        gold = next((g for g in story["conflicts"] if g["unit"] == unit), None)
        values = {float(s.value) for s in c.sides if not isinstance(s.value, str)}
        if gold is not None and {float(v) for v in gold["values"]} <= values:
            found_conflicts.add((unit, gold["kind"] if c.kind == gold["kind"] else c.kind))
        else:
            found_conflicts.add((c.subject, c.kind))
    scores["conflicts"].add(
        found_conflicts, {(g["unit"], g["kind"]) for g in story["conflicts"]}, name
    )
    found_events = set()
    for ev in result.timeline:
        # A merged event is told by every sentence it cites.
        told = [by_id[c.article].text[c.start : c.end] for c in ev.citations]
        hit = [
            g
            for g in story["timeline"]
            if g["date"] == ev.date and any(g["contains"] in t for t in told)
        ]
        found_events |= {(g["date"], g["contains"]) for g in hit} or {(ev.date, ev.text[:40])}
    scores["timeline"].add(
        found_events, {(g["date"], g["contains"]) for g in story["timeline"]}, name
    )
    found_quotes = set()
    for q in (c for c in result.claims if isinstance(c, QuoteClaim)):
        who = q.entity or q.speaker or ""
        hit = [g for g in story["quotes"] if q.words.startswith(g["starts"])]
        found_quotes |= {(who, g["starts"]) for g in hit} or {(who, q.words[:20])}
    scores["quotes"].add(found_quotes, {(g["speaker"], g["starts"]) for g in story["quotes"]}, name)


def _gold_unit(subject: str, story: dict[str, Any]) -> str:
    units = {q["unit"] for q in story["quantities"]}
    return next((u for u in sorted(units, key=len, reverse=True) if u in subject), subject)


def run(gold_dir: Path = GOLD, nlp: Nlp | None = None) -> dict[str, Score]:
    gold = json.loads((gold_dir / "gold.json").read_text(encoding="utf-8"))
    nlp = nlp or Nlp()
    scores = {task: Score() for task in TASKS}
    for story in gold["stories"]:
        articles, settings = story_inputs(gold_dir, story)
        score_story(story, articles, analyse(articles, settings, nlp), scores)
    return scores


def main(argv: Sequence[str]) -> int:
    gold_dir = Path(argv[1]) if len(argv) > 1 else GOLD
    scores = run(gold_dir)
    print(f"{'task':<12} {'P':>6} {'R':>6}   tp  fp  fn")
    for task, s in scores.items():
        print(f"{task:<12} {s.precision:6.2f} {s.recall:6.2f}  {s.tp:3d} {s.fp:3d} {s.fn:3d}")
    for task, s in scores.items():
        for miss in s.misses:
            print(f"  {task}: {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
