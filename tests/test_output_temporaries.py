"""Temporaries in an ``--output-dir``: named after the process writing them, and removed by a later
run only when that process no longer runs, so two runs into one folder at once never delete each
other's files. Runs the installed command; the story is made up for this test."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

TIMEOUT = 60
EXE = Path(sys.executable).parent / "wireparse"
STORY = "Headline\n\nOSLO, May 2 (Reuters) - The story.\nReuter\n"


def _ended_pid() -> int:
    """The PID of a process that has ended (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_temporary_of_a_running_process_survives_a_second_run_and_a_dead_ones_does_not(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = out / f".wireparse-{running.pid}-abcd1234.tmp"
        dead = out / "sub" / f".wireparse-{_ended_pid()}-efgh5678.tmp"
        unnamed = out / ".wireparse-ijkl9012.tmp"  # no PID: left by an older version
        for temp in (live, dead, unnamed):
            temp.write_text("half a record", encoding="utf-8")
        proc = subprocess.run(
            [str(EXE), "--output-dir", str(out), str(tmp_path / "a.txt")],
            capture_output=True,
            timeout=TIMEOUT,
        )
        assert (proc.returncode, proc.stderr) == (0, b"")
        assert live.read_text(encoding="utf-8") == "half a record"
        assert not dead.exists() and not unnamed.exists()
        assert (out / "a.jsonl").exists()
    finally:
        running.kill()
        running.wait()


def test_temporaries_are_named_after_the_process_writing_them(tmp_path: Path) -> None:
    # a run reading standard input holds its output file open as a temporary until the end
    proc = subprocess.Popen(
        [str(EXE), "-j", "1", "-o", str(tmp_path / "out.jsonl"), "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        proc.stdin.write(f"\x02{STORY}\x03\n".encode())
        proc.stdin.flush()
        temps: list[Path] = []
        for _ in range(200):
            temps = list(tmp_path.glob(".wireparse-*.tmp"))
            if temps:
                break
            time.sleep(0.05)
        assert [t.name.split("-")[1] for t in temps] == [str(proc.pid)]
    finally:
        proc.kill()
        proc.wait()
