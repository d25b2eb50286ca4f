"""The head's rule table, one row per rule: invented copy, the line the rule must take, and what the
draft record holds after it. Each row is also read with its rule removed from the table, and must
then come out differently: a rule whose row passes without it has no row that shows what it does."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import NamedTuple

import pytest

from wireparse import head, parse
from wireparse.lines import split_lines
from wireparse.rules import Draft

BODY = "The storm reached the coast early on Monday and closed the port for the rest of the day."


class Row(NamedTuple):
    rule: str
    text: str
    line: int
    """The number of the line the rule takes."""
    with_dateline: bool
    check: Callable[[Draft], bool]
    reason: str


def kept(d: Draft) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in d.boilerplate]


def head_of(text: str) -> Draft:
    """The draft after reading ``text`` as the head above a dateline."""
    draft = Draft()
    head.read_head(split_lines(text), draft, with_dateline=True)
    return draft


def captions(d: Draft) -> list[tuple[str | None, str | None]]:
    return [(c.text, c.credit) for c in d.captions]


ROWS = [
    Row(
        "labelled_field",
        "Subject: DEL47 BIZ-TEA-EXPORTS\n\nDEL47\nTea exports rise in March",
        0,
        True,
        lambda d: d.headline == "Tea exports rise in March",
        "a subject that is a desk's slug alone is no headline",
    ),
    Row(
        "unknown_field",
        "Rubric: Regions\nTitle: Storm hits the coast\nVolume: 214 words",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast" and ("other", "Rubric: Regions") in kept(d),
        "an unknown label in a run of fields with a known one is one more field",
    ),
    Row(
        "labelled_field",
        "From: Desk <desk@example.com>\nSubject: Storm hits the coast",
        1,
        True,
        lambda d: (
            d.headline == "Storm hits the coast"
            and kept(d) == [("furniture", "From: Desk <desk@example.com>")]
        ),
        "an export's labelled fields: a subject is the headline, a sender furniture",
    ),
    Row(
        "header_line",
        "\x01Storm warning issued\nStorm hits the coast",
        0,
        True,
        lambda d: kept(d) == [("furniture", "Storm warning issued")] and d.headline == "Storm hits the coast",
        "a transmission header is furniture, never the headline",
    ),
    Row(
        "menu_column",
        "Skip to main content\nAcme News\nHome\nNews\nSport\nWeather\nBusiness\nPolitics\nMore menu\nSearch Acme\n"
        f"Ferry delayed again as repairs drag on for another week\n\n{BODY}",
        1,
        False,
        lambda d: (
            d.headline == "Ferry delayed again as repairs drag on for another week"
            and ("navigation", "Acme News") in kept(d)
        ),
        "a page's menu copied an item a line, sections among its items, over the title",
    ),
    Row(
        "placeholder_caption",
        "Storm hits the coast\n\n[Photo]\nA fishing boat in the harbour\n© Jane Roe",
        2,
        True,
        lambda d: (
            captions(d) == [("A fishing boat in the harbour", "Jane Roe")]
            and ("furniture", "[Photo]") in kept(d)
        ),
        "after the headline, a picture's placeholder and the caption printed under it, its credit alone",
    ),
    Row(
        "combined_caption",
        "Storm hits the coast\n\nA fishing boat in the harbour  Jane Roe/TASS",
        2,
        True,
        lambda d: captions(d) == [("A fishing boat in the harbour", "Jane Roe/TASS")],
        "caption and credit on one line, split apart",
    ),
    Row(
        "combined_caption",
        "FILE - Boats in the harbour on Monday, March 4, 2024. (AP Photo/Jane Roe, File)\n\nStorm hits the coast",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast" and captions(d)[0][1] == "AP Photo/Jane Roe, File",
        "above the headline, a sentence its photo credit closes is the lead picture's caption",
    ),
    Row(
        "byline_affiliation",
        "Storm hits the coast\nBy Jane Roe\nAssociated Press",
        2,
        True,
        lambda d: d.byline_agency == "AP" and kept(d) == [("furniture", "Associated Press")],
        "the agency under a byline credits it and is not an author",
    ),
    Row(
        "byline",
        "Storm hits the coast\nBy Jane Roe",
        1,
        True,
        lambda d: d.authors == ["Jane Roe"] and d.byline_text == ["By Jane Roe"],
        "a line that opens with By is the byline",
    ),
    Row(
        "agency_byline",
        "Storm hits the coast\n\nFelix Brandt, dpa",
        2,
        True,
        lambda d: d.authors == ["Felix Brandt"] and d.byline_agency == "dpa",
        "a name and an agency after the headline is the byline",
    ),
    Row(
        "wrapped_byline",
        "Storm hits the coast\nBy Jane Roe\nand John Doe",
        2,
        True,
        lambda d: d.byline_text == ["By Jane Roe", "and John Doe"],
        "a byline wrapped onto the next line goes on",
    ),
    Row(
        "agency_caption",
        "Storm hits the coast\n\nOSLO: Fishing boats in the harbour on Monday. - NTB",
        2,
        True,
        lambda d: (
            captions(d) == [("OSLO: Fishing boats in the harbour on Monday.", "NTB")] and d.summary is None
        ),
        "a block an agency's name closes after a dash captions the agency's photo",
    ),
    Row(
        "photo_credit",
        "Storm hits the coast\n\nPhoto: Jane Roe",
        2,
        True,
        lambda d: captions(d) == [(None, "Jane Roe")],
        "a photo credit alone is a caption without text",
    ),
    Row(
        "caption_under_byline",
        "Storm hits the coast\nJane Roe\nWaves break over the sea wall on Monday.\n\nThe storm reached the coast.",
        2,
        False,
        lambda d: (
            captions(d) == [("Waves break over the sea wall on Monday.", None)] and d.authors == ["Jane Roe"]
        ),
        "a sentence closing the headline's block under the byline is the picture's caption",
    ),
    Row(
        "kept_line",
        "Storm hits the coast\n\nEDITOR'S NOTE: Adds detail on damage",
        2,
        True,
        lambda d: kept(d) == [("ednote", "EDITOR'S NOTE: Adds detail on damage")],
        "an editor's note in the head is boilerplate (one in brackets: bracketed_note)",
    ),
    Row(
        "rights_notice",
        "Copyright 2024 Acme News\n   All Rights Reserved\n\nStorm hits the coast",
        1,
        True,
        lambda d: d.headline == "Storm hits the coast" and ("service", "All Rights Reserved") in kept(d),
        "a line reserving the story's rights above the headline, as a database export prints it",
    ),
    Row(
        "headline",
        "UPDATE 1-Storm hits the coast",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast" and kept(d) == [("ednote", "UPDATE 1-")],
        "the first line of text is the headline, its flags set aside",
    ),
    Row(
        "title_under_subject",
        "Subject: Fwd: piece on the port\nFrom: Jane Roe <jroe@example.org>\n\nPort opens a second quay",
        3,
        True,
        lambda d: (
            d.headline == "Port opens a second quay"
            and ("other", "Subject: Fwd: piece on the port") in kept(d)
        ),
        "the story's own title under a mail's header outranks the mail's subject",
    ),
    Row(
        "duplicate",
        "Storm hits the coast\n\nStorm hits the coast",
        2,
        True,
        lambda d: kept(d) == [("duplicate", "Storm hits the coast")] and d.summary is None,
        "the headline printed again is not the summary",
    ),
    Row(
        "caption_and_credit",
        "Storm hits the coast\n\nA fishing boat in the harbour\nPhoto: Jane Roe",
        2,
        True,
        lambda d: captions(d) == [("A fishing boat in the harbour", "Jane Roe")],
        "a caption with its credit on the next line is one caption",
    ),
    Row(
        "headline_continued",
        "Storm hits the coast\nof the north sea",
        1,
        True,
        lambda d: d.headline == "Storm hits the coast of the north sea",
        "a headline wrapped onto a lower-case line",
    ),
    Row(
        "headline_continued",
        "Storm closes the port in\nNorth Harbour",
        1,
        True,
        lambda d: d.headline == "Storm closes the port in North Harbour",
        "a headline left open on a function word goes on on the next line, capital or not",
    ),
    Row(
        "section_label",
        "Economia\n\nStorm hits the coast",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast" and kept(d) == [("navigation", "Economia")],
        "a capitalised word alone above the headline is the page's section",
    ),
    Row(
        "signed_caption",
        "Storm hits the coast\n\n(OSLO=XNA) Boats in the harbour on Monday. 2024.3.5\nroe@example.com",
        2,
        True,
        lambda d: (
            [c.text for c in d.captions]
            == ["(OSLO=XNA) Boats in the harbour on Monday. 2024.3.5 roe@example.com"]
        ),
        "above the dateline, a block the photographer's mail address closes is the picture's caption",
    ),
    Row(
        "organisation_masthead",
        "Agencia nacional de noticias\n\nEl puerto duplica su muelle principal",
        0,
        True,
        lambda d: d.headline == "El puerto duplica su muelle principal",
        "a news organisation's name opening the page over a longer title",
    ),
    Row(
        "over_a_signed_title",
        "Campus news from student papers across the region\n\nThe Valley Ledger (Valley State)\n\n"
        "Library extends its weekend hours\n\nBy Ana Ruiz, Ledger Staff\nMarch 8, 2024",
        0,
        True,
        lambda d: d.headline == "Library extends its weekend hours",
        "a motto naming news at the page's top, over a title a byline signs further down",
    ),
    Row(
        "signing_block",
        "Storm hits the coast\n\n05.03.2024 11:42  Weather\nVon Jana Roth",
        2,
        False,
        lambda d: d.authors == ["Jana Roth"] and ("other", "05.03.2024 11:42 Weather") in kept(d),
        "a stamp with its section over the byline, in one block: the byline, the stamp the page's",
    ),
    Row(
        "name_over_navigation",
        "01net\nAccueil > Actualités > Tablettes\n\nLa tablette Orca 11 à moins de 200 euros : bonne affaire ?\n\n"
        "Lancée à 349 euros, elle chute.\n\nPar Julien Marceau\n\n" + BODY,
        0,
        False,
        lambda d: d.headline == "La tablette Orca 11 à moins de 200 euros : bonne affaire ?",
        "a site's short name over its breadcrumb at the page's top: no headline, though a question follows",
    ),
    Row(
        "page_head",
        "HARBOUR PRESS REVIEW          Ministry of Ports\nTuesday, 5 March 2024          Page 3 of 9\n\n"
        "Storm hits the coast",
        0,
        True,
        lambda d: (
            d.headline == "Storm hits the coast"
            and ("furniture", "HARBOUR PRESS REVIEW Ministry of Ports") in kept(d)
        ),
        "a PDF page's running head: its columns over a date and the page's number",
    ),
    Row(
        "agency_name",
        "Agencia Venezolana de Noticias\nNacionales",
        0,
        True,
        lambda d: d.headline is None and ("navigation", "Nacionales") in kept(d),
        "an agency's full name alone over the dateline, its section under it: no headline",
    ),
    Row(
        "poster",
        "Harbour Town News\n3h · 🌎\n\nStorm hits the coast",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast" and ("other", "Harbour Town News") in kept(d),
        "a page's name over its post's stamp is the poster, no headline",
    ),
    Row(
        "running_head",
        "DAILY PORTS DIGEST 5 March 2024\n\nStorm hits the coast",
        0,
        True,
        lambda d: (
            d.headline == "Storm hits the coast"
            and kept(d) == [("furniture", "DAILY PORTS DIGEST 5 March 2024")]
        ),
        "a digest's masthead with its issue's date is no headline",
    ),
    Row(
        "masthead",
        "Acme  Finance\n\nStorm hits the coast\n\nJane Roe\nMarch 5, 2024 at 10:42 AM",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast" and kept(d)[0][0] == "navigation",
        "a site's name of a few capitalised words over a title signed by a name and a stamp",
    ),
    Row(
        "masthead",
        "National / Society\n\nStorm hits the coast\nPort closes for the day\n\nKYODO\nOct 15, 2024",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast" and kept(d)[0] == ("navigation", "National / Society"),
        "a page's sections over a title and deck that an agency and stamp follow",
    ),
    Row(
        "masthead",
        "Coastline Online\nHarbour Edition\n\nStorm hits the coast\n\nThe port closed for a day.\n\nBy Jane Roe",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast" and kept(d)[0] == ("navigation", "Coastline Online"),
        "a paper's name and its section, a standfirst between the title and its byline",
    ),
    Row(
        "masthead",
        "Общество | Регионы\nШторм закрыл порт\n\nМаксим Иванов\n05.03.2024",
        0,
        True,
        lambda d: d.headline == "Шторм закрыл порт",
        "a section and its subsection between bars, over a title in another script (a section beside "
        "its stamp alone is a line of furniture: test_line_kinds)",
    ),
    Row(
        "masthead",
        "כלכלה | עסקים\n\nסערה סגרה את הנמל\n\nהנמל נסגר ביום שני.",
        0,
        False,
        lambda d: d.headline == "סערה סגרה את הנמל",
        "a section and its subsection between bars, over a title no one signs, alone over the text",
    ),
    Row(
        "masthead",
        "Acme Online | World\nShare: Facebook | X\n\nStorm hits the coast",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast",
        "a site's name and section between bars over the head's last line, above the dateline",
    ),
    Row(
        "page_menu",
        "Menu\nWorld\nU.S. affairs\nBusiness\n\nStorm hits the coast\n\nBy Jane Roe",
        2,
        True,
        lambda d: d.headline == "Storm hits the coast" and ("navigation", "U.S. affairs") in kept(d),
        "a block of short items above the headline is a page's menu, an abbreviation's dot and all",
    ),
    Row(
        "page_menu",
        "skip to main content\nOur news for busy readers every day\nhome\nWORLD\nsign in\n\nStorm hits the coast",
        1,
        True,
        lambda d: (
            d.headline == "Storm hits the coast"
            and ("navigation", "Our news for busy readers every day") in kept(d)
        ),
        "a longer menu may hold the site's tagline among its items, in any case",
    ),
    Row(
        "page_menu",
        "홈\n최신기사\n정치\n\n제주 감귤 첫 출하",
        1,
        True,
        lambda d: d.headline == "제주 감귤 첫 출하" and ("navigation", "최신기사") in kept(d),
        "a menu in a script without case",
    ),
    Row(
        "beside_the_menu",
        "Acmeweb\nDiari digital independent des de 1995\nPortada Política Societat Economia Cultura Opinió\n\n"
        "Storm hits the coast\n\nThe storm hit the coast on Monday, officials said.",
        1,
        False,
        lambda d: d.headline == "Storm hits the coast",
        "a site's motto in the block of the page's menu, a title after the block",
    ),
    Row(
        "wide_menu_row",
        "Faith   Stories   Church   Ideas   World   Voices\n\nStorm hits the coast\n\nBy Jane Roe",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast",
        "a row of six capitalised items, half of them sections, parted by blanks, over a title",
    ),
    Row(
        "over_the_menu",
        "Acme Health Organisation\n\nTopics   Countries   Newsroom   Data\n\nStorm hits the coast\n\n"
        "The storm hit the coast on Monday, officials said.",
        0,
        False,
        lambda d: (
            d.headline == "Storm hits the coast" and ("navigation", "Acme Health Organisation") in kept(d)
        ),
        "a site's name over a row of items parted by blanks wider than the title's, a title after it",
    ),
    Row(
        "over_the_menu",
        "প্রচ্ছদ   সর্বশেষ   দেশ   বিশ্ব   খেলা\n\nনদীভাঙনে ঝুঁকিতে তিন গ্রাম\n\n"
        "নদীভাঙনে তিন গ্রামের চারশো পরিবার ঝুঁকিতে রয়েছে বলে জানিয়েছেন স্থানীয়রা।",
        0,
        False,
        lambda d: d.headline == "নদীভাঙনে ঝুঁকিতে তিন গ্রাম",
        "a menu's row in a script without case, its items parted by three blanks, over a title",
    ),
    Row(
        "menu_item_again",
        "Home | Briefing notes | Press releases | Speeches\n\nBriefing notes\n\nStorm hits the coast\n\n"
        "The storm hit the coast on Monday, officials said.",
        2,
        False,
        lambda d: d.headline == "Storm hits the coast" and ("navigation", "Briefing notes") in kept(d),
        "a line naming an item of the menu set aside above it is the story's section",
    ),
    Row(
        "name_over_navigation",
        "Akmeli Döwlet Maglumat Gullugy (ADMG)\nadmg.gov.example\n\nStorm hits the coast\n\n"
        "The storm hit the coast on Monday, officials said.",
        0,
        False,
        lambda d: (
            d.headline == "Storm hits the coast"
            and ("navigation", "Akmeli Döwlet Maglumat Gullugy (ADMG)") in kept(d)
        ),
        "a site's name spelled out in its language over its address",
    ),
    Row(
        "label_over_title",
        "Fédéral - Budget\n\nParliament approves new budget rules",
        0,
        True,
        lambda d: (
            d.headline == "Parliament approves new budget rules"
            and ("navigation", "Fédéral - Budget") in kept(d)
        ),
        "a page's section and subsection, one word each, over the title is no headline",
    ),
    Row(
        "prose_under_byline",
        f"By Jane Roe\n{BODY}\n\nIt reopened on Tuesday.",
        1,
        False,
        lambda d: d.headline is None and d.byline_text == ["By Jane Roe"],
        "no headline above the byline: the prose under it opens the body",
    ),
    Row(
        "centred_header",
        "                    Harbour Matters\n\nStorm hits the coast",
        0,
        True,
        lambda d: d.headline == "Storm hits the coast" and kept(d) == [("other", "Harbour Matters")],
        "a line centred above a flush-left title is the export's page header",
    ),
    Row(
        "bracketed_note",
        "Storm hits the coast\n(This story is from this week's Coast News\nService package.)",
        1,
        True,
        lambda d: (
            d.summary is None
            and kept(d) == [("ednote", "(This story is from this week's Coast News Service package.)")]
        ),
        "a note to editors in brackets wrapped over lines under the headline is no deck",
    ),
    Row(
        "highlights",
        "Storm hits the coast\n\nKey points\n• Winds reached record speeds\n• The port closed\n\nThe storm reached the coast.",
        2,
        True,
        lambda d: d.summary == "• Winds reached record speeds • The port closed",
        "a heading over the story's highlights: the list under it is the standfirst",
    ),
    Row(
        "deck",
        "Storm hits the coast\nWinds reached record speeds, the weather office says",
        1,
        True,
        lambda d: d.summary == "Winds reached record speeds, the weather office says",
        "a line under the headline in its block that is no byline, caption or wrap: a deck",
    ),
    Row(
        "summary_continued",
        "Storm hits the coast\n\nWinds reached record speeds\nOfficials closed the port",
        3,
        True,
        lambda d: d.summary == "Winds reached record speeds Officials closed the port",
        "a summary wrapped over two lines",
    ),
    Row(
        "source_above_stamp",
        "Storm hits the coast\nThe Coastal Courier\nMarch 5, 2024 Tuesday",
        1,
        True,
        lambda d: d.summary is None and ("other", "The Coastal Courier") in kept(d),
        "a short line over a time stamp under the headline names the source, not a deck",
    ),
    Row(
        "name_alone",
        "मुंबई में बारिश\n\nलोकसत्ता प्रतिनिधी",
        2,
        True,
        lambda d: d.byline_text == ["लोकसत्ता प्रतिनिधी"] and d.summary is None,
        "a paper's staff credit alone under the headline, in a script without case, is its byline",
    ),
    Row(
        "name_alone",
        "Storm hits the coast\n\nJane  Roe\nThe Canadian Press\nPublished Mar 05, 2024",
        2,
        True,
        lambda d: d.authors == ["Jane Roe"] and d.summary is None,
        "a name over its agency's line in its block is the byline, the agency its affiliation",
    ),
    Row(
        "name_by_stamp",
        "Storm hits the coast\n\nJane Roe\n5 March 2024, 14:20",
        2,
        True,
        lambda d: d.byline_text == ["Jane Roe"],
        "a person's name over a page's time stamp is the byline",
    ),
    Row(
        "name_by_stamp",
        "Storm hits the coast\n\nupdated 5 march 2024  14:20\nJane Roe, Chattogram",
        3,
        True,
        lambda d: d.byline_text == ["Jane Roe, Chattogram"],
        "a name and its place under a stamp in lower case",
    ),
    Row(
        "name_under_headline",
        "Storm hits the coast\nJane Roe, Oslo",
        1,
        True,
        lambda d: d.byline_text == ["Jane Roe, Oslo"] and d.authors[:1] == ["Jane Roe"],
        "a name and a place just under the headline is the byline",
    ),
    Row(
        "name_alone",
        f"Storm hits the coast\n\nJane Roe\n\n{BODY}",
        2,
        True,
        lambda d: d.byline_text == ["Jane Roe"],
        "a name alone in its block under the headline is the byline",
    ),
    Row(
        "place_line",
        f"Storm hits the coast\n\nOSLO\n\n{BODY}",
        2,
        False,
        lambda d: d.dateline is not None and d.dateline.place == "Oslo",
        "without a dateline, a place alone in its block stands for one",
    ),
    Row(
        "summary",
        "Storm hits the coast\n^By Jane Roe<\n^Winds reached record speeds<",
        2,
        False,
        lambda d: d.summary == "Winds reached record speeds",
        "an ANPA field after the headline is the abstract",
    ),
    Row(
        "standfirst",
        f"Storm hits the coast\n\nPhoto: Jane Roe\n\nWinds reached record speeds\n\n{BODY}",
        4,
        False,
        lambda d: d.summary == "Winds reached record speeds",
        "a short block between a web story's captions and a longer body",
    ),
    Row(
        "standfirst",
        f"Storm hits the coast\n\nWinds reached record speeds\n\n{BODY}",
        2,
        False,
        lambda d: d.summary == "Winds reached record speeds",
        "without captions too: a block well shorter than the first paragraph after it",
    ),
    Row(
        "standfirst",
        f"Storm hits the coast\n\nWinds reached record speeds\nalong the whole coast\n\n{BODY} {BODY}",
        2,
        False,
        lambda d: d.summary == "Winds reached record speeds along the whole coast",
        "a standfirst hard-wrapped over lines is read whole",
    ),
    Row(
        "body_line",
        f"Storm hits the coast\nBy Jane Roe\n{BODY}\nMore rain is due.",
        2,
        False,
        lambda d: d.headline == "Storm hits the coast" and not kept(d),
        "a story printed without blank lines: its first line of prose opens the body",
    ),
    Row(
        "summary_before_place",
        f"Storm hits the coast\n\nWinds reached record speeds\n\nOSLO\n\n{BODY}",
        2,
        False,
        lambda d: d.summary == "Winds reached record speeds",
        "a block before a place printed alone is the summary",
    ),
    Row(
        "body_start",
        f"Storm hits the coast\n\n{BODY}",
        2,
        False,
        lambda d: d.summary is None and not d.boilerplate,
        "without a dateline, the next block opens the body (left to the body reader)",
    ),
    Row(
        "other",
        "Storm hits the coast\nBy Jane Roe\nWinds reached record speeds",
        2,
        False,
        lambda d: kept(d) == [("other", "Winds reached record speeds")],
        "a line inside the head's block, not under the headline, that continues nothing",
    ),
    Row(
        "summary",
        "Storm hits the coast\n\nWinds reached record speeds",
        2,
        True,
        lambda d: d.summary == "Winds reached record speeds",
        "the first block after the headline, before the dateline",
    ),
    Row(
        "other",
        "Storm hits the coast\nBy Jane Roe\nWinds reached record speeds",
        2,
        True,
        lambda d: kept(d) == [("other", "Winds reached record speeds")] and d.summary is None,
        "other text before the dateline is kept out of the record's fields",
    ),
]


def read(row: Row) -> tuple[Draft, set[tuple[int, str | None]], int]:
    draft = Draft()
    trace: list[tuple[int, str | None]] = []
    end = head.read_head(split_lines(row.text), draft, with_dateline=row.with_dateline, trace=trace)
    return draft, set(trace), end


@pytest.mark.parametrize(
    "head_lines",
    [
        "Ports Bulletin        Daily Review\nMonday 4 March 2024        p. 2/7",
        "PORTS BULLETIN   |   DAILY REVIEW\nlunes, 4 de marzo de 2024          Pág. 12",
        "Ports Bulletin        Daily Review\n------------------------------\n4.3.2024         Seite 2 von 7",
        "LE JOURNAL DES PORTS                    ÉCONOMIE\nMercredi 20 mars 2024                    11",
        "PORTS WIRE — PRINT          Page 1\n=========\nPW     12/03/2024     PORTS-STRIKE     PRIO: 3\n=========",
        # a bulletin's name in capitals over its label in sentence case, its date in words and page
        "AGENCIA ACME · SERVICIO REGIONAL\nBoletín diario – jueves 3 de octubre de 2024     Pág. 7\n-----------",
        "ACME NEWS — DOMESTIC\nDaily bulletin, Tuesday 5 March 2024 Page 3",
        # a teletype archive's sheet, and a sheet's word in other languages
        "ARCHIVIO ACME - STAMPA DA TELESCRIVENTE - FOGLIO 2/4",
        "ACME NIEUWSDIENST — BINNENLAND          blad 4",
        "ACME PRESSE — INLAND   Blatt 3",
    ],
)
def test_a_pdf_pages_running_head_is_no_headline(head_lines: str) -> None:
    draft = head_of(f"{head_lines}\n\nStorm hits the coast")
    assert draft.headline == "Storm hits the coast"
    assert all(kind == "furniture" for kind, _ in kept(draft))


@pytest.mark.parametrize(
    "title",
    ["TWO PORTS RAISE U.S. 1987 TOLL TO 10", "Acme lists on S and P 500", "Storm hits Page 3 of the paper"],
)
def test_a_headline_with_a_figure_after_a_page_like_word_stays(title: str) -> None:
    assert head_of(f"{title}\n").headline == title


@pytest.mark.parametrize(
    "title", ["EXCHANGES     39    32     7", "Storm hits Tuesday, 5 March 2024      11"]
)
def test_a_row_with_a_figure_after_a_wide_blank_is_no_page_head(title: str) -> None:
    draft = head_of(f"{title}\n\nMore text under it here\n")
    assert ("furniture", " ".join(title.split())) not in kept(draft)


@pytest.mark.parametrize(
    ("head_lines", "authors"),
    [
        ("Jane Roe\nRepórter da Agência Acme", ("Jane Roe",)),
        ("Jane Roe\nStaff Writer", ("Jane Roe",)),
        ("Jane Roe and Tom Lee\nWed, March 5, 2025 at 2:14 PM GMT+1", ("Jane Roe", "Tom Lee")),
        ("Jane Roe und Tom Lee\n05.03.2025, 14:14 Uhr", ("Jane Roe", "Tom Lee")),
        ("Ni Jane Roe      September 3, 2025, 10:15 am", ("Jane Roe",)),
        ("By Jane Roe        05.03.2025 14:14", ("Jane Roe",)),
        ("Acme Review and Harbour News\nWed, March 5, 2025", ()),
        ("רותם אלקיים\nפורסם: 12.03.25, 21:47", ("רותם אלקיים",)),
        ("שרון לוי\nיום שלישי, 05 בנובמבר 2024, 15:40", ("שרון לוי",)),
        ("שרון לוי\nט' בכסלו התשפ\"ה | 10.12.2024 | 11:35", ("שרון לוי",)),
        ("Marie-Ève Roe et Jean-Luc Doe\nLa Presse Canadienne", ("Marie-Ève Roe", "Jean-Luc Doe")),
        ("Autorin/Autor Jana Roe", ("Jana Roe",)),
        ("חדשות 12 בערב\nפורסם: 12.03.25, 21:47", ()),
        ("Jane Roe\nMultimedia Journalist", ("Jane Roe",)),
        ("Jane Roe\nAcme News, Kent", ("Jane Roe",)),
        (
            "Jane Roe · Acme News · Posted: Mar 14, 2024 6:00 AM CDT | Last Updated: 2 hours ago",
            ("Jane Roe",),
        ),
        ("Jane Roe | Acme News | 14.03.2024 18:00", ("Jane Roe",)),
        ("Acme Today · 14 Mar 2024 · 4 · Acme", ()),
        ("Jane Roe (Go to the author's page)\nJane Roe\nPublished March 14, 2024", ("Jane Roe",)),
        ("Jane Roe\n14.03.2024, 18:00", ("Jane Roe",)),
        ("Jón Roe\njon@acme.is", ("Jón Roe",)),
        ("Jane Roe\nMidwest Public Radio", ("Jane Roe",)),
        ("Jane Roe\nHarbour Ledger\nPublished 5:02 a.m. ET March 9, 2024", ("Jane Roe",)),
        ("By Jane Roe\nAcme Wales environment correspondent", ("Jane Roe",)),
        ("BY JANE ROE\nNORTH-WEST CORRESPONDENT", ("Jane Roe",)),
        ("By Jane Roe\nLocal Democracy Reporter", ("Jane Roe",)),
        ("Jane Roe\nvideo producer\n@AcmeNews\nMarch 12, 2024 4:15 pm", ("Jane Roe",)),
        ("Jane Roe, Acme Pacific Journalist\n@janeroe\n5:47 pm on 13 March 2024", ("Jane Roe",)),
        ("Jane  Roe\n@jane_roe\n13.03.2024, 17:47", ("Jane Roe",)),
        ("Jana Roe\nGiornalista", ("Jana Roe",)),
        ("Acme Harbour News\n@acmenews\n13.03.2024, 17:47", ()),
        ("Avec notre correspondant à Dakar, Moussa Roe", ("Moussa Roe",)),
        ("De notre envoyée spéciale en Côte d'Ivoire,  Jeanne Roux", ("Jeanne Roux",)),
        ("FROM OUR CORRESPONDENT IN LAGOS, Jane Roe", ("Jane Roe",)),
        ("De nuestro corresponsal, Juan Pérez", ("Juan Pérez",)),
        ("Publié le : 05/03/2024 - 14:32\nModifié le : 05/03/2024 - 16:10", ()),
    ],
)
def test_a_name_beside_its_title_or_stamp_is_the_byline(head_lines: str, authors: tuple[str, ...]) -> None:
    from wireparse import parse

    story = parse(f"Storm hits the coast\n\n{head_lines}\n\nGENEVA, Oct 3 (Reuters) - The port shut.\n")
    assert story.headline == "Storm hits the coast"
    assert (story.byline.authors if story.byline else ()) == authors
    assert story.paragraphs == ("The port shut.",)


@pytest.mark.parametrize(
    "poster",
    [
        "Acme\nStory by Acme • 2 h",
        "Гавань Новости\n2 год · 🌍",
        "Acme Cuba\n@AcmeCuba_cu",
        "نبض\nأ ش أ · منذ ساعتين",
        "Harbour Zeitung\nMi, 08.05.2024, 17:02",
        "Harbour Review (fr)\nActualité, vendredi 8 décembre 2023, p. 4",
    ],
)
def test_a_posts_header_is_no_headline(poster: str) -> None:
    draft = head_of(f"{poster}\n\nStorm hits the coast\n")
    assert draft.headline == "Storm hits the coast"


@pytest.mark.parametrize(
    ("name", "stamp"),
    [("רותם אלקיים", "פורסם: 12.03.25, 21:47"), ("Jane Roe", "5 March 2024, 14:20")],
)
def test_a_name_over_its_stamp_under_the_deck_is_no_more_of_the_deck(name: str, stamp: str) -> None:
    from wireparse import parse

    deck = "The storm closed the roads in the north."
    story = parse(
        f"Storm hits the coast\n{deck}\n{name}\n{stamp}\n\nGENEVA, Oct 3 (Reuters) - The port shut.\n"
    )
    assert story.summary == deck
    assert story.byline is not None and story.byline.authors == (name,)


def test_a_name_over_its_agency_after_the_standfirst_is_the_byline() -> None:
    from wireparse import parse

    story = parse(
        "Storm hits the coast\n\nThe port will stay shut until the weekend, the harbour office said on Monday.\n\n"
        "Jane Roe\nThe Canadian Press\nPublished March 5, 2024 at 11:37\n\nGENEVA, Oct 3 (Reuters) - The port shut.\n"
    )
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)


@pytest.mark.parametrize(
    "byline_block",
    [
        "By Jane Roe\nLocal Democracy Reporter\nPublished 12th Mar 2024, 17:45 GMT\nUpdated 12th Mar 2024, 18:10 GMT",
        "Jane Roe\nAcme News\nPublished:  12 March 2024\nUpdated: 13 March 2024",
        "BY JANE ROE\nSTAFF WRITER\n12.03.2024 17:45\n12.03.2024 18:10",
    ],
)
def test_a_lead_over_a_byline_block_of_four_lines_is_the_standfirst(byline_block: str) -> None:
    from wireparse import parse

    lead = "The board says the roof needs work after rusted beams were found"
    story = parse(
        f"Storm hits the coast\n\n{lead}\n\n{byline_block}\n\n"
        "The main pool will close for ten months after inspectors found rust in the beams of its roof.\n"
    )
    assert story.summary == lead
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)
    assert story.paragraphs[0].startswith("The main pool")


@pytest.mark.parametrize(
    "fields",
    [
        "From:\n    Acme Office for Ports\nPublished\n    9 April 2024",
        "From:\n\tAcme Office for Ports\nPublished:\n\t9 April 2024",
        "FROM:\n      Acme  Office  for  Ports\nLast updated\n      9 April 2024",
    ],
)
def test_a_standfirst_over_the_pages_fields_and_stamp(fields: str) -> None:
    from wireparse import parse

    lead = "Four new berths worth 212 million will open to ships at the northern harbour next spring."
    body = "The berths will take the largest container ships now sailing, the harbour office said on Monday."
    story = parse(f"Press release\n\nNew berths for the harbour\n\n{lead}\n\n{fields}\n\n{body}\n")
    assert story.summary == lead
    assert story.dateline is None
    assert story.paragraphs == (body,)


@pytest.mark.parametrize(
    "credit", ["Photo : Acme / Jane Doe", "PHOTO:  ACME/JANE DOE", "Foto: Acme/Jane Doe"]
)
def test_a_lead_over_a_labelled_pictures_caption_and_the_byline_is_the_standfirst(credit: str) -> None:
    from wireparse import parse

    lead = "Some 120 workers will be laid off for six weeks because lumber prices are low."
    story = parse(
        f"The sawmill stops for six weeks\n\n{lead}\n\nThe sawmill employs 180 people. {credit}\n\n"
        "Jean-Marc Roe\nPublished March 12, 2024\n\n"
        "The sawmill will stop work from 26 February for at least six weeks, its owners said.\n"
    )
    assert story.summary == lead
    assert story.byline is not None and story.byline.authors == ("Jean-Marc Roe",)


@pytest.mark.parametrize(
    "masthead",
    [
        "Президент Акмеландии\nОфициальный сайт",
        "Acme Ministry of Ports\nRegional Office, Harbourtown",
        "Acme News\nGlobal perspective  Human stories",
    ],
)
def test_a_mastheads_motto_or_office_under_it_is_no_headline(masthead: str) -> None:
    from wireparse import parse

    title = "Telephone conversation with the President of Acmeland on the new port"
    story = parse(
        f"{masthead}\n\n{title}\n\nThe two presidents spoke on Monday about the port, officials said.\n"
    )
    assert story.headline == title


@pytest.mark.parametrize("second", ["ACME CZAR'S AIDE", "IN HARBOUR FRAUD CASE"])
def test_a_headline_in_capitals_broken_over_lines_naming_a_public_body_is_whole(second: str) -> None:
    from wireparse import parse

    story = parse(
        f"SENATE PROBERS CALL\n{second}\n\nThe committee called the aide on Monday, its chairman said.\n"
    )
    assert story.headline == f"SENATE PROBERS CALL {second}"


def test_a_headline_in_capitals_over_its_deck_is_no_masthead_and_motto() -> None:
    from wireparse import parse

    story = parse(
        "SENATE PROBERS CALL\nACME CZAR'S AIDE\n\nThe committee called the aide on Monday, its chairman said.\n"
    )
    assert story.headline is not None and "ACME CZAR'S AIDE" in story.headline


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Story Highlights", "• Work will include new pumps.\n• Completion is expected by December."),
        ("KEY POINTS:", "- Work will include new pumps.\n- Completion is expected by December."),
        ("Das Wichtigste in Kürze", "* Neue Pumpen werden eingebaut.\n* Fertig im Dezember."),
    ],
)
def test_a_heading_over_the_highlights_gives_them_as_the_standfirst(heading: str, items: str) -> None:
    from wireparse import parse

    story = parse(
        f"Farmers to benefit from irrigation upgrade\n\n{heading}\n{items}\n\n"
        "Some 2,400 small farmers in the south are set to benefit from an upgrade of the canals.\n"
    )
    assert story.summary is not None and story.summary.endswith(items.split("\n")[-1][2:])
    assert story.paragraphs == (
        "Some 2,400 small farmers in the south are set to benefit from an upgrade of the canals.",
    )


@pytest.mark.parametrize(
    ("credit", "section"),
    [
        ("© ACME/Jane Roe", "Climate and Environment"),
        ("Photo: Acme/Jane Roe", "Health"),
        ("© Acme", "World  News"),
    ],
)
def test_a_credit_over_its_caption_and_a_stamp_over_its_section(credit: str, section: str) -> None:
    from wireparse import parse

    lead = "Aid agencies are racing to reach villages before more rain arrives."
    caption = "Families shelter in a school building after the floods destroyed their homes."
    story = parse(
        f"Floods leave thousands in need\n\n{lead}\n\n{credit}\n{caption}\n\n11 March 2025\n{section}\n\n"
        "Flash floods swept through three districts over the weekend and displaced more than 85,000 people.\n"
    )
    assert story.summary == lead
    assert story.dateline is None
    assert [c.text for c in story.captions] == [caption]
    assert len(story.paragraphs) == 1


@pytest.mark.parametrize("site", ["acme360", "news24", "ACME24"])
def test_a_sites_name_of_letters_and_figures_over_the_title_is_no_headline(site: str) -> None:
    from wireparse import parse

    story = parse(
        f"{site}\n\nCouncil weighs a higher tax on second homes\n\nThe council will vote on Thursday, its leader said.\n"
    )
    assert story.headline == "Council weighs a higher tax on second homes"


@pytest.mark.parametrize(
    "labels",
    [
        ("Ffynhonnell y llun, Acme Images", "Disgrifiad o’r llun,"),
        ("Image source, Acme Images", "Image caption,"),
    ],
)
def test_a_pages_picture_labels_in_welsh_and_english(labels: tuple[str, str]) -> None:
    from wireparse import parse

    story = parse(
        f"Plans to reopen the station move a step closer\n\n12 Mawrth 2024\nRhannu\n\n{labels[0]}\n{labels[1]}\n"
        "The station closed to passengers in 1965\n\nPlans to reopen the station have moved a step closer, the council said.\n"
    )
    assert story.dateline is None
    assert story.paragraphs == ("Plans to reopen the station have moved a step closer, the council said.",)


@pytest.mark.parametrize(
    ("head", "caption"),
    [
        (
            "アクメ新報\n\n港の岸壁、倍に延長　来年春に完成へ\n\n2024年9月18日 5:00\n\n",
            "岸壁を説明する港湾局の職員＝１７日、港町",
        ),
        (
            "香港01\n社會新聞\n\n港口擴建　逾百船停泊　明年完工\n\n撰文：陳嘉欣\n出版：2024-06-10 18:05\n\n",
            "工人在碼頭施工。（讀者提供）",
        ),
        (
            "中央社 CNA\n政治\n\n港口擴建法案三讀 明年起分段施工\n2024/03/05 18:22\n\n",
            "立法院會今天三讀通過港口擴建法案。（中央社檔案照片）",
        ),
    ],
)
def test_a_cjk_pages_head_its_title_and_its_pictures_caption(head: str, caption: str) -> None:
    from wireparse import parse

    body = "港口管理局今天表示，擴建工程將於明年春季完成，屆時可同時停泊的船隻數量將增加一倍。"
    story = parse(f"{head}{caption}\n\n{body}\n\n第二段的內容說明了工程的細節。\n")
    assert story.headline is not None and story.headline in head
    assert [c.text for c in story.captions] == [caption]
    assert story.paragraphs[0] == body


@pytest.mark.parametrize("bullet", ["-", "•", "*"])
@pytest.mark.parametrize("stamp", ["13-03-2024 - 13:11\n\n", ""])
def test_a_list_of_highlights_under_the_title_is_the_standfirst(bullet: str, stamp: str) -> None:
    from wireparse import parse

    items = f"{bullet} Through-tickets to guarantee rebooking\n{bullet} Platforms to show all connections"
    story = parse(
        f"Rail passengers want single tickets\n\n{stamp}{items}\n\n"
        "Parliament on Wednesday adopted its position on new rules for tickets across borders, 478 votes to 96.\n"
    )
    assert story.summary == items.replace("\n", " ")
    assert len(story.paragraphs) == 1


@pytest.mark.parametrize("label", ["Full Text", "FULL TEXT", "Texto completo"])
def test_an_exports_label_of_the_text_alone_is_no_byline(label: str) -> None:
    from wireparse import parse

    story = parse(
        f"Document 4 of 17\n\nFIRE SWEEPS CANNERY ROW\n\n{label}\n\nKODIAK, Alaska, July 18 (AP)—Fire swept the canneries.\n"
    )
    assert story.byline is None
    assert story.paragraphs == ("Fire swept the canneries.",)


def test_a_short_headline_over_its_stamp_and_the_text_stays() -> None:
    draft = head_of("Storm hits\n5 March 2024 10:00\n\nThe port closed on Monday, officials said.\n")
    assert draft.headline == "Storm hits"


def test_a_headline_over_its_pages_stamp_stays() -> None:
    assert head_of("Storm hits the harbour of the town\n5 March 2025 · 10:14\n").headline == (
        "Storm hits the harbour of the town"
    )


def test_a_lead_in_over_the_pages_picture_is_the_standfirst() -> None:
    from wireparse import parse

    lead = "The port stayed shut for a second day, the harbour office said."
    story = parse(
        f"Storm closes the port\n\n{lead}\n\nDock workers at the gate. Fot. ACME/Jane Roe\n\n"
        "Ships waited outside the harbour on Tuesday as the storm went on, and the office said it "
        "would not reopen before the weekend.\n"
    )
    assert story.summary == lead
    assert story.paragraphs[0].startswith("Ships waited")


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("(Crónica)", "El puerto cierra por segundo día"),
        ("[ ANALYSIS ]", "The port closes for a second day"),
        ("(Hintergrund)", "Der Hafen schließt den zweiten Tag"),
    ],
)
def test_a_genres_word_in_brackets_over_the_title_is_no_headline(label: str, headline: str) -> None:
    assert head_of(f"{label}\n\n{headline}\n").headline == headline


def test_an_agency_name_over_its_title_leaves_the_title() -> None:
    draft = head_of("Philippine News Agency\n\nStorm closes the port of Tacloban\n")
    assert draft.headline == "Storm closes the port of Tacloban"


@pytest.mark.parametrize(
    ("head_lines", "authors"),
    [
        ("نویسنده: مرسل سادات", ("مرسل سادات",)),
        ("خبرنگار:  سارا حسین‌زاده", ("سارا حسین‌زاده",)),
        ("लेखक: अरुण कुमार", ("अरुण कुमार",)),
        ("رپورٹر: عامر علی", ("عامر علی",)),
    ],
)
def test_a_labelled_writer_in_another_script_is_the_byline(head_lines: str, authors: tuple[str, ...]) -> None:
    from wireparse import parse

    story = parse(
        f"{head_lines}\n\nافزایش قیمت سوخت در کابل\n\nمتن خبر در این بند آمده است که قیمت‌ها بالا رفت.\n"
    )
    assert story.byline is not None and story.byline.authors == authors


@pytest.mark.parametrize(
    "attribution", ["به گزارش خبرنگار ایرنا،", "به نقل از خبرگزاری مهر،", "بنا به گزارش ایسنا،"]
)
def test_a_block_over_the_reports_attribution_is_the_lead(attribution: str) -> None:
    from wireparse import parse

    lead = "معاون وزیر از برگزاری دور تازه رایزنی‌ها در هفته آینده خبر داد و گفت تسهیل تردد در دستور کار است."
    body = f"{attribution} معاون وزیر روز یکشنبه در حاشیه نشست خبری گفت که رایزنی‌ها ادامه دارد."
    story = parse(f"رایزنی‌های کنسولی هفته آینده\n\n{lead}\n\n{body}\n\nبند دوم خبر در اینجا آمده است.\n")
    assert story.summary == lead
    assert story.paragraphs[0] == body


def test_an_iranian_exports_fields_are_read() -> None:
    from wireparse import parse

    text = (
        "شناسه خبر: 6247315\nسرویس: فرهنگ و هنر > سینما\nتاریخ انتشار: ۱۴۰۳/۰۷/۱۸ - ۱۴:۲۰\n"
        "تیتر: اکران فیلم از چهارشنبه آینده\nلید: فیلم سینمایی پس از دو سال اکران می‌شود.\nمتن:\n"
        "به گزارش خبرنگار مهر، شورای صنفی نمایش اکران فیلم را تصویب کرد.\nبند دوم خبر.\n"
    )
    story = parse(text)
    assert story.headline == "اکران فیلم از چهارشنبه آینده"
    assert story.summary == "فیلم سینمایی پس از دو سال اکران می‌شود."
    assert story.paragraphs[0].startswith("به گزارش")


@pytest.mark.parametrize("label", ["Títol", "TITULAR", "Titolo", "تیتر"])
def test_an_exports_title_label_in_more_languages_gives_the_headline(label: str) -> None:
    from wireparse import parse

    text = f"Font: Acme\nData: 21/09/2023\nSecció: Societat\n\n{label}: El port reobre dilluns\n\nText:\nEl port reobre dilluns després de la tempesta, han dit les autoritats.\n"
    assert parse(text).headline == "El port reobre dilluns"


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        (
            "STATIONS DE MONTAGNE\nLe National refuse un fonds pour les petites stations",
            "Le National refuse un fonds pour les petites stations",
        ),
        (
            "PORT  STRIKE\nDockers walk out for a second week in the north",
            "Dockers walk out for a second week in the north",
        ),
        (
            "اقتصادی. انرژی. بنزین\nمصرف بنزین در شش ماه نخست امسال افزایش یافت",
            "مصرف بنزین در شش ماه نخست امسال افزایش یافت",
        ),
        (
            "Economy. Energy. Fuel\nFuel use rose in the first half of the year",
            "Fuel use rose in the first half of the year",
        ),
        (
            "DOCKERS WALK OUT FOR A SECOND WEEK\nThe strike spreads north",
            "DOCKERS WALK OUT FOR A SECOND WEEK",
        ),
        ("PORT STRIKE\nIt spreads", "PORT STRIKE"),
    ],
)
def test_a_kicker_or_keywords_over_the_title_are_no_headline(head: str, headline: str) -> None:
    from wireparse import parse

    story = parse(f"{head}\n\nOSLO, March 7 (NTB) - The dockers stopped work on Monday, the union said.\n")
    assert story.headline == headline


@pytest.mark.parametrize(
    ("under", "authors"),
    [
        ("Jane Roe\n\nThe port at dawn. Photo: Acme\n\n", ("Jane Roe",)),
        ("Екатерина Роева, Артем Лев\n\nФото: Акме\n\n", ("Екатерина Роева", "Артем Лев")),
        ("Jane Roe\n\nPort reopens after the storm\n\n", ()),
        (
            "Mon Mar 11 2024 - 18:20\n\nJane Roe, Tom Lee\n\nThe port at dawn. Photo: Acme\n\n",
            ("Jane Roe", "Tom Lee"),
        ),
        ("11.03.2024  18:20\n\nJane  Roe\n\nThe port at dawn. Photo: Acme\n\n", ("Jane Roe",)),
        ("Mon Mar 11 2024 - 18:20\n\nJane Roe\n\nPort reopens after the storm\n\n", ()),
        ("Jane Roe\n\nThe harbour master greets the crews  (@Acme Media)\n\n", ("Jane Roe",)),
    ],
)
def test_a_name_alone_under_the_standfirst_is_the_byline(under: str, authors: tuple[str, ...]) -> None:
    from wireparse import parse

    lead = "The port reopened on Monday after a week of storms, and ferries ran late."
    text = f"Storm hits the coast\n\n{lead}\n\n{under}The harbour master said on Monday that every berth was in use again after the storm."
    story = parse(text + "\n\nMore rain is due on Tuesday, the weather service said.\n")
    assert (story.byline.authors if story.byline else ()) == authors


@pytest.mark.parametrize(
    "banner",
    ["ACME MONITORING ALERT - ASIA-PACIFIC", "Acme Alert: Copper - Daily", "Breaking news from Acme Wire"],
)
def test_an_alerts_banner_under_the_mail_header_is_no_title(banner: str) -> None:
    from wireparse import parse

    text = (
        "From: Acme Alerts <alerts@acme.example>\nSubject: Acme Alert: port news (1 new article)\n"
        "Date: Tue, 5 Mar 2024 09:47:12 +0000\n\n"
        f"{banner}\n\nPort reopens after a week of storms\nBy Jane Roe\n\n"
        "OSLO, March 5 (Acme) - The port reopened on Monday after a week of storms.\n"
    )
    story = parse(text)
    assert story.headline == "Port reopens after a week of storms"
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)


@pytest.mark.parametrize(
    ("author", "name"), [("Rivera Colón, Marisol", "Marisol Rivera Colón"), ("Roe, Jane", "Jane Roe")]
)
def test_an_exports_author_surname_first_is_turned(author: str, name: str) -> None:
    from wireparse import parse

    text = f"Document 1 of 1\n\nPort reopens after a week of storms\n\nAuthor: {author}\n\nFull text: OSLO (AP) — The port reopened.\n"
    story = parse(text)
    assert story.byline is not None and story.byline.authors == (name,)


@pytest.mark.parametrize(
    ("abstract", "full_text", "trailer"),
    [
        ("Abstract: None available.", "Full text:", "Subject: Ports; Storms\n\nPublication year: 2024"),
        (
            "Résumé: Aucun disponible.",
            "Texte intégral:",
            "Sujet: Ports; Tempêtes\n\nAnnée de publication: 2024",
        ),
        ("Resumen:  ninguno disponible", "Texto completo:", "Materia: Puertos\n\nAño de publicación: 2024"),
    ],
)
def test_a_database_export_in_its_interfaces_languages(abstract: str, full_text: str, trailer: str) -> None:
    from wireparse import parse

    text = (
        f"Document 1 of 1\n\nPort reopens after the storm\n\nAuthor: Roe, Jane\n\n{abstract}\n\n"
        f"{full_text} OSLO — The port reopened on Monday after a week of storms.\n\nMore rain is due on Tuesday.\n\n{trailer}\n"
    )
    story = parse(text)
    assert story.headline == "Port reopens after the storm"
    assert story.summary is None
    assert story.paragraphs == (
        "The port reopened on Monday after a week of storms.",
        "More rain is due on Tuesday.",
    )


def test_a_french_mails_subject_label_gives_the_headline() -> None:
    from wireparse import parse

    text = "Sujet : Le port rouvre lundi\nDate : 14/03/2024 15:08\n\nOSLO 14/03 (BELGA) = Le port a rouvert lundi.\n"
    assert parse(text).headline == "Le port rouvre lundi"


def test_every_rule_has_a_row():
    names = [rule.name for rule in head.HEAD_RULES]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted({row.rule for row in ROWS})
    assert all(rule.reason for rule in head.HEAD_RULES)


@pytest.mark.parametrize("row", ROWS, ids=[row.rule for row in ROWS])
def test_rule_takes_its_row(row: Row):
    draft, trace, end = read(row)
    assert (row.line, row.rule) in trace, f"{row.reason}: {sorted(trace, key=str)}"
    assert row.check(draft), row.reason
    if row.rule == "body_start":
        assert end == row.line


#: Rules that a later, more general rule backs up: a row of theirs is read without both (a masthead
#: of short parts is also a label by its signs, read by ``label_over_title`` after it; a block of a
#: menu's items, each beside the others, by ``beside_the_menu``).
BACKED_UP_BY = {
    "masthead": ("label_over_title",),
    "page_menu": ("beside_the_menu", "over_the_menu"),
    "wide_menu_row": ("over_the_menu",),
    "beside_the_menu": ("over_the_menu",),
}


@pytest.mark.parametrize("row", ROWS, ids=[row.rule for row in ROWS])
def test_row_fails_without_its_rule(row: Row, monkeypatch: pytest.MonkeyPatch):
    removed = {row.rule, *BACKED_UP_BY.get(row.rule, ())}
    without = tuple(rule for rule in head.HEAD_RULES if rule.name not in removed)
    monkeypatch.setattr(head, "HEAD_RULES", without)
    draft, trace, end = read(row)
    assert not row.check(draft) or (row.rule == "body_start" and end != row.line), row.reason


CAPTION_WORDS = "Dock workers walk past idle cranes at the port on Tuesday, March 7, as the strike goes on"


@pytest.mark.parametrize(
    "credit", ["(Jane Roe/Photo Desk via AP)", "(AP Photo/Jane Roe)", "(Photo: Jane Roe / Reuters)"]
)
@pytest.mark.parametrize("width", [40, 60, 72])
def test_a_caption_wrapped_over_lines_is_read_whole(credit: str, width: int) -> None:
    block = "\n".join(textwrap.wrap(f"{CAPTION_WORDS}. {credit}", width))
    draft = head_of(f"Cranes idle\n\n{block}\n")
    assert [c.text for c in draft.captions] == [f"{CAPTION_WORDS}."]
    assert draft.paragraphs == [] and draft.summary is None


LONG_SENTENCE = (
    "Officials said on Monday that the new bridge over the river would open next year after long "
    "delays in the works, the ministry said in a statement on its website, adding that costs had risen by "
    "about a third"
)


@pytest.mark.parametrize(
    ("first", "headline"),
    [
        (LONG_SENTENCE + ".", None),
        (LONG_SENTENCE + "。", None),
        (LONG_SENTENCE, LONG_SENTENCE),
        ("Bridge to open next year, ministry says.", "Bridge to open next year, ministry says."),
    ],
)
def test_a_long_paragraph_first_is_no_headline(first: str, headline: str | None) -> None:
    from wireparse import parse

    story = parse(f"{first}\n\nThe work began three years ago.\n")
    assert story.headline == headline


@pytest.mark.parametrize(
    ("text", "headline", "summary", "authors", "paragraphs"),
    [
        (
            "Headline: Storm hits the coast\nByline: Jane Roe\nBody:\n" + BODY,
            "Storm hits the coast",
            None,
            ("Jane Roe",),
            (BODY,),
        ),
        (
            "Title: Storm hits the coast\nAuthor: Roe, Jane\n\nFull text: " + BODY,
            "Storm hits the coast",
            None,
            ("Jane Roe",),
            (BODY,),
        ),
        (
            "Title: Storm hits the coast\nAutors: Jānis Bērziņš\n\nFULL TEXT: " + BODY,
            "Storm hits the coast",
            None,
            ("Jānis Bērziņš",),
            (BODY,),
        ),
        (
            "Titill: Storm hits the coast\nAutors: Jānis Bērziņš\n\nFULL TEXT: " + BODY,
            "Storm hits the coast",
            None,
            ("Jānis Bērziņš",),
            (BODY,),
        ),
        (
            "TYTUŁ:  Storm hits the coast\nAutors: Jānis Bērziņš\n\nFULL TEXT: " + BODY,
            "Storm hits the coast",
            None,
            ("Jānis Bērziņš",),
            (BODY,),
        ),
        (
            "TITLE:  Storm hits the coast\nlink: https://example.com/storm\nDESCRIPTION: " + BODY,
            "Storm hits the coast",
            BODY,
            (),
            (),
        ),
        (
            "Slugline: STORM-COAST\nHeadline: Storm hits the coast\nDateline: OSLO, March 7\nBody:\n" + BODY,
            "Storm hits the coast",
            None,
            (),
            (BODY,),
        ),
        (
            "From: Desk <desk@example.com>\nSubject: Fwd: RE: Storm hits the coast\n\n"
            "----- Original Message -----\n" + BODY,
            "Storm hits the coast",
            None,
            (),
            (BODY,),
        ),
        (
            "Title: Storm hits the coast\nDescription: OSLO, March 7 (XNA) - " + BODY,
            "Storm hits the coast",
            None,
            (),
            (BODY,),
        ),
    ],
)
def test_an_exports_fields_are_read_by_their_labels(
    text: str, headline: str, summary: str | None, authors: tuple[str, ...], paragraphs: tuple[str, ...]
) -> None:
    from wireparse import parse

    story = parse(text)
    assert (story.headline, story.summary) == (headline, summary)
    assert (story.byline.authors if story.byline else ()) == authors
    assert story.paragraphs == paragraphs


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ("Section: Regions\nTitle: Storm hits the coast\nVolume: 214 words\n\n", "Storm hits the coast"),
        ("Рубрика: Регионы\nЗаголовок: Шторм у берега\nОбъем: 214 слов\n\n", "Шторм у берега"),
        (
            "DOMAIN: example.org\nLANG_CODE: eng\nTITLE:  Storm hits the coast\nTONE: 2.1\n\n",
            "Storm hits the coast",
        ),
        ("分类：国内\n标题：风暴袭击海岸\n字数：214\n\n", "风暴袭击海岸"),
        (
            "Рубрика: Регионални новини\nЗаглавие: Бурята удари брега\nБрой думи: 214\n\n",
            "Бурята удари брега",
        ),
        ("شناسه: 83510274\nعنوان: طوفان به ساحل رسید\nتاریخ: ۱۳۹۸\n\n", "طوفان به ساحل رسید"),
        (
            "  rubrique : monde\n  titre : La tempête frappe la côte\n  mots : 214\n\n",
            "La tempête frappe la côte",
        ),
        ("Brexit: May wins the vote\n\n", "Brexit: May wins the vote"),
        ("Brexit: May wins the vote\nTitle: Another\n\n", "Brexit: May wins the vote"),
        ("Brexit: May wins the vote\nMarkets: calm\nBonds: steady\n\n", "Brexit: May wins the vote"),
    ],
    ids=[
        "an-unknown-label-before-the-title",
        "cyrillic-labels",
        "capitals-and-underscores",
        "full-width-colons",
        "bulgarian-title-label",
        "persian-labels",
        "indented-lower-case-with-a-spaced-colon",
        "a-headline-with-a-colon-alone",
        "two-lines-are-no-run",
        "no-label-the-tables-know",
    ],
)
def test_a_line_in_a_run_of_fields_is_a_field_though_its_label_is_unknown(head: str, headline: str) -> None:
    from wireparse import parse

    story = parse(f"{head}{BODY}\n\nIt reopened on Tuesday.\n")
    assert story.headline == headline
    assert story.paragraphs[0] == BODY


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        (
            "Agencia Nacional de Noticias del Sur\n\nEl puerto duplica su muelle principal\n\n",
            "El puerto duplica su muelle principal",
        ),
        (
            "NTB | Norsk Telegrambyrå\n\nHavnen dobler lengden på hovedkaien\n\n",
            "Havnen dobler lengden på hovedkaien",
        ),
        (
            "  Информационное агентство «Север»\n  Порт удвоит длину главного причала\n\n",
            "Порт удвоит длину главного причала",
        ),
        ("สำนักข่าวตัวอย่าง\n\nท่าเรือขยายท่าเทียบเรือหลักเป็นสองเท่าในปีหน้า\n\n", "ท่าเรือขยายท่าเทียบเรือหลักเป็นสองเท่าในปีหน้า"),
        (
            "Menu\n\nACME NEWS – World\n\nThe harbour doubles its main quay\n\n",
            "The harbour doubles its main quay",
        ),
        (
            "05.03.2024 – 10:15\n\nHafenwerke Acme GmbH\n\nDer Hafen verdoppelt seinen Kai\n\n",
            "Der Hafen verdoppelt seinen Kai",
        ),
        (
            "Skip to content\nBBC News, Mundo\n\nEl puerto duplica su muelle principal\n\n",
            "El puerto duplica su muelle principal",
        ),
        ("DW | Made for minds\n\nThe harbour doubles its main quay\n\n", "The harbour doubles its main quay"),
        ("The dwelling | a home\n\nThe harbour doubles its main quay\n\n", "The dwelling | a home"),
        ("SOY HARVEST 13 PCT COMPLETE - NEWSLETTER\n\n", "SOY HARVEST 13 PCT COMPLETE - NEWSLETTER"),
        ("Good news for the harbour\n\nA quay\n\n", "Good news for the harbour"),
        (
            "Storm hits the coast\n\nHarbour news\n\nThe port closes for the day again\n\n",
            "Storm hits the coast",
        ),
        (
            "The Harbour Herald\nThe Coast's Largest Daily Newspaper\n\nBusiness\n\nThe port doubles its quay after the storms\n\n",
            "The port doubles its quay after the storms",
        ),
        ("THE  COAST  TIMES\n\nThe port doubles its main quay\n\n", "The port doubles its main quay"),
        (
            "acmenews.gov.example\nAcme Government News Agency\n\nThe port doubles its main quay again\n\n",
            "The port doubles its main quay again",
        ),
        ("Приморский вестник\n\nПорт удвоил длину причала\n\n", "Порт удвоил длину причала"),
        ("Приморский вестник (Находка)\n\nПорт удвоил длину причала\n\n", "Порт удвоил длину причала"),
        ("Times Square Reopens\n\nThe port doubles its main quay\n\n", "Times Square Reopens"),
        ("Times are hard\n\nThe port doubles its main quay\n\n", "Times are hard"),
        (
            "Le Nouvelliste de la Rive\n\nLes cols bleus rejettent l'offre patronale du port\n\n",
            "Les cols bleus rejettent l'offre patronale du port",
        ),
        (
            "Acme Marin AB (publ) – Insiderinformation\n\nAcme Marin lämnar vinstvarning för första kvartalet\n\n",
            "Acme Marin lämnar vinstvarning för första kvartalet",
        ),
        (
            "Acme Obst & Saft eGen\n\nAcme Obst & Saft: Umsatz erstmals über 100 Millionen\n\n",
            "Acme Obst & Saft: Umsatz erstmals über 100 Millionen",
        ),
        (
            "Báo Tin tức - Thông tấn xã Việt Acme\nTrang chủ › Thế giới\n\nCảng mở rộng bến chính thêm gấp đôi chiều dài\n\n",
            "Cảng mở rộng bến chính thêm gấp đôi chiều dài",
        ),
    ],
    ids=[
        "an-agencys-name-opening-the-story",
        "a-known-agency-and-a-bar",
        "cyrillic-indented-one-block",
        "thai-no-case",
        "a-bar-and-a-dash-after-a-menu",
        "a-releases-issuer-by-its-legal-form",
        "an-outlet-first-after-the-pages-navigation",
        "an-outlets-acronym-and-a-bar",
        "the-acronyms-letters-inside-a-word",
        "a-headline-in-capitals-naming-its-source",
        "no-longer-title-after-it",
        "after-the-headline",
        "a-papers-title-over-its-motto",
        "a-papers-title-in-capitals",
        "a-sites-address-over-the-agencys-name",
        "a-russian-papers-title",
        "its-town-in-brackets",
        "a-title-word-opening-a-headline",
        "a-title-word-in-lower-case-is-no-paper",
        "a-papers-title-word-after-its-article",
        "an-issuers-legal-form-before-the-releases-genre",
        "an-issuers-legal-form-of-a-cooperative",
        "a-masthead-of-many-short-words",
    ],
)
def test_a_mastheads_news_organisation_is_no_headline(head: str, headline: str) -> None:
    from wireparse import parse

    story = parse(f"{head}OSLO, March 7 (XNA) - {BODY}\n\nIt reopened on Tuesday.\n")
    assert story.headline == headline


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Updated March 5, 2024 10:15 AM By Jane Roe", ("Jane Roe",)),
        (
            "Publicado em 05/03/2024 - 14:32 Por Ana Souza - Repórter da Agência Brasil - Brasília",
            ("Ana Souza",),
        ),
        ("Publié le 05/03/2024 à 14h32  Par Jeanne Roux", ("Jeanne Roux",)),
        ("Updated March 5, 2024 by the ministry of health", ()),
    ],
    ids=["english", "portuguese-reporters-title-and-base", "french-blanks-doubled", "no-name-after-by"],
)
def test_a_byline_after_the_pages_stamp_on_its_line_is_read(line: str, authors: tuple[str, ...]) -> None:
    from wireparse import parse

    story = parse(f"Storm closes the port\n\n{line}\n\nThe port closed on Monday, officials said.\n")
    assert (story.byline.authors if story.byline else ()) == authors
    assert story.paragraphs == ("The port closed on Monday, officials said.",) or not authors


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a page's label that says what it is, over a title alone over the text: the title heads
        (
            "ახალი ამბები\n24.02.2024 16:02\n\nქარიშხალმა პორტი დახურა\n\nპორტი ორშაბათს დაიხურა.\n",
            "ქარიშხალმა პორტი დახურა",
        ),
        ("أخبار محلية\n\nالعاصفة تغلق الميناء\n\nأغلق الميناء يوم الاثنين.\n", "العاصفة تغلق الميناء"),
        (
            "World News\n05/03/2024  10:15\n\nStorm closes the port\n\nThe port closed on Monday.\n",
            "Storm closes the port",
        ),
        (
            "Acme Daily |  Society\n\nStorm closes the port\n\nThe port closed on Monday.\n",
            "Storm closes the port",
        ),
        ("ข่าวภูมิภาค\n\nพายุปิดท่าเรือทั้งวันจันทร์\n\nท่าเรือปิดเมื่อวันจันทร์.\n", "พายุปิดท่าเรือทั้งวันจันทร์"),
        # its shape alone, capitals or title case, may be a short headline's over a deck
        (
            "STORM HITS COAST\n\nPort stays closed for another day\n\nThe port closed on Monday.\n",
            "STORM HITS COAST",
        ),
        (
            "Storm Hits Coast\n\nPort stays closed for another day\n\nThe port closed on Monday.\n",
            "Storm Hits Coast",
        ),
        # a paper's or agency's name, its menu beside it, particles between its words
        ("GLOBAL  TIMES\n\nStorm closes the port\n\nThe port closed on Monday.\n", "Storm closes the port"),
        (
            "The Times of the Coast\n\nStorm closes the port for a second day\n\nThe port closed on Monday.\n",
            "Storm closes the port for a second day",
        ),
        (
            "Le Quotidien de la Côte\nMonde  Économie  Culture  Sport\n\nLa tempête ferme le port\n\nLe port a fermé.\n",
            "La tempête ferme le port",
        ),
        (
            "Agenția Națională de Presă\n\nFurtuna închide portul a doua zi\n\nPortul s-a închis luni.\n",
            "Furtuna închide portul a doua zi",
        ),
        (
            "Times Square Reopens\n\nCrowds return after two years\n\nThe square reopened on Monday.\n",
            "Times Square Reopens",
        ),
        # a headline naming its source after a dash above the text is no caption
        (
            "Storm closes the port - Reuters\n\nThe port closed on Monday.\n",
            "Storm closes the port - Reuters",
        ),
        # a title with a closed sentence under it is no title under a label: a standfirst
        ("World News\n\nThe port closed on Monday.\n\nIt reopens today.\n", "World News"),
        # a Georgian line under the headline is no lower-case line that a wrap carried on
        ("ქარიშხალმა პორტი დახურა\nპორტი ორშაბათს დაიხურა\n\nპორტი დაიხურა.\n", "ქარიშხალმა პორტი დახურა"),
    ],
    ids=[
        "georgian-news-and-a-stamp",
        "arabic-news-word",
        "news-word-and-a-stamp-line",
        "a-bar",
        "thai-news-word",
        "capitals-alone-stay-a-headline",
        "title-case-alone-stays-a-headline",
        "a-papers-word-in-capitals",
        "particles-between-its-words",
        "its-menu-beside-it",
        "an-agencys-word-romanian",
        "a-papers-word-opening-a-headline",
        "a-headline-naming-its-source",
        "a-sentence-under-the-label",
        "georgian-has-no-lower-case-wrap",
    ],
)
def test_a_page_label_over_an_unsigned_title_is_no_headline(text: str, headline: str) -> None:
    from wireparse import parse

    assert parse(text).headline == headline


@pytest.mark.parametrize(
    ("head", "headline", "summary"),
    [
        (
            "OIL & GAS\n\nNorway approves two North Sea fields\n\n",
            "Norway approves two North Sea fields",
            None,
        ),
        (
            "MEDIA MONITOR — TRANSPORT\n\nAmtrak adds a train to Detroit\n\n",
            "Amtrak adds a train to Detroit",
            None,
        ),
        ("ÉCONOMIE\n\nLa Bourse de Paris recule\n\n", "La Bourse de Paris recule", None),
        (
            "OIL & GAS\n\nNorway approves two North Sea fields.\n\n",
            "OIL & GAS",
            "Norway approves two North Sea fields.",
        ),
        (
            "STORM HITS COAST\n\nPORT CLOSES FOR THE DAY AND MORE\n\n",
            "STORM HITS COAST",
            "PORT CLOSES FOR THE DAY AND MORE",
        ),
        (
            "Storm Hits Coast\n\nPort closes for the day and more\n\n",
            "Storm Hits Coast",
            "Port closes for the day and more",
        ),
        ("Storm hits the coast\n\nEconomy and business\n\n", "Storm hits the coast", None),
        ("Storm hits the coast\n\nЭкономика  и бизнес\n\n", "Storm hits the coast", None),
        ("Storm hits the coast\n\nThe port closed.\n\n", "Storm hits the coast", "The port closed."),
    ],
    ids=[
        "a-label-in-capitals-over-the-title",
        "with-a-dash",
        "one-word-accented",
        "a-sentence-under-it-is-a-standfirst",
        "both-in-capitals",
        "a-headline-in-title-case-keeps-its-deck",
        "a-short-section-under-the-headline",
        "cyrillic-two-blanks",
        "a-short-sentence-is-a-standfirst",
    ],
)
def test_a_sections_label_is_neither_headline_nor_standfirst(
    head: str, headline: str, summary: str | None
) -> None:
    from wireparse import parse

    story = parse(f"{head}OSLO, March 7 (XNA) - {BODY}\n\nIt reopened on Tuesday.\n")
    assert (story.headline, story.summary) == (headline, summary)


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ("Storm Hits Coast\n\nPort closes for the day\n\n", "Storm Hits Coast"),
        ("Storm Hits Coast\n\nPort closes for the day.\n\nBy Jane Roe\n\n", "Storm Hits Coast"),
        ("Oil prices fall\n\nBrent drops as fears ease\n\nBy Jane Roe\n\n", "Oil prices fall"),
        ("Storm Hits Coast\nPort closes for the day\n\nBy Jane Roe\n\n", "Storm Hits Coast"),
        ("Storms Hit Coast\n\nPort - New York\nDocks - Boston\n\nBy Jane Roe\n\n", "Storms Hit Coast"),
        ("Storms - March 3\n\nDocks of Boston close\n\nBy Jane Roe\n\n", "Storms - March 3"),
    ],
    ids=[
        "no-signed-title",
        "a-standfirst-closing-its-sentence",
        "lower-case-words",
        "no-sign-in-the-title-block",
        "a-list-under-it",
        "a-date-after-a-dash",
    ],
)
def test_a_short_headline_over_another_line_stays_the_headline(head: str, headline: str) -> None:
    from wireparse import parse

    assert parse(f"{head}{BODY}\n\nIt reopened on Tuesday.\n").headline == headline


@pytest.mark.parametrize(
    "under",
    ["The Springfield Herald\nMarch 5, 2024", "Daily Mail\n5 March 2024, 14:20", "Jane Roe\nThe storm"],
)
def test_a_publication_over_a_stamp_or_a_name_over_text_is_no_byline(under: str) -> None:
    from wireparse import parse

    story = parse(f"Storm hits the coast\n\n{under}\n\n{BODY}\n\nIt reopened on Tuesday.\n")
    assert story.byline is None or story.byline.authors != ("Jane Roe",)
    assert story.byline is None or "Herald" not in story.byline.text and "Mail" not in story.byline.text


@pytest.mark.parametrize(
    "byline",
    ["By Jane Roe", "Jane Roe  |05.10.2024 - Update : 05.10.2024", "Published 5 March 2024\nBy Jane Roe"],
)
def test_a_standfirst_over_a_byline_block_is_the_summary(byline: str) -> None:
    from wireparse import parse

    text = f"Storm hits the coast\n\nThe port closed for a day as winds rose\n\n{byline}\n\n{BODY}\n\nMore.\n"
    story = parse(text)
    assert story.summary == "The port closed for a day as winds rose"
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)


@pytest.mark.parametrize(
    ("deck", "summary"),
    [
        ("STORM WARNING: The port closed for a day as winds rose on the coast", True),
        ("LE POINT - «Le port est fermé», a dit le maire, selon la radio locale.", True),
        ("STORM  WARNING : the port closed", True),
        ("Storm warning: the port closed for a day as winds rose on the coast", False),
    ],
    ids=["colon", "spaced-dash-french", "blank-before-colon-doubled-blanks", "title-case-is-no-kicker"],
)
def test_a_kicker_heads_a_standfirst_as_long_as_the_text_after_it(deck: str, summary: bool) -> None:
    from wireparse import parse

    story = parse(f"Storm hits the coast\nJane Roe\n\n{deck}\n\n{BODY}\n\nMore.\n")
    assert (story.summary is not None) is summary


@pytest.mark.parametrize(
    "block",
    [
        "OSLO: Fishing boats in the harbour on Monday. - NTB",
        "OSLO:  Fishing boats in the harbour on Monday – NTB",
        "Fishing boats in the harbour\non Monday. -NTB",
        "OSLO: fishing boats in the harbour on Monday — ntb.",
    ],
)
def test_a_block_an_agency_closes_above_the_dateline_is_a_caption(block: str) -> None:
    draft = head_of(f"Storm hits the coast\n\n{block}\n")
    assert [c.credit for c in draft.captions] == [block.rstrip(" .").rsplit(" ", 1)[1].lstrip("-")]
    assert draft.summary is None


@pytest.mark.parametrize(
    "block",
    ["By Jane Roe - Reuters", "Jane Roe – NTB", "Fishing boats in the harbour. - Acme Daily"],
)
def test_a_byline_or_an_unknown_credit_after_a_dash_is_no_agency_caption(block: str) -> None:
    draft = head_of(f"Storm hits the coast\n\n{block}\n")
    assert draft.captions == []


@pytest.mark.parametrize(
    ("line", "kept_as"),
    [
        ("देश-विदेश", "navigation"),
        ("தமிழகம்", "navigation"),
        ("রাজ্য", "navigation"),
        ("Economia", "navigation"),
        ("DAILY PORTS DIGEST 5 March 2024", "furniture"),
        ("-2- WORLD  BRIEFING Tuesday 5 March 2024", "furniture"),
        ("Pressespiegel Dienstag, 5. März 2024 Seite 2 von 14", "furniture"),
        ("ОБЗОР СМИ | 05.03.2024", "furniture"),
        ("YENİ SABAH 14 MART 1984 ÇARŞAMBA Sayfa 7", "furniture"),
        ("HARIAN PERSATUAN Rabu, 12 Maret 1969 Halaman 2", "furniture"),
        ("LATIN AMERICA BRIEFS p. 2", "furniture"),
    ],
)
def test_a_section_or_running_head_above_the_headline_is_set_aside(line: str, kept_as: str) -> None:
    # a word alone of any script is the section; a label with a date or page a running head
    draft = head_of(f"{line}\n\nStorm hits the coast\n")
    assert draft.headline == "Storm hits the coast"
    assert [kind for kind, _ in kept(draft)] == [kept_as]


@pytest.mark.parametrize(
    "line",
    [
        "Storm Hits Coast On 5 March 2024",
        "BEWARE THE STORM (FOR RELEASE THE WEEK OF JULY 10, 2000)",
        "Shares rose 5% on March 5, 2024",
        "Storm hits the coast on 5 March 2024, a day after the page 3 warning",
    ],
)
def test_a_headline_naming_a_date_is_no_running_head(line: str) -> None:
    draft = head_of(f"{line}\n\nPort closes for the day\n")
    assert draft.headline is not None and draft.headline.startswith(line.split(" (")[0][:10])


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("(dell'inviata Jane Roe)", ["Jane Roe"]),
        ("(By Jane Roe)", ["Jane Roe"]),
        ("( dal nostro inviato Tom Lee )", ["Tom Lee"]),
        ("(Reuters)", []),
        ("(the port was closed)", []),
    ],
)
def test_a_byline_in_brackets_under_the_headline_is_the_byline(line: str, authors: list[str]) -> None:
    draft = head_of(f"Storm hits the coast\n{line}\n")
    assert draft.authors == authors


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "COPPER HITS 11-MONTH HIGH\nON CHINA SMELTER CUTS",
            "COPPER HITS 11-MONTH HIGH ON CHINA SMELTER CUTS",
        ),
        ("PORT  STRIKE SPREADS\nTO THE NORTH", "PORT STRIKE SPREADS TO THE NORTH"),
        ("PORT STRIKE SPREADS\nAP PHOTO XRE109", "PORT STRIKE SPREADS"),
        ("PORT STRIKE SPREADS.\nNORTH HIT HARDEST", "PORT STRIKE SPREADS."),
        ("Port strike spreads\nNORTH HIT HARDEST", "Port strike spreads"),
    ],
)
def test_a_headline_in_capitals_broken_over_lines_is_one_headline(text: str, headline: str) -> None:
    assert head_of(text + "\n").headline == headline


@pytest.mark.parametrize(
    "label",
    ["HEADLINE: Storm closes the port", "Title:  Storm closes the port", "headline: Storm closes the port"],
    ids=["capitals", "title-case-blanks-doubled", "lower-case"],
)
def test_an_exports_labelled_headline_outranks_a_line_centred_above_it(label: str) -> None:
    from wireparse import parse

    text = (
        "                 The Coast News\n\n           March 5, 2003, Wednesday\n\n"
        f"SECTION: World\n\n{label}\n\nBYLINE: Jane Roe\n\nBODY:\n\n{BODY}\n\nMore.\n"
    )
    story = parse(text)
    assert story.headline == "Storm closes the port"
    assert story.summary is None
    assert "The Coast News" in [b.text for b in story.boilerplate]


@pytest.mark.parametrize(
    "subject",
    [
        "Subject: Coast Briefing: Storm closes the port for a day",
        "Subject:  COAST BRIEFING | Storm closes the port for a day",
        "Subject: Coast Briefing - Storm closes the port for a day",
    ],
    ids=["colon", "bar-capitals-blanks-doubled", "spaced-dash"],
)
def test_a_mails_subject_with_its_newsletters_label_gives_way_to_the_printed_headline(subject: str) -> None:
    from wireparse import parse

    text = (
        f"From: Coast Briefing <brief@example.org>\n{subject}\n\nStorm closes the port for a day\n\n"
        f"{BODY}\n\nIt reopened on Tuesday.\n"
    )
    story = parse(text)
    assert story.headline == "Storm closes the port for a day"
    assert story.summary is None


def test_a_headline_that_merely_ends_like_a_later_line_stays() -> None:
    from wireparse import parse

    story = parse(f"Storm closes the port\n\nthe port\n\n{BODY}\n\nIt reopened on Tuesday.\n")
    assert story.headline == "Storm closes the port"


@pytest.mark.parametrize(
    "under",
    ["(EDS: Moving to general news files.)", "(This story is from the\nCoast News Service.)  "],
    ids=["one-line", "wrapped-trailing-blanks"],
)
def test_a_note_wholly_in_brackets_under_the_headline_is_no_deck(under: str) -> None:
    from wireparse import parse

    story = parse(f"Storm hits the coast\n{under}\n\n{BODY}\n\nIt reopened on Tuesday.\n")
    assert story.summary is None
    assert [b.text for b in story.boilerplate if b.kind == "ednote"] == [" ".join(under.split())]


def test_a_bracket_closing_inside_the_line_opens_no_note() -> None:
    from wireparse import parse

    story = parse(
        f"Storm hits the coast\n(Adds quotes) Winds reached record speeds\n\n{BODY}\n\nIt reopened.\n"
    )
    assert not any(b.kind == "ednote" and "Winds" in b.text for b in story.boilerplate)


def test_a_paragraph_indented_under_the_byline_opens_the_body() -> None:
    from wireparse import parse

    text = "STORM HITS THE COAST\nBy JANE ROE\n    The storm reached the coast early on Monday and closed\nthe port for the rest of the day.\n    It reopened on Tuesday.\n"
    story = parse(text)
    assert story.summary is None
    assert story.paragraphs[0].startswith("The storm reached the coast")


@pytest.mark.parametrize(
    ("caption", "closes"),
    [
        ("Boats at the quay in Oslo, in an archive picture. EFE/J.L. Roe", True),
        ("Boats at the quay in Oslo - AFP/Archives", True),
        ("Boats at the quay in Oslo. - EUROPA PRESS - Archivo", True),
        ("Boats at the quay.  REUTERS / Jane Roe", True),
        ("Boats at the quay in Oslo. ACME/Jane Roe", False),
        ("Most voters back the plan, a poll showed. Reuters/Ipsos", False),
        ("The minister spoke to Reuters/Jane Roe today.", False),
    ],
    ids=[
        "initials",
        "archive-after-slash",
        "archive-after-dash",
        "capitals-blanks",
        "an-agency-the-table-does-not-know",
        "a-pollster",
        "prose",
    ],
)
def test_an_agencys_photo_credit_closes_a_caption(caption: str, closes: bool) -> None:
    from wireparse.furniture import closes_a_caption

    assert closes_a_caption(caption) is closes


def test_a_caption_an_agencys_credit_closes_above_the_dateline_is_no_standfirst() -> None:
    from wireparse import parse

    text = "Storm hits the coast\n\nBoats at the quay in Oslo - AFP/Archives\n\nOSLO (AFP) - The storm closed the port.\n\nMore.\n"
    story = parse(text)
    assert story.summary is None
    assert [c.text for c in story.captions] == ["Boats at the quay in Oslo - AFP/Archives"]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("ZCZC ABC123 XYZ\n\nFLOOD\n\nOSLO, MARCH 5, ACME - THE RIVER ROSE.\n", None),
        ("A112NX\n\n(FLOOD)\n\nOSLO, MARCH 5 (ACME)--THE RIVER ROSE.\n", None),
        ("  Flood  \n\nOSLO, March 5 (Acme) - The river rose.\n", "Flood"),
        ("FLOODS HIT OSLO\n\nOSLO, MARCH 5, ACME - THE RIVER ROSE.\n", "FLOODS HIT OSLO"),
        ("UN\n\nOSLO, MARCH 5, ACME - THE RIVER ROSE.\n", "UN"),
    ],
    ids=["capitals-word", "bracketed-and-story-number", "title-case-word", "a-headline", "two-letters"],
)
def test_a_teletypes_slug_over_the_dateline_is_no_headline(text: str, headline: str | None) -> None:
    from wireparse import parse

    assert parse(text).headline == headline


@pytest.mark.parametrize(
    ("block", "closes"),
    [
        ("Farmers at a field day on Monday. Photo by Jane Roe", True),
        ("Farmers at a field day on Monday.  FOTO: Jane Roe", True),
        ("Farmers at a field day on Monday. Picture by the ministry", False),
        ("He took a photo by Jane Roe", False),
    ],
    ids=["photo-by", "capitals-colon-blanks", "no-person", "inside-a-sentence"],
)
def test_a_photographers_name_after_the_captions_sentence_closes_it(block: str, closes: bool) -> None:
    from wireparse.furniture import closes_a_caption

    assert closes_a_caption(block) is closes


@pytest.mark.parametrize(
    ("under", "summary"),
    [
        ("Foto: Acme", None),
        ("Photo:  ACME/Jane Roe", None),
        (
            "Boats at the quay in Oslo on Monday.\nPhoto: Acme",
            "Storm closes the port for a day, the harbour master says.",
        ),
    ],
    ids=["a-credit-alone", "a-credit-alone-blanks-doubled", "a-caption-and-its-credit"],
)
def test_only_a_pictures_caption_not_its_credit_alone_heads_a_standfirst(
    under: str, summary: str | None
) -> None:
    # a web page prints title, picture and caption, then its standfirst: a credit alone is no sign
    from wireparse import parse

    # (the next paragraph is too short for the standfirst to be one by its length alone)
    first = "Storm closes the port for a day, the harbour master says."
    text = f"Storm hits the coast\n\n{under}\n\n{first}\n\n{BODY}\n\nMore.\n"
    assert parse(text).summary == summary


@pytest.mark.parametrize(
    "top",
    [
        "Skip to main content\nAcme Online\nA service of the Acme Broadcasting Corporation of Ruritania\nMenu\nSearch",
        "Ir al contenido principal\nacme.example\nUn servicio de la Corporación Acme de Radio y Televisión\nMenú\nBuscar",
    ],
    ids=["english", "spanish-and-an-address"],
)
def test_a_pages_tagline_among_its_links_and_buttons_is_no_headline(top: str) -> None:
    # a line of the page's own (a link past its menu, a button, its address) counts as a menu's item
    from wireparse import parse

    text = f"{top}\n\nStorm hits the coast\n\nOSLO, March 5 (NTB) - {BODY}\n\nMore.\n"
    assert parse(text).headline == "Storm hits the coast"


@pytest.mark.parametrize(
    ("highlights", "summary"),
    [
        ("* Profit falls 5 pct\n* Outlook cut", "* Profit falls 5 pct * Outlook cut"),
        (
            "•  Profit falls 5 pct\n\n•  Outlook cut\n\n•  Shares drop",
            "• Profit falls 5 pct • Outlook cut • Shares drop",
        ),
        ("-- * Profit falls 5 pct\n-- * Outlook cut", "* Profit falls 5 pct * Outlook cut"),
        ("- Profit falls 5 pct", "Profit falls 5 pct"),
        ("-- Profit falls 5 pct and the outlook is cut", "Profit falls 5 pct and the outlook is cut"),
    ],
    ids=["one-block", "blocks-apart-blanks-doubled", "under-a-head-marker", "one-item", "a-head-marker"],
)
def test_a_list_of_highlights_over_the_dateline_keeps_its_bullets(highlights: str, summary: str) -> None:
    from wireparse import parse

    text = f"Acme profit falls\n\n{highlights}\n\nOSLO, March 5 (Reuters) - {BODY}\n\nMore.\n"
    assert parse(text).summary == summary


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jane Roe, Tom Lee  |05.10.2024 - Update : 05.10.2024", ["Jane Roe", "Tom Lee"]),
        ("Ayşe Kaya,  Mert Can |05.10.2024 - Güncelleme : 05.10.2024", ["Ayşe Kaya", "Mert Can"]),
        ("Acme, Bolts | 05.10.2024", []),
    ],
    ids=["two-names", "turkish-blanks-doubled", "no-names"],
)
def test_several_names_beside_the_pages_stamp_are_the_byline(line: str, authors: list[str]) -> None:
    draft = head_of(f"Storm hits the coast\n\n{line}\n")
    assert draft.authors == authors


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("Budget/Österreich/Finanzen", 3),
        ("Budget / Österreich / Finanzen", 3),
        ("acme.it | Economia", 3),
        ("ACME.IT › Piemonte › Cronaca", 3),
        ("Stikkord: Stortinget, ferjer, samferdsel", 2),
        ("Keywords: harbour, ferries, Bergen, budget", 2),
        ("Africa, Climate Change, Food Security, Headlines", 2),
        ("Fédéral - Budget", 2),
        ("Ausland – Politik", 2),
        ("ÉCONOMIE — BOURSE", 2),
        ("Acme Kultur-Newsletter vom 7. November 2024", 2),
        ("NTB Tekst", 2),
        ("Ukraine: talks stall", 1),
        ("Oil up 2%", 1),
        ("Sun, sea and sand", 0),
        ("Parliament approves new budget rules", 0),
        ("Fiskalrat: Defizit dürfte heuer deutlich höher ausfallen", 0),
        ("Bei Protesten 2022: Bericht: Aktivistin getötet - Justiz dementiert", 0),
        ("Acme: Agenda 21 and Agenda 2030 are no plot", 0),
        ("Budget 2024 approved by parliament", 0),
        ("ACME NEWS ALERT - 5 March 2024", 2),
        ("Acme Nyhetsbyrån 2024-05-06 14:22 INRIKES", 3),
        ("Infos Acme, mardi 5 mars 2024 - 17:42:11 UTC +0000 418 mots", 2),
        ("=== ACME ARCHIVE EXPORT ===", 2),
        ("** Acme Wire Export **", 2),
        ("-- Storm hits the coast --", 1),
        ("Flight lands at 10:30 after a long delay over the sea", 1),
        ("Acme Bulletin n° 13371", 2),
        ("bsf025 3 ec 121 etf 967", 2),
        ("3 dead and 12 hurt in 2 crashes on the coast road", 1),
    ],
)
def test_a_labels_signs_each_count(line: str, signs: int) -> None:
    assert head.label_signs(line) == signs


@pytest.mark.parametrize(
    "label",
    [
        "Politik / Inland / Wahlen",
        "acme.example | Politik",
        "Stikkord: Stortinget, ferjer, samferdsel",
        "Fédéral - Budget",
        "INNENRIKS – STORTINGET",
        "NTB Tekst",
        "Acme-Landesdienst Nord 12.03.2024",
        "Acme News Alert - 5 March 2024",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_label_over_a_title_is_no_headline(label: str, gap: str) -> None:
    draft = head_of(f"{label}{gap}Parliament approves new budget rules")
    assert draft.headline == "Parliament approves new budget rules"


@pytest.mark.parametrize(
    ("headline", "deck"),
    [
        ("Ukraine: talks stall", "Kyiv rejects the terms offered for a ceasefire"),
        ("Oil up 2%", "Prices climb as producers cut their output"),
        ("Sun, sea and sand", "The resort town counts its busiest summer in a decade"),
        ("Storm hits coast", "Winds reached record speeds overnight in the north"),
    ],
)
def test_a_short_headline_over_its_deck_stays_the_headline(headline: str, deck: str) -> None:
    assert head_of(f"{headline}\n{deck}").headline == headline


@pytest.mark.parametrize(
    ("subject", "between"),
    [
        ("Subject: Fwd: piece on the port", "Thought you'd like this one."),
        ("Betreff: WG: Hafen", "Hallo zusammen,\n\nzur Info.\n\nJoe"),
        ("Emne: Fwd: havna", "Hei,\nse under.\n\nKari"),
        ("SUBJECT: the port story", ""),
        ("Objet : TR: le port", "[envoyé depuis la liste -- ed.]"),
    ],
)
def test_a_mails_subject_gives_way_to_the_title_printed_under_its_header(subject: str, between: str) -> None:
    head_text = f"{subject}\nDate: Tue, 14 Mar 2006 17:05:44 -0500\n\n{between}\n\nPort opens a second quay"
    draft = head_of(head_text)
    assert draft.headline == "Port opens a second quay"
    assert draft.byline_text == []


@pytest.mark.parametrize("subject", ["Subject: Port opens a second quay", "Title: Port opens a second quay"])
def test_a_subject_with_no_title_under_it_stays_the_headline(subject: str) -> None:
    draft = head_of(f"From: desk@example.org\n{subject}\nDate: Tue, 14 Mar 2006\n")
    assert draft.headline == "Port opens a second quay"


def test_a_title_field_is_no_mails_subject() -> None:
    draft = head_of("Title: Port opens a second quay\n\nHarbour grows again")
    assert draft.headline == "Port opens a second quay"


@pytest.mark.parametrize(
    "issuer",
    [
        "Polizei Hamburg",
        "POLIZEI HAMBURG",
        "U.S. Department of Defense",
        "Ministerio de Agricultura, Pesca y Alimentación",
        "European Commission - Press release",
        "Université de Lausanne",
        "Deutscher  Bundestag",
    ],
)
def test_a_public_bodys_name_opening_its_release_is_no_headline(issuer: str) -> None:
    from wireparse import parse

    story = parse(f"{issuer}\n\nPort opens a second quay for ferries\n\nOSLO, March 7 (XNA) - {BODY}\n")
    assert story.headline == "Port opens a second quay for ferries"


@pytest.mark.parametrize(
    "headline",
    ["Police arrest two after port robbery", "Ministry denies report on ferries", "Parliament votes"],
)
def test_a_headline_naming_a_public_body_in_words_of_lower_case_stays(headline: str) -> None:
    from wireparse import parse

    story = parse(
        f"{headline}\n\nThe port opened a second quay for ferries\n\nOSLO, March 7 (XNA) - {BODY}\n"
    )
    assert story.headline == headline


@pytest.mark.parametrize("section", ["Press Releases", "PRESSEMITTEILUNGEN", "Communiqués de presse"])
def test_a_press_offices_list_heading_is_no_headline(section: str) -> None:
    from wireparse import parse

    story = parse(f"{section}\n\nPort opens a second quay for ferries\n\nOSLO, March 7 (XNA) - {BODY}\n")
    assert story.headline == "Port opens a second quay for ferries"


@pytest.mark.parametrize(
    "standfirst",
    [
        "Rescue crews worked through the evening on the flooded roads of the valley and freed dozens of drivers.",
        "Rescue crews worked through the evening on the flooded roads.",
    ],
)
@pytest.mark.parametrize("label", ["acme > News > Local", "Acme | Local"])
def test_a_label_over_a_title_and_its_standfirst_in_one_block(label: str, standfirst: str) -> None:
    draft = head_of(f"{label}\n\nStorm in the north: dozens rescued\n{standfirst}")
    assert draft.headline == "Storm in the north: dozens rescued"


def test_a_hard_wrapped_paragraph_under_a_label_is_no_title() -> None:
    wrapped = (
        "The storm reached the coast early on Monday and closed the\n"
        "port for the rest of the day, the harbour master said."
    )
    draft = head_of(f"acme > News > Local\n\n{wrapped}")
    assert draft.headline != "The storm reached the coast early on Monday and closed the"


@pytest.mark.parametrize("label", ["DW – Deutsche Welle | Partner", "Acme — Daily News | Service"])
def test_a_dash_between_a_labels_words_is_no_word(label: str) -> None:
    assert head.label_signs(label) >= 2


@pytest.mark.parametrize("section", ["Budget/Österreich/Finanzen\n", "", "WI/CI\n\n"])
def test_apas_subtitle_under_its_label_is_the_summary(section: str) -> None:
    from wireparse import parse

    story = parse(
        f"{section}Fiskalrat: Defizit dürfte heuer höher ausfallen\n"
        "Utl.: Abgang von 3,1 Prozent des BIP erwartet =\n\nWien (APA) - Der Fiskalrat rechnet mit mehr.\n"
    )
    assert story.headline == "Fiskalrat: Defizit dürfte heuer höher ausfallen"
    assert story.summary == "Abgang von 3,1 Prozent des BIP erwartet"


@pytest.mark.parametrize(
    "top",
    [
        "Acme Relief Agency\n\nAbout us   What we do   Where we work   Donate",
        "ACME RELIEF AGENCY\nSaving lives since 1950\n\nNews\tAnalysis\tOpinion\tPodcasts",
        "Acme Relief Agency\n\nHome | Emergencies | Countries | Newsroom",
        "Acme Relief Agency\n\nHome\nEmergencies\nCountries\nNewsroom",
        "Search\n\nΑΡΧΙΚΗ   ΕΛΛΑΔΑ   ΚΟΣΜΟΣ   ΑΘΛΗΤΙΣΜΟΣ",
        "acme.example\nსიახლეები   პოლიტიკა   ეკონომიკა   სპორტი\nENG   РУС",
    ],
    ids=[
        "wide-blanks",
        "tabs-under-motto",
        "bars",
        "one-a-line",
        "greek-capitals",
        "georgian-language-switch",
    ],
)
def test_the_sites_lines_over_its_menu_are_no_headline(top: str) -> None:
    story = parse(
        f"{top}\n\nFloods cut off three villages\n\nFloods cut off three villages on Monday, aid workers said."
    )
    assert story.headline == "Floods cut off three villages"


@pytest.mark.parametrize(
    "head",
    [
        "Floods cut off villages\n\nShare: Facebook | X | WhatsApp | Telegram\n\nAid workers say roads may take weeks to clear",
        "Floods cut off villages\n\nAid workers say roads may take weeks to clear",
        "Floods  Cut  Off  Three  Villages\n\nAid  workers  say  roads  may  take  weeks  to  clear",
        "Floods cut off villages\n\nreads   more   below   today\n\nAid workers say roads may take weeks to clear",
        "Home   News   World   Sport\nFloods cut off villages",
    ],
    ids=[
        "share-row-between",
        "deck-alone",
        "all-blanks-doubled",
        "lower-case-row",
        "under-the-row-in-its-block",
    ],
)
def test_a_headline_over_its_deck_is_no_sites_name(head: str) -> None:
    story = parse(f"{head}\n\nFloods cut off three villages on Monday, aid workers said.")
    assert story.headline is not None and story.headline.replace("  ", " ").casefold() in {
        "floods cut off villages",
        "floods cut off three villages",
    }


#: A section's label and the page's stamp over a title, in the page's language, and its text.
TITLES_UNDER_STAMPS = [
    (
        "Jemgyýet",
        "12.03.2025",
        "Lebapda täze çagalar bagy ulanmaga berildi",
        "Lebap welaýatynda 320 orunlyk täze çagalar bagy ulanmaga berildi. Dabara şenbe güni boldy.",
    ),
    (
        "JAMIYAT",
        "12.03.2025 10:20",
        "Samarqandda yangi bog'cha foydalanishga topshirildi",
        "Samarqand viloyatida 320 o'rinli yangi bog'cha foydalanishga topshirildi. Marosim shanba kuni bo'ldi.",
    ),
    (
        "Berita daerah",
        "12/03/2025",
        "Taman kanak-kanak baru dibuka di Kuching",
        "Sebuah taman kanak-kanak baharu untuk 320 kanak-kanak dibuka di Kuching pada hari Isnin.",
    ),
    (
        "Society",
        "March 12, 2025",
        "New kindergarten opens in the east",
        "A new kindergarten opened on Monday.",
    ),
]


@pytest.mark.parametrize(
    "label, stamp, title, text", TITLES_UNDER_STAMPS, ids=[row[0] for row in TITLES_UNDER_STAMPS]
)
def test_a_title_under_the_stamp_under_its_section_is_the_headline(
    label: str, stamp: str, title: str, text: str
) -> None:
    story = parse(f"{label}\n{stamp}\n\n{title}\n\n{text}\n\nIt has 12 rooms.")
    assert story.headline == title
    assert [p[:5] for p in story.paragraphs] == [text[:5], "It ha"]


@pytest.mark.parametrize(
    "text",
    [
        "Storm hits the northern coast\n12.03.2025\n\nPower cut\n\nThe storm cut power to 20,000 homes on Monday.",
        "Storm hits coast\n12.03.2025\n\nThe storm cut power to 20,000 homes on Monday.\n\nMore rain is due.",
    ],
    ids=["headline-of-more-words", "text-under-the-stamp"],
)
def test_a_headline_over_its_stamp_stays(text: str) -> None:
    assert parse(text).headline in {"Storm hits the northern coast", "Storm hits coast"}


@pytest.mark.parametrize("marker", ["-- ", "– ", "* ", "• "])
def test_markers_before_every_head_line_are_layout(marker: str) -> None:
    head = ["Acme Relief", "", "Floods in two states", "Flash Update No. 2", "As of 19 August 2024"]
    text = "This update covers the floods of the past week, officials said.\n\nMore rain is due."
    plain = parse("\n".join(head) + f"\n\n{text}")
    marked = parse("\n".join(marker + line if line else "" for line in head) + f"\n\n{text}")
    assert (marked.headline, marked.summary, marked.paragraphs) == (
        plain.headline,
        plain.summary,
        plain.paragraphs,
    )


@pytest.mark.parametrize("marker", ["-- ", "– "])
def test_a_menu_row_keeps_its_wide_blanks_after_a_marker(marker: str) -> None:
    story = parse(
        f"{marker}Acme Relief Agency\n\n{marker}Who we are   What we do   Where we work   Donate\n\n"
        f"{marker}Floods cut off three villages\n\nFloods cut off three villages on Monday, aid workers said."
    )
    assert story.headline == "Floods cut off three villages"


def test_a_flashs_asterisk_after_a_marker_is_text() -> None:
    story = parse(
        "-- *ACME SEES 2025 SALES UP 5%\n-- *ACME CEO: PRICES TO RISE\n\nAcme said on Monday its sales would rise."
    )
    assert story.headline is not None and story.headline.startswith("*ACME SEES")


@pytest.mark.parametrize(
    "top",
    [
        "Acme Valley Paralympic Winter Games\nParalympic Information Service  |  News  |  Para Alpine Skiing",
        "Acme News\nHome  News  World  Sport  Video",
    ],
    ids=["bars-between-two-blanks", "two-blanks"],
)
def test_a_row_parted_by_two_blanks_reads_the_same_with_every_blank_doubled(top: str) -> None:
    text = f"{top}\n\nRoe storms to sprint gold\n\nJane Roe won the sprint on Monday, officials said."
    doubled = re.sub(r"(?<=\S) (?=\S)", "  ", text)
    assert parse(doubled).headline is not None
    assert parse(text).headline == " ".join(parse(doubled).headline.split())


@pytest.mark.parametrize(
    "label, stamp, title, text", TITLES_UNDER_STAMPS, ids=[row[0] for row in TITLES_UNDER_STAMPS]
)
def test_a_title_under_the_stamp_reads_the_same_over_wrapped_text(
    label: str, stamp: str, title: str, text: str
) -> None:
    wrapped = "\n".join(
        textwrap.wrap(f"{text} It has 12 rooms and a garden, the officials said on Monday.", 40)
    )
    story = parse(f"{label}\n{stamp}\n\n{title}\n\n{wrapped}\n\nMore rooms are due next year.")
    assert story.headline == title
