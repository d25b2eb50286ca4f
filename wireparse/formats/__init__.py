"""The output formats, behind one registry that feeds ``--format``.

A format is a module exposing ``EXTENSION`` (the file extension it writes) and
``write(stories, stream, options)``, which writes each story as soon as it arrives. A format whose
output is a fixed header and then each story's own text also exposes
``render_story(story, options)``, that text: worker processes then format the stories they parse
and hand back :class:`Rendered` stories, which ``write`` takes among the others. Modules are
imported on first use so that the JSON path never pays for rich.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import IO, NamedTuple, Protocol

from ..model import Story

#: format name -> module under wireparse.formats
FORMATS: dict[str, str] = {
    "jsonl": "jsonl",
    "json": "json_array",
    "csv": "csv_rows",
    "terminal": "terminal",
}

#: file extension -> format name, for ``-o stories.csv`` without ``-f``
EXTENSIONS: dict[str, str] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}


class Options(NamedTuple):
    """What a format may be asked to do beyond printing records."""

    color: bool | None = None
    """Colour for the terminal format: None follows the terminal and NO_COLOR."""
    width: int | None = None
    """Terminal width; None asks the terminal."""
    excel_safe: bool = False
    """CSV: defuse cells that a spreadsheet would run as a formula."""


class Rendered(NamedTuple):
    """A story already formatted, by the process that parsed it."""

    text: str
    warnings: tuple[str, ...]


class Format(Protocol):
    EXTENSION: str

    def write(self, stories: Iterable[Story], stream: IO[str], options: Options) -> int: ...


def get_format(name: str) -> Format:
    """The module that writes format ``name``."""
    return importlib.import_module(f"{__name__}.{FORMATS[name]}")  # type: ignore[return-value]
