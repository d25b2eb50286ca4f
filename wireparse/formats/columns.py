"""The record's JSON Schema, and the flat columns the CSV format writes with the kind of value
each holds, for the formats and drivers that give columns types (Parquet, Dask data frames).

The kinds are found, not listed: a record that fills every field the schema describes (no null,
one item in every list) is flattened by the CSV format's own ``row``, and the Python type of each
cell is its column's kind. A column added to the CSV format, or a field to the schema, comes
through without a change here.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

#: A value of each JSON type, to fill the schema's fields with.
EXAMPLES: dict[str, Any] = {"string": "x", "integer": 1, "number": 0.5, "boolean": True}


@cache
def record_schema() -> dict[str, Any]:
    """The record's JSON Schema (``wireparse/schema.json``)."""
    return json.loads(files("wireparse").joinpath("schema.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def non_null(node: dict[str, Any]) -> dict[str, Any]:
    """The part of a schema node that is not null: the other branch of ``oneOf: [null, X]``, or
    the node with ``null`` taken out of its list of types."""
    if "oneOf" in node:
        return next(non_null(branch) for branch in node["oneOf"] if branch.get("type") != "null")
    kind = node.get("type")
    if isinstance(kind, list):
        return {**node, "type": next(k for k in kind if k != "null")}
    return node


def json_type(node: dict[str, Any]) -> str:
    """The JSON type of a schema node once null is set aside (an ``enum`` of strings: string)."""
    node = non_null(node)
    if "enum" in node:
        return "string"
    return str(node["type"])


def example(node: dict[str, Any]) -> Any:
    """A value the schema ``node`` describes, with every field filled and one item in each list."""
    node = non_null(node)
    if "enum" in node:
        return node["enum"][0]
    kind = json_type(node)
    if kind == "object":
        return {key: example(inner) for key, inner in node["properties"].items()}
    if kind == "array":
        return [example(node["items"])]
    return EXAMPLES[kind]


@cache
def column_kinds() -> dict[str, type]:
    """Each CSV column, in order, and the Python type of its cells when not empty (``str``,
    ``int`` or ``float``); a column the full record leaves empty counts as text."""
    from .csv_rows import COLUMNS, row

    cells = row(example(record_schema()))
    return {column: str if cells[column] is None else type(cells[column]) for column in COLUMNS}
