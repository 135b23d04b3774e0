"""The Spark job's DataFrame steps between the tasks (``run.spark`` runs them in order):
new articles made unique, stories per window with their memberships, briefs kept or built,
the quarantine table.  pyspark is imported inside each function (``run.spark`` says why)."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from newsbrief.index.stories import published_day
from newsbrief.run.spark_io import InputFile
from newsbrief.run.spark_tasks import (
    BRIEF_SCHEMA,
    GROUP_SCHEMA,
    brief_group,
    group_window,
)
from newsbrief.run.spark_windows import cut_windows
from newsbrief.settings import Settings

QUARANTINE_COLUMNS = ("input", "source", "reason", "detail", "offset")


def fresh_articles(read: Any, previous: Any | None) -> Any:
    """The new article rows: records already in DIR (same id and text) and repeats within the
    run dropped (the first in canonical order kept), repeated ids renamed ``x~2``, ``x~3``."""
    from pyspark.sql import Column, Window
    from pyspark.sql import functions as F

    order: list[Column | str] = [
        F.col("published").isNull(),
        F.coalesce("published", F.lit("")),
        "id",
        "input",
        "ordinal",
    ]
    articles = read.where(F.col("kind") == "article")
    if previous is not None:
        articles = articles.join(previous.select("record_hash"), "record_hash", "left_anti")
    first = Window.partitionBy("record_hash").orderBy(*order)
    articles = articles.withColumn("n", F.row_number().over(first)).where(F.col("n") == 1)
    taken = F.lit(0)
    if previous is not None:
        ids = previous.select("id").withColumn("old", F.lit(1))
        articles = articles.join(ids, "id", "left").withColumn("old", F.coalesce("old", F.lit(0)))
        taken = F.col("old")
    same_id = Window.partitionBy("id").orderBy(*order)
    n = F.row_number().over(same_id) + taken
    articles = articles.withColumn("n", n).withColumn(
        "id", F.when(F.col("n") == 1, F.col("id")).otherwise(F.concat_ws("~", "id", "n"))
    )
    return articles.select("id", "record_hash", "input", "ordinal", "article", "source")


def assign_stories(
    facts: Any,
    duplicates: Any,
    previous: Any | None,
    settings: Settings,
    spark: Any,
) -> tuple[Any, Any, int]:
    """(stories table, memberships (article_id, story_id) of every article, windows)."""
    from pyspark.sql import functions as F

    canonical = facts.join(duplicates.select(F.col("article_id").alias("id")), "id", "left_anti")
    canonical = canonical.withColumn("day", F.substring("published", 1, 10))
    days: Counter[Any] = Counter()
    by_text: dict[str | None, Any] = {}
    for row in canonical.groupBy("day").count().collect():
        day = published_day(row["day"])
        by_text[row["day"]] = day
        days[day] += int(row["count"])
    cluster = replace(settings.cluster, max_story_terms=settings.corpus.story_terms)
    window_of = cut_windows(
        days, max_articles=settings.corpus.active_articles, max_gap_days=cluster.max_gap_days
    )
    mapping = spark.createDataFrame(
        [(text, window_of[day]) for text, day in by_text.items()], "day string, window int"
    )
    items = canonical.join(mapping, canonical.day.eqNullSafe(mapping.day)).drop(mapping.day)
    items = items.select(
        "id",
        "topic",
        "terms",
        "term_counts",
        "published",
        "title",
        "window",
        F.get_json_object("article", "$.language").alias("language"),
        F.get_json_object("article", "$.story_hint").alias("story_hint"),
    )
    if previous is not None:
        old = previous.select(
            F.explode("articles").alias("id"),
            F.col("id").alias("old_story"),
            F.col("rank").alias("old_rank"),
        )
        items = items.join(old, "id", "left")
    else:
        items = items.withColumn("old_story", F.lit(None).cast("string")).withColumn(
            "old_rank", F.lit(None).cast("int")
        )
    grouped = items.groupBy("window").applyInPandas(group_window(cluster), GROUP_SCHEMA)
    grouped = grouped.persist()
    sizes = {int(r["window"]): int(r["count"]) for r in grouped.groupBy("window").count().collect()}
    offsets, total = {}, 0
    for number in sorted(sizes, key=lambda w: (w < 0, w)):  # undated window last
        offsets[number], total = total, total + sizes[number]
    offset = spark.createDataFrame(list(offsets.items()), "window int, offset int")
    grouped = grouped.join(offset, "window").withColumn(
        "rank", F.col("offset") + F.col("local_rank")
    )
    own = grouped.select(F.explode("members").alias("article_id"), "story_id")
    dup = duplicates.join(own.withColumnRenamed("article_id", "canonical_id"), "canonical_id")
    members = own.unionByName(dup.select("article_id", "story_id"))
    dated = members.join(facts.select(F.col("id").alias("article_id"), "published"), "article_id")
    seen = dated.groupBy("story_id").agg(
        F.min(F.substring("published", 1, 10)).alias("first_seen"),
        F.max(F.substring("published", 1, 10)).alias("last_seen"),
        F.array_sort(F.collect_list("article_id")).alias("articles"),
    )
    stories = grouped.join(seen, "story_id").select(
        F.col("story_id").alias("id"),
        "rank",
        "title",
        "first_seen",
        "last_seen",
        "articles",
        "state",
        "vector_sum",
        "window",
    )
    return stories, members, len(set(window_of.values()))


def settings_key(settings: Settings) -> str:
    """What a brief depends on besides its story (as ``run.stored.settings_key``)."""
    return hashlib.sha256(repr(settings.brief).encode()).hexdigest()[:16]


def build_briefs(
    facts: Any,
    duplicates: Any,
    stories: Any,
    members: Any,
    prev: dict[str, Any],
    settings: Settings,
) -> tuple[Any, int]:
    """(story_id, settings, brief, quarantine…): built for stories whose members changed, the
    previous brief kept for the others."""
    from pyspark.sql import functions as F

    key = settings_key(settings)
    # What the brief of a story depends on, besides the settings and its members' facts.
    shape = F.sha2(F.to_json(F.struct("articles", "title", "first_seen", "last_seen")), 256)
    todo = stories.select(
        F.col("id").alias("story_id"), "title", "first_seen", "last_seen", shape.alias("shape")
    )
    kept = None
    if "briefs" in prev and "stories" in prev:
        same = prev["stories"].select(F.col("id").alias("story_id"), shape.alias("shape"))
        old = prev["briefs"].where(F.col("settings") == key).join(same, "story_id")
        kept = old.join(todo, ["story_id", "shape"], "left_semi").select(
            "story_id",
            "settings",
            "brief",
            F.lit(None).cast("string").alias("quarantine_reason"),
            F.lit(None).cast("string").alias("quarantine_detail"),
        )
        todo = todo.join(kept.select("story_id"), "story_id", "left_anti")
    rows = (
        members.join(
            todo.select("story_id", F.col("title").alias("story_title"), "first_seen", "last_seen"),
            "story_id",
        )
        .join(duplicates.select(F.col("article_id"), "canonical_id"), "article_id", "left")
        .join(facts.withColumnRenamed("id", "article_id"), "article_id")
        .withColumnRenamed("article_id", "id")
    )
    built = rows.groupBy("story_id").applyInPandas(brief_group(settings), BRIEF_SCHEMA)
    built = built.withColumn("settings", F.lit(key)).select(
        "story_id", "settings", "brief", "quarantine_reason", "quarantine_detail"
    )
    result = built if kept is None else built.unionByName(kept)
    result = result.persist()
    return result, 0 if kept is None else kept.count()


def quarantine_rows(
    read: Any,
    extracted: Any,
    briefs: Any,
    unreadable: Sequence[Any],
    previous: Any | None,
    pending: Sequence[InputFile],
    spark: Any,
) -> Any:
    """Every quarantined record: skipped while reading or cleaning, failed in extract or brief,
    files that could not be listed; rows of earlier runs for inputs not read again."""
    from pyspark.sql import functions as F

    schema = "input string, source string, reason string, detail string, offset long"
    frames = [
        read.where(F.col("kind") == "skipped").select(*QUARANTINE_COLUMNS),
        extracted.where(F.col("quarantine_reason").isNotNull()).select(
            "input",
            "source",
            F.col("quarantine_reason").alias("reason"),
            F.col("quarantine_detail").alias("detail"),
            F.lit(None).cast("long").alias("offset"),
        ),
        briefs.where(F.col("quarantine_reason").isNotNull()).select(
            F.lit(None).cast("string").alias("input"),
            F.col("story_id").alias("source"),
            F.col("quarantine_reason").alias("reason"),
            F.col("quarantine_detail").alias("detail"),
            F.lit(None).cast("long").alias("offset"),
        ),
        spark.createDataFrame(
            [(s.source, s.source, str(s.reason), s.detail, s.offset) for s in unreadable], schema
        ),
    ]
    new = frames[0]
    for frame in frames[1:]:
        new = new.unionByName(frame)
    new = new.withColumn("new", F.lit(True))
    if previous is None:
        return new
    again = spark.createDataFrame([(f.path,) for f in pending], "input string")
    old = previous.join(again, "input", "left_anti").withColumn("new", F.lit(False))
    return new.unionByName(old.select(*QUARANTINE_COLUMNS, "new"))
