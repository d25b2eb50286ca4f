"""Vocabulary for reading the place and region of a dateline: US state abbreviations in AP style,
abbreviated name words, the generic words of region names, and dateline names that are no
populated place in GeoNames.

Data only. ``tools/gen_places.py`` writes the names into the gazetteer; :mod:`wireparse.places`
folds printed names with :data:`NAME_WORD_ABBREVIATIONS` and reads regions with
:data:`REGION_WORDS`.
"""

#: US states and the District of Columbia as datelines print them (the AP Stylebook's abbreviations,
#: and the older or other spellings wire copy still carries), by postal code. The eight states AP
#: spells out (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) come from the state names.
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",),
    "AZ": ("Ariz.",),
    "AR": ("Ark.",),
    "CA": ("Calif.", "Cal."),
    "CO": ("Colo.",),
    "CT": ("Conn.",),
    "DE": ("Del.",),
    "DC": ("D.C.",),
    "FL": ("Fla.",),
    "GA": ("Ga.",),
    "ID": ("Ida.",),
    "IL": ("Ill.",),
    "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."),
    "KY": ("Ky.",),
    "LA": ("La.",),
    "MD": ("Md.",),
    "MA": ("Mass.",),
    "MI": ("Mich.",),
    "MN": ("Minn.",),
    "MS": ("Miss.",),
    "MO": ("Mo.",),
    "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."),
    "NV": ("Nev.",),
    "NH": ("N.H.",),
    "NJ": ("N.J.",),
    "NM": ("N.M.", "N.Mex."),
    "NY": ("N.Y.",),
    "NC": ("N.C.",),
    "ND": ("N.D.", "N.Dak."),
    "OK": ("Okla.",),
    "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.", "Penn."),
    "RI": ("R.I.",),
    "SC": ("S.C.",),
    "SD": ("S.D.", "S.Dak."),
    "TN": ("Tenn.",),
    "TX": ("Tex.",),
    "VT": ("Vt.",),
    "VA": ("Va.",),
    "WA": ("Wash.",),
    "WV": ("W.Va.", "W.Virginia"),
    "WI": ("Wis.", "Wisc."),
    "WY": ("Wyo.",),
}

#: Canadian provinces and territories as older AP copy and The Canadian Press abbreviate them in
#: datelines (``HALIFAX, N.S.``), by ISO 3166-2 suffix.
CANADIAN_PROVINCE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AB": ("Alta.",),
    "BC": ("B.C.",),
    "MB": ("Man.",),
    "NB": ("N.B.",),
    "NL": ("Nfld.", "N.L.", "Newfoundland"),  # (the province by its island's name)
    "NS": ("N.S.",),
    "NT": ("N.W.T.",),
    "ON": ("Ont.",),
    "PE": ("P.E.I.",),
    "QC": ("Que.", "Qué."),
    "SK": ("Sask.",),
    "YT": ("Y.T.",),
}

#: Words that place names abbreviate (``St. Joseph``, ``Ft. Worth``, ``Mt. Vernon``), folded, with
#: the word GeoNames spells out: a name is compared with its abbreviations expanded.
NAME_WORD_ABBREVIATIONS: dict[str, str] = {
    "st": "saint",
    "ste": "sainte",
    "ft": "fort",
    "mt": "mount",
    "sta": "santa",
    "sto": "santo",
}

#: Words that say what kind of region a region name is (``Leningrad Region``, ``Московская
#: область``, ``Sichuan Province``): without them the rest may name the place the region is called
#: after.
REGION_WORDS: frozenset[str] = frozenset(
    {
        "region",
        "oblast",
        "province",
        "prefecture",
        "state",
        "territory",
        "krai",
        "kray",
        "district",
        "county",
        "governorate",
        "republic",
        "autonomous",
        "okrug",
        "область",
        "обл",
        "край",
        "республика",
        "округ",
        "район",
        "provincia",
        "departamento",
        "département",
        "estado",
    }
)

#: Datelines that name no populated place of GeoNames but stand for one by convention, with the
#: place (GeoNames name and country): the AP Stylebook's ``UNITED NATIONS`` is the headquarters in
#: New York; and the spellings the desks of South Asia's scripts print for the capitals they file
#: from most, which GeoNames does not list (Hindi ``नयी दिल्ली`` beside its ``नई दिल्ली``, Marathi
#: ``नवी दिल्ली``, Urdu ``نئی دہلی``; Washington as every desk transliterates it).
DATELINE_NAMES: dict[str, tuple[str, str]] = {
    "United Nations": ("New York City", "US"),
    **dict.fromkeys(
        (
            "नयी दिल्ली", "नवी दिल्ली", "નવી દિલ્હી", "ਨਵੀਂ ਦਿੱਲੀ", "নয়াদিল্লি", "নয়াদিল্লী", "নতুন দিল্লি",
            "ന്യൂഡൽഹി", "న్యూఢిల్లీ", "ನವದೆಹಲಿ", "புதுதில்லி", "نئی دہلی", "ନୂଆଦିଲ୍ଲୀ",
        ),
        ("New Delhi", "IN"),
    ),
    **dict.fromkeys(
        (
            "वाशिंगटन", "वॉशिंगटन", "वॉशिंग्टन", "વોશિંગ્ટન", "ਵਾਸ਼ਿੰਗਟਨ", "வாஷிங்டன்", "వాషింగ్టన్",
            "വാഷിങ്ടൺ", "ವಾಷಿಂಗ್ಟನ್", "واشنگٹن", "واشنگتن",
        ),
        ("Washington", "US"),
    ),
    "प्रयागराज": ("Prayagraj", "IN"),
    "बेंगलुरु": ("Bengaluru", "IN"),
    "ਲਾਹੌਰ": ("Lahore", "PK"),
}  # fmt: skip

#: Countries' and blocs' acronyms, which follow a place and its region as the country does and are
#: no agency's credit there (``PORT LOUIS, Mauritius, UK`` is no credit ``UK``).
COUNTRY_ACRONYMS: tuple[str, ...] = ("USA", "US", "UK", "UAE", "EU", "UN", "DRC", "PRC", "ROK", "DPRK", "KSA")

#: Languages wire services file in from everywhere (and that GeoNames lists for dozens of countries
#: beside their own): the language of a story in one says nothing of where it was filed.
WORLD_LANGUAGES: frozenset[str] = frozenset({"en"})
