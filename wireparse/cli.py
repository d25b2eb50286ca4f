"""The ``wireparse`` command: options in, stories out, and exit statuses a shell script can trust.

0 all went well (binary files skipped while walking a folder are not failures); 1 an input could
not be read or parsed, ``--strict`` found warnings, two inputs would share an ``--output-dir`` file,
or the output could not be written (help and version included); 2 usage error, including an output
that is, or lies inside, an input; 70 internal error (rerun with ``--debug``); 130 interrupted
(Ctrl-C); 143 terminated (SIGTERM). Every way the command ends is one of these, with at most one
line on standard error: a closed standard stream, a full disk or a reader gone away included.

Inputs, their order and reading are ``inputs`` and ``batch``; output files ``output``; messages
and progress ``report``. This module only wires options to them.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any, cast

import click

from . import __version__, compiled
from .batch import Settings, Writer, outcomes, stories
from .formats import (
    BINARY,
    EXTENSIONS,
    FILE_PER_STORY,
    FORMATS,
    NINJS_VERSIONS,
    Format,
    FormatUnavailable,
    Options,
    Rendered,
    get_format,
)
from .inputs import COMPRESSIONS, STDIN, Input, Notice, named_inputs
from .model import Story
from .output import OutputCollision, OutputRefused, prepare_tree, refuse_overlap, refuse_when_met
from .report import make_report, shown, wants_progress

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 70, 130
#: 128 + SIGTERM, as a shell reports a process the signal ended.
EXIT_TERMINATED = 143
#: Codecs Python counts as text encodings that decode no story: they encode host names (idna,
#: punycode; neither takes the error handler that replaces bad bytes) or refuse everything
#: (undefined). Codecs that are not text encodings at all (base64, zlib, rot13...) say so
#: themselves.
NOT_TEXT_CODECS = frozenset({"idna", "punycode", "undefined"})


class UsageConflict(Exception):
    """A usage error met while the inputs are listed (exit 2)."""


def error(message: str) -> None:
    """One line on stderr, prefixed with the program name; control characters in file names it
    holds are shown as escapes, never sent to the terminal."""
    click.echo(f"wireparse: {shown(message)}", err=True)


def _reference_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _emit(ctx: click.Context, text: str) -> None:
    """Print ``text`` (help, version, schema) and end: quietly (0) when the reader went away, with
    one line and exit 1 when standard output cannot be written."""
    try:
        click.echo(text, nl=False)
    except BrokenPipeError:
        _silence_stdout()
    except OSError as exc:
        _silence_stdout()
        error(f"standard output: {exc.strerror or exc}")
        ctx.exit(EXIT_FAILURE)
    ctx.exit(EXIT_OK)


def _print_schema(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from importlib.resources import files

    _emit(ctx, files("wireparse").joinpath("schema.json").read_text(encoding="utf-8"))


def _print_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        _emit(ctx, ctx.get_help() + "\n")


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        _emit(ctx, f"wireparse {__version__}\n")


class _Command(click.Command):
    """The command with its help printed by :func:`_emit`, and Ctrl-C (or SIGTERM) anywhere in it
    an exit status, never click's ``Aborted!``."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.callback = _print_help
        return option

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            ctx.exit(EXIT_INTERRUPTED)


def check_encoding(name: str | None) -> None:
    """Raise :class:`click.BadParameter` unless ``name`` is None or a codec that decodes bytes to
    text."""
    if name is None:
        return
    import codecs

    try:
        info = codecs.lookup(name)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {name!r}", param_hint="--encoding") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_TEXT_CODECS:
        raise click.BadParameter(
            f"{name!r} is not a text encoding (it does not decode bytes into text)", param_hint="--encoding"
        )


def check_output(output: str | None) -> None:
    """Raise :class:`click.BadParameter` for an ``-o`` that cannot be a file: empty, or a folder."""
    if output == "":
        raise click.BadParameter("the file name is empty", param_hint="'-o'")
    if output and output != STDIN and os.path.isdir(output):
        raise click.BadParameter(f"{shown(output)} is a folder; name a file in it", param_hint="'-o'")


def choose_format(name: str | None, output: str | None) -> str:
    """``-f`` wins; else the output file's extension (under a compression suffix:
    ``stories.csv.gz`` is CSV); else terminal on a terminal, JSON Lines not."""
    if name:
        return name
    if output and output != STDIN:
        stem, ext = os.path.splitext(output)
        if ext.lower() in COMPRESSIONS:
            ext = os.path.splitext(stem)[1]
        ext = ext.lower()
        if ext in EXTENSIONS:
            return EXTENSIONS[ext]
        return "jsonl"
    return "terminal" if sys.stdout.isatty() else "jsonl"


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """The output stream, always UTF-8 whatever the locale. A file is written to a temporary name
    beside it and renamed into place only when complete (see :func:`wireparse.output.output_file`
    for what is written into instead)."""
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
    from .output import output_file

    with output_file(path) as file:
        yield file


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@click.command(
    cls=_Command, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(list(FORMATS)),
    help="Output format. Default: terminal on a terminal, else jsonl; with -o, taken from its extension.",
)
@click.option(
    "--ninjs-version",
    type=click.Choice(NINJS_VERSIONS),
    help=f"ninjs: the version of the standard to write.  [default: {NINJS_VERSIONS[0]}]",
)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@click.option(
    "--output-dir",
    metavar="OUT",
    help="Write one file per input under OUT, the input's path below its folder kept "
    "and its extension replaced by the format's (default format: jsonl; nitf: one file "
    "per story, <name>-<index>.xml, for an input holding several).",
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
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)
@click.pass_context
def command(
    ctx: click.Context,
    files: tuple[str, ...],
    format_name: str | None,
    ninjs_version: str | None,
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
    _check_usage(ctx, files, files_from, encoding, output, output_dir)
    name = format_name or ("jsonl" if output_dir else choose_format(None, output))
    if ninjs_version and name != "ninjs":
        raise click.UsageError(f"--ninjs-version applies to -f ninjs only, not to {name}")
    fmt = _available(
        ctx, name, on_terminal=not output_dir and output in (None, STDIN) and sys.stdout.isatty()
    )
    options = Options(color=color, excel_safe=excel_safe, ninjs_version=ninjs_version or NINJS_VERSIONS[0])
    settings = Settings(reference_date=reference_date, encoding=encoding, debug=debug)
    named = [*files, *([files_from] if files_from and files_from != STDIN else [])]
    items = _listed(files, files_from, null=null, recursive=recursive, globs=globs)
    on_terminal = not output_dir and output in (None, STDIN) and sys.stdout.isatty()
    progress = wants_progress(no_progress, quiet, on_terminal)
    items = _checked(
        ctx,
        items,
        output,
        output_dir,
        fmt.EXTENSION,
        named,
        files_from,
        progress=progress,
        per_story=name in FILE_PER_STORY,
    )
    report = make_report(quiet=quiet, progress=progress, items=items)
    spec = Writer(name, options)
    render = spec if fmt.render_story is not None else None
    results = outcomes(
        items, settings, jobs=jobs, eager=report.live, writer=spec if output_dir else None, render=render
    )
    records = stories(results, report, fail_fast=fail_fast)
    job = (lambda: _drain(records)) if output_dir else (lambda: _write(fmt, records, output, options))
    status = run(job, debug)
    report.close(summary=status in (EXIT_OK, EXIT_FAILURE))
    if status == EXIT_OK and (report.failures or (strict and report.warned)):
        status = EXIT_FAILURE
    ctx.exit(status)


def _available(ctx: click.Context, name: str, *, on_terminal: bool) -> Format:
    """The format ``name``, refused (exit 2) when it needs a package that is not installed, or
    writes bytes and the output is a terminal."""
    try:
        fmt = get_format(name)
    except FormatUnavailable as exc:
        error(str(exc))
        ctx.exit(EXIT_USAGE)
    if name in BINARY and on_terminal:
        error(f"-f {name} writes binary data, not text for a terminal; name a file with -o FILE")
        ctx.exit(EXIT_USAGE)
    return fmt


def _listed(
    files: tuple[str, ...], files_from: str | None, *, null: bool, recursive: bool, globs: tuple[str, ...]
) -> Iterable[Input | Notice]:
    """The inputs the command names, its folders walked and its list read as the run goes."""
    items = named_inputs(files, files_from=files_from, null=null, recursive=recursive, globs=globs)
    return _no_story_on_the_list(items) if files_from == STDIN else items


def _check_usage(
    ctx: click.Context,
    files: tuple[str, ...],
    files_from: str | None,
    encoding: str | None,
    output: str | None,
    output_dir: str | None,
) -> None:
    """What the options ask that cannot be done, refused before anything is read (exit 2)."""
    if not files and not files_from and sys.stdin.isatty():
        click.echo(ctx.get_usage(), err=True)
        click.echo("Try 'wireparse -h' for help; pipe a story in or name a file.", err=True)
        ctx.exit(EXIT_USAGE)
    check_encoding(encoding)
    check_output(output)
    if output and output_dir:
        raise click.UsageError("-o and --output-dir cannot be used together")
    if files_from == STDIN and STDIN in files:
        raise click.UsageError("standard input cannot hold both the --files-from list and a story")


def _checked(
    ctx: click.Context,
    items: Iterable[Input | Notice],
    output: str | None,
    output_dir: str | None,
    extension: str,
    named: list[str],
    files_from: str | None,
    *,
    progress: bool,
    per_story: bool = False,
) -> Any:
    """``items`` checked against the output (``named``: the paths the command names), planned for
    ``--output-dir`` (listed, then; ``per_story``: the format writes a file per story), listed for a
    progress bar; a refusal ends the command here."""
    try:
        checked: Iterable[Input | Notice | tuple[Input, str]] = items
        if output_dir:
            checked = prepare_tree(items, output_dir, extension, named, per_story=per_story)
        elif output and output != STDIN:
            refuse_overlap(output, named)
            checked = refuse_when_met(items, output)
        return list(checked) if progress else checked
    except (OutputRefused, UsageConflict) as exc:
        error(str(exc))
        ctx.exit(EXIT_USAGE)
    except OutputCollision as exc:
        for line in exc.lines:
            error(line)
        ctx.exit(EXIT_FAILURE)
    except OSError as exc:
        error(f"{exc.filename or files_from}: {exc.strerror or exc}")
        ctx.exit(EXIT_FAILURE)


def _no_story_on_the_list(items: Iterable[Input | Notice]) -> Iterator[Input | Notice]:
    """``items`` of a ``--files-from -`` run, refusing a ``-`` on the list: the rest of the list
    would be read as a story."""
    for item in items:
        if isinstance(item, Input) and item.path == STDIN:
            raise UsageConflict(
                "-: on the --files-from list, which standard input holds: it cannot also hold a story"
            )
        yield item


def _drain(records: Iterator[object]) -> None:
    for _ in records:
        pass


def _write(fmt: Format, records: Iterable[Story | Rendered], output: str | None, options: Options) -> None:
    try:
        with open_output(output) as stream:
            fmt.write(records, stream, options)
    except BrokenPipeError:
        raise
    except OSError as exc:
        if exc.filename is None:
            exc.filename = output if output not in (None, STDIN) else "standard output"
        raise


def run(job: Callable[[], object], debug: bool) -> int:
    """Run ``job``, turning every way it can end into an exit status and at most one line."""
    try:
        job()
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep Python from complaining at exit
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except (OutputRefused, UsageConflict) as exc:  # an input listed as the run went
        error(str(exc))
        return EXIT_USAGE
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
    """Send what is left of standard output nowhere (the reader went away, or it cannot be
    written), so that Python's own flush at exit has nothing to complain about."""
    closed = getattr(sys.stdout, "buffer", None)
    if isinstance(closed, _ClosedStream):
        closed.silenced = True
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class _ClosedStream(io.RawIOBase):
    """A standard stream that was closed when the command started (``>&-``, ``<&-``): reading or
    writing it fails as it would have (EBADF), with its name."""

    def __init__(self, name: str, *, reading: bool) -> None:
        super().__init__()
        self.name_shown, self.reading, self.silenced = name, reading, False

    def readable(self) -> bool:
        return self.reading

    def writable(self) -> bool:
        return not self.reading

    def _fail(self) -> OSError:
        return OSError(errno.EBADF, os.strerror(errno.EBADF), self.name_shown)

    def readinto(self, buffer: Any) -> int:
        raise self._fail()

    def write(self, data: Any) -> int:
        if self.silenced:
            return len(data)
        raise self._fail()


def guard_standard_streams() -> None:
    """Hold each standard descriptor that was closed when the command started on /dev/null, so
    that no file the run opens takes its number (and gets records or messages meant for it); a
    closed standard input or output then fails when used, a closed standard error stays silent."""
    streams = (("stdin", "standard input"), ("stdout", "standard output"), ("stderr", "standard error"))
    for fd, (attribute, name) in enumerate(streams):
        try:
            os.fstat(fd)
            continue
        except OSError:
            pass
        held = os.open(os.devnull, os.O_RDWR)  # the lowest free number: ``fd`` itself
        if held != fd:
            os.dup2(held, fd)
            os.close(held)
        if fd == 2:
            stream: IO[str] = open(fd, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        else:
            stream = io.TextIOWrapper(
                cast(Any, _ClosedStream(name, reading=fd == 0)), encoding="utf-8", write_through=True
            )
        setattr(sys, attribute, stream)


_terminated = False


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM unwinds the run as Ctrl-C does (temporaries removed, workers ended), then exits 143."""
    global _terminated
    _terminated = True
    raise KeyboardInterrupt


def _interrupt_again(unraisable: Any) -> None:
    """An interrupt Python dropped because it landed in a finalizer (``Exception ignored in
    ... __del__``, as the ``regex`` module's compiler runs them) is raised again a moment later,
    out of the finalizer, where it can end the run (even one waiting for input); any other such
    exception is reported as Python reports it."""
    if not issubclass(unraisable.exc_type, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)
    elif hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, _raise_interrupt)
        signal.setitimer(signal.ITIMER_REAL, _INTERRUPT_AGAIN_AFTER)


#: How long after a dropped interrupt it is raised again, in seconds.
_INTERRUPT_AGAIN_AFTER = 0.01


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> None:
    """Console entry point."""
    status: Any = EXIT_INTERRUPTED
    try:
        guard_standard_streams()
        signal.signal(signal.SIGTERM, _terminate)
        sys.unraisablehook = _interrupt_again
        status = command.main(args=argv, prog_name="wireparse", standalone_mode=False)
        compiled.save()  # the next run reads this run's patterns instead of compiling them
    except click.ClickException as exc:
        exc.show()
        status = exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        status = EXIT_INTERRUPTED
    if status == EXIT_INTERRUPTED and _terminated:
        status = EXIT_TERMINATED
    sys.exit(status or EXIT_OK)
