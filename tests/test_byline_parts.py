"""Byline parts: an author only where the part is name-shaped; titles, affiliations, genres, time
zones and agencies are cut off; suffixes and initials keep their stops. Invented bylines."""

from __future__ import annotations

import pytest

from wireparse.bylines import parse_byline

ROWS = [
    ("Por Ana Ruiz, enviada especial", ("Ana Ruiz",), "a role in Spanish after the name"),
    ("Par Paul ROE (XNA)", ("Paul ROE",), "a credit in brackets after the name is no part of it"),
    ("By Ama Owusu, Correspondent, Tamale", ("Ama Owusu",), "a place after the title is no author"),
    ("By Our Correspondent", (), "a desk's own correspondent is no name"),
    ("BY OUR  STAFF REPORTER", (), "the same in capitals, blanks doubled"),
    ("Express News Service", (), "a paper's service is no author"),
    ("By Jane Roe with John Doe", ("Jane Roe", "John Doe"), "two writers joined by with"),
    (
        "By Jane Roe; with reporting by Tran Van An",
        ("Jane Roe", "Tran Van An"),
        "a contributor after with reporting by",
    ),
    ("Reported by Jane Roe", ("Jane Roe",), "another opener of a byline"),
    ("By Jane Roe via Acme", ("Jane Roe",), "the service she files through"),
    ("Jane Roe The Canadian Press", ("Jane Roe",), "an agency's full name run into the name"),
    ("By ANA RUIZ AGENCIA EFE", ("Ana Ruiz",), "the same in capitals, the word for agency before it"),
    ("By Jane Mary Roe", ("Jane Mary Roe",), "three words of a name, no agency"),
    ("By RALPH W. ROE", ("Ralph W. Roe",), "a middle initial that is Polish 'in' without its stop"),
    ("By Ralph W. Roe", ("Ralph W. Roe",), "the same in title case"),
    ("Jan Roe w Krakowie", ("Jan Roe",), "the Polish 'in' before a town"),
    ("Jana Roe | Gohebydd Democratiaeth Leol", ("Jana Roe",), "a title opening its words after a bar"),
    ("By Jane Roe, Editor Tom Lee", ("Jane Roe", "Tom Lee"), "a second writer after her title and a comma"),
    ("BY JANE ROE VIA ACME NEWS", ("Jane Roe",), "the same in capitals"),
    ("Von Jana Roe für Acme", ("Jana Roe",), "the paper she writes for, in German"),
    ("By Per Hansen", ("Per Hansen",), "a first name that is a word for 'for' elsewhere"),
    ("By Jane Roe, PA Scotland", ("Jane Roe",), "an agency and its desk's region"),
    ("By Jane Roe and Tom Lee,  AFP Deutschland", ("Jane Roe", "Tom Lee"), "two names, blanks doubled"),
    ("By Jane Roe, Oslo", ("Jane Roe",), "a town after the name, no agency"),
    ("Story by Jane Roe and John Doe", ("Jane Roe", "John Doe"), "and another"),
    ("מאת דנה לוי", ("דנה לוי",), "the Hebrew opener"),
    # (byline, authors, reason)
    ("By JANE ROE AP Drama Writer", ("Jane Roe",), "an agency and title run into a name in capitals"),
    ("By JANE ROE Drama Writer", ("Jane Roe",), "a title in mixed case after a name in capitals"),
    (
        "By JANE ROE and TOM LEE AP Business Writers",
        ("Jane Roe", "Tom Lee"),
        "the last of two authors, their agency and title after them",
    ),
    (
        "By Jane Roe and  Tom Lee Associated Press",
        ("Jane Roe", "Tom Lee"),
        "the same, the agency's full name",
    ),
    ("By Jane Roe, Chief Political Correspondent", ("Jane Roe",), "a title after a comma names no one"),
    ("Por Estadão Conteúdo", (), "a Brazilian agency's name alone names no one"),
    ("Jane Roe, Agência Estado", ("Jane Roe",), "a name and her agency's older name"),
    (
        "By Jane Roe - Mar 05,2024 - Last updated at Mar 05,2024",
        ("Jane Roe",),
        "a page's stamps after dashes, a month's name before its day",
    ),
    ("By Agencies", (), "a page's credit to the wires it drew on names no one"),
    ("By Jane Roe  and agencies", ("Jane Roe",), "the same after a writer's name"),
    ("BY JANE ROE, WIRES", ("Jane Roe",), "the same in capitals, after a comma"),
    ("By Tom Smith, The Springfield Herald", ("Tom Smith",), "a newspaper after a comma"),
    ("By TOM SMITH, Springfield Chronicle", ("Tom Smith",), "a newspaper without its article"),
    ("By Jane Roe , European Auto Correspondent", ("Jane Roe",), "a title after a comma, blanks around it"),
    ("By Jane Roe - Analysis", ("Jane Roe",), "a genre after a dash"),
    ("Jane ROE, John DOE, AFP Deutschland", ("Jane ROE", "John DOE"), "an agency's national service"),
    ("By Don Roe Jr.", ("Don Roe Jr.",), "Jr. keeps its stop"),
    ("By Ann Lee and Bo Rix Sr.", ("Ann Lee", "Bo Rix Sr."), "Sr. keeps its stop after and"),
    ("By JANE H. ROE", ("Jane H. Roe",), "an initial keeps its stop"),
    ("All Times EDT", (), "a time zone line is no name"),
    ("By Sam Lister Political Correspondent", ("Sam Lister",), "titles after a name without a comma"),
    ("By Jane Roe, John Doe and Mary Major", ("Jane Roe", "John Doe", "Mary Major"), "three authors"),
    ("By PEOPLE'S DAILY correspondent Yin Pin", ("Yin Pin",), "the name after a lower-case title"),
    ("By Jane Roe, Daily News", ("Jane Roe",), "a newspaper of words that are also names"),
    ("Springfield Gazette", (), "a newspaper alone is no author"),
    ("By Jane Roe | Reuters", ("Jane Roe",), "a bar parts the author from the agency"),
    ("By Jane Roe in London", ("Jane Roe",), "where the author files from is no part of the name"),
    ("By Jan de Vries", ("Jan de Vries",), "a name's particle stays"),
    ("By Jane Roe in Business on 5 October 2024", ("Jane Roe",), "the desk and the date after the name"),
    ("BY JANE ROE  05.10.2024", ("Jane Roe",), "a date in figures after a name in capitals"),
    ("By Jane Roe, March 5, 2024", ("Jane Roe",), "a date after a comma"),
    ("Jane Roe am 5. März 2024", ("Jane Roe",), "a German page's date after the name"),
    ("per cent rose to 559 mln", (), "words in lower case before a figure are no name"),
    ("Gan Elin Roberts", ("Elin Roberts",), "a Welsh opener"),
    ("लोकसत्ता प्रतिनिधी", (), "a paper's staff credit in Marathi: no name"),
    ("নিজস্ব  প্রতিবেদক", (), "'own reporter' in Bengali, blanks doubled"),
    ("김민수 기자", ("김민수",), "a Korean name is one word before its title"),
    ("מאת: דנה לוי", ("דנה לוי",), "a Hebrew opener with its colon"),
    ("Oleh: Budi Santoso", ("Budi Santoso",), "an Indonesian opener"),
    ("بقلم: أحمد علي", ("أحمد علي",), "an Arabic opener"),
    ("Av Ola Sande og Ingrid Vik", ("Ola Sande", "Ingrid Vik"), "two names joined by Norwegian 'and'"),
    ("Jane Roe och Tom Lee", ("Jane Roe", "Tom Lee"), "the same in Swedish"),
    ("Oleh Budi Santoso dan  Rina Sari", ("Budi Santoso", "Rina Sari"), "in Indonesian, blanks doubled"),
    ("By Dan Brown", ("Dan Brown",), "a joiner's word in capitals opens a name"),
    ("HABER MERKEZİ", (), "a Turkish desk's credit, a dotted capital I"),
    ("di Redazione", (), "an Italian desk's credit"),
    ("记者 孙涛 高明", ("孙涛", "高明"), "a Chinese desk's reporters parted by a blank"),
    ("新华社记者 孙涛\u3000高明", ("孙涛", "高明"), "the same after the agency, an ideographic blank"),
    ("记者 孙涛、高明", ("孙涛", "高明"), "the same parted by its list comma"),
    ("山田 太郎", ("山田 太郎",), "a Japanese name with a blank: no reporter's word, one name"),
    ("Norsk Telegrambyrå AS", (), "a company by its legal form"),
    ("Agencia EFE - Servicio General", (), "an agency's service in Spanish"),
    ("By Acme Media Ltd.", (), "... with a dot"),
    ("Agencia EFE, S.A.", (), "... after a comma"),
    ("Jane Roe, Acme GmbH", ("Jane Roe",), "a name before her company"),
    ("Na Mwandishi Wetu, Dodoma", (), "'our writer' in Swahili and the town: no name"),
    ("By Staff Reporter, London", (), "the same in English"),
    ("By Jane Roe, London", ("Jane Roe",), "a name and the town"),
    ("Le Figaro et AFP", (), "a paper's title, an article and one word, with its agency"),
    ("EL PAÍS  con  EFE", (), "the same in capitals, blanks doubled"),
    ("Die Welt, Jane Roe", ("Jane Roe",), "a paper's title first, then its writer"),
    ("Marine Le Pen", ("Marine Le Pen",), "an article inside a longer name is a particle"),
    ("Le Thi Hoa, VNA", ("Le Thi Hoa",), "... and a surname of three words keeps it"),
    ("STT–Laura Heikkinen", ("Laura Heikkinen",), "an agency closed up to its writer by an en dash"),
    ("--- Von Jane Roe, dpa-AFX ---", ("Jane Roe",), "a byline framed by runs of dashes"),
    ("FNB—Jane Roe ja Tom Lee", ("Jane Roe", "Tom Lee"), "an em dash, two writers joined by a word"),
    (
        "Anglo–American Trade",
        ("Anglo–American Trade",),
        "words an en dash joins that name no agency stay one",
    ),
    ("By Park Han-na", ("Park Han-na",), "a hyphened given name's part is no joining word"),
    ("By Kim Ji-e and Lee Seo-yeon", ("Kim Ji-e", "Lee Seo-yeon"), "two such names joined by a word"),
    ("By Amani Roe na Tom Lee", ("Amani Roe", "Tom Lee"), "Swahili's joining word between blanks"),
    ("by Ritwika Sen  on 13 November 2023", ("Ritwika Sen",), "a date after 'on', blanks doubled"),
    ("By JANE ROE on Mar 3, 2024", ("Jane Roe",), "the same in capitals, the month before the day"),
    ("ByHannah Lowry", ("Hannah Lowry",), "the opener run into the name"),
    ("ByTom Lee, PA", ("Tom Lee",), "the same, an agency after a comma"),
    ("By Jane Roe - Mar 05, 2024 - Last updated", ("Jane Roe",), "a stamp's words alone are no author"),
    ("From Our Own Correspondent.", (), "the paper's correspondent, unnamed"),
    ("FROM OUR LONDON CORRESPONDENT", (), "the same in capitals, the town between"),
    ("(De notre envoyé spécial)", (), "the same in French, in brackets"),
    ("From our correspondent Jane Roe", ("Jane Roe",), "named after it, the name stays"),
]


@pytest.mark.parametrize(("byline", "authors", "reason"), ROWS)
def test_byline_parts(byline: str, authors: tuple[str, ...], reason: str) -> None:
    assert parse_byline(byline)[0] == authors, reason


@pytest.mark.parametrize("line", ["Jane Roe | XNA", "Jane Roe|Reuters", "Jane Roe, dpa", "Jane Roe | QXZ"])
def test_a_name_and_its_agency_under_a_headline_is_a_byline(line: str) -> None:
    from wireparse import parse

    line = line.replace("XNA", "Xinhua")
    story = parse(f"Bridge to open next year\n{line}\n\nLONDON, March 7 (Reuters) - Officials said it.\n")
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)
    assert story.summary is None


@pytest.mark.parametrize(
    "line",
    ["By dpa correspondents", "BY REUTERS STAFF", "By the Associated Press staff", "By  Xinhua  reporters"],
)
def test_an_agencys_staff_under_a_headline_sign_it(line: str) -> None:
    from wireparse import parse

    story = parse(
        f"REFILE\n1ST LEAD\nBridge to open next year\n{line} =\n\nOSLO (NTB) - Officials said it.\n"
    )
    assert story.headline == "Bridge to open next year"
    assert story.byline is not None and story.byline.authors == ()
    assert story.byline.text == " ".join(line.split())
    assert story.summary is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Jane Roe - Reuters", "a dash between blanks parts the author from the agency"),
        ("Jane Roe – Staff Reporter", "an en dash before a title"),
        ("Jane Roe, Repórter da Agência Brasil", "a title in another language after a comma"),
        ("Jane Roe  —  Senior Correspondent", "blanks doubled, an em dash"),
    ],
)
def test_a_name_and_its_title_in_a_block_of_its_own_is_a_byline(line: str, reason: str) -> None:
    from wireparse import parse

    story = parse(f"Bridge to open next year\n\n{line}\n\nOfficials said on Monday the bridge would open.\n")
    assert story.byline is not None and story.byline.authors == ("Jane Roe",), reason
    assert story.summary is None, reason


@pytest.mark.parametrize(
    "line",
    ["Oil prices - analysts say more gains to come", "Jane Roe, the minister, said more would come"],
)
def test_a_deck_with_a_dash_or_comma_is_no_byline(line: str) -> None:
    from wireparse import parse

    story = parse(f"Bridge to open next year\n\n{line}\n\nOfficials said on Monday the bridge would open.\n")
    assert story.byline is None


@pytest.mark.parametrize(
    ("line", "authors", "stamp"),
    [
        ("Jane Roe | Mar 3, 2025, 10.42 PM IST", ("Jane Roe",), "Mar 3, 2025, 10.42 PM IST"),
        ("Jane Roe |  4 min read", ("Jane Roe",), "4 min read"),
        ("Reuters | 07.03.2025 10:15", (), "07.03.2025 10:15"),
    ],
)
def test_a_time_stamp_after_a_bar_leaves_the_byline(line: str, authors: tuple[str, ...], stamp: str) -> None:
    from wireparse import parse

    story = parse(f"Bridge to open next year\n\n{line}\n\nOfficials said on Monday the bridge would open.\n")
    assert story.byline is not None and story.byline.authors == authors
    assert ("furniture", stamp) in [(b.kind, b.text) for b in story.boilerplate]
    assert story.summary is None


def test_a_section_and_a_stamp_is_no_byline() -> None:
    from wireparse import parse

    story = parse(
        "Bridge to open next year\n\nMarkets | Mar 3, 2025\n\nOfficials said the bridge would open.\n"
    )
    assert story.byline is None


@pytest.mark.parametrize(
    ("head", "reason"),
    [
        (
            "Storm hits the coast\nJane Roe\nWaves break over the sea wall on Monday.",
            "title, author, caption",
        ),
        (
            "Storm hits the coast\nReuters, Jane Roe\nWaves break over the wall.",
            "the agency before the author",
        ),
        (
            "Storm hits the coast\nBy Jane Roe\nWaves break over the sea wall on Monday!",
            "an opener, another stop",
        ),
    ],
)
def test_a_sentence_under_the_byline_closing_the_head_block_is_a_caption(head: str, reason: str) -> None:
    from wireparse import parse

    story = parse(
        f"{head}\n\nThe storm reached the coast early on Monday, officials said.\n\nMore rain is due.\n"
    )
    assert story.byline is not None and story.byline.authors == ("Jane Roe",), reason
    assert len(story.captions) == 1 and story.captions[0].text.startswith("Waves break"), reason
    assert story.paragraphs[0].startswith("The storm reached"), reason


def test_a_sentence_under_the_byline_that_the_block_goes_on_after_is_no_caption() -> None:
    from wireparse import parse

    story = parse(
        "Storm hits the coast\nJane Roe\nWaves break over the sea wall on Monday.\nThe storm reached the coast.\n"
    )
    assert story.captions == ()


@pytest.mark.parametrize(
    "byline",
    ["Jane Roe | NTB", "By Jane Roe", "Jane Roe | NTB\n5.3.2024 14:22", "BY JANE ROE\nMarch 5, 2024"],
)
def test_a_standfirst_above_a_byline_with_no_dateline(byline: str) -> None:
    from wireparse import parse

    body = "The parliament passed the new forest law on Tuesday by 112 votes to 64 after a long debate."
    story = parse(
        f"Parliament passes forest law\n\nThe law tightens felling rules near lakes.\n\n{byline}\n\n{body}\n"
    )
    assert story.summary == "The law tightens felling rules near lakes."
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)
    assert story.paragraphs == (body,)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Roe - Reuters", True),
        ("Jane Roe, Tom Lee, Reuters", True),
        ("OSLO: Dock workers at the harbour gate on Tuesday. - NTB", False),
        ("Dock workers walked out at the harbour gate | Reuters", False),
        ("UPI Labor Writer", True),
        ("REUTERS  CHIEF ECONOMICS CORRESPONDENT", True),
        ("dpa-Korrespondent", False),
        ("AFP correspondent", True),
        ("Reuters says writers strike", False),
        ("UPI writer says talks fail", False),
        ("Le Figaro et AFP", True),
        ("The Herald  with  Reuters", True),
        ("Jane Roe avec l'AFP et Reuters", True),
        ("Talks with Reuters", True),
        ("Officials met on Tuesday and AFP.", False),
    ],
    ids=[
        "name-and-agency",
        "two-names",
        "a-caption-closed-by-its-agency",
        "a-sentence-and-a-bar",
        "an-agency-and-its-writers-title",
        "in-capitals-two-blanks",
        "hyphened-is-no-agency-before-a-blank",
        "lower-case-title",
        "a-headline-naming-writers",
        "a-headline-with-a-title-inside",
        "a-paper-and-an-agency-joined-by-a-word",
        "the-same-in-english-blanks-doubled",
        "a-name-and-two-agencies-joined",
        "two-words-and-an-agency-joined-pass-as-a-credit",
        "a-sentence-before-the-joined-agency",
    ],
)
def test_an_agency_line_names_people_before_its_agency(line: str, expected: bool) -> None:
    from wireparse.bylines import agency_line

    assert agency_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Roe AAP", True),
        ("Jane Roe | Gelephu", True),
        ("Jane Roe | Port Moresby", True),
        ("World | Asia", False),
        ("Jane Roe Acme", False),
    ],
    ids=["name-and-agency", "name-and-town", "two-word-town", "sections", "an-unknown-word"],
)
def test_a_name_with_its_agency_or_town_is_an_agency_line(line: str, expected: bool) -> None:
    from wireparse.bylines import agency_line

    assert agency_line(line) is expected


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Universitätsklinikum Neckartal", False),
        ("Polizeipräsidium  Süd", False),
        ("Landespolizei Nord", False),
        ("Anna Ministerova", True),
        ("Jane Roe", True),
    ],
)
def test_a_compound_of_a_public_bodys_word_is_no_persons_name(name: str, person: bool) -> None:
    from wireparse.bylines import is_person

    assert is_person(name) is person


@pytest.mark.parametrize(
    "name",
    ["B.Khuslen", "Г.Оюунчимэг", "Д.Энхтуяа", "E.Ivanova", "A.B.Roeson"],
    ids=["latin", "mongolian", "cyrillic-second", "russian-surname", "two-initials"],
)
def test_a_given_name_after_the_fathers_initial_signs_the_story(name: str) -> None:
    from wireparse import parse

    story = parse(
        f"Snow closes mountain roads in eleven provinces\n\n{name}\n2024-02-07 15:04\n\n"
        "Herders in the affected districts will receive hay from the state reserve.\n\nMore snow is due.\n"
    )
    assert story.byline is not None and list(story.byline.authors) == [name]


@pytest.mark.parametrize("line", ["U.S.", "St.Petersburg", "Co.Ltd"])
def test_an_abbreviation_with_dots_is_no_name(line: str) -> None:
    from wireparse.bylines import is_name

    assert not is_name(line)


@pytest.mark.parametrize(
    "label",
    ["Marubuci", "Onye dere ya", "ደራሲ", "Awdur", "Údar"],
    ids=["hausa", "igbo-three-words", "amharic", "welsh", "irish"],
)
def test_a_broadcasters_author_label_and_comma_opens_the_byline(label: str) -> None:
    from wireparse import parse

    story = parse(
        f"Storm hits the coast\n\n{label}, Jane Roe\nRole, Acme News\n12 March 2024\n\nThe storm hit on Monday.\n"
    )
    assert story.byline is not None and list(story.byline.authors) == ["Jane Roe"]
    assert story.paragraphs == ("The storm hit on Monday.",)


@pytest.mark.parametrize(
    "stamp",
    [
        "Aktualiséiert: 14.01.2025 um 16:05",
        "Publitgà: 12-06-2025 / 06:45",
        "Zuletzt aktualisiert: 05.03.2024, 10:15",
    ],
    ids=["luxembourgish", "romansh-slash", "two-word-label"],
)
def test_a_name_beside_a_labelled_stamp_is_the_byline(stamp: str) -> None:
    from wireparse import parse

    story = parse(
        f"Storm hits the coast\n\nJane Roe\n{stamp}\n\nThe storm hit the coast on Monday, officials said.\n"
    )
    assert story.byline is not None and list(story.byline.authors) == ["Jane Roe"]
    assert story.paragraphs == ("The storm hit the coast on Monday, officials said.",)


def test_a_labelled_date_alone_in_the_story_is_no_stamp_beside_a_name() -> None:
    from wireparse import parse

    story = parse(
        "Storm hits the coast\n\nTatzeit: 17.03.2024, 22:15 Uhr\n\nThe storm hit the coast on Monday.\n"
    )
    assert story.byline is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By the Rev. Jane Roe", ("Jane Roe",)),
        ("By the Revd Canon John Roe, Diocese of Acme", ("John Roe",)),
        ("BY REV. JANE ROE", ("Jane Roe",)),
        ("By Fr. John Roe and Rev. Jane Roe", ("John Roe", "Jane Roe")),
        ("Von Msgr. Hans Muster, Erzbistum Acme", ("Hans Muster",)),
    ],
    ids=["rev", "revd-canon-diocese", "capitals", "two-clerics", "german-archdiocese"],
)
def test_a_clerics_title_and_church_body_are_no_part_of_the_name(line: str, authors: tuple[str, ...]) -> None:
    from wireparse.bylines import parse_byline

    assert parse_byline(line)[0] == authors


@pytest.mark.parametrize(
    "signature", ["Jane Roe – Città del Vaticano", "Jane Roe - London", "Anne-Marie Roe — Nairobi"]
)
def test_a_writers_name_and_town_after_a_dash_under_the_standfirst_is_the_byline(signature: str) -> None:
    from wireparse import parse

    text = (
        "Choirs meet in the city\n\nThree hundred choir masters met for three days to talk about their work\n\n"
        f"{signature}\n\nThe meeting opened on Friday in the old hall, and it will close on Sunday with a Mass.\n"
    )
    story = parse(text)
    assert story.byline is not None and list(story.byline.authors) == [signature.split(" ")[0] + " Roe"]
