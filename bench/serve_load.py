"""Load test for ``newsbrief serve`` (loopback only, bounded): N concurrent readers for S
seconds while an ingest writes to the same store from another process.

    PYTHONPATH=src python bench/serve_load.py [--readers 50] [--seconds 30]

Builds a store (hashing embedder), starts the server in a child process on 127.0.0.1,
warms the brief cache, then readers loop over: the story list, a search, and a cached brief;
meanwhile ``newsbrief ingest`` adds articles in another process.  Prints requests/s, p50/p99
latency per kind and errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from test_corpus import records_for, write_jsonl  # noqa: E402

SERVER = """
import sys, uvicorn
from pathlib import Path
from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.serve.api import create_app
from newsbrief.settings import Settings
app = create_app(Path(sys.argv[1]), settings=Settings(analyse=False),
                 backends_loader=lambda: Backends(HashingEmbedder()), token=None,
                 topic_model="hashing:packaged")
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ingest(paths: list[Path], db: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "newsbrief.cli", "ingest", *map(str, paths), "--db", str(db)]
    return subprocess.Popen(
        [*cmd, "--embedder", "hashing", "--report", "json"], stdout=subprocess.PIPE
    )


async def main(readers: int, seconds: float) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="newsbrief-load-"))
    db = folder / "load.db"
    events = ["flood", "strike", "quake", "vote"]
    first = write_jsonl(folder / "a.jsonl", records_for(events, 10))
    later = records_for(events, 10, day0=11)
    more = write_jsonl(folder / "b.jsonl", [{**r, "id": r["id"] + "-b"} for r in later])
    assert ingest([first], db).wait() == 0
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "HF_HUB_OFFLINE": "1"}
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=10) as client:
            for _ in range(200):
                try:
                    if (await client.get("/healthz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
            ids = [s["id"] for s in (await client.get("/api/stories")).json()["stories"]]
            for sid in ids:  # warm the cache: the target is a cached brief
                (await client.get(f"/api/stories/{sid}")).raise_for_status()
            lat: dict[str, list[float]] = {"list": [], "search": [], "brief": []}
            errors: list[str] = []
            stop = time.monotonic() + seconds

            async def reader(n: int) -> None:
                rnd = random.Random(n)
                while time.monotonic() < stop:
                    kind = rnd.choice(["list", "search", "brief", "brief"])
                    path = {
                        "list": "/api/stories",
                        "search": "/api/stories?q=" + rnd.choice(events),
                        "brief": f"/api/stories/{rnd.choice(ids)}",
                    }[kind]
                    t = time.perf_counter()
                    try:
                        r = await client.get(path)
                        if r.status_code != 200:
                            errors.append(f"{path}: {r.status_code}")
                    except httpx.HTTPError as exc:
                        errors.append(f"{path}: {exc!r}")
                    lat[kind].append(time.perf_counter() - t)

            writer = ingest([more], db)
            started = time.monotonic()
            await asyncio.gather(*(reader(n) for n in range(readers)))
            elapsed = time.monotonic() - started
            ingest_rc = writer.wait()
            after = (await client.get("/healthz")).json()
    finally:
        server.terminate()
        server.wait(10)
    total = sum(len(v) for v in lat.values())

    def pct(values: list[float], q: float) -> float:
        return round(statistics.quantiles(values, n=100)[q - 1] * 1000, 1) if len(values) > 1 else 0

    return {
        "readers": readers,
        "seconds": round(elapsed, 1),
        "requests": total,
        "requests_per_s": round(total / elapsed, 1),
        "errors": len(errors),
        "error_samples": errors[:5],
        "latency_ms": {
            k: {"n": len(v), "p50": pct(v, 50), "p99": pct(v, 99)} for k, v in lat.items()
        },
        "ingest_exit": ingest_rc,
        "articles_after": after["articles"],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.readers, args.seconds)), indent=2))
