"""Wire-copy month spellings that CLDR lacks, by language, and the words a Gregorian date prints
around its day and month.

Owns only the hand-maintained additions; CLDR-derived names live in the
generated wireparse/_months_cldr.py. Keys are normalised like the CLDR table
(casefolded, no trailing dot) and must not repeat a CLDR name for the same
language (tests/test_months_data.py enforces this). The months of other calendars
live in wireparse/calendar_names.py.
"""

WIRE_MONTH_SPELLINGS: dict[str, dict[str, int]] = {
    "en": {
        "febr": 2,  # older abbreviation ("Febr. 3") still found in archived copy
        "sept": 9,  # AP style "Sept."; CLDR en only has "Sep"
        # Not "janv": that is French, and CLDR fr already has it.
    },
    # German teletype without umlauts writes them out ("12. MAERZ"); CLDR de has "märz" only
    "de": {
        "maerz": 3,
        "mrz": 3,  # Reuters' and dpa's German desks abbreviate März without its vowel ("14. Mrz")
    },
    "fr": {
        "fév": 2,  # APS and other African desks abbreviate février without its r ("21 fév")
        "fev": 2,
    },
    "es": {
        "sep": 9,  # common three-letter form ("SEP"); CLDR es abbreviates "sept."
        "set": 9,  # abbreviation of "setiembre" (Peru, Uruguay copy)
        "setiembre": 9,  # RAE-accepted variant of "septiembre"
    },
    # Serbian and Bosnian in the genitive datelines print, in Latin letters (Tanjug, FENA: "3.
    # marta")
    "sr": {
        "januara": 1,
        "februara": 2,
        "marta": 3,
        "aprila": 4,
        "maja": 5,
        "juna": 6,
        "jula": 7,
        "avgusta": 8,
        "augusta": 8,
        "septembra": 9,
        "oktobra": 10,
        "novembra": 11,
        "decembra": 12,
        # ... and in Cyrillic ("ШАБАЦ, 3. октобра (Танјуг) -"); CLDR's sr has the nominative
        "јануара": 1,
        "фебруара": 2,
        "априла": 4,
        "маја": 5,
        "јуна": 6,
        "јула": 7,
        "септембра": 9,
        "октобра": 10,
        "новембра": 11,
        "децембра": 12,
    },
    # Slovene in the genitive datelines print ("Ljubljana, 12. julija (STA) -"); CLDR's sl has
    # the nominative
    "sl": {
        "januarja": 1,
        "februarja": 2,
        "marca": 3,
        "aprila": 4,
        "maja": 5,
        "junija": 6,
        "julija": 7,
        "avgusta": 8,
        "septembra": 9,
        "oktobra": 10,
        "novembra": 11,
        "decembra": 12,
    },
    # Basque with the endings its dates take: "urriak 5" (EFE's Basque service) and the genitive
    # "urriaren 5a"; CLDR's eu has the bare names
    "eu": {
        "urtarrilak": 1,
        "otsailak": 2,
        "martxoak": 3,
        "apirilak": 4,
        "maiatzak": 5,
        "ekainak": 6,
        "uztailak": 7,
        "abuztuak": 8,
        "irailak": 9,
        "urriak": 10,
        "azaroak": 11,
        "abenduak": 12,
        "urtarrilaren": 1,
        "otsailaren": 2,
        "martxoaren": 3,
        "apirilaren": 4,
        "maiatzaren": 5,
        "ekainaren": 6,
        "uztailaren": 7,
        "abuztuaren": 8,
        "irailaren": 9,
        "urriaren": 10,
        "azaroaren": 11,
        "abenduaren": 12,
    },
    # Khmer months with the word for month they are printed after, written as one word
    # ("ថ្ងៃទី៥ ខែតុលា ឆ្នាំ២០២៤")
    "km": {
        "ខែមករា": 1,
        "ខែកុម្ភៈ": 2,
        "ខែមីនា": 3,
        "ខែមេសា": 4,
        "ខែឧសភា": 5,
        "ខែមិថុនា": 6,
        "ខែកក្កដា": 7,
        "ខែសីហា": 8,
        "ខែកញ្ញា": 9,
        "ខែតុលា": 10,
        "ខែវិច្ឆិកា": 11,
        "ខែធ្នូ": 12,
    },
    # Latvian in the locative that datelines print ("3. martā"); CLDR's lv has the nominative
    "lv": {
        "janvārī": 1,
        "februārī": 2,
        "martā": 3,
        "aprīlī": 4,
        "maijā": 5,
        "jūnijā": 6,
        "jūlijā": 7,
        "augustā": 8,
        "septembrī": 9,
        "oktobrī": 10,
        "novembrī": 11,
        "decembrī": 12,
    },
    "ar": {
        # the Syriac month names of the Levant and Iraq (SANA, Petra, NNA, INA copy)
        "كانون الثاني": 1,
        "شباط": 2,
        "آذار": 3,
        "نيسان": 4,
        "أيار": 5,
        "حزيران": 6,
        "تموز": 7,
        "آب": 8,
        "أيلول": 9,
        "تشرين الأول": 10,
        "تشرين الثاني": 11,
        "كانون الأول": 12,
        # spellings without the hamza, and Egypt's
        "اذار": 3,
        "ايار": 5,
        "ايلول": 9,
        "ابريل": 4,
        "إبريل": 4,
        "اغسطس": 8,
        "اكتوبر": 10,
        "يونية": 6,
        "يولية": 7,
    },
    "ru": {
        "ноя": 11,  # three-letter form in RIA Novosti copy; CLDR has "нояб."
        "сен": 9,  # three-letter form in RIA Novosti copy; CLDR has "сент."
        "фев": 2,  # three-letter form in RIA Novosti copy; CLDR has "февр."
    },
}

#: Month names that one language gives another month than the table does (the table reads
#: ``listopad`` as Polish and Czech November; in Croatian it is October): read as this language's
#: month in a dateline credited to an agency of a country that speaks it (``ZAGREB, 5. listopada
#: (Hina) -``).
REGIONAL_MONTHS: dict[str, dict[str, int]] = {
    "hr": {"listopad": 10, "listopada": 10, "lis": 10, "lip": 6, "srp": 7},
}

#: Vowels that desks of India's scripts print either way in a month's or an agency's name, the
#: short vowel for the long or the candra O for the plain, as a sign or a letter (Bengali
#: ``ফেব্রুয়ারি`` and ``ফেব্রুয়ারী``, Gujarati ``ઑગસ્ટ`` and ``ઓગસ્ટ``, ``પીટીઆઇ`` and ``પીટીઆઈ``):
#: each name is known in both spellings.
VOWEL_VARIANTS: tuple[tuple[str, str], ...] = (
    ("ি", "ী"), ("ু", "ূ"), ("ि", "ी"), ("ु", "ू"), ("િ", "ી"), ("ુ", "ૂ"),
    ("ઑ", "ઓ"), ("ૉ", "ો"), ("ऑ", "ओ"), ("ॉ", "ो"), ("ਿ", "ੀ"), ("ୁ", "ୂ"),
    ("इ", "ई"), ("उ", "ऊ"), ("ই", "ঈ"), ("উ", "ঊ"), ("ઇ", "ઈ"), ("ઉ", "ઊ"), ("ਇ", "ਈ"), ("ਉ", "ਊ"),
)  # fmt: skip

#: Spellings a month name is printed in beside its dictionary one, one way only: Devanagari
#: without the nukta (``फरवरी`` for ``फ़रवरी``), without the zero-width joiners CLDR writes
#: (Malayalam ``ഒക്ടോബർ``), and Tamil ``ர்`` as ``ா்``, as the fonts of many Tamil desks encode
#: it (``மாா்ச்``, ``அக்டோபா்``).
MONTH_PRINTED_VARIANTS: tuple[tuple[str, str], ...] = (
    ("\u093c", ""), ("\u200c", ""), ("\u200d", ""), ("ர்", "ா்"),
)  # fmt: skip

#: Chinese numerals a date may be printed in (``二十五日``): the units, and the signs of ten,
#: twenty and thirty.
CJK_NUMERAL_UNITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
CJK_NUMERAL_TENS: dict[str, int] = {"十": 10, "廿": 20, "卅": 30}

#: Words printed between a day and its month name: Spanish and Portuguese ``7 de marzo``, Hausa
#: ``5 ga Maris`` (NAN), Maltese ``5 ta' Frar`` (its apostrophe straight or curly).
DAY_MONTH_JOINERS: tuple[str, ...] = ("de", "del", "ga", "ta'", "ta’")

#: Words printed after a day, month and year that say "(of the) year": Russian and Belarusian
#: ``5 марта 2024 года`` or ``г.``, Ukrainian ``року`` or ``р.``, Bulgarian and Macedonian ``г.``
#: or ``година``, Serbian, Croatian and Bosnian ``godine`` or ``god.``, Polish ``roku`` or ``r.``,
#: Czech and Slovak ``roku``.
AFTER_YEAR_WORDS: tuple[str, ...] = (
    "года", "году", "г.", "г", "року", "р.", "година", "год.", "godine", "god.", "roku", "r.",
)  # fmt: skip

#: Words printed before a day ("the day"), closed up to it or not: Lao ``ວັນທີ 5 ມີນາ`` (KPL), Thai
#: ``วันที่ 5 มี.ค.``, Khmer ``ថ្ងៃទី៥``, and the "date" abbreviations of Marathi, Hindi, Gujarati
#: and Bengali papers (``मुंबई, ता. ५ मार्च``).
DAY_PREFIXES: tuple[str, ...] = ("ວັນທີ", "วันที่", "ता.", "તા.", "তা.", "ថ្ងៃទី")

#: Words printed after a day: Nepali ``असोज १९ गते`` (the day of a Bikram Sambat month).
DAY_SUFFIXES: tuple[str, ...] = ("गते",)

#: Words printed before a year, closed up to it or not: Khmer ``ឆ្នាំ២០២៤`` ("year 2024").
YEAR_PREFIXES: tuple[str, ...] = ("ឆ្នាំ",)

#: Days written as number words, by language: PTI Bhasha prints ``पांच मार्च`` ("five March").
#: Hindi cardinals one to thirty-one, with the spellings with candrabindu or anusvara (पाँच/पांच),
#: visarga (छः) and the conjuncts written either way (अट्ठाईस/अठ्ठाईस).
DAY_WORDS: dict[str, dict[str, int]] = {
    "hi": {
        "एक": 1,
        "दो": 2,
        "तीन": 3,
        "चार": 4,
        "पांच": 5,
        "पाँच": 5,
        "छह": 6,
        "छः": 6,
        "छै": 6,
        "सात": 7,
        "आठ": 8,
        "नौ": 9,
        "दस": 10,
        "ग्यारह": 11,
        "बारह": 12,
        "तेरह": 13,
        "चौदह": 14,
        "पंद्रह": 15,
        "पन्द्रह": 15,
        "सोलह": 16,
        "सत्रह": 17,
        "अठारह": 18,
        "उन्नीस": 19,
        "बीस": 20,
        "इक्कीस": 21,
        "बाईस": 22,
        "बाइस": 22,
        "तेईस": 23,
        "तेइस": 23,
        "चौबीस": 24,
        "पच्चीस": 25,
        "छब्बीस": 26,
        "सत्ताईस": 27,
        "सत्ताइस": 27,
        "अट्ठाईस": 28,
        "अठ्ठाईस": 28,
        "अट्ठाइस": 28,
        "उनतीस": 29,
        "उन्तीस": 29,
        "तीस": 30,
        "इकतीस": 31,
        "इकत्तीस": 31,
    },
}

#: A date that numbers its month in words rather than naming it: Mongolian (MONTSAME) ``2024 оны 3
#: дугаар сарын 5`` is "of the year 2024, of the 3rd month, 5": the word after the year, and the
#: words after the month's figure (дугаар or дүгээр by vowel harmony, then сарын, "of the month").
YEAR_WORDS: tuple[str, ...] = ("оны",)
MONTH_NUMBER_WORDS: tuple[str, ...] = ("дугаар сарын", "дүгээр сарын")

#: Chinese, Japanese and Korean dates in figures, the year first, each figure closed by its sign
#: (``2024年3月5日``, ``2024년 3월 5일``): the signs for year, month and day in each.
YEAR_MONTH_DAY_SIGNS: tuple[tuple[str, str, str], ...] = (("年", "月", "日"), ("년", "월", "일"))

#: Tibetan datelines (Xinhua's Tibetan service) keep the Chinese order of ``新华社拉萨3月5日电``:
#: the agency, the place, ནས་ ("from"), ཟླ་ ("month") and its number (``ཟླ་༣``, in Tibetan or
#: ASCII figures) or a month's name, ཚེས་ and the day, and གློག་འཕྲིན ("telegram", as 电 closes
#: the Chinese).
TIBETAN_FROM: tuple[str, ...] = ("ནས་",)
TIBETAN_MONTH: tuple[str, ...] = ("ཟླ་",)
TIBETAN_DAY: tuple[str, ...] = ("ཚེས་",)
TIBETAN_TELEGRAM: tuple[str, ...] = ("གློག་འཕྲིན",)

#: A Hijri date may be followed by the Gregorian one it falls on (SPA: ``24 شعبان 1445 هـ الموافق
#: 05 مارس 2024 م``): the Hijri era sign (هـ, "of the Hijra"), the word "corresponding to", and
#: after the Gregorian date its era sign (م, "of the Messiah").
HIJRI_ERA_SIGNS: tuple[str, ...] = ("هـ", "ه")
CONCORDANCE_WORDS: tuple[str, ...] = ("الموافق", "الموافق لـ", "الموافق ل")
GREGORIAN_ERA_SIGNS: tuple[str, ...] = ("م",)

#: SPA's English copy prints the Hijri date before the Gregorian one (``Riyadh, Sha'ban 24, 1445,
#: March 5, 2024, SPA --``): the Hijri months in the Latin spellings English desks use, and the era
#: signs after the year (``1445 H``, ``1445 AH``). The Gregorian date is the dateline's date.
HIJRI_MONTHS_LATIN: tuple[str, ...] = (
    "Muharram", "Moharram", "Safar", "Safer",
    "Rabi al-Awwal", "Rabi' al-Awwal", "Rabi ul-Awwal", "Rabi-ul-Awwal", "Rabi I", "Rabi Al-Awal",
    "Rabi al-Thani", "Rabi' al-Thani", "Rabi al-Akhir", "Rabi' al-Akhir", "Rabi-ul-Akhir",
    "Rabi ul-Akhir", "Rabi II", "Rabi Al-Akhar",
    "Jumada al-Ula", "Jumada al-Awwal", "Jumada al-Oula", "Jumada I", "Jumada Al-Awal",
    "Jumada al-Akhirah", "Jumada al-Akhira", "Jumada al-Thani", "Jumada al-Thaniyah", "Jumada II",
    "Jumada Al-Akhar",
    "Rajab", "Shaban", "Sha'ban", "Sha’ban", "Shaaban",
    "Ramadan", "Ramadhan", "Ramazan",
    "Shawwal", "Shawal",
    "Dhu al-Qadah", "Dhu al-Qa'dah", "Dhu al-Qa’dah", "Dhul-Qadah", "Dhul Qadah", "Dhul-Qa'dah",
    "Dhu al-Qidah", "Dhul Qaada", "Dhul-Qaada", "Zul Qaada", "Zul-Qaada", "Thul-Qada",
    "Dhu al-Hijjah", "Dhu al-Hijja", "Dhul-Hijjah", "Dhul Hijjah", "Dhul-Hijja", "Dhul Hijja",
    "Zul Hijja", "Zul-Hijjah", "Thul-Hijja",
)  # fmt: skip
HIJRI_ERA_SIGNS_LATIN: tuple[str, ...] = ("H", "AH", "A.H.", "A.H", "AH.")

#: Gregorian dates with years of the Buddhist era (the Thai solar calendar; Lao, Khmer and Burmese
#: copy too): the era starts 543 years before the Common Era, and a year of this range is Buddhist
#: wherever it is printed.
BUDDHIST_ERA_YEARS = range(2400, 2701)
BUDDHIST_ERA_OFFSET = 543
#: Languages whose two-digit years are Buddhist-era years (TNA's ``4 มี.ค. 67`` is 2567).
BUDDHIST_TWO_DIGIT_YEAR_LANGUAGES = frozenset({"th"})
