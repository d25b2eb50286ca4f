#!/usr/bin/env python3
"""Two versions of wireparse side by side: ``parse()`` per story and the start-up of ``wireparse -f jsonl``.

usage:
    python benchmarks/compare_parse.py                        # A = 0297120, B = the working tree
    python benchmarks/compare_parse.py A_REV B_REV            # any two revisions; WORKTREE = the working tree
    python benchmarks/compare_parse.py --rounds 30 --startup-runs 50
    python benchmarks/compare_parse.py main WORKTREE --profile B   # also cProfile B over the stories

Each revision is checked out into a temporary ``git worktree add --detach`` (removed at the end), and
every measurement of a revision runs in a process of its own with ``PYTHONPATH`` set to that
checkout, so the two versions never share a process and the editable install is bypassed.

* parse(): the 2,000 stories of the peers row of ``run.py`` (``generate.dispatches``, seed
  ``SEED + 6``, written once by this script's own generator so both sides get the same text). One
  long-lived worker per revision parses them all once untimed (warm-up, and a digest of every record
  to count the stories whose records differ), then times whole passes on request. Passes alternate
  A B B A A B ... so that a drift of the machine's load falls on both alike. Quoted: best and median of
  the per-pass means in µs per story, the median of the paired B/A ratios, and the CPU-time ratio.
* start-up: the console script of each revision (its ``[project.scripts]`` entry, written out the way
  pip writes it) on one small story with ``-f jsonl``, against ``python -c "import click, regex"``,
  as row 1 of ``run.py``: 3 warm-ups, then runs interleaved in rotating order, medians, with a
  bytecode cache (``PYTHONPYCACHEPREFIX=benchmarks/out/pycache``) and each side's own cache of
  compiled patterns (``WIREPARSE_CACHE_DIR``), as a user's second run has them. "B cold" is B
  without that cache (``WIREPARSE_NO_CACHE=1``): every pattern compiled, as in a first run.

Verdicts: B's parse() slowdown against A must be at most 10%, and B's start-up at most 2x the
baseline. Wall times count whatever else the machine runs; the load average is printed before and
after, and the CPU-time ratios suffer less from it.
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (benchmarks/generate.py, beside this file)

WORKTREE = "WORKTREE"
DEFAULT_A = "0297120"
PARSE_BUDGET = 0.10
STARTUP_BUDGET = 2.0

#: The worker of one revision: argv[1] is the stories file. Warm-up pass with a digest per record,
#: then one timed pass per line read from stdin; every reply is one JSON line.
WORKER = r"""
import hashlib, json, sys, time
stories = json.load(open(sys.argv[1], encoding="utf-8"))
import wireparse
parse = wireparse.parse
digests = [hashlib.blake2b(repr(parse(s)).encode(), digest_size=8).hexdigest() for s in stories]
print(json.dumps({"file": wireparse.__file__, "digests": digests}), flush=True)
for _ in sys.stdin:
    cpu = time.process_time()
    wall = time.perf_counter()
    for s in stories:
        parse(s)
    wall = time.perf_counter() - wall
    print(json.dumps({"wall": wall, "cpu": time.process_time() - cpu}), flush=True)
"""

#: cProfile of one revision over the stories (after a warm-up pass): top functions by two keys.
PROFILER = r"""
import cProfile, io, json, pstats, sys
stories = json.load(open(sys.argv[1], encoding="utf-8"))
import wireparse
parse = wireparse.parse
for s in stories:
    parse(s)
profile = cProfile.Profile()
profile.enable()
for s in stories:
    parse(s)
profile.disable()
for key in ("cumulative", "tottime"):
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.strip_dirs().sort_stats(key).print_stats(int(sys.argv[2]))
    print(f"--- by {key} ---")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))
"""

#: What pip writes as the console script of ``module:function``.
CONSOLE_SCRIPT = """import re
import sys
from {module} import {function}
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit({function}())
"""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
    ).stdout.strip()


class Revision:
    """One side of the comparison: a label, a checkout to put on PYTHONPATH, and its console script."""

    def __init__(self, side: str, rev: str, tmp: Path) -> None:
        self.side = side
        self.rev = rev
        if rev == WORKTREE:
            self.path = ROOT
            dirty = git("status", "--porcelain", "--", "wireparse", "pyproject.toml")
            self.label = f"working tree ({git('rev-parse', '--short', 'HEAD')}" + (
                " + changes)" if dirty else ")"
            )
            self.added = False
        else:
            commit = git("rev-parse", "--short", f"{rev}^{{commit}}")
            self.path = tmp / f"{side}-{commit}"
            self.label = commit if commit.startswith(rev) else f"{rev} ({commit})"
            self.added = True
            git("worktree", "add", "--detach", "--quiet", str(self.path), commit)
        self.script = tmp / f"wireparse-{side}"
        self.cache = tmp / f"patterns-{side}"  # each side's compiled patterns apart (if it keeps them)

    def write_script(self) -> None:
        self.script.write_text(console_script(self.path), encoding="utf-8")

    def env(self, **more: str) -> dict[str, str]:
        return {**os.environ, "PYTHONPATH": str(self.path), "WIREPARSE_CACHE_DIR": str(self.cache), **more}

    def remove(self) -> None:
        if self.added:
            with contextlib.suppress(subprocess.CalledProcessError):
                git("worktree", "remove", "--force", str(self.path))


def console_script(checkout: Path) -> str:
    """The ``wireparse`` console script of a checkout, from its pyproject.toml or setup.cfg."""
    project = tomllib.loads((checkout / "pyproject.toml").read_text(encoding="utf-8"))
    target = project.get("project", {}).get("scripts", {}).get("wireparse")
    if target is None:
        cfg = configparser.ConfigParser()
        cfg.read(checkout / "setup.cfg", encoding="utf-8")
        entries = cfg.get("options.entry_points", "console_scripts", fallback="")
        target = next(
            v for k, _, v in (e.partition("=") for e in entries.splitlines()) if k.strip() == "wireparse"
        )
    module, function = target.strip().split(":")
    return CONSOLE_SCRIPT.format(module=module, function=function)


@contextlib.contextmanager
def revisions(rev_a: str, rev_b: str) -> Iterator[tuple[Revision, Revision, Path]]:
    with tempfile.TemporaryDirectory(prefix="wireparse-compare-") as name:
        tmp = Path(name)
        made: list[Revision] = []
        try:
            for side, rev in (("A", rev_a), ("B", rev_b)):
                made.append(Revision(side, rev, tmp))
                made[-1].write_script()
            yield made[0], made[1], tmp
        finally:
            for r in made:
                r.remove()


# --------------------------------------------------------------------------------------------------
# parse()


class Worker:
    def __init__(self, rev: Revision, stories: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(stories)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=rev.env(),
            cwd=stories.parent,
        )
        first = self._reply()
        if not first["file"].startswith(str(rev.path)):
            raise RuntimeError(f"{rev.side} imported {first['file']}, not the checkout {rev.path}")
        self.digests = first["digests"]
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def _reply(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker exited {self.proc.wait()}")
        return json.loads(line)

    def run(self) -> None:
        self.proc.stdin.write("run\n")
        self.proc.stdin.flush()
        reply = self._reply()
        self.wall.append(reply["wall"])
        self.cpu.append(reply["cpu"])

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def compare_parse(a: Revision, b: Revision, stories: Path, n: int, rounds: int) -> dict:
    wa, wb = Worker(a, stories), Worker(b, stories)
    try:
        log(f"parse(): {n:,} stories, {rounds} passes each, alternating A B B A ...")
        for i in range(rounds):
            for w in (wa, wb) if i % 2 == 0 else (wb, wa):
                w.run()
            log(
                f"  pass {i + 1}: A {wa.wall[-1] / n * 1e6:.0f} µs, B {wb.wall[-1] / n * 1e6:.0f} µs per story"
            )
    finally:
        wa.close()
        wb.close()
    paired = [y / x for x, y in zip(wa.wall, wb.wall, strict=True)]
    return {
        "stories": n,
        "a_us": [t / n * 1e6 for t in wa.wall],
        "b_us": [t / n * 1e6 for t in wb.wall],
        "a_cpu_us": [t / n * 1e6 for t in wa.cpu],
        "b_cpu_us": [t / n * 1e6 for t in wb.cpu],
        "paired": statistics.median(paired),
        "differ": sum(x != y for x, y in zip(wa.digests, wb.digests, strict=True)),
    }


# --------------------------------------------------------------------------------------------------
# Start-up


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_process(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode()[-400:]}")
    return wall, _children_cpu() - cpu


def compare_startup(a: Revision, b: Revision, tmp: Path, runs: int) -> dict:
    story = tmp / "one-story.txt"
    story.write_text(next(generate.dispatches(1, styles=("reuters-modern",))).text, encoding="utf-8")
    commands = {
        "base": ([sys.executable, "-c", "import click, regex"], dict(os.environ)),
        "A": ([sys.executable, str(a.script), "-f", "jsonl", str(story)], a.env()),
        "B": ([sys.executable, str(b.script), "-f", "jsonl", str(story)], b.env()),
        # B without the patterns an earlier run compiled: a first run, or WIREPARSE_NO_CACHE=1
        "B cold": ([sys.executable, str(b.script), "-f", "jsonl", str(story)], b.env(WIREPARSE_NO_CACHE="1")),
    }
    for key in ("A", "B", "B cold"):  # the record really comes out
        cmd, env = commands[key]
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp)
        if out.returncode != 0 or not out.stdout.startswith("{"):
            raise RuntimeError(f"{key}: {' '.join(cmd)} gave no record: {out.stderr[-400:]}")
    for _ in range(3):  # page cache and .pyc files
        for cmd, env in commands.values():
            time_process(cmd, env, tmp)
    wall: dict[str, list[float]] = {k: [] for k in commands}
    cpu: dict[str, list[float]] = {k: [] for k in commands}
    log(f"start-up: {runs} runs each of the baseline, A, B and B cold, interleaved in rotating order")
    keys = list(commands)
    for i in range(runs):
        for key in keys[i % len(keys) :] + keys[: i % len(keys)]:
            cmd, env = commands[key]
            w, c = time_process(cmd, env, tmp)
            wall[key].append(w)
            cpu[key].append(c)
    return {"wall": wall, "cpu": cpu}


# --------------------------------------------------------------------------------------------------
# Report


def report(a: Revision, b: Revision, parse: dict | None, startup: dict | None) -> None:
    med = statistics.median
    print(f"A = {a.label}\nB = {b.label}")
    if parse:
        n = parse["stories"]
        print(f"\nparse() over {n:,} stories (µs per story; {len(parse['a_us'])} passes each)")
        print(f"{'':>12} {'best':>8} {'median':>8} {'cpu med':>8}")
        for side in ("a", "b"):
            us, cu = parse[f"{side}_us"], parse[f"{side}_cpu_us"]
            print(f"{side.upper():>12} {min(us):8.1f} {med(us):8.1f} {med(cu):8.1f}")
        by_best = min(parse["b_us"]) / min(parse["a_us"]) - 1
        by_median = med(parse["b_us"]) / med(parse["a_us"]) - 1
        by_cpu = med(parse["b_cpu_us"]) / med(parse["a_cpu_us"]) - 1
        by_pair = parse["paired"] - 1
        print(
            f"{'B vs A':>12} {by_best:+8.1%} {by_median:+8.1%} {by_cpu:+8.1%}"
            f"   (median of paired B/A: {by_pair:+.1%})"
        )
        print(f"records that differ between A and B: {parse['differ']:,} of {n:,} (repr of each record)")
    if startup:
        wall, cpu = startup["wall"], startup["cpu"]
        base, base_cpu = med(wall["base"]), med(cpu["base"])
        print(f"\nstart-up, one story, -f jsonl (median of {len(wall['base'])} runs)")
        print(f"{'':>12} {'wall':>8} {'ratio':>7} {'cpu':>8} {'ratio':>7}")
        print(f"{'baseline':>12} {base * 1e3:6.1f}ms {'':>7} {base_cpu * 1e3:6.1f}ms")
        for side in ("A", "B", "B cold"):
            w, c = med(wall[side]), med(cpu[side])
            print(f"{side:>12} {w * 1e3:6.1f}ms {w / base:6.2f}x {c * 1e3:6.1f}ms {c / base_cpu:6.2f}x")
    print("\nverdicts")
    if parse:
        # the paired ratio cancels load drifting between passes; best-of and CPU time are the checks
        ok = by_pair <= PARSE_BUDGET
        unsure = (by_best <= PARSE_BUDGET) != ok or (by_cpu <= PARSE_BUDGET) != ok
        print(
            f"  parse(): B is {by_pair:+.1%} against A by the median of paired passes (best "
            f"{by_best:+.1%}, median {by_median:+.1%}, cpu {by_cpu:+.1%}): "
            + ("within" if ok else "OVER")
            + f" the {PARSE_BUDGET:.0%} allowance"
            + (" (the estimates disagree: noisy, run again)" if unsure else "")
        )
    if startup:
        ratio = med(wall["B"]) / base
        print(
            f"  start-up: B is {ratio:.2f}x the baseline (A {med(wall['A']) / base:.2f}x; "
            f"B cold {med(wall['B cold']) / base:.2f}x): "
            + ("PASS" if ratio <= STARTUP_BUDGET else "FAIL")
            + f" (budget <= {STARTUP_BUDGET:.1f}x)"
        )


def profile(rev: Revision, stories: Path, top: int) -> None:
    print(f"\ncProfile of {rev.side} = {rev.label}, one pass over the stories after a warm-up pass")
    subprocess.run(
        [sys.executable, "-c", PROFILER, str(stories), str(top)],
        env=rev.env(),
        cwd=stories.parent,
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", nargs="?", default=DEFAULT_A, help=f"revision A (default {DEFAULT_A})")
    parser.add_argument("b", nargs="?", default=WORKTREE, help=f"revision B (default {WORKTREE})")
    parser.add_argument("--stories", type=int, default=2000, help="stories of the peers row (2000)")
    parser.add_argument("--rounds", type=int, default=20, help="timed parse() passes per revision (20)")
    parser.add_argument("--startup-runs", type=int, default=30, help="start-up runs per command (30)")
    parser.add_argument("--skip", choices=("parse", "startup"), help="leave one comparison out")
    parser.add_argument(
        "--profile", choices=("A", "B", "AB"), help="cProfile these revisions' parse() afterwards"
    )
    parser.add_argument("--top", type=int, default=25, help="functions the profile lists (25)")
    args = parser.parse_args(argv)
    # a bytecode cache as an installed package has, as run.py gives its subprocesses
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(HERE / "out" / "pycache")
    started = time.perf_counter()
    before = load()
    log(f"load average before: {before}")
    with revisions(args.a, args.b) as (a, b, tmp):
        stories = tmp / "stories.json"
        texts = [d.text for d in generate.dispatches(args.stories, seed=generate.SEED + 6)]
        stories.write_text(json.dumps(texts), encoding="utf-8")
        parse = None if args.skip == "parse" else compare_parse(a, b, stories, len(texts), args.rounds)
        startup = None if args.skip == "startup" else compare_startup(a, b, tmp, args.startup_runs)
        after = load()
        report(a, b, parse, startup)
        print(f"\nload average before {before}, after {after}; {time.perf_counter() - started:.0f} s in all")
        for rev in (a, b):
            if args.profile and rev.side in args.profile:
                profile(rev, stories, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
