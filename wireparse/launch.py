"""The console entry point: makes Ctrl-C exit 130 quietly from the first instant, before the
command's modules load, then runs the command."""

from __future__ import annotations

import gc
import signal
import sys

#: Allocations between two collections of the youngest generation (Python's default is 700). Start-up
#: builds objects that live as long as the process (modules, tables, compiled patterns), and parsing
#: makes few reference cycles: collecting every 700 allocations cost a one-story run about a tenth
#: of its time, for nothing.
GC_THRESHOLD = 50_000


def _interrupted(signum: int, frame: object) -> None:
    sys.exit(130)


def main() -> None:
    previous = signal.signal(signal.SIGINT, _interrupted)
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    from .cli import main as run_command

    # from here on the command turns Ctrl-C into its own quiet exit 130
    signal.signal(signal.SIGINT, previous)
    run_command()
