"""Load test for ``newsbrief serve`` (loopback only, bounded): N concurrent readers for S
seconds while an ingest writes to the same store from another process.

    PYTHONPATH=src python bench/serve_load.py [--readers 50] [--seconds 30]

Builds a store (hashing embedder), starts the server in a child process on 127.0.0.1,
warms the brief cache, then readers loop over: the story list, a search, and a cached brief;
meanwhile ``newsbrief ingest`` runs again and again in another process, adding generated
articles of other events (1,000 a file) until the readers stop.  Prints requests/s, p50/p99
latency per kind, errors, and the CPU time per request of the server and of the load
generator (aiohttp, one keep-alive connection per reader): on a small machine all three share
the cores, so a generator costlier than the server measures itself (httpx did: 4.6 ms a
request against the server's 1.6).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from corpus_scale import generate  # noqa: E402
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


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), to tell server cost from
    load-generator cost: on a small machine both share the same cores."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


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
    # The writer's stream: generated articles of other events (bench/corpus_scale.py's
    # generator), so the readers' briefs stay cached while the store grows under them.
    stream = [more, *generate(folder / "stream", 10_000, 200)]
    assert ingest([first], db).wait() == 0
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "HF_HUB_OFFLINE": "1"}
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        timeout = aiohttp.ClientTimeout(total=10)
        connector = aiohttp.TCPConnector(limit=readers)  # one keep-alive connection a reader
        async with aiohttp.ClientSession(base, timeout=timeout, connector=connector) as client:
            for _ in range(200):
                try:
                    async with client.get("/healthz") as r:
                        if r.status == 200:
                            break
                except aiohttp.ClientConnectionError:
                    pass
                await asyncio.sleep(0.1)
            async with client.get("/api/stories") as r:
                ids = [s["id"] for s in (await r.json())["stories"]]
            for sid in ids:  # warm the cache: the target is a cached brief
                async with client.get(f"/api/stories/{sid}") as r:
                    r.raise_for_status()
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
                        async with client.get(path) as r:
                            await r.read()
                            if r.status != 200:
                                errors.append(f"{path}: {r.status}")
                    except (aiohttp.ClientError, TimeoutError) as exc:
                        errors.append(f"{path}: {exc!r}")
                    lat[kind].append(time.perf_counter() - t)

            async def write() -> list[int]:
                # One ``newsbrief ingest`` after another until the readers stop.
                codes = []
                for path in stream:
                    proc = ingest([path], db)
                    codes.append(await asyncio.to_thread(proc.wait))
                    if time.monotonic() >= stop:
                        break
                return codes

            server_cpu, client_cpu = cpu_seconds(server.pid), own_cpu_seconds()
            started = time.monotonic()
            async with client.get("/healthz") as r:
                before = await r.json()
            writing = asyncio.create_task(write())
            await asyncio.gather(*(reader(n) for n in range(readers)))
            elapsed = time.monotonic() - started
            ingest_codes = await writing
            server_cpu = cpu_seconds(server.pid) - server_cpu
            client_cpu = own_cpu_seconds() - client_cpu
            async with client.get("/healthz") as r:
                after = await r.json()
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
        "cores": os.cpu_count(),
        "server_cpu_ms_per_request": round(server_cpu / max(total, 1) * 1000, 2),
        "load_generator_cpu_ms_per_request": round(client_cpu / max(total, 1) * 1000, 2),
        "errors": len(errors),
        "error_samples": errors[:5],
        "latency_ms": {
            k: {"n": len(v), "p50": pct(v, 50), "p99": pct(v, 99)} for k, v in lat.items()
        },
        "ingest_runs": len(ingest_codes),
        "ingest_exit_codes": sorted(set(ingest_codes)),
        "articles_before": before["articles"],
        "articles_after": after["articles"],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.readers, args.seconds)), indent=2))
