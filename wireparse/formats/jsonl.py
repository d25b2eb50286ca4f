"""JSON Lines: one compact object per story, written as soon as the story is parsed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from ..model import Story
from . import Options, Rendered, write_each
from .jsonsafe import dumps

EXTENSION = ".jsonl"


def render_story(story: Story, options: Options | None = None) -> str:
    return dumps(story.as_dict()) + "\n"


def write(stories: Iterable[Story | Rendered], stream: IO[str], options: Options | None = None) -> int:
    return write_each(stories, stream, render_story, options)
