"""The output formats, behind one registry that feeds ``--format``.

A format is a module that is a :class:`Format`: ``EXTENSION`` (the file extension it writes),
``write(stories, stream, options)``, which writes each story as soon as it arrives, and
``render_story``. A format whose output is a fixed header and then each story's own text sets
``render_story(story, options)`` to give that text: worker processes then format the stories they
parse and hand back :class:`Rendered` stories, which ``write`` takes among the others; the other
formats set it to None. Modules are imported on first use so that the JSON path never pays for rich
(nor for pyarrow, which only Parquet needs).

A format whose document holds one story (:data:`FILE_PER_STORY`) writes several as documents one
after another on a stream, and as a file each under ``--output-dir``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, NamedTuple, Protocol, cast

from ..model import Story

#: format name -> module under wireparse.formats
FORMATS: dict[str, str] = {
    "jsonl": "jsonl",
    "json": "json_array",
    "csv": "csv_rows",
    "terminal": "terminal",
    "ninjs": "ninjs",
    "nitf": "nitf",
    "parquet": "parquet",
}

#: file extension -> format name, for ``-o stories.csv`` without ``-f``
EXTENSIONS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".xml": "nitf",
    ".parquet": "parquet",
}
#: Formats whose ``--output-dir`` file holds one story: an input holding several gives a file per
#: story, ``<name>-<index><extension>`` (a document of the format cannot hold two stories).
FILE_PER_STORY: frozenset[str] = frozenset({"nitf"})
#: Formats that write bytes, not text: never onto a terminal.
BINARY: frozenset[str] = frozenset({"parquet"})
#: Formats that need a package the base install leaves out: format -> (module, the extra of
#: wireparse that installs it).
REQUIRES: dict[str, tuple[str, str]] = {"parquet": ("pyarrow", "parquet")}
#: The versions of ninjs written, the default first.
NINJS_VERSIONS: tuple[str, ...] = ("3.1", "2.2")


class FormatUnavailable(Exception):
    """A format needs a package that is not installed (the message says which, and how to get it)."""


class Options(NamedTuple):
    """What a format may be asked to do beyond printing records."""

    color: bool | None = None
    """Colour for the terminal format: None follows the terminal and NO_COLOR."""
    width: int | None = None
    """Terminal width; None asks the terminal."""
    excel_safe: bool = False
    """CSV: defuse cells that a spreadsheet would run as a formula."""
    ninjs_version: str = NINJS_VERSIONS[0]
    """ninjs: the version of the standard written (``3.1`` or ``2.2``)."""


class Rendered(NamedTuple):
    """A story already formatted, by the process that parsed it."""

    text: str
    warnings: tuple[str, ...]


class StoryRenderer(Protocol):
    """One story's own text in a format."""

    def __call__(self, story: Story, options: Options | None = None) -> str: ...


def write_each(
    stories: Iterable[Story | Rendered],
    stream: IO[str],
    render: StoryRenderer,
    options: Options | None = None,
) -> int:
    """For a format whose output is each story's own text: write each story (a :class:`Rendered`
    one as it is) and flush it as it arrives; the count written."""
    count = 0
    for story in stories:
        stream.write(story.text if isinstance(story, Rendered) else render(story, options))
        stream.flush()
        count += 1
    return count


class Format(Protocol):
    """What a format module holds."""

    EXTENSION: str

    @property
    def render_story(self) -> StoryRenderer | None:
        """One story's text, for a format that prints each story on its own; else None."""

    def write(
        self, stories: Iterable[Story | Rendered], stream: IO[str], options: Options | None = None
    ) -> int:
        """Write ``stories`` (a :class:`Rendered` one as it is) to ``stream``; the count written."""


if TYPE_CHECKING:  # each format module is checked to be a Format
    from . import csv_rows, json_array, jsonl, ninjs, nitf, parquet, terminal

    _CHECKED: tuple[Format, ...] = (csv_rows, json_array, jsonl, ninjs, nitf, parquet, terminal)


def get_format(name: str) -> Format:
    """The module that writes format ``name``; raises :class:`FormatUnavailable` when it needs a
    package that is not installed."""
    try:
        return cast(Format, importlib.import_module(f"{__name__}.{FORMATS[name]}"))
    except ModuleNotFoundError as error:
        module, extra = REQUIRES.get(name, (None, None))
        if module is None or (error.name or "").partition(".")[0] != module:
            raise
        raise FormatUnavailable(
            f"-f {name} needs {module}, which is not installed: pip install 'wireparse[{extra}]'"
        ) from None


def story_renderer(name: str) -> StoryRenderer | None:
    """The story renderer of format ``name``, or None when it prints no story on its own."""
    return get_format(name).render_story
