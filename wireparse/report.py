"""What a run tells its user on standard error: one line per failed input (always), one per skipped
input (unless quiet), and, when standard error is a terminal and there is more than one file, a
progress bar (files, stories, rate, time left) and a one-line summary at the end. rich is imported
only for the progress bar."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import regex

from .compiled import compiled
from .inputs import Notice

if TYPE_CHECKING:
    from .batch import Outcome

# terminal control characters and bidirectional overrides in a file name are shown, not obeyed
_UNSAFE = compiled(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def shown(name: str) -> str:
    """A file name fit for a terminal: control characters, bidirectional overrides and bytes that
    are not UTF-8 as escapes (``\\x1b``)."""

    def escape(m: regex.Match[str]) -> str:
        code = ord(m.group())
        if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
            return f"\\x{code - 0xDC00:02x}"
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE.sub(escape, name)


class Report:
    """Messages and counts of a run."""

    live = False
    """A display runs in a thread (a process pool should start before it)."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self.files = self.stories = self.warned = self.failures = self.skipped = 0
        self.started = time.monotonic()

    def __call__(self, outcome: Outcome) -> None:
        self.stories += outcome.count
        self.warned += outcome.warned
        if outcome.error:
            self.failures += 1
            self.line(f"wireparse: {shown(outcome.name or outcome.source)}: {outcome.error}")
        elif outcome.note:
            self.skipped += outcome.done
            if not self.quiet:
                self.line(f"wireparse: {shown(outcome.name or outcome.source)}: {outcome.note}")
        if outcome.done:
            self.files += 1
        self.advance(outcome)

    def line(self, text: str) -> None:
        """One line on standard error."""
        print(text, file=sys.stderr, flush=True)

    def error(self, message: str) -> None:
        self.line(f"wireparse: {message}")

    def advance(self, outcome: Outcome) -> None:
        """Show progress (nothing here)."""

    def close(self, *, summary: bool = True) -> None:
        """End the report (nothing to do here)."""

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        parts = [
            _count(self.files, "file"),
            _count(self.stories, "story", "stories"),
            f"{self.warned:,} with warnings",
            _count(self.failures, "failure"),
        ]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped")
        return f"wireparse: {', '.join(parts)}, {seconds:.1f} s"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


class ProgressReport(Report):
    """A rich progress bar on standard error, messages printed above it, a summary at the end."""

    live = True

    def __init__(self, total: int, *, quiet: bool = False) -> None:
        super().__init__(quiet=quiet)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.console = Console(stderr=True, highlight=False, markup=False, emoji=False)
        self.progress = Progress(
            TextColumn("files"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[stories]:,} stories"),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        self.task = self.progress.add_task("files", total=total, stories=0, rate="")
        self.shown = False

    def show(self) -> None:
        """Start the display (its refresh thread), at the first outcome: by then the process
        pool, which must not be forked from a process running it, has started."""
        if not self.shown:
            self.shown = True
            self.progress.start()

    def line(self, text: str) -> None:
        self.console.print(text, markup=False, highlight=False, emoji=False, soft_wrap=True)

    def advance(self, outcome: Outcome) -> None:
        self.show()
        elapsed = max(time.monotonic() - self.started, 1e-6)
        self.progress.update(
            self.task, completed=self.files, stories=self.stories, rate=f"{self.files / elapsed:,.0f} files/s"
        )

    def close(self, *, summary: bool = True) -> None:
        if self.shown:
            self.progress.stop()
        if summary:
            self.line(self.summary())


def make_report(*, quiet: bool, progress: bool, items: Iterable[object]) -> Report:
    """A progress report when asked for and there is more than one file among ``items`` (a list,
    then), else a plain one."""
    files = sum(1 for item in items if not isinstance(item, Notice)) if progress else 0
    if progress and not quiet and files > 1:
        return ProgressReport(files, quiet=quiet)
    return Report(quiet=quiet)


def wants_progress(no_progress: bool, quiet: bool, stdout_shown: bool) -> bool:
    """A progress bar fits: standard error is a terminal, not turned off, and the records are not
    being printed on the same terminal."""
    return not (no_progress or quiet or stdout_shown) and _isatty(sys.stderr)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
