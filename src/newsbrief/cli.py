"""Command line: a thin shell over the library.

``newsbrief brief PATH…`` reads files, folders or ``-`` (stdin) and prints a cited brief.
Errors users can fix print one clear line and exit 2; skipped inputs are listed in the brief
and counted on stderr, never fatal.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from tqdm import tqdm

from newsbrief.backends.loaded import Backends
from newsbrief.errors import NewsbriefError
from newsbrief.models import Brief
from newsbrief.pipeline import RunReport
from newsbrief.read.text import normalize_date
from newsbrief.render import format_report, format_stories, render
from newsbrief.run.corpus import ingest as run_ingest
from newsbrief.run.local import build_brief
from newsbrief.run.stored import story_brief
from newsbrief.settings import Settings
from newsbrief.store.listing import list_stories
from newsbrief.store.sqlite import Store

app = typer.Typer(
    help="Turn many news articles about the same events into one cited brief.",
    no_args_is_help=True,
    add_completion=False,
)

FormatOpt = Literal["md", "json", "html"]
DEFAULT_DB = Path("newsbrief.db")
# Options more than one command takes.
ModelOpt = Annotated[
    Path | None,
    typer.Option(help="A local sentence-transformers model folder (default: packaged MiniLM)."),
]
AnalysisOpt = Annotated[
    bool, typer.Option(help="Entities, figures, conflicts and timeline (spaCy); off is faster.")
]
EmbedderOpt = Annotated[
    str, typer.Option(help="Embedding backend: model (default) or hashing (no model, fast).")
]


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all: a failed run (or a full disk) leaves the
    old file as it was, never empty or cut."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _count(n: int, word: str, words: str = "") -> str:
    """ "1 article", "2 articles", "1 story", "3 stories"."""
    return f"{n} {word if n == 1 else words or word + 's'}"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"newsbrief: error: {message}", err=True)
    return typer.Exit(code=2)


@app.command()
def brief(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files or folders (read recursively); - reads stdin."),
    ] = None,
    db: Annotated[
        Path | None, typer.Option("--db", help="Brief a story stored by `newsbrief ingest`.")
    ] = None,
    story: Annotated[
        str | None, typer.Option("--story", help="The stored story's id (with --db).")
    ] = None,
    fmt: Annotated[
        FormatOpt, typer.Option("--format", "-f", help="Output format: md, json or html.")
    ] = "md",
    max_words: Annotated[
        int, typer.Option("--max-words", min=10, max=5000, help="Summary length cap in words.")
    ] = 100,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    model: ModelOpt = None,
    embedder: EmbedderOpt = "model",
    analysis: AnalysisOpt = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No run report on stderr.")] = False,
) -> None:
    """Write a cited brief of the stories in PATHS, or of one stored story (--db, --story)."""
    settings = _settings(model, analysis, max_words)
    if db is not None or story is not None:
        if paths or db is None or story is None:
            raise _fail("give either PATHS, or --db FILE and --story ID")
        _stored_brief(db, story, settings, embedder, fmt, output)
        return
    if not paths:
        raise _fail("give PATHS to brief (files, folders or -), or --db FILE --story ID")
    report = RunReport()
    try:
        started = time.perf_counter()
        backends = Backends.load(settings, embedder_backend=embedder)
        report.add_time("load-models", started)
        result = build_brief(
            paths, settings=settings, backends=backends, stdin=sys.stdin, report=report
        )
        text = render(result, fmt)
    except (NewsbriefError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    _emit(text, output)
    if not quiet:
        timing = ", ".join(f"{k} {v:.2f}s" for k, v in report.seconds.items())
        typer.echo(
            f"newsbrief: {_count(report.articles, 'article')} "
            f"({_count(report.duplicates, 'near-duplicate')}), "
            f"{_count(report.stories, 'story', 'stories')}, {report.skipped} skipped ({timing})",
            err=True,
        )


def _settings(model: Path | None, analysis: bool, max_words: int) -> Settings:
    settings = Settings.from_env()
    return dataclasses.replace(
        settings,
        embed=dataclasses.replace(
            settings.embed, model_path=str(model) if model else settings.embed.model_path
        ),
        summarize=dataclasses.replace(settings.summarize, max_words=max_words),
        analyse=analysis,
    )


def _emit(text: str, output: Path | None) -> None:
    if output:
        try:
            write_atomic(output, text)
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror}") from exc
    else:
        sys.stdout.write(text)


def _stored_brief(
    db: Path, story: str, settings: Settings, embedder: str, fmt: FormatOpt, output: Path | None
) -> None:
    try:
        with Store(db, create=False) as store:
            # Sentence vectors must come from the model the store's topic vectors came from.
            recorded = store.meta("topic_model")
            if recorded:
                embedder, _, path = recorded.partition(":")
                model = None if path == "packaged" else path
                embed = dataclasses.replace(settings.embed, model_path=model)
                settings = dataclasses.replace(settings, embed=embed)
            found = story_brief(
                store,
                story,
                settings=settings,
                backends=lambda: Backends.load(settings, embedder_backend=embedder),
            )
    except NewsbriefError as exc:
        raise _fail(str(exc)) from exc
    if found is None:
        raise _fail(f"no story {story!r} in {db} (`newsbrief stories --db {db}` lists them)")
    _emit(render(Brief(stories=(found,)), fmt), output)


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders (read recursively); - reads stdin.")
    ],
    db: Annotated[Path, typer.Option("--db", help="The store (SQLite file).")] = DEFAULT_DB,
    report_format: Annotated[
        Literal["text", "json"], typer.Option("--report", help="Run report: text or json.")
    ] = "text",
    model: ModelOpt = None,
    embedder: EmbedderOpt = "model",
) -> None:
    """Add articles to a store: duplicates collapsed, stories kept current, resumable."""
    settings = _settings(model, False, 100)
    bar = _progress_bar()
    try:
        with Store(db) as store:
            result = run_ingest(
                paths,
                store,
                settings=settings,
                backends=lambda: Backends.load(settings, embedder_backend=embedder),
                topic_model=f"{embedder}:{settings.embed.model_path or 'packaged'}",
                progress=bar.update if bar is not None else None,
            )
    except NewsbriefError as exc:
        raise _fail(str(exc)) from exc
    finally:
        if bar is not None:
            bar.close()
    if report_format == "json":
        sys.stdout.write(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_report(result))


def _progress_bar() -> tqdm[Any] | None:
    """A record counter on a terminal; nothing when stderr is a file or a pipe."""
    if not sys.stderr.isatty():
        return None
    return tqdm(desc="ingest", unit=" records", file=sys.stderr, dynamic_ncols=True)


@app.command()
def stories(
    db: Annotated[Path, typer.Option("--db", help="The store (SQLite file).")] = DEFAULT_DB,
    since: Annotated[
        str | None, typer.Option(help="Only stories seen on or after this date (YYYY-MM-DD).")
    ] = None,
    query: Annotated[
        str | None, typer.Option(help="Only stories whose title or articles' titles hold it.")
    ] = None,
    fmt: Annotated[
        Literal["table", "json"], typer.Option("--format", "-f", help="table or json.")
    ] = "table",
) -> None:
    """List the stored stories, most recently seen first."""
    if since is not None and normalize_date(since) is None:
        raise _fail(f"--since {since!r} is not a date (use YYYY-MM-DD)")
    try:
        with Store(db, create=False) as store:
            found = list_stories(
                store.db, since=normalize_date(since) if since else None, query=query
            )
    except NewsbriefError as exc:
        raise _fail(str(exc)) from exc
    if fmt == "json":
        sys.stdout.write(json.dumps(found, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_stories(found))


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="The store (SQLite file).")] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to bind (loopback: no token needed).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    model: ModelOpt = None,
    embedder: EmbedderOpt = "model",
    analysis: AnalysisOpt = True,
) -> None:
    """Serve the store: the JSON API (/api, /openapi.json) and web pages, kept current while
    `newsbrief ingest` writes to it."""
    import uvicorn

    from newsbrief.serve.api import create_app
    from newsbrief.serve.guard import LOOPBACK_HOSTS, is_loopback

    token = os.environ.get("NEWSBRIEF_TOKEN") or None
    loopback = is_loopback(host)
    if not loopback and token is None:
        raise _fail(
            f"--host {host} is reachable from other machines: set NEWSBRIEF_TOKEN to the "
            "token writes must carry (reads stay open), or bind to 127.0.0.1"
        )
    settings = _settings(model, analysis, 100)
    try:
        if db.exists():
            with Store(db, create=False) as store:
                recorded = store.meta("topic_model")
        else:
            recorded = None
    except NewsbriefError as exc:
        raise _fail(str(exc)) from exc
    if recorded:  # briefs and new articles must use the model the store's vectors came from
        embedder, _, path = recorded.partition(":")
        embed = dataclasses.replace(settings.embed, model_path=None if path == "packaged" else path)
        settings = dataclasses.replace(settings, embed=embed)
    topic_model = recorded or f"{embedder}:{settings.embed.model_path or 'packaged'}"
    try:
        web = create_app(
            db,
            settings=settings,
            backends_loader=lambda: Backends.load(settings, embedder_backend=embedder),
            token=token,
            topic_model=topic_model,
            allowed_hosts=[*LOOPBACK_HOSTS, host] if loopback else None,
        )
    except NewsbriefError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(
        f"newsbrief: serving {db} on http://{host}:{port}/ "
        f"(writes {'need a bearer token' if token else 'open: loopback only'})",
        err=True,
    )
    uvicorn.run(web, host=host, port=port, log_level="warning")


@app.command(name="spark")
def spark_command(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (read recursively).")],
    out: Annotated[str, typer.Option("--out", help="Output folder (Parquet tables).")],
    master: Annotated[
        str, typer.Option(help="Spark master: local[N] on this machine, or a cluster's URL.")
    ] = "local[2]",
    partitions: Annotated[
        int, typer.Option(min=1, help="Partitions for reading, extracting and shuffles.")
    ] = 4,
    report_format: Annotated[
        Literal["text", "json"], typer.Option("--report", help="Run report: text or json.")
    ] = "text",
    model: ModelOpt = None,
    embedder: EmbedderOpt = "model",
    analysis: AnalysisOpt = True,
) -> None:
    """Run the pipeline on Apache Spark into Parquet in --out (`newsbrief import` loads it).
    A rerun reads only inputs that are new or changed."""
    settings = _settings(model, analysis, 100)
    try:
        from newsbrief.run.spark import run_spark, spark_session
        from newsbrief.run.spark_inputs import check_uris

        check_uris(paths)  # a URI whose file system cannot be opened fails before the JVM starts
        session = spark_session(master, partitions)
        try:
            result = run_spark(
                paths, out, settings=settings, spark=session, partitions=partitions,
                embedder=embedder,
            )  # fmt: skip
        finally:
            session.stop()
    except NewsbriefError as exc:
        raise _fail(str(exc)) from exc
    data = result.as_dict()
    if report_format == "json":
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    for key, value in data.items():
        sys.stdout.write(f"{key}: {value}\n")


@app.command(name="import")
def import_command(
    folder: Annotated[str, typer.Argument(help="The --out folder of `newsbrief spark`.")],
    db: Annotated[Path, typer.Option("--db", help="The store (SQLite file) to fill.")] = DEFAULT_DB,
) -> None:
    """Load a Spark run's output into a store for `stories`, `brief --db` and `serve`."""
    try:
        from newsbrief.run.spark_import import import_run

        with Store(db) as store:
            result = import_run(folder, store)
    except NewsbriefError as exc:
        raise _fail(str(exc)) from exc
    counts = ", ".join(f"{v} {k}" for k, v in result.as_dict().items())
    typer.echo(f"newsbrief: imported {counts} into {db}", err=True)


@app.command(name="eval")
def eval_command(
    dataset: Annotated[
        Literal["duc", "duc-tdt", "duc-novelty", "multinews", "wcep"],
        typer.Argument(help="Data set format + protocol (duc-tdt / duc-novelty: DUC halves)."),
    ],
    path: Annotated[Path, typer.Argument(help="DUC folder (docs/, models/) or JSONL file.")],
    max_words: Annotated[
        int | None, typer.Option("--max-words", min=10, help="Budget (default: the protocol's).")
    ] = None,
    fmt: Annotated[
        Literal["table", "json"], typer.Option("--format", "-f", help="table or json.")
    ] = "table",
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N clusters.")] = None,
    systems: Annotated[
        str,
        typer.Option(help="Comma-separated: newsbrief,lead,centroid,centroid-mead,lexrank,oracle."),
    ] = "newsbrief,lead,centroid,centroid-mead,lexrank,oracle",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write JSON.")] = None,
) -> None:
    """Score newsbrief beside lead, two centroids, LexRank and the greedy ROUGE-2 oracle."""
    from newsbrief.eval.evaluate import run_eval
    from newsbrief.eval.render import format_table, report_json

    try:
        report = run_eval(
            dataset,
            path,
            max_words=max_words,
            systems=[s.strip() for s in systems.split(",") if s.strip()],
            limit=limit,
            progress=sys.stderr.isatty(),
        )
    except (NewsbriefError, OSError) as exc:
        raise _fail(str(exc)) from exc
    data = json.dumps(report_json(report), indent=2)
    if output:
        write_atomic(output, data + "\n")
    sys.stdout.write(format_table(report) if fmt == "table" else data + "\n")


@app.callback()
def main() -> None:
    """newsbrief: cited briefs from many news articles."""


if __name__ == "__main__":  # pragma: no cover
    app()
