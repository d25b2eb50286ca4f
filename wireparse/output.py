"""Where output goes, and writing it safely.

Every output file is written atomically: to a temporary ``.wireparse-*.tmp`` beside the target,
renamed over it only once complete, so an interrupted run never leaves a half-written file under a
final name. A temporary's name holds the PID of the process writing it
(``.wireparse-<pid>-<random>.tmp``): an ``--output-dir`` run removes those of processes no longer
running (a killed run's), never those of a run still writing into the same folder. A target
whose name ends in a compression suffix (``.gz``, ``.bz2``, ``.xz``) is written compressed. ``-o``
onto something that is not a regular file (a FIFO, a device, ``/dev/stdout``) writes into it, as
the shell's ``>`` does: renaming a file over it would replace it (:func:`writes_in_place`).

Before anything is written, the output is checked against the inputs: an output that is an input,
or lies inside a folder that is one, is refused; inputs listed as the run goes (``--files-from``,
walked folders) are each checked as they are met, before they are read (:func:`refuse_when_met`);
with ``--output-dir`` every input's output file is named first (:func:`plan_tree`), and two inputs
that would share one, or an output file that is an input, stop the run before it starts.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import IO, Any

from .inputs import COMPRESSIONS, STDIN, Input, Notice, compression

TEMP_PREFIX = ".wireparse-"
TEMP_SUFFIX = ".tmp"
#: Collisions listed before the rest are only counted.
SHOWN = 10
#: Output text: UTF-8 whatever the locale; a lone surrogate (a file name that is not UTF-8) is
#: written as ``\\udcff``; line ends as the format writes them.
TEXT: dict[str, Any] = {"encoding": "utf-8", "errors": "backslashreplace", "newline": ""}
#: Paths that name an open descriptor, not a file (``/dev/stdout`` leads to ``/proc/self/fd/1``):
#: written into, never renamed over, whatever the descriptor is open on.
DESCRIPTOR_FOLDERS = ("/proc/", "/dev/fd/")
#: Links followed, at most, to tell whether a path leads to a descriptor (the kernel's own limit).
MAX_LINKS = 40


class OutputRefused(Exception):
    """The output is, or lies inside, an input (a usage error: nothing was written)."""


class OutputCollision(Exception):
    """Inputs that would be written to one output file (nothing was written); one line each."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


_umask: int | None = None
#: Temporaries this process is writing: removed by :func:`remove_open_temporaries` when it is
#: told to stop at once.
_open: set[str] = set()


def _file_mode() -> int:
    """The mode a new file gets (0666 less the umask): mkstemp's own is 0600."""
    global _umask
    if _umask is None:
        _umask = os.umask(0)
        os.umask(_umask)
    return 0o666 & ~_umask


@contextmanager
def atomic_text_file(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """A UTF-8 text stream that becomes the file ``path`` only when the block ends normally
    (compressed when ``path`` ends in a compression suffix)."""
    target = os.fspath(path)
    directory = os.path.dirname(target) or "."
    try:
        import tempfile  # only runs that write files pay for it

        fd, temp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=TEMP_SUFFIX, dir=directory)
    except OSError as error:
        error.filename = str(path)  # the file the user named, not the temporary
        raise
    _open.add(temp)
    try:
        os.fchmod(fd, _file_mode())
        with _text_stream(fd, target, sync=True) as stream:
            yield stream
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    finally:
        _open.discard(temp)


@contextmanager
def output_file(path: str) -> Iterator[IO[str]]:
    """``-o``'s stream: written into ``path`` when it is not a regular file (see
    :func:`writes_in_place`), else an :func:`atomic_text_file`."""
    if not writes_in_place(path):
        with atomic_text_file(path) as stream:
            yield stream
        return
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC)  # as `>` opens it (O_TRUNC: regular files only)
    with _text_stream(fd, path, sync=False) as stream:
        yield stream


def writes_in_place(path: str) -> bool:
    """Whether ``-o path`` is written into, as ``>`` would, rather than replaced: it leads (through
    links) to something that is not a regular file, or to an open descriptor. A link to a regular
    file is replaced, not written through: a link planted where the output goes cannot send it
    elsewhere."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return False  # nothing there yet (or a dangling link): created, atomically
    return not stat.S_ISREG(info.st_mode) or _leads_to_descriptor(path)


def _leads_to_descriptor(path: str) -> bool:
    for _ in range(MAX_LINKS):
        absolute = os.path.abspath(path)
        if absolute.startswith(DESCRIPTOR_FOLDERS):
            return True
        try:
            link = os.readlink(absolute)
        except OSError:  # not a link: the end of the chain
            return False
        path = os.path.join(os.path.dirname(absolute), link)
    return False


@contextmanager
def _text_stream(fd: int, target: str, *, sync: bool) -> Iterator[IO[str]]:
    """A text stream onto ``fd`` (closed at the end), through the compression ``target``'s suffix
    names; with ``sync``, on disk when the block ends normally."""
    module = compression(target)
    if module is None:
        with os.fdopen(fd, "w", **TEXT) as stream:
            yield stream
            stream.flush()
            if sync:
                os.fsync(stream.fileno())
        return
    with os.fdopen(fd, "wb") as raw:
        packed = _compressor(module, raw, target)
        try:
            stream = io.TextIOWrapper(packed, **TEXT)
            yield stream
            stream.flush()
        except BaseException:
            with suppress(Exception):  # the failure already under way is the one to report
                packed.close()
            raise
        packed.close()  # writes the compressed stream's end, leaving ``raw`` open
        raw.flush()
        if sync:
            os.fsync(raw.fileno())


def _compressor(module: str, raw: IO[bytes], target: str) -> Any:
    if module == "gzip":
        import gzip

        # mtime 0: the same records give the same bytes (the header would hold the time of writing)
        return gzip.GzipFile(filename=target, mode="wb", fileobj=raw, mtime=0)
    import importlib

    return importlib.import_module(module).open(raw, "wb")


def remove_open_temporaries() -> None:
    """Delete the temporaries this process is writing (it is about to end without finishing
    them)."""
    for temp in list(_open):
        try:
            os.unlink(temp)
        except OSError:
            pass


def remove_stale_temporaries(directory: str | os.PathLike[str]) -> int:
    """Delete the temporaries under ``directory`` that no running process is writing (those an
    interrupted run left); returns how many. A temporary whose name holds no PID (written by an
    older version) counts as left behind."""
    removed = 0
    for path in _temporaries(os.fspath(directory)):
        owner = _owner(os.path.basename(path))
        if owner is not None and _running(owner):
            continue
        try:
            os.unlink(path)
            removed += 1
        except OSError:
            pass
    return removed


def _temporaries(top: str) -> Iterator[str]:
    """The temporaries anywhere under ``top``, walked with a stack of folders (a tree of any depth,
    not limited by Python's call stack), links to folders not followed."""
    folders = [top]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError:
            continue
        for entry in listed:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                folders.append(entry.path)
            elif entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX):
                yield entry.path


def _owner(name: str) -> int | None:
    """The PID a temporary's name holds, or None."""
    pid, dash, _ = name[len(TEMP_PREFIX) :].partition("-")
    return int(pid) if dash and pid.isascii() and pid.isdigit() and int(pid) > 0 else None


def _running(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine (one of another user counts)."""
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True
    except (OSError, OverflowError):
        return False
    return True


def output_name(name: str, extension: str) -> str:
    """``name`` with a compression suffix dropped and its extension replaced by ``extension``
    (``2024/a.txt.gz`` -> ``2024/a.json``)."""
    stem, suffix = os.path.splitext(name)
    if suffix.lower() in COMPRESSIONS:
        name = stem
    return os.path.splitext(name)[0] + extension


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def refuse_overlap(output: str, inputs: Iterable[str]) -> None:
    """Raise :class:`OutputRefused` when ``output`` is one of ``inputs`` or lies inside one."""
    real = os.path.realpath(output)
    mine = _identity(output)
    for path in inputs:
        if path == STDIN:
            continue
        folder = os.path.realpath(path)
        if (
            real == folder
            or real.startswith(folder.rstrip(os.sep) + os.sep)
            or (mine is not None and mine == _identity(path))
        ):
            raise OutputRefused(
                f"{output}: is, or lies inside, the input {path}; write the output somewhere else"
            )


def refuse_when_met(items: Iterable[Input | Notice], output: str) -> Iterator[Input | Notice]:
    """``items``, each input compared with the file ``output`` as it is listed, before it is
    read: raises :class:`OutputRefused` at the first that is that file (a link to it, or a hard
    link). The output, written to a temporary and renamed only at the end, is then untouched.
    Costs one ``stat`` an input, and nothing when ``output`` does not exist yet (no input can be
    it) or is written in place (it is not a file an input could be lost in)."""
    mine = _identity(output)
    if mine is None or writes_in_place(output):
        yield from items
        return
    for item in items:
        if isinstance(item, Input) and item.path != STDIN and _identity(item.path) == mine:
            raise OutputRefused(f"{output}: is the input {item.path}; write the output somewhere else")
        yield item


def plan_tree(
    items: Iterable[Input | Notice], out: str, extension: str, *, per_story: bool = False
) -> list[Input | Notice | tuple[Input, str]]:
    """Each input paired with its file under ``out``; raises :class:`OutputCollision` when two
    inputs would share one, :class:`OutputRefused` when one would overwrite an input. With
    ``per_story`` (the format writes ``<name>-<index><extension>`` per story for an input holding
    several), a file one input would have under such a name counts as shared with the other."""
    planned: list[Input | Notice | tuple[Input, str]] = []
    claimed: dict[str, str] = {}
    clashes: list[str] = []
    for item in items:
        if isinstance(item, Notice):
            planned.append(item)
            continue
        if item.path == STDIN:
            raise OutputRefused("standard input has no file name for --output-dir; name the files")
        target = os.path.join(out, output_name(item.name, extension))
        first = claimed.setdefault(os.path.normpath(target), item.path)
        if first != item.path:
            clashes.append(f"{target}: both {first} and {item.path} would be written here")
        planned.append((item, target))
    if per_story:
        clashes.extend(_story_clashes(claimed, extension))
    if clashes:
        more = len(clashes) - SHOWN
        raise OutputCollision(
            clashes[:SHOWN] + ([f"... and {more} more"] if more > 0 else []) + ["nothing was written"]
        )
    inputs = {_identity(item[0].path) for item in planned if isinstance(item, tuple)}
    inputs.discard(None)
    for plan in planned:
        if isinstance(plan, tuple) and os.path.lexists(plan[1]) and _identity(plan[1]) in inputs:
            raise OutputRefused(f"{plan[1]}: is an input; it would be overwritten")
    if per_story:
        _refuse_story_files_that_are_inputs(planned, extension)
    return planned


def _refuse_story_files_that_are_inputs(
    planned: list[Input | Notice | tuple[Input, str]], extension: str
) -> None:
    """Raise :class:`OutputRefused` when an input is named as a story's file of another input would
    be (``a-1.xml`` beside ``a.xml``, the file of ``a.txt``)."""
    targets = {os.path.realpath(plan[1]) for plan in planned if isinstance(plan, tuple)}
    for plan in planned:
        if not isinstance(plan, tuple):
            continue
        real = os.path.realpath(plan[0].path)
        stem = real[: -len(extension)] if extension and real.endswith(extension) else None
        base, dash, index = (stem or "").rpartition("-")
        if dash and index.isascii() and index.isdigit() and base + extension in targets:
            raise OutputRefused(f"{plan[0].path}: is an input; a story's file would overwrite it")


def _story_clashes(claimed: dict[str, str], extension: str) -> list[str]:
    """Files that one input writes as itself and another as one of its stories (``a-1.txt`` and a
    story of ``a.txt`` would both be ``a-1.xml``)."""
    clashes = []
    for target, path in claimed.items():
        stem = target[: -len(extension)] if extension and target.endswith(extension) else target
        base, dash, index = stem.rpartition("-")
        if dash and index.isascii() and index.isdigit() and (other := claimed.get(base + extension)):
            clashes.append(f"{target}: both {path} and a story of {other} would be written here")
    return clashes


def prepare_tree(
    items: Iterable[Input | Notice],
    out: str,
    extension: str,
    named: Iterable[str],
    *,
    per_story: bool = False,
) -> list[Input | Notice | tuple[Input, str]]:
    """Check and plan an ``--output-dir`` run (see :func:`refuse_overlap` and :func:`plan_tree`;
    ``named`` are the paths the command names), then make the folder and clear the temporaries
    an interrupted run left there."""
    refuse_overlap(out, named)
    planned = plan_tree(items, out, extension, per_story=per_story)
    os.makedirs(out, exist_ok=True)
    remove_stale_temporaries(out)
    return planned
