"""The ``wireparse`` command: options in, stories out, and exit statuses a shell script can trust.

0 all went well (binary files skipped while walking a folder are not failures); 1 an input could
not be read or parsed, ``--strict`` found warnings, two inputs would share an ``--output-dir`` file,
or the output could not be written; 2 usage error, including an output that is, or lies inside,
an input; 70 internal error (rerun with ``--debug``); 130 interrupted.

Inputs, their order and reading are ``inputs`` and ``batch``; output files ``output``; messages
and progress ``report``. This module only wires options to them.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import click

from . import __version__
from .batch import Settings, Writer, outcomes, stories
from .formats import EXTENSIONS, FORMATS, Options, get_format
from .inputs import STDIN, named_inputs
from .output import OutputCollision, OutputRefused, prepare_tree, refuse_overlap
from .report import make_report, wants_progress

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 70, 130


def error(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    click.echo(f"wireparse: {message}", err=True)


def _reference_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _print_schema(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from importlib.resources import files

    click.echo(files("wireparse").joinpath("schema.json").read_text(encoding="utf-8"), nl=False)
    ctx.exit(EXIT_OK)


def choose_format(name: str | None, output: str | None) -> str:
    """``-f`` wins; else the output file's extension; else terminal on a terminal, JSON Lines not."""
    if name:
        return name
    if output and output != STDIN:
        ext = os.path.splitext(output)[1].lower()
        if ext in EXTENSIONS:
            return EXTENSIONS[ext]
        return "jsonl"
    return "terminal" if sys.stdout.isatty() else "jsonl"


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """The output stream, always UTF-8 whatever the locale. A file is written to a temporary name
    beside it and renamed into place only when complete."""
    if path is None or path == STDIN:
        # backslashreplace: a lone surrogate (a file name that is not UTF-8) prints as \udcff
        stream = io.TextIOWrapper(
            sys.stdout.buffer,
            encoding="utf-8",
            errors="backslashreplace",
            newline="",
            line_buffering=False,
            write_through=True,
        )
        try:
            yield stream
            stream.flush()
        finally:
            stream.detach()
        return
    from .output import atomic_text_file

    with atomic_text_file(path) as stream:
        yield stream


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(list(FORMATS)),
    help="Output format. Default: terminal on a terminal, else jsonl; with -o, taken from its extension.",
)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@click.option(
    "--output-dir",
    metavar="OUT",
    help="Write one file per input under OUT, the input's path below its folder kept "
    "and its extension replaced by the format's (default format: jsonl).",
)
@click.option("-r", "--recursive", is_flag=True, help="Walk subfolders of the folders named.")
@click.option(
    "--glob",
    "globs",
    metavar="PATTERN",
    multiple=True,
    help="Read only walked files whose name matches PATTERN (repeatable).",
)
@click.option(
    "--files-from",
    metavar="FILE",
    help="Also read the inputs listed in FILE, one a line (- reads the list from standard input).",
)
@click.option("-0", "--null", is_flag=True, help="The --files-from list is NUL-separated.")
@click.option(
    "-j",
    "--jobs",
    metavar="N",
    type=click.IntRange(min=1),
    default=_cpus,
    show_default="the number of CPUs",
    help="Parse in up to N processes (at most one per task, and 4 per CPU); "
    "the output is the same whatever N is.",
)
@click.option(
    "--reference-date",
    metavar="YYYY-MM-DD",
    callback=_reference_date,
    help="Give year-less datelines the latest such date not after this one.",
)
@click.option("--encoding", metavar="NAME", help="Decode every input with this codec (default: detected).")
@click.option("--strict", is_flag=True, help="Exit 1 if any story has warnings.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option(
    "-q", "--quiet", is_flag=True, help="No notes or progress on standard error (errors still shown)."
)
@click.option("--no-progress", is_flag=True, help="No progress bar or summary.")
@click.option("--color/--no-color", default=None, help="Force colour on or off (terminal format).")
@click.option(
    "--excel-safe",
    is_flag=True,
    help="CSV: prefix cells that start with = + - @ tab or CR with ' (alters data).",
)
@click.option("--debug", is_flag=True, help="Show a traceback on internal errors.")
@click.option(
    "--schema",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_schema,
    help="Print the JSON Schema of the records and exit.",
)
@click.version_option(__version__, "--version", prog_name="wireparse", message="%(prog)s %(version)s")
@click.pass_context
def command(
    ctx: click.Context,
    files: tuple[str, ...],
    format_name: str | None,
    output: str | None,
    output_dir: str | None,
    recursive: bool,
    globs: tuple[str, ...],
    files_from: str | None,
    null: bool,
    jobs: int,
    reference_date: dt.date | None,
    encoding: str | None,
    strict: bool,
    fail_fast: bool,
    quiet: bool,
    no_progress: bool,
    color: bool | None,
    excel_safe: bool,
    debug: bool,
) -> None:
    """Parse wire stories into records: headline, summary, byline, captions, dateline, body.

    Reads each FILE (one or many stories), the files in each FOLDER, or standard input when
    there is none or FILE is -.

    \b
    Examples:
      cat story.txt | wireparse
      wireparse -f csv dispatches/*.txt > stories.csv
      wireparse -r archive/ -f json --output-dir parsed/
      cat feed-dump.txt | wireparse -f jsonl
    """
    if not files and not files_from and sys.stdin.isatty():
        click.echo(ctx.get_usage(), err=True)
        click.echo("Try 'wireparse -h' for help; pipe a story in or name a file.", err=True)
        ctx.exit(EXIT_USAGE)
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    if output and output_dir:
        raise click.UsageError("-o and --output-dir cannot be used together")
    if files_from == STDIN and STDIN in files:
        raise click.UsageError("standard input cannot hold both the --files-from list and a story")
    name = format_name or ("jsonl" if output_dir else choose_format(None, output))
    fmt = get_format(name)
    options = Options(color=color, excel_safe=excel_safe)
    settings = Settings(reference_date=reference_date, encoding=encoding, debug=debug)
    named = [*files, *([files_from] if files_from and files_from != STDIN else [])]
    items = named_inputs(files, files_from=files_from, null=null, recursive=recursive, globs=globs)
    on_terminal = not output_dir and output in (None, STDIN) and sys.stdout.isatty()
    progress = wants_progress(no_progress, quiet, on_terminal)
    try:
        if output_dir:
            items = prepare_tree(items, output_dir, fmt.EXTENSION, named)
        elif output and output != STDIN:
            refuse_overlap(output, named)
        if progress:
            items = list(items)
    except OutputRefused as exc:
        error(str(exc))
        ctx.exit(EXIT_USAGE)
    except OutputCollision as exc:
        for line in exc.lines:
            error(line)
        ctx.exit(EXIT_FAILURE)
    except OSError as exc:
        error(f"{exc.filename or files_from}: {exc.strerror or exc}")
        ctx.exit(EXIT_FAILURE)
    report = make_report(quiet=quiet, progress=progress, items=items)
    spec = Writer(name, options)
    results = outcomes(
        items,
        settings,
        jobs=jobs,
        eager=report.live,
        writer=spec if output_dir else None,
        render=spec if hasattr(fmt, "render_story") else None,
    )
    records = stories(results, report, fail_fast=fail_fast)
    if output_dir:
        status = run(lambda: _drain(records), debug)
    else:
        status = run(lambda: _write(fmt, records, output, options), debug)
    report.close(summary=status in (EXIT_OK, EXIT_FAILURE))
    if status == EXIT_OK and (report.failures or (strict and report.warned)):
        status = EXIT_FAILURE
    ctx.exit(status)


def _drain(records: Iterator[object]) -> None:
    for _ in records:
        pass


def _write(fmt, records, output: str | None, options: Options) -> None:
    try:
        with open_output(output) as stream:
            fmt.write(records, stream, options)
    except BrokenPipeError:
        raise
    except OSError as exc:
        if exc.filename is None:
            exc.filename = output if output not in (None, STDIN) else "standard output"
        raise


def run(job, debug: bool) -> int:
    """Run ``job``, turning every way it can end into an exit status and at most one line."""
    try:
        job()
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep Python from complaining at exit
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except OSError as exc:
        error(f"{exc.filename or 'output'}: {exc.strerror or exc}")
        return EXIT_FAILURE
    except click.exceptions.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        if debug:
            raise
        message = " ".join(str(exc).split())  # one line, whatever the exception says
        error(f"internal error ({type(exc).__name__}: {message}); rerun with --debug for details")
        return EXIT_INTERNAL
    return EXIT_OK


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> None:
    """Console entry point."""
    try:
        command.main(args=argv, prog_name="wireparse")
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
