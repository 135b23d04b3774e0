"""Every conflict the tool reports on real coverage outside the held-out sets, for an audit.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/all_conflicts.py [--shared DIR] [--out FILE.jsonl]

Protocol: each Multi-News validation line with two or more documents and each DUC 2003
cluster is briefed as one story, as ``bench/real_conflicts.py`` does it (readers and
cleaning, facts per article with spaCy, ``brief_story``; the hashing embedder stands in for
MiniLM).  Clusters of the held-out conflict files (``real_conflicts_test_a``/``_b``) are left
out, so an audit never reads them.  Printed (and written to ``--out``): one line per conflict
with its cluster, kind, subject and values; ``--out`` also keeps each side's articles.  No
article text is written: a reader judges each conflict against the sources.

``bench/data/conflict_audit.json`` holds one such audit: for every conflict listed at a
commit, the judgement of a reader who read both sides' sentences (right: the two sides are one
thing told two ways and the kind is right; wrong: two things, or the wrong kind), with the
reason in the reader's words.  It is a tuning audit, not a blind one: its reader also wrote
the rules that changed after it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from real_conflicts import SHARED, cluster_articles

from newsbrief.backends.aliases import load_alias_groups
from newsbrief.backends.embed import HashingEmbedder
from newsbrief.backends.loaded import Backends
from newsbrief.backends.nlp import Nlp
from newsbrief.run.local import brief_as_story
from newsbrief.settings import Settings

HELD_OUT = ("real_conflicts_test_a.json", "real_conflicts_test_b.json")


def clusters(shared: Path) -> Iterator[str]:
    """Multi-News lines of two or more documents, then DUC 2003 clusters; held-out ones out."""
    data = Path(__file__).resolve().parent / "data"
    held = {c["cluster"] for f in HELD_OUT for c in json.loads((data / f).read_text())["clusters"]}
    lines = shared / "eval" / "multinews-val" / "multinews-val.jsonl"
    names = []
    if lines.exists():
        for line in lines.open(encoding="utf-8"):
            row = json.loads(line) if line.strip() else {}
            if len(row.get("documents", [])) > 1:
                names.append(row["id"])
    duc = shared / "eval" / "duc2003" / "docs"
    names += sorted(p.name for p in duc.iterdir()) if duc.exists() else []
    yield from (n for n in names if n not in held)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    settings = Settings()
    backends = Backends(HashingEmbedder(), Nlp(), load_alias_groups(settings.analysis))
    out = args.out.open("w", encoding="utf-8") if args.out else None
    count = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in clusters(args.shared):
            articles = cluster_articles(name, args.shared, Path(tmp))
            if len(articles) < 2:
                continue
            brief = brief_as_story(articles, story_id=name, settings=settings, backends=backends)
            for c in brief.conflicts:
                count += 1
                values = [s.value for s in c.sides]
                print(f"{name}\t{c.kind}\t{c.subject}\t{values}", flush=True)
                if out is not None:
                    sides = [
                        {"value": s.value, "articles": sorted({x.article for x in s.citations})}
                        for s in c.sides
                    ]
                    row = {"cluster": name, "kind": c.kind, "subject": c.subject, "sides": sides}
                    out.write(json.dumps(row) + "\n")
    if out is not None:
        out.close()
    print(f"= {count} conflicts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
