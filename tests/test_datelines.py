"""Dateline shapes, one row each: the line, what the dateline reads as, and why the row is here.

Each row is a line as the wire prints it; the expectation is (text, place, region, date, agency),
date as ISO or ``--MM-DD``. Rows with ``None`` expect no dateline at all.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dateline_fields

from wireparse import parse
from wireparse.dateline import match_dateline, match_lead_place, resolve_date

ROWS = [
    # (line, (text, place, region, date, agency), reason)
    (
        "Portavilla, March 3/2026 (XNA) - Text",
        ("Portavilla, March 3/2026 (XNA) -", "Portavilla", None, "2026-03-03", "XNA"),
        "a year after the day and a slash",
    ),
    (
        "PORTAVILLA, 03.03.2026, 10:42 CET (XNA) Text",
        ("PORTAVILLA, 03.03.2026, 10:42 CET (XNA)", "Portavilla", None, "2026-03-03", "XNA"),
        "a time of day and its zone after the date",
    ),
    (
        "Portavilla, March 3, 2026 10.42 (XNA) - Text",
        ("Portavilla, March 3, 2026 10.42 (XNA) -", "Portavilla", None, "2026-03-03", "XNA"),
        "the same without a comma, the time with a dot",
    ),
    (
        "نوگاؤں (اے پی پی) وفاقی وزیر نے کہا",
        ("نوگاؤں (اے پی پی)", "نوگاؤں", None, None, "APP"),
        "an Urdu place and the agency's Urdu credit",
    ),
    (
        "NOVIGRAD, 3. marta (XNA) - Text",
        ("NOVIGRAD, 3. marta (XNA) -", "Novigrad", None, "--03-03", "XNA"),
        "Serbian and Bosnian in Latin letters: the genitive month",
    ),
    (
        "Jaunpils, 3. martā, LETA. Text",
        ("Jaunpils, 3. martā, LETA.", "Jaunpils", None, "--03-03", "LETA"),
        "Latvian: the month in the locative",
    ),
    (
        "بلدة 7 تموز (سانا) - قال",
        ("بلدة 7 تموز (سانا) -", "بلدة", None, "--07-07", "SANA"),
        "the Levant's Syriac month names",
    ),
    (
        "بلدة 7 كانون الثاني (سانا) - قال",
        ("بلدة 7 كانون الثاني (سانا) -", "بلدة", None, "--01-07", "SANA"),
        "a Syriac month of two words",
    ),
    (
        "بلدة في 7 ابريل (وفا) - قال",
        ("بلدة في 7 ابريل (وفا) -", "بلدة", None, "--04-07", "WAFA"),
        "an Arabic month spelled without its hamza",
    ),
    ("BEIRUT – Officials said", ("BEIRUT –", "Beirut", None, None, None), "a place and an en dash"),
    ("Beirut – Officials said", ("Beirut –", "Beirut", None, None, None), "the same in title case"),
    ("Algiers - Officials said", ("Algiers -", "Algiers", None, None, None), "a known city and a hyphen"),
    (
        "Nairobi/Kampala - Officials",
        ("Nairobi/Kampala -", "Nairobi/Kampala", None, None, None),
        "two known cities",
    ),
    (
        "NEW DELHI: The ministry said",
        ("NEW DELHI:", "New Delhi", None, None, None),
        "a known city and a colon",
    ),
    ("Karachi:  Officials said", ("Karachi:", "Karachi", None, None, None), "the same in title case"),
    ("चेन्नई: अधिकारियों ने कहा", ("चेन्नई:", "चेन्नई", None, None, None), "a known city in its own script, colon"),
    ("Update: officials said", None, "a label and a colon: no place"),
    ("The - officials said", None, "a small word is no place, though a town bears it"),
    ("Quarrytown - officials said", None, "a name the gazetteer does not know, with a hyphen: no dateline"),
    ("Nairobi/Quarrytown - Officials", None, "every place of a pair must be known"),
    (
        "Lagoston, March 7, 2024 (XNA) Officials said",
        ("Lagoston, March 7, 2024 (XNA)", "Lagoston", None, "2024-03-07", "XNA"),
        "an acronym we do not know, in capitals after a date, needs no closing dash",
    ),
    (
        "LAGOSTON, 7 March (XNA) Officials said",
        ("LAGOSTON, 7 March (XNA)", "Lagoston", None, "--03-07", "XNA"),
        "the same in capitals, day first",
    ),
    (
        "Lagoston, March 7 (Xna News) Officials said",
        None,
        "a credit we do not know in mixed case still needs its closing sign",
    ),
    (
        "(XNA) - Portavilla, 7 mar. - Officials said",
        ("(XNA) - Portavilla, 7 mar. -", "Portavilla", None, "--03-07", "XNA"),
        "an acronym we do not know before a place and date",
    ),
    (
        "(XNA) -- PORTAVILLA, 7 MARCH -- Officials said",
        ("(XNA) -- PORTAVILLA, 7 MARCH --", "Portavilla", None, "--03-07", "XNA"),
        "the same in capitals with double dashes",
    ),
    (
        "(XNA) - Portavilla - Officials said",
        ("(XNA) -", None, None, None, "XNA"),
        "without a date, an acronym we do not know credits the line alone",
    ),
    (
        "नवग्राम, 7 मार्च (एक्सएनए)। अधिकारियों ने कहा",
        ("नवग्राम, 7 मार्च (एक्सएनए)।", "नवग्राम", None, "--03-07", "एक्सएनए"),
        "the Devanagari full stop closes a dateline as a stop does",
    ),
    (
        "Portavilla, 7-3-2024 (dpa) - Officials said",
        ("Portavilla, 7-3-2024 (dpa) -", "Portavilla", None, "2024-03-07", "dpa"),
        "a date in figures joined by hyphens, day first with its year",
    ),
    (
        "بلدة 07-03-2024 وفا - قال",
        ("بلدة 07-03-2024 وفا -", "بلدة", None, "2024-03-07", "WAFA"),
        "the same in an Arabic dateline with a bare credit",
    ),
    (
        "MAGAS, March 7. /TASS/. Russian officials said",
        ("MAGAS, March 7. /TASS/.", "Magas", None, "--03-07", "TASS"),
        "TASS English web copy",
    ),
    (
        "VYBORG /Leningrad Region/, May 3. /TASS/. The port",
        ("VYBORG /Leningrad Region/, May 3. /TASS/.", "Vyborg", "Leningrad Region", "--05-03", "TASS"),
        "TASS with the region in slashes",
    ),
    (
        "КАЗАНЬ, 7 марта. /ТАСС/. Текст",
        ("КАЗАНЬ, 7 марта. /ТАСС/.", "Казань", None, "--03-07", "TASS"),
        "Russian TASS: genitive month, Cyrillic credit",
    ),
    (
        "LONDON, March 7 (Reuters) - Shares fell",
        ("LONDON, March 7 (Reuters) -", "London", None, "--03-07", "Reuters"),
        "modern Reuters",
    ),
    (
        "OSLO, February 13 (Xinhua)--The talks",
        ("OSLO, February 13 (Xinhua)--", "Oslo", None, "--02-13", "Xinhua"),
        "Xinhua dash run on to the text",
    ),
    (
        "DENVER, Jan. 5, 2024 (AP) — Text",
        ("DENVER, Jan. 5, 2024 (AP) —", "Denver", None, "2024-01-05", "AP"),
        "AP with an abbreviated month and a year",
    ),
    ("BOISE (AP) _ Officials said", ("BOISE (AP) _", "Boise", None, None, "AP"), "1990s AP underscore"),
    (
        "SPRINGFIELD, Ill. (AP) — Text",
        ("SPRINGFIELD, Ill. (AP) —", "Springfield", "Ill.", None, "AP"),
        "AP with a state",
    ),
    (
        "Lyon, 7 mars (AFP) - Le maire",
        ("Lyon, 7 mars (AFP) -", "Lyon", None, "--03-07", "AFP"),
        "AFP in French",
    ),
    ("Berlin (dpa) - Die Regierung", ("Berlin (dpa) -", "Berlin", None, None, "dpa"), "dpa without a date"),
    ("(CNN)Four climbers were found", ("(CNN)", None, None, None, "CNN"), "a known credit run into the text"),
    (
        "تهران- ایرنا- ۱۴ اسفند ۱۳۹۷- وزیر گفت",
        ("تهران- ایرنا- ۱۴ اسفند ۱۳۹۷-", "تهران", None, "2019-03-05", "IRNA"),
        "a date after the credit, closed by its own dash, in another calendar",
    ),
    (
        "OSLO (NTB) - 5 March - Text",
        ("OSLO (NTB) - 5 March -", "Oslo", None, "--03-05", "NTB"),
        "the same in English",
    ),
    ("OSLO (NTB) - 5 people died", ("OSLO (NTB) -", "Oslo", None, None, "NTB"), "a figure after it is text"),
    ("بغداد - واع", ("بغداد - واع", "بغداد", None, None, "INA"), "a town, a dash and a known credit alone"),
    (
        "نيروبي 5-3 (اف ب) - قال",
        ("نيروبي 5-3 (اف ب) -", "نيروبي", None, "--03-05", "AFP"),
        "a day and month by a hyphen",
    ),
    (
        "الكويت - 5 - 3 (كونا) -- أعلنت",
        ("الكويت - 5 - 3 (كونا) --", "الكويت", None, "--03-05", "KUNA"),
        "the same between spaced hyphens",
    ),
    ("الأهلي 5-3 (الزمالك) في المباراة", None, "a score before a name in brackets"),
    ("OSLO 5-3 (NTB) - Text", None, "a score in Latin script stays no date"),
    (
        "БЕОГРАД, 15. јануара (XNA) - Текст",
        ("БЕОГРАД, 15. јануара (XNA) -", "Београд", None, "--01-15", "XNA"),
        "Serbian Cyrillic genitive",
    ),
    (
        "НОВИ САД, 3. октобра (XNA) - Текст",
        ("НОВИ САД, 3. октобра (XNA) -", "Нови Сад", None, "--10-03", "XNA"),
        "two words, October",
    ),
    ("OSLO - NTB", ("OSLO - NTB", "Oslo", None, None, "NTB"), "the same in capitals"),
    ("मुंबई : धरणांमध्ये पाणीसाठा", ("मुंबई :", "मुंबई", None, None, None), "a known town and a spaced colon"),
    (
        "PESHAWAR, Jan 18 (APP):- The governor",
        ("PESHAWAR, Jan 18 (APP):-", "Peshawar", None, "--01-18", "APP"),
        "a colon and a dash close the dateline together",
    ),
    (
        "SYLHET, Aug 2 , 2023 (BSS) - Tea",
        ("SYLHET, Aug 2 , 2023 (BSS) -", "Sylhet", None, "2023-08-02", "BSS"),
        "a blank before the comma before the year",
    ),
    (
        "Kaolack, 21 fév (APS) - Le",
        ("Kaolack, 21 fév (APS) -", "Kaolack", None, "--02-21", "APS"),
        "février abbreviated without its r",
    ),
    (
        "Thành phố Hồ Chí Minh, 22/8/2024 (TTXVN) – Ngày",
        ("Thành phố Hồ Chí Minh, 22/8/2024 (TTXVN) –", "Thành phố Hồ Chí Minh", None, "2024-08-22", "VNA"),
        "a Vietnamese city's name with its word for city in lower case",
    ),
    (
        "ДУШАНБЕ, 05.10.2024 /АМИТ «Ховар»/. Дар",
        ("ДУШАНБЕ, 05.10.2024 /АМИТ «Ховар»/.", "Душанбе", None, "2024-10-05", "Khovar"),
        "a capital named like a weekday, the agency's name in quotes in its credit",
    ),
    (
        "Душанбе, 5 октября. /Ховар/. В",
        ("Душанбе, 5 октября. /Ховар/.", "Душанбе", None, "--10-05", "Khovar"),
        "the same in title case before a credit",
    ),
    (
        "Toshkent, 5-oktabr (“Dunyo” AA). Matn",
        ("Toshkent, 5-oktabr (“Dunyo” AA).", "Toshkent", None, "--10-05", "Dunyo"),
        "an unknown agency named in curly quotes",
    ),
    ("Çarşamba, 5 Mart 2024 14:22", None, "a weekday that is also a town, in a stamp without a credit"),
    (
        "Пловдив, 12 март /Кореспондентът на БТА Мария Иванова/ Текст",
        ("Пловдив, 12 март /Кореспондентът на БТА Мария Иванова/", "Пловдив", None, "--03-12", "BTA"),
        "a Bulgarian correspondent's credit: the title, its article and 'of' before the agency",
    ),
    (
        "БИШКЕК, 12 мар — Кабар. В столичной",
        ("БИШКЕК, 12 мар — Кабар.", "Бишкек", None, "--03-12", "Kabar"),
        "a Central Asian desk's bare credit after the date's dash",
    ),
    (
        "МОСКВА, 5 мар — ПРАЙМ. Курс",
        ("МОСКВА, 5 мар — ПРАЙМ.", "Москва", None, "--03-05", "ПРАЙМ"),
        "an agency we do not know, in Cyrillic capitals, bare after the date's dash and closed by a stop",
    ),
    (
        "Казань, 5 марта 2024, 09:14 — REGNUM Движение",
        ("Казань, 5 марта 2024, 09:14 — REGNUM", "Казань", None, "2024-03-05", "Regnum"),
        "a Russian desk's bare credit, no stop after it, the date's year and time before it",
    ),
    (
        "АСТАНА, 5 мар — Sputnik, Анна Петрова. Цены",
        ("АСТАНА, 5 мар — Sputnik, Анна Петрова.", "Астана", None, "--03-05", "Sputnik"),
        "a bare credit with its reporter after a comma",
    ),
    (
        "Новосибирск. 12 февраля. ИНТЕРФАКС-СИБИРЬ - Завод",
        ("Новосибирск. 12 февраля. ИНТЕРФАКС-СИБИРЬ -", "Новосибирск", None, "--02-12", "Interfax"),
        "an agency's regional service joined by a hyphen",
    ),
    (
        "Ростов-на-Дону, 5 марта. Интерфакс-Юг — Власти",
        ("Ростов-на-Дону, 5 марта. Интерфакс-Юг —", "Ростов-на-Дону", None, "--03-05", "Interfax"),
        "the same in title case before another dash",
    ),
    (
        "ЯЛТА, 5 мар – РИА Новости Крым. Набережная",
        ("ЯЛТА, 5 мар – РИА Новости Крым.", "Ялта", None, "--03-05", "RIA Novosti"),
        "a regional service named after the bare credit, before its stop",
    ),
    (
        "МОСКВА, 5 мар — ЦБ РФ снизил ставку",
        ("МОСКВА, 5 мар —", "Москва", None, "--03-05", None),
        "capitals opening the sentence after the dash are no credit",
    ),
    (
        "هرات (پژواک، ۳ ثور ۱۴۰۳): متن خبر",
        ("هرات (پژواک، ۳ ثور ۱۴۰۳):", "هرات", None, "2024-04-22", "Pajhwok"),
        "an Afghan desk's date inside the credit's brackets, in the solar Hijri calendar",
    ),
    (
        "Herat (Pajhwok, 5 March 2024): Officials said",
        ("Herat (Pajhwok, 5 March 2024):", "Herat", None, "2024-03-05", "Pajhwok"),
        "the same in English, a comma and the Gregorian date",
    ),
    (
        "শিলিগুড়ি (পশ্চিমবঙ্গ), ২৭ ফেব্রুয়ারি (আইএএনএস) : শ্রমিকদের",
        ("শিলিগুড়ি (পশ্চিমবঙ্গ), ২৭ ফেব্রুয়ারি (আইএএনএস) :", "শিলিগুড়ি", "পশ্চিমবঙ্গ", "--02-27", "IANS"),
        "a Bengali month with the short vowel sign CLDR spells long, IANS in Bengali letters",
    ),
    (
        "અમદાવાદ, 18 ઓગસ્ટ (હિ.સ.). શહેરમાં",
        ("અમદાવાદ, 18 ઓગસ્ટ (હિ.સ.).", "અમદાવાદ", None, "--08-18", "હિ.સ."),
        "a Gujarati month with the plain O for CLDR's candra O",
    ),
    (
        "ST JOHN’S, Antigua, CMC – The government",
        ("ST JOHN’S, Antigua, CMC –", "St John’s", "Antigua", None, "CMC"),
        "a place, its country and a credit in capitals we do not know, without a date",
    ),
    (
        "Kingston, Jamaica, ACMC -- The ministry",
        ("Kingston, Jamaica, ACMC --", "Kingston", "Jamaica", None, "ACMC"),
        "the same in title case and a double dash",
    ),
    (
        "PORT LOUIS, Mauritius, UK – talks",
        None,
        "a country's acronym after the place and its region is no credit",
    ),
    (
        "ВЛАДИВОСТОК, 21 мая, ИА PrimaMedia. Новый комплекс",
        ("ВЛАДИВОСТОК, 21 мая, ИА PrimaMedia.", "Владивосток", None, "--05-21", "ИА PrimaMedia"),
        "a credit the table does not know after the word for a news agency",
    ),
    (
        "Одесса, 3 июня – ІА Vl.ru. Городской совет",
        ("Одесса, 3 июня – ІА Vl.ru.", "Одесса", None, "--06-03", "ІА Vl.ru"),
        "the Ukrainian abbreviation, a dash before it and a dot inside the name",
    ),
    (
        "વેરાવળ, 12 માર્ચ (હિ.સ.) રાજ્ય સરકારે",
        ("વેરાવળ, 12 માર્ચ (હિ.સ.)", "વેરાવળ", None, "--03-12", "હિ.સ."),
        "an agency's initials with their dots in a script without case, closing nothing",
    ),
    (
        "वेरावल, 12 मार्च (हिस) राज्य सरकार",
        None,
        "a word in brackets without the initials' dots, closing nothing, is no credit",
    ),
    (
        "آژانس اطلاعاتی باختر — بولتن خبری ولایات",
        None,
        "an agency's full name over its bulletin's title is no place and credit",
    ),
    (
        "La Habana, 5 mar (PL) -- Las autoridades",
        ("La Habana, 5 mar (PL) --", "La Habana", None, "--03-05", "Prensa Latina"),
        "Prensa Latina's credit by its initials",
    ),
    (
        "Frankfurt, 14. Mrz (Reuters) - Der Konzern",
        ("Frankfurt, 14. Mrz (Reuters) -", "Frankfurt", None, "--03-14", "Reuters"),
        "German desks' abbreviation of März without its vowel",
    ),
    (
        "भुवनेश्वर, ३ फरवरी (भाषा) टीम ने",
        ("भुवनेश्वर, ३ फरवरी (भाषा)", "भुवनेश्वर", None, "--02-03", "PTI"),
        "a Hindi month printed without the nukta CLDR spells it with",
    ),
    (
        "புது தில்லி, அக்டோபா் 7 (பிடிஐ): நாட்டின்",
        ("புது தில்லி, அக்டோபா் 7 (பிடிஐ):", "புது தில்லி", None, "--10-07", "PTI"),
        "a Tamil month in the font that prints ர் as ா்",
    ),
    (
        "નવી દિલ્હી, 12 માર્ચ (પીટીઆઇ): ભારતીય",
        ("નવી દિલ્હી, 12 માર્ચ (પીટીઆઇ):", "નવી દિલ્હી", None, "--03-12", "PTI"),
        "an agency's name in Gujarati with the short I for the long the table spells",
    ),
    (
        "ਲਾਹੌਰ, 12 ਮਾਰਚ (ਪੀਟੀਆਈ) : ਪੰਜਾਬ",
        ("ਲਾਹੌਰ, 12 ਮਾਰਚ (ਪੀਟੀਆਈ) :", "ਲਾਹੌਰ", None, "--03-12", "PTI"),
        "PTI in Gurmukhi letters",
    ),
    (
        "لاہور(این این آئی)پنجاب حکومت نے",
        ("لاہور(این این آئی)", "لاہور", None, None, "NNI"),
        "an Urdu paper closes the credit's brackets up to the place and the text",
    ),
    (
        "کراچی (اے پی پی)سندھ حکومت نے",
        ("کراچی (اے پی پی)", "کراچی", None, None, "APP"),
        "closed up to the text only",
    ),
    (
        "കൊച്ചി, 2024 മാർച്ച് 12 (PTI): കൊച്ചി",
        ("കൊച്ചി, 2024 മാർച്ച് 12 (PTI):", "കൊച്ചി", None, "2024-03-12", "PTI"),
        "a Malayalam date with its year first",
    ),
    (
        "തൃശൂർ, 2023. ഒക്ടോബർ 5 (പിടിഐ) - നഗരത്തിൽ",
        ("തൃശൂർ, 2023. ഒക്ടോബർ 5 (പിടിഐ) -", "തൃശൂർ", None, "2023-10-05", "PTI"),
        "the year first with a stop after it, Malayalam letters for PTI",
    ),
    (
        "पुणे, ५ मार्च (आयएएनएस) – शहरात",
        ("पुणे, ५ मार्च (आयएएनएस) –", "पुणे", None, "--03-05", "IANS"),
        "IANS as its Marathi service spells it",
    ),
    (
        "Skopje, March 5 (Acme Wire correspondent Jane Roe) - Text",
        (
            "Skopje, March 5 (Acme Wire correspondent Jane Roe) -",
            "Skopje",
            None,
            "--03-05",
            "Acme Wire correspondent Jane Roe",
        ),
        "a correspondent inside a credit we do not know stays the credit",
    ),
    (
        "SKOPJE, March 5 (BTA correspondent Jane Roe) -- Text",
        ("SKOPJE, March 5 (BTA correspondent Jane Roe) --", "Skopje", None, "--03-05", "BTA"),
        "an agency's correspondent after its name inside the credit: the agency, the name to the byline",
    ),
    (
        "Баку, 12 ноября /корр. Trend Э.Иванова/. Текст",
        ("Баку, 12 ноября /корр. Trend Э.Иванова/.", "Баку", None, "--11-12", "Trend"),
        "the word for correspondent before the agency, an initial joined to the surname",
    ),
    (
        "مشهد- رئیس سازمان گفت",
        ("مشهد-", "مشهد", None, None, None),
        "a known place in a script without case, its hyphen touching it, a blank after",
    ),
    ("مشهد-رئیس سازمان گفت", None, "the same run into the text: a compound, no dateline"),
    (
        "ایسنا/اصفهان مدیرکل گفت",
        ("ایسنا/اصفهان", "اصفهان", None, None, "ISNA"),
        "a known credit, a slash and a known place opening the text",
    ),
    ("ایسنا/نامعلوم مدیرکل گفت", None, "the same with a word the gazetteer does not know"),
    (
        "وطنية -طرابلس- نظمت البلدية",
        ("وطنية -طرابلس-", "طرابلس", None, None, "NNA"),
        "the credit first, the place between dashes",
    ),
    (
        "DUHOK (Kurdistan24) – Officials",
        ("DUHOK (Kurdistan24) –", "Duhok", None, None, "Kurdistan24"),
        "an unknown credit with figures after its letters",
    ),
    (
        "ПАРИЖ, 22 мая. /Спец. корр. ТАСС Иван Петров/. Около",
        ("ПАРИЖ, 22 мая. /Спец. корр. ТАСС Иван Петров/.", "Париж", None, "--05-22", "TASS"),
        "a special correspondent's title in two abbreviated words inside the credit",
    ),
    ("Bron: Belga", None, "a page's source label, though a town bears the word, before its source"),
    ("Quelle:  dpa", None, "the same in German, blanks doubled"),
    (
        "BRON, 5 mars (AFP) - Texte",
        ("BRON, 5 mars (AFP) -", "Bron", None, "--03-05", "AFP"),
        "the town in capitals, its date and credit",
    ),
    (
        "Buxoro, 14-mart — UzA. Qadimiy",
        ("Buxoro, 14-mart — UzA.", "Buxoro", None, "--03-14", "UzA"),
        "a day joined to its month by a hyphen",
    ),
    (
        "Нарын, 3-июль — Кабар. Нарын",
        ("Нарын, 3-июль — Кабар.", "Нарын", None, "--07-03", "Kabar"),
        "the same in Cyrillic",
    ),
    ("पोखरा — पोखरामा मेला", ("पोखरा —", "पोखरा", None, None, None), "a known town and a dash"),
    ("കൊച്ചി ∙ കൊച്ചി മെട്രോ", ("കൊച്ചി ∙", "കൊച്ചി", None, None, None), "a known town and a bullet"),
    ("कखगघ — पोखरामा मेला", None, "a word the gazetteer does not know before a dash"),
    (
        "ZAGREB, 5. listopada (Hina) - Vlada",
        ("ZAGREB, 5. listopada (Hina) -", "Zagreb", None, "--10-05", "HINA"),
        "a Croatian month another language reads as November, credited to a Croatian agency",
    ),
    (
        "Split, 5. lis. 2024. (HINA) - Tekst",
        ("Split, 5. lis. 2024. (HINA) -", "Split", None, "2024-10-05", "HINA"),
        "its abbreviation, the agency in capitals",
    ),
    (
        "WARSZAWA, 5 listopada (PAP) - Tekst",
        ("WARSZAWA, 5 listopada (PAP) -", "Warszawa", None, "--11-05", "PAP"),
        "the same word credited to a Polish agency is November",
    ),
    (
        "Ljubljana, 12. julija (XNA) - Vlada",
        ("Ljubljana, 12. julija (XNA) -", "Ljubljana", None, "--07-12", "XNA"),
        "a Slovene month in the genitive",
    ),
    (
        "BILBO, urriak 5 (XNA). Eusko",
        ("BILBO, urriak 5 (XNA).", "Bilbo", None, "--10-05", "XNA"),
        "a Basque month with its date's ending",
    ),
    (
        "Tunis, Oct.5 (XNA) - Text",
        ("Tunis, Oct.5 (XNA) -", "Tunis", None, "--10-05", "XNA"),
        "a month's abbreviation closed up to its day",
    ),
    (
        "TUNIS, sept.12 (XNA) -- Text",
        ("TUNIS, sept.12 (XNA) --", "Tunis", None, "--09-12", "XNA"),
        "the same in lower case, another dash",
    ),
    ("Tunis, Oct5 (XNA) - Text", None, "a month run into its day without a dot is no date"),
    (
        "اسلام آباد۔15اکتوبر (اے پی پی):وفاقی",
        ("اسلام آباد۔15اکتوبر (اے پی پی):", "اسلام آباد", None, "--10-15", "APP"),
        "an Urdu full stop before a day closed up to its month",
    ),
    (
        "اسلام آباد ۔ 15 اکتوبر (اے پی پی): وفاقی",
        ("اسلام آباد ۔ 15 اکتوبر (اے پی پی):", "اسلام آباد", None, "--10-15", "APP"),
        "the same spaced",
    ),
    (
        "ភ្នំពេញ ថ្ងៃទី៥ ខែតុលា ឆ្នាំ២០២៤ (អ.ស.ក)៖ កម្ពុជា",
        ("ភ្នំពេញ ថ្ងៃទី៥ ខែតុលា ឆ្នាំ២០២៤ (អ.ស.ក)៖", "ភ្នំពេញ", None, "2024-10-05", "AKP"),
        "Khmer words for day, month and year closed up to them",
    ),
    (
        "ភ្នំពេញ ថ្ងៃទី ៥ ខែតុលា ឆ្នាំ ២០២៤ (អ.ស.ក)៖ កម្ពុជា",
        ("ភ្នំពេញ ថ្ងៃទី ៥ ខែតុលា ឆ្នាំ ២០២៤ (អ.ស.ក)៖", "ភ្នំពេញ", None, "2024-10-05", "AKP"),
        "the same spaced: the word for day is no part of the place",
    ),
    (
        "ວຽງຈັນ ວັນທີ 5 ມີນາ (ຂປລ) - ລັດ",
        ("ວຽງຈັນ ວັນທີ 5 ມີນາ (ຂປລ) -", "ວຽງຈັນ", None, "--03-05", "KPL"),
        "Lao: the word for day opens the date, not the place",
    ),
    (
        "काठमाडौं, असोज १९ गते । बडादशैं",
        ("काठमाडौं, असोज १९ गते ।", "काठमाडौं", None, None, None),
        "a Bikram Sambat month and day with the day's word, a danda",
    ),
    (
        "PORT VILA, 05 OCTOBER 2024 (VANUATU DAILY POST/XNA)---The",
        (
            "PORT VILA, 05 OCTOBER 2024 (VANUATU DAILY POST/XNA)---",
            "Port Vila",
            None,
            "2024-10-05",
            "Vanuatu Daily Post/Xna",
        ),
        "a paper and the service relaying it, three dashes",
    ),
    (
        "SUVA, 5 October 2024 (FIJI TIMES/PACNEWS)---The",
        ("SUVA, 5 October 2024 (FIJI TIMES/PACNEWS)---", "Suva", None, "2024-10-05", "Fiji Times/PACNEWS"),
        "a paper and a known service relaying it: each part named as its own",
    ),
    (
        "Frankfurt a.M. (epd). Die Diakonie",
        ("Frankfurt a.M. (epd).", "Frankfurt a.M.", None, None, "epd"),
        "a town's abbreviated qualifier (am Main), a credit closed by a stop",
    ),
    (
        "Freiburg i.Br. (dpa) - Die",
        ("Freiburg i.Br. (dpa) -", "Freiburg i.Br.", None, None, "dpa"),
        "the same with another qualifier and a dash",
    ),
    (
        "(ANSA) - CERIGNOLA (FOGGIA), 12 SET - Quattro",
        ("(ANSA) - CERIGNOLA (FOGGIA), 12 SET -", "Cerignola", "Foggia", "--09-12", "ANSA"),
        "a credit first, the town's province in brackets",
    ),
    (
        "(ANSA) - Cerignola (Foggia), 12 set. – Quattro",
        ("(ANSA) - Cerignola (Foggia), 12 set. –", "Cerignola", "Foggia", "--09-12", "ANSA"),
        "the same in title case, an abbreviated month with its stop, an en dash",
    ),
    (
        "Ho (V/R), Nov. 14, GNA – The hospital",
        ("Ho (V/R), Nov. 14, GNA –", "Ho", "V/R", "--11-14", "GNA"),
        "a region's code with a slash in brackets after the town",
    ),
    (
        "İzmir, (ANKA) – İzmir Büyükşehir",
        ("İzmir, (ANKA) –", "İzmir", None, None, "ANKA"),
        "a comma between the place and its credit",
    ),
    (
        "OSLO,  (NTB) - Byen",
        ("OSLO,  (NTB) -", "Oslo", None, None, "NTB"),
        "the same in capitals, blanks doubled",
    ),
    (
        "Coimbra (TT/AFP) - Över",
        ("Coimbra (TT/AFP) -", "Coimbra", None, None, "TT"),
        "two agencies' joint credit",
    ),
    (
        "Coimbra (TT-AFP) - Över",
        ("Coimbra (TT-AFP) -", "Coimbra", None, None, "TT-AFP"),
        "the same joined by a hyphen: the joint credit, each agency by its name",
    ),
    (
        "HELSINKI  (stt-reuters)  –  Yli",
        ("HELSINKI  (stt-reuters)  –", "Helsinki", None, None, "STT-Reuters"),
        "the same in lower case, blanks doubled, an en dash",
    ),
    (
        "Coimbra (TT-AFP) Över 4 000 människor",
        ("Coimbra (TT-AFP)", "Coimbra", None, None, "TT-AFP"),
        "the same with no dash after it",
    ),
    (
        "Rheinfelden (ots) - Die Stadtwerke",
        ("Rheinfelden (ots) -", "Rheinfelden", None, None, "ots"),
        "a press-release service's credit",
    ),
    (
        "05 Mar, 2024, 08:00 ET",
        ("05 Mar, 2024, 08:00 ET", None, None, "2024-03-05", None),
        "a release's time stamp: its time zone no credit",
    ),
    (
        "دمشق-سانا أعلنت الوزارة",
        ("دمشق-سانا", "دمشق", None, None, "SANA"),
        "a place joined to a known credit by a hyphen, nothing after it",
    ),
    ("بغداد-واع", ("بغداد-واع", "بغداد", None, None, "INA"), "the same alone on its line"),
    (
        "თბილისი. 6 დეკემბერი. საქინფორმი. ეროვნულმა",
        ("თბილისი. 6 დეკემბერი. საქინფორმი.", "თბილისი", None, "--12-06", "Sakinform"),
        "a place, date and agency each closed by a stop, in a script whose letters are small",
    ),
    (
        "ქუთაისი. 21 ივნისი. GHN. აეროპორტმა",
        ("ქუთაისი. 21 ივნისი. GHN.", "ქუთაისი", None, "--06-21", "GHN"),
        "the same, a credit in Latin capitals",
    ),
    (
        "አዲስ አበባ፣ ጥር 19፣ 2012 (ኤፍ ቢ ሲ) የአዲስ",
        ("አዲስ አበባ፣ ጥር 19፣ 2012 (ኤፍ ቢ ሲ)", "አዲስ አበባ", None, "2020-01-28", "FBC"),
        "an Ethiopic comma before the Ethiopian year, a credit spelled out, no dash",
    ),
    (
        "القاهرة، 5 مارس، 2024 (أ ش أ) - أعلن",
        ("القاهرة، 5 مارس، 2024 (أ ش أ) -", "القاهرة", None, "2024-03-05", "MENA"),
        "an Arabic comma before the year",
    ),
    (
        "جرجيس 24 فيفري (وات)- انطلقت",
        ("جرجيس 24 فيفري (وات)-", "جرجيس", None, "--02-24", "TAP"),
        "a Maghreb month's name (February), a dash closed up to the credit",
    ),
    (
        "ВЛАДИВОСТОК, 21 июня, Восток-Медиа. Власти",
        ("ВЛАДИВОСТОК, 21 июня, Восток-Медиа.", "Владивосток", None, "--06-21", "Vostok-Media"),
        "a date, then an agency newly in the table after a comma, closed by a stop",
    ),
    (
        "Muqdisho (SONNA) – Dowladda",
        ("Muqdisho (SONNA) –", "Muqdisho", None, None, "SONNA"),
        "an agency newly in the table",
    ),
    (
        "LONDON (Reuters-Ipsos) - The poll",
        ("LONDON (Reuters-Ipsos) -", "London", None, None, "Reuters-Ipsos"),
        "a hyphen before a name no agency bears: one credit",
    ),
    (
        "ACN Girona.-El nou centre",
        ("ACN Girona.-", "Girona", None, None, "ACN"),
        "the agency before the place, a stop and a dash run into the text",
    ),
    ("EFE Madrid – El centro", ("EFE Madrid –", "Madrid", None, None, "EFE"), "the same with a spaced dash"),
    (
        "(NEW YORK) -- Stocks",
        ("(NEW YORK) --", "New York", None, None, None),
        "a known town in brackets: a place",
    ),
    ("(Paris) - Les actions", ("(Paris) -", "Paris", None, None, None), "the same in title case, one hyphen"),
    (
        "(Acme Corp) -- Stocks",
        ("(Acme Corp) --", None, None, None, "Acme Corp"),
        "an unknown credit stays a credit",
    ),
    (
        "BONN, 12. MAERZ (DPA) - Die",
        ("BONN, 12. MAERZ (DPA) -", "Bonn", None, "--03-12", "dpa"),
        "a German month with its umlaut written out, as teletype copy prints it",
    ),
    (
        "LISBOA, 25 (ANOP) — Uma",
        ("LISBOA, 25 (ANOP) —", "Lisboa", None, None, "ANOP"),
        "a day alone before the credit of Lusa's forerunner",
    ),
    (
        "Dar es Salaam. Benki Kuu",
        ("Dar es Salaam.", "Dar es Salaam", None, None, None),
        "a known town and a full stop before a capital",
    ),
    ("OSLO. Byen", ("OSLO.", "Oslo", None, None, None), "the same in capitals"),
    ("L.A. Angels 6, Chicago 5", None, "an abbreviated town's stop: a table's row"),
    ("Springfieldtown. The city", None, "a town the gazetteer does not know"),
    (
        "जयपुर | शहर में",
        ("जयपुर |", "जयपुर", None, None, None),
        "a known town and a bar, as Hindi papers print it",
    ),
    (
        "नवी दिल्ली, ता. १४ (पीटीआय) : देशाच्या",
        ("नवी दिल्ली, ता. १४ (पीटीआय) :", "नवी दिल्ली", None, None, "PTI"),
        "a day alone after the word for the date, Marathi, a blank before the colon",
    ),
    (
        "पुणे, ता.५ (पीटीआय): धरणांतील",
        ("पुणे, ता.५ (पीटीआय):", "पुणे", None, None, "PTI"),
        "the same closed up",
    ),
    ("AP Exclusive: China lawyer", None, "an agency's flag before a headline's colon"),
    ("REUTERS TO CARRY SEAQ TWO-WAY U.K.", None, "a headline in capitals naming the agency"),
    (
        "Ósló. AFP. Norska ríkisstjórnin",
        ("Ósló. AFP.", "Ósló", None, None, "AFP"),
        "a place, a stop, an agency and a stop: no bracket or dash",
    ),
    ("OSLO. REUTERS. The", ("OSLO. REUTERS.", "Oslo", None, None, "Reuters"), "the same in capitals"),
    ("It rained. Reuters. The", None, "a sentence before an agency's name"),
    ("Paris. Reuters said the", None, "a place and a sentence naming an agency"),
    (
        "Ali ÇELİK/ANTALYA, (DHA) - Antalya'ya",
        ("Ali ÇELİK/ANTALYA, (DHA) -", "Antalya", None, None, "DHA"),
        "a reporter's name before the place, as Turkish desks print it",
    ),
    (
        "Mehmet ÖZ / İZMİR, (İHA) – İzmir'de",
        ("Mehmet ÖZ / İZMİR, (İHA) –", "İzmir", None, None, "IHA"),
        "the same with blanks around the slash",
    ),
    (
        "LONDON/FRANKFURT (Reuters) - The",
        ("LONDON/FRANKFURT (Reuters) -", "London/Frankfurt", None, None, "Reuters"),
        "two places: no reporter",
    ),
    (
        "New YORK/ZURICH (Reuters) - The",
        ("New YORK/ZURICH (Reuters) -", "New YORK/ZURICH", None, None, "Reuters"),
        "a place in mixed case before a slash, no comma before the credit: no reporter",
    ),
    (
        "Honiara, 5 Oct. 2024 (Solomon Star / PACNEWS) -- The",
        (
            "Honiara, 5 Oct. 2024 (Solomon Star / PACNEWS) --",
            "Honiara",
            None,
            "2024-10-05",
            "Solomon Star/PACNEWS",
        ),
        "the same in title case, blanks around the slash, two dashes",
    ),
    ("Jane Roe - Reuters", None, "a name, a dash and an agency: a byline"),
    ("Senin, 4 Maret 2024 15:22 WIB", None, "a weekday where a place would stand, a time zone for a credit"),
    ("Added 5th March 2024 09:12 AM", None, "a stamp's word, a clock's word for a credit"),
    ("Monday, 4 March 2024 3:22 PM (GMT)", None, "the same in English, the zone in brackets"),
    (
        "नई दिल्ली, प्रेट्र। केंद्र ने कहा",
        ("नई दिल्ली, प्रेट्र।", "नई दिल्ली", None, None, "PTI"),
        "a place, a credit, a danda",
    ),
    (
        "काठमाडौं, २१ फागुन (रासस) । सरकारले",
        ("काठमाडौं, २१ फागुन (रासस) ।", "काठमाडौं", None, None, "RSS"),
        "a danda apart",
    ),
    (
        "मुंबई, ता. ५ मार्च : राज्य",
        ("मुंबई, ता. ५ मार्च :", "मुंबई", None, "--03-05", None),
        "the date's abbreviation",
    ),
    (
        "ATLANTA (AP)The vote was close",
        ("ATLANTA (AP)", "Atlanta", None, None, "AP"),
        "the same after a place",
    ),
    ("(Reuters)  Shares fell", ("(Reuters)", None, None, None, "Reuters"), "a credit alone before the text"),
    (
        "TORONTO (CP) — Shares rose",
        ("TORONTO (CP) —", "Toronto", None, None, "CP"),
        "CP's short credit",
    ),
    ("(XYZ)Four climbers were found", None, "an unknown credit run into the text is none"),
    ("(CNN)the climbers were found", None, "nor a known one before a word in lower case"),
    (
        "Hamburg (dpa/lno) - Die",
        ("Hamburg (dpa/lno) -", "Hamburg", None, None, "dpa"),
        "dpa regional service",
    ),
    ("Genf (awp/sda) - Die", ("Genf (awp/sda) -", "Genf", None, None, "SDA"), "a service before the agency"),
    (
        "Sevilla, 7 mar (EFE).- El",
        ("Sevilla, 7 mar (EFE).-", "Sevilla", None, "--03-07", "EFE"),
        "EFE's closing '.-'",
    ),
    (
        "(ANSA) - ROMA, 7 MAR - Il governo",
        ("(ANSA) - ROMA, 7 MAR -", "Roma", None, "--03-07", "ANSA"),
        "ANSA credit first",
    ),
    (
        "CUZCO, 12 OCT 89 (EFE) -- [TEXT] THE",
        ("CUZCO, 12 OCT 89 (EFE) --", "Cuzco", None, "1989-10-12", "EFE"),
        "FBIS: two-digit year",
    ),
    (
        "Shillong (Meghalaya) [India], June 18 (ANI): The",
        ("Shillong (Meghalaya) [India], June 18 (ANI):", "Shillong", "Meghalaya", "--06-18", "ANI"),
        "ANI: state in brackets, country in square brackets",
    ),
    (
        "Самара. 30 апреля. INTERFAX.RU - Текст",
        ("Самара. 30 апреля. INTERFAX.RU -", "Самара", None, "--04-30", "Interfax"),
        "Interfax web copy",
    ),
    (
        "ХАБАРОВСК, 10 авг – РИА Новости.",
        ("ХАБАРОВСК, 10 авг – РИА Новости.", "Хабаровск", None, "--08-10", "RIA Novosti"),
        "RIA dateline alone on its line",
    ),
    (
        "OSAKA, Japan, Dec. 9 Kyodo - Text",
        ("OSAKA, Japan, Dec. 9 Kyodo -", "Osaka", "Japan", "--12-09", "Kyodo"),
        "Kyodo bare credit",
    ),
    ("新华社上海3月7日电 记者", ("新华社上海3月7日电", "上海", None, "--03-07", "Xinhua"), "Xinhua Chinese"),
    (
        "中新网南京６月１９日电（记者　李华）今年",
        ("中新网南京６月１９日电（记者\u3000李华）", "南京", None, "--06-19", "China News Service"),
        "China News Service: full-width digits, reporter in brackets",
    ),
    (
        "(서울=연합뉴스) 김민수 기자 = 정부는",
        ("(서울=연합뉴스) 김민수 기자 =", "서울", None, None, "Yonhap"),
        "Yonhap Korean",
    ),
    ("【北京共同】中国", ("【北京共同】", "北京", None, None, "Kyodo"), "Kyodo Japanese"),
    (
        "PORT VILA, 14 MARCH 2023 (ACME POST) ----- Text",
        ("PORT VILA, 14 MARCH 2023 (ACME POST) -----", "Port Vila", None, "2023-03-14", "Acme Post"),
        "a run of five hyphens closes the dateline",
    ),
    (
        "HONIARA (PACNEWS)---- The",
        ("HONIARA (PACNEWS)----", "Honiara", None, None, "PACNEWS"),
        "four, touching the credit",
    ),
    (
        "MUĞLA – Doğan News Agency - Text",
        ("MUĞLA – Doğan News Agency -", "Muğla", None, None, "DHA"),
        "DHA's English name",
    ),
    (
        "【ワシントン５日共同】米政府は",
        ("【ワシントン５日共同】", "ワシントン", None, None, "Kyodo"),
        "the day before the agency",
    ),
    (
        "【ソウル聯合ニュース】韓国政府は",
        ("【ソウル聯合ニュース】", "ソウル", None, None, "Yonhap"),
        "Yonhap's Japanese service",
    ),
    (
        "(中央社記者王小明台北二十五日電)行政院",
        ("(中央社記者王小明台北二十五日電)", "台北", None, None, "CNA"),
        "the day in Chinese numerals, half-width brackets",
    ),
    (
        "新华社北京3月二十五日电 记者",
        ("新华社北京3月二十五日电", "北京", None, "--03-25", "Xinhua"),
        "a numeral day after a figure month",
    ),
    (
        "CHICAGO, March 7 - Text",
        ("CHICAGO, March 7 -", "Chicago", None, "--03-07", None),
        "1987 Reuters, no credit",
    ),
    (
        "DENTON, Tex. - March 16 - Text",
        ("DENTON, Tex. - March 16 -", "Denton", "Tex.", "--03-16", None),
        "region and a dash before the date",
    ),
    (
        "RICHMOND, Va. Feb 26 - Text",
        ("RICHMOND, Va. Feb 26 -", "Richmond", "Va.", "--02-26", None),
        "no comma after the region",
    ),
    (
        "Durban March 9 SAPA -- The",
        ("Durban March 9 SAPA --", "Durban", None, "--03-09", "SAPA"),
        "SAPA: no comma, bare credit",
    ),
    (
        "LIMA (PERU), 2 MAY 90 (REUTER) -- The",
        ("LIMA (PERU), 2 MAY 90 (REUTER) --", "Lima", "Peru", "1990-05-02", "Reuters"),
        "old Reuter spelling, region in brackets",
    ),
    (
        "CLANDESTINE, 30 MAR 89 (RADIO LIBERTAD) -- A",
        ("CLANDESTINE, 30 MAR 89 (RADIO LIBERTAD) --", None, None, "1989-03-30", "Radio Libertad"),
        "FBIS label that is not a place; unknown credit as printed",
    ),
    (
        "TEGUCIGALPA, 4 AUG 89 (ACAN - EFE) -- THE",
        ("TEGUCIGALPA, 4 AUG 89 (ACAN - EFE) --", "Tegucigalpa", None, "1989-08-04", "ACAN-EFE"),
        "spaced agency alias",
    ),
    ("Jan 3 (Reuters) - Text", ("Jan 3 (Reuters) -", None, None, "--01-03", "Reuters"), "no place"),
    ("(Reuters) — Text", ("(Reuters) —", None, None, None, "Reuters"), "the credit alone"),
    ("(CNN) — Text", ("(CNN) —", None, None, None, "CNN"), "an unknown credit in capitals, closed by a dash"),
    (
        "ТАСС, 11 августа. Число",
        ("ТАСС, 11 августа.", None, None, "--08-11", "TASS"),
        "TASS credit before the date",
    ),
    (
        "омск, 31 янв - риа новости, иван петров. текст",
        ("омск, 31 янв - риа новости, иван петров.", "Омск", None, "--01-31", "RIA Novosti"),
        "lower-cased copy with the reporter in the dateline",
    ),
    (
        "Lille, 10 juil 2024 (AFP)",
        ("Lille, 10 juil 2024 (AFP)", "Lille", None, "2024-07-10", "AFP"),
        "no closing dash",
    ),
    (
        "لاهور، 18 جون (یو این آئی) متن",
        ("لاهور، 18 جون (یو این آئی)", "لاهور", None, "--06-18", "UNI"),
        "Urdu: Arabic comma",
    ),
    (
        "القاهرة 7 مارس (رويترز) - قال",
        ("القاهرة 7 مارس (رويترز) -", "القاهرة", None, "--03-07", "Reuters"),
        "Arabic Reuters",
    ),
    ("TOLEDO --", ("TOLEDO --", "Toledo", None, None, None), "bare place and dash"),
    (
        "CHATEAU D'OEX, Switzerland (AP) _ Swiss",
        ("CHATEAU D'OEX, Switzerland (AP) _", "Chateau d'Oex", "Switzerland", None, "AP"),
        "particles in a place in capitals",
    ),
    (
        "DAR ES SALAAM, October 8 (Xinhua) --",
        ("DAR ES SALAAM, October 8 (Xinhua) --", "Dar es Salaam", None, "--10-08", "Xinhua"),
        "particles mid-name",
    ),
    (
        "MADRID, 7 (EUROPA PRESS) - El",
        ("MADRID, 7 (EUROPA PRESS) -", "Madrid", None, None, "Europa Press"),
        "Europa Press: day only",
    ),
    (
        "Brno 2. října (zpravodajka ČTK) - Text",
        ("Brno 2. října (zpravodajka ČTK) -", "Brno", None, "--10-02", "CTK"),
        "the word for correspondent before a known agency, no name after it",
    ),
    (
        "Varšava, 5. března (Korespondent PAP) - Tekst",
        ("Varšava, 5. března (Korespondent PAP) -", "Varšava", None, "--03-05", "PAP"),
        "the same capitalised, a comma after the place",
    ),
    (
        "Curitiba, 12 - O dólar fechou",
        ("Curitiba, 12 -", "Curitiba", None, None, None),
        "a known town and the day alone before a dash, no credit (AE Broadcast's)",
    ),
    (
        "CURITIBA, 12 -- O dólar fechou",
        ("CURITIBA, 12 --", "Curitiba", None, None, None),
        "the same in capitals, a double dash",
    ),
    (
        "Rosario, 7 de marzo de 2024 (Télam) - El",
        ("Rosario, 7 de marzo de 2024 (Télam) -", "Rosario", None, "2024-03-07", "Telam"),
        "'de' between day, month and year",
    ),
    (
        "Leipzig, 7. März (dpa) - Die",
        ("Leipzig, 7. März (dpa) -", "Leipzig", None, "--03-07", "dpa"),
        "German day with a dot",
    ),
    (
        "Jeddah, March 07, 2024, SPA -- The",
        ("Jeddah, March 07, 2024, SPA --", "Jeddah", None, "2024-03-07", "SPA"),
        "SPA bare credit after a comma",
    ),
    (
        "AL AIN, 7th March, 2024 (WAM) -- The",
        ("AL AIN, 7th March, 2024 (WAM) --", "Al Ain", None, "2024-03-07", "WAM"),
        "ordinal day",
    ),
    (
        "Brno 7. března (ČTK) - Vláda",
        ("Brno 7. března (ČTK) -", "Brno", None, "--03-07", "CTK"),
        "Czech genitive month, no comma",
    ),
    (
        "АЛМАТЫ. КАЗИНФОРМ - Текст",
        ("АЛМАТЫ. КАЗИНФОРМ -", "Алматы", None, None, "Kazinform"),
        "place and bare credit",
    ),
    ("ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ) - Η", ("ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ) -", "Θεσσαλονικη", None, None, "ANA-MPA"), "Greek"),
    (
        "NEW DELHI/MUMBAI, March 7 (Reuters) - India",
        ("NEW DELHI/MUMBAI, March 7 (Reuters) -", "New Delhi/Mumbai", None, "--03-07", "Reuters"),
        "two places",
    ),
    (
        "MONTREAL, Feb 26 - (Acme Inc) said",
        ("MONTREAL, Feb 26 -", "Montreal", None, "--02-26", None),
        "a bracketed company opening the text is not a credit",
    ),
    (
        "Rotterdam -- Dock workers",
        ("Rotterdam --", "Rotterdam", None, None, None),
        "a place in title case, closed by a dash",
    ),
    (
        "Port Louis _ The",
        ("Port Louis _", "Port Louis", None, None, None),
        "two title-case words, underscore dash",
    ),
    ("ROTTERDAM — Dock", ("ROTTERDAM —", "Rotterdam", None, None, None), "the same place in capitals"),
    # numeric dates, day first unless only month first is a date
    ("HANOI, 7/3 (VNA) - Text", ("HANOI, 7/3 (VNA) -", "Hanoi", None, "--03-07", "VNA"), "day/month"),
    (
        "Athens, 07.03.2024 - Text",
        ("Athens, 07.03.2024 -", "Athens", None, "2024-03-07", None),
        "dotted date",
    ),
    (
        "ATHENS, 3/23/2024 (Reuters) - T",
        ("ATHENS, 3/23/2024 (Reuters) -", "Athens", None, "2024-03-23", "Reuters"),
        "month/day when only that is a date",
    ),
    (
        "Berlin, 2024-03-07 (dpa) - Die",
        ("Berlin, 2024-03-07 (dpa) -", "Berlin", None, "2024-03-07", "dpa"),
        "ISO date",
    ),
    (
        "Helsinki, 7.3. (STT) - Text",
        ("Helsinki, 7.3. (STT) -", "Helsinki", None, "--03-07", "STT"),
        "Nordic day.month.",
    ),
    ("ATHENS, 31/4/2024 (ANA) - T", None, "a numeric date that is no date"),
    (
        "BUENOS AIRES, 22 DE JUNIO (UPI) -- EL GOBIERNO",
        ("BUENOS AIRES, 22 DE JUNIO (UPI) --", "Buenos Aires", None, "--06-22", "UPI"),
        "the word between day and month in capitals",
    ),
    (
        "MADRID, 22 DE JUNIO DE 1976 (EFE) -- El",
        ("MADRID, 22 DE JUNIO DE 1976 (EFE) --", "Madrid", None, "1976-06-22", "EFE"),
        "and before the year",
    ),
    (
        "GALWAY, Wednesday. – The council met.",
        ("GALWAY, Wednesday. –", "Galway", None, None, None),
        "a weekday and its stop after the place is no region",
    ),
    (
        "Östersund/TT – Upp till 40 centimeter snö",
        ("Östersund/TT –", "Östersund", None, None, "TT"),
        "an agency of two letters after the place and a slash",
    ),
    (
        "STOCKHOLM/TT -- Texten",
        ("STOCKHOLM/TT --", "Stockholm", None, None, "TT"),
        "the same in capitals, a double hyphen",
    ),
    (
        "London/Teheran - Text",
        ("London/Teheran -", "London/Teheran", None, None, None),
        "two towns joined by a slash stay the place",
    ),
    (
        "DAKAR, 12 mars. (A.F.P.). — Le gouvernement",
        ("DAKAR, 12 mars. (A.F.P.). —", "Dakar", None, "--03-12", "AFP"),
        "an agency's initials with their stops, a stop and a dash closing the credit",
    ),
    (
        "ROMA, 3 marzo (U. P. I.) - Il governo",
        ("ROMA, 3 marzo (U. P. I.) -", "Roma", None, "--03-03", "UPI"),
        "initials with stops and blanks",
    ),
    (
        "CHICAGO, Aug. 3.—(AP)—Red point values",
        ("CHICAGO, Aug. 3.—(AP)—", "Chicago", None, "--08-03", "AP"),
        "a stop and a dash between the date and the credit, no blanks",
    ),
    (
        "CHICAGO, Aug. 3. — (AP) — Red point values",
        ("CHICAGO, Aug. 3. — (AP) —", "Chicago", None, "--08-03", "AP"),
        "the same with blanks",
    ),
    # dates alone on their line
    (
        "BEIJING July 23",
        ("BEIJING July 23", "Beijing", None, "--07-23", None),
        "place and date alone, no comma",
    ),
    ("OSLO, 7 March", ("OSLO, 7 March", "Oslo", None, "--03-07", None), "place and date alone, with comma"),
    ("4/4/2018", ("4/4/2018", None, None, "2018-04-04", None), "a date alone"),
    ("March 7, 2024.", ("March 7, 2024.", None, None, "2024-03-07", None), "a date in words alone"),
    # credits outside the fixed grammar
    (
        "AFP, MANILA - Troops",
        ("AFP, MANILA -", "Manila", None, None, "AFP"),
        "credit before the place, no brackets",
    ),
    (
        "Reuters, OSLO, March 7 -- T",
        ("Reuters, OSLO, March 7 --", "Oslo", None, "--03-07", "Reuters"),
        "credit, place, date",
    ),
    (
        "Odense /ritzau/: En",
        ("Odense /ritzau/:", "Odense", None, None, "Ritzau"),
        "slashed credit after a place",
    ),
    (
        "Lyon (ats afp) Les",
        ("Lyon (ats afp)", "Lyon", None, None, "ATS"),
        "two credits in one bracket: the first",
    ),
    (
        "ROME (Example.com) - The",
        ("ROME (Example.com) -", "Rome", None, None, "Example.com"),
        "a credit we do not know, with a dot",
    ),
    (
        "Bergen, March 7, GNX - T",
        ("Bergen, March 7, GNX -", "Bergen", None, "--03-07", "GNX"),
        "an unknown bare acronym after a date",
    ),
    (
        "Turku, 7 марта (АБВ). Текст",
        ("Turku, 7 марта (АБВ).", "Turku", None, "--03-07", "АБВ"),
        "an unknown credit closed by a stop after a date",
    ),
    (
        "Pori, March 7. /XYZ/. Text",
        ("Pori, March 7. /XYZ/.", "Pori", None, "--03-07", "XYZ"),
        "an unknown slashed credit after a date",
    ),
    (
        "القاهرة - (أ ش أ) - قال",
        ("القاهرة - (أ ش أ) -", "القاهرة", None, None, "MENA"),
        "a dash between place and credit",
    ),
    (
        "LYON/ GENEVA (Reuters) - T",
        ("LYON/ GENEVA (Reuters) -", "Lyon/Geneva", None, None, "Reuters"),
        "a blank after the slash between places",
    ),
    ("LYON (CORRECTED) - Text", None, "a headline flag in brackets is no credit"),
    (
        "（中央社記者王小明台北7日電）行政院",
        ("（中央社記者王小明台北7日電）", "台北", None, None, "CNA"),
        "CNA: reporter before place, day without month, in brackets",
    ),
    ("中央社台北7日電 行政院", ("中央社台北7日電", "台北", None, None, "CNA"), "a day without its month"),
    (
        "【新华社北京3月7日电】国务院",
        ("【新华社北京3月7日电】", "北京", None, "--03-07", "Xinhua"),
        "a Chinese dateline in brackets",
    ),
    (
        "【香港中通社２月２８日電】特區政府",
        ("【香港中通社２月２８日電】", "香港", None, "--02-28", "HKCNA"),
        "the place before the agency, full-width figures, in lenticular brackets",
    ),
    (
        "澳门中通社3月7日电 特区政府",
        ("澳门中通社3月7日电", "澳门", None, "--03-07", "HKCNA"),
        "the same without brackets, simplified characters",
    ),
    (
        "北京3月7日电 国务院",
        ("北京3月7日电", "北京", None, "--03-07", None),
        "a place and date alone, closed by a blank",
    ),
    ("今年3月7日电视台报道", None, "a date inside running text"),
    (
        "[서울=뉴시스]김철수 기자 = 정부는",
        ("[서울=뉴시스]김철수 기자 =", "서울", None, None, "Newsis"),
        "Korean credit in square brackets",
    ),
    (
        "القاهرة في 7 مارس /أ ش أ/ قال",
        ("القاهرة في 7 مارس /أ ش أ/", "القاهرة", None, "--03-07", "MENA"),
        "Arabic: a word for on before the date",
    ),
    (
        "КИЇВ. 7 березня. УНН. Уряд",
        ("КИЇВ. 7 березня. УНН.", "Київ", None, "--03-07", "UNN"),
        "a known credit printed bare after the date",
    ),
    (
        "ঢাকা, ৭ মার্চ, ২০২৪ (বাসস) : প্র",
        ("ঢাকা, ৭ মার্চ, ২০২৪ (বাসস) :", "ঢাকা", None, "2024-03-07", "BSS"),
        "a year in another script's digits",
    ),
    (
        "ירושלים, 7 במרץ - ראש",
        ("ירושלים, 7 במרץ -", "ירושלים", None, "--03-07", None),
        "Hebrew: the month with its prefix",
    ),
    (
        "ঢাকা, ৭ মার্চ (বাসস) : প্রধান",
        ("ঢাকা, ৭ মার্চ (বাসস) :", "ঢাকা", None, "--03-07", "BSS"),
        "Bengali digits and credit",
    ),
    (
        "नई दिल्ली, ७ मार्च (भाषा) सरकार",
        ("नई दिल्ली, ७ मार्च (भाषा)", "नई दिल्ली", None, "--03-07", "PTI"),
        "Devanagari digits",
    ),
    (
        "القاهرة، ٧ مارس (أ ش أ) - قال",
        ("القاهرة، ٧ مارس (أ ش أ) -", "القاهرة", None, "--03-07", "MENA"),
        "Arabic-Indic digits",
    ),
    (
        "تهران- ایرنا- رئیس",
        ("تهران- ایرنا-", "تهران", None, None, "IRNA"),
        "place and credit between dashes, Persian",
    ),
    (
        "Odense - Ritzau - En",
        ("Odense - Ritzau -", "Odense", None, None, "Ritzau"),
        "place and credit between dashes",
    ),
    (
        "London - The talks ended -",
        ("London -", "London", None, None, None),
        "a place and a sentence are no credit: the known city alone is the dateline",
    ),
    ("The president said on March 7 (Reuters) - no", None, "running text is not a dateline"),
    ("However, he said on Monday.", None, "a sentence"),
    (
        "（中央社記者王小明、李大同東京5日專電）日本",
        ("（中央社記者王小明、李大同東京5日專電）", "東京", None, None, "CNA"),
        "two reporters and a special dispatch",
    ),
    (
        "（中央社華盛頓4日綜合外電報導）美國",
        ("（中央社華盛頓4日綜合外電報導）", "華盛頓", None, None, "CNA"),
        "a report compiled from foreign wires",
    ),
    (
        "中央社台北7日专电 行政院",
        ("中央社台北7日专电", "台北", None, None, "CNA"),
        "a special dispatch in simplified characters, no brackets",
    ),
    (
        "(부산=연합뉴스) 김민수 이영희 기자 = 정부는",
        ("(부산=연합뉴스) 김민수 이영희 기자 =", "부산", None, None, "Yonhap"),
        "two Korean reporters before their title",
    ),
    (
        "[광주=뉴시스]김민수, 이영희 기자 = 정부는",
        ("[광주=뉴시스]김민수, 이영희 기자 =", "광주", None, None, "Newsis"),
        "the same with a comma, square brackets, no blank",
    ),
    (
        "Пловдив, 5 март /Мария Иванова, БТА/ Общината обяви.",
        ("Пловдив, 5 март /Мария Иванова, БТА/", "Пловдив", None, "--03-05", "BTA"),
        "a reporter's name before the agency inside the slashes",
    ),
    (
        "ПЛОВДИВ, 5 март /БТА, Мария Иванова/ - Общината обяви.",
        ("ПЛОВДИВ, 5 март /БТА, Мария Иванова/ -", "Пловдив", None, "--03-05", "BTA"),
        "the agency first and the reporter after a comma",
    ),
    (
        "MADRID, 5 (EUROPA PRESS)",
        ("MADRID, 5 (EUROPA PRESS)", "Madrid", None, None, "Europa Press"),
        "a day without its month, alone on its line",
    ),
    (
        "تابعوا أخبار سانا على تلغرام",
        None,
        "a known agency inside a sentence, not in brackets, closes no dateline",
    ),
    (
        "【ブリュッセル共同】欧州連合（ＥＵ）は４日",
        ("【ブリュッセル共同】", "ブリュッセル", None, None, "Kyodo"),
        "a Japanese credit before a sentence opening with letters in capitals",
    ),
    (
        "【ワシントン＝山田太郎】米国務省は",
        ("【ワシントン＝山田太郎】", "ワシントン", None, None, None),
        "a Japanese newspaper's place and reporter, no agency",
    ),
    (
        "【ロンドン=佐藤花子、田中一郎】英政府は",
        ("【ロンドン=佐藤花子、田中一郎】", "ロンドン", None, None, None),
        "the same with an ASCII equals sign and two reporters",
    ),
    (
        "Riyadh, Sha'ban 24, 1445, March 5, 2024, SPA -- The fund",
        ("Riyadh, Sha'ban 24, 1445, March 5, 2024, SPA --", "Riyadh", None, "2024-03-05", "SPA"),
        "a Hijri date before the Gregorian one in English: the Gregorian is the date",
    ),
    (
        "JEDDAH, 10 RAMADHAN 1445 AH, 20 MARCH 2024 (SPA) - The fund",
        ("JEDDAH, 10 RAMADHAN 1445 AH, 20 MARCH 2024 (SPA) -", "Jeddah", None, "2024-03-20", "SPA"),
        "the same day first, in capitals, with the era and a bracketed credit",
    ),
    (
        "Makkah, Dhul-Hijjah 9, 1445 H, June 15, 2024, SPA -- Pilgrims",
        ("Makkah, Dhul-Hijjah 9, 1445 H, June 15, 2024, SPA --", "Makkah", None, "2024-06-15", "SPA"),
        "a hyphenated Hijri month and the era after a blank",
    ),
    (
        "北京2024年3月5日 /美通社/ -- 某公司今日宣布",
        ("北京2024年3月5日 /美通社/ --", "北京", None, "2024-03-05", "PR Newswire"),
        "a release wire's Chinese credit after a date in signed figures, the place run into it",
    ),
    (
        "香港２０２４年３月５日电 /美通社/ — 某公司",
        ("香港２０２４年３月５日电 /美通社/ —", "香港", None, "2024-03-05", "PR Newswire"),
        "the same in full-width figures, the date closed by 电 and an em dash",
    ),
    (
        "서울, 2024년 3월 5일 /PRNewswire/ -- 회사는",
        ("서울, 2024년 3월 5일 /PRNewswire/ --", "서울", None, "2024-03-05", "PR Newswire"),
        "Korean signed figures parted by blanks, the credit in Latin letters",
    ),
    (
        "東京, 2024年3月5日 /PRNewswire/ -- 会社は",
        ("東京, 2024年3月5日 /PRNewswire/ --", "東京", None, "2024-03-05", "PR Newswire"),
        "Japanese, a comma after the place",
    ),
    ("中国2024年经济增长5%", None, "a headline with a place and a year is no dateline"),
    (
        "【大公報訊】國家統計局",
        ("【大公報訊】", None, None, None, "大公報"),
        "a Chinese paper's own report: the paper is the credit",
    ),
    (
        "（北京綜合訊）國家統計局",
        ("（北京綜合訊）", "北京", None, None, None),
        "a report compiled at a place, in full-width round brackets: the place",
    ),
    (
        "(吉隆坡17日讯) 首相今日",
        ("(吉隆坡17日讯)", "吉隆坡", None, None, None),
        "a place and a day without its month, simplified, ASCII brackets and a blank after",
    ),
    ("（本报讯）市政府", ("（本报讯）", None, None, None, None), "a paper's word for itself names no one"),
    (
        "【明報專訊】記者李明、王強報道：政府",
        ("【明報專訊】記者李明、王強報道：", None, None, None, "明報"),
        "a special report and its reporters' lead-in",
    ),
    (
        "〔記者王小明／台北報導〕行政院",
        ("〔記者王小明／台北報導〕", "台北", None, None, None),
        "a reporter's report from a place in tortoise-shell brackets",
    ),
    (
        "【記者王小明/台北報道】行政院",
        ("【記者王小明/台北報道】", "台北", None, None, None),
        "the same, ASCII slash",
    ),
    ("【今日訊息】行政院", None, "a bracketed heading that closes with no credit word is no credit"),
    (
        "路透北京3月7日 - 中国央行周四表示",
        ("路透北京3月7日 -", "北京", None, "--03-07", "Reuters"),
        "Reuters in Chinese: the agency, place and day, then a dash",
    ),
    ("北京3月7日 - 中国央行", None, "a place and day before a dash without an agency is no Chinese dateline"),
    ("Posted: Jul 17, 2024 / 08:14 PM MDT", None, "a page's time stamp: its first word is no place"),
    ("FYI - thought you would want this", None, "a mail's abbreviation before a dash is no place"),
    (
        "ALGIERS- The minister said",
        ("ALGIERS-", "Algiers", None, None, None),
        "a hyphen touching a place in capitals",
    ),
    (
        "Damascus Countryside, SANA- Farmers",
        ("Damascus Countryside, SANA-", "Damascus Countryside", None, None, "SANA"),
        "an Arab desk's bare credit after the place, its hyphen touching it",
    ),
    (
        "Baghdad / NINA / - The ministry",
        ("Baghdad / NINA / -", "Baghdad", None, None, "NINA"),
        "a credit between slashes set apart by blanks",
    ),
    (
        "(ANSAmed) - TUNISI, 5 NOV - È iniziata",
        ("(ANSAmed) - TUNISI, 5 NOV -", "Tunisi", None, "--11-05", "ANSA"),
        "an agency's regional service first",
    ),
    (
        "Aachen ‐ Ein Hilfswerk",
        ("Aachen ‐", "Aachen", None, None, None),
        "a hyphen of another code point (U+2010)",
    ),
    ("Von Jane Roe (epd)", None, "a byline's opener and a name before the agency: no place"),
    (
        "［東京\u3000５日\u3000ロイター］ - 日銀は",
        ("［東京\u3000５日\u3000ロイター］ -", "東京", None, None, "Reuters"),
        "Reuters in Japanese: place, day and credit in full-width square brackets, ideographic blanks",
    ),
    (
        "［大阪 ロイター］日銀は",
        ("［大阪 ロイター］", "大阪", None, None, "Reuters"),
        "no day, an ASCII blank, no dash",
    ),
    (
        "[東京 ６日 ロイター] - 日銀は",
        ("[東京 ６日 ロイター] -", "東京", None, None, "Reuters"),
        "the same in ASCII square brackets, as a page copied as text prints them",
    ),
    (
        "[大阪  6日  ロイター]日銀は",
        ("[大阪  6日  ロイター]", "大阪", None, None, "Reuters"),
        "ASCII figures, doubled blanks, no dash",
    ),
    (
        "WASHINGTON, JUNE 7.--(INS)--THE SENATE",
        ("WASHINGTON, JUNE 7.--(INS)--", "Washington", None, "--06-07", "INS"),
        "a teletype's dateline: the credit between double hyphens after the date's stop",
    ),
    (
        "Chicago, Jan. 3 -- (UP) -- A storm",
        ("Chicago, Jan. 3 -- (UP) --", "Chicago", None, "--01-03", "UP"),
        "the same with spaced double hyphens, no stop",
    ),
    (
        "عمّان، 5 أيار/مايو 2025 - أعلنت",
        ("عمّان، 5 أيار/مايو 2025 -", "عمّان", None, "2025-05-05", None),
        "an Arabic month by its two names, the Levant's and Egypt's, parted by a slash",
    ),
    (
        "بيروت 5 آذار/أيار 2025 - قال",
        None,
        "two names of two months are no date",
    ),
    (
        "VIGO (PONTEVEDRA), 9 (EUROPA PRESS)",
        ("VIGO (PONTEVEDRA), 9 (EUROPA PRESS)", "Vigo", "Pontevedra", None, "Europa Press"),
        "a day alone after a place and its province in brackets",
    ),
    ("BY JANE ROE (AP) - The port", None, "the same in capitals"),
    (
        "Berlin (dpa) ‑ Die Regierung",
        ("Berlin (dpa) ‑", "Berlin", None, None, "dpa"),
        "a non-breaking hyphen",
    ),
    ("NEW YORK- “We", ("NEW YORK-", "New York", None, None, None), "... before a quote"),
    ("COVID- 19 cases rose", None, "... but not before figures: a word broken by a hyphen"),
    ("Feed: Acme - English", None, "a feed's label and its name: no place and credit"),
    (
        "AKIPRESS.COM - Kyrgyzstan will",
        ("AKIPRESS.COM -", None, None, None, "AKIpress"),
        "an agency by its site's name",
    ),
    ("UPDATED  March 7, 2024 (XNA) -", None, "the same in capitals with a credit, blanks doubled"),
    (
        "SUGAR IMPORTS DETAILED -- USDA",
        ("SUGAR IMPORTS DETAILED --", "Sugar Imports Detailed", None, None, None),
        "a headline has the bare shape; the parser refuses it on a story's first line",
    ),
]


@pytest.mark.parametrize("line, expected, reason", ROWS, ids=[r[2] for r in ROWS])
def test_dateline_shape(line, expected, reason):
    assert dateline_fields(line, "text", "place", "region", "date", "agency") == expected, reason


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Baku. Jane Roe – APA. Trains will resume.", ("Baku. Jane Roe – APA.", "Baku", "APA", "Jane Roe")),
        (
            "GANJA. Jane Roe-Smith - Trend: Trains will resume.",
            ("GANJA. Jane Roe-Smith - Trend:", "Ganja", "Trend", "Jane Roe-Smith"),
        ),
        (
            "BAKU, Azerbaijan, November 14. By Jane Roe – Trend: Exports grew.",
            ("BAKU, Azerbaijan, November 14. By Jane Roe – Trend:", "Baku", "Trend", "Jane Roe"),
        ),
        (
            "Baku, 14 November. JANE ROE – APA: Trains",
            ("Baku, 14 November. JANE ROE – APA:", "Baku", "APA", "JANE ROE"),
        ),
        ("Baku. Jane Roe said on Monday – APA.", ("Baku.", "Baku", None, None)),
        (
            "Sofia, March 5 (BTA correspondent Jane Roe) - Trains",
            ("Sofia, March 5 (BTA correspondent Jane Roe) -", "Sofia", "BTA", "Jane Roe"),
        ),
        (
            "Баку, 12 ноября /Корр. Trend Э.Иванова/. Текст",
            ("Баку, 12 ноября /Корр. Trend Э.Иванова/.", "Баку", "Trend", "Э.Иванова"),
        ),
    ],
    ids=[
        "place-stop",
        "capitals-hyphened-name-colon",
        "after-the-date-with-by",
        "a-name-in-capitals",
        "a-sentence",
        "correspondent-after-the-agency-in-brackets",
        "correspondent-before-the-agency-in-slashes",
    ],
)
def test_a_reporters_name_before_the_credit_is_the_byline(line: str, expected: tuple) -> None:
    from wireparse.dateline import match_dateline

    match = match_dateline(line)
    assert match is not None
    assert (match.dateline.text, match.dateline.place, match.dateline.agency, match.reporter) == expected


@pytest.mark.parametrize(
    "month, day, year, two_digit, reference, expected, reason",
    [
        (
            12,
            30,
            None,
            False,
            dt.date(2024, 1, 5),
            "2023-12-30",
            "a December dateline read in January is last year's",
        ),
        (1, 5, None, False, dt.date(2024, 1, 5), "2024-01-05", "the reference day itself"),
        (3, 7, None, False, None, "--03-07", "no year and no reference"),
        (2, 29, None, False, dt.date(2025, 3, 1), "2024-02-29", "29 February goes back to a leap year"),
        (9, 26, 88, True, None, "1988-09-26", "POSIX pivot: 69-99 is the 1900s"),
        (9, 26, 24, True, None, "2024-09-26", "POSIX pivot: 00-68 is the 2000s"),
        (
            9,
            26,
            99,
            True,
            dt.date(2101, 1, 1),
            "2099-09-26",
            "two digits take the century nearest the reference",
        ),
        (4, 31, None, False, None, None, "no 31 April"),
        (2, 30, 2024, False, None, None, "no 30 February"),
    ],
)
def test_resolve_date(month, day, year, two_digit, reference, expected, reason):
    assert resolve_date(month, day, year, two_digit, reference) == expected, reason


@pytest.mark.parametrize(
    "text, expected, reason",
    [
        ("Rotterdam. Die Hafenarbeiter", ("Rotterdam.", "Rotterdam"), "a place and a stop"),
        ("ROTTERDAM. Die Hafenarbeiter", ("ROTTERDAM.", "Rotterdam"), "the place in capitals"),
        ("Bad Ems - Die Kurstadt", ("Bad Ems -", "Bad Ems"), "two words and a dash"),
        ("Die Hafenarbeiter streiken.", None, "a sentence"),
    ],
)
def test_lead_place(text, expected, reason):
    found = match_lead_place(text)
    if expected is None:
        assert found is None, reason
        return
    assert found is not None, reason
    assert (found[0].text, found[0].place) == expected, reason


def test_a_bare_credit_after_doubled_blanks_is_read_in_the_story() -> None:
    from wireparse import parse

    story = parse("Жаңы мектеп ачылды\n\nНарын,  3-июль —  Кабар. Нарын шаарында мектеп ачылды.\n")
    assert story.dateline is not None and story.dateline.agency == "Kabar"
    assert story.paragraphs[0].startswith("Нарын шаарында")


@pytest.mark.parametrize(
    ("line", "place", "month", "agency"),
    [
        ("Huye, 5 Kamena 2024 (RBA) - Abaturage bahawe amazi.", "Huye", 6, "RBA"),
        ("HUYE,  5 kamena 2024 (RBA) – Abaturage bahawe amazi.", "Huye", 6, "RBA"),
        ("Antananarivo, 12 Mey 2024 (ANTA) - Nisokatra ny foara.", "Antananarivo", 5, "ANTA"),
        ("Toamasina 3 Jona 2024 (ANTA): Nisokatra ny foara.", "Toamasina", 6, "ANTA"),
        ("Caerdydd, 7 Mawrth 2024 (PA) - Agorwyd y bont.", "Caerdydd", 3, "PA"),
    ],
)
def test_months_of_further_languages_date_a_dateline(line: str, place: str, month: int, agency: str) -> None:
    dateline = parse(line).dateline
    assert dateline is not None and dateline.place == place and dateline.agency == agency
    assert dateline.date is not None and int(str(dateline.date).split("-")[-2]) == month


def test_a_states_abbreviation_is_no_month_of_another_language() -> None:
    story = parse("ELWOOD, KAN., Feb 26 - Shr loss six cts vs not available\nNet loss 562 vs profit 10\n")
    assert story.dateline is not None and story.dateline.region == "Kan."
    assert story.language != "rw"


@pytest.mark.parametrize(
    ("line", "month", "agency"),
    [
        ("MADRID, 10 abr (EFE) - Las consultas aumentan.", 4, "EFE"),
        ("Madrid, 10 abr 2024 (AFP) - Las consultas aumentan.", 4, "AFP"),
        ("LISBOA, 10 ABR (Lusa) - O governo anunciou.", 4, "Lusa"),
        ("Barcelona, 10 abr. (Europa Press) - El Govern anunció.", 4, "Europa Press"),
        ("Donostia, 5 ots. 2024 (EFE) - Gaur goizean.", 2, "EFE"),
    ],
)
def test_a_month_that_is_also_an_agencys_alias_dates_the_dateline(line: str, month: int, agency: str) -> None:
    dateline = parse(line).dateline
    assert dateline is not None and dateline.agency == agency
    assert dateline.date is not None and int(str(dateline.date).split("-")[-2]) == month


@pytest.mark.parametrize(("line", "agency"), [("BRASÍLIA (ABr) - O governo anunciou.", "Agência Brasil"),
                                             ("Hamburg (ots) - Die Polizei meldet.", "ots"),
                                             ("Wien (OTS) - Die Firma meldet.", "ots")])  # fmt: skip
def test_that_alias_in_brackets_is_the_agencys_credit(line: str, agency: str) -> None:
    dateline = parse(line).dateline
    assert dateline is not None and dateline.agency == agency


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Quinlan, 12 - The firm said", "a place the gazetteer does not know"),
        ("Curitiba, 12 - o dólar", "no sentence's capital after the dash"),
        ("Curitiba, 45 - O dólar", "no day of a month"),
        ("Curitiba 12 - O dólar", "no comma before the day"),
    ],
)
def test_a_day_alone_before_a_dash_needs_its_signs(line: str, reason: str) -> None:
    match = match_dateline(line)
    assert match is None or match.shape != "place_day_dash", reason


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "(Чистай, 14 март, «Acme-информ», Гөлназ Хәмидуллина). Текст",
            (
                "(Чистай, 14 март, «Acme-информ», Гөлназ Хәмидуллина).",
                "Чистай",
                "Acme-информ",
                "Гөлназ Хәмидуллина",
            ),
        ),
        ("(Казань, 14 марта, Acme). Текст", ("(Казань, 14 марта, Acme).", "Казань", "Acme", None)),
        ("(New York, 12 March 2024): The fund", ("(New York, 12 March 2024):", "New York", None, None)),
        ("(MAPUTO, 5 de março de 2024) - O fundo", ("(MAPUTO, 5 de março de 2024) -", "Maputo", None, None)),
        ("(Kazan,  March 14,  Acme) -- Text", ("(Kazan,  March 14,  Acme) --", "Kazan", "Acme", None)),
    ],
    ids=["tatar-with-reporter", "russian-credit", "un-colon", "portuguese-capitals", "blanks-doubled"],
)
def test_a_dateline_whole_in_brackets(line: str, expected: tuple[str, str, str | None, str | None]) -> None:
    match = match_dateline(line)
    assert match is not None
    text, place, agency, reporter = expected
    assert (match.dateline.text, match.dateline.place, match.dateline.agency, match.reporter) == (
        text,
        place,
        agency,
        reporter,
    )
    assert match.dateline.date is not None


@pytest.mark.parametrize(
    "line",
    [
        "(Paris, France, Acme) - text",
        "(Kazan, a city of the Volga, said) - it",
        "(Kazan, March 14, Acme, said on Monday) - it",
    ],
    ids=["no-date", "no-date-words", "sentence-after-credit"],
)
def test_brackets_without_a_date_or_with_a_sentence_are_no_whole_dateline(line: str) -> None:
    match = match_dateline(line)
    assert match is None or match.shape != "whole_in_brackets"


@pytest.mark.parametrize(
    ("line", "agency", "place"),
    [
        (
            "(Acme 24 Ore Wire Plus) - Milano, 05 mar - Piazza Affari chiude",
            "Acme 24 Ore Wire Plus",
            "Milano",
        ),
        ("(Acmecor) - Roma, 12 mar. - Il gruppo", "Acmecor", "Roma"),
        ("(Acme Wire) – MADRID, 7 de marzo – El Gobierno", "Acme Wire", "Madrid"),
    ],
    ids=["words-and-figures", "one-word-date-dot", "en-dashes-capitals"],
)
def test_an_unknown_credit_before_a_place_and_its_date(line: str, agency: str, place: str) -> None:
    match = match_dateline(line)
    assert match is not None and match.dateline.agency == agency and match.dateline.place == place
    assert match.dateline.date is not None


def test_an_unknown_credit_before_a_word_without_a_date_is_no_dateline_of_a_place() -> None:
    match = match_dateline("(Acmecor) - Milano chiude in rialzo")
    assert match is None or match.dateline.place is None


@pytest.mark.parametrize(
    ("line", "agency", "reporter"),
    [
        ("【财新网】（记者 王晓明）1月29日晚间，公司发布公告", "财新网", "王晓明"),
        ("【環球網】據報道，公司發布公告", "環球網", None),
        ("【海港日报】（记者 李华、张伟）昨日，公司发布公告", "海港日报", "李华、张伟"),
    ],
    ids=["site-and-reporter", "traditional-no-reporter", "paper-two-reporters"],
)
def test_a_chinese_sites_name_alone_in_its_bracket_credits_the_story(
    line: str, agency: str, reporter: str | None
) -> None:
    match = match_dateline(line)
    assert match is not None and match.dateline.agency == agency and match.reporter == reporter


@pytest.mark.parametrize("line", ["【速報】東北新幹線が運転見合わせ", "【突发】某地发生地震"])
def test_a_flag_in_the_bracket_is_no_sites_credit(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "text", "place", "agency"),
    [
        ("吉隆坡5日电（马新社）——大马汽车公会今日公布", "吉隆坡5日电（马新社）——", "吉隆坡", "Bernama"),
        ("檳城１２日電（馬新社）檳州政府今日宣布", "檳城１２日電（馬新社）", "檳城", "Bernama"),
        ("北京7日电（新华社）中国政府", "北京7日电（新华社）", "北京", "Xinhua"),
    ],
    ids=["simplified-dashes", "traditional-wide-digits", "another-agency"],
)
def test_a_place_and_day_dispatched_with_the_agency_in_brackets(
    line: str, text: str, place: str, agency: str
) -> None:
    match = match_dateline(line)
    assert match is not None
    assert (match.dateline.text, match.dateline.place, match.dateline.agency) == (text, place, agency)


def test_a_place_and_day_dispatched_without_an_agency_is_no_dateline() -> None:
    assert match_dateline("吉隆坡5日电 大马汽车公会今日公布") is None


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("تهران- ایرنا-- مدیرعامل شرکت گفت", "تهران- ایرنا--"),
        ("ADDIS ABABA, 5 March (ACME)፡-- The council", "ADDIS ABABA, 5 March (ACME)፡--"),
        ("HARBOUR CITY, March 3 (Acme) —- The council", "HARBOUR CITY, March 3 (Acme) —-"),
    ],
    ids=["persian", "ethiopic-colon", "em-dash-and-hyphen"],
)
def test_a_closing_dash_run_on_by_more_dashes_is_the_datelines(line: str, text: str) -> None:
    match = match_dateline(line)
    assert match is not None and match.dateline.text == text
    assert line[match.end :].lstrip()[:1] not in "-–—"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Berna - Il Consiglio federale ha deciso", "Berna"),
        ("Vatikanstadt ‐ Der Vatikan hat", "Vatikanstadt"),
    ],
    ids=["italian-name-hyphen", "german-name-unicode-hyphen"],
)
def test_a_town_by_another_of_its_names_before_a_dash(line: str, place: str) -> None:
    match = match_dateline(line)
    assert match is not None and match.dateline.place == place


@pytest.mark.parametrize(
    "line",
    ["Parana: 40 pct", "Rep. Jane Roe, R-Olathe, spoke on the floor"],
    ids=["label-colon", "title-stop"],
)
def test_a_town_by_another_name_before_a_colon_or_stop_opens_no_dateline(line: str) -> None:
    match = match_dateline(line)
    assert match is None or match.dateline.place is None


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("ЯКУТСК. 18 января. ACMENEWSRU. В Якутске утром", "Acmenewsru"),
        ("КЯХТА (Бурятия), 27 июля — «Acme-Daily». В Кяхте завершился", "Acme-Daily"),
        ("HARBOUR CITY, March 5. “Acme Wire”. The council voted", "Acme Wire"),
    ],
    ids=["capitals-long-name", "quoted-after-dash", "curly-quotes-after-stop"],
)
def test_a_credit_in_capitals_or_quotes_after_the_date(line: str, agency: str) -> None:
    match = match_dateline(line)
    assert match is not None and match.dateline.agency == agency


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Santiago.- Un incendio afecta a una bodega.", "Santiago.-"),
        ("SANTIAGO.- Un incendio afecta a una bodega.", "SANTIAGO.-"),
        ("Lima.–El gobierno anunció un plan.", "Lima.–"),
        ("Crisis.- Gobierno anuncia un plan.", None),
    ],
    ids=["title-case", "capitals", "en-dash-touching", "kicker-no-town"],
)
def test_a_known_towns_stop_and_dash_in_any_case(line: str, dateline: str | None) -> None:
    m = match_dateline(line)
    assert (m.dateline.text if m else None) == dateline


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("[NAIROBI] Farmers photograph their crops.", "Nairobi"),
        ("[Lima] El gobierno anunció un plan.", "Lima"),
        ("[BUENOS AIRES] La ciudad amplió el servicio.", "Buenos Aires"),
        ("[VIDEO] Watch the rescue.", None),
        ("[UPDATE] The council met again.", None),
        ("[PARIS] le ministre a parlé.", None),
    ],
    ids=["capitals", "title-case", "two-words", "label-video", "label-update", "small-letter-after"],
)
def test_a_known_town_alone_in_square_brackets_opens_the_text(line: str, place: str | None) -> None:
    m = match_dateline(line)
    assert (m.dateline.place if m else None) == place
