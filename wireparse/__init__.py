"""wireparse: turn news-agency wire stories into structured records.

>>> import wireparse
>>> story = wireparse.parse("MAGAS, March 7. /TASS/. Russian Security Council Secretary ...")
>>> story.dateline.agency
'TASS'

The names below load on first use, so that ``import wireparse`` (and the command's start-up,
during which Ctrl-C must still exit quietly) stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: public name -> the module that defines it
_EXPORTS = {
    "Boilerplate": "model",
    "Byline": "model",
    "Caption": "model",
    "Dateline": "model",
    "Story": "model",
    "parse": "parser",
    "parse_stream": "stream",
}

__all__ = [
    "Boilerplate",
    "Byline",
    "Caption",
    "Dateline",
    "Story",
    "__version__",
    "parse",
    "parse_stream",
]

if TYPE_CHECKING:
    from .model import Boilerplate, Byline, Caption, Dateline, Story
    from .parser import parse
    from .stream import parse_stream


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'wireparse' has no attribute {name!r}")
