"""Properties that hold for any input: parse never raises, nothing is lost, every format reads
back, line endings do not matter (reliability.md A-H: no crash, C2, D1, D2, F1, F5, B1, B6)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest_robust import (
    HOSTILE_CHARS,
    LINE_BREAK,
    ROBUST,
    any_story,
    ending,
    lost_words,
    noise_text,
    story_text,
)
from hypothesis import example, given
from hypothesis import strategies as st

import wireparse
from wireparse.decode import DecodeError, decode
from wireparse.formats import Options, get_format
from wireparse.formats.csv_rows import COLUMNS, row
from wireparse.formats.terminal import visible
from wireparse.model import Story

BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
C1 = {chr(c) for c in range(0x7F, 0xA0)}  # DEL and C1
UNSAFE_TERMINAL = {chr(c) for c in range(0x20) if chr(c) not in "\t\n"} | C1 | BIDI
UNSAFE_JSON = C1 | BIDI | {"\u2028", "\u2029"}


def render(fmt: str, story: Story, **options) -> str:
    stream = io.StringIO(newline="")
    get_format(fmt).write([story], stream, Options(width=80, **options))
    return stream.getvalue()


def _assert_story(story: Story) -> None:
    assert isinstance(story, Story)
    for value in (story.headline, story.summary):
        assert value is None or isinstance(value, str)
    assert all(isinstance(p, str) and p for p in story.paragraphs)


@ROBUST
@given(any_story)
@example("")
@example("\ufeff")
@example(HOSTILE_CHARS)
@example("[TEXT] LONDON, March 7 (Reuters) - Shares rose.")
def test_parse_never_raises_on_text(text):
    _assert_story(wireparse.parse(text))


@ROBUST
@given(any_story, st.dates(), st.integers(0, 10**6))
def test_parse_never_raises_with_any_reference_date(text, reference, index):
    story = wireparse.parse(text, reference_date=reference, index=index, source="s.txt")
    _assert_story(story)
    assert story.index == index and story.source == "s.txt"


encoded_story = st.builds(
    lambda text, codec: text.encode(codec, errors="replace"),
    story_text,
    st.sampled_from(
        [
            "utf-8",
            "utf-8-sig",
            "utf-16",
            "utf-16-le",
            "utf-16-be",
            "utf-32",
            "cp1251",
            "koi8-r",
            "cp1252",
            "latin-1",
        ]
    ),
)


@ROBUST
@given(
    st.one_of(
        st.binary(max_size=600),
        encoded_story,
        st.builds(lambda a, b: a + b, encoded_story, st.binary(max_size=20)),
    )
)
@example(b"ok \xff bad")
@example(b"\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80")
@example(b"\xff\xfe\x00\x00")
@example(b"\x00\x00\x00")
def test_bytes_decode_or_fail_cleanly(data):
    """Any bytes either decode (and then parse) or raise DecodeError, nothing else."""
    try:
        decoded = decode(data)
    except DecodeError as error:
        assert str(error)
        return
    assert isinstance(decoded.text, str)
    story = wireparse.parse(decoded.text, encoding=decoded.encoding)
    _assert_story(story)
    render("jsonl", story).encode("utf-8")


@ROBUST
@given(any_story)
@example(
    "Headline\nCaption text  Maxim Korovin/TASS\nCaption text\n© Maxim Korovin/TASS\n\n"
    "MOSCOW, March 7. /TASS/. Body."
)
@example("Head\n\n[TEXT] LIMA, 26 SEP 88 (EFE) -- [ARTICLE] [PAUL IREDALE] [TEXT] BODY.")
@example("A,ABR 1(A)_0")  # found by hypothesis: a dateline ends on AP's "_" dash, inside "_0"
@example("(AP) 0:AP:0")  # found by hypothesis: the order rule needs a search, not greedy runs
@example("Denver opens t&QL;电er cold sets in\n\nBody.")  # found by atheris: inline code
@example("中新网杭州６月１９日电ﰈ正文")  # found by atheris: no spaces between dateline and body
@example("&quot;")  # found by hypothesis: a character reference is read as its character
def test_nothing_is_lost(text):
    """The words of every non-blank input line are in the record, in order (see lost_words)."""
    story = wireparse.parse(text)
    assert lost_words(text, story) == []


@ROBUST
@given(any_story)
def test_json_formats_round_trip(text):
    story = wireparse.parse(text)
    record = story.as_dict()
    jsonl = render("jsonl", story)
    assert jsonl.endswith("\n") and jsonl.count("\n") == 1
    assert json.loads(jsonl) == record
    array = render("json", story)
    assert json.loads(array) == [record]
    for out in (jsonl, array):
        out.encode("utf-8")  # strict: valid UTF-8 whatever the input held
        assert not UNSAFE_JSON & set(out)


def _cell(value) -> str:
    return "" if value is None else str(value)


@ROBUST
@given(any_story, st.booleans())
def test_csv_round_trips(text, excel_safe):
    story = wireparse.parse(text)
    out = render("csv", story, excel_safe=excel_safe)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == list(COLUMNS)
    want = [_cell(v) for v in row(story.as_dict()).values()]
    if excel_safe:
        want = ["'" + c if c.startswith(("=", "+", "-", "@", "\t", "\r")) else c for c in want]
    assert rows[1:] == [want]


@ROBUST
@given(any_story)
def test_terminal_output_carries_no_controls(text):
    story = wireparse.parse(text)
    plain = render("terminal", story, color=False)
    assert not UNSAFE_TERMINAL & set(plain)


@ROBUST
@given(noise_text)
def test_visible_is_idempotent_and_safe(text):
    once = visible(text)
    assert not UNSAFE_TERMINAL & set(once)
    assert visible(once) == once


def _with_ending(text: str, end: str) -> str:
    return end.join(LINE_BREAK.split(text))


@ROBUST
@given(any_story, ending)
@example("Head\r\n\r\nLONDON (AP) - a\rb\n", "\r")
# found by atheris: the language guess sampled the first 3,000 characters of the raw text
@example("Headline\n" + "\n" * 1490 + "LONDON (AP) - the cat said that the dog was in the house.\n", "\r\n")
def test_line_endings_do_not_matter(text, end):
    lf = wireparse.parse(_with_ending(text, "\n")).as_dict()
    assert wireparse.parse(_with_ending(text, end)).as_dict() == lf


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_line_endings_on_samples(end, samples):
    for path in samples:
        text = path.read_text(encoding="utf-8")
        lf = wireparse.parse(_with_ending(text, "\n")).as_dict()
        assert wireparse.parse(_with_ending(text, end)).as_dict() == lf, path.name


@pytest.fixture(scope="module")
def samples():
    from pathlib import Path

    return sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


def test_samples_lose_nothing(samples):
    for path in samples:
        text = path.read_text(encoding="utf-8")
        assert lost_words(text, wireparse.parse(text)) == [], path.name


def test_lost_words_notices_a_loss_a_reordering_and_a_shortfall():
    """The checker itself: it must fail a record that drops, reorders or under-counts words."""
    text = "Head line\n\nLONDON (AP) - one two three\nfour five"
    good = Story(
        headline="Head line",
        paragraphs=("one two three four five",),
        dateline=wireparse.Dateline("LONDON (AP) -"),
    )
    assert lost_words(text, good) == []
    dropped = Story(
        headline="Head line", paragraphs=("one two three",), dateline=wireparse.Dateline("LONDON (AP) -")
    )
    assert lost_words(text, dropped) == [("four five", ["four", "five"])]
    swapped = Story(
        headline="line Head",
        paragraphs=("one two three four five",),
        dateline=wireparse.Dateline("LONDON (AP) -"),
    )
    assert lost_words(text, swapped) == [("Head line", ["line"])]
    assert lost_words("a a b", Story(paragraphs=("a b",))) == [("a a b", ["a"])]
    assert lost_words("a\nb a", Story(paragraphs=("b a",))) == [("(whole input)", ["a"])]
    assert lost_words("ab\x00cd &QL;x", Story(paragraphs=("abcdx",))) == []
