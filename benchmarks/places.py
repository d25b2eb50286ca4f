#!/usr/bin/env python3
"""The gazetteer's budgets: what it adds to the wheel, what its first lookup costs, and the start-up
of a one-story run with and without a place to look up.

usage:
    python benchmarks/places.py                 # against main
    python benchmarks/places.py --base REV --runs 40

* wheel: ``pip wheel --no-deps`` of the working tree and of REV (``git archive``), and the data files'
  sizes. Budget: at most 6 MB added.
* first lookup: in fresh processes, ``wireparse.places.lookup("Moscow")`` after ``import
  wireparse.parser`` (the gazetteer is opened and read then), median of the runs.
* start-up: ``wireparse -f jsonl`` (a console script as pip writes it, ``PYTHONPATH`` set to the tree)
  on one story with a dateline place and on one without, for the working tree and REV, against
  ``python -c "import click, regex"``; warm-ups (which write the bytecode, under a prefix of their
  own), then runs interleaved in rotating order, medians. Budgets: a story with a place within 2.2x the baseline; one without, unchanged.

parse() per story is ``benchmarks/compare_parse.py REV WORKTREE``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "wireparse" / "data"
WHEEL_BUDGET = 6_000_000
STARTUP_BUDGET = 2.2
SCRIPT = "import sys\nfrom wireparse.launch import main\nsys.exit(main())\n"
STORIES = {
    "place": "MOSCOW, March 7 (Reuters) - Shares rose on Tuesday as oil prices climbed.\n",
    "no place": "Shares rose on Tuesday as oil prices climbed.\n",
}
FIRST_LOOKUP = """
import time
import wireparse.parser
from wireparse.places import lookup
start = time.perf_counter()
lookup("Moscow")
print(time.perf_counter() - start)
"""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def checkout(rev: str, into: Path) -> Path:
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    into.mkdir(parents=True)
    with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def wheel_size(tree: Path, out: Path) -> int:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(tree)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("wireparse-*.whl")
    return wheel.stat().st_size


def first_lookup(runs: int) -> list[float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return [
        float(
            subprocess.run(
                [sys.executable, "-c", FIRST_LOOKUP], capture_output=True, text=True, env=env, check=True
            ).stdout
        )
        for _ in range(runs)
    ]


def startup(trees: dict[str, Path], tmp: Path, runs: int) -> dict[str, float]:
    script = tmp / "wireparse-script.py"
    script.write_text(SCRIPT, encoding="utf-8")
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "baseline": ([sys.executable, "-c", "import click, regex"], {})
    }
    for label, tree in trees.items():
        for kind, text in STORIES.items():
            story = tmp / f"{kind.replace(' ', '-')}.txt"
            story.write_text(text, encoding="utf-8")
            commands[f"{label}, {kind}"] = (
                [sys.executable, str(script), "-f", "jsonl", str(story)],
                {"PYTHONPATH": str(tree)},
            )
    # bytecode is written once (by the warm-ups) and read after, wherever the tree lies
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    times: dict[str, list[float]] = {key: [] for key in commands}
    keys = list(commands)
    for i in range(runs + 3):
        for key in keys[i % len(keys) :] + keys[: i % len(keys)]:
            cmd, extra = commands[key]
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, env={**env, **extra}, check=True)
            if i >= 3:  # warm-ups: page cache and bytecode
                times[key].append(time.perf_counter() - start)
    return {key: statistics.median(values) for key, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="revision to compare with (main)")
    parser.add_argument(
        "--runs", type=int, default=30, help="runs per start-up command and first lookup (30)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        base = checkout(args.base, tmp / "base")
        log("building the wheels ...")
        added = wheel_size(ROOT, tmp / "wheel") - wheel_size(base, tmp / "wheel-base")
        log("first lookups ...")
        loads = first_lookup(args.runs)
        log(f"start-up: {args.runs} runs of each command ...")
        medians = startup({"tree": ROOT, args.base: base}, tmp, args.runs)
    sizes = {path.name: path.stat().st_size for path in sorted(DATA.glob("places.*"))}
    print("gazetteer files: " + ", ".join(f"{name} {size / 1e6:.2f} MB" for name, size in sizes.items()))
    print(
        f"wheel: +{added / 1e6:.2f} MB against {args.base} (budget {WHEEL_BUDGET / 1e6:.0f} MB): {'holds' if added <= WHEEL_BUDGET else 'FAILS'}"
    )
    print(
        f"first lookup (open and read the gazetteer): median {statistics.median(loads) * 1e3:.2f} ms, max {max(loads) * 1e3:.2f} ms"
    )
    base_time = medians.pop("baseline")
    print(f"start-up, median of {args.runs} runs; baseline (import click, regex) {base_time * 1e3:.1f} ms")
    for key, value in medians.items():
        print(f"  {key:<24} {value * 1e3:6.1f} ms  {value / base_time:5.2f}x")
    with_place = medians["tree, place"] / base_time
    print(
        f"a story with a place: {with_place:.2f}x (budget {STARTUP_BUDGET}x): {'holds' if with_place <= STARTUP_BUDGET else 'FAILS'}"
    )
    change = medians["tree, no place"] / medians[f"{args.base}, no place"] - 1
    print(f"a story without a place: {change:+.1%} against {args.base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
