"""Command line: a thin shell over the library.

``newsbrief brief PATH…`` reads files, folders or ``-`` (stdin) and prints a cited brief.
Errors users can fix print one clear line and exit 2; skipped inputs are listed in the brief
and counted on stderr, never fatal.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Literal

import typer

from newsbrief.backends.loaded import Backends
from newsbrief.errors import NewsbriefError
from newsbrief.pipeline import RunReport
from newsbrief.render import render
from newsbrief.run.local import build_brief
from newsbrief.settings import Settings

app = typer.Typer(
    help="Turn many news articles about the same events into one cited brief.",
    no_args_is_help=True,
    add_completion=False,
)

FormatOpt = Literal["md", "json", "html"]


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


def _fail(message: str) -> typer.Exit:
    typer.echo(f"newsbrief: error: {message}", err=True)
    return typer.Exit(code=2)


@app.command()
def brief(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders (read recursively); - reads stdin.")
    ],
    fmt: Annotated[
        FormatOpt, typer.Option("--format", "-f", help="Output format: md, json or html.")
    ] = "md",
    max_words: Annotated[
        int, typer.Option("--max-words", min=10, max=5000, help="Summary length cap in words.")
    ] = 100,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    model: Annotated[
        Path | None,
        typer.Option(help="A local sentence-transformers model folder (default: packaged MiniLM)."),
    ] = None,
    embedder: Annotated[
        str, typer.Option(help="Embedding backend: model (default) or hashing (no model, fast).")
    ] = "model",
    analysis: Annotated[
        bool,
        typer.Option(help="Entities, figures, conflicts and timeline (spaCy); off is faster."),
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No run report on stderr.")] = False,
) -> None:
    """Write a cited brief of the stories in PATHS (no set-up, no server)."""
    settings = Settings.from_env()
    settings = dataclasses.replace(
        settings,
        embed=dataclasses.replace(
            settings.embed, model_path=str(model) if model else settings.embed.model_path
        ),
        summarize=dataclasses.replace(settings.summarize, max_words=max_words),
        analyse=analysis,
    )
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
    if output:
        try:
            write_atomic(output, text)
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror}") from exc
    else:
        sys.stdout.write(text)
    if not quiet:
        timing = ", ".join(f"{k} {v:.2f}s" for k, v in report.seconds.items())
        typer.echo(
            f"newsbrief: {report.articles} articles ({report.duplicates} near-duplicates), "
            f"{report.stories} stories, {report.skipped} skipped ({timing})",
            err=True,
        )


@app.command(name="eval")
def eval_command(
    dataset: Annotated[
        Literal["duc", "multinews", "wcep"], typer.Argument(help="Data set format + protocol.")
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
        str, typer.Option(help="Comma-separated: newsbrief,lead,centroid,lexrank.")
    ] = "newsbrief,lead,centroid,lexrank",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write JSON.")] = None,
) -> None:
    """Score newsbrief beside lead, centroid and LexRank on a data set's ROUGE protocol."""
    import json

    from newsbrief.eval.evaluate import format_table, report_json, run_eval

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
