"""Summary cost per story: embedding (the article facts) and choosing the summary.

Protocol: the first ``--clusters`` DUC 2003 TDT clusters (default 10), each cut to its first
10 articles after the real cleaning stage; per story, time ``article.facts.extract`` with the
real MiniLM embedder (analysis off: summary only) and ``story.brief.brief_story`` (dedup off,
the summary and the citation check); print the median over the stories of each.  The model is
loaded and warmed up before timing.
Run:  HF_HUB_OFFLINE=1 .venv/bin/python bench/summary_speed.py [--duc ../shared/eval/duc2003]
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from pathlib import Path

from newsbrief.article.facts import extract
from newsbrief.backends.embed import make_embedder
from newsbrief.backends.loaded import Backends
from newsbrief.eval.evaluate import _load_tdt, clean_cluster
from newsbrief.models import ArticleFacts, Story
from newsbrief.settings import Settings
from newsbrief.story.brief import brief_story


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duc", type=Path, default=Path("../shared/eval/duc2003"))
    parser.add_argument("--clusters", type=int, default=10)
    args = parser.parse_args()
    settings = replace(Settings(), analyse=False)
    embedder = make_embedder(settings.embed)
    embedder.embed(["warm up"])
    backends = Backends(embedder=embedder)
    embed_times, summary_times = [], []
    for cluster in _load_tdt(args.duc)[: args.clusters]:
        articles = clean_cluster(cluster, settings)[0][:10]
        tick = time.perf_counter()
        facts = [extract(a, settings=settings.extract, backends=backends) for a in articles]
        embed_times.append(time.perf_counter() - tick)
        kept = [f for f in facts if isinstance(f, ArticleFacts)]
        story = Story(id=cluster.id, article_ids=tuple(f.article.id for f in kept))
        tick = time.perf_counter()
        brief_story(story, kept, settings=settings.brief)
        summary_times.append(time.perf_counter() - tick)
    n = len(embed_times)
    print(f"{n} stories of 10 articles (DUC 2003 TDT), median per story:")
    print(f"  facts (MiniLM sentence embeddings): {statistics.median(embed_times):.3f} s")
    print(f"  brief_story (summary + citation check): {statistics.median(summary_times):.3f} s")


if __name__ == "__main__":
    main()
