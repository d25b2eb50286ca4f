"""Reading inputs without losing or corrupting data: compressed inputs read story by story, a
stream that changes encoding between stories, text followed by a run of zero bytes (a sparse
file), lines without end, UTF-16 without a byte-order mark that carries wire framing, an empty
input, and the terminal format's long fields. One path takes texts to stories for the library and
the command, so the two give the same records.

Each test runs the installed ``wireparse`` in a real process. Memory is compared between two runs
of the same test (a small input against a large one, or one format against another), never
against a fixed figure; timeouts only turn a hang into a failure. The stories are made up here.
"""

from __future__ import annotations

import gzip
import json
import lzma
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import wireparse
from wireparse.decode import LINE_MAX, BinaryTail

EXE = Path(sys.executable).parent / "wireparse"
TIMEOUT = 120  # only turns a hang into a failure
FORMATS = ["jsonl", "json", "csv", "terminal"]

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX processes and resource")

#: Runs ``wireparse`` and prints the peak resident memory (KiB) of it and its children.
PEAK = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
sys.stderr.buffer.write(done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""

EN = "HAMBURG, March 12 (Reuters) - Dock workers ended a strike on Tuesday after talks.\n"
RU_UTF8 = (
    "Правительство утвердило программу\n\n"
    "МОСКВА, 12 марта. /ТАСС/. Правительство России утвердило программу развития дорог на пять лет.\n"
)
RU_OTHER = (
    "Москва готовится к зиме\n\n"
    "МОСКВА, 13 марта. /ТАСС/. Коммунальные службы города начали подготовку к зимнему сезону.\n"
)


def run(args, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("timeout", TIMEOUT)
    return subprocess.run([str(EXE), *map(str, args)], **kwargs)


def records(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode().splitlines()]


def peak(args) -> tuple[int, int, str]:
    """Peak memory (KiB), exit status and standard error of ``wireparse ARGS``."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK, str(EXE), *map(str, args)], capture_output=True, timeout=TIMEOUT
    )
    kib, status = done.stdout.split()
    return int(kib), int(status), done.stderr.decode()


def framed(*stories: str) -> str:
    return "".join(f"\x02{story}\x03\n" for story in stories)


# --- compressed inputs ------------------------------------------------------------------------------


def _big_story(n: int) -> str:
    words = "Dock workers ended a strike on Tuesday after talks. " * 20000  # about 1 MB, one line
    return f"Dockers end strike {n}\n\nHAMBURG, March 12 (Reuters) - {words}\n"


def test_a_compressed_input_is_read_story_by_story_in_bounded_memory(tmp_path: Path) -> None:
    """A few kilobytes of xz that expand to 24 MB: memory holds a story, not every record of the
    file (as it did when small compressed files were read whole: 22 MB more for 16 stories)."""
    big, small = tmp_path / "big.txt.xz", tmp_path / "small.txt.xz"
    big.write_bytes(lzma.compress(framed(*(_big_story(n) for n in range(24))).encode()))
    small.write_bytes(lzma.compress(framed(_big_story(0)).encode()))
    assert big.stat().st_size < 1 << 20  # small enough to have been read whole
    one, status_one, _ = peak(["-f", "jsonl", "-j", "1", small])
    many, status_many, _ = peak(["-f", "jsonl", "-j", "1", big])
    assert status_one == status_many == 0
    assert many < one + 16 * 1024, f"24 stories of 1 MB peaked at {many} KiB, one at {one} KiB"


def test_a_compressed_input_gives_the_same_records_whatever_the_processes(tmp_path: Path) -> None:
    path = tmp_path / "four.txt.gz"
    with gzip.open(path, "wt") as stream:
        stream.write(framed(*(_big_story(n)[:5000] for n in range(200))))
    one, two = run(["-f", "jsonl", "-j", "1", path]), run(["-f", "jsonl", "-j", "2", path])
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and len(records(one.stdout)) == 200


# --- encodings --------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_a_stream_that_changes_encoding_between_stories_is_decoded_story_by_story(
    tmp_path: Path, codec: str
) -> None:
    """UTF-8, then a story in a single-byte Cyrillic encoding, then UTF-8 again: each story comes out
    right, with its own encoding recorded; no mojibake and no replaced bytes."""
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        f"\x02{RU_UTF8}\x03\n".encode()
        + f"\x02{RU_OTHER}\x03\n".encode(codec)
        + f"\x02{RU_UTF8}\x03\n".encode()
    )
    done = run(["-f", "jsonl", path])
    assert done.returncode == 0 and done.stderr == b""
    got = records(done.stdout)
    assert [(r["headline"], r["encoding"]) for r in got] == [
        ("Правительство утвердило программу", "utf-8"),
        ("Москва готовится к зиме", codec),
        ("Правительство утвердило программу", "utf-8"),
    ]
    assert all(not r["warnings"] and r["dateline"]["place"] == "Москва" for r in got)


def test_a_story_whose_lines_mix_encodings_says_so(tmp_path: Path) -> None:
    """Each line is read in its own encoding, and a story that mixes them is warned about."""
    path = tmp_path / "lines.txt"
    path.write_bytes(RU_OTHER.encode("cp1251") + "Правительство утвердило программу.\n".encode())
    [record] = records(run(["-f", "jsonl", path]).stdout)
    assert record["encoding"] == "cp1251" and "mixed encodings" in record["warnings"]
    assert "Правительство утвердило программу." in record["paragraphs"][-1]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_carrying_stx_and_etx_is_text(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "framed16.txt"
    path.write_bytes(framed(f"Dockers end strike\n\n{EN}", f"Second story\n\n{EN}").encode(codec))
    done = run(["-f", "jsonl", path])
    assert done.returncode == 0, done.stderr
    got = records(done.stdout)
    assert [(r["headline"], r["encoding"]) for r in got] == [
        ("Dockers end strike", codec),
        ("Second story", codec),
    ]


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03" * 64, b"\x01\x00A\x00" * 64])
def test_binary_data_that_reads_as_framing_codes_in_utf16_is_still_binary(
    tmp_path: Path, data: bytes
) -> None:
    # zeros on one side only, but every other character a control: no wire story is framed so
    path = tmp_path / "codes.bin"
    path.write_bytes(data)
    done = run(["-f", "jsonl", path])
    assert done.returncode == 1 and done.stdout == b""
    assert "binary data, not text" in done.stderr.decode()


def test_replaced_bytes_are_reported_alike_by_the_library_and_the_command(tmp_path: Path) -> None:
    data = framed(RU_UTF8 * 3, "Clean story\n\n" + EN).encode().replace("дорог".encode(), b"\xff", 1)
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    command = records(run(["-f", "jsonl", path]).stdout)
    library = [s.as_dict() for s in wireparse.parse_stream(data, source=str(path))]
    with open(path, "rb") as stream:
        from_file = [s.as_dict() for s in wireparse.parse_stream(stream, source=str(path))]
    assert command == library == from_file
    assert [r["warnings"].count("undecodable bytes replaced") for r in command] == [1, 0]


# --- zero bytes and long lines ----------------------------------------------------------------------


def test_text_then_a_run_of_zero_bytes_keeps_the_stories_and_notes_the_rest(tmp_path: Path) -> None:
    """A sparse file: 300 stories, then zeros to 1 GB. The stories come out, one line on standard
    error says where the binary data began, and the zeros are never read into memory."""
    text = framed(*(f"Story {n}\n\n{EN}" for n in range(300))).encode()
    sparse, plain = tmp_path / "sparse.txt", tmp_path / "plain.txt"
    plain.write_bytes(text)
    with open(sparse, "wb") as stream:
        stream.write(text)
        os.truncate(stream.fileno(), 1 << 30)
    done = run(["-f", "jsonl", "-j", "1", sparse])
    assert done.returncode == 0
    assert len(records(done.stdout)) == 300
    assert done.stdout == run(["-f", "jsonl", plain]).stdout.replace(b"plain.txt", b"sparse.txt")
    assert done.stderr.decode() == (
        f"wireparse: {sparse}: binary data from byte {len(text):,} on (a run of zero bytes): "
        "the text before it was read\n"
    )
    with_zeros, status, _ = peak(["-f", "jsonl", "-j", "1", sparse])
    without, _, _ = peak(["-f", "jsonl", "-j", "1", plain])
    assert status == 0 and with_zeros < without + 16 * 1024


def test_zero_bytes_after_text_in_a_small_file_keep_its_story(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes(f"Dockers end strike\n\n{EN}".encode() + bytes(4096) + b"trailing junk")
    out_dir = tmp_path / "out"
    for args in (["-f", "jsonl", path], ["--output-dir", out_dir, path]):
        done = run(args)
        assert done.returncode == 0 and b"binary data from byte 102 on" in done.stderr
    [record] = records(run(["-f", "jsonl", "-q", path]).stdout)
    assert record["headline"] == "Dockers end strike"
    assert records((out_dir / "short.jsonl").read_bytes()) == [record]


def test_zero_bytes_from_the_start_are_binary_data(tmp_path: Path) -> None:
    path = tmp_path / "zeros.txt"
    path.write_bytes(bytes(1 << 16))
    done = run(["-f", "jsonl", path])
    assert done.returncode == 1 and done.stdout == b""
    assert done.stderr.decode().startswith(f"wireparse: {path}: binary data, not text")


def test_a_line_longer_than_the_bound_is_cut_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    line = "word " * (LINE_MAX // 5 + 1000)
    path.write_text(f"Endless line\n\nHAMBURG, March 12 (Reuters) - {line}\n")
    done = run(["-f", "jsonl", path])
    assert done.returncode == 0
    [record] = records(done.stdout)
    assert "long line cut" in record["warnings"]
    assert sum(p.count("word") for p in record["paragraphs"]) >= LINE_MAX // 5  # nothing lost


# --- empty input ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("where", ["file", "stdin"])
def test_an_empty_input_gives_one_empty_record(tmp_path: Path, fmt: str, where: str) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    # (a name of its own, short: the terminal's header holds it whole however deep the temporary folder)
    if where == "file":
        done = run(["-f", fmt, "--no-color", "empty.txt"], cwd=tmp_path)
    else:
        done = run(["-f", fmt, "--no-color", "-"], input=b"")
    assert done.returncode == 0 and done.stderr == b""
    out = done.stdout.decode()
    if fmt == "jsonl":
        [record] = records(done.stdout)
        assert record["warnings"] == ["empty input"] and record["headline"] is None
    elif fmt == "json":
        [record] = json.loads(out)
        assert record["warnings"] == ["empty input"]
    elif fmt == "csv":
        header, row = out.splitlines()
        assert row.split(",")[header.split(",").index("warnings")] == "empty input"
    else:
        assert re.search(r"warning empty input\n", out) and out.count(" #0 ") == 1
    assert list(wireparse.parse_stream(b""))[0].warnings == ("empty input",)


# --- the terminal format ----------------------------------------------------------------------------


@pytest.mark.parametrize("width", [20, 40, 80])
def test_the_terminal_wraps_the_dateline_parts_rather_than_cutting_them(tmp_path: Path, width: int) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Dockers end strike\n\nRIO DE JANEIRO, Brazil, March 12 (Reuters) - Dock workers ended a strike.\n"
    )
    done = run(["-f", "terminal", "--no-color", path], env={**os.environ, "COLUMNS": str(width)})
    assert done.returncode == 0
    lines = done.stdout.decode().splitlines()
    assert all(len(line) <= width for line in lines)
    parts = " ".join(line.strip() for line in lines if "=" in line or line.startswith(" " * 11))
    for shown in ("Rio de Janeiro", "Brazil", "--03-12", "Reuters"):
        assert shown.replace(" ", "") in parts.replace(" ", ""), (shown, lines)


def test_the_terminal_prints_a_long_paragraph_piece_by_piece(tmp_path: Path) -> None:
    """A 5 MB paragraph: printing it takes about the memory JSON Lines takes, not rich objects for
    every line of it at once."""
    path = tmp_path / "long.txt"
    words = "Dock workers ended a strike on Tuesday after talks. " * 100000
    path.write_text(f"Dockers end strike\n\nHAMBURG, March 12 (Reuters) - {words}\n")
    terminal, status, _ = peak(["-f", "terminal", "--no-color", path])
    jsonl, _, _ = peak(["-f", "jsonl", path])
    assert status == 0 and terminal < 1.25 * jsonl, (terminal, jsonl)


# --- the same whatever the reads (library) ----------------------------------------------------------


def _pieces(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_a_mixed_stream_reads_the_same_whatever_the_reads(ending: str) -> None:
    data = (
        f"\x02{RU_UTF8}\x03\n".encode()
        + f"\x02{RU_OTHER}\x03\n".encode("koi8-r")
        + f"\x02{RU_UTF8}\x03\n".encode()
    ).replace(b"\n", ending.encode())
    whole = [s.as_dict() for s in wireparse.parse_stream(data)]
    assert [r["encoding"] for r in whole] == ["utf-8", "koi8-r", "utf-8"]
    for size in (1, 2, 3, 7, 64, 4096):
        assert [s.as_dict() for s in wireparse.parse_stream(_pieces(data, size))] == whole, size


@pytest.mark.parametrize("size", [1, 7, 1000, 1023, 1024, 4096, 1 << 16])
def test_a_run_of_zero_bytes_is_found_whatever_the_reads(size: int) -> None:
    text = framed(*(f"Story {n}\n\n{EN}" for n in range(120))).encode()  # past the 8 KiB opening
    data = text + b"\x00" * 100 + b"x" + bytes(5000) + b"more"  # a short run is text's, a long one not
    stories = wireparse.parse_stream(_pieces(data, size))
    headlines = []
    with pytest.raises(BinaryTail) as tail:
        headlines.extend(s.headline for s in stories)
    assert tail.value.offset == len(text) + 101 and headlines[-1] == "x" and len(headlines) == 121
