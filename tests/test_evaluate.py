from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.backends.embed import HashingEmbedder
from newsbrief.errors import ConfigError
from newsbrief.eval.data import EvalDataError, load_duc, load_jsonl
from newsbrief.eval.evaluate import (
    SYSTEMS,
    Scorer,
    cut,
    prepare_reference,
    run_eval,
    subset,
)
from newsbrief.eval.protocols import PROTOCOLS, is_tdt
from newsbrief.eval.render import format_table, report_json

EVAL_DATA = Path(__file__).resolve().parent / "data" / "eval"


def test_duc_loader_pairs_clusters_with_their_references() -> None:
    clusters = load_duc(EVAL_DATA / "duc")
    assert [c.id for c in clusters] == ["d00001t", "d00002t"]
    first = clusters[0]
    assert len(first.documents) == 2 and len(first.references) == 2
    assert all(d.kind == "sgml" for d in first.documents)
    assert "barge" in first.documents[0].body
    assert "<P>" not in first.documents[0].body


def test_duc_loader_needs_docs_and_models(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match="docs/ and models/"):
        load_duc(tmp_path)


def test_multinews_loader_keeps_each_document_apart() -> None:
    clusters = load_jsonl(EVAL_DATA / "multinews.jsonl")
    assert [c.id for c in clusters] == ["mn-1", "mn-2"]
    assert len(clusters[0].documents) == 2
    assert clusters[0].documents[1].source.endswith("multinews.jsonl:1#2")
    assert clusters[0].references[0].startswith("Storm Ada")


def test_wcep_loader_reads_article_objects_and_strings() -> None:
    (cluster,) = load_jsonl(EVAL_DATA / "wcep.jsonl")
    assert cluster.id == "7"
    first, _, third = cluster.documents
    assert first.title == "Quake hits Westland" and first.url == "https://example.org/a"
    assert first.published == "2027-02-01"
    assert third.title is None and "Rescuers" in third.body


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        ('{"documents": "x", "summary": "s"}', "list under"),
        ('{"documents": ["a"]}', "reference"),
        ('{"documents": [3], "summary": "s"}', "a document must be"),
    ],
)
def test_jsonl_loader_names_the_bad_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"documents": ["ok"], "summary": "fine"}\n' + line + "\n")
    with pytest.raises(EvalDataError, match=message) as info:
        load_jsonl(path)
    assert "bad.jsonl:2" in str(info.value)


def test_duc_protocol_truncates_to_665_bytes() -> None:
    sentences = ["word " * 200 + "end.", "second sentence here."]
    text = cut(sentences, PROTOCOLS["duc"])
    assert len(text.encode()) == 665
    assert "second" not in text


def test_wcep_protocol_caps_40_tokens_and_lowercases() -> None:
    sentences = ["The First sentence has six words.", "Next " * 50]
    text = cut(sentences, PROTOCOLS["wcep"])
    assert len(text.split()) == 40
    assert text == text.lower()
    assert text.splitlines()[0] == "the first sentence has six words."


def test_scorer_averages_over_references() -> None:
    scorer = Scorer(PROTOCOLS["duc"])
    same = scorer.score("the bridge was closed", ["the bridge was closed"])
    assert same["rouge1_recall"] == pytest.approx(100.0)
    half = scorer.score("the bridge was closed", ["the bridge was closed", "cats eat fish"])
    assert half["rouge1_recall"] == pytest.approx(50.0)
    # Stemming: "closing" and "closed" share the stem "close".
    stemmed = scorer.score("bridge closing", ["bridge closed"])
    assert stemmed["rouge1_recall"] == pytest.approx(100.0)


def test_reference_gets_one_sentence_a_line() -> None:
    ref = prepare_reference("Storm Ada hit on Sunday. Power is back by Tuesday.", PROTOCOLS["wcep"])
    assert ref == "storm ada hit on sunday.\npower is back by tuesday."


def test_duc_references_are_cut_at_665_bytes_as_rouge_does() -> None:
    # ROUGE-1.5.5's -b cuts the references too: lines kept while their bytes (separators not
    # counted) stay under the limit, the line that reaches it cut there.
    sentence = "The storm hit the coast on Sunday and " + "x" * 50 + " left."
    ref = prepare_reference(" ".join([sentence] * 20), PROTOCOLS["duc"])
    lines = ref.split("\n")
    assert sum(len(line) for line in lines) == 665
    assert lines[0] == sentence and len(lines[-1]) < len(sentence)
    short = prepare_reference("Storm Ada hit on Sunday.", PROTOCOLS["duc"])
    assert short == "Storm Ada hit on Sunday."


def test_run_eval_scores_every_system_on_the_same_clusters() -> None:
    report = run_eval("duc", EVAL_DATA / "duc", embedder=HashingEmbedder())
    assert [s.name for s in report.systems] == list(SYSTEMS)
    assert report.cluster_ids == ("d00001t", "d00002t")
    assert report.articles == 3
    for result in report.systems:
        assert len(result.per_cluster) == 2
        assert 0 < result.scores["rouge1_recall"] <= 100
    assert report.score("lead", "rouge1_recall") > 0
    table = format_table(report)
    for name in SYSTEMS:
        assert f"| {name} |" in table
    assert "R1-R" in table and "665 bytes" in table
    data = json.loads(json.dumps(report_json(report)))
    assert set(data["systems"]["newsbrief"]["per_cluster"]) == {"d00001t", "d00002t"}
    assert data["protocol"]["truncate_bytes"] == 665


def test_run_eval_counts_skipped_documents_and_honours_limit() -> None:
    report = run_eval(
        "multinews",
        EVAL_DATA / "multinews.jsonl",
        systems=["lead", "centroid"],
        limit=2,
        max_words=30,
    )
    assert report.protocol.max_words == 30
    assert report.skipped == 1  # the empty second document of mn-2
    assert all(r.mean_words <= 30 for r in report.systems)
    one = run_eval("wcep", EVAL_DATA / "wcep.jsonl", systems=["lexrank"], limit=1)
    assert one.cluster_ids == ("7",)
    assert "rouge1_recall" in one.systems[0].scores


def test_run_eval_rejects_unknown_names() -> None:
    with pytest.raises(ConfigError, match="unknown data set"):
        run_eval("cnn", EVAL_DATA)
    with pytest.raises(ConfigError, match="unknown systems"):
        run_eval("duc", EVAL_DATA / "duc", systems=["gpt"])


def test_oracle_is_the_ceiling_and_respects_the_budget() -> None:
    report = run_eval(
        "duc", EVAL_DATA / "duc", systems=["lead", "centroid", "lexrank", "oracle"], max_words=30
    )
    for result in report.systems:
        assert result.mean_words <= 30
    oracle = report.score("oracle", "rouge2_recall")
    # Above every system of whole sentences (the plain centroid may cut its last sentence).
    assert all(oracle >= report.score(s, "rouge2_recall") for s in ("lead", "lexrank"))
    assert oracle > 0


def test_duc_halves_split_tdt_from_novelty_and_subset_recomputes_means() -> None:
    assert is_tdt("d30003t") and is_tdt("d31050t")
    assert not is_tdt("d100a") and not is_tdt("d120i")
    report = run_eval("duc", EVAL_DATA / "duc", systems=["lead"])
    one = subset(report, "duc-tdt", lambda cid: cid == "d00002t")
    assert one.cluster_ids == ("d00002t",)
    assert one.protocol.name == "duc-tdt"
    assert one.score("lead", "rouge1_recall") == pytest.approx(
        report.systems[0].per_cluster[1]["rouge1_recall"]
    )
    assert one.articles == report.cluster_articles[1]
    tdt = run_eval("duc-tdt", EVAL_DATA / "duc", systems=["lead"])
    assert tdt.cluster_ids == ()  # the fixture's ids are not d3...t
