"""How brief mode's time and memory grow with its input.

    .venv/bin/python bench/growth.py [--base 50] [--factors 1,4,16] [--embedder model|hashing]

Protocol: generate an invented corpus of ``base × factor`` distinct articles (stories of five
articles about one invented event each; every article is written afresh from templates with its
own wording, names and figures: no copies), write it as one JSONL file without ``story`` fields,
then run ``newsbrief brief FILE --no-analysis --format json`` in a fresh process per size and
report wall time (whole command, model load included), time per article past the 1× run, and
the process's peak RSS.  Sizes run smallest first; each is one run (the model load, about 4 s,
dominates the smallest size, so the per-article figure is taken on the growth between sizes).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EVENTS = [
    ("fire", "A fire broke out at the {place} {site} on {day}", "firefighters", "homes evacuated"),
    ("flood", "Floodwater swept through {place} after the {river} burst its banks on {day}",
     "rescuers", "residents moved to shelters"),
    ("strike", "Workers at the {place} {site} walked out on {day} over pay",
     "union members", "shifts cancelled"),
    ("quake", "An earthquake of magnitude {mag} shook {place} early on {day}",
     "engineers", "buildings damaged"),
    ("storm", "A storm with winds of {speed} km/h hit the coast near {place} on {day}",
     "crews", "households without power"),
]  # fmt: skip
SITES = ["textile mill", "harbour depot", "grain store", "rail yard", "paper plant", "dockyard"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SYLLABLES = "ka lo mar ven tis bro del sun ra fel gor han ith jul kem nor pav quil rus tam".split()  # noqa: SIM905
VERBS = ["said", "told reporters", "confirmed", "announced", "reported"]
OFFICIALS = ["mayor", "police chief", "fire chief", "council leader", "regional governor"]


def name(rng: random.Random, parts: int = 3) -> str:
    # Three syllables of twenty: 8,000 names, so invented places and people rarely collide
    # (two stories sharing a place name would rightly be grouped together).
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def story_facts(rng: random.Random, n: int) -> dict[str, str | int]:
    kind, lead, workers, effect = EVENTS[n % len(EVENTS)]
    return {
        "kind": kind,
        "lead": lead,
        "workers": workers,
        "effect": effect,
        "place": f"{name(rng)} {name(rng, 2)}",
        "site": rng.choice(SITES),
        "river": f"{name(rng)} River",
        "day": rng.choice(DAYS),
        "mag": rng.randint(4, 7),
        "speed": rng.randint(90, 180),
        "official": f"{name(rng)} {name(rng, 3)}",
        "role": rng.choice(OFFICIALS),
        "count": rng.randint(20, 900),
        "hurt": rng.randint(2, 40),
    }


def article(rng: random.Random, facts: dict[str, str | int], k: int) -> str:
    """One outlet's report: the same event in its own words and figures."""
    f = dict(facts)
    count = int(f["count"]) + rng.randint(-10, 10) * k
    hurt = int(f["hurt"]) + rng.randint(0, 3)
    lead = str(f["lead"]).format(**f)
    sentences = [
        f"{lead}, {rng.choice(VERBS).replace('told reporters', 'officials said')}.",
        f"About {count} {f['effect']} as {f['workers']} worked through the night.",
        f"{hurt} people were taken to hospital, the {f['role']} {f['official']} "
        f"{rng.choice(VERBS)}.",
        f"Residents of {f['place']} described scenes of confusion on {f['day']} evening.",
        f"The {f['role']} said an inquiry would look at what happened at the {f['site']}.",
        f"Local businesses in {f['place']} expect disruption for {rng.randint(2, 9)} days.",
        f"A spokesperson for the {f['workers']} said crews had been on duty since dawn.",
        f"Report {k} on the {f['kind']} in {f['place']} ends with a note from the desk.",
    ]
    rng.shuffle(sentences[1:])
    return " ".join(sentences[: 5 + k % 3])


def corpus(size: int, seed: int = 1) -> list[dict[str, str]]:
    rng = random.Random(seed)
    out: list[dict[str, str]] = []
    n = 0
    while len(out) < size:
        facts = story_facts(rng, n)
        for k in range(5):
            if len(out) < size:
                out.append({"id": f"s{n}-a{k}", "text": article(rng, facts, k)})
        n += 1
    return out


RUNNER = (
    "import resource, runpy, sys\n"
    "sys.argv = ['newsbrief'] + sys.argv[1:]\n"
    "try:\n"
    "    runpy.run_module('newsbrief.cli', run_name='__main__')\n"
    "except SystemExit as exc:\n"
    "    code = exc.code\n"
    "finally:\n"
    "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "    print(f'PEAK_KB {peak}', file=sys.stderr)\n"
)


def run_once(path: Path, embedder: str) -> tuple[float, int, int]:
    """(seconds, peak RSS in KB, stories) of one ``newsbrief brief`` process."""
    cmd = [sys.executable, "-c", RUNNER, "brief", str(path), "--no-analysis", "--format", "json",
           "--embedder", embedder, "-q"]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"newsbrief failed on {path}: {done.stderr[-2000:]}")
    peak = next(int(line.split()[1]) for line in done.stderr.splitlines() if "PEAK_KB" in line)
    stories = len(json.loads(done.stdout)["stories"])
    return seconds, peak, stories


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=int, default=50)
    parser.add_argument("--factors", default="1,4,16")
    parser.add_argument("--embedder", default="model", choices=("model", "hashing"))
    args = parser.parse_args(argv)
    factors = [int(f) for f in args.factors.split(",")]
    print(__doc__.strip().split("\n\n", 2)[2].replace("\n", " "))
    print(f"embedder: {args.embedder}; base: {args.base} articles\n")
    print(f"{'size':>5} {'articles':>8} {'stories':>7} {'seconds':>8} {'ms/article*':>11} "
          f"{'peak MB':>8}")  # fmt: skip
    first: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for factor in factors:
            size = args.base * factor
            path = Path(tmp) / f"corpus-{size}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in corpus(size)), encoding="utf-8")
            seconds, peak, stories = run_once(path, args.embedder)
            if first is None:
                first = (size, seconds)
                per = "-"
            else:
                per = f"{1000 * (seconds - first[1]) / (size - first[0]):.1f}"
            print(f"{factor:>4}x {size:>8} {stories:>7} {seconds:>8.2f} {per:>11} "
                  f"{peak / 1024:>8.0f}")  # fmt: skip
    print("\n* time per added article over the 1x run (model load and start-up cancel out)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
