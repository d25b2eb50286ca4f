"""The ``wireparse`` command, as issue 2 describes it: input from files and standard input, the
formats and how the default is chosen, ``-o``, ``--reference-date``, ``--strict``, errors and exit
statuses (0 ok, 1 failed input or --strict, 2 usage, 70 internal, 130 interrupted), ``--version``,
``-h``, ``--schema``, ``python -m wireparse``, and a quiet end when the reader of a pipe goes away.

Most behaviour is checked in-process through click's ``CliRunner``; what only a real process shows
(the installed console script, terminals, pipes, signals) runs the ``wireparse`` installed beside
``sys.executable`` in a subprocess. Timeouts are generous: they only turn a hang into a failure.
"""

from __future__ import annotations

import csv
import io
import json
import os
import select
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import SAMPLES, read_text

import wireparse
from wireparse.cli import command

TIMEOUT = 60
STORY = SAMPLES / "tass-ru.txt"  # dateline МОСКВА, 7 марта. /ТАСС/. (no year), no warnings
NO_DATELINE = "Headline only\n\nA body paragraph without any dateline.\n"
EXE = Path(sys.executable).parent / ("wireparse.exe" if os.name == "nt" else "wireparse")


def invoke(args: list[str], input: str | bytes | None = None, **kwargs) -> Result:
    return CliRunner().invoke(command, args, input=input, prog_name="wireparse", **kwargs)


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


# --- input ----------------------------------------------------------------------------------------


def test_reads_a_file() -> None:
    result = invoke([str(STORY)])
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert record["source"] == str(STORY)
    assert record["dateline"]["text"] == "МОСКВА, 7 марта. /ТАСС/."
    assert result.stderr == ""


def test_reads_several_files_in_order() -> None:
    paths = [str(SAMPLES / "afp.txt"), str(STORY), str(SAMPLES / "afp.txt")]
    result = invoke(paths)
    assert [r["source"] for r in records(result.stdout)] == paths


@pytest.mark.parametrize("args", [["-"], []], ids=["dash", "no-argument"])
def test_reads_standard_input(args: list[str]) -> None:
    result = invoke(args, input=read_text(STORY).encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert record["source"] == "-"
    assert record["dateline"]["place"] == "Москва"


# --- formats --------------------------------------------------------------------------------------


def _jsonl(out: str) -> str:
    [record] = records(out)
    return record["headline"]


def _json(out: str) -> str:
    [record] = json.loads(out)
    return record["headline"]


def _csv(out: str) -> str:
    header, row = csv.reader(io.StringIO(out, newline=""))
    return row[header.index("headline")]


def _terminal(out: str) -> str:
    assert "\x1b" not in out
    # labelled lines, wrapped to the width: the headline runs from its label to the next one
    flat = " ".join(out.split())
    return flat.split(" headline ", 1)[1].split(" dateline ", 1)[0]


HEADLINE = read_text(STORY).split("\n", 1)[0]
READERS = {"jsonl": _jsonl, "json": _json, "csv": _csv, "terminal": _terminal}


@pytest.mark.parametrize("name", sorted(READERS))
def test_format_option(name: str) -> None:
    result = invoke(["-f", name, "--no-color", str(STORY)])
    assert result.exit_code == 0, result.stderr
    assert READERS[name](result.stdout) == HEADLINE


def test_unknown_format_is_a_usage_error() -> None:
    result = invoke(["-f", "xml", str(STORY)])
    assert result.exit_code == 2
    assert "'xml' is not one of" in result.stderr


@pytest.mark.parametrize(
    "output, name",
    [
        ("out.csv", "csv"),
        ("out.json", "json"),
        ("out.jsonl", "jsonl"),
        ("OUT.CSV", "csv"),
        ("out.txt", "jsonl"),  # an extension no format claims: JSON Lines, the pipe default
    ],
)
def test_output_file_format_from_extension(tmp_path: Path, monkeypatch, output: str, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(["-o", output, str(STORY)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert READERS[name]((tmp_path / output).read_text(encoding="utf-8")) == HEADLINE


def test_format_option_beats_extension(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = invoke(["-f", "json", "-o", str(out), str(STORY)])
    assert result.exit_code == 0
    assert _json(out.read_text(encoding="utf-8")) == HEADLINE


def test_unwritable_output_is_one_line(tmp_path: Path) -> None:
    out = tmp_path / "missing-dir" / "out.csv"
    result = invoke(["-o", str(out), str(STORY)])
    assert result.exit_code == 1
    assert result.stderr == f"wireparse: {out}: No such file or directory\n"


@pytest.mark.parametrize("flag, coloured", [("--color", True), ("--no-color", False)])
def test_color_flags(flag: str, coloured: bool) -> None:
    result = invoke(["-f", "terminal", flag, str(STORY)])
    assert result.exit_code == 0
    assert ("\x1b[" in result.stdout) is coloured


# --- options --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reference, date",
    [
        (None, "--03-07"),
        ("2024-03-20", "2024-03-07"),
        ("2024-03-07", "2024-03-07"),  # the day itself is not after the reference
        ("2024-03-06", "2023-03-07"),  # the latest 7 March not after the reference is last year's
    ],
)
def test_reference_date(reference: str | None, date: str) -> None:
    args = ["--reference-date", reference] if reference else []
    result = invoke([*args, str(STORY)])
    assert result.exit_code == 0, result.stderr
    assert records(result.stdout)[0]["dateline"]["date"] == date


@pytest.mark.parametrize("value", ["2024-13-01", "2024-02-30", "yesterday", "7 March", ""])
def test_bad_reference_date_is_a_usage_error(value: str) -> None:
    result = invoke(["--reference-date", value, str(STORY)])
    assert result.exit_code == 2
    assert "--reference-date" in result.stderr
    assert result.stdout == ""


def test_founding_dispatch_through_the_command(shared: Path) -> None:
    seed = shared / "seed" / "tass-magas.txt"
    result = invoke(["--reference-date", "2024-03-20", str(seed)])
    assert records(result.stdout)[0]["dateline"]["date"] == "2024-03-07"


@pytest.mark.parametrize(
    "args, text, status",
    [
        (["--strict"], NO_DATELINE, 1),  # "no dateline found"
        ([], NO_DATELINE, 0),  # warnings alone do not fail a run
        (["--strict"], None, 0),  # a clean story passes --strict
    ],
)
def test_strict(args: list[str], text: str | None, status: int) -> None:
    source = text if text is not None else read_text(STORY)
    result = invoke([*args, "-"], input=source.encode("utf-8"))
    assert result.exit_code == status
    [record] = records(result.stdout)  # the record is printed either way
    assert bool(record["warnings"]) == (text is not None)


def test_missing_file_is_one_line_and_others_still_run(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = invoke([str(missing), str(STORY)])
    assert result.exit_code == 1
    assert result.stderr == f"wireparse: {missing}: No such file or directory\n"
    assert [r["source"] for r in records(result.stdout)] == [str(STORY)]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file_is_one_line(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("LONDON, March 7 (Reuters) - Text.", encoding="utf-8")
    locked.chmod(0)
    result = invoke([str(locked)])
    assert result.exit_code == 1
    assert result.stderr == f"wireparse: {locked}: Permission denied\n"


def test_quiet_still_shows_errors(tmp_path: Path) -> None:
    result = invoke(["-q", str(tmp_path / "nope.txt"), str(STORY)])
    assert result.exit_code == 1
    assert result.stderr.startswith("wireparse: ")
    assert invoke(["--quiet", str(STORY)]).exit_code == 0


def test_version() -> None:
    result = invoke(["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"wireparse {wireparse.__version__}\n"


@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help(flag: str) -> None:
    result = invoke([flag])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: wireparse [OPTIONS] [FILE]...")
    for option in (
        "-f, --format",
        "-o, --output",
        "--reference-date",
        "-q, --quiet",
        "--strict",
        "--schema",
        "--version",
        "-h, --help",
        "--color / --no-color",
        "--excel-safe",
        "--debug",
    ):
        assert option in result.stdout, option


def test_schema_option() -> None:
    result = invoke(["--schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "wireparse story record"


def test_unknown_option_is_a_usage_error() -> None:
    result = invoke(["--no-such-option", str(STORY)])
    assert result.exit_code == 2
    assert "No such option" in result.stderr
    assert result.stdout == ""


def test_internal_error_is_one_line_and_exit_70(monkeypatch) -> None:
    def broken(stories, stream, options=None):
        raise RuntimeError("boom")

    monkeypatch.setattr("wireparse.formats.jsonl.write", broken)
    result = invoke(["-f", "jsonl", str(STORY)])
    assert result.exit_code == 70
    assert result.stderr.count("\n") == 1 and "--debug" in result.stderr
    assert "Traceback" not in result.output
    result = invoke(["--debug", "-f", "jsonl", str(STORY)])
    assert isinstance(result.exception, RuntimeError), "--debug lets the traceback through"


# --- the installed command, in a real process -----------------------------------------------------


@pytest.fixture(scope="module")
def exe() -> str:
    assert EXE.exists(), f"no {EXE}: install the package into this Python (pip install -e .)"
    return str(EXE)


def run(args: list[str], input: bytes | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, input=input, capture_output=True, timeout=TIMEOUT, **kwargs)


def test_installed_reads_a_file(exe: str) -> None:
    proc = run([exe, str(STORY)])
    assert proc.returncode == 0 and proc.stderr == b""
    [record] = records(proc.stdout.decode("utf-8"))  # not a terminal: JSON Lines
    assert record["source"] == str(STORY)


@pytest.mark.parametrize("args", [["-"], []], ids=["dash", "no-argument"])
def test_installed_reads_standard_input(exe: str, args: list[str]) -> None:
    proc = run([exe, *args], input=STORY.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert records(proc.stdout.decode("utf-8"))[0]["source"] == "-"


def test_installed_missing_file(exe: str, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    proc = run([exe, str(missing), str(STORY)])
    assert proc.returncode == 1
    assert proc.stderr.decode() == f"wireparse: {missing}: No such file or directory\n"
    assert len(records(proc.stdout.decode("utf-8"))) == 1


@pytest.mark.parametrize(
    "args, status, stream, text",
    [
        (["--version"], 0, "stdout", f"wireparse {wireparse.__version__}\n"),
        (["-h"], 0, "stdout", "Usage: wireparse [OPTIONS] [FILE]..."),
        (["--bogus"], 2, "stderr", "No such option"),
        (["--reference-date", "soon", "-"], 2, "stderr", "--reference-date"),
    ],
)
def test_installed_options(exe: str, args: list[str], status: int, stream: str, text: str) -> None:
    proc = run([exe, *args], input=b"")
    assert proc.returncode == status
    assert text in getattr(proc, stream).decode()


def test_installed_schema(exe: str) -> None:
    proc = run([exe, "--schema"])
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["type"] == "object"


def test_python_dash_m(exe: str) -> None:
    module = run([sys.executable, "-m", "wireparse", str(STORY)])
    script = run([exe, str(STORY)])
    assert module.returncode == 0 and module.stderr == b""
    assert module.stdout == script.stdout
    assert run([sys.executable, "-m", "wireparse", "--version"]).stdout.startswith(b"wireparse ")


@pytest.fixture(scope="module")
def big_story(tmp_path_factory) -> Path:
    """One long story: 4,000 paragraphs (about 260 kB, several times a pipe's buffer)."""
    path = tmp_path_factory.mktemp("big") / "big.txt"
    body = "\n\n".join(f"Paragraph {n} of a very long dispatch, with a few more words." for n in range(4000))
    path.write_text(f"Headline\n\nLONDON, March 7 (Reuters) - {body}\n", encoding="utf-8")
    return path


@pytest.mark.skipif(
    shutil.which("bash") is None or shutil.which("head") is None, reason="needs bash and head"
)
@pytest.mark.parametrize(
    "pipeline",
    [
        "wireparse big.txt | head -1",
        "wireparse -f json big.txt | head -1",  # many lines: the writer outlives head
        "wireparse -f terminal big.txt | head -1",
        "wireparse copies/*.txt | head -1",  # many stories
    ],
)
def test_pipeline_into_head_ends_quietly(exe: str, big_story: Path, pipeline: str) -> None:
    folder = big_story.parent
    copies = folder / "copies"
    if not copies.exists():
        copies.mkdir()
        text = STORY.read_bytes()
        for n in range(300):
            (copies / f"{n:03d}.txt").write_bytes(text)
    env = dict(os.environ, PATH=f"{Path(exe).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    proc = run(["bash", "-o", "pipefail", "-c", pipeline], cwd=folder, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b"", "no traceback, no 'Exception ignored'"
    assert proc.stdout.count(b"\n") == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_interrupt_exits_130_quietly(exe: str) -> None:
    # reading the second input (standard input, left open) is where it waits for the signal
    proc = subprocess.Popen(
        [exe, str(STORY), "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], TIMEOUT)
        assert ready, "first story never printed"
        assert json.loads(proc.stdout.readline())["source"] == str(STORY)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=TIMEOUT)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130
    assert err == b""


def _on_terminal(args: list[str], env: dict[str, str], stdin=subprocess.DEVNULL) -> tuple[int, str, str]:
    """Run with standard output on a pseudo-terminal; returns status, what it printed, stderr."""
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen(args, stdin=stdin, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    try:
        while select.select([master], [], [], TIMEOUT)[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=TIMEOUT)
    finally:
        os.close(master)
        proc.kill()
    return proc.returncode, b"".join(chunks).decode("utf-8"), proc.stderr.read().decode()


@pytest.mark.skipif(sys.platform not in ("linux", "darwin"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(
    "extra_env, args, coloured",
    [
        ({}, [], True),
        ({"NO_COLOR": "1"}, [], False),
        ({}, ["--no-color"], False),
    ],
    ids=["default", "NO_COLOR", "--no-color"],
)
def test_terminal_is_the_default_on_a_terminal(exe: str, extra_env, args, coloured: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(TERM="xterm-256color", COLUMNS="100", **extra_env)
    status, out, err = _on_terminal([exe, *args, str(STORY)], env)
    assert status == 0, err
    assert "headline" in out and "place=" in out and not out.lstrip().startswith("{")
    assert ("\x1b[" in out) is coloured


@pytest.mark.skipif(sys.platform not in ("linux", "darwin"), reason="needs a pseudo-terminal")
def test_terminal_on_standard_input_prints_a_hint(exe: str) -> None:
    import pty

    master, slave = pty.openpty()
    try:
        proc = run([exe], stdin=slave)
    finally:
        os.close(master)
        os.close(slave)
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert proc.stderr.decode().startswith("Usage: wireparse [OPTIONS] [FILE]...")
