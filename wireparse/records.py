"""A story saved as one record of a dataset: a JSON object (or one line of JSON Lines) or a row of a
CSV or TSV table under its header. The record is read as the labelled fields it holds (its title,
summary and author as ``Label: value`` lines, its other fields as the export's header) over the
story's text, which the lines then read like any export's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from .words import RECORD_FIELD_ROLES

#: A table's header names its fields in at most this many characters each ...
_HEADER_NAME_MAX = 30
#: ... and holds at least this many of them.
_HEADER_FIELDS_MIN = 3
#: The signs that part a table's fields, tried in order.
_DELIMITERS = ("\t", ",", ";")
#: The label each role is printed under, as the head's labelled fields read them.
_ROLE_LABELS = {"headline": "Title", "summary": "Description", "byline": "Author"}


class RecordText(NamedTuple):
    """A record as a story's text: its labelled fields, then its body; and the numbers of the lines
    that hold the record's other fields (its data about the story: furniture)."""

    text: str
    header: frozenset[int]


def read_record(text: str) -> RecordText | None:
    """The story a dataset's record holds, as text, or None for text that is no such record."""
    stripped = text.strip()
    if stripped[:1] == "{":
        fields = _json_fields(stripped)
    else:
        fields = _table_fields(stripped)
    if fields is None or not _story_fields([name for name, _ in fields]):
        return None
    return _as_text(
        [(RECORD_FIELD_ROLES.get(_key(name), "furniture"), name, value) for name, value in fields]
    )


def _key(name: str) -> str:
    """A field's name as the table of roles has it: folded, without blanks, hyphens or underscores."""
    return "".join(char for char in name.casefold() if char.isalnum())


def _json_fields(text: str) -> list[tuple[str, str]] | None:
    """The fields of a JSON object, nested ones flattened, each value as text."""
    import json  # (its decoder is loaded only for text that opens like a record)

    try:
        data = json.loads(text)
        return list(_flattened(data)) if isinstance(data, dict) else None
    except (ValueError, RecursionError):
        return None  # (no JSON, or nested deeper than any record is)


def _flattened(data: dict[str, object]) -> Iterator[tuple[str, str]]:
    """Each field of ``data`` as text: a nested object's fields as its own, a list as one text
    (its items as paragraphs)."""
    for name, value in data.items():
        if isinstance(value, dict) and _key(name) not in RECORD_FIELD_ROLES:
            yield from _flattened(value)  # ("metadata": {"title": ...})
        else:
            yield name, _as_paragraphs(value)


def _as_paragraphs(value: object) -> str:
    """A value as text: a list's items (or each item's longest text, for objects) as paragraphs."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n\n".join(filter(None, map(_as_paragraphs, value)))
    if isinstance(value, dict):
        texts = [_as_paragraphs(item) for item in value.values()]
        return max(texts, key=len, default="")
    return "" if value is None else str(value)


def _table_fields(text: str) -> list[tuple[str, str]] | None:
    """The fields of a table's first row under its header, or None when the first line is no
    header of field names."""
    first = text.split("\n", 1)[0]
    for delimiter in _DELIMITERS:
        if delimiter not in first:
            continue
        names = [name.strip().strip('"').strip() for name in first.split(delimiter)]
        if len(names) < _HEADER_FIELDS_MIN or not all(map(_field_name, names)) or not _story_fields(names):
            return None
        rows = [row for row in _rows(text, delimiter) if any(row)]
        # (a table of several stories is no one story's record)
        if len(rows) != 1 or len(rows[0]) != len(names):
            return None
        return [(name, _unescaped(value)) for name, value in zip(names, rows[0])]
    return None


def _rows(text: str, delimiter: str) -> list[list[str]]:
    """The rows under a table's header (none when the quoting is broken)."""
    import csv  # (read only for text whose first line is a table's header)

    try:
        return list(csv.reader(text.splitlines(keepends=True)[1:], delimiter=delimiter))
    except csv.Error:
        return []


def _story_fields(names: list[str]) -> bool:
    """The fields name a title and a body."""
    roles = {RECORD_FIELD_ROLES.get(_key(name)) for name in names}
    return "headline" in roles and "body" in roles


def _field_name(name: str) -> bool:
    return 0 < len(name) <= _HEADER_NAME_MAX and not any(char in name for char in "{}[]<>.!?")


def _unescaped(value: str) -> str:
    """A table's value with its escaped line breaks (``\\n``) as breaks, when it holds no real one."""
    return value.replace("\\n", "\n") if "\n" not in value and "\\n" in value else value


def _as_text(roles: list[tuple[str, str, str]]) -> RecordText:
    lines: list[str] = []
    header: set[int] = set()
    for role, name, value in roles:
        value = value.strip()
        if role in _ROLE_LABELS and value:
            lines.append(f"{_ROLE_LABELS[role]}: {' '.join(value.split())}")
        elif role == "furniture" and value:
            header.add(len(lines))
            lines.append(f"{name}: {' '.join(value.split())}")
    # (a record that keeps its text twice, raw and clean, is one story: the longer is read)
    body = max((value.strip() for role, _, value in roles if role == "body"), key=len, default="")
    lines.extend(("", body))
    return RecordText("\n".join(lines) + "\n", frozenset(header))
