"""The output formats behind ``wireparse.formats``: the registry, JSON Lines (one compact
object per line, written story by story), JSON (one array, ``[]`` when empty), CSV (documented
columns; every row reads back with ``csv.reader`` to the record flattened by ``csv_rows.row``;
``--excel-safe``) and terminal (labels and values; story text always printed literally).

The stories here are built by hand from the model, so these tests do not depend on the parser;
the samples are added for realistic round-trips."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from collections.abc import Iterator

import pytest
from conftest import SAMPLES, read_text

from wireparse import parse
from wireparse.formats import (
    BINARY,
    EXTENSIONS,
    FORMATS,
    REQUIRES,
    Options,
    Rendered,
    csv_rows,
    get_format,
    story_renderer,
)
from wireparse.model import Boilerplate, Byline, Caption, Dateline, Story

PLAIN = Story(
    source="plain.txt",
    index=0,
    headline="Shares rise in London",
    summary="A short standfirst",
    byline=Byline("By JANE ROE and John Doe", ("Jane Roe", "John Doe")),
    dateline=Dateline("LONDON, March 7 (Reuters) -", "London", None, "--03-07", "Reuters"),
    captions=(Caption("Traders at work", "REUTERS/Ann Lee"), Caption(None, "Photo credit only")),
    paragraphs=("Shares rose on Thursday.", "Analysts said more gains were likely."),
    boilerplate=(Boilerplate("signoff", "(Reporting by Jane Roe)"),),
    warnings=(),
    language="en",
    encoding="utf-8",
)

EMPTY = Story(source="-", index=1, warnings=("empty input",))

#: Text a CSV writer, a JSON writer or a terminal could get wrong.
AWKWARD = Story(
    source='dir with, comma/"quoted".txt',
    index=2,
    headline='=HYPERLINK("http://x") "quoted", comma',
    summary="line one\nline two\r\nline three",
    dateline=Dateline("ROMA, 7 MAR -", "Roma", "Lazio", "--03-07", None),
    paragraphs=(
        "-1 is negative",
        '+ plus, "quotes" and ; semicolons',
        "[bold]x[/] :warning:",
        "\x1b[31mred\x1b[0m bell\x07 C1\x9b bidi\u202eevil\u202c sep\u2028end",
    ),
    warnings=("no headline found", "no body found"),
    language=None,
    encoding="cp1251",
)

STORIES = [PLAIN, EMPTY, AWKWARD]
SAMPLE_STORIES = [parse(read_text(p), source=f"samples/{p.name}") for p in sorted(SAMPLES.glob("*.txt"))]


def render(name: str, stories, options: Options | None = None) -> str:
    stream = io.StringIO(newline="")
    get_format(name).write(iter(stories), stream, options or Options())
    return stream.getvalue()


# --- the registry ---------------------------------------------------------------------------------


def _installed(name: str) -> bool:
    """Whether the package format ``name`` needs (if any) is installed."""
    needed = REQUIRES.get(name)
    return needed is None or importlib.util.find_spec(needed[0]) is not None


def test_registry_has_the_seven_formats() -> None:
    assert set(FORMATS) == {"jsonl", "json", "csv", "terminal", "ninjs", "nitf", "parquet"}
    assert set(REQUIRES) <= set(FORMATS) and BINARY <= set(FORMATS)
    for name in filter(_installed, FORMATS):
        module = get_format(name)
        assert callable(module.write) and module.EXTENSION.startswith(".")


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_stories_rendered_apart_are_written_as_together(name: str) -> None:
    """A format's story renderer (what worker processes format with) gives the text ``write``
    prints for the story; the formats that lay stories out together have none."""
    if not _installed(name):
        pytest.skip(f"{REQUIRES[name][0]} is not installed")
    renderer = story_renderer(name)
    if name in ("json", "terminal", "parquet"):
        assert renderer is None
        return
    assert renderer is not None
    rendered = [Rendered(renderer(story, Options(excel_safe=True)), story.warnings) for story in STORIES]
    assert render(name, rendered) == render(name, STORIES, Options(excel_safe=True))


@pytest.mark.parametrize(
    "extension, name",
    [
        (".csv", "csv"),
        (".json", "json"),
        (".jsonl", "jsonl"),
        (".ndjson", "jsonl"),
        (".xml", "nitf"),
        (".parquet", "parquet"),
    ],
)
def test_extensions_name_registered_formats(extension: str, name: str) -> None:
    assert EXTENSIONS[extension] == name


# --- JSON Lines -----------------------------------------------------------------------------------


def test_jsonl_one_compact_object_per_line() -> None:
    out = render("jsonl", STORIES)
    lines = out.split("\n")
    assert lines.pop() == "", "output ends with a newline"
    assert [json.loads(line) for line in lines] == [s.as_dict() for s in STORIES]
    plain = json.dumps(PLAIN.as_dict(), ensure_ascii=False, separators=(",", ":"))
    assert lines[0] == plain, "compact separators, UTF-8 rather than \\u escapes"


def test_jsonl_escapes_line_breaks_and_controls() -> None:
    """A story's newlines, U+2028 and C1/bidi controls cannot break a line or reach a terminal."""
    out = render("jsonl", [AWKWARD])
    assert out.count("\n") == 1
    for char in ("\r", "\u2028", "\x9b", "\u202e", "\x1b", "\x07"):
        assert char not in out, f"{char!r} printed raw"
    assert json.loads(out) == AWKWARD.as_dict()


def test_jsonl_writes_each_story_before_the_next_is_parsed() -> None:
    stream = io.StringIO()

    def stories() -> Iterator[Story]:
        yield PLAIN
        assert stream.getvalue().count("\n") == 1, "first story not written before the second"
        yield EMPTY

    assert get_format("jsonl").write(stories(), stream, Options()) == 2


def test_jsonl_no_stories_no_output() -> None:
    assert render("jsonl", []) == ""


# --- JSON array -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stories", [[], [PLAIN], STORIES, SAMPLE_STORIES], ids=["none", "one", "several", "samples"]
)
def test_json_is_one_array(stories) -> None:
    out = render("json", stories)
    assert json.loads(out) == [s.as_dict() for s in stories]
    assert out.endswith("\n")


def test_json_empty_is_empty_array() -> None:
    assert render("json", []).strip() == "[]"


def test_json_is_indented() -> None:
    out = render("json", [PLAIN])
    assert out.startswith("[\n  {\n")
    assert '\n    "headline": "Shares rise in London",\n' in out


# --- CSV ------------------------------------------------------------------------------------------

#: The columns as ``wireparse/formats/csv_rows.py`` documents them (and the README repeats).
DOCUMENTED_COLUMNS = [
    "source",
    "index",
    "headline",
    "summary",
    "byline",
    "authors",
    "dateline",
    "place",
    "region",
    "date",
    "agency",
    "country",
    "lat",
    "lon",
    "region_code",
    "captions",
    "paragraphs",
    "body",
    "boilerplate",
    "warnings",
    "language",
    "encoding",
]


def _read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _cells(story: Story) -> list[str]:
    """What csv.reader gives back for a row: strings, with None as the empty string."""
    return ["" if v is None else str(v) for v in csv_rows.row(story.as_dict()).values()]


def test_csv_header_is_the_documented_columns() -> None:
    assert list(csv_rows.COLUMNS) == DOCUMENTED_COLUMNS
    assert _read_csv(render("csv", []))[0] == DOCUMENTED_COLUMNS
    assert list(csv_rows.row(PLAIN.as_dict())) == DOCUMENTED_COLUMNS


@pytest.mark.parametrize("stories", [STORIES, SAMPLE_STORIES], ids=["built", "samples"])
def test_csv_rows_read_back(stories) -> None:
    rows = _read_csv(render("csv", stories))
    assert rows[1:] == [_cells(s) for s in stories]


def test_csv_is_one_row_per_story_with_crlf() -> None:
    out = render("csv", [PLAIN, EMPTY])
    assert out.count("\r\n") == 3
    assert len(_read_csv(out)) == 3


#: (column, expected cell for PLAIN, why)
FLATTENED = [
    ("byline", "By JANE ROE and John Doe", "the byline as printed"),
    ("authors", "Jane Roe; John Doe", "authors joined by '; '"),
    ("dateline", "LONDON, March 7 (Reuters) -", "the dateline as printed"),
    ("region", "", "null is an empty cell"),
    ("paragraphs", "2", "the paragraph count"),
    (
        "body",
        "Shares rose on Thursday.\n\nAnalysts said more gains were likely.",
        "paragraphs joined by a blank line",
    ),
    ("warnings", "", "no warnings, empty cell"),
]


@pytest.mark.parametrize("column, expected, why", FLATTENED, ids=[c for c, _, _ in FLATTENED])
def test_csv_flattening(column: str, expected: str, why: str) -> None:
    header, row = _read_csv(render("csv", [PLAIN]))
    assert row[header.index(column)] == expected, why


@pytest.mark.parametrize("column", ["captions", "boilerplate"])
def test_csv_lists_of_objects_are_json(column: str) -> None:
    header, row = _read_csv(render("csv", [PLAIN]))
    assert json.loads(row[header.index(column)]) == PLAIN.as_dict()[column]
    header, row = _read_csv(render("csv", [EMPTY]))
    assert row[header.index(column)] == "", "an empty list is an empty cell"


#: (headline, cell with --excel-safe, why)
EXCEL_SAFE = [
    ("=SUM(A1:A2)", "'=SUM(A1:A2)", "a formula"),
    ("+44 20 7946", "'+44 20 7946", "a leading plus is a formula too"),
    ("-1 percent", "'-1 percent", "a leading minus"),
    ("@user said", "'@user said", "a leading at sign"),
    ("\tTabbed", "'\tTabbed", "a leading tab"),
    ("Profit = sales - cost", "Profit = sales - cost", "only the first character matters"),
    ("Plain headline", "Plain headline", "ordinary text is untouched"),
]


@pytest.mark.parametrize("headline, safe, why", EXCEL_SAFE, ids=[w for _, _, w in EXCEL_SAFE])
def test_csv_excel_safe(headline: str, safe: str, why: str) -> None:
    story = Story(headline=headline)
    header, row = _read_csv(render("csv", [story], Options(excel_safe=True)))
    assert row[header.index("headline")] == safe, why
    header, row = _read_csv(render("csv", [story]))
    assert row[header.index("headline")] == headline, "off by default: the data is not altered"


# --- terminal -------------------------------------------------------------------------------------


def _terminal(story: Story, color: bool = False) -> str:
    return render("terminal", [story], Options(color=color, width=100))


def test_terminal_shows_labels_and_values() -> None:
    out = _terminal(PLAIN)
    for text in (
        "plain.txt",
        "headline",
        "Shares rise in London",
        "summary",
        "A short standfirst",
        "byline",
        "By JANE ROE and John Doe",
        "dateline",
        "LONDON, March 7 (Reuters) -",
        "place=London",
        "date=--03-07",
        "agency=Reuters",
        "caption",
        "Traders at work",
        "REUTERS/Ann Lee",
        "Shares rose on Thursday.",
        "signoff",
        "(Reporting by Jane Roe)",
    ):
        assert text in out, f"{text!r} missing"


def test_terminal_shows_warnings() -> None:
    out = _terminal(EMPTY)
    assert "warning" in out and "empty input" in out


def test_terminal_without_color_has_no_escapes() -> None:
    assert "\x1b" not in _terminal(PLAIN)
    assert "\x1b" not in _terminal(AWKWARD)


def test_terminal_with_color_styles_fields() -> None:
    out = _terminal(PLAIN, color=True)
    assert "\x1b[" in out
    assert "Shares rise in London" in out


#: (text in a story, what the terminal must show, why)
LITERAL = [
    ("[bold]x[/]", "[bold]x[/]", "rich markup is not interpreted"),
    ("[red]alert[/red]", "[red]alert[/red]", "closing tags too"),
    (":warning: :smile:", ":warning: :smile:", "emoji codes are not replaced"),
    ("\x1b[31mred", "\\x1b[31mred", "ESC is shown as a visible escape"),
    ("C1\x9b2J", "C1\\x9b2J", "C1 CSI is shown as a visible escape"),
    ("bell\x07", "bell\\x07", "other C0 controls too"),
    ("bidi\u202eevil", "bidi\\u202eevil", "bidi overrides cannot reorder the line"),
]


@pytest.mark.parametrize("color", [False, True], ids=["no-color", "color"])
@pytest.mark.parametrize("text, shown, why", LITERAL, ids=[w for _, _, w in LITERAL])
def test_terminal_prints_story_text_literally(text: str, shown: str, why: str, color: bool) -> None:
    story = Story(
        source="x.txt",
        headline=f"H {text}",
        paragraphs=(f"P {text}",),
        captions=(Caption(f"C {text}", None),),
    )
    out = _terminal(story, color=color)
    for where in ("H", "P", "C"):
        assert f"{where} {shown}" in out, f"{where}: {why}"
    assert "⚠" not in out and "😄" not in out
    if not color:
        assert "\x1b" not in out
    for char in ("\x9b", "\x07", "\u202e"):
        assert char not in out


def test_terminal_wraps_to_width() -> None:
    story = Story(paragraphs=("word " * 100,))
    out = _terminal(story)
    assert max(len(line) for line in out.splitlines()) <= 100
