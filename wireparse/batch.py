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
only when there are two tasks or a long file to share out.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .decode import CHUNK, BinaryInputError, BinaryTail, DecodeError
from .formats import Options, Rendered
from .inputs import STDIN, Input, Notice, compression, expands_within, is_regular, open_input
from .model import Story
from .stream import StoryText, parse_text, read_texts

#: Files up to this size (compressed ones: an eighth of it) are read whole by one worker.
WHOLE_FILE = 8 << 20
#: A task holds at most this many files, or files of this many bytes together.
TASK_FILES, TASK_BYTES = 256, 1 << 20
#: Stories of a long file sent to a worker at a time.
TASK_STORIES = 64
#: Tasks of files in flight per process: enough that no worker waits while the oldest task, whose
#: result is written next, is still being parsed (tasks are capped by TASK_BYTES).
AHEAD = 16
#: Batches of a long file's stories in flight per process: its stories have no size cap.
STREAM_AHEAD = 4


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


def _parse(text: StoryText, source: str, index: int, settings: Settings) -> Story:
    return parse_text(text, source=source, index=index, reference_date=settings.reference_date)


def _texts(stream: Any, settings: Settings) -> Iterator[StoryText]:
    """Each story's text in ``stream`` and how it was read, as :func:`wireparse.parse_stream`
    reads bytes (one empty text for an empty input; :class:`BinaryTail` after the last)."""
    return read_texts(_chunks(stream), settings.encoding)


def read_stories(path: str, settings: Settings = Settings()) -> Iterator[Story]:
    """The stories of one input (``-``: standard input), each as soon as it ends."""
    with open_input(path) as stream:
        for index, text in enumerate(_texts(stream, settings)):
            yield _parse(text, path, index, settings)


def _failed(item: Input, error: Exception, settings: Settings, **fields: Any) -> Outcome:
    expected = (OSError, EOFError, DecodeError, LookupError)
    if settings.debug and not isinstance(error, expected):
        raise error
    if isinstance(error, BinaryInputError) and item.walked:
        return Outcome(item.path, note="skipped: binary data, not text", **fields)
    if isinstance(error, BinaryTail):  # the stories of the text before it are out
        return Outcome(item.path, note=str(error), **fields)
    return Outcome(item.path, error=reason(error), **fields)


def _warned(stories: list[Story]) -> int:
    return sum(1 for story in stories if story.warnings)


def _write(target: str, stories: Iterable[Story], writer: Writer) -> None:
    from .formats import get_format
    from .output import atomic_text_file

    tail: list[Exception] = []

    def until_tail() -> Iterator[Story]:
        # binary data after the text ends the input, not its file: the stories before it are kept
        try:
            yield from stories
        except Exception as error:
            if not isinstance(error.__cause__ if isinstance(error, _ReadFailed) else error, BinaryTail):
                raise
            tail.append(error)

    os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
    with atomic_text_file(target) as stream:
        get_format(writer.format).write(until_tail(), stream, writer.options)
    if tail:
        raise tail[0]


def _whole(item: Input, target: str | None, settings: Settings, writer: Writer | None) -> Outcome:
    """Read, parse and (with a target) write one input that fits in memory."""
    stories: list[Story] = []
    tail = None
    try:
        stories.extend(read_stories(item.path, settings))
    except BinaryTail as error:
        tail = str(error)
    except Exception as error:  # noqa: BLE001 - reported as the input's failure
        return _failed(
            item, error, settings, stories=[] if target else stories, warned=0 if target else _warned(stories)
        )
    if target is None or writer is None:
        return Outcome(item.path, stories, warned=_warned(stories), note=tail)
    try:
        _write(target, stories, writer)
    except OSError as error:
        return Outcome(item.path, error=reason(error), name=target)
    return Outcome(item.path, written=len(stories), warned=_warned(stories), note=tail)


Work = tuple[Input, "str | None"]


def _run_files(
    work: list[Work], settings: Settings, writer: Writer | None, render: Writer | None = None
) -> list[Outcome]:
    results = [_whole(item, target, settings, writer) for item, target in work]
    if render is not None:
        for outcome in results:
            outcome.stories = _rendered(outcome.stories, render)
    return results


def _run_texts(
    source: str, texts: list[tuple[int, StoryText]], settings: Settings, render: Writer | None = None
) -> list[Story] | list[Rendered]:
    stories = [_parse(text, source, index, settings) for index, text in texts]
    return stories if render is None else _rendered(stories, render)


def _rendered(stories: list[Story], render: Writer) -> list[Rendered]:
    """Stories formatted where they were parsed: the main process then only writes them, so it
    keeps up with the workers."""
    from .formats import get_format

    text = get_format(render.format).render_story
    return [Rendered(text(story, render.options), story.warnings) for story in stories]


# --- the pool ------------------------------------------------------------------------------------
#
# Not multiprocessing.Pool: its three helper threads and shared queues cost the main process
# about a quarter of its time on many small files, and the results must come back in order anyway.
# Here each worker has its own pipe: a task goes to the worker with the fewest tasks in hand, and
# results are read back in the order the tasks were given (each worker answers its own tasks in
# order, so the next answer on a worker's pipe is for its oldest task).


def _serve(conn: Any, inherited: list[Any]) -> None:
    """A worker: run each task received, send back (True, result) or (False, error)."""
    # the pool's modules load only when a pool runs: a one-file run starts faster
    import queue
    import signal
    import threading

    for other in inherited:  # the main process's ends, or its pipes would outlive it
        other.close()
    # Ctrl-C reaches the whole process group: the main process alone decides what to do with it.
    # It ends workers with SIGTERM: remove the output file being written and stop there (not by
    # raising SystemExit, which could land in the middle of a __del__ and be printed).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit)
    # Tasks are taken off the pipe as they come, whatever the worker is doing, so the main
    # process never waits to hand over a task while this one waits to hand back a result.
    tasks: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def receive() -> None:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):  # the main process is gone
                task = None
            tasks.put(task)
            if task is None:
                return

    threading.Thread(target=receive, daemon=True).start()
    while (task := tasks.get()) is not None:
        function, args = task
        try:
            answer: tuple[bool, Any] = (True, function(*args))
        except Exception as error:  # noqa: BLE001 - handed to the main process
            answer = (False, error)
        try:
            conn.send(answer)
        except (EOFError, OSError):
            return
        except Exception as error:  # noqa: BLE001 - an error that cannot be pickled
            conn.send((False, RuntimeError(repr(error))))


def _exit(signum: int, frame: object) -> None:
    from .output import remove_open_temporaries

    remove_open_temporaries()
    os._exit(0)


class _Pool:
    """Worker processes, started on first use."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._workers: list[tuple[Any, Any]] = []  # (process, pipe)
        self._load: list[int] = []  # tasks in hand, per worker

    @property
    def started(self) -> bool:
        return bool(self._workers)

    def start(self) -> None:
        if self._workers:
            return
        import multiprocessing

        for _ in range(self.jobs):
            mine, theirs = multiprocessing.Pipe()
            inherited = [pipe for _, pipe in self._workers] + [mine]
            process = multiprocessing.Process(target=_serve, args=(theirs, inherited), daemon=True)
            process.start()
            theirs.close()
            self._workers.append((process, mine))
            self._load.append(0)

    def submit(self, function: Callable[..., Any], *args: Any) -> _Answer:
        self.start()
        worker = min(range(self.jobs), key=self._load.__getitem__)
        self._workers[worker][1].send((function, args))
        self._load[worker] += 1
        return _Answer(self, worker)

    def answer(self, worker: int) -> Any:
        try:
            ok, value = self._workers[worker][1].recv()
        except (EOFError, OSError):
            raise RuntimeError("a worker process ended unexpectedly") from None
        self._load[worker] -= 1
        if not ok:
            raise value
        return value

    def end(self, *, abort: bool) -> None:
        for process, pipe in self._workers:
            if abort:
                process.terminate()
            else:
                try:
                    pipe.send(None)
                except OSError:
                    process.terminate()
        for process, pipe in self._workers:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
                process.join()
            pipe.close()
        self._workers.clear()


class _Answer:
    """A task's result, read (in task order) when asked for."""

    def __init__(self, pool: _Pool, worker: int) -> None:
        self.pool, self.worker = pool, worker

    def get(self) -> Any:
        return self.pool.answer(self.worker)


class _Ready:
    """A result that needs no worker, queued behind the ones that do."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def get(self) -> Any:
        return self.value


# --- many inputs -----------------------------------------------------------------------------------


def _whole_size(path: str) -> int | None:
    """The size of a regular file small enough to be read whole by one worker, else None."""
    regular, size = is_regular(path)
    if not regular or size * (8 if compression(path) else 1) > WHOLE_FILE:
        return None
    if compression(path) and not expands_within(path, WHOLE_FILE):
        return None  # a few kilobytes may hold gigabytes: read as a stream
    return size


def _units(items: Iterable[Input | Notice | Work]) -> Iterator[tuple[str, Any]]:
    """The work in input order: ``files`` tasks of small files (growing from one file to
    :data:`TASK_FILES`, so that a few files still spread over the pool), ``stream`` for each
    long file or standard input, and ``ready`` outcomes of what the listing met."""
    files: list[Work] = []
    size, limit = 0, 1
    for item in items:
        if isinstance(item, Notice):
            unit: tuple[str, Any] = (
                "ready",
                [
                    Outcome(
                        item.path,
                        error=item.message if item.error else None,
                        note=None if item.error else item.message,
                        done=False,
                    )
                ],
            )
        else:
            work = item if isinstance(item, tuple) else (item, None)
            path = work[0].path
            whole = None if path == STDIN else _whole_size(path)
            if whole is not None:
                files.append(work)
                size += whole
                if len(files) >= limit or size >= TASK_BYTES:
                    yield "files", files
                    files, size, limit = [], 0, min(2 * limit, TASK_FILES)
                continue
            unit = ("stream", work)
        if files:
            yield "files", files
            files, size = [], 0
        yield unit
    if files:
        yield "files", files


def outcomes(
    items: Iterable[Input | Notice | Work],
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
        jobs: processes that parse; 1 parses in this process.
        writer: the format of ``--output-dir`` files.
        render: the format of standard output, when it has ``render_story``: worker processes then
            hand back the stories formatted (:class:`~wireparse.formats.Rendered`).
        eager: start the pool at once rather than at the second task (when a progress display is
            about to start a thread, which a forked worker should not inherit).
    """
    pool = _Pool(jobs) if jobs > 1 else None
    if pool is not None and eager:
        pool.start()
    try:
        yield from _ordered(_units(items), pool, settings, writer, render)
    except BaseException:
        if pool is not None:
            pool.end(abort=True)
        raise
    if pool is not None:
        pool.end(abort=False)


def _ordered(
    units: Iterator[tuple[str, Any]],
    pool: _Pool | None,
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
            pending.append(_Ready(_run_files(held, settings, writer)))
            held = None
        if kind == "files":
            yield from _run_files(unit, settings, writer)
        elif kind == "ready":
            yield from drain()
            yield from unit
        else:
            yield from drain()
            yield from _stream(*unit, pool, settings, writer, render)
    if held is not None:
        pending.append(_Ready(_run_files(held, settings, writer)))
    yield from drain()


def _stream(
    item: Input,
    target: str | None,
    pool: _Pool | None,
    settings: Settings,
    writer: Writer | None,
    render: Writer | None = None,
) -> Iterator[Outcome]:
    """A long file or standard input, read here as a stream; its stories are parsed here
    (standard input, or without a pool) or a batch at a time in the pool."""
    share = pool is not None and item.path != STDIN
    written = warned = 0
    try:
        with open_input(item.path) as stream:
            parsed = _parsed(
                item.path,
                _texts(stream, settings),
                pool if share else None,
                settings,
                None if target else render,
            )
            if target is None or writer is None:
                for story in parsed:
                    yield Outcome(item.path, [story], warned=int(bool(story.warnings)), done=False)
            else:

                def counted() -> Iterator[Story]:
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
    pool: _Pool | None,
    settings: Settings,
    render: Writer | None = None,
) -> Iterator[Story | Rendered]:
    if pool is None:
        for index, text in enumerate(texts):
            yield _parse(text, source, index, settings)
        return
    pending: deque[Any] = deque()
    batch: list[tuple[int, StoryText]] = []
    tail = None
    try:
        for index, text in enumerate(texts):
            batch.append((index, text))
            if len(batch) >= TASK_STORIES:
                pending.append(pool.submit(_run_texts, source, batch, settings, render))
                batch = []
                while len(pending) > STREAM_AHEAD * pool.jobs:
                    yield from pending.popleft().get()
    except BinaryTail as error:  # raised after the last story: it goes out first
        tail = error
    if batch:
        pending.append(pool.submit(_run_texts, source, batch, settings, render))
    while pending:
        yield from pending.popleft().get()
    if tail is not None:
        raise tail


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
