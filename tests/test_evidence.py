"""Datelines read by evidence: each sign alone, and the threshold, with invented near-misses.

Every opening here is one no dateline shape reads, so the evidence decides.
"""

from __future__ import annotations

import pytest

from wireparse.dateline import match_dateline
from wireparse.evidence import SIGNS, THRESHOLD, read_opening
from wireparse.patterns import mark_names


def _score(line: str) -> int | None:
    reading = read_opening(mark_names(line))
    return reading.score if reading else None


def test_a_known_place_is_asked_only_when_the_rest_falls_short() -> None:
    asked: list[tuple[int, int]] = []

    def known(start: int, stop: int) -> bool:
        asked.append((start, stop))
        return True

    marked = mark_names("Oslo, 7 March (NTB) - Text")
    assert read_opening(marked, known) is not None
    assert asked == []  # date, known credit and close reach the threshold alone
    marked = mark_names("Oslo. NTB - Text")
    reading = read_opening(marked, known)
    assert [start for start, _ in asked] == [0]  # asked once, for the place
    assert reading is not None and reading.score == THRESHOLD


@pytest.mark.parametrize(
    ("line", "score", "reason"),
    [
        (
            "7 March, OSLO (NTB) - Text",
            SIGNS["date"] + SIGNS["place"] + SIGNS["known_credit"] + SIGNS["close"],
            "date first",
        ),
        ("7 March (NTB) - Text", SIGNS["date"] + SIGNS["known_credit"] + SIGNS["close"], "no place"),
        (
            "(Acme) 7 March: Text",
            SIGNS["credit"] + SIGNS["date"] + SIGNS["close"],
            "an unknown credit counts less",
        ),
        (
            "OSLO 7 March -- Text",
            SIGNS["place"] + SIGNS["date"] + SIGNS["close"],
            "place and date, no credit",
        ),
        (
            "Oslo 7 March -- Text",
            SIGNS["title_place"] + SIGNS["date"] + SIGNS["close"],
            "a title-case place alone counts nothing",
        ),
        (
            "Oslo, Norway, NTB: Text",
            SIGNS["title_place"] + SIGNS["region"] + SIGNS["known_credit"] + SIGNS["close"],
            "place, region, bare credit",
        ),
    ],
)
def test_each_sign_counts(line: str, score: int, reason: str) -> None:
    got = _score(line)
    assert got == (score if score >= THRESHOLD else None), reason


@pytest.mark.parametrize(
    ("line", "expected", "reason"),
    [
        (
            "7 March, OSLO (NTB) - Text",
            ("7 March, OSLO (NTB) -", "Oslo", "--03-07", "NTB"),
            "the date before the place",
        ),
        (
            "(NTB) 7 March, OSLO - Text",
            ("(NTB) 7 March, OSLO -", "Oslo", "--03-07", "NTB"),
            "the credit first, then date and place",
        ),
        (
            "Warsaw 7 March PAP: Text",
            ("Warsaw 7 March PAP:", "Warsaw", "--03-07", "PAP"),
            "a bare credit after the date, colon",
        ),
        (
            "7 марта, МОСКВА (ТАСС) — Текст",
            ("7 марта, МОСКВА (ТАСС) —", "Москва", "--03-07", "TASS"),
            "Cyrillic, date first",
        ),
        (
            "Pecs, 2024. március 7. (MTI) - A",
            ("Pecs, 2024. március 7. (MTI) -", "Pecs", "2024-03-07", "MTI"),
            "year first (Hungarian)",
        ),
        (
            "OSLO 7.3. -- Text",
            ("OSLO 7.3. --", "Oslo", "--03-07", None),
            "a place in capitals and a date in figures",
        ),
        (
            "Pecs, 2024. március 7., csütörtök (MTI) - A",
            ("Pecs, 2024. március 7., csütörtök (MTI) -", "Pecs", "2024-03-07", "MTI"),
            "a weekday after the date",
        ),
        (
            "Oslo, torsdag 7. mars (NTB) -- Tekst",
            ("Oslo, torsdag 7. mars (NTB) --", "Oslo", "--03-07", "NTB"),
            "a weekday before the date",
        ),
        (
            "Lima, jueves 7 de marzo (Andina).- El",
            ("Lima, jueves 7 de marzo (Andina).-", "Lima", "--03-07", "Andina"),
            "a weekday in lower case, closing dot and dash",
        ),
        (
            "Hanoi, Thứ Năm 7/3 (VNA) – The",
            ("Hanoi, Thứ Năm 7/3 (VNA) –", "Hanoi", "--03-07", "VNA"),
            "a weekday of two words, capitalised",
        ),
        (
            "MANILA, March 5. The",
            ("MANILA, March 5.", "Manila", "--03-05", None),
            "a full stop after the date closes it when the story's text follows",
        ),
        (
            "Manila, 5 March. The",
            ("Manila, 5 March.", "Manila", "--03-05", None),
            "a known town in title case, the day first",
        ),
        (
            "BAKU, Azerbaijan, March 5. The",
            ("BAKU, Azerbaijan, March 5.", "Baku", "--03-05", None),
            "a region between place and date",
        ),
        (
            "КИЇВ. 5 березня. УНІАН. Уряд",
            ("КИЇВ. 5 березня. УНІАН.", "Київ", "--03-05", "UNIAN"),
            "stops after place, date and credit",
        ),
        (
            "Paris, le 5 mars (AFP) - Le texte",
            ("Paris, le 5 mars (AFP) -", "Paris", "--03-05", "AFP"),
            "a small word before the date (French)",
        ),
        (
            "Berlin, am 5. März (dpa) - Der Text",
            ("Berlin, am 5. März (dpa) -", "Berlin", "--03-05", "dpa"),
            "the same in German",
        ),
        (
            "القاهرة في 5 مارس / أ ش أ / نص الخبر",
            ("القاهرة في 5 مارس / أ ش أ /", "القاهرة", "--03-05", "MENA"),
            "Arabic: a small word before the date, a credit in spaced slashes closing the dateline",
        ),
        (
            "مسقط في 5 مارس /وكالة ما/ نص الخبر",
            ("مسقط في 5 مارس /وكالة ما/", "مسقط", "--03-05", "وكالة ما"),
            "an unknown credit in slashes closes it too",
        ),
        (
            "Tallinn, 5.märts, BNS. Tekst",
            ("Tallinn, 5.märts, BNS.", "Tallinn", "--03-05", "BNS"),
            "a day joined to its month by a dot, no blank",
        ),
        (
            "Toshkent, 5-mart (UzA) – Matn",
            ("Toshkent, 5-mart (UzA) –", "Toshkent", "--03-05", "UzA"),
            "a day joined to its month by a hyphen",
        ),
        (
            "DAKAR, March 5 [APS] - The",
            ("DAKAR, March 5 [APS] -", "Dakar", "--03-05", "APS"),
            "a credit in square brackets",
        ),
        (
            "ԵՐԵՎԱՆ, 5 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ։ Տեքստ",
            ("ԵՐԵՎԱՆ, 5 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ։", "Երեվան", "--03-05", "Armenpress"),
            "the Armenian full stop closes it",
        ),
        (
            "لاہور ۔ 5 مارچ (اے پی پی) متن",
            ("لاہور ۔ 5 مارچ (اے پی پی)", "لاہور", "--03-05", "APP"),
            "the Urdu full stop between place and date; a known credit in brackets closes it",
        ),
        (
            "BOSTON--(BUSINESS WIRE)--Acme said",
            ("BOSTON--(BUSINESS WIRE)--", "Boston", None, "Business Wire"),
            "double hyphens touching the credit and the text (a press release's wire)",
        ),
        (
            "AUSTIN, Texas--(BUSINESS WIRE)--Mar. 5, 2024--Acme said",
            ("AUSTIN, Texas--(BUSINESS WIRE)--Mar. 5, 2024--", "Austin", "2024-03-05", "Business Wire"),
            "a region, and the date set between double hyphens after the credit",
        ),
        (
            "LEEDS -- (NewsNow) -- Text",
            ("LEEDS -- (NewsNow) --", "Leeds", None, "NewsNow"),
            "a bare place and dash, then the credit and another dash",
        ),
        (
            "GENT 05/03 (BELGA) = De tekst",
            ("GENT 05/03 (BELGA) =", "Gent", "--03-05", "Belga"),
            "an equals sign closes it (IPTC 7901 copy)",
        ),
        (
            "Hà Nội, ngày 5/3/2024 (TTXVN) - Sáng nay",
            ("Hà Nội, ngày 5/3/2024 (TTXVN) -", "Hà Nội", "2024-03-05", "VNA"),
            "the Vietnamese word for day before the date",
        ),
        (
            "OSLO / BERGEN, Jan 18 (NTB) - Tekst",
            ("OSLO / BERGEN, Jan 18 (NTB) -", "Oslo/Bergen", "--01-18", "NTB"),
            "two places joined by a slash with blanks around it",
        ),
        (
            "VANCOUVER, BC / ACMEWIRE / March 5, 2024 / Acme said",
            ("VANCOUVER, BC / ACMEWIRE / March 5, 2024 /", "Vancouver", "2024-03-05", "Acmewire"),
            "a credit and a date between slashes with blanks, a slash closing them",
        ),
        (
            "DAYTON, OH, UNITED STATES, March 5, 2024 /ACMEWIRE/ -- Acme said",
            ("DAYTON, OH, UNITED STATES, March 5, 2024 /ACMEWIRE/ --", "Dayton", "2024-03-05", "Acmewire"),
            "a state and its country after the place",
        ),
        (
            "Kaunas, kovo 5 d. (ELTA). Tekstas",
            ("Kaunas, kovo 5 d. (ELTA).", "Kaunas", "--03-05", "ELTA"),
            "Lithuanian: the month first, d. after the day",
        ),
        (
            "Oslo. NTB - Tekst",
            ("Oslo. NTB -", "Oslo", None, "NTB"),
            "a title-case place the gazetteer knows counts as a place: stop and bare credit",
        ),
        (
            "Bergen, NTB: Tekst",
            ("Bergen, NTB:", "Bergen", None, "NTB"),
            "a known town, a comma, a bare credit and a colon",
        ),
        (
            "(March 5, 2024 / Acme Wire) Officials said",
            ("(March 5, 2024 / Acme Wire)", None, "2024-03-05", "Acme Wire"),
            "a date and an unknown credit in one pair of brackets, a slash between: the date is the dateline's",
        ),
        (
            "HAIFA  (Mar. 5, 2024/ACMEWIRE)  —  Officials said",
            ("HAIFA  (Mar. 5, 2024/ACMEWIRE)  —", "Haifa", "2024-03-05", "Acmewire"),
            "the same after a place in capitals, blanks doubled (kept as printed), no blank around the slash",
        ),
        (
            "Kabul (5 March 2024 / Pajhwok): Officials said",
            ("Kabul (5 March 2024 / Pajhwok):", "Kabul", "2024-03-05", "Pajhwok"),
            "the date before a known credit",
        ),
        (
            "(Acme Wire, 5.3.2024) Officials said",
            ("(Acme Wire, 5.3.2024)", None, "2024-03-05", "Acme Wire"),
            "the credit first, a comma, the date in figures",
        ),
        (
            "(5 марта 2024, ТАСС)",
            ("(5 марта 2024, ТАСС)", None, "2024-03-05", "TASS"),
            "alone on its line, in another script",
        ),
        (
            "NEW YORK (March 5, 2024) -- Acme Corp said",
            ("NEW YORK (March 5, 2024) --", "New York", "2024-03-05", None),
            "a date alone in brackets after the place: no credit",
        ),
        (
            "Bristol, 22 February 2024",
            ("Bristol, 22 February 2024", "Bristol", "2024-02-22", None),
            "a press release's place and date alone on their line: its end closes them",
        ),
        (
            "Lyon, le 14 mars 2024 ",
            ("Lyon, le 14 mars 2024", "Lyon", "2024-03-14", None),
            "... after a small word before the date, a blank after it",
        ),
        (
            "Rosario, 8 de mayo de 2024. Un equipo del instituto",
            ("Rosario, 8 de mayo de 2024.", "Rosario", "2024-05-08", None),
            "'de' before the year too, a full stop closing the date",
        ),
        (
            "Sevilla, 8 de mayo",
            ("Sevilla, 8 de mayo", "Sevilla", "--05-08", None),
            "'de' between day and month alone on the line",
        ),
        (
            "Самара, 5 марта 2024 года",
            ("Самара, 5 марта 2024 года", "Самара", "2024-03-05", None),
            "the word for year after the year, alone on its line",
        ),
        (
            "Poznań, 5 marca 2024 r. Zarząd spółki",
            ("Poznań, 5 marca 2024 r.", "Poznań", "2024-03-05", None),
            "an abbreviated year word, closed by its own stop",
        ),
        (
            "Novi Sad, 5. marta 2024. godine - Tekst",
            ("Novi Sad, 5. marta 2024. godine -", "Novi Sad", "2024-03-05", None),
            "a stop after the year, the year word, a dash",
        ),
        (
            "OAKLAND (QXB)",
            ("OAKLAND (QXB)", "Oakland", None, "QXB"),
            "a known town in capitals and an unknown credit alone on their line",
        ),
        (
            "OAKLAND  /QXB/",
            ("OAKLAND  /QXB/", "Oakland", None, "QXB"),
            "the same between slashes, blanks doubled",
        ),
    ],
)
def test_new_arrangements_of_known_parts(
    line: str, expected: tuple[str, str, str, str | None], reason: str
) -> None:
    match = match_dateline(line)
    assert match is not None, reason
    d = match.dateline
    assert (d.text, d.place, d.date, d.agency) == expected, reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("The President Said On March 7 - no", "function words are no place"),
        ("Stocks Rally March 7 -- Text", "title-case words and a date without a credit: a headline"),
        ("OSLO OSLO 7 March (NTB) (NTB) - x", "a part twice is running text"),
        ("OSLO (NTB) Text goes on without a dash", "no closing separator"),
        ("Oslo Talks End -- Text", "no date and no credit"),
        ("Quinlan. NTB - Tekst", "a title-case word the gazetteer does not know is no place"),
        ("Friday, March 5. The", "a weekday is no place: date and stop alone fall short"),
        ("Shares, March 5. The", "a title-case word unknown to the gazetteer, a date and a stop"),
        ("MANILA, March 5. and then", "a stop before a lower-case word is inside a sentence"),
        ("The company (Reuters) said", "a function word is no place"),
        ("Acme Corp (ACME.O) shares rose", "an unknown credit in brackets does not close a dateline"),
        ("Paris le grand (AFP) soir", "a small word read past only before a date"),
        ("Well--known (Acme) figures--rose", "double hyphens in a sentence, a capitalised word before them"),
        ("Acme Gmbh, 5 March (NTB) CONFIRMS EARNINGS", "a known credit before words in capitals: a headline"),
        ("Friday, 7 March (NTB) (NTB) - x", "a weekday opening the line is not read past"),
        ("Oslo Monday Tuesday 7 March (NTB) - x", "weekdays are read one at a time, after a place"),
        ("(Photo, March 5) The minister said", "a picture's date in brackets is no dateline"),
        ("Foto: ACME PRESS - Archivo", "a picture's credit after a word for photo is no dateline"),
        ("(March 5) the minister said", "a date alone in brackets before a lower-case word"),
        ("(Acme Wire 2024) Officials said", "a year alone beside a credit is no date"),
        ("STOCKS - March 3", "the line's end closes no date read after a dash: a headline"),
        ("Quinlan Hardware, 22 February 2024", "a title-case place unknown to the gazetteer, alone"),
        ("Monday, 22 February 2024", "a weekday is no place, alone on its line either"),
        ("Results, 22 February 2024 and more", "the line goes on after the date"),
        ("QUINLANVILLE (QXB)", "a place the gazetteer does not know and an unknown credit, alone"),
        ("OAKLAND (UPDATE 2)", "a headline's flag in brackets is no credit"),
        ("OAKLAND (QXB) workers rallied", "the line goes on after the unknown credit"),
    ],
)
def test_near_misses(line: str, reason: str) -> None:
    match = match_dateline(line)
    assert match is None or match.shape not in ("evidence", "evidence_weak"), reason
