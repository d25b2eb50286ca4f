"""The agency table: each news agency's canonical short name in Latin script and every spelling
of it that appears in credits, datelines, bylines and sign-offs, in its own scripts.

Data only. ``patterns.py`` builds the credit patterns from it; a test checks that names are unique,
that no alias is claimed twice and that the compiled patterns match every alias.
"""

#: (canonical name, aliases). The canonical name is always an alias of itself.
AGENCIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Russia and the former USSR
    ("TASS", ("ITAR-TASS", "ИТАР-ТАСС", "ТАСС", "Russian News Agency TASS", "ТАРС")),
    ("RIA Novosti", ("РИА Новости", "RIA", "RIA-Novosti", "РИА")),
    (
        "Interfax",
        (
            "INTERFAX.RU",
            "Интерфакс",
            "Interfax-Ukraine",
            "Интерфакс-Украина",
            "Інтерфакс-Україна",
            "Интерфакс-АВН",
        ),
    ),
    ("Sputnik", ("Спутник", "سبوتنيك")),
    ("Ukrinform", ("Укрінформ", "Укринформ")),
    ("UNIAN", ("УНІАН", "УНИАН")),
    ("BelTA", ("БЕЛТА", "БелТА")),
    ("Kazinform", ("Казинформ", "Kazinform International News Agency")),
    ("Trend", ("Trend News Agency",)),
    ("AzerTag", ("AZERTAC", "АзерТАдж")),
    # English-language world services
    ("Reuters", ("Reuter", "Thomson Reuters", "رويترز", "Рейтер")),
    ("AP", ("Associated Press", "The Associated Press", "أسوشيتد برس")),
    (
        "AFP",
        ("Agence France-Presse", "Agence France Presse", "AFP PHOTO", "أ ف ب", "فرانس برس", "Франс Пресс"),
    ),
    ("UPI", ("United Press International",)),
    ("Bloomberg", ("Bloomberg News",)),
    ("NYT News Service", ("New York Times News Service", "NYT", "N.Y. Times News Service")),
    ("PA", ("Press Association", "PA Media")),
    ("AAP", ("Australian Associated Press",)),
    # Europe
    ("dpa", ("Deutsche Presse-Agentur", "dpa-AFX")),
    ("EFE", ("Agencia EFE",)),
    (
        "ACAN-EFE",
        (
            "ACAN - EFE",
            "ACAN",
        ),
    ),
    ("ANSA", ("Agenzia Nazionale Stampa Associata",)),
    ("Europa Press", ()),
    ("ATS", ("ATS-SDA", "Agence Télégraphique Suisse")),
    ("SDA", ("SDA-ATS", "Schweizerische Depeschenagentur", "Keystone-SDA")),
    ("APA", ("Austria Presse Agentur",)),
    ("Belga", ()),
    ("ANP", ("Algemeen Nederlands Persbureau",)),
    ("NTB", ("Norsk Telegrambyrå",)),
    ("TT", ("Tidningarnas Telegrambyrå",)),
    ("STT", ("Suomen Tietotoimisto", "STT-FNB")),
    ("Ritzau", ("Ritzaus Bureau",)),
    ("ANA-MPA", ("ANA", "AMNA", "Athens News Agency", "ΑΠΕ-ΜΠΕ", "ΑΠΕ")),
    ("Lusa", ()),
    ("PAP", ("Polska Agencja Prasowa",)),
    ("CTK", ("ČTK", "Česká tisková kancelář")),
    ("MTI", ("Magyar Távirati Iroda",)),
    ("BTA", ("Bulgarian News Agency",)),
    ("Agerpres", ()),
    ("Tanjug", ("Танјуг",)),
    ("HINA", ("Hrvatska izvještajna novinska agencija",)),
    ("STA", ("Slovenska tiskovna agencija",)),
    ("Anadolu", ("Anadolu Agency", "Anadolu Ajansı", "AA", "الأناضول")),
    # Asia and the Pacific
    ("Xinhua", ("Xinhua News Agency", "新华社", "新華社", "شينخوا", "Синьхуа")),
    ("China News Service", ("中新社", "中新网", "中國新聞社", "CNS")),
    ("People's Daily", ("人民网", "人民日报", "People's Daily Online")),
    ("Kyodo", ("Kyodo News", "共同通信", "共同社", "共同")),
    ("Jiji", ("Jiji Press", "時事通信", "時事")),
    ("Yonhap", ("Yonhap News Agency", "연합뉴스")),
    ("KCNA", ("Korean Central News Agency",)),
    ("PTI", ("Press Trust of India", "भाषा", "Bhasha")),
    ("ANI", ("Asian News International",)),
    ("IANS", ("Indo-Asian News Service",)),
    ("UNI", ("United News of India", "یو این آئی", "यूनीवार्ता")),
    ("Bernama", ()),
    ("Antara", ()),
    ("PNA", ("Philippine News Agency",)),
    ("CNA", ("Central News Agency",)),
    ("VNA", ("Vietnam News Agency", "TTXVN")),
    # Middle East and Africa
    ("IRNA", ("Islamic Republic News Agency", "إرنا", "ایرنا")),
    ("WAM", ("Emirates News Agency", "وام")),
    ("SPA", ("Saudi Press Agency", "واس")),
    ("MENA", ("Middle East News Agency", "أ ش أ")),
    ("QNA", ("Qatar News Agency", "قنا")),
    ("KUNA", ("Kuwait News Agency", "كونا")),
    ("SAPA", ("South African Press Association",)),
    # The Americas
    ("Notimex", ()),
    ("Telam", ("Télam",)),
    ("Prensa Latina", ()),
)

#: Aliases that datelines print bare, outside brackets or slashes (``Москва. 30 апреля. INTERFAX.RU -``,
#: ``SAITAMA, Japan, Dec. 9 Kyodo -``, ``Pretoria March 9 SAPA --``). Bare matching is limited to these
#: because short names such as ``AP`` or ``TT`` are ordinary words in running text.
BARE_CREDITS: tuple[str, ...] = (
    "INTERFAX.RU",
    "Interfax",
    "Интерфакс",
    "РИА Новости",
    "RIA Novosti",
    "ТАСС",
    "TASS",
    "Kyodo",
    "Kyodo News",
    "SAPA",
    "Xinhua",
    "Bernama",
    "Antara",
    "Prensa Latina",
    "Notimex",
    "AAP",
    "SPA",
    "AZERTAC",
    "AzerTag",
    "Kazinform",
    "Казинформ",
    "IRNA",
    "Укрінформ",
    "Ukrinform",
    "Agerpres",
)

#: Agencies whose name ends a photo credit (``Jane Roe/TASS``, ``REUTERS/Jane Roe``), by canonical
#: name: a test checks that each is one of :data:`AGENCIES` ...
PHOTO_AGENCIES: tuple[str, ...] = (
    "TASS",
    "AP",
    "AFP",
    "Reuters",
    "dpa",
    "Xinhua",
    "ANSA",
    "EFE",
    "Anadolu",
    "Sputnik",
    "RIA Novosti",
    "PA",
    "Kyodo",
    "Yonhap",
    "AAP",
    "Belga",
    "ANP",
    "NTB",
    "Bloomberg",
)
#: ... and the other names a photo credit ends with: photo services, archives and spellings.
PHOTO_CREDIT_NAMES: tuple[str, ...] = (
    "AP Photo",
    "REUTERS",
    "EPA",
    "Getty Images",
    "Keystone",
    "Scanpix",
    "Press Association",
    "Archiv",
    "picture alliance",
    "Zuma",
    "Imago",
    "Shutterstock",
    "SIPA",
)

#: Agencies whose name alone on a line (``Reuters``, ``© AFP``) is a service line.
SERVICE_LINE_AGENCIES: tuple[str, ...] = ("Reuters", "AP", "AFP", "TASS")

#: Labels printed where a place belongs that are not places (FBIS monitoring reports).
NON_PLACES: tuple[str, ...] = ("CLANDESTINE", "NO CITY", "NO DATELINE")
