"""Layout that carries no meaning: runs of blanks, no-break spaces, list markers before head lines.

Each row is invented text in the layouts desks print; the story must read the same whatever the
spacing or marker, and what the layout does carry (a caption set apart from its credit by a wider
gap) must survive.
"""

from __future__ import annotations

import pytest

from wireparse import parse
from wireparse.lines import Line, fold_blanks, split_lines

FOLD_ROWS = [
    # (text, folded, gaps, reason)
    ("Oslo talks end", "Oslo talks end", (), "single spaces: nothing to fold"),
    ("Oslo  talks  end", "Oslo talks end", (), "every blank doubled: the usual run is two, no gap"),
    ("Oslo\u00a0talks\tend", "Oslo talks end", (), "no-break space and tab read as one space"),
    ("Quay at dusk  Jane Roe/ABC", "Quay at dusk Jane Roe/ABC", (12,), "one wider run: a gap"),
    ("Quay  at  dusk    Jane  Roe/ABC", "Quay at dusk Jane Roe/ABC", (12,), "doubled line keeps its gap"),
    ("A \u3000 B", "A B", (), "a run with an ideographic space folds like any run"),
]


@pytest.mark.parametrize(("text", "folded", "gaps", "reason"), FOLD_ROWS)
def test_fold_blanks(text: str, folded: str, gaps: tuple[int, ...], reason: str) -> None:
    assert fold_blanks(text) == (folded, gaps), reason


MARKER_ROWS = [
    # (line, text, marker, reason)
    ("-- Shares rise", "Shares rise", "-- ", "double hyphen list marker"),
    ("--  Shares rise", "Shares rise", "-- ", "marker followed by a run of blanks"),
    ("– Shares rise", "Shares rise", "– ", "en dash marker"),
    ("* Shares rise", "Shares rise", "* ", "asterisk bullet"),
    ("• 3 killed", "3 killed", "• ", "bullet before a digit"),
    ("- (Adds quote)", "(Adds quote)", "- ", "marker before a bracket"),
    ("* * *", "* * *", "", "a rule is not a marker"),
    ("-5 percent", "-5 percent", "", "a minus sign touches its number"),
    ("--", "", "", "markers with nothing after them are an empty item: a blank line"),
    ("-- --", "", "", "markers alone, twice"),
    ("---", "---", "", "three dashes are a rule, not a marker"),
]


@pytest.mark.parametrize(("line", "text", "marker", "reason"), MARKER_ROWS)
def test_list_marker(line: str, text: str, marker: str, reason: str) -> None:
    (parsed,) = split_lines(line)
    assert (parsed.text, parsed.marker) == (text, marker), reason


STORY = """Harbour cranes idle as strike spreads
By Jane Roe, Senior Correspondent
Tue Mar 7, 2023 9:15am EDT

ROTTERDAM, March 7 (Reuters) - Dock workers walked out on Tuesday.

The strike is the third this year, the union said.
"""


def _key(text: str) -> tuple[object, ...]:
    story = parse(text)
    d = story.dateline
    return (
        story.headline,
        story.byline and story.byline.authors,
        d and (" ".join(d.text.split()), d.place, d.date, d.agency),
        story.paragraphs,
    )


def _head_dashed(text: str) -> str:
    head, _, rest = text.partition("\n\n")
    return "\n".join(f"-- {line}" for line in head.split("\n")) + "\n\n" + rest


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda t: t.replace(" ", "  "), "every blank doubled"),
        (lambda t: t.replace("ROTTERDAM, ", "ROTTERDAM,\u00a0"), "a no-break space in the dateline"),
        (lambda t: t.replace("ROTTERDAM, March 7 ", "ROTTERDAM,  March 7   "), "blank runs in the dateline"),
        (_head_dashed, "a list marker before each head line"),
        (lambda t: t.replace("\n", "  \n"), "trailing blanks"),
    ],
)
def test_layout_keeps_the_record(change, reason: str) -> None:
    assert _key(change(STORY))[0] == "Harbour cranes idle as strike spreads", reason
    assert _key(change(STORY)) == _key(STORY), reason


def test_markers_stay_on_the_items_of_a_list() -> None:
    story = parse(STORY + "\n* Ships wait offshore.\n\n* Trucks queue at the gates.\n")
    assert story.paragraphs[-2:] == ("* Ships wait offshore.", "* Trucks queue at the gates.")


def test_a_marker_before_one_paragraph_alone_is_layout() -> None:
    story = parse(STORY + "\n-- The port handles 400 ships a day.\n")
    assert story.paragraphs[-1] == "The port handles 400 ships a day."


def test_the_dateline_line_loses_its_marker() -> None:
    story = parse("Cranes idle\n\n-- ROTTERDAM, March 7 (Reuters) - Dock workers walked out.\n")
    assert story.dateline is not None and story.dateline.place == "Rotterdam"
    assert story.paragraphs[0] == "Dock workers walked out."


def test_a_common_margin_is_not_an_indent() -> None:
    text = "Cranes idle\n\nROTTERDAM, March 7 (Reuters) - Dock workers\nwalked out on Tuesday.\n\nThe union said so.\n"
    pushed = "\n".join(f"   {line}" if line else line for line in text.split("\n"))
    assert (
        parse(pushed).paragraphs
        == parse(text).paragraphs
        == (
            "Dock workers walked out on Tuesday.",
            "The union said so.",
        )
    )


@pytest.mark.parametrize("indent", ["    ", "  ", "\t"])
def test_a_wrapped_story_indented_under_flush_fields_keeps_its_paragraphs(indent: str) -> None:
    wrapped = (
        "The storm reached the coast early on Monday and closed the port\n"
        "for the rest of the day, the harbour master said, and ferries\n"
        "stayed in their berths until the winds dropped.\n\n"
        "The port reopened on Tuesday and the first ferry left at noon,\n"
        "carrying about two hundred passengers to the islands.\n"
    )
    body = "\n".join(f"{indent}{line}" if line else line for line in wrapped.split("\n"))
    story = parse(f"Title: Storm closes the port\nLanguage: English\n\n{body}")
    assert len(story.paragraphs) == 2
    assert story.paragraphs[0].endswith("until the winds dropped.")


def test_indented_short_rows_stay_a_paragraph_each() -> None:
    rows = "    Oslo      12 ships\n    Bergen     9 ships\n    Tromso     4 ships\n"
    story = parse(f"Storm closes ports\n\nThe storm closed three ports on Monday.\n\n{rows}")
    assert len(story.paragraphs) == 4


@pytest.mark.parametrize(
    ("ending", "reason"),
    [
        ("\r\n", "CRLF"),
        ("\r  \n", "trailing blanks between CR and LF"),
        ("\r\t\n", "a tab between CR and LF"),
    ],
)
def test_blanks_between_cr_and_lf_are_no_line(ending: str, reason: str) -> None:
    lines = split_lines(ending.join(["Cranes idle", "", "The union said so.", ""]))
    assert [line.text for line in lines] == ["Cranes idle", "", "The union said so.", ""], reason


@pytest.mark.parametrize(
    ("before", "reason"),
    [
        ("", "the code opens the line"),
        ("  ", "blanks before the code"),
        ("-- ", "a list marker before the code"),
    ],
)
def test_a_transmission_header_after_layout(before: str, reason: str) -> None:
    (line,) = split_lines(f"{before}\x01abc123 4 i 211 ccccb")
    assert line.header, reason


@pytest.mark.parametrize(
    ("text", "lines", "reason"),
    [
        (
            "PORT STRIKE SPREADS &HT; By JANE ROE",
            ["PORT STRIKE SPREADS", "By JANE ROE"],
            "a field opens mid-line",
        ),
        (
            "PORT STRIKE SPREADS&HT;By JANE ROE",
            ["PORT STRIKE SPREADS", "By JANE ROE"],
            "no blanks around the code",
        ),
        ("the union said. &QL; The port", ["the union said.", "The port"], "a line closed mid-line"),
        (
            "web sites like &UR; example.org &LR; offer",
            ["web sites like example.org offer"],
            "a run inside a line",
        ),
        ("-- &HT; PORT STRIKE SPREADS", ["PORT STRIKE SPREADS"], "a list marker before a field code"),
    ],
)
def test_tipster_codes_are_layout(text: str, lines: list[str], reason: str) -> None:
    assert [line.text for line in split_lines(text) if line.text] == lines, reason


def test_a_line_broken_by_a_code_keeps_its_indent() -> None:
    lines = split_lines("   the union said. &QL; The port\n   reopened.\n")
    assert [line.indent for line in lines if line.text] == [0, 0, 0]


def test_a_quotation_dash_stays_with_its_paragraph() -> None:
    story = parse(STORY + "\n– We will stay out, the union leader said.\n")
    assert story.paragraphs[-1] == "– We will stay out, the union leader said."


def test_a_story_without_blank_lines_keeps_its_body() -> None:
    text = (
        "Cranes idle as strike spreads\nBy Jane Roe\n"
        "Dock workers walked out on Tuesday in a dispute over pay and hours, the union said, closing the port.\n"
        "Ships waited offshore.\n"
    )
    story = parse(text)
    assert story.headline == "Cranes idle as strike spreads"
    assert story.paragraphs and story.paragraphs[0].startswith("Dock workers walked out")


def test_a_line_read_holds_every_field_a_line_has() -> None:
    # lines are made field by field for speed: a field added to Line must be given there too
    assert split_lines("Text\n\n")[0] == Line(0, "Text", 0, "Text")
    assert split_lines("Text\n\n")[1] == Line(1, "", 0, "")


WIDE = "A paragraph runs across a line that is as wide as the lines around it"


@pytest.mark.parametrize("indent", ["", "  ", "\t"])
@pytest.mark.parametrize("gap", ["    ", " ", ""])
def test_a_hard_tab_code_opens_a_paragraph(indent: str, gap: str) -> None:
    text = f"HEADLINE\n\n{indent}&HT;{gap}{WIDE}\n{indent}ends here.\n{indent}&HT;{gap}{WIDE}\n{indent}ends too.\n"
    assert parse(text).paragraphs == (f"{WIDE} ends here.", f"{WIDE} ends too.")


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("当局者は新しい橋が来年開通すると述べた。", "工事は三年前に始まった。", "費用は百億円に上る。"),
        ("अधिकारियों ने कहा कि पुल अगले साल खुलेगा।", "काम तीन साल पहले शुरू हुआ।", "लागत बहुत है।"),
        ("حکام نے کہا کہ پل اگلے سال کھلے گا۔", "کام شروع ہوا۔", "لاگت زیادہ ہے۔"),
        ("တံတားကို လာမည့်နှစ်တွင် ဖွင့်မည်။", "လုပ်ငန်း စတင်ခဲ့သည်။", "ကုန်ကျစရိတ် များသည်။"),
        ("ባለሥልጣናት ድልድዩ በሚቀጥለው ዓመት ይከፈታል አሉ።", "ሥራው ተጀምሯል።", "ወጪው ከፍተኛ ነው።"),
        (
            "The officials said the new bridge would open next year.",
            "Work on it began three years ago in March.",
            "Its cost has doubled since work began.",
        ),
    ],
)
def test_lines_closed_by_another_scripts_stop_are_paragraphs(first: str, second: str, third: str) -> None:
    # web copy printed without blank lines: each line a paragraph, closed by its script's own stop
    story = parse(f"Headline\n\n{first}\n{second}\n{third}\n")
    assert story.paragraphs == (first, second, third)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "<h1>Storm closes the port</h1>\n<p>OSLO, March 5 (NTB)&nbsp;-&nbsp;A storm closed the port.</p>"
            "<p>Ferries resume on Wednesday&#8217;s tide.</p>",
            "block tags, a no-break space and a numeric reference",
        ),
        (
            "<H1>Storm closes the port</H1><P>OSLO, March 5 (NTB) - A <b>storm</b> closed the port.<BR>"
            "<BR>Ferries resume on Wednesday&rsquo;s tide.",
            "tags in capitals, line breaks and inline tags",
        ),
        (
            "> Storm closes the port\n>\n> OSLO, March 5 (NTB) - A storm closed the port.\n>\n"
            "> Ferries resume on Wednesday’s tide.\n",
            "every line quoted in a mail",
        ),
        (
            ">> Storm closes the port\n>>\n>>  OSLO, March 5 (NTB) - A storm closed the port.\n>>\n"
            ">> Ferries resume on Wednesday’s tide.\n",
            "quoted twice, blanks after the marks",
        ),
    ],
)
def test_markup_and_quote_marks_are_layout(text: str, reason: str) -> None:
    story = parse(text)
    assert story.headline == "Storm closes the port", reason
    assert story.dateline is not None and story.dateline.agency == "NTB", reason
    assert story.paragraphs == ("A storm closed the port.", "Ferries resume on Wednesday’s tide."), reason


SGML = """<DOC id="XYZ_19990101.0001" type="story" >
<DOCNO> XYZ19990101.0001 </DOCNO>
<HEADLINE>
Storm closes the port
</HEADLINE>
<DATELINE>{dateline}</DATELINE>
<TEXT>
<P>
A storm closed the port.
</P>
<P>
Ferries resume on Wednesday’s tide.
</P>
</TEXT>
</DOC>
"""


@pytest.mark.parametrize(
    ("dateline", "place", "reason"),
    [
        (" OSLO, March 5 (NTB) ", "Oslo", "a corpus's SGML: the dateline element holds a full dateline"),
        ("PORTAVILLA, Vestland", "Portavilla", "a dateline element of a place and region alone"),
        ("\n   Portavilla  \n", "Portavilla", "the place alone, on a line of its own, blanks around"),
    ],
)
def test_news_markup_is_layout_and_its_elements_say_their_roles(
    dateline: str, place: str, reason: str
) -> None:
    story = parse(SGML.format(dateline=dateline))
    assert story.headline == "Storm closes the port", reason
    assert story.dateline is not None and story.dateline.place == place, reason
    assert story.paragraphs == ("A storm closed the port.", "Ferries resume on Wednesday’s tide."), reason
    assert ("furniture", "DOCNO: XYZ19990101.0001") in [(b.kind, b.text) for b in story.boilerplate]


@pytest.mark.parametrize(
    "opening",
    ['<?xml version="1.0" encoding="UTF-8"?>\n<item>\n', '<!DOCTYPE story>\n<newsitem itemid="7">\n'],
)
def test_tags_of_any_vocabulary_alone_on_their_lines_are_layout(opening: str) -> None:
    closing = "</item>" if "item>" in opening else "</newsitem>"
    story = parse(
        f"{opening}Storm closes the port\n\nOSLO, March 5 (NTB) - A storm closed the port.\n{closing}\n"
    )
    assert story.headline == "Storm closes the port"
    assert story.paragraphs == ("A storm closed the port.",)


def test_ampersands_and_codes_that_are_no_references_stay() -> None:
    story = parse("Shares rise\n\nOSLO (NTB) - Shares of AT&T and R&D firms rose; Q&A follows.\n")
    assert story.paragraphs == ("Shares of AT&T and R&D firms rose; Q&A follows.",)


@pytest.mark.parametrize(
    "note",
    [
        "Ha -- they quoted you in the last graf! Nice work.\n\nDan\n",
        "See below.\n",
        "Hallo zusammen,\nzur Info.\n-- \nJoe\n",
    ],
)
@pytest.mark.parametrize("mark", ["> ", ">", ">> ", "  > "])
def test_a_quoted_story_under_a_replys_note_loses_its_marks(note: str, mark: str) -> None:
    quoted = "".join(
        f"{mark}{line}\n" if line else f"{mark.rstrip()}\n"
        for line in ["Storm closes the port", "", "OSLO, March 5 (NTB) - A storm closed the port.", "",
                     "Ferries resume on Wednesday's tide.", "", "The port reopens on Friday."]
    )  # fmt: skip
    story = parse(f"{note}\n{quoted}")
    assert story.dateline is not None and story.dateline.agency == "NTB"
    assert story.paragraphs == (
        "A storm closed the port.",
        "Ferries resume on Wednesday's tide.",
        "The port reopens on Friday.",
    )


def test_a_few_quoted_lines_under_a_longer_text_keep_their_marks() -> None:
    story = parse(
        "Storm closes the port\n\nOSLO (NTB) - A storm closed the port on Monday.\n\n"
        "Ferries stayed in.\n\nThe mayor spoke.\n\n> a reader wrote this\n"
    )
    assert story.paragraphs[-1] == "> a reader wrote this"


def test_a_story_with_one_quoted_line_is_not_unquoted() -> None:
    story = parse("Storm closes the port\n\n> a reader wrote this\n\nOSLO (NTB) - A storm closed it.\n")
    assert story.dateline is not None and story.dateline.text == "OSLO (NTB) -"


def test_tickers_and_names_in_angle_brackets_are_no_markup() -> None:
    story = parse("ACME <ACM> WINS SUIT AGAINST ZETA <Z>\n\nNEW YORK, March 3 - <Acme Corp> said it won.\n")
    assert story.headline == "ACME <ACM> WINS SUIT AGAINST ZETA <Z>"
    assert story.paragraphs == ("<Acme Corp> said it won.",)


@pytest.mark.parametrize(
    "headline",
    ["ACME (AFP) CONFIRMS EARNINGS", "ACME  (AFP)  CONFIRMS EARNINGS", "ZETA /XINHUA/ SEES PROFIT"],
)
def test_a_headline_in_capitals_naming_its_source_is_no_dateline(headline: str) -> None:
    story = parse(f"{headline}\n\nPARIS, March 9 - Acme confirmed its earnings.\n")
    assert story.headline == " ".join(headline.split())
    assert story.dateline is not None and story.dateline.text == "PARIS, March 9 -"


def _coded(sep: str, *, by: str = "By Jane Roe", blank: str = "") -> str:
    """An invented story in a news database's coded export, code and value parted by ``sep``
    (a blank, a tab, a run of blanks, or a line break)."""
    fields = [
        ("HD", "Storm closes the port"),
        ("BY", by),
        ("WC", "212 words"),
        ("PD", "5 March 2024"),
        ("SN", "Nordic Tidende"),
        ("LA", "English"),
        ("CY", "(c) 2024 Nordic Tidende"),
        ("LP", "OSLO, March 5 (NTB) - A storm closed the port."),
        ("TD", "Ferries resume on Wednesday’s tide."),
        ("NS", "gweath : Weather"),
        ("AN", "Document NT00000020240305ek3500001"),
    ]
    return "".join(f"{code}{sep}{value}\n{blank}" for code, value in fields)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_coded(" "), "code and value on one line"),
        (_coded("\t"), "parted by a tab"),
        (_coded("        "), "the value in a column of its own"),
        (_coded("\n"), "the code alone on its line, its value below"),
        (_coded("\n", blank="\n"), "the code alone, a blank line after each field"),
        (_coded("  ", by="Jane Roe"), "a byline without its 'By'"),
        (
            _coded(" ").replace("HD Storm closes the port\n", "HD Storm closes\n   the port\n"),
            "a wrapped headline",
        ),
        ("Page 1 of 2 (c) 2024 Archive Inc.\n\n" + _coded(" "), "a page header above the export"),
    ],
)
def test_a_coded_export_is_read_by_its_field_codes(text: str, reason: str) -> None:
    story = parse(text)
    assert story.headline == "Storm closes the port", reason
    assert story.byline is not None and story.byline.authors == ("Jane Roe",), reason
    assert story.dateline is not None and story.dateline.agency == "NTB", reason
    assert story.paragraphs == ("A storm closed the port.", "Ferries resume on Wednesday’s tide."), reason
    kept = " ".join(b.text for b in story.boilerplate if b.kind == "furniture")
    assert "212 words" in kept and "Document NT00000020240305ek3500001" in kept, reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "HD or not\n\nIN 2024 the port closed twice.\n\nLP stands for long play, said Jane Roe.\n",
            "lines of prose that open with codes, too few of the header's",
        ),
        (
            "Storm closes the port\n\nWC 212\nPD 5 March\nLA English\n\nOSLO (NTB) - A storm closed it.\n",
            "codes without a headline's code: no coded export",
        ),
    ],
)
def test_prose_opening_with_a_code_is_no_coded_export(text: str, reason: str) -> None:
    assert not any(line.header for line in split_lines(text)), reason


_NEXIS_CLASSIC = """\
                                3 of 41 DOCUMENTS

                              The Coastal Courier

                             March 5, 2024 Tuesday
                                 Final Edition

Storm closes the port

BYLINE: Jane Roe

SECTION: NEWS; Pg. A1

LENGTH: 212 words

BODY:

OSLO, March 5 (NTB) - A storm closed the port.

Ferries resume on Wednesday’s tide.

LOAD-DATE: March 6, 2024

LANGUAGE: ENGLISH
"""

_NEXIS_UNI = """\
Storm closes the port
The Coastal Courier
March 5, 2024 Tuesday{edition}

Copyright 2024 The Coastal Courier All Rights Reserved
Section: NEWS; Pg. A1
Length: 212 words
Byline: Jane Roe

{body}

OSLO, March 5 (NTB) - A storm closed the port.

Ferries resume on Wednesday’s tide.


Load-Date: March 6, 2024


End of Document
"""


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_NEXIS_CLASSIC, "a database export of old: a centred page header, labels in capitals"),
        (_NEXIS_CLASSIC.replace("BODY:\n\n", ""), "no label above the body"),
        (_NEXIS_UNI.format(edition="", body="Body"), "today's export: source and date under the title"),
        (
            _NEXIS_UNI.format(edition="\nFinal Edition", body="Body:"),
            "an edition line, the label with a colon",
        ),
        (_NEXIS_UNI.format(edition="", body="BODY"), "the label in capitals"),
    ],
)
def test_a_database_export_reads_as_its_story(text: str, reason: str) -> None:
    story = parse(text)
    assert story.headline == "Storm closes the port", reason
    assert story.summary is None, reason
    assert story.byline is not None and story.byline.authors == ("Jane Roe",), reason
    assert story.dateline is not None and story.dateline.agency == "NTB", reason
    assert story.paragraphs == ("A storm closed the port.", "Ferries resume on Wednesday’s tide."), reason


@pytest.mark.parametrize(
    "text",
    [
        "                    Storm Closes Port\n\n   OSLO (AP) -- A storm closed the port.\n",
        "                    Storm Closes Port\n\nOSLO (AP) -- A storm closed the port.\n",
        "                    Storm Closes Port\n\nA storm closed the port on Monday, officials said.\n",
    ],
)
def test_a_centred_headline_over_its_text_stays_the_headline(text: str) -> None:
    assert parse(text).headline == "Storm Closes Port"


@pytest.mark.parametrize("mark", ["@highlight", "@Highlight", "  @highlight"])
@pytest.mark.parametrize(
    "opening", ["OSLO (CNN) -- A storm closed the port.", "(CNN)A storm closed the port."]
)
def test_a_datasets_highlights_after_the_text_are_no_story_text(mark: str, opening: str) -> None:
    story = parse(
        f"{opening}\n\nFerries resume on Wednesday’s tide.\n\n{mark}\n\nStorm closes port\n\n"
        f"{mark}\n\nFerries to resume\n"
    )
    assert story.dateline is not None and story.dateline.agency == "CNN"
    assert story.paragraphs == ("A storm closed the port.", "Ferries resume on Wednesday’s tide.")
    assert ("other", "Ferries to resume") in [(b.kind, b.text) for b in story.boilerplate]


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        (
            "By . Jane Roe . PUBLISHED: . 07:14 EST, 5 March 2013 . | . UPDATED: . 09:42 EST, 5 March 2013 . ",
            ("Jane Roe",),
        ),
        ("By . Jane Roe and Tom Lee . PUBLISHED: . 18:03 EST, 4 March 2014 . ", ("Jane Roe", "Tom Lee")),
        ("By . Jane Roe . Last updated at 4:51 PM on 5th March 2011 . ", ("Jane Roe",)),
        ("By . Jane Roe . ", ("Jane Roe",)),
        ("\n  By . Jane Roe . Published: . 07:14 EST, 5 March 2013 . ", ("Jane Roe",)),
    ],
)
def test_a_page_head_run_into_the_first_line_is_set_apart(head: str, authors: tuple[str, ...]) -> None:
    story = parse(
        f"{head}A storm closed the port on Monday and kept every ferry in the harbour overnight .\n\n"
        "Ferries resume on Wednesday’s tide.\n"
    )
    assert story.headline is None
    assert (story.byline.authors if story.byline else ()) == authors
    assert story.paragraphs[0].startswith("A storm closed the port")
    assert len(story.paragraphs) == 2


def test_spaced_stops_in_prose_are_no_page_head() -> None:
    text = "By . the way . this line is prose\n\nOSLO (NTB) - A storm closed the port.\n"
    assert split_lines(text)[0].text == "By . the way . this line is prose"


def test_lines_a_hard_wrap_ends_with_an_abbreviation_stay_one_paragraph() -> None:
    lines = (
        "Officials also said that there was no sign that the U.S.",
        "budget would be balanced next year and cautioned the U.S.",
        "Congress against planning any new spending or tax cuts.",
    )
    story = parse("Headline\n\n" + "\n".join(lines) + "\n")
    assert story.paragraphs == (" ".join(lines),)


@pytest.mark.parametrize(
    "summary",
    [
        "Ferries will resume on Wednesday, the harbour master said.",
        "Ferries will resume on Wednesday, the harbour master said",
    ],
)
@pytest.mark.parametrize("closing", ["", "\nIts cost has doubled since the work began three years ago."])
def test_a_datasets_title_summary_and_text_without_blank_lines(summary: str, closing: str) -> None:
    text = (
        "A storm closed the port on Monday and kept every ferry of the coast in the harbour overnight, "
        "while crews cleared the quays of fallen cargo and the town's schools stayed shut."
    )
    story = parse(f"Storm closes the port\n{summary}\n{text}{closing}\n")
    assert story.headline == "Storm closes the port"
    assert story.summary == summary
    assert story.paragraphs[0] == text


@pytest.mark.parametrize("gap", ["\n", " ", "  "])
@pytest.mark.parametrize("blank", ["\n", "\n\n\n"])
def test_a_datasets_field_markers_say_their_fields(gap: str, blank: str) -> None:
    text = (
        f"[SN]URL[SN]{gap}http://example.com/news/1{blank}"
        f"[SN]TITLE[SN]{gap}Storm closes the port{blank}"
        f"[SN]FIRST-SENTENCE[SN]{gap}A storm closed the port on Monday, officials said.{blank}"
        f"[SN]RESTBODY[SN]{gap}Ferries resume on Wednesday’s tide.\nThe harbour reopens at noon.\nNo one was hurt.\n"
    )
    story = parse(text)
    assert story.headline == "Storm closes the port"
    assert story.summary == "A storm closed the port on Monday, officials said."
    assert story.paragraphs == (
        "Ferries resume on Wednesday’s tide.",
        "The harbour reopens at noon.",
        "No one was hurt.",
    )


@pytest.mark.parametrize(
    "metadata",
    [
        "<DATE> 5-MAR-1987 09:41:22.41</DATE>\n<TOPICS><D>grain</D></TOPICS>\n<PEOPLE></PEOPLE>\n",
        "<versionCreated>2024-11-12T09:14:00+01:00</versionCreated>\n<located><name>Oslo</name></located>\n",
        "  <link>https://example.com/</link>\n  <pubDate>Tue, 05 Mar 2024</pubDate>\n",
    ],
)
def test_an_archives_data_in_elements_is_furniture(metadata: str) -> None:
    text = f"<DOC>\n{metadata}<HEADLINE>Storm closes the port</HEADLINE>\n<TEXT>\nOSLO (NTB) - A storm closed the port.\n</TEXT>\n</DOC>\n"
    story = parse(text)
    assert story.headline == "Storm closes the port"
    assert story.summary is None
    assert story.paragraphs == ("A storm closed the port.",)


def test_nitf_inline_elements_are_no_text() -> None:
    story = parse(
        "<nitf><body><body.head><hedline><hl1>Storm closes the port</hl1></hedline>\n"
        "<byline>By <person>Jane Roe</person></byline></body.head>\n"
        "<body.content><p><location><city>Oslo</city></location> (NTB) - A storm closed the port.</p>"
        "</body.content></body></nitf>\n"
    )
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)
    assert story.paragraphs == ("A storm closed the port.",)


@pytest.mark.parametrize(
    ("subject", "restated"),
    [
        ("[ACME] Storm closes the port", "STORM CLOSES THE PORT"),
        ("Acme alert: Storm closes the port", "Storm closes the port"),
        ("ACME News Alert: Storm closes the port", "ACME NEWS ALERT"),
        ("FW: [ACME]  Storm closes the port", "Storm  closes the port"),
    ],
)
def test_an_agencys_mail_alert_reads_as_its_story(subject: str, restated: str) -> None:
    story = parse(
        f"From: Acme Alerts <alerts@example.com>\nDate: Tue, 5 Mar 2024 15:42\nSubject: {subject}\n\n{restated}\n\n"
        "OSLO, March 5 (NTB) -- A storm closed the port.\n\nFerries resume on Wednesday’s tide.\n\n"
        "You are receiving this e-mail because you subscribed to Acme alerts. To unsubscribe, click here.\n"
    )
    assert story.headline == "Storm closes the port"
    assert story.summary is None
    assert story.dateline is not None and story.dateline.text == "OSLO, March 5 (NTB) --"
    assert story.paragraphs == ("A storm closed the port.", "Ferries resume on Wednesday’s tide.")


MARKDOWN_STORY = (
    "# Port workers strike over new rosters\n\n"
    "**By Jane Roe**\n\n"
    "_Workers outside the port gate on Monday. (Acme Photo/Tom Lee)_\n\n"
    "**OSLO (Reuters)** – Port workers walked out on Monday over new [rosters](https://example.com/r),"
    " the union said.\n\n"
    '> "We were not asked," a docker said.\n\n'
    "![crane](https://example.com/crane.jpg)\n\n"
    "Talks resume on *Tuesday*.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        MARKDOWN_STORY,
        MARKDOWN_STORY.replace("# ", "## ").replace("**By Jane Roe**", "*By Jane Roe*"),
        MARKDOWN_STORY.replace("**OSLO (Reuters)** –", "**OSLO (Reuters) –**")
        .replace("_Workers", "*Workers")
        .replace("Tom Lee)_", "Tom Lee)*"),
    ],
    ids=["hashes-and-stars", "two-hashes-one-star", "dash-inside-the-bold"],
)
def test_markdown_is_layout(text: str) -> None:
    story = parse(text)
    assert story.headline == "Port workers strike over new rosters"
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)
    assert story.dateline is not None and (story.dateline.place, story.dateline.agency) == ("Oslo", "Reuters")
    assert story.paragraphs == (
        "Port workers walked out on Monday over new rosters, the union said.",
        '"We were not asked," a docker said.',
        "Talks resume on Tuesday.",
    )


@pytest.mark.parametrize(
    "byline",
    [
        "By [Jane Roe](/authors/jane-\nroe/) and [Tom Lee](/authors/tom-lee/)",
        "By [Jane  Roe](/authors/jane-\nroe/) and [Tom Lee](/authors/tom-\nlee/)",
        "By [Jane Roe](https://acme.example/authors/jane-roe/?utm_source=\nfeed) and [Tom Lee](/a/tom-lee/)",
    ],
    ids=["address-wrapped", "two-wrapped-blanks-doubled", "query-wrapped"],
)
def test_a_markdown_link_wrapped_by_its_converter_is_read_whole(byline: str) -> None:
    # (the converter wraps its lines inside a link's address: the link is read whole)
    story = parse(f"# Port workers strike\n\n{byline}\n\nOSLO (Reuters) - Port workers walked out.\n")
    assert story.byline is not None and story.byline.authors == ("Jane Roe", "Tom Lee")


DUMPED_PAGE = (
    "   [1]Acme News\n   [2]World [3]Business [4]Sport [5]Culture\n\n"
    "Port workers strike over new rosters\n\n   By [6]JANE ROE\n\n"
    "   OSLO (Reuters) - Port workers walked out on Monday over new [7]rosters, the union said.\n\n"
    "   Talks resume on Tuesday.\n\n   * [8]Labour\n\nReferences\n\n"
    "   1. https://acme.example/\n   2. https://acme.example/world\n   3. https://acme.example/business\n"
    "   4. https://acme.example/sport 5. https://acme.example/culture\n   6. https://acme.example/author/jane-roe\n"
    "   7. https://acme.example/rosters\n   8. https://acme.example/tag/labour\n"
)


@pytest.mark.parametrize(
    "text",
    [
        DUMPED_PAGE,
        DUMPED_PAGE.replace("   ", ""),
        DUMPED_PAGE.replace("[6]JANE ROE", "[6]Jane  Roe").replace("\n", "\r\n"),
    ],
    ids=["indented", "flush", "blanks-doubled-crlf"],
)
def test_a_browsers_numbers_for_its_links_are_layout(text: str) -> None:
    story = parse(text)
    assert story.headline == "Port workers strike over new rosters"
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)
    assert story.paragraphs == (
        "Port workers walked out on Monday over new rosters, the union said.",
        "Talks resume on Tuesday.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The port shut.[1] Talks resume.[2] Pay is at issue.[3]",
        "[3]Oslo [2]Bergen [1]Tromsø are the ports.",
        "See [1] and [2] and [3] for the figures.",
    ],
    ids=["footnotes-after-words", "numbers-falling", "numbers-apart"],
)
def test_numbers_in_brackets_that_number_no_links_stay(text: str) -> None:
    from wireparse.lines import split_lines

    assert [line.text for line in split_lines(text) if line.text] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "* * *",
        "WASHINGTON _ The senate met.",
        "Scores: Boston;24;14;.632;_;_;7-3",
        "___",
        "5*3*2 = 30",
        "a_b and c_d",
    ],
)
def test_signs_that_are_no_markdown_stay(text: str) -> None:
    from wireparse.lines import split_lines

    assert [line.text for line in split_lines(text) if line.text] == [text]


@pytest.mark.parametrize("margin", [" ", "  ", "   ", "    ", "\t"])
def test_markdown_under_a_margin_reads_as_without_it(margin: str) -> None:
    indented = "\n".join(margin + line if line else line for line in MARKDOWN_STORY.split("\n"))
    plain, pushed = parse(MARKDOWN_STORY), parse(indented)
    assert (pushed.headline, pushed.paragraphs, pushed.dateline) == (
        plain.headline,
        plain.paragraphs,
        plain.dateline,
    )


@pytest.mark.parametrize(
    ("line", "marker", "text"),
    [
        ("⚡️ OSLO, 5 March. /NTB/. The port", "⚡️ ", "OSLO, 5 March. /NTB/. The port"),
        ("🔴🔴  Port strike spreads", "🔴🔴 ", "Port strike spreads"),
        ("🇳🇴Port strike spreads", "🇳🇴 ", "Port strike spreads"),
        ("🇳🇴 | OSLO, 5 March. /NTB/. The port", "🇳🇴 | ", "OSLO, 5 March. /NTB/. The port"),
        ("⚡️｜Port strike spreads", "⚡️｜ ", "Port strike spreads"),
        ("Oil | Port strike spreads", "", "Oil | Port strike spreads"),
        ("© 2024 Acme", "", "© 2024 Acme"),
        ("Ünal said", "", "Ünal said"),
    ],
)
def test_a_channels_pictographs_opening_a_line_are_its_marker(line: str, marker: str, text: str) -> None:
    first = split_lines(line)[0]
    assert (first.marker, first.text) == (marker, text)


def test_a_dateline_after_a_channels_pictograph_is_read() -> None:
    story = parse("⚡️ OSLO, 5 March. /NTB/. The port closed on Tuesday.\n")
    assert story.dateline is not None and story.dateline.agency == "NTB"


@pytest.mark.parametrize("code", ["&LR;", "&UR;"])
def test_a_line_a_wrap_opened_with_a_runs_code_is_not_indented(code: str) -> None:
    text = (
        "   The magazine ran a long piece in its issue of &UR; The Coast,\n"
        f" {code} she said, and the port was busy all week long\n"
        "for the rest of the month.\n"
    )
    lines = [line for line in split_lines(text) if line.text]
    assert lines[1].indent == lines[2].indent


def test_a_paragraph_after_a_runs_code_line_is_one_paragraph() -> None:
    from wireparse import parse

    text = (
        "Port news\n\n   The magazine ran a long piece in its issue of &UR; The Coast,\n"
        " &LR; she said, and the port was busy all week long, with\nships waiting.\n\n"
        "   The port reopened on Tuesday.\n"
    )
    assert len(parse(text).paragraphs) == 2


CHAT_BODY = "*🔴 Port workers strike over new rosters*\n\nOSLO, March 5 (Reuters) - Port workers walked out.\n\nTalks resume on Tuesday.\n"


@pytest.mark.parametrize(
    "stamp",
    [
        "05/03/2025, 21:14 - Jane Roe: ",
        "[05/03/2025, 21:14:07] Jane Roe: ",
        "3/5/25, 9:14 PM - Jane Roe: ",
        "05.03.2025, 21:14 - Acme Desk:",
    ],
)
def test_a_chat_exports_stamp_and_sender_are_set_apart(stamp: str) -> None:
    story = parse(f"{stamp}{CHAT_BODY}{stamp.split(' - ')[0].split('] ')[0]} - Tom Lee: 👍\n")
    assert story.headline == "Port workers strike over new rosters"
    assert story.paragraphs == ("Port workers walked out.", "Talks resume on Tuesday.")
    assert stamp.strip() in [b.text for b in story.boilerplate if b.kind == "furniture"]


def test_a_time_and_a_colon_in_a_sentence_are_no_chat_stamp() -> None:
    story = parse("Port workers strike\n\nOSLO, March 5 (Reuters) - At 21:14 - said a docker: we stop.\n")
    assert story.paragraphs == ("At 21:14 - said a docker: we stop.",)


def test_emphasis_around_a_channels_pictographs_is_layout() -> None:
    assert parse(CHAT_BODY).headline == "Port workers strike over new rosters"


CODED_EXPORT = (
    "HD\nBridge shut to lorries after cracks found\nBY\nBy Jane Roe\nWC\n398 words\nPD\n5 February 2024\n"
    "SN\nAcme News\nLA\nEnglish\n\nLP\nHARBOUR CITY, Feb 5 (Acme) - The council closed the old bridge on Monday.\n\n"
    "Engineers found cracks in two of its piers.\n\nTD\nA new bridge is due in 2027, the council said.\n"
)


@pytest.mark.parametrize(
    "layout",
    [
        lambda text: "\n".join(f"   {line}" if line else line for line in text.split("\n")),
        lambda text: (
            "\n".join(f"-- {line}" if line else line for line in text.split("\n")[:12])
            + "\n"
            + "\n".join(text.split("\n")[12:])
        ),
    ],
    ids=["indented", "dash-marked-header"],
)
def test_a_coded_export_reads_the_same_indented_or_marked(layout) -> None:
    plain = parse(CODED_EXPORT)
    changed = parse(layout(CODED_EXPORT))
    assert plain.headline == "Bridge shut to lorries after cracks found"
    assert (changed.headline, changed.dateline, changed.paragraphs) == (
        plain.headline,
        plain.dateline,
        plain.paragraphs,
    )
