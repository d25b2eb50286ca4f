"""``--output-dir`` (issue 4): one file per input, the folder tree kept, collisions and overlaps
refused before anything is written, atomic writes that an interrupted run (SIGINT, SIGKILL) never
leaves half-done under a final name, stale temporaries cleared by the next run. The stories are
made up for these tests."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wireparse.cli import command

TIMEOUT = 60
EXE = Path(sys.executable).parent / "wireparse"


def story(n: int) -> str:
    return f"Headline {n}\n\nOSLO, March {n % 28 + 1} (Reuters) - Story {n} is short.\nReuter\n"


def invoke(args: list[str], input: str | None = None) -> Result:
    return CliRunner().invoke(command, args, input=input, prog_name="wireparse")


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture
def work(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in" / "2024" / "05").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(story(1), encoding="utf-8")
    (tmp_path / "in" / "2024" / "b.txt").write_text(story(2), encoding="utf-8")
    (tmp_path / "in" / "2024" / "05" / "c.story").write_text(
        f"\x02{story(3)}\x03\n\x02{story(4)}\x03\n", encoding="utf-8"
    )
    return tmp_path


# (arguments, files written under out/, why)
LAYOUTS = [
    (
        ["-r", "in"],
        ["2024/05/c.jsonl", "2024/b.jsonl", "a.jsonl"],
        "the tree below the folder is kept; JSON Lines by default",
    ),
    (["-r", "-f", "csv", "in/"], ["2024/05/c.csv", "2024/b.csv", "a.csv"], "the extension is the format's"),
    (
        ["-f", "json", "in/2024/b.txt", "in/a.txt"],
        ["a.json", "b.json"],
        "a file named directly: its own name",
    ),
]


@pytest.mark.parametrize("args, expected, why", LAYOUTS, ids=[c[2] for c in LAYOUTS])
def test_layout(work: Path, args: list[str], expected: list[str], why: str) -> None:
    result = invoke(["--output-dir", "out", *args])
    assert result.exit_code == 0, result.stderr
    assert tree(work / "out") == expected, why


def test_each_file_holds_its_inputs_stories(work: Path) -> None:
    invoke(["--output-dir", "out", "-r", "in"])
    lines = (work / "out" / "2024" / "05" / "c.jsonl").read_text(encoding="utf-8").splitlines()
    assert [(r["source"], r["index"]) for r in map(json.loads, lines)] == [
        ("in/2024/05/c.story", 0),
        ("in/2024/05/c.story", 1),
    ]


def test_compressed_input_loses_both_extensions(work: Path) -> None:
    import gzip

    (work / "in" / "d.txt.gz").write_bytes(gzip.compress(story(5).encode()))
    invoke(["--output-dir", "out", "in/d.txt.gz"])
    assert tree(work / "out") == ["d.jsonl"]


def test_files_are_readable_by_others_as_usual(work: Path) -> None:
    invoke(["--output-dir", "out", "in/a.txt"])
    mode = stat.S_IMODE((work / "out" / "a.jsonl").stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask, "not the 0600 of a temporary file"


def test_the_same_files_whatever_the_number_of_processes(work: Path) -> None:
    for n in range(40):
        (work / "in" / "2024" / f"m{n:02d}.txt").write_text(story(n), encoding="utf-8")
    invoke(["--output-dir", "one", "-j", "1", "-r", "in"])
    invoke(["--output-dir", "two", "-j", "2", "-r", "in"])
    assert tree(work / "one") == tree(work / "two") and len(tree(work / "one")) == 43
    for name in tree(work / "one"):
        assert (work / "one" / name).read_bytes() == (work / "two" / name).read_bytes()


# --- refused before anything is written ---------------------------------------------------------------


def test_two_inputs_on_one_output_name(work: Path) -> None:
    (work / "in" / "a.md").write_text(story(9), encoding="utf-8")
    result = invoke(["--output-dir", "out", "-r", "in"])
    assert result.exit_code == 1
    assert result.stderr == (
        "wireparse: out/a.jsonl: both in/a.md and in/a.txt would be written here\n"
        "wireparse: nothing was written\n"
    )
    assert not (work / "out").exists()


# (output folder, inputs, why)
OVERLAPS = [
    ("in", ["-r", "in"], "the output folder is the input folder"),
    ("in/parsed", ["-r", "in"], "the output folder lies inside the input folder"),
    ("in/2024", ["in"], "inside the input folder even without -r"),
    (".", ["-f", "terminal", "a.txt"], "an output file would overwrite an input"),
]


@pytest.mark.parametrize("out, args, why", OVERLAPS, ids=[c[2] for c in OVERLAPS])
def test_an_output_on_an_input_is_refused(work: Path, out: str, args: list[str], why: str) -> None:
    (work / "a.txt").write_text(story(7), encoding="utf-8")
    before = {p: p.read_bytes() for p in work.rglob("*") if p.is_file()}
    result = invoke(["--output-dir", out, *args])
    assert result.exit_code == 2, why
    assert result.stderr.startswith("wireparse: ") and result.stderr.count("\n") == 1
    assert {p: p.read_bytes() for p in work.rglob("*") if p.is_file()} == before, "nothing written"


@pytest.mark.parametrize("output", ["in/stories.jsonl", "in/a.txt"], ids=["inside", "is an input"])
def test_an_output_file_on_an_input_is_refused(work: Path, output: str) -> None:
    result = invoke(["-o", output, "-r", "in"])
    assert result.exit_code == 2
    assert (work / "in" / "a.txt").read_text(encoding="utf-8") == story(1)
    assert not (work / "in" / "stories.jsonl").exists()


def test_standard_input_has_no_name_for_an_output_file(work: Path) -> None:
    result = invoke(["--output-dir", "out"], input=story(1))
    assert result.exit_code == 2 and "standard input" in result.stderr


def test_output_and_output_dir_together_are_a_usage_error(work: Path) -> None:
    assert invoke(["--output-dir", "out", "-o", "x.jsonl", "in/a.txt"]).exit_code == 2


# --- failures and interruptions --------------------------------------------------------------------


def test_a_failed_input_gets_no_file_and_the_rest_are_written(work: Path) -> None:
    (work / "in" / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 10)
    result = invoke(["--output-dir", "out", "in/bad.txt", "in/a.txt", "in/missing.txt"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "wireparse: in/bad.txt: binary data, not text (if it is text, name its encoding with --encoding)",
        "wireparse: in/missing.txt: No such file or directory",
    ]
    assert tree(work / "out") == ["a.jsonl"]


def test_stale_temporaries_are_removed(work: Path) -> None:
    (work / "out" / "2024").mkdir(parents=True)
    (work / "out" / ".wireparse-abc123.tmp").write_text("half", encoding="utf-8")
    (work / "out" / "2024" / ".wireparse-def456.tmp").write_text("half", encoding="utf-8")
    invoke(["--output-dir", "out", "-r", "in"])
    assert tree(work / "out") == ["2024/05/c.jsonl", "2024/b.jsonl", "a.jsonl"]


def _interrupted(work: Path, sig: int, jobs: str) -> subprocess.Popen:
    """A run that has written some files and is writing one more, whose input (a named pipe)
    has sent half its stories: then ``sig``."""
    for n in range(6):
        (work / "in" / f"n{n}.txt").write_text(story(n), encoding="utf-8")
    fifo = work / "in" / "m-pipe"
    os.mkfifo(fifo)
    names = [f"in/n{n}.txt" for n in range(3)] + ["in/m-pipe"] + [f"in/n{n}.txt" for n in range(3, 6)]
    proc = subprocess.Popen(
        [str(EXE), "-j", jobs, "--output-dir", "out", *names],
        cwd=work,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    with open(fifo, "w", encoding="utf-8") as pipe:  # waits until wireparse opens it
        pipe.write(f"\x02{story(10)}\x03\n")
        pipe.flush()
        deadline = time.monotonic() + TIMEOUT
        while not list((work / "out").glob(".wireparse-*.tmp")) or len(tree(work / "out")) < 4:
            assert time.monotonic() < deadline, "the run never reached the pipe"
            time.sleep(0.02)
        time.sleep(0.1)
        proc.workers = _children(proc.pid)  # type: ignore[attr-defined]
        proc.send_signal(sig)
        proc.wait(timeout=TIMEOUT)
    return proc


def _children(pid: int) -> list[int]:
    """The child processes of ``pid`` (Linux; empty elsewhere)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _complete(out: Path) -> list[str]:
    """Final files, each checked to hold whole records."""
    finals = [name for name in tree(out) if not Path(name).name.startswith(".wireparse-")]
    for name in finals:
        for line in (out / name).read_text(encoding="utf-8").splitlines():
            json.loads(line)
    return finals


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals and named pipes")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigint_leaves_only_complete_files(work: Path, jobs: str) -> None:
    proc = _interrupted(work, signal.SIGINT, jobs)
    assert proc.returncode == 130
    assert proc.stderr.read() == b""
    assert not any(_running(pid) for pid in proc.workers), "workers are ended"
    assert _complete(work / "out") == ["n0.jsonl", "n1.jsonl", "n2.jsonl"]
    assert not list((work / "out").glob(".wireparse-*")), "its temporary is removed"


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals and named pipes")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigkill_leaves_only_complete_files_and_the_next_run_cleans_up(work: Path, jobs: str) -> None:
    proc = _interrupted(work, signal.SIGKILL, jobs)
    assert proc.returncode == -signal.SIGKILL
    if jobs == "2" and sys.platform == "linux":
        assert len(proc.workers) == 2
    deadline = time.monotonic() + TIMEOUT
    while any(_running(pid) for pid in proc.workers):
        assert time.monotonic() < deadline, "workers outlived the killed process"
        time.sleep(0.05)
    assert _complete(work / "out") == ["n0.jsonl", "n1.jsonl", "n2.jsonl"]
    assert list((work / "out").glob(".wireparse-*.tmp")), "the pipe's half-written temporary"
    os.unlink(work / "in" / "m-pipe")
    rerun = invoke(["--output-dir", "out", "-r", "in"])
    assert rerun.exit_code == 0, rerun.stderr
    assert not list((work / "out").glob(".wireparse-*"))
    assert len(_complete(work / "out")) == 9
