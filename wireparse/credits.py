"""Words around credits and bylines that are not a name: a correspondent's title inside a credit
(``/Корр. ТАСС Иван Петров/``), words that say a dateline has no date, and the affiliations,
genres, time zones and suffixes a byline may print beside its authors. Data only."""

#: Titles a desk prints before the agency and its correspondent's name inside a credit.
CORRESPONDENT_WORDS: tuple[str, ...] = (
    "Корр.",
    "корр.",
    "Корреспондент",
    "корреспондент",
    "Спецкорр.",
    "спецкорр.",
    "Спец. корр.",
    "спец. корр.",
    "Собкорр.",
    "собкорр.",
    "Соб. корр.",
    "соб. корр.",
    "Кор.",
    "Кореспондент",
    "кореспондент",
    # Bulgarian, with its article and "of" before the agency (BTA: "/Кореспондентът на БТА Jane Roe/")
    "Кореспондентът на",
    "кореспондентът на",
    "Кореспондент на",
    "кореспондент на",
    "Власкор",
    "власкор",
    "Corr.",
    "corr.",
    "Correspondent",
    "correspondent",
    "Special correspondent",
    "Staff correspondent",
    "Korr.",
    "Korrespondent",
    "Corresponsal",
    "Correspondant",
    # ... and in the languages of Central and Eastern Europe and the Baltic states, his or hers
    # ("(zpravodajka ČTK)", "(dopisnik Hine)")
    "zpravodaj",
    "zpravodajka",
    "spravodajca",
    "spravodajkyňa",
    "korespondent",
    "korespondentka",
    "dopisnik",
    "dopisnica",
    "tudósító",
    "corespondent",
    "corespondentul",
    "korespondentas",
    "korespondente",
    "korespondents",
    "korrespondent",
    "Korrespondentin",
    "corrispondente",
    "correspondente",
    # ... and in the Turkic languages of Russia and Central Asia, after the agency ("its
    # correspondent": "/«Acme» МА хәбәрсеһе Jane Roe/")
    "хәбәрсеһе",
    "хәбәрчесе",
    "хәбәрчебез",
    "тилшысы",
    "кабарчысы",
    "мухбири",
)

#: Words a desk prints where a dateline's date or region would stand to say there is none: read
#: in the region's place, they are no region (``SAN SALVADOR, NO DATE (FBIS) --``).
NO_DATE_WORDS: tuple[str, ...] = (
    "no date",
    "undated",
    "date not given",
    "dateline not given",
    "sin fecha",
    "sans date",
    "ohne datum",
    "без даты",
)

#: Words of a newspaper's, agency's or broadcaster's name: a byline part holding one is an
#: affiliation, not an author (``Tom Roe, The Springfield Herald``, ``San Mateo Chronicle``).
#: A company's legal form, closing its name (``Norsk Telegrambyrå AS``, ``Agencia EFE, S.A.``):
#: folded, no person's name ends so.
COMPANY_FORMS: tuple[str, ...] = (
    "gmbh", "ag", "as", "asa", "a/s", "ab", "oy", "oyj", "ltd", "ltd.", "limited", "inc", "inc.",
    "llc", "plc", "corp.", "s.a.", "s.a", "sa", "s.p.a.", "spa", "srl", "s.r.l.", "b.v.", "bv", "n.v.",
    "nv", "sarl", "s.l.", "pty", "ооо", "оао", "зао", "ао", "фгуп", "publ", "(publ)", "egen", "eg", "kg",
    "se", "oü", "uab", "sia",
)  # fmt: skip

ORGANISATION_WORDS: frozenset[str] = frozenset(
    {
        "times", "herald", "chronicle", "post", "news", "tribune", "union-tribune", "globe", "journal",
        "gazette", "telegraph", "telegram", "star-telegram", "inquirer", "examiner", "daily", "weekly",
        "magazine", "newspaper", "newspapers", "review", "bulletin", "courier", "observer", "guardian",
        "independent", "register", "dispatch", "sentinel", "statesman", "monitor", "agency",
        "agencia", "agência", "agenzia", "agence", "agentur", "agenția", "agencja", "агентство",
        # (a broadcaster's studio or bureau abroad: "ARD-Studio Brüssel", "ZDF-Büro Kairo")
        "studio", "büro", "hauptstadtstudio",
        "service", "servicio", "serviço", "servizio", "dienst", "служба", "servis", "serwis", "syndicate", "network", "radio", "television", "tv", "online", "deutschland",
        "zeitung", "nachrichten", "rundschau", "kurier", "allgemeine", "presse", "diario",
        "periódico", "gazeta", "gazzetta", "corriere", "giornale", "journaal", "tidning", "avis",
        "jour", "standaard", "krant", "dagblad", "folha", "jornal", "diário", "lehti", "noviny",
        "газета", "известия", "вести", "новости",
        # a release's kind, printed where a writer's name would stand ("Peer-Reviewed Publication")
        "publication",
        # a mail's newsletter, signing its issue ("Baltic Briefing | 30 August 2023")
        "briefing", "digest", "newsletter", "roundup",
        # a paper's edition, printed where a byline may stand ("Final Edition")
        "edition", "ausgabe", "édition", "edición", "edizione", "edição",
        # a desk that signs in its own name ("HABER MERKEZİ", "Redazione", "Mwandishi Wetu")
        "desk", "newsroom", "merkezi", "merkez", "redazione", "redacción", "rédaction", "redaktion",
        "redactie", "redakcja", "redakce", "redação", "redacció", "редакция", "редакція", "mwandishi",
    }
) | frozenset(COMPANY_FORMS)  # fmt: skip

#: Stems of the words a news organisation names itself by (agency, press, news) in the languages
#: and scripts the agencies publish in, found anywhere in a word (``Agence``, ``агентлаг``,
#: ``สำนักข่าว``): a page's masthead holds one.
NEWS_ORGANISATION_STEMS: tuple[str, ...] = (
    # agency
    "agenc", "agenț", "agenţ", "agentur", "agenzia", "ajans", "agensi", "آژانس", "اژانس", "wakaalad", "агентств", "агенци", "агенциј",
    "агентлаг", "агенттиг", "агенцт", "وكالة", "الوكالة", "خبرگزاری", "خبررساں", "סוכנות",
    "πρακτορείο", "სააგენტო", "գործակալ", "通信社", "通讯社", "通訊社", "통신", "สำนักข่าว",
    "ສຳນັກຂ່າວ", "ភ្នាក់ងារ", "संवाद समिति", "সংবাদ সংস্থা", "ዜና አገልግሎት",
    # press
    "presse", "prensa", "imprensa", "пресс", "basın",
    # news
    "news", "новост", "новини", "вести", "вијести", "noticias", "notizie", "nachrichten", "nieuws",
    "nyheter", "uutiset", "haberler", "berita", "tin tức", "أنباء", "الأنباء", "للأنباء", "اخبار",
    "أخبار", "חדשות", "ειδήσεις", "ειδήσεισ", "ニュース", "新聞", "新闻", "뉴스", "ข่าว", "ຂ່າວ", "ព័ត៌មាន",
    "ዜና", "समाचार", "સમાચાર", "ਖ਼ਬਰ", "వార్త", "ಸುದ್ದಿ", "செய்தி", "വാർത്ത", "ìròyìn", "খবর", "日報", "日报", "時報", "时报", "新報", "新报", "電台", "电台", "電視台", "电视台", "晚報", "晚报", "早報", "早报", "lajme", "жаңалық", "мэдээ", "маалымат", "ахборот", "ამბები", "լուր",
    "wararka", "habari", "labarai",
    # (news in the languages of West and Southern Africa, Madagascar and the Creoles, and Yiddish:
    # Wolof, Bambara, Afrikaans, Sesotho, Setswana, Zulu and Xhosa, Malagasy, Haitian Creole)
    "xibaar", "kunnafoni", "akụkọ", "nuus", "ditaba", "dikgang", "izindaba", "iindaba", "vaovao", "nouvèl",
    "נײַעס", "נייעס",
)  # fmt: skip

#: Words a public body, a university or an institute names itself by, as a release's or a
#: press office's page prints its name over the title (``Polizei Hamburg``, ``European
#: Commission - Press release``, ``Ministerio de Agricultura``): whole words, casefolded.
PUBLIC_BODY_WORDS: frozenset[str] = frozenset(
    {
        "ministry", "ministerio", "ministère", "ministerium", "bundesministerium", "ministero",
        "ministério", "ministerie", "министерство", "міністерство", "department", "departement",
        "parliament", "parlament", "parlement", "parlamento", "bundestag", "bundesrat", "landtag",
        "commission", "kommission", "comisión", "commissione", "comissão", "government",
        "regierung", "bundesregierung", "gobierno", "gouvernement", "governo", "regering",
        "police", "polizei", "policía", "polizia", "polícia", "politi", "polisen", "poliisi",
        "politie", "senate", "senat", "senado", "sénat", "assembly", "assemblée", "asamblea",
        "university", "universität", "universidad", "université", "università", "universiteit",
        "institute", "institut", "instituto", "istituto", "pressestelle", "pressemitteilung",
        "communiqué", "comunicado", "comunicato", "embassy", "botschaft", "embajada", "ambassade",
        "office", "information", "informação", "información",
        # a head of state's office and a parliament's chambers and services, in more languages
        # ("Президент России", "Государственная Дума", "लोक सभा सचिवालय", "पत्र सूचना कार्यालय")
        "president", "presidency", "présidence", "presidencia", "präsident", "bundespräsident",
        "президент", "кремль", "kremlin", "élysée", "дума", "правительство", "пресс-служба",
        "secretariat", "secrétariat", "secretaría", "кабинет", "कार्यालय", "सचिवालय", "मंत्रालय",
        "सरकार", "विभाग",
        # a church's bodies, as its news services sign their writers' affiliation ("Diocese of
        # Acme", "Archidiocèse de ...", "Diözese ...")
        "diocese", "archdiocese", "diocèse", "archidiocèse", "diócesis", "arquidiócesis", "diocesi",
        "arcidiocesi", "diözese", "erzdiözese", "bistum", "erzbistum", "eparchy", "епархия", "synod",
    }
)  # fmt: skip

#: International broadcasters and outlets that run agency copy on their pages, as their mastheads
#: print them: whole words, in their case (``BBC News, Mundo``, ``DW | Made for minds``).
NEWS_OUTLETS: tuple[str, ...] = (
    "BBC", "Би-би-си", "بي بي سي", "बीबीसी", "DW", "Deutsche Welle", "VOA", "Voice of America",
    "La Voz de América", "RFI", "France 24", "Euronews", "euronews", "NHK", "CNN", "Al Jazeera",
    "الجزيرة", "Sky News", "ABC News", "CBC", "RTÉ", "SBS", "TRT", "CGTN", "Arirang", "KBS", "RT",
    # (public broadcasters' names, and the word for a broadcaster's news service: "TV5MONDE Info")
    "ORF", "ARD", "ZDF", "SRF", "RSI", "RTS", "RTBF", "VRT", "RAI", "RTVE", "RTP", "RTL", "SABC",
    "NBC", "CBS", "NPR", "PBS", "ITV", "TF1", "SVT", "NRK", "YLE", "ERR", "LRT", "TVP", "ČT", "RTVS",
    "HRT", "MRT", "ERT", "BFM", "franceinfo", "France Info", "France Inter", "Radio-Canada",
    "TV5MONDE", "ABC", "Info", "ORTM", "RTI", "ORTB", "RTNC", "ZBC", "GBC", "KBC", "UBC",
)  # fmt: skip

#: The abbreviations Russian and Ukrainian desks print before a news agency's name in their
#: credit (``ИА Регнум``, ``ИА PrimaMedia``, ``ІА «Акме»``): a credit the table need not know.
AGENCY_NAME_PREFIXES: tuple[str, ...] = ("ИА", "ІА", "ИАА", "МИА", "РИА")

#: The word for "agency" before an agency's name as it prints it in full (``Agência Lusa``,
#: ``Agenzia ANSA``, ``Agencia Atlas``), folded: the name after it is the agency's.
AGENCY_WORDS_BEFORE_NAME: tuple[str, ...] = (
    "agencia", "agência", "agenzia", "agence", "agentur", "agency", "agenția", "agencja", "agentstvo",
    "агентство", "агенція", "ajansı", "آژانس", "خبرگزاری", "وكالة", "وکالت", "اژانس",
)  # fmt: skip

#: Words a newspaper's title holds, as whole words in their own case (``The Herald``, ``Kuznetsk
#: Vestnik``): a masthead's sign, as an agency's name is.
NEWSPAPER_TITLE_WORDS: tuple[str, ...] = (
    "Herald", "Times", "Post", "Tribune", "Gazette", "Chronicle", "Courier", "Observer", "Guardian",
    "Telegraph", "Inquirer", "Examiner", "Sentinel", "Journal", "Daily", "Newspaper", "Zeitung",
    "Tageblatt", "Anzeiger", "Rundschau", "Gazzetta", "Corriere", "Giornale", "Diario", "Diário",
    "Jornal", "Gazeta", "Dziennik", "Noviny", "Novine", "Вестник", "вестник", "Газета", "газета",
    "Известия", "Правда", "Ledger", "Dispatch", "Register", "Record", "Bulletin", "Mirror", "Express",
    "Standard", "Nouvelliste", "Sanomat", "Tidning", "Tidende", "Posten", "Avis", "Bladet", "Žinios",
    "žinios", "Ziņas", "Leht",
    # (the evening, morning, voice and echo of French, Spanish, Italian, Dutch and German titles)
    "Soir", "Matin", "Dépêche", "Progrès", "Nouvelles", "Écho", "Heraldo", "Crónica", "Stampa",
    "Messaggero", "Nieuwsblad", "Courant", "Dagblad", "Blatt", "Kurier", "Burger",
)  # fmt: skip

#: Words a broadcaster names itself by, whole and in their case (``Midwest Public Radio``, ``Acme
#: Television``): the name of a writer's station under the writer's name.
BROADCAST_WORDS: frozenset[str] = frozenset(
    {"Radio", "Television", "TV", "Broadcasting", "Rádio", "Radiotelevisión", "Rundfunk", "Fernsehen",
     "Télévision", "Televisión", "Televisão", "Televisione", "Радио", "Телевидение", "Радіо", "FM",
     "Radiyo", "Redio", "Rediyo", "Radyo", "Ràdio", "Radju", "Radijo"}
)  # fmt: skip

#: Articles a paper's name opens with (``Le Figaro``, ``El País``, ``Die Welt``): an article and one
#: word are a title, not a person (``Le Figaro et AFP``); in a longer name the word may be a
#: surname's particle (``Marine Le Pen``, ``Le Thi Hoa``), so only the two-word form is refused.
TITLE_ARTICLES: frozenset[str] = frozenset(
    {"the", "le", "la", "les", "l'", "el", "los", "las", "il", "lo", "gli", "der", "die", "das", "het"}
)

#: What a byline may end with that is the story's genre, not its author (``Jane Roe - Analysis``).
BYLINE_GENRE_WORDS: frozenset[str] = frozenset(
    {"analysis", "commentary", "feature", "interview", "opinion", "column", "review", "update", "factbox",
     "analyse", "kommentar", "análisis", "analisi", "анализ", "комментарий"}
)  # fmt: skip

#: Time zones: ``All Times EDT`` above a table is no name.
TIME_ZONES: frozenset[str] = frozenset(
    {"edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc", "bst", "cet", "cest",
     "eet", "eest", "msk", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt", "wib", "wita", "wit",
     "pht", "ict", "pkt", "npt", "gst", "ast", "cat", "eat", "wat", "sast", "brt", "art", "nzdt", "nzst",
     "et", "ct", "mt", "pt",
     # (Canada's French zones, heure normale or avancée de l'Est ...; Central Europe's in German;
     # Hawaii's, Alaska's and Australia's western and central ones)
     "hne", "hae", "hnc", "hac", "hnr", "har", "hnp", "hap", "hna", "haa", "hnt", "hat", "mez", "mesz",
     "oez", "oesz", "wez", "wesz", "hst", "akst", "akdt", "awst", "acst", "acdt"}
)  # fmt: skip

#: Name suffixes that keep their stop (``Don Roe Jr.``).
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr"})

#: Titles a Korean reporter's name carries inside a Yonhap-style credit (``김철수 기자``).
KOREAN_REPORTER_TITLES: tuple[str, ...] = ("기자", "특파원")

#: Words for "on" that a desk prints between a dateline's place and its date (Arabic ``في``).
DATE_PREPOSITIONS: tuple[str, ...] = ("في",)
