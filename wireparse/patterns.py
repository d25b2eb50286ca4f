"""Compiled patterns built from the tables: month names, agency credits, dateline shapes and the
line classes of wire furniture.

Every pattern is compiled once, on first use (start-up stays cheap for a one-story run). Repeats are
bounded and possessive or atomic, and callers only match at a line start on a bounded prefix, so no
input can make a match backtrack catastrophically.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TypeVar

import regex

from ._months_cldr import MONTH_NAMES
from .agencies import AGENCIES, BARE_CREDITS, NON_PLACES
from .compiled import compiled
from .credits import (
    AGENCY_NAME_PREFIXES,
    AGENCY_WORDS_BEFORE_NAME,
    CORRESPONDENT_WORDS,
    DATE_PREPOSITIONS,
    KOREAN_REPORTER_TITLES,
    TIME_ZONES,
)
from .months import (
    AFTER_YEAR_WORDS,
    CJK_NUMERAL_TENS,
    CJK_NUMERAL_UNITS,
    CONCORDANCE_WORDS,
    DAY_MONTH_JOINERS,
    DAY_PREFIXES,
    DAY_SUFFIXES,
    DAY_WORDS,
    GREGORIAN_ERA_SIGNS,
    HIJRI_ERA_SIGNS,
    HIJRI_ERA_SIGNS_LATIN,
    HIJRI_MONTHS_LATIN,
    MONTH_NUMBER_WORDS,
    MONTH_PRINTED_VARIANTS,
    TIBETAN_DAY,
    TIBETAN_FROM,
    TIBETAN_MONTH,
    TIBETAN_TELEGRAM,
    VOWEL_VARIANTS,
    WIRE_MONTH_SPELLINGS,
    YEAR_MONTH_DAY_SIGNS,
    YEAR_PREFIXES,
    YEAR_WORDS,
)
from .placenames import COUNTRY_ACRONYMS
from .words import (
    CJK_COMPILED_WORDS,
    CJK_DISPATCH_WORDS,
    CJK_NEWSROOM_WORDS,
    CJK_OUTLET_ENDINGS,
    CJK_REPORT_WORDS,
    CJK_REPORTER_WORDS,
    FUNCTION_WORDS,
    HEADLINE_FLAGS,
    SOURCE_MARKERS,
    TAKE_KEYS,
)

T = TypeVar("T")

FLAGS = regex.VERSION0 | regex.VERBOSE


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first so that a prefix never wins."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    return "|".join(regex.escape(w, special_only=True) for w in unique)


def phrase_finder(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern that finds any of the literal ``phrases``: their alternation folded into a trie
    (``c(?:an be reached|ontact:)``), so a position that opens none of them fails on one character.
    Compiled by the standard library's engine, which searches such a literal trie twice as fast as
    one ``in`` test per phrase, and three times as fast as the ``regex`` engine."""
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_trie_source(trie) or "(?!)")


_Trie = dict[str, "_Trie"]


def _trie_source(node: _Trie) -> str:
    branches = [re.escape(char) + _trie_source(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a phrase that ends here: what follows it is optional
    return f"(?:{body})?" if "" in node else body


@cache
def month_lookup() -> dict[str, int]:
    """Every known month name, casefolded without its dot, mapped to the month number."""
    table: dict[str, int] = {}
    for source in (MONTH_NAMES, WIRE_MONTH_SPELLINGS):
        for names in source.values():
            table.update(names)
    return with_vowel_variants(_respelled(table, MONTH_PRINTED_VARIANTS) | table)


def with_vowel_variants(table: dict[str, T]) -> dict[str, T]:
    """``table`` with each name outside ASCII also under its spellings with the long and short
    vowels of :data:`~wireparse.months.VOWEL_VARIANTS` swapped (``पीटीआइ``, ``पीटीआई``)."""
    both_ways = VOWEL_VARIANTS + tuple((two, one) for one, two in VOWEL_VARIANTS)
    return _respelled({name: value for name, value in table.items() if not name.isascii()}, both_ways) | table


def _respelled(table: dict[str, T], spellings: tuple[tuple[str, str], ...]) -> dict[str, T]:
    """The names of ``table`` that hold a printed form of ``spellings``, under the other form."""
    return {
        name.replace(printed, other): value
        for name, value in table.items()
        for printed, other in spellings
        if printed in name
    }


@cache
def calendar_month_lookup() -> dict[str, tuple[str, int]]:
    """Every month name of the other calendars (:mod:`wireparse.calendar_names`), folded, mapped
    to its calendar and month number (read only when a line outside ASCII is)."""
    from .calendar_names import CALENDAR_MONTHS

    table = {
        fold_name(name): (calendar, month)
        for calendar, names in CALENDAR_MONTHS.items()
        for name, month in names.items()
    }
    # (Persian, Dari and Urdu print the Arabic months with their own yeh and kaf, and join a
    # month's two words by a zero-width non-joiner: "ربیع‌الثانی" for "ربيع الثاني")
    persian = {name.translate(_PERSIAN_LETTERS): value for name, value in table.items()}
    return _respelled(persian, ((" ", "\u200c"),)) | persian | table


_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی"})


@cache
def day_word_lookup() -> dict[str, int]:
    """Every day written as a number word (:data:`~wireparse.months.DAY_WORDS`), mapped to it."""
    return {fold_name(word): day for words in DAY_WORDS.values() for word, day in words.items()}


@cache
def month_languages() -> dict[str, frozenset[str]]:
    """Each month name mapped to the languages that spell a month that way."""
    langs: dict[str, set[str]] = {}
    for source in (MONTH_NAMES, WIRE_MONTH_SPELLINGS):
        for lang, names in source.items():
            for name in names:
                langs.setdefault(name, set()).add(lang)
    return {name: frozenset(v) for name, v in langs.items()}


@cache
def function_words() -> frozenset[str]:
    """The short words of every language the tables hold (``the``, ``der``, ``и``), in one set."""
    return frozenset().union(*FUNCTION_WORDS.values())


def fold_name(text: str) -> str:
    """How names are compared: casefolded (Turkish dotless i, and the dot that casefolding keeps
    from a dotted capital İ, too), runs of blanks made one."""
    return " ".join(text.casefold().replace("ı", "i").replace("i\u0307", "i").split())


@cache
def agency_lookup() -> dict[str, str]:
    """Every alias, casefolded with spaces folded, mapped to its canonical agency name."""
    table: dict[str, str] = {}
    for name, aliases in AGENCIES:
        for alias in (name, *aliases):
            table[fold_name(alias)] = name
    return with_vowel_variants(table)


def known_agency(printed: str) -> str | None:
    """The canonical name of the agency ``printed`` names as a whole (any alias, any case, blanks
    folded, the word for "agency" before it or not: ``Agência Lusa``), or None."""
    folded = fold_name(printed)
    found = agency_lookup().get(folded)
    if found is None and " " in folded:
        word, _, name = folded.partition(" ")
        found = agency_lookup().get(name) if word in _AGENCY_WORDS else None
    if found is None and "." in printed and _DOTTED_INITIALS.fullmatch(printed):
        # (older copy prints an agency's initials with their stops: "A.F.P.", "U. P. I.")
        found = agency_lookup().get(fold_name(printed.replace(".", "").replace(" ", "")))
    return found


_AGENCY_WORDS = frozenset(AGENCY_WORDS_BEFORE_NAME)
#: Three capitals or more, each closed by a stop, a blank after it or not: an agency's initials
#: ("A.P." is a state's too: Andhra Pradesh).
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.[ ]?){3,6}")


def is_agency_word(word: str) -> bool:
    """``word`` is the word for "agency" an agency's full name opens with (``Agência``, ``آژانس``):
    no word of a place."""
    return fold_name(word) in _AGENCY_WORDS


def names_an_agency(printed: str) -> bool:
    """``printed`` names an agency alone: one the table knows, or the word for "agency" and a
    name of up to three capitalised words (``Agencia Atlas``, ``Agence Ecofin``)."""
    if known_agency(printed) is not None:
        return True
    word, _, name = printed.partition(" ")
    words = name.split()
    return (
        is_agency_word(word) and 0 < len(words) <= _AGENCY_NAME_WORDS and all(w[:1].isupper() for w in words)
    )


_AGENCY_NAME_WORDS = 3


# Month names and agency credits are hundreds of words in dozens of spellings. Rather than repeat
# them inside every dateline shape (slow to compile, slow to match), one pattern finds them in a
# line's opening and each is overwritten, keeping its length, by a run of one private-use mark;
# the shapes then name the marks. Offsets do not move, so every span reads the original text.
MONTH_MARK = "\ue000"
AGENCY_MARK = "\ue001"
BARE_MARK = "\ue002"
#: A day written as a word (Hindi ``पांच``): marked apart from letters, so that no place holds it.
DAY_MARK = "\ue003"
_MARKS = frozenset((MONTH_MARK, AGENCY_MARK, BARE_MARK, DAY_MARK))


#: (a day joined to its month by a dot or hyphen, ``5.marts``, ``5-mart``, is two tokens, and so
#: are a day closed up to a month of another script, ``15اکتوبر``, and a month's abbreviation
#: closed up to its day, ``Oct.5``; the Tibetan tsheg ་ parts syllables, not words)
_NAME_TOKEN = compiled(
    r"\p{N}++(?=[.\-]\p{L}|(?![A-Za-z])\p{L})|\p{L}++\.(?=\p{N})|[\p{L}\p{M}\p{N}]++(?:[.\-་][\p{L}\p{M}\p{N}]++)*+\.?"
)
#: Every ASCII byte but a letter, a figure, a dot and a hyphen, as a blank (others left as they are).
_ASCII_NON_TOKEN_BLANKED = bytes(
    b if b >= 128 or chr(b).isalnum() or chr(b) in ".-" else 32 for b in range(256)
)


def token_spans(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_NAME_TOKEN` in ``text``: the text is split at blanked ASCII signs (one
    byte table keeps every offset) and only a part holding another sign is searched, which is three
    times faster than searching the whole text."""
    blanked = text.encode("utf-8", "surrogatepass").translate(_ASCII_NON_TOKEN_BLANKED)
    spans: list[tuple[int, int]] = []
    pos = 0
    read = blanked.decode("utf-8", "surrogatepass")
    for part in read.split():
        start = read.find(part, pos)
        pos = start + len(part)
        if part.isalnum():
            spans.append((start, pos))
        else:
            spans.extend((start + a, start + b) for a, b in (m.span() for m in _NAME_TOKEN.finditer(part)))
    return spans


#: The longest alias, in tokens ("Press Trust of India", "ACAN - EFE").
_MAX_NAME_TOKENS = 5


@cache
def _names(other_scripts: bool = False) -> dict[str, str]:
    """Month names and agency aliases, folded, mapped to the mark that overwrites them. For ASCII
    text only the names folded to ASCII (no other can be found in it); for text outside ASCII
    (``other_scripts``) every name, and the months of other calendars and the days written as
    words (so an ASCII line never loads their tables)."""
    bare = {fold_name(c) for c in BARE_CREDITS}
    table = {word: DAY_MARK for word in day_word_lookup()} if other_scripts else {}
    table.update((name, MONTH_MARK) for name in month_lookup())
    if other_scripts:
        table.update((name, MONTH_MARK) for name in calendar_month_lookup())
    for alias in agency_lookup():
        table[alias] = BARE_MARK if alias in bare else AGENCY_MARK
    return table if other_scripts else {name: mark for name, mark in table.items() if name.isascii()}


@cache
def _multi_word_starts(other_scripts: bool = False) -> frozenset[str]:
    """First words of the names that span several words, the only words worth looking past."""
    return frozenset(name.split()[0] for name in _names(other_scripts) if " " in name)


def names_in(text: str, ascii_text: bool | None = None) -> Iterator[tuple[int, int, str, str]]:
    """Each month name, agency alias and day word in ``text``, the longest where names overlap,
    as (start, end, mark, folded name) (``ascii_text``: whether ``text`` is ASCII, when known)."""
    ascii_text = text.isascii() if ascii_text is None else ascii_text
    names, starts, keys = _name_tables() if ascii_text else _script_name_tables()
    # a token holds no blank, so folding it is casefolding; when that keeps the length of the text,
    # each token's folded form is the same slice of the folded text
    folded = text.casefold().replace("ı", "i")
    spans = token_spans(text)
    if len(folded) == len(text):
        words = [folded[start:end] for start, end in spans]
    else:
        words = [fold_name(text[start:end]) for start, end in spans]
    # most words are neither a name nor a name's first word: one set test each finds the others
    # (and credits joined by a hyphen, "TT-AFP", are looked at part by part)
    hyphened = "-" in text
    i = 0
    for at in [n for n, word in enumerate(words) if word in keys or (hyphened and "-" in word)]:
        if at < i:
            continue  # (inside the longer name found before it)
        word = words[at]
        if word not in keys:
            yield from _joined_credits(names, word, spans[at][0])
            continue
        if word in starts or word.rstrip(".") in starts:
            n, found = _longest_name(names, text, spans, words, at)
        else:
            n, found = 1, _name_at(names, word, spans[at][1])
        if found:
            mark = found[0]
            if (
                mark == AGENCY_MARK
                and found[2] in _month_aliases()
                and text[spans[at][0] - 1 : spans[at][0]] not in "(/"
            ):
                mark = MONTH_MARK  # "10 abr (EFE)": a month; "(ABr)": Agência Brasil's credit
            yield spans[at][0], found[1], mark, found[2]
            i = at + n


@cache
def _month_aliases() -> frozenset[str]:
    """Agencies' aliases that are also a month's name in some language (``abr``: April in Spanish
    and Portuguese, ``ABr`` Agência Brasil; ``ots``): a credit in brackets or after a slash, a
    month anywhere else."""
    return frozenset(agency_lookup()) & frozenset(month_lookup())


def _joined_credits(names: dict[str, str], word: str, start: int) -> Iterator[tuple[int, int, str, str]]:
    """A joint credit whose agencies a hyphen joins (``TT-AFP``: the home agency and the one it
    relays), marked whole as one agency's name when every part is one; or a place joined to its
    credit (``دمشق-سانا``), the credit marked when only the last part is an agency's name; or the
    regional service of an agency that prints its credit bare (``ИНТЕРФАКС-СИБИРЬ``), the agency
    marked when only the first part is one."""
    parts = word.split("-")
    credits = [names.get(part) in _CREDIT_MARKS for part in parts]
    if all(credits):
        yield start, start + len(word), AGENCY_MARK, word
    elif credits[-1] and not any(credits[:-1]):
        last = parts[-1]
        yield start + len(word) - len(last), start + len(word), names[last], last
    elif names.get(parts[0]) == BARE_MARK and not any(credits[1:]):
        # (only an agency that prints its credit bare: "LONDON (Reuters-Ipsos)" is one credit)
        yield start, start + len(parts[0]), BARE_MARK, parts[0]


_CREDIT_MARKS = frozenset((AGENCY_MARK, BARE_MARK))


def _name_keys(other_scripts: bool = False) -> frozenset[str]:
    """Every word :func:`names_in` looks further at: a name or a name's first word, with or
    without a dot after it."""
    keys = set(_names(other_scripts)) | _multi_word_starts(other_scripts)
    return frozenset(keys | {key + "." for key in keys})


_NameTables = tuple[dict[str, str], frozenset[str], frozenset[str]]


@cache
def _name_tables() -> _NameTables:
    """The names, the first words of names of several words and the words worth looking at, for
    an ASCII text."""
    return _names(), _multi_word_starts(), _name_keys()


@cache
def _script_name_tables() -> _NameTables:
    """The same for a text outside ASCII (with the calendars' months and the day words)."""
    return _names(True), _multi_word_starts(True), _name_keys(True)


def _longest_name(
    names: dict[str, str], text: str, spans: list[tuple[int, int]], words: list[str], i: int
) -> tuple[int, tuple[str, int, str] | None]:
    """The longest name of up to :data:`_MAX_NAME_TOKENS` tokens from token ``i`` on, and its
    number of tokens."""
    start = spans[i][0]
    for n in range(min(_MAX_NAME_TOKENS, len(spans) - i), 1, -1):
        stop = spans[i + n - 1][1]
        found = _name_at(names, fold_name(text[start:stop]), stop)
        if found:
            return n, found
    return 1, _name_at(names, words[i], spans[i][1])


def _name_at(names: dict[str, str], key: str, stop: int) -> tuple[str, int, str] | None:
    """The mark of the name ``key`` ending at ``stop``, with its end and folded name, or None."""
    mark = names.get(key)
    if mark:
        return mark, stop, key
    if key.endswith("."):  # "Sept." names "sept"; the dot stays as printed
        mark = names.get(key[:-1])
        if mark:
            return mark, stop - 1, key[:-1]
    return None


def mark_names(text: str, ascii_text: bool | None = None) -> str:
    """``text`` with each month name and agency alias overwritten by a run of its mark
    (``ascii_text``: whether ``text`` is ASCII, when the caller knows)."""
    out: list[str] = []
    pos = 0
    for start, stop, mark, _ in names_in(text, ascii_text):
        out.append(text[pos:start])
        out.append(mark * (stop - start))
        pos = stop
    out.append(text[pos:])
    return "".join(out)


def first_agency(text: str) -> str | None:
    """The canonical name of the first agency ``text`` names in full (two-letter aliases such as
    ``AP`` are words too often to count here)."""
    for _, _, mark, key in names_in(text):
        if mark in (AGENCY_MARK, BARE_MARK) and len(key) > 2:
            return agency_lookup()[key]
    return None


# Building blocks of the dateline shapes. Words are possessive; counts are bounded. A word may
# hold marks: "MAR DEL PLATA" opens with a month name, "ANTARA" is one.
_L = r"\p{L}\ue000-\ue002"
_UPPER_WORD = r"[\p{Lu}\ue000-\ue002][\p{Lu}\p{M}\ue000-\ue002'’.\-]*+"
#: A word in capitals without a hyphen: a place whose closing dash touches the text ("OTTAWA--Dozens").
_UNHYPHENATED_CAPS = r"[\p{Lu}\ue000-\ue002][\p{Lu}\p{M}\ue000-\ue002'’.]*+"
_ANY_WORD = rf"[{_L}][{_L}\p{{M}}'’.\-]*+"
_TITLE_WORD = rf"[\p{{Lu}}\ue000-\ue002][{_L}\p{{M}}'’.\-]*+"
# a capitalised word without a stop inside it (a place a stop closes: "Baku. Jane Roe – APA.")
_PLAIN_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]*+"
# a word in capitals that holds no month name or credit (a place whose date follows a blank)
_UPPER_PLAIN = r"\p{Lu}[\p{Lu}\p{M}'’.\-]*+"
_LOWER_WORD = r"[\p{Ll}\ue000-\ue002][\p{Ll}\p{M}\ue000-\ue002'’\-]*+"
# scripts without case (Arabic, Devanagari, Hebrew...)
_UNCASED_WORD = r"[\p{Lo}][\p{Lo}\p{M}]*+"
_SMALL_WORD = (
    r"(?:de|del|la|le|el|es|da|do|dos|du|des|di|am|an|im|on|upon|sur|en|y|na|van|von|der|den|на|над|под"
    r"|phố"  # (Vietnamese "Thành phố Hồ Chí Minh", city of ...)
    # (German towns' abbreviated qualifiers: "Frankfurt a.M.", "Freiburg i.Br.", "Weiden i.d.OPf.")
    r"|\p{Ll}\.(?:\p{L}{1,3}\.)++)"
)
# a day in any script's digits (Bengali ৭, Devanagari ७, Arabic-Indic ٧); resolving the date checks it
_DAY = r"(?P<day>\d{1,2}+)(?!\d)(?:st|nd|rd|th|er|º|°)?+"
# (four digits of another script are a year too: ২০২৪)
_YEAR = r"(?P<year>(?:1[89]|20)\d\d|(?![0-9])\d{4}|\d\d)(?!\d)"
_DASH = r"(?:-{2,8}+|:-|[-–—_=]|:|\.--|\.-|\.—)"
#: Commas that part a dateline's place from its date (and the Arabic ،).
_COMMAS = ",،"

# A line outside ASCII is read by the shapes built with these (``_shape_sources(True)``), so that
# an ASCII line pays neither their compiling nor their matching:
# a day may be a day word's mark (Hindi पांच) ...
_SCRIPT_DAY = (
    r"(?P<day>\d{1,2}+|\ue003++)(?!\d)(?:st|nd|rd|th|er|º|°"
    + "".join(f"|[ ]{regex.escape(word)}" for word in DAY_SUFFIXES)
    + ")?+"
)
# ... a year of the Buddhist era in ASCII figures (2567; Thai, Lao, Khmer and Burmese copy), and
# one of the Hijri or Solar Hijri era (1445) before text of another script ...
_SCRIPT_YEAR = r"""(?P<year>(?:1[89]|20)\d\d|2[4-6]\d\d|2700|(?![0-9])\d{4}
                    |1[34]\d\d(?=[ ]?[(/]?[^\x00-\x7f])|\d\d)(?!\d)"""
# ... the Ethiopic colon-dash and preface colon (፡- ፦) and the Khmer colon (៖) close a dateline
_SCRIPT_DASH = r"(?:-{2,8}+|:-|[-–—_=]|:|\.--|\.-|\.—|፡-|[፦៖])"
# ... and the Ethiopic ፣ and ፤, the Burmese ၊ and the Urdu full stop ۔ (APP: ``اسلام آباد۔15اکتوبر``)
# part a place from its date.
_SCRIPT_COMMAS = ",،፣፤၊۔"
_NUMERIC_DATE = r"""(?:(?P<nyear>(?:1[89]|20)\d\d)-(?P<nmonth>[01]?\d)-(?P<nday>[0-3]?\d)(?!\d)
                     | (?P<nday>[0-3]?\d)[./](?P<nmonth>[0-3]?\d)(?:[./](?P<nyear>(?:1[89]|20)\d\d|\d\d))?(?![\d/])\.?
                     | (?P<nday>[0-3]?\d)-(?P<nmonth>[01]?\d)-(?P<nyear>(?:1[89]|20)\d\d)(?!\d))"""
# (with hyphens, day first only with its year: "7-3" alone is a score; in other scripts, a day and
# month so joined are a date before a known credit in brackets: "الكويت - 5 - 3 (كونا) --")
_DAY_MONTH_BEFORE_CREDIT = r"(?P<nday>[0-3]?\d)[ ]?-[ ]?(?P<nmonth>[01]?\d)(?=[ ]\([\ue001\ue002])"


def _day_prefix() -> str:
    """A word before a day (Lao ``ວັນທີ 5 ມີນາ``), optional."""
    return rf"(?:(?:{alternation(DAY_PREFIXES)})[ ]?)?"


def _year_after_day(commas: str, year: str, other_scripts: bool) -> str:
    """The year after a day and month, optional: after a blank, a comma or ``de`` (``7 de marzo de
    2024``; Khmer ``ឆ្នាំ``, "year"), or a slash; and the word for "year" after it (``2024 года``)."""
    year_prefix = rf"|(?:{alternation(YEAR_PREFIXES)})[ ]?" if other_scripts else ""
    year_word = rf"(?:\.?[ ]?(?:{alternation(AFTER_YEAR_WORDS)})(?![\p{{L}}\p{{N}}]))?+"
    return rf"(?:[ ]?[{commas}]?[ ](?:(?i:de)[ ]{year_prefix})?{year}{year_word}|/{year})?"


def _day_month_joiner() -> str:
    """A word between a day and its month (``7 de marzo``, Hausa ``5 ga Maris``), optional."""
    return rf"(?:(?i:{alternation(DAY_MONTH_JOINERS)})[ ])?"  # (in capitals too: 22 DE JUNIO)


def _concordance() -> str:
    """After a Hijri date, its era sign and the Gregorian date it falls on (SPA: ``24 شعبان 1445 هـ
    الموافق 05 مارس 2024 م``), in the groups ``aday``, ``amonth`` and ``ayear``; optional."""
    year = r"(?P<ayear>(?:1[89]|20)\d\d|(?![0-9])\d{4})(?!\d)"
    return rf"""(?:[ ](?:{alternation(HIJRI_ERA_SIGNS)}))?
                (?:[ ](?:{alternation(CONCORDANCE_WORDS)})[ ]
                   (?P<aday>\d{{1,2}}+)[ ]{{1,3}}+(?P<amonth>\ue000++)[ ]{year}
                   (?:[ ](?:{alternation(GREGORIAN_ERA_SIGNS)})(?![\p{{L}}\p{{M}}]))?)?"""


def _hijri_first() -> str:
    """A Hijri date before the Gregorian one in English copy (``Sha'ban 24, 1445, March 5, 2024``,
    ``24 Ramadan 1445 AH, 3 April 2024``), read past: the Gregorian date is the dateline's."""
    hijri_month = rf"(?i:{alternation(HIJRI_MONTHS_LATIN)})"
    era = rf"(?:[ ]?(?:{alternation(HIJRI_ERA_SIGNS_LATIN)})(?![\p{{L}}]))?"
    return rf"""(?:(?:{hijri_month}[ ]\d{{1,2}}+|\d{{1,2}}+[ ]{hijri_month}),?[ ]\d{{4}}+{era},?[ ]
                   (?=\ue000|\d))?"""


def _numbered_dates() -> str:
    """The dates in figures of other scripts' copy, as alternatives of a date: a month numbered in
    words, and a day and month joined by a hyphen before a known credit."""
    return f"| {_numbered_month_date()} | {_DAY_MONTH_BEFORE_CREDIT} | {_signed_figures_date()}"


def _signed_figures_date() -> str:
    """A date in figures, the year first, each closed by its sign (``2024年3月5日``,
    ``2024년 3월 5일``)."""
    signs = [alternation(column) for column in zip(*YEAR_MONTH_DAY_SIGNS, strict=True)]
    return rf"""(?P<nyear>(?:1[89]|20|１[８９]|２０)\d\d)[ ]?(?:{signs[0]})[ ]?(?P<nmonth>[01]?\d)[ ]?(?:{signs[1]})
                [ ]?(?P<nday>[0-3]?\d)[ ]?(?:{signs[2]})"""


def _numbered_month_date() -> str:
    """A date that numbers its month in words (Mongolian ``2024 оны 3 дугаар сарын 5``)."""
    return rf"""(?P<nyear>(?:1[89]|20)\d\d)[ ](?:{alternation(YEAR_WORDS)})[ ]
                (?P<nmonth>[01]?\d)[ ](?:{alternation(MONTH_NUMBER_WORDS)})[ ](?P<nday>[0-3]?\d)(?!\d)"""


@cache
def _shape_sources(other_scripts: bool = False) -> dict[str, str]:
    """The dateline shapes, most specific first, each a pattern (source) anchored at a line start,
    to be matched against a line passed through :func:`mark_names`; with ``other_scripts``, for a
    line outside ASCII (the dates, separators and closers of other scripts and calendars)."""
    day, year, dash, commas = (
        (_SCRIPT_DAY, _SCRIPT_YEAR, _SCRIPT_DASH, _SCRIPT_COMMAS)
        if other_scripts
        else (_DAY, _YEAR, _DASH, _COMMAS)
    )
    # (a word before the day, a Hijri date's Gregorian one, a month by its number)
    day_prefix = _day_prefix() if other_scripts else ""
    concordance = _concordance() if other_scripts else ""
    numbered = _numbered_dates() if other_scripts else ""
    # (a month by two names, the Levant's and Egypt's: "أيار/مايو")
    month = r"(?P<month>\ue000++(?:/\ue000++)?+)\.?"
    # (a day may be closed up to a month of another script: "15اکتوبر", Khmer "៥ ខែតុលា"; Turkic
    # desks join them by a hyphen: "14-mart", "3-июль")
    gap = "[ ]{0,3}+" if other_scripts else "[ ]{1,3}+"
    agency = r"\ue001++|\ue002++"
    bare = r"(?P<agency>\ue002++)"
    # a bare credit's regional service, joined by a hyphen or named after it before the stop:
    # "ИНТЕРФАКС-СИБИРЬ -", "РИА Новости Крым."
    bare_service = r"(?:-\p{Lu}[\p{L}\p{M}]++(?:-\p{Lu}[\p{L}\p{M}]++)?+|[ ]\p{Lu}\p{Ll}++(?=\.))?+"
    non_place = alternation(NON_PLACES)
    # "March 7", "7 марта", "7. März", "7 de marzo de 2024", "7th March, 2024"; in figures
    # "7/3", "07.03.2024", "4/4/2018", "2024-03-07" (day first, unless only the other order is a date)
    # a time of day may follow the date: "PARIS, 03.03.2026, 10:42 CET (XNA)"; after a slash, in
    # the twelve hours or not: "Denver, Jun 29, 2024 / 04:40 pm (CNA).-"
    clock = (
        rf"(?:(?:,?[ ]|[ ]/[ ])\d{{1,2}}[:.]\d{{2}}(?:[ ]?+(?i:[ap]\.?m\.?+))?+"
        rf"(?:[ ](?i:{alternation(TIME_ZONES)}))?(?!\d))?"
    )
    # (the year first, before a month's name: Malayalam copy, "2024 മാർച്ച് 12")
    year_first = (
        rf"| (?P<year>(?:1[89]|20)\d\d)\.?[ ]{month}[ ]{{1,3}}+{day}(?![\p{{L}}\p{{N}}]){clock}"
        if other_scripts
        else ""
    )
    date_body = rf"""(?:{month}(?:[ ]{{1,3}}+|(?<=\.)){day} | {day_prefix}{day}(?:\.?+{gap}|-){_day_month_joiner()}{month})
            {_year_after_day(commas, year, other_scripts)}{concordance}{clock}
          | {_NUMERIC_DATE}{clock}
          {year_first}
          {numbered}"""
    date = rf"(?P<date>{date_body})"
    hijri_date = date if other_scripts else rf"(?P<date>{_hijri_first()}{date_body})"
    # Europa Press prints the day alone: "MADRID, 7 (EUROPA PRESS) -"
    day_only = rf"{day_prefix}(?P<date>{day})"  # (Marathi "ता. ५": the word for the date)
    # a regional service beside the agency: "(dpa/lno)", "(awp/sda)"; or its desk named after
    # it, one capitalised word: "(Reuters Health)", "(AFP Sport)"
    regional = r"(?:/[\p{L}]{2,6}+|[ ]\p{Lu}\p{Ll}{2,15}+(?=\)))?"
    lead_service = r"(?:[\p{L}]{2,6}+/)?"
    # An agency's acronym we do not know, in capitals: after a date it needs no closing dash,
    # "Abuja, March 7 (NAN) Officials said" (a sentence does not bracket a word in capitals there)
    caps_credit = r"\p{Lu}[\p{Lu}\p{N}.&\-]{1,9}+"
    # A credit in brackets may be an agency we do not know: up to four words of letters.
    # (a paper and the service that relays it: "(VANUATU DAILY POST/PACNEWS)")
    # (or a name in quotes: "НИАТ «Ховар»", "“Dunyo” AA")
    # (a known service's name, marked, may close it: "(VANUATU DAILY POST/PACNEWS)")
    # (a name may hold figures after its letters: "(Kurdistan24)")
    unknown_credit = r"[«“\"]?[\p{L}][\p{L}\p{M}\p{N}.'’&]*+[»”\"]?(?:[ ]?[-/]?[ ]?[«“\"]?[\p{L}][\p{L}\p{M}.'’&]*+[»”\"]?){0,4}(?:/\ue001++)?"
    # a credit we do not know must be followed by the dateline's dash: "MONTREAL, Feb 26 - (Ivaco
    # Inc) said" opens a sentence, not a credit
    # a word for "on" between a place and its date (القاهرة في 7 مارس), never part of the place
    prepositions = alternation(DATE_PREPOSITIONS)
    on_date = rf"[ ](?:{prepositions})[ ]"
    # after a date, a credit we do not know may also close the dateline with a stop or a colon
    closing = rf"(?=[ ]?{dash}|[.:।](?:[ ]|$)|$)"  # (। the Devanagari full stop)
    correspondent = rf"(?:(?:{alternation(CORRESPONDENT_WORDS)})[ ])"
    # an agency's initials with their dots in a script without case, after a date and closing
    # nothing: Hindusthan Samachar's "(हि.स.)", "(હિ.સ.)"
    letters = r"[\p{Lo}]\p{M}*+(?:[\p{Lo}]\p{M}*+){0,2}+"
    dotted_credit = rf"| \((?P<agency>{letters}\.(?:{letters}\.){{1,3}}+)\)" if other_scripts else ""
    # an agency's name after the word for one: "ИА PrimaMedia", "ИА «Акме Медиа»"
    name_word = r"\p{Lu}[\p{L}\p{N}\-]*+(?:\.\p{L}[\p{L}\p{N}\-]*+)*+"  # (a dot inside: "Vl.ru")
    prefixed_credit = (
        rf"(?:{alternation(AGENCY_NAME_PREFIXES)})[ ][«\"]?{name_word}(?:[ ]{name_word})?+[»\"]?"
    )
    # one to four capitalised words: a correspondent named inside the credit
    # a reporter's given names and surname in capitals, a slash before the place
    # (and a comma before the credit: "NEW YORK/ZURICH (Reuters)" names two places)
    surname_first = r"(?P<reporter>\p{Lu}\p{Ll}++(?:[ ]\p{Lu}\p{Ll}++)?+[ ]\p{Lu}{2,}+)[ ]?/[ ]?"
    person = r"(?P<reporter>\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]*+){0,3})"
    credit = rf"""(?:
            \({lead_service}(?P<agency>{agency}){regional}(?:[ ](?:{agency}))?\)
          | \((?P<agency>{unknown_credit})\){closing}
          | \[(?P<agency>{agency}|{unknown_credit})\]{closing}
          | /{correspondent}?(?P<agency>{agency})(?:,?[ ]{person})?/
          | /{person},[ ](?P<agency>{agency})/
          | /(?P<agency>{unknown_credit})/{closing}
          | {bare}{bare_service}
          | (?P<agency>\ue001++){closing}
          | (?P<agency>\p{{Lu}}[\p{{Lu}}\p{{N}}]{{1,11}}+){closing}
          | [«“](?P<agency>\p{{Lu}}[^«»“”\n]{{1,30}}+)[»”]{closing}
          | (?P<agency>{prefixed_credit}){closing}
          | \((?P<agency>{caps_credit})\)
          {dotted_credit}
        )"""
    # a place is capitalised word by word (particles aside), or wholly lower case (lower-cased copy);
    # a word for "the day" opens the date after it (Lao "ວຽງຈັນ ວັນທີ 5 ມີນາ")
    not_day = rf"(?!(?:{alternation(DAY_PREFIXES)})(?![\p{{L}}\p{{M}}]))"
    any_place = rf"""(?P<place>{non_place}
            | {_TITLE_WORD}(?:[ /](?:{_TITLE_WORD}|{_SMALL_WORD})){{0,4}}
            | {_LOWER_WORD}(?:[ ]{_LOWER_WORD}){{0,2}}
            | {_UNCASED_WORD}(?:[ ](?!(?:{prepositions})[ ]){not_day}{_UNCASED_WORD}){{0,2}})"""
    title_place = rf"(?P<place>{_TITLE_WORD}(?:[ /](?:{_TITLE_WORD}|{_SMALL_WORD})){{0,4}})"
    uncased_place = rf"(?P<place>{_UNCASED_WORD}(?:[ ]{not_day}{_UNCASED_WORD}){{0,2}})"
    # a place in a script without case before a date (on its own line: no dash after it)
    uncased_date_place = (
        rf"| {uncased_place}(?:[ ]?[{commas}][ ]{{0,2}}+|[ ]-[ ]|[ ]{{1,2}}+|(?<=\p{{Han}})(?=\d))"
        if other_scripts
        else ""
    )
    uncased_alone_place = rf"| {uncased_place}(?:[ ]?[{commas}][ ]|[ ]{{1,2}}+)" if other_scripts else ""
    # (a word in capitals that a small letter runs on from is a sentence's first: "ADRAR- The")
    caps_place = (
        rf"(?P<place>{non_place}|{_UPPER_WORD}(?:[ ](?:{_UPPER_WORD}(?!\p{{Ll}})|{_SMALL_WORD})){{0,4}}+)"
    )
    region = rf"""(?:
            [ ]/(?P<region>[^/\n]{{1,40}}+)/
          | [ ]\((?P<region>[{_L}][{_L}\p{{M}}. '’\-/]{{0,39}}+)\)(?:[ ]\[[^\]\n]{{1,30}}+\])?
          | [ ]\[(?P<region>[{_L}][{_L}\p{{M}}. '’\-]{{0,29}}+)\]
          | [ ]?,[ ](?P<region>{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,3}})
        )"""
    # (a danda may stand apart from the credit it closes: "(रासस) ।")
    # (older copy closes a credit with a stop and a dash: "(A.F.P.). —")
    end = rf"(?P<end>[ ]{{0,2}}+{dash}|\.[ ]?{dash}|[.।]|[ ]।)?"
    # a stop and a dash after a place (a word's letters take a hyphen after its stop in)
    stop_dash = r"\.?+(?<=\.)[-–—]{1,3}+|(?<=\p{L}{3}\.-)(?=[ ])"
    # a dateline ends at a blank, or right after its closing dash ("(Xinhua)--The")
    tail = r"(?:(?<=[-–—_:፦៖])|(?=\s|$))"
    # (a credit we do not know, in a service's name of words and figures: "Il Sole 24 Ore Radiocor")
    named_credit = r"\p{Lu}[\p{L}\p{M}\p{N}.'’&\-]*+(?:[ ][\p{L}\p{N}][\p{L}\p{M}\p{N}.'’&\-]*+){0,6}+"
    shapes = {
        # (ANSA) - ROMA, 7 MAR -
        # (AGI) - Roma, 7 mar. -   (a credit we do not know only with a place and date after it)
        "credit_first": rf"""(?:\((?P<agency>{agency})\)[ ]?[-–—]+[ ]?(?P<place>{_ANY_WORD}(?:[ ]{_ANY_WORD}){{0,3}}){region}?
                               (?:,[ ]{date})?
                             | \((?P<agency>{caps_credit}|{named_credit})\)[ ]?[-–—]+[ ]?(?P<place>{_ANY_WORD}(?:[ ]{_ANY_WORD}){{0,3}}){region}?
                               ,[ ]{date})
                             (?P<end>[ ]?{dash}){tail}""",
        # ТАСС, 11 августа.
        "credit_date": rf"""{bare},[ ]{date}(?P<end>\.|[ ]?{dash}){tail}""",
        # MAGAS, March 7. /TASS/.   Jan 3 (Reuters) -   Guwahati (Assam) [India], June 18 (ANI):
        "place_date_credit": rf"""(?:{any_place}{region}?(?:[ ]?[.{commas}][ ]{{0,2}}+|[ ]-[ ]|{on_date}|[ ]{{1,2}}+))?{date}
                                  [.,]?[ ]?(?:[-–—]{{1,2}}+[ ]?)?{credit}
                                  (?:,[ ](?P<reporter>[\p{{L}}][\p{{L}}\p{{M}}'’\-]*+(?:[ ][\p{{L}}][\p{{L}}\p{{M}}'’\-]*+){{0,3}})(?=\.))?
                                  {end}{tail}""",
        # Riyadh, Sha'ban 24, 1445, March 5, 2024, SPA --   (SPA's English copy: the Hijri date
        # first, read past; tried only on a line that names a Hijri month: SHAPE_WORDS)
        "hijri_date_credit": rf"""(?:{any_place}{region}?(?:[ ]?[.{commas}][ ]{{0,2}}+|[ ]-[ ]|{on_date}|[ ]{{1,2}}+))?{hijri_date}
                                  [.,]?[ ]?(?:[-–—][ ])?{credit}
                                  (?:,[ ](?P<reporter>[\p{{L}}][\p{{L}}\p{{M}}'’\-]*+(?:[ ][\p{{L}}][\p{{L}}\p{{M}}'’\-]*+){{0,3}})(?=\.))?
                                  {end}{tail}""",
        # WASHINGTON (AP) —   Berlin (dpa) -   HANOI, Vietnam (AP) —   (Reuters) —   Paris (ats afp)
        # کابل (پژواک، ۱۵ حوت ۱۴۰۲):   (Afghan desks print the date inside the credit's brackets)
        # København /ritzau/:   القاهرة - (أ ش أ) -   (CNN)Four ... (a known credit run into the text
        # by an export that dropped the blank after it; Urdu papers close it up to both sides:
        # لاہور(این این آئی)پنجاب)
        # Ali ÇELİK/ANTALYA, (DHA) -   (Turkish desks print the reporter before the place)
        "place_credit": rf"""(?:(?:{surname_first}{any_place}{region}?,|{any_place}{region}?,?)(?:[ ]|(?<=[\p{{Lo}}\p{{M}}])(?=\())(?:[-–—][ ])?)?
                             (?:\({lead_service}(?P<agency>{agency}){regional}(?:(?:[ ]|[ ]?[-–/][ ]?)(?:{agency}))?(?:[،,][ ]?{date})?\) | /(?P<agency>{agency})/)
                             (?:{end}{tail}|(?<=\))(?=\p{{Lu}}[ ]?\p{{Ll}}|\p{{Lo}}))""",
        # AFP, MANILA -   Reuters, LONDON, March 7 -   وطنية - صيدا -
        "credit_place": rf"""(?:(?P<agency>{agency})[ ]?,[ ]{caps_place}(?:,[ ]{date})?(?P<end>[ ]?{dash}|$)
                             | (?P<agency>{agency})[ ]?[-–—][ ]?{uncased_place}(?P<end>[ ]?[-–—]){tail}
                             | (?P<agency>{agency})[ ](?P<place>\p{{Lu}}[{_L}\p{{M}}'’]*+(?:[ ]\p{{Lu}}[{_L}\p{{M}}'’]*+){{0,3}})
                               (?P<end>\.[-–—]|[ ][-–—]{{1,2}}+)){tail}""",
        # BRUSSEL (BELGA) -  with a credit in capitals we do not know, closed by a dash
        "place_caps_credit": rf"""(?:(?:{caps_place}|{title_place}){region}?,?[ ])?\((?P<agency>\p{{Lu}}[\p{{Lu}}\p{{N}}.&\-]{{1,9}}+)\)
                                  (?P<end>[ ]?{dash}){tail}""",
        # LOS ANGELES (Variety.com) -   with any credit we do not know, closed by a dash
        "place_unknown_credit": rf"""(?:{any_place}{region}?,?[ ](?:[-–—][ ])?)?\((?P<agency>{unknown_credit})\)
                                     (?P<end>[ ]?{dash}){tail}""",
        # АСТАНА. КАЗИНФОРМ -
        # تهران- ایرنا-   (a place and any known credit between dashes)
        # دمشق-سانا   (a place and a known credit joined by a hyphen, nothing after)
        # Baku. Jane Roe – APA.   (a reporter's name and a dash before the credit: the byline's)
        "place_bare_credit": rf"""(?:{caps_place}|{title_place})(?:(?<=\.)|[.,])[ ]{bare}(?P<end>[ ]?{dash}){tail}
                                  | (?:{caps_place}|{title_place})\.[ ](?P<agency>{agency})(?P<end>\.)(?=[ ]|$)
                                  | (?P<place>{_PLAIN_WORD}(?:[ ]{_PLAIN_WORD}){{0,2}}+)\.[ ]{person}[ ]?[-–—][ ]?(?P<agency>{agency})(?P<end>[.:])(?=[ ]|$)
                                  | (?P<place>{_UNCASED_WORD}(?:[ ]{_UNCASED_WORD}){{0,2}}|{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,2}})
                                    (?:[ ]?[-–—][ ]?(?P<agency>{agency})(?P<end>[ ]?[-–—:]){tail}
                                      | -(?P<agency>{agency})(?=[ ]|$))""",
        # KINGSTON, Jamaica, CMC –   (a place, its country and a credit in capitals we do not know:
        # the Caribbean desks' dateline without a date)
        "place_region_caps": rf"""(?:{caps_place}|{title_place}),[ ](?P<region>{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,2}}),[ ]
                                   (?!(?:{alternation(COUNTRY_ACRONYMS)})[ ])(?P<agency>\p{{Lu}}{{2,6}}+)(?P<end>[ ][-–—]{{1,2}}+){tail}""",
        # MADRID, 7 (EUROPA PRESS) -   VIGO (PONTEVEDRA), 9 (EUROPA PRESS)
        "place_day_credit": rf"""{any_place}{region}?,[ ]{day_only}[ ]\((?P<agency>{agency})\){end}{tail}""",
        # SÃO PAULO, 12 -   Madrid, 7 --   (the day alone and a dash, no credit: a town the
        # gazetteer knows, and a sentence's capital after the dash)
        "place_day_dash": rf"""(?:{caps_place}|{title_place}){region}?,[ ](?P<date>0?[1-9]|[12]\d|3[01])(?P<end>[ ]{{1,2}}+[-–—]{{1,2}}+)(?=[ ]\p{{Lu}})""",
        # NEW YORK, March 7 -   AYACUCHO, 26 SEP 88 --   LOUISVILLE, Colo. - March 16 -
        # after a region the comma may be missing or doubled by a dash: "RICHMOND, Va. Feb 26 -",
        # "CHEVY CHASE, Md., - March 4 -"
        "place_date": rf"""(?:(?:{caps_place}|{title_place})
                              (?:{region}(?:[ ]?,[ ]{{0,2}}+|[ ]{{1,2}}+)(?:-[ ]{{1,2}}+)? | [ ]?,[ ]{{0,2}}+ | [ ]-[ ])
                            {uncased_date_place})
                           {date}(?P<end>[ ]{{0,2}}+{dash}){tail}""",
        # PHILADELPHIA --
        # PHILADELPHIA --   LONDON—The (an em dash may touch the place; APS: "ALGIERS- The")
        # SHARJAH //   (a Gulf paper's two slashes)
        # SAN PEDRO SULA, CORTÉS.-   Los Ángeles, California.–   (Latin American papers: a stop and
        # a dash, after a place in capitals or a region; a word's letters take a hyphen after its
        # stop in, as they take "ALGIERS-"; "Crisis.- Gobierno ..." is a kicker)
        # (in capitals a single hyphen closes it too; in title case it may part a headline's halves)
        "place_dash": rf"""(?:{caps_place}{region}?(?P<end>[ ](?:--|[—–]|_|-|//)|—|{stop_dash}|(?<=\p{{Lu}}-)(?=[ ][\p{{Lu}}"“«]))
                             | {title_place}{region}?(?P<end>[ ](?:--|[—–]|_)|—)
                             | {title_place}{region}(?P<end>{stop_dash})){tail}""",
        # Algiers -   London/Teheran -   NEW DELHI:   नई दिल्ली:   मुंबई :   पोखरा —   കൊച്ചി ∙
        # TYRE, Lebanon:   (a place in capitals and its country, closed by a colon)
        # OTTAWA–Dozens   (an en dash or hyphens touching the place and the text's first word)
        # Santiago.-   (a Latin American paper's stop and dash after a known town in title case)
        # (only a place the gazetteer knows: a single hyphen may part a headline's halves, and a
        # colon closes a label; a dash or bullet after a place in a script without case; a full
        # stop before a capital after a word of three letters at least, no abbreviation: "L.A.")
        "place_known_dash": rf"""(?:{title_place}|{caps_place})(?P<end>[ ]-|:|{stop_dash}|(?<=\p{{L}}{{3}}\.)(?=[ ]\p{{Lu}})){tail}
                                  | {caps_place}{region}(?P<end>:){tail}
                                  | (?P<place>{_UNHYPHENATED_CAPS}(?:[ ]{_UNHYPHENATED_CAPS}){{0,3}}+)(?P<end>–|--)(?=\p{{Lu}}\p{{Ll}})
                                  | {uncased_place}(?P<end>[ ]?:|[ ][-—–∙·|]|-(?=[ ])){tail}""",
        # ایسنا/کرمان Text   (a known credit, a slash and a place the gazetteer knows, opening the text)
        "credit_slash_place": rf"""(?P<agency>{agency})/(?P<place>{_UNCASED_WORD}|{_PLAIN_WORD})(?P<end>)(?=[ ])""",
        # BEIJING July 23   (a place and a date alone on their line)
        # နေပြည်တော်၊ မတ် ၅   (a script without case: any place)
        "place_date_alone": rf"""(?:(?P<place>{_UPPER_PLAIN}(?:[ ]{_UPPER_PLAIN}){{0,3}}+)(?:[ ]?,[ ]|[ ])
                                 {uncased_alone_place}){date}\.?$""",
        # 4/4/2018   March 7, 2024   (a date alone on its line)
        "date_alone": rf"""{date}\.?$""",
    }
    return shapes


#: Shapes with neither a known agency nor a date beside the place (or with a date alone): a
#: headline can have their form, so they are never believed on a story's first line.
#: Shapes that are all date: the furniture tables read such a line as a time stamp, which does not
#: make it any less a dateline.
DATE_SHAPES = frozenset({"place_date_alone", "date_alone"})
#: Shapes whose place must be one the gazetteer knows.
KNOWN_PLACE_SHAPES = frozenset({"place_known_dash", "credit_slash_place", "place_day_dash"})
WEAK_SHAPES = frozenset(
    {
        "place_dash",
        "place_day_dash",
        "place_known_dash",
        "place_caps_credit",
        "place_unknown_credit",
        "place_date_alone",
        "date_alone",
        "evidence_weak",
    }
)


#: What each dateline shape cannot match without, checked before the shape is compiled or tried:
#: the characters a marked line may open with ("" for any), and groups of characters of which the
#: marked line must hold at least one each (a date needs a month name, a credit its agency or
#: bracket, a closing dash one of its dashes).
_DASHES = "-–—_:፦៖"
_DIGITS = "0123456789"
#: (an agency's acronym we do not know may be printed in Cyrillic or Greek capitals: "— ПРАЙМ.")
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҚҒҮҰӨҺΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
SHAPE_SIGNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "credit_first": ("(", (_DASHES,)),
    "credit_date": (BARE_MARK, (MONTH_MARK, "." + _DASHES)),
    "place_date_credit": ("", (MONTH_MARK + _DIGITS, "(/" + AGENCY_MARK + BARE_MARK + _CAPITALS)),
    "hijri_date_credit": ("", (MONTH_MARK, "(/" + AGENCY_MARK + BARE_MARK + _CAPITALS)),
    "place_credit": ("", ("(/", AGENCY_MARK + BARE_MARK)),
    "credit_place": (AGENCY_MARK + BARE_MARK, ("," + _DASHES,)),
    "place_caps_credit": ("", ("(", _DASHES)),
    "place_unknown_credit": ("", ("(", _DASHES)),
    "place_bare_credit": ("", (AGENCY_MARK + BARE_MARK, _DASHES + ".")),
    "place_region_caps": ("", (",", _DASHES)),
    "place_day_credit": ("", ("(", AGENCY_MARK + BARE_MARK)),
    "place_day_dash": ("", (_DIGITS, "-–—")),
    "place_date": ("", (MONTH_MARK + _DIGITS, _DASHES)),
    "place_date_alone": ("", (MONTH_MARK + _DIGITS,)),
    "date_alone": ("", (MONTH_MARK + _DIGITS,)),
    "place_dash": ("", ("-—–_/",)),
    "place_known_dash": ("", ("-:—–∙·|.",)),
    "credit_slash_place": (AGENCY_MARK + BARE_MARK, ("/",)),
}
#: ... and words of which a line must name one (casefolded) for a shape to be tried: a shape whose
#: pattern is costly to compile is compiled only for a line that can need it.
SHAPE_WORDS: dict[str, tuple[str, ...]] = {
    "hijri_date_credit": HIJRI_MONTHS_LATIN,
}


@cache
def bare_credit_word() -> re.Pattern[str]:
    """Finds the first word of any credit printed without brackets (``TASS``, ``РИА Новости``),
    folded: a line holds a bare credit only if it holds one of these."""
    return phrase_finder({fold_name(credit).split()[0] for credit in BARE_CREDITS})


#: The dateline shapes in the order they are tried.
def shape_names() -> tuple[str, ...]:
    return tuple(_shape_sources())


@cache
def _shape_signs() -> tuple[tuple[str, str, tuple[re.Pattern[str], ...], re.Pattern[str] | None], ...]:
    """Each shape's name, its opening signs, one search per group of signs it needs (a class of
    characters: the standard library's engine finds one in a line faster than a set of the line's
    characters is made), and the search for the words it needs, if any (in the casefolded line:
    a pattern that ignores case is several times slower on every line it reads)."""
    return tuple(
        (
            name,
            SHAPE_SIGNS[name][0],
            tuple(re.compile(f"[{re.escape(g)}]") for g in SHAPE_SIGNS[name][1]),
            re.compile(alternation(w.casefold() for w in SHAPE_WORDS[name])) if name in SHAPE_WORDS else None,
        )
        for name in _shape_sources()
    )


#: Shapes that cannot match without a date, and what any date holds: a month mark beside a day, or
#: figures joined by a dot, slash or hyphen (``\d`` as the shapes' own: any script's digits).
_DATED_SHAPES = frozenset(
    {"credit_date", "place_date_credit", "hijri_date_credit", "place_date", "place_date_alone", "date_alone"}
)


@cache
def _date_sign() -> regex.Pattern[str]:
    # (a joiner may part a day from its month, 5 ga Maris; a day may be a word's mark, पांच मार्च;
    # a month may be numbered, 3 дугаар сарын. Each an alternative of its own: the first three
    # stay as fast as they were)
    joiner = alternation(w + " " for w in DAY_MONTH_JOINERS)
    return compiled(
        rf"\ue000(?:\.?[ ]{{1,3}}|\.)\d|\d(?:st|nd|rd|th|er|º|°)?(?:\.?[ ]{{0,3}}(?i:{joiner})?|[.\-])\ue000|\d[./\-]\d"
        rf"|\ue003[ ]{{1,3}}\ue000|\d[ ](?:{alternation(MONTH_NUMBER_WORDS)})"
    )


def has_date_sign(marked: str) -> bool:
    """A line passed through :func:`mark_names` holds something a date is made of."""
    return _date_sign().search(marked) is not None


def shapes_for(marked: str) -> Iterator[str]:
    """The shapes that could match a line passed through :func:`mark_names`, in order (lazily:
    the first that matches ends the search)."""
    first = marked[:1]
    dated: bool | None = None  # (searched for when a shape that needs a date is reached)
    for name, opens, needs, words in _shape_signs():
        if (opens and first not in opens) or not all(need.search(marked) for need in needs):
            continue
        if words is not None and not words.search(marked.casefold()):
            continue
        if name in _DATED_SHAPES:
            dated = has_date_sign(marked) if dated is None else dated
            if not dated:
                continue
        yield name


@cache
def shape_pattern(name: str) -> regex.Pattern[str]:
    """One dateline shape, compiled when first tried: most datelines match one of the first few,
    so a one-story run compiles only those."""
    return compiled(_shape_sources()[name], FLAGS)


@cache
def script_shape_pattern(name: str) -> regex.Pattern[str]:
    """One dateline shape for a line outside ASCII, compiled when first tried (one cache per set
    of shapes keeps each look-up a look-up of the name alone)."""
    return compiled(_shape_sources(True)[name], FLAGS)


#: (A double hyphen may touch what follows it: ``BOSTON--(BUSINESS WIRE)--Text``; a slash between
#: blanks closes ``VANCOUVER, BC / ACCESSWIRE / March 5, 2024 / Text``.)
#: Signs other scripts part a dateline from its text with (the Devanagari danda, the Urdu full
#: stop printed as a dash) ...
_SCRIPT_DASHES = "।۔፦៖"
#: ... and the full stops that may close it after a date or credit (the Armenian ։).
_SCRIPT_STOPS = ".։"
#: The dashes that close a dateline, and every sign a closing part of a dateline holds.
_DASH_SIGNS = "-–—_="
CLOSING_SIGNS = frozenset(_DASH_SIGNS + ":" + _SCRIPT_DASHES + _SCRIPT_STOPS)


#: A reporter's name and a dash before a known credit (Azerbaijani desks: ``Baku. Jane Roe – APA.``,
#: ``November 14. By Jane Roe – Trend:``), optional: the name is the byline's.
_REPORTER_DASH = (
    r"(?:(?:(?i:by)[ ])?(?P<reporter>\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]*+){1,3}+)"
    r"[ ]?[-–—][ ]?)?"
)


@cache
def dateline_part_pattern(other_scripts: bool = False) -> regex.Pattern[str]:
    """One part of a dateline read by evidence (:mod:`wireparse.evidence`), matched at a position
    of a marked line: a credit, a date, a run of capitalised words (a place), or a separator. The
    group named for the part is the one that matched. ``other_scripts``: for a line outside ASCII
    (as :func:`shape_pattern`)."""
    day, year, commas = (
        (_SCRIPT_DAY, _SCRIPT_YEAR, _SCRIPT_COMMAS) if other_scripts else (_DAY, _YEAR, _COMMAS)
    )
    day_prefix = _day_prefix() if other_scripts else ""
    numbered = _numbered_dates() if other_scripts else ""
    month = r"(?P<month>\ue000++)\.?"
    # a capitalised word (in capitals or not), or a word of a script without case
    # (a hyphen joins words, ``Winston-Salem``; one before a sign closes the place, ``BOSTON--``)
    word = rf"(?:\p{{Lu}}(?:[\p{{L}}\p{{M}}'’.]++|-(?=\p{{L}}))*+|{_UNCASED_WORD})"
    return compiled(
        rf"""(?P<credit>\([^()\n]{{2,40}}+\) | \[[^\[\]\n]{{2,40}}+\] | /[^/\n]{{2,40}}+/
                     | {_REPORTER_DASH}[\ue001\ue002]++(?![\p{{L}}\p{{N}}]))
          | (?P<date>(?:{year}\.[ ])?{month}[ ]{{1,3}}+{day}(?:[ ]d\.|\.)?(?:,[ ]{year})?
                   | (?:{day_prefix}{day}(?:\.?+[ ]{{1,3}}+|\.|-){_day_month_joiner()}{month}){_year_after_day(commas, year, other_scripts)}
                   | {_NUMERIC_DATE} {numbered})(?![\p{{L}}\p{{N}}])
          | (?P<place>{word}(?:[ /](?:{word}|{_SMALL_WORD})){{0,3}}+)
          | (?P<close>[ ]?(?:--|[{_DASH_SIGNS}]|\.(?:--|[-–—])|:|[{_SCRIPT_DASHES}])(?=[ ]|$)
                     | (?:--|—)(?=[(\p{{L}}\p{{N}}\ue000-\ue002]) | (?<=[)\]/])-(?=[\p{{L}}\p{{N}}])
                     | [ ]/(?=[ ]|$)(?![ ][^/\n]{{2,40}}+/))
          | (?P<comma>[ ]?[{commas}][ ]?)
          | (?P<stop>[{_SCRIPT_STOPS}][ ]?)
          | (?P<blank>[ ])""",
        FLAGS,
    )


@cache
def dateline_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """Every dateline shape, compiled, in the order they are tried (for tests and tools; parsing
    compiles each shape only when it is tried)."""
    return tuple(
        (name, pattern(name)) for pattern in (shape_pattern, script_shape_pattern) for name in shape_names()
    )


@cache
def cjk_dateline_pattern() -> regex.Pattern[str]:
    """新华社北京3月7日电, 中新网杭州６月１９日电（记者 夏毅）, 人民网６月１１日电, （中央社記者王小明台北7日電）,
    【香港中通社２月２８日電】 (the place before the agency)
    (the reporter before the place, the day without its month, the whole in brackets), and a place
    and date alone (``北京3月7日电 ...``, closed by a blank or a bracket)."""
    cjk_agencies = alternation(
        alias for _, aliases in AGENCIES for alias in aliases if regex.search(r"\p{Han}", alias)
    )
    reporter_words = alternation(CJK_REPORTER_WORDS)
    digit = r"[0-9０-９]"
    # (a date in Chinese numerals: 二十五日)
    numeral = f"[{''.join(CJK_NUMERAL_UNITS) + ''.join(CJK_NUMERAL_TENS)}]"
    return compiled(
        rf"""
        (?P<open>[（(【])?
        (?: (?P<agency>{cjk_agencies})(?:(?:{reporter_words})(?P<reporter>\p{{Han}}{{2,3}}(?:[、，,]\p{{Han}}{{2,3}}){{0,3}}))?
          | (?P<place>\p{{Han}}{{2,8}}?)(?P<agency>{cjk_agencies})(?={digit})    # 【香港中通社２月２８日電】
          | (?=\p{{Han}}{{2,8}}?(?:{digit}{{4}}年)?{digit}{{1,2}}月{digit}{{1,2}}日(?:电|電)(?:[\s（(【]|$))
          | (?=\p{{Han}}{{2,8}}?{digit}{{1,2}}日(?:电|電)[（(](?:{cjk_agencies})[）)]))   # 吉隆坡5日电（马新社）
        (?P<place>\p{{Han}}{{2,8}}?)??
        (?:(?P<year>{digit}{{4}})年)?
        (?:(?P<month>{digit}{{1,2}}|{numeral}{{1,3}})月)?(?P<day>{digit}{{1,2}}|{numeral}{{1,3}})日
        (?:{alternation(CJK_DISPATCH_WORDS)}|(?(open)(?!)|[ ]?[-–—](?=[ ])))    # 路透北京3月7日 - : a dash after the day
        (?(open)[）)】])
        (?:[ \u3000]*+[（(](?P<reporter>(?:{reporter_words})[ \u3000]*+[^）)\n]{{1,40}}+)[）)])?
        (?:[（(](?P<agency>{cjk_agencies})[）)](?:——|—|--)?)?    # 吉隆坡5日电（马新社）——
        (?:[ ]?/(?P<agency>[^/\s]{{2,20}}+)/(?:[ ]?(?:--|[-–—]))?)?    # 东京2024年3月5日电 /美通社/ --
        """,
        FLAGS,
    )


@cache
def tibetan_dateline_pattern() -> regex.Pattern[str]:
    """ཤིན་ཧྭ་གསར་འགོད་ཁང་ལྷ་ས་ནས་ཟླ་༣ ཚེས་༥ གློག་འཕྲིན། (Xinhua, Lhasa, month 3, day 5): the order of
    ``新华社拉萨3月5日电``, with the agency, the place or both."""
    agencies = alternation(alias for alias in _aliases() if regex.search(r"\p{Tibetan}", alias))
    months = alternation(MONTH_NAMES["bo"])
    syllables = r"[\u0f40-\u0fbc]++(?:་[\u0f40-\u0fbc]++){0,5}"
    return compiled(
        rf"""
        (?:(?P<agency>{agencies})་?)?
        (?:(?P<place>{syllables}?)་?(?:{alternation(TIBETAN_FROM)}))?
        [ ]?(?:(?:{alternation(TIBETAN_MONTH)})(?P<nmonth>\d{{1,2}}+)(?!\d) | (?P<month>{months}))[ ]?
        (?:{alternation(TIBETAN_DAY)})(?P<day>\d{{1,2}}+)(?!\d)་?[ ]?
        (?:{alternation(TIBETAN_TELEGRAM)})[།་]?
        """,
        FLAGS,
    )


@cache
def bracket_dateline_pattern() -> regex.Pattern[str]:
    """Korean and Japanese credit brackets: ``(서울=연합뉴스) 김철수 기자 =``, ``【北京共同】``, a
    Japanese newspaper's place and reporter: ``【ワシントン＝山田太郎】``, and a Chinese paper's own
    report (``【大公報訊】``, ``（北京綜合訊）``), a site's name alone in its bracket and its reporter's
    after it (``【财新网】（记者 王晓明）``), or its reporter's from a place
    (``〔記者王小明／台北報導〕``)."""
    korean = alternation(alias for alias in _aliases() if regex.search(r"\p{Hangul}", alias))
    # Japanese agencies print their short name in the bracket: two characters of Han
    # (or, for a Korean agency's Japanese service, its name in Han and katakana: 聯合ニュース)
    japanese = alternation(
        alias
        for alias in _aliases()
        if regex.fullmatch(r"\p{Han}{2}|\p{Han}{1,3}\p{Katakana}[\p{Katakana}ー]{1,6}", alias)
    )
    titles = f"(?:{alternation(KOREAN_REPORTER_TITLES)})"
    return compiled(
        rf"""
        [(\[](?P<place>\p{{Hangul}}{{1,12}}+)=(?P<agency>{korean})[)\]]
            (?:[ ]?(?P<reporter>\p{{Hangul}}{{2,4}}+(?:[ ,·]{{1,2}}+(?!{titles}\b)\p{{Hangul}}{{2,4}}+){{0,3}}+[ ](?:{titles})))?(?P<end>[ ]?=)?
      | 【(?P<place>[^】\n]{{1,12}}?)(?:[0-9０-９]{{1,2}}日)?(?P<agency>{japanese})】   # 【ワシントン５日共同】
      | 【(?P<place>[^】＝=\n]{{1,12}}+)[＝=](?P<reporter>[^】＝=\n]{{1,20}}+)】   # a newspaper's: 【ワシントン＝山田太郎】
      | [（(【〔](?P<newsroom>\p{{Han}}{{1,10}}?)(?:[0-9０-９]{{1,2}}日)?(?:{alternation(CJK_COMPILED_WORDS)})?
            (?:{alternation(CJK_NEWSROOM_WORDS)})[）)】〕]     # 【大公報訊】, （北京綜合訊）, （吉隆坡17日讯）
            (?:[ \u3000]?(?:{alternation(CJK_REPORTER_WORDS)})(?P<reporter>\p{{Han}}{{2,4}}?(?:、\p{{Han}}{{2,4}}?){{0,3}}?)
               (?:{alternation(CJK_REPORT_WORDS)})?[：:][ \u3000]?)?                  # 記者李明報道：
      | 【(?!(?:{alternation(HEADLINE_FLAGS)})】)(?P<newsroom>\p{{Han}}{{1,8}}?(?:{alternation(CJK_OUTLET_ENDINGS)}))】  # 【财新网】（记者 王晓明）
            (?:[（(](?:{alternation(CJK_REPORTER_WORDS)})[ \u3000]?(?P<reporter>\p{{Han}}{{2,4}}+(?:[、 ]\p{{Han}}{{2,4}}+){{0,3}}+)[）)])?
      | [［\[](?P<place>[^］\]\s]{{1,12}}+)[\u3000 ]++(?:[0-9０-９]{{1,2}}+日[\u3000 ]++)?(?P<agency>{alternation(_aliases())})[］\]](?:[ ]?[-–—](?=[ ]|$))?   # ［東京　５日　ロイター］ -, [東京 ６日 ロイター]
      | [（(【〔](?:{alternation(CJK_REPORTER_WORDS)})(?P<reporter>\p{{Han}}{{2,4}}+(?:、\p{{Han}}{{2,4}}+){{0,3}}+)
            [／/](?P<place>\p{{Han}}{{1,8}}?)(?:{alternation(CJK_REPORT_WORDS)})[）)】〕]   # 〔記者王小明／台北報導〕
        """,
        FLAGS,
    )


def _aliases() -> Iterator[str]:
    return (alias for _, aliases in AGENCIES for alias in aliases)


@cache
def source_marker_pattern() -> regex.Pattern[str]:
    """FBIS markers such as ``[TEXT]`` and ``[EXCERPTS]`` before a body, and bracketed authors."""
    return compiled(rf"\[(?i:{alternation(SOURCE_MARKERS)})\][ ]*+", FLAGS)


def take_key_source() -> str:
    """A take key line (``URGENT``, ``2ND LEAD``, ``3RD NET``, ``UPDATE 2``), as pattern source
    for the line kinds' one pattern."""
    keys = alternation(TAKE_KEYS)
    return rf"""(?:\d+(?:ST|ND|RD|TH)[ ](?:{keys}|[A-Z]{{2,10}}+)
                            | (?i:{keys})(?:[ ]\d+)?)"""
