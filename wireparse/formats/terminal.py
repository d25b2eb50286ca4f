"""Terminal: each story as labelled, coloured fields through rich, wrapped to the terminal width.

Story text is always shown literally: it is put into rich ``Text`` objects (never parsed as markup,
never scanned for emoji codes or highlighted), and control characters that could drive the terminal
(C0 but tab and newline, DEL, C1, bidirectional overrides) are shown as visible escapes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING

import regex

from ..model import Dateline, Story
from . import Options, Rendered

if TYPE_CHECKING:
    from rich.console import Console, Group, RenderableType
    from rich.text import Text

EXTENSION = ".txt"
#: stories are laid out by the console that prints them, to its width
render_story = None

_CONTROL = regex.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)

STYLES = {
    "label": "bold cyan",
    "headline": "bold",
    "summary": "italic",
    "byline": "green",
    "place": "bold magenta",
    "region": "magenta",
    "date": "yellow",
    "agency": "bold blue",
    "country": "blue",
    "geo": "blue",
    "region_code": "blue",
    "caption": "dim",
    "boilerplate": "dim",
    "warning": "bold red",
    "source": "dim",
}


def visible(text: str) -> str:
    """``text`` with terminal control characters (and lone surrogates from undecodable file names)
    replaced by visible escapes (``\\x1b``)."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


#: Width of the label column: ten characters and a blank.
LABEL_WIDTH = 11


def wrap(text: str, width: int) -> Iterator[str]:
    """``text`` cut into lines of at most ``width`` characters, at a blank where there is one.
    Done here rather than by rich so that a megabyte-long paragraph still renders in linear time."""
    width = max(width, 8)
    pos = 0
    while len(text) - pos > width:
        cut = text.rfind(" ", pos, pos + width + 1)
        if cut <= pos:
            yield text[pos : pos + width]
            pos += width
        else:
            yield text[pos:cut]
            pos = cut + 1
    yield text[pos:]


#: Lines of a long field or paragraph put in one renderable: memory holds that many lines of it
#: at a time, never the whole field as rich objects.
BATCH_LINES = 256


def _batched(lines: Iterable[list[tuple[str, str]]]) -> Iterator[Text]:
    """Lines of styled pieces as rich ``Text``, :data:`BATCH_LINES` lines to one."""
    from rich.text import Text

    batch = None
    count = 0
    for pieces in lines:
        if batch is None:
            batch = Text(no_wrap=True, overflow="fold")
        else:
            batch.append("\n")
        for text, style in pieces:
            batch.append(text, style)
        count += 1
        if count == BATCH_LINES:
            yield batch
            batch, count = None, 0
    if batch is not None:
        yield batch


def _field(label: str, value: str | None, style: str, width: int) -> Iterator[Text]:
    lines = wrap(visible(value), width - LABEL_WIDTH) if value is not None else iter(["-"])
    first = (f"{label:>10} ", STYLES["label"])
    rest = (" " * LABEL_WIDTH, STYLES["label"])
    return _batched([first if n == 0 else rest, (chunk, style)] for n, chunk in enumerate(lines))


def _parts(dateline: Dateline, width: int) -> Iterator[Text]:
    """The dateline's parts (``place=… date=…``) under it, wrapped between parts; a part longer than
    a line is wrapped on its own, as a field's text is."""
    room = max(width - LABEL_WIDTH, 8)
    indent = (" " * LABEL_WIDTH, "")
    lines: list[list[tuple[str, str]]] = []
    line = [indent]
    used = 0
    for key, value in _part_values(dateline):
        if not value:
            continue
        flat = f"{key}={visible(value)}"
        if used and used + len(flat) > room:
            lines.append(line)
            line, used = [indent], 0
        if len(flat) <= room:
            chunks = [flat]
        elif len(flat) - len(key) - 1 <= room:  # the value fits a line of its own
            chunks = [f"{key}=", flat[len(key) + 1 :]]
        else:
            chunks = list(wrap(flat, room))
        label = len(key) + 1  # characters of the label still to place
        for n, chunk in enumerate(chunks):
            if n:
                lines.append(line)
                line = [indent]
            head = chunk[: max(label, 0)]
            if head:
                line.append((head, STYLES["label"]))
            if len(chunk) > len(head):
                line.append((chunk[len(head) :], STYLES[key]))
            label -= len(chunk)
        line.append((" ", ""))
        used = used + len(flat) + 1 if len(chunks) == 1 else len(chunks[-1]) + 1
    lines.append(line)
    return _batched(lines)


def _part_values(dateline: Dateline) -> Iterator[tuple[str, str | None]]:
    for key in ("place", "region", "date", "agency", "country"):
        yield key, getattr(dateline, key)
    geo = dateline.geo
    yield "geo", f"{geo.lat},{geo.lon}" if geo else None
    yield "region_code", dateline.region_code


def _renderables(story: Story, width: int) -> Iterator[RenderableType]:
    """What makes up one story on screen, ``width`` columns wide, a few lines at a time."""
    from rich.rule import Rule
    from rich.text import Text

    yield Rule(Text(visible(f"{story.source} #{story.index}"), STYLES["source"]), align="left")
    yield from _field("headline", story.headline, STYLES["headline"], width)
    if story.summary:
        yield from _field("summary", story.summary, STYLES["summary"], width)
    if story.byline:
        yield from _field("byline", story.byline.text, STYLES["byline"], width)
    if story.dateline:
        yield from _field("dateline", story.dateline.text, "", width)
        yield from _parts(story.dateline, width)
    for caption in story.captions:
        text = caption.text or ""
        if caption.credit:
            text = f"{text} ({caption.credit})" if text else caption.credit
        yield from _field("caption", text, STYLES["caption"], width)
    for paragraph in story.paragraphs:
        yield from _batched([(chunk, "")] for chunk in wrap(visible(paragraph), width))
        yield Text("")
    for item in story.boilerplate:
        yield from _field(item.kind, item.text, STYLES["boilerplate"], width)
    for warning in story.warnings:
        yield from _field("warning", warning, STYLES["warning"], width)


def render(story: Story, width: int = 80) -> Group:
    """The rich renderables for one story, ``width`` columns wide."""
    from rich.console import Group

    return Group(*_renderables(story, width))


def make_console(stream: IO[str], options: Options | None = None) -> Console:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit 1 here; the reader going away is the CLI's to handle (quietly, 0)
            raise BrokenPipeError

    color = options.color if options else None
    # NO_COLOR set and not empty (no-color.org): an empty value leaves colour on
    no_color = color is False or (color is None and bool(os.environ.get("NO_COLOR")))
    return _Console(
        file=stream,
        force_terminal=True if color else None,
        no_color=no_color,
        color_system=None if no_color else "auto",
        highlight=False,
        markup=False,
        emoji=False,
        width=options.width if options and options.width else None,
        soft_wrap=False,
    )


def write(stories: Iterable[Story | Rendered], stream: IO[str], options: Options | None = None) -> int:
    from rich.console import Group

    console = make_console(stream, options)
    count = 0
    for story in stories:
        if isinstance(story, Rendered):
            stream.write(story.text)
        else:
            # printed a few lines at a time: a long paragraph never stands whole as rich objects
            # (each part in a group of its own, which rich lays out as it does the parts of a
            # whole story)
            for part in _renderables(story, console.width):
                console.print(Group(part))
        count += 1
    return count
