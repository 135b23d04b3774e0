"""Spark inputs given as URIs (``run.spark_inputs``) against ``file://`` URIs in a tmp folder:
the same ``pyarrow.fs`` code path as ``s3://``, ``gs://``, ``hdfs://``.  No Spark here."""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from pathlib import Path
from urllib.parse import unquote

import pytest
from warc_builder import page, response, warcinfo

from newsbrief.errors import ConfigError, SkipReason
from newsbrief.models import RawDocument, Skipped
from newsbrief.read.files import read_file
from newsbrief.run import spark_inputs
from newsbrief.run.spark_io import InputFile, OutputDir, list_inputs
from newsbrief.settings import IngestSettings

pytest.importorskip("pyarrow")  # the spark extra's; spark_inputs imports it when used

SETTINGS = IngestSettings()


def uri(path: Path) -> str:
    return path.as_uri()  # file:///…, percent-encoded


def tree(root: Path) -> Path:
    """A folder as a crawl might leave it: nested folders, hidden entries, links, odd names."""
    (root / "in" / "nested" / "deeper").mkdir(parents=True)
    (root / "in" / ".cache").mkdir()
    (root / "elsewhere").mkdir()
    (root / "in" / "a.txt").write_text("date 2025-05-01\nA flood story.\n")
    (root / "in" / "two words.jsonl").write_text('{"id": "x", "text": "y"}\n')
    (root / "in" / "nested" / "deeper" / "c.warc.gz").write_bytes(gzip.compress(warcinfo()))
    (root / "in" / "nested" / "APW19981017.0151").write_text("<DOC></DOC>\n")
    (root / "in" / ".hidden.txt").write_text("never read")
    (root / "in" / ".cache" / "d.txt").write_text("never read")
    (root / "elsewhere" / "secret.txt").write_text("outside")
    (root / "in" / "out.txt").symlink_to(root / "elsewhere" / "secret.txt")
    (root / "in" / "inside.txt").symlink_to(root / "in" / "a.txt")
    (root / "in" / "linked").symlink_to(root / "in" / "nested", target_is_directory=True)
    (root / "in" / "broken.txt").symlink_to(root / "in" / "nowhere")
    return root / "in"


def test_a_file_uri_folder_lists_what_the_local_walk_lists(tmp_path: Path) -> None:
    folder = tree(tmp_path)
    local, local_skipped = list_inputs([str(folder)])
    remote, remote_skipped = list_inputs([uri(folder)])
    assert [f.path for f in remote] == [uri(Path(f.path)) for f in local]
    assert [(f.size, f.mtime_ns) for f in remote] == [(f.size, f.mtime_ns) for f in local]
    names = [unquote(f.path).removeprefix(uri(folder) + "/") for f in remote]
    assert names == ["a.txt", "inside.txt", "nested/APW19981017.0151",
                     "nested/deeper/c.warc.gz", "two words.jsonl"]  # fmt: skip
    assert "two%20words.jsonl" in remote[-1].path
    # The same refusals, named by URI: a link out of the folder, a linked folder, a broken link.
    assert [(s.source, s.reason, s.detail) for s in remote_skipped] == [
        (uri(Path(s.source)), s.reason, s.detail.replace(str(folder), uri(folder)))
        for s in local_skipped
    ]
    assert [Path(s.source).name for s in local_skipped] == ["broken.txt", "linked", "out.txt"]
    # A file given by URI is itself; a missing one is reported, as a missing path is.
    [one], [] = list_inputs([uri(folder / "a.txt")])
    assert one.path == uri(folder / "a.txt")
    [], [missing] = list_inputs([uri(folder / "gone")])
    assert missing.reason == SkipReason.UNREADABLE and uri(folder / "gone") in missing.detail


def test_read_uri_keeps_the_suffix_streams_in_chunks_and_names_records_by_uri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [{"id": f"r{n}", "published": "2025-05-01", "text": f"Story {n}. " * 40} for n in (1, 2)]
    path = tmp_path / "in" / "feed.jsonl.gz"
    path.parent.mkdir()
    path.write_bytes(gzip.compress(b"".join(json.dumps(r).encode() + b"\n" for r in rows)))
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(spark_inputs, "CHUNK", 7)  # many reads for one small file
    got = list(spark_inputs.read_uri(uri(path), SETTINGS))
    want = list(read_file(path, SETTINGS))
    assert all(isinstance(g, RawDocument) for g in got) and len(got) == 2
    assert [g.source for g in got] == [w.source.replace(str(path), uri(path)) for w in want]
    assert got[0].source == uri(path) + ":1"
    assert [g.body for g in got] == [w.body for w in want]  # type: ignore[union-attr]
    assert os.listdir(scratch) == []  # the fetched copy is gone
    # The copy keeps the name, so the reader the suffix picks is the same.
    copy = spark_inputs.fetch(uri(path), scratch)
    assert copy.name == "feed.jsonl.gz" and copy.read_bytes() == path.read_bytes()


def test_a_cut_warc_gz_by_uri_is_partial_at_the_same_offset(tmp_path: Path) -> None:
    pages = [page(f"Day {n}", [f"Crews worked through day {n} of the flood. " * 8]) for n in (1, 2)]
    records = [warcinfo(), *(response(f"https://a.test/{n}", p) for n, p in enumerate(pages))]
    members = [gzip.compress(r, mtime=0) for r in records]
    stop = sum(len(m) for m in members[:2])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members)[: stop + 50])
    got = list(spark_inputs.read_uri(uri(path), SETTINGS))
    want = list(read_file(path, SETTINGS))
    [cut] = [g for g in got if isinstance(g, Skipped)]
    assert cut.reason == SkipReason.PARTIAL and cut.offset == stop and cut.source == uri(path)
    assert str(tmp_path) not in cut.detail.replace(uri(path), "")
    assert [g.source for g in got] == [w.source.replace(str(path), uri(path)) for w in want]


def test_a_name_no_reader_takes_is_not_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7")

    def no_fetch(*args: object) -> Path:
        raise AssertionError("fetched")

    monkeypatch.setattr(spark_inputs, "fetch", no_fetch)
    [skipped] = spark_inputs.read_uri(uri(path), SETTINGS)
    assert isinstance(skipped, Skipped) and skipped.reason == SkipReason.UNSUPPORTED
    assert skipped.source == uri(path) and skipped.detail.startswith(uri(path) + ": ")


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("nosuch://bucket/crawl", "cannot open nosuch://bucket/crawl: .*newsbrief reads file://"),
        ("hdfs://localhost:9/crawl", r"cannot open hdfs://localhost:9/crawl: .*needs .*libhdfs"),
        ("s3://key:secret@bucket/crawl", r"s3://key:\*\*\*@bucket/crawl: a password"),
    ],
)
def test_an_unavailable_file_system_is_a_clear_error(given: str, said: str) -> None:
    with pytest.raises(ConfigError, match=said) as caught:
        list_inputs([given])
    assert "\n" not in str(caught.value) and "secret" not in str(caught.value)


def test_hadoop_s3_schemes_open_as_pyarrow_s3_and_stay_the_name() -> None:
    assert spark_inputs.pyarrow_uri("s3a://bucket/crawl?region=eu-west-1") == (
        "s3://bucket/crawl?region=eu-west-1"
    )
    assert spark_inputs.pyarrow_uri("S3N://bucket/k") == "s3://bucket/k"
    assert spark_inputs.pyarrow_uri("file:///tmp/x") == "file:///tmp/x"
    assert spark_inputs.is_uri("s3a://bucket/k") and not spark_inputs.is_uri("file:/tmp/x")
    assert not spark_inputs.is_uri("./a://b") and not spark_inputs.is_uri("/tmp/a b")


def test_a_failed_fetch_names_the_uri(tmp_path: Path) -> None:
    gone = uri(tmp_path / "gone.txt")
    with pytest.raises(OSError, match=f"cannot fetch {gone}"):
        list(spark_inputs.read_uri(gone, SETTINGS))


def test_markers_in_a_file_uri_output_key_on_the_input_uri(tmp_path: Path) -> None:
    out = OutputDir(uri(tmp_path / "out"))
    done = InputFile("s3://bucket/crawl/a.warc.gz", 10, 20)
    out._mark([done])
    assert out.done_inputs() == {done.path: done}
    assert (tmp_path / "out" / "_inputs" / f"{done.key}.json").exists()
