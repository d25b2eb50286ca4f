"""Where the parser looks for a story's dateline, one row per convention, in invented text."""

from __future__ import annotations

import pytest

from wireparse import parse

CAPTION = "Workers walk past idle cranes at the port on Tuesday, March 7, 2023, in a city far away. (Photo/Jane Roe)"


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        (
            "Cranes idle\n\n"
            + "\n".join([CAPTION] * 5)
            + "\n\nOSLO, March 7 (Reuters) - Dock workers walked out.\n",
            "Oslo",
            "photo captions, however long and many, do not end the search",
        ),
        (
            "Cranes idle\n\nMarch 7, 2023\n\nOSLO, March 7 (Reuters) - Dock workers walked out.\n",
            "Oslo",
            "a date alone gives way to the fuller dateline just after it",
        ),
        (
            "Cranes idle\n\n\n\nMarch 7, 2023\n\n\n\nJane Roe\n\n\n\nOSLO, March 7 (Reuters) - Dock workers walked out.\n",
            "Oslo",
            "blank lines between do not count against the fuller dateline",
        ),
        (
            "Storm closes port\n\n5 March 2024\nAcme Newswires ACMN English\n(c) 2024 Acme\nEnglish\nEnglish\n\n"
            "OSLO (NTB) - The port closed on Tuesday.\n",
            "Oslo",
            "an export's furniture between a date alone and the fuller dateline does not count",
        ),
        (
            "KLIPING BERITA — Selasa, 5 Maret 2024 — Hal. 4\n\nPelabuhan tambah dua crane\n\n"
            "Pontianak (ANTARA) - Pengelola pelabuhan menambah dua crane.\n",
            "Pontianak",
            "a bulletin's running head is no dateline: its label is no town",
        ),
        (
            "CLIPPING  DIÁRIO — 05/03/2024 —\n\nVendas caem\n\nSÃO PAULO (Acme) - As vendas caíram.\n",
            "São Paulo",
            "the same with a date in figures, blanks doubled",
        ),
        (
            "World › Africa\n\nMozambique: floods force thousands from their homes\n\nAcme Agency\n"
            "21 Feb 2024, 16:05\n\nMaputo, 21 Feb (Lusa) – Thousands were moved from the valley.\n",
            "Maputo",
            "a headline's topic gives way to a dateline with a date or credit after it",
        ),
        (
            "MOZAMBIQUE:  floods force thousands from their homes\n\nMAPUTO (Lusa) - Thousands were moved.\n",
            "Maputo",
            "the same in capitals, blanks doubled",
        ),
        (
            "Cranes idle\n\nOSLO: Dock workers walked out on Tuesday, the union said.\n\n"
            "BERGEN (NTB) - More joined them.\n",
            "Oslo",
            "a place opening a sentence keeps its dateline",
        ),
        (
            "Harbour grows\n\n/ritzau/\n\nAALBORG: The harbour will cost more, the board said.\n",
            "Aalborg",
            "an agency's credit alone on its line gives way to a place after it",
        ),
        (
            "Cranes idle\n\n7/3/2023\n\nDock workers walked out on Tuesday, the union said.\n",
            None,
            "a date alone is the dateline when no fuller one follows",
        ),
        (
            "Cranes idle\n\n7 March 2023\nShare\nSave\n\nDock workers walked out on Tuesday, the union said.\n",
            "no dateline",
            "a date alone over the page's share buttons is the page's stamp",
        ),
        (
            "Cranes idle\n\nPublished\n7 March 2023\n\nJane Roe\n\nDock workers walked out on Tuesday.\n",
            "no dateline",
            "the same under the stamp's label, a byline after it",
        ),
        (
            "Cranes idle\n\nMARCH 7,  2023\nSHARE\n\nDock workers walked out on Tuesday, the union said.\n",
            "no dateline",
            "the same in capitals, blanks doubled",
        ),
        (
            "Cranes idle\nThe union called the strike.\n\n7/3/2023\n\nDock workers walked out on Tuesday.\n",
            None,
            "a date alone between the lead and the text is the dateline",
        ),
        (
            "Cranes idle\n\nFILE - The port at dawn in a 2022 file photo. ACME PRESS/Jane Roe\n\n"
            "OSLO, N.L. - Dock workers walked out.\n",
            "Oslo",
            "an archive picture's caption opens with FILE and a dash, no place",
        ),
        (
            "Cranes idle\n\nARCHIVO  -  Vista del puerto.\n\nLos estibadores pararon el martes.\n",
            "no dateline",
            "the same in Spanish, blanks doubled",
        ),
        (
            "Cranes idle\n\nDock workers and officials sign a memorandum on port safety in\n"
            "Oslo on Jan. 9, 2024. (Acme)\n\nThe port will add two cranes, the union said.\n",
            "no dateline",
            "a short line under a sentence broken after a small word goes on with it",
        ),
        (
            "Cranes idle\n\nDock workers and officials sign a memorandum on port safety\n"
            "OSLO, Jan. 9 (Acme) - The port will add two cranes, the union said.\n",
            "Oslo",
            "a dateline under a line that closes with a full word, no blank line between",
        ),
        (
            "Cranes idle\nAFP, OSLO\n\nDock workers walked out on Tuesday, the union said.\n",
            "Oslo",
            "credit and place alone on their line under the headline",
        ),
        (
            "Dock workers walk out across the northern ports again\nAFP, OSLO\n\nThey left on Tuesday.\n",
            "Oslo",
            "credit and place under a headline as wide as a hard-wrapped line: not its continuation",
        ),
        (
            "Dock workers walk out across the northern ports again\nOSLO,  March 7  (Reuters)\n\nThey left.\n",
            "Oslo",
            "a place, date and credit alone under a wide headline, blanks doubled",
        ),
        (
            "Dock workers walk out across the northern ports on Tuesday\nREUTERS, OSLO\n\nThey left.\n",
            "Oslo",
            "the same with another agency in capitals",
        ),
        (
            "Dock workers walk out across the northern ports on Tuesday\nReuters, Jane Roe\n\nThey left.\n",
            "no dateline",
            "a credit and a name in title case credit a photo or writer: no place",
        ),
        (
            "Dock workers walk out across the northern ports again and\nOSLO - They left on Tuesday.\n",
            "no dateline",
            "a bare place and dash on a wrapped line continues the sentence",
        ),
        (
            "Cranes idle\nAFP, Getty Images\n\nDock workers walked out on Tuesday, the union said.\n",
            "no dateline",
            "a credit and a photo agency alone on their line credit a photo",
        ),
        (
            "OSLO – Dock workers walked out on Tuesday over pay, the union said, and the port stood still.\n",
            "Oslo",
            "a story printed without a headline opens with its dateline: a line of prose is no headline",
        ),
        (
            "oslo  --  Dock workers walked out on Tuesday over pay, the union said, and the port was idle.\n",
            "no dateline",
            "a place in lower case is no bare dateline, prose or not",
        ),
        (
            "DOCK WORKERS WALK OUT -- UNION\n\nThey left on Tuesday.\n",
            "no dateline",
            "a short first line with a bare dateline's shape is a headline",
        ),
        (
            "March 7, 2023\n\nDock workers walked out on Tuesday, the union said.\n",
            "no dateline",
            "a date alone on the first line is the headline's place, not a dateline",
        ),
    ],
)
def test_dateline_search(text: str, place: str | None, reason: str) -> None:
    story = parse(text)
    if place == "no dateline":
        assert story.dateline is None, reason
        return
    assert story.dateline is not None, reason
    assert story.dateline.place == place, reason


def test_a_date_alone_gives_its_date() -> None:
    story = parse("Cranes idle\n\n7/3/2023\n\nDock workers walked out on Tuesday, the union said.\n")
    assert story.dateline is not None and story.dateline.date == "2023-03-07"
    assert story.paragraphs == ("Dock workers walked out on Tuesday, the union said.",)


@pytest.mark.parametrize("words", ["NO DATE", "No Date", "UNDATED"])
def test_no_date_words_are_no_region(words: str) -> None:
    story = parse(f"Cranes idle\n\nOSLO, {words} (FBIS) -- Dock workers walked out.\n")
    assert story.dateline is not None
    assert (story.dateline.place, story.dateline.region, story.dateline.agency) == ("Oslo", None, "FBIS")


@pytest.mark.parametrize(
    ("last", "reason"),
    [("Sept. 29.", "a date alone reads as a time stamp"), ("share.", "a word alone reads as navigation")],
)
def test_a_wrapped_line_is_never_furniture(last: str, reason: str) -> None:
    text = (
        "Cranes idle\n\nOSLO, March 7 (Reuters) - Dock workers walked out on Tuesday.\n\n"
        f"The union said its members would stay out until the end of the\n{last}\n"
    )
    expected = f"The union said its members would stay out until the end of the {last}"
    assert parse(text).paragraphs[-1] == expected, reason


@pytest.mark.parametrize("blank", [" ", "  ", "\u00a0"])
def test_an_acronym_credit_after_a_date_survives_layout(blank: str) -> None:
    line = f"Lagoston,{blank}March 7,{blank}2024{blank}(XNA){blank}Officials said the bridge would open."
    story = parse(f"Bridge to open\n\n{line}\n")
    assert story.dateline is not None and story.dateline.agency == "XNA"
    assert story.paragraphs == ("Officials said the bridge would open.",)


FLAT = (
    "(Adds detail) * Copper may edge up to $9,000 a tonne * Traders eye the central bank "
    "By Jane Roe Jan 30 (Reuters) - Copper rose on Tuesday as a weaker dollar lifted metals, "
    "with prices finding support from lower stocks in warehouses. Traders were also awaiting "
    "the central bank's meeting for cues on rates."
)


def _wrapped(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


@pytest.mark.parametrize("width", [60, 66, 72])
def test_flattened_copy_wrapped_again_reads_as_it_did_flat(width: int) -> None:
    flat = parse(f"Copper rises on weaker dollar\n\n{FLAT}\n")
    wrapped = parse(f"Copper rises on weaker dollar\n\n{_wrapped(FLAT, width)}\n")
    assert flat.dateline is not None and flat.dateline.agency == "Reuters"
    assert wrapped.dateline == flat.dateline
    assert wrapped.byline == flat.byline
    assert wrapped.paragraphs[0].startswith("Copper rose on Tuesday")


@pytest.mark.parametrize(
    ("text", "authors", "reason"),
    [
        (
            "(부산=연합뉴스) 김민수 이영희 기자 = 정부는 5일 발표했다.",
            ("김민수", "이영희"),
            "two Korean reporters",
        ),
        ("(부산=연합뉴스) 김민수  기자 = 정부는 5일 발표했다.", ("김민수",), "one, blanks doubled"),
        (
            "（中央社記者王小明、李大同東京5日專電）日本銀行今天宣布。",
            ("王小明", "李大同"),
            "two Chinese reporters",
        ),
        (
            "Пловдив, 5 март /Мария Иванова, БТА/ Общината обяви нов план.",
            ("Мария Иванова",),
            "a name before the agency",
        ),
    ],
)
def test_reporters_named_in_the_dateline_are_its_authors(
    text: str, authors: tuple[str, ...], reason: str
) -> None:
    story = parse(text)
    assert story.byline is not None and story.byline.authors == authors, reason


@pytest.mark.parametrize("deck_end", [".", ". ", "!"])
def test_a_dateline_with_a_day_alone_under_a_deck_is_no_signature(deck_end: str) -> None:
    text = (
        "Ministers back a rail plan\n\nThe cabinet gave its backing to a plan for forty new stations on Tuesday"
        f"{deck_end}\n\nMADRID, 5 (EUROPA PRESS)\n\nThe cabinet approved a plan for forty stations.\n"
    )
    story = parse(text)
    assert story.dateline is not None and story.dateline.agency == "Europa Press"
    assert story.paragraphs == ("The cabinet approved a plan for forty stations.",)


@pytest.mark.parametrize(
    ("label", "reason"),
    [
        ("DATELINE: ", "a database export's dateline field"),
        ("Dateline:  ", "in title case, blanks doubled"),
    ],
)
def test_a_labelled_dateline_field_is_the_dateline(label: str, reason: str) -> None:
    for printed in ("OSLO, March 5 -", "OSLO, Norway", "Oslo"):
        text = f"Storm closes the port\n\nBYLINE: Jane Roe\n\n{label}{printed}\n\nA storm closed the port.\n"
        story = parse(text)
        assert story.dateline is not None and story.dateline.place == "Oslo", (reason, printed)
        assert story.paragraphs == ("A storm closed the port.",), (reason, printed)


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("Jane Roe (PAP)", ("Jane Roe",)),
        ("Jane Roe, Reuters.", ("Jane Roe",)),
        ("Dilfuza Rahimova,  O‘zA", ("Dilfuza Rahimova",)),
        ("Tom Lee, the mayor", ()),
        ("Ana KOVAC, «The Herald».", ("Ana KOVAC",)),
        ("Ana Kovac, The Herald", ()),
    ],
)
def test_a_name_and_an_agency_closing_the_story_sign_it(closing: str, authors: tuple[str, ...]) -> None:
    story = parse(
        f"Storm hits port\n\nOSLO, March 5 - A storm hit the port.\n\nMore rain is due.\n\n{closing}\n"
    )
    assert (story.byline.authors if story.byline else ()) == authors


@pytest.mark.parametrize("marker", ["题：", "題：", "题:"])
def test_a_restated_title_is_the_headline_when_none_was_printed(marker: str) -> None:
    story = parse(f"新华社北京3月5日电 {marker}小城的夜市\n\n　　夜幕降临，小城热闹起来。\n")
    assert story.headline == "小城的夜市"
    assert story.paragraphs == ("夜幕降临，小城热闹起来。",)


@pytest.mark.parametrize("stamp", ["05.03.2024 14:22", "05 МАР, 14:22", "March 7, 2024  10.15"])
def test_a_date_with_a_time_alone_is_a_stamp_not_a_dateline(stamp: str) -> None:
    story = parse(f"{stamp}\n\nHarbor reopens\n\nOSLO, March 7 (NTB) - The harbor reopened on Monday.\n")
    assert story.dateline is not None and story.dateline.text == "OSLO, March 7 (NTB) -"
    assert story.headline == "Harbor reopens"


def test_a_dated_line_with_a_time_alone_after_it_is_a_stamp() -> None:
    from wireparse import parse

    story = parse("STA, 5 March 2024 - 14:22\n\nJobs rise\n\nLjubljana, 5 March (STA) - Jobs rose.\n")
    assert story.dateline is not None and story.dateline.text == "Ljubljana, 5 March (STA) -"
    assert story.headline == "Jobs rise"


@pytest.mark.parametrize(
    ("between", "dateline"),
    [
        ("", "OSLO, March 7 (NTB):-"),
        ("\n", "OSLO, March 7 (NTB):-"),
        ("\nPhoto: Jane Roe\n", "OSLO, March 7 (NTB):-"),
    ],
    ids=["next-block", "a-blank-more", "a-credit-between"],
)
def test_a_place_alone_over_a_fuller_dateline_gives_way(between: str, dateline: str) -> None:
    text = (
        "Cranes idle\n\nOSLO: Dock workers at the harbour gate on Tuesday. - NTB\n"
        f"{between}\nOSLO, March 7 (NTB):- Dock workers walked out on Tuesday, the union said.\n\nThe port was idle.\n"
    )
    story = parse(text)
    assert story.dateline is not None and story.dateline.text == dateline
    assert story.paragraphs[0].startswith("Dock workers walked out")


def test_a_place_alone_with_no_fuller_dateline_after_it_stays() -> None:
    story = parse("Cranes idle\n\nOSLO: Dock workers walked out on Tuesday.\n\nThe port was idle.\n")
    assert story.dateline is not None and story.dateline.text == "OSLO:"


def test_a_place_alone_keeps_its_dateline_over_a_credit_inside_the_text() -> None:
    story = parse("Clinics open\n\nMANILA - One.\n\nTwo (Reuters) said so.\n\nThree.\n")
    assert story.dateline is not None and story.dateline.text == "MANILA -"


@pytest.mark.parametrize(
    "headline",
    [
        "Teachers strike over three months of unpaid salaries",
        "TEACHERS  STRIKE OVER THREE MONTHS OF UNPAID SALARIES",
        "teachers strike over three months of unpaid salaries at last",
    ],
)
def test_a_dateline_under_a_headline_with_no_blank_line_is_read(headline: str) -> None:
    # one paragraph a line: the place's first word would have fitted after the headline, so the
    # headline's line was not broken by a wrap
    story = parse(
        f"{headline}\nBissau, 21 Aug 2023 (Lusa) - Teachers in the public schools began a strike on"
        " Monday that is due to last for thirty days.\nThe union called it after talks failed.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Bissau"
    assert (
        story.headline is not None
        and " ".join(story.headline.split()).casefold() == " ".join(headline.split()).casefold()
    )


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "Российские компании представят на выставке в Париже шестьдесят проектов\n"
            "ПАРИЖ, 22 мая. /Корр. ТАСС Иван Петров/. Около 60 проектов\nпредставят компании.\n",
            "ПАРИЖ, 22 мая. /Корр. ТАСС Иван Петров/.",
        ),
        (
            "Antwerpse politie zet drones in tegen drugsafval in de polders\n"
            "ANTWERPEN 12/04 (BELGA) =  De politie zet vanaf\nvolgende maand drones in.\n",
            "ANTWERPEN 12/04 (BELGA) =",
        ),
        (
            "Constanţa: Sezonul estival pe litoral începe cu 1 Mai la mare\r\n"
            "Constanţa, 22 apr /Agerpres/ - Sezonul estival pe litoralul\r\nromânesc va începe.\r\n",
            "Constanţa, 22 apr /Agerpres/ -",
        ),
    ],
    ids=["cyrillic-correspondent", "belga-equals-sign", "crlf-slashes"],
)
def test_a_dateline_under_a_headline_wider_than_the_wrap_is_read(text: str, dateline: str) -> None:
    # the headline is as wide as the wrapped lines: the place's first word would not have fitted
    # after it, but a headline closes no sentence and a placed, credited dateline opens the story
    story = parse(text)
    assert story.dateline is not None and story.dateline.text == dateline
    assert story.headline is not None and story.paragraphs and story.paragraphs[0][:1].isupper()


def test_a_feeds_iso_stamp_is_no_dateline() -> None:
    story = parse(
        "https://news.example.jp/article/1/\n2012-10-30T18:40:00+0900\nStorm closes the port\n"
        "TOKYO, Oct. 30 Kyodo - The port closed on Tuesday.\n"
    )
    assert story.dateline is not None and story.dateline.agency == "Kyodo"
    assert story.headline == "Storm closes the port"


def test_a_place_opening_a_line_a_wrap_broke_is_no_dateline() -> None:
    # wrapped at 60 columns: "Bissau," did not fit on the line before it
    story = parse(
        "Teachers strike\n\nTeachers in the public schools of the country began a strike in\n"
        "Bissau, 21 Aug 2023 (Lusa) - and many more joined them later that\nweek, the union said.\n"
    )
    assert story.dateline is None or story.dateline.place != "Bissau"


def test_a_place_after_a_credit_alone_takes_the_credit() -> None:
    story = parse("Harbour grows\n\n/ritzau/\n\nAALBORG: The harbour will cost more, the board said.\n")
    assert story.dateline is not None and story.dateline.agency == "Ritzau"
    assert story.paragraphs[0].startswith("The harbour")


@pytest.mark.parametrize(
    "source",
    [
        "NTB - Norsk Telegrambyrå",
        "ntb  –  Norsk Telegrambyrå AS",
        "(NTB) Norsk Telegrambyrå",
    ],
)
@pytest.mark.parametrize("stamp", ["", "5 March 2024\n", "5. mars 2024\n312 ord\n"])
def test_a_source_line_under_a_date_gives_way_to_the_dateline_after_it(source: str, stamp: str) -> None:
    # an export's header: the date, then the source by its short name and its full one
    story = parse(
        f"Harbour grows\n{stamp}{source}\nNTBNO\n\nAALBORG, 5 March (NTB) - The harbour will cost more.\n\nTwo.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Aalborg"
    assert story.paragraphs[0] == "The harbour will cost more."
    assert story.byline is None or not story.byline.authors


@pytest.mark.parametrize(
    "source",
    ["Anadolu Agency (AA)", "ACME NEWS (XNA)", "Acme Daily Service / XNA /", "Acme  Agency  (XNA)"],
)
def test_an_organisations_name_over_its_credit_is_no_dateline(source: str) -> None:
    # an export's source line: the organisation, then its credit
    story = parse(
        f"Exports rise\n\n{source}\nOctober 5, 2024\n\nANKARA (XNA) - Exports rose, he said.\n\nTwo.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Ankara"


def test_a_town_named_like_an_organisation_stays_a_place() -> None:
    story = parse("Ship sails\n\nNEWPORT NEWS, Va. (AP) - The ship sailed.\n")
    assert story.dateline is not None and story.dateline.place == "Newport News"


@pytest.mark.parametrize(
    "stamp",
    [
        "LUSA 05-03-2024 14:12 ECO",
        "Lusa  05.03.2024 14:12",
        "AA 05.03.2024 11:20 EKO",
        "XINHUA 2024-03-05 10:23:45",
    ],
)
def test_an_agencys_transmission_stamp_is_no_dateline(stamp: str) -> None:
    story = parse(f"{stamp}\nPort grows\nPeniche, 05 mar 2024 (Lusa) - The port will grow.\nTwo.\n")
    assert story.dateline is not None and story.dateline.place == "Peniche"
    assert story.headline == "Port grows"


@pytest.mark.parametrize(
    ("caption", "story"),
    [
        (
            "[오슬로=뉴시스] 항구 전경. (사진=오슬로항 제공) 2024.03.05. photo@example.com *재판매 금지",
            "[오슬로=뉴시스]홍길동 기자 = 항구가 내년에 두 배로 커진다고 밝혔다.",
        ),
        (
            "(오슬로=연합뉴스) 김철수 기자 = 5일 항구에서 배들이 정박해 있다. 2024.3.5\nkim@example.com",
            "(오슬로=연합뉴스) 홍길동 기자 = 항구가 내년에 두 배로 커진다고 밝혔다.",
        ),
        (
            "OSLO, March 5 (XNA) -- Boats in the harbour on Monday.  (Photo: Jane Roe)",
            "OSLO, March 5 (XNA) -- The harbour will double in size, the board said.",
        ),
        (
            "[그래픽] 항구 물동량\n(서울=연합뉴스) 김철수 기자 = 항구 물동량이 늘었다.\nkim@example.com",
            "(세종=연합뉴스) 홍길동 이영희 기자 = 항구가 내년에 두 배로 커진다고 밝혔다.",
        ),
    ],
    ids=[
        "a-credit-in-brackets-and-an-address",
        "an-address-on-its-own-line",
        "english-a-photo-credit",
        "a-graphics-caption-filed-from-another-town",
    ],
)
def test_a_caption_opening_with_the_agencys_dateline_gives_way_to_the_storys(
    caption: str, story: str
) -> None:
    parsed = parse(f"Harbour grows\n\n{caption}\n\n{story}\n\nTwo.\n")
    assert parsed.dateline is not None and story.startswith(parsed.dateline.text)
    assert story.endswith(parsed.paragraphs[0])
    assert len(parsed.captions) == 1 and parsed.summary is None


def test_a_story_whose_one_paragraph_closes_with_the_writers_address_keeps_its_dateline() -> None:
    story = parse("항구 확장\n\n(오슬로=연합뉴스) 홍길동 기자 = 항구가 두 배로 커진다.\nhong@example.com\n")
    assert story.dateline is not None and story.paragraphs[0].startswith("항구가")


def test_a_credit_opening_a_sentence_keeps_its_dateline() -> None:
    story = parse("Harbour grows\n\nNTB - The harbour will cost more.\n\nAALBORG, 5 March (NTB) - Two.\n")
    assert story.dateline is not None and story.dateline.place is None


@pytest.mark.parametrize(
    "line",
    [
        "URGENT | OSLO (NTB) - The port closed on Tuesday.",
        "URGENT  |  OSLO (NTB) - The port closed on Tuesday.",
        "BREAKING: OSLO (NTB) - The port closed on Tuesday.",
        "عاجل | الرباط (ومع) - أعلنت الوزارة إغلاق الميناء.",
    ],
)
def test_an_alerts_flag_before_a_dateline_is_set_aside(line: str) -> None:
    story = parse(line + "\n")
    assert story.dateline is not None and story.dateline.agency in ("NTB", "MAP")
    assert story.paragraphs[0][:3] in ("The", "أعل")


@pytest.mark.parametrize(
    "note",
    [
        "ADVANCE FOR WEEKEND EDITIONS, NOV. 11-12",
        "Advance for Sunday, June 4",
        "ADV FOR USE  MONDAY, MARCH 5",
    ],
)
def test_a_desks_note_on_an_advance_is_no_dateline(note: str) -> None:
    story = parse(f"{note}\n\nHarbour grows\n\nOSLO, March 3 (NTB) - The port closed on Tuesday.\n\nTwo.\n")
    assert story.dateline is not None and story.dateline.place == "Oslo"
    assert story.headline == "Harbour grows" and story.paragraphs[0].startswith("The port")


@pytest.mark.parametrize(
    "above",
    ["Publié aujourd'hui à 14h32", "Home  News  Sport  World  Business", "Updated: 5 March 2024 10:15"],
    ids=["relative-stamp", "menu", "stamp"],
)
def test_a_page_line_above_the_headline_leaves_it_the_first_line(above: str) -> None:
    text = (
        f"{above}\n\nGenève: la rade accueillera un bain\n\nUn nouveau bain public sera aménagé sur la rive "
        "droite d'ici 2028.\n\nLe Grand Conseil a voté mardi un crédit de 22 millions.\n"
    )
    story = parse(text)
    assert story.dateline is None
    assert story.headline == "Genève: la rade accueillera un bain"


@pytest.mark.parametrize("byline", ["MARTA LÓPEZ (COLPISA) | Madrid", "Marta López (Reuters)  |  London"])
def test_a_credit_before_a_bar_and_a_town_is_a_byline(byline: str) -> None:
    text = (
        f"Ports reopen\n\n{byline}\n\nThe ports reopened on Tuesday after the storm, officials said.\n\n"
        "Ferries ran late all day.\n"
    )
    story = parse(text)
    assert story.dateline is None
    assert story.byline is not None and [a.casefold() for a in story.byline.authors] == ["marta lópez"]
    assert story.paragraphs[0].startswith("The ports reopened")


def test_an_archives_number_above_a_wrapped_dateline_leaves_it_a_dateline() -> None:
    text = (
        "DEV-ACME-0601 (ACME CORP)\n\nOSLO, NO DATE (ACMEW) -- [TEXT] THE PORT CLOSED ON TUESDAY AS\n"
        "WINDS ROSE ALONG THE COAST, OFFICIALS SAID, AND FERRIES STAYED IN\nHARBOUR UNTIL NIGHTFALL.\n"
    )
    story = parse(text)
    assert story.dateline is not None and story.dateline.agency == "ACMEW"


@pytest.mark.parametrize(
    ("opening", "authors"),
    [
        ("إربد (بترا) - من عمر الزعبي - بدأت البلدية تنفيذ مشروع جديد.", ("عمر الزعبي",)),
        ("إربد (بترا) -  من عمر الزعبي – بدأت البلدية تنفيذ مشروع جديد.", ("عمر الزعبي",)),
        ("عمان (بترا) - من أجل تحسين الخدمات - بدأت البلدية تنفيذ مشروع.", None),
    ],
    ids=["petra-reporter", "blanks-doubled-en-dash", "a-phrase-not-a-name"],
)
def test_a_reporter_named_after_the_dateline_is_the_byline(
    opening: str, authors: tuple[str, ...] | None
) -> None:
    story = parse(f"{opening}\n\nوقال رئيس البلدية إن العمل سينتهي قريبا.\n")
    assert (story.byline.authors if story.byline else None) == authors
    assert story.paragraphs[0].startswith(("بدأت", "من أجل"))


@pytest.mark.parametrize(
    "fields",
    [
        "Seksjon: Utenriks\nOrd: 318\nDokument-ID: acme-20231103-0042",
        "Section: World\nWords: 318\nDocument number: ACME-0042",
        "RESSORT:  Ausland\nWÖRTER: 318\nDOK.-NR.: acme-0042\nSPERRFRIST: keine",
        "Rubrique : Monde\nMots : 318\nRéférence : acme-0042",
    ],
)
@pytest.mark.parametrize("date", ["2023-11-03", "3. november 2023", "November 3, 2023"])
def test_a_date_alone_gives_way_across_an_exports_fields(fields: str, date: str) -> None:
    # an archive's header: the date, then the story's fields in the archive's own language, however
    # many, then the headline and the story's own dateline
    story = parse(
        f"Acme Archive\n{date}\n{fields}\n\nPort opens a second quay\n\n"
        "BERGEN (NTB): The port opened a second quay on Friday.\n\nTwo.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Bergen"
    assert story.headline == "Port opens a second quay"
    assert story.paragraphs == ("The port opened a second quay on Friday.", "Two.")


def test_a_date_alone_keeps_its_place_over_prose_and_a_later_dateline() -> None:
    story = parse(
        "Port opens a second quay\n\nNovember 3, 2023\n\nThe port opened a quay.\nIt cost a lot.\n"
        "Ferries came.\nTrucks came.\n\nBERGEN (NTB): A second story follows here.\n"
    )
    assert story.dateline is not None and story.dateline.place is None


@pytest.mark.parametrize(
    "source",
    [
        "Schweizerische Depeschenagentur (SDA)",
        "Schweizerische  Depeschenagentur  (sda)",
        "TT Nyhetsbyrån  2024-05-06 14:22  INRIKES",
        "TT Nyhetsbyrån 06.05.2024 kl. 14.22",
    ],
)
def test_an_agency_read_as_the_place_of_its_own_source_line_is_no_dateline(source: str) -> None:
    story = parse(f"{source}\n\nBank profit rises\n\nZürich (sda) - The bank earned more.\n\nTwo.\n")
    assert story.dateline is not None and story.dateline.place == "Zürich"
    assert story.paragraphs[0] == "The bank earned more."


MAIL_NOTE = "Rob -- see below, relevant to Thursday's brief. Para 5 is the key bit.\nK."


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ----------",
        "-----Original Message-----",
        "----- Forwarded message from Jane Roe <jroe@example.org> -----",
        "-------- Original-Nachricht --------",
        "-------- Message original --------",
        "Begin forwarded message:",
        "--- videresendt melding ---",
        "On Mon, Mar 4, 2024 at 9:12 AM Jane Roe <jroe@example.org> wrote:",
        "El 3 mar 2024, a las 11:05, Jane Roe <jroe@example.org> escribió:",
        "Am 04.03.2024 um 09:12 schrieb Jana Roe:",
    ],
)
def test_a_forwarders_note_above_the_forward_marker_is_the_mails(marker: str) -> None:
    story = parse(
        f"{MAIL_NOTE}\n\n{marker}\nFrom: Jane Roe <jroe@example.org>\nSubject: port\n\n"
        "Port opens a second quay\n\nGENEVA, Oct 3 (Reuters) - The port opened a quay.\n\nTwo.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Geneva"
    assert story.headline == "Port opens a second quay"
    assert ("other", MAIL_NOTE.splitlines()[0]) in [(b.kind, b.text) for b in story.boilerplate]


@pytest.mark.parametrize(
    ("channel", "marker"),
    [
        ("Harbour Town | News", "Forwarded from Acme Wire"),
        ("Harbour Town News 🚢", "FORWARDED FROM  Acme Wire"),
        ("Гавань | Новости", "Переслано от Acme Wire"),
        ("Noticias del Puerto", "Reenviado de Acme Wire"),
        ("", "Forwarded as received"),
    ],
)
def test_a_channels_name_above_a_repost_marker_is_the_channels(channel: str, marker: str) -> None:
    story = parse(
        f"{channel}\n{marker}\n\nGENEVA, Oct 3 (Reuters) - The port opened a quay.\n\nTwo.\n\n48,2K  14:07\n"
    )
    assert story.dateline is not None and story.dateline.place == "Geneva"
    assert story.headline is None
    assert story.paragraphs == ("The port opened a quay.", "Two.")
    kept = [(b.kind, b.text) for b in story.boilerplate]
    assert ("furniture", " ".join(marker.split())) in kept
    assert not channel or ("other", channel) in kept


def test_a_writer_quoted_in_a_sentence_is_no_reply_line() -> None:
    story = parse(
        "Port opens\n\nIn 2019 the harbour master wrote:\n\nGENEVA, Oct 3 (Reuters) - The port opened a quay.\n"
    )
    assert story.headline == "Port opens"


@pytest.mark.parametrize(
    "note",
    [
        "I'm sending you the wire that came in this morning:",
        "Te paso el teletipo que ha entrado esta mañana:",
    ],
)
def test_a_note_closed_by_a_colon_over_the_dateline_is_no_headline(note: str) -> None:
    story = parse(f"{note}\n\nGENEVA, Oct 3 (Reuters) - The port opened a quay.\n\nTwo.\n")
    assert story.headline is None
    assert ("other", note) in [(b.kind, b.text) for b in story.boilerplate]


def test_a_repost_phrase_in_a_sentence_is_text() -> None:
    story = parse(
        "Port opens\n\nGENEVA, Oct 3 (Reuters) - The port opened a quay.\n\n"
        "Forwarded from the harbour office, the note was brief.\n"
    )
    assert story.headline == "Port opens"
    assert len(story.paragraphs) == 2


def test_a_forward_marker_under_the_storys_dateline_is_its_text() -> None:
    story = parse(
        "Port opens\n\nGENEVA, Oct 3 (Reuters) - The port opened a quay.\n\n"
        "---------- Forwarded message ----------\nThe quay cost a lot.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Geneva"
    assert story.headline == "Port opens"


@pytest.mark.parametrize(
    "stamp",
    [
        "ACME NEWSWIRE 04/03/2025 09:12 IST PRIORITY",
        "Acme Wire  04.03.2025  09:12  URGENT",
        "ACME-NEWS 2025-03-04 9:12 FLASH",
    ],
)
def test_a_transmissions_stamp_with_a_time_and_no_known_credit_is_no_dateline(stamp: str) -> None:
    story = parse(
        f"{stamp}\n\nPolice arrest two\n\nJerusalem, 4 March, 2025 (TPS) - Police arrested two men.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Jerusalem"
    assert story.headline == "Police arrest two"


def test_a_dateline_with_a_time_and_a_known_credit_stays() -> None:
    story = parse("Хабаровск, 5 марта 2024, 09:14 — REGNUM Движение по трассе закрыто.\n")
    assert story.dateline is not None and story.dateline.agency == "Regnum"


@pytest.mark.parametrize(
    ("headline", "dateline"),
    [
        ("GİRNE HARBOUR'S NEW PASSENGER TERMINAL OPENS ITS GATES", "GİRNE (XYZ) –"),
        ("Girne harbour's new passenger terminal opens its gates", "GİRNE (XYZ) -"),
        ("GİRNE HARBOUR'S NEW PASSENGER TERMINAL OPENS ITS GATES", "Girne (QRS) —"),
    ],
    ids=["turkish-capitals", "title-case-headline", "title-case-place"],
)
def test_a_known_town_and_an_unknown_credit_open_the_line_under_a_headline_naming_it(
    headline: str, dateline: str
) -> None:
    """The town opens the headline too: the headline's line is no dateline, the next line's is."""
    story = parse(
        f"{headline}\n{dateline} Harbour officials opened the terminal.\n"
        "The terminal can serve 1,500 passengers an hour, the ministry said in a statement.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Girne"
    assert story.summary is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Brussell, 5 ta' Frar – Il-Parlament Ewropew illum approva r-regoli.", "--02-05"),
        ("IL-BELT VALLETTA, 12 TA’ MARZU (TVM) - Il-Gvern ħabbar pjan ġdid.", "--03-12"),
    ],
    ids=["straight-apostrophe", "capitals-curly-apostrophe"],
)
def test_maltese_ta_between_the_day_and_its_month(line: str, date: str) -> None:
    story = parse(f"{line}\n\nIt-tieni paragrafu.\n")
    assert story.dateline is not None and story.dateline.date == date


@pytest.mark.parametrize(
    "head",
    [
        "Bridge shut to lorries\n\nMarch 4, 2025\n\nBy Jane Roe",
        "Bridge shut to lorries\nvon Jana Roth\n4. März 2025",
        "Bridge shut to lorries\n\nJane Roe\n\n04/03/2025",
        "Bridge shut to lorries\n\ndi Anna Rossi\n4 marzo 2025",
    ],
    ids=["stamp-over-byline", "byline-over-stamp", "name-alone-over-numeric", "italian"],
)
def test_a_date_alone_beside_the_byline_is_the_pages_stamp(head: str) -> None:
    story = parse(f"{head}\n\nThe council closed the bridge on Tuesday.\n\nIt will reopen in May.\n")
    assert story.dateline is None
    assert story.headline == "Bridge shut to lorries"
    assert story.paragraphs[0] == "The council closed the bridge on Tuesday."
    assert len(story.paragraphs) == 2


def test_a_date_alone_between_summary_and_text_stays_the_dateline() -> None:
    story = parse(
        "Bridge shut to lorries\nThe council closed the old bridge to heavy traffic.\n\n4/4/2018\n\n"
        "The council closed the bridge on Tuesday.\n\nIt will reopen in May.\n"
    )
    assert story.dateline is not None and story.dateline.date == "2018-04-04"


@pytest.mark.parametrize(
    "head",
    [
        "Acme Check\n\nHealth\n\nPhoto does not show a hospital corridor this week\n\n9 May 2024",
        "Photo does not show a hospital corridor this week\n12.03.2024",
        "ACME NEWS\nPHOTO DOES NOT SHOW A HOSPITAL CORRIDOR\n\n2024-03-12",
    ],
    ids=["site-section-title-date", "title-over-numeric-date", "capitals-iso-date"],
)
def test_a_date_alone_under_the_pages_title_is_its_stamp(head: str) -> None:
    story = parse(f"{head}\n\nA photo shared online shows patients on trolleys.\n\nIt was taken in 2020.\n")
    assert story.dateline is None
    assert story.paragraphs[0] == "A photo shared online shows patients on trolleys."


def test_a_place_and_date_alone_under_the_title_stays_the_dateline() -> None:
    story = parse(
        "Bridge closes to lorries\n\nHARBOUR CITY July 23\n\nThe council closed the bridge.\n\nIt reopens in May.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Harbour City"


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe – Mar 5, 2025 6:02 pm UTC | 112",
        "Priya Roeson — 5 March 2025, 18:02",
        "Jane Roe - 05.03.2025 18:02",
    ],
    ids=["en-dash-and-count", "em-dash", "hyphen-numeric"],
)
def test_a_writers_name_and_stamp_under_the_title_is_no_dateline(line: str) -> None:
    story = parse(
        f"Capsule survives a second splashdown\n\n{line}\n\nA small capsule returned from orbit on Tuesday.\n"
    )
    assert story.dateline is None


def test_a_town_and_its_date_after_a_dash_stay_the_dateline() -> None:
    story = parse("Floods in the valley\n\nMingora - 5 March 2024\n\nRescue workers searched the river.\n")
    assert story.dateline is not None and story.dateline.place == "Mingora"


@pytest.mark.parametrize(
    "masthead",
    [
        "ANP NIEUWSDIENST — BINNENLAND          blad 4",
        "ANSA English - Sport",
        "Acme Newswire  —  KYODO NEWS  —  DAILY PRINT EDITION",
        "agencia efe - servicio autonómico",
    ],
    ids=["service-and-section", "edition-language", "newswire-and-edition", "lower-case"],
)
def test_a_bulletins_masthead_gives_way_to_the_dateline_under_it(masthead: str) -> None:
    story = parse(
        f"{masthead}\n\nDykes hold as the river peaks\n\nLEEUWARDEN (ANP) - The river peaked on Tuesday.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Leeuwarden"
    assert story.paragraphs[0] == "The river peaked on Tuesday."


def test_a_dateline_alone_on_its_line_stays_when_none_follows() -> None:
    story = parse("Dykes hold as the river peaks\n\nACMEVILLE (ANP) -\nThe river peaked on Tuesday.\n")
    assert story.dateline is not None and story.dateline.place == "Acmeville"


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Acmeburg, 15.11.2024 (KAP) Mit einem Aufruf begann das Fest.", "Acmeburg", "2024-11-15"),
        ("Graz, 05.03.2024 (APA) Der Landtag tagte am Dienstag.", "Graz", "2024-03-05"),
        ("LINZ, 21.12.2023 (XYZ) - Der Markt öffnete.", "Linz", "2023-12-21"),
    ],
    ids=["unknown-credit", "known-credit", "capitals-and-dash"],
)
def test_a_date_in_figures_holds_no_time_of_day(line: str, place: str, date: str) -> None:
    story = parse(f"Fest in der Stadt\n\n{line}\n\nMehr folgt am Abend.\n")
    assert story.dateline is not None and story.dateline.place == place
    assert str(story.dateline.date) == date


def test_a_stamp_with_a_time_is_still_no_dateline() -> None:
    story = parse("Fest in der Stadt\n\n15.11.2024 17:03\n\nDer Landtag tagte am Dienstag in Graz.\n")
    assert story.dateline is None


@pytest.mark.parametrize(
    "credit",
    [
        "(ACME News / Rome, 25.01.2025).-",
        "(Acme News/Rome, 25.01.2025).-",
        "(ACME NEWS / ROME, 25.01.2025) -",
    ],
    ids=["spaced-slash", "tight-slash", "capitals"],
)
def test_a_town_after_a_slash_inside_the_credit_is_the_place(credit: str) -> None:
    story = parse(f"Pilgrims walk the old road\n\n{credit} Around 450 young people walked together.\n")
    assert story.dateline is not None and story.dateline.place is not None
    assert story.dateline.place.casefold() == "rome"
    assert story.dateline.agency is not None and story.dateline.agency.casefold() == "acme news"


@pytest.mark.parametrize(
    ("head", "stamp"),
    [("Bridge closes to lorries\n05.03.2024", True), ("Bridge closes to lorries\n\n05.03.2024", False)],
    ids=["in-the-titles-block", "a-block-of-its-own"],
)
def test_a_date_in_figures_in_the_titles_block_is_its_stamp(head: str, stamp: bool) -> None:
    story = parse(f"{head}\n\nThe council closed the bridge.\n\nIt reopens in May.\n")
    assert (story.dateline is None) == stamp


@pytest.mark.parametrize(
    "dateline",
    [
        "Denver, Colo., Jun 29, 2024 / 16:40 pm (ACN).-",
        "LA PAZ, 24 Mar. 24 / 11:20 am (ACN).-",
        "Rome, Jan 5, 2024 / 10:15 a.m. (ACN) -",
        "Lima, 5 Ene. 2024 / 09:05 AM (ACN).-",
    ],
    ids=["region-and-pm", "capitals-short-year", "dotted-am", "spanish-month-capital-am"],
)
def test_a_time_after_a_slash_in_a_dateline(dateline: str) -> None:
    story = parse(f"Faithful fill the square\n\n{dateline} Thousands of faithful gathered on Sunday.\n")
    assert story.dateline is not None and story.dateline.text == dateline
    assert story.paragraphs[0] == "Thousands of faithful gathered on Sunday."


def test_a_transmissions_stamp_with_a_time_is_still_no_dateline() -> None:
    story = parse(
        "Storm hits the coast\n\nACME NEWSWIRE 04/03/2025 09:12 IST PRIORITY\n\nThe storm hit on Monday.\n"
    )
    assert story.dateline is None


@pytest.mark.parametrize("dash", ["--", "—", "-"], ids=["double-hyphen", "em-dash", "hyphen"])
@pytest.mark.parametrize(
    "place", ["CAMBRIDGE, Mass.", "MÜNCHEN", "Springfield"], ids=["region", "umlaut", "title-case"]
)
def test_a_closing_dash_touching_the_text_after_a_bracketed_credit(place: str, dash: str) -> None:
    story = parse(
        f"Acme opens a plant\n\n{place}--(BUSINESS WIRE){dash}Acme Corp. opened a plant on Monday.\n"
    )
    assert story.dateline is not None and story.dateline.text == f"{place}--(BUSINESS WIRE){dash}"
    assert story.paragraphs[0] == "Acme Corp. opened a plant on Monday."


@pytest.mark.parametrize("close", [".-", ".--", ".—", ".–"])
def test_a_stop_and_any_dash_close_a_bracketed_credit(close: str) -> None:
    story = parse(
        f"Pilgrims walk the old road\n\n(ACME News / Rome, 25.01.2025){close} Around 450 young people walked.\n"
    )
    assert story.dateline is not None and story.dateline.text == f"(ACME News / Rome, 25.01.2025){close}"


def test_a_hyphen_inside_a_place_is_no_closing_dash() -> None:
    story = parse("Storm hits\n\nWINSTON-SALEM, N.C. (AP) - The storm hit on Monday.\n")
    assert story.dateline is not None and story.dateline.place == "Winston-Salem"


_LONG_PARAGRAPH = (
    "The council voted on Tuesday to close the old harbour bridge to lorries from next month, after engineers "
    "found cracks in two of its piers during an inspection carried out in January this year."
)


def _wrapped(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))


@pytest.mark.parametrize(
    "width", [None, 60, 66, 72], ids=["a-paragraph-a-line", "wrapped-60", "wrapped-66", "wrapped-72"]
)
def test_a_place_and_colon_under_three_long_paragraphs_is_no_dateline_however_wrapped(
    width: int | None,
) -> None:
    paragraph = _LONG_PARAGRAPH if width is None else _wrapped(_LONG_PARAGRAPH, width)
    body = "\n\n".join([paragraph] * 4)
    story = parse(
        f"Harbour bridge to close\n\n{body}\n\nRead also\nTolosa: the metro adds a line to the airport\nA petition for the language gathers 10 000 names\n"
    )
    assert story.dateline is None


def test_a_line_after_a_small_word_goes_on_with_its_sentence_however_short_the_line_before() -> None:
    text = (
        "Champion lifts the cup\n\n"
        "Jane Roe (R) forces out her rival on the final day of the tournament at\n"
        "the Acme Arena, watched by a crowd of eleven thousand fans in\n"
        "Osaka on Jan. 25, 2026. (Kyodo)\n\n"
        "Jane Roe won the tournament on Sunday to lift the cup for the first time.\n"
    )
    assert parse(text).dateline is None


@pytest.mark.parametrize(
    "title",
    [
        'Bari: crolla controsoffitto in aula\nIl sindaco: "Controlli su tutti gli edifici"',
        "LYON : une école fermée après un incendie\nLe maire promet des travaux",
    ],
    ids=["italian-title-and-deck", "french-capitals-spaced-colon"],
)
def test_a_title_naming_its_town_over_its_deck_yields_to_the_dateline_under_it(title: str) -> None:
    story = parse(
        f"ZCZC3381/SXA\n{title}\n   (ANSA) - BARI, 21 GEN - Un tratto di controsoffitto e' crollato.\n"
    )
    assert story.dateline is not None and story.dateline.text == "(ANSA) - BARI, 21 GEN -"


def test_a_town_and_colon_opening_wrapped_text_stays_the_dateline() -> None:
    story = parse(
        "Ceiling falls in a classroom\n\nBARI: A section of the ceiling fell this morning in\na classroom of the school.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Bari"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Neiafu, Vava'u, Tonga", "Neiafu"),
        ("Acmeville, Samoa", "Acmeville"),
        ("Moab, Utah", "Moab"),
        ("Port Acme, Fiji", "Port Acme"),
    ],
    ids=["town-region-country", "unknown-town-country", "town-state", "two-word-town"],
)
def test_a_place_alone_in_its_country_under_the_headline_is_the_dateline(line: str, place: str) -> None:
    story = parse(
        f"Ferry delayed again as repairs drag on\n\n{line}\n\nThe ferry will not sail this week, officials said.\n"
    )
    assert story.dateline is not None and story.dateline.place == place
    assert (
        story.summary is None and story.paragraphs[0] == "The ferry will not sail this week, officials said."
    )


@pytest.mark.parametrize(
    "line", ["Acmeville, Acme Province", "Jane Roe, Staff Writer", "Storms, floods, Tonga quake"]
)
def test_a_line_of_commas_without_a_known_country_or_region_is_no_place_line(line: str) -> None:
    story = parse(
        f"Ferry delayed again as repairs drag on\n\n{line}\n\nThe ferry will not sail this week, officials said.\n"
    )
    assert story.dateline is None


@pytest.mark.parametrize(
    "label", ["Gold:", "SILVER -", "Bronze —"], ids=["colon", "capitals-dash", "em-dash"]
)
def test_a_bare_place_shaped_label_under_the_storys_text_is_no_dateline(label: str) -> None:
    text = (
        "Roe completes a hat-trick of golds\n\n"
        "Jane Roe completed a hat-trick of titles in the pool on Tuesday evening.\n\n"
        "The 19-year-old touched first to finish well clear of the field.\n\n"
        "It took the team's gold medal tally to nine with three days to come.\n\n"
        f"Medallists on Tuesday:\n{label} Jane Roe (100m freestyle), Tom Lee (100m breaststroke)\n"
    )
    assert parse(text).dateline is None


def test_a_bare_dateline_at_the_top_of_the_text_stays() -> None:
    story = parse(
        "Storm hits the coast\n\nACMEVILLE — The storm hit the coast on Monday.\n\nMore rain is due.\n"
    )
    assert story.dateline is not None and story.dateline.place == "Acmeville"


@pytest.mark.parametrize("line", ["Jane Roe – Città del Vaticano", "Jane Roe - London", "Tom Lee — Nairobi"])
def test_a_writers_name_and_the_town_they_file_from_is_no_dateline(line: str) -> None:
    story = parse(
        f"Choirs meet in the city\n\nThree hundred choir masters met for three days.\n\n{line}\n\nThe meeting opened on Friday.\n"
    )
    assert story.dateline is None


def test_a_town_dash_and_text_stays_the_dateline() -> None:
    story = parse("Choirs meet in the city\n\nLONDON - The meeting opened on Friday.\n")
    assert story.dateline is not None and story.dateline.place == "London"
