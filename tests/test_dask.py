"""``wireparse.dask`` on a ``distributed.LocalCluster`` of 2 worker processes: the same records as
``wireparse -f jsonl`` for the shared corpus (the samples when ``../shared`` is absent), for streams
of many stories and compressed files read in pieces; the data frame of the CSV's columns with its
types; a Parquet dataset that reads back to the records; and faults: a file that fails to decode or
vanishes after listing gives no record and the command's line, logged here; a worker killed mid-task
costs a retry, not a duplicate row. Skipped when the ``dask`` extra is not installed.

One cluster serves the module; inputs are small, every wait is bounded.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLES, SHARED

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import wireparse.dask as wd  # noqa: E402  (needs dask, skipped above when absent)
from wireparse.formats.columns import column_kinds  # noqa: E402
from wireparse.formats.csv_rows import COLUMNS, row  # noqa: E402

TIMEOUT = 120
EXE = Path(sys.executable).parent / "wireparse"
UNDECODABLE = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x1B, 0x7F] * 8) + b"\n"


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    with cluster, distributed.Client(cluster, timeout=TIMEOUT) as client:
        yield client


def cli(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(EXE), "-f", "jsonl", *args], capture_output=True, timeout=TIMEOUT)


def cli_records(args: list[str]) -> list[dict]:
    return [json.loads(line) for line in cli(args).stdout.decode().splitlines()]


def compute(collection, client):
    return client.compute(collection).result(timeout=TIMEOUT)


def assert_same(got: list[dict], expected: list[dict]) -> None:
    assert len(got) == len(expected)
    for mine, theirs in zip(got, expected):
        assert mine == theirs, f"{theirs['source']}#{theirs['index']}"


def story(tag: str, n: int) -> str:
    return f"\x02Headline {tag} {n}\n\nOSLO, May 2 (Reuters) - Story {n} of {tag} says item {n} rose.\nReuter\n\x03\n"


def stories(tag: str, count: int) -> bytes:
    return "".join(story(tag, n) for n in range(count)).encode()


@pytest.fixture(scope="module")
def corpus() -> tuple[list[str], list[dict]]:
    """The paths and the command's arguments for the shared corpus, or the samples."""
    if (SHARED / "corpus").is_dir():
        args = ["-r", "--glob", "*.txt", str(SHARED / "corpus")]
    else:
        args = [str(SAMPLES)]
    return args, cli_records(args)


def test_the_corpus_gives_the_records_of_the_command(client, corpus) -> None:
    args, expected = corpus
    if args[0] == "-r":
        bag = wd.read_stories(args[-1], recursive=True, glob="*.txt", files_per_partition=64)
    else:
        bag = wd.read_stories(args[0], files_per_partition=8)
    assert bag.npartitions > 1
    assert_same(compute(bag, client), expected)


@pytest.fixture
def streams(tmp_path: Path) -> Path:
    """Streams of many stories, plain and compressed, between small files."""
    folder = tmp_path / "streams"
    folder.mkdir()
    (folder / "a-feed.txt").write_bytes(stories("a", 3000))
    (folder / "b-feed.txt.gz").write_bytes(gzip.compress(stories("b", 2000), mtime=0))
    (folder / "c-failing.txt").write_bytes(stories("c", 1200) + UNDECODABLE * 20)
    for n in range(5):
        (folder / f"s{n}.txt").write_bytes(stories(f"s{n}", 1))
    return folder


def test_streams_and_compressed_files_read_in_pieces_give_the_records_of_the_command(
    client, streams: Path, monkeypatch
) -> None:
    monkeypatch.setattr(wd, "PIECE_BYTES", 1 << 16)  # a piece: a chunk read, some 700 stories
    bag = wd.read_stories(str(streams), reference_date="2024-06-01", files_per_partition=2)
    sizes = compute(bag.map_partitions(lambda records: [len(records)]), client)
    assert len(sizes) == bag.npartitions >= 10 and sum(1 for n in sizes if n > 100) >= 8, sizes
    expected = cli_records(["--reference-date", "2024-06-01", str(streams)])
    assert sum(r["source"].endswith("c-failing.txt") for r in expected) == 1200
    assert_same(compute(bag, client), expected)


def wait_for_lines(caplog, count: int) -> list[str]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        lines = [r.getMessage() for r in caplog.records if r.name == "wireparse"]
        if len(lines) >= count:
            return lines
        time.sleep(0.05)
    pytest.fail(f"waited for {count} lines, got {lines}")


def test_failing_and_vanishing_files_give_no_record_and_the_commands_line(
    client, streams: Path, caplog, monkeypatch
) -> None:
    monkeypatch.setattr(wd, "PIECE_BYTES", 1 << 16)
    caplog.set_level(logging.WARNING, logger="wireparse")
    undecodable = streams / "d-undecodable.txt"
    undecodable.write_bytes(UNDECODABLE * 50)
    vanishing = streams / "e-vanishing.txt"
    vanishing.write_bytes(stories("e", 1))
    bag = wd.read_stories(str(streams), files_per_partition=2)
    expected = cli(["--", str(streams)])
    vanishing.unlink()  # listed, and gone before it is read
    got = compute(bag, client)
    assert not any(r["source"].endswith(("d-undecodable.txt", "e-vanishing.txt")) for r in got)
    records = [json.loads(line) for line in expected.stdout.decode().splitlines()]
    assert_same(got, [r for r in records if r["source"] != str(vanishing)])
    lines = wait_for_lines(caplog, 3)
    told = expected.stderr.decode().splitlines()
    assert sorted(lines) == sorted([*told[:2], f"wireparse: {vanishing}: No such file or directory"])


def test_a_worker_killed_mid_task_is_replaced_and_no_row_doubles(client, tmp_path: Path) -> None:
    marker = tmp_path / "killed-once"

    def die_once(records: list[dict]) -> list[dict]:
        # the first task to get here ends its worker process, as a crash or the OOM killer would
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return records
        os._exit(1)

    bag = wd.read_stories(str(SAMPLES), files_per_partition=4).map_partitions(die_once)
    got = compute(bag, client)
    assert marker.exists()
    assert_same(got, cli_records([str(SAMPLES)]))


def test_json_lines_written_in_order_are_the_commands_bytes(
    client, streams: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(wd, "PIECE_BYTES", 1 << 16)
    expected = cli([str(SAMPLES), str(streams)]).stdout
    bag = wd.read_stories([str(SAMPLES), str(streams)], files_per_partition=3)
    assert bag.npartitions > 10
    assert wd.to_jsonl(bag, str(tmp_path / "out.jsonl")) == expected.count(b"\n")
    assert (tmp_path / "out.jsonl").read_bytes() == expected
    with open(tmp_path / "text.jsonl", "w", encoding="utf-8") as text:
        wd.to_jsonl(bag.filter(lambda record: record["index"] == 0), text)
    firsts = [line for line in expected.splitlines(keepends=True) if json.loads(line)["index"] == 0]
    assert (tmp_path / "text.jsonl").read_bytes() == b"".join(firsts)


def test_the_data_frame_has_the_csv_columns_typed(client) -> None:
    bag = wd.read_stories(str(SAMPLES), files_per_partition=8)
    frame = compute(wd.to_dataframe(bag), client)
    assert list(frame.columns) == list(COLUMNS)
    assert {c: str(t) for c, t in frame.dtypes.items()} == {
        column: wd.DTYPES[kind] for column, kind in column_kinds().items()
    }
    records = cli_records([str(SAMPLES)])
    cells = frame.astype(object).where(frame.notna(), None).to_dict("records")
    assert cells == [row(record) for record in records]


def test_a_parquet_dataset_reads_back_to_the_records(client, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    bag = wd.read_stories(str(SAMPLES), files_per_partition=8)
    written = compute_parquet(bag, tmp_path / "dataset", client)
    records = cli_records([str(SAMPLES)])
    assert written == len(records)
    files = sorted((tmp_path / "dataset").iterdir())
    assert [f.name for f in files] == [f"part.{i:05d}.parquet" for i in range(bag.npartitions)]
    table = pq.read_table([str(f) for f in files])
    assert table.column("record").to_pylist() == records
    assert table.select(list(COLUMNS)).to_pylist() == [row(record) for record in records]
    assert b"wireparse.schema" in pq.read_schema(files[0]).metadata


def test_parquet_of_streams_read_in_pieces_and_of_any_bag_reads_back_to_the_records(
    client, streams: Path, tmp_path: Path, monkeypatch
) -> None:
    # a bag straight from read_stories is read and written in one task a partition; another is not
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(wd, "PIECE_BYTES", 1 << 16)
    bag = wd.read_stories(str(streams), files_per_partition=2)
    records = cli_records([str(streams)])
    assert compute_parquet(bag, tmp_path / "read", client) == len(records)
    assert pq.read_table(str(tmp_path / "read")).column("record").to_pylist() == records
    some = [r for r in records if r["index"] % 3 == 0]
    assert compute_parquet(bag.filter(lambda r: r["index"] % 3 == 0), tmp_path / "some", client) == len(some)
    assert pq.read_table(str(tmp_path / "some")).column("record").to_pylist() == some


def compute_parquet(bag, path: Path, client) -> int:
    # to_parquet computes on the default scheduler: the module's client
    assert distributed.default_client() is client
    return wd.to_parquet(bag, str(path))


def test_paths_through_fsspec_are_read_as_local_ones(client, streams: Path) -> None:
    local = compute(wd.read_stories(str(streams / "s*.txt")), client)
    assert [r["source"] for r in local] == [str(streams / f"s{n}.txt") for n in range(5)]
    through = compute(wd.read_stories(f"file://{streams}", glob="s*.txt"), client)
    assert [r["source"] for r in through] == [f"file://{streams}/s{n}.txt" for n in range(5)]
    assert [r["headline"] for r in through] == [r["headline"] for r in local]


def test_an_encoding_that_is_not_a_text_encoding_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="not a text encoding"):
        wd.read_stories(str(SAMPLES), encoding="base64")
