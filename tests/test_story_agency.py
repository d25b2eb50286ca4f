"""Where a story's agency is printed besides a bracketed credit in the dateline, one row per
convention, in invented text: a bare agency where a region would stand, and a credit closing
the first or last paragraph."""

from __future__ import annotations

import pytest

from wireparse import parse
from wireparse.dateline import match_dateline


@pytest.mark.parametrize(
    ("line", "expected", "reason"),
    [
        ("Damascus, SANA – The ministry said", ("Damascus", None, "SANA"), "title case, en dash"),
        ("DAMASCUS, SANA - The ministry said", ("Damascus", None, "SANA"), "capitals, hyphen"),
        ("Kyiv,  Ukrinform  —  The ministry said", ("Kyiv", None, "Ukrinform"), "blanks doubled, em dash"),
        ("JAKARTA, antara -- The ministry said", ("Jakarta", None, "Antara"), "the agency in lower case"),
        ("PARIS, Texas — The council said", ("Paris", "Texas", None), "a region that is no agency stays"),
        ("SANA - The ministry said", (None, None, "SANA"), "an agency alone before the dash"),
        ("Xinhua — The ministry said", (None, None, "Xinhua"), "in title case, em dash"),
        ("АСТАНА. ҚазАқпарат – Министрлік", ("Астана", None, "Kazinform"), "a place, a stop, the agency"),
        ("OSLO, NTB - Teksten", ("Oslo", None, "NTB"), "a place, a comma, the agency"),
        ("WASHINGTON, Monday, March 3 (AP) - The", ("Washington", None, "AP"), "a weekday is no region"),
        ("MADRID, Lunes (EFE) - El", ("Madrid", None, "EFE"), "a weekday of another language"),
    ],
)
def test_a_region_that_is_an_agency_or_a_weekday(
    line: str, expected: tuple[str, str | None, str | None], reason: str
) -> None:
    match = match_dateline(" ".join(line.split()))  # (the parser reads a line's blanks folded)
    assert match is not None, reason
    d = match.dateline
    assert (d.place, d.region, d.agency) == expected, reason


def test_a_state_of_two_capitals_is_never_read_as_an_agency() -> None:
    # PA is also the Press Association's alias: after a comma two capitals are a state
    match = match_dateline("PITTSBURGH, PA - The council said")
    assert match is None or match.dateline.agency is None


@pytest.mark.parametrize(
    ("text", "agency", "reason"),
    [
        (
            "Clinics open\n\nMANILA – The ministry opened ten clinics on Monday. (PNA)\n\nThey serve many.\n",
            "PNA",
            "a credit closing the first paragraph",
        ),
        (
            "Clinics open\n\nMANILA - The ministry opened ten clinics.\n\nThey serve many people.(Xinhua)\n",
            "Xinhua",
            "a credit closing the last paragraph, no blank before it",
        ),
        (
            "Clinics open\n\nLONDON -- The ministry opened ten clinics.\n\nThey serve many people.  (AP)\n",
            "AP",
            "two capitals in brackets after a sentence: the agency",
        ),
        (
            "Clinics open\n\nMANILA - The ministry opened ten clinics.\n\nThey serve many (in Samar).\n",
            None,
            "brackets that close no sentence are the sentence's own",
        ),
        (
            "Clinics open\n\nMANILA - The ministry opened ten clinics. (PDF)\n\nThey serve many.\n",
            None,
            "an acronym the agency table does not hold is no credit",
        ),
        (
            "Clinics open\n\nMANILA - One.\n\nTwo (Reuters) said so.\n\nThree. (AFP)\n",
            "AFP",
            "the last paragraph's credit, not one inside a sentence",
        ),
    ],
)
def test_a_credit_closing_a_paragraph_gives_the_agency(text: str, agency: str | None, reason: str) -> None:
    story = parse(text)
    assert story.dateline is not None
    assert story.dateline.agency == agency, reason


def test_the_dateline_credit_comes_first() -> None:
    story = parse("Clinics open\n\nMANILA (Reuters) - The ministry opened clinics. (PNA)\n\nThey serve.\n")
    assert story.dateline is not None and story.dateline.agency == "Reuters"


BODY = "Dock workers walked out on Tuesday, the union said.\n\nTalks resume next week.\n\n"


@pytest.mark.parametrize(
    ("signature", "agency", "reason"),
    [
        ("/ritzau/", "Ritzau", "a credit in slashes under the last sentence"),
        ("( NTB )", "NTB", "a credit in brackets, blanks inside"),
        ("Jane Roe (PAP)", "PAP", "a name and a credit"),
        ("JANE ROE  (PAP)", "PAP", "in capitals, blanks doubled"),
    ],
)
def test_a_credit_under_the_story_signs_it_and_is_no_dateline(
    signature: str, agency: str, reason: str
) -> None:
    story = parse("Dock strike spreads\n\n" + BODY + signature + "\n")
    assert story.dateline is None, reason
    assert story.paragraphs[:2] == (
        "Dock workers walked out on Tuesday, the union said.",
        "Talks resume next week.",
    )
    assert len(story.paragraphs) == 2, reason


@pytest.mark.parametrize(
    ("signature", "authors", "reason"),
    [
        ("By Jane Roe", ("Jane Roe",), "a byline closing the story"),
        ("by JANE ROE and Tom Lee", ("Jane Roe", "Tom Lee"), "two writers, lower-case opener"),
        ("Jane Roe (PAP)", ("Jane Roe",), "a name and a bracketed credit"),
        ("Jane Roe ( Xinhua )", ("Jane Roe",), "a name and a credit, blanks inside the brackets"),
    ],
)
def test_a_byline_closing_the_story(signature: str, authors: tuple[str, ...], reason: str) -> None:
    story = parse("Dock strike spreads\n\nOSLO - " + BODY + signature + "\n")
    assert story.byline is not None, reason
    assert story.byline.authors == authors, reason
    assert len(story.paragraphs) == 2, reason


@pytest.mark.parametrize(
    ("last", "reason"),
    [
        ("Jane Roe/Nowhere", "a slash credit the agency table does not hold"),
        (
            "BY THE END OF THE WEEK THE UNION EXPECTS A DEAL WITH THE PORT OWNERS AND THE CITY COUNCIL.",
            "a sentence",
        ),
    ],
)
def test_no_closing_byline(last: str, reason: str) -> None:
    story = parse("Dock strike spreads\n\nOSLO - " + BODY + last + "\n")
    assert story.byline is None, reason
    assert story.paragraphs[-1] == last, reason


@pytest.mark.parametrize(
    "text",
    [
        "OSLO - " + BODY + "Jane Roe/Xinhua\n\nTalks go on.\n",
        "OSLO - " + BODY + "© Jane Roe/Xinhua\n",
        "OSLO - " + BODY + "Photo: Jane Roe/Xinhua\n",
    ],
    ids=["between-paragraphs", "copyright-sign", "photo-label"],
)
def test_a_name_and_a_slashed_agency_is_a_photo_credit(text: str) -> None:
    # (TASS prints its photo credits so: between paragraphs, or with a sign or label of a photo)
    story = parse("Dock strike spreads\n\n" + text)
    assert story.byline is None
    assert [c.credit for c in story.captions] == ["Jane Roe/Xinhua"]


def test_a_name_and_a_slashed_agency_alone_closing_the_story_signs_it() -> None:
    # (Nordic desks sign their copy so: "Jane Roe/NTB" under the last paragraph)
    story = parse("Dock strike spreads\n\nOSLO - " + BODY + "Jane Roe/Xinhua\n")
    assert story.byline is not None and story.byline.authors == ("Jane Roe",)


def test_a_byline_above_keeps_the_closing_one_as_text() -> None:
    story = parse("Dock strike spreads\n\nBy Ann Lee\n\nOSLO - " + BODY + "By Jane Roe\n")
    assert story.byline is not None and story.byline.authors == ("Ann Lee",)


@pytest.mark.parametrize(
    ("line", "place", "reason"),
    [
        ("LE POINT SUR LA SITUATION - Le texte", None, "a kicker opening with a small word is no place"),
        ("THE LATEST  —  Text follows", None, "the same in English, an em dash"),
        ("LA PAZ - El texto", "La Paz", "a town the gazetteer knows keeps its small word"),
        ("The Hague — Text follows", "The Hague", "in title case"),
        ("DES MOINES, Iowa - Text", "Des Moines", "a town the gazetteer knows twice over"),
    ],
)
def test_a_bare_place_opening_with_a_small_word(line: str, place: str | None, reason: str) -> None:
    match = match_dateline(" ".join(line.split()))
    assert (match.dateline.place if match else None) == place, reason


def test_a_press_releases_closing_sections_are_set_aside() -> None:
    story = parse(
        "Acme launches a widget\n\nBOSTON--(ACME WIRE)--Acme Inc. today launched a widget.\n\n"
        "The widget ships in May.\n\nAbout Acme Inc.\n\nAcme makes widgets for warehouses.\n\n"
        "Media Contacts:\nJane Roe\n+1 555 0100\n"
    )
    assert story.paragraphs == ("Acme Inc. today launched a widget.", "The widget ships in May.")


def test_labelled_staff_lines_closing_a_story() -> None:
    story = parse(
        "Road opens\n\nJAKARTA (ANTARA) - The road opened.\n\nIt is long.\n\nPewarta: Rina Sari\nEditor: Budi Santoso\n"
    )
    assert story.byline is not None and story.byline.authors == ("Rina Sari",)
    assert story.paragraphs == ("The road opened.", "It is long.")


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Boats wait at the quay in Oslo, March 5, 2024. (Xinhua/Jane Roe)", "Xinhua/Jane Roe"),
        ("Boats wait at the quay in Oslo. (REUTERS / Jane Roe-Smith)", "REUTERS / Jane Roe-Smith"),
    ],
    ids=["title-case", "capitals-blanks-around-the-slash"],
)
def test_a_caption_closed_by_an_agency_and_its_photographers_name_is_a_caption(
    caption: str, credit: str
) -> None:
    story = parse(f"Dock strike spreads\n\nOSLO - {BODY}{caption}\n\nTalks go on.\n")
    assert [c.credit for c in story.captions] == [credit]
    assert caption not in story.paragraphs


def test_a_source_and_a_pollster_after_a_slash_is_no_caption() -> None:
    line = "Most voters back the plan, a poll showed. (Reuters/Ipsos)"
    story = parse(f"Dock strike spreads\n\nOSLO - {BODY}{line}\n\nTalks go on.\n")
    assert story.captions == () and line in story.paragraphs
