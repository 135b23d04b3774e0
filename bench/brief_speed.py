"""Speed of brief mode, whole command, as a user runs it.

Protocol: for each input, run `newsbrief brief INPUT --format json -q` three times in a fresh
process each time and report the median wall time; separately, time loading the embedding
model in a fresh process (median of 3) so that model-load cost can be told apart.
Run:  .venv/bin/python bench/brief_speed.py [INPUT …]
Default inputs: ../shared/samples/lebanon-2017-08, and the first 10 articles of DUC 2003
cluster d30003t (copied to a temp folder), when ../shared is present.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXE = Path(sys.executable).with_name("newsbrief")
LOAD = (
    "import os; os.environ['HF_HUB_OFFLINE']='1'; import time; t=time.perf_counter(); "
    "from newsbrief.backends.embed import SentenceEmbedder; SentenceEmbedder().embed(['warm up']); "
    "print(time.perf_counter()-t)"
)


def median_run(args: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def model_load(runs: int = 3) -> float:
    out = [
        float(
            subprocess.run(
                [sys.executable, "-c", LOAD], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(out)


def main(argv: list[str]) -> None:
    inputs = [Path(a) for a in argv]
    tmp = Path(tempfile.mkdtemp())
    if not inputs and SHARED.is_dir():
        inputs.append(SHARED / "samples" / "lebanon-2017-08")
        duc = sorted((SHARED / "eval" / "duc2003" / "docs" / "d30003t").iterdir())[:10]
        (tmp / "duc-d30003t-10").mkdir()
        for f in duc:
            shutil.copy(f, tmp / "duc-d30003t-10" / f.name)
        inputs.append(tmp / "duc-d30003t-10")
    print(f"model load (import + load + first embedding), median of 3: {model_load():.2f} s")
    for path in inputs:
        n = sum(1 for p in path.rglob("*") if p.is_file()) if path.is_dir() else 1
        secs = median_run([str(EXE), "brief", str(path), "--format", "json", "-q"])
        print(f"newsbrief brief {path.name} ({n} files), whole command, median of 3: {secs:.2f} s")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main(sys.argv[1:])
