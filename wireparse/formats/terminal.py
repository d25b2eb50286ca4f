"""Terminal: each story as labelled, coloured fields through rich, wrapped to the terminal width.

Story text is always shown literally: it is put into rich ``Text`` objects (never parsed as markup,
never scanned for emoji codes or highlighted), and control characters that could drive the terminal
(C0 but tab and newline, DEL, C1, bidirectional overrides) are shown as visible escapes.
"""

from __future__ import annotations

import os
from typing import IO, Iterable

import regex

from ..model import Story

EXTENSION = ".txt"

_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

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
    """``text`` with terminal control characters replaced by visible escapes (``\\x1b``)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", text)


def _field(label: str, value: str | None, style: str):
    from rich.text import Text

    line = Text()
    line.append(f"{label:>10} ", STYLES["label"])
    line.append(visible(value) if value is not None else "-", style)
    return line


def render(story: Story):
    """The rich renderables for one story."""
    from rich.console import Group
    from rich.rule import Rule
    from rich.text import Text

    parts = [Rule(Text(visible(f"{story.source} #{story.index}"), STYLES["source"]), align="left")]
    parts.append(_field("headline", story.headline, STYLES["headline"]))
    if story.summary:
        parts.append(_field("summary", story.summary, STYLES["summary"]))
    if story.byline:
        parts.append(_field("byline", story.byline.text, STYLES["byline"]))
    if story.dateline:
        d = story.dateline
        line = _field("dateline", d.text, "")
        line.append("  ")
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
        parts.append(_field("caption", text, STYLES["caption"]))
    for paragraph in story.paragraphs:
        parts.append(Text(visible(paragraph)))
        parts.append(Text(""))
    for item in story.boilerplate:
        parts.append(_field(item.kind, item.text, STYLES["boilerplate"]))
    for warning in story.warnings:
        parts.append(_field("warning", warning, STYLES["warning"]))
    return Group(*parts)


def make_console(stream: IO[str], options=None):
    from rich.console import Console

    color = options.color if options else None
    no_color = color is False or (color is None and "NO_COLOR" in os.environ)
    return Console(file=stream, force_terminal=True if color else None, no_color=no_color,
                   color_system=None if no_color else "auto", highlight=False, markup=False,
                   emoji=False, width=options.width if options and options.width else None,
                   soft_wrap=False)


def write(stories: Iterable[Story], stream: IO[str], options=None) -> int:
    console = make_console(stream, options)
    count = 0
    for story in stories:
        console.print(render(story))
        count += 1
    return count
