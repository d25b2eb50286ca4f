"""Datelines read by evidence: a new arrangement of known parts needs no new shape.

When no dateline shape reads a line's opening, its parts are read one by one (a place, a date, a
credit, and the separators between them: :func:`~wireparse.patterns.dateline_part_pattern`) up
to a closing dash or colon (or a full stop after the date or credit), and each part counts as a
sign (:data:`SIGNS`). The opening is a
dateline when its signs reach :data:`THRESHOLD` and it holds a date or a credit: ``7 March, OSLO
(NTB) -`` and ``(NTB) OSLO, 7 March -`` are read alike, while ``Shares Fall 5 -`` is not.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import NamedTuple

import regex

from ._months_cldr import WEEKDAY_NAMES
from .casing import opens_in_capitals
from .compiled import compiled
from .months import AFTER_YEAR_WORDS
from .patterns import (
    CLOSING_SIGNS,
    MONTH_MARK,
    dateline_part_pattern,
    function_words,
    has_date_sign,
    is_agency_word,
    known_agency,
)
from .words import DATE_PREPOSITIONS, HEADLINE_FLAGS, PHOTO_WORDS

#: What each part of an opening counts for.
SIGNS: dict[str, int] = {
    "place": 1,  # a run of words in capitals, or of a script without case
    "title_place": 0,  # a run of capitalised words: a headline's words look so too
    "known_place": 1,  # ... that the gazetteer knows as a town (asked only when the rest falls short)
    "region": 0,  # a second such run after a comma
    "date": 2,  # a month name and a day, or a date in figures
    "known_credit": 2,  # an agency of the table, bare or in brackets or slashes
    "credit": 1,  # a credit in brackets or slashes that the table does not know
    "close": 1,  # a closing dash or colon
}
#: The signs an opening needs to be a dateline.
THRESHOLD = 4
#: At most this many parts and separators are read.
MAX_STEPS = 12


class Reading(NamedTuple):
    """The parts of an opening read as a dateline, as spans of the line, and where it ends."""

    parts: dict[str, tuple[int, int]]
    """Spans of ``place``, ``region``, ``date``, ``credit``, of the date's own parts (``month``,
    ``day``, ``year``, ``nday``, ``nmonth``, ``nyear``) and of a ``reporter`` named in the credit."""
    end: int
    score: int
    known_credit: bool


def read_opening(
    marked: str, known_place: Callable[[int, int], bool] | None = None, other_scripts: bool = False
) -> Reading | None:
    """The dateline opening ``marked`` (a line passed through
    :func:`~wireparse.patterns.mark_names`), read part by part, or None. ``known_place`` tells
    whether the place at a span of the line is a town the gazetteer knows; ``other_scripts`` that
    the line is outside ASCII (its dates and separators may be those of other scripts)."""
    if not _could_be_read(marked):
        return None
    part = dateline_part_pattern(other_scripts)
    parts: dict[str, tuple[int, int]] = {}
    pos = 0
    after_comma = False
    last = ""
    dated = False  # a date read inside the credit's brackets
    for _ in range(MAX_STEPS):
        if "place" in parts:
            after = _after_date_words(marked, pos, part)  # "Budapest, 2025. március 3., hétfő (MTI) -"
            if after != pos and "date" not in parts and _weekday_alone(marked, pos, after, part):
                parts["date"], last = (pos, after), "date"  # "LONDON, Tuesday.": the day it was sent
            pos = after
        m = part.match(marked, pos)
        if (
            m is None
            and last == "credit"
            and not marked[pos:].strip()
            and (dated or _known_town(parts, known_place))
        ):
            # "بغداد - واع" alone on its line, or "(March 5, 2024 / JNS)"
            return _judged(parts, marked, pos, known_place)
        if (
            m is None
            and last == "date"
            and "close" not in parts
            and "place" in parts
            and not marked[pos:].strip()
        ):
            # "Brussels, 22 February 2024" alone on its line (a press release's): the line's end
            # closes it as a dash would (not after a dash: "SHARES - March 3" is a headline)
            return _judged(parts, marked, pos, known_place)
        if m is None or m.end() == pos:
            return None
        kind = _part_kind(m)
        if kind == "stop" and last in _CLOSED_BY_A_STOP and not _credit_at(marked, m.end(), part):
            kind = "close"  # "КИЇВ. 5 березня. УНІАН. Text"
        if kind == "close":
            reading = _judged(parts, marked, m.end(), known_place)
            if reading is not None:
                return _with_date_after(reading, marked, part)
            if "date" in parts or "credit" in parts:
                return None
            # a dash after a place alone may part it from its credit: "PLACE - CREDIT -"
        if kind not in ("comma", "stop", "blank"):
            kind = "region" if kind == "place" and "place" in parts and after_comma else kind
            if kind == "region" and kind in parts and parts.keys().isdisjoint(_DATE_OR_CREDIT):
                parts[kind] = (parts[kind][0], m.end())  # a state and its country: "OH, UNITED STATES"
                pos = m.end()
                continue
            if kind in parts:
                return None  # a part twice: running text, not a dateline
            span = _without_date_word(marked, m.span()) if kind == "place" else m.span()
            parts[kind] = span
            last = kind
            if kind == "date":
                parts.update((name, m.span(name)) for name in _DATE_GROUPS if m.span(name)[0] >= 0)
            if kind == "credit" and m.span("reporter")[0] >= 0:
                parts["reporter"] = m.span("reporter")  # "Jane Roe – APA": the byline's name
            if kind == "credit" and "date" not in parts:
                parts.update(_dated_credit(marked, m.span(), part))
                dated = "date" in parts
                if parts["credit"][0] == parts["credit"][1]:
                    del parts["credit"]  # a date alone in brackets: "LONDON (March 5, 2024) --"
            if _closes_itself(kind, m.group(), marked, m.span(), dated) and _text_follows(
                marked, m.end(), part
            ):
                return _judged(parts, marked, m.end(), known_place)  # "MANILA, March 5. Text"
        after_comma = kind == "comma" or (after_comma and kind == "blank")
        pos = parts[kind][1] if kind == "place" else m.end()
    return None


def _known_town(parts: dict[str, tuple[int, int]], known_place: Callable[[int, int], bool] | None) -> bool:
    """The place read is a town the gazetteer knows (``Jane Roe - Reuters`` names none)."""
    return known_place is not None and "place" in parts and known_place(*parts["place"])


def _without_date_word(marked: str, span: tuple[int, int]) -> tuple[int, int]:
    """A place's span without a last word that is a small word a date follows (``أبوظبي في``):
    scripts without case read it as one more word of the place."""
    start, end = span
    head, _, last = marked[start:end].rpartition(" ")
    return (start, start + len(head)) if head and last.casefold() in DATE_PREPOSITIONS else span


#: One or two words at a position (a weekday may be two: ``thứ hai``, ``יום שני``).
@cache
def _words_at() -> regex.Pattern[str]:
    return compiled(r"(?P<one>\p{L}[\p{L}\p{M}\u200c\-]*+)(?:[ ](?P<two>\p{L}[\p{L}\p{M}]*+))?")


def _after_date_words(marked: str, pos: int, part: regex.Pattern[str]) -> int:
    """Where the weekday's name at ``pos`` ends (a date may name its weekday), or the small word
    a date follows (``Paris, le 5 mars``, ``أبوظبي في 5 مارس``); else ``pos``."""
    m = _words_at().match(marked, pos)
    if m is None:
        return pos
    if m["two"] and m.group().casefold() in WEEKDAY_NAMES:
        return m.end()
    one = m["one"].casefold()
    if one in WEEKDAY_NAMES:
        return m.end("one")
    if one in DATE_PREPOSITIONS and marked[m.end("one") : m.end("one") + 1] == " ":
        date = part.match(marked, m.end("one") + 1)
        return m.end("one") + 1 if date is not None and date.lastgroup in _DATE_PARTS else pos
    return pos


_DATE_PARTS = frozenset({"date", "month", "day", "year", "nday", "nmonth", "nyear"})


def _weekday_alone(marked: str, start: int, end: int, part: regex.Pattern[str]) -> bool:
    """The words skipped between ``start`` and ``end`` are a weekday's name that stands for the
    date, as papers dated a correspondent's cable (``CANBERRA, Tuesday.``, ``LONDON, Monday -``):
    no date after it, and it closes the line or a stop, dash or credit follows it."""
    if marked[start:end].casefold() not in WEEKDAY_NAMES:
        return False
    if not marked[end:].strip():
        return True
    m = part.match(marked, end)
    return m is not None and _part_kind(m) in _AFTER_WEEKDAY


#: What may follow a weekday's name that stands for the date.
_AFTER_WEEKDAY = frozenset({"close", "stop", "credit"})


_DATE_GROUPS = ("month", "day", "year", "nday", "nmonth", "nyear")
_DATE_OR_CREDIT = frozenset({"date", "credit"})
_PART_GROUPS = frozenset({"credit", "date", "place", "close", "comma", "stop", "blank"})


#: The parts a full stop closes a dateline after (when no credit follows it: ``March 7. /TASS/.``).
_CLOSED_BY_A_STOP = frozenset({"date", "credit"})


def _with_date_after(reading: Reading, marked: str, part: regex.Pattern[str]) -> Reading:
    """A reading without a date, and the date set between closing dashes after it
    (``BOSTON--(BUSINESS WIRE)--Mar. 5, 2024--Text``) if there is one."""
    later = None if "date" in reading.parts else _date_at(marked, reading.end, part)
    if later is None:
        return reading
    parts, end = later
    return Reading(reading.parts | parts, end, reading.score + SIGNS["date"], reading.known_credit)


def date_after(marked: str, pos: int, other_scripts: bool) -> tuple[dict[str, tuple[int, int]], int] | None:
    """The date a dateline closed without one prints after it, up to a closing dash (``تهران-
    ایرنا- ۱۴ اسفند ۱۳۹۷- Text``): the spans of its parts and where it closes, or None."""
    return _date_at(marked, pos + (marked[pos : pos + 1] == " "), dateline_part_pattern(other_scripts))


def _date_at(
    marked: str, pos: int, part: regex.Pattern[str]
) -> tuple[dict[str, tuple[int, int]], int] | None:
    date = part.match(marked, pos)
    if date is None or date.lastgroup not in _DATE_PARTS or _part_of(date) != "date":
        return None
    close = part.match(marked, date.end())
    if close is None or close.lastgroup != "close":
        return None
    parts = {"date": date.span()}
    parts.update((name, date.span(name)) for name in _DATE_GROUPS if date.span(name)[0] >= 0)
    return parts, close.end()


def _closes_itself(kind: str, printed: str, marked: str, span: tuple[int, int], dated: bool) -> bool:
    """A part that closes a dateline when the story's text follows it: a date ending in a full
    stop (``MANILA, March 5. Text``), a credit in slashes (``/وام/ Text``), a known one in
    brackets (``(اے پی پی) Text``) or one whose brackets hold a date (``dated``)."""
    if kind == "date":
        return printed.endswith(".")
    if kind != "credit":
        return False
    if dated:
        return True  # a date inside the credit's brackets: "(March 5, 2024 / JNS) Text"
    # (a headline in capitals may name an agency in brackets: "ACME (CP) CONFIRMS EARNINGS")
    # (a bare credit inside a sentence closes nothing: "Follow ACME News on ...")
    return printed.startswith("/") or (
        printed[:1] in _OPENING_BRACKETS
        and _known_credit(marked, *span)
        and not opens_in_capitals(marked[span[1] :])
    )


_OPENING_BRACKETS = frozenset("([（【")


#: What parts a date from the credit beside it inside one pair of brackets.
CREDIT_DATE_JOINERS = ",،/"
_CREDIT_DATE_JOINER = compiled(rf"[ ]?[{CREDIT_DATE_JOINERS}][ ]?")


def _dated_credit(marked: str, span: tuple[int, int], part: regex.Pattern[str]) -> dict[str, tuple[int, int]]:
    """The date a credit's brackets hold, alone (``(March 5, 2024)``) or beside the credit, before
    or after it and parted by a comma or slash (``(March 5, 2024 / JNS)``, ``(Pajhwok, 5 March
    2024)``): the spans of the date's parts and of the credit alone (empty when the brackets hold
    only the date); no span when the brackets hold no date so."""
    start, end = span
    if marked[start : start + 1] not in "([" or end - start < 4:
        return {}
    inner = (start + 1, end - 1)
    joiners = [j.span() for j in _CREDIT_DATE_JOINER.finditer(marked, *inner)]
    # (the whole, then the longest date first, then the longest date last: a date holds commas)
    splits = [(inner, (end - 1, end - 1))]
    splits += [((inner[0], a), (b, inner[1])) for a, b in reversed(joiners)]
    splits += [((b, inner[1]), (inner[0], a)) for a, b in joiners]
    for date_span, credit_span in splits:
        date = part.match(marked, *date_span)
        if date is None or date.end() != date_span[1] or _part_of(date) != "date":
            continue
        credit = marked[slice(*credit_span)]
        if credit[:1].isdigit() or credit.casefold() in PHOTO_WORDS:
            continue  # the rest of a date ("March 5" of "March 5, 2024"), or a picture's date
        found = {"date": date.span(), "credit": credit_span}
        found.update((name, date.span(name)) for name in _DATE_GROUPS if date.span(name)[0] >= 0)
        return found
    return {}


def _text_follows(marked: str, pos: int, part: regex.Pattern[str]) -> bool:
    """A blank and a capitalised word (not a weekday) follow ``pos``: the story's text, not a
    credit, separator or another part of the dateline."""
    if marked[pos : pos + 1] != " " or _after_date_words(marked, pos + 1, part) != pos + 1:
        return False
    m = part.match(marked, pos + 1)
    return m is not None and m.lastgroup == "place"


def _credit_at(marked: str, pos: int, part: regex.Pattern[str]) -> bool:
    """A credit opens ``marked`` at ``pos``, after a blank or not."""
    m = part.match(marked, pos + (marked[pos : pos + 1] == " "))
    return m is not None and m.lastgroup == "credit"


def _could_be_read(marked: str) -> bool:
    """Every reading holds a date or a credit and closes with a dash, colon or stop (or a credit
    that closes itself, or the line's end after a date): a line without their signs is not read
    at all."""
    present = set(marked)
    credit = not present.isdisjoint(_CREDIT_SIGNS)
    weekday = _weekday_named(marked)
    closed = credit or not present.isdisjoint(_CLOSES) or _ends_in_a_date_sign(marked) or weekday
    return closed and (credit or has_date_sign(marked) or weekday)


def _weekday_named(marked: str) -> bool:
    """A weekday's name among the line's first words (it may stand for the date)."""
    words = marked[:_WEEKDAY_REACH].split(None, _WEEKDAY_WORDS)[:_WEEKDAY_WORDS]
    return any(word.strip(_WORD_EDGES).casefold() in WEEKDAY_NAMES for word in words)


#: A weekday that stands for the date is among the line's first words and characters.
_WEEKDAY_WORDS = 6
_WEEKDAY_REACH = 80
_WORD_EDGES = ".,:;-–—()/"


def _ends_in_a_date_sign(marked: str) -> bool:
    """The line ends in a figure, a month's name or the word for "year": a date may close it
    (``Brussels, 22 February 2024`` alone on its line)."""
    words = marked.rsplit(None, 1)
    if words and words[-1].casefold() in _AFTER_YEAR_WORDS:
        return True  # "Москва, 5 марта 2024 года"
    last = marked.rstrip()[-1:]
    return last.isdigit() or last == MONTH_MARK


_AFTER_YEAR_WORDS = frozenset(AFTER_YEAR_WORDS)


_CLOSES = CLOSING_SIGNS
_CREDIT_SIGNS = frozenset("([/\ue001\ue002")


def _part_kind(m: regex.Match[str]) -> str:
    """Which part of a dateline a match of :func:`~wireparse.patterns.dateline_part_pattern` read."""
    return m.lastgroup if m.lastgroup in _PART_GROUPS else _part_of(m)


def _part_of(m: object) -> str:
    # the outer group of a match whose last group is one nested inside it (a date's month)
    groups = m.groupdict()  # type: ignore[attr-defined]
    return next(name for name in ("credit", "date", "place") if groups.get(name) is not None)


def _judged(
    parts: dict[str, tuple[int, int]], marked: str, end: int, known_place: Callable[[int, int], bool] | None
) -> Reading | None:
    if "date" not in parts and "credit" not in parts:
        return None
    if "place" in parts and not _place_words(marked[slice(*parts["place"])]):
        return None
    known = "credit" in parts and _known_credit(marked, *parts["credit"])
    if "credit" in parts and not known and _flag(marked[slice(*parts["credit"])]):
        return None  # "OAKLAND (UPDATE 1)": a headline's flag in brackets, no credit
    score = SIGNS["close"] + (SIGNS["known_credit"] if known else 0)
    for kind in parts.keys() & SIGNS.keys():
        if kind == "place" and not _in_capitals(marked[slice(*parts["place"])]):
            kind = "title_place"
        score += 0 if known and kind == "credit" else SIGNS[kind]
    # (a place in capitals counts as a known town too: "OAKLAND (BCN)" alone on its line)
    if score < THRESHOLD and "place" in parts and known_place is not None and known_place(*parts["place"]):
        score += SIGNS["known_place"]
    return Reading(parts, end, score, known) if score >= THRESHOLD else None


def _flag(credit: str) -> bool:
    """A headline's flag where a credit would stand (``UPDATE``, ``URGENT 2``)."""
    return credit.strip("()/[] ").rstrip("0123456789 ").upper() in _flags()


@cache
def _flags() -> frozenset[str]:
    return frozenset(HEADLINE_FLAGS)


def _place_words(text: str) -> bool:
    """No word of a place is a function word (``The``, ``On``, ``Said``...) or the word for
    "agency" (``آژانس اطلاعاتی باختر``, ``Agencia Atlas``: an agency's full name)."""
    words = text.replace("/", " ").split()
    return not any(word.casefold() in function_words() or is_agency_word(word) for word in words)


def _in_capitals(text: str) -> bool:
    return not any(c.islower() for c in text)


def _known_credit(marked: str, start: int, stop: int) -> bool:
    text = marked[start:stop].strip("()/")
    return "\ue001" in text or "\ue002" in text or known_agency(text) is not None
