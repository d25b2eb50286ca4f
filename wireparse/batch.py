"""Inputs to stories, in input order: each input opened (through its compression), decoded and split
into stories as its bytes arrive, the stories parsed, and what became of each input handed back as
an :class:`Outcome`. A thin driver around inputs, decode, stream and parse.

With ``jobs`` > 1 the parsing runs in a pool of processes, and the outcomes still come back in input
order, so the output is the same byte for byte whatever the number of processes:

- small files (up to :data:`WHOLE_FILE`) go to the workers in tasks of several files, read and parsed
  there (with ``--output-dir`` also written there), so that one task's round trip is paid for many
  files, not one;
- a long file is read and split by the main process, as a stream, and its stories go to the workers
  a batch at a time; memory then holds a few batches, never the file;
- standard input is read and parsed in the main process, one story at a time, so that each story is
  written as soon as it ends, whatever arrives after it.

At most :data:`AHEAD` tasks of files (:data:`STREAM_AHEAD` batches of a long file's stories) per
process are in flight, so memory stays bounded however many inputs there are. A pool is started
only when there are two tasks or a long file to share out. When a long file fails part-way, the
batches of its stories already sent are still waited for and their stories kept, as one process
would have kept them; the pool itself (:mod:`wireparse.pool`) matches each result to its task.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from .decode import CHUNK, BinaryInputError, BinaryTail, DecodeError
from .formats import FILE_PER_STORY, Options, Rendered, story_renderer
from .inputs import STDIN, Input, Notice, compression, expands_within, is_regular, open_input
from .model import Story
from .stream import StoryText, parse_text, read_texts

if TYPE_CHECKING:  # the pool is imported when a run asks for more than one process
    from .pool import Answer, Pool


def _test_limits(default: tuple[int, int]) -> tuple[int, int]:
    """Internal, for tests only: ``_WIREPARSE_TEST_LIMITS=WHOLE:STORIES`` (read once, at import)
    lowers :data:`WHOLE_FILE` and :data:`TASK_STORIES`, so that small inputs take the paths of
    long ones. Not an option: anything malformed is ignored."""
    whole, _, stories = os.environ.get("_WIREPARSE_TEST_LIMITS", "").partition(":")
    if whole.isdigit() and stories.isdigit() and int(stories) > 0:
        return int(whole), int(stories)
    return default


#: Files up to this size (compressed ones: an eighth of it) are read whole by one worker;
#: stories of a long file sent to a worker at a time.
WHOLE_FILE, TASK_STORIES = _test_limits((8 << 20, 64))
#: A task holds at most this many files, or files of this many bytes together.
TASK_FILES, TASK_BYTES = 256, 1 << 20
#: Tasks of files in flight per process: enough that no worker waits while the oldest task, whose
#: result is written next, is still being parsed (tasks are capped by TASK_BYTES).
AHEAD = 16
#: Batches of a long file's stories in flight per process: its stories have no size cap.
STREAM_AHEAD = 4


class Work(NamedTuple):
    """One input, and the ``--output-dir`` file its stories are written to (None: they are handed
    back)."""

    input: Input
    target: str | None


class Ready:
    """A result that needs no worker, queued behind the ones that do."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def get(self) -> Any:
        return self.value

    def drop(self) -> None:
        pass


class Settings(NamedTuple):
    reference_date: dt.date | None = None
    encoding: str | None = None
    debug: bool = False
    """Let unexpected errors through (with their traceback) instead of reporting the input."""


class Writer(NamedTuple):
    """How ``--output-dir`` files are written, where their stories are parsed."""

    format: str
    options: Options


@dataclass(slots=True)
class Outcome:
    """What became of an input, or of a stretch of a long one."""

    source: str
    stories: list[Story | Rendered] = field(default_factory=list)
    """Parsed stories, or formatted ones from a worker process (``render``)."""
    written: int = 0
    """Stories written to the input's own output file (``--output-dir``)."""
    warned: int = 0
    """Stories, among ``stories`` and ``written``, that carry warnings."""
    error: str | None = None
    """Why the input failed (it counts as a failure)."""
    note: str | None = None
    """Why the input was skipped (not a failure)."""
    name: str | None = None
    """What a message names, when it is not the input (an output file that could not be written)."""
    done: bool = True
    """The input's last outcome."""

    @property
    def count(self) -> int:
        return len(self.stories) + self.written


class _ReadFailed(Exception):
    """Reading an input failed while its output file was being written (the cause says why)."""


def reason(error: BaseException) -> str:
    """A one-line reason for a failed input, as ``ls`` or ``cat`` would word it."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, LookupError):
        return f"unknown encoding: {error}"
    if isinstance(error, MemoryError):
        return "out of memory"
    return " ".join(str(error).split()) or type(error).__name__


# --- one input -------------------------------------------------------------------------------------


def _chunks(stream: Any) -> Iterator[bytes]:
    read = getattr(stream, "read1", stream.read)
    while chunk := read(CHUNK):
        yield chunk


def _parse(told: StoryText, source: str, settings: Settings) -> Story:
    return parse_text(told, source=source, reference_date=settings.reference_date)


def _texts(stream: Any, settings: Settings) -> Iterator[StoryText]:
    """Each story's text in ``stream`` and how it was read, as :func:`wireparse.parse_stream`
    reads bytes (one empty text for an empty input; :class:`BinaryTail` after the last)."""
    return read_texts(_chunks(stream), settings.encoding)


class Piece(NamedTuple):
    """A stretch of a long input, so that several processes can share it: the stories that end
    while its bytes ``start`` to ``end`` (None: to the end) are being read. Each process reads
    (and splits, without parsing) the input from its start; every story falls in one piece, and
    what reading meets (a failure, binary data after the text) in the piece where it is met."""

    start: int
    end: int | None

    def holds(self, offset: int) -> bool:
        return self.start <= offset and (self.end is None or offset < self.end)


class _Counted:
    """The chunks of a stream, and where the one last taken begins (the offset a story that ends
    in it, or a failure met in it, is placed at)."""

    def __init__(self, stream: Any) -> None:
        self.stream, self.at = stream, 0

    def __iter__(self) -> Iterator[bytes]:
        taken = 0
        for chunk in _chunks(self.stream):
            self.at = taken
            taken += len(chunk)
            yield chunk


def read_stories(
    path: str, settings: Settings = Settings(), *, fs: Any = None, piece: Piece | None = None
) -> Iterator[Story]:
    """The stories of one input (``-``: standard input), each as soon as it ends; ``fs``: the
    fsspec file system it is on (None: this machine's); ``piece``: only those of that piece."""
    if piece is not None:
        yield from _piece_stories(path, settings, fs, piece)
        return
    with open_input(path, fs) as stream:
        for told in _texts(stream, settings):
            yield _parse(told, path, settings)


def _piece_stories(path: str, settings: Settings, fs: Any, piece: Piece) -> Iterator[Story]:
    try:
        stream = open_input(path, fs)
    except Exception:
        if piece.holds(0):
            raise
        return  # the first piece says why
    with stream:
        chunks = _Counted(stream)
        texts = read_texts(chunks, settings.encoding)
        while True:
            try:
                told = next(texts, None)
            except Exception:
                if piece.holds(chunks.at):
                    raise
                return  # met outside the piece: the piece that holds it says so
            if told is None or (piece.end is not None and chunks.at >= piece.end):
                return
            if piece.holds(chunks.at):
                yield _parse(told, path, settings)


def read_input(
    item: Input, settings: Settings = Settings(), *, fs: Any = None, piece: Piece | None = None
) -> Outcome:
    """One input (or a piece of it) read and parsed in this process: its stories, and what the
    command says of it (a failure, or a note), the stories read before a failure kept."""
    told: list[Outcome] = []
    stories: list[Story | Rendered] = list(input_stories(item, settings, told.append, fs=fs, piece=piece))
    outcome = told[0]
    outcome.stories, outcome.warned = stories, _warned(stories)
    return outcome


def input_stories(
    item: Input,
    settings: Settings,
    tell: Callable[[Outcome], object],
    *,
    fs: Any = None,
    piece: Piece | None = None,
) -> Iterator[Story]:
    """The stories of one input (or a piece of it), each as soon as it ends, as :func:`read_input`
    reads them; once the input is done, ``tell`` is handed what the command says of it (its
    stories not included), so that a caller may write each story and keep none."""
    try:
        yield from read_stories(item.path, settings, fs=fs, piece=piece)
    except BinaryTail as error:
        tell(Outcome(item.path, note=str(error)))
    except Exception as error:  # noqa: BLE001 - reported as the input's failure
        tell(_failed(item, error, settings))
    else:
        tell(Outcome(item.path))


def _failed(item: Input, error: Exception, settings: Settings, **fields: Any) -> Outcome:
    expected = (OSError, EOFError, DecodeError, LookupError)
    if settings.debug and not isinstance(error, expected):
        raise error
    if isinstance(error, BinaryInputError) and item.walked:
        return Outcome(item.path, note="skipped: binary data, not text", **fields)
    if isinstance(error, BinaryTail):  # the stories of the text before it are out
        return Outcome(item.path, note=str(error), **fields)
    return Outcome(item.path, error=reason(error), **fields)


def _warned(stories: Iterable[Story | Rendered]) -> int:
    return sum(1 for story in stories if story.warnings)


def _write(target: str, stories: Iterable[Story | Rendered], writer: Writer) -> None:
    from .formats import get_format
    from .output import atomic_text_file

    tail: list[Exception] = []

    def until_tail() -> Iterator[Story | Rendered]:
        # binary data after the text ends the input, not its file: the stories before it are kept
        try:
            yield from stories
        except Exception as error:
            if not isinstance(error.__cause__ if isinstance(error, _ReadFailed) else error, BinaryTail):
                raise
            tail.append(error)

    _make_folders(os.path.dirname(target) or ".")
    if writer.format in FILE_PER_STORY:
        _write_each(target, until_tail(), writer)
    else:
        with atomic_text_file(target) as stream:
            get_format(writer.format).write(until_tail(), stream, writer.options)
    if tail:
        raise tail[0]


def _write_each(target: str, stories: Iterable[Story | Rendered], writer: Writer) -> None:
    """A file per story: ``target`` for an input holding one, ``<stem>-<index><extension>`` for
    each story of one holding several. The first story is held until the second shows which."""
    from .formats import get_format
    from .output import atomic_text_file

    fmt = get_format(writer.format)
    stem, extension = os.path.splitext(target)

    def one(path: str, story: Story | Rendered) -> None:
        with atomic_text_file(path) as stream:
            fmt.write([story], stream, writer.options)

    held: Story | Rendered | None = None
    for index, story in enumerate(stories):
        if index == 0:
            held = story
            continue
        if held is not None:
            one(f"{stem}-0{extension}", held)
            held = None
        one(f"{stem}-{index}{extension}", story)
    if held is not None:
        one(target, held)


def _make_folders(folder: str) -> None:
    """``os.makedirs(folder, exist_ok=True)`` without its recursion, which a tree deeper than
    Python's recursion limit would exhaust."""
    missing: list[str] = []
    while folder and not os.path.isdir(folder):
        missing.append(folder)
        folder = os.path.dirname(folder)
    for path in reversed(missing):
        try:
            os.mkdir(path)
        except FileExistsError:
            if not os.path.isdir(path):
                raise


def _whole(item: Input, target: str | None, settings: Settings, writer: Writer | None) -> Outcome:
    """Read, parse and (with a target) write one input that fits in memory."""
    if target is None or writer is None:
        return read_input(item, settings)
    stories: list[Story | Rendered] = []
    tail = None
    try:
        stories.extend(read_stories(item.path, settings))
    except BinaryTail as error:
        tail = str(error)
    except Exception as error:  # noqa: BLE001 - reported as the input's failure
        return _failed(item, error, settings)
    try:
        _write(target, stories, writer)
    except OSError as error:
        return Outcome(item.path, error=reason(error), name=target)
    return Outcome(item.path, written=len(stories), warned=_warned(stories), note=tail)


def _run_files(
    work: list[Work], settings: Settings, writer: Writer | None, render: Writer | None = None
) -> list[Outcome]:
    results = [_whole(item, target, settings, writer) for item, target in work]
    if render is not None:
        for outcome in results:
            outcome.stories = _rendered(outcome.stories, render)
    return results


def _run_texts(
    source: str, texts: list[StoryText], settings: Settings, render: Writer | None = None
) -> list[Story | Rendered]:
    stories: list[Story | Rendered] = [_parse(told, source, settings) for told in texts]
    return stories if render is None else _rendered(stories, render)


def _rendered(stories: list[Story | Rendered], render: Writer) -> list[Story | Rendered]:
    """Stories formatted where they were parsed: the main process then only writes them, so it
    keeps up with the workers. ``render`` is a format with a story renderer (see :func:`outcomes`)."""
    text = story_renderer(render.format)
    if text is None:
        raise ValueError(f"the {render.format} format prints no story on its own")
    return [
        story if isinstance(story, Rendered) else Rendered(text(story, render.options), story.warnings)
        for story in stories
    ]


# --- many inputs -----------------------------------------------------------------------------------


def _whole_size(path: str) -> int | None:
    """The size of a regular file small enough to be read whole by one worker, else None."""
    regular, size = is_regular(path)
    if not regular or size * (8 if compression(path) else 1) > WHOLE_FILE:
        return None
    if compression(path) and not expands_within(path, WHOLE_FILE):
        return None  # a few kilobytes may hold gigabytes: read as a stream
    return size


def noticed(notice: Notice) -> Outcome:
    """The outcome of what listing the inputs met: a failure, or a note."""
    message = notice.message
    return Outcome(
        notice.path,
        error=message if notice.error else None,
        note=None if notice.error else message,
        done=False,
    )


class Unit(NamedTuple):
    """A step of the work, in input order: ``files`` (a task of small files: a list of
    :class:`Work`), ``stream`` (one long file or standard input: a :class:`Work`) or ``ready``
    (outcomes of what the listing met: a list of :class:`Outcome`)."""

    kind: str
    payload: Any


def _units(items: Iterable[Input | Notice | tuple[Input, str]]) -> Iterator[Unit]:
    """The work in input order: tasks of small files grow from one file to :data:`TASK_FILES`, so
    that a few files still spread over the pool."""
    files: list[Work] = []
    size, limit = 0, 1
    for item in items:
        if isinstance(item, Notice):
            unit = Unit("ready", [noticed(item)])
        else:
            work = Work(*item) if isinstance(item, tuple) else Work(item, None)
            whole = None if work.input.path == STDIN else _whole_size(work.input.path)
            if whole is not None:
                files.append(work)
                size += whole
                if len(files) >= limit or size >= TASK_BYTES:
                    yield Unit("files", files)
                    files, size, limit = [], 0, min(2 * limit, TASK_FILES)
                continue
            unit = Unit("stream", work)
        if files:
            yield Unit("files", files)
            files, size = [], 0
        yield unit
    if files:
        yield Unit("files", files)


def _most_tasks(units: list[Unit]) -> int | None:
    """How many tasks ``units`` make at most; None when a long file is among them (its stories
    make as many tasks as it takes)."""
    if any(unit.kind == "stream" and unit.payload.input.path != STDIN for unit in units):
        return None
    return sum(unit.kind == "files" for unit in units)


def outcomes(
    items: Iterable[Input | Notice | tuple[Input, str]],
    settings: Settings = Settings(),
    *,
    jobs: int = 1,
    writer: Writer | None = None,
    render: Writer | None = None,
    eager: bool = False,
) -> Iterator[Outcome]:
    """The outcome of every input, in input order.

    Args:
        items: inputs, notices met while listing them, or (input, output file) pairs for
            ``--output-dir`` (the stories are then written there, and outcomes count them).
        settings: how inputs are read and parsed.
        jobs: processes that parse at most; 1 parses in this process. Workers start as tasks
            arrive, never more than there are tasks (see :class:`~wireparse.pool.Pool`).
        writer: the format of ``--output-dir`` files.
        render: the format of standard output: when it has a story renderer, worker processes
            hand back the stories formatted (:class:`~wireparse.formats.Rendered`).
        eager: start the pool at once rather than at the second task (when a progress display is
            about to start a thread, which a forked worker should not inherit); the work is then
            listed first, so that no more workers start than it has tasks.
    """
    if render is not None and story_renderer(render.format) is None:
        render = None  # its stories are laid out where they are written
    pool = None
    if jobs > 1:
        from .pool import Pool

        pool = Pool(jobs)
    units: Iterable[Unit] = _units(items)
    try:
        if pool is not None and eager:
            units = list(units)
            pool.start(_most_tasks(units))
        yield from _ordered(iter(units), pool, settings, writer, render)
    except BaseException:
        if pool is not None:
            pool.end(abort=True)
        raise
    if pool is not None:
        pool.end(abort=False)


def _ordered(
    units: Iterator[Unit],
    pool: Pool | None,
    settings: Settings,
    writer: Writer | None,
    render: Writer | None,
) -> Iterator[Outcome]:
    pending: deque[Any] = deque()
    held: list[Work] | None = None  # a first task, kept back until a second shows a pool is worth it
    ahead = AHEAD * (pool.jobs if pool else 1)

    def drain(keep: int = 0) -> Iterator[Outcome]:
        while len(pending) > keep:
            yield from pending.popleft().get()

    for kind, unit in units:
        if kind == "files" and pool is not None:
            if held is None and not pool.started:
                held = unit
                continue
            for task in (held, unit) if held is not None else (unit,):
                pending.append(pool.submit(_run_files, task, settings, writer, render))
            held = None
            yield from drain(ahead)
            continue
        if held is not None:
            pending.append(Ready(_run_files(held, settings, writer)))
            held = None
        if kind == "files":
            yield from _run_files(unit, settings, writer)
        elif kind == "ready":
            yield from drain()
            yield from unit
        else:
            yield from drain()
            yield from _stream(unit, pool, settings, writer, render)
    if held is not None:
        pending.append(Ready(_run_files(held, settings, writer)))
    yield from drain()


def _stream(
    work: Work,
    pool: Pool | None,
    settings: Settings,
    writer: Writer | None,
    render: Writer | None = None,
) -> Iterator[Outcome]:
    """A long file or standard input, read here as a stream; its stories are parsed here
    (standard input, or without a pool) or a batch at a time in the pool."""
    item, target = work
    share = pool is not None and item.path != STDIN
    written = warned = 0
    try:
        # closed on the way out, so that batches still in the pool are dropped at once
        with (
            open_input(item.path) as stream,
            closing(
                _parsed(
                    item.path,
                    _texts(stream, settings),
                    pool if share else None,
                    settings,
                    None if target else render,
                )
            ) as parsed,
        ):
            if target is None or writer is None:
                for story in parsed:
                    yield Outcome(item.path, [story], warned=int(bool(story.warnings)), done=False)
            else:

                def counted() -> Iterator[Story | Rendered]:
                    nonlocal written, warned
                    try:
                        for story in parsed:
                            written += 1
                            warned += bool(story.warnings)
                            yield story
                    except Exception as error:
                        raise _ReadFailed from error

                try:
                    _write(target, counted(), writer)
                except OSError as error:
                    yield Outcome(item.path, error=reason(error), name=target)
                    return
    except _ReadFailed as failed:
        yield _failed(item, failed.__cause__, settings)  # type: ignore[arg-type]
        return
    except Exception as error:  # noqa: BLE001 - reported as the input's failure
        yield _failed(item, error, settings)
        return
    yield Outcome(item.path, written=written, warned=warned)


def _parsed(
    source: str,
    texts: Iterator[StoryText],
    pool: Pool | None,
    settings: Settings,
    render: Writer | None = None,
) -> Generator[Story | Rendered, None, None]:
    if pool is None:
        for told in texts:
            yield _parse(told, source, settings)
        return
    pending: deque[Answer] = deque()
    try:
        yield from _shared(source, texts, pool, pending, settings, render)
    finally:
        # given up on (the output file could not be written, a batch failed): their replies
        # are discarded when they arrive, never taken for another task's
        for answer in pending:
            answer.drop()


def _shared(
    source: str,
    texts: Iterator[StoryText],
    pool: Pool,
    pending: deque[Answer],
    settings: Settings,
    render: Writer | None,
) -> Iterator[Story | Rendered]:
    """The stories of ``texts`` parsed in the pool, a batch at a time, in order. When reading
    fails part-way, the stories read before are still parsed and handed back, as one process
    would have, and then the failure is raised."""
    batch: list[StoryText] = []
    failure: Exception | None = None
    while True:
        try:
            told = next(texts, None)
        except Exception as error:  # noqa: BLE001 - raised once the stories before it are out
            failure = error
            break
        if told is None:
            break
        batch.append(told)
        if len(batch) >= TASK_STORIES:
            pending.append(pool.submit(_run_texts, source, batch, settings, render))
            batch = []
            while len(pending) > STREAM_AHEAD * pool.jobs:
                yield from pending.popleft().get()
    if batch:
        pending.append(pool.submit(_run_texts, source, batch, settings, render))
    while pending:
        yield from pending.popleft().get()
    if failure is not None:
        raise failure


def stories(
    results: Iterable[Outcome], report: Callable[[Outcome], None], *, fail_fast: bool = False
) -> Iterator[Story | Rendered]:
    """The stories of ``results``, each outcome first given to ``report``; with ``fail_fast``,
    nothing after the first failure."""
    for outcome in results:
        report(outcome)
        yield from outcome.stories
        if fail_fast and outcome.error:
            return
