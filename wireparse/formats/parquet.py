"""Parquet: one row per story in one file, for ``-o stories.parquet`` (and, through
:mod:`wireparse.dask`, one file per partition of a dataset).

The columns are the CSV format's, with the same names and cells, typed (text, whole numbers,
numbers: see :mod:`~wireparse.formats.columns`), then ``record``: the whole record as an Arrow
struct, its lists and objects as Arrow lists and structs, typed from the record's JSON Schema,
which the file's metadata holds under ``wireparse.schema``. Rows are written a row group at a
time, so memory holds a group of stories, never the run.

Needs pyarrow (the ``parquet`` extra); this module is imported only when the format is asked for.
Parquet is bytes: ``write`` writes them into the binary stream under the text stream it is handed.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__
from ..model import Story
from . import Options, Rendered
from .columns import column_kinds, json_type, non_null, record_schema
from .csv_rows import row
from .jsonsafe import dumps

EXTENSION = ".parquet"
#: the file is written whole, by the process that writes it
render_story = None

#: The Arrow type of each JSON type of the schema (objects and arrays are built from their parts).
ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
}
#: The Arrow type of each kind of flat cell.
CELL_TYPES: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}
#: The column that holds the whole record.
RECORD = "record"
#: Metadata keys of the file.
SCHEMA_KEY, VERSION_KEY = b"wireparse.schema", b"wireparse.version"
#: A row group holds at most this many stories, or stories of about this many characters.
GROUP_ROWS, GROUP_CHARS = 10_000, 64 << 20
COMPRESSION = "zstd"


def arrow_type(node: dict[str, Any]) -> pa.DataType:
    """The Arrow type of the values a JSON Schema node describes (null aside: every field is
    nullable)."""
    node = non_null(node)
    kind = json_type(node)
    if kind == "object":
        return pa.struct([pa.field(key, arrow_type(inner)) for key, inner in node["properties"].items()])
    if kind == "array":
        return pa.list_(arrow_type(node["items"]))
    return ARROW_TYPES[kind]


@cache
def table_schema() -> pa.Schema:
    """The file's columns and metadata."""
    flat = [pa.field(column, CELL_TYPES[kind]) for column, kind in column_kinds().items()]
    metadata = {SCHEMA_KEY: dumps(record_schema()).encode(), VERSION_KEY: __version__.encode()}
    return pa.schema([*flat, pa.field(RECORD, arrow_type(record_schema()))], metadata=metadata)


def table(records: Iterable[dict[str, Any]]) -> pa.Table:
    """The rows of ``records`` (``Story.as_dict()``), with the file's schema."""
    return pa.Table.from_pylist(
        [{**row(record), RECORD: record} for record in records], schema=table_schema()
    )


def write_records(records: Iterable[dict[str, Any]], sink: IO[bytes]) -> int:
    """Write ``records`` as one Parquet file onto ``sink`` (left open); the count written."""
    count = size = 0
    group: list[dict[str, Any]] = []
    with pq.ParquetWriter(sink, table_schema(), compression=COMPRESSION) as writer:
        for record in records:
            group.append(record)
            size += sum(map(len, record["paragraphs"]))
            if len(group) >= GROUP_ROWS or size >= GROUP_CHARS:
                writer.write_table(table(group))
                count += len(group)
                group, size = [], 0
        if group or not count:  # a file without stories still holds its columns
            writer.write_table(table(group))
            count += len(group)
    return count


def write(stories: Iterable[Story | Rendered], stream: IO[str], options: Options | None = None) -> int:
    stream.flush()
    return write_records((_record(story) for story in stories), stream.buffer)  # type: ignore[attr-defined]


def _record(story: Story | Rendered) -> dict[str, Any]:
    if isinstance(story, Rendered):  # render_story is None: workers hand back stories
        raise TypeError("Parquet rows are made from stories, not from formatted text")
    return story.as_dict()
