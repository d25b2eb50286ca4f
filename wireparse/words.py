"""Word tables the parser consults: particles of place and personal names, byline titles,
navigation labels, sign-offs and the other fixed strings of wire copy.

Data only; ``patterns.py`` and ``casing.py`` turn them into patterns and rules.
"""

#: Words kept in lower case inside a place or personal name printed in capitals
#: (``RIO DE JANEIRO`` -> ``Rio de Janeiro``, ``ROSTOV-NA-DONU`` -> ``Rostov-na-Donu``).
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "de",
        "del",
        "della",
        "delle",
        "dei",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "des",
        "la",
        "las",
        "le",
        "les",
        "lo",
        "los",
        "el",
        "es",
        "y",
        "e",
        "i",
        "et",
        "en",
        "sur",
        "sous",
        "lès",
        "aux",
        "am",
        "an",
        "im",
        "in",
        "bei",
        "ob",
        "der",
        "den",
        "dem",
        "van",
        "von",
        "zu",
        "zum",
        "zur",
        "ter",
        "ten",
        "aan",
        "op",
        "upon",
        "on",
        "of",
        "the",
        "and",
        "al",
        "bin",
        "ibn",
        "на",
        "над",
        "под",
        "де",
        "ла",
        "ле",
        "дель",
    }
)

#: Name prefixes that keep the next letter in capitals (``D'OEX`` -> ``d'Oex``, ``MCALLEN``).
APOSTROPHE_PREFIXES: frozenset[str] = frozenset({"d", "l", "o"})

#: Words that open a byline and are not part of a name, in the languages of wire copy.
#: The words for an agency's staff that sign a story in its name (``By dpa correspondents``).
AGENCY_STAFF_WORDS: tuple[str, ...] = (
    "staff",
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "staff writers",
    "staff reporters",
    "writers",
)
BYLINE_OPENERS: tuple[str, ...] = (
    "By",
    "BY",
    "by",
    "Autor",
    "Autorin",
    "Text:",
    "Texto:",
    "Автор:",
    # more desks' openers, with the colon they print
    "Autor:",
    "Autorin:",
    "Autore:",
    "Auteur:",
    "Reporter:",
    "Written by",
    "Reported by",
    "Report by",
    "Story by",
    "Text by",
    "Words by",
    "מאת",
    "מאת:",
    "Escrito por",
    "Skrevet af",
    "Skrevet av",
    "Oleh:",
    "Penulis:",
    "Yazan:",
    "Muhabir:",
    "Tác giả:",
    "بقلم",
    "بقلم:",
    "کتبه:",
)

#: Openers of a byline that are also words of a sentence (``Di``, ``Par``, ``Na``, ``Από``): a line
#: opening with one is a byline only when a name follows it and nothing else but an affiliation
#: after a comma or dash (``Par Jean Dupont, envoyé spécial``; ``Di Roma si parla`` is a sentence).
#: "By" in Swahili, Albanian, Filipino and Hausa; the Greek article of a name in the genitive.
BYLINE_WORD_OPENERS: tuple[str, ...] = (
    "From",
    "Von",
    "von",
    "Par",
    "par",
    "Por",
    "por",
    "Di",
    "di",
    "Door",
    "door",
    "Av",
    "av",
    "Af",
    "af",
    "Od",
    "По",
    "Oleh",
    "Na",
    "Nga",
    "Ni",
    "Daga",
    "Gan",
    "Του",
    "Της",
    "Από",
)

#: Words that tie a byline's author to where they file from (``Jane Roe in London``): the
#: author's name ends before them.
BYLINE_PLACE_WORDS: frozenset[str] = frozenset({"in", "from", "aus", "en", "à", "em", "w", "в", "из"})

#: Words that turn a byline part into a title or affiliation rather than a name
#: (``Associated Press Writer``, ``Political Correspondent``).
BYLINE_TITLE_WORDS: frozenset[str] = frozenset(
    {
        "writer",
        "writers",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "reporter",
        "reporters",
        "staff",
        "bureau",
        "chief",
        "columnist",
        "contributor",
        "contributors",
        "analyst",
        "photographer",
        "special",
        "senior",
        "political",
        "business",
        "science",
        "medical",
        "sports",
        "diplomatic",
        "economics",
        "economic",
        "technology",
        "press",
        "association",
        "news",
        "service",
        "agency",
        "newspaper",
        "international",
        "national",
        "online",
        "media",
        "associated",
        "ap",
        "times",
        "post",
        "herald",
        "journal",
        "daily",
        "desk",
        "korrespondent",
        "korrespondentin",
        "redakteur",
        "redakteurin",
        "corresponsal",
        "enviado",
        "enviada",
        "especial",
        "speciale",
        "spécial",
        "correspondant",
        "correspondante",
        "corrispondente",
        "repórter",
        "redacción",
        "redação",
        "our",
        "envoyé",
        "envoyée",
        "inviato",
        "корреспондент",
        "기자",
        "특파원",
        # the staff credits of South Asian and Middle Eastern papers, printed alone where a byline
        # stands ("लोकसत्ता प्रतिनिधी", "സ്വന്തം ലേഖകൻ", "নিজস্ব প্রতিবেদক", "اسٹاف رپورٹر")
        "प्रतिनिधी",
        "प्रतिनिधि",
        "संवाददाता",
        "ब्यूरो",
        "প্রতিবেদক",
        "সংবাদদাতা",
        "প্রতিনিধি",
        "رپورٹر",
        "نمائندہ",
        "نامہ نگار",
        "ലേഖകൻ",
        "ലേഖിക",
        "ವಾರ್ತೆ",
        "ವರದಿಗಾರ",
        "நிருபர்",
        "செய்தியாளர்",
        "ప్రతినిధి",
        "విలేకరి",
        "ਬਿਊਰੋ",
        "ਪ੍ਰਤੀਨਿਧ",
        "પ્રતિનિધિ",
        "වාර්තාකරු",
        "مراسل",
        "مراسلنا",
        "خبرنگار",
    }
)

#: Lines of site navigation printed around web copy.
NAVIGATION: frozenset[str] = frozenset(
    {
        "all news",
        "home",
        "e-mail to a friend",
        "email to a friend",
        "scroll down for video",
        "news",
        "menu",
        "share",
        "advertisement",
        "read more",
        "back to top",
        "top stories",
        "latest news",
        "все новости",
        "главная",
        "новости",
        "поделиться",
        "alle nachrichten",
        "startseite",
        "toutes les actualités",
        "todas las noticias",
        "skip to content",
        # a page's links past its menu, for screen readers
        "skip to main content",
        "skip to navigation",
        "zum inhalt springen",
        "aller au contenu",
        "aller au contenu principal",
        "ir al contenido",
        "saltar al contenido",
        "перейти к содержанию",
        "본문 바로가기",
        "메뉴 바로가기",
        "listen to this article",
        "listen to article",
        "share this article",
        "sign in",
        "subscribe",
        "world",
        "politics",
        "business",
        "economy",
        "society",
        "sports",
        "sport",
        "science",
        "culture",
        "opinion",
        "international",
        "military & defense",
        "russia",
        "live",
        "video",
        "photo",
        "gallery",
        "comments",
        "print",
        "email",
        "tweet",
        "follow",
        "more",
        "также",
        "в мире",
        "политика",
        "экономика",
        "общество",
        "спорт",
        "культура",
        "наука",
        "происшествия",
    }
)

#: Headings over a page's list of related stories, alone on their line (``Related stories``,
#: ``相关新闻``): navigation, and the short list under them too. Compared in any case.
RELATED_HEADINGS: tuple[str, ...] = (
    "related",
    "related news",
    "related stories",
    "related articles",
    "more news",
    "more on this story",
    "материалы по теме",
    "по теме",
    "читайте также",
    "mehr zum thema",
    "noticias relacionadas",
    "notícias relacionadas",
    "articles liés",
    "sur le même sujet",
    "articoli correlati",
    "berita terkait",
    "相关新闻",
    "相关阅读",
    "相關新聞",
    "관련기사",
    "관련 기사",
    "関連記事",
    "tin liên quan",
    "ข่าวที่เกี่ยวข้อง",
    "ذات صلة",
    "أخبار ذات صلة",
    "مطالب مرتبط",
)

#: Words that tell a time of day besides its figures (``10 p.m.``, ``14.30 Uhr``), time zones apart.
CLOCK_WORDS: tuple[str, ...] = ("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "h", "hrs", "uhr")

#: Words a timestamp line may hold besides numbers and month names (``Updated 10:15 AM GMT``).
TIME_WORDS: frozenset[str] = frozenset(
    {
        # the signs of year, month, day, hour and minute of Chinese, Japanese and Korean dates
        "年",
        "月",
        "日",
        "時",
        "时",
        "点",
        "分",
        "년",
        "월",
        "일",
        "시",
        "분",
        "updated",
        "update",
        "published",
        "posted",
        "added",
        "פורסם",
        "עודכן",
        "last",
        "modified",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "gmt",
        "utc",
        "est",
        "edt",
        "cet",
        "cest",
        "msk",
        "bst",
        "pst",
        "pdt",
        "mst",
        "mdt",
        "cst",
        "cdt",
        "송고시간",
        # the words around a date of another calendar (``२०८१ वैशाख १५ गते``, ``১৮ আশ্বিন ১৪৩১
        # বঙ্গাব্দ``, ``Juche 113``)
        "गते",
        "गतेको",
        "বঙ্গাব্দ",
        "juche",
        # "as of" over a German page's time, and the letters of Arabic desks' time zones after a
        # time (16:22ت م)
        "stand",
        # the letters of an ordinal day (5th March 2011)
        "st",
        "nd",
        "rd",
        "th",
        "ت",
        "م",
        "جمت",
        "ist",
        "jst",
        "kst",
        "at",
        "on",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "aktualisiert",
        "veröffentlicht",
        "um",
        "uhr",
        "обновлено",
        "опубликовано",
        "mis",
        "à",
        "jour",
        "actualizado",
        "publicado",
        "h",
        "min",
        "read",
        "ago",
        # how long ago, in words ("Updated a day ago")
        "a",
        "an",
        "day",
        "days",
        "week",
        "weeks",
        "minute",
        "minutes",
        "yesterday",
        "hours",
        "hour",
        "today",
        # the small words and openers of a date line in other languages (``Actualizado el 7 de
        # marzo``, ``Publié le 07/03/2024 à 14h35``, ``Aggiornato il 7 marzo alle ore 14``)
        "el",
        "de",
        "del",
        "le",
        "la",
        "les",
        "den",
        "des",
        "di",
        "il",
        "alle",
        "ore",
        "om",
        "op",
        "em",
        "às",
        "o",
        "godz",
        "publié",
        "aggiornato",
        "pubblicato",
        "gepubliceerd",
        "bijgewerkt",
        "opublikowano",
        "zaktualizowano",
        "atualizado",
        "güncelleme",
        "yayınlanma",
        "giriş",
        "tarihi",
        # Korean and Japanese stamps of when a story was sent or posted (``2024/03/05 11:42 송고``,
        # ``입력 2024.03.05 11:42``, ``3/5(火) 11:42配信``)
        "송고",
        "입력",
        "수정",
        "기사입력",
        "최종수정",
        "配信",
        "更新",
        "uppdaterad",
        "publicerad",
        "päivitetty",
        "julkaistu",
        "opdateret",
        "oppdatert",
        "publisert",
        "publiceret",
        "objavljeno",
        "ažurirano",
        "u",
        "közzétéve",
        "frissítve",
        "publicat",
        "actualizat",
        # the Scandinavian and Thai words for o'clock and time (``kl. 11:42``, ``เวลา 11:42 น.``)
        "kl",
        "น",
        "เวลา",
        "et",
        "ct",
        "mt",
        "pt",
    }
)

#: The words a web page's time stamp opens with, casefolded (``Posted: Jul 17, 2024``,
#: ``Publié le 4 mars``): never a dateline's place.
STAMP_OPENERS: tuple[str, ...] = (
    "posted",
    "added",
    "updated",
    "published",
    "last updated",
    "publié",
    "publié le",
    "mis à jour",
    "publicado",
    "actualizado",
    "atualizado",
    "aktualisiert",
    "veröffentlicht",
    "pubblicato",
    "aggiornato",
    "опубликовано",
    "обновлено",
)

#: Labels an export prints alone on their line, without a colon (Nexis Uni's ``Body`` above the
#: story's text), with the role they give.
BARE_FIELD_LABELS: dict[str, str] = {"body": "body"}


#: The mark a summarisation dataset's story files print alone on a line before each of the
#: story's highlights, after its text (``@highlight``): like a notebook's mark, what follows the
#: first is no story text.
HIGHLIGHT_MARKS: tuple[str, ...] = ("@highlight",)


#: The labels of the time stamps a flattened page head runs into the story's first line, its fields
#: parted by spaced stops (``By . Jane Roe . PUBLISHED: . 07:14 EST, 5 March 2013 . | . UPDATED:
#: . ... . Text``), as a summarisation dataset's files print a paper's page: a label closed by a
#: colon, its time the next field; or a stamp opened by the words, its time inside it.
RUN_IN_STAMP_LABELS: tuple[str, ...] = ("published:", "updated:", "created:", "last updated:")
RUN_IN_STAMP_OPENERS: tuple[str, ...] = (
    "last updated at ",
    "last updated on ",
    "updated at ",
    "published at ",
)


#: A page's row of buttons to share the story: the verbs (any language), the networks, and the
#: small words between them (``Share: Facebook | X``, ``Compartir en Facebook Compartir en X``).
SHARE_VERBS: frozenset[str] = frozenset(
    {
        "share",
        "shares",
        "compartir",
        "comparte",
        "partager",
        "partagez",
        "teilen",
        "condividi",
        "compartilhar",
        "compartilhe",
        "partilhar",
        "delen",
        "dela",
        "del",
        "jaa",
        "udostępnij",
        "sdílet",
        "zdieľať",
        "megosztás",
        "distribuie",
        "podijeli",
        "подели",
        "поделиться",
        "поделитесь",
        "поширити",
        "paylaş",
        "bagikan",
        "kongsi",
        "ibahagi",
        "chia",
        "sẻ",
        "شارك",
        "مشاركة",
        "اشتراک",
        "گذاری",
        "שתפו",
        "शेयर",
        "শেয়ার",
        "分享",
        "シェア",
        "공유",
        "แชร์",
        "tweet",
        "email",
        "mail",
        "print",
        "imprimir",
        "drucken",
        "imprimer",
        "copy",
        "link",
        "copiar",
        "enlace",
        "copier",
        "lien",
        "分享到",
        # the page's other tools beside them: its text sizes, comments and print
        # (``字体： 小 中 大  分享到：``, ``공유 댓글 글자크기조정 인쇄``)
        "字体",
        "字號",
        "字号",
        "小",
        "中",
        "大",
        "댓글",
        "글자크기",
        "글자크기조정",
        "인쇄",
    }
)
SOCIAL_NETWORKS: frozenset[str] = frozenset(
    {
        "facebook",
        "twitter",
        "x",
        "telegram",
        "whatsapp",
        "linkedin",
        "vk",
        "vkontakte",
        "ok",
        "одноклассники",
        "вконтакте",
        "pinterest",
        "reddit",
        "viber",
        "line",
        "weibo",
        "wechat",
        "微博",
        "微信",
        "instagram",
        "youtube",
        "tiktok",
        "threads",
        "bluesky",
        "messenger",
    }
)
SHARE_JOINERS: frozenset[str] = frozenset(
    {
        "this",
        "news",
        "story",
        "article",
        "on",
        "via",
        "e",
        "and",
        "or",
        "en",
        "por",
        "sur",
        "par",
        "auf",
        "per",
        "su",
        "no",
        "na",
        "в",
        "на",
        "di",
        "ke",
        "trên",
    }
)
#: Phrases a page's plug for its channels opens with: follow, subscribe, join (navigation).
FOLLOW_PHRASES: tuple[str, ...] = (
    "follow the author",
    "follow us on",
    "follow us",
    "subscribe to our",
    "join our",
    "download the",
    "download our",
    "síguenos en",
    "siga-nos",
    "suivez-nous",
    "folgen sie uns",
    "seguici su",
    "volg ons",
    "obserwuj nas",
    "sledujte nás",
    "подписывайтесь на",
    "подпишитесь на",
    "підписуйтесь на",
    "bizi takip edin",
    "ikuti kami",
    "ikuti berita",
    "تابعونا",
    "تابعوا",
)


#: Whole-line sign-offs that end a story (compared case-insensitively, trailing dots ignored).
SIGNOFFS: frozenset[str] = frozenset(
    {
        "reuter",
        "reuters",
        "enditem",
        "end item",
        "ends",
        "end",
        "end of document",
        "more",
        "(more)",
        "xxx",
        "-0-",
        "nnnn",
        "nn",
        "ap",
        "afp",
        "dpa",
        "кон",
        "конец",
        "fin",
        "fine",
        "(fin)",
        "ende",
        "schluss",
        "eom",
        # the end marks of Chinese, Japanese and Korean copy (（完）, (끝)), read without brackets
        "完",
        "终",
        "終",
        "끝",
        # the end marks of Arabic and Persian copy ((انتهى), انتهای پیام) and of desks in other
        # languages, on a line of their own
        "انتهى",
        "النهاية",
        "انتهاء",
        "انتهای پیام",
        "پایان",
        "پایان پیام",
        "τέλος",
        "край",
        "konec",
        "koniec",
        "vége",
        "loppu",
        "hết",
        "समाप्त",
    }
)

#: Words a desk prints among its codes in a sign-off (``BSS/correspondent/1120/ab``): the
#: correspondent, the staff, the desk, in the languages of the agencies that sign off so.
DESK_WORDS: tuple[str, ...] = (
    "correspondent",
    "corr",
    "staff",
    "desk",
    "সংবাদদাতা",
    "প্রতিনিধি",
    "संवाददाता",
    "प्रतिनिधि",
    "مراسل",
    "خبرنگار",
    "корр",
    "кор",
)

#: Phrases of a notice that a story's rights are reserved, in the languages of the desks that
#: close their copy with one (``<Copyright (c) Acme News, 무단 전재-재배포 금지>``, ``版權所有``):
#: a short closing paragraph that holds one is the agency's notice, not story text. Casefolded.
RIGHTS_PHRASES: tuple[str, ...] = (
    "all rights reserved",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "tutti i diritti riservati",
    "riproduzione riservata",
    "все права защищены",
    "всі права захищені",
    "wszelkie prawa zastrzeżone",
    "všechna práva vyhrazena",
    "minden jog fenntartva",
    "tüm hakları saklıdır",
    "hak cipta dilindungi",
    "جميع الحقوق محفوظة",
    "کلیه حقوق",
    "版权所有",
    "版權所有",
    "未经授权",
    "未經授權",
    "無断転載",
    "無断複製",
    "무단 전재",
    "무단전재",
    "재배포 금지",
    "저작권자",
)

#: Small words a dateline's date may follow (``Paris, le 5 mars``, ``Berlin, am 5. März``,
#: ``أبوظبي في 5 مارس``, ``Praha, dne 5. března``, ``Hà Nội, ngày 5/3``), read past only before a date.
DATE_PREPOSITIONS: frozenset[str] = frozenset({"le", "am", "el", "il", "den", "dne", "في", "on", "ngày"})

#: Headings that open a press release's closing sections, in the languages of the wires that
#: carry them: "About" before the company's name ...
ABOUT_HEADINGS: tuple[str, ...] = (
    "About",
    "ABOUT",
    "Über",
    "À propos de",
    "A propos de",
    "Acerca de",
    "Sobre",
    "Informazioni su",
    "Om",
)
#: ... and the contacts.
CONTACT_HEADINGS: tuple[str, ...] = (
    "Media Contacts",
    "Media Contact",
    "Media contacts",
    "Media contact",
    "Press Contacts",
    "Press Contact",
    "Investor Contacts",
    "Investor Contact",
    "Contacts",
    "Contact",
    "CONTACTS",
    "CONTACT",
    "Pressekontakt",
    "Kontakt",
    "Contact presse",
    "Contacto",
    "Contatto",
)

#: Figures an end mark sets between signs (``-0-``, ``--0--``, ``-30-``): alone they are numbers.
END_MARK_FIGURES: frozenset[str] = frozenset({"0", "30"})

#: FBIS and TIPSTER bracketed markers that stand before a body and are not part of it.
SOURCE_MARKERS: tuple[str, ...] = (
    "TEXT",
    "EDITORIAL REPORT",
    "EXCERPTS",
    "EXCERPT",
    "ARTICLE",
    "REPORT",
    "EDITORIAL",
    "COMMENTARY",
    "INTERVIEW",
    "EXCERPTED",
    "CORRECTED",
    "SUMMARY",
    "ITEM",
    "BULLETIN",
    "TRANSLATION",
    "VIDEO",
    "LEAD",
)

#: Take keys and priority words printed on a line of their own before a headline (in any case:
#: dpa prints ``eil``).
TAKE_KEYS: tuple[str, ...] = (
    "URGENT",
    "BULLETIN",
    "FLASH",
    "ALERT",
    "EXTRA",
    "ADVISORY",
    "CORRECTION",
    "CORRECTED",
    "REPEAT",
    "RPT",
    "UPDATE",
    "LEAD",
    "NEW LEAD",
    "WRAPUP",
    "WRITETHRU",
    "SUBS",
    "TOPIX",
    "BREAKING",
    "EILMELDUNG",
    "EIL",
    "EILT",
    "PRIORITY",
    "URGENTE",
    "DRINGEND",
    "ZUSAMMENFASSUNG",
    "МОЛНИЯ",
    "СРОЧНО",
    # other desks' words for urgent, breaking and updated copy
    "ШАШЫЛЫШ",
    "ШАШЫЛЫШ КАБАР",
    "ТЕРМІНОВО",
    "ОБНОВЕНА",
    "ОБНОВЛЕНО",
    "عاجل",
    "خبر عاجل",
    "فوری",
    "SON DAKİKA",
    "ACİL",
    "KHẨN",
    "TIN NÓNG",
    "TERKINI",
    "DARURAT",
    "ด่วน",
)

#: The language of a script that is written for one language mostly (Unicode script name prefix).
SCRIPT_LANGUAGES: dict[str, str] = {
    "CYRILLIC": "ru",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "ARABIC": "ar",
    "DEVANAGARI": "hi",
    "GREEK": "el",
    "HEBREW": "he",
    "THAI": "th",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
    "BENGALI": "bn",
    "TAMIL": "ta",
}

#: Letters that single out one language among those sharing a script; the first found wins.
SCRIPT_MARKERS: dict[str, tuple[tuple[str, str], ...]] = {
    "CYRILLIC": (("ґєії", "uk"), ("ў", "be"), ("ңғүұқөһ", "kk"), ("ђћџљњ", "sr")),
    "ARABIC": (("ےٹڈڑں", "ur"), ("پچژگ", "fa")),
    "CJK": (("のをはがでにへとも", "ja"),),
}

#: Letters of the Latin script that one language (or few) uses: each found counts as evidence.
LATIN_MARKERS: dict[str, str] = {
    "cs": "řůě",
    "pl": "łąęśźżń",
    "tr": "ğış",
    "ro": "șțăî",
    "hu": "őű",
    "de": "ß",
    "es": "ñ¿¡",
    "pt": "ãõ",
    "fr": "œ",
    "is": "ðþ",
    "da": "æø",
    "no": "æø",
    "sv": "å",
}

#: Short words frequent in one language's running text and rare in the others'.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is was that for with said on by from has have".split()),
    "fr": frozenset("le la les des et du une est dans pour que qui sur au pas par avec".split()),
    "es": frozenset("el la los las del que en por con para una se al es fue según".split()),
    "pt": frozenset("o os da das do dos que em para com uma não foi ao pelo pela".split()),
    "de": frozenset("der die das und ist nicht mit den dem von zu ein eine sich auf für".split()),
    "it": frozenset("il la di che è per gli della del una sono nel alla con non".split()),
    "nl": frozenset("de het een van en is dat niet op voor met zijn werd wordt".split()),
    "tr": frozenset("ve bir bu için ile da de olarak olan çok daha sonra".split()),
    "fi": frozenset("ja on ei että se oli myös mukaan kun ovat hän joka".split()),
    "sv": frozenset("och att det som är en på för med inte av till har".split()),
    "no": frozenset("og er det som på for med ikke av til har en et".split()),
    "da": frozenset("og er det som på for med ikke af til har en et".split()),
    "pl": frozenset("i w na nie się że do z jest przez oraz który która było jak".split()),
    "cs": frozenset(
        "v u je se že pro jako které který také podle bude jsou byl byla bylo ve až nebo aby ze".split()
    ),
    "ro": frozenset("și în că pe care pentru este din cu mai fost sunt".split()),
    "hu": frozenset("az és hogy nem egy van meg volt már csak mint".split()),
    "id": frozenset("yang dan di ini itu dengan untuk dari dalam tidak akan".split()),
}

#: Flags a wire puts before a headline about the transmission, not the story
#: (``CORRECTED-``, ``UPDATE 1-``, ``RPT-``): they go to boilerplate as editor's notes.
HEADLINE_FLAGS: tuple[str, ...] = (
    "CORRECTED",
    "UPDATE",
    "RPT",
    "REPEAT",
    "REFILE",
    "WRAPUP",
    "RECASTS",
    "URGENT",
    "FLASH",
    "BULLETIN",
    "ADVISORY",
    "KORREKTUR",
    "ACTUALIZA",
    "CORRIGE",
    "CORREGIDO",
    "RECTIFICA",
    "ОБНОВЕНА",
    "ОБНОВЛЕНО",
    "عاجل",
)

#: Notes a desk closes a headline with, in brackets, about when or how to run it
#: (``(FOR RELEASE THE WEEK OF ...)``, ``(EMBARGOED ...)``): set aside like the flags.
RELEASE_NOTES: tuple[str, ...] = (
    "for release",
    "hold for release",
    "embargoed",
    "embargo",
    "advance",
    "eds",
    "optional trim",
)

#: The word a link to other copy ends with (``(Graphic: storm tracks - here)``).
LINK_WORDS: tuple[str, ...] = ("here", "aquí", "ici", "hier", "здесь")

#: What a short paragraph at a story's end says when it is about the story's writer or where to
#: read more, not news (``Jane Roe writes for The Herald.``, ``Story filed by Acme Newspapers``).
#: How a closing paragraph that says where the story ran opens (``Published in The Herald, March
#: 6th, 2019``): compared at its opening only, since the words also open sentences' clauses.
TAGLINE_OPENERS: tuple[str, ...] = (
    "filed by ",
    "story filed by ",
    "published in ",
    "first published in ",
    "originally published in ",
    "this article first appeared",
    "this story first appeared",
    "a version of this article appeared",
    "publicado en ",
    "publié dans ",
    "erschienen in ",
)
#: The headings of a page's closing sections, alone on their line: what follows them, if short, is
#: end matter (``Sources`` over a wiki story's list of sources).
CLOSING_SECTION_HEADINGS: tuple[str, ...] = (
    "sources",
    "references",
    "external links",
    "related links",
    "fuentes",
    "quellen",
    "источники",
)
#: Phrases of a closing paragraph that says where to reach the writer or read more, which story
#: text also prints ("a deal can be reached", "to visit the country", "said on Twitter"): a
#: tagline only with an address in the paragraph (``Jane Roe can be reached at jroe@example.com``).
CONTACT_PHRASES: tuple[str, ...] = (
    "can be reached",
    "e-mail:",
    "email:",
    "contact:",
    "visit the",
    "visit us",
    "on the world wide web",
    "follow us",
    "follow the author",
    "on twitter",
)
TAGLINE_PHRASES: tuple[str, ...] = (
    # a mail alert's footer, and a live story's note to come back
    "you are receiving this",
    "you received this",
    "to unsubscribe",
    "manage your subscription",
    "this is a developing story",
    "новость дополняется",
    "информация дополняется",
    "толукталууда",
    "this story is developing",
    "writes for",
    "writes about",
    "is a staff writer",
    "is a writer",
    "is a reporter",
    "is a correspondent",
    "is a columnist",
    "is the author of",
    "contributed to this report",
    "contributed to this story",
    "contributed reporting",
    # where the story was first printed (``(This article is excerpted from ...)``, ``This report by
    # ... was first published ...``)
    # a Reuters brief's closing lines
    "source text for",
    "further company coverage",
    "excerpted from",
    "reprinted from",
    "reprinted with permission",
    "first appeared in",
    "originally appeared in",
    "was first published",
    "originally published",
)

#: Openings of a line that restates the headline after a Chinese dateline (``题：...``).
RESTATED_TITLE_MARKERS: tuple[str, ...] = ("题：", "題：", "题:", "題:")

#: Labels that open a line pointing to other stories (``Read more: ...``, ``Читайте также: ...``),
#: in any case.
NAVIGATION_LABELS: tuple[str, ...] = (
    "read more",
    "related topics",
    "topics",
    "related",
    "see also",
    "also read",
    "more on this",
    "read also",
    "διαβάστε ακόμα",
    "διαβάστε επίσης",
    "διαβαστε ακομα",
    "διαβαστε επισης",
    "ასევე წაიკითხეთ",
    "preberite še",
    "preberite tudi",
    "prečítajte si tiež",
    "přečtěte si také",
    "kapcsolódó",
    "citește și",
    "citeşte şi",
    "pročitajte još",
    "прочитајте још",
    "вас також можуть зацікавити новини",
    "ಇದನ್ನೂ ಓದಿ",
    "हेही वाचा",
    "यह भी पढ़ें",
    "ilgili haberler",
    "ayrıca okuyun",
    "labarai masu alaka",
    "soma pia",
    "povezano",
    "related news",
    "related stories",
    "related articles",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "подробнее",
    "povezane vijesti",
    "content highlights",
    "читайте также",
    "также читайте",
    "читайте також",
    "baca juga",
    "lihat juga",
    "leia também",
    "lea también",
    "lee también",
    "leé también",
    "mirá también",
    "ver también",
    "lee además",
    "leggi anche",
    "zie ook",
    "czytaj też",
    "czytaj także",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "بیشتر بخوانید",
    "đọc thêm",
    "xem thêm",
    "관련기사",
    "관련 기사",
    "相关新闻",
    "相關新聞",
    "関連記事",
    "lesen sie auch",
    "mehr zum thema",
    "lire aussi",
    "leer más",
    "leia mais",
    "tags",
    "keywords",
    "schlagwörter",
    "mots-clés",
    "etiquetas",
    "теги",
)

#: Labels of the editorial and publication details a desk prints under a story, alone or in
#: brackets (``【编辑:王丽】``, ``（編輯：李大華）``, ``Edição: Carlos Mendes``, ``Уредник: ...``,
#: ``ΠΗΓΗ: ΑΠΕ-ΜΠΕ``): the editor, translator and checker, the source, the date of publication.
#: Compared in any case.
EDITORIAL_LABELS: tuple[str, ...] = (
    "编辑",
    "编辑者",
    "责任编辑",
    "责编",
    "編輯",
    "責任編輯",
    "責編",
    "译者",
    "譯者",
    "翻译",
    "翻譯",
    "核稿",
    "校对",
    "校對",
    "来源",
    "來源",
    "編集",
    "편집",
    "editor",
    "editora",
    "editing",
    "edição",
    "edición",
    "redaktor",
    "redaktorka",
    "redakce",
    "redakcja",
    "redactor",
    "redactora",
    "уредник",
    "редактор",
    "πηγή",
    "πηγη",  # (in capitals Greek drops its accents: ΠΗΓΗ)
    "kaynak",
    "sumber",
    "fuente",
    "fonte",
    "quelle",
    "источник",
    "джерело",
    "المصدر",
    "منبع",
    "本文来源",
    "原标题",
    "原標題",
    "來源網址",
    "کد خبر",
    "дата на публикуване",
    "дата публикации",
    "تاريخ النشر",
    "تاریخ انتشار",
)

#: What a bracketed editor's note opens with (``(Adds quote)``, ``(Writes through)``).
EDNOTE_VERBS: tuple[str, ...] = (
    "Adds",
    "Updates",
    "Corrects",
    "Recasts",
    "Changes",
    "Rewrites",
    "Releads",
    "Fixes",
    "Inserts",
    "Removes",
    "Refiles",
    "Repeats",
    "Moves",
    "Clarifies",
    "Deletes",
    "Replaces",
    "Edits",
    "Writes through",
    "Eds",
)

#: Who did what, in a bracketed sign-off credit (``(Reporting by ...; Editing by ...)``).
#: The same credits in other languages, their "by" included (Reuters' German, French, Spanish,
#: Portuguese and Italian services close a story so).
SIGNOFF_CREDIT_PHRASES: tuple[str, ...] = (
    "Bericht von",
    "Berichte von",
    "Redigiert von",
    "redigiert von",
    "Geschrieben von",
    "Reportage de",
    "Rédigé par",
    "Édité par",
    "Reportaje de",
    "Información de",
    "Editado por",
    "Edición de",
    "Reportagem de",
    "Edição de",
    "Servizio di",
    "Con la collaborazione di",
    "A cura di",
)

SIGNOFF_CREDIT_VERBS: tuple[str, ...] = (
    "Additional Reporting",
    "Additional reporting",
    "Reporting",
    "reporting",
    "Writing",
    "Editing",
    "Compiled",
    "Edited",
    "Translated",
)

#: Openings of a distribution or service line, in any case.
SERVICE_OPENERS: tuple[str, ...] = (
    "Distributed by",
    "Send questions",
    "For use by",
    "Not for publication",
    "The following information is not for publication",
)

#: Publishers named in a ``c.2024 ...`` copyright line, in any case.
SERVICE_PUBLISHER_WORDS: tuple[str, ...] = ("news service", "times", "post", "syndicate")

#: Labels that open a photo credit (``Photo: ...``, ``Foto von ...``) ...
CREDIT_LABELS: tuple[str, ...] = (
    "Photo",
    "Photos",
    "Foto",
    "Fotos",
    "Bild",
    "Фото",
    "Photograph",
    "Picture",
    "Image",
    "Credit",
    "Crédit",
    "Imagen",
    "Kuva",
    # the word for photo of more desks: Greek, Georgian, Armenian, Somali, Hausa, Bengali, Hindi,
    # Arabic, Persian, Vietnamese, Korean, Japanese, Chinese
    "Φωτογραφία",
    "ΦΩΤΟΓΡΑΦΙΑ",
    "ფოტო",
    "Լուսանկարը",
    "Լուսանկար",
    "Sawir",
    "Asalin hoton",
    "ছবি",
    "फोटो",
    "तस्वीर",
    "صورة",
    "تصوير",
    "عکس",
    "Ảnh",
    "사진",
    "写真",
    "图片",
    "圖片",
)
#: ... the words that may follow such a label (``Photo by``) ...
CREDIT_LABEL_LINKS: tuple[str, ...] = ("by", "von", "de", "di")
#: ... and the signs of a copyright that open one.
COPYRIGHT_SIGNS: tuple[str, ...] = ("©", "ⓒ", "(c)", "Copyright")

#: Words that make a credit a photo credit rather than a source's (``Reuters/Ipsos``), in any case.
PHOTO_WORDS: tuple[str, ...] = ("photo", "foto", "фото", "picture", "bild", "image")

#: FBIS prints these before the byline's opener (``[Article by ...]``, ``Report by ...``).
FBIS_BYLINE_KINDS: tuple[str, ...] = ("Report", "Article", "Commentary", "Interview")

#: Chinese bylines: the newspaper or agency a reporter writes for (``新华社记者``) ...
CJK_BYLINE_SOURCES: tuple[str, ...] = ("新华社", "中新社", "新华网", "人民日报")
#: ... and the word for reporter.
CJK_REPORTER_WORDS: tuple[str, ...] = ("记者", "記者")

#: What closes a Chinese dateline after its day: a dispatch (电), a special dispatch (专电), or a
#: report compiled from foreign wires (综合外电报导).
CJK_DISPATCH_WORDS: tuple[str, ...] = (
    "电",
    "電",
    "专电",
    "專電",
    "综合外电报导",
    "綜合外電報導",
    "综合外电报道",
    "綜合外電報道",
    "综合报导",
    "綜合報導",
)


#: Labels of an export's fields (``Headline: ...``, ``Description: ...``, an e-mail's ``From:``), by
#: what the field holds: its value is read as that part of the story, or set aside as furniture.
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "headline": ("headline", "title", "subject", "titel", "titre", "título", "titolo", "заголовок"),
    "summary": (
        "summary",
        "description",
        "abstract",
        "teaser",
        "standfirst",
        "lead",
        "resumen",
        "résumé",
        "highlight",
    ),
    # (Antara signs its copy "Pewarta: ...", PAP "autor: ...")
    "byline": ("byline", "author", "authors", "writer", "reporter", "autor", "autorin", "pewarta", "penulis"),
    "dateline": ("dateline",),
    "body": ("body", "text", "content", "story", "article"),
    "furniture": (
        "from",
        "to",
        "cc",
        "sent",
        "date",
        "link",
        "url",
        "source",
        "category",
        "categories",
        "keywords",
        "id",
        "guid",
        "pubdate",
        "published",
        "updated",
        "section",
        "priority",
        "slug",
        "slugline",
        "language",
        "edition",
        "urgency",
        "version",
        "status",
        # the header and trailer of a news database's export (LENGTH: 98 words, LOAD-DATE: ...)
        "length",
        "load-date",
        "publication-type",
        "document-type",
        "journal-code",
        "acc-no",
        "graphic",
        # ... and another's trailer (Publication title: ..., ProQuest document ID: ...)
        "publication title",
        "publication date",
        "publication year",
        "publication info",
        "publisher",
        "place of publication",
        "country of publication",
        "language of publication",
        "source type",
        "document type",
        "document id",
        "proquest document id",
        "database",
        "location",
        "locations",
        "company",
        "companies",
        "people",
        "word count",
        # (an archive's SGML fields, once their tags are read as layout)
        "docno",
        "docid",
        "doctype",
        "txttype",
        "date_time",
        "fileid",
        "keyword",
    ),
}

#: What a mail client puts before a forwarded or answered subject (``FW: ...``, ``AW: ...``).
MAIL_SUBJECT_PREFIXES: tuple[str, ...] = ("FW", "FWD", "RE", "AW", "WG", "TR", "SV", "VS", "RV")
#: The words an agency's alert labels a mail's subject with (``Reuters alert:``, ``AP News Alert:``).
ALERT_WORDS: tuple[str, ...] = ("alert", "news alert", "breaking", "breaking news", "flash", "urgent")

#: Labels of a correction or clarification notice (``CORRECTION: In a story on March 2 ...``).
CORRECTION_LABELS: tuple[str, ...] = (
    "correction",
    "clarification",
    "corrección",
    "aclaración",
    "berichtigung",
    "korrektur",
    "rectificatif",
    "rectification",
    "rettifica",
    "correção",
    "исправление",
)

#: NITF's inline elements, marking a name, place, date or sum inside a line of text
#: (``By <person>Jane Roe</person>``): tags inside a line, no text of their own.
NITF_INLINE_ELEMENTS: tuple[str, ...] = (
    "person", "org", "location", "city", "state", "region", "country", "chron", "money", "num",
    "event", "function", "virtloc", "classifier", "copyrite", "copyright.holder", "copyright.year",
)  # fmt: skip


#: The field markers of a summarisation dataset's raw files (XSum: ``[SN]TITLE[SN]`` over the title),
#: with the field each opens, as :data:`EXPORT_FIELD_CODES` has them.
DATASET_FIELD_MARKERS: dict[str, str] = {
    "URL": "furniture",
    "TITLE": "headline",
    "FIRST-SENTENCE": "summary",
    "RESTBODY": "body",
}


#: The field codes of a news database's text export (Factiva): each line of the header and trailer
#: opens with one, in capitals, and its value follows on the same line or the lines below. What
#: each holds: the story's ``headline``, ``byline`` or ``body`` (lead paragraph, then the rest), or
#: ``furniture`` (word count, dates, source, language, copyright, index codes, accession number).
EXPORT_FIELD_CODES: dict[str, str] = {
    "HD": "headline",
    "BY": "byline",
    "LP": "body",
    "TD": "body",
    **dict.fromkeys(
        (
            "CR",
            "WC",
            "PD",
            "ET",
            "SN",
            "SC",
            "ED",
            "PG",
            "LA",
            "CY",
            "SE",
            "CLM",
            "ART",
            "CT",
            "RF",
            "CO",
            "IN",
            "NS",
            "RE",
            "IPC",
            "IPD",
            "PUB",
            "AN",
            "NGC",
            "RST",
            "FDS",
        ),
        "furniture",
    ),
}
#: An export is read by its codes when it holds the headline's, the body's, and at least this many
#: of the header's: a line of prose may open with a code (``IN 2024``), lines of one table's
#: codes never do.
EXPORT_CODES_NEEDED = 3


#: Elements of the SGML and XML that research corpora and news exchange formats wrap stories in
#: (TIPSTER, TREC, TDT, Gigaword, NITF), read as layout like HTML's blocks: each opens or closes a
#: block of the story, its tags are no text. Compared in any case.
NEWS_BLOCK_ELEMENTS: tuple[str, ...] = (
    "doc",
    "text",
    "body",
    "headline",
    "hl",
    "hl1",
    "hl2",
    "hedline",
    "dateline",
    "byline",
    "author",
    "title",
    "leadpara",
    "lp",
    "td",
    "trailer",
    "preamble",
    "story",
    "nitf",
    "head",
    "block",
    "body.head",
    "body.content",
    "body.end",
    "tagline",
    "abstract",
)

#: ... and elements whose content is one field of the story or of the archive's data about it,
#: printed on a line of its own: read as the labelled field it is (``<DATELINE> WENATCHEE, Wash.
#: </DATELINE>`` as ``DATELINE: WENATCHEE, Wash.``, ``<DOCNO> APW19980605.1898 </DOCNO>`` as
#: furniture), under the label of :data:`FIELD_LABELS` given here.
NEWS_FIELD_ELEMENTS: dict[str, str] = {
    "headline": "headline",
    "hl1": "headline",
    "hedline": "headline",
    "title": "title",
    "dateline": "dateline",
    "byline": "byline",
    "author": "author",
    "docno": "docno",
    "docid": "docid",
    "doctype": "doctype",
    "txttype": "txttype",
    "date_time": "date_time",
    "fileid": "fileid",
    "slug": "slug",
    "keyword": "keyword",
}
