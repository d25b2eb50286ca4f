"""JSON: one indented array of story objects, streamed element by element."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from ..model import Story
from . import Options, Rendered
from .jsonsafe import dumps

EXTENSION = ".json"
#: the elements are written with the separators between them
render_story = None


def write(stories: Iterable[Story | Rendered], stream: IO[str], options: Options | None = None) -> int:
    count = 0
    for story in stories:
        # the separator goes before each element after the first, so the array closes cleanly
        # whether zero, one or many stories arrive
        stream.write("[\n" if count == 0 else ",\n")
        if isinstance(story, Rendered):
            stream.write(story.text)
        else:
            stream.write("  " + dumps(story.as_dict(), indent=2).replace("\n", "\n  "))
        count += 1
    stream.write("\n]\n" if count else "[]\n")
    stream.flush()
    return count
