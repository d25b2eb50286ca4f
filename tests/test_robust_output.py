"""What hostile story text can do to the outputs: nothing (reliability.md B1-B7, C1-C4, D1-D3, F9).

Terminal: C0 (tab and newline aside), DEL, C1 and bidi controls come out as visible escapes; NBSP,
thin space and soft hyphen pass unchanged; rich markup and emoji codes print literally; rich's
highlighter is off; a long line renders in linear time. JSON: valid UTF-8 whatever the input held,
C1 and bidi controls escaped as ``\\uXXXX`` and read back losslessly. CSV: ``--excel-safe``
neutralises formula cells (checked through the CLI), and large fields read back.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from click.testing import CliRunner
from conftest_robust import PAYLOADS, growth

import wireparse
from wireparse.cli import command
from wireparse.formats import Options, get_format
from wireparse.formats.csv_rows import COLUMNS
from wireparse.formats.terminal import visible
from wireparse.model import Boilerplate, Byline, Caption, Dateline, Story

EXE = Path(sys.executable).parent / ("wireparse.exe" if os.name == "nt" else "wireparse")
TIMEOUT = 120  # only turns a hang into a failure

C0 = [chr(c) for c in range(0x20) if chr(c) not in "\t\n"]
C1 = [chr(c) for c in range(0x80, 0xA0)]
BIDI = list("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
CONTROLS = C0 + ["\x7f"] + C1 + BIDI
LEGIT = "Москва\u00a07\u2009марта co\u00adoperate"  # NBSP, thin space, soft hyphen
SGR = regex.compile(r"\x1b\[[0-9;]*+m")
MARKUP = "[bold red]FAKE[/] [/bold] [/] [link=https://evil.example]click[/link] :warning: :smile: \\[x]"


def render(fmt: str, stories, **options) -> str:
    stream = io.StringIO(newline="")
    get_format(fmt).write(list(stories), stream, Options(**options))
    return stream.getvalue()


def hostile_story(payload: str) -> Story:
    """Every text field of a record holding ``payload``."""
    return Story(
        source=f"in{payload}.txt",
        headline=f"Head {payload} line",
        summary=f"Sum {payload}",
        byline=Byline(f"By {payload}", (f"A{payload}",)),
        dateline=Dateline(
            f"PLACE{payload} (AP) -", f"Place{payload}", f"Reg{payload}", "--03-07", f"AP{payload}"
        ),
        captions=(Caption(f"Cap {payload}", f"Cred{payload}/TASS"), Caption(None, f"C{payload}")),
        paragraphs=(f"Body {payload} text.",),
        boilerplate=(Boilerplate("other", f"BP {payload}"),),
        warnings=(f"warn {payload}",),
    )


def unsafe_in(text: str) -> list[str]:
    return sorted({c for c in text if c in CONTROLS})


# -- terminal ---------------------------------------------------------------------------------


@pytest.mark.parametrize("char", CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_visible_shows_each_control_as_an_escape(char):
    shown = visible(f"a{char}b")
    assert shown == (f"a\\x{ord(char):02x}b" if ord(char) < 0x100 else f"a\\u{ord(char):04x}b")


def test_visible_keeps_tab_newline_and_legitimate_spaces():
    text = f"a\tb\nc {LEGIT}"
    assert visible(text) == text


@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
def test_terminal_never_emits_a_control_from_story_text(color):
    stories = [hostile_story("".join(CONTROLS))] + [hostile_story(p) for p in PAYLOADS]
    out = render("terminal", stories, color=color, width=120)
    if color:
        assert "\x1b[" in out  # colour is on: rich's own SGR codes are the only escapes
        out = SGR.sub("", out)
    assert unsafe_in(out) == []
    assert "\\x1b[2J" in out and "\\x9b" in out and "\\u202e" in out


@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
def test_terminal_passes_nbsp_thin_space_and_soft_hyphen(color):
    story = Story(headline=LEGIT, paragraphs=(LEGIT,), byline=Byline(LEGIT))
    out = SGR.sub("", render("terminal", [story], color=color, width=200))
    assert out.count(LEGIT) == 3


@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
def test_markup_and_emoji_codes_print_literally(color):
    story = Story(headline=MARKUP, paragraphs=(MARKUP,), captions=(Caption(MARKUP, None),), source=MARKUP)
    raw = render("terminal", [story], color=color, width=300)
    assert "\x1b]8;" not in raw  # no OSC 8 hyperlink
    out = SGR.sub("", raw)
    assert out.count(MARKUP) >= 3
    assert "⚠" not in out and "😄" not in out


def test_markup_through_the_parser_and_cli():
    text = f"{MARKUP}\n\nLONDON, March 7 (Reuters) - {MARKUP} body.\n"
    result = CliRunner().invoke(
        command,
        ["-f", "terminal", "--color", "--no-progress"],
        input=text.encode(),
        prog_name="wireparse",
        env={"COLUMNS": "300"},
    )
    assert result.exit_code == 0, result.output
    assert "\x1b]8;" not in result.stdout
    assert SGR.sub("", result.stdout).count(MARKUP) == 2


def test_highlighter_is_off():
    text = "1.1.1.1 192.168.0.1 True None 'quoted' 42 http://example.com/x fe80::1 {'a': 1}"
    out = render("terminal", [Story(paragraphs=(text,))], color=True, width=200)
    assert text in out  # no SGR code between the characters: nothing was highlighted


@pytest.mark.parametrize("unit", ["1.", "[x", "a:", "word ", "\x1b["])
def test_a_long_line_renders_in_linear_time(unit):
    def run(text):
        render("terminal", [Story(paragraphs=(text,))], color=True, width=100)

    result = growth(run, unit, sizes=(2_000, 20_000, 200_000))
    assert result is None, f"terminal rendering of {unit!r}: {result}"


def test_a_megabyte_line_renders_in_linear_time():
    # a narrow terminal makes many lines of the paragraph, so the quadratic term shows at 1 MB
    def run(text):
        render("terminal", [Story(paragraphs=(text,))], color=True, width=10)

    result = growth(run, "1.", sizes=(100_000, 1_000_000))
    assert result is None, f"terminal rendering: {result}"


# -- JSON ---------------------------------------------------------------------------------------

UNSAFE_JSON_BYTES = regex.compile(
    rb"\x1b|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae\xa8\xa9\x8e\x8f]"
    rb"|\xe2\x81[\xa6-\xa9]|\xd8\x9c|\xed[\xa0-\xbf]"
)


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_escapes_c1_and_bidi_losslessly(fmt):
    story = hostile_story("".join(CONTROLS) + "\u2028\u2029")
    out = render(fmt, [story])
    data = out.encode("utf-8")
    assert not UNSAFE_JSON_BYTES.search(data)
    for char in C1 + BIDI + ["\u2028", "\u2029", "\x1b"]:
        assert f"\\u{ord(char):04x}" in out
    loaded = json.loads(data)
    assert (loaded if fmt == "jsonl" else loaded[0]) == story.as_dict()


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_is_valid_utf8_from_lone_surrogates(fmt):
    raw = b"Head\xff line\n\nLONDON (AP) - bad \xed\xa0\x80 bytes \xc0\xaf here.\n"
    text = raw.decode("utf-8", "surrogateescape")
    story = wireparse.parse(text, source="bad\udcff.txt")
    out = render(fmt, [story])
    data = out.encode("utf-8")  # strict: would raise on a lone surrogate
    assert not UNSAFE_JSON_BYTES.search(data)
    loaded = json.loads(data)
    assert (loaded if fmt == "jsonl" else loaded[0]) == story.as_dict()


def test_json_through_the_cli_from_hostile_bytes():
    raw = (
        "\x1b]0;pwned\x07Head \u202eevil\u202c\n\nLONDON, March 7 (Reuters) - \x9b31m \u2066x\u2069 body.\n"
    ).encode("utf-8") + b"bad byte \xff\n"
    proc = subprocess.run(
        [str(EXE), "-f", "jsonl", "--no-progress"], input=raw, capture_output=True, timeout=TIMEOUT
    )
    assert proc.returncode == 0, proc.stderr
    assert not UNSAFE_JSON_BYTES.search(proc.stdout)
    [record] = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert "\u202e" in record["headline"]


def test_huge_numbers_are_text():
    digits = "9" * 5000
    text = f"{digits}\n\nLONDON, March {digits} (Reuters) - {digits} 2024-{digits}.\n"
    story = wireparse.parse(text)
    json.loads(render("jsonl", [story]))
    assert digits in " ".join(story.paragraphs + (story.headline or "",))


# -- CSV ----------------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x","y")', "@SUM(1+1)", "+1", "-2+3", "=1+2"]


def _csv(stdout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(stdout, newline="")))


@pytest.fixture
def formula_files(tmp_path):
    paths = []
    for i, formula in enumerate(FORMULAS):
        path = tmp_path / f"story{i}.txt"
        path.write_text(f"{formula}\n\nLONDON, March 7 (Reuters) - {formula} rose.\n", encoding="utf-8")
        paths.append(str(path))
    # the source cell comes from the file name, which the input's author chooses too
    for name in ("=cmd.txt", "@a.txt", "+b.txt", "\t=1.txt", "\r=1.txt"):
        path = tmp_path / name
        path.write_text("Head\n\nBody.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _invoke(args):
    result = CliRunner().invoke(command, ["--no-progress", *args], prog_name="wireparse")
    assert result.exit_code == 0, result.output
    return result.stdout


def test_excel_safe_defuses_formula_cells(formula_files, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    names = [Path(p).name for p in formula_files]  # relative: the source cell starts with the name
    rows = _csv(_invoke(["-f", "csv", "--excel-safe", *names]))
    assert len(rows) == len(names)
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
    assert [r["headline"] for r in rows[: len(FORMULAS)]] == ["'" + f for f in FORMULAS]
    assert [r["source"] for r in rows[len(FORMULAS) :]] == ["'" + n for n in names[len(FORMULAS) :]]


def test_without_excel_safe_cells_are_unchanged(formula_files, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    names = [Path(p).name for p in formula_files]
    rows = _csv(_invoke(["-f", "csv", *names]))
    assert [r["headline"] for r in rows[: len(FORMULAS)]] == FORMULAS
    assert [r["source"] for r in rows] == names


def test_excel_safe_never_touches_json(formula_files):
    plain = _invoke(["-f", "jsonl", *formula_files])
    assert _invoke(["-f", "jsonl", "--excel-safe", *formula_files]) == plain


def test_csv_keeps_fields_with_delimiters_quotes_and_breaks():
    story = Story(headline='a,b "c"\r\nd', paragraphs=("x\ry", 'p,"q"'), captions=(Caption("c\n1", "cr,ed"),))
    rows = list(csv.reader(io.StringIO(render("csv", [story]), newline="")))
    assert rows[0] == list(COLUMNS)
    record = dict(zip(COLUMNS, rows[1]))
    assert record["headline"] == 'a,b "c"\r\nd'
    assert record["body"] == 'x\ry\n\np,"q"'


def test_csv_with_nul_and_escape_characters_reads_back():
    """The parser drops C0 controls, but a record built by a library user may hold them."""
    story = Story(headline="a\x00b\x1b[2Jc", paragraphs=("\x00",))
    rows = list(csv.reader(io.StringIO(render("csv", [story]), newline="")))
    record = dict(zip(COLUMNS, rows[1]))
    assert (record["headline"], record["body"]) == ("a\x00b\x1b[2Jc", "\x00")


def test_csv_large_field_reads_back_with_a_raised_field_limit():
    """Python's csv reader refuses fields over 128 KiB by default (docs/guarantees.md says so)."""
    body = "word " * 60_000  # 300,000 characters
    out = render("csv", [Story(paragraphs=(body.strip(),))])
    with pytest.raises(csv.Error):
        list(csv.reader(io.StringIO(out, newline="")))
    old = csv.field_size_limit(sys.maxsize)
    try:
        rows = list(csv.reader(io.StringIO(out, newline="")))
    finally:
        csv.field_size_limit(old)
    assert dict(zip(COLUMNS, rows[1]))["body"] == body.strip()


# -- file names that are not text (F9) ----------------------------------------------------------


@pytest.fixture
def undecodable_name(tmp_path):
    if sys.platform == "darwin":
        pytest.skip("macOS file systems refuse names that are not UTF-8")
    path = os.path.join(os.fsencode(tmp_path), b"foo\xffbar\x1b[2J.txt")
    with open(path, "wb") as handle:
        handle.write(b"Head\n\nLONDON (AP) - Body text.\n")
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "terminal"])
def test_file_name_that_is_not_utf8(fmt, undecodable_name):
    proc = subprocess.run(
        [os.fsencode(EXE), b"-f", fmt.encode(), b"--no-progress", undecodable_name],
        capture_output=True,
        timeout=TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    proc.stdout.decode("utf-8")  # valid UTF-8
    if fmt != "csv":  # CSV cells carry text verbatim (it is data for a reader, not a terminal)
        assert b"\x1b[2J" not in proc.stdout
