"""Inputs: the paths a command names, folders walked into files in a fixed order, and lists of
paths read from a file; and how each input is opened (through its compression, if any).

Walking a folder: entries in sorted order (a folder's files come where its name sorts), hidden
files and folders (a name starting with ``.``) skipped, symbolic links to files followed and links
to folders not (so a walk cannot loop), anything but regular files skipped. Subfolders are walked
only with ``recursive``. ``globs`` filter the names of walked files (a file named directly is
always read). Each file's ``source`` is the walked path as the shell would name it
(``archive/2024/a.txt``) and its ``name`` is its path below the folder argument (``2024/a.txt``),
which ``--output-dir`` mirrors; a file named directly has its own name.
"""

from __future__ import annotations

import fnmatch
import importlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, BinaryIO

STDIN = "-"
#: Compressed files are read through their compression: suffix -> module with ``open()``.
COMPRESSIONS: dict[str, str] = {".gz": "gzip", ".bz2": "bz2", ".xz": "lzma"}


@dataclass(frozen=True, slots=True)
class Input:
    """One file (or standard input) to read."""

    path: str
    """What is opened, and the ``source`` recorded for its stories: the path as given or walked,
    ``-`` for standard input."""
    name: str
    """The path below the folder it was found in, or the file's own name: ``--output-dir`` keeps
    it."""
    walked: bool = False
    """Met while walking a folder (a binary file is then skipped with a note, not an error)."""


@dataclass(frozen=True, slots=True)
class Notice:
    """Something met while listing the inputs: an error (a failure) or a note (information)."""

    path: str
    message: str
    error: bool = True


def compression(path: str) -> str | None:
    """The compression module for ``path``'s suffix, or None."""
    dot = path.rfind(".")
    return COMPRESSIONS.get(path[dot:].lower()) if dot > 0 else None


def open_input(path: str, fs: Any = None) -> BinaryIO:
    """The input's bytes, decompressed; standard input for ``-``. ``fs``: the fsspec file system
    that ``path`` is on (None: this machine's files)."""
    if fs is not None:
        return _from_file_system(path, fs)
    if path == STDIN:
        import sys

        return _Unclosed(sys.stdin.buffer)  # type: ignore[return-value]
    module = compression(path)
    if module:
        return importlib.import_module(module).open(path, "rb")  # type: ignore[no-any-return]
    return open(path, "rb")


def _from_file_system(path: str, fs: Any) -> BinaryIO:
    raw = fs.open(path, "rb")
    module = compression(path)
    if not module:
        return raw  # type: ignore[no-any-return]
    try:
        return _Decompressed(importlib.import_module(module).open(raw, "rb"), raw)  # type: ignore[return-value]
    except BaseException:
        raw.close()
        raise


class _Decompressed:
    """A decompressing reader over a file it closes too (gzip, bz2 and lzma leave open a file
    object they are handed)."""

    def __init__(self, reader: Any, raw: Any) -> None:
        self._reader, self._raw = reader, raw

    def read1(self, size: int = -1) -> bytes:
        return self._reader.read1(size)  # type: ignore[no-any-return]

    def read(self, size: int = -1) -> bytes:
        return self._reader.read(size)  # type: ignore[no-any-return]

    def close(self) -> None:
        try:
            self._reader.close()
        finally:
            self._raw.close()

    def __enter__(self) -> _Decompressed:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Unclosed:
    """Standard input as a context manager that leaves it open."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def __enter__(self) -> IO[bytes]:
        return self._stream

    def __exit__(self, *exc: object) -> None:
        return None


def expands_within(path: str, limit: int) -> bool:
    """Whether compressed file ``path`` holds at most ``limit`` bytes once decompressed: found by
    decompressing at most that much (a few kilobytes may hold gigabytes). False if it cannot be
    read (reading it again will say why)."""
    try:
        with open_input(path) as stream:
            read = getattr(stream, "read1", stream.read)
            size = 0
            while chunk := read(1 << 16):
                size += len(chunk)
                if size > limit:
                    return False
    except (OSError, EOFError, ValueError, LookupError):
        return False
    return True


def is_regular(path: str) -> tuple[bool, int]:
    """Whether ``path`` is a regular file (following links), and its size; (False, 0) if it
    cannot be looked at (opening it will say why)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return False, 0
    return stat.S_ISREG(info.st_mode), info.st_size


def matches(rel: str, globs: tuple[str, ...]) -> bool:
    """Whether a walked file matches one of ``globs``: a pattern with a ``/`` is matched against
    the path below the folder, any other against the file's name; ``a.txt.gz`` matches as
    ``a.txt.gz`` and as ``a.txt``."""
    if not globs:
        return True
    forms = [rel]
    stem, suffix = os.path.splitext(rel)
    if suffix.lower() in COMPRESSIONS:
        forms.append(stem)
    return any(
        fnmatch.fnmatchcase(form if "/" in pattern else form.rpartition("/")[2], pattern)
        for pattern in globs
        for form in forms
    )


def walk(folder: str, *, recursive: bool, globs: tuple[str, ...] = ()) -> Iterator[Input | Notice]:
    """The files under ``folder`` in sorted order (see the module's docstring). The walk keeps its
    own stack of open listings, so a tree of any depth is walked (not Python's call stack)."""
    skipped = 0
    listed = _listing(folder)
    if isinstance(listed, Notice):
        yield listed
        listed = []
    stack: list[tuple[Iterator[os.DirEntry[str]], str]] = [(iter(listed), "")]
    while stack:
        entries, rel = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        below = f"{rel}/{entry.name}" if rel else entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = not is_dir and entry.is_file()
        except OSError:
            continue
        if is_dir and recursive:
            inner = _listing(entry.path)
            if isinstance(inner, Notice):
                yield inner
            else:
                stack.append((iter(inner), below))
        elif is_dir:
            skipped += 1
        elif is_file and matches(below, globs):
            yield Input(entry.path, below, walked=True)
    if skipped:
        plural = "s" if skipped > 1 else ""
        yield Notice(folder, f"{skipped} subfolder{plural} skipped (-r reads them)", error=False)


def _listing(path: str) -> list[os.DirEntry[str]] | Notice:
    """A folder's entries sorted by name, or why they cannot be listed."""
    try:
        with os.scandir(path) as entries:
            return sorted(entries, key=lambda e: e.name)
    except OSError as error:
        return Notice(path, error.strerror or str(error))


def read_list(path: str, *, null: bool) -> Iterator[str]:
    """The paths listed in file ``path`` (``-``: standard input), one a line or NUL-separated;
    empty entries are skipped. Paths are bytes on disk, decoded as the file system does."""
    with open_input(path) as stream:
        if not null:
            for raw in stream:
                entry = raw.rstrip(b"\r\n")
                if entry:
                    yield os.fsdecode(entry)
            return
        held = b""
        while chunk := stream.read(1 << 16):
            parts = (held + chunk).split(b"\0")
            held = parts.pop()
            yield from (os.fsdecode(p) for p in parts if p)
        if held:
            yield os.fsdecode(held)


def inputs(
    paths: Iterable[str], *, recursive: bool = False, globs: tuple[str, ...] = ()
) -> Iterator[Input | Notice]:
    """Every input that ``paths`` names, in order: folders walked, files and ``-`` as they are."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            yield from walk(path, recursive=recursive, globs=globs)
        else:
            yield Input(path, os.path.basename(path.rstrip("/")) or path)


def named_inputs(
    paths: Iterable[str],
    *,
    files_from: str | None = None,
    null: bool = False,
    recursive: bool = False,
    globs: tuple[str, ...] = (),
) -> Iterator[Input | Notice]:
    """The inputs of a command: ``paths``, then those listed in ``files_from``; standard input
    when there are neither."""
    listed = read_list(files_from, null=null) if files_from else ()
    if not paths and not files_from:
        paths = (STDIN,)
    yield from inputs(paths, recursive=recursive, globs=globs)
    yield from inputs(listed, recursive=recursive, globs=globs)
