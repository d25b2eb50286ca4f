"""Batch conversion (issue 4): folders walked in a fixed order, lists of inputs, compressed files,
binary files, failures that do not stop the run, the pool of processes giving the same output as
one process, standard input read as it arrives, and the progress display.

In-process runs go through click's ``CliRunner`` (the pool forks from the test process, so
patched module settings reach the workers); what needs a real process (terminals, pipes) runs the
installed ``wireparse``. Timeouts are generous: they only turn a hang into a failure. The stories
are made up for these tests."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wireparse import batch, stream
from wireparse.batch import outcomes
from wireparse.cli import command
from wireparse.inputs import Input

TIMEOUT = 60
EXE = Path(sys.executable).parent / "wireparse"
PLACES = ["ROTTERDAM", "COLOMBO", "SPLIT", "TROMSO", "CUZCO", "OMSK", "PERTH", "GDANSK"]


def story(n: int) -> str:
    """A short story of its own for each ``n``."""
    place = PLACES[n % len(PLACES)]
    return (
        f"Headline number {n}\n\n{place}, March {n % 28 + 1} (Reuters) - Story {n} says "
        f"that item {n * 7} rose.\nReuter\n"
    )


def invoke(args: list[str], input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(command, args, input=input, prog_name="wireparse")


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def sources(out: str) -> list[str]:
    return [r["source"] for r in records(out)]


@pytest.fixture
def archive(tmp_path: Path, monkeypatch) -> Path:
    """archive/ with files, a subfolder, compressed files, hidden entries and a binary file."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "archive"
    (root / "2024" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "b.txt").write_text(story(1), encoding="utf-8")
    (root / "a.txt").write_text(story(2), encoding="utf-8")
    (root / "2024" / "c.txt").write_text(story(3), encoding="utf-8")
    (root / "2024" / "deep" / "d.txt").write_text(story(4), encoding="utf-8")
    (root / "2024" / "e.txt.gz").write_bytes(gzip.compress(story(5).encode()))
    (root / "2024" / "f.txt.bz2").write_bytes(bz2.compress(story(6).encode()))
    (root / "2024" / "g.md.xz").write_bytes(lzma.compress(story(7).encode()))
    (root / "2024" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    (root / ".hidden.txt").write_text(story(8), encoding="utf-8")
    (root / ".git" / "config.txt").write_text(story(9), encoding="utf-8")
    return root


# --- folders -----------------------------------------------------------------------------------------

# (arguments, sources in order, why)
WALKS = [
    (["archive"], ["archive/a.txt", "archive/b.txt"], "a folder: its files, sorted; no subfolders"),
    (
        ["-r", "archive"],
        [
            "archive/2024/c.txt",
            "archive/2024/deep/d.txt",
            "archive/2024/e.txt.gz",
            "archive/2024/f.txt.bz2",
            "archive/2024/g.md.xz",
            "archive/a.txt",
            "archive/b.txt",
        ],
        "-r: subfolders too, in sorted order; hidden entries and the binary file skipped",
    ),
    (
        ["-r", "archive/"],
        [
            "archive/2024/c.txt",
            "archive/2024/deep/d.txt",
            "archive/2024/e.txt.gz",
            "archive/2024/f.txt.bz2",
            "archive/2024/g.md.xz",
            "archive/a.txt",
            "archive/b.txt",
        ],
        "a trailing slash makes no double slash",
    ),
    (
        ["-r", "--glob", "*.txt", "archive"],
        [
            "archive/2024/c.txt",
            "archive/2024/deep/d.txt",
            "archive/2024/e.txt.gz",
            "archive/2024/f.txt.bz2",
            "archive/a.txt",
            "archive/b.txt",
        ],
        "--glob matches names, also without a compression suffix",
    ),
    (
        ["-r", "--glob", "2024/*", "archive"],
        [
            "archive/2024/c.txt",
            "archive/2024/deep/d.txt",
            "archive/2024/e.txt.gz",
            "archive/2024/f.txt.bz2",
            "archive/2024/g.md.xz",
        ],
        "a pattern with a slash matches the path below the folder (* crosses /, as in find -path)",
    ),
    (
        ["archive/.hidden.txt", "archive/b.txt"],
        ["archive/.hidden.txt", "archive/b.txt"],
        "files named directly are read, hidden or not, in the order given",
    ),
]


@pytest.mark.parametrize("args, expected, why", WALKS, ids=[w[2] for w in WALKS])
def test_walking(archive: Path, args: list[str], expected: list[str], why: str) -> None:
    result = invoke(["-f", "jsonl", "-q", *args])
    assert result.exit_code == 0, result.stderr
    assert sources(result.stdout) == expected, why


def test_compressed_files_are_read_through_their_compression(archive: Path) -> None:
    result = invoke(
        ["-f", "jsonl", "archive/2024/e.txt.gz", "archive/2024/f.txt.bz2", "archive/2024/g.md.xz"]
    )
    assert [r["headline"] for r in records(result.stdout)] == [
        "Headline number 5",
        "Headline number 6",
        "Headline number 7",
    ]


def test_a_binary_file_met_while_walking_is_a_note(archive: Path) -> None:
    result = invoke(["-f", "jsonl", "-r", "archive"])
    assert result.exit_code == 0
    assert result.stderr == "wireparse: archive/2024/photo.jpg: skipped: binary data, not text\n"
    quiet = invoke(["-f", "jsonl", "-r", "-q", "archive"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_subfolders_left_unread_are_a_note(archive: Path) -> None:
    result = invoke(["-f", "jsonl", "archive"])
    assert result.stderr == "wireparse: archive: 1 subfolder skipped (-r reads them)\n"


def test_a_binary_file_named_directly_is_an_error(archive: Path) -> None:
    result = invoke(["-f", "jsonl", "archive/2024/photo.jpg", "archive/a.txt"])
    assert result.exit_code == 1
    assert result.stderr.startswith("wireparse: archive/2024/photo.jpg: binary data, not text")
    assert sources(result.stdout) == ["archive/a.txt"]


@pytest.mark.parametrize("null", [False, True], ids=["lines", "NUL-separated"])
def test_files_from(archive: Path, null: bool) -> None:
    names = ["archive/b.txt", "archive/2024/c.txt", "archive/2024/e.txt.gz"]
    listing = ("\0".join(names) + "\0") if null else ("\n".join(names) + "\n")
    Path("list").write_text(listing, encoding="utf-8")
    extra = ["-0"] if null else []
    result = invoke(["-f", "jsonl", "--files-from", "list", *extra])
    assert sources(result.stdout) == names
    piped = invoke(["-f", "jsonl", "--files-from", "-", *extra], input=listing)
    assert sources(piped.stdout) == names


def test_files_from_a_missing_list(tmp_path: Path) -> None:
    result = invoke(["-f", "jsonl", "--files-from", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert result.stderr == f"wireparse: {tmp_path / 'nope'}: No such file or directory\n"


# --- failures ----------------------------------------------------------------------------------------


def test_a_failed_input_is_one_line_and_the_run_goes_on(archive: Path) -> None:
    result = invoke(["-f", "jsonl", "archive/a.txt", "archive/missing.txt", "archive/b.txt"])
    assert result.exit_code == 1
    assert result.stderr == "wireparse: archive/missing.txt: No such file or directory\n"
    assert sources(result.stdout) == ["archive/a.txt", "archive/b.txt"]


def test_fail_fast_stops_at_the_first_failure(archive: Path) -> None:
    result = invoke(["-f", "json", "--fail-fast", "archive/a.txt", "archive/missing.txt", "archive/b.txt"])
    assert result.exit_code == 1
    assert [r["source"] for r in json.loads(result.stdout)] == ["archive/a.txt"], (
        "the stories before the failure, in a well-formed array"
    )


def test_a_file_that_vanishes_after_listing(tmp_path: Path) -> None:
    gone = Input(str(tmp_path / "gone.txt"), "gone.txt", walked=True)
    [outcome] = outcomes([gone])
    assert outcome.error == "No such file or directory" and outcome.source == gone.path


def test_a_parse_failure_names_the_file(archive: Path, monkeypatch) -> None:
    real = stream.parse

    def fragile(text: str, **kwargs):
        if "Story 1 " in text:
            raise ValueError("cannot cope")
        return real(text, **kwargs)

    monkeypatch.setattr(stream, "parse", fragile)
    result = invoke(["-f", "jsonl", "-j", "1", "archive/b.txt", "archive/a.txt"])
    assert result.exit_code == 1
    assert result.stderr == "wireparse: archive/b.txt: cannot cope\n"
    assert sources(result.stdout) == ["archive/a.txt"]


# --- the pool ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    """A small generated folder: 60 files of one story, one of three, a cp1251 one, a binary
    one, and a long stream of 100 stories."""
    root = tmp_path_factory.mktemp("many")
    for n in range(60):
        (root / f"{n:03d}.txt").write_text(story(n), encoding="utf-8")
    (root / "100-three.txt").write_text("".join(f"\x02{story(n)}\x03\n" for n in range(3)), encoding="utf-8")
    (root / "101-ru.txt").write_bytes("Заголовок\n\nОМСК, 3 марта. /ТАСС/. Текст.\n".encode("cp1251"))
    (root / "102.bin").write_bytes(b"\x00\x01\x02" * 100)
    (root / "103-stream.txt").write_text(
        "".join(f"\x02{story(n)}\x03\n" for n in range(100)), encoding="utf-8"
    )
    return root


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_any_number_of_processes_gives_the_same_output(many: Path, fmt: str, monkeypatch) -> None:
    # a small WHOLE_FILE sends the stream file through the main process, its stories to the pool
    monkeypatch.setattr(batch, "WHOLE_FILE", 4096)
    one = invoke(["-f", fmt, "-j", "1", str(many)])
    assert one.exit_code == 0, one.stderr
    for jobs in ("2", "3"):
        other = invoke(["-f", fmt, "-j", jobs, str(many)])
        assert (other.exit_code, other.stdout, other.stderr) == (0, one.stdout, one.stderr)
    if fmt == "jsonl":
        found = records(one.stdout)
        assert len(found) == 60 + 3 + 1 + 100
        stream = [r["index"] for r in found if r["source"].endswith("103-stream.txt")]
        assert stream == list(range(100))
        assert one.stderr.endswith("102.bin: skipped: binary data, not text\n")


def test_the_installed_command_gives_the_same_output_with_two_processes(many: Path) -> None:
    runs = [
        subprocess.run([str(EXE), "-f", "jsonl", "-j", jobs, str(many)], capture_output=True, timeout=TIMEOUT)
        for jobs in ("1", "2")
    ]
    assert runs[0].returncode == runs[1].returncode == 0
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.count(b"\n") == 164


# --- standard input ----------------------------------------------------------------------------------


def test_standard_input_stories_come_out_as_they_end() -> None:
    proc = subprocess.Popen(
        [str(EXE), "-f", "jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        for n in range(3):
            proc.stdin.write(f"\x02{story(n)}\x03\n".encode())
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], TIMEOUT)
            assert ready, f"story {n} was not written before the next arrived"
            record = json.loads(proc.stdout.readline())
            assert (record["index"], record["headline"]) == (n, f"Headline number {n}")
        proc.stdin.close()
        assert proc.wait(timeout=TIMEOUT) == 0
    finally:
        proc.kill()
        proc.wait()


def test_standard_input_stream_gives_one_record_per_story() -> None:
    text = "".join(f"\x02{story(n)}\x03\n" for n in range(20))
    found = records(invoke(["-f", "jsonl"], input=text).stdout)
    assert [(r["source"], r["index"]) for r in found] == [("-", n) for n in range(20)]


# --- progress ----------------------------------------------------------------------------------------


def _stderr_on_terminal(args: list[str], cwd: Path) -> tuple[int, str, bytes]:
    """Run with standard error on a pseudo-terminal: status, what it showed, standard output."""
    import pty

    master, slave = pty.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="120")
    proc = subprocess.Popen(
        args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, cwd=cwd, env=env
    )
    os.close(slave)
    shown = []
    out = proc.stdout.read()
    while select.select([master], [], [], 1)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown.append(chunk)
    os.close(master)
    return proc.wait(timeout=TIMEOUT), b"".join(shown).decode("utf-8", "replace"), out


@pytest.mark.skipif(sys.platform not in ("linux", "darwin"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(
    "extra, shown",
    [([], True), (["-q"], False), (["--no-progress"], False)],
    ids=["terminal", "-q", "--no-progress"],
)
def test_progress_on_a_terminal(many: Path, extra: list[str], shown: bool) -> None:
    status, err, out = _stderr_on_terminal([str(EXE), "-f", "jsonl", *extra, str(many)], many)
    assert status == 0 and out.count(b"\n") == 164
    summary = [line for line in err.splitlines() if "wireparse: " in line and "stories" in line]
    if shown:
        assert summary and "64 files, 164 stories" in summary[-1] and "1 skipped" in summary[-1]
        assert "files/s" in err, "the bar showed a rate"
    else:
        assert not summary and "files/s" not in err


def test_no_progress_when_standard_error_is_not_a_terminal(many: Path) -> None:
    proc = subprocess.run([str(EXE), "-f", "jsonl", str(many)], capture_output=True, timeout=TIMEOUT)
    assert proc.stderr.decode() == f"wireparse: {many / '102.bin'}: skipped: binary data, not text\n"


def test_json_lines_start_up_does_not_import_rich() -> None:
    code = (
        "import sys; from wireparse.cli import main\n"
        "try:\n    main(['-f', 'jsonl', '-'])\nexcept SystemExit:\n    pass\n"
        "print('rich' in ' '.join(sys.modules))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], input=story(1).encode(), capture_output=True, timeout=TIMEOUT
    )
    assert proc.stdout.decode().splitlines()[-1] == "False", proc.stderr
