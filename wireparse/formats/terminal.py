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

from ..model import Story
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


def _field(label: str, value: str | None, style: str, width: int) -> Iterator[Text]:
    from rich.text import Text

    lines = list(wrap(visible(value), width - LABEL_WIDTH)) if value is not None else ["-"]
    for n, chunk in enumerate(lines):
        line = Text(no_wrap=True, overflow="fold")
        line.append(f"{label:>10} " if n == 0 else " " * LABEL_WIDTH, STYLES["label"])
        line.append(chunk, style)
        yield line


def render(story: Story, width: int = 80) -> Group:
    """The rich renderables for one story, ``width`` columns wide."""
    from rich.console import Group
    from rich.rule import Rule
    from rich.text import Text

    parts: list[RenderableType] = [
        Rule(Text(visible(f"{story.source} #{story.index}"), STYLES["source"]), align="left")
    ]
    parts.extend(_field("headline", story.headline, STYLES["headline"], width))
    if story.summary:
        parts.extend(_field("summary", story.summary, STYLES["summary"], width))
    if story.byline:
        parts.extend(_field("byline", story.byline.text, STYLES["byline"], width))
    if story.dateline:
        d = story.dateline
        parts.extend(_field("dateline", d.text, "", width))
        line = Text(" " * LABEL_WIDTH, no_wrap=True, overflow="fold")
        for key in ("place", "region", "date", "agency"):
            value = getattr(d, key)
            if value:
                line.append(f"{key}=", STYLES["label"])
                line.append(visible(value), STYLES[key])
                line.append(" ")
        parts.append(line)
    for caption in story.captions:
        text = caption.text or ""
        if caption.credit:
            text = f"{text} ({caption.credit})" if text else caption.credit
        parts.extend(_field("caption", text, STYLES["caption"], width))
    for paragraph in story.paragraphs:
        parts.extend(Text(chunk, no_wrap=True, overflow="fold") for chunk in wrap(visible(paragraph), width))
        parts.append(Text(""))
    for item in story.boilerplate:
        parts.extend(_field(item.kind, item.text, STYLES["boilerplate"], width))
    for warning in story.warnings:
        parts.extend(_field("warning", warning, STYLES["warning"], width))
    return Group(*parts)


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
    console = make_console(stream, options)
    count = 0
    for story in stories:
        if isinstance(story, Rendered):
            stream.write(story.text)
        else:
            console.print(render(story, console.width))
        count += 1
    return count
