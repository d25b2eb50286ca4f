"""The process around the parser: early-closing pipes, Ctrl-C, a full disk, an internal bug, a
locale that cannot encode the text, and determinism (reliability.md A1, A2, A3, A5, A7, G7, F9).

Each test runs the ``wireparse`` installed beside ``sys.executable`` in a real process, as a shell
would. Timeouts are generous and only turn a hang into a failure; nothing here measures speed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
EXE = Path(sys.executable).parent / ("wireparse.exe" if os.name == "nt" else "wireparse")
TIMEOUT = 120  # only turns a hang into a failure
FORMATS = ["jsonl", "json", "csv", "terminal", "ninjs", "nitf"]
CYRILLIC = ROOT / "samples" / "tass-ru.txt"

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX pipes, signals and /dev/full")


def run(args, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("timeout", TIMEOUT)
    return subprocess.run([str(EXE), *map(str, args)], **kwargs)


def stderr_lines(data: bytes) -> list[str]:
    return data.decode("utf-8", "replace").splitlines()


@pytest.fixture(scope="module")
def many_files(tmp_path_factory) -> list[str]:
    """Enough stories that every format's output overfills a pipe (64 KiB) many times over."""
    folder = tmp_path_factory.mktemp("many")
    paths = []
    for i in range(12):
        for sample in SAMPLES:
            path = folder / f"{i:02d}-{sample.name}"
            shutil.copyfile(sample, path)
            paths.append(str(path))
    return paths


@pytest.fixture(scope="module")
def multi_story(tmp_path_factory) -> str:
    """One file holding many stories, each framed as a wire stream frames them."""
    path = tmp_path_factory.mktemp("stream") / "feed.txt"
    parts = []
    for _ in range(10):
        for sample in SAMPLES:
            parts.append("ZCZC\n" + sample.read_text(encoding="utf-8") + "\nNNNN\n")
    path.write_text("".join(parts), encoding="utf-8")
    return str(path)


# -- A1: the reader goes away ---------------------------------------------------------------------


def _pipeline(reader: str, args) -> subprocess.CompletedProcess:
    # pipefail: the status is wireparse's, not the reader's
    script = f'set -o pipefail; "$@" | {reader}'
    return subprocess.run(
        ["bash", "-c", script, "wireparse", str(EXE), *map(str, args)], capture_output=True, timeout=TIMEOUT
    )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("reader", ["head -1", "true"])
def test_reader_going_away_is_quiet_success(fmt, reader, many_files):
    proc = _pipeline(reader, ["-f", fmt, "-j", "1", *many_files])
    assert proc.stderr == b""
    assert proc.returncode == 0
    if reader.startswith("head"):
        assert proc.stdout.count(b"\n") == 1


def test_reader_going_away_from_a_stream(multi_story):
    proc = _pipeline("head -1", ["-f", "jsonl", "-j", "1", multi_story])
    assert (proc.returncode, proc.stderr) == (0, b"")


def test_reader_going_away_from_parallel_workers(multi_story, many_files):
    # a race once lost here (a worker stopped mid-__del__ printed "Exception ignored"): try twice
    for _ in range(2):
        proc = _pipeline("head -1", ["-f", "jsonl", "-j", "2", *many_files, multi_story])
        assert (proc.returncode, proc.stderr) == (0, b"")


# -- A2: a full disk ------------------------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize(
    "fmt,size", [(fmt, "one") for fmt in FORMATS] + [("jsonl", "many"), ("terminal", "many")]
)
def test_writing_to_a_full_disk_fails_in_one_line(fmt, size, many_files):
    files = many_files[:1] if size == "one" else many_files
    with open("/dev/full", "wb") as full:
        proc = run(["-f", fmt, *files], stdout=full, stderr=subprocess.PIPE, capture_output=False)
    lines = stderr_lines(proc.stderr)
    assert proc.returncode == 1
    assert len(lines) == 1, lines
    assert "No space left on device" in lines[0] and lines[0].startswith("wireparse: ")


# -- A3: Ctrl-C -----------------------------------------------------------------------------------


def _wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


def _interruptible() -> None:
    """In the child before it starts: Ctrl-C as at a terminal, whatever the shell that started the
    tests did with it (a shell ignores it in the jobs it starts in the background, and Python then
    keeps ignoring it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt(proc: subprocess.Popen) -> bytes:
    """Ctrl-C to ``proc``, then its standard error once it has ended (killed if it hangs). Its
    standard input stays open until it has ended: closing it at once (as ``communicate`` does)
    races the signal on a loaded machine, and end of input is a normal end. A process that is
    still running after a press gets another, as at a terminal: on a loaded machine a first press
    has been seen lost (it may land while an object is finalized, where Python drops the
    exception)."""
    try:
        for _ in range(_PRESSES):
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=_PRESS_WAIT)
                break
            except subprocess.TimeoutExpired:
                continue  # a press that landed while an object was being finalized: press again
        proc.wait(timeout=TIMEOUT)
        return proc.communicate(timeout=TIMEOUT)[1]
    finally:
        proc.kill()
        proc.wait()


#: Ctrl-C is pressed up to this many times, this many seconds apart, as a user would press it again.
_PRESSES = 3
_PRESS_WAIT = 5


def test_sigint_exits_130_and_leaves_no_output_file(tmp_path, many_files):
    """Interrupted while waiting for more input: no final file, no temporary left."""
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [str(EXE), "-j", "1", "-o", str(out), *many_files[:3], "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        preexec_fn=_interruptible,
    )
    try:
        # the first stories are written (to the temporary file) before standard input is read
        _wait_for(
            lambda: any(p.stat().st_size > 0 for p in tmp_path.glob(".wireparse-*.tmp")),
            "the temporary output file",
        )
    finally:
        err = _interrupt(proc)
    assert proc.returncode == 130
    assert len(stderr_lines(err)) <= 1 and b"Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_sigint_in_the_middle_of_printing(many_files):
    proc = subprocess.Popen(
        [str(EXE), "-j", "1", "-f", "jsonl", *many_files[:3], "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_interruptible,
    )
    try:
        first = proc.stdout.readline()
        json.loads(first)
    finally:
        err = _interrupt(proc)
    assert proc.returncode == 130
    assert len(stderr_lines(err)) <= 1 and b"Traceback" not in err


# -- A7: an internal error ------------------------------------------------------------------------

BROKEN_FORMAT = """
import sys
import wireparse.formats.jsonl as fmt

def write(stories, stream, options=None):
    for story in stories:
        raise RuntimeError({message!r})

fmt.write = write
from wireparse.cli import main
sys.argv[0] = "wireparse"
main()
"""


def _broken(args, message="simulated bug"):
    code = BROKEN_FORMAT.format(message=message)
    return subprocess.run(
        [sys.executable, "-c", code, "-f", "jsonl", "-j", "1", *map(str, args)],
        capture_output=True,
        timeout=TIMEOUT,
    )


def test_internal_error_is_one_line_and_exit_70():
    proc = _broken([SAMPLES[0]])
    lines = stderr_lines(proc.stderr)
    assert proc.returncode == 70
    assert len(lines) == 1, lines
    assert "--debug" in lines[0] and "Traceback" not in lines[0]


def test_internal_error_with_debug_shows_the_traceback():
    proc = _broken(["--debug", SAMPLES[0]])
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert "Traceback" in err and "RuntimeError: simulated bug" in err


def test_internal_error_with_a_multiline_message_is_still_one_line():
    proc = _broken([SAMPLES[0]], message="first line\nsecond line")
    assert proc.returncode == 70
    assert len(stderr_lines(proc.stderr)) == 1


# -- A5: a locale that cannot encode the text ---------------------------------------------------

LOCALES = {
    "PYTHONIOENCODING=ascii": {"PYTHONIOENCODING": "ascii"},
    "LANG=C": {"LANG": "C", "LC_ALL": "", "LC_CTYPE": "", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    "LC_ALL=C": {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
}


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("fmt", FORMATS)
def test_output_survives_a_narrow_locale(locale, fmt):
    env = {**os.environ, **LOCALES[locale], "COLUMNS": "200"}
    proc = run(["-f", fmt, "--color" if fmt == "terminal" else "-q", CYRILLIC], env=env)
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert "МОСКВА".encode() in proc.stdout  # always UTF-8, whatever the locale


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_error_messages_survive_a_narrow_locale(locale, tmp_path):
    env = {**os.environ, **LOCALES[locale]}
    proc = run([tmp_path / "Москва-нет.txt"], env=env)
    lines = stderr_lines(proc.stderr)
    assert proc.returncode == 1
    assert len(lines) == 1 and "Traceback" not in lines[0], lines


# -- G7: determinism ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_identical_across_runs_and_hash_seeds(fmt, tmp_path):
    stream = tmp_path / "feed.txt"
    stream.write_text(
        "".join(f"ZCZC\n{p.read_text(encoding='utf-8')}\nNNNN\n" for p in SAMPLES[:8]), encoding="utf-8"
    )
    outputs = set()
    for seed in ("0", "4242", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "COLUMNS": "100"}
        proc = run(["-f", fmt, "--no-color" if fmt == "terminal" else "-q", *SAMPLES, stream], env=env)
        assert proc.returncode == 0, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1


def _make_tree(root: Path, order: list[Path]) -> None:
    for sample in order:
        target = root / sample.stem[:3] / sample.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sample, target)


def test_output_is_identical_whatever_the_creation_order_and_jobs(tmp_path):
    forward, backward = tmp_path / "a" / "in", tmp_path / "b" / "in"
    _make_tree(forward, SAMPLES)
    _make_tree(backward, SAMPLES[::-1])
    outputs = set()
    for root, jobs in ((forward, "1"), (backward, "1"), (backward, "2")):
        proc = run(["-f", "jsonl", "-r", "-j", jobs, "in"], cwd=root.parent)
        assert proc.returncode == 0, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1
    assert len(outputs.pop().splitlines()) == len(SAMPLES)


# -- A2 / G5: a write that fails at each step of writing -o FILE (SQLite's fault-injection loop) ----


def _fail(after: int):
    """A function raising ENOSPC once called more than ``after`` times (``after`` 0: at once)."""
    calls = {"n": 0}

    def fail(real):
        def wrapper(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] > after:
                raise OSError(28, "No space left on device")
            return real(*args, **kwargs)

        return wrapper

    return fail


class _FailingWrites:
    """A text stream whose ``write`` fails after ``after`` calls."""

    def __init__(self, stream, after: int):
        self._stream, self._left = stream, after

    def write(self, text):
        if self._left <= 0:
            raise OSError(28, "No space left on device")
        self._left -= 1
        return self._stream.write(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._stream.__exit__(*exc)


INJECTIONS = ["mkstemp", "fchmod", "write-0", "write-3", "fsync", "replace"]


@pytest.mark.parametrize("where", INJECTIONS)
def test_a_failing_write_leaves_the_old_file_and_no_temporary(where, tmp_path, monkeypatch):
    from click.testing import CliRunner

    import wireparse.output as output
    from wireparse.cli import command

    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    if where == "mkstemp":
        import tempfile  # output.py imports it when it first writes a file

        monkeypatch.setattr(tempfile, "mkstemp", _fail(0)(tempfile.mkstemp))
    elif where in ("fchmod", "fsync", "replace"):
        monkeypatch.setattr(output.os, where, _fail(0)(getattr(os, where)))
    else:
        after = int(where.split("-")[1])
        real_fdopen = os.fdopen
        monkeypatch.setattr(output.os, "fdopen", lambda *a, **k: _FailingWrites(real_fdopen(*a, **k), after))
    result = CliRunner().invoke(
        command, ["-j", "1", "-o", str(out), *map(str, SAMPLES[:5])], prog_name="wireparse"
    )
    lines = result.stderr.splitlines()
    assert result.exit_code == 1, (result.output, result.exception)
    assert len(lines) == 1 and "No space left on device" in lines[0], lines
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


# -- G2: a planted symlink in the output folder ---------------------------------------------------


def test_a_planted_symlink_is_replaced_not_written_through(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copyfile(SAMPLES[0], tmp_path / "in" / "a.txt")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.jsonl").symlink_to(victim)
    proc = run(["-j", "1", "--output-dir", "out", "in/a.txt"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (tmp_path / "out" / "a.jsonl").is_symlink()
    json.loads((tmp_path / "out" / "a.jsonl").read_text(encoding="utf-8"))


# -- H2: memory exhaustion ------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS as Linux counts it")
def test_running_out_of_memory_is_one_line_not_a_traceback(tmp_path):
    import resource

    big = tmp_path / "one-line.txt"
    big.write_text("Headline\n\nLONDON (AP) - " + "word " * 8_000_000 + "\n", encoding="utf-8")

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (150 << 20, 150 << 20))

    if run(["-j", "1", "-f", "jsonl", SAMPLES[0]], preexec_fn=limit).returncode != 0:
        pytest.skip("wireparse cannot even start within 150 MB of address space here")
    proc = run(["-j", "1", "-f", "jsonl", big], preexec_fn=limit)
    lines = stderr_lines(proc.stderr)
    assert proc.returncode in (0, 1)
    assert b"Traceback" not in proc.stderr and len(lines) <= 1, lines
    if proc.returncode == 1:
        assert str(big) in lines[0]


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX interval timers")
def test_an_interrupt_dropped_in_a_finalizer_still_ends_the_run():
    """Ctrl-C that lands in a finalizer (where Python prints and drops the exception, as when the
    ``regex`` compiler's objects are freed) ends the run all the same, waiting for input or not."""
    code = (
        "import sys\n"
        "import wireparse.cli as cli\n"
        "class Late:\n"
        "    def __del__(self):\n"
        "        raise KeyboardInterrupt\n"
        "run = cli.command.main\n"
        "def dropped_first(*args, **kwargs):\n"
        "    Late()\n"
        "    return run(*args, **kwargs)\n"
        "cli.command.main = dropped_first\n"
        "sys.argv = ['wireparse', '-']\n"
        "cli.main()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        proc.wait(timeout=TIMEOUT)  # standard input stays open: the run would wait for it
        err = proc.communicate(timeout=TIMEOUT)[1]
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130
    assert err == b""
