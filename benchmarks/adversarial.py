#!/usr/bin/env python3
"""Adversarial-input benchmark (issue 5): parse time per MB must not grow with the input, and the
terminal format must render a long hostile line in linear time.

usage:
    python benchmarks/adversarial.py               # 1, 8 and 64 MB per input (tens of minutes)
    python benchmarks/adversarial.py --quick       # 1 and 8 MB, terminal up to 1 MB
    python benchmarks/adversarial.py --sizes 1,2,4 --only caps-no-credit,open-parens
    python benchmarks/adversarial.py --json out.json

For each adversarial generator and size it prints the CPU seconds per MB (1 MB = 10^6 characters)
of two paths, and how much the time per MB at the largest size exceeds the time per MB at 1 MB:

* ``parse``: the whole input as one story through ``wireparse.parse()``;
* ``stream``: the CLI's path for a file, the input encoded as UTF-8 and fed in 1 MB chunks through
  ``decode.TextReader``, ``stream.iter_lines`` and ``stream.parse_stream`` (every story parsed).

The budget is growth of at most +15% from 1 MB to 64 MB; a row over it is marked ``OVER``. A run
that exceeds ``--give-up`` seconds is stopped (``SIGALRM``) and the row marked ``SUPERLINEAR``: a
linear path does a megabyte in well under a second, so that is no noise.

Then the terminal format: one paragraph made of a single adversarial line of 64 KB to 1 MB
(4 MB in a full run) rendered by ``formats.terminal`` into a StringIO, colour on, as the time per
MB; rich's own highlighter, were it on, is quadratic on ``1.1.1.…`` (reliability.md B5).

No test asserts these times (tests/test_patterns_linear.py checks growth ratios instead); CPU time
(``time.process_time``) is used so that other work on the machine does not skew the figures.

A generator without line breaks a sign-off could split makes one story of the whole input, and
CPython's cyclic garbage collector then costs more per MB as that story's objects pile up (about
+10% from 1 to 8 MB on ``ql-codes``). ``--no-gc`` turns the collector off while timing, which
separates that from growth in wireparse's own work.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import signal
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager

import wireparse
from wireparse.decode import TextReader
from wireparse.formats import Options, get_format
from wireparse.model import Story
from wireparse.stream import iter_lines, parse_stream

MB = 1_000_000
BUDGET = 0.15

# -- generators: n characters of adversarial text ----------------------------------------------


def _lines(unit: str, width: int = 100) -> Callable[[int], str]:
    """``unit`` repeated into lines of ``width`` characters."""
    line = (unit * (width // len(unit) + 1))[: width - 1] + "\n"

    def make(n: int) -> str:
        return (line * (n // len(line) + 1))[:n]

    return make


def _run(unit: str, frame: str = "x{}x\n") -> Callable[[int], str]:
    """``unit`` repeated into one line of ``n`` characters inside ``frame``."""

    def make(n: int) -> str:
        body = (unit * (n // len(unit) + 1))[: n - len(frame) + 2]
        return frame.format(body)

    return make


GENERATORS: dict[str, Callable[[int], str]] = {
    # lines a dateline pattern has to give up on
    "caps-no-credit": _lines("WASHINGTON NEW YORK BOSTON CHICAGO "),
    "caps-date-no-credit": _lines("LONDON, March 7 "),
    "unclosed-credit": _lines("LONDON, March 7 (Reuters "),
    "month-names": _lines("March 7 Jan. 5 7 марта "),
    "two-spaces": _lines("Caption text  "),
    "ql-codes": _lines("&QL;"),
    "brackets": _lines("[x"),
    # one long line of a single character class
    "open-parens": _run("("),
    "slashes": _run("/"),
    "hyphens": _run("-"),
    "dots": _run("."),
    "digits": _run("7"),
    "digit-dots": _run("1."),
    "spaces": _run(" "),
    "capital-letters": _run("A"),
    "at-signs": _run("a@"),
    # a plausible story with a monstrous body line
    "story-long-line": _run("word ", "Headline\n\nLONDON, March 7 (Reuters) - {}\n"),
}

TERMINAL_LINES: dict[str, str] = {
    "digit-dots": "1.",
    "brackets": "[x",
    "markup": "[bold]x[/] ",
    "colons": "a:",
    "words": "word ",
    "escapes": "\x1b[2J",
    "bidi": "a\u202e",
}

# -- measuring ----------------------------------------------------------------------------------


class GaveUp(Exception):
    pass


@contextmanager
def give_up_after(seconds: float):
    def on_alarm(signum, frame):
        raise GaveUp

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


NO_GC = False


def cpu(run: Callable[[], object]) -> float:
    if NO_GC:
        gc.collect()
        gc.disable()
    try:
        start = time.process_time()
        run()
        return time.process_time() - start
    finally:
        gc.enable()


def parse_whole(text: str) -> None:
    wireparse.parse(text)


def parse_streamed(text: str) -> None:
    data = text.encode("utf-8")
    chunks = (data[i : i + MB] for i in range(0, len(data), MB))
    reader = TextReader(chunks)
    for _ in parse_stream(iter_lines(reader), encoding=reader.encoding):
        pass


PATHS = {"parse": parse_whole, "stream": parse_streamed}


def per_mb(
    path: Callable[[str], None], make: Callable[[int], str], size_mb: int, repeats: int, give_up: float
) -> float | None:
    """Best CPU seconds per MB over ``repeats`` runs, or None if a run gave up."""
    text = make(size_mb * MB)
    best = float("inf")
    for _ in range(repeats):
        try:
            with give_up_after(give_up):
                best = min(best, cpu(lambda: path(text)))
        except GaveUp:
            return None
    return best / size_mb


def render_line(line: str) -> None:
    stream = io.StringIO()
    get_format("terminal").write([Story(paragraphs=(line,))], stream, Options(color=True, width=100))


# -- report -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 and 8 MB; terminal up to 1 MB")
    parser.add_argument("--sizes", help="comma-separated sizes in MB (first is the baseline)")
    parser.add_argument("--only", help="comma-separated generator names")
    parser.add_argument("--paths", default="parse,stream", help="parse, stream or both")
    parser.add_argument(
        "--give-up",
        type=float,
        default=120.0,
        help="seconds before a run is declared superlinear (default 120)",
    )
    parser.add_argument(
        "--no-gc", action="store_true", help="cyclic garbage collector off while timing (see above)"
    )
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    global NO_GC
    NO_GC = args.no_gc

    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([1, 8] if args.quick else [1, 8, 64])
    names = args.only.split(",") if args.only else list(GENERATORS)
    paths = args.paths.split(",")
    results: dict = {"sizes_mb": sizes, "budget": BUDGET, "parse": {}, "terminal": {}}
    over = 0

    header = f"{'input':22} {'path':7} " + " ".join(f"{f'{s} MB':>9}" for s in sizes) + "   growth"
    print("CPU seconds per MB", file=sys.stdout)
    print(header)
    for name in names:
        make = GENERATORS[name]
        for path_name in paths:
            row = []
            for size in sizes:
                value = per_mb(
                    PATHS[path_name], make, size, 3 if size == sizes[0] else 1, args.give_up * size
                )
                row.append(value)
                if value is None:
                    break
            cells = " ".join(f"{v:9.3f}" if v is not None else f"{'gave up':>9}" for v in row)
            cells += " " * (10 * (len(sizes) - len(row)))
            if None in row:
                verdict = "SUPERLINEAR"
                over += 1
            else:
                growth = row[-1] / row[0] - 1 if row[0] else 0.0
                verdict = f"{growth:+7.1%}" + ("  OVER" if growth > BUDGET else "")
                over += growth > BUDGET
            print(f"{name:22} {path_name:7} {cells}   {verdict}", flush=True)
            results["parse"].setdefault(name, {})[path_name] = row

    term_sizes = [64_000, 256_000, 1_000_000] + ([] if args.quick else [4_000_000])
    print()
    print("terminal format, one line: CPU seconds per MB")
    print(f"{'line':22} " + " ".join(f"{f'{s // 1000} KB':>9}" for s in term_sizes) + "   growth")
    for name, unit in TERMINAL_LINES.items():
        row = []
        for size in term_sizes:
            line = (unit * (size // len(unit) + 1))[:size]
            try:
                with give_up_after(args.give_up):
                    seconds = min(cpu(lambda: render_line(line)) for _ in range(2))
            except GaveUp:
                row.append(None)
                break
            row.append(seconds / (size / MB))
        cells = " ".join(f"{v:9.3f}" if v is not None else f"{'gave up':>9}" for v in row)
        if None in row:
            verdict = "SUPERLINEAR"
            over += 1
        else:
            growth = row[-1] / row[0] - 1
            verdict = f"{growth:+7.1%}" + ("  OVER" if growth > BUDGET else "")
            over += growth > BUDGET
        print(f"{name:22} {cells}   {verdict}", flush=True)
        results["terminal"][name] = row

    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=2)
    print()
    print(
        f"{over} row(s) over the +{BUDGET:.0%} budget"
        if over
        else f"every row within the +{BUDGET:.0%} budget"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
