"""The body's rule tables (lines, then paragraphs), one row per rule: invented copy, the line the
rule must take, and what the draft record holds after it. Each row is also read with its rule
removed from its table, and must then come out differently."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest

from wireparse import body
from wireparse.lines import split_lines
from wireparse.model import Dateline, Story
from wireparse.rules import Draft

TEXT = "The storm reached the coast early on Monday."


class Row(NamedTuple):
    rule: str
    text: str
    line: int
    """The number of the line (or the paragraph's first line) the rule takes."""
    check: Callable[[Draft], bool]
    reason: str


def closed_by(closing: str, dateline: str = "OSLO, March 5 - ") -> Story:
    """The story of two paragraphs under a headline and ``dateline`` that ``closing`` closes."""
    from wireparse import parse

    return parse(f"Storm closes the port\n\n{dateline}{TEXT}\n\nMore rain is due.\n\n{closing}\n")


def kept(d: Draft) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in d.boilerplate]


WRAPPED = "The storm reached the coast early on Monday, a spokesman for"

FIELDS = "Subject: Storms; Ports\nPublisher: Coast News Inc.\nPublication year: 2024\nLanguage: English"

PAGE_FOOT = "Harbour Digest - for internal use"

ROWS = [
    Row(
        "page_furniture",
        f"{TEXT} The port\n\x0c\nHARBOUR DIGEST        Ministry of Ports\nTuesday, 5 March 2024        Page 2\n\n"
        "will stay shut.",
        2,
        lambda d: (
            d.paragraphs == [f"{TEXT} The port will stay shut."]
            and ("furniture", "Tuesday, 5 March 2024 Page 2") in kept(d)
        ),
        "a PDF page's running head where the story goes on over the page; the broken paragraph joined",
    ),
    Row(
        "page_furniture",
        f"{TEXT}\n\n{PAGE_FOOT}\n\x0c\n{PAGE_FOOT}\n\nMore rain is due.\n\n7",
        2,
        lambda d: d.paragraphs == [TEXT, "More rain is due."] and ("furniture", PAGE_FOOT) in kept(d),
        "a line printed at the edge of every page; a page's number alone",
    ),
    Row(
        "export_trailer",
        f"{TEXT}\n\n{FIELDS}",
        2,
        lambda d: d.paragraphs == [TEXT] and [text for _, text in kept(d)] == FIELDS.split("\n"),
        "after the story, a block of an export's fields, some labels in no table",
    ),
    Row(
        "credit_under_caption",
        f"{TEXT}\n\nA fishing boat in the harbour\nPhoto Acme\n\n{TEXT}",
        3,
        lambda d: (
            [(c.text, c.credit) for c in d.captions] == [("A fishing boat in the harbour", "Acme")]
            and d.paragraphs == [TEXT, TEXT]
        ),
        "a note on the picture with its source under a line alone in its block credits that caption",
    ),
    Row(
        "placeholder_caption",
        f"{TEXT}\n\n[Foto] A fishing boat in the harbour. Foto Acme",
        2,
        lambda d: (
            [(c.text, c.credit) for c in d.captions] == [("A fishing boat in the harbour.", "Acme")]
            and d.paragraphs == [TEXT]
        ),
        "between paragraphs, a picture's placeholder and the caption after it on its line",
    ),
    Row(
        "wrapped_line",
        f"{WRAPPED}\nReuters.",
        1,
        lambda d: d.paragraphs == [f"{WRAPPED} Reuters."] and kept(d) == [],
        "a line continuing a hard-wrapped sentence is text, though it reads as a sign-off",
    ),
    Row(
        "byline_after_dateline",
        f"By Jane Roe\n{TEXT}",
        0,
        lambda d: d.authors == ["Jane Roe"] and d.paragraphs == [TEXT],
        "a byline printed after the dateline, before any story text",
    ),
    Row(
        "entry_header",
        f"{TEXT}\n\n22h47\nMore rain is due on Tuesday.",
        2,
        lambda d: (
            d.paragraphs == [TEXT, "More rain is due on Tuesday."] and kept(d) == [("furniture", "22h47")]
        ),
        "a live report's time over its entry's text in one block is the entry's header",
    ),
    Row(
        "clock_time",
        f"{TEXT}\n\n10 p.m.\n\nMore rain is due on Tuesday.",
        2,
        lambda d: d.paragraphs == [TEXT, "10 p.m.", "More rain is due on Tuesday."] and kept(d) == [],
        "a time of day alone after story text heads a live report's next entry",
    ),
    Row(
        "body_label",
        f"Body:\n{TEXT}",
        0,
        lambda d: d.paragraphs == [TEXT] and kept(d) == [("furniture", "Body:")],
        "an export's label of the body alone on its line is layout",
    ),
    Row(
        "bracketed_byline",
        f"{TEXT}\n\n(By Jane Roe)",
        2,
        lambda d: (
            d.paragraphs == [TEXT] and d.authors == ["Jane Roe"] and kept(d) == [("signoff", "(By Jane Roe)")]
        ),
        "a byline in brackets on its own line signs a story with none above",
    ),
    Row(
        "bracketed_byline",
        f"{TEXT}\n\n(By Jane Roe  and Tom Lee-Hsu)",
        2,
        lambda d: d.paragraphs == [TEXT] and d.authors == ["Jane Roe", "Tom Lee-Hsu"],
        "the same, two writers joined by a word",
    ),
    Row(
        "share_button",
        f"{TEXT}\n\nShare\nFacebook\nX\nLinkedIn",
        4,
        lambda d: d.paragraphs == [TEXT] and ("navigation", "X") in kept(d),
        "a network's one-letter name in a column of share buttons",
    ),
    Row(
        "line_level",
        f"{TEXT}\nReuter",
        1,
        lambda d: d.paragraphs == [TEXT] and kept(d) == [("signoff", "Reuter")],
        "a sign-off is taken out of the paragraph it closes",
    ),
    Row(
        "credit_wrapped_on",
        f"{TEXT}\n\nReporting by Jane Roe; Editing by\nTom Lee",
        3,
        lambda d: d.paragraphs == [TEXT] and ("signoff", "Tom Lee") in kept(d),
        "a sign-off's credit left open after its last word goes on on the next line",
    ),
    Row(
        "notice_wrapped_on",
        f"{TEXT}\n\nCopyright 2024 Acme News. Any reuse requires the written consent of\nthe agency and its partners.",
        3,
        lambda d: d.paragraphs == [TEXT] and ("service", "the agency and its partners.") in kept(d),
        "a notice of rights opening with the copyright word and left open goes on on the next line",
    ),
    Row(
        "story_line",
        TEXT,
        0,
        lambda d: d.paragraphs == [TEXT],
        "story text is joined into paragraphs",
    ),
    Row(
        "set_aside",
        f"{TEXT}\n\n---\n\nAn end note for subscribers.",
        4,
        lambda d: d.paragraphs == [TEXT] and ("other", "An end note for subscribers.") in kept(d),
        "a short text after a closing rule is an end note",
    ),
    Row(
        "caption",
        f"{TEXT}\n\nPhoto: Jane Roe\n\nMore rain is due on Tuesday.",
        2,
        lambda d: [(c.text, c.credit) for c in d.captions] == [(None, "Jane Roe")],
        "a photo credit between paragraphs",
    ),
    Row(
        "note",
        f"{TEXT}\n\n(Adds detail on damage)",
        2,
        lambda d: d.paragraphs == [TEXT] and kept(d) == [("ednote", "(Adds detail on damage)")],
        "an editor's note paragraph is boilerplate",
    ),
    Row(
        "closing_codes",
        f"{TEXT}\n\nMore rain is due on Tuesday.\n\nnov ava",
        4,
        lambda d: (
            d.paragraphs == [TEXT, "More rain is due on Tuesday."] and kept(d) == [("signoff", "nov ava")]
        ),
        "the last paragraph of a desk's codes alone, though they could be words",
    ),
    Row(
        "rights_notice",
        f"{TEXT}\n\nMore rain is due on Tuesday.\n\n<Copyright (c) Coast News. Reproduction prohibited, all rights reserved>",
        4,
        lambda d: (
            d.paragraphs == [TEXT, "More rain is due on Tuesday."]
            and kept(d)
            == [("service", "<Copyright (c) Coast News. Reproduction prohibited, all rights reserved>")]
        ),
        "a short closing paragraph that reserves the story's rights is the agency's notice",
    ),
    Row(
        "tagline",
        f"{TEXT}\n\nMore rain is due on Tuesday.\n\nJane Roe writes for The Coast Herald.",
        4,
        lambda d: (
            d.paragraphs == [TEXT, "More rain is due on Tuesday."]
            and kept(d) == [("signoff", "Jane Roe writes for The Coast Herald.")]
        ),
        "a short closing paragraph about the writer is a tagline, not story text",
    ),
    Row(
        "writer_note",
        f"{TEXT}\n\nMore rain is due on Tuesday.\n\nJANE ROE Roe covers the coast for Acme.",
        4,
        lambda d: (
            d.paragraphs == [TEXT, "More rain is due on Tuesday."]
            and kept(d) == [("signoff", "JANE ROE Roe covers the coast for Acme.")]
        ),
        "a short closing paragraph opening with the byline's writer is a note on them, in any words",
    ),
    Row(
        "credit_again",
        "More rain is due on Tuesday.\n\n— Acme  Ziana",
        2,
        lambda d: (
            d.paragraphs == ["More rain is due on Tuesday."] and kept(d) == [("signoff", "— Acme Ziana")]
        ),
        "the dateline's credit alone again under the story is its sign-off",
    ),
    Row(
        "closing_byline",
        f"{TEXT}\n\nMore rain is due on Tuesday.\n\nJane Roe (Reuters)",
        4,
        lambda d: d.paragraphs == [TEXT, "More rain is due on Tuesday."] and d.authors == ["Jane Roe"],
        "a name and an agency's credit closing the story sign it",
    ),
    Row(
        "closing_marks",
        "सरकार ने रोक हटा दी।\n\nयह फैसला आज लिया गया।\n\nराजेश अजय",
        4,
        lambda d: (
            d.paragraphs == ["सरकार ने रोक हटा दी।", "यह फैसला आज लिया गया।"]
            and kept(d) == [("signoff", "राजेश अजय")]
        ),
        "the desk's names closing a story in a script without case",
    ),
    Row(
        "closing_lists",
        "The storm closed the port.\n\nFerries stayed in.\n\nClibeanna: Aimsir | Farraige | Calafort",
        4,
        lambda d: (
            d.paragraphs == ["The storm closed the port.", "Ferries stayed in."]
            and ("navigation", "Clibeanna: Aimsir | Farraige | Calafort") in kept(d)
        ),
        "a line of short labels closing the story, under a label of any language: its tags",
    ),
    Row(
        "closing_field",
        "The storm closed the port.\n\nFerries stayed in.\n\nRegions: Europe, Norway\n\nWords: 218",
        4,
        lambda d: (
            d.paragraphs == ["The storm closed the port.", "Ferries stayed in."]
            and ("furniture", "Regions: Europe, Norway") in kept(d)
        ),
        "a trailer of fields of any label closing the story",
    ),
    Row(
        "repeated_note",
        f"{TEXT}\n\n(To run this story, buy it from Acme.) (Call 555-0100.)",
        2,
        lambda d: (
            d.paragraphs == [TEXT]
            and ("duplicate", "(To run this story, buy it from Acme.) (Call 555-0100.)") in kept(d)
        ),
        "notes in brackets the head printed already, printed again under the story",
    ),
    Row(
        "opening_tagline",
        f"(Jane Roe is a columnist for The Coast Herald.)\n\n{TEXT}\n\n{TEXT}\n\n{TEXT}\n\n{TEXT}",
        0,
        lambda d: (
            d.paragraphs == [TEXT] * 4
            and kept(d) == [("signoff", "(Jane Roe is a columnist for The Coast Herald.)")]
        ),
        "a note on the writer in brackets before the story's text",
    ),
    Row(
        "kicker_deck",
        f"STORM  WARNING: Harbours shut along the coast\n\n{TEXT}",
        0,
        lambda d: d.summary == "STORM WARNING: Harbours shut along the coast" and d.paragraphs == [TEXT],
        "a first paragraph headed by a kicker in capitals, the story after it, is a standfirst",
    ),
    Row(
        "paragraph",
        f"{TEXT}\n\nMore rain is due on Tuesday.",
        2,
        lambda d: d.paragraphs == [TEXT, "More rain is due on Tuesday."],
        "story text",
    ),
]

TABLES = {"BODY_LINE_RULES": body.BODY_LINE_RULES, "BODY_PARAGRAPH_RULES": body.BODY_PARAGRAPH_RULES}


def read(row: Row) -> tuple[Draft, set[tuple[int, str | None]]]:
    draft = Draft()
    if row.rule == "repeated_note":  # (the head kept the notes the body repeats)
        draft.keep("ednote", "(To run this story, buy it from Acme.)")
        draft.keep("ednote", "(Call 555-0100.)")
    if row.rule == "writer_note":  # (the head read the byline before the body)
        draft.add_byline("By Jane Roe", 1)
    if row.rule == "credit_again":  # (the dateline read before the body credits the story)
        draft.dateline = Dateline(text="HARARE (Acme Ziana) -", place="Harare", agency="Acme Ziana")
    trace: list[tuple[int, str | None]] = []
    body.read_body(split_lines(row.text), draft, None, trace=trace)
    return draft, set(trace)


def test_every_rule_has_a_row():
    names = [rule.name for table in TABLES.values() for rule in table]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted({row.rule for row in ROWS})
    assert all(rule.reason for table in TABLES.values() for rule in table)


@pytest.mark.parametrize("row", ROWS, ids=[row.rule for row in ROWS])
def test_rule_takes_its_row(row: Row):
    draft, trace = read(row)
    assert (row.line, row.rule) in trace, f"{row.reason}: {sorted(trace, key=str)}"
    assert row.check(draft), row.reason


@pytest.mark.parametrize("row", ROWS, ids=[row.rule for row in ROWS])
def test_row_fails_without_its_rule(row: Row, monkeypatch: pytest.MonkeyPatch):
    for name, table in TABLES.items():
        monkeypatch.setattr(body, name, tuple(rule for rule in table if rule.name != row.rule))
    draft, _ = read(row)
    assert not row.check(draft), row.reason


@pytest.mark.parametrize(
    ("time", "kept_as"),
    [
        ("10 p.m.", None),
        ("4:14 PM EDT", None),
        ("9.45 a.m. GMT", None),
        ("14.30 Uhr", None),
        ("7:05", None),
        ("10 A.M.", None),
        ("Updated March 7, 2024 10:15 AM", "furniture"),
        ("07.03.2024, 10:15", "furniture"),
    ],
)
def test_a_time_of_day_alone_in_the_body_is_text(time: str, kept_as: str | None) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\n{time}\n\nMore rain is due."), draft, None)
    assert (time in draft.paragraphs) == (kept_as is None)
    assert kept(draft) == ([] if kept_as is None else [(kept_as, time)])


@pytest.mark.parametrize(
    ("first", "summary"),
    [
        ("LE POINT - Les ports restent fermés.", "LE POINT - Les ports restent fermés."),
        ("ШТОРМ НА ПОБЕРЕЖЬЕ — Порты закрыты", "ШТОРМ НА ПОБЕРЕЖЬЕ — Порты закрыты"),
        ("NEW RULES : ports shut", "NEW RULES : ports shut"),
        ("STORM: ports shut", None),
        ("Storm Warning: ports shut", None),
        ("UPDATE 2: ports shut", None),
    ],
    ids=["french-spaced-dash", "cyrillic-em-dash", "blank-before-colon", "one-word", "title-case", "figures"],
)
def test_a_kicker_of_two_words_in_capitals_heads_a_standfirst(first: str, summary: str | None) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{first}\n\n{TEXT}"), draft, None)
    assert draft.summary == summary


def test_a_kicker_paragraph_alone_or_on_the_datelines_line_is_story_text() -> None:
    for text, dateline_text in (
        ("STORM WARNING: ports shut", False),
        (f"STORM WARNING: ports shut\n\n{TEXT}", True),
    ):
        draft = Draft()
        body.read_body(split_lines(text), draft, None, dateline_text=dateline_text)
        assert draft.summary is None and draft.paragraphs[0] == "STORM WARNING: ports shut"


def test_a_time_alone_before_any_text_is_a_stamp() -> None:
    draft = Draft()
    body.read_body(split_lines(f"10:15 GMT\n\n{TEXT}"), draft, None)
    assert draft.paragraphs == [TEXT]


SECTION = "The second part of the story runs on for a while, as sections of a long story do."


@pytest.mark.parametrize("rule", ["___", "---", "* * *", "_____"])
def test_text_between_two_rules_is_a_section_and_after_the_last_an_end_note(rule: str) -> None:
    text = f"{TEXT}\n\n{rule}\n\nWHAT COMES NEXT?\n\n{SECTION}\n\n{rule}\n\nAn end note for subscribers."
    draft = Draft()
    body.read_body(split_lines(text), draft, None)
    assert draft.paragraphs == [TEXT, "WHAT COMES NEXT?", SECTION]
    assert ("other", "An end note for subscribers.") in kept(draft)


@pytest.mark.parametrize(
    ("notice", "reason"),
    [
        ("All Rights Reserved.", "the English phrase alone, in title case"),
        (
            "(C) Acme News 2024  -  all rights reserved",
            "in lower case after a copyright line, blanks doubled",
        ),
        ("Tous droits réservés", "French"),
        ("<저작권자(c) 에이스뉴스, 무단 전재-재배포 금지>", "Korean, in angle brackets"),
        ("Copyright © 2024 Acme. 版權所有，未經授權不得轉載。", "Chinese after an English line"),
        ("© Acme Haber. Tüm hakları saklıdır.", "Turkish"),
        ("جميع الحقوق محفوظة لوكالة أكمي", "Arabic"),
        ("Copyright (c) 2024 Acme Newswires & Company, Inc.", "the year and holder alone, no phrase"),
        (
            "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送。",
            "a Taiwanese site's notice on reprinting",
        ),
        ("При перепечатке материалов ссылка на Acme обязательна", "a notice on reuse, Russian, no stop"),
        (
            "при использовании материалов  ссылка на «Акме» обязательна.",
            "the same lower case, blanks doubled",
        ),
        ("Naudojant ACME informaciją, nuoroda į agentūrą būtina.", "Lithuanian"),
        ("Məlumatdan istifadə edərkən istinad mütləqdir", "Azerbaijani"),
        (
            "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs"
            " web ini tanpa izin tertulis dari Kantor Berita Acme.",
            "an Indonesian notice longer than a rights line",
        ),
        ("This material may not be published, broadcast, rewritten or redistributed.", "English"),
        (
            "Ritaglio stampa ad uso esclusivo del destinatario, non riproducibile.",
            "a cuttings service's note",
        ),
        (
            "Certificat émis le 12 mars 2024 à ACME à des fins de visualisation personnelle et temporaire.",
            "a library database's note",
        ),
    ],
)
def test_a_closing_rights_notice_is_set_aside(notice: str, reason: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{notice}"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], reason


def test_a_copyright_line_needs_its_year_first() -> None:
    draft = Draft()
    line = "Copyright holders sued in 2024 over the rule."
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{line}"), draft, None)
    assert line in draft.paragraphs


def test_a_rights_phrase_in_the_story_is_text() -> None:
    long = "The court said all rights reserved by the treaty still held, " + "and the case went on " * 5
    draft = Draft()
    body.read_body(
        split_lines(f"{TEXT}\n\n{long.strip()}\n\nMore rain is due.\n\nAnd more.\n\nEnd."), draft, None
    )
    assert long.strip() in draft.paragraphs


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("\u3000\u3000第一段。\n\u3000\u3000第二段。\n\u3000\u3000第三段。", 3),
        ("  \u3000\u3000第一段。\n  \u3000\u3000第二段。", 2),
        ("\u3000第一段，写得很长。\n\u3000第二段。", 2),
        ("\u3000\u3000第一段，\n接着写。\n\u3000\u3000第二段。", 2),
    ],
    ids=["two-ideographic-spaces", "after-ascii-blanks", "one-ideographic-space", "a-wrapped-line-joins"],
)
def test_an_ideographic_indent_opens_a_paragraph(text: str, paragraphs: int) -> None:
    draft = Draft()
    body.read_body(split_lines(text), draft, None)
    assert len(draft.paragraphs) == paragraphs, draft.paragraphs


@pytest.mark.parametrize(
    "codes",
    [
        "GU",
        "MCH/ DBL/",
        "abc  def",
        "XY/ZW",
        "QRX/ABC/DEF/GHI/FLOOD24",
        "(FIN) ABC/DEF",
        "(fin)  abc/def".upper(),
        "—XNA/KTZH",
        "ع.ب",
        "PF/ (345)",
        "0081",
        "==========A.B.",
        "=====A.Sh.",
        "K.Zh. / ab",
        "....Bernama",
        "ΠΗΓΗ: ΑΠΕ-ΜΠΕ",
        "Document ABCD00020241005ek1500001",
        "AGERPRES/(AS - autor: Jane Roe, editor: Tom Lee, editor online: Ann Poe)",
        "Document ID: 3112459876 Copyright: (c) 2024 Coast News",
        "NTB/Jane Roe/Tom Lee",
        "(Abc/NTB)",
        "Mi1/Abc",
        "(T.AB-CDE/B/Jane Roe)",
        "(t.ab-cde/b/J. Roe)",
        "X.AB/CD-EF/Tom Lee",
        "(Jane Roe/Tom Lee)",
        "(Acme)",
        "xyz-Ost ab/cde",
        "Abc 20240305T121500Z",
        "ABC  NG01 abc/def 051230 MAR 24",
        "ABC (DEF) // GH",
        "(Abc/Adnkronos Salute)",
        "(Abc/Acme)\n\nISSN 1234 - 5678",
        "(T.AB12/B/C034/C034) 05-09-2009 13:47:21",
        "(ab/cde)  5.3.2024",
        "მაია ბერიძე",
    ],
)
def test_a_desks_codes_closing_the_story_are_no_paragraph(codes: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{codes}"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], codes


@pytest.mark.parametrize("codes", ["ab cde", "mzs", "XYZ XYZ", "abc/de", "KL.  mn"])
@pytest.mark.parametrize(
    "end_matter",
    [
        "(c) Coast Wire Ltd.",
        "Share:  Facebook  X  E-mail",
        "ALL RIGHTS RESERVED.",
        "Jane Roe writes for The Coast Herald.",
        "Related stories\nThe port will reopen on Friday",
        "(c) Coast Wire Ltd.\n\nShare: Facebook X",
    ],
)
def test_a_desks_codes_above_the_end_matter_are_no_paragraph(codes: str, end_matter: str) -> None:
    """The desk's codes close the story's text: the notices and the page's lines under them are
    end matter, so the codes are still the story's last paragraph."""
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{codes}\n\n{end_matter}"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], (codes, end_matter)


def test_codes_above_more_story_text_are_a_paragraph() -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nab cde\n\nMore rain is due.\n\n(c) Coast Wire Ltd."), draft, None)
    assert draft.paragraphs == [TEXT, "ab cde", "More rain is due."]


@pytest.mark.parametrize(
    "last",
    [
        "Ende gut",
        "More rain",
        "OK then.",
        "TOTAL 14.7 16.0 15.8",
        "NORWAY 67 91 213",
        "ACME (NTB) ROSE 5 PCT",
        "(AB/The town said more)",
        "雨が降った。（編集：山田）1140305",
        "The vote ends 5.3.2024",
        "Acme said on 05-09-2009 13:47:21",
    ],
)
def test_words_closing_the_story_are_a_paragraph(last: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{last}"), draft, None)
    assert draft.paragraphs[-1] == last


@pytest.mark.parametrize("closing", ["(By Jane Roe)", "[By Jane Roe]", "( By Jane Roe )"])
def test_a_byline_in_brackets_closing_the_story_signs_it(closing: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{closing}\n\nENDS"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]
    assert draft.authors == ["Jane Roe"]


@pytest.mark.parametrize(
    "closing", ["Published in The Herald, March 6th, 2024", "First published in The Herald."]
)
def test_a_paragraph_saying_where_the_story_ran_is_closing_matter(closing: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nThe report was published in March.\n\n{closing}"), draft, None)
    assert draft.paragraphs == [TEXT, "The report was published in March."]


@pytest.mark.parametrize(
    "footnote",
    [
        "*Correspondent of Acme Wire in Lima",
        "**Jane Roe teaches law at Coast University.",
        "(*) Corresponsal de Acme en Quito",
        "(*)Jane Roe is a fellow of the Coast Institute",
        "*JANE ROE IS ACME'S CORRESPONDENT",
    ],
)
def test_a_footnote_about_the_writer_closing_the_story_is_end_matter(footnote: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{footnote}"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], footnote


@pytest.mark.parametrize("last", ["* More rain is due on Tuesday", "*2024: a year of storms"])
def test_a_list_item_closing_the_story_is_text(last: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{last}"), draft, None)
    assert len(draft.paragraphs) == 3 and draft.paragraphs[-1].endswith(last[-12:]), draft.paragraphs


def test_a_closing_section_of_sources_is_end_matter() -> None:
    draft = Draft()
    text = f"{TEXT}\n\nMore rain is due.\n\nSources\n\n* Storm closes port (The Herald)\n"
    body.read_body(split_lines(text), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["no-blank-line", "a-blank-line"])
@pytest.mark.parametrize(
    "heading",
    [
        "Forward-Looking Statements",
        "ZUKUNFTSGERICHTETE AUSSAGEN",
        "Sources:",
        "Legal Disclaimer:",
        "RÜCKFRAGEHINWEIS",
    ],
)
def test_a_closing_section_before_a_releases_contacts_is_end_matter(heading: str, between: str) -> None:
    # its heading over its paragraph, the contacts' heading after it: another rule follows
    draft = Draft()
    text = f"{TEXT}\n\nMore rain is due.\n\n{heading}{between}This release holds statements on the future.\n\nContacts\nJane Roe\n"
    body.read_body(split_lines(text), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]


@pytest.mark.parametrize(
    "heading", ["Related stories", "RELATED:", "Leggi anche...", "相关新闻", "관련 기사", "read more"]
)
def test_a_short_list_under_a_heading_of_related_stories_is_navigation(heading: str) -> None:
    draft = Draft()
    text = f"{TEXT}\n\nMore rain is due.\n\n{heading}\n· Port to reopen next week\n· Winds drop\n"
    body.read_body(split_lines(text), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]


def test_a_long_section_under_a_heading_of_related_stories_stays_text() -> None:
    draft = Draft()
    more = ["The port will reopen next week, officials said, once the harbour is cleared. " * 3] * 4
    text = f"{TEXT}\n\nRelated stories\n\n" + "\n\n".join(more)
    body.read_body(split_lines(text), draft, None)
    assert len(draft.paragraphs) == 5


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("Jane Roe, Lviv", ("Jane Roe",)),
        ("Ірина Коваль,  Львів", ("Ірина Коваль",)),
        ("New York, London", None),
        ("Jane Roe, Springfieldtown", None),
    ],
    ids=["name-and-town", "cyrillic-blanks-doubled", "two-towns", "a-town-the-gazetteer-does-not-know"],
)
def test_a_name_and_the_town_the_writer_files_from_sign_the_story(
    closing: str, authors: tuple[str, ...] | None
) -> None:
    from wireparse import parse

    story = parse(
        f"Storm closes the port\n\nOSLO, March 5 (NTB) - {TEXT}\n\nMore rain is due.\n\n{closing}\n"
    )
    assert (story.byline.authors if story.byline else None) == authors


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("Text and photos: Jane Roe", ("Jane Roe",)),
        ("TEXT AND PHOTOS:  Jane Roe", ("Jane Roe",)),
        ("Texto y fotos: Ana López", ("Ana López",)),
        ("Текст и фото: Иван Петров", ("Иван Петров",)),
        ("Bài và ảnh: Trần Văn An", ("Trần Văn An",)),
        ("bài: Trần Văn An", ("Trần Văn An",)),
        ("Tekst i zdjęcia: Jan Kowal", ("Jan Kowal",)),
        ("Tin, ảnh: Trần Văn An", ("Trần Văn An",)),
        ("ຂ່າວ-ພາບ: ສົມພອນ ແກ້ວມະນີ", ("ສົມພອນ ແກ້ວມະນີ",)),
        ("ข่าว-ภาพ : สมชาย ใจดี", ("สมชาย ใจดี",)),
    ],
)
def test_a_closing_credit_for_words_and_pictures_names_the_writer(
    closing: str, authors: tuple[str, ...]
) -> None:
    from wireparse import parse

    story = parse(
        f"Storm closes the port\n\nOSLO, March 5 (NTB) - {TEXT}\n\nMore rain is due.\n\n{closing}\n"
    )
    assert story.byline is not None and story.byline.authors == authors
    assert len(story.paragraphs) == 2


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("Jane ROE,\n«Acme»", ("Jane ROE",)),
        ("Jane Roe,\nXinhua", ("Jane Roe",)),
        ("Ирина КОВАЛЬ,\n(Кабар)", ("Ирина КОВАЛЬ",)),
        ("Then the rains came,\nXinhua", None),
        ("In the town,", None),
    ],
    ids=["caps-guillemets", "agency-line", "cyrillic-brackets", "clause", "clause-alone"],
)
def test_a_name_and_comma_over_the_agencys_credit_signs_the_story(
    closing: str, authors: tuple[str, ...] | None
) -> None:
    story = closed_by(closing)
    assert (story.byline.authors if story.byline else None) == authors


@pytest.mark.parametrize(
    ("closing", "authors", "kept_as"),
    [
        ("Haber: Jane ROE - Kamera: Tom LEE", ("Jane ROE",), "Kamera: Tom LEE"),
        ("Reporter: Jane Roe | Photo editor: Tom Lee", ("Jane Roe",), "Photo editor: Tom Lee"),
        ("Pewarta: Rina Sari-Putri", ("Rina Sari-Putri",), None),
        ("(Muhabir: Jane Roe)", ("Jane Roe",), None),
    ],
)
def test_a_labelled_closing_credit_gives_way_to_the_next_label_on_its_line(
    closing: str, authors: tuple[str, ...], kept_as: str | None
) -> None:
    story = closed_by(closing)
    assert story.byline is not None and story.byline.authors == authors
    assert (kept_as in [b.text for b in story.boilerplate]) if kept_as else True


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("Jane Roe/NTB", ("Jane Roe",)),
        ("Jane Roe / NTB", ("Jane Roe",)),
        ("Jane Roe/TT.", ("Jane Roe",)),
        ("Jane Roe/Acme", None),
    ],
)
def test_a_name_and_an_agency_after_a_slash_closing_the_story_sign_it(
    closing: str, authors: tuple[str, ...] | None
) -> None:
    story = closed_by(closing)
    assert (story.byline.authors if story.byline else None) == authors
    assert story.paragraphs == (TEXT, "More rain is due.")


HINDI = "नई दिल्ली, पांच मार्च (भाषा) सरकार ने निर्यात पर लगी रोक हटा दी।\n\nयह फैसला आज लिया गया।"


@pytest.mark.parametrize(
    ("closing", "paragraphs"),
    [
        ("राजेश अजय", 2),
        ("राजेश अजय\n\nअजय", 2),
        ("शिवा.श्रवण", 2),
        ("अजय।", 3),
        ("राजेश अजय सुधीर", 3),
        ("More rain", 3),
    ],
    ids=["two-names", "names-twice", "dot-joined", "a-sentence", "three-words", "a-cased-script"],
)
def test_the_desks_names_closing_a_story_in_a_script_without_case_are_a_signoff(
    closing: str, paragraphs: int
) -> None:
    from wireparse import parse

    story = parse(f"{HINDI}\n\n{closing}\n")
    assert len(story.paragraphs) == paragraphs


@pytest.mark.parametrize(
    "closing", ["— The Associated Press", "-- Associated Press", "–  The Canadian Press."]
)
def test_an_agencys_name_after_a_dash_closing_the_story_is_a_signoff(closing: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{closing}"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]


@pytest.mark.parametrize(
    "block",
    [
        "Capital: Oslo\nPopulation: 5.5 million\nCurrency: krone",
        "Q: Will the port reopen?\nA: Not this week.\nQ: Why not?",
    ],
    ids=["a-fact-box-of-labels-in-no-table", "questions-and-answers"],
)
def test_label_shaped_lines_in_the_story_stay_text(block: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\n{block}\n\nMore rain is due on Tuesday."), draft, None)
    assert all(line in " ".join(draft.paragraphs) for line in block.split("\n"))


@pytest.mark.parametrize(
    "heading",
    ["MORE HEADLINES", "Other headlines", "In this issue"],
)
def test_headlines_listed_under_a_related_heading_are_set_aside(heading: str) -> None:
    items = "* Ports reopen after the storm\n* Ferries run late\n* Rail line cleared"
    draft = Draft()
    body.read_body(
        split_lines(f"{TEXT}\n\nMore rain is due.\n\n{heading}\n{items}\n\n---\n\nUnsubscribe here"),
        draft,
        None,
    )
    assert draft.paragraphs == [TEXT, "More rain is due."]


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Vedi anche", "Caldo, i consigli per chi lavora all'aperto"),
        ("MÁS NOTICIAS", "Los médicos convocan huelga en abril\nLa gripe baja en todas las regiones"),
        ("Outras notícias", "- Porto reabre na sexta-feira\n- Ferries com atrasos"),
        ("సంబంధిత వార్తలు", "ఓడరేవు మళ్లీ తెరుచుకుంది\nరైళ్లు ఆలస్యం"),
        ("خبرهای مرتبط", "- بندر بازگشایی شد\n- تأخیر در حرکت قطارها"),
        ("संबंधित समाचार", "बंदरगाह फिर खुला\nरेलगाड़ियां देर से चलीं"),
        ("Habari zinazohusiana", "Bandari yafunguliwa tena"),
    ],
)
def test_headlines_under_a_related_heading_closing_the_story_are_set_aside(heading: str, items: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{heading}\n{items}"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], heading


@pytest.mark.parametrize("buttons", ["Partilhe\nComentários", "Condividi  Commenti", "Tag\nCaldo\nMeteo"])
def test_buttons_and_tags_under_the_story_are_no_paragraph(buttons: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{buttons}"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], buttons


@pytest.mark.parametrize(
    "closing",
    [
        "Printed and distributed by PressReader",
        "Get the Acme app for ad-free news and current affairs",
        "GET THE ACME APP!",
        "Вы получили это письмо, так как подписаны на рассылку «Акме».",
        "Оставайтесь в курсе важных новостей – подпишитесь на нас в Telegram",
        "[Description of Source: Oslo Acme in English -- news agency]",
        "Gale Document Number:  GALE|A123456789",
        "۳۲۷۵**۱۴۵۶",
        "**2050",
        "لینک کوتاه: acme.ir/x4Kp2",
        "برچسپ‌ها: هرات، سرک",
        "شیئر کریں: فیس بک | واٹس ایپ | ایکس",
        "شریکول:  فېسبوک | اېکس | ټلګرام",
        "English Summary: Toll rates go up from April",
        "Mada zinazohusiana: Tanzania, Kilimo",
        "Publication subject: General Interest Periodicals--United States",
        "Record Number: 1A9F3C2B7E41D800",
        "Geographic: OSLO, NORWAY (79%)",
        "Copyright (c) 2024. Acme, Inc. Used with the permission of Acme Radio, 1 Main St, Oslo.",
        "[Description of Source: Oslo Acme in English -- news agency known for its wide reporting]",
        "Agencia Atlas",
        "— Agence  Ecofin",
        "With reporting by Acme and Reuters",
        "English Summary: Toll rates on the coast road go up by 5% from April 1",
        "► À lire aussi : Le port rouvre lundi",
        "→ Read more: Port reopens",
        "Visit Website",
        "Número de documento de Gale: GALE|A123456789",
        "Base de données: Acme Newsstream",
    ],
)
def test_a_plug_footer_or_trailer_field_under_the_story_is_no_paragraph(closing: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{closing}"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], closing


@pytest.mark.parametrize("text", ["The new app was approved on Monday.", "Readers stay tuned to the radio."])
def test_the_words_of_a_plug_inside_the_story_stay_text(text: str) -> None:
    draft = Draft()
    body.read_body(
        split_lines(f"{TEXT}\n\n{text}\n\nMore rain is due on Tuesday, officials said."), draft, None
    )
    assert text in draft.paragraphs


@pytest.mark.parametrize(
    "caption", ["[Photo caption: A worker at the mill. Photo: Acme]", "(Bildtext:  Ein Hafen.  Foto: Acme)"]
)
def test_a_labelled_caption_in_brackets_between_paragraphs_is_no_paragraph(caption: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\n{caption}\n\nMore rain is due."), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], caption


@pytest.mark.parametrize(
    ("block", "caption", "credit"),
    [
        (
            "Passengers wait at the station\nImage: Jane Roe/Acme",
            "Passengers wait at the station",
            "Jane Roe/Acme",
        ),
        ("Rescuers at the site.\nPHOTO:  ACME", "Rescuers at the site.", "ACME"),
        ("Le port à l'aube\nPhoto : Jeanne Roux / Acme", "Le port à l'aube", "Jeanne Roux / Acme"),
        (
            "Des élèves devant un lycée, le 4 mars. © Jeanne Roux / Acme",
            "Des élèves devant un lycée, le 4 mars.",
            "Jeanne Roux / Acme",
        ),
        ("Le port à l'aube. ©Acme", "Le port à l'aube.", "Acme"),
    ],
)
def test_a_caption_over_its_credits_line_between_paragraphs_is_a_caption(
    block: str, caption: str, credit: str
) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\n{block}\n\nMore rain is due."), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]
    assert [(c.text, c.credit) for c in draft.captions] == [(caption, credit)]


def test_a_paragraph_wrapped_over_two_lines_is_no_caption() -> None:
    draft = Draft()
    body.read_body(
        split_lines(f"{TEXT}\n\nThe union said the strike would go on\nfor weeks.\n\nMore rain."), draft, None
    )
    assert draft.paragraphs[1] == "The union said the strike would go on for weeks." and not draft.captions


@pytest.mark.parametrize("mark", ["End of Document", "END OF DOCUMENT", "Reuter"])
def test_an_exports_trailer_over_its_closing_mark_is_no_paragraph(mark: str) -> None:
    trailer = "Classification\n\nLanguage: GERMAN; DEUTSCH\n\nSubject: LAYOFFS (89%); CHEMICALS (88%)\n\nLoad-Date: March 14, 2024"
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{trailer}\n\n{mark}"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], mark


@pytest.mark.parametrize(
    "closing",
    [
        "____________\n\nContact Acme\nCopyright © 2024 Acme LLC. All rights reserved.",
        "Copyright © 2024 Acme LLC. All rights reserved.",
        "---\n\n(c) 2024 Acme",
        "",
    ],
)
def test_an_exports_trailer_over_its_notice_of_rights_is_no_paragraph(closing: str) -> None:
    # (the story's notice of rights among the fields, a link longer than a field's line)
    trailer = (
        "Subject: Utilities; Power failures\n\nLocation: Acme Island\n\n"
        "Copyright: Copyright 2024 Acme Press. All Rights Reserved.\n\n"
        "Document URL: https://example.com/wire-feeds/a-very-long-address-of-the-story/docview/2955518042/"
        "se-2?accountid=12345\n\nDatabase: Acme Newsstream"
    )
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{trailer}\n\n{closing}\n"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], closing


@pytest.mark.parametrize("closing", ["(c) 2024 Acme", "____________\n\nCopyright © 2024 Acme LLC."])
def test_a_note_over_a_notice_of_rights_stays_the_storys(closing: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nNote: nine mth data unavailable\n\n{closing}\n"), draft, None)
    assert draft.paragraphs == [TEXT, "Note: nine mth data unavailable"]


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting by Jane Roe in Oslo; Editing by\nTom Lee",
        "Reporting by Jane Roe in Oslo and\nTom Lee in Bergen; Editing by Ann Poe",
        "Reporting by Jane Roe; Editing by  Tom Lee and\nAnn Poe",
    ],
)
def test_a_sign_off_credit_wrapped_onto_its_next_line_is_set_aside_whole(credit: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{credit}\n"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], credit


def test_a_line_under_a_closed_credit_stays_text() -> None:
    draft = Draft()
    text = f"{TEXT}\n\nReporting by Jane Roe; Editing by Tom Lee\nThe port reopened on Monday.\n"
    body.read_body(split_lines(text), draft, None)
    assert draft.paragraphs[-1] == "The port reopened on Monday."


@pytest.mark.parametrize(
    "signature", ["Jana Lindholm/TT", "Jana  Lindholm (TT)", "Jana Lindholm/TT\n\nTopics"]
)
def test_a_writers_signature_outranks_a_byline_of_the_agency_alone(signature: str) -> None:
    from wireparse import parse

    story = parse(f"Storm closes the port\n\nTT\n\n{TEXT}\n\nMore rain is due.\n\n{signature}\n")
    assert story.byline is not None and story.byline.authors == ("Jana Lindholm",)
    assert ("furniture", "TT") in [(b.kind, b.text) for b in story.boilerplate]


def test_a_name_alone_under_a_byline_of_the_agency_stays_text() -> None:
    from wireparse import parse

    story = parse(f"Storm closes the port\n\nTT\n\n{TEXT}\n\nMore rain is due.\n\nJane Roe\n")
    assert story.byline is not None and story.byline.text == "TT"


@pytest.mark.parametrize(
    "closing",
    [
        "Jane Roe reported from Phoenix.",
        "Jane Roe covers the county for the Harbour Ledger. Contact her at jroe@example.com.",
        "Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0.",
        "【著作権】Copyright (C) Acme Shimbun / Kyodo 【記事ID】ACME20231113070012",
        "Disclaimer: Acme Wire is not responsible for the accuracy of news releases posted to it.",
        "Aviso legal: Acme no se hace responsable de la exactitud de los comunicados publicados.",
    ],
)
def test_a_closing_note_on_the_writer_or_the_rights_is_no_paragraph(closing: str) -> None:
    # ("Flooding was reported from several districts." closing a story stays its text: below)
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{closing}\n"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."], closing


@pytest.mark.parametrize(
    "closing", ["Flooding was reported from several districts.", "The agency reported from Pyongyang."]
)
def test_a_sentence_saying_reported_from_stays_text(closing: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{closing}\n"), draft, None)
    assert draft.paragraphs[-1] == closing


@pytest.mark.parametrize(
    ("printed", "caption"),
    [
        (
            "(Foto/Acme) Vista del parque eólico, el 11 de marzo.",
            ("Vista del parque eólico, el 11 de marzo.", "Acme"),
        ),
        ("(FOTO: Acme) Vista del puerto de Acme el lunes.", None),
        ("(Photo: Acme)  Workers at the port on Monday.", None),
    ],
)
def test_a_caption_opened_by_its_credit_in_brackets(printed: str, caption: tuple[str, str] | None) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{printed}\n"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]
    if caption is not None:
        assert [(c.text, c.credit) for c in draft.captions] == [caption]


def test_a_note_over_the_closing_mark_stays_the_storys() -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nNote: nine mth data unavailable\n.\nReuter"), draft, None)
    assert draft.paragraphs == [TEXT, "Note: nine mth data unavailable"]


@pytest.mark.parametrize("heading", ["Fler nyheter", "LATEST HEADLINES", "Lisää uutisia"])
def test_links_under_a_heading_of_more_news_are_navigation(heading: str) -> None:
    draft = Draft()
    links = "Harbour fees rise again\nFerry line wins its final"
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{heading}\n{links}\n"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]


def test_sentences_under_a_related_heading_stay_text() -> None:
    draft = Draft()
    text = f"{TEXT}\n\nRelated news\nThe ferries ran late.\nThe rail line was cleared.\n\n---\n\nUnsubscribe here"
    body.read_body(split_lines(text), draft, None)
    assert "The ferries ran late. The rail line was cleared." in draft.paragraphs


@pytest.mark.parametrize(
    ("last", "signed"),
    [
        ("Jane Roe", True),
        ("Aïcha  Koné", True),
        ("Record March Two", False),
        ("Jane Roe.", False),
    ],
    ids=["a-name", "accents-blanks-doubled", "a-row-naming-a-month", "a-sentence"],
)
def test_a_name_alone_under_the_story_signs_it(last: str, signed: bool) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\nThe port reopened.\n\n{last}"), draft, None)
    assert (draft.authors == [" ".join(last.split())]) is signed
    assert (len(draft.paragraphs) == 3) is signed


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("Jane Roe\nSpecial correspondent\nVienna", ("Jane Roe",)),
        ("Jane  Roe\nStaff Reporter\nOslo", ("Jane Roe",)),
        ("Jane Roe, regional correspondent", ("Jane Roe",)),
        ("Nərmin Əliyeva AZƏRTAC-ın bölgə müxbiri", ("Nərmin Əliyeva",)),
        ("Jane Mary Roe\nStaff reporter", ("Jane Mary Roe",)),
        ("The rains came\nSpecial report", None),
        ("Jane Roe\nVienna", None),
        ("Jane Roe, correspondent, said the bridge would open.", None),
    ],
    ids=[
        "name-title-town",
        "capitals",
        "title-after-a-comma",
        "agency-and-title",
        "three-names",
        "no-name",
        "no-title",
        "a-sentence",
    ],
)
def test_a_writers_signature_with_title_and_town_closing_the_story_names_the_writer(
    closing: str, authors: tuple[str, ...] | None
) -> None:
    from wireparse import parse

    story = parse(
        f"Storm closes the port\n\nOSLO, March 5 (NTB) - {TEXT}\n\nMore rain is due.\n\n{closing}\n\n"
        "© Acme 2024. All rights reserved.\n"
    )
    assert (story.byline.authors if story.byline else None) == authors
    assert len(story.paragraphs) == (2 if authors else 3)


@pytest.mark.parametrize(
    ("closing", "paragraphs"),
    [
        (
            "Acme Holding AG\nCorporate Communications\nJane Roe\nTelefon: +43 1 555 0100\nE-Mail: press@acme.example",
            2,
        ),
        ("Acme Holding AG\n\nJane Roe\n\nPhone:  (416) 555-0187\n\nEmail: info@acme.example", 2),
        ("Media contact\nJane Roe, Acme Inc.\ntel. 0123 456 789", 2),
        ("The port will reopen on Friday, the harbour master said\nin a statement on www.acme.example.", 3),
        ("Jane Roe\nCorporate Communications", 3),
    ],
    ids=[
        "block-phone-mail",
        "lines-apart-blanks-doubled",
        "lower-case-label",
        "a-wrapped-sentence",
        "no-number",
    ],
)
def test_a_block_of_contacts_closing_the_story_is_no_text(closing: str, paragraphs: int) -> None:
    assert len(closed_by(closing, "OSLO, March 5 (NTB) - ").paragraphs) == paragraphs


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("A picker at work in an orchard. Photo / Jane Roe", "A picker at work in an orchard.", "Jane Roe"),
        ("A picker at work in an orchard.  Photo by Jane Roe", "A picker at work in an orchard.", "Jane Roe"),
        ("A picker at work in an orchard. FOTO: Jane Roe", "A picker at work in an orchard.", "Jane Roe"),
    ],
    ids=["slash", "by-blanks-doubled", "capitals-colon"],
)
def test_a_caption_closed_by_its_photographer_between_paragraphs_is_a_caption(
    line: str, caption: str, credit: str
) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\n{line}\n\nMore rain is due.\n\nAnd more."), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due.", "And more."]
    assert [(c.text, c.credit) for c in draft.captions] == [(caption, credit)]


@pytest.mark.parametrize(
    "closing",
    [
        "Jane Roe, CEO, +46 8 555 012 40, jane@acme.example Tom Lee, CFO, +46 8 555 012 41, tom@acme.example",
        "A photo accompanying this announcement is available at https://photos.acme.example/abc",
    ],
    ids=["contacts-on-one-line", "a-release-wires-photo-note"],
)
def test_a_releases_closing_line_over_its_about_section_is_no_text(closing: str) -> None:
    # the story's last paragraphs are counted before its about section, set aside as end matter
    from wireparse import parse

    text = (
        f"Acme wins order\n\nOSLO, March 5 (ACMEWIRE) -- {TEXT}\n\nMore rain is due.\n\n{closing}\n\n"
        "About Acme Inc.\nAcme makes ferries.\n\nAttachments\nAcme wins order\n"
    )
    assert parse(text).paragraphs == (TEXT, "More rain is due.")


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        (
            "Bildtext: Rescuers at the damaged plant. Foto: Jane Roe/TT",
            "Rescuers at the damaged plant.",
            "Jane Roe/TT",
        ),
        ("BILDTEXT : Rescuers at the damaged plant.", "Rescuers at the damaged plant.", None),
        ("Légende : Le port de Brest. Photo : Jane Roe/Acme", "Le port de Brest.", "Jane Roe/Acme"),
        ("Kuvateksti: Pelastajat voimalalla.", "Pelastajat voimalalla.", None),
        ("Billedtekst: Redningsfolk ved anlægget.", "Redningsfolk ved anlægget.", None),
        (
            "Bijschrift: Containerschepen aan het dok. Foto: Acme/Jan Jansen",
            "Containerschepen aan het dok.",
            "Acme/Jan Jansen",
        ),
    ],
)
def test_a_paragraph_a_captions_label_opens_is_a_caption(
    paragraph: str, caption: str, credit: str | None
) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\n{paragraph}\n\nMore rain is due."), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]
    assert [(c.text, c.credit) for c in draft.captions] == [(caption, credit)]


@pytest.mark.parametrize("paragraph", ["Captions were written by the desk.", "Caption contest: send yours."])
def test_a_caption_word_opening_a_sentence_is_no_label(paragraph: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\n{paragraph}\n\nMore rain is due."), draft, None)
    assert paragraph in draft.paragraphs


@pytest.mark.parametrize(
    "closing",
    [
        "Alt materiale i Acme Arkiv er ophavsretligt beskyttet.",
        "Allt material är upphovsrättsligt skyddat.",
        "Dieser Text ist urheberrechtlich geschützt.",
        "Vous recevez ce message car vous êtes abonné aux alertes d'Acme. Se désabonner | Gérer mes alertes",
        "Sie erhalten diese E-Mail, weil Sie den Acme-Newsletter abonniert haben. Abbestellen",
        "Cet article a été publié automatiquement. Source: Acme",
        "Unsere Standards: Die Thomson Reuters Trust Principles.",
        "All articles (c) Acme News. Articles may be reproduced provided Acme is credited.",
        "Ce contenu a été produit avec l'aide financière des Bourses Acme pour les nouvelles.",
        "This story was produced with the financial support of the Acme Foundation.",
        "Ka.",
        "K.F.",
        "כל הזכויות שמורות למעריב",
        "При цитуванні і використанні будь-яких матеріалів в Інтернеті посилання обов'язкове.",
        "The post Port opens a second quay appeared first on Acme News.",
        "Disclaimer: Acme is not responsible for the accuracy of news releases posted by members.",
        "Weitere Artikel aus dem Ressort Wissen Studie: Jugendliche schlafen länger",
        "Все новости раздела «Общество»",
        "ALSO TODAY Radio recordings from the 1930s go online",
        "本文原载于《Acme周刊》2024年第11期",
        "Hinweis: Informationen zur Offenlegungspflicht bei Interessenkonflikten finden Sie unter acme.example",
        "Arquivado en: Xunta · Infraestruturas · Lugo",
        "Sign up for our newsletter",
        "Tudo Sobre\nAcme Varejo\nBalanço financeiro",
    ],
)
def test_a_closing_notice_in_the_desks_language_is_no_text(closing: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{closing}\n"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]


@pytest.mark.parametrize(
    "heading",
    ["Notes to editors", "NOTES TO EDITORS:", "Hinweise für Redaktionen", "Originalpublikation:",
     "Publication originale :", "Вас може зацікавити:", "Press contacts:", "MEDIA CONTACTS", "Referencia:",
     "Références", "dpa-Notizblock"],
)  # fmt: skip
def test_a_closing_section_under_its_heading_is_end_matter(heading: str) -> None:
    draft = Draft()
    items = "1. The paper is published in Acme Letters.\n\n2. The survey ran for two years."
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{heading}\n\n{items}\n"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]


@pytest.mark.parametrize(
    "trailer",
    [
        "Regions: Europe, France\n\nKeywords: Science, Energy",
        "Wörter: 218\n\nDok.-Nr.: ACME-20240502-0431",
        "Numéro de document : news-20191109-0014\n\nSource : Acme",
        "SUBJECT OF RESEARCH Animals\n\nARTICLE PUBLICATION DATE\n\nMETHOD OF RESEARCH Experimental study",
        "Zona geográfica: España\n\nDerechos: Creative Commons 4.0",
    ],
)
def test_a_trailer_of_fields_closing_the_story_is_furniture(trailer: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{trailer}\n"), draft, None)
    assert draft.paragraphs == [TEXT, "More rain is due."]


@pytest.mark.parametrize(
    "closing", ["Note: Canadian funds", "NOTE: Prior year ended Sept 30", "Result: Oslo 3, Bergen 1"]
)
def test_a_field_alone_closing_the_story_stays_text(closing: str) -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT}\n\nMore rain is due.\n\n{closing}\n"), draft, None)
    assert draft.paragraphs[-1] == closing


def test_a_tables_recurring_rows_stay_without_a_page_break() -> None:
    draft = Draft()
    body.read_body(
        split_lines(f"{TEXT}\n\nAvg shrs 1,200 vs 1,100\n\nMore.\n\nAvg shrs 1,200 vs 1,100\n"), draft, None
    )
    assert draft.paragraphs.count("Avg shrs 1,200 vs 1,100") == 2


def test_a_form_feed_closing_the_text_breaks_no_page() -> None:
    draft = Draft()
    body.read_body(split_lines(f"{TEXT} The port\n\nwill stay shut.\n\x0c\n"), draft, None)
    assert draft.paragraphs == [f"{TEXT} The port", "will stay shut."]


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("ដោយ ឈឹម សុភា", ("ឈឹម សុភា",)),
        ("โดย สมชาย ใจดี", ("สมชาย ใจดี",)),
        ("ដោយសារ ភ្លៀង ខ្លាំង ផ្លូវ ត្រូវ បាន បិទ នៅ ថ្ងៃនេះ", ()),
        ("ដោយ ២០២៥ ឆ្នាំ", ()),
    ],
)
def test_a_word_for_by_and_a_name_without_case_sign_the_story(closing: str, authors: tuple[str, ...]) -> None:
    story = closed_by(closing)
    assert (story.byline.authors if story.byline else ()) == authors


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Electric buses on the main road in December. Ảnh: Minh Khang", "Minh Khang"),
        ("Pupils sing at the opening this morning. Whakaahua: Mere Tāwhai", "Mere Tāwhai"),
        ("New houses going up by the harbour. GRIANGHRAF: Seán Ó Mainnín", "Seán Ó Mainnín"),
        ("Faithful with palms in the square. Crédito: Jane Roe", "Jane Roe"),
    ],
    ids=["vietnamese", "maori", "irish-capitals", "spanish-credit"],
)
def test_a_caption_between_paragraphs_closed_by_a_photo_word_and_a_name(line: str, credit: str) -> None:
    from wireparse import parse

    body = "The buses start on Monday.\n\nTwelve routes open.\n\n" + line + "\n\nMore routes follow in May."
    story = parse(f"Buses for the city\n\n{body}\n")
    assert [caption.credit for caption in story.captions] == [credit]
    assert len(story.paragraphs) == 3


def test_a_sentence_naming_a_photo_between_paragraphs_stays_text() -> None:
    from wireparse import parse

    body = "The buses start on Monday.\n\nThe mayor posed for a photo: Jane Roe smiled.\n\nMore routes follow in May."
    story = parse(f"Buses for the city\n\n{body}\n")
    assert "The mayor posed for a photo: Jane Roe smiled." in story.paragraphs and not story.captions
