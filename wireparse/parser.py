"""The parser: one story's text in, one :class:`~wireparse.model.Story` out.

One pass over the lines finds the dateline, then reads the lines before it as the story's head
(headline, summary, byline, captions, furniture: :mod:`wireparse.head`) and the lines from it on as
the body (paragraphs, editor's notes, sign-offs, trailers: :mod:`wireparse.body`). A story without a
dateline is split where its head ends: at the first block of text that is not headline, byline,
caption or furniture. Finding the dateline changes nothing; what was found is applied after.
``parse()`` is pure: no printing, no exits; what it cannot decide travels in ``Story.warnings``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from typing import NamedTuple

import regex

from .body import continues_wrap, photo_caption, read_body, wrap_width
from .bylines import PERSON_NAME, agency_line, is_person
from .casing import opens_in_capitals
from .compiled import compiled
from .dateline import (
    MAX_LINE_ALONE,
    DatelineMatch,
    known_town,
    labelled_dateline,
    match_dateline,
    match_lead_place,
    town_by_any_name,
)
from .furniture import (
    FORWARD_MARKER_OPENINGS,
    agency_closing,
    closes_a_caption,
    field_label,
    in_field_run,
    is_clock_time,
    is_desk_note,
    is_forward_marker,
    is_page_head,
    is_photo_credit,
    is_repost_marker,
    is_stamp_line,
    is_timestamp,
    line_kind,
    names_sections,
    running_head_label,
)
from .head import is_prose, read_head
from .language import guess_language
from .lines import BRACKET_PAIRS, SENTENCE_END, Line, block_span, join, split_lines
from .model import AMBIGUOUS_PLACE, EMPTY_INPUT, NO_BODY, NO_DATELINE, NO_HEADLINE, Byline, Dateline, Story
from .patterns import (
    DATE_SHAPES,
    WEAK_SHAPES,
    alternation,
    first_agency,
    fold_name,
    function_words,
    known_agency,
    source_marker_pattern,
)
from .rules import Draft
from .words import (
    HEADLINE_FLAGS,
    NOT_A_NAME_AFTER_BY,
    REPORTER_AFTER_DATELINE,
    RESTATED_TITLE_MARKERS,
)

#: How far into a story a dateline is looked for, in lines ...
DATELINE_SCAN_LINES = 80
#: ... and in long lines of text that are not one (a summary and a caption may come first).
DATELINE_SCAN_LONG_LINES = 3
LONG_LINE = 150
_BRACKETED_AUTHOR = compiled(rf"\[(?P<name>{PERSON_NAME})\][ ]*+")
_WORD_STARTS = compiled(r"(?:^|[ ])")


class Found(NamedTuple):
    """A dateline found: its line, the match, the text after it, FBIS markers around it, and for a
    dateline inside a flattened line, the text before it on that line."""

    at: int
    match: DatelineMatch
    rest: str
    markers: list[str]
    prefix: str | None = None


#: Warnings of a finished story, in the order they are given, each with its test.
_FINISH_WARNINGS: tuple[tuple[str, Callable[[Draft], bool]], ...] = (
    (NO_DATELINE, lambda story: story.dateline is None),
    (NO_HEADLINE, lambda story: story.headline is None),
    (NO_BODY, lambda story: not story.paragraphs),
)


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A reference date given as a date or as ``YYYY-MM-DD``."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def parse(
    text: str,
    *,
    source: str = "-",
    reference_date: dt.date | str | None = None,
    index: int = 0,
    encoding: str = "utf-8",
) -> Story:
    """Parse one wire story.

    Args:
        text: the story as text.
        source: the name to record as the story's source (``-`` for standard input).
        reference_date: resolves a dateline without a year to the latest such date not after it.
        index: the story's number within its source.
        encoding: the codec the text was decoded with, recorded in the story.

    Returns:
        The :class:`Story`.

    >>> parse("LONDON, March 7 (Reuters) - Shares rose.").dateline.place
    'London'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes text (str), not {type(text).__name__}")
    reference = as_date(reference_date)
    lines = split_lines(text)
    story = Draft()
    lines = _without_envelope(lines, story)
    found = _credited_from_above(_find_dateline(lines, reference), lines) or _find_inline_dateline(
        lines, reference
    )
    if found is None and (unwrapped := _unwrapped(lines)) is not lines:
        # copy flattened onto one line and then hard-wrapped again reads as it did flat
        found = _find_inline_dateline(unwrapped, reference)
        lines = unwrapped if found else lines
    if found and _stamp_beside_byline(found, lines):
        _read_stamped(lines, found.at, story, reference)
    elif found:
        _read_dated(lines, found, story, reference)
    else:
        at = read_head(lines, story, with_dateline=False)
        body = _without_head_markers(lines[:at], lines[at:])
        if story.dateline is None and body:
            body = _lead_place(body, story)
        read_body(body, story, reference)
    for line in lines:
        for code in line.codes:
            story.keep("furniture", code)
    return _finish(story, text, source, index, encoding)


def _without_envelope(lines: list[Line], story: Draft) -> list[Line]:
    """The lines after a mail's last forward marker near its top (``---------- Forwarded message
    ----------``, or a messenger's ``Forwarded from Acme News``), under the fields of the mail's
    header above it (its subject may be the only title): the forwarder's note above it (a
    channel's name) is kept aside as it was; the message forwarded is the story. A marker under
    the story's first dateline is the story's own text."""
    marker = None
    for i, line in enumerate(lines[:_ENVELOPE_REACH]):
        text = line.text
        # (most lines neither open with dashes nor close with a colon: no call for them)
        forward = (text[:2] in FORWARD_MARKER_OPENINGS or text[-1:] in ":：") and is_forward_marker(text)
        if forward or is_repost_marker(text):
            # (the lines above are read for a dateline only when a marker stands under them)
            since = 0 if marker is None else marker + 1
            if any(_opens_with_placed_dateline(above.text) for above in lines[since:i]):
                break
            marker = i
    if marker is None or all(line.blank for line in lines[marker + 1 :]):
        return lines
    header: list[Line] = []
    for line in lines[:marker]:
        if line.blank:
            continue
        if field_label(line.text) is not None:
            header.append(line)
        else:
            story.keep("other", line.text)
    story.keep("furniture", lines[marker].text)
    return [*header, *lines[marker + 1 :]]


#: A forward's marker stands within this many lines of the mail's top.
_ENVELOPE_REACH = 60


def _opens_with_placed_dateline(text: str) -> bool:
    match = match_dateline(text) if text else None
    return match is not None and _placed_strong(match)


def _stamp_beside_byline(found: Found, lines: list[Line]) -> bool:
    """A date alone on its line beside the byline or a writer's name alone, the next line of
    text above or under it (``By Jane Roe`` over ``March 4, 2025``): the page's stamp."""
    if found.match.shape not in DATE_SHAPES or found.rest or found.prefix:
        return False
    above, below = _lines_around(lines, found.at)
    if any(line is not None and _signs_the_story(line.text) for line in (above, below)):
        return True
    # (under the page's title, no sentence above it, the page's name or section over the title,
    # or the title's block holding it: the title's stamp; a date under a headline alone, or under
    # a standfirst, over the text, is the wire's dateline)
    return (
        found.match.dateline.place is None
        and above is not None
        and len(above.text) <= _TITLE_ABOVE_MAX
        and above.text[-1:] not in SENTENCE_END
        and (sum(not line.blank for line in lines[: found.at]) > 1 or not lines[found.at - 1].blank)
    )


def _lines_around(lines: list[Line], at: int) -> tuple[Line | None, Line | None]:
    """The lines of text just above and just under line ``at``, blank lines passed over."""
    above = next((line for line in reversed(lines[:at]) if not line.blank), None)
    below = next((line for line in lines[at + 1 :] if not line.blank), None)
    return above, below


def _signs_the_story(text: str) -> bool:
    """A byline, or a writer's name alone on its line."""
    return line_kind(text) == "byline" or (len(text) <= _NAME_ALONE_MAX and is_person(text))


#: A writer's name alone on its line is at most this long; a title over a stamp at most this.
_NAME_ALONE_MAX = 40
_TITLE_ABOVE_MAX = 160


def _read_stamped(lines: list[Line], at: int, story: Draft, reference: dt.date | None) -> None:
    """The head before the page's stamp at line ``at``, the stamp, and the body after it; a
    title under the stamp, only a section's label over it, is the head's too."""
    body_start = _title_under_stamp(lines, at)
    read_head([*lines[:at], *lines[at + 1 : body_start]], story, with_dateline=True)
    story.keep("furniture", lines[at].text)
    read_body(_without_head_markers(lines[: at + 1], lines[body_start:]), story, reference)


def _title_under_stamp(lines: list[Line], at: int) -> int:
    """Where the body starts after the page's stamp at line ``at``: after the line under it when
    that line is a title alone in its block, longer than the few words over the stamp (a
    section's label: ``Society`` over ``12.03.2025`` over the title), with text under it;
    otherwise right after the stamp."""
    above, _ = _lines_around(lines, at)
    j = next((k for k in range(at + 1, len(lines)) if not lines[k].blank), None)
    if above is None or j is None or j + 1 >= len(lines) or not lines[j + 1].blank:
        return at + 1
    title = lines[j].text
    # (the text under it read as its block, joined: a hard-wrapped paragraph's first line is no prose)
    k = next((k for k in range(j + 1, len(lines)) if not lines[k].blank), None)
    following = join(lines[slice(*block_span(lines, k))]) if k is not None else ""
    if (
        len(above.text.split()) > _LABEL_OVER_STAMP_WORDS
        or len(title.split()) <= len(above.text.split())
        or len(title) > _TITLE_ABOVE_MAX
        or title[-1:] in SENTENCE_END
        or line_kind(title) is not None
        or is_prose(title)
        or not is_prose(following)
    ):
        return at + 1
    return j + 1


#: A section's label over the page's stamp is at most this many words.
_LABEL_OVER_STAMP_WORDS = 3


def _without_head_markers(head: list[Line], body: list[Line]) -> list[Line]:
    """The body's first lines without the list marker each line of the head above them carries
    (``-- `` before every head line): the head's layout, run on where the body's reading starts,
    not a list's items."""
    last = next((line for line in reversed(head) if not line.blank), None)
    if last is None or not last.marker:
        return body
    body = list(body)
    for i, line in enumerate(body):
        if line.blank:
            continue
        if not line.marker:
            break
        body[i] = line._replace(marker="")
    return body


def _read_dated(lines: list[Line], found: Found, story: Draft, reference: dt.date | None) -> None:
    """The head before the dateline found, the dateline, and the body from it on."""
    at, match, rest, markers, prefix = found
    if prefix is not None:
        read_head(lines[:at], story, with_dateline=True)
        _read_flattened_head(prefix, story)
    if story.headline is None:  # read again when the flattened line gave no headline, as before
        read_head(lines[:at], story, with_dateline=True)
    story.dateline = match.dateline
    if match.reporter:
        story.add_byline(match.reporter)
    rest = _take_bracketed_author(rest, markers, story)
    rest = _take_reporter_after_dateline(rest, story)
    second = match_dateline(rest, reference) if markers else None
    if second is not None and second.shape not in WEAK_SHAPES:
        # FBIS: the monitored report's own dateline after the monitor's header dateline
        story.keep("other", second.dateline.text)
        rest = rest[second.end :]
    restated = next((m for m in RESTATED_TITLE_MARKERS if rest.startswith(m)), None)
    if restated is not None:
        # 新华社北京4月24日电 题：... restates the headline, or gives it when none was printed
        title = rest[len(restated) :].strip()
        if story.headline is None and title:
            story.headline = title
        story.keep("other", rest)
        rest = ""
    rest = rest.strip()
    if markers and not rest:
        lines = _markers_wrapped_on(lines, at + 1, markers, story)
    for marker in markers:
        story.keep("furniture", marker)
    read_body(
        [
            lines[at]._replace(text=rest, marker="", lead=lines[at].width - len(rest)),
            *_without_head_markers(lines[: at + 1], lines[at + 1 :]),
        ],
        story,
        reference,
        dateline_text=bool(rest),
    )


def _strip_markers(text: str) -> tuple[str, list[str]]:
    """Text without leading FBIS markers (``[Text]``) or an alert's flag and its bar or colon
    (``URGENT | OSLO (NTB) -``, ``عاجل | الرباط (ومع) -``), and the markers."""
    markers: list[str] = []
    flag = _alert_flag().match(text) if text[:1] != "[" else None
    if flag:
        markers.append(flag.group().strip())
        text = text[flag.end() :]
    while text.startswith("["):  # every marker is bracketed
        m = source_marker_pattern().match(text)
        if not m:
            return text, markers
        markers.append(m.group().strip())
        text = text[m.end() :]
    return text, markers


@cache
def _alert_flag() -> re.Pattern[str]:
    """A headline flag in capitals and a bar or colon after it, opening a line (the line's
    dateline follows)."""
    return re.compile(rf"(?:{alternation(HEADLINE_FLAGS)})[ ]?[|:][ ]?(?=\S)")


def _without_field_label(text: str) -> tuple[str, list[str], str | None]:
    """An export's field that holds story text or the dateline (``Description: OSLO, March 7
    (XNA) - ...``, ``DATELINE: OSLO, March 7 -``) without its label, the label, and the field's
    role; a field of another role as it is, its role ``"other"``; other text as it is."""
    field = field_label(text)
    if field is None or not field[1]:
        return text, [], None
    if field[0] not in ("summary", "body", "dateline"):
        return text, [], _OTHER_FIELD  # "Subject: ...", "From: ..."
    return field[1], [text[: len(text) - len(field[1])].strip()], field[0]


#: The role :func:`_without_field_label` gives a field of another role than text or dateline.
_OTHER_FIELD = "other"


def _kind_vetoes(match: DatelineMatch, text: str) -> bool:
    """A weak dateline on a line of another kind is that kind (a date alone reads as a time stamp;
    ``Jane Roe – Staff Reporter`` is a byline)."""
    return match.shape not in DATE_SHAPES and (line_kind(text) is not None or agency_line(text))


def _find_dateline(lines: list[Line], reference: dt.date | None) -> Found | None:
    """The first line that opens with a dateline, with the text after it and any FBIS markers. A
    dateline that may be something else gives way to a fuller one in the lines just after it
    (:func:`_may_give_way`, :func:`_fuller`)."""
    found: Found | None = None
    doubt: str | None = None
    for candidate in _dateline_lines(lines, reference):
        if found is not None and doubt is not None:
            between = _text_lines_between(lines, found.at, candidate.at)
            if between >= _DATE_LOOKAHEAD:
                break
            chosen = _fuller(doubt, found, candidate)
            if chosen is found:
                break
            candidate = chosen  # (which may give way in turn: a page's date, then its source line)
        found, doubt = candidate, _may_give_way(candidate, lines)
        if doubt is None:
            return found
    if found is not None and doubt == "date" and _page_stamp(found, lines):
        return None
    if found is not None and doubt == "topic" and found.match.dateline.text.endswith(":"):
        return None  # "Dubai: RTA to open two stations" alone, no dateline after it: a headline
    return found


def _credited_from_above(found: Found | None, lines: list[Line]) -> Found | None:
    """A dateline that credits no agency takes the one a line wholly in brackets right above it
    names, as papers credited a cable over its dateline (``[REUTER'S TELEGRAMS.]``, ``(By
    Telegraph.—Press Association.)`` over ``LONDON, May 10.``)."""
    if found is None or found.match.dateline.agency is not None:
        return found
    agency = _credit_above(lines, found.at)
    if agency is None:
        return found
    return found._replace(match=found.match._replace(dateline=replace(found.match.dateline, agency=agency)))


def _credit_above(lines: list[Line], at: int) -> str | None:
    """The agency a short line wholly in brackets right above line ``at`` names, or None."""
    if at == 0 or lines[at - 1].blank:
        return None
    text = lines[at - 1].text.strip()
    if len(text) > _CREDIT_ABOVE_MAX or (text[:1], text[-1:]) not in BRACKET_PAIRS:
        return None
    return first_agency(text[1:-1])


#: A credit over the dateline is at most this long.
_CREDIT_ABOVE_MAX = 60


def _page_stamp(found: Found, lines: list[Line]) -> bool:
    """A date alone on its line with the page's furniture next to it (``Published`` over it,
    ``Share`` under it): the page's stamp, not the story's dateline; a credit in brackets above it
    is a cable's (:func:`_credit_above`)."""
    if found.rest or found.prefix or _credit_above(lines, found.at) is not None:
        return False
    # (a stamp's label alone, "Published", is a line of the page's furniture)
    above, below = _lines_around(lines, found.at)
    if below is not None and names_sections(below.text):
        return True  # over the page's section: "11 March 2025" over "Climate and Environment"
    return any(line is not None and line_kind(line.text) in _PAGE_KINDS for line in (above, below))


#: The kinds of a page's own lines around its stamp.
_PAGE_KINDS = frozenset({"navigation", "furniture"})


def _text_lines_between(lines: list[Line], first: int, then: int) -> int:
    """The lines of text between lines ``first`` and ``then``: blank lines are layout, furniture
    no text, and an export's run of fields (``Seksjon: Utenriks``, ``Ord: 318``, ``Dokument-ID:
    ...``) its header, whatever its labels' language."""
    return sum(
        not line.blank and line_kind(line.text) is None and not in_field_run(lines, j, 0)
        for j, line in enumerate(lines[first + 1 : then], first + 1)
    )


def _may_give_way(found: Found, lines: list[Line]) -> str | None:
    """Why a dateline found may give way to a fuller one after it, or None: a date alone
    (``date``), a place alone over a caption an agency closes (``caption``), a caption a picture's
    signs close (``photo``), a headline's topic (``topic``), a title naming its town over its deck
    (``title``), an agency's credit alone on its line (``credit``)."""
    if found.match.shape in DATE_SHAPES:
        return "date"
    if not found.rest and _without_field_label(lines[found.at].text)[2] == "dateline":
        return "field"  # "DATELINE: HILO, Hawaii": an export's field, the story printing it in full
    if _bare_place(found):
        if agency_closing(found.rest) is not None:
            return "caption"  # "PESHAWAR: The governor opens the wing. - APP"
        alone = found.at + 1 == len(lines) or lines[found.at + 1].blank
        titled = found.rest and found.rest[-1:] not in SENTENCE_END and len(found.rest) <= _TOPIC_MAX
        if alone and titled:
            return "topic"  # "Mozambique: floods force thousands from their homes"
        if titled and not alone and found.match.dateline.text.endswith(":"):
            # "Bari: crolla controsoffitto in aula" over its deck in its block, then "(ACME) - BARI,
            # 21 GEN -": a title that names its town yields to a dateline under it, if one follows
            return "title"
        if not alone and _closes_with_a_photo_sign(found, lines):
            return "photo"  # "RESCUE CREWS AT WORK—Volunteers carry ... (Acme Telephoto).": a caption
        return None
    if _closes_with_a_photo_sign(found, lines):
        return "photo"  # "[광주=뉴시스] ... 조감도. (사진=광주시 제공) photo@newsis.com": a picture's caption
    dateline = found.match.dateline
    if (
        dateline.place is None
        and dateline.date is None
        and dateline.agency is not None
        and _no_sentence(found.rest)
    ):
        return "credit"  # "/ritzau/" alone under a headline; "Lusa - Agência de Notícias de Portugal"
    if _service_masthead(dateline, found.rest):
        return "credit"  # "ANP NIEUWSDIENST — BINNENLAND", "ANSA English - Sport": a bulletin's masthead
    return None


def _service_masthead(dateline: Dateline, rest: str) -> bool:
    """An agency's credit, no date, and words where the place would stand that the gazetteer
    does not know as a town (its service, its edition's language, its name in full), no sentence
    after it: a bulletin's masthead, which gives way to a dateline under it."""
    return (
        dateline.date is None
        and dateline.agency is not None
        and dateline.place is not None
        and _no_sentence(rest)
        and not known_town(dateline.place)
    )


def _closes_with_a_photo_sign(found: Found, lines: list[Line]) -> bool:
    """The dateline's block closes with the signs of a picture's caption (:func:`closes_a_caption`)."""
    end = found.at
    while end + 1 < len(lines) and not lines[end + 1].blank:
        end += 1
    return closes_a_caption(lines[end].text if end > found.at else found.rest)


def _no_sentence(rest: str) -> bool:
    """Nothing, or a short run of words that closes no sentence (the agency's name in full, as an
    export's source line prints it after its short one)."""
    return not rest or (len(rest) <= _TOPIC_MAX and rest[-1:] not in SENTENCE_END)


def _name_before_stamp(match: DatelineMatch, text: str) -> bool:
    """A person's name read as a place alone before its dash, neither date nor credit, and after it
    nothing but a time stamp or the town the writer files from (``Jane Roe – Mar 5, 2025 6:02 pm
    UTC | 112``, ``Jane Roe – Città del Vaticano``): a byline and its stamp or town (a town the
    gazetteer knows there is a dateline and its date: ``Mingora - 5 March 2024``)."""
    place = match.dateline.place
    rest = text[match.end :].strip()
    return (
        _bare(match)
        and place is not None
        and is_person(place)
        and not known_town(place)
        and bool(rest)
        and (is_stamp_line(rest) or known_town(rest))
    )


def _place_over_section(match: DatelineMatch, text: str) -> bool:
    """A place alone before a bar, neither date nor credit, and after it nothing or words that
    close no sentence (``澳門 | 社會``, ``北京 | 国际``): a page's trail, not its dateline."""
    return match.dateline.text.endswith("|") and _bare(match) and _no_sentence(text[match.end :].strip())


def _bare_place(found: Found) -> bool:
    """A place and its colon or dash with neither date nor credit."""
    return _bare(found.match)


def _bare(match: DatelineMatch) -> bool:
    """A dateline of a weak shape with neither date nor credit: a place and its sign at most."""
    dateline = match.dateline
    return match.shape in WEAK_SHAPES and dateline.date is None and dateline.agency is None


def _fuller(doubt: str, found: Found, then: Found) -> Found:
    """The dateline of the two: a date alone gives way to any dateline after it (a web page prints
    the day above the story: ``January 21`` ... ``MOSCOW, January 21. /TASS/.``); a place alone
    over a caption to the same place with a date or credit (``PESHAWAR: The governor ...`` over
    ``PESHAWAR, Jan 18 (APP):-``); a headline's topic to a dateline with a date or credit
    (``Mozambique: floods force ...`` over ``Maputo, 21 Feb (Lusa) -``); an agency's credit alone
    on its line to a place after it, which takes the credit (``/ritzau/`` over ``AALBORG:``)."""
    first, fuller = found.match, then.match
    strong = fuller.shape not in WEAK_SHAPES
    if doubt == "date":
        return then
    if doubt in ("caption", "field"):
        return then if strong and _same_place(first, fuller) else found
    if doubt == "photo":
        return then if strong else found  # (a graphic's caption may be filed from another town)
    if doubt in ("topic", "title"):
        return then if strong else found
    if fuller.dateline.place is None:
        return found
    if fuller.dateline.agency is None:
        credited = replace(fuller.dateline, agency=first.dateline.agency)
        return then._replace(match=fuller._replace(dateline=credited))
    return then


#: A headline after its topic is at most this long.
_TOPIC_MAX = 200


def _same_place(first: DatelineMatch, then: DatelineMatch) -> bool:
    place, fuller = first.dateline.place, then.dateline.place
    return place is not None and fuller is not None and fold_name(place) == fold_name(fuller)


#: A fuller dateline follows one that may give way to it with fewer lines of text than this between.
_DATE_LOOKAHEAD = 4


def _ends_on_a_small_word(line: Line | None) -> bool:
    """The line ends with a small word in lower case (``in``, ``of``, ``the``): its sentence goes on."""
    last = line.text.rsplit(" ", 1)[-1] if line is not None and line.text else ""
    return last.islower() and last in function_words()


def _dateline_lines(lines: list[Line], reference: dt.date | None) -> Iterator[Found]:
    """Each line that opens with a dateline, in order, while the search goes on."""
    prev: Line | None = None
    long_lines = 0
    run_chars, run_counted = 0, False  # (the length of the paragraph so far, and whether it counted)
    first_text = True
    text_lines = 0  # (lines of text before this one)
    sentence_seen = False
    sentences = 0  # (lines of text before this one that close a sentence)
    width: int | None = None  # (read when a line seems wrapped: most stories have none)
    for i, line in enumerate(lines[:DATELINE_SCAN_LINES]):
        matched = False
        wrapped = continues_wrap(prev, line)
        # (a line whose first word fits after the line before it was not wrapped there: a placed
        # dateline may open it, under a headline with no blank line between them)
        unforced = False
        if wrapped and not line.blank and not line.header:
            width = width or wrap_width(lines[:DATELINE_SCAN_LINES])
            # (a line after a small word goes on with its sentence, whatever the width: "... at
            # Ryogoku Kokugikan in" over "Tokyo on Jan. 25, 2026. (Kyodo)")
            unforced = not continues_wrap(prev, line, width) and not _ends_on_a_small_word(prev)
        # (a dateline with place and credit or date may open the line under the story's first, a
        # headline that closes no sentence, however wide that one is)
        under_headline = (
            wrapped and text_lines == 1 and prev is not None and not _closes_a_sentence(prev.text)
        )
        # (a short line may be a dateline alone under text, not after a sentence broken after a
        # small word: "... sign a memorandum in" over "Koror on Jan. 9, 2024. (Kyodo)")
        alone = len(line.text) <= MAX_LINE_ALONE and not (wrapped and _ends_on_a_small_word(prev))
        if not line.blank and not line.header and (not wrapped or unforced or under_headline or alone):
            text, label, role = _without_field_label(line.text)
            text, markers = _strip_markers(text)
            # (a field of another role holds no dateline: "Subject: [ACME] ...")
            match = match_dateline(text, reference) if role != _OTHER_FIELD else None
            if match is None and role == "dateline" and not markers:
                match = labelled_dateline(text)  # DATELINE: BOISE, Idaho: the label vouches for it
            markers = label + markers
            if match and wrapped and not _whole_strong_dateline(match, text):
                match = match if (unforced or under_headline) and _placed_strong(match) else None
            if match and not text[match.end :].strip() and is_photo_credit(text):
                match = None  # "AFP, Getty Images" alone on its line credits a photo
            if match and line.gaps and is_page_head([line]):
                match = None  # "quinta-feira, 6 de março de 2025     B3": a printed page's folio
            if (
                match
                and match.shape in WEAK_SHAPES
                and ((first_text and not is_prose(text)) or _kind_vetoes(match, text))
            ):
                # "EDITOR'S NOTE --" and "SUGAR IMPORTS DETAILED -- USDA" have the shape of a
                # bare dateline; a bare one never stands in the place of a headline (a line of
                # prose is none: a story printed without one opens with its dateline)
                match = None
            if match and (_stamp_with_a_time(match, text) or _agency_stamp(match, text)):
                match = None  # "05.03.2024 14:22", "05 МАР, 14:22": a page's time stamp
            if match and text[match.end :].lstrip()[:1] == "|":
                match = None  # "JANE ROE (ACME) | Madrid": a byline, and the town after a bar
            if match and _place_over_section(match, text):
                match = None  # "澳門 | 社會": a page's trail, the place's section and a topic in it
            if match and _name_before_stamp(match, text):
                match = None  # "Jane Roe – Mar 5, 2025 6:02 pm UTC | 112": a byline and its stamp
            if match and is_desk_note(text):
                match = None  # "ADVANCE FOR WEEKEND EDITIONS, NOV. 11-12": a desk's note that dates
            if match and _running_head(match, text):
                match = None  # "CLIPPING DIÁRIO — 05/03/2024 —": a bulletin's running head
            if match and _before_capitals(match, text):
                match = None  # "ACME (AFP) CONFIRMS EARNINGS" is a headline naming its source
            if match and _weak(match) and sentences >= _WEAK_AFTER_SENTENCES:
                match = None  # "Gold: Jane Roe (100m freestyle)" under the story's text: a list's label
            if match and sentence_seen and _credit_alone(match, text):
                match = None  # "/ritzau/", "Jane Roe (PAP)" under the story's last sentence sign it off
            # (a page's stamp or menu above the headline leaves the headline its first line of text;
            # an archive's document number does not: a dateline may open the story under it)
            first_text = first_text and not match and _page_line_above_headline(text)
            sentence_seen = sentence_seen or (not match and _closes_a_sentence(text))
            sentences += not match and _closes_a_sentence(text)
            if match:
                rest, more = _strip_markers(text[match.end :].strip())
                yield Found(i, match, rest, markers + more)
                matched = True
        # (a paragraph counts as long once, however its lines are wrapped: a hard-wrapped story is
        # searched no deeper than the same story a paragraph a line)
        run_chars = 0 if line.blank else run_chars + len(line.text) + 1 if wrapped else len(line.text)
        run_counted = run_counted and wrapped and not line.blank
        if not matched and not run_counted and run_chars >= LONG_LINE and photo_caption(line) is None:
            # captions are long but no story text: a page may print many before its dateline
            run_counted = True
            long_lines += 1
            if long_lines > DATELINE_SCAN_LONG_LINES:
                return
        prev = line
        text_lines += not line.blank


def _page_line_above_headline(text: str) -> bool:
    """A page's menu or time stamp, as it prints them above its headline."""
    kind = line_kind(text)
    return kind == "navigation" or (kind == "furniture" and is_timestamp(text))


def _running_head(match: DatelineMatch, text: str) -> bool:
    """A whole line read as a place and a date that is a page's running head or a bulletin's
    masthead (its label no town the gazetteer knows): ``KLIPING BERITA — Selasa, 5 Maret 2024 —``."""
    place = match.dateline.place
    if place is None or match.dateline.agency is not None:
        return False  # (a line of story text holds words in lower case: no running head)
    return running_head_label(text) is not None and not known_town(place)


def _stamp_with_a_time(match: DatelineMatch, text: str) -> bool:
    """A date with neither place nor credit, and a time of day on its line; a dated line with a
    time of day alone after it (``STA, 5 March 2024 - 14:22``), or a time inside it and no known
    credit: a time stamp."""
    dateline = match.dateline
    if dateline.date is not None and (
        is_clock_time(text[match.end :].strip())
        # "ACME NEWSWIRE 04/03/2025 09:12 IST PRIORITY": a transmission's stamp, no known credit
        # nor town ("LA PAZ, 24 Mar. 24 / 11:20 am (ACI).-" is a dateline)
        or (
            _CLOCK_TIME.search(dateline.text) is not None
            and not _known_credit(dateline)
            and not (dateline.place is not None and known_town(dateline.place))
        )
    ):
        return True
    if dateline.place is not None or _CLOCK_TIME.search(text) is None:
        return False
    # (a credit read in a stamp is none: "2012-10-30T18:40:00+0900" holds no agency "T18")
    return dateline.agency is None or is_timestamp(text)


def _known_credit(dateline: Dateline) -> bool:
    """The dateline credits an agency the table knows (``— REGNUM``, which prints the time)."""
    return dateline.agency is not None and known_agency(dateline.agency) is not None


def _agency_stamp(match: DatelineMatch, text: str) -> bool:
    """An agency's name where the place would stand, on a line of a time stamp (the stamp of its
    transmission: ``LUSA 05-03-2024 14:12 ECO``, ``TT Nyhetsbyrån 2024-05-06 14:22``), or with
    nothing after it but its credit (an export's source line: ``Schweizerische Depeschenagentur
    (SDA)``): no dateline. A town of an agency's name stays a town."""
    place = match.dateline.place
    if place is None or not _names_an_agency(place) or known_town(place):
        return False
    if is_timestamp(text) or _CLOCK_TIME.search(text) is not None:
        return True
    return match.dateline.date is None and not text[match.end :].strip()


def _names_an_agency(place: str) -> bool:
    """A place read that is an agency's name, or opens with its short name in capitals (``TT
    Nyhetsbyrån``)."""
    first = place.split()[0]
    return known_agency(place) is not None or (first.isupper() and known_agency(first) is not None)


#: A time of day, no part of a date in figures (``15.11.2024`` holds none).
_CLOCK_TIME = re.compile(r"(?<![\d.])[0-2]?\d[:.][0-5]\d(?!\d|[.]\d)")


def _before_capitals(match: DatelineMatch, text: str) -> bool:
    """An undated dateline that no sign closes, before a word in capitals: a headline in
    capitals that names its source in brackets."""
    if match.dateline.date is not None or match.dateline.text.rstrip()[-1:] not in _OPEN_ENDS:
        return False
    return opens_in_capitals(text[match.end :])


#: How a dateline ends that no closing sign ends: a credit's bracket or slash.
_OPEN_ENDS = frozenset(")]/）】")


def _credit_alone(match: DatelineMatch, text: str) -> bool:
    """A line that is a credit and nothing else, or a name and a credit (``Jane Roe (PAP)``): no
    date, no text after it."""
    dateline = match.dateline
    return (
        dateline.agency is not None
        and dateline.date is None
        and match.shape not in _DAY_SHAPES
        and not text[match.end :].strip()
    )


#: Shapes that print a day without its month (``MADRID, 5 (EUROPA PRESS)``): never a signature.
_DAY_SHAPES = frozenset({"place_day_credit", "place_day_dash"})


#: A bare place and its dash or colon (no date, no credit) after this many lines of text that close
#: a sentence is no dateline: the story's text has begun above it.
_WEAK_AFTER_SENTENCES = 3


def _weak(match: DatelineMatch) -> bool:
    """A dateline of a weak shape, or one read by its signs without a date (``DOWNLOAD OUR
    APP:``, a label and a credit's letters): under the story's sentences, no dateline."""
    return match.shape in WEAK_SHAPES or (match.shape == "evidence" and match.dateline.date is None)


#: A line of story text closes a sentence and holds at least this many words.
_SENTENCE_WORDS = 5


def _closes_a_sentence(text: str) -> bool:
    # (a line in capitals is a heading, whatever closes it: "THE NORTH ISLAND MAIN TRUNK.")
    return text[-1:] in SENTENCE_END and len(text.split()) >= _SENTENCE_WORDS and not text.isupper()


def _placed_strong(match: DatelineMatch) -> bool:
    """A dateline with a place and a date or credit; of a weak shape, a town the gazetteer knows
    and a credit (``GİRNE (TAK) –``, the credit one the table does not know)."""
    dateline = match.dateline
    if dateline.place is None or (dateline.date is None and dateline.agency is None):
        return False
    return match.shape not in WEAK_SHAPES or (
        dateline.agency is not None and town_by_any_name(dateline.place)
    )


def _whole_strong_dateline(match: DatelineMatch, text: str) -> bool:
    """A line that is a dateline with a credit or date and nothing else (``AFP, MANILA`` under a
    headline as wide as a wrapped line): never the end of a wrapped sentence."""
    return match.shape not in WEAK_SHAPES and not text[match.end :].strip()


_CREDIT_IN_BRACKETS = compiled(r"\((?P<agency>[^()\n]{2,40}+)\)[ ]?(?:--|[-–—])")
_TRAILING_BYLINE = compiled(rf"(?:^|[ ])(?P<byline>By[ ]{PERSON_NAME})[ ]*+$")
_LEADING_NOTE = compiled(r"^\([^()\n]{1,120}+\)")


def _unwrapped(lines: list[Line]) -> list[Line]:
    """The lines with each hard-wrapped paragraph joined onto its first line (``lines`` itself
    when none is wrapped)."""
    out: list[Line] = []
    prev: Line | None = None
    for line in lines:
        if out and continues_wrap(prev, line):
            first = out[-1]
            joined = f"{first.text} {line.text}"
            out[-1] = first._replace(
                text=joined, raw=f"{first.raw}\n{line.raw}", codes=first.codes + line.codes
            )
        else:
            out.append(line)
        prev = line
    return out if len(out) < len(lines) else lines


def _find_inline_dateline(lines: list[Line], reference: dt.date | None) -> Found | None:
    """Copy flattened onto one line (``(Adds ...) * bullet ... By Name Jan 30 (Reuters) - Gold
    rose ...``): a dateline with a known agency credit inside a long opening line. What precedes
    it on the line is returned as the prefix, to be read as editor's note, summary and byline."""
    long_seen = 0
    for i, line in enumerate(lines[:DATELINE_SCAN_LINES]):
        if len(line.text) < LONG_LINE:
            continue
        long_seen += 1
        if long_seen > DATELINE_SCAN_LONG_LINES:
            return None
        text = line.text[:4000]
        for credit in _CREDIT_IN_BRACKETS.finditer(text):
            if known_agency(credit["agency"]) is not None:
                found = _dateline_before_credit(text, credit, reference)
                if found:
                    start, match = found
                    return Found(i, match, text[start + match.end :].strip(), [], text[:start])
        return None
    return None


def _dateline_before_credit(
    text: str, credit: regex.Match[str], reference: dt.date | None
) -> tuple[int, DatelineMatch] | None:
    """A dateline that starts at a word within 80 characters before ``credit`` and runs through it."""
    window = max(0, credit.start() - 80)
    for start in (m.end() for m in _WORD_STARTS.finditer(text[window : credit.start()])):
        match = match_dateline(text[window + start :], reference)
        # inside running text only a place in capitals is believed: "By Arpan Varghese
        # Jan 30 (Reuters)" has no place
        if (
            match
            and window + start + match.end >= credit.end()
            and (match.dateline.place is None or text[window + start :].split(",")[0].isupper())
        ):
            return window + start, match
    return None


def _read_flattened_head(prefix: str, story: Draft) -> None:
    prefix = prefix.strip()
    note = _LEADING_NOTE.match(prefix)
    if note and line_kind(note.group()) == "ednote":
        story.keep("ednote", note.group())
        prefix = prefix[note.end() :].strip()
    byline = _TRAILING_BYLINE.search(prefix)
    if byline:
        story.add_byline(byline["byline"])
        prefix = prefix[: byline.start()].strip()
    if prefix:
        if story.summary is None:
            story.summary = prefix
        else:
            story.keep("other", prefix)


def _lead_place(body: list[Line], story: Draft) -> list[Line]:
    """A story credited to an agency in its byline may open its body with the place alone
    (``Riad. Die Boxwelt ...``, ``Gundremmingen - Die beiden ...``)."""
    if not story.byline_agency:
        return body
    first = next((n for n, line in enumerate(body) if not line.blank), None)
    if first is None:
        return body
    found = match_lead_place(body[first].text)
    if found is None:
        return body
    dateline, end = found
    story.dateline = replace(dateline, agency=story.byline_agency)
    return [*body[:first], body[first]._replace(text=body[first].text[end:].strip()), *body[first + 1 :]]


def _markers_wrapped_on(lines: list[Line], i: int, markers: list[str], story: Draft) -> list[Line]:
    """FBIS markers after a dateline may go on on the next line of its block (``[TEXT] ...``):
    they are taken from it too."""
    if i >= len(lines) or lines[i].blank:
        return lines
    text = _take_bracketed_author(lines[i].text, markers, story)
    text, more = _strip_markers(text)
    if not more and text == lines[i].text:
        return lines
    markers.extend(more)
    return [*lines[:i], lines[i]._replace(text=text), *lines[i + 1 :]]


def _take_bracketed_author(rest: str, markers: list[str], story: Draft) -> str:
    """FBIS prints the author in brackets between markers: ``[ARTICLE] [PAUL IREDALE] [TEXT]``."""
    m = _BRACKETED_AUTHOR.match(rest)
    if m and markers:
        story.add_byline(m["name"])
        rest, more = _strip_markers(rest[m.end() :])
        markers.extend(more)
    return rest


def _take_reporter_after_dateline(rest: str, story: Draft) -> str:
    """A reporter named after the dateline by a word for "by" and set off by a dash, as Petra prints
    it (``(بترا) - من محمد العمري - ...``): the byline's, the text after the dash the story's."""
    m = _reporter_after_dateline().match(rest) if rest[:1] in _REPORTER_OPENER_FIRSTS else None
    if m is None or m["name"].split(" ", 1)[0] in NOT_A_NAME_AFTER_BY:
        return rest
    story.add_byline(m["name"])
    return rest[m.end() :]


@cache
def _reporter_after_dateline() -> regex.Pattern[str]:
    openers = alternation(REPORTER_AFTER_DATELINE)
    return compiled(rf"(?:{openers})[ ](?P<name>\p{{L}}++(?:[ ]\p{{L}}++){{1,2}}+)[ ]?[-–—][ ]")


_REPORTER_OPENER_FIRSTS = frozenset(opener[0] for opener in REPORTER_AFTER_DATELINE)


def _finish(story: Draft, text: str, source: str, index: int, encoding: str) -> Story:
    dateline = story.dateline
    if dateline is not None and dateline.agency is None:
        agency = story.signoff_agency or story.byline_agency or _closing_credit(story.paragraphs)
        if agency:
            dateline = replace(dateline, agency=agency)
    story.warnings.extend(warning for warning, applies in _FINISH_WARNINGS if applies(story))
    language = guess_language(text, dateline)
    if dateline is not None and dateline.place:
        dateline = _located(dateline, language, story)
    if not text.strip():
        story.warnings = [EMPTY_INPUT]
    byline = Byline(" ".join(story.byline_text), tuple(story.authors)) if story.byline_text else None
    return Story(
        source=source,
        index=index,
        headline=story.headline,
        summary=story.summary,
        byline=byline,
        dateline=dateline,
        captions=tuple(story.captions),
        paragraphs=tuple(story.paragraphs),
        boilerplate=tuple(story.boilerplate),
        warnings=tuple(dict.fromkeys(story.warnings)),
        language=language,
        encoding=encoding,
    )


def _closing_credit(paragraphs: list[str]) -> str | None:
    """The agency a bracketed credit closing the first or the last paragraph names (``... in
    the town. (PNA)``): desks that print no credit in the dateline sign the story so. Only
    agencies of the table count (a bracketed acronym may abbreviate anything)."""
    for paragraph in dict.fromkeys(paragraphs[:1] + paragraphs[-1:]):
        if paragraph.endswith(")"):
            m = _closing_credit_pattern().search(paragraph)
            if m and (agency := known_agency(m["credit"])):
                return agency
    return None


#: A credit in brackets closing a paragraph, after its sentence.
@cache
def _closing_credit_pattern() -> regex.Pattern[str]:
    return compiled(rf"(?<=[{regex.escape(SENTENCE_END)}][ ]?)\((?P<credit>[^()]{{2,40}}+)\)$")


def _located(dateline: Dateline, language: str | None, story: Draft) -> Dateline:
    """The dateline with its place resolved in the gazetteer (read only when a place is printed)."""
    from .places import locate

    dateline, ambiguous = locate(dateline, language)
    if ambiguous:
        story.warnings.append(AMBIGUOUS_PLACE)
    return dateline
