"""Writing output files atomically: a temporary ``.wireparse-*.tmp`` beside the target, renamed over
it only once complete, so an interrupted run never leaves a half-written file under a final name."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

TEMP_PREFIX = ".wireparse-"
TEMP_SUFFIX = ".tmp"


@contextmanager
def atomic_text_file(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def remove_stale_temporaries(directory: str | os.PathLike[str]) -> int:
    """Delete temporaries an interrupted run left under ``directory``; returns how many."""
    removed = 0
    for temp in Path(directory).rglob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        try:
            temp.unlink()
            removed += 1
        except OSError:
            pass
    return removed
