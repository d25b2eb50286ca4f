"""Dask: archives too large for one machine read as a bag of records, a data frame of the CSV's
columns, a partitioned Parquet dataset, or the command's JSON Lines in one file. A thin driver,
like the command: the listing, reading, decoding, splitting and parsing are the command's own
(:mod:`~wireparse.inputs`, :mod:`~wireparse.batch`), so a file gives the same records here as
``wireparse -f jsonl`` gives.

Paths go through fsspec, so local folders, ``s3://`` and the other file systems fsspec has work
alike. The inputs are listed when :func:`read_stories` is called, by the process that calls it;
each partition of the bag is a task that names its files (nothing else travels with it), and the
workers read them: a group of files, or a piece of a long one (:data:`PIECE_BYTES`), so that
workers share a long file. A file that cannot be read gives no record and the line the command
would print (``wireparse: FILE: reason``), logged on the logger ``wireparse`` of the process that
made the bag (through the cluster's events when a ``distributed`` client is running); the job
goes on. A task whose worker dies is run again by Dask, and its records are taken once.

What leaves a worker is made there: a partition's JSON Lines as one text (:func:`to_jsonl`), a
Parquet file (:func:`to_parquet`), so the process that made the bag only writes or counts.

Needs the ``dask`` extra (``dask[distributed,dataframe]``); Parquet also needs pyarrow, which it
brings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import math
import os
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

import dask
import dask.bag as db
import dask.base

from .batch import Piece, Settings, input_stories, noticed
from .formats.columns import column_kinds
from .formats.csv_rows import row
from .formats.jsonsafe import dumps
from .inputs import Input, Notice, compression, inputs, is_regular, matches
from .model import Story
from .report import Report

if TYPE_CHECKING:
    import dask.dataframe as dd

#: Files in one partition at most, or files of this many bytes together.
FILES_PER_PARTITION, PARTITION_BYTES = 256, 64 << 20
#: A file longer than this (a compressed one: an eighth of it) is read in pieces of this many
#: bytes, a partition each, so that workers share it. Each piece reads the file from its start,
#: splitting without parsing up to its own stories (the splitter's state at a byte offset depends
#: on everything before it); splitting costs about a sixth of parsing, so a file of n pieces costs
#: some (n - 1) / 12 more CPU time than read whole, and a worker holds a piece's records, not the
#: file's (:func:`to_parquet` of the bag itself: a row group).
PIECE_BYTES = 256 << 20
#: Compressed files are taken to hold this many times their size (as the command takes them).
COMPRESSION_RATIO = 8
#: The pandas type of each kind of CSV cell (nullable types: an empty cell is ``<NA>``).
DTYPES: dict[type, str] = {str: "string", int: "Int64", float: "Float64", bool: "boolean"}
#: The logger lines about inputs go to, and the cluster event topic that carries them there.
LOGGER = TOPIC = "wireparse"

log = logging.getLogger(LOGGER)
#: The partitions and settings of each bag :func:`read_stories` made, while the bag lives: what
#: :func:`to_parquet` and :func:`to_jsonl` read themselves, in one task a partition that writes
#: each story as it is parsed.
_READ: weakref.WeakKeyDictionary[db.Bag, tuple[list[Part], Settings]] = weakref.WeakKeyDictionary()


class Part:
    """What one partition reads: files in order, or a piece of one, on one file system.

    Not a tuple: Dask walks every tuple inside a task, looking for keys of other tasks, and
    rebuilds it; the 20,000 paths of 80 partitions cost the driver half a second that way."""

    __slots__ = ("fs", "inputs", "piece")

    def __init__(
        self, inputs: tuple[tuple[str, str, bool], ...], fs: Any = None, piece: Piece | None = None
    ) -> None:
        self.inputs = inputs
        """The :class:`~wireparse.inputs.Input` of each file, as plain values."""
        self.fs = fs
        """An fsspec file system (None: this machine's files, read as the command reads them)."""
        self.piece = piece

    def __dask_tokenize__(self) -> tuple[Any, ...]:
        # Dask names a bag from its partitions: one digest of the paths, not a token of each
        listed = "\0".join(f"{path}\0{name}\0{walked:d}" for path, name, walked in self.inputs)
        return (hashlib.sha1(listed.encode("utf-8", "surrogatepass")).hexdigest(), self.fs, self.piece)


def read_stories(
    urlpath: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    recursive: bool = False,
    glob: str | Iterable[str] | None = None,
    encoding: str | None = None,
    reference_date: dt.date | str | None = None,
    files_per_partition: int = FILES_PER_PARTITION,
    storage_options: dict[str, Any] | None = None,
) -> db.Bag:
    """Every story of the files ``urlpath`` names, as a bag of records (``Story.as_dict()``) in
    input order: the records ``wireparse -f jsonl`` prints for the same paths.

    Args:
        urlpath: files and folders (a folder's files are read as the command reads them: in
            sorted order, hidden ones skipped), local or with an fsspec protocol (``s3://...``);
            a path with ``*``, ``?`` or ``[`` that names nothing is a pattern of paths.
        recursive: walk subfolders too (``-r``).
        glob: read only walked files whose name matches (``--glob``, repeatable as a list).
        encoding: decode every file with this codec instead of detecting it (``--encoding``).
        reference_date: give year-less datelines the latest such date not after this one.
        files_per_partition: small files read by one task at most.
        storage_options: passed to fsspec for paths with a protocol.

    Returns:
        A :class:`dask.bag.Bag`, one partition per group of files or piece of a long file.
    """
    import click

    from .cli import check_encoding
    from .parser import as_date

    try:
        check_encoding(encoding)  # refused as the command refuses it
    except click.BadParameter as error:
        raise ValueError(error.format_message()) from None
    if files_per_partition < 1:
        raise ValueError("files_per_partition must be 1 or more")
    settings = Settings(reference_date=as_date(reference_date), encoding=encoding)
    globs = (glob,) if isinstance(glob, str) else tuple(glob or ())
    _follow_cluster_events()
    parts = list(_parts(_listed(urlpath, recursive, globs, storage_options or {}), files_per_partition))
    bag = db.from_sequence(parts, npartitions=max(1, len(parts))).map_partitions(_read_parts, settings)
    _READ[bag] = (parts, settings)
    return bag


def to_dataframe(bag: db.Bag) -> dd.DataFrame:
    """The records of ``bag`` (as :func:`read_stories` gives them) as a data frame of the CSV
    format's columns and cells, each column typed (``string``, ``Int64``, ``Float64``; an empty
    cell of the CSV is ``<NA>`` or ``""`` as the CSV format has it: ``None`` for null, ``""`` for
    an empty list)."""
    import pandas as pd

    meta = pd.DataFrame({column: pd.Series(dtype=DTYPES[kind]) for column, kind in column_kinds().items()})
    return bag.map(row).to_dataframe(meta=meta)


def to_parquet(bag: db.Bag, path: str, *, storage_options: dict[str, Any] | None = None) -> int:
    """Write the records of ``bag`` as a Parquet dataset: the folder ``path`` (local or with an
    fsspec protocol), one file per partition (``part.00000.parquet``, ...) with the rows and
    metadata ``wireparse -f parquet`` writes. Returns the number of rows written.

    A bag as :func:`read_stories` returned it is read and written by one task a partition, its
    records handed to the writer as they are parsed: a worker holds a row group, not a piece."""
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(path, **(storage_options or {}))
    fs.makedirs(root, exist_ok=True)
    width = max(5, len(str(bag.npartitions - 1)))
    targets = [f"{root.rstrip('/')}/part.{i:0{width}d}.parquet" for i in range(bag.npartitions)]
    read = _READ.get(bag)
    if read is not None:
        parts, settings = read
        writes = [
            dask.delayed(_read_and_write)(part, settings, fs, target) for part, target in zip(parts, targets)
        ]
    else:
        writes = [
            dask.delayed(_write_part)(part, fs, target) for part, target in zip(bag.to_delayed(), targets)
        ]
    return sum(dask.compute(*writes))


def to_jsonl(
    bag: db.Bag, target: str | IO[str] | IO[bytes], *, storage_options: dict[str, Any] | None = None
) -> int:
    """Write the records of ``bag`` as JSON Lines, the lines ``wireparse -f jsonl`` prints, in
    order, to ``target``: a path (local or with an fsspec protocol) or an open stream, text or
    binary. Each partition's lines are made by the worker that parsed it, as one text; this
    process only writes them, taking each partition as soon as those before it are written (with a
    ``distributed`` client; Dask's local schedulers compute them all first). Returns the number
    of records written."""
    read = _READ.get(bag)
    if read is not None:  # one task a partition, where the bag's own makes two (its key aliased)
        parts, settings = read
        texts = [dask.delayed(_read_jsonl)(part, settings) for part in parts]
    else:
        texts = bag.map_partitions(_jsonl_part).to_delayed()
    count = 0
    with _sink(target, storage_options or {}) as write:
        for part in _in_order(texts):
            for records, text in part:
                write(text)
                count += records
    return count


# --- on the workers --------------------------------------------------------------------------------


def _stories(part: Part, settings: Settings) -> Iterator[Story]:
    """The stories of a partition, each as it is parsed; the command's lines about its files sent
    to the process that made the bag."""
    report = _Told()
    for values in part.inputs:
        yield from input_stories(Input(*values), settings, report, fs=part.fs, piece=part.piece)


def _read_parts(parts: Iterable[Part], settings: Settings) -> list[dict[str, Any]]:
    return [story.as_dict() for part in parts for story in _stories(part, settings)]


def _read_jsonl(part: Part, settings: Settings) -> list[tuple[int, str]]:
    return _jsonl_part(story.as_dict() for story in _stories(part, settings))


def _jsonl_part(records: Iterable[dict[str, Any]]) -> list[tuple[int, str]]:
    # one text a partition: one object to send back, not one per record
    lines = [dumps(record) + "\n" for record in records]
    return [(len(lines), "".join(lines))]


def _write_part(records: list[dict[str, Any]], fs: Any, target: str) -> int:
    from .formats.parquet import write_records

    with fs.open(target, "wb") as sink:
        return write_records(records, sink)


def _read_and_write(part: Part, settings: Settings, fs: Any, target: str) -> int:
    from .formats.parquet import write_records

    with fs.open(target, "wb") as sink:
        return write_records((story.as_dict() for story in _stories(part, settings)), sink)


class _Told(Report):
    """The command's lines about inputs, sent to the process that made the bag: as an event of
    the cluster from a ``distributed`` worker, else logged here."""

    def line(self, text: str) -> None:
        worker = _worker()
        if worker is None:
            log.warning(text)
        else:
            worker.log_event(TOPIC, text)


def _worker() -> Any:
    try:
        from distributed import get_worker
    except ImportError:
        return None
    try:
        return get_worker()
    except ValueError:  # not in a worker: a local scheduler
        return None


def _follow_cluster_events() -> None:
    """Log the lines workers send, when a ``distributed`` client is running here."""
    try:
        from distributed import default_client
    except ImportError:
        return
    try:
        client = default_client()
    except ValueError:
        return
    client.subscribe_topic(TOPIC, _log_event)


def _log_event(event: tuple[float, str]) -> None:
    log.warning(event[1])


# --- in this process ---------------------------------------------------------------------------------


def _in_order(parts: list[Any]) -> Iterator[Any]:
    """The value of each delayed part, in order: with a ``distributed`` client as each one and
    those before it are done, each dropped from the cluster once taken."""
    client = _client()
    if client is None:
        yield from dask.compute(*parts)
        return
    futures = client.compute(parts)
    for future in futures:
        yield future.result()
        future.release()


def _client() -> Any:
    """The ``distributed`` client that computes collections here, if any."""
    try:
        from distributed import default_client
    except ImportError:
        return None
    try:
        client = default_client()
    except ValueError:
        return None
    return client if dask.base.get_scheduler() == client.get else None


@contextmanager
def _sink(target: Any, options: dict[str, Any]) -> Iterator[Callable[[str], Any]]:
    """A function that writes text onto ``target`` (a path, or a text or binary stream) as the
    command writes its output: UTF-8, a character it cannot encode as a backslash escape."""
    if isinstance(target, (str, os.PathLike)):
        from fsspec.core import url_to_fs

        fs, path = url_to_fs(os.fspath(target), **options)
        with fs.open(path, "wb") as stream:
            yield lambda text: stream.write(text.encode("utf-8", "backslashreplace"))
    elif isinstance(target, io.TextIOBase):
        yield target.write
    else:
        yield lambda text: target.write(text.encode("utf-8", "backslashreplace"))


# --- listing ---------------------------------------------------------------------------------------


def _listed(
    urlpath: Any, recursive: bool, globs: tuple[str, ...], options: dict[str, Any]
) -> Iterator[tuple[Any, Input]]:
    """Each input with its file system (None: this machine's), in the command's order; what the
    listing meets is logged here, as the command prints it."""
    paths = [urlpath] if isinstance(urlpath, (str, os.PathLike)) else list(urlpath)
    for path in (os.fspath(p) for p in paths):
        fs = _file_system(path, options)
        found = _local(path, recursive, globs) if fs is None else _remote(fs, path, recursive, globs)
        for item in found:
            if isinstance(item, Notice):
                _Told()(noticed(item))
            else:
                yield fs, item


def _file_system(path: str, options: dict[str, Any]) -> Any:
    """The fsspec file system of ``path``; None for this machine's files."""
    from fsspec.core import url_to_fs

    if "://" not in path and "::" not in path:
        return None
    return url_to_fs(path, **options)[0]


def _has_magic(path: str) -> bool:
    return any(c in path for c in "*?[")


def _local(path: str, recursive: bool, globs: tuple[str, ...]) -> Iterator[Input | Notice]:
    """The command's own listing (a pattern that names no file expanded first, as a shell would)."""
    if _has_magic(path) and not os.path.lexists(path):
        import glob as globbing

        return inputs(sorted(globbing.glob(path)), recursive=recursive, globs=globs)
    return inputs([path], recursive=recursive, globs=globs)


def _remote(fs: Any, path: str, recursive: bool, globs: tuple[str, ...]) -> Iterator[Input | Notice]:
    """A path on another file system, listed as the command lists folders: sorted by name, hidden
    entries skipped, subfolders only with ``recursive``, walked files filtered by ``globs``."""
    stripped = fs._strip_protocol(path)
    named = sorted(fs.glob(stripped)) if _has_magic(stripped) and not fs.exists(stripped) else [stripped]
    for one in named:
        if not fs.isdir(one):
            yield Input(fs.unstrip_protocol(one), one.rstrip("/").rpartition("/")[2])
            continue
        top = one.rstrip("/")
        found = fs.find(top, maxdepth=None if recursive else 1, withdirs=not recursive, detail=True)
        below = {name[len(top) + 1 :]: info for name, info in found.items() if name != top}
        skipped = 0
        for rel in sorted(below, key=lambda rel: rel.split("/")):
            if any(part.startswith(".") for part in rel.split("/")):
                continue
            if below[rel].get("type") == "directory":
                skipped += 1
            elif matches(rel, globs):
                yield Input(fs.unstrip_protocol(f"{top}/{rel}"), rel, walked=True)
        if skipped:
            plural = "s" if skipped > 1 else ""
            yield Notice(
                fs.unstrip_protocol(top), f"{skipped} subfolder{plural} skipped (-r reads them)", False
            )


# --- partitions ------------------------------------------------------------------------------------


def _size(fs: Any, path: str) -> int:
    """How many bytes reading ``path`` is taken to give (0 when it cannot be looked at: reading
    it will say why)."""
    if fs is None:
        size = is_regular(path)[1]
    else:
        try:
            size = int(fs.size(path) or 0)
        except (OSError, ValueError):
            size = 0
    return size * (COMPRESSION_RATIO if compression(path) else 1)


def _parts(listed: Iterable[tuple[Any, Input]], files_per_partition: int) -> Iterator[Part]:
    """The partitions in input order: consecutive files on one file system grouped, a long file
    in pieces."""
    group: list[tuple[str, str, bool]] = []
    group_fs: Any = None
    size = 0
    for fs, item in listed:
        length = _size(fs, item.path)
        if group and (fs is not group_fs or length > PIECE_BYTES):
            yield Part(tuple(group), group_fs)
            group, size = [], 0
        if length > PIECE_BYTES:
            yield from _pieces(fs, item, length)
            continue
        group.append((item.path, item.name, item.walked))
        group_fs, size = fs, size + length
        if len(group) >= files_per_partition or size >= PARTITION_BYTES:
            yield Part(tuple(group), group_fs)
            group, size = [], 0
    if group:
        yield Part(tuple(group), group_fs)


def _pieces(fs: Any, item: Input, length: int) -> Iterator[Part]:
    count = math.ceil(length / PIECE_BYTES)
    for k in range(count):
        end = (k + 1) * PIECE_BYTES if k < count - 1 else None
        yield Part(((item.path, item.name, item.walked),), fs, Piece(k * PIECE_BYTES, end))
