"""Streams of many stories: text in (as lines or in pieces), one story's text out as soon as it ends.

A story ends where the wire framed it, or where a feed dump shows a new one begins:

- **Framing characters**, wherever they stand in a line: SOH opens a message with a header and
  EOT ends it (STX and ETX inside it open and close its text); STX alone opens a story and ETX
  ends it. The characters stay in the story's text, where the parser drops them (an SOH line is a
  wire header to it), so a framed story gives the same record in a stream as in a file of its own.
- **Telex framing**: a ``ZCZC`` line opens a message (it is handed to the parser as a header line,
  marked with SOH) and an ``NNNN`` line ends it.
- **Form feeds** outside a frame, at either edge of a line (blanks aside): a page break between
  stories. A form feed with text on both sides of it in one line is not a break of any kind: it
  stays in the line, and the parser drops it with the other control characters. Inside a frame
  the frame decides, so a form feed there is kept in the line too.
- **A sign-off, then a headline and a dateline** outside a frame: when a line that
  :func:`~wireparse.furniture.line_kind` calls a sign-off is followed, within
  :data:`HEAD_LINES` non-blank lines, by a line that opens with a dateline, and at least one line
  (the headline) stands between them, the next story starts at the first line after the sign-off.

Only LF, CRLF and CR end a line; VT, FF, U+0085, U+2028 and U+2029 stay inside it. Lines of blanks
and control characters alone are not a story. Memory holds one story (and the few lines after a
sign-off that are being looked at), never the stream.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import regex

from .dateline import match_dateline
from .furniture import is_signoff
from .lines import _CONTROLS, _LINE_BREAK  # the parser's own line breaks and control codes
from .model import Story
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
#: Blank lines looked through after a sign-off before giving up.
HEAD_BLANKS = 40
#: A line longer than this is never a headline.
HEADLINE_MAX = 300
#: Sign-offs are short lines: longer ones are not offered to ``is_signoff`` (it is the costliest
#: step of splitting, and web copy has paragraphs of several hundred characters on one line).
SIGNOFF_MAX = 200

_FRAME_LINE = regex.compile("|".join(f"(?P<{role}>{shape})" for role, _, shape in FRAME_LINES))
#: A line without one of these words is not tried against the frame lines.
_FRAME_WORDS = tuple(word for _, word, _ in FRAME_LINES)
_MARKS = regex.compile(r"([\x01-\x04\x0c])")
_TEXT = regex.compile(r"[^\s\x00-\x1f\x7f-\x9f]")
_WORDS = regex.compile(r"[\p{L}\p{N}]")


def iter_lines(pieces: Iterable[str]) -> Iterator[str]:
    """The lines of text that arrives in pieces of any size, without their line endings (LF, CRLF
    or CR, also when a CRLF is split between two pieces)."""
    held: list[str] = []  # the line so far: pieces without a line break
    for piece in pieces:
        if not piece:
            continue
        if held and held[-1].endswith("\r"):
            # a CR ended the previous piece: its line is over, and an LF here belongs to it
            held[-1] = held[-1][:-1]
            yield "".join(held)
            held = []
            if piece.startswith("\n"):
                piece = piece[1:]
        carry = piece.endswith("\r")
        lines = _LINE_BREAK.split(piece[:-1] if carry else piece)
        if len(lines) == 1:
            held.append(lines[0] + ("\r" if carry else ""))
            continue
        held.append(lines[0])
        yield "".join(held)
        yield from lines[1:-1]
        held = [lines[-1] + ("\r" if carry else "")]
    if held:
        line = "".join(held)
        if line.endswith("\r"):
            yield line[:-1]
        elif line:
            yield line


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


class _Splitter:
    """The state of one stream: the story being read and how it was opened."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.text = False  # the story holds something other than blanks and controls
        self.frame: str | None = None
        """None outside a frame; ``message`` after SOH or ZCZC, ``text`` after STX alone."""
        self.awaiting_text = False  # a message header was read, its STX not yet
        self.after_signoff: list[str] | None = None
        self.nonblank = 0  # non-blank lines after the sign-off

    # -- the story being read -------------------------------------------------------------------

    def end(self) -> Iterator[str]:
        """The story read so far, if it holds any text; then a fresh one."""
        self.settle()
        if self.text:
            yield "\n".join(self.lines)
        self.lines = []
        self.text = False
        self.frame = None
        self.awaiting_text = False

    def settle(self) -> None:
        """Give the lines held after a sign-off back to the story."""
        if self.after_signoff is not None:
            self.lines.extend(self.after_signoff)
            self.after_signoff = None

    def append(self, line: str) -> None:
        self.lines.append(line)
        if not self.text and _has_text(line):
            self.text = True

    # -- marks and lines ---------------------------------------------------------------------------

    def mark(self, role: str) -> Iterator[str]:
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

    def line(self, line: str) -> Iterator[str]:
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
                    yield from self.end()
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

    def plain(self, line: str) -> Iterator[str]:
        """A line of story text (no framing in it)."""
        if self.frame is not None:
            self.append(line)
            return
        held = self.after_signoff
        if held is None:
            self.append(line)
            if self.text and _signoff(line):
                self.after_signoff, self.nonblank = [], 0
            return
        held.append(line)
        clean = _clean(line)
        if not clean:
            if len(held) - self.nonblank > HEAD_BLANKS:
                self.settle()
            return
        self.nonblank += 1
        if _signoff(clean):
            self.settle()
            self.after_signoff, self.nonblank = [], 0
        elif self.nonblank == 1:
            if len(clean) > HEADLINE_MAX or match_dateline(clean):
                self.settle()
        elif match_dateline(clean):
            self.after_signoff = None
            first = next(i for i, x in enumerate(held) if _clean(x))
            self.lines.extend(held[:first])
            yield from self.end()
            for x in held[first:]:
                self.append(x)
        elif self.nonblank >= HEAD_LINES:
            self.settle()


def split_stories(lines: Iterable[str]) -> Iterator[str]:
    """The text of each story in ``lines`` (lines without their endings), as soon as it ends.

    >>> list(split_stories(["\\x02First", "LONDON, March 7 - One.\\x03", "\\x02Second", "Two.\\x03"]))
    ['\\x02First\\nLONDON, March 7 - One.\\x03', '\\x02Second\\nTwo.\\x03']
    """
    splitter = _Splitter()
    for line in lines:
        yield from splitter.line(line)
    yield from splitter.end()


def _as_lines(lines_or_text: str | Iterable[str]) -> Iterator[str]:
    if isinstance(lines_or_text, str):
        return iter_lines((lines_or_text,))
    return (part for line in lines_or_text for part in _strip_ending(line))


def _strip_ending(line: str) -> list[str]:
    parts = _LINE_BREAK.split(line)
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    return parts


def parse_stream(
    lines_or_text: str | Iterable[str],
    *,
    source: str = "-",
    reference_date: dt.date | str | None = None,
    encoding: str = "utf-8",
) -> Iterator[Story]:
    """Parse every story of a stream, yielding each as soon as it ends.

    Args:
        lines_or_text: the whole text, or its lines (with or without their line endings, e.g. an
            open text file).
        source: the name recorded as each story's source.
        reference_date: resolves datelines without a year (see :func:`wireparse.parse`).
        encoding: the codec the text was decoded with, recorded in each story.

    Yields:
        One :class:`~wireparse.model.Story` per story, ``index`` 0, 1, 2…; input with no story in
        it (empty, or blanks only) gives one empty story, as :func:`wireparse.parse` would.

    >>> [s.headline for s in parse_stream("\\x02One\\n\\nLONDON, March 7 (Reuters) - A.\\x03\\n"
    ...                                    "\\x02Two\\n\\nPARIS, March 8 (Reuters) - B.\\x03\\n")]
    ['One', 'Two']
    """
    reference = as_date(reference_date)
    index = -1
    for index, text in enumerate(split_stories(_as_lines(lines_or_text))):
        yield parse(text, source=source, reference_date=reference, index=index, encoding=encoding)
    if index < 0:
        yield parse("", source=source, reference_date=reference, encoding=encoding)
