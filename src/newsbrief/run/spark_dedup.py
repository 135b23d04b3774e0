"""Near-duplicates on Spark: MinHash band keys, group by band, connected components in Spark
SQL, then the embedded canonical rule inside each component.

``index.dedup.DedupIndex`` is ``datasketch``'s MinHash LSH: an article is a near-duplicate of
the best canonical article (``canonical_key``: earliest published, then smallest id) it shares
at least one band with (equal hash values in all ``r`` rows of one of the ``b`` bands; no
further Jaccard check), articles taken in ``canonical_key`` order.  Here:

1. band keys: the same ``b`` x ``r`` bands as the embedded index (read from a ``MinHashLSH``
   built with the same threshold), each as the bytes of its ``r`` hash values, one row per
   (article, band) (``posexplode``);
2. group by (band, key): every bucket of two or more articles gives edges from its smallest
   id to each other member (a star: connected like the clique, linear in size);
3. connected components by iterative min-label propagation (each article takes the smallest
   label among itself and its neighbours until no label changes), plain DataFrame joins;
4. each component with two or more articles is one ``applyInPandas`` group that runs the
   embedded ``find_duplicates`` over its members (``run.spark_tasks.dedup_component``).

Step 4 makes the result exactly the embedded batch result: ``DedupIndex`` decides each article
only from the canonical articles it shares a band with, and all of those are in its component,
so replaying the sequential rule per component decides every article as the global replay
does.  Components are mostly pairs; a giant one (boilerplate pages that collide) is one task.
"""

from __future__ import annotations

from typing import Any

from datasketch import MinHashLSH

from newsbrief.article.fingerprint import NUM_PERM
from newsbrief.index.dedup import THRESHOLD
from newsbrief.run.spark_tasks import DEDUP_SCHEMA, dedup_component

# Bytes per hash value in ``ArticleFacts.signature`` (uint64).
VALUE_BYTES = 8
# Label propagation rounds before the lineage is cut (``localCheckpoint``): Spark plans grow
# with every join, and long plans are slow to analyse.
CHECKPOINT_EVERY = 4


def band_ranges(threshold: float = THRESHOLD) -> list[tuple[int, int]]:
    """The (start, end) hash-value ranges of the embedded index's bands."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return [(int(start), int(end)) for start, end in lsh.hashranges]


def band_keys(facts: Any) -> Any:
    """(id, band, key) per article and band; ``facts`` has ``id`` and ``signature``."""
    from pyspark.sql import functions as F

    bands = [
        F.substring("signature", start * VALUE_BYTES + 1, (end - start) * VALUE_BYTES)
        for start, end in band_ranges()
    ]
    return facts.select("id", F.posexplode(F.array(*bands)).alias("band", "key"))


def components(keys: Any, spark: Any) -> Any:
    """(id, component) of every article that shares a band with another; the component is
    its smallest id."""
    from pyspark.sql import functions as F

    buckets = keys.groupBy("band", "key").agg(F.collect_set("id").alias("ids"))
    buckets = buckets.where(F.size("ids") > 1).select(F.array_min("ids").alias("hub"), "ids")
    star = buckets.select("hub", F.explode("ids").alias("id")).where(F.col("hub") != F.col("id"))
    edges = star.select(F.col("hub").alias("a"), F.col("id").alias("b"))
    edges = edges.union(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).distinct()
    edges = edges.localCheckpoint()
    labels = edges.select(F.col("a").alias("id")).distinct().withColumn("label", F.col("id"))
    rounds = 0
    while True:
        spread = edges.join(labels, edges.a == labels.id).select(
            F.col("b").alias("id"), F.col("label").alias("offer")
        )
        updated = labels.join(
            spread.groupBy("id").agg(F.min("offer").alias("offer")), "id", "left"
        ).select("id", F.least("label", F.coalesce("offer", "label")).alias("label"))
        rounds += 1
        updated = updated.localCheckpoint() if rounds % CHECKPOINT_EVERY == 0 else updated.cache()
        changed = (
            updated.join(labels.withColumnRenamed("label", "was"), "id")
            .where(F.col("label") != F.col("was"))
            .limit(1)
            .count()
        )
        labels = updated
        if not changed:
            return labels.withColumnRenamed("label", "component")


def find_duplicates(facts: Any, spark: Any) -> Any:
    """(article_id, canonical_id) of every near-duplicate among ``facts`` (``id``,
    ``signature``, ``published``), as ``index.dedup.find_duplicates`` gives them."""
    labelled = components(band_keys(facts), spark)
    members = labelled.join(facts.select("id", "signature", "published"), "id")
    return members.groupBy("component").applyInPandas(dedup_component, DEDUP_SCHEMA)


__all__ = ["band_keys", "band_ranges", "components", "find_duplicates"]
