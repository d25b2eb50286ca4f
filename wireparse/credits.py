"""Words printed inside an agency credit that are not the agency: a correspondent's title before
his name (``/Корр. ТАСС Иван Петров/``). Data only."""

#: Titles a desk prints before the agency and its correspondent's name inside a credit.
CORRESPONDENT_WORDS: tuple[str, ...] = (
    "Корр.",
    "корр.",
    "Корреспондент",
    "корреспондент",
    "Спецкорр.",
    "спецкорр.",
    "Кор.",
    "Кореспондент",
    "кореспондент",
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
