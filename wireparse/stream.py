"""Streams of many stories: text in (as lines or in pieces), one story's text out as soon as it ends.

A story ends where the wire framed it, or where a feed dump shows a new one begins:

- **Framing characters**, wherever they stand in a line: SOH opens a message with a header and
  EOT ends it (STX and ETX inside it open and close its text); STX alone opens a story and ETX
  ends it. The characters stay in the story's text, where the parser drops them (an SOH line is a
  wire header to it), so a framed story gives the same record in a stream as in a file of its own.
- **Telex framing**: a ``ZCZC`` line opens a message (it is handed to the parser as a header line,
  marked with SOH) and an ``NNNN`` line ends it.
- **Form feeds** outside a frame, at either edge of a line (blanks aside): a page break. It parts
  two stories when the page after it opens a new one, a line opening with a dateline within
  :data:`HEAD_LINES` non-blank lines of it; otherwise the story goes on over the page (a PDF's
  text: its running head, then the sentence the last page broke off). A form feed with text on
  both sides of it in one line is not a break of any kind: it stays in the line, and the parser
  drops it with the other control characters. Inside a frame the frame decides, so a form feed
  there is kept in the line too.
- **A sign-off, then a headline and a dateline** outside a frame: when a line that
  :func:`~wireparse.furniture.line_kind` calls a sign-off is followed, within
  :data:`HEAD_LINES` non-blank lines, by a line that opens with a dateline, and at least one line
  (the headline) stands between them, the next story starts at the first line after the sign-off.

Only LF, CRLF and CR end a line; VT, FF, U+0085, U+2028 and U+2029 stay inside it; a line longer
than :data:`~wireparse.decode.LINE_MAX` characters is cut. Lines of blanks and control characters
alone are not a story; an input with no story gives one empty text. Memory holds one story (and the
few lines after a sign-off that are being looked at), never the stream.

This is the one path from text (or bytes) to records: :func:`parse_stream` and the command's
reader (:mod:`wireparse.batch`) both go through :func:`story_texts` and :func:`parse_text`, so
they give the same records, with the same warnings of what reading met.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import NamedTuple

from .compiled import compiled
from .dateline import match_dateline, strong_dateline
from .decode import CHUNK, LINE_MAX, BinaryTail, TextReader
from .furniture import is_signoff
from .lines import _CONTROLS, _LINE_BREAK, SENTENCE_END  # the parser's own line breaks and control codes
from .model import LONG_LINE_CUT, MIXED_ENCODINGS, UNDECODABLE, Story
from .parser import as_date, parse

SOH, STX, ETX, EOT, FF = "\x01", "\x02", "\x03", "\x04", "\x0c"

#: What each framing character does wherever it stands in a line.
FRAME_CHARS: dict[str, str] = {SOH: "header", STX: "text", ETX: "end-text", EOT: "end"}
#: Whole lines that frame a story (telex): what each does, the word it holds, and its shape.
FRAME_LINES: tuple[tuple[str, str, str], ...] = (
    ("header", "ZCZC", r"[ \t]*+ZCZC(?:[ \t].*+)?+"),
    ("end", "NNNN", r"[ \t]*+NNNN[ \t]*+"),
)
#: A sign-off starts a new story only if a dateline follows within this many non-blank lines.
HEAD_LINES = 8
#: A sign-off ends a story only after this many lines of text before it (a headline and a line of
#: body): an agency's name under a headline (``dpa``) reads as a sign-off too.
STORY_BEFORE_SIGNOFF = 2
#: ... and only in a story that holds a body: a dateline, or this many lines of prose at least
#: this long that close a sentence.
PROSE_LINES_BEFORE_SIGNOFF = 2
PROSE_LINE_MIN = 40
#: Blank lines looked through after a sign-off before giving up.
HEAD_BLANKS = 40
#: Warnings of what reading a story met (see :data:`wireparse.model.WARNINGS`).
REPLACED, MIXED, CUT = UNDECODABLE, MIXED_ENCODINGS, LONG_LINE_CUT
#: A line longer than this is never a headline.
HEADLINE_MAX = 300
#: Sign-offs are short lines: longer ones are not offered to ``is_signoff`` (it is the costliest
#: step of splitting, and web copy has paragraphs of several hundred characters on one line).
SIGNOFF_MAX = 200

_FRAME_LINE = compiled("|".join(f"(?P<{role}>{shape})" for role, _, shape in FRAME_LINES))
#: A line without one of these words is not tried against the frame lines.
_FRAME_WORDS = tuple(word for _, word, _ in FRAME_LINES)
_MARKS = compiled(r"([\x01-\x04\x0c])")
_TEXT = compiled(r"[^\s\x00-\x1f\x7f-\x9f]")
_WORDS = compiled(r"[\p{L}\p{N}]")


def iter_lines(pieces: Iterable[str], on_cut: Callable[[], object] | None = None) -> Iterator[str]:
    """The lines of text that arrives in pieces of any size, without their line endings (LF, CRLF
    or CR, also when a CRLF is split between two pieces). A line longer than :data:`LINE_MAX`
    characters is cut into lines of that length (``on_cut`` is told of each cut), so that memory
    never holds more of one line than that, however the text arrives."""
    held: list[str] = []  # the line so far: pieces without a line break
    size = 0  # characters in held
    for piece in pieces:
        if not piece:
            continue
        if held and held[-1].endswith("\r"):
            # a CR ended the previous piece: its line is over, and an LF here belongs to it
            held[-1] = held[-1][:-1]
            yield from _cut("".join(held), on_cut)
            held, size = [], 0
            if piece.startswith("\n"):
                piece = piece[1:]
        carry = piece.endswith("\r")
        lines = _LINE_BREAK.split(piece[:-1] if carry else piece)
        if len(lines) > 1:
            held.append(lines[0])
            yield from _cut("".join(held), on_cut)
            if len(piece) > LINE_MAX:
                for line in lines[1:-1]:
                    yield from _cut(line, on_cut)
            else:
                yield from lines[1:-1]
            held, size = [], 0
        last = lines[-1] + ("\r" if carry else "")
        held.append(last)
        size += len(last)
        if size > LINE_MAX:
            line = "".join(held)
            while len(line) > LINE_MAX:
                if on_cut is not None:
                    on_cut()
                yield line[:LINE_MAX]
                line = line[LINE_MAX:]
            held, size = [line], len(line)
    if held:
        line = "".join(held)
        if line.endswith("\r"):
            yield line[:-1]
        elif line:
            yield line


def _cut(line: str, on_cut: Callable[[], object] | None) -> Iterator[str]:
    """``line``, in lines of at most :data:`LINE_MAX` characters."""
    if len(line) <= LINE_MAX:
        yield line
        return
    for start in range(0, len(line), LINE_MAX):
        if start and on_cut is not None:
            on_cut()
        yield line[start : start + LINE_MAX]


def _clean(line: str) -> str:
    # controls are never printable: most lines need no search for them
    return line.strip() if line.isprintable() else _CONTROLS.sub("", line).strip()


def _signoff(line: str) -> bool:
    if len(line) > SIGNOFF_MAX:
        return False
    clean = _clean(line)
    return bool(clean) and is_signoff(clean)


def _has_text(line: str) -> bool:
    return _TEXT.search(line) is not None


def _has_words(text: str) -> bool:
    return _WORDS.search(text) is not None


class StoryText(NamedTuple):
    """One story's text as split from its input, and how it was read."""

    position: int
    """The story's place in its input (0, 1, 2...)."""
    text: str
    encoding: str
    """The codec of its first line that is not ASCII (of the stream at its end, if none is)."""
    replaced: bool = False
    """Bytes of the stream had been replaced (U+FFFD) by the time the story ended."""
    warnings: tuple[str, ...] = ()
    """What reading it met: ``mixed encodings``, ``long line cut``."""


class Reading:
    """How a stream is being read: the codec of the line being read (a :class:`TextReader`'s, or
    one named for text that was decoded already), bytes replaced so far, lines cut so far."""

    __slots__ = ("reader", "named", "cuts")

    def __init__(self, reader: TextReader | None = None, encoding: str = "utf-8") -> None:
        self.reader, self.named, self.cuts = reader, encoding, 0

    @property
    def encoding(self) -> str:
        return self.reader.encoding if self.reader is not None else self.named

    @property
    def replaced(self) -> bool:
        return self.reader is not None and self.reader.replaced

    def cut(self) -> None:
        self.cuts += 1


class _Splitter:
    """The state of one stream: the story being read, how it was opened, and in which encodings
    its lines were read."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.count = 0  # stories ended
        self.lines: list[str] = []
        self.text = False  # the story holds something other than blanks and controls
        self.text_lines = 0  # lines of text read into the story
        self.frame: str | None = None
        """None outside a frame; ``message`` after SOH or ZCZC, ``text`` after STX alone."""
        self.awaiting_text = False  # a message header was read, its STX not yet
        self.after_signoff: list[str] | None = None
        self.after_page_break = False  # the lines held follow a page break, not a sign-off
        self.held_codecs: list[str | None] = []  # of the lines after the sign-off: None if ASCII
        self.nonblank = 0  # non-blank lines after the sign-off
        self.encoding: str | None = None  # of the story's first line that is not ASCII
        self.mixed = False  # another line that is not ASCII was read in another encoding
        self.cut = False  # a line of the story was cut (see iter_lines)

    # -- the story being read -------------------------------------------------------------------

    def end(self) -> Iterator[StoryText]:
        """The story read so far, if it holds any text; then a fresh one."""
        self.settle()
        if self.text:
            warnings = (MIXED,) * self.mixed + (CUT,) * self.cut
            reading = self.reading
            encoding = self.encoding or reading.encoding
            yield StoryText(self.count, "\n".join(self.lines), encoding, reading.replaced, warnings)
            self.count += 1
        self.lines = []
        self.text = False
        self.text_lines = 0
        self.frame = None
        self.awaiting_text = False
        self.encoding, self.mixed, self.cut = None, False, False

    def settle(self) -> None:
        """Give the lines held after a sign-off back to the story."""
        if self.after_signoff is not None:
            self.lines.extend(self.after_signoff)
            for codec in self.held_codecs:
                if codec is not None:
                    self.read_in(codec)
            self.after_signoff = None

    def append(self, line: str, codec: str | None = None) -> None:
        self.lines.append(line)
        if _has_text(line):
            self.text = True
            self.text_lines += 1
        if not line.isascii():
            self.read_in(codec or self.reading.encoding)

    def holds_body(self) -> bool:
        """The story read so far, before its last line, holds a body: lines of prose that close a
        sentence, or a dateline among its first lines (a web page's head may print the agency's
        name alone, a sign-off's shape, between its headline and its body)."""
        # (a strong dateline: a headline's topic before a colon, "Québec: ...", shows no body)
        texts = [clean for clean in map(_clean, self.lines[:-1]) if clean]
        prose = sum(len(text) >= PROSE_LINE_MIN and text[-1] in SENTENCE_END for text in texts)
        return prose >= PROSE_LINES_BEFORE_SIGNOFF or any(
            strong_dateline(text, None) for text in texts[:HEAD_LINES]
        )

    def read_in(self, codec: str) -> None:
        """A line of the story that is not ASCII was read in ``codec``."""
        if self.encoding is None:
            self.encoding = codec
        elif codec != self.encoding:
            self.mixed = True

    def hold(self, line: str) -> None:
        """Keep a line after a sign-off (``after_signoff`` is a list) until it is known whose it is."""
        self.after_signoff.append(line)  # type: ignore[union-attr]
        self.held_codecs.append(None if line.isascii() else self.reading.encoding)

    # -- marks and lines ---------------------------------------------------------------------------

    def mark(self, role: str) -> Iterator[StoryText]:
        """A framing mark: what it opens or ends (the mark itself is put in the text by the
        caller: an opening mark begins the next story's first line, a closing mark ends the
        current story's last)."""
        if role == "header":
            yield from self.end()
            self.frame, self.awaiting_text = "message", True
        elif role == "text":
            if self.frame == "message" and self.awaiting_text:
                self.awaiting_text = False
            else:
                yield from self.end()
                self.frame = "text"
        elif role == "end" or self.frame != "message":
            yield from self.end()
        else:  # ETX inside a message: its text is over, the message lasts until EOT
            self.awaiting_text = False

    def line(self, line: str) -> Iterator[StoryText]:
        framing = _FRAME_LINE.fullmatch(line) if any(w in line for w in _FRAME_WORDS) else None
        if framing:
            if framing.lastgroup == "header":
                yield from self.mark("header")
                yield from self.plain(SOH + line)
            else:
                yield from self.plain(line)
                yield from self.mark("end")
            return
        if line.isprintable() or not _MARKS.search(line):  # marks are controls: never printable
            yield from self.plain(line)
            return
        parts = _MARKS.split(line)  # text, mark, text, mark, ..., text
        piece = parts[0]  # the part of the line that goes to the current story
        for i in range(1, len(parts), 2):
            char, after = parts[i], parts[i + 1]
            if char == FF:
                if self.frame is None and not (_has_text(piece) and _has_text(after)):
                    if _has_text(piece):
                        yield from self.plain(piece)
                    if self.text:
                        # (the page's edge parts its blocks; the form feed, a control the parser
                        # drops, tells it the story went on over a page)
                        yield from self.plain(FF)
                    self.page_break()
                    piece = after
                else:
                    piece += char + after
                continue
            role = FRAME_CHARS[char]
            if role in ("header", "text"):
                if _has_words(piece):
                    yield from self.plain(piece)
                    piece = ""
                yield from self.mark(role)
                # layout before the mark (blanks, a list marker) stays with the line it opens
                piece = piece + char + after
            elif role == "end-text" and self.frame == "message":
                # the message goes on after its text (a time stamp): the line stays one line
                yield from self.mark(role)
                piece = piece + char + after
            else:
                yield from self.plain(piece + char)
                yield from self.mark(role)
                piece = after
        if piece:
            yield from self.plain(piece)

    def page_break(self) -> None:
        """A form feed at a line's edge: the lines after it are held until a dateline shows a new
        story's head (or the story so far holds none yet: nothing to part)."""
        if not self.text:
            return
        if self.after_signoff is None:
            self.start_holding(page_break=True)
        else:  # (a page break after a sign-off: held the same way, a new story's dateline its own)
            self.after_page_break = True

    def start_holding(self, page_break: bool = False) -> None:
        self.after_signoff, self.held_codecs, self.nonblank = [], [], 0
        self.after_page_break = page_break

    def plain(self, line: str) -> Iterator[StoryText]:
        """A line of story text (no framing in it)."""
        if self.frame is not None:
            self.append(line)
            return
        held = self.after_signoff
        if held is None:
            self.append(line)
            if self.text_lines > STORY_BEFORE_SIGNOFF and _signoff(line) and self.holds_body():
                self.start_holding()
            return
        self.hold(line)
        clean = _clean(line)
        if not clean:
            if len(held) - self.nonblank > HEAD_BLANKS:
                self.settle()
            return
        self.nonblank += 1
        if _signoff(clean):
            self.settle()
            self.start_holding()
        elif self.nonblank == 1 and not self.after_page_break:
            # (after a sign-off a dateline at once continues the story: "(MORE)", then its text)
            if len(clean) > HEADLINE_MAX or match_dateline(clean):
                self.settle()
        elif strong_dateline(clean, None) if self.after_page_break else match_dateline(clean):
            # (a page's running head in capitals before a dash reads as a bare place's dateline:
            # after a page break only a dated or credited one opens a new story)
            self.after_signoff = None
            codecs = self.held_codecs
            first = next(i for i, x in enumerate(held) if _clean(x))
            for x, codec in zip(held[:first], codecs):
                self.append(x, codec)
            yield from self.end()
            for x, codec in zip(held[first:], codecs[first:]):
                self.append(x, codec)
        elif self.nonblank >= HEAD_LINES:
            self.settle()


def split_stories(lines: Iterable[str]) -> Iterator[str]:
    """The text of each story in ``lines`` (lines without their endings), as soon as it ends.

    >>> list(split_stories(["\\x02First", "LONDON, March 7 - One.\\x03", "\\x02Second", "Two.\\x03"]))
    ['\\x02First\\nLONDON, March 7 - One.\\x03', '\\x02Second\\nTwo.\\x03']
    """
    return (story.text for story in story_texts(lines, Reading()) if story.text)


def story_texts(lines: Iterable[str], reading: Reading) -> Iterator[StoryText]:
    """Each story in ``lines`` (read as ``reading`` tells), as soon as it ends; one empty text
    when there is none (the input is empty, or blanks and controls only)."""
    splitter = _Splitter(reading)
    cuts = 0
    for line in lines:
        yield from splitter.line(line)
        if reading.cuts != cuts:  # the line was cut: the rest of it is in this story
            cuts, splitter.cut = reading.cuts, True
    yield from splitter.end()
    if not splitter.count:
        yield StoryText(0, "", reading.encoding, False)


def read_texts(chunks: Iterable[bytes], encoding: str | None = None) -> Iterator[StoryText]:
    """Each story in bytes that arrive in chunks, decoded as :class:`~wireparse.decode.TextReader`
    finds (``encoding``: that codec). Raises :class:`~wireparse.decode.BinaryTail` after the last
    story when binary data followed the text."""
    reader = TextReader(chunks, encoding)
    reading = Reading(reader)
    yield from story_texts(iter_lines(reader, reading.cut), reading)
    if reader.binary_from is not None:
        raise BinaryTail(reader.binary_from)


def parse_text(story: StoryText, *, source: str, reference_date: dt.date | None = None) -> Story:
    """One story's record (``index``: its position), with what reading it met among its warnings:
    the one place a text becomes a record, for the library and the command alike."""
    record = parse(
        story.text,
        source=source,
        reference_date=reference_date,
        index=story.position,
        encoding=story.encoding,
    )
    extra = (REPLACED,) if story.replaced and "\ufffd" in story.text else ()
    if extra or story.warnings:
        record = replace(record, warnings=(*record.warnings, *extra, *story.warnings))
    return record


def _as_lines(lines_or_text: str | Iterable[str]) -> Iterator[str]:
    if isinstance(lines_or_text, str):
        return iter_lines((lines_or_text,))
    return (part for line in lines_or_text for part in _strip_ending(line))


def _strip_ending(line: str) -> list[str]:
    parts = _LINE_BREAK.split(line)
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    return parts


def _texts(
    source: str | bytes | Iterable[str] | Iterable[bytes], encoding: str | None
) -> Iterator[StoryText]:
    """The story texts of what :func:`parse_stream` is given: text, its lines, or bytes."""
    if isinstance(source, (bytes, bytearray)):
        return read_texts((bytes(source),), encoding)
    if isinstance(source, str):
        reading = Reading(None, encoding or "utf-8")
        return story_texts(iter_lines((source,), reading.cut), reading)
    read1 = getattr(source, "read1", None)
    if read1 is not None:  # a binary file
        return read_texts(iter(lambda: read1(CHUNK), b""), encoding)
    items = iter(source)
    first = next(items, "")
    if isinstance(first, (bytes, bytearray)):
        return read_texts(itertools.chain((first,), items), encoding)  # type: ignore[arg-type]
    reading = Reading(None, encoding or "utf-8")
    return story_texts(_as_lines(itertools.chain((first,), items)), reading)  # type: ignore[arg-type]


def parse_stream(
    lines_or_text: str | bytes | Iterable[str] | Iterable[bytes],
    *,
    source: str = "-",
    reference_date: dt.date | str | None = None,
    encoding: str | None = None,
) -> Iterator[Story]:
    """Parse every story of a stream, yielding each as soon as it ends.

    Args:
        lines_or_text: the whole text, or its lines (with or without their line endings, e.g. an
            open text file); or bytes: all of them, a binary file, or chunks of any size. Bytes
            are decoded as the command decodes its inputs, story by story.
        source: the name recorded as each story's source.
        reference_date: resolves datelines without a year (see :func:`wireparse.parse`).
        encoding: text: the codec it was decoded with, recorded in each story (default
            ``utf-8``); bytes: the codec to decode them with (default: detected).

    Yields:
        One :class:`~wireparse.model.Story` per story, ``index`` 0, 1, 2…; input with no story in
        it (empty, or blanks only) gives one empty story, as :func:`wireparse.parse` would.

    Raises:
        wireparse.decode.DecodeError: bytes that are not text (before any story).
        wireparse.decode.BinaryTail: bytes whose text is followed by binary data (after the
            stories of the text).

    >>> [s.headline for s in parse_stream("\\x02One\\n\\nLONDON, March 7 (Reuters) - A.\\x03\\n"
    ...                                    "\\x02Two\\n\\nPARIS, March 8 (Reuters) - B.\\x03\\n")]
    ['One', 'Two']
    """
    reference = as_date(reference_date)
    for story in _texts(lines_or_text, encoding):
        yield parse_text(story, source=source, reference_date=reference)
