"""Wire-copy month spellings that CLDR lacks, by language.

Owns only the hand-maintained additions; CLDR-derived names live in the
generated wireparse/_months_cldr.py. Keys are normalised like the CLDR table
(casefolded, no trailing dot) and must not repeat a CLDR name for the same
language (tests/test_months_data.py enforces this).
"""

WIRE_MONTH_SPELLINGS: dict[str, dict[str, int]] = {
    "en": {
        "febr": 2,  # older abbreviation ("Febr. 3") still found in archived copy
        "sept": 9,  # AP style "Sept."; CLDR en only has "Sep"
        # Not "janv": that is French, and CLDR fr already has it.
    },
    "es": {
        "sep": 9,  # common three-letter form ("SEP"); CLDR es abbreviates "sept."
        "set": 9,  # abbreviation of "setiembre" (Peru, Uruguay copy)
        "setiembre": 9,  # RAE-accepted variant of "septiembre"
    },
    # Serbian and Bosnian in Latin letters, genitive (Tanjug, FENA: "3. marta"); CLDR's sr is Cyrillic
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
