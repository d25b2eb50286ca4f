"""JSON Lines: one compact object per story, written as soon as the story is parsed."""

from __future__ import annotations

from typing import IO, Iterable

from ..model import Story
from .jsonsafe import dumps

EXTENSION = ".jsonl"


def write(stories: Iterable[Story], stream: IO[str], options=None) -> int:
    count = 0
    for story in stories:
        stream.write(dumps(story.as_dict()))
        stream.write("\n")
        stream.flush()
        count += 1
    return count
