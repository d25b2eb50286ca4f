"""Streams of many stories (issue 4): where one story ends and the next begins, line endings, and
stories handed out as soon as they end. The stories here are made up for these tests."""

from __future__ import annotations

import io
import random

import pytest

import wireparse
from wireparse.stream import iter_lines, parse_stream, split_stories

STX, ETX, SOH, EOT, FF = "\x02", "\x03", "\x01", "\x04", "\x0c"

ONE = "Harbour cranes idle\n\nROTTERDAM, March 3 (Reuters) - Crane drivers stopped work on Monday.\n"
TWO = "Tea prices climb\n\nCOLOMBO, March 4 (Reuters) - Auction prices rose for a third week.\n"
THREE = "Ferry resumes\n\nSPLIT, March 5 (Reuters) - The island ferry sailed again on Wednesday.\n"


def split(text: str) -> list[str]:
    return list(split_stories(iter_lines([text])))


def headlines(text: str) -> list[str | None]:
    return [story.headline for story in parse_stream(text)]


# (input, expected headlines in order, why)
CASES = [
    (ONE, ["Harbour cranes idle"], "one story without framing stays one story"),
    (ONE + "Reuter\n", ["Harbour cranes idle"], "a sign-off at the end splits nothing"),
    (
        f"{STX}{ONE}{ETX}\n{STX}{TWO}{ETX}\n{STX}{THREE}{ETX}\n",
        ["Harbour cranes idle", "Tea prices climb", "Ferry resumes"],
        "STX ... ETX frames each story",
    ),
    (
        f"{STX}{ONE}Reuter{ETX}{STX}{TWO}Reuter{ETX}",
        ["Harbour cranes idle", "Tea prices climb"],
        "framing characters in the middle of a line",
    ),
    (
        f"{SOH}a0041 r f BC-Cranes\n{STX}{ONE}{ETX}\nAP-NY-03-03-87 1201EST\n{EOT}"
        f"{SOH}a0042 r f BC-Tea\n{STX}{TWO}{ETX}\n{EOT}",
        ["Harbour cranes idle", "Tea prices climb"],
        "SOH ... EOT is one message: its STX does not split it, and what follows ETX stays in it",
    ),
    (
        f"ZCZC AB12 3\n{ONE}NNNN\nZCZC AB13 3\n{TWO}NNNN\n",
        ["Harbour cranes idle", "Tea prices climb"],
        "telex ZCZC ... NNNN framing",
    ),
    (
        f"{ONE}{FF}\n{TWO}\n{FF}{THREE}",
        ["Harbour cranes idle", "Tea prices climb", "Ferry resumes"],
        "a form feed at either edge of a line is a page break between stories",
    ),
    (f"{FF}{ONE}{FF}", ["Harbour cranes idle"], "form feeds around one story make no empty stories"),
    (
        f"{ONE}The drivers want more pay and{FF}\nPORT NEWS DIGEST -- Page 2\n\nshorter shifts, a union said.\n",
        ["Harbour cranes idle"],
        "a page break the story goes on over (a running head, then the broken sentence) parts nothing",
    ),
    (
        f"{ONE}{FF}PORT NEWS DIGEST  |  Page 2\n\n{TWO}",
        ["Harbour cranes idle", "Tea prices climb"],
        "a page break then a new story's headline and dateline parts them",
    ),
    (
        f"{ONE}{FF}\n{TWO.split(chr(10), 2)[2]}",
        ["Harbour cranes idle", None],
        "a page break, then a dateline at once: a new story without a headline",
    ),
    (
        ONE.replace("on Monday", f"on{FF}Monday"),
        ["Harbour cranes idle"],
        "a form feed with text on both sides is no break",
    ),
    (
        f"{STX}{ONE}{FF}\nmore of the same story\n{ETX}",
        ["Harbour cranes idle"],
        "inside a frame a form feed splits nothing",
    ),
    (
        f"{ONE}Reuter\n{TWO}Reuter\n{THREE}Reuter\n",
        ["Harbour cranes idle", "Tea prices climb", "Ferry resumes"],
        "a sign-off followed by a headline and a dateline starts a new story",
    ),
    (
        f"{ONE}(Reporting by Ann Lee; Editing by Bo Chan)\n\n\n{TWO}",
        ["Harbour cranes idle", "Tea prices climb"],
        "a credit sign-off, blank lines, then a new story",
    ),
    (
        f"{ONE}Reuter\nPARIS, March 6 (Reuters) - A second dateline with no headline.\n",
        ["Harbour cranes idle"],
        "a dateline straight after a sign-off has no headline: no split",
    ),
    (
        f"{ONE}Reuter\nA closing note.\nAnother.\nAnd a third line.\nFourth.\nFifth.\nSixth.\nSeventh.\n"
        "Eighth.\nTOKYO, March 6 (Reuters) - too far from the sign-off.\n",
        ["Harbour cranes idle"],
        "a dateline too far after the sign-off splits nothing",
    ),
    (
        f"{ONE}Reuter\nThere is no dateline after this line.\n",
        ["Harbour cranes idle"],
        "lines after a sign-off without a dateline stay in the story",
    ),
    (
        f"{STX}{ONE}Reuter\n{TWO}{ETX}",
        ["Harbour cranes idle"],
        "inside a frame the frame decides, not a sign-off",
    ),
    (f"\n \n{STX}{ETX}\n{SOH}{STX}{ETX}{EOT}\n", [None], "no story in it: one empty record"),
    ("", [None], "empty input: one empty record, as parse('') gives"),
    (
        f"{STX}{ONE}{ETX}\n\n\n{STX}{TWO}{ETX}\n",
        ["Harbour cranes idle", "Tea prices climb"],
        "blank lines between frames are no story",
    ),
    (
        f"{STX}{ONE}{ETX}\nStray text\n\nBERN, March 6 (Reuters) - Unframed.\n{STX}{TWO}{ETX}",
        ["Harbour cranes idle", "Stray text", "Tea prices climb"],
        "text between frames is a story of its own",
    ),
]


@pytest.mark.parametrize("text, expected, why", CASES, ids=[c[2] for c in CASES])
def test_splitting(text: str, expected: list[str | None], why: str) -> None:
    assert headlines(text) == expected, why


@pytest.mark.parametrize("text, expected, why", CASES, ids=[c[2] for c in CASES])
def test_indexes_count_from_zero(text: str, expected: list, why: str) -> None:
    assert [story.index for story in parse_stream(text, source="feed")] == list(range(len(expected)))


@pytest.mark.parametrize("text", [CASES[2][0], CASES[4][0], CASES[5][0], CASES[10][0]])
def test_framing_never_leaks_into_the_record(text: str) -> None:
    for story in parse_stream(text):
        shown = [story.headline or "", *story.paragraphs]
        assert not any(c in s for s in shown for c in (STX, ETX, SOH, EOT, FF)), shown
        assert not any("ZCZC" in s or "NNNN" in s for s in shown), shown
        assert story.paragraphs, "the body is found"


def test_framed_story_gives_the_same_record_as_alone() -> None:
    framed = f"{STX}{ONE}Reuter\n{ETX}"
    alone = wireparse.parse(framed, source="x")
    stories = list(parse_stream(f"{STX}{TWO}{ETX}\n{framed}\n", source="x"))
    assert stories[1].as_dict() == {**alone.as_dict(), "index": 1}


def test_a_message_header_is_furniture() -> None:
    [story] = parse_stream(f"{SOH}a0041 r f BC-Cranes\n{STX}{ONE}{ETX}\n{EOT}")
    assert ("furniture", "a0041 r f BC-Cranes") in [(b.kind, b.text) for b in story.boilerplate]


# --- line endings -----------------------------------------------------------------------------------

STREAM = f"{STX}{ONE}Reuter\n{ETX}\n{STX}{TWO}\n\n{ETX}\n{ONE}Reuter\n{THREE}"


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_line_endings_give_the_same_records(ending: str) -> None:
    expected = [s.as_dict() for s in parse_stream(STREAM)]
    assert [s.as_dict() for s in parse_stream(STREAM.replace("\n", ending))] == expected


@pytest.mark.parametrize("seed", range(5))
def test_pieces_of_any_size_give_the_same_lines(seed: int) -> None:
    text = STREAM.replace("\n", "\r\n") + "\rlast\r"
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, len(text)), 40))
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
    assert list(iter_lines(pieces)) == list(iter_lines([text]))


@pytest.mark.parametrize(
    "char", ["\x0b", "\x85", "\u2028", "\u2029", "\x1c", "\x1e"], ids=["VT", "NEL", "LS", "PS", "FS", "RS"]
)
def test_only_lf_crlf_and_cr_end_a_line(char: str) -> None:
    assert list(iter_lines([f"one{char}two\nthree"])) == [f"one{char}two", "three"]
    [story] = parse_stream(ONE.replace("stopped work", f"stopped{char}work"))
    assert story.headline == "Harbour cranes idle"


# --- the library call -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        (f"{STX}{ONE}{ETX}\n{STX}{TWO}{ETX}\n").splitlines(keepends=True),
        (f"{STX}{ONE}{ETX}\n{STX}{TWO}{ETX}\n").splitlines(),
        io.StringIO(f"{STX}{ONE}{ETX}\r\n{STX}{TWO}{ETX}\r\n", newline=""),
    ],
    ids=["lines with endings", "lines without", "a text file"],
)
def test_parse_stream_takes_lines(lines) -> None:
    stories = list(wireparse.parse_stream(lines, source="feed.txt", reference_date="2024-05-01"))
    assert [(s.source, s.index, s.headline) for s in stories] == [
        ("feed.txt", 0, "Harbour cranes idle"),
        ("feed.txt", 1, "Tea prices climb"),
    ]
    assert stories[0].dateline.date == "2024-03-03"


def test_parse_stream_is_exported() -> None:
    assert "parse_stream" in wireparse.__all__


def test_each_story_comes_out_as_soon_as_it_ends() -> None:
    read: list[str] = []

    def feed():
        for line in (f"{STX}{ONE}{ETX}\n{STX}{TWO}{ETX}\n").splitlines():
            read.append(line)
            yield line
        raise AssertionError("read past the end")

    stories = parse_stream(feed())
    first = next(stories)
    assert first.headline == "Harbour cranes idle"
    assert not any("Tea prices" in line for line in read), "the second story was not read yet"


def test_memory_holds_one_story() -> None:
    def endless():
        n = 0
        while True:
            yield f"{STX}{ONE}{ETX}"
            n += 1

    texts = split_stories(endless())
    assert [len(next(texts)) for _ in range(3)] == [len(f"{STX}{ONE}{ETX}")] * 3


def test_layout_before_a_frame_mark_stays_with_its_line() -> None:
    # a list marker or blanks before SOH are layout of the line the mark opens, not a story
    text = "-- \x01header 1\nCranes idle\n\x02ROTTERDAM, March 7 (Reuters) - Dock workers walked out.\n\x03 0712 GMT\n\x04"
    stories = list(parse_stream(text))
    assert len(stories) == 1
    assert stories[0].dateline is not None and stories[0].dateline.place == "Rotterdam"


def test_a_time_stamp_after_etx_stays_on_its_line() -> None:
    lines = list(split_stories(["\x01head\n", "\x02Text.\n", "  \x03071341 GMT\n", "\x04\n"]))
    assert len(lines) == 1 and "  \x03071341 GMT" in lines[0]


def test_an_agency_under_a_headline_is_no_sign_off() -> None:
    # "dpa" under the headline reads as a sign-off, and the place line after it as a dateline;
    # a sign-off ends a story only after a headline and a line of body
    text = "Harbour cranes idle\ndpa\n\nHAMBURG - Dock workers walked out on Tuesday.\n\nThe union said so.\n"
    stories = list(parse_stream(text))
    assert len(stories) == 1
    assert stories[0].dateline is not None and stories[0].dateline.place == "Hamburg"


@pytest.mark.parametrize("blank", ["\n", "\n\n"], ids=["no-blank-line", "a-blank-line"])
def test_an_agency_between_a_pages_head_and_its_body_is_no_sign_off(blank: str) -> None:
    # a web page's masthead, cookie notice, headline and standfirst run past the lines that once
    # let a sign-off end a story: it ends one only after a body (a dateline, or prose)
    head = blank.join(
        [
            "Acme Daily",
            "We use cookies to improve your visit. Accept",
            "REGION",
            "Bridge works tendered for the river crossing",
            "The project is to cost 84 million euros over 42 months",
            "EFE",
            "Town | 03.03.25 | 12:41",
            "Share on X",
        ]
    )
    text = f"{head}\n\nTOWN, 3 Mar (EFE) - The region tendered the works on Monday.\n\nMore follows.\n"
    stories = list(parse_stream(text))
    assert len(stories) == 1
    assert stories[0].dateline is not None and stories[0].dateline.agency == "EFE"


def test_a_sign_off_after_a_dated_story_still_ends_it() -> None:
    text = (
        "Port closes\n\nOSLO, March 5 (NTB) - The port closed.\n\nNTB\n\n"
        "Port reopens\n\nOSLO, March 6 (NTB) - The port reopened.\n"
    )
    assert len(list(parse_stream(text))) == 2


def test_a_headlines_topic_before_a_colon_is_no_body_before_a_sign_off() -> None:
    # "Place: ..." over the byline reads as a weak dateline: the agency's name under the byline
    # is then no sign-off ending a story that has no body yet
    text = (
        "Acme News\nHome\nWorld\nWeather\n\nOslo: thousands evacuated as a forest fire spreads\n\n"
        "Jane Roe\nAFP\nTue 4 June 2024 at 23:10\n\n"
        "BERGEN (AFP) - Some 4,000 people were told to leave on Tuesday.\n\nMore follows.\n"
    )
    stories = list(parse_stream(text))
    assert len(stories) == 1
    assert stories[0].dateline is not None and stories[0].dateline.place == "Bergen"


@pytest.mark.parametrize("date_field", ["PD  9 January 2003", "PD\t9 Jan 2003", "PD 09.01.2003"])
def test_a_databases_date_field_is_no_dateline_that_parts_its_export(date_field: str) -> None:
    # the export's copyright field reads as a sign-off; its date field, read as a place and a date,
    # showed a body before it, and the story's own dateline then opened another
    text = (
        f"HD  Acme to build hydrogen stations\nWC  318 words\n{date_field}\nSN  Acme Newswire\n"
        "SC  ACME\nLA  English\nCY  (c) 2003 Kyodo News\n\nLP\n"
        "OSAKA, Jan. 9 Kyodo - Acme said Thursday it will build twelve stations.\n\n"
        "TD\nThe first will open in Kobe.\n\nAN  Document ACME000020030109\n"
    )
    stories = list(parse_stream(text))
    assert len(stories) == 1
    assert stories[0].dateline is not None and stories[0].dateline.place == "Osaka"
    assert stories[0].headline == "Acme to build hydrogen stations"
