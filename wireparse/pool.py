"""The worker processes that parse for :mod:`wireparse.batch`, and the units of work they are handed.

Not multiprocessing.Pool: its three helper threads and shared queues cost the main process about
a quarter of its time on many small files, and the results must come back in order anyway. Here
each worker has its own pipe, and a task goes to the worker with the fewest tasks in hand.

Every task carries an id, and its reply the same id: a reply is taken only as the answer to its
own task. When the driver gives up on tasks it sent (an input failed part-way, or its output file
could not be written), their replies still arrive; they are read and discarded, never taken as the
answer to a later task. Workers are started as tasks arrive, never more than there are tasks, nor
more than :func:`most_workers`.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

# a long file's stories go to workers as the texts the splitter makes: one type on both sides
from .stream import StoryText as StoryText

if TYPE_CHECKING:
    pass

#: Workers per CPU at most, whatever ``-j`` asks for: parsing is CPU-bound, so more only costs
#: memory (and file descriptors: two per worker).
WORKERS_PER_CPU = 4
#: How long a worker that was told to stop may take to hand back what it still holds.
STOP_WAIT = 10.0
#: Signals that stop a worker.
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


class Task(NamedTuple):
    """What a worker is sent: run ``function(*args)`` and reply under ``id``."""

    id: int
    function: Callable[..., Any]
    args: tuple[Any, ...]


class Reply(NamedTuple):
    """A worker's answer to task ``id``: its result, or (``ok`` false) the exception it raised."""

    id: int
    ok: bool
    value: Any


class WorkersFailed(OSError):
    """Worker processes could not be started (too many open files, no more processes)."""


def most_workers() -> int:
    """The cap on workers: :data:`WORKERS_PER_CPU` per CPU this process may run on."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return WORKERS_PER_CPU * cpus


def serve(conn: Any, inherited: list[Any]) -> None:
    """A worker: run each task received and send back its :class:`Reply`, until told to stop."""
    # the pool's modules load only when a pool runs: a one-file run starts faster
    import queue
    import threading

    for other in inherited:  # the main process's ends, or its pipes would outlive it
        other.close()
    # Ctrl-C reaches the whole process group: the main process alone decides what to do with it.
    # It ends workers with SIGTERM: remove the output file being written and stop there (not by
    # raising SystemExit, which could land in the middle of a __del__ and be printed).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit)
    if hasattr(signal, "pthread_sigmask"):  # held back since the fork (see Pool._add)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    # Tasks are taken off the pipe as they come, whatever the worker is doing, so the main
    # process never waits to hand over a task while this one waits to hand back a result.
    tasks: queue.SimpleQueue[Task | None] = queue.SimpleQueue()

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
        try:
            reply = Reply(task.id, True, task.function(*task.args))
        except Exception as error:  # noqa: BLE001 - handed to the main process
            reply = Reply(task.id, False, error)
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return
        except Exception as error:  # noqa: BLE001 - an error that cannot be pickled
            conn.send(Reply(task.id, False, RuntimeError(repr(error))))


def _exit(signum: int, frame: object) -> None:
    from .output import remove_open_temporaries

    remove_open_temporaries()
    os._exit(0)


def _start_held(process: Any) -> None:
    """Start ``process`` with SIGINT and SIGTERM held back until :func:`serve` has set its own
    handlers: until then it has the main process's, and a worker stopped that early (another failed
    to start) would print a traceback."""
    if not hasattr(signal, "pthread_sigmask"):
        process.start()
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        process.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


class _Worker(NamedTuple):
    process: Any
    pipe: Any
    sent: deque[int]
    """Ids of the tasks sent to it whose reply has not been read, oldest first."""


class Pool:
    """Up to ``jobs`` worker processes, started as tasks arrive (all at once by :meth:`start`)."""

    def __init__(self, jobs: int) -> None:
        self.asked = jobs
        self.jobs = max(1, min(jobs, most_workers()))
        self._workers: list[_Worker] = []
        self._next = 0  # the next task's id
        self._kept: dict[int, Reply] = {}  # replies read while looking for another task's
        self._dropped: set[int] = set()  # tasks whose reply nobody will ask for

    @property
    def started(self) -> bool:
        return bool(self._workers)

    def start(self, count: int | None = None) -> None:
        """Start ``count`` workers (by default, and at most, ``jobs``) at once, and none later: a
        thread that a fork should not copy is about to start."""
        wanted = self.jobs if count is None else min(count, self.jobs)
        while len(self._workers) < wanted:
            self._add()
        self.jobs = max(1, len(self._workers))

    def _add(self) -> None:
        import multiprocessing

        try:
            mine, theirs = multiprocessing.Pipe()
            inherited = [worker.pipe for worker in self._workers] + [mine]
            process = multiprocessing.Process(target=serve, args=(theirs, inherited), daemon=True)
            _start_held(process)
        except OSError as error:
            # the message names -j: a smaller one is the way out
            raise WorkersFailed(
                error.errno,
                f"cannot start worker process {len(self._workers) + 1}: {error.strerror or error}",
                f"-j {self.asked}",
            ) from error
        theirs.close()
        self._workers.append(_Worker(process, mine, deque()))

    def submit(self, function: Callable[..., Any], *args: Any) -> Answer:
        """Send ``function(*args)`` to the least busy worker (a new one while all are busy)."""
        idle = [worker for worker in self._workers if not worker.sent]
        if not idle and len(self._workers) < self.jobs:
            self._add()
        worker = min(self._workers, key=lambda w: len(w.sent))
        task = Task(self._next, function, args)
        self._next += 1
        worker.pipe.send(task)
        worker.sent.append(task.id)
        return Answer(self, worker, task.id)

    def answer(self, worker: _Worker, task: int) -> Any:
        """The result of ``task``, raised if it failed; replies to other tasks met on the way are
        kept for when they are asked for, or discarded if nobody will ask."""
        while task not in self._kept:
            try:
                reply: Reply = worker.pipe.recv()
            except (EOFError, OSError):
                raise RuntimeError("a worker process ended unexpectedly") from None
            if reply.id in worker.sent:
                worker.sent.remove(reply.id)
            if reply.id in self._dropped:
                self._dropped.discard(reply.id)
            else:
                self._kept[reply.id] = reply
        reply = self._kept.pop(task)
        if not reply.ok:
            raise reply.value
        return reply.value

    def drop(self, worker: _Worker, task: int) -> None:
        """Nobody will ask for ``task``'s result: discard its reply when it arrives."""
        if self._kept.pop(task, None) is None and task in worker.sent:
            self._dropped.add(task)

    def end(self, *, abort: bool) -> None:
        """Stop the workers: at once (``abort``), or once they have handed back what they hold."""
        for worker in self._workers:
            if abort:
                worker.process.terminate()
            else:
                try:
                    worker.pipe.send(None)
                except OSError:
                    worker.process.terminate()
        for worker in self._workers:
            if not abort:
                _discard_replies(worker.pipe)
            worker.process.join(timeout=STOP_WAIT)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.pipe.close()
        self._workers.clear()
        self._kept.clear()
        self._dropped.clear()


def _discard_replies(pipe: Any) -> None:
    """Read what a stopping worker still sends (replies nobody asked for), so that it is not left
    waiting to send them, until it closes its end."""
    try:
        while pipe.poll(STOP_WAIT):
            pipe.recv()
    except (EOFError, OSError):
        pass


class Answer:
    """A task's result, read when asked for (or dropped)."""

    def __init__(self, pool: Pool, worker: _Worker, task: int) -> None:
        self.pool, self.worker, self.task = pool, worker, task

    def get(self) -> Any:
        return self.pool.answer(self.worker, self.task)

    def drop(self) -> None:
        self.pool.drop(self.worker, self.task)
