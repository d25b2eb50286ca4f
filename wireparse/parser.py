"""The parser: one story's text in, one :class:`~wireparse.model.Story` out.

One pass over the lines finds the dateline, then reads the lines before it as the story's head
(headline, summary, byline, captions, furniture) and the lines from it on as the body (paragraphs,
editor's notes, sign-offs, trailers). A story without a dateline is split where its head ends: at
the first block of text that is not headline, byline, caption or furniture. ``parse()`` is pure: no
printing, no exits; what it cannot decide travels in ``Story.warnings``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import regex

from .bylines import parse_byline
from .dateline import DatelineMatch, match_dateline, match_lead_place, match_place_line
from .furniture import clean_credit, headline_flags, is_photo_credit, line_kind, split_caption
from .language import guess_language
from .lines import Line, blocks, join, paragraphs, split_lines
from .model import Boilerplate, Byline, Caption, Dateline, Story
from .patterns import DATE_SHAPES, WEAK_SHAPES, agency_lookup, first_agency, fold_name, source_marker_pattern
from .words import FUNCTION_WORDS, RESTATED_TITLE_MARKERS

#: How far into a story a dateline is looked for, in lines ...
DATELINE_SCAN_LINES = 80
#: ... and in long lines of text that are not one (a summary and a caption may come first).
DATELINE_SCAN_LONG_LINES = 3
LONG_LINE = 150
#: A standfirst without a dateline after it is at most this long, and shorter than what follows.
SUMMARY_MAX = 200
#: Kinds of a line that never belong to a body paragraph, even inside one.
#: Dateline shapes with neither a date nor a known agency: never on a story's first line.
_WEAK_SHAPES = WEAK_SHAPES
_LINE_LEVEL = frozenset({"furniture", "signoff", "rule", "service", "navigation", "notebook"})
_HEAD_KINDS = frozenset({"furniture", "navigation", "ednote", "service", "rule", "signoff"})
_BRACKETED_AUTHOR = regex.compile(r"\[(?P<name>\p{Lu}[\p{L}.'’\-]*+(?:[ ]\p{Lu}[\p{L}.'’\-]*+){1,3})\][ ]*+")
_NAME_LINE = regex.compile(
    r"""\p{Lu}[\p{L}.'’\-]*+(?:[ ]\p{Lu}[\p{L}.'’\-]*+){1,3}
                            | \p{Han}{2,4}+(?:[,，、][ ]?\p{Han}{2,4}+){0,5}+""",
    regex.VERBOSE,
)
_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS.values())
_SENTENCE_END = ".!?…\"”»'"
_WORD_STARTS = regex.compile(r"(?:^|[ ])")
_NAME_AND_AFFILIATION = regex.compile(r" / |, ")
_BYLINE_PARTS = regex.compile(r"[,/]")
_CODE_PARTS = regex.compile(r"[-\s]")
#: A paragraph longer than this is never an editor's note, sign-off or service line.
_MAX_WRAPPED_NOTE = 400
#: A rule followed by at most this much text closes the story: what follows is an end note.
_TRAILER_PARAGRAPHS = 4
_TRAILER_CHARS = 700


@dataclass
class _Story:
    """The record being built; frozen into a :class:`Story` at the end."""

    headline: str | None = None
    headline_line: int = -1
    summary: str | None = None
    summary_line: int = -1
    byline_text: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    byline_agency: str | None = None
    byline_line: int = -1
    signoff_agency: str | None = None
    dateline: Dateline | None = None
    captions: list[Caption] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seen_captions: set[str] = field(default_factory=set)
    seen_credits: set[str] = field(default_factory=set)

    def keep(self, kind: str, text: str) -> None:
        if text:
            self.boilerplate.append(Boilerplate("other" if kind in ("rule", "notebook") else kind, text))

    def add_byline(self, text: str, line: int = -1) -> None:
        self.byline_line = line
        authors, agency = parse_byline(text)
        self.byline_text.append(text)
        self.authors.extend(a for a in authors if a not in self.authors)
        self.byline_agency = self.byline_agency or agency

    def add_caption(self, text: str | None, credit: str | None, printed: str) -> None:
        """A caption, or a ``duplicate`` when this caption or credit was printed before."""
        if (text and text in self.seen_captions) or (not text and credit in self.seen_credits):
            self.keep("duplicate", printed)
            return
        self.captions.append(Caption(text, credit))
        if text:
            self.seen_captions.add(text)
        if credit:
            self.seen_credits.add(credit)


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
    story = _Story()
    found = _find_dateline(lines, reference) or _find_inline_dateline(lines, story, reference)
    if found:
        at, match, rest, markers = found
        if story.headline is None:  # not yet read by the inline search
            _read_head(lines[:at], story, with_dateline=True)
        story.dateline = match.dateline
        if match.reporter:
            story.add_byline(match.reporter)
        rest = _take_bracketed_author(rest, markers, story)
        if markers and _strong_dateline(rest, reference):
            # FBIS: the monitored report's own dateline after the monitor's header dateline
            second = match_dateline(rest, reference)
            story.keep("other", second.dateline.text)
            rest = rest[second.end :]
        if rest.startswith(RESTATED_TITLE_MARKERS):
            story.keep("other", rest)  # 新华社北京4月24日电 题：... restates the headline
            rest = ""
        for marker in markers:
            story.keep("furniture", marker)
        _read_body(
            [
                lines[at]._replace(text=rest.strip(), marker="", lead=lines[at].width - len(rest.strip())),
                *lines[at + 1 :],
            ],
            story,
            reference,
            dateline_text=bool(rest.strip()),
        )
    else:
        at = _read_head(lines, story, with_dateline=False)
        body = lines[at:]
        if story.dateline is None and body:
            body = _lead_place(body, story)
        _read_body(body, story, reference)
    for line in lines:
        for code in line.codes:
            story.keep("furniture", code)
    return _finish(story, text, source, index, encoding)


def _strip_markers(text: str) -> tuple[str, list[str]]:
    """Text without leading FBIS markers (``[Text]``), and the markers."""
    markers = []
    while True:
        m = source_marker_pattern().match(text)
        if not m:
            return text, markers
        markers.append(m.group().strip())
        text = text[m.end() :]


def _continues_wrap(prev: Line | None, line: Line) -> bool:
    """True when ``line`` continues a hard-wrapped paragraph rather than starting one."""
    if prev is None or prev.blank or line.indent > prev.indent:
        return False
    return 50 <= prev.width <= 100 and prev.text[-1:] not in _SENTENCE_END


def _kind_vetoes(match: DatelineMatch, text: str) -> bool:
    """A weak dateline on a line of another kind is that kind (a date alone reads as a time stamp)."""
    return match.shape not in DATE_SHAPES and line_kind(text) is not None


def _find_dateline(
    lines: list[Line], reference: dt.date | None
) -> tuple[int, DatelineMatch, str, list[str]] | None:
    """The first line that opens with a dateline, with the text after it and any FBIS markers. A
    date alone on its line gives way to a fuller dateline in the lines just after it (a web page
    prints the day above the story: ``January 21`` ... ``MOSCOW, January 21. /TASS/.``)."""
    found = None
    for i, match, text, markers in _dateline_lines(lines, reference):
        if found is not None:
            return (i, match, text, markers) if i - found[0] <= _DATE_LOOKAHEAD else found
        found = (i, match, text, markers)
        if match.shape not in DATE_SHAPES:
            return found
    return found


def _is_photo_caption(line: Line) -> bool:
    combined = split_caption(line.text, line.gaps) if len(line.text) <= _MAX_WRAPPED_NOTE else None
    return combined is not None and is_photo_credit(combined[1])


#: How many lines after a date alone a fuller dateline may follow it.
_DATE_LOOKAHEAD = 4


def _dateline_lines(
    lines: list[Line], reference: dt.date | None
) -> Iterator[tuple[int, DatelineMatch, str, list[str]]]:
    """Each line that opens with a dateline, in order, while the search goes on."""
    prev: Line | None = None
    long_lines = 0
    first_text = True
    for i, line in enumerate(lines[:DATELINE_SCAN_LINES]):
        if not line.blank and not line.soh and not _continues_wrap(prev, line):
            text, markers = _strip_markers(line.text)
            match = match_dateline(text, reference)
            if match and match.shape in _WEAK_SHAPES and (first_text or _kind_vetoes(match, text)):
                # "EDITOR'S NOTE --" and "SUGAR IMPORTS DETAILED -- USDA" have the shape of a
                # bare dateline; a bare one never stands in the headline's place
                match = None
            first_text = False
            if match:
                rest, more = _strip_markers(text[match.end :].strip())
                yield i, match, rest, markers + more
            elif len(line.text) >= LONG_LINE and not _is_photo_caption(line):
                # captions are long but no story text: a page may print many before its dateline
                long_lines += 1
                if long_lines > DATELINE_SCAN_LONG_LINES:
                    return
        prev = line


_CREDIT_IN_BRACKETS = regex.compile(r"\((?P<agency>[^()\n]{2,40}+)\)[ ]?(?:--|[-–—])")
_TRAILING_BYLINE = regex.compile(
    r"(?:^|[ ])(?P<byline>By[ ]\p{Lu}[\p{L}.'’\-]*+(?:[ ]\p{Lu}[\p{L}.'’\-]*+){1,3})[ ]*+$"
)
_LEADING_NOTE = regex.compile(r"^\([^()\n]{1,120}+\)")


def _find_inline_dateline(
    lines: list[Line], story: _Story, reference: dt.date | None
) -> tuple[int, DatelineMatch, str, list[str]] | None:
    """Copy flattened onto one line (``(Adds ...) * bullet ... By Name Jan 30 (Reuters) - Gold
    rose ...``): a dateline with a known agency credit inside a long opening line. What precedes
    it on the line is read as editor's note, summary and byline."""
    long_seen = 0
    for i, line in enumerate(lines[:DATELINE_SCAN_LINES]):
        if len(line.text) < LONG_LINE:
            continue
        long_seen += 1
        if long_seen > DATELINE_SCAN_LONG_LINES:
            return None
        text = line.text[:4000]
        for credit in _CREDIT_IN_BRACKETS.finditer(text):
            if fold_name(credit["agency"]) not in agency_lookup():
                continue
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
                    _read_head(lines[:i], story, with_dateline=True)
                    _read_flattened_head(text[: window + start], story)
                    rest = text[window + start + match.end :].strip()
                    return i, match, rest, []
        return None
    return None


def _read_flattened_head(prefix: str, story: _Story) -> None:
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


def _next_text(lines: list[Line], i: int) -> tuple[int, Line] | None:
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            return j, lines[j]
    return None


def _is_credit_line(line: Line) -> bool:
    return line_kind(line.text) == "credit" and not split_caption(line.text, line.gaps)


def _read_head(lines: list[Line], story: _Story, *, with_dateline: bool) -> int:
    """Classify the lines of the story's head, one by one. With a dateline the head is all of
    ``lines``; without one, returns where the body starts."""
    prev: Line | None = None
    consumed: set[int] = set()
    for i, line in enumerate(lines):
        if line.blank or i in consumed:
            prev = line
            continue
        new_block = prev is None or prev.blank
        prev = line
        text = line.text
        if line.soh:
            story.keep("furniture", text)
            continue
        if story.headline is not None:
            combined = split_caption(text, line.gaps)
            if combined:
                story.add_caption(combined[0], clean_credit(combined[1]), text)
                continue
        kind = line_kind(text)
        if kind == "ednote" and story.headline is None:
            headline, flags = headline_flags(text)
            if flags and headline:  # "EDS-more details added Chinese President Meets ..."
                kind = None
        if (
            kind in (None, "signoff")
            and story.byline_text
            and story.byline_line == line.number - 1
            and _agency_line(text)
        ):
            # the byline's affiliation printed under it ("Associated Press"): like "Associated
            # Press Writer", furniture, but it credits the agency
            story.keep("furniture", text)
            story.byline_agency = story.byline_agency or parse_byline(text)[1]
            continue
        if kind == "byline" or (
            kind in (None, "signoff")
            and story.headline is not None
            and not story.byline_text
            and _agency_line(text)
        ):
            story.add_byline(text, line.number)
            continue
        if (
            kind is None
            and story.byline_text
            and story.byline_line == line.number - 1
            and (text[:1].islower() or story.byline_text[-1].startswith("["))
        ):
            story.add_byline(text, line.number)  # a byline wrapped onto the next line
            continue
        if kind == "credit":
            story.add_caption(None, clean_credit(text), text)
            continue
        if kind is not None:
            story.keep(kind, text)
            _note_signoff(story, kind, text)
            continue
        if story.headline is None:
            headline, flags = headline_flags(text)
            for flag in flags:
                story.keep("ednote", flag)
            story.headline, story.headline_line = headline, line.number
            continue
        if text in story.seen_captions or text == story.headline:
            story.keep("duplicate", text)
            continue
        following = _next_text(lines, i)
        if following is not None and _is_credit_line(following[1]):
            # a caption and its credit on the next line: one caption
            j, credit_line = following
            story.add_caption(text, clean_credit(credit_line.text), text)
            if credit_line.text != text:
                consumed.add(j)
                if story.captions and story.captions[-1].text != text:
                    story.keep("duplicate", credit_line.text)
            continue
        continues = not new_block and text[:1].islower()
        if continues and story.headline_line == line.number - 1 and story.summary is None:
            headline, flags = headline_flags(f"{story.headline} {text}")
            story.headline, story.headline_line = headline, line.number
            for flag in flags:
                story.keep("ednote", flag)
            continue
        if story.summary is not None and story.summary_line == line.number - 1 and not new_block:
            story.summary, story.summary_line = f"{story.summary} {text}", line.number
            continue
        if (
            not new_block
            and not story.byline_text
            and not text.isupper()
            and _is_name(_NAME_AND_AFFILIATION.split(text)[0])
            and story.headline_line >= line.number - 2
        ):
            story.add_byline(text, line.number)  # a name printed under the headline
            continue
        if (
            new_block
            and not story.byline_text
            and _is_name(text)
            and story.summary is None
            and _single_line_block(lines, i)
            and story.headline_line >= line.number - 3
        ):
            story.add_byline(text, line.number)  # a name alone under the headline
            continue
        if not with_dateline:
            place = match_place_line(text) if new_block and _single_line_block(lines, i) else None
            if place is not None:
                story.dateline = place
                return _deck_after_place(lines, i + 1, story)
            if line.field and story.summary is None:
                story.summary, story.summary_line = text, line.number
                continue
            if new_block and _is_standfirst(lines, i, story):
                story.summary, story.summary_line = text, line.number
                continue
            if new_block and story.summary is None and _place_block_follows(lines, i):
                story.summary, story.summary_line = text, line.number
                continue
            if new_block or story.summary is not None:
                return i
            story.keep("other", text)
            continue
        if story.summary is None and (new_block or line.field):
            story.summary, story.summary_line = text, line.number
        else:
            story.keep("other", text)
    return len(lines)


def _is_name(text: str) -> bool:
    """Two to four capitalised words that are not function words (``Sehernur Karsu``)."""
    words = text.split()
    return (
        bool(_NAME_LINE.fullmatch(text))
        and match_place_line(text) is None
        and not any(w.casefold() in _FUNCTION_WORDS for w in words)
    )


def _deck_after_place(lines: list[Line], start: int, story: _Story) -> int:
    """After a dateline printed alone, furniture lines and a short deck (no closing stop) before
    longer text stay in the head; returns where the body starts."""
    i = start
    while i < len(lines):
        line = lines[i]
        if line.blank:
            i += 1
            continue
        kind = line_kind(line.text)
        if kind in _HEAD_KINDS:
            story.keep(kind, line.text)
            i += 1
            continue
        if (
            story.summary is None
            and _single_line_block(lines, i)
            and len(line.text) < 100
            and line.text[-1:] not in _SENTENCE_END
        ):
            following = _next_text(lines, i)
            if following is not None and len(following[1].text) > len(line.text):
                story.summary, story.summary_line = line.text, line.number
                return i + 1
        return i
    return i


def _single_line_block(lines: list[Line], i: int) -> bool:
    return (i + 1 >= len(lines) or lines[i + 1].blank) and (i == 0 or lines[i - 1].blank)


def _place_block_follows(lines: list[Line], i: int) -> bool:
    """The block after line ``i``'s block is a place printed alone: a dateline."""
    j = i
    while j < len(lines) and not lines[j].blank:
        j += 1
    following = _next_text(lines, j)
    return (
        following is not None
        and _single_line_block(lines, following[0])
        and match_place_line(following[1].text) is not None
    )


def _is_standfirst(lines: list[Line], i: int, story: _Story) -> bool:
    """A short one-line block between a web story's head (byline or captions) and a longer body."""
    if story.summary is not None or not story.captions:
        return False
    if not _single_line_block(lines, i) or len(lines[i].text) >= SUMMARY_MAX:
        return False
    following = _next_text(lines, i)
    if following is None:
        return False
    j, _ = following
    block = next((b for b in blocks(lines[j:])), [])
    return len(join(block)) > len(lines[i].text)


def _agency_line(text: str) -> bool:
    """A line naming only an agency, or people and their agency (``Felix Schröder, dpa``)."""
    if len(text) > 80:
        return False
    parts = [p.strip() for p in _BYLINE_PARTS.split(text)]
    last = fold_name(parts[-1])
    return bool(last) and (last in agency_lookup() or last.removeprefix("the ") in agency_lookup())


def _lead_place(body: list[Line], story: _Story) -> list[Line]:
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


def _read_body(
    lines: list[Line], story: _Story, reference: dt.date | None, *, dateline_text: bool = False
) -> None:
    """Paragraphs, and the lines and paragraphs of the body that are not story text."""
    cleaned: list[Line] = []
    rules: list[tuple[int, str]] = []
    text_seen = dateline_text
    kinds: dict[int, str | None] = {}
    prev: Line | None = None
    for line in lines:
        # a line that continues a hard-wrapped sentence is text, whatever words it holds
        wrapped = _continues_wrap(prev, line)
        prev = line
        kind = kinds[line.number] = line_kind(line.text) if not line.blank and not wrapped else None
        if kind == "byline" and not text_seen:
            story.add_byline(line.text, line.number)  # a byline printed after the dateline
            cleaned.append(line._replace(text=""))
            continue
        text_seen = text_seen or not line.blank
        if line.soh or (kind in _LINE_LEVEL and line.text):
            cleaned.append(line._replace(text=""))
            story.keep("furniture" if line.soh else kind, line.text)
            _note_signoff(story, kind, line.text)
            if kind in ("rule", "notebook"):
                rules.append((line.number, kind))
            continue
        cleaned.append(line)
    paras = [p for block in blocks(cleaned) for p in paragraphs(block)]
    aside = _aside(paras, rules, reference)
    for n, para in enumerate(paras):
        text = join(para)
        # a note or credit wrapped over lines is short; a long paragraph is story text
        kind = (
            kinds.get(para[0].number)
            if len(para) == 1
            else line_kind(text)
            if len(text) <= _MAX_WRAPPED_NOTE
            else None
        )
        if n in aside:
            story.keep("other", text)
        elif len(para) == 1 and _body_caption(text, kind, story):
            continue
        elif kind in ("ednote", "signoff", "service", "furniture"):
            story.keep(kind, text)
            _note_signoff(story, kind, text)
        else:
            story.paragraphs.append(text)


def _body_caption(text: str, kind: str | None, story: _Story) -> bool:
    """A photo caption or credit printed between body paragraphs: taken as a caption."""
    if kind == "credit":
        story.add_caption(None, clean_credit(text), text)
        return True
    combined = split_caption(text) if len(text) <= _MAX_WRAPPED_NOTE else None
    if combined and is_photo_credit(combined[1]):
        story.add_caption(combined[0], clean_credit(combined[1]), text)
        return True
    return False


def _aside(paras: list[list[Line]], rules: list[tuple[int, str]], reference: dt.date | None) -> set[int]:
    """Paragraphs set aside by rules: the end notes after a closing rule or notebook mark, and the
    sub-headlines between a rule and the next dateline of a roundup."""
    aside: set[int] = set()
    for number, kind in rules:
        after = [n for n, para in enumerate(paras) if para[0].number > number]
        if not after:
            continue
        if kind == "notebook":
            aside.update(after)
            continue
        next_dateline = next((n for n in after[:3] if _strong_dateline(paras[n][0].text, reference)), None)
        if next_dateline is not None:
            aside.update(n for n in after if n < next_dateline)
        elif len(after) <= _TRAILER_PARAGRAPHS and sum(len(join(paras[n])) for n in after) <= _TRAILER_CHARS:
            aside.update(after)
    return aside


def _strong_dateline(text: str, reference: dt.date | None) -> bool:
    """A dateline with a date or an agency credit, not a bare place and dash."""
    match = match_dateline(text, reference)
    return match is not None and match.shape not in _WEAK_SHAPES


def _note_signoff(story: _Story, kind: str | None, text: str) -> None:
    """Remember the agency a sign-off or service line names (``Reuter``, ``NYT-...``)."""
    if kind not in ("signoff", "service") or story.signoff_agency:
        return
    first = _CODE_PARTS.split(text, maxsplit=1)[0].casefold()
    if first in agency_lookup():  # AP-NY-03-07-24 1532EST
        story.signoff_agency = agency_lookup()[first]
        return
    story.signoff_agency = first_agency(text)


def _take_bracketed_author(rest: str, markers: list[str], story: _Story) -> str:
    """FBIS prints the author in brackets between markers: ``[ARTICLE] [PAUL IREDALE] [TEXT]``."""
    m = _BRACKETED_AUTHOR.match(rest)
    if m and markers:
        story.add_byline(m["name"])
        rest, more = _strip_markers(rest[m.end() :])
        markers.extend(more)
    return rest


def _finish(story: _Story, text: str, source: str, index: int, encoding: str) -> Story:
    dateline = story.dateline
    if dateline is not None and dateline.agency is None:
        agency = story.signoff_agency or story.byline_agency
        if agency:
            dateline = replace(dateline, agency=agency)
    if dateline is None:
        story.warnings.append("no dateline found")
    if story.headline is None:
        story.warnings.append("no headline found")
    if not story.paragraphs:
        story.warnings.append("no body found")
    if not text.strip():
        story.warnings = ["empty input"]
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
        language=guess_language(text, dateline),
        encoding=encoding,
    )
