#!/usr/bin/env python3
"""The benchmark suite of issue 6: every budget measured side by side with its baseline in one run.

usage:
    python benchmarks/run.py             # full run (about 15 minutes on 2 cores)
    python benchmarks/run.py --quick     # small sizes, few repetitions (a few minutes)
    python benchmarks/run.py --only startup,peers
    python benchmarks/run.py --markdown  # print the last results.json as a Markdown table

Prints a table to stdout, progress to stderr, and writes benchmarks/results.json (a --quick run
writes benchmarks/results-quick.json instead, so it never replaces the full results). With --only,
the rows not run are kept from the last results, each with the date and commit it was measured at.
Data is generated once into benchmarks/out/ (git-ignored) by benchmarks/generate.py and reused while
generate.py is unchanged. Every row times wireparse and its baseline in the same run, interleaved
(baseline, wireparse, baseline, ...), several times, and quotes medians. 1 MB = 10^6 bytes.

Rows that need a feature wireparse lacks (multi-story streams and ``-j`` from issue 4) print
``n/a`` with the reason and start measuring by themselves once the feature exists: stream splitting
is tried on a 3-story stream, ``-j``/``-r`` are looked for in ``wireparse --help``, and
``wireparse.parse_stream`` is used by the library rows when the package exports it.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (benchmarks/generate.py, beside this file)

RESULTS = HERE / "results.json"
QUICK_RESULTS = HERE / "results-quick.json"
ROWS = ("startup", "throughput", "scaling", "memory", "cores", "dask", "peers")
STARTED = time.perf_counter()

#: The floor's one precompiled pattern, tried with .match() on every line: a dateline-shaped
#: "PLACE, Month D" with possessive repeats, the kind of pattern wireparse itself runs.
FLOOR_PATTERN = r"\p{Lu}[\p{L} .'/-]*+,?+ \p{L}++\.? \d{1,2}\b"


@dataclass(frozen=True)
class Mode:
    name: str
    startup_reps: int
    throughput_size: int
    throughput_reps: int
    scaling_small: int
    scaling_large: int
    scaling_small_reps: int
    scaling_large_reps: int
    memory_size: int
    folder_stories: int
    cores_reps: int
    peer_stories: int
    peer_reps: int
    dateparser_reps: int


QUICK = Mode(
    "quick",
    startup_reps=10,
    throughput_size=4 * 10**6,
    throughput_reps=3,
    scaling_small=10**6,
    scaling_large=64 * 10**6,
    scaling_small_reps=3,
    scaling_large_reps=1,
    memory_size=64 * 10**6,
    folder_stories=4000,
    cores_reps=2,
    peer_stories=500,
    peer_reps=2,
    dateparser_reps=1,
)
FULL = Mode(
    "full",
    startup_reps=30,
    throughput_size=16 * 10**6,
    throughput_reps=5,
    scaling_small=10**6,
    scaling_large=256 * 10**6,
    scaling_small_reps=7,
    scaling_large_reps=3,
    memory_size=10**9,
    folder_stories=20000,
    cores_reps=3,
    peer_stories=2000,
    peer_reps=3,
    dateparser_reps=1,
)


@dataclass
class Row:
    id: str
    name: str
    measured: str = ""
    baseline: str = ""
    ratio: float | None = None
    ratio_text: str = ""
    budget: str = ""
    status: str = "n/a"
    """PASS, FAIL, n/a (feature missing), info (no budget) or error."""
    note: str = ""
    data: dict = field(default_factory=dict)
    """Raw numbers: every repetition's time, sizes, counts."""
    measured_at: str = ""
    commit: str | None = None
    """The code measured: the commit when the row started (wireparse may change under a long run)."""


# --------------------------------------------------------------------------------------------------
# Small helpers


def log(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:7.1f}s] {message}", file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def fmt_time(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def fmt_mb(n: int) -> str:
    """A size to its nominal label: 1000021 -> '1 MB', 64000700 -> '64 MB'."""
    return f"{n / 1e9:.3g} GB" if n >= 10**9 else f"{n / 1e6:.3g} MB"


def timed(fn: Callable[[], object], cpu: list[float] | None = None) -> float:
    """Wall seconds of ``fn()``; its CPU seconds are appended to ``cpu``."""
    cpu_start = time.process_time()
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    if cpu is not None:
        cpu.append(time.process_time() - cpu_start)
    return elapsed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_quiet(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def time_process(
    cmd: list[str],
    stdin_path: str | None = None,
    cpu: list[float] | None = None,
    output: Path | None = None,
    env: dict[str, str] | None = None,
) -> float:
    """Wall time of one whole process, its output thrown away (or written to ``output``); its CPU
    seconds (user + system) are appended to ``cpu``."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    stdout = open(output, "wb") if output else subprocess.DEVNULL
    try:
        cpu_start = _children_cpu()
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, env=env)
        elapsed = time.perf_counter() - start
        if cpu is not None:
            cpu.append(_children_cpu() - cpu_start)
    finally:
        if stdin_path:
            stdin.close()
        if output:
            stdout.close()
    if proc.returncode not in (0, 1):
        raise RuntimeError(
            f"{' '.join(cmd[:4])} ... exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-500:]}"
        )
    return elapsed


def count_lines(path: Path) -> int:
    """Records in a JSON Lines file."""
    lines = 0
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            lines += block.count(b"\n")
    return lines


def checked(row: Row, records: int | None, expected: int) -> None:
    """Turn a row whose run lost or invented records into a failure that says so."""
    if records is not None and records != expected:
        row.status = "FAIL"
        row.note = (
            row.note + "; " if row.note else ""
        ) + f"wrong output: {records:,} records for {expected:,} stories"


def wireparse_cmd() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m wireparse``."""
    script = Path(sys.executable).with_name("wireparse")
    if script.exists():
        return [str(script)]
    found = shutil.which("wireparse")
    return [found] if found else [sys.executable, "-m", "wireparse"]


def cli_help() -> str:
    proc = subprocess.run([*wireparse_cmd(), "--help"], capture_output=True, text=True)
    return proc.stdout


def has_jobs(help_text: str) -> bool:
    return bool(re.search(r"(^|\s)(-j|--jobs)\b", help_text))


def has_recursive(help_text: str) -> bool:
    return bool(re.search(r"(^|\s)(-r|--recursive)\b", help_text))


# --------------------------------------------------------------------------------------------------
# The machine


def code_version() -> str | None:
    """The commit measured, and whether wireparse/ had uncommitted changes (read-only git)."""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        root = HERE.parent
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "wireparse"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        return head + (" + uncommitted changes in wireparse/" if dirty else "")
    return None


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    import wireparse

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "wireparse": getattr(wireparse, "__version__", "?"),
        "commit": code_version(),
        "load_average_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "bytecode_cache": os.environ.get("PYTHONPYCACHEPREFIX", "__pycache__"),
    }


# --------------------------------------------------------------------------------------------------
# Data, generated once into benchmarks/out/


class Data:
    """Generated inputs, cached in ``out`` and keyed by a fingerprint of generate.py."""

    def __init__(self, out: Path):
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.manifest_path = out / "manifest.json"
        try:
            self.manifest = json.loads(self.manifest_path.read_text())
        except (OSError, ValueError):
            self.manifest = {}
        self.fingerprint = hashlib.sha256(Path(generate.__file__).read_bytes()).hexdigest()[:16]

    def _cached(self, name: str, key: dict) -> dict | None:
        entry = self.manifest.get(name)
        path = self.out / name
        if entry and entry.get("key") == key and path.exists():
            return entry
        return None

    def _save(self, name: str, key: dict, info: dict) -> dict:
        self.manifest[name] = {"key": key, **info}
        self.manifest_path.write_text(json.dumps(self.manifest, indent=1))
        return self.manifest[name]

    def stream(self, size: int) -> tuple[Path, dict]:
        """A framed multi-story file of ``size`` bytes: (path, {bytes, stories})."""
        name = f"stream-{fmt_mb(size).replace(' ', '')}.txt"
        key = {"generator": self.fingerprint, "size": size, "seed": generate.SEED}
        entry = self._cached(name, key)
        if entry is None:
            log(f"generating {name} ...")
            start = time.perf_counter()
            written, stories = generate.write_stream(str(self.out / name), size)
            log(f"  {stories} stories, {written / 1e6:.1f} MB in {time.perf_counter() - start:.1f} s")
            entry = self._save(name, key, {"bytes": written, "stories": stories})
        return self.out / name, entry

    def folder(self, stories: int) -> tuple[Path, dict]:
        name = f"folder-{stories}"
        key = {"generator": self.fingerprint, "stories": stories, "seed": generate.SEED}
        entry = self._cached(name, key)
        if entry is None:
            path = self.out / name
            if path.exists():
                shutil.rmtree(path)
            log(f"generating {name}/ ...")
            written = generate.write_folder(str(path), stories)
            entry = self._save(name, key, {"bytes": written, "stories": stories})
        return self.out / name, entry

    def small_story(self) -> Path:
        path = self.out / "one-story.txt"
        d = next(generate.dispatches(1, styles=("reuters-modern",)))
        if not path.exists() or path.read_text(encoding="utf-8") != d.text:
            path.write_text(d.text, encoding="utf-8")
        return path


# --------------------------------------------------------------------------------------------------
# Reading streams the way wireparse would once it splits them itself (issue 4)


def split_framed(text: str) -> list[str]:
    """The stories of an STX ... ETX framed text."""
    return [part.lstrip("\r\n").removeprefix("\x02") for part in text.split("\x03") if part.strip("\r\n\x02")]


def iter_framed(path: Path, chunk: int = 1 << 20) -> Iterator[str]:
    """The stories of a framed file, read a megabyte at a time (memory bounded by one chunk)."""
    rest = b""
    with open(path, "rb") as f:
        while block := f.read(chunk):
            parts = (rest + block).split(b"\x03")
            rest = parts.pop()
            for part in parts:
                text = part.lstrip(b"\r\n").removeprefix(b"\x02")
                if text:
                    yield text.decode("utf-8")
    text = rest.strip(b"\r\n").removeprefix(b"\x02")
    if text:
        yield text.decode("utf-8")


def library_stories(path: Path, *, whole: bool) -> tuple[str, Iterator]:
    """(how, stories) of a framed file by the library: ``wireparse.parse_stream`` when it exists,
    else ``wireparse.parse`` on each story split out here."""
    import wireparse

    parse_stream = getattr(wireparse, "parse_stream", None)
    if parse_stream is not None:
        if whole:
            text = path.read_bytes().decode("utf-8")
            return "parse_stream", parse_stream(text, source=str(path))
        handle = open(path, encoding="utf-8", newline="")
        return "parse_stream", parse_stream(handle, source=str(path))
    texts = split_framed(path.read_bytes().decode("utf-8")) if whole else iter_framed(path)
    return "parse per story", (wireparse.parse(t, source=str(path), index=i) for i, t in enumerate(texts))


def library_convert(path: Path, fmt: str, *, whole: bool = True) -> tuple[str, int]:
    """Read, split, parse and format ``path`` into /dev/null; (how, stories)."""
    from wireparse.formats import Options, get_format

    how, stories = library_stories(path, whole=whole)
    with open(os.devnull, "w", encoding="utf-8", newline="") as sink:
        count = get_format(fmt).write(stories, sink, Options())
    return how, count


def floor_loop(path: Path) -> int:
    """The floor: decode the file, split its lines, one precompiled regex match per line."""
    import regex

    match = regex.compile(FLOOR_PATTERN).match
    hits = 0
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    for line in text.splitlines():
        if match(line):
            hits += 1
    return hits


def cli_splits_streams(data: Data) -> tuple[bool, str]:
    """Whether the CLI turns an STX/ETX framed file into one record per story."""
    three = "".join(f"\x02{d.text}\x03\n" for d in generate.dispatches(3))
    path = data.out / "three-stories.txt"
    path.write_text(three, encoding="utf-8")
    proc = subprocess.run([*wireparse_cmd(), "-f", "jsonl", str(path)], capture_output=True)
    records = [line for line in proc.stdout.splitlines() if line.strip()]
    if len(records) == 3:
        return True, ""
    return False, f"the CLI gives {len(records)} record(s) for a 3-story stream"


# --------------------------------------------------------------------------------------------------
# Row 1: start-up


def row_startup(mode: Mode, data: Data) -> list[Row]:
    story = str(data.small_story())
    wp = [*wireparse_cmd(), "-f", "jsonl", story]
    base = [sys.executable, "-c", "import click, regex"]
    for _ in range(3):  # warm the page cache and .pyc files
        time_process(wp)
        time_process(base)
    wp_times, base_times, wp_cpu, base_cpu, cold_times = [], [], [], [], []
    cold = {**os.environ, "WIREPARSE_NO_CACHE": "1"}  # every pattern compiled, as in a first run
    log(f"start-up: {mode.startup_reps} interleaved runs each")
    for _ in range(mode.startup_reps):
        base_times.append(time_process(base, cpu=base_cpu))
        wp_times.append(time_process(wp, cpu=wp_cpu))
        cold_times.append(time_process(wp, env=cold))
    ratio = median(wp_times) / median(base_times)
    cpu_ratio = median(wp_cpu) / median(base_cpu)
    rows = [
        Row(
            "1",
            "Start-up: `wireparse -f jsonl` on one story, whole process",
            measured=fmt_time(median(wp_times)),
            baseline=f'{fmt_time(median(base_times))} (`python -c "import click, regex"`)',
            ratio=ratio,
            ratio_text=f"{ratio:.2f}×",
            budget="≤ 2×",
            status="PASS" if ratio <= 2 else "FAIL",
            note=f"by CPU time: {fmt_time(median(wp_cpu))} vs {fmt_time(median(base_cpu))}, {cpu_ratio:.2f}×; "
            f"a first run, compiling every pattern: {fmt_time(median(cold_times))}, "
            f"{median(cold_times) / median(base_times):.2f}×",
            data={
                "wireparse_cold_s": cold_times,
                "wireparse_s": wp_times,
                "baseline_s": base_times,
                "wireparse_cpu_s": wp_cpu,
                "baseline_cpu_s": base_cpu,
            },
        )
    ]
    rows.append(_imports_row(story))
    return rows


def _imports_row(story: str) -> Row:
    """Which modules the JSON path imports (sys.modules at exit) and what costs most (-X importtime)."""
    with tempfile.NamedTemporaryFile("r", suffix=".txt", delete=False) as tmp:
        listing = tmp.name
    code = (
        "import sys, atexit\n"
        f"atexit.register(lambda: open({listing!r}, 'w').write('\\n'.join(sorted(sys.modules))))\n"
        f"sys.argv = ['wireparse', '-f', 'jsonl', {story!r}]\n"
        "from wireparse.cli import main\n"
        "main()\n"
    )
    run_quiet([sys.executable, "-c", code])
    modules = Path(listing).read_text().split()
    os.unlink(listing)
    baseline = subprocess.run(
        [sys.executable, "-c", "import sys; print('\\n'.join(sys.modules))"], capture_output=True, text=True
    ).stdout.split()
    extra = sorted(set(modules) - set(baseline))
    tops = sorted({m.split(".")[0] for m in extra if not m.startswith("_")})
    third_party = [t for t in tops if t not in sys.stdlib_module_names]
    stdlib = [t for t in tops if t in sys.stdlib_module_names]
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    entries = []  # (cumulative us, self us, nesting level, module)
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( +)(\S+)", line)
        if m:
            entries.append((int(m[2]), int(m[1]), (len(m[3]) - 1) // 2, m[4]))
    heavy = sorted((e for e in entries if e[2] == 0), reverse=True)
    own = sorted(((s, n) for c, s, lvl, n in entries if n.startswith("wireparse")), reverse=True)
    rich = [m for m in modules if m == "rich" or m.startswith("rich.")]
    cumulative = {n: c / 1000 for c, s, lvl, n in entries}
    return Row(
        "1b",
        "Start-up: modules the JSON path imports (rich must not be among them)",
        measured=f"{len(extra)} modules beyond the interpreter's own; third-party: "
        f"{', '.join(third_party)}; stdlib: {', '.join(stdlib)}",
        baseline="",
        ratio=None,
        ratio_text="",
        budget="no rich",
        status="FAIL" if rich else "PASS",
        note="imports at top level (cumulative ms): "
        + ", ".join(f"{n} {c / 1000:.1f}" for c, s, lvl, n in heavy[:5])
        + "; slowest wireparse modules (self ms): "
        + ", ".join(f"{n} {s / 1000:.1f}" for s, n in own[:5]),
        data={"modules": extra, "rich": rich, "import_ms": cumulative},
    )


# --------------------------------------------------------------------------------------------------
# Row 2: throughput, one process


def row_throughput(mode: Mode, data: Data) -> list[Row]:
    path, info = data.stream(mode.throughput_size)
    mb = info["bytes"] / 1e6
    stream_cli, why = cli_splits_streams(data)
    help_text = cli_help()
    jobs = ["-j", "1"] if has_jobs(help_text) else []
    keys = ("floor", "lib-jsonl", "lib-csv", "cli-jsonl", "cli-csv")
    times: dict[str, list[float]] = {k: [] for k in keys}
    cpu: dict[str, list[float]] = {k: [] for k in keys}
    how = ""
    counts = {}
    floor_loop(path)  # warm the page cache and the regex module
    log(
        f"throughput: {fmt_mb(info['bytes'])}, {info['stories']} stories, "
        f"{mode.throughput_reps} interleaved repetitions"
    )
    for rep in range(mode.throughput_reps):
        times["floor"].append(timed(lambda: floor_loop(path), cpu["floor"]))
        for fmt in ("jsonl", "csv"):
            result = []
            times[f"lib-{fmt}"].append(
                timed(lambda: result.append(library_convert(path, fmt, whole=True)), cpu[f"lib-{fmt}"])
            )
            how, counts[fmt] = result[0]
            if stream_cli:
                output = data.out / "cli-output.jsonl" if fmt == "jsonl" and rep == 0 else None
                times[f"cli-{fmt}"].append(
                    time_process(
                        [*wireparse_cmd(), "-f", fmt, *jobs, str(path)], cpu=cpu[f"cli-{fmt}"], output=output
                    )
                )
                if output:
                    counts["cli"] = count_lines(output)
                    output.unlink()
        log(
            f"  repetition {rep + 1}: floor {times['floor'][-1]:.2f} s, "
            f"jsonl {times['lib-jsonl'][-1]:.2f} s, csv {times['lib-csv'][-1]:.2f} s"
        )
    floor_rate = mb / median(times["floor"])
    rows = []
    for key, label in (
        ("lib-jsonl", "jsonl, library"),
        ("lib-csv", "csv, library"),
        ("cli-jsonl", "jsonl, CLI"),
        ("cli-csv", "csv, CLI"),
    ):
        row = Row(
            f"2{'abcd'[len(rows)]}",
            f"Throughput, one process: {label} "
            f"({'`wireparse -f ' + key[4:] + (' -j 1' if jobs else '') + ' FILE`' if key.startswith('cli') else how}"
            f", {fmt_mb(info['bytes'])} stream)",
            baseline=f"floor {floor_rate:.1f} MB/s",
            budget="≥ 25% of floor",
        )
        if not times[key]:
            row.measured = f"n/a (needs issue 4: {why})"
            rows.append(row)
            continue
        t = median(times[key])
        rate = mb / t
        row.measured = f"{rate:.2f} MB/s, {info['stories'] / t:,.0f} stories/s"
        row.ratio = rate / floor_rate
        row.ratio_text = f"{row.ratio:.1%}"
        row.status = "PASS" if row.ratio >= 0.25 else "FAIL"
        row.note = f"by CPU time: {median(cpu['floor']) / median(cpu[key]):.1%} of the floor"
        if key.startswith("lib"):
            checked(row, counts.get(key[4:]), info["stories"])
        elif key == "cli-jsonl":
            checked(row, counts.get("cli"), info["stories"])
        row.data = {
            "seconds": times[key],
            "floor_seconds": times["floor"],
            "bytes": info["bytes"],
            "stories": info["stories"],
            "cpu_seconds": cpu[key],
            "floor_cpu_seconds": cpu["floor"],
        }
        rows.append(row)
    return rows


# --------------------------------------------------------------------------------------------------
# Row 3: scaling


def row_scaling(mode: Mode, data: Data) -> list[Row]:
    small, small_info = data.stream(mode.scaling_small)
    large, large_info = data.stream(mode.scaling_large)
    small_times: list[float] = []
    large_times: list[float] = []
    small_cpu: list[float] = []
    large_cpu: list[float] = []
    how = ""
    log(
        f"scaling: {fmt_mb(small_info['bytes'])} x{mode.scaling_small_reps} and "
        f"{fmt_mb(large_info['bytes'])} x{mode.scaling_large_reps}, interleaved"
    )
    how = library_convert(small, "jsonl", whole=False)[0]  # warm-up
    library_convert(small, "jsonl", whole=False)
    per_large = max(1, mode.scaling_small_reps // mode.scaling_large_reps)
    for rep in range(mode.scaling_large_reps):
        for _ in range(per_large):
            small_times.append(timed(lambda: library_convert(small, "jsonl", whole=False), small_cpu))
        large_times.append(timed(lambda: library_convert(large, "jsonl", whole=False), large_cpu))
        log(
            f"  {fmt_mb(large_info['bytes'])} repetition {rep + 1}: {large_times[-1]:.1f} s; "
            f"{fmt_mb(small_info['bytes'])}: {', '.join(f'{t:.2f}' for t in small_times[-per_large:])} s"
        )
    while len(small_times) < mode.scaling_small_reps:
        small_times.append(timed(lambda: library_convert(small, "jsonl", whole=False), small_cpu))
    small_per_mb = median(small_times) / (small_info["bytes"] / 1e6)
    large_per_mb = median(large_times) / (large_info["bytes"] / 1e6)
    ratio = large_per_mb / small_per_mb
    cpu_ratio = (median(large_cpu) / large_info["bytes"]) / (median(small_cpu) / small_info["bytes"])
    quick = " (quick mode: 64 MB stands in for 256 MB)" if mode.scaling_large < 256 * 10**6 else ""
    return [
        Row(
            "3",
            f"Scaling: time per MB at {fmt_mb(large_info['bytes'])} vs at "
            f"{fmt_mb(small_info['bytes'])} (library {how}, read incrementally, jsonl)" + quick,
            measured=f"{large_per_mb * 1000:.0f} ms/MB at {fmt_mb(large_info['bytes'])}",
            baseline=f"{small_per_mb * 1000:.0f} ms/MB at {fmt_mb(small_info['bytes'])}",
            ratio=ratio,
            ratio_text=f"{ratio:.3f}× ({(ratio - 1):+.1%})",
            budget="within ±15%",
            status="PASS" if abs(ratio - 1) <= 0.15 else "FAIL",
            note=f"by CPU time: {cpu_ratio:.3f}× ({cpu_ratio - 1:+.1%})",
            data={
                "small_seconds": small_times,
                "large_seconds": large_times,
                "small_cpu_seconds": small_cpu,
                "large_cpu_seconds": large_cpu,
                "small_bytes": small_info["bytes"],
                "large_bytes": large_info["bytes"],
            },
        )
    ]


# --------------------------------------------------------------------------------------------------
# Row 4: memory


_PEAK_RSS = (
    "import resource, subprocess, sys\n"
    "proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE)\n"
    "lines = 0\n"
    "while block := proc.stdout.read(1 << 20):\n"
    "    lines += block.count(b'\\n')\n"
    "proc.wait()\n"
    "print(proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, lines)\n"
)


def peak_rss(cmd: list[str]) -> tuple[float, float, int, int]:
    """(peak resident MB, seconds, exit status, output lines) of ``cmd``, run as the only child of
    a fresh process that counts its output lines."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _PEAK_RSS, *cmd], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    status, kib, lines = out.stdout.split()
    return int(kib) * 1024 / 1e6, elapsed, int(status), int(lines)


def row_memory(mode: Mode, data: Data) -> list[Row]:
    path, info = data.stream(mode.memory_size)
    stream_cli, why = cli_splits_streams(data)
    help_text = cli_help()
    quick = " (quick mode: 64 MB stands in for 1 GB)" if mode.memory_size < 10**9 else ""
    rows = []
    row = Row(
        "4",
        f"Memory: peak RSS of `wireparse -f jsonl -j 1` streaming {fmt_mb(info['bytes'])}{quick}",
        budget="≤ 150 MB",
    )
    base_mb, _, _, _ = peak_rss([sys.executable, "-c", "import click, regex"])
    row.baseline = f'{base_mb:.0f} MB (`python -c "import click, regex"`)'
    if stream_cli:
        jobs = ["-j", "1"] if has_jobs(help_text) else []
        log(f"memory: wireparse over {fmt_mb(info['bytes'])} ...")
        mb, seconds, status, records = peak_rss([*wireparse_cmd(), "-f", "jsonl", *jobs, str(path)])
        row.measured = (
            f"{mb:.0f} MB ({seconds:.0f} s, {info['bytes'] / 1e6 / seconds:.2f} MB/s, exit {status})"
        )
        row.ratio = mb / 150
        row.ratio_text = f"{mb / 150:.0%} of budget"
        row.status = "PASS" if mb <= 150 and status == 0 else "FAIL"
        checked(row, records, info["stories"])
        row.data = {"peak_mb": mb, "seconds": seconds, "bytes": info["bytes"], "records": records}
    else:
        row.measured = f"n/a (needs issue 4: {why})"
    rows.append(row)
    if stream_cli:
        return rows
    # Until the CLI streams: what the parser itself holds, the library fed one story at a time.
    log(f"memory: library over {fmt_mb(info['bytes'])} (info row) ...")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import run; "
        "print(run.library_convert(run.Path(sys.argv[2]), 'jsonl', whole=False))"
    )
    mb, seconds, status, _ = peak_rss([sys.executable, "-c", code, str(HERE), str(path)])
    rows.append(
        Row(
            "4i",
            f"Memory (info): peak RSS of the library fed one story at a time, {fmt_mb(info['bytes'])}{quick}",
            measured=f"{mb:.0f} MB ({seconds:.0f} s, {info['bytes'] / 1e6 / seconds:.2f} MB/s)",
            baseline=row.baseline,
            ratio=mb / 150,
            ratio_text=f"{mb / 150:.0%} of budget",
            budget="(≤ 150 MB)",
            status="info",
            note="stands in for row 4 until the CLI streams: shows the parser keeps nothing per story",
            data={"peak_mb": mb, "seconds": seconds, "exit": status},
        )
    )
    return rows


# --------------------------------------------------------------------------------------------------
# Row 5: cores


def parallel_capacity(reps: int = 3) -> float:
    """How much faster two CPU-bound Python processes finish side by side than one after the other,
    right now: 2.0 on two free cores, about 1.0 when other work holds one of them."""
    spin = [sys.executable, "-c", "sum(range(20_000_000))"]
    ratios = []
    for _ in range(reps):
        one = time_process(spin)
        start = time.perf_counter()
        procs = [subprocess.Popen(spin) for _ in range(2)]
        for p in procs:
            p.wait()
        ratios.append(2 * one / (time.perf_counter() - start))
    return median(ratios)


def row_cores(mode: Mode, data: Data) -> list[Row]:
    folder, info = data.folder(mode.folder_stories)
    files = sorted(str(p) for p in folder.iterdir())
    help_text = cli_help()
    quick = (
        f" (quick mode: {mode.folder_stories:,} stand in for 20,000)" if mode.folder_stories < 20000 else ""
    )
    inputs = ["-r", str(folder)] if has_recursive(help_text) else files
    rows = []
    row = Row(
        "5", f"Cores: `wireparse -j 2` vs `-j 1`, folder of {len(files):,} stories{quick}", budget="≥ 1.7×"
    )
    # every process of the info row parses alone (-j 1): the row shows what the machine gives two
    # processes, not what two pools of workers give
    alone = ["-j", "1"] if has_jobs(help_text) else []
    one = [*wireparse_cmd(), "-f", "jsonl", *alone, *files]
    capacity_before = parallel_capacity()
    log(f"cores: two busy loops side by side run {capacity_before:.2f}x as fast as one after the other")
    if has_jobs(help_text):
        j1, j2, cpu1, cpu2 = [], [], [], []
        log(f"cores: -j 1 and -j 2 over {len(files)} files, {mode.cores_reps} repetitions")
        time_process([*wireparse_cmd(), "-f", "jsonl", "-j", "2", *inputs])  # warm-up
        records = {}
        for rep in range(mode.cores_reps):
            for n, times, cpu in (("1", j1, cpu1), ("2", j2, cpu2)):
                output = data.out / f"cores-j{n}.jsonl" if rep == 0 else None
                times.append(
                    time_process([*wireparse_cmd(), "-f", "jsonl", "-j", n, *inputs], output=output, cpu=cpu)
                )
                if output:
                    records[n] = count_lines(output)
                    output.unlink()
            log(f"  -j 1 {j1[-1]:.1f} s, -j 2 {j2[-1]:.1f} s")
        ratio = median(j1) / median(j2)
        row.measured = f"{fmt_time(median(j2))} with -j 2"
        row.baseline = f"{fmt_time(median(j1))} with -j 1"
        row.ratio, row.ratio_text = ratio, f"{ratio:.2f}×"
        row.status = "PASS" if ratio >= 1.7 else "FAIL"
        # how much of two cores' time -j 2 got: well under 100% means other processes had the CPUs
        share = median(cpu2) / (2 * median(j2))
        bound = median(cpu1) / (median(cpu2) / 2)
        row.note = (
            f"-j 2 used {median(cpu2):.1f} CPU s in {median(j2):.1f} s of wall time, "
            f"{share:.0%} of two cores (-j 1: {median(cpu1):.1f} CPU s); with both cores "
            f"free it could reach at most {bound:.2f}× (-j 1 CPU time / half of -j 2's)"
        )
        checked(row, records["1"], len(files))
        checked(row, records["2"], len(files))
        capacity = min(capacity_before, parallel_capacity())
        row.note += f"; the machine itself gave two busy loops {capacity:.2f}× at the time" + (
            " (other processes held the CPUs: this is no verdict on wireparse)" if capacity < 1.7 else ""
        )
        row.data = {
            "j1_seconds": j1,
            "j2_seconds": j2,
            "j1_cpu_seconds": cpu1,
            "j2_cpu_seconds": cpu2,
            "records": records,
            "machine_capacity": capacity,
        }
    else:
        row.measured = "n/a (needs issue 4: no -j/--jobs in `wireparse --help`)"
    rows.append(row)
    # What two processes can reach on this machine today: the files split in two halves, run
    # side by side, against one process over all of them.
    log(f"cores: one process vs two processes over halves, {len(files)} files (info row)")
    serial, pair = [], []
    time_process(one)
    for _ in range(mode.cores_reps):
        serial.append(time_process(one))
        start = time.perf_counter()
        procs = [
            subprocess.Popen(
                [*wireparse_cmd(), "-f", "jsonl", *alone, *half],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for half in (files[0::2], files[1::2])
        ]
        for p in procs:
            p.wait()
        pair.append(time.perf_counter() - start)
        log(f"  one process {serial[-1]:.1f} s, two {pair[-1]:.1f} s")
    ratio = median(serial) / median(pair)
    rows.append(
        Row(
            "5i",
            f"Cores (info): two `wireparse` processes over halves vs one over all, {len(files):,} files",
            measured=f"{fmt_time(median(pair))} with 2 processes "
            f"({len(files) / median(pair):,.0f} stories/s)",
            baseline=f"{fmt_time(median(serial))} with 1 process",
            ratio=ratio,
            ratio_text=f"{ratio:.2f}×",
            budget="(≥ 1.7×)",
            status="info",
            note="the speed-up a process pool can reach on this machine",
            data={"one_seconds": serial, "two_seconds": pair},
        )
    )
    return rows


# --------------------------------------------------------------------------------------------------
# Rows 5d and 4d: Dask (the dask extra), in a process of its own: benchmarks/dask_run.py


def _dask_run(*args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, str(HERE / "dask_run.py"), *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"dask_run.py {args[0]} exited {proc.returncode}: {proc.stderr[-500:]}")
    return json.loads(proc.stdout)


def row_dask(mode: Mode, data: Data) -> list[Row]:
    cores = Row(
        "5d",
        f"Dask: `read_stories` on a 2-worker LocalCluster vs `wireparse -j 2`, {mode.folder_stories:,} files",
        budget="≤ 1.15× the time",
    )
    memory = Row("4d", "Dask: peak memory of a worker, `to_parquet` of one long stream", budget="(info)")
    missing = subprocess.run([sys.executable, "-c", "import wireparse.dask"], capture_output=True)
    if missing.returncode != 0:
        for row in (cores, memory):
            row.measured = "n/a (the dask extra is not installed: pip install '.[dask]')"
        return [cores, memory]
    folder, _ = data.folder(mode.folder_stories)
    log(f"dask: -j 2 and Dask over {mode.folder_stories:,} files, {mode.cores_reps} repetitions")
    result = _dask_run("cores", str(folder), str(mode.cores_reps))
    j2, dask = median(result["j2_seconds"]), median(result["dask_seconds"])
    cores.measured = f"{fmt_time(dask)} with Dask ({result['records']:,} records written)"
    cores.baseline = f"{fmt_time(j2)} with -j 2"
    cores.ratio = dask / j2
    cores.ratio_text = f"{dask / j2:.2f}× the time"
    cores.status = "PASS" if dask <= 1.15 * j2 else "FAIL"
    cores.note = (
        f"the cluster started once before, in {result['cluster_start']:.1f} s (not counted); `to_jsonl`: "
        "each partition's JSON lines made on the workers, taken in order and written by the driver; "
        "the same bytes as -j 2 prints"
    )
    checked(cores, result["records"], mode.folder_stories)
    cores.data = result
    path, info = data.stream(mode.memory_size)
    log(f"dask: to_parquet of {fmt_mb(info['bytes'])} ...")
    result = _dask_run("memory", str(path))
    peak = max(result["worker_peak_mb"])
    memory.name += f" of {fmt_mb(info['bytes'])}"
    memory.measured = (
        f"{peak:.0f} MB at most ({', '.join(f'{mb:.0f}' for mb in result['worker_peak_mb'])} MB; "
        f"{result['seconds']:.0f} s, {result['partitions']} partitions, Parquet "
        f"{fmt_mb(result['parquet_bytes'])})"
    )
    memory.baseline = f"{max(result['worker_idle_mb']):.0f} MB idle"
    memory.status = "info"
    checked(memory, result["rows"], info["stories"])
    memory.data = {**result, "bytes": info["bytes"]}
    return [cores, memory]


# --------------------------------------------------------------------------------------------------
# Row 6: peers


def minimal_html(d: generate.Dispatch) -> str:
    import html

    return (
        "<html><body><h1>"
        + html.escape(d.headline)
        + "</h1>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in d.paragraphs)
        + "</body></html>"
    )


def row_peers(mode: Mode, data: Data) -> list[Row]:
    import wireparse

    stories = list(generate.dispatches(mode.peer_stories, seed=generate.SEED + 6))
    texts = [d.text for d in stories]
    pages = [minimal_html(d) for d in stories]
    firsts = [d.paragraphs[0] for d in stories]
    quick = f" (quick mode: {mode.peer_stories:,} stand in for 2,000)" if mode.peer_stories < 2000 else ""
    rows = []
    try:
        import trafilatura
    except ImportError as error:
        trafilatura = None
        missing = f"n/a (pip install -e '.[bench]': {error})"
    try:
        from dateparser.search import search_dates
    except ImportError as error:
        search_dates = None
        missing_dp = f"n/a (pip install -e '.[bench]': {error})"

    def run_wireparse():
        for t in texts:
            wireparse.parse(t)

    def run_trafilatura():
        return sum(
            trafilatura.extract(p, output_format="json", with_metadata=True) is not None for p in pages
        )

    def run_dateparser():
        return sum(bool(search_dates(f)) for f in firsts)

    # warm-up: first calls load language data and build caches
    for t in texts[:20]:
        wireparse.parse(t)
    if trafilatura:
        for p in pages[:20]:
            trafilatura.extract(p, output_format="json", with_metadata=True)
    if search_dates:
        for f in firsts[:20]:
            search_dates(f)
    wp, tr, dp = [], [], []
    wp_cpu, tr_cpu, dp_cpu = [], [], []
    log(f"peers: {len(texts)} stories, {mode.peer_reps} repetitions (dateparser {mode.dateparser_reps})")
    extracted = found = 0
    for rep in range(mode.peer_reps):
        wp.append(timed(run_wireparse, wp_cpu))
        counted = []
        if trafilatura:
            tr.append(timed(lambda: counted.append(run_trafilatura()), tr_cpu))
            extracted = counted[-1]
        if search_dates and rep < mode.dateparser_reps:
            dp.append(timed(lambda: counted.append(run_dateparser()), dp_cpu))
            found = counted[-1]
        log(
            f"  wireparse {wp[-1]:.2f} s"
            + (f", trafilatura {tr[-1]:.2f} s" if tr else "")
            + (f", dateparser {dp[-1]:.2f} s" if rep < len(dp) else "")
        )
    n = len(texts)
    wp_t = median(wp)
    measured = f"{fmt_time(wp_t)} ({wp_t / n * 1e3:.2f} ms/story)"
    row = Row(
        "6",
        f"Peers: `wireparse.parse` vs `trafilatura.extract(json, with_metadata)` on "
        f"minimal HTML, {n:,} stories{quick}",
        measured=measured,
        budget="≥ 20× faster",
    )
    if trafilatura:
        tr_t = median(tr)
        row.baseline = f"{fmt_time(tr_t)} ({tr_t / n * 1e3:.2f} ms/story)"
        row.ratio = tr_t / wp_t
        row.ratio_text = f"{row.ratio:.1f}× faster"
        row.status = "PASS" if row.ratio >= 20 else "FAIL"
        row.note = (
            f"by CPU time: {median(tr_cpu) / median(wp_cpu):.1f}×; trafilatura returned "
            f"a record for {extracted} of {n}"
        )
        row.data = {
            "wireparse_seconds": wp,
            "trafilatura_seconds": tr,
            "trafilatura": getattr(trafilatura, "__version__", "?"),
        }
    else:
        row.baseline = missing
    rows.append(row)
    row = Row(
        "6i",
        f"Peers (reference): `dateparser.search.search_dates` on each story's first "
        f"paragraph, {n:,} stories{quick}",
        measured=measured,
        budget="(reference)",
        status="info",
    )
    if search_dates:
        import dateparser

        dp_t = median(dp)
        row.baseline = f"{fmt_time(dp_t)} ({dp_t / n * 1e3:.2f} ms/story)"
        row.ratio = dp_t / wp_t
        row.ratio_text = f"{row.ratio:.1f}× faster"
        row.note = (
            f"by CPU time: {median(dp_cpu) / median(wp_cpu):.1f}×; dateparser found "
            f"dates in {found} of {n} first paragraphs"
        )
        row.data = {
            "wireparse_seconds": wp,
            "dateparser_seconds": dp,
            "dateparser": getattr(dateparser, "__version__", "?"),
        }
    else:
        row.baseline = missing_dp
    rows.append(row)
    return rows


# --------------------------------------------------------------------------------------------------
# Output


COLUMNS = (
    ("#", "id"),
    ("row", "name"),
    ("wireparse", "measured"),
    ("baseline", "baseline"),
    ("ratio", "ratio_text"),
    ("budget", "budget"),
    ("result", "status"),
)


def busy_warning(load: tuple[float, ...] | list[float] | None) -> str:
    """A warning when other processes were using the CPUs: times and parallel ratios suffer."""
    if load and load[0] > 0.5:
        return (
            f"WARNING: load average {load[0]:.2f} before the run: other processes were using "
            f"the CPUs, so wall times are inflated and the cores row understated "
            f"(the CPU-time ratios in the notes suffer less)"
        )
    return ""


def text_table(rows: list[dict]) -> str:
    out = []
    for r in rows:
        out.append(f"{r['id']:>3}  {r['status']:<5} {r['name']}")
        out.append(f"      wireparse: {r['measured']}")
        if r["baseline"]:
            out.append(f"      baseline:  {r['baseline']}")
        if r["ratio_text"] or r["budget"]:
            out.append(f"      ratio:     {r['ratio_text'] or '-'}   budget: {r['budget']}")
        if r["note"]:
            out.append(f"      note:      {r['note']}")
    return "\n".join(out)


def markdown_table(results: dict) -> str:
    m = results["machine"]
    dates = sorted({r.get("measured_at") or results["date"] for r in results["rows"]})
    when = (
        f"Rows measured {dates[0]} to {dates[-1]} ({results['mode']} runs; the last, "
        f"{results['seconds']:.0f} s, began {results['date']})"
        if len(dates) > 1
        else f"Measured {results['date']} ({results['mode']} run, {results['seconds']:.0f} s)"
    )
    lines = [
        f"{when} on "
        f"{m['cpu']}, {m['cores']} cores, {m['memory']}, {m['os']}, {m['python']}, "
        f"wireparse {m['wireparse']} ({m['commit']}); load average at start "
        f"{', '.join(f'{x:.2f}' for x in m['load_average_at_start'] or [])}"
        + (
            f", at end {', '.join(f'{x:.2f}' for x in m.get('load_average_at_end') or [])}."
            if m.get("load_average_at_end")
            else "."
        ),
        "",
        "| # | row | wireparse | baseline | ratio | budget | result |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results["rows"]:
        cells = [str(r[key]).replace("|", "\\|") for _, key in COLUMNS]
        cells[-1] = f"**{cells[-1]}**" if cells[-1] in ("PASS", "FAIL") else cells[-1]
        lines.append("| " + " | ".join(cells) + " |")
    commits: dict[str, list[str]] = {}
    for r in results["rows"]:
        commits.setdefault(r.get("commit") or "?", []).append(r["id"])
    if len(commits) > 1:
        lines += [
            "",
            "Code measured, by row: "
            + "; ".join(f"{commit}: {', '.join(ids)}" for commit, ids in commits.items())
            + ".",
        ]
    notes = [f"- {r['id']}: {r['note']}" for r in results["rows"] if r.get("note")]
    if notes:
        lines += ["", "Notes:", *notes]
    busy = busy_warning(m.get("load_average_at_start"))
    if busy:
        lines += ["", f"> {busy}"]
    return "\n".join(lines)


RUNNERS = {
    "startup": row_startup,
    "throughput": row_throughput,
    "scaling": row_scaling,
    "memory": row_memory,
    "cores": row_cores,
    "dask": row_dask,
    "peers": row_peers,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repetitions")
    parser.add_argument("--only", help=f"comma-separated rows to run: {', '.join(ROWS)}")
    parser.add_argument(
        "--data",
        type=Path,
        default=HERE / "out",
        help="where generated data is kept (default benchmarks/out/)",
    )
    parser.add_argument(
        "--results",
        type=Path,
        default=None,
        help="default: benchmarks/results.json, or results-quick.json with --quick",
    )
    parser.add_argument(
        "--markdown", action="store_true", help="print the results file as a Markdown table and exit"
    )
    args = parser.parse_args(argv)
    if args.results is None:
        args.results = QUICK_RESULTS if args.quick else RESULTS
    if args.markdown:
        print(markdown_table(json.loads(args.results.read_text())))
        return 0
    only = tuple(args.only.split(",")) if args.only else ROWS
    unknown = set(only) - set(ROWS)
    if unknown:
        parser.error(f"unknown row(s): {', '.join(sorted(unknown))}")
    mode = QUICK if args.quick else FULL
    data = Data(args.data)
    # Subprocesses get a bytecode cache as an installed package has one: this environment may set
    # PYTHONDONTWRITEBYTECODE, which would make every wireparse start-up compile its sources
    # (pip byte-compiles click and regex at install time, so the baseline would not pay it).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(args.data / "pycache")
    os.environ["WIREPARSE_CACHE_DIR"] = str(args.data / "patterns")  # compiled patterns, likewise
    results = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "mode": mode.name,
        "machine": machine(),
        "rows": [],
    }
    log(f"{mode.name} run: {', '.join(only)}")
    busy = busy_warning(results["machine"]["load_average_at_start"])
    if busy:
        log(busy)
    rows: list[Row] = []
    for name in only:
        started = time.perf_counter()
        commit = code_version()
        try:
            new = RUNNERS[name](mode, data)
        except Exception as error:  # noqa: BLE001 - one broken row must not lose the others
            new = [Row(name, name, measured=f"error: {type(error).__name__}: {error}", status="error")]
        for row in new:
            row.measured_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
            row.commit = commit
            row.data["row_seconds"] = round(time.perf_counter() - started, 1)
        rows.extend(new)
        print(text_table([asdict(r) for r in new]), flush=True)
    results["rows"] = [asdict(r) for r in rows]
    results["seconds"] = time.perf_counter() - STARTED
    results["machine"]["load_average_at_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    if args.only and args.results.exists():
        # keep the rows this run did not measure, each with the date it was measured
        try:
            previous = json.loads(args.results.read_text())
        except ValueError:
            previous = None
        if previous and previous.get("mode") == mode.name:
            ran = {r["id"] for r in results["rows"]}
            kept = [r for r in previous["rows"] if r["id"] not in ran]
            for r in kept:  # rows written before rows carried their own commit
                r.setdefault("commit", previous["machine"].get("commit"))
            results["rows"] = sorted(kept + results["rows"], key=lambda r: (r["id"].rstrip("abcdi"), r["id"]))
    args.results.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    summary = {s: sum(r["status"] == s for r in results["rows"]) for s in ("PASS", "FAIL", "n/a")}
    log(
        f"done in {results['seconds']:.0f} s: {summary['PASS']} PASS, {summary['FAIL']} FAIL, "
        f"{summary['n/a']} n/a; results in {args.results}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
