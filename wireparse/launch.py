"""The console entry point: makes Ctrl-C exit 130 quietly from the first instant, before the
command's modules load, then runs the command."""

from __future__ import annotations

import signal
import sys


def _interrupted(signum: int, frame: object) -> None:
    sys.exit(130)


def main() -> None:
    previous = signal.signal(signal.SIGINT, _interrupted)
    from .cli import main as run_command

    # from here on the command turns Ctrl-C into its own quiet exit 130
    signal.signal(signal.SIGINT, previous)
    run_command()
