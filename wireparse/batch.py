"""Inputs to stories: reading each named file (or standard input), decoding it and parsing it,
reporting a file that fails without stopping the others. A thin driver around decode and parse."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .decode import BinaryInputError, DecodeError, decode, looks_binary
from .model import Story
from .parser import parse

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Settings:
    reference_date: dt.date | None = None
    encoding: str | None = None


class InputError(Exception):
    """An input that could not be read or parsed; the message names the reason."""


def read_bytes(source: str) -> bytes:
    if source == STDIN:
        return sys.stdin.buffer.read()
    with open(source, "rb") as handle:
        return handle.read()


def stories_from_bytes(data: bytes, source: str, settings: Settings) -> list[Story]:
    """The stories of one input's bytes."""
    if settings.encoding is None and looks_binary(data):
        raise BinaryInputError("binary file, not text")
    decoded = decode(data, settings.encoding)
    story = parse(decoded.text, source=source, reference_date=settings.reference_date,
                  encoding=decoded.encoding)
    if decoded.replaced:
        story = _with_warning(story, "undecodable bytes replaced")
    return [story]


def _with_warning(story: Story, warning: str) -> Story:
    from dataclasses import replace

    return replace(story, warnings=(*story.warnings, warning))


def reason(error: BaseException) -> str:
    """A one-line reason for a failed input, as ``ls`` or ``cat`` would word it."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, LookupError):
        return f"unknown encoding: {error}"
    return str(error) or type(error).__name__


def stories(sources: Iterable[str], settings: Settings,
            on_error: Callable[[str, str], None]) -> Iterator[Story]:
    """Every story of every source, in order; a source that fails is reported to ``on_error``
    (source, reason) and skipped."""
    for source in sources:
        try:
            data = read_bytes(source)
            found = stories_from_bytes(data, source, settings)
        except (OSError, DecodeError, LookupError, InputError) as error:
            on_error(source, reason(error))
            continue
        yield from found
