"""The story's body: the lines from the dateline on. Lines are read first, by
:data:`BODY_LINE_RULES` (furniture, sign-offs and rules set aside line by line), then the paragraphs
rebuilt from what is left, by :data:`BODY_PARAGRAPH_RULES` (captions, notes, end notes, story text)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import takewhile
from typing import NamedTuple, cast

import regex

from .bylines import PERSON_NAME, is_person
from .casing import printed_without_case
from .compiled import compiled
from .dateline import known_town, strong_dateline
from .furniture import (
    FOLIO_DIGITS,
    caption_and_photographer,
    caption_credit_note,
    cjk_caption,
    clean_credit,
    field_label,
    holds_table_figures,
    in_brackets,
    in_field_run,
    is_channel_plug,
    is_clock_time,
    is_closing_field,
    is_closing_heading,
    is_contact_line,
    is_credit_line,
    is_desk_codes,
    is_page_head,
    is_page_notice,
    is_photo_credit,
    is_related_heading,
    is_reuse_notice,
    is_rights_notice,
    is_tagline,
    labelled_caption,
    labels_a_photo,
    line_kind,
    names_the_app_stores,
    placeholder_caption_at,
    split_caption,
)
from .lines import (
    BRACKET_PAIRS,
    SENTENCE_END,
    SUMMARY_MAX,
    WRAP_MIN,
    WRAP_WIDTH,
    Line,
    block_span,
    blocks,
    closes_sentence,
    is_codes_only,
    join,
    list_items,
    opens_with_ideographic_indent,
    opens_with_kicker,
    paragraphs,
)
from .model import LineKind
from .patterns import fold_name, known_agency, month_lookup
from .rules import Draft, Rule, apply
from .words import (
    ABOUT_HEADINGS,
    BYLINE_TITLE_WORDS,
    BYLINE_WORD_OPENERS,
    COPYRIGHT_SIGNS,
    LIVE_ENTRY_LABELS,
    SOCIAL_NETWORKS,
)

#: Kinds of a line that never belong to a body paragraph, even inside one.
_LINE_LEVEL = frozenset({"furniture", "signoff", "rule", "service", "navigation", "notebook"})
#: Kinds of a paragraph kept as boilerplate of that kind.
_NOTE_KINDS = frozenset({"ednote", "signoff", "service", "furniture"})
#: Taglines are among the last this many paragraphs, and at most this long.
TAGLINE_PARAGRAPHS = 3
TAGLINE_MAX = 250
#: A paragraph longer than this is never an editor's note, sign-off or service line.
_MAX_WRAPPED_NOTE = 400
#: A rule followed by at most this much text closes the story: what follows is an end note.
_TRAILER_PARAGRAPHS = 4
_TRAILER_CHARS = 700


@dataclass
class BodyLines:
    """What the line rules read and fill."""

    story: Draft
    text_seen: bool
    """Story text came before this line (a byline after it is text, not the byline)."""
    kinds: dict[int, LineKind | None] = field(default_factory=dict)
    cleaned: list[Line] = field(default_factory=list)
    """The body's lines, those set aside blanked."""
    rules: list[tuple[int, LineKind, str]] = field(default_factory=list)
    """Rule and notebook lines: (line number, kind, text)."""
    lines: list[Line] = field(default_factory=list)
    """The body's lines as printed."""
    known_fields: int | None = None
    """How many of them are fields with a label the tables know (counted when first asked)."""
    recurring: frozenset[str] | None = None
    """Texts of lines printed again and again (counted when first asked)."""
    paged: bool | None = None
    """The story goes on over a page break (read when first asked)."""
    captioned: set[int] = field(default_factory=set)
    """Where the lines stand that print the caption of a picture's placeholder above them."""


class BodyLine:
    """One line of the body as the line rules see it; its kind is read when a rule asks for it."""

    __slots__ = ("_kind", "index", "line", "wrapped")
    _UNREAD = object()

    def __init__(self, line: Line, wrapped: bool = False, index: int = 0) -> None:
        self.line = line
        self.index = index
        """Where the line stands in the body's lines."""
        self.wrapped = wrapped
        """The line continues a hard-wrapped sentence (its kind does not count)."""
        self._kind: object = BodyLine._UNREAD

    @property
    def kind(self) -> LineKind | None:
        # read once, when first asked (functools.cached_property takes a lock on every read)
        if self._kind is BodyLine._UNREAD:
            self._kind = line_kind(self.line.text) if not self.line.blank else None
        return cast("LineKind | None", self._kind)

    @kind.setter
    def kind(self, kind: LineKind | None) -> None:
        self._kind = kind


@dataclass
class BodyParagraphs:
    """What the paragraph rules read and fill."""

    story: Draft
    aside: set[int]
    """Paragraphs set aside by rules (end notes, roundup sub-headlines)."""
    count: int = 0
    """How many paragraphs the body holds."""
    marks_from: int | None = None
    """Where the desk's marks closing the story start (:func:`_closing_marks_at`)."""
    dateline_text: bool = False
    """The first paragraph opens on the dateline's line."""
    fields_from: int | None = None
    """The number of the line where a trailer of fields closing the story starts
    (:func:`_trailer_fields_at`)."""
    last: int = 0
    """Where the end matter under the story starts: its last paragraph is the one before."""
    lists_from: int | None = None
    """Where the lines of labels closing the story start (:func:`_closing_lists_at`)."""


class Paragraph(NamedTuple):
    n: int
    lines: list[Line]
    text: str
    kind: LineKind | None
    closing: bool = False
    """One of the story's last short paragraphs, where desks print their closing matter."""


def read_body(
    lines: list[Line],
    story: Draft,
    reference: dt.date | None,
    *,
    dateline_text: bool = False,
    trace: list[tuple[int, str | None]] | None = None,
) -> None:
    """Paragraphs, and the lines and paragraphs of the body that are not story text. ``trace``,
    when given, receives ``(line number, rule name)`` for every line and paragraph read."""
    state = BodyLines(story, dateline_text, lines=lines)
    prev: Line | None = None
    for index, line in enumerate(lines):
        if line.blank and not line.header:
            # a blank line is layout, read when the paragraphs are rebuilt: no rule reads it
            state.cleaned.append(line)
            state.kinds[line.number] = None
            prev = line
            continue
        read = BodyLine(line, continues_wrap(prev, line), index)
        taken = apply(BODY_LINE_RULES, state, read)
        state.kinds[line.number] = read.kind
        prev = line
        if taken != "byline_after_dateline":
            state.text_seen = state.text_seen or not line.blank
        if trace is not None:
            trace.append((line.number, taken))
    body_blocks = blocks(state.cleaned)
    if _blocks_of_short_sentences(body_blocks):
        paras = [block for block in body_blocks if any(line.text for line in block)]
    else:
        paras = [p for block in body_blocks for p in paragraphs(block)]
    if _story_paged(state):
        paras = _joined_over_pages(paras, [line.number for line in lines if _PAGE_BREAK in line.raw])
    aside = (
        _aside(paras, state.rules, reference)
        | _contact_block(paras)
        | _links_under_heading(paras)
        | _titles_under_heading(paras, state.kinds)
    )
    # (the story's last paragraphs are counted before the end matter set aside, a release's about
    # and contacts sections, and before the lines of furniture and notices of rights under them)
    last = len(paras)
    while last > 0 and (last - 1 in aside or _end_matter(paras[last - 1], state.kinds)):
        last -= 1
    para_state = BodyParagraphs(
        story,
        aside,
        len(paras),
        _closing_marks_at(paras),
        dateline_text,
        _trailer_fields_at(lines, state.kinds),
        lists_from=_closing_lists_over(paras, last),
    )
    items = list_items(paras)
    para_state.last = last
    for n, para in enumerate(paras):
        text = join(para, item=items[n])
        # a note or credit wrapped over lines is short; a long paragraph is story text
        kind = (
            state.kinds.get(para[0].number)
            if len(para) == 1
            else line_kind(text)
            if len(text) <= _MAX_WRAPPED_NOTE
            else None
        )
        closing = n >= last - TAGLINE_PARAGRAPHS and len(text) <= TAGLINE_MAX
        taken = apply(BODY_PARAGRAPH_RULES, para_state, Paragraph(n, para, text, kind, closing))
        if trace is not None:
            trace.append((para[0].number, taken))


def _blocks_of_short_sentences(body_blocks: list[list[Line]]) -> bool:
    """The story is printed a short sentence a line, in blocks parted by blank lines, as
    easy-language news prints it (``In Bayern gibt es jetzt einen besonderen Zug.`` over ``In dem
    Zug dürfen nur Fahrräder mitfahren.``): each block is a paragraph. Half the blocks of two lines
    or more hold such lines only, and at least :data:`_SENTENCE_BLOCKS_LEAST` of them."""
    texts = [[line.text for line in block if line.text] for block in body_blocks]
    several = [block for block in texts if len(block) > 1]
    sentences = [block for block in several if all(map(_short_sentence, block))]
    return len(sentences) >= _SENTENCE_BLOCKS_LEAST and len(sentences) >= _SENTENCE_BLOCKS_SHARE * len(
        several
    )


def _short_sentence(text: str) -> bool:
    return len(text) <= _SHORT_SENTENCE_MAX and text[-1:] in SENTENCE_END


#: A story a short sentence a line holds at least this many blocks of such lines, this share of
#: its blocks of several lines; such a sentence is at most this long.
_SENTENCE_BLOCKS_LEAST = 3
_SENTENCE_BLOCKS_SHARE = 0.5
_SHORT_SENTENCE_MAX = 90


def _byline_after_dateline(s: BodyLines, b: BodyLine) -> bool:
    if b.kind == "byline" and not s.text_seen:
        s.story.add_byline(b.line.text, b.line.number)
        s.cleaned.append(b.line._replace(text=""))
        return True
    return False


def _bracketed_byline(s: BodyLines, b: BodyLine) -> bool:
    """A byline in brackets on a line of its own (``(By Jane Roe)``), in a story with no byline
    above: the desk's signature, read as the byline and kept as the sign-off it is printed as."""
    text = b.line.text
    if s.story.byline_text or text[:1] not in "([" or text[-1:] not in ")]" or b.kind != "signoff":
        return False
    inner = text[1:-1].strip()
    if line_kind(inner) != "byline":
        return False
    s.story.add_byline(inner, b.line.number)
    return _set_line_aside(s, b.line, b.kind)


#: A block of fields after the story names at least this many labels the tables know (a fact box
#: of ``Label: value`` lines inside a story rarely does).
_TRAILER_KNOWN = 2


def _export_trailer(s: BodyLines, b: BodyLine) -> bool:
    """After story text, a line of a block of an export's fields (``Subject: Rice; Imports``,
    ``Publisher: Acme Inc.``, ``Publication year: 2022``): furniture, its label in a table or not."""
    # (before the wrapped lines' rule: a short field may look like the rest of a wrapped line)
    if not s.text_seen or ":" not in b.line.text and "：" not in b.line.text:
        return False
    if s.known_fields is None:  # (a body without fields the tables know holds no such block)
        s.known_fields = sum(":" in line.text and field_label(line.text) is not None for line in s.lines)
    if s.known_fields < _TRAILER_KNOWN or not in_field_run(s.lines, b.index, _TRAILER_KNOWN):
        return False
    s.story.keep("furniture", b.line.text)
    s.cleaned.append(b.line._replace(text=""))
    return True


#: A network's name is at most this long.
_NETWORK_NAME_MAX = max(map(len, SOCIAL_NETWORKS))


def _share_button(s: BodyLines, b: BodyLine) -> bool:
    """A network's name alone, one letter or more (``X``), beside a line of share buttons: one of
    a column of buttons (a letter alone elsewhere may be text)."""
    text = b.line.text
    if len(text) > _NETWORK_NAME_MAX or text.casefold() not in SOCIAL_NETWORKS:
        return False
    near = (s.lines[i].text for i in (b.index - 1, b.index + 1) if 0 <= i < len(s.lines))
    if not any(text and line_kind(text) == "navigation" for text in near):
        return False
    return _set_line_aside(s, b.line, "navigation")


def _page_furniture(s: BodyLines, b: BodyLine) -> bool:
    """Where the story goes on over a PDF's pages (a page break inside it), what its pages print
    around it: furniture."""
    return _story_paged(s) and (_page_head(s, b) or _recurring_line(s, b))


def _page_head(s: BodyLines, b: BodyLine) -> bool:
    """A page's running head where the story goes on over a PDF's pages (:func:`is_page_head`):
    furniture, each line of its block."""
    line = b.line
    if not (line.gaps or line.text[-1:].isdigit()):
        return False
    if not is_page_head(s.lines[slice(*block_span(s.lines, b.index, _PAGE_HEAD_REACH))]):
        return False
    s.cleaned.append(line._replace(text=""))
    s.story.keep("furniture", line.text)
    return True


def _recurring_line(s: BodyLines, b: BodyLine) -> bool:
    """A line of a few words that closes no sentence, printed more than once in the story or once
    more after the head set it aside (a PDF page's running head or foot line, ``Document for
    internal use - Do not reproduce``, on every page): furniture."""
    text = b.line.text
    folio = text.isdigit() and len(text) <= FOLIO_DIGITS
    if len(text) > _RECURRING_MAX or text[-1:] in SENTENCE_END or not (" " in text or folio):
        return False
    if s.recurring is None:
        s.recurring = _recurring_texts(s)
    # (a page's number alone on its line, in a story over pages, is its folio)
    if not (folio or text in s.recurring):
        return False
    s.cleaned.append(b.line._replace(text=""))
    s.story.keep("furniture", text)
    return True


_PAGE_BREAK = "\f"


def _story_paged(s: BodyLines) -> bool:
    if s.paged is None:
        s.paged = _paged(s.lines)
    return s.paged


def _paged(lines: list[Line]) -> bool:
    """The story goes on over a page break: a form feed on a line of its own, text before it and
    after it (one that closes the text breaks no page)."""
    breaks = [i for i, line in enumerate(lines) if not line.text and _PAGE_BREAK in line.raw]
    if not breaks:
        return False
    texts = [i for i, line in enumerate(lines) if line.text]
    return bool(texts) and any(texts[0] < i < texts[-1] for i in breaks)


#: A page's running line is at most this long.
_RECURRING_MAX = 120


def _recurring_texts(s: BodyLines) -> frozenset[str]:
    """The texts of lines of a few words at the edges of the body's pages (their first and last
    lines) that the pages print twice or more, or that the head set aside as furniture or
    navigation: a page's running head and foot line (a table's headings recur mid-page)."""
    pages: list[list[str]] = [[]]
    for line in s.lines:
        if _PAGE_BREAK in line.raw:
            pages.append([])
        elif " " in line.text and len(line.text) <= _RECURRING_MAX:
            pages[-1].append(line.text)
    pages = [page for page in pages if page]
    if len(pages) < 2:
        return frozenset()  # (a form feed closing the text breaks no page)
    counts = Counter(
        text for page in pages for text in set(page[:_PAGE_EDGE_LINES] + page[-_PAGE_EDGE_LINES:])
    )
    kept = {b.text for b in s.story.boilerplate if b.kind in ("furniture", "navigation")}
    return frozenset(text for text, n in counts.items() if n > 1 or text in kept)


#: A page's running head or foot is among its first or last lines of text.
_PAGE_EDGE_LINES = 3


def _joined_over_pages(paras: list[list[Line]], breaks: list[int]) -> list[list[Line]]:
    """Paragraphs of a story that goes on over pages, a paragraph that a page broke off (it closes
    no sentence: ``... des ma-``) joined to the one that opens the next page in lower case
    (``ladies évitables ...``), a page break (line numbers ``breaks``) and the page's head and
    foot set aside between them."""
    out: list[list[Line]] = []
    for para in paras:
        last = out[-1][-1] if out else None
        if (
            last is not None
            and last.text[-1:] not in _CLOSES_A_PARAGRAPH
            and para[0].text[:1].islower()
            and _break_between(breaks, last.number, para[0].number)
        ):
            out[-1] = out[-1] + para
        else:
            out.append(para)
    return out


def _break_between(breaks: list[int], after: int, before: int) -> bool:
    """A page break (line numbers ``breaks``, in order) stands between two lines."""
    at = bisect.bisect_right(breaks, after)
    return at < len(breaks) and breaks[at] < before


#: What a paragraph may close with: a sentence's end, a quote's or bracket's close.
_CLOSES_A_PARAGRAPH = frozenset(SENTENCE_END) | frozenset("\"'”’»)]:")


#: A page's head block reaches at most this many lines from any of its lines (rules included).
_PAGE_HEAD_REACH = 6


def _credit_under_caption(s: BodyLines, b: BodyLine) -> bool:
    """A photo's credit alone (``Photo Acme``, ``Crédit photo : Acme``) closing a block of two
    lines under a short line of no kind: kept with that line, which the paragraph rules read as
    its caption (:func:`_caption_over_credit`)."""
    i, lines = b.index, s.lines
    if b.kind not in _LINE_LEVEL or i == 0 or not caption_credit_note(b.line.text):
        return False
    above, below = lines[i - 1], lines[i + 1] if i + 1 < len(lines) else None
    if above.blank or (below is not None and not below.blank) or (i >= 2 and not lines[i - 2].blank):
        return False
    if len(above.text) > TAGLINE_MAX or line_kind(above.text) is not None:
        return False
    s.cleaned.append(b.line)
    return True


def _line_level(s: BodyLines, b: BodyLine) -> bool:
    return _set_line_aside(s, b.line, b.kind)


def _set_line_aside(s: BodyLines, line: Line, kind: LineKind | None) -> bool:
    if not (line.header or (kind in _LINE_LEVEL and line.text)):
        return False
    s.cleaned.append(line._replace(text=""))
    if line.header or kind is None:
        s.story.keep("furniture", line.text)
    else:
        s.story.keep_line(kind, line.text)
    s.story.note_signoff(kind, line.text)
    if kind in ("rule", "notebook"):
        s.rules.append((line.number, kind, line.text))
    elif kind == "navigation" and is_related_heading(line.text):
        s.rules.append((line.number, "rule", line.text))  # the list of related stories under it
    return True


def _credit_wrapped_on(s: BodyLines, b: BodyLine) -> bool:
    """A short line under a sign-off's credit left open (``Reporting by ...; Editing by`` over
    ``Jane Roe``): the rest of that credit, set aside with it."""
    if b.index == 0 or len(b.line.text) > _CREDIT_REST_MAX or b.line.text[-1:] in SENTENCE_END:
        return False
    above = s.lines[b.index - 1]
    if above.blank or s.kinds.get(above.number) != "signoff" or not above.text.endswith(_OPEN_ENDINGS):
        return False
    b.kind = "signoff"
    return _set_line_aside(s, b.line, "signoff")


def _notice_wrapped_on(s: BodyLines, b: BodyLine) -> bool:
    """A line wrapped on from a notice of rights set aside above it, opening with a copyright sign
    or word, that it left open (``Copyright 2024 Acme. Any reuse requires the consent of`` over
    ``the agency.``): the rest of that notice, set aside with it."""
    if not b.wrapped or b.index == 0:
        return False
    above = s.lines[b.index - 1]
    if above.blank or s.kinds.get(above.number) != "service" or closes_sentence(above.text):
        return False
    # (up the notice's lines set aside already, to the one that opens it)
    j = b.index - 1
    while not _COPYRIGHT_OPENING.match(s.lines[j].text):
        j -= 1
        if j < 0 or s.lines[j].blank or s.kinds.get(s.lines[j].number) != "service":
            return False
    b.kind = "service"
    return _set_line_aside(s, b.line, "service")


#: How a credit left open for its next line ends, and how long that line is at most.
_OPEN_ENDINGS = (" by", " By", " BY", ",", ";", " and", " &", " y", " et", " und", " e")
_CREDIT_REST_MAX = 80


def _wrapped_line(s: BodyLines, b: BodyLine) -> bool:
    """A line that continues a hard-wrapped sentence is read as a line of no kind: a wire header
    is still set aside, any other line is story text whatever words it holds."""
    if not b.wrapped:
        return False
    b.kind = None  # never read: a wrapped body is not classified line by line
    return _set_line_aside(s, b.line, None) or _story_line(s, b)


def _entry_header(s: BodyLines, b: BodyLine) -> bool:
    """A live report's entry header over its text in one block: a time of day (``23:41 BST``,
    ``22h47``) or a pinned post's label (``Pinned post``, ``Épinglé``): the entry's furniture, the
    text under it its paragraph."""
    text = b.line.text
    if not (is_clock_time(text) or text.casefold().rstrip(": ") in LIVE_ENTRY_LABELS):
        return False
    below = b.index + 1
    if below >= len(s.lines) or s.lines[below].blank or (b.index and not s.lines[b.index - 1].blank):
        return False  # (alone in its block, it heads the entry: the clock_time rule's)
    return _set_line_aside(s, b.line, "furniture")


def _clock_time(s: BodyLines, b: BodyLine) -> bool:
    """A time of day alone after story text heads a live report's next entry (``10 p.m.``): it is
    story text, where a stamp with a date would be furniture."""
    if not s.text_seen or not is_clock_time(b.line.text):
        return False
    b.kind = None
    return _story_line(s, b)


def _body_label(s: BodyLines, b: BodyLine) -> bool:
    """An export's label of the body (``Body:``, ``Text:``, ``Body``, ``Full text:``) before any
    text: layout, not text. Alone on its line it is set aside; before the body's first words
    (``Full text: The storm ...``) it is cut from them."""
    if s.text_seen:
        return False
    field = field_label(b.line.text)
    if field is None or field[0] != "body":
        return False
    label = b.line.text[: len(b.line.text) - len(field[1])].strip()
    s.story.keep("furniture", label)
    s.cleaned.append(b.line._replace(text=field[1]))
    return True


def _placeholder_caption(s: BodyLines, b: BodyLine) -> bool:
    if b.index in s.captioned:
        s.cleaned.append(b.line._replace(text=""))  # (read with the placeholder above it)
        return True
    found = placeholder_caption_at(s.lines, b.index)
    if found is None:
        return False
    s.cleaned.append(b.line._replace(text=""))
    s.story.add_placeholder(found.placeholder, found.caption, found.printed)
    s.captioned.update(found.taken)
    return True


def _story_line(s: BodyLines, b: BodyLine) -> bool:
    s.cleaned.append(b.line)
    return True


#: The body's line rules, in the order they are tried on each line.
BODY_LINE_RULES: tuple[Rule[BodyLines, BodyLine], ...] = (
    Rule(
        "export_trailer",
        _export_trailer,
        "after story text, a line of a block of an export's labelled fields",
    ),
    Rule(
        "page_furniture",
        _page_furniture,
        "where the story goes on over a PDF's pages: a page's running head, its folio, lines every page prints",
    ),
    Rule("credit_wrapped_on", _credit_wrapped_on, "a sign-off's credit left open goes on on the next line"),
    Rule("notice_wrapped_on", _notice_wrapped_on, "a notice of rights left open goes on on the next line"),
    Rule(
        "placeholder_caption",
        _placeholder_caption,
        "a picture's placeholder (`[Photo]`, `[صورة]`) and the caption printed after it",
    ),
    Rule(
        "wrapped_line",
        _wrapped_line,
        "a line that continues a hard-wrapped sentence is story text, whatever words it holds",
    ),
    Rule("byline_after_dateline", _byline_after_dateline, "a byline printed after the dateline"),
    Rule(
        "entry_header",
        _entry_header,
        "a live report's time or pinned label over its entry's text in one block",
    ),
    Rule("clock_time", _clock_time, "a time of day alone after story text heads a live report's next entry"),
    Rule("body_label", _body_label, "an export's label of the body before any text, alone or before it"),
    Rule("bracketed_byline", _bracketed_byline, "a byline in brackets on its own line: `(By Jane Roe)`"),
    Rule("share_button", _share_button, "a network's name alone beside share buttons: one of them"),
    Rule(
        "credit_under_caption",
        _credit_under_caption,
        "a note on the picture with its source under a line alone in its block: that caption's credit",
    ),
    Rule("line_level", _line_level, "wire headers, furniture, sign-offs and rules: never story text"),
    Rule("story_line", _story_line, "any other line is story text, to be joined into paragraphs"),
)


def _set_aside(s: BodyParagraphs, p: Paragraph) -> bool:
    if p.n in s.aside:
        s.story.keep("other", p.text)
    return p.n in s.aside


def _caption(s: BodyParagraphs, p: Paragraph) -> bool:
    """A photo caption or credit printed between body paragraphs: taken as a caption; or a
    caption over its credit's line (``Passengers wait at the station`` over ``Image: Jane
    Roe/Acme``)."""
    if len(p.lines) == _CAPTION_OVER_CREDIT:
        return _caption_over_credit(s, p)
    if len(p.lines) != 1:
        return False
    # (wholly in brackets or not: "[Photo caption: Rescuers at the site. Photo: Acme]")
    wrapped = (p.text[:1], p.text[-1:]) in BRACKET_PAIRS
    unwrapped = p.text[1:-1].strip() if wrapped else p.text
    labelled = labelled_caption(unwrapped) if len(p.text) <= _MAX_WRAPPED_NOTE else None
    if labelled is not None:
        # "Bildtext: Rescuers at the site. Foto: Jane Roe/Acme": its label says what it is
        s.story.add_caption(labelled[0], clean_credit(labelled[1]) if labelled[1] else None, p.text)
        return True
    if p.kind == "credit" and not _signed_at_the_foot(s, p) and not _notice(p.text):
        s.story.add_caption(None, clean_credit(p.text), p.text)
        return True
    combined = split_caption(p.text) if len(p.text) <= _MAX_WRAPPED_NOTE else None
    if not (combined and (is_photo_credit(combined[1]) or _after_a_sign(p.text, *combined))):
        # "A picker at work. Photo / Jane Roe" (a name closes with a letter: most are spared it)
        combined = caption_and_photographer(p.text) if p.text[-1:].isalpha() else None
    combined = combined or cjk_caption(p.text)
    if combined:
        s.story.add_caption(combined[0], clean_credit(combined[1]), p.text)
        return True
    return False


def _notice(text: str) -> bool:
    """A notice of rights or of the copy's use, a copyright sign before it (``© Acme 2025. Its
    redistribution is forbidden ...``): no photo's credit."""
    return is_rights_notice(text) or is_reuse_notice(text)


def _after_a_sign(text: str, caption: str, credit: str) -> bool:
    """The credit a caption closes with follows a copyright sign (``... à l'aube. ©Acme``), a
    slash after the sentence (``... (Baleares). / Jane Roe``) or a word for photo and its colon
    (``... Kim Mã. Ảnh: Minh Khang``): a photo's, whatever name it gives."""
    before = text[: len(text) - len(credit)]
    if before.rstrip().endswith(("©", "ⓒ", "/")):
        return True
    # (a caption of a few words at least: "TEXT AND PHOTOS: Jane Roe" credits the story's writer)
    return len(caption.split()) >= _LABELLED_CAPTION_WORDS and labels_a_photo(before[len(caption) :])


#: A caption before a word for photo and a name says at least this many words.
_LABELLED_CAPTION_WORDS = 4


_CAPTION_OVER_CREDIT = 2


def _caption_over_credit(s: BodyParagraphs, p: Paragraph) -> bool:
    """A paragraph of two lines, a short caption over a photo credit alone (``Image: Jane
    Roe/Acme``): the picture's caption."""
    caption, credit = p.lines
    # (not a caption with its own credit under a line of text)
    if len(caption.text) > TAGLINE_MAX or line_kind(caption.text) is not None:
        return False
    if not (is_credit_line(credit) or caption_credit_note(credit.text)):
        return False
    s.story.add_caption(caption.text.strip(), clean_credit(credit.text.strip()), p.text)
    return True


def _signed_at_the_foot(s: BodyParagraphs, p: Paragraph) -> bool:
    """The story's last paragraph, a name and an agency after a slash (``Jane Roe/NTB``), in a
    story with no byline but the agency's: the writer's signature, as Nordic desks print it, not a photo's credit
    (a photo is credited under its caption, between paragraphs)."""
    unsigned = not s.story.byline_text or not s.story.authors  # (or signed by the agency alone)
    return p.n == s.count - 1 and unsigned and "/" in p.text and _name_and_credit(p.text)


def _note(s: BodyParagraphs, p: Paragraph) -> bool:
    if p.kind in _NOTE_KINDS and p.kind is not None:
        s.story.keep_line(p.kind, p.text)
        s.story.note_signoff(p.kind, p.text)
        return True
    return False


def _closing_codes(s: BodyParagraphs, p: Paragraph) -> bool:
    """The story's last paragraph made of a desk's codes alone, in one case (``GU``, ``nov ava``, ``nam.ibi``,
    ``MCH/ DBL/``), or of codes, figures and signs (``NTX/LGL/RGR``, ``(FIN) JCR/MDV``, ``ع.ع``,
    ``==R.H.``, ``WAM/Jane Roe``): where it stands, even codes that could be words are the desk's."""
    if p.n < s.last - 1 or len(p.text) > _AGENCY_CREDIT_MAX:
        return False  # (the last paragraph, or the last above the end matter)
    if len(p.text) > _DESK_CODES_MAX and not _AGENCY_DESK_FIELDS.match(p.text):
        # (longer only as an agency's desk fields: "ACME/(AS - autor: Jane Roe, editor: Tom Lee)")
        return False
    if not (
        (len(p.text) <= _CLOSING_CODES_MAX and _closing_codes_pattern().fullmatch(p.text))
        or is_desk_codes(p.text)
    ):
        return False
    s.story.keep_line("signoff", p.text)
    return True


#: The desk's codes closing a story are short: runs of letters alone shorter still.
_CLOSING_CODES_MAX = 16
_DESK_CODES_MAX = 60
_AGENCY_CREDIT_MAX = 160
#: An agency's name, a slash and its desk's fields in brackets.
_AGENCY_DESK_FIELDS = re.compile(r"[^\W_a-z]{2,12}/ ?\([^()]+\)$")


@cache
def _closing_codes_pattern() -> regex.Pattern[str]:
    run = r"(?:\p{Lu}{2,4}+|\p{Ll}{2,4}+)"
    # (KUNA's "nam.ibi"; a writer's initials, a capital and a dot or two: "Ka.", "K.F.")
    return compiled(rf"{run}(?:[ /.]{{1,2}}+{run}){{0,2}}+/?|(?:\p{{Lu}}\p{{Ll}}?\.){{1,3}}+")


def _rights_notice(s: BodyParagraphs, p: Paragraph) -> bool:
    """One of the story's last short paragraphs that reserves its rights (``All rights
    reserved``, ``무단 전재 금지``, ``版權所有``), or one of its lines wrapped that opens with a
    copyright sign (``© Acme 2024. Reuse of any part is prohibited`` over ``without consent.``):
    the agency's notice."""
    if not p.closing or not (is_rights_notice(p.text) or is_reuse_notice(p.text) or _copyright_block(p)):
        return False
    s.story.keep("service", p.text)
    return True


def _copyright_block(p: Paragraph) -> bool:
    return len(p.lines) > 1 and _COPYRIGHT_OPENING.match(p.text) is not None


#: What opens a notice of rights: a copyright sign, or the word and a year, sign or capital after
#: it (``Copyright law changed`` opens a sentence).
_COPYRIGHT_OPENING = compiled(r"(?:©|ⓒ|\((?i:c)\)|(?i:copyright)[ ](?:©|\((?i:c)\)|\d{4}|\p{Lu}))")


def _tagline(s: BodyParagraphs, p: Paragraph) -> bool:
    """One of the story's last short paragraphs that speaks of its writer or where to read more
    (``Jane Roe writes for The Herald.``, ``Story filed by Acme Newspapers``, an address alone), or
    a line of contacts (``Jane Roe, CEO, +46 8 555 0100, jane@acme.example``)."""
    if not p.closing:
        return False
    if names_the_app_stores(p.text) or is_channel_plug(p.text) or is_page_notice(p.text):
        # "Download the Acme app for iOS or Android.", "Subscribe to Acme on Google News",
        # "Comments are moderated and may take a day to appear."
        s.story.keep("navigation", p.text)
        return True
    if not (is_tagline(p.text) or is_contact_line(p.text)):
        return False
    s.story.keep_line("signoff", p.text)
    s.story.note_signoff("signoff", p.text)
    return True


def _writer_note(s: BodyParagraphs, p: Paragraph) -> bool:
    """One of the story's last short paragraphs that opens with the name of a writer its byline
    names, in any case (``Jane Roe is a culture reporter for the Herald.``, ``JANE ROE Roe covers
    courts for Acme.``): a note on the writer, in any language."""
    authors = [author for author in s.story.authors if " " in author]
    if not p.closing or not authors or len(p.text) > _WRITER_NOTE_MAX:
        return False
    if any(mark in p.text for mark in _QUOTE_MARKS):
        return False  # ("Jane Roe said: “...”": the story's own words, its writer quoted or named)
    opening = fold_name(p.text[: max(map(len, authors)) + 1])
    if not any(_opens_with_name(opening, fold_name(author)) for author in authors):
        return False
    s.story.keep_line("signoff", p.text)
    return True


def _opens_with_name(opening: str, name: str) -> bool:
    return opening.startswith(name) and opening[len(name) : len(name) + 1] in ("", " ", ",")


#: A note on the writer is at most this long, and quotes no one.
_WRITER_NOTE_MAX = 300
_QUOTE_MARKS = '"“”«»„'


def _credit_again(s: BodyParagraphs, p: Paragraph) -> bool:
    """The story's last paragraph naming the dateline's agency alone again between signs (``—
    New Ziana``, ``(Acme)``), though the table does not know it: the agency's sign-off."""
    dateline = s.story.dateline
    if dateline is None or dateline.agency is None or p.n < s.last - 1 or len(p.text) > _CREDIT_AGAIN_MAX:
        return False
    name = p.text.strip(_CREDIT_SIGNS)
    if not name or (fold_name(name) != fold_name(dateline.agency) and known_agency(name) != dateline.agency):
        return False
    s.story.keep_line("signoff", p.text)
    return True


_CREDIT_AGAIN_MAX = 40
_CREDIT_SIGNS = " -–—/()[].=*"


def _closing_byline(s: BodyParagraphs, p: Paragraph) -> bool:
    """One of the story's last short paragraphs that is its byline (``By Jane Roe``) or a name
    and an agency's credit (``Jane Roe (PAP)``), in a story with no byline above: desks that sign
    their copy at the end. (A name and an agency after a slash alone is a photo credit between
    paragraphs, and the writer's signature under the last: :func:`_signed_at_the_foot`.)"""
    story = s.story
    # (a byline above that names only the agency gives way to the writer's signature)
    if (story.byline_text and story.authors) or not p.closing or len(p.text) > _CLOSING_BYLINE_MAX:
        return False
    if story.byline_text and not _signs_a_writer(s, p):
        return False
    first = p.lines[0].text
    # ("(Muhabir: Jane Roe)": the labelled credit in brackets)
    labelled = field_label(in_brackets(first) or first)
    if labelled is not None and labelled[0] == "byline" and labelled[1]:
        # "Pewarta: Jane Roe"; "Haber: Jane ROE - Kamera: Tom LEE" credits the camera after it
        name, _, rest = _split_next_label(labelled[1])
        story.add_byline(name, p.lines[0].number)
        if rest:
            story.keep_line("signoff", rest)
        for line in p.lines[1:]:
            story.keep_line(line_kind(line.text) or "signoff", line.text)  # "Editor: Tom Lee" under it
        return True
    signature = _signature_block(p)
    if signature is not None:
        story.add_byline(signature, p.lines[0].number)
        return True
    if (
        p.kind != "byline"
        and not _name_and_credit(p.text)
        and not _name_before_credit(s, p)
        and not _name_alone_last(s, p)
        and not _uncased_name_signed_last(s, p)
    ):
        return False
    _agency_byline_aside(story)
    story.add_byline(p.text.rstrip(",").strip(_FRAME_SIGNS), p.lines[0].number)
    return True


def _signs_a_writer(s: BodyParagraphs, p: Paragraph) -> bool:
    """The closing paragraph names a writer and an agency's credit (``Jane Roe/TT``, ``Jane Roe
    (PAP)``): a signature that outranks a byline of the agency alone."""
    return _name_and_credit(p.text) or _name_before_credit(s, p)


def _agency_byline_aside(story: Draft) -> None:
    """The byline read above, of the agency alone, kept as the page's furniture."""
    if story.byline_text and not story.authors:
        for text in story.byline_text:
            story.keep("furniture", text)
        story.byline_text.clear()


def _signature_block(p: Paragraph) -> str | None:
    """A writer's signature closing the story: a person's name, then their title on its line or
    after the name, and the town they file from (``Jane Roe`` / ``Special correspondent`` /
    ``Vienna``; ``Jane Roe, Acme's regional correspondent``): the name; else None."""
    first = p.lines[0].text.strip()
    if len(p.lines) > _SIGNATURE_LINES or first[-1:] in SENTENCE_END:
        return None
    words = first.replace(",", " ").split()
    name = next(
        (
            " ".join(words[:n])
            for n in range(_SIGNATURE_NAME_WORDS, 1, -1)
            if is_person(" ".join(words[:n])) and not any(map(_names_agency, words[:n]))
        ),
        None,
    )
    if name is None:
        return None
    rest = [" ".join(words[len(name.split()) :])] + [line.text.strip() for line in p.lines[1:]]
    rest = [part for part in rest if part]
    if not rest or not any(map(_holds_title, rest)):
        return None
    return name if all(_holds_title(part) or known_town(part) for part in rest) else None


def _names_agency(word: str) -> bool:
    """A word that is an agency's name, a case ending joined to it or not (``ACME-ın``)."""
    return known_agency(word.split("-")[0]) is not None or known_agency(word) is not None


def _holds_title(text: str) -> bool:
    """A title's word among the words of a short part of a signature (``Special correspondent``,
    ``Acme-ın bölgə müxbiri``)."""
    words = text.casefold().replace(",", " ").split()
    return len(words) <= _TITLE_WORDS_MAX and any(word in BYLINE_TITLE_WORDS for word in words)


#: A signature's lines, its name's words, and a title's words are at most this many.
_SIGNATURE_LINES = 3
_SIGNATURE_NAME_WORDS = 3
_TITLE_WORDS_MAX = 5


def _name_alone_last(s: BodyParagraphs, p: Paragraph) -> bool:
    """The story's last paragraph, a person's name alone on its line after two paragraphs or more
    (``Jane Roe`` under the text): the writer's signature, as Arab and African desks print it."""
    # (the end matter under it aside: a caption, a notice of rights, the page's buttons)
    if p.n != s.last - 1 or p.n < _SIGNED_AFTER or len(p.lines) != 1 or p.text[-1:] in SENTENCE_END:
        return False
    story = s.story.paragraphs
    # (under a story whose text closed its sentence; "Record March Two" is a table's row)
    return (
        bool(story)
        and story[-1][-1:] in SENTENCE_END
        and is_person(p.text)
        and not any(fold_name(word) in month_lookup() for word in p.text.split())
    )


def _uncased_name_signed_last(s: BodyParagraphs, p: Paragraph) -> bool:
    """One of the story's last paragraphs, a word for "by" and a name of two to four words in a script
    without case (``ដោយ ឈឹម សុភា``, ``โดย สมชาย ใจดี``): no capital tells the name, the word for
    "by" at the story's foot does."""
    words = p.text.split()
    if not p.closing or p.n < _SIGNED_AFTER or len(p.lines) != 1 or not words:
        return False
    name = words[1:]
    return (
        words[0] in _WORD_OPENERS
        and _UNCASED_NAME_WORDS[0] <= len(name) <= _UNCASED_NAME_WORDS[1]
        and printed_without_case(name[0][:1])
        and not any(char.isdigit() or char in _NAME_BREAKS for word in name for char in word)
    )


_WORD_OPENERS = frozenset(BYLINE_WORD_OPENERS)
#: A name in a script without case signing the story is of this many words.
_UNCASED_NAME_WORDS = (2, 4)
_NAME_BREAKS = frozenset(".,:;!?()[]/|-–—")


#: A name alone signs a story of at least this many paragraphs before it.
_SIGNED_AFTER = 2


def _name_before_credit(s: BodyParagraphs, p: Paragraph) -> bool:
    """The story's last paragraph, a person's name alone with the comma that leads on to the
    agency's credit on the line under it (``Jane ROE,`` over ``«Acme»``, a sign-off set aside)."""
    name = p.text.removesuffix(",")
    return p.n == s.count - 1 and name != p.text and is_person(name.strip())


def _split_next_label(value: str) -> tuple[str, str, str]:
    """A labelled credit's value, and the next labelled credit printed after it on its line
    (``Jane ROE - Kamera: Tom LEE``), as (value, separator, the next credit)."""
    m = _NEXT_LABEL.search(value)
    if m is None:
        return value, "", ""
    return value[: m.start()], value[m.start() : m.start("label")], value[m.start("label") :]


#: A dash or bar and then a label of one or two words and its colon.
_NEXT_LABEL = compiled(r"[ ][-–—|/][ ]*+(?P<label>\p{L}++(?:[ ]\p{L}++)?:)[ ]")


#: Runs of these frame a closing byline (``--- Von Jane Roe, dpa ---``).
_FRAME_SIGNS = " -=—–"
#: A byline closing a story is a line of a few names, not a sentence.
_CLOSING_BYLINE_MAX = 80


#: A name and an agency's credit in brackets.
@cache
def _name_and_credit_pattern() -> regex.Pattern[str]:
    return compiled(
        rf"{PERSON_NAME}(?:[ ]?\((?P<credit>[^()]{{2,40}}+)\)|,[ ](?P<credit>[^,()]{{2,40}}+)"
        rf"|[ ]?/[ ]?(?P<agency>[^/()]{{2,40}}+))"
    )


def _name_and_credit(text: str) -> bool:
    """``Jane Roe (PAP)``, ``Jane Roe, O‘zA``, ``Jane Roe/NTB``: a name and a known agency's credit; a name and a
    paper's title in guillemets (``Jane ROE, «The Herald».``); or a name and the town the writer
    files from (``Jane Roe, Lviv``)."""
    m = (
        _name_and_credit_pattern().fullmatch(text.rstrip(". "))
        if "(" in text or "," in text or "/" in text
        else None
    )
    if m is None:
        return False
    if m["agency"] is not None:
        return known_agency(m["agency"]) is not None  # "Jane Roe/NTB", as Nordic desks sign
    credit = m["credit"]
    return (
        known_agency(credit) is not None
        or (credit[:1] in "«„“" and credit[-1:] in "»“”")
        or ("," in text and known_town(credit) and _person_not_town(text.split(",", 1)[0]))
    )


def _person_not_town(name: str) -> bool:
    """A person's name, not a town's (``New York, London`` lists two towns)."""
    return is_person(name) and not known_town(name)


def _closing_marks_at(paras: list[list[Line]]) -> int | None:
    """Where the story's last short paragraphs of a desk's marks start, printed without a closing
    stop under text that closes its sentences: the names of the desk that passed the copy in a
    script without case (``राजेश अजय``, ``शिवा.श्रवण``), or codes, credits and numbers in
    brackets, slashes and figures (``(Abc/Acme)``, ``xyz-Ost mg/ab``, ``ISSN 1234 - 5678``). At
    most two such paragraphs."""
    return _closing_run_at(paras, lambda text: _desk_names(text) or _desk_marks(text), _CLOSING_MARKS)


def _closing_run_at(paras: list[list[Line]], closing: Callable[[str], bool], most: int) -> int | None:
    """Where the story's last paragraphs of one line each that ``closing`` reads start, at most
    ``most`` of them, under a paragraph that closes its sentence."""
    at = None
    for n in range(len(paras) - 1, max(len(paras) - 1 - most, 0), -1):
        text = paras[n][0].text.strip()
        if len(paras[n]) > 1 or not closing(text):
            break
        at = n
    if at is None or not closes_sentence(join(paras[at - 1])):
        return None
    return at


def _closing_lists_over(paras: list[list[Line]], last: int) -> int | None:
    """Where the story's closing lines of labels start (:func:`_closing_lists_at`), at its end or
    over the end matter after its ``last`` paragraph (its tags over the page's buttons:
    ``Погода, Москва, Россия`` over ``Версия для печати``)."""
    at = _closing_lists_at(paras)
    return at if at is not None or last == len(paras) else _closing_lists_at(paras[:last])


def _closing_lists_at(paras: list[list[Line]]) -> int | None:
    """Where the story's last lines of short labels start (:func:`_list_of_labels`): its tags and
    the page's links under the text; or its tags under a label, with only the page's end matter
    after them (:func:`_tags_over_end_matter`)."""
    at = _closing_run_at(paras, _list_of_labels, _CLOSING_LISTS)
    return at if at is not None else _tags_over_end_matter(paras)


def _tags_over_end_matter(paras: list[list[Line]]) -> int | None:
    """Where a labelled line of tags closes the story's text (``Tags: Budva, traffic, summer``,
    ``Теги: #туризм #сезон``), a few short paragraphs of the page's end matter after it, none
    a sentence but a notice of rights (headings and titles of related stories, ``© Acme``)."""
    for n in range(len(paras) - 1, max(len(paras) - 1 - _TAGS_REACH, 0), -1):
        text = paras[n][0].text.strip()
        if len(paras[n]) == 1 and _LIST_LABEL.match(text) and _list_of_labels(text):
            after = paras[n + 1 :]
            if (
                not closes_sentence(join(paras[n - 1]))
                or sum(len(join(p)) for p in after) > _TAGS_END_MATTER_MAX
            ):
                return None
            return n if all(map(_end_matter_shaped, after)) else None
    return None


def _end_matter_shaped(para: list[Line]) -> bool:
    """No line of the paragraph closes a sentence, unless it holds a copyright sign (a notice of
    rights)."""
    return all(
        not closes_sentence(line.text) or any(sign in line.text for sign in COPYRIGHT_SIGNS) for line in para
    )


#: A labelled line of tags closes the story within this many paragraphs of its end, at most this
#: many characters of end matter after it.
_TAGS_REACH = 5
_TAGS_END_MATTER_MAX = 600


def _list_of_labels(text: str) -> bool:
    """A line of three short labels or more, parted by bars, dots, commas or wide blanks, a label
    of its own before them or not (``Clibeanna: Gaeltacht | Oideachas | Gaeilge``, ``AI, Europe,
    Fintech, Startups``, ``Corrections | Submit a tip | Report error``): no sentence, and at most
    one label holds figures (results and prices do)."""
    if len(text) > _LABEL_LIST_MAX or text[-1:] in SENTENCE_END:
        return False
    m = _LIST_LABEL.match(text)
    listed = text[m.end() if m else 0 :]
    if m and listed[:1] in "#＃":
        # (hashtags after the label, parted by blanks: "Теги: #туризм #сезон")
        return _HASHTAGS_AFTER_LABEL.fullmatch(listed) is not None
    items = [item.strip() for item in _LIST_PARTS.split(listed)]
    if len(items) < _LABELS_LEAST or not all(items):
        return False
    if sum(any(char.isdigit() for char in item) for item in items) > 1:
        return False
    return all(len(item) <= _LABEL_MAX and len(item.split()) <= _LABEL_WORDS for item in items)


#: The story's closing lines of labels are at most this many, each at most this long, of at least
#: this many labels, each at most this long and this many words.
_CLOSING_LISTS = 3
_LABEL_LIST_MAX = 200
_LABELS_LEAST = 3
_LABEL_MAX = 32
_LABEL_WORDS = 4
_LIST_LABEL = compiled(r"[\p{L}][\p{L}\p{M}\-]{0,20}+(?:[ ][\p{L}][\p{L}\p{M}\-]{0,20}+)?+[ ]?[:：՝﹕][ ]")
_HASHTAGS_AFTER_LABEL = compiled(r"[#＃][^\s#＃]{1,40}+(?:[ ,]{1,3}+[#＃][^\s#＃]{1,40}+){1,11}+")
_LIST_PARTS = compiled(r"[ ]*+[|·•∙,;،、][ ]*+|[ ]{2,}+")


#: How many closing paragraphs may hold the desk's marks, each at most this long ...
_CLOSING_MARKS = 2
_DESK_MARKS_MAX = 40
#: ... names at most this many words and this long.
_DESK_NAME_WORDS = 2
_DESK_NAMES_MAX = 24


def _desk_names(text: str) -> bool:
    """A word or two of a script without case or printed without it (Georgian; where desks in
    cased scripts print codes in capitals, read by :func:`_closing_codes`), parted by a blank or a
    dot."""
    words = text.replace(".", " ").split()
    return (
        0 < len(words) <= _DESK_NAME_WORDS
        and len(text) <= _DESK_NAMES_MAX
        and not any(char.isalpha() and not printed_without_case(char) for char in text)
        and all(_UNCASED_WORD.fullmatch(word) for word in words)
    )


_UNCASED_WORD = compiled(r"[\p{L}\p{M}]++")


def _desk_marks(text: str) -> bool:
    """A short line with a sign of codes (a bracket, a slash, a figure), no stop closing it, and
    at most one word of four letters or more that is not an agency's name (``ACME (NTB) ROSE 5
    PCT`` is a headline in capitals; ``TOTAL 14.7 16.0`` a table's row)."""
    if len(text) > _DESK_MARKS_MAX or text[-1:] in SENTENCE_END or not _CODE_SIGN.search(text):
        return False
    if _CLOSED_SENTENCE.search(text):
        return False  # "…受惠。（編輯：李大同）1140305": a sentence, the editor's credit glued to it
    if holds_table_figures(text):
        return False
    words = [w for w in _LETTER_RUN.findall(text) if len(w) >= _WORD_LETTERS and known_agency(w) is None]
    return len(words) <= 1


_CODE_SIGN = re.compile(r"[/()\[\]\d]")
_CLOSED_SENTENCE = re.compile(r"[。！？!?]")
_LETTER_RUN = compiled(r"\p{L}++")
_WORD_LETTERS = 4


def _closing_field(s: BodyParagraphs, p: Paragraph) -> bool:
    """A field of a page's or export's trailer closing the story (:func:`_trailer_fields_at`):
    furniture."""
    if s.fields_from is None or p.lines[0].number < s.fields_from or len(p.lines) > 1:
        return False
    s.story.keep("furniture", p.text)
    return True


def _trailer_fields_at(lines: list[Line], kinds: dict[int, LineKind | None]) -> int | None:
    """The number of the line where the story's closing run of fields starts: two lines or more,
    each a field of any label (:func:`~wireparse.furniture.is_closing_field`: ``Regions:
    Europe``, ``Wörter: 218``) or a line of the page's own (a known label's, a link's), after
    text; a field alone (``Note: Canadian funds``) may be the story's. ``kinds`` are the lines'
    kinds as the line rules read them."""
    printed = [line for line in lines if not line.blank]
    # (an export's closing mark and notice under its trailer are no fields of it: "End of
    # Document", "Copyright © 2024 Acme LLC")
    end = len(printed)
    while end > 1 and kinds.get(printed[end - 1].number) in _CLOSING_MARK_KINDS:
        end -= 1
    start, fields = end, 0
    while start > 1:
        line = printed[start - 1]
        if is_closing_field(line.text):
            fields += 1
        elif kinds.get(line.number) not in _TRAILER_LINE_KINDS:
            break
        start -= 1
    # (under a closing mark, two fields at least: "Note: ..." over "Reuter" is the story's note)
    least = fields if end < len(printed) else end - start
    if not fields or least < _TRAILER_FIELDS:
        return None
    return printed[start].number


#: A trailer's fields and the page's lines among them are at least this many.
_TRAILER_FIELDS = 2
_PAGE_LINE_KINDS = frozenset({"furniture", "navigation"})
#: What closes an export under its trailer: its closing mark, a rule, its own notice of rights.
_CLOSING_MARK_KINDS = frozenset({"signoff", "service", "rule"})
#: The lines a trailer's fields may have among them: the page's, a rule, a notice of rights and
#: its credit (``Copyright: Copyright 2024 Acme``).
_TRAILER_LINE_KINDS = _PAGE_LINE_KINDS | {"service", "rule", "credit"}


def _closing_lists(s: BodyParagraphs, p: Paragraph) -> bool:
    """The lines of labels closing the story (:func:`_closing_lists_at`): the page's."""
    if s.lists_from is None or p.n < s.lists_from:
        return False
    s.story.keep("navigation", p.text)
    return True


def _closing_marks(s: BodyParagraphs, p: Paragraph) -> bool:
    """The desk's marks closing the story (:func:`_closing_marks_at`): a sign-off."""
    if s.marks_from is None or p.n < s.marks_from:
        return False
    s.story.keep_line("signoff", p.text)
    s.story.note_signoff("signoff", p.text)
    return True


def _repeated_note(s: BodyParagraphs, p: Paragraph) -> bool:
    """A note wholly in brackets that the head printed already (a service's terms of sale above the
    story and again below it): a duplicate."""
    if p.text[:1] != "(" or p.text[-1:] != ")":
        return False
    notes = _BRACKETED.findall(p.text)  # (one note, or several set in one paragraph)
    if " ".join(notes) != p.text:
        return False
    kept = [fold_name(note.text) for note in s.story.boilerplate if note.kind in _NOTE_KINDS_KEPT]
    if not all(any(fold_name(note) in text for text in kept) for note in notes):
        return False
    s.story.keep("duplicate", p.text)
    return True


#: The kinds of the head's notes a note below the story may repeat.
_NOTE_KINDS_KEPT = frozenset({"ednote", "service"})
_BRACKETED = re.compile(r"\([^()]*+\)")


def _opening_tagline(s: BodyParagraphs, p: Paragraph) -> bool:
    """Before the story's text, a paragraph wholly in brackets about its writer (``(Jane Roe is a
    columnist for The Herald.)``), as a service prints it under the byline: the writer's tagline."""
    inner = in_brackets(p.text) if not s.story.paragraphs and p.n < s.count - 1 else None
    if not inner or not is_tagline(inner):
        return False
    s.story.keep_line("signoff", p.text)
    return True


def _kicker_deck(s: BodyParagraphs, p: Paragraph) -> bool:
    """The first paragraph after a dateline printed alone, headed by a kicker in capitals and
    followed by the story (``CHINESE AGGRESSION: Manila accused ...``): the paper's standfirst."""
    if s.story.paragraphs or s.story.summary is not None or s.dateline_text or p.n >= s.count - 1:
        return False
    if len(p.text) > SUMMARY_MAX or not opens_with_kicker(p.text):
        return False
    s.story.summary = p.text
    return True


def _paragraph(s: BodyParagraphs, p: Paragraph) -> bool:
    s.story.paragraphs.append(p.text)
    return True


#: The body's paragraph rules, in the order they are tried on each paragraph.
BODY_PARAGRAPH_RULES: tuple[Rule[BodyParagraphs, Paragraph], ...] = (
    Rule("set_aside", _set_aside, "end notes after a closing rule, sub-headlines of a roundup"),
    Rule("caption", _caption, "a one-line photo caption or credit between paragraphs"),
    Rule("note", _note, "an editor's note, sign-off, service or furniture paragraph"),
    Rule("closing_codes", _closing_codes, "the story's last paragraph of a desk's codes alone"),
    Rule("rights_notice", _rights_notice, "a short closing paragraph that reserves the story's rights"),
    Rule("tagline", _tagline, "a short closing paragraph about the writer, or an address alone"),
    Rule("writer_note", _writer_note, "a short closing paragraph opening with a name the byline gives"),
    Rule("credit_again", _credit_again, "the dateline's agency alone again under the story: its sign-off"),
    Rule("closing_byline", _closing_byline, "a byline, or a name and an agency's credit, closing the story"),
    Rule("closing_marks", _closing_marks, "short lines of names or codes without a stop closing the story"),
    Rule(
        "closing_lists", _closing_lists, "lines of short labels closing the story: its tags, the page's links"
    ),
    Rule("closing_field", _closing_field, "a field of a page's trailer closing the story, any label"),
    Rule("repeated_note", _repeated_note, "a note in brackets the head printed already"),
    Rule(
        "opening_tagline",
        _opening_tagline,
        "before the story's text, a note on its writer wholly in brackets",
    ),
    Rule(
        "kicker_deck",
        _kicker_deck,
        "after a dateline alone, a first paragraph headed by a kicker: a standfirst",
    ),
    Rule("paragraph", _paragraph, "anything else is story text"),
)


def _end_matter(para: list[Line], kinds: dict[int, LineKind | None]) -> bool:
    """A paragraph of the end matter under a story: a line the line rules read as the page's or
    the wire's furniture (``Share: Facebook X``, ``(c) Acme Wire Ltd.``), or a short notice of
    rights, tagline or line of contacts (a mail's footer: ``You receive this alert because ...``)."""
    if len(para) == 1 and kinds.get(para[0].number) in _END_MATTER_KINDS:
        return True
    text = join(para)
    return len(text) <= TAGLINE_MAX and any(test(text) for test in _END_MATTER_TESTS)


_END_MATTER_KINDS = frozenset({"navigation", "furniture", "signoff", "service", "credit"})
_END_MATTER_TESTS = (
    is_rights_notice,
    is_reuse_notice,
    is_tagline,
    is_contact_line,
    is_page_notice,
    is_channel_plug,
)


def _aside(
    paras: list[list[Line]], rules: list[tuple[int, LineKind, str]], reference: dt.date | None
) -> set[int]:
    """Paragraphs set aside by rules: the end notes after a closing rule or notebook mark, and the
    sub-headlines between a rule and the next dateline of a roundup."""
    aside: set[int] = set()
    last_rule = max((number for number, kind, _ in rules if kind == "rule"), default=None)
    for number, kind, text in rules:
        # (a heading set aside over its paragraph, no blank line between: the paragraph is after it)
        after = [n for n, para in enumerate(paras) if _first_text_line(para) > number]
        if not after:
            continue
        if kind == "notebook":
            aside.update(after)
            continue
        next_dateline = next((n for n in after[:3] if strong_dateline(paras[n][0].text, reference)), None)
        if next_dateline is not None:
            aside.update(n for n in after if n < next_dateline)
        elif _closing_section_heading(text, paras[: after[0]]) and _closing_sections(paras, after):
            aside.update(after)  # ("About Acme Corp": a release's closing sections, however many)
        elif number == last_rule and _trailer(paras, after):
            aside.update(after)  # (text between two rules is a section of the story)
        elif is_related_heading(text):
            # (the titles under it; the story's text may go on under them)
            aside.update(_headlines_listed(paras, after, rules, number))
    return aside


def _links_under_heading(paras: list[list[Line]]) -> set[int]:
    """The story's last paragraphs when they are a short heading closed by a colon, alone on its
    line, over one to three paragraphs of titles (:func:`_listed_title`) under text that closes
    its sentence: a page's pointer to other stories in any language (``Смотрите также:``,
    ``Habari zaidi:``, ``See also:``), which the headings the tables know need not name."""
    for heading in range(len(paras) - 2, max(len(paras) - 2 - _LISTED_PARAGRAPHS, 0), -1):
        if not _colon_heading(paras[heading]):
            continue
        listed = [line for para in paras[heading + 1 :] for line in para if line.text]
        if len(listed) <= _LISTED_LINES and all(_listed_title(line.text) for line in listed):
            if closes_sentence(join(paras[heading - 1])):
                return set(range(heading, len(paras)))
        return set()
    return set()


def _titles_under_heading(paras: list[list[Line]], kinds: dict[int, LineKind | None]) -> set[int]:
    """A block of a short heading over two titles or more, closing the story's text under a
    paragraph that closes its sentence, only the page's end matter after it: a page's list of
    other stories, whatever words head it (``Articole recomandate``, ``Most Visited in Economy``,
    ``Самое читаемое``), colon or not."""
    end = len(paras)
    while end > 1 and _end_matter(paras[end - 1], kinds):
        end -= 1
    for n in range(end - 1, max(end - 1 - _LISTED_PARAGRAPHS, 0), -1):
        block = [line.text.strip() for line in paras[n] if line.text]
        if not (_LISTED_LEAST < len(block) <= _LISTED_LINES + 1 and _short_heading(block[0])):
            continue
        titles = all(_story_title(text) for text in block[1:])
        if titles and _under_text(paras[:n]) and all(map(_end_matter_shaped, paras[n + 1 : end])):
            return set(range(n, end))
        return set()
    return set()


def _under_text(paras: list[list[Line]]) -> bool:
    """The last of ``paras`` that holds text is the story's (it closes its sentence, or is longer
    than any title), or a row of a page's buttons (a short line, no stop) stands between it and
    what follows (``Deelen   Kommentéieren``)."""
    texts = (join(para) for para in reversed(paras) if any(line.text for line in para))
    last = next(texts, None)
    if last is not None and not closes_sentence(last) and len(last) <= _BUTTON_ROW_MAX:
        last = next(texts, None)
    return last is not None and (closes_sentence(last) or len(last) > _LISTED_TITLE_MAX)


#: A row of a page's buttons under the story is at most this long.
_BUTTON_ROW_MAX = 40


def _story_title(text: str) -> bool:
    """Another story's title as a page lists it under a heading: a few words, no sentence closed
    (a writer's title and town under the name are no titles: ``Special correspondent``)."""
    return len(text.split()) >= _TITLE_WORDS_LEAST and _listed_title(text) and not closes_sentence(text)


#: A heading's block holds at least this many titles under it, each of at least this many words.
_LISTED_LEAST = 2
_TITLE_WORDS_LEAST = 3


def _colon_heading(para: list[Line]) -> bool:
    """One line of a few words and no figure, closed by a colon (``Смотрите также:``)."""
    text = para[0].text.strip() if len(para) == 1 else ""
    return text[-1:] in _HEADING_COLONS and _short_heading(text)


def _short_heading(text: str) -> bool:
    """A few capitalised words and no figure, closing no sentence."""
    return (
        text[-1:] not in SENTENCE_END
        and len(text) <= _COLON_HEADING_MAX
        and len(text.split()) <= _COLON_HEADING_WORDS
        and text[:1].isupper()
        and not any(char.isdigit() for char in text)
    )


def _listed_title(text: str) -> bool:
    """A story's title as a page lists it: short, closing no sentence with a stop (a question's
    mark may close it), no row of a table's figures."""
    return (
        len(text) <= _LISTED_TITLE_MAX
        and text.rstrip()[-1:] not in _NO_TITLE_ENDS
        and not holds_table_figures(text)
    )


#: A heading over the story's closing links is at most this long and this many words; at most
#: this many paragraphs and lines of titles, each at most this long, are under it.
_COLON_HEADING_MAX = 40
_COLON_HEADING_WORDS = 4
_LISTED_PARAGRAPHS = 3
_LISTED_LINES = 5
_LISTED_TITLE_MAX = 160
_HEADING_COLONS = frozenset(":：")
_NO_TITLE_ENDS = frozenset(".。,;:：")


def _contact_block(paras: list[list[Line]]) -> set[int]:
    """The contacts closing a release or a story: short lines that close no sentence (a name, a
    department, a company) down to the last paragraph, one of them at least a telephone number or
    a mail or web address (``Telefon: +43 1 555 0100``, ``E-Mail: press@acme.example``), under text
    that closes its sentence."""
    start, contact = len(paras), False
    for n in range(len(paras) - 1, max(len(paras) - 1 - _CONTACT_PARAGRAPHS, 0), -1):
        texts = [line.text for line in paras[n] if line.text]
        found = [is_contact_line(text) for text in texts]
        # (a paragraph that closes its sentence is text, wrapped over short lines or not, unless
        # every line of it is a contact's: most stories stop here at their last paragraph)
        if closes_sentence(" ".join(texts)) and not all(found):
            break
        limit = _CONTACT_LINE_MAX if len(texts) == 1 else _CONTACT_BLOCK_LINE_MAX
        if not all(found[i] or _contact_part(text, limit) for i, text in enumerate(texts)):
            break
        start, contact = n, contact or any(found)
    if not contact or start == len(paras) or not closes_sentence(join(paras[start - 1])):
        return set()
    # (a writer's tagline among them is read as one: "Jane Roe can be reached at ...")
    return {n for n in range(start, len(paras)) if not is_tagline(join(paras[n]))}


#: A block of contacts holds at most this many paragraphs, each a line at most this long.
_CONTACT_PARAGRAPHS = 8
_CONTACT_LINE_MAX = 80
#: ... or, in a block of several lines, this long (a paragraph hard-wrapped has longer lines).
_CONTACT_BLOCK_LINE_MAX = 48
#: A line of a contact closes no sentence or quote.
_NO_CONTACT_ENDS = frozenset(SENTENCE_END) | frozenset("\"”»’'")


def _contact_part(text: str, limit: int) -> bool:
    """A line a contact's block may hold besides its numbers: a name, a title, a department."""
    return len(text) <= limit and text[-1:] not in _NO_CONTACT_ENDS


def _first_text_line(para: list[Line]) -> int:
    """The number of the paragraph's first line of text (a line set aside is blanked)."""
    return next((line.number for line in para if line.text), para[0].number)


def _headlines_listed(
    paras: list[list[Line]], after: list[int], rules: list[tuple[int, LineKind, str]], number: int
) -> list[int]:
    """The paragraphs under a heading of related stories, up to the next rule or the first
    paragraph with a line that closes a sentence, when every line of them is a headline
    (``MORE HEADLINES`` over ``* Latvia extends ...``; ``LEIA TAMBÉM:`` over two titles over the
    story's next paragraph)."""
    until = min((n for n, _, _ in rules if n > number), default=None)
    listed = list(
        takewhile(
            lambda n: (
                (until is None or paras[n][0].number < until)
                and all(line.text[-1:] not in SENTENCE_END for line in paras[n] if line.text)
            ),
            after,
        )
    )
    return listed if len(listed) <= _TRAILER_PARAGRAPHS else []


def _trailer(paras: list[list[Line]], after: list[int]) -> bool:
    """The paragraphs after a story's last rule are few and short enough to be end notes."""
    return _few_and_short(paras, after, _TRAILER_PARAGRAPHS, _TRAILER_CHARS)


def _closing_sections(paras: list[list[Line]], after: list[int]) -> bool:
    """The paragraphs under a release's closing heading (its company's profile, its caution on
    forward-looking statements, its contacts, the wire's own promotion under them) are at most
    as many and as long as such sections run."""
    return _few_and_short(paras, after, _CLOSING_SECTION_PARAGRAPHS, _CLOSING_SECTION_CHARS)


def _closing_section_heading(heading: str, before: list[list[Line]]) -> bool:
    """A release's closing heading: its contacts (``Rückfragehinweis:``), or an "about" heading
    naming what the story above names (``About Acme Marine`` under text of ``Acme Marine Systems,
    Inc.``): its issuer's profile, not a section of the story (``About the Study``)."""
    if not is_closing_heading(heading):
        return False
    if not heading.startswith(ABOUT_HEADINGS):
        return True
    words = [word for word in heading.split()[1:] if len(word) >= _ISSUER_WORD_MIN and word[:1].isupper()]
    # (the heading in capitals names it as the text prints it: "ABOUT ACME MARINE")
    name = words[0].casefold() if words else ""
    return bool(name) and any(name in line.text.casefold() for para in before for line in para)


#: The issuer's first word in its closing heading is at least this long (past "the", "of").
_ISSUER_WORD_MIN = 3


def _few_and_short(paras: list[list[Line]], after: list[int], most: int, chars: int) -> bool:
    return len(after) <= most and sum(len(join(paras[n])) for n in after) <= chars


#: A release's closing sections run to at most this many paragraphs and characters.
_CLOSING_SECTION_PARAGRAPHS = 16
_CLOSING_SECTION_CHARS = 4000


def continues_wrap(prev: Line | None, line: Line, width: int | None = None) -> bool:
    """True when ``line`` continues a hard-wrapped paragraph rather than starting one. Given the
    widest line ``width`` the wrapping may have filled (:func:`wrap_width`), a line whose first
    word would have fitted after the line before it starts one: a wrap breaks a line only where
    the next word does not fit (a headline over a dateline, no blank line between them)."""
    if prev is None or prev.blank or line.indent > prev.indent or is_codes_only(line.text):
        return False  # (a line of typesetting codes alone is wire furniture, wherever it stands)
    if opens_with_ideographic_indent(line):
        return False
    if not (WRAP_MIN <= prev.width <= WRAP_WIDTH and prev.text[-1:] not in SENTENCE_END):
        return False
    first = line.text.split(None, 1)
    return width is None or not first or prev.width + 1 + len(first[0]) > width


def wrap_width(lines: list[Line]) -> int:
    """The widest line a hard wrap may have filled: the widest of ``lines`` (a wrap fills each
    line as far as the next word allows, so no line is wider than its width)."""
    return max((line.width for line in lines), default=WRAP_WIDTH)


def photo_caption(line: Line) -> tuple[str, str] | None:
    """A photo caption printed with its credit on one line, as (caption, credit)."""
    combined = split_caption(line.text, line.gaps) if len(line.text) <= _MAX_WRAPPED_NOTE else None
    return combined if combined and is_photo_credit(combined[1]) else None
