"""Summary cost per story: embedding (the article facts) and choosing the summary.

Protocol: the first ``--clusters`` DUC 2003 TDT clusters (default 10), each cut to its first
10 articles after the real cleaning stage; per story, time ``article.facts.extract`` with the
real MiniLM embedder and with the model-free hashing embedder (analysis off: summary only), and
``story.brief.brief_story`` (dedup off, the summary and the citation check) with the summary's
two representations: "lexical" (the default, counts of words and word pairs) and "embedding"
(the stored MiniLM sentence vectors); print the median over the stories of each.  The model
is loaded and warmed up before timing.
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
from newsbrief.eval.evaluate import clean_cluster
from newsbrief.eval.protocols import load_tdt
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
    hashing = Backends(embedder=make_embedder(settings.embed, "hashing"))
    embedded = replace(
        settings.brief, summarize=replace(settings.summarize, representation="embedding")
    )
    times: dict[str, list[float]] = {
        "facts, MiniLM sentence embeddings": [],
        "facts, hashing embedder (no model)": [],
        "brief_story, lexical summary (default)": [],
        "brief_story, embedding summary": [],
    }
    for cluster in load_tdt(args.duc)[: args.clusters]:
        articles = clean_cluster(cluster, settings)[0][:10]
        tick = time.perf_counter()
        facts = [extract(a, settings=settings.extract, backends=backends) for a in articles]
        times["facts, MiniLM sentence embeddings"].append(time.perf_counter() - tick)
        tick = time.perf_counter()
        [extract(a, settings=settings.extract, backends=hashing) for a in articles]
        times["facts, hashing embedder (no model)"].append(time.perf_counter() - tick)
        kept = [f for f in facts if isinstance(f, ArticleFacts)]
        story = Story(id=cluster.id, article_ids=tuple(f.article.id for f in kept))
        for label, brief_settings in (
            ("brief_story, lexical summary (default)", settings.brief),
            ("brief_story, embedding summary", embedded),
        ):
            tick = time.perf_counter()
            brief_story(story, kept, settings=brief_settings)
            times[label].append(time.perf_counter() - tick)
    n = len(times["brief_story, embedding summary"])
    print(f"{n} stories of 10 articles (DUC 2003 TDT), median per story:")
    for label, values in times.items():
        print(f"  {label}: {statistics.median(values):.3f} s")


if __name__ == "__main__":
    main()
