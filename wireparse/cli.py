"""The ``wireparse`` command: options in, stories out, and exit statuses a shell script can trust.

0 all went well; 1 an input could not be read or parsed, ``--strict`` found warnings, or the output
could not be written; 2 usage error; 70 internal error (rerun with ``--debug``); 130 interrupted.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from contextlib import contextmanager
from typing import IO, Iterator

import click

from . import __version__
from .batch import STDIN, Settings, stories
from .formats import EXTENSIONS, FORMATS, Options, get_format

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
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="",
                                  line_buffering=False, write_through=True)
        try:
            yield stream
            stream.flush()
        finally:
            stream.detach()
        return
    from .output import atomic_text_file

    with atomic_text_file(path) as stream:
        yield stream


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option("-f", "--format", "format_name", type=click.Choice(list(FORMATS)),
              help="Output format. Default: terminal on a terminal, else jsonl; "
                   "with -o, taken from its extension.")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@click.option("--reference-date", metavar="YYYY-MM-DD", callback=_reference_date,
              help="Give year-less datelines the latest such date not after this one.")
@click.option("--encoding", metavar="NAME", help="Decode every input with this codec.")
@click.option("--strict", is_flag=True, help="Exit 1 if any story has warnings.")
@click.option("-q", "--quiet", is_flag=True, help="No notes on standard error (errors still shown).")
@click.option("--color/--no-color", default=None, help="Force colour on or off (terminal format).")
@click.option("--excel-safe", is_flag=True,
              help="CSV: prefix cells that start with = + - @ tab or CR with ' (alters data).")
@click.option("--debug", is_flag=True, help="Show a traceback on internal errors.")
@click.option("--schema", is_flag=True, expose_value=False, is_eager=True, callback=_print_schema,
              help="Print the JSON Schema of the records and exit.")
@click.version_option(__version__, "--version", prog_name="wireparse", message="%(prog)s %(version)s")
@click.pass_context
def command(ctx: click.Context, files: tuple[str, ...], format_name: str | None, output: str | None,
            reference_date: dt.date | None, encoding: str | None, strict: bool, quiet: bool,
            color: bool | None, excel_safe: bool, debug: bool) -> None:
    """Parse wire stories into records: headline, summary, byline, captions, dateline, body.

    Reads each FILE, or standard input when there is none or FILE is -.

    \b
    Examples:
      cat story.txt | wireparse
      wireparse -f csv dispatches/*.txt > stories.csv
      wireparse -f json story.txt | jq '.[0].dateline'
    """
    if not files and sys.stdin.isatty():
        click.echo(ctx.get_usage(), err=True)
        click.echo("Try 'wireparse -h' for help; pipe a story in or name a file.", err=True)
        ctx.exit(EXIT_USAGE)
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    fmt = get_format(choose_format(format_name, output))
    options = Options(color=color, excel_safe=excel_safe)
    settings = Settings(reference_date=reference_date, encoding=encoding)
    failures = 0
    warned = False

    def on_error(source: str, reason: str) -> None:
        nonlocal failures
        failures += 1
        error(f"{source}: {reason}")

    def tracked(records):
        nonlocal warned
        for story in records:
            warned = warned or bool(story.warnings)
            yield story

    status = run(lambda: _write(fmt, tracked(stories(files or (STDIN,), settings, on_error)),
                                output, options), debug)
    if status == EXIT_OK and (failures or (strict and warned)):
        status = EXIT_FAILURE
    ctx.exit(status)


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
        error(f"internal error ({type(exc).__name__}: {exc}); rerun with --debug for details")
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
