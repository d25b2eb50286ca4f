"""``-f parquet``: one row per story, the CSV's columns typed and the whole record as an Arrow struct,
the JSON Schema in the file's metadata; the same records as ``-f jsonl`` (pyarrow reads back equal
rows); refused onto a terminal and without pyarrow (exit 2, one line); never imported by the JSON
path. Skipped when pyarrow is not installed.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

from wireparse.formats.columns import column_kinds
from wireparse.formats.csv_rows import COLUMNS, row

pq = pytest.importorskip("pyarrow.parquet")

TIMEOUT = 120
EXE = Path(sys.executable).parent / "wireparse"
STORY = SAMPLES / "tass-ru.txt"


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(EXE), *args], capture_output=True, timeout=TIMEOUT, **kwargs)


def jsonl(paths: list[str]) -> list[dict]:
    proc = run(["-f", "jsonl", *paths])
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


@pytest.fixture(scope="module")
def samples() -> list[str]:
    return sorted(str(path) for path in SAMPLES.glob("*.txt"))


def test_parquet_rows_are_the_jsonl_records_and_the_csv_cells(tmp_path: Path, samples: list[str]) -> None:
    out = tmp_path / "stories.parquet"
    proc = run(["-f", "parquet", "-j", "2", "-o", str(out), *samples])
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(out)
    records = jsonl(samples)
    assert table.num_rows == len(records) > 0
    assert table.column("record").to_pylist() == records
    flat = table.select(list(COLUMNS)).to_pylist()
    assert flat == [row(record) for record in records]


def test_the_columns_follow_the_csv_format_and_the_schema(tmp_path: Path) -> None:
    out = tmp_path / "one.parquet"
    assert run(["-o", str(out), str(STORY)]).returncode == 0  # the format from the extension
    schema = pq.read_schema(out)
    assert schema.names == [*COLUMNS, "record"]
    kinds = {"string": str, "int64": int, "double": float}
    assert {name: kinds[str(schema.field(name).type)] for name in COLUMNS} == column_kinds()
    record = schema.field("record").type
    assert [record.field(i).name for i in range(record.num_fields)] == list(
        json.loads((ROOT / "wireparse" / "schema.json").read_text(encoding="utf-8"))["properties"]
    )
    stored = json.loads(schema.metadata[b"wireparse.schema"])
    assert stored == json.loads((ROOT / "wireparse" / "schema.json").read_text(encoding="utf-8"))


def test_an_empty_input_is_one_row_and_no_input_a_file_of_columns(tmp_path: Path) -> None:
    out = tmp_path / "empty.parquet"
    assert run(["-f", "parquet", "-o", str(out), "-"], input=b"").returncode == 0
    assert pq.read_table(out).column("warnings").to_pylist() == ["empty input"]
    folder = tmp_path / "nothing"
    folder.mkdir()
    assert run(["-f", "parquet", "-o", str(out), str(folder)]).returncode == 0
    assert pq.read_table(out).num_rows == 0 and pq.read_schema(out).names[-1] == "record"


def test_parquet_goes_down_a_pipe_and_into_output_dir(tmp_path: Path) -> None:
    proc = run(["-f", "parquet", str(STORY)])
    assert proc.returncode == 0, proc.stderr
    (tmp_path / "piped.parquet").write_bytes(proc.stdout)
    [record] = pq.read_table(tmp_path / "piped.parquet").column("record").to_pylist()
    assert record == jsonl([str(STORY)])[0]
    assert run(["-f", "parquet", "--output-dir", str(tmp_path / "out"), str(STORY)]).returncode == 0
    assert pq.read_table(tmp_path / "out" / "tass-ru.parquet").num_rows == 1


@pytest.mark.skipif(sys.platform not in ("linux", "darwin"), reason="needs a pseudo-terminal")
def test_parquet_onto_a_terminal_is_refused() -> None:
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen([str(EXE), "-f", "parquet", str(STORY)], stdout=follower, stderr=subprocess.PIPE)
    os.close(follower)
    shown = b""
    try:
        while select.select([leader], [], [], TIMEOUT)[0]:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        proc.wait(timeout=TIMEOUT)
    finally:
        os.close(leader)
        proc.kill()
    assert proc.returncode == 2 and shown == b""
    assert proc.stderr.read().decode() == (
        "wireparse: -f parquet writes binary data, not text for a terminal; name a file with -o FILE\n"
    )


def test_parquet_without_pyarrow_is_one_line_naming_the_extra(tmp_path: Path) -> None:
    code = "import sys; sys.modules['pyarrow'] = None\nfrom wireparse.cli import main\nmain()"
    out = tmp_path / "x.parquet"
    proc = subprocess.run(
        [sys.executable, "-c", code, "-o", str(out), str(STORY)], capture_output=True, timeout=TIMEOUT
    )
    assert proc.returncode == 2 and proc.stdout == b"" and not out.exists()
    assert proc.stderr.decode() == (
        "wireparse: -f parquet needs pyarrow, which is not installed: pip install 'wireparse[parquet]'\n"
    )


def test_json_lines_never_imports_pyarrow() -> None:
    code = (
        "import sys; from wireparse.cli import main\n"
        "try:\n    main(['-f', 'jsonl', '-'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyarrow', 'pandas', 'dask')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], input=STORY.read_bytes(), capture_output=True, timeout=TIMEOUT
    )
    assert proc.stdout.decode().splitlines()[-1] == "[]", proc.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_parquet_into_a_full_disk_fails_in_one_line() -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([str(EXE), "-f", "parquet", str(STORY)], stdout=full, stderr=subprocess.PIPE)
    assert proc.returncode == 1
    assert proc.stderr.decode() == "wireparse: standard output: No space left on device\n"


def test_parquet_is_the_same_bytes_whatever_the_run_and_the_processes(samples: list[str]) -> None:
    outputs = set()
    for seed, jobs in (("0", "1"), ("4242", "2")):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = run(["-f", "parquet", "-j", jobs, *samples], env=env)
        assert proc.returncode == 0, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1
