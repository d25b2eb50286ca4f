"""Datelines: recognise one at the start of a line and read its place, region, date and agency.

``match_dateline("MAGAS, March 7. /TASS/. Russian ...")`` gives the :class:`~wireparse.model.Dateline`
and where the body text resumes. Dates without a year become ``--MM-DD`` unless a reference date
places them in a year.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple, cast

import regex

from ._languages_geonames import LANGUAGE_COUNTRIES
from ._months_cldr import WEEKDAY_NAMES
from .agencies import HOME_COUNTRIES, NON_PLACES
from .casing import normal_case
from .compiled import compiled
from .credits import CORRESPONDENT_WORDS, NO_DATE_WORDS, ORGANISATION_WORDS, TIME_ZONES
from .evidence import date_after, read_opening
from .model import Dateline
from .months import (
    AFTER_YEAR_WORDS,
    BUDDHIST_ERA_YEARS,
    BUDDHIST_TWO_DIGIT_YEAR_LANGUAGES,
    CJK_NUMERAL_TENS,
    CJK_NUMERAL_UNITS,
    DAY_MONTH_JOINERS,
    REGIONAL_MONTHS,
)
from .patterns import (
    KNOWN_PLACE_SHAPES,
    WEAK_SHAPES,
    agency_lookup,
    alternation,
    bare_credit_word,
    bracket_dateline_pattern,
    calendar_month_lookup,
    cjk_dateline_pattern,
    day_word_lookup,
    fold_name,
    function_words,
    known_agency,
    mark_names,
    month_languages,
    month_lookup,
    script_shape_pattern,
    shape_pattern,
    shapes_for,
    tibetan_dateline_pattern,
)
from .words import (
    BYLINE_OPENERS,
    BYLINE_WORD_OPENERS,
    CJK_DISPATCH_WORDS,
    CJK_OUTLET_ENDINGS,
    CJK_OWN_NEWSROOM,
    CLOCK_WORDS,
    EDITORIAL_LABELS,
    EXPORT_FIELD_CODES,
    FILE_PICTURE_OPENERS,
    HEADLINE_FLAGS,
    MAIL_LABELS,
    PHOTO_WORDS,
    STAMP_OPENERS,
)

if TYPE_CHECKING:
    from .gazetteer import Place

#: Datelines are short: only this much of a line is ever offered to the patterns.
MAX_DATELINE = 200

#: A place and date, or a date, alone on a line is at most this long.
MAX_LINE_ALONE = 60
#: Month names and credits are looked for in this much of a line's opening.
MAX_MARKED = 120
#: Brackets, slashes and dashes a dateline holds (the danda, the Urdu stop and the bullet of
#: Malayalam papers print as dashes, and the bar of Hindi papers); every shape without one needs a
#: bare credit or 月.
_BRACKETS_AND_DASHES = r"(\[/\-–—_:：（【〔［।۔∙|"
#: A Chinese or Japanese date: a month, or a day and the 電 (专电, 綜合外電報導) that closes a dateline.
#: (These tests run on every line a dateline is looked for in: the standard library's engine runs
#: such simple patterns two to four times as fast as the ``regex`` engine.)
_CJK_DATE_SIGN = re.compile(f"月|日(?:{alternation(CJK_DISPATCH_WORDS)})")
_BRACKET_OR_DASH = re.compile(rf"[{_BRACKETS_AND_DASHES}]")
#: Those, or a digit: every dateline holds one early on.
_DATELINE_SIGN = re.compile(rf"[\d０-９{_BRACKETS_AND_DASHES}]")


#: A figure and a full stop soon after it: a date (and credit) a stop closes (``MANILA, March 5.``).
@cache
def _figure_then_stop() -> re.Pattern[str]:
    return re.compile(r"\d(?:[^.։\n]|[.։](?![ ]|$)){0,40}+[.։](?:[ ]|$)")


_NO_DATE_WORDS = frozenset(NO_DATE_WORDS)
_NON_PLACES = frozenset(p.casefold() for p in NON_PLACES)


class DatelineMatch(NamedTuple):
    dateline: Dateline
    end: int
    """Offset in the line where the body text resumes."""
    shape: str
    reporter: str | None = None
    """A reporter named inside the dateline (RIA Novosti, China News Service)."""


def canonical_agency(credit: str | None) -> str | None:
    """The canonical name of a credit, or the credit in normal case when it is not a known agency."""
    if not credit:
        return None
    known = known_agency(credit)
    if known:
        return known
    quoted = _QUOTED_NAME.search(credit)
    if quoted:  # "НИАТ «Ховар»", "“Dunyo” AA": the agency's name in quotes
        return canonical_agency(quoted["name"])
    joint = [agency_lookup().get(fold_name(part)) for part in credit.split("-")] if "-" in credit else []
    if len(joint) > 1 and all(joint):
        return "-".join(filter(None, joint))  # "TELAM-ANSA": a joint credit, each agency by its name
    parts = credit.split("/")
    if len(parts) > 1 and any(fold_name(part) in agency_lookup() for part in parts):
        # a paper and the service that relays it ("VANUATU DAILY POST/PACNEWS"): each as its own
        return "/".join(canonical_agency(part.strip()) or part.strip() for part in parts)
    credit = " ".join(credit.split())
    if credit.isupper() and " " not in credit and len(credit) <= 5:
        return credit  # an acronym such as FBIS or DYN
    return normal_case(credit)


#: A name in quotes inside a credit, as agencies of the former Soviet states print their own.
_QUOTED_NAME = re.compile(r"[«“\"](?P<name>[^«»“”\"]{2,30})[»”\"]")


def _digits(text: str) -> int:
    if text[:1] in CJK_NUMERAL_UNITS or text[:1] in CJK_NUMERAL_TENS:
        return _cjk_numeral(text)
    return int("".join(str(unicodedata.digit(c)) for c in text))


def _cjk_numeral(text: str) -> int:
    """A number of a date in Chinese numerals (``五``, ``十二``, ``二十五``, ``廿五``)."""
    tens = units = 0
    for char in text:
        if char in CJK_NUMERAL_TENS:
            # (a unit before 十 counts its tens: 二十 is twenty; 廿 and 卅 are twenty and thirty)
            tens = CJK_NUMERAL_TENS[char] * (units or 1) if char == "十" else CJK_NUMERAL_TENS[char]
            units = 0
        else:
            units = CJK_NUMERAL_UNITS[char]
    return tens + units


#: Days in each month of a common year (the calendar module costs start-up time for this alone).
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


def resolve_date(
    month: int, day: int, year: int | None, two_digit_year: bool, reference: dt.date | None
) -> str | None:
    """ISO date, or ``--MM-DD`` when no year is printed and no reference date is given."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None and two_digit_year:
        if reference:
            # the century that puts the date nearest the reference date
            candidates = [
                c + year
                for c in (
                    reference.year // 100 * 100 - 100,
                    reference.year // 100 * 100,
                    reference.year // 100 * 100 + 100,
                )
            ]
            year = min(candidates, key=lambda y: abs(y - reference.year))
        else:
            year += 1900 if year >= 69 else 2000  # the POSIX pivot
    if year is None and reference is not None:
        year = reference.year
        if (month, day) > (reference.month, reference.day):
            year -= 1
        if month == 2 and day == 29:
            while _days_in_month(year, 2) != 29:
                year -= 1
    if year is None or not 1 <= year <= 9999:
        # no year, or none an ISO date can hold (a reference date in year 1 puts a December
        # dateline in year 0). 2000 is a leap year: any day some year has is accepted
        return f"--{month:02d}-{day:02d}" if day <= _days_in_month(2000, month) else None
    if day > _days_in_month(year, month):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _place(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = " ".join(raw.split()).rstrip(",-")  # ("ALGIERS- The": the closing hyphen touches it)
    last = raw.rsplit(" ", 1)[-1]
    if raw.endswith(".") and len(last) > 4 and "." not in last[:-1]:
        # "Москва." closes the place; "St.", "Wash." and "i.Br." are abbreviations
        raw = raw[:-1]
    if raw.casefold() in _NON_PLACES:
        return None
    return normal_case(raw)


def _region(raw: str | None) -> str | None:
    folded = " ".join(raw.casefold().split()).rstrip(".,") if raw else ""  # ("GALWAY, Wednesday. -")
    if not raw or not folded or folded in _NO_DATE_WORDS or folded in WEEKDAY_NAMES:
        return None  # "NO DATE"; "WASHINGTON, Monday, March 3": a weekday, not a region
    return normal_case(" ".join(raw.split()).strip())


_GROUPS = (
    "place",
    "region",
    "month",
    "day",
    "year",
    "nday",
    "nmonth",
    "nyear",
    "aday",
    "amonth",
    "ayear",
    "agency",
    "reporter",
)


@cache
def _groups_of(shape: str) -> tuple[str, ...]:
    """The groups a shape reads (at least two: a place or credit, and what follows it)."""
    index = shape_pattern(shape).groupindex
    return tuple(name for name in _GROUPS if name in index)


@cache
def _script_groups_of(shape: str) -> tuple[str, ...]:
    """The same for the shapes of a line outside ASCII."""
    index = script_shape_pattern(shape).groupindex
    return tuple(name for name in _GROUPS if name in index)


#: What :func:`_date` gives for a date that is printed but is no date (31 April).
_NO_DATE = "no date"


def _date(groups: Mapping[str, str | None], reference: dt.date | None) -> str | None:
    """The ISO date the groups of a match print, None when they print none, or ``_NO_DATE``."""
    if groups.get("amonth"):
        # a Hijri date and the Gregorian one it falls on: the Gregorian is the dateline's date
        groups = {"month": groups["amonth"], "day": groups.get("aday"), "year": groups.get("ayear")}
    month_name, number = groups.get("month"), groups.get("nmonth")
    month: int | None
    if month_name:
        month = _named_month(month_name.casefold().rstrip("."), groups.get("agency"))
        printed_day, year_text = groups.get("day"), groups.get("year")
        day = int(printed_day) if printed_day and printed_day.isdigit() else _day_number(printed_day)
        calendar = (
            None if month or month_name.isascii() else calendar_month_lookup().get(fold_name(month_name))
        )
        if calendar is not None:
            return _calendar_date(*calendar, day, year_text, reference)
    elif number:
        month, day, year_text = int(number), int(groups.get("nday") or 0), groups.get("nyear")
        if month > 12 >= day:
            month, day = day, month  # "4/23/2018": only month first makes it a date
    else:
        return None
    if month is None or day is None:
        return _NO_DATE
    year = int(year_text) if year_text else None
    two_digit = year_text is not None and len(year_text) == 2
    if year is not None and two_digit and _buddhist_two_digit_year(month_name):
        year, two_digit = 2500 + year, False  # TNA's "4 มี.ค. 67": 2567
    if year is not None and not two_digit:
        year = _common_era(year)
    date = resolve_date(month, day, year, two_digit, reference)
    return _NO_DATE if date is None else date


def _named_month(name: str, agency: str | None) -> int | None:
    """The month a folded name gives, or two names of one month parted by a slash (Arabic copy
    prints the Levant's name and Egypt's: ``أيار/مايو``); None when they name two."""
    numbers = {_month_number(part, agency) for part in name.split("/")}
    return numbers.pop() if len(numbers) == 1 else None


def _month_number(name: str, agency: str | None) -> int | None:
    """The month a folded name gives: another language's where the credit is an agency of a
    country that speaks it and that language gives the name another month (Hina's ``listopada``)."""
    regional = _regional_months().get(name)
    if regional and agency:
        country = HOME_COUNTRIES.get(canonical_agency(agency) or "")
        if country in regional:
            return regional[country]
    return month_lookup().get(name)


@cache
def _regional_months() -> dict[str, dict[str, int]]:
    """Each name of :data:`REGIONAL_MONTHS`, with the month it is in each country of its language."""
    table: dict[str, dict[str, int]] = {}
    for language, names in REGIONAL_MONTHS.items():
        for name, month in names.items():
            for country in LANGUAGE_COUNTRIES.get(language, ()):
                table.setdefault(name, {})[country] = month
    return table


def _common_era(year: int) -> int:
    """A year of the Buddhist era (2567) as a year of the Common Era; others as they are."""
    if year not in BUDDHIST_ERA_YEARS:
        return year  # (the conversions are read only for a year of another era)
    from .calendars import buddhist_era_to_common_era

    return buddhist_era_to_common_era(year)


def _day_number(printed: str | None) -> int | None:
    """A day printed in figures of any script, or as a number word (Hindi ``पांच``); 0 for none,
    None for a word that is no day."""
    if not printed:
        return 0
    if printed.isdigit():
        return int(printed)
    return day_word_lookup().get(fold_name(printed))


def _buddhist_two_digit_year(month_name: str | None) -> bool:
    """The month is named in a language whose two-digit years are of the Buddhist era."""
    if not month_name or month_name.isascii():
        return False
    langs = month_languages().get(fold_name(month_name).rstrip("."), frozenset())
    return bool(langs) and langs <= BUDDHIST_TWO_DIGIT_YEAR_LANGUAGES


def _calendar_date(
    calendar: str, month: int, day: int | None, year_text: str | None, reference: dt.date | None
) -> str | None:
    """The ISO date of a date of another calendar, None when it cannot be told (a calendar not
    converted, a Hijri date without its year), or ``_NO_DATE`` when it is no date."""
    from .calendars import CONVERTERS, to_gregorian, yearless_to_gregorian

    if not day:
        return _NO_DATE
    if year_text and len(year_text) == 4:
        date = to_gregorian(calendar, int(year_text), month, day)
        if date is None:
            return _NO_DATE if calendar in CONVERTERS else None
        return date.isoformat()
    month_day = yearless_to_gregorian(calendar, month, day)
    if month_day is None:
        return None
    return resolve_date(*month_day, None, False, reference) or _NO_DATE


def match_dateline(line: str, reference: dt.date | None = None) -> DatelineMatch | None:
    """The dateline opening ``line`` (leading blanks allowed), or None."""
    stripped = line.lstrip()
    offset = len(line) - len(stripped)
    head = printed = stripped[:MAX_DATELINE]
    if not head.isascii() and _DASH_VARIANT.search(head):
        head = head.translate(_DASHES_READ)  # ("Aachen ‐ Text": a hyphen of another code point)
    if not _worth_trying(head) and not _alone(stripped):
        # (a Tibetan dateline holds no bracket or dash: only its own pattern reads it)
        found = _match_tibetan(head, reference) if _TIBETAN_FIRST <= head[:1] <= _TIBETAN_LAST else None
    elif head[:1] == "(" and (whole := _whole_in_brackets(head, reference)) is not None:
        found = whole
    elif head[:1] == "[" and (bracketed := _town_in_square_brackets(head, reference)) is not None:
        found = bracketed
    elif head.isascii():
        found = _match_shapes(head, reference, True)
    else:
        found = _match_cjk(head, reference) or _match_shapes(head, reference, False)
    if found is None:
        return None
    found = _dashes_run_on(found, head)
    if printed is not head:  # (the dateline's text as printed, its dashes its own)
        shown = printed[found.end - len(found.dateline.text) : found.end]
        found = found._replace(dateline=dataclasses.replace(found.dateline, text=shown))
    return found._replace(end=offset + found.end)


def _whole_in_brackets(head: str, reference: dt.date | None) -> DatelineMatch | None:
    """A dateline printed whole in brackets, its parts parted by commas: a town the gazetteer
    knows, its date, then the credit and the reporter's name or neither (``(Чистай, 14 март,
    «Acme-информ», Гөлназ Хәмидуллина).``, ``(Kazan, March 14, Acme)``)."""
    m = _WHOLE_IN_BRACKETS.match(head)
    if m is None:
        return None
    place, date_text, *rest = (part.strip() for part in m["inner"].split(","))
    if len(rest) > _BRACKETED_CREDIT_PARTS or not known_town(place):
        return None
    dated = _match_shapes(f"{place}, {date_text} - ", reference, head.isascii())
    if dated is None or dated.dateline.date is None or dated.end < len(place) + len(date_text) + 2:
        return None
    credit = rest[0].strip('«»"“”„ ') if rest else None
    reporter = rest[1] if len(rest) > 1 and _REPORTER_NAME.fullmatch(rest[1]) else None
    if len(rest) > 1 and reporter is None:
        return None
    dateline = dataclasses.replace(
        dated.dateline, text=head[: m.end()].rstrip(), agency=canonical_agency(credit) if credit else None
    )
    return DatelineMatch(dateline, m.end(), "whole_in_brackets", reporter)


def _town_in_square_brackets(head: str, reference: dt.date | None) -> DatelineMatch | None:
    """A town the gazetteer knows alone in square brackets before the text's first word, in any
    case (``[NAIROBI] Farmers ...``, ``[Lima] El ...``), as a development service prints its
    dateline; a label in brackets names no town (``[VIDEO]``, ``[UPDATE]``)."""
    m = _TOWN_IN_SQUARE_BRACKETS.match(head)
    if m is None or not known_town(m["place"]):
        return None
    placed = _match_shapes(f"{m['place']} - ", reference, head.isascii())
    if placed is None or placed.dateline.place is None:
        return None
    dateline = dataclasses.replace(placed.dateline, text=m.group())
    return DatelineMatch(dateline, m.end(), "town_in_square_brackets", None)


_TOWN_IN_SQUARE_BRACKETS = compiled(
    r"\[(?P<place>\p{Lu}[\p{L}\p{M}'’.\-]*+(?:[ ][\p{L}\p{M}'’.\-]++){0,3}+)\](?=[ ]\p{Lu})"
)


#: A dateline whole in brackets, then a stop or dash; at most this many parts after its date.
_WHOLE_IN_BRACKETS = compiled(
    r"\((?P<inner>[^()\n,]{2,40}+,[^()\n]{3,120}+)\)(?:[.:]|[ ]?[-–—]{1,2}+)?+(?=[ ]|$)"
)
_BRACKETED_CREDIT_PARTS = 2
#: A word of a reporter's name inside a credit (``Ильдар``, ``Э.Иванова``).
_REPORTER_WORD = r"\p{Lu}[\p{L}\p{M}.'’\-]*+"
_REPORTER_NAME = compiled(rf"{_REPORTER_WORD}(?:[ ]{_REPORTER_WORD}){{1,3}}+")


def _dashes_run_on(found: DatelineMatch, head: str) -> DatelineMatch:
    """The dateline closed by a dash, over the dashes that touch it (``تهران- ایرنا--``, ``(ኢዜአ)፡--``):
    one closing dash of a run read, the rest would open the text."""
    extra = len(head) - found.end - len(head[found.end :].lstrip(_CLOSING_DASHES))
    if not extra or found.dateline.text.rstrip()[-1:] not in _CLOSING_DASHES:
        return found
    end = found.end + extra
    text = found.dateline.text + head[found.end : end]
    return found._replace(dateline=dataclasses.replace(found.dateline, text=text), end=end)


#: The dashes a dateline closes with, as the shapes read them (other code points read as these).
_CLOSING_DASHES = "-–—"


#: Dashes of other code points (the hyphen and non-breaking hyphen, the figure dash, the bar and
#: the minus sign), read as the dash or hyphen they print; the dateline's text keeps them.
_DASHES_READ = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "–", "\u2015": "—", "\u2212": "-"})
_DASH_VARIANT = re.compile("[\u2010\u2011\u2012\u2015\u2212]")


def _worth_trying(head: str) -> bool:
    """Every dateline shape holds a digit, a bracket, a slash, a dash or a colon early on; a line
    with a number but none of the others (a headline) only if a full stop follows the number soon
    or a bare credit could follow it."""
    if not _DATELINE_SIGN.search(head, 0, MAX_MARKED):
        return _place_stop_credit(head) or _known_place_stop(head) or _weekday_after_place(head)
    if _CJK_DATE_SIGN.search(head) or _BRACKET_OR_DASH.search(head) or _figure_then_stop().search(head):
        return True
    opening = head[:MAX_MARKED].casefold().replace("ı", "i")
    return bare_credit_word().search(opening) is not None


def _known_place_stop(head: str) -> bool:
    """A town the gazetteer knows and a full stop before a capital (``Dar es Salaam. The ...``)."""
    m = _PLACE_STOP.match(head)
    return m is not None and known_town(m["place"])


def _weekday_after_place(head: str) -> bool:
    """A place, a comma and a weekday's name that stands for the date (``CANBERRA, Tuesday.``)."""
    m = _PLACE_WEEKDAY.match(head)
    return m is not None and m["weekday"].casefold() in WEEKDAY_NAMES


_PLACE_WEEKDAY = re.compile(r"[^\W\d_][\w '’.\-]{1,30}?,[ ](?P<weekday>[^\W\d_]{3,15})(?![\w])")
_PLACE_STOP = re.compile(r"(?P<place>[^\W\d_][\w '’\-]{1,30}?)\.[ ](?=[^\W\d_])")


def _place_stop_credit(head: str) -> bool:
    """A place, a full stop and a known agency's name closed by another (``Ósló. AFP.``), as
    Icelandic papers print the agency's dateline: no bracket or dash in it."""
    m = _PLACE_STOP_CREDIT.match(head)
    return m is not None and known_agency(m["credit"]) is not None


_PLACE_STOP_CREDIT = re.compile(r"[^\W\d_][^.\n]{0,30}?\.[ ](?P<credit>[^\W\d_][\w\-]{1,15})\.(?:[ ]|$)")


def _alone(line: str) -> bool:
    """A short line that ends with a date, or opens with a credit and a comma: a dateline may stand
    alone on it (``BEIJING July 23``, ``OSLO, 7 March``, ``4/4/2018``, ``AFP, MANILA``)."""
    if len(line) > MAX_LINE_ALONE or ("," not in line and not _DATELINE_SIGN.search(line)):
        return False  # a date has a figure; a credit and place alone, a comma
    # (the words for "of" and "year" say nothing: "8 de mayo de 2024", "5 марта 2024 года")
    words = [w.strip(".,") for w in line.split()[-5:] if w.casefold() not in _DATE_FILLER_WORDS][-3:]
    if words and _numeric_date_word().fullmatch(words[-1]):
        return True
    months = month_lookup()
    # the last two words are a day and a month in either order, or the last three end in a year
    for pair in (words[-2:], words[-3:-1]):
        if len(pair) == 2 and {w.isdigit() for w in pair} == {True, False}:
            if fold_name(pair[0] if pair[1].isdigit() else pair[1]) in months:
                return True
    return "," in line and known_agency(line.split()[0].rstrip(",")) is not None


_DATE_FILLER_WORDS = frozenset((*DAY_MONTH_JOINERS, *AFTER_YEAR_WORDS))


#: A date in figures as one word (``4/4/2018``, ``07.03.2024``, ``2024-03-07``).
@cache
def _numeric_date_word() -> regex.Pattern[str]:
    return compiled(r"\d{1,4}[./\-]\d{1,2}(?:[./\-]\d{1,4})?")


#: The Tibetan script's letters: a line that opens with one is read by the Tibetan pattern alone.
_TIBETAN_FIRST, _TIBETAN_LAST = "\u0f40", "\u0fbc"


def _match_tibetan(head: str, reference: dt.date | None) -> DatelineMatch | None:
    """ཤིན་ཧྭ་གསར་འགོད་ཁང་ལྷ་ས་ནས་ཟླ་༣ ཚེས་༥ གློག་འཕྲིན། (Xinhua, Lhasa, March 5)."""
    m = tibetan_dateline_pattern().match(head)
    if m is None:
        return None
    month = int(m["nmonth"]) if m["nmonth"] else month_lookup().get(fold_name(m["month"]))
    date = resolve_date(month, int(m["day"]), None, False, reference) if month else None
    if date is None:
        return None  # a month or day no year has
    dateline = Dateline(
        text=m.group(), place=m["place"] or None, date=date, agency=canonical_agency(m["agency"])
    )
    return DatelineMatch(dateline, m.end(), "tibetan")


def _match_cjk(head: str, reference: dt.date | None) -> DatelineMatch | None:
    """新华社北京3月7日电, (서울=연합뉴스), 【東京共同】, and the Tibetan that keeps the Chinese order."""
    if _TIBETAN_FIRST <= head[:1] <= _TIBETAN_LAST:
        return _match_tibetan(head, reference)
    m = cjk_dateline_pattern().match(head)
    if m:
        day = _digits(m["day"])
        year = _digits(m["year"]) if m["year"] else None
        # a day without its month (中央社台北7日電) is printed, but no date can be told from it
        date = resolve_date(_digits(m["month"]), day, year, False, reference) if m["month"] else None
        dateline = Dateline(
            text=m.group(),
            place=m["place"] or None,
            region=None,
            date=date,
            agency=canonical_agency(m["agency"]),
        )
        reporter = " ".join(m["reporter"].split()) if m["reporter"] else None
        return DatelineMatch(dateline, m.end(), "cjk", reporter)
    m = bracket_dateline_pattern().match(head) if head[:1] in _CREDIT_BRACKETS else None
    if m is None:
        return None
    place, agency = _newsroom(m["newsroom"]) if m["newsroom"] else (m["place"], m["agency"])
    dateline = Dateline(text=m.group(), place=place, agency=canonical_agency(agency))
    return DatelineMatch(dateline, m.end(), "bracket", _korean_reporters(m["reporter"]))


#: The brackets a Korean, Japanese or Chinese credit opens with.
_CREDIT_BRACKETS = frozenset("([【（〔［")


def _newsroom(name: str) -> tuple[str | None, str | None]:
    """The place or the paper a Chinese credit names (``北京綜合訊``, ``大公報訊``); neither for a
    paper's word for itself (``本報訊``)."""
    if name in CJK_OWN_NEWSROOM:
        return None, None
    return (None, name) if name.endswith(CJK_OUTLET_ENDINGS) else (name, None)


def _korean_reporters(printed: str | None) -> str | None:
    """Korean reporters' names set side by side before their title (``박성진 이영희 기자``), as a
    byline that lists them (``박성진, 이영희``); one reporter's as printed (``박성진 기자``)."""
    names = _KOREAN_NAME_BREAK.split(printed)[:-1] if printed else []
    return ", ".join(names) if len(names) > 1 else printed


_KOREAN_NAME_BREAK = re.compile(r"[ ,·]+")


def _match_shapes(head: str, reference: dt.date | None, ascii_head: bool) -> DatelineMatch | None:
    """The first dateline shape that reads ``head`` (the patterns read it with the blank after a
    place's slash dropped; the dateline's text is the printed one)."""
    read, where = fold_slashes(head)
    marked = mark_names(read[:MAX_MARKED], ascii_head) + read[MAX_MARKED:]
    if ascii_head:
        pattern_of, groups_of = shape_pattern, _groups_of
    else:
        pattern_of, groups_of = script_shape_pattern, _script_groups_of
    for shape in shapes_for(marked):
        m = pattern_of(shape).match(marked)
        if not m:
            continue
        names = groups_of(shape)
        # the spans read the folded text: marks keep every offset where it was
        # (one name gives one span, several a tuple of them)
        spans = cast("Sequence[tuple[int, int]]", m.span(*names) if len(names) > 1 else (m.span(*names),))
        groups = {name: read[a:b] if a >= 0 else None for name, (a, b) in zip(names, spans)}
        date = _date(groups, reference)
        if date is _NO_DATE:
            continue
        agency = groups.get("agency")
        if _flags_a_headline(agency) or _flags_a_headline(groups.get("region")):
            continue  # "(CORRECTED) - ..." flags a headline
        # (a town by another of its names before a dash, not a colon or stop: "Berna -"; "Parana:"
        # is a table's label as much as a place, "Rep. Jane Roe" a title)
        any_name = shape == "place_known_dash" and read[: m.end()].rstrip()[-1:] in _CLOSING_DASHES
        if shape in KNOWN_PLACE_SHAPES and not _known_place(groups.get("place"), any_name):
            continue
        if shape in WEAK_SHAPES and _opens_with_a_small_word(groups.get("place")):
            continue  # "LE POINT SUR LA SITUATION -" is a kicker; "LA PAZ -" a town the gazetteer knows
        if _names_an_organisation(groups.get("place")) or _web_address(groups.get("place")):
            continue  # "Anadolu Agency (AA)": an export's source line; "Acme.ie –": a site's name
        if _opens_like_a_byline(groups.get("place")):
            continue  # "Von Jane Roe (epd)": a byline and its agency
        if date is not None and agency is not None and _weekday_before_date(groups.get("place"), agency):
            groups["place"] = None  # "TUESDAY, March 4, 2025 (HealthDay News) --": the date's weekday
        if _stamp_word(groups.get("place"), agency) or _clock_word(agency):
            continue  # "Posted: Jul 17, 2024 / 08:14 PM", "Senin, 4 Maret 2024 15:22 WIB": a page's time stamp
        end = where[len(read[: m.end()].rstrip())]
        if (
            date is None
            and agency is not None
            and _DATE_OPENING.match(marked, m.end())
            and (later := _date_after(read, marked, m.end(), reference, ascii_head))
        ):
            date, end = later[0], where[later[1]]
        place, region = groups.get("place"), groups.get("region")
        reporter = groups.get("reporter")
        if reporter is None and agency is not None and not agency.isupper():
            agency, reporter = _correspondent_in_credit(agency)  # "/Корр. ИА «Башинформ» Ильдар Сафин/"
        if agency is None and _credit_alias(region):
            agency, region = region, None  # "Damascus, SANA -": the agency, printed where a region is
        if agency is None:
            place, agency = _credit_out_of_place(place)
        elif place is None and _town_in_brackets(agency):
            place, agency = agency, None  # "(NEW YORK) --": AP's radio wire brackets the place
        dateline = Dateline(
            text=head[where[m.start()] : end],
            place=_place(place),
            region=_region(region),
            date=date,
            agency=canonical_agency(agency),
        )
        found = DatelineMatch(dateline, end, shape, reporter)
        if date is None and (dateline.place is None or (shape in WEAK_SHAPES and dateline.agency is None)):
            # a credit or a bare place alone ("(NTB) -", "LEEDS --"): the evidence may read a longer
            # dateline after it ("LEEDS -- (NewsNow) --")
            longer = _match_by_evidence(head, read, where, marked, reference, ascii_head)
            return longer if longer is not None and longer.end > end else found
        return found
    return _match_by_evidence(head, read, where, marked, reference, ascii_head)


#: What a date printed after a dateline opens with: a figure of any script or a month's mark.
_DATE_OPENING = re.compile(r"[ ]?[\d\ue000]")


def _date_after(
    read: str, marked: str, pos: int, reference: dt.date | None, ascii_head: bool
) -> tuple[str, int] | None:
    """A credit's dateline closed without a date, and the date printed after it between closing
    dashes (IRNA: ``تهران- ایرنا- ۱۴ اسفند ۱۳۹۷-``): the date and where it closes, or None."""
    later = date_after(marked, pos, not ascii_head)
    if later is None:
        return None
    parts, stop = later
    date = _date({name: read[a:b] for name, (a, b) in parts.items()}, reference)
    if date is None or date is _NO_DATE:
        return None
    return date, len(read[:stop].rstrip())


def _town_in_brackets(credit: str) -> bool:
    """A credit in brackets that no agency's table names and the gazetteer knows as a town."""
    return known_agency(credit) is None and known_town(credit)


def _stamp_word(printed: str | None, credit: str | None = None) -> bool:
    """A word of a time stamp where a place would stand (``Posted``, ``Updated``, ``Publié le``), a
    mail's or feed's label (``FYI``, ``Feed``), a database's field code (``PD``), an archive picture's
    caption opener (``FILE``), or a weekday's name (``Senin, 4 Maret 2024``): no
    place is named so. A town that shares its name
    with a weekday (Tajik ``Душанбе`` is Monday) is one in capitals or before a credit."""
    if printed is None:
        return False
    folded = printed.casefold().rstrip(":")
    if folded in _STAMP_OPENERS or folded in _MAIL_LABELS:
        return True  # (or a mail's or feed's label: "FYI -", "Feed: Acme - English")
    if credit is None and printed in EXPORT_FIELD_CODES:
        return True  # a news database's field code: "PD  9 January 2003" is the date's field
    if credit is None and folded in _FILE_PICTURE_OPENERS:
        return True  # an archive picture's caption: "FILE - The mill in a 2022 photo."
    if folded in _EDITORIAL_LABELS and not printed.isupper():
        return True  # a page's source or editor label ("Bron: Belga"); "BRON, 5 mars (AFP)" is the town
    if folded not in WEEKDAY_NAMES:
        return False
    return not ((credit or printed.isupper()) and known_town(printed))


def _weekday_before_date(printed: str | None, credit: str) -> bool:
    """A weekday's name where the place would stand, before a date and a credit that is no clock's
    word: the date's weekday, no place (a town of a weekday's name aside: Tajik ``Душанбе``)."""
    return (
        printed is not None
        and printed.casefold() in WEEKDAY_NAMES
        and not _clock_word(credit)
        and not known_town(printed)
    )


def _clock_word(printed: str | None) -> bool:
    """A time zone or a word of a clock where a credit would stand (``15:22 WIB``, ``09:12 AM``)."""
    folded = printed.casefold() if printed is not None else ""
    return folded in TIME_ZONES or folded in _CLOCK_WORDS


_CLOCK_WORDS = frozenset(CLOCK_WORDS)


#: The words a page's time stamp opens with, casefolded.
_STAMP_OPENERS = frozenset(STAMP_OPENERS)
_MAIL_LABELS = frozenset(MAIL_LABELS)
_FILE_PICTURE_OPENERS = frozenset(FILE_PICTURE_OPENERS)
_EDITORIAL_LABELS = frozenset(EDITORIAL_LABELS)


def _names_an_organisation(printed: str | None) -> bool:
    """A place of several words whose last names an organisation (``Anadolu Agency``, ``Acme
    News``) and no town the gazetteer knows (``Newport News`` is one)."""
    words = (printed or "").split()
    return len(words) > 1 and words[-1].casefold() in ORGANISATION_WORDS and not _named_in_gazetteer(printed)


def _web_address(printed: str | None) -> bool:
    """A place printed as a site's address (``Tuairisc.ie``, ``Example.com``): no town is."""
    return printed is not None and _DOMAIN_END.search(printed) is not None


_DOMAIN_END = re.compile(r"\w\.(?:[a-z]{2}|com|org|net|info|news)$")


def _opens_like_a_byline(printed: str | None) -> bool:
    """A place of three words or more whose first is a byline's opener (``Von Jane Roe``, ``By
    Jane Roe``): the writer's name, not a town."""
    words = (printed or "").split()
    return len(words) > 2 and words[0] in _BYLINE_WORDS


_BYLINE_WORDS = frozenset((*BYLINE_WORD_OPENERS, *(opener for opener in BYLINE_OPENERS if " " not in opener)))


def _opens_with_a_small_word(printed: str | None) -> bool:
    """A bare place that opens with a small word of a language and is no town the gazetteer
    knows (``THE HAGUE``, ``LE HAVRE`` and ``LA PAZ`` are)."""
    words = (printed or "").split()
    return len(words) > 1 and words[0].casefold() in function_words() and not _named_in_gazetteer(printed)


def _named_in_gazetteer(printed: str | None) -> bool:
    """The gazetteer knows a town of this name, one or several (``Des Moines``)."""
    from .places import lookup

    found = lookup(printed) if printed else None
    return found is not None and (found.place is not None or found.candidates > 0)


def _known_place(printed: str | None, any_name: bool = False) -> bool:
    """Every place of ``printed`` (``London/Teheran``) is a town the gazetteer knows well enough to
    be named alone: a capital or a town of :data:`KNOWN_TOWN` people, printed by its own name or, for
    a city, by any of its names, and no small word of a language (``The`` names a town too); with
    ``any_name``, any such town by any of its names (``Berna``, ``Vatikanstadt``)."""
    if printed is None:
        return False
    return all(known_town(part) or (any_name and town_by_any_name(part)) for part in printed.split("/"))


#: A place named alone before a single hyphen or a colon has at least this many people ...
KNOWN_TOWN = 20_000
#: ... and one printed by another of its names (``Teheran``) this many.
KNOWN_CITY = 500_000


def known_country(printed: str) -> bool:
    """A country's name, in any of the gazetteer's languages (``España``, ``Danmark``)."""
    from .places import lookup  # (the gazetteer is read only when a shape asks)

    found = lookup(printed)
    return found is not None and found.evidence == "country name"


def town_by_any_name(printed: str) -> bool:
    """A capital or a town the gazetteer knows, by any of its names (``Girne``): a place enough
    where a credit after it vouches for the dateline."""
    place = _gazetteer_town(printed)
    return place is not None and (place.capital or place.population >= KNOWN_TOWN)


def known_town(printed: str) -> bool:
    """A capital, or a town the gazetteer knows well enough to be named alone (by its own name, or
    a city by any of its names)."""
    place = _gazetteer_town(printed)
    if place is None:
        return False
    own_name = fold_name(place.name) == fold_name(printed) or not printed.isascii()
    return (place.capital or place.population >= KNOWN_TOWN) and (own_name or place.population >= KNOWN_CITY)


def _gazetteer_town(printed: str) -> Place | None:
    """The place the gazetteer gives for a name, none for a small word of a language (``The``
    names a town too)."""
    from .places import lookup  # (the gazetteer is read only when a shape asks)

    found = lookup(printed)
    if found is None or printed.casefold() in function_words():
        return None
    return found.place


def _credit_alias(printed: str | None) -> bool:
    """``printed`` is wholly an agency of the table named by more than two letters (a region of two
    capitals is a state: ``Pittsburgh, PA``)."""
    return (
        printed is not None
        and len(printed.replace(".", "").strip()) > 2
        and known_agency(printed) is not None
    )


def _credit_out_of_place(printed: str | None) -> tuple[str | None, str | None]:
    """A place that is an agency's name, or ends in one after a stop, comma or slash (``SANA -``,
    ``АСТАНА. ҚазАқпарат -``, ``Östersund/TT –``), as (place, agency); other places as they are."""
    if _credit_alias(printed):
        return None, printed
    place, _, last = (printed or "").rpartition(" ")
    if place.endswith((".", ",")) and _credit_alias(last):
        return place.rstrip(".,"), last
    place, slash, last = (printed or "").rpartition("/")
    if slash and place and known_agency(last) is not None:
        # (a slash joins two towns too: "London/Teheran -" stays a place; after it, two letters
        # name an agency as well as more: "Östersund/TT –")
        return place, last
    return printed, None


def _flags_a_headline(bracketed: str | None) -> bool:
    return (
        bracketed is not None
        and bracketed.upper() in HEADLINE_FLAGS
        and fold_name(bracketed) not in agency_lookup()
    )


def _match_by_evidence(
    head: str, read: str, where: Sequence[int], marked: str, reference: dt.date | None, ascii_head: bool
) -> DatelineMatch | None:
    """An opening no shape reads, read part by part and judged by its signs."""
    reading = read_opening(
        marked[:MAX_MARKED], lambda start, stop: _known_place(read[start:stop]), not ascii_head
    )
    if reading is None:
        return None
    parts = {name: read[a:b] for name, (a, b) in reading.parts.items()}
    date = _date(parts, reference)
    credit = _credit_read(read, reading.parts).strip("()[]/ ") or None
    if date is _NO_DATE or _stamp_word(parts.get("place"), credit) or _photo_word(parts.get("place")):
        return None
    reporter = parts.get("reporter")
    if reporter is None and credit is not None:
        credit, reporter = _correspondent_in_credit(credit)
    place = parts.get("place")
    if place is None and credit is not None:
        credit, place = _town_in_credit(credit)
    end = where[len(read[: reading.end].rstrip())]
    dateline = Dateline(
        text=head[:end],
        place=_place(place),
        region=_region(parts.get("region")),
        date=date,
        agency=canonical_agency(credit),
    )
    # (a weekday's name that stands for the date is a date's sign too: "CANBERRA, Tuesday.")
    strong = reading.known_credit or date is not None or "date" in reading.parts
    return DatelineMatch(dateline, end, "evidence" if strong else "evidence_weak", reporter)


def _town_in_credit(credit: str) -> tuple[str, str | None]:
    """A credit in brackets that names the town after a slash (``(ACME News / Rome, 25.01.2025)``,
    as a service prints its dateline inside its credit): the agency, and the town the gazetteer
    knows; else the credit, and no place."""
    agency, slash, town = credit.rpartition("/")
    if slash and agency.strip() and _known_place(town.strip()):
        return agency.strip(), town.strip()
    return credit, None


def strong_dateline(text: str, reference: dt.date | None) -> bool:
    """A dateline with a date or an agency credit, not a bare place and dash."""
    match = match_dateline(text, reference)
    return match is not None and match.shape not in WEAK_SHAPES


def _photo_word(place: str | None) -> bool:
    """The place read is a word for a photo (``Foto: ACME -``): a picture's credit, no dateline."""
    return place is not None and place.casefold() in PHOTO_WORDS


def _correspondent_in_credit(credit: str) -> tuple[str, str | None]:
    """A known agency and its correspondent named in one credit, the word for correspondent before
    the agency or after it (``BTA correspondent Jane Roe``, ``корр. Acme Э.Иванова``, or unnamed:
    ``zpravodajka ČTK``): the agency, and the correspondent for the byline; else the credit as
    read, and None."""
    if known_agency(credit) is not None:
        return credit, None
    m = _credit_correspondent().fullmatch(credit)
    agency: str | None = None if m is None else m["agency"] or m["unnamed"]
    # (an agency the table does not know names itself in quotes, its kind's letters before or
    # after them: "Корр. ИА «Башинформ» Ильдар Сафин", "«Башинформ» МА хәбәрсеһе Зөһрә Хәсәнова")
    if m is None or agency is None or (known_agency(agency) is None and _CLOSING_QUOTES.isdisjoint(agency)):
        return credit, None
    return agency, m["reporter"]


_CLOSING_QUOTES = frozenset('»"”“')


@cache
def _credit_correspondent() -> regex.Pattern[str]:
    word = rf"(?i:{alternation(sorted(CORRESPONDENT_WORDS, key=len, reverse=True))})"
    quoted = r"(?:\p{Lu}{2,5}+[ ])?+[«\"„“][^«»\"“”\n]{2,30}+[»\"”“](?:[ ]\p{Lu}{2,5}+(?![\p{L}.]))?+"
    agency = rf"(?P<agency>{quoted}|\S+(?:[ ]\S+)?)"
    name = rf"(?P<reporter>{_REPORTER_WORD}(?:[ ]?{_REPORTER_WORD}){{0,3}})"
    # (the correspondent's name may be left out: "(zpravodajka ČTK)"; read with it first)
    unnamed = agency.replace("(?P<agency>", "(?P<unnamed>")
    return compiled(
        rf"(?:{word}[ ]{agency}|{agency}[ ]{word})[ ,]{{1,2}}{name}|{word}[ ]{unnamed}|{unnamed}[ ]{word}"
    )


def _credit_read(read: str, spans: Mapping[str, tuple[int, int]]) -> str:
    """The credit a reading found, after the reporter's name and the dash before it when it names
    one (``Jane Roe – APA``: ``APA``)."""
    if "credit" not in spans:
        return ""
    start, end = spans["credit"]
    if "reporter" in spans:
        return read[spans["reporter"][1] : end].lstrip(" -–—")
    return read[start:end]


#: A blank after the slash that joins two places (``LUXEMBOURG/ FRANKFURT``), or before it
#: (``BRUSSELS / WARSAW``, not ``BC / ACCESSWIRE /``): not after the slash that closes a credit or
#: region (``/TASS/ Text``), which opened with a slash of its own.
@cache
def _slash_blank() -> regex.Pattern[str]:
    return compiled(
        r"(?<=(?:^|[ ])[^\s/]++[ ]?/)[ ]++(?=\p{L})|(?<=\p{L})[ ]++(?=/[ ]?\p{Lu}(?![^/\n]{0,40}?[ ]/))"
    )


def fold_slashes(text: str) -> tuple[str, Sequence[int]]:
    """``text`` as the dateline shapes read it, and for each of its offsets (and its end) the
    offset in ``text`` it was read from."""
    if "/ " not in text:
        return text, range(len(text) + 1)
    read: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _slash_blank().finditer(text):
        if text.index("/") < m.start() - 1:
            continue  # not the line's first slash: one that closes a credit (/أ ش أ/ Text)
        read.append(text[pos : m.start()])
        where.extend(range(pos, m.start()))
        pos = m.end()
    read.append(text[pos:])
    where.extend(range(pos, len(text) + 1))
    return "".join(read), where


_PLACE_LINE = compiled(
    r"(?P<place>\p{Lu}[\p{L}\p{M}'’\-]*+(?:/\p{Lu}[\p{L}\p{M}'’\-]*+){0,2}+)(?:[ ](?P<region>\p{Lu}{2,3}+))?\.?"
)
_LEAD_PLACE = compiled(
    r"(?P<place>\p{Lu}[\p{L}\p{M}'’\-]++(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]++)?)(?P<end>\.|[ ](?:--|[-–—]))[ ](?=\p{Lu})"
)


def match_place_line(text: str) -> Dateline | None:
    """A dateline printed as a place alone on its line (``Helsinki``, ``Landquart GR``,
    ``Kiova/Washington``): one word, or words joined by slashes, and an optional region code."""
    if len(text) > 40:
        return None
    m = _PLACE_LINE.fullmatch(text)
    if not m:
        return _place_in_its_country(text)
    if m["place"].casefold() in agency_lookup() or m["place"].casefold() in month_lookup():
        return None
    return Dateline(text=text, place=_place(m["place"]), region=m["region"])


def _place_in_its_country(text: str) -> Dateline | None:
    """A town, its region or not, and a country or a country's region the gazetteer knows, parted
    by commas (``Neiafu, Vava'u, Tonga``, ``Apia, Samoa``, ``Moab, Utah``): a place line, whatever
    town it names."""
    parts = [part.strip() for part in text.split(",")]
    if not _PLACE_PARTS[0] <= len(parts) <= _PLACE_PARTS[1]:
        return None
    if not all(_PLACE_PART.fullmatch(part) for part in parts):
        return None
    from .places import region_codes  # (the gazetteer is read only for such a line)

    if not region_codes(parts[-1]):
        return None
    return Dateline(text=text, place=_place(parts[0]), region=_region(", ".join(parts[1:])))


#: A place line in its country has this many parts; each part is a few capitalised words.
_PLACE_PARTS = (2, 3)
_PLACE_PART = compiled(r"\p{Lu}[\p{L}\p{M}'’\-.]*+(?:[ ]\p{L}[\p{L}\p{M}'’\-.]*+){0,2}")


def labelled_dateline(value: str, reference: dt.date | None = None) -> DatelineMatch | None:
    """The dateline of a field an export labels as one (``DATELINE: WENATCHEE, Wash.``): read by
    the shapes when it holds a date or credit, else a place and its region alone, which the label
    vouches for."""
    found = match_dateline(value, reference)
    if found is not None:
        return found
    printed = " ".join(value.split())
    if not printed or len(printed) > MAX_LINE_ALONE or any(char.isdigit() for char in printed):
        return None
    place, _, region = printed.partition(", ")
    dateline = Dateline(text=printed, place=_place(place), region=_region(region or None))
    return DatelineMatch(dateline, len(value), "labelled")


def match_lead_place(text: str) -> tuple[Dateline, int] | None:
    """A place opening a paragraph as its dateline (``Riad. Die ...``, ``Gundremmingen - Die ...``),
    and where the text resumes."""
    m = _LEAD_PLACE.match(text[:MAX_DATELINE])
    if not m or m["place"].casefold() in month_lookup():
        return None
    return Dateline(text=m.group().strip(), place=_place(m["place"])), m.end()
