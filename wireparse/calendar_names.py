"""Month names of the calendars other than the Gregorian that agencies date their datelines in (the
words printed around such dates, and the Buddhist era's years, are in ``months.py``).

Data only: ``patterns.py`` marks these names as months (for lines outside ASCII only) and
``calendars.py`` converts their dates. Keys are casefolded as printed; a name must not be a
Gregorian month name of the CLDR table or of ``months.py`` (tests/test_calendars.py enforces this).
"""

#: Calendar -> {month name: month number}: the standard month names of each calendar in the
#: languages whose agencies date by it (IRNA and ISNA print the Iranian names, Bakhtar the Afghan
#: ones in Dari and Pashto; SPA, KUNA and Petra the Hijri months; ENA the Ethiopian; RSS the Bikram
#: Sambat, BSS the Bangla), with the variant spellings of each (hamza or not, old and new orthography).
#: (Babel, which builds the Gregorian table, carries no calendar but the Gregorian.)
CALENDAR_MONTHS: dict[str, dict[str, int]] = {
    # The Solar Hijri calendar of Iran and Afghanistan; its year opens at the March equinox
    "solar_hijri": {
        # Iranian names
        "فروردین": 1,
        "اردیبهشت": 2,
        "خرداد": 3,
        "تیر": 4,
        "مرداد": 5,
        "امرداد": 5,
        "شهریور": 6,
        "مهر": 7,
        "آبان": 8,
        "آذر": 9,
        "دی": 10,
        "بهمن": 11,
        "اسفند": 12,
        # the zodiac names of Afghanistan, in Dari
        "حمل": 1,
        "ثور": 2,
        "جوزا": 3,
        "سرطان": 4,
        "اسد": 5,
        "سنبله": 6,
        "میزان": 7,
        "عقرب": 8,
        "قوس": 9,
        "جدی": 10,
        "دلو": 11,
        "حوت": 12,
        # ... and in Pashto (with the Pashto letters ګ ښ ږ ړ ۍ; ي and ی both printed)
        "وری": 1,
        "غويی": 2,
        "غویی": 2,
        "غبرګولی": 3,
        "چنګاښ": 4,
        "زمری": 5,
        "وږی": 6,
        "تله": 7,
        "لړم": 8,
        "ليندۍ": 9,
        "لیندۍ": 9,
        "مرغومی": 10,
        "سلواغه": 11,
        "کب": 12,
        "كب": 12,
    },
    # The Hijri (lunar Islamic) calendar, in Arabic, with the spellings without hamza, the
    # genitive ذي, and الثاني/الثانية beside الآخر/الآخرة
    "islamic": {
        "محرم": 1,
        "صفر": 2,
        "ربيع الأول": 3,
        "ربيع الاول": 3,
        "ربيع الآخر": 4,
        "ربيع الاخر": 4,
        "ربيع الثاني": 4,
        "جمادى الأولى": 5,
        "جمادى الاولى": 5,
        "جمادى الأول": 5,
        "جمادى الآخرة": 6,
        "جمادى الاخرة": 6,
        "جمادى الثانية": 6,
        "جمادى الآخر": 6,
        "رجب": 7,
        "شعبان": 8,
        "رمضان": 9,
        "شوال": 10,
        "ذو القعدة": 11,
        "ذي القعدة": 11,
        "ذو الحجة": 12,
        "ذي الحجة": 12,
    },
    # The Ethiopian calendar, in Amharic: twelve months of thirty days and Pagume of five or six
    # (the old spellings with ኅ and ሣ and the new ones with ህ and ሳ)
    "ethiopian": {
        "መስከረም": 1,
        "ጥቅምት": 2,
        "ኅዳር": 3,
        "ህዳር": 3,
        "ታኅሣሥ": 4,
        "ታህሳስ": 4,
        "ታኅሳስ": 4,
        "ጥር": 5,
        "የካቲት": 6,
        "መጋቢት": 7,
        "ሚያዝያ": 8,
        "ግንቦት": 9,
        "ሰኔ": 10,
        "ሐምሌ": 11,
        "ነሐሴ": 12,
        "ጳጉሜ": 13,
        "ጳጉሜን": 13,
    },
    # The Bikram Sambat of Nepal (RSS, Nepali): its months' lengths change from year to year and
    # are set by published tables, so its dates are found but not converted
    "bikram_sambat": {
        "बैशाख": 1,
        "वैशाख": 1,
        "जेठ": 2,
        "जेष्ठ": 2,
        "असार": 3,
        "आषाढ": 3,
        "साउन": 4,
        "श्रावण": 4,
        "भदौ": 5,
        "भाद्र": 5,
        "असोज": 6,
        "आश्विन": 6,
        "कात्तिक": 7,
        "कार्तिक": 7,
        "मंसिर": 8,
        "मार्ग": 8,
        "पुस": 9,
        "पौष": 9,
        "माघ": 10,
        "फागुन": 11,
        "फाल्गुन": 11,
        "चैत": 12,
        "चैत्र": 12,
    },
    # The Bangla calendar of Bangladesh (BSS, Bengali papers print its date over the Gregorian
    # one): found, not converted (its revised and its Indian forms differ in their months' lengths)
    "bangla": {
        "বৈশাখ": 1,
        "জ্যৈষ্ঠ": 2,
        "জৈষ্ঠ্য": 2,
        "আষা\u09dd": 3,  # (ঢ় precomposed, and below as ঢ and its nukta)
        "আষা\u09a2\u09bc": 3,
        "শ্রাবণ": 4,
        "ভাদ্র": 5,
        "আশ্বিন": 6,
        "কার্তিক": 7,
        "অগ্রহা\u09df\u09a3": 8,  # (য় precomposed, and below as য and its nukta)
        "অগ্রহা\u09af\u09bc\u09a3": 8,
        "পৌষ": 9,
        "মাঘ": 10,
        "ফাল্গুন": 11,
        "চৈত্র": 12,
    },
}
