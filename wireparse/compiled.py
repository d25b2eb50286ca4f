"""Compiled patterns kept between runs.

The parser's patterns are built from large tables (month names in a hundred languages, agencies,
flags, labels), and the regex module reads a pattern's source in Python: a one-story run spent most
of its time compiling them. A compiled pattern pickles to its compiled code, and unpickling hands
that code straight to the module's C engine, fifty times faster than compiling the source again. So
the command line keeps, in the user's cache directory, the pickled form of every pattern it
compiled, and any later run (command line or library) reads them back.

The cache never changes a result: an entry is looked up by the pattern's exact source, flags and
named lists, in a file named for the regex module's version and Python's, and anything unreadable
is compiled afresh. It is only read from a file the user owns. ``WIREPARSE_CACHE_DIR`` moves it,
and ``WIREPARSE_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import regex

#: Entries a cache file keeps at most: a run that would write more keeps only its own patterns, so
#: the file cannot grow without bound as the tables change from one version to the next.
MAX_ENTRIES = 2_000

_Key = tuple[str, int, tuple[tuple[str, tuple[str, ...]], ...]]


class PatternCache:
    """The compiled patterns of one cache file (none if ``path`` is None): those read from it on
    first use, and those compiled since, which :meth:`save` adds to it."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored: dict[_Key, bytes] | None = None
        self._compiled_here: dict[_Key, bytes] = {}
        self._used: set[_Key] = set()

    def compiled(self, source: str, flags: int = 0, **named_lists: Iterable[str]) -> regex.Pattern[str]:
        """``regex.compile(source, flags, **named_lists)``, read from the cache when it holds it."""
        lists = tuple(sorted((name, tuple(words)) for name, words in named_lists.items()))
        key: _Key = (source, flags, lists)
        self._used.add(key)
        stored = self._stored_patterns().get(key)
        if stored is not None:
            try:
                pattern: regex.Pattern[str] = pickle.loads(stored)
                return pattern
            except Exception:  # a damaged entry is compiled again
                pass
        named: dict[str, Any] = {name: list(words) for name, words in lists}
        pattern = regex.compile(source, flags, **named)
        if self.path is not None:
            self._compiled_here[key] = pickle.dumps(pattern, protocol=pickle.HIGHEST_PROTOCOL)
        return pattern

    def save(self) -> None:
        """Write the patterns compiled since the file was read into it, if there are any. Never
        raises: a cache that cannot be written only leaves the next run as slow as this one."""
        if not self._compiled_here or self.path is None:
            return
        try:
            self._write(self.path)
        except Exception:  # a read-only or full disk must not fail the command
            return
        self._stored = {**self._stored_patterns(), **self._compiled_here}
        self._compiled_here.clear()

    def _write(self, path: Path) -> None:
        entries = {**self._stored_patterns(), **self._compiled_here}
        if len(entries) > MAX_ENTRIES:
            entries = {key: value for key, value in entries.items() if key in self._used}
        path.parent.mkdir(parents=True, exist_ok=True)
        # written beside the file and renamed over it, so a reader never sees half a file
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(entries, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise

    def _stored_patterns(self) -> dict[_Key, bytes]:
        if self._stored is None:
            self._stored = _read(self.path) if self.path is not None else {}
        return self._stored


def _read(path: Path) -> dict[_Key, bytes]:
    try:
        with path.open("rb") as stream:
            if hasattr(os, "getuid") and os.fstat(stream.fileno()).st_uid != os.getuid():
                return {}  # another user's file is not unpickled
            entries = pickle.load(stream)
    except Exception:  # missing or damaged: every pattern is compiled
        return {}
    return entries if isinstance(entries, dict) else {}


def cache_file() -> Path | None:
    """The file of this regex module's and Python's patterns, or None when the cache is off
    (``WIREPARSE_NO_CACHE``) or there is no directory to keep it in."""
    if os.environ.get("WIREPARSE_NO_CACHE"):
        return None
    try:
        directory = cache_directory()
    except RuntimeError:  # no home directory
        return None
    version = f"regex{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}"
    return directory / f"patterns-{version}.pickle"


def cache_directory() -> Path:
    """Where the cache lives: ``WIREPARSE_CACHE_DIR``, else the platform's cache directory."""
    chosen = os.environ.get("WIREPARSE_CACHE_DIR")
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wireparse"


#: The process's cache, which every module's patterns go through.
PATTERNS = PatternCache(cache_file())
compiled = PATTERNS.compiled
save = PATTERNS.save
