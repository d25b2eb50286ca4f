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
