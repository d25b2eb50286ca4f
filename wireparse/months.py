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
    "ru": {
        "ноя": 11,  # three-letter form in RIA Novosti copy; CLDR has "нояб."
        "сен": 9,  # three-letter form in RIA Novosti copy; CLDR has "сент."
        "фев": 2,  # three-letter form in RIA Novosti copy; CLDR has "февр."
    },
}
