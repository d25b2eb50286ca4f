"""The pool of processes when inputs fail part-way: ``-j`` never changes the output. A long file
that fails after some stories (undecodable bytes, a truncated ``.gz``) keeps the stories read
before the failure, as with one process, and no later input receives another's records. Also: no
more workers than tasks, and workers that cannot start named in one line.

Runs the installed command. ``_WIREPARSE_TEST_LIMITS`` (internal) lowers the size from which a
file is read as a stream and the stories sent to a worker at a time, so that inputs of a few
kilobytes take the path of long files. The stories are made up for these tests."""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wireparse.pool import Pool

TIMEOUT = 60
EXE = Path(sys.executable).parent / "wireparse"
#: Files over 512 bytes (compressed: 64) are read as streams, their stories sent two at a time.
SMALL = {**os.environ, "_WIREPARSE_TEST_LIMITS": "512:2"}
#: Bytes that are not UTF-8 and read as text in no single-byte encoding: decoding fails there.
UNDECODABLE = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x1B, 0x7F] * 8) + b"\n"


def story(tag: str, n: int) -> str:
    return f"\x02Headline {tag} {n}\n\nOSLO, May 2 (Reuters) - Story {n} of {tag} says item {n} rose.\nReuter\n\x03\n"


def stories(tag: str, count: int) -> bytes:
    return "".join(story(tag, n) for n in range(count)).encode()


def run(args: list[str], *, env: dict[str, str] = SMALL, **kwargs) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(EXE), "-f", "jsonl", *args], capture_output=True, timeout=TIMEOUT, env=env, **kwargs
    )


def owners(stdout: bytes) -> list[tuple[str, str]]:
    """(file named in the record's source, file named in its headline) for each record but the
    empty record of an empty input, which has no headline to name a file."""
    records = [json.loads(line) for line in stdout.splitlines()]
    told = [r for r in records if r["warnings"] != ["empty input"]]
    return [(Path(r["source"]).name.split(".")[0], r["headline"].split()[1]) for r in told]


# --- inputs that fail part-way ----------------------------------------------------------------------


def _failing_inputs(folder: Path) -> list[str]:
    """A long file failing after 40 stories, a long file of 30, a truncated .gz of 20, small files."""
    (folder / "a.txt").write_bytes(stories("a", 40) + UNDECODABLE * 20)
    (folder / "b.txt").write_bytes(stories("b", 30))
    whole = gzip.compress(stories("c", 20))
    (folder / "c.txt.gz").write_bytes(whole[: len(whole) - 12])
    names = ["a.txt", "b.txt", "c.txt.gz"]
    for n in range(6):
        (folder / f"s{n}.txt").write_bytes(stories(f"s{n}", 1))
        names.append(f"s{n}.txt")
    return [str(folder / name) for name in names]


def test_a_file_failing_part_way_keeps_its_stories_and_gives_none_to_the_next_with_any_jobs(
    tmp_path: Path,
) -> None:
    paths = _failing_inputs(tmp_path)
    runs = {jobs: run(["-j", jobs, *paths]) for jobs in ("1", "2", "3")}
    for jobs, proc in runs.items():
        assert proc.returncode == 1, (jobs, proc.stderr)
        assert proc.stdout == runs["1"].stdout, jobs
        assert proc.stderr == runs["1"].stderr, jobs
    found = owners(runs["1"].stdout)
    assert all(source == told for source, told in found)
    counts = {name: sum(1 for source, _ in found if source == name) for name in ("a", "b", "c")}
    assert counts["a"] == 40 and counts["b"] == 30 and 0 < counts["c"] <= 20
    assert [source for source, _ in found if source.startswith("s")] == [f"s{n}" for n in range(6)]
    errors = runs["1"].stderr.decode().splitlines()
    assert len(errors) == 2 and "a.txt: cannot tell its encoding" in errors[0] and "c.txt.gz" in errors[1]


def test_a_file_failing_part_way_writes_the_same_output_dir_with_any_jobs(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    paths = _failing_inputs(tmp_path / "in")
    trees = {}
    for jobs in ("1", "3"):
        out = tmp_path / f"out{jobs}"
        proc = run(["-j", jobs, "--output-dir", str(out), *paths])
        assert proc.returncode == 1, proc.stderr
        trees[jobs] = {p.name: p.read_bytes() for p in out.iterdir()}
    assert trees["1"] == trees["3"]
    assert sorted(trees["1"]) == ["b.jsonl"] + [f"s{n}.jsonl" for n in range(6)]
    assert all(told == "b" for _, told in owners(trees["1"]["b.jsonl"]))


# each input: (kind, stories); kinds that fail are named after how
KINDS = ("good", "long", "undecodable", "binary", "missing", "truncated-gz")


def _write_input(folder: Path, n: int, kind: str, count: int) -> str:
    path = folder / (f"{n}.txt.gz" if kind == "truncated-gz" else f"{n}.txt")
    text = stories(str(n), count)
    if kind == "long":
        text = stories(str(n), count + 12)
    elif kind == "undecodable":
        text += UNDECODABLE * 10
    elif kind == "binary":
        text = b"\x00\x01\x02\x03" * 64 + text
    elif kind == "truncated-gz":
        packed = gzip.compress(text + stories(f"{n}x", 8))
        text = packed[: len(packed) * 3 // 4]
    if kind != "missing":
        path.write_bytes(text)
    return str(path)


@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 14)), min_size=1, max_size=6))
def test_any_mix_of_good_and_failing_inputs_gives_the_same_output_with_any_jobs(
    tmp_path_factory: pytest.TempPathFactory, inputs: list[tuple[str, int]]
) -> None:
    folder = tmp_path_factory.mktemp("mix")
    paths = [_write_input(folder, n, kind, count) for n, (kind, count) in enumerate(inputs)]
    one = run(["-j", "1", *paths])
    assert one.returncode in (0, 1), one.stderr
    for jobs in ("2", "3"):
        other = run(["-j", jobs, *paths])
        assert (other.returncode, other.stdout) == (one.returncode, one.stdout), jobs
    assert all(source == told.removesuffix("x") for source, told in owners(one.stdout))


# --- the pool itself ----------------------------------------------------------------------------------


def _echo(value: int) -> int:
    return value


def test_replies_to_dropped_tasks_are_never_taken_for_another_tasks() -> None:
    pool = Pool(2)
    try:
        first = [pool.submit(_echo, n) for n in range(6)]
        for answer in first[1:]:
            answer.drop()
        assert first[0].get() == 0
        later = [pool.submit(_echo, n) for n in range(100, 106)]
        assert [answer.get() for answer in later] == list(range(100, 106))
    finally:
        pool.end(abort=False)


# --- how many workers ----------------------------------------------------------------------------------


def _files_limit(limit: int):
    return lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))


def test_a_large_j_starts_no_more_workers_than_there_are_tasks(tmp_path: Path) -> None:
    # each worker holds open files in the main process: 1,000 of them would not fit under 64
    paths = []
    for n in range(2):
        (tmp_path / f"{n}.txt").write_bytes(stories(str(n), 1))
        paths.append(str(tmp_path / f"{n}.txt"))
    proc = run(["-j", "1000", *paths], env=dict(os.environ), preexec_fn=_files_limit(64))
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert [source for source, _ in owners(proc.stdout)] == ["0", "1"]


def test_workers_that_cannot_start_are_named_in_one_line(tmp_path: Path) -> None:
    paths = []
    for n in range(40):
        (tmp_path / f"{n}.txt").write_bytes(stories(str(n), 1))
        paths.append(str(tmp_path / f"{n}.txt"))
    proc = run(["-j", "8", *paths], env=dict(os.environ), preexec_fn=_files_limit(12))
    lines = proc.stderr.decode().splitlines()
    assert proc.returncode == 1
    assert len(lines) == 1 and lines[0].startswith("wireparse: -j 8: cannot start worker process"), lines
    assert lines[0].endswith("Too many open files")
