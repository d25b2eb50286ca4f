"""Dates of other calendars told as Gregorian ones: the Solar Hijri, the (tabular) Hijri, the
Ethiopian, and years of the Buddhist era.

``to_gregorian("solar_hijri", 1402, 12, 14)`` gives ``date(2024, 3, 4)``; a date without its year
is told as the Gregorian month and day it falls on in a typical year (:func:`yearless_to_gregorian`),
so the dateline code places it in a year as it places any yearless date. The month names live in
:mod:`wireparse.calendar_names`, the Buddhist era's years in :mod:`wireparse.months`. Each
conversion is arithmetic: the only table is the Solar Hijri's list of cycle breaks, the standard
(Borkowski's) one. Read only when a line prints such a date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .months import BUDDHIST_ERA_OFFSET, BUDDHIST_ERA_YEARS

#: The Julian Day Number of the day before 0001-01-01 (proleptic Gregorian): ordinal = JDN - this.
_JDN_OF_ORDINAL_ZERO = 1721425
#: JDN of 1 Muharram of year 1 of the Hijra in the tabular (civil) calendar: 16 July 622, Julian.
_ISLAMIC_EPOCH = 1948440
#: JDN of 1 Meskerem of year 1 of the Ethiopian calendar (the era of Incarnation): 29 August 8, Julian.
_ETHIOPIAN_EPOCH = 1724221
#: The Solar Hijri years after which the 33-year cycles of leap years break (Borkowski, as in
#: jalaali-js and jdatetime): exact against the astronomical calendar from 1244 to 1475 AP.
_SOLAR_HIJRI_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
    2456, 3178,
)  # fmt: skip


def _from_jdn(jdn: int) -> dt.date | None:
    ordinal = jdn - _JDN_OF_ORDINAL_ZERO
    return dt.date.fromordinal(ordinal) if 1 <= ordinal <= dt.date.max.toordinal() else None


def _solar_hijri_new_year(year: int) -> tuple[dt.date, bool] | None:
    """The Gregorian day 1 Farvardin of ``year`` falls on, and whether ``year`` is a leap year
    (its Esfand has 30 days); None outside the breaks' range."""
    breaks = _SOLAR_HIJRI_BREAKS
    if not breaks[0] <= year < breaks[-1] or year < 1:
        return None
    gregorian = year + 621
    leap_j, before, jump = -14, breaks[0], 0
    for after in breaks[1:]:
        jump = after - before
        if year < after:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        before = after
    n = year - before
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + (jump + 4) // 33 * 33
    leap = ((n + 1) % 33 - 1) % 4 == 0
    return dt.date(gregorian, 3, march), leap


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Solar Hijri one (Iran's and Afghanistan's calendar: six months of 31
    days, five of 30, and Esfand of 29 or 30), or None when it is no date.

    >>> solar_hijri_to_gregorian(1402, 12, 14)
    datetime.date(2024, 3, 4)
    """
    new_year = _solar_hijri_new_year(year)
    if new_year is None or not 1 <= month <= 12 or day < 1:
        return None
    first, leap = new_year
    length = 31 if month <= 6 else 30 if month <= 11 or leap else 29
    if day > length:
        return None
    offset = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return first + dt.timedelta(days=offset + day - 1)


def islamic_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri one by the tabular Islamic calendar (months of 30 and 29 days
    by turns, 11 leap years in 30; civil epoch). Sighting-based calendars (Umm al-Qura) may differ
    from it by a day or two: a dateline that prints the Gregorian date too is read by that.

    >>> islamic_to_gregorian(1445, 8, 24)
    datetime.date(2024, 3, 5)
    """
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    if day == 30 and month % 2 == 0 and not (month == 12 and (14 + 11 * year) % 30 < 11):
        return None  # even months have 29 days; Dhu al-Hijja 30 in leap years only
    jdn = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + _ISLAMIC_EPOCH - 1
    return _from_jdn(jdn)


def ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of an Ethiopian one (twelve months of 30 days, then Pagume of 5, or 6 in
    the year before a Julian leap year).

    >>> ethiopian_to_gregorian(2016, 6, 26)
    datetime.date(2024, 3, 5)
    """
    if year < 1 or not 1 <= month <= 13 or day < 1:
        return None
    if day > (30 if month < 13 else 6 if year % 4 == 3 else 5):
        return None
    return _from_jdn(_ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1)


def buddhist_era_to_common_era(year: int) -> int:
    """A year of the Buddhist era (2400-2700, wherever printed) as a year of the Common Era; any
    other year as it is.

    >>> buddhist_era_to_common_era(2567)
    2024
    """
    return year - BUDDHIST_ERA_OFFSET if year in BUDDHIST_ERA_YEARS else year


#: Each convertible calendar of :data:`~wireparse.calendar_names.CALENDAR_MONTHS`; the Bikram
#: Sambat is not one (its months' lengths are set year by year by published tables).
CONVERTERS: dict[str, Callable[[int, int, int], dt.date | None]] = {
    "solar_hijri": solar_hijri_to_gregorian,
    "islamic": islamic_to_gregorian,
    "ethiopian": ethiopian_to_gregorian,
}

#: A typical year of each calendar, for a date printed without its year: one that opens on its
#: usual Gregorian day (1 Farvardin on 21 March, 1 Meskerem on 11 September) and spans no 29
#: February. (A Hijri date without its year is no date: its year runs through all the seasons.)
_TYPICAL_YEARS = {"solar_hijri": 1401, "ethiopian": 2015}


def to_gregorian(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a date of ``calendar``, or None (no such date, or a calendar that is
    not converted).

    >>> to_gregorian("ethiopian", 2016, 6, 26)
    datetime.date(2024, 3, 5)
    """
    convert = CONVERTERS.get(calendar)
    return convert(year, month, day) if convert else None


def yearless_to_gregorian(calendar: str, month: int, day: int) -> tuple[int, int] | None:
    """The Gregorian (month, day) a yearless date of ``calendar`` falls on in a typical year of it,
    or None.

    >>> yearless_to_gregorian("solar_hijri", 2, 15)
    (5, 5)
    """
    year = _TYPICAL_YEARS.get(calendar)
    date = to_gregorian(calendar, year, month, day) if year is not None else None
    return (date.month, date.day) if date else None
