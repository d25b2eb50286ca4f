"""The parser: one story's text in, one :class:`~wireparse.model.Story` out.

One pass over the lines finds the dateline, then reads the lines before it as the story's head
(headline, summary, byline, captions, furniture) and the lines from it on as the body (paragraphs,
editor's notes, sign-offs, trailers). ``parse()`` is pure: no printing, no exits; what it cannot
decide travels in ``Story.warnings``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import regex

from .bylines import parse_byline
from .dateline import DatelineMatch, canonical_agency, match_dateline
from .furniture import agency_mentions, clean_credit, line_kind, split_caption
from .language import guess_language
from .lines import Line, blocks, join, paragraphs, split_lines
from .model import Boilerplate, Byline, Caption, Dateline, Story
from .patterns import source_marker_pattern

#: How far into a story a dateline is looked for, in lines.
DATELINE_SCAN_LINES = 80
#: Kinds of a line that never belong to a body paragraph, even inside one.
_LINE_LEVEL = frozenset({"furniture", "signoff", "rule", "service", "navigation"})
_BRACKETED_AUTHOR = regex.compile(r"\[(?P<name>\p{Lu}[\p{L}.'’\-]*+(?:[ ]\p{Lu}[\p{L}.'’\-]*+){1,3})\][ ]*+")
_SENTENCE_END = ".!?…\"”»'"


@dataclass
class _Story:
    """The record being built; frozen into a :class:`Story` at the end."""
    headline: str | None = None
    summary: str | None = None
    byline_text: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    byline_agency: str | None = None
    signoff_agency: str | None = None
    dateline: Dateline | None = None
    captions: list[Caption] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def keep(self, kind: str, text: str) -> None:
        self.boilerplate.append(Boilerplate("other" if kind == "rule" else kind, text))

    def add_byline(self, text: str) -> None:
        authors, agency = parse_byline(text)
        self.byline_text.append(text)
        self.authors.extend(a for a in authors if a not in self.authors)
        self.byline_agency = self.byline_agency or agency


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A reference date given as a date or as ``YYYY-MM-DD``."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def parse(text: str, *, source: str = "-", reference_date: dt.date | str | None = None,
          index: int = 0, encoding: str = "utf-8") -> Story:
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
    found = _find_dateline(lines, reference)
    if found:
        at, match = found
        _read_head(lines[:at], story, with_dateline=True)
        _read_body(lines[at:], match, story, reference)
    else:
        story.warnings.append("no dateline found")
        head, body = _split_without_dateline(lines)
        _read_head(head, story, with_dateline=False)
        _read_body(body, None, story, reference)
    return _finish(story, text, source, index, encoding)


def _strip_markers(text: str) -> tuple[str, list[str]]:
    """Text without leading FBIS markers (``[Text]``), and the markers."""
    markers = []
    while True:
        m = source_marker_pattern().match(text)
        if not m:
            return text, markers
        markers.append(m.group().strip())
        text = text[m.end():]


def _continues_wrap(prev: Line | None, line: Line) -> bool:
    """True when ``line`` continues a hard-wrapped paragraph rather than starting one."""
    if prev is None or prev.blank or line.indent > prev.indent:
        return False
    return 50 <= len(prev.text) <= 100 and prev.text[-1:] not in _SENTENCE_END


def _find_dateline(lines: list[Line], reference: dt.date | None) -> tuple[int, DatelineMatch] | None:
    prev: Line | None = None
    for i, line in enumerate(lines[:DATELINE_SCAN_LINES]):
        if not line.blank and not line.soh and not _continues_wrap(prev, line):
            text, _ = _strip_markers(line.text)
            match = match_dateline(text, reference)
            if match:
                return i, match
        prev = line
    return None


def _split_without_dateline(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Head and body of a story with no dateline: the head runs to the end of the first block of
    text that is not the headline, a byline, a caption or furniture."""
    seen_text = False
    for block in blocks(lines):
        for line in block:
            kind = line_kind(line.text)
            if line.soh or kind is not None or split_caption(line.text):
                continue
            if not seen_text:
                seen_text = True
                continue
            start = block[0].number
            return lines[:start], lines[start:]
    return lines, []


def _next_text(lines: list[Line], i: int) -> Line | None:
    for line in lines[i + 1:]:
        if not line.blank:
            return line
    return None


def _read_head(lines: list[Line], story: _Story, *, with_dateline: bool) -> None:
    """Classify the lines before the body, one by one."""
    seen_captions: set[str] = set()
    seen_credits: set[str] = set()
    prev_summary_line: Line | None = None
    for i, line in enumerate(lines):
        text = line.text
        if line.blank:
            continue
        kind = "furniture" if line.soh else None
        combined = split_caption(text) if kind is None and story.headline else None
        if combined and combined[0] not in seen_captions:
            caption, credit = combined
            story.captions.append(Caption(caption, clean_credit(credit)))
            seen_captions.add(caption)
            seen_credits.add(clean_credit(credit))
            continue
        kind = kind or line_kind(text)
        if kind == "byline" or (kind is None and story.headline and not story.byline_text
                                and _agency_line(text)):
            story.add_byline(text)
            continue
        if kind == "credit":
            credit = clean_credit(text)
            if credit in seen_credits:
                story.keep("duplicate", text)
            else:
                seen_credits.add(credit)
                story.captions.append(Caption(None, credit))
            continue
        if kind is not None:
            story.keep(kind, text)
            continue
        if story.headline is None:
            story.headline = text
            prev_summary_line = line
            continue
        if text in seen_captions or text == story.headline:
            story.keep("duplicate", text)
            continue
        following = _next_text(lines, i)
        if following is not None and line_kind(following.text) == "credit" \
                and not split_caption(following.text):
            credit = clean_credit(following.text)
            if credit in seen_credits:
                story.keep("duplicate", text)
            else:
                story.captions.append(Caption(text, None))
                seen_captions.add(text)
            continue
        if prev_summary_line is not None and prev_summary_line.number == line.number - 1 \
                and text[:1].islower():
            # a headline or summary wrapped onto the next line
            if story.summary is None:
                story.headline = f"{story.headline} {text}"
            else:
                story.summary = f"{story.summary} {text}"
            prev_summary_line = line
            continue
        if story.summary is None and with_dateline:
            story.summary = text
            prev_summary_line = line
        elif story.summary is not None and prev_summary_line is not None \
                and prev_summary_line.number == line.number - 1:
            story.summary = f"{story.summary} {text}"
            prev_summary_line = line
        else:
            story.keep("other", text)


def _agency_line(text: str) -> bool:
    """A line naming only an agency, or people and their agency (``Felix Schröder, dpa``)."""
    if len(text) > 80:
        return False
    parts = [p.strip() for p in regex.split(r"[,/]", text)]
    last = " ".join(parts[-1].casefold().split())
    return canonical_agency(parts[-1]) != parts[-1] and last and bool(agency_mentions().fullmatch(parts[-1]))


def _read_body(lines: list[Line], match: DatelineMatch | None, story: _Story,
               reference: dt.date | None) -> None:
    if match is not None:
        first = lines[0]
        story.dateline = match.dateline
        rest, markers = _strip_markers(first.text[match.end:].strip() if match.end <= len(first.text)
                                       else "")
        rest = _take_bracketed_author(rest, markers, story)
        if match.reporter:
            story.add_byline(match.reporter)
        for marker in markers:
            story.keep("furniture", marker)
        lines = [replace(first, text=rest.strip()), *lines[1:]]
    # Lines that are never body text split the blocks they stand in.
    cleaned: list[Line] = []
    rules: list[int] = []
    for line in lines:
        kind = line_kind(line.text) if not line.blank else None
        if line.soh or (kind in _LINE_LEVEL and line.text):
            cleaned.append(replace(line, text=""))
            story.keep("furniture" if line.soh else kind, line.text)
            _note_signoff(story, kind, line.text)
            if kind == "rule":
                rules.append(line.number)
            continue
        cleaned.append(line)
    paras = [p for block in blocks(cleaned) for p in paragraphs(block)]
    aside = _aside(paras, rules, reference)
    for n, para in enumerate(paras):
        text = join(para)
        kind = line_kind(text)
        if n in aside:
            story.keep("other", text)
        elif kind in ("ednote", "signoff", "service", "furniture"):
            story.keep(kind, text)
            _note_signoff(story, kind, text)
        else:
            story.paragraphs.append(text)


#: A rule followed by at most this much text closes the story: what follows is an end note.
_TRAILER_PARAGRAPHS = 4
_TRAILER_CHARS = 700


def _aside(paras: list[list[Line]], rules: list[int], reference: dt.date | None) -> set[int]:
    """Paragraphs set aside by rules: the end notes after a closing rule, and the sub-headlines
    between a rule and the next dateline of a roundup."""
    aside: set[int] = set()
    for rule in rules:
        after = [n for n, para in enumerate(paras) if para[0].number > rule]
        next_dateline = next((n for n in after if match_dateline(paras[n][0].text, reference)), None)
        if next_dateline is not None and next_dateline - after[0] <= 2:
            aside.update(n for n in after if n < next_dateline)
        elif len(after) <= _TRAILER_PARAGRAPHS and \
                sum(len(join(paras[n])) for n in after) <= _TRAILER_CHARS:
            aside.update(after)
    return aside


def _note_signoff(story: _Story, kind: str | None, text: str) -> None:
    if kind != "signoff" or story.signoff_agency:
        return
    m = agency_mentions().search(text)
    if m:
        story.signoff_agency = canonical_agency(m.group())


def _take_bracketed_author(rest: str, markers: list[str], story: _Story) -> str:
    """FBIS prints the author in brackets between markers: ``[ARTICLE] [PAUL IREDALE] [TEXT]``."""
    m = _BRACKETED_AUTHOR.match(rest)
    if m and markers:
        story.add_byline(m["name"])
        rest, more = _strip_markers(rest[m.end():])
        markers.extend(more)
    return rest


def _finish(story: _Story, text: str, source: str, index: int, encoding: str) -> Story:
    dateline = story.dateline
    if dateline is not None and dateline.agency is None:
        agency = story.signoff_agency or story.byline_agency
        if agency:
            dateline = replace(dateline, agency=agency)
    if story.headline is None:
        story.warnings.append("no headline found")
    if not story.paragraphs:
        story.warnings.append("no body found")
    if not text.strip():
        story.warnings = ["empty input"]
    byline = Byline(" ".join(story.byline_text), tuple(story.authors)) if story.byline_text else None
    return Story(
        source=source, index=index, headline=story.headline, summary=story.summary,
        byline=byline, dateline=dateline, captions=tuple(story.captions),
        paragraphs=tuple(story.paragraphs), boilerplate=tuple(story.boilerplate),
        warnings=tuple(dict.fromkeys(story.warnings)),
        language=guess_language(text, dateline), encoding=encoding)
