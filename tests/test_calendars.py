"""Datelines dated in other calendars and scripts: the conversions of ``wireparse/calendars.py``,
the tables of ``wireparse/calendar_names.py``, and lines that print them, one row each with the
reason it is here.

Every line is invented. Rows of lines: (line, (text, place, date, agency), reason), date as ISO or
``--MM-DD``; ``None`` expects no dateline at all.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from conftest import dateline_fields

from wireparse import calendars
from wireparse._months_cldr import MONTH_NAMES
from wireparse.calendar_names import CALENDAR_MONTHS
from wireparse.dateline import match_dateline
from wireparse.months import BUDDHIST_ERA_YEARS, DAY_WORDS, WIRE_MONTH_SPELLINGS
from wireparse.patterns import fold_name, mark_names, month_lookup

ROOT = Path(__file__).resolve().parent.parent

# -- conversions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "calendar, year, month, day, expected, reason",
    [
        ("solar_hijri", 1402, 12, 14, dt.date(2024, 3, 4), "Esfand in a Gregorian leap year"),
        ("solar_hijri", 1403, 1, 1, dt.date(2024, 3, 20), "Nowruz on 20 March"),
        ("solar_hijri", 1402, 1, 1, dt.date(2023, 3, 21), "Nowruz on 21 March"),
        ("solar_hijri", 1403, 2, 15, dt.date(2024, 5, 4), "the second month"),
        ("solar_hijri", 1403, 7, 1, dt.date(2024, 9, 22), "the first month of 30 days"),
        ("solar_hijri", 1403, 12, 30, dt.date(2025, 3, 20), "30 Esfand of a leap year"),
        ("solar_hijri", 1402, 12, 30, None, "30 Esfand of a common year is no date"),
        ("solar_hijri", 1403, 7, 31, None, "the seventh month has 30 days"),
        ("solar_hijri", 1354, 1, 1, dt.date(1975, 3, 21), "a year of the 1970s"),
        ("islamic", 1445, 8, 24, dt.date(2024, 3, 5), "24 Shaban 1445"),
        ("islamic", 1445, 9, 1, dt.date(2024, 3, 11), "1 Ramadan 1445"),
        ("islamic", 1, 1, 1, dt.date(622, 7, 19), "the civil epoch"),
        ("islamic", 1445, 8, 30, None, "even months have 29 days"),
        ("islamic", 1445, 12, 30, dt.date(2024, 7, 7), "Dhu al-Hijja 30 of a leap year"),
        ("islamic", 1444, 12, 30, None, "... not of a common one"),
        ("ethiopian", 2016, 6, 26, dt.date(2024, 3, 5), "Yekatit 26, 2016"),
        ("ethiopian", 2016, 1, 1, dt.date(2023, 9, 12), "the new year before a Gregorian leap year"),
        ("ethiopian", 2017, 1, 1, dt.date(2024, 9, 11), "the new year on 11 September"),
        ("ethiopian", 2015, 13, 6, dt.date(2023, 9, 11), "Pagume 6 of a leap year"),
        ("ethiopian", 2016, 13, 6, None, "Pagume has five days in a common year"),
        ("ethiopian", 2016, 6, 31, None, "a month has 30 days"),
        ("bikram_sambat", 2080, 11, 22, None, "the Bikram Sambat is not converted"),
        ("julian", 2024, 3, 5, None, "a calendar the table lacks"),
    ],
)
def test_to_gregorian(calendar, year, month, day, expected, reason):
    assert calendars.to_gregorian(calendar, year, month, day) == expected, reason


def test_conversions_give_consecutive_days():
    """Every day of a calendar's years follows the one before it, by a day, in the Gregorian."""
    for calendar, years, months in (
        ("solar_hijri", range(1340, 1480), 12),
        ("islamic", range(1380, 1500), 12),
        ("ethiopian", range(1960, 2060), 13),
    ):
        days = [
            date
            for year in years
            for month in range(1, months + 1)
            for day in range(1, 32)
            if (date := calendars.to_gregorian(calendar, year, month, day)) is not None
        ]
        assert all((b - a).days == 1 for a, b in zip(days, days[1:])), calendar


@pytest.mark.parametrize(
    "calendar, month, day, expected, reason",
    [
        ("solar_hijri", 1, 1, (3, 21), "Nowruz of a typical year"),
        ("solar_hijri", 2, 15, (5, 5), "15 Ordibehesht"),
        ("solar_hijri", 12, 14, (3, 5), "14 Esfand after a 28-day February"),
        ("solar_hijri", 12, 30, None, "30 Esfand is not in a typical year"),
        ("ethiopian", 1, 1, (9, 11), "Enkutatash"),
        ("ethiopian", 6, 26, (3, 5), "Yekatit 26"),
        ("islamic", 8, 24, None, "a Hijri date without its year runs through the seasons"),
        ("bikram_sambat", 11, 22, None, "not converted"),
    ],
)
def test_yearless_to_gregorian(calendar, month, day, expected, reason):
    assert calendars.yearless_to_gregorian(calendar, month, day) == expected, reason


@pytest.mark.parametrize(
    "year, expected",
    [(2567, 2024), (2400, 1857), (2700, 2157), (2399, 2399), (2701, 2701), (2024, 2024), (67, 67)],
)
def test_buddhist_era(year, expected):
    assert calendars.buddhist_era_to_common_era(year) == expected


# -- tables ------------------------------------------------------------------------------------


def test_calendar_names_import_nothing():
    tree = ast.parse((ROOT / "wireparse/calendar_names.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]


@pytest.mark.parametrize("calendar", sorted(CALENDAR_MONTHS))
def test_every_month_is_named(calendar):
    count = 13 if calendar == "ethiopian" else 12
    assert set(CALENDAR_MONTHS[calendar].values()) == set(range(1, count + 1))


def test_no_calendar_name_is_a_gregorian_month():
    gregorian = set(month_lookup())
    clash = [n for names in CALENDAR_MONTHS.values() for n in names if fold_name(n) in gregorian]
    assert not clash


def test_a_name_means_one_month_of_one_calendar():
    seen: dict[str, tuple[str, int]] = {}
    for calendar, names in CALENDAR_MONTHS.items():
        for name, month in names.items():
            assert seen.setdefault(fold_name(name), (calendar, month)) == (calendar, month), name


def test_no_calendar_name_is_ascii():
    # (the tables are read only for lines outside ASCII)
    assert not [n for names in CALENDAR_MONTHS.values() for n in names if n.isascii()]
    assert not [w for words in DAY_WORDS.values() for w in words if w.isascii()]


def test_day_words_are_days_and_no_month():
    months = set(month_lookup())
    for words in DAY_WORDS.values():
        assert set(words.values()) == set(range(1, 32))
        assert not [w for w in words if fold_name(w) in months]


def test_converters_are_calendars_of_the_table():
    assert set(calendars.CONVERTERS) <= set(CALENDAR_MONTHS)


def test_buddhist_years_are_no_gregorian_ones():
    assert min(BUDDHIST_ERA_YEARS) > dt.date.today().year + 300


@pytest.mark.parametrize(
    "lang, name, month",
    [
        ("lo", "ມີນາ", 3),
        ("am", "ማርች", 3),
        ("ha", "maris", 3),
        ("bo", "ཟླ་༣", 3),
        ("ky", "март", 3),
        ("tg", "март", 3),
        ("ps", "مارچ", 3),
        ("so", "maarso", 3),
    ],
)
def test_added_languages_are_in_the_table(lang, name, month):
    assert MONTH_NAMES[lang][name] == month


def test_saturday_is_no_hausa_month():
    assert "sat" not in MONTH_NAMES["ha"] and "sat" not in month_lookup()
    assert "sat" not in WIRE_MONTH_SPELLINGS.get("ha", {})


def test_calendar_months_are_marked_only_outside_ascii():
    assert mark_names("تهران، ۱۵ اردیبهشت") != "تهران، ۱۵ اردیبهشت"
    assert "\ue003" in mark_names("नयी दिल्ली, पांच मार्च")


# -- datelines ---------------------------------------------------------------------------------

ROWS = [
    # Thai, Buddhist era
    (
        "บ้านนา ๕ มี.ค. ๒๕๖๗ - ข้อความ",
        ("บ้านนา ๕ มี.ค. ๒๕๖๗ -", "บ้านนา", "2024-03-05", None),
        "Thai digits and a Buddhist-era year",
    ),
    (
        "บ้านนา 5 มี.ค. 2567 - ข้อความ",
        ("บ้านนา 5 มี.ค. 2567 -", "บ้านนา", "2024-03-05", None),
        "the same in ASCII figures",
    ),
    (
        "บ้านนา 4 มี.ค. 67 - ข้อความ",
        ("บ้านนา 4 มี.ค. 67 -", "บ้านนา", "2024-03-04", None),
        "a two-digit year after a Thai month is of the Buddhist era",
    ),
    (
        "บ้านนา 4 มี.ค.- ข้อความ",
        ("บ้านนา 4 มี.ค.-", "บ้านนา", "--03-04", None),
        "no year, the dash touching the month's dot",
    ),
    (
        "ភូមិ 4 មីនា 2567 (អ.ក.ក)៖ អត្ថបទ",
        ("ភូមិ 4 មីនា 2567 (អ.ក.ក)៖", "ភូមិ", "2024-03-04", "AKP"),
        "a Buddhist-era year in ASCII figures in Khmer copy",
    ),
    (
        "NAKHON TESTA, March 5, 67 (XNA) - Text",
        ("NAKHON TESTA, March 5, 67 (XNA) -", "Nakhon Testa", "2067-03-05", "XNA"),
        "a two-digit year after an English month is not (the POSIX pivot)",
    ),
    (
        "ວຽງທົດ, ໕ ມີນາ ໒໕໖໗ (ຂປລ) - ຂໍ້ຄວາມ",
        ("ວຽງທົດ, ໕ ມີນາ ໒໕໖໗ (ຂປລ) -", "ວຽງທົດ", "2024-03-05", "KPL"),
        "a Buddhist-era year in Lao figures",
    ),
    # Solar Hijri, Iranian and Afghan names
    (
        "شهرک، ۱۵ اردیبهشت (ایسنا) - متن خبر",
        ("شهرک، ۱۵ اردیبهشت (ایسنا) -", "شهرک", "--05-05", "ISNA"),
        "an Iranian month without its year: the Gregorian month and day",
    ),
    (
        "شهرک، ۱۵ اردیبهشت ۱۴۰۳ (ایسنا) - متن خبر",
        ("شهرک، ۱۵ اردیبهشت ۱۴۰۳ (ایسنا) -", "شهرک", "2024-05-04", "ISNA"),
        "with its year: exactly",
    ),
    (
        "شهرک، 15 اردیبهشت 1403 (ایسنا) - متن خبر",
        ("شهرک، 15 اردیبهشت 1403 (ایسنا) -", "شهرک", "2024-05-04", "ISNA"),
        "in ASCII figures",
    ),
    (
        "شهرک،۱ فروردین ۱۴۰۳ (ایرنا)- متن",
        ("شهرک،۱ فروردین ۱۴۰۳ (ایرنا)-", "شهرک", "2024-03-20", "IRNA"),
        "no blank after the comma, the dash touching the credit",
    ),
    (
        "دهکده، ۱۴ حوت ۱۴۰۲ (باختر): متن",
        ("دهکده، ۱۴ حوت ۱۴۰۲ (باختر):", "دهکده", "2024-03-04", "Bakhtar"),
        "an Afghan month, in Dari, and a colon",
    ),
    (
        "دهکده، ۱ حمل (باختر): متن",
        ("دهکده، ۱ حمل (باختر):", "دهکده", "--03-21", "Bakhtar"),
        "Hamal 1 without a year",
    ),
    (
        "کلی، ۳ غویی ۱۴۰۳ (باختر): متن",
        ("کلی، ۳ غویی ۱۴۰۳ (باختر):", "کلی", "2024-04-22", "Bakhtar"),
        "a Pashto month",
    ),
    (
        "شهرک، ۳۰ اسفند ۱۴۰۲ (ایسنا) - متن",
        None,
        "30 Esfand of a common year is no date",
    ),
    # Hijri, with and without the Gregorian date it falls on
    (
        "بلدة 24 شعبان 1445 هـ الموافق 05 مارس 2024 م واس نص الخبر",
        ("بلدة 24 شعبان 1445 هـ الموافق 05 مارس 2024 م واس", "بلدة", "2024-03-05", "SPA"),
        "the Gregorian date after الموافق is the date, through the agency",
    ),
    (
        "بلدة ٢٤ شعبان ١٤٤٥ هـ الموافق ٠٥ مارس ٢٠٢٤ م واس",
        ("بلدة ٢٤ شعبان ١٤٤٥ هـ الموافق ٠٥ مارس ٢٠٢٤ م واس", "بلدة", "2024-03-05", "SPA"),
        "Arabic-Indic figures, alone on its line",
    ),
    (
        "بلدة 24 شعبان 1445 هـ الموافق 06 مارس 2024 م واس نص",
        ("بلدة 24 شعبان 1445 هـ الموافق 06 مارس 2024 م واس", "بلدة", "2024-03-06", "SPA"),
        "the printed Gregorian date wins over the tabular one",
    ),
    (
        "بلدة 24 شعبان 1445 هـ واس نص الخبر",
        ("بلدة 24 شعبان 1445 هـ واس", "بلدة", "2024-03-05", "SPA"),
        "a Hijri date with its year alone: the tabular calendar",
    ),
    (
        "بلدة 1 ربيع الأول 1446 هـ واس نص",
        ("بلدة 1 ربيع الأول 1446 هـ واس", "بلدة", "2024-09-05", "SPA"),
        "a month of two words (the tabular date; sighting may give the day before)",
    ),
    (
        "بلدة 24 شعبان واس نص الخبر",
        ("بلدة 24 شعبان واس", "بلدة", None, "SPA"),
        "without its year a Hijri date is none, the dateline found",
    ),
    (
        "بلدة 24 شعبان (كونا) -- نص",
        ("بلدة 24 شعبان (كونا) --", "بلدة", None, "KUNA"),
        "the same with a credit in brackets",
    ),
    # Ethiopian
    (
        "ከተማ ሰፈር፤ የካቲት 26/2016 (ኢዜአ)፦ ጽሑፍ",
        ("ከተማ ሰፈር፤ የካቲት 26/2016 (ኢዜአ)፦", "ከተማ ሰፈር", "2024-03-05", "ENA"),
        "the Ethiopian year after a slash, ፤ and ፦",
    ),
    (
        "ከተማ፣ የካቲት 25/2016 (ኢዜአ)፡- ጽሑፍ",
        ("ከተማ፣ የካቲት 25/2016 (ኢዜአ)፡-", "ከተማ", "2024-03-04", "ENA"),
        "፣ and ፡-",
    ),
    (
        "ከተማ፣ መስከረም 1 (ኢዜአ)፦ ጽሑፍ",
        ("ከተማ፣ መስከረም 1 (ኢዜአ)፦", "ከተማ", "--09-11", "ENA"),
        "without a year",
    ),
    (
        "ከተማ፣ ማርች 5 (ኢዜአ)፦ ጽሑፍ",
        ("ከተማ፣ ማርች 5 (ኢዜአ)፦", "ከተማ", "--03-05", "ENA"),
        "a Gregorian month in Amharic",
    ),
    # Bikram Sambat
    (
        "गाउँ, २२ फागुन (रासस) : समाचार",
        ("गाउँ, २२ फागुन (रासस) :", "गाउँ", None, "RSS"),
        "a Nepali month: found, not converted",
    ),
    (
        "गाउँ, 22 फाल्गुन 2080 (रासस) : समाचार",
        ("गाउँ, 22 फाल्गुन 2080 (रासस) :", "गाउँ", None, "RSS"),
        "with a year and ASCII figures: still no Gregorian year 2080",
    ),
    # Hindi days as words; Devanagari digits
    (
        "नया नगर, पांच मार्च (भाषा) समाचार",
        ("नया नगर, पांच मार्च (भाषा)", "नया नगर", "--03-05", "PTI"),
        "a day written as a word",
    ),
    (
        "नया नगर, पाँच मार्च (भाषा) समाचार",
        ("नया नगर, पाँच मार्च (भाषा)", "नया नगर", "--03-05", "PTI"),
        "with candrabindu",
    ),
    (
        "नया नगर, इकतीस मार्च (भाषा) समाचार",
        ("नया नगर, इकतीस मार्च (भाषा)", "नया नगर", "--03-31", "PTI"),
        "thirty-one",
    ),
    (
        "नया नगर ०५ मार्च (वार्ता) समाचार",
        ("नया नगर ०५ मार्च (वार्ता)", "नया नगर", "--03-05", "UNI"),
        "Devanagari digits and no comma",
    ),
    ("नया नगर, इकतीस अप्रैल (भाषा) समाचार", None, "31 April is no date"),
    # Gregorian names of the added languages
    (
        "ເມືອງທົດ, ວັນທີ 5 ມີນາ 2024 (ຂປລ): ຂໍ້ຄວາມ",
        ("ເມືອງທົດ, ວັນທີ 5 ມີນາ 2024 (ຂປລ):", "ເມືອງທົດ", "2024-03-05", "KPL"),
        "Lao, the word for 'day' before the day",
    ),
    (
        "KAUYE, 5 ga Maris (NAN) – Rubutu",
        ("KAUYE, 5 ga Maris (NAN) –", "Kauye", "--03-05", "NAN"),
        "Hausa, ga between day and month",
    ),
    (
        "Kauye, 5 ga maris, 2024 (NAN) - Rubutu",
        ("Kauye, 5 ga maris, 2024 (NAN) -", "Kauye", "2024-03-05", "NAN"),
        "in lower case, with a year",
    ),
    (
        "ភូមិ ៤ មីនា ២០២៤ (អ.ក.ក)៖ អត្ថបទ",
        ("ភូមិ ៤ មីនា ២០២៤ (អ.ក.ក)៖", "ភូមិ", "2024-03-04", "AKP"),
        "Khmer with its year, closed by ៖",
    ),
    (
        "ရွာသစ်၊ မတ် ၅",
        ("ရွာသစ်၊ မတ် ၅", "ရွာသစ်", "--03-05", None),
        "Burmese alone on its line, ၊ the separator",
    ),
    (
        "ရွာသစ်  မတ် 5",
        ("ရွာသစ်  မတ် 5", "ရွာသစ်", "--03-05", None),
        "two blanks, ASCII figure",
    ),
    (
        "ရွာသစ်၊ မတ် ၅ - စာသား",
        ("ရွာသစ်၊ မတ် ၅ -", "ရွာသစ်", "--03-05", None),
        "Burmese inline, before a dash",
    ),
    (
        "Кыштак, 5-март. /Кабар/. Текст",
        ("Кыштак, 5-март. /Кабар/.", "Кыштак", "--03-05", "Kabar"),
        "Kyrgyz",
    ),
    (
        "ДЕҲА, 5 март 2024 /АМИТ «Ховар»/. Матн",
        ("ДЕҲА, 5 март 2024 /АМИТ «Ховар»/.", "Деҳа", "2024-03-05", "Khovar"),
        "Tajik, and Khovar's full credit",
    ),
    (
        "Tuulo, 5 Maarso 2024 (SONNA) – Qoraal",
        ("Tuulo, 5 Maarso 2024 (SONNA) –", "Tuulo", "2024-03-05", "SONNA"),
        "Somali",
    ),
    (
        "کلی، ۵ مارچ (باختر): متن",
        ("کلی، ۵ مارچ (باختر):", "کلی", "--03-05", "Bakhtar"),
        "a Gregorian month in Pashto",
    ),
    # Mongolian numbered months
    (
        "Төвхаан, 2024 оны 3 дугаар сарын 5 /МОНЦАМЭ/. Текст",
        ("Төвхаан, 2024 оны 3 дугаар сарын 5 /МОНЦАМЭ/.", "Төвхаан", "2024-03-05", "Montsame"),
        "the month by its number and дугаар сарын",
    ),
    (
        "Төвхаан, 2024 оны 12 дугаар сарын 31 /МОНЦАМЭ/. Текст",
        ("Төвхаан, 2024 оны 12 дугаар сарын 31 /МОНЦАМЭ/.", "Төвхаан", "2024-12-31", "Montsame"),
        "two-digit month and day",
    ),
    (
        "Төвхаан, 2024 оны 2 дүгээр сарын 29 /МОНЦАМЭ/. Текст",
        ("Төвхаан, 2024 оны 2 дүгээр сарын 29 /МОНЦАМЭ/.", "Төвхаан", "2024-02-29", "Montsame"),
        "дүгээр after a front vowel",
    ),
    ("Төвхаан, 2023 оны 2 дүгээр сарын 29 /МОНЦАМЭ/. Текст", None, "29 February of a common year"),
    # Tibetan
    (
        "ཤིན་ཧྭ་གསར་འགོད་ཁང་གྲོང་ཁྱེར་ནས་ཟླ་༣ ཚེས་༥ གློག་འཕྲིན། ཡི་གེ",
        ("ཤིན་ཧྭ་གསར་འགོད་ཁང་གྲོང་ཁྱེར་ནས་ཟླ་༣ ཚེས་༥ གློག་འཕྲིན།", "གྲོང་ཁྱེར", "--03-05", "Xinhua"),
        "Tibetan digits, the agency and the place run together",
    ),
    (
        "གྲོང་ཁྱེར་ནས་ཟླ་3 ཚེས་15 གློག་འཕྲིན། ཡི་གེ",
        ("གྲོང་ཁྱེར་ནས་ཟླ་3 ཚེས་15 གློག་འཕྲིན།", "གྲོང་ཁྱེར", "--03-15", None),
        "ASCII figures, no agency",
    ),
    (
        "ཤིན་ཧྭ་གསར་འགོད་ཁང་ཟླ་༡༢ ཚེས་༣༡ གློག་འཕྲིན། ཡི་གེ",
        ("ཤིན་ཧྭ་གསར་འགོད་ཁང་ཟླ་༡༢ ཚེས་༣༡ གློག་འཕྲིན།", None, "--12-31", "Xinhua"),
        "no place",
    ),
    ("ཟླ་༡༣ ཚེས་༥ གློག་འཕྲིན།", None, "there is no thirteenth month"),
    ("བོད་རང་སྐྱོང་ལྗོངས་ཀྱི་ཞིང་ལས་ཐིང་གིས་༢༠༠༠༠", None, "Tibetan prose"),
]


@pytest.mark.parametrize("line, expected, reason", ROWS, ids=[r[2] for r in ROWS])
def test_dateline(line, expected, reason):
    assert dateline_fields(line, "text", "place", "date", "agency") == expected, reason


@pytest.mark.parametrize(
    "line, reference, expected, reason",
    [
        ("شهرک، ۱۵ اردیبهشت (ایسنا) - متن", dt.date(2024, 6, 1), "2024-05-05", "the year of the reference"),
        ("شهرک، ۱۵ اردیبهشت (ایسنا) - متن", dt.date(2024, 3, 1), "2023-05-05", "before the reference"),
        ("دهکده، ۱۴ حوت (باختر): متن", dt.date(2024, 3, 10), "2024-03-05", "a month at the year's end"),
        ("ከተማ፣ ጥር 1 (ኢዜአ)፦ ጽሑፍ", dt.date(2024, 2, 1), "2024-01-09", "Ethiopian, placed like any day"),
        ("بلدة 24 شعبان واس نص", dt.date(2024, 3, 10), None, "a Hijri date without its year stays none"),
    ],
)
def test_yearless_dates_with_a_reference(line, reference, expected, reason):
    match = match_dateline(line, reference)
    assert match is not None and match.dateline.date == expected, reason
