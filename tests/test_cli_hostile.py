"""The command under hostile use: ``-o`` onto things that are not regular files, onto an input
however it was named, or compressed; closed and full standard streams; signals while the inputs
are listed; file names that hold terminal escapes; codecs and dates that cannot work.

Each test runs the ``wireparse`` installed beside ``sys.executable`` in a real process, as a shell
would. Timeouts only turn a hang into a failure; nothing here measures speed.
"""

from __future__ import annotations

import bz2
import csv
import datetime as dt
import gzip
import io
import json
import lzma
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from wireparse.dateline import resolve_date

ROOT = Path(__file__).resolve().parents[1]
STORY = ROOT / "samples" / "xinhua.txt"
OTHER = ROOT / "samples" / "afp.txt"
EXE = Path(sys.executable).parent / ("wireparse.exe" if os.name == "nt" else "wireparse")
TIMEOUT = 120  # only turns a hang into a failure
ESC = "\x1b[31m"

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX FIFOs, signals and descriptors")


def run(args, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("timeout", TIMEOUT)
    return subprocess.run([str(EXE), *map(str, args)], **kwargs)


def shell(script: str, *args, **kwargs) -> subprocess.CompletedProcess:
    """``script`` run by bash, ``$W`` the command and ``$1``... ``args``."""
    env = {**os.environ, "W": str(EXE)}
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("timeout", TIMEOUT)
    return subprocess.run(["bash", "-c", script, "bash", *map(str, args)], env=env, **kwargs)


def lines(data: bytes) -> list[str]:
    return data.decode("utf-8", "replace").splitlines()


def records(data: bytes | str) -> list[dict]:
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return [json.loads(line) for line in text.splitlines()]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".wireparse-"))


def _read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(path, "rb") as fifo:
            into.append(fifo.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


# -- -o onto something that is not a regular file ------------------------------------------------


@pytest.mark.parametrize("through_link", [False, True], ids=["fifo", "symlink-to-fifo"])
def test_o_onto_a_fifo_writes_into_it_and_leaves_it_a_fifo(tmp_path, through_link):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = fifo
    if through_link:
        target = tmp_path / "link.jsonl"
        target.symlink_to(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    proc = run(["-j", "1", "-o", target, STORY])
    reader.join(TIMEOUT)
    assert proc.returncode == 0, proc.stderr
    assert [r["source"] for r in records(got[0])] == [str(STORY)]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    if through_link:
        assert target.is_symlink()
    assert leftovers(tmp_path) == []


def test_o_onto_dev_null_leaves_it_a_character_device():
    before = os.stat("/dev/null")
    proc = run(["-j", "1", "-o", "/dev/null", STORY])
    after = os.lstat("/dev/null")
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert proc.stdout == b""


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="no /dev/fd")
def test_o_onto_a_descriptor_writes_into_what_it_is_open_on(tmp_path):
    # /dev/fd/1 leads to the file the shell opened: written into, as `>` would, not renamed over
    out = tmp_path / "out.jsonl"
    proc = shell('"$W" -j 1 -o /dev/fd/1 "$1" > "$2"', STORY, out)
    assert proc.returncode == 0, proc.stderr
    assert [r["source"] for r in records(out.read_bytes())] == [str(STORY)]


def test_o_onto_a_symlink_to_a_regular_file_replaces_the_link_not_the_file(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    link = tmp_path / "out.jsonl"
    link.symlink_to(victim)
    proc = run(["-j", "1", "-o", link, STORY])
    assert proc.returncode == 0, proc.stderr
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not link.is_symlink()
    assert [r["source"] for r in records(link.read_bytes())] == [str(STORY)]


# -- -o onto an input, however the input was named ----------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_o_onto_an_input_listed_in_files_from_is_refused_and_left_untouched(tmp_path, jobs):
    shutil.copyfile(STORY, tmp_path / "a.txt")
    shutil.copyfile(OTHER, tmp_path / "c.txt")
    (tmp_path / "out.jsonl").write_text("precious\n", encoding="utf-8")
    (tmp_path / "list").write_text("a.txt\nout.jsonl\nc.txt\n", encoding="utf-8")
    proc = run(["-j", jobs, "-o", "out.jsonl", "--files-from", "list"], cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert lines(proc.stderr) == [
        "wireparse: out.jsonl: is the input out.jsonl; write the output somewhere else"
    ]
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "precious\n"
    assert leftovers(tmp_path) == []


def test_o_onto_a_file_of_a_folder_listed_in_files_from_is_refused(tmp_path):
    (tmp_path / "d").mkdir()
    shutil.copyfile(STORY, tmp_path / "d" / "a.txt")
    (tmp_path / "d" / "out.jsonl").write_text("precious\n", encoding="utf-8")
    proc = run(["-j", "1", "-o", "d/out.jsonl", "--files-from", "-"], input=b"d\n", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "d/out.jsonl: is the input d/out.jsonl" in proc.stderr.decode()
    assert (tmp_path / "d" / "out.jsonl").read_text(encoding="utf-8") == "precious\n"
    assert leftovers(tmp_path / "d") == []


def test_o_onto_a_hard_link_of_a_listed_input_is_refused(tmp_path):
    shutil.copyfile(STORY, tmp_path / "a.txt")
    os.link(tmp_path / "a.txt", tmp_path / "out.jsonl")
    proc = run(["-j", "1", "-o", "out.jsonl", "--files-from", "-"], input=b"a.txt\n", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert (tmp_path / "a.txt").read_bytes() == STORY.read_bytes()


def test_output_dir_onto_an_input_of_a_listed_folder_is_refused(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "out").mkdir()
    shutil.copyfile(STORY, tmp_path / "d" / "a.txt")
    os.link(tmp_path / "d" / "a.txt", tmp_path / "out" / "a.jsonl")  # the output file is the input
    proc = run(["-j", "1", "--output-dir", "out", "--files-from", "-"], input=b"d\n", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert (tmp_path / "d" / "a.txt").read_bytes() == STORY.read_bytes()


def test_a_dash_inside_a_files_from_stdin_list_is_refused(tmp_path):
    shutil.copyfile(STORY, tmp_path / "a.txt")
    proc = run(["-j", "1", "--files-from", "-"], input=b"a.txt\n-\nHeadline\n\nstory text\n", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert len(lines(proc.stderr)) == 1 and "--files-from" in proc.stderr.decode()
    assert all(r["source"] == "a.txt" for r in records(proc.stdout))


# -- -o with a compression suffix -----------------------------------------------------------------

OPENERS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}


@pytest.mark.parametrize("suffix", list(OPENERS))
@pytest.mark.parametrize("ext", [".csv", ".json", ".jsonl"])
def test_o_with_a_compression_suffix_writes_the_inner_format_compressed(tmp_path, suffix, ext):
    out = tmp_path / f"stories{ext}{suffix}"
    proc = run(["-j", "1", "-o", out, STORY, OTHER])
    assert proc.returncode == 0, proc.stderr
    with OPENERS[suffix](out, "rt", encoding="utf-8", newline="") as stream:
        text = stream.read()
    if ext == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
    elif ext == ".json":
        rows = json.loads(text)
    else:
        rows = records(text)
    assert [r["source"] for r in rows] == [str(STORY), str(OTHER)]
    assert leftovers(tmp_path) == []


def test_compressed_output_is_the_same_bytes_on_every_run(tmp_path):
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    first, second = tmp_path / "1" / "out.jsonl.gz", tmp_path / "2" / "out.jsonl.gz"
    assert run(["-j", "1", "-o", first, STORY]).returncode == 0
    time.sleep(1.1)  # a time stamp in the gzip header would differ
    assert run(["-j", "1", "-o", second, STORY]).returncode == 0
    assert first.read_bytes() == second.read_bytes()


# -- -o that cannot be a file ---------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", ".", "sub"])
def test_o_empty_or_a_folder_is_refused_before_anything_is_read(tmp_path, value):
    (tmp_path / "sub").mkdir()
    # standard input never ends: reading anything would hang until the timeout
    proc = subprocess.run(
        [str(EXE), "-o", value], stdin=subprocess.PIPE, capture_output=True, timeout=TIMEOUT, cwd=tmp_path
    )
    assert proc.returncode == 2
    assert "Invalid value for '-o'" in proc.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sub"]


# -- standard streams: full, closed, gone ---------------------------------------------------------

INFO = [["--help"], ["--version"], ["--schema"]]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("args", INFO, ids=lambda a: a[0])
def test_help_version_schema_into_a_full_disk_is_one_line_exit_1(args):
    with open("/dev/full", "wb") as full:
        proc = run(args, stdout=full, stderr=subprocess.PIPE, capture_output=False)
    assert proc.returncode == 1
    assert lines(proc.stderr) == ["wireparse: standard output: No space left on device"]


@pytest.mark.parametrize("args", INFO, ids=lambda a: a[0])
def test_help_version_schema_into_a_closed_pipe_is_quiet_success(args):
    read, write = os.pipe()
    os.close(read)  # the reader is gone before anything is written: every write is EPIPE
    try:
        proc = run(args, stdout=write, stderr=subprocess.PIPE, capture_output=False)
    finally:
        os.close(write)
    assert proc.returncode == 0
    assert proc.stderr == b""


def test_help_into_a_closed_pipe_under_pipefail_exits_0():
    proc = shell('set -o pipefail; "$W" --help | true')
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""


@pytest.mark.parametrize("args", [[STORY], *INFO], ids=["records", "help", "version", "schema"])
def test_closed_standard_output_is_one_line_exit_1(args):
    proc = shell('"$W" -j 1 "$@" >&-', *args)
    assert proc.returncode == 1
    assert lines(proc.stderr) == ["wireparse: standard output: Bad file descriptor"]


def test_closed_standard_output_does_not_stop_o(tmp_path):
    out = tmp_path / "out.jsonl"
    proc = shell('"$W" -j 1 -o "$1" "$2" >&-', out, STORY)
    assert proc.returncode == 0, proc.stderr
    assert [r["source"] for r in records(out.read_bytes())] == [str(STORY)]


@pytest.mark.parametrize(
    "args, name", [([], "-"), (["--files-from", "-"], "standard input")], ids=["story", "list"]
)
def test_closed_standard_input_is_one_line_exit_1(args, name):
    proc = shell('"$W" -j 1 "$@" <&-', *args)
    assert proc.returncode == 1
    assert lines(proc.stderr) == [f"wireparse: {name}: Bad file descriptor"]
    assert proc.stdout == b""


def test_closed_standard_error_keeps_messages_out_of_the_records(tmp_path):
    proc = shell('"$W" -j 1 "$1" "$2" 2>&-', tmp_path / "missing.txt", STORY)
    assert proc.returncode == 1
    assert [r["source"] for r in records(proc.stdout)] == [str(STORY)]


# -- signals while the inputs are being listed ----------------------------------------------------


def _interrupt_while_listing(tmp_path: Path, args: list[str], signum: int) -> subprocess.CompletedProcess:
    """Run with ``--files-from`` a FIFO that names one input and then stays open, and send
    ``signum`` while the command waits for the rest of the list."""
    shutil.copyfile(STORY, tmp_path / "a.txt")
    fifo = tmp_path / "list"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [str(EXE), *args, "--files-from", "list"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    with open(fifo, "w") as writer:
        writer.write("a.txt\n")
        writer.flush()
        deadline = time.monotonic() + TIMEOUT
        # -o: its temporary exists once the run has started writing; --output-dir: listing first
        while "-o" in args and not leftovers(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        proc.send_signal(signum)
        stdout, stderr = proc.communicate(timeout=TIMEOUT)
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


@pytest.mark.parametrize(
    "args", [["-j", "1", "--output-dir", "out"], ["-j", "2", "--output-dir", "out"]], ids=["j1", "j2"]
)
def test_ctrl_c_while_inputs_are_listed_exits_130_quietly(tmp_path, args):
    proc = _interrupt_while_listing(tmp_path, args, signal.SIGINT)
    assert proc.returncode == 130
    assert proc.stderr == b""


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("name", ["out.jsonl", "out.csv.gz"])
def test_sigterm_removes_the_temporary_and_exits_143(tmp_path, jobs, name):
    proc = _interrupt_while_listing(tmp_path, ["-j", jobs, "-o", name], signal.SIGTERM)
    assert proc.returncode == 143, proc.stderr
    assert proc.stderr == b""
    assert leftovers(tmp_path) == [] and not (tmp_path / name).exists()


# -- file names that hold terminal escapes --------------------------------------------------------


def test_output_dir_collision_message_escapes_control_characters(tmp_path):
    (tmp_path / "in").mkdir()
    for ext in (".txt", ".md"):
        shutil.copyfile(STORY, tmp_path / "in" / f"x{ESC}{ext}")
    proc = run(["-j", "1", "--output-dir", "out", "in"], cwd=tmp_path)
    assert proc.returncode == 1
    assert b"\x1b" not in proc.stderr
    assert "x\\x1b[31m.md" in proc.stderr.decode()


def test_o_path_in_a_message_escapes_control_characters(tmp_path):
    proc = run(["-j", "1", "-o", f"missing{ESC}/out.jsonl", STORY], cwd=tmp_path)
    assert proc.returncode == 1
    assert lines(proc.stderr) == ["wireparse: missing\\x1b[31m/out.jsonl: No such file or directory"]


def test_o_on_an_input_message_escapes_control_characters(tmp_path):
    name = f"a{ESC}.jsonl"
    shutil.copyfile(STORY, tmp_path / name)
    proc = run(["-j", "1", "-o", name, "--files-from", "-"], input=name.encode() + b"\n", cwd=tmp_path)
    assert proc.returncode == 2
    assert b"\x1b" not in proc.stderr and "a\\x1b[31m.jsonl" in proc.stderr.decode()


def test_files_from_name_in_a_message_escapes_control_characters(tmp_path):
    proc = run(["-j", "1", "--files-from", f"list{ESC}"], cwd=tmp_path)
    assert proc.returncode == 1
    assert lines(proc.stderr) == ["wireparse: list\\x1b[31m: No such file or directory"]


# -- codecs, dates, colour ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "codec", ["base64", "zlib", "hex", "bz2", "uu", "quopri", "rot13", "idna", "punycode", "undefined", ""]
)
def test_an_encoding_that_is_not_a_text_encoding_is_refused_up_front(codec):
    proc = run(["-j", "1", "--encoding", codec, STORY])
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert "Invalid value for --encoding" in proc.stderr.decode()
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize("codec", ["utf-8", "cp1251", "utf-16", "latin-1", "cp037"])
def test_a_text_encoding_is_still_taken(tmp_path, codec):
    story = tmp_path / "story.txt"
    story.write_bytes(STORY.read_text(encoding="utf-8").encode(codec))
    proc = run(["-j", "1", "--encoding", codec, story])
    assert proc.returncode == 0, proc.stderr
    assert records(proc.stdout)[0]["headline"] == "Beijing opens 12 new community libraries"


def test_reference_date_in_year_one_never_gives_year_zero(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Headline of the day\n\nBEIJING, Dec. 30 (Xinhua) -- The text of the story.\n")
    proc = run(["-j", "1", "--reference-date", "0001-01-05", story])
    assert proc.returncode == 0, proc.stderr
    assert records(proc.stdout)[0]["dateline"]["date"] == "--12-30"
    later = run(["-j", "1", "--reference-date", "0002-01-05", story])
    assert records(later.stdout)[0]["dateline"]["date"] == "0001-12-30"


@pytest.mark.parametrize(
    "month, day, year, two_digit, reference, expected, reason",
    [
        (12, 30, None, False, dt.date(1, 1, 5), "--12-30", "year 0 is not a year an ISO date holds"),
        (2, 29, None, False, dt.date(1, 3, 1), "--02-29", "no leap year from year 1 back"),
        (1, 5, None, False, dt.date(1, 1, 5), "0001-01-05", "year 1 itself is fine"),
        (9, 26, 99, True, dt.date(1, 1, 1), "--09-26", "the nearest century puts 99 in year -1"),
        (9, 26, 5, True, dt.date(9999, 12, 31), "--09-26", "the nearest century puts 05 in year 10005"),
        (9, 26, 0, False, None, "--09-26", "a printed year 0"),
    ],
)
def test_resolve_date_never_leaves_years_1_to_9999(month, day, year, two_digit, reference, expected, reason):
    assert resolve_date(month, day, year, two_digit, reference) == expected, reason


def _on_a_terminal(args: list, env: dict) -> bytes:
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen([str(EXE), *map(str, args)], stdout=follower, stderr=subprocess.PIPE, env=env)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 1 << 16)
            except OSError:  # EIO: the terminal's other end is closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(TIMEOUT)
    finally:
        os.close(leader)
    return b"".join(chunks)


@pytest.mark.parametrize("value, coloured", [("", True), ("1", False)], ids=["empty", "set"])
def test_only_a_non_empty_no_color_turns_colour_off(value, coloured):
    env = {
        k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
    }
    env.update(NO_COLOR=value, TERM="xterm-256color", COLUMNS="100")
    out = _on_a_terminal(["-j", "1", STORY], env)
    assert b"Beijing" in out
    assert (b"\x1b[" in out) is coloured
