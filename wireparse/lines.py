"""Lines of a story as the parser sees them: split on LF, CRLF and CR only, control characters and
wire codes set aside, indentation measured, and paragraphs rebuilt from hard-wrapped lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

import regex

from .compiled import compiled
from .records import read_record
from .words import (
    DATASET_FIELD_MARKERS,
    EXPORT_CODES_NEEDED,
    EXPORT_FIELD_CODES,
    NEWS_BLOCK_ELEMENTS,
    NEWS_FIELD_ELEMENTS,
    NITF_INLINE_ELEMENTS,
    RUN_IN_STAMP_LABELS,
    RUN_IN_STAMP_OPENERS,
)

#: Only these end a line; VT, FF, U+0085, U+2028 and U+2029 stay inside it.
#: (blanks between a CR and its LF are trailing blanks, not a line of their own)
_LINE_BREAK = compiled(r"\r[ \t]*+\n|\r|\n")
#: C0 controls but tab, DEL, and C1 controls: transmission codes, never text.
_CONTROLS = compiled(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]++")
#: ANPA format codes: a caret opening a field and a ``<`` or ``=`` closing it.
_ANPA_FIELD = compiled(r"\^(?P<body>[^\n]*?)[<=]?$")
#: TIPSTER/AQUAINT typesetting codes (``&QL;``, ``&UR;``) printed inside a line of text.
# (a match starts only where a run of blanks does: no rescans of long runs)
_INLINE_CODE = compiled(r"(?<![ ])[ ]*+&[A-Z]{2};[ ]*+")


#: Blanks other than the space: a run of any of them (or of spaces) reads as one space, so that a
#: desk that doubles its blanks or types a no-break space prints the same story.
#: (A lone ideographic space stays: Japanese and Chinese headlines set their parts apart with it.)
@cache
def _odd_blank() -> regex.Pattern[str]:
    return compiled(r"[^\S \u3000]|\s{2}")


#: The signs a list marker is made of, besides one or two hyphens.
_MARKER_SIGNS = "–—*•·▪■●►▶▸→"  # (a pointer opens a related link as a bullet does: "► À lire aussi")
_MARKER_STARTS = frozenset("-" + _MARKER_SIGNS)
#: A list marker's sign: one or two hyphens, or one of the others.
_MARKER = rf"(?:--?|[{_MARKER_SIGNS}])"
#: Blanks and list markers a transmission code may follow and still open its line.
_LAYOUT_BEFORE_CODES = " \t-" + _MARKER_SIGNS


#: A list marker opening a line (``-- ``, ``– ``, ``* ``, ``• ``): layout, not text. It is set aside
#: only before a sign that is not itself a dash, bullet or rule, so ``* * *`` and ``- - -`` stay
#: rules; a minus touches its number (``-5``), so it is no marker.
@cache
def _list_marker() -> regex.Pattern[str]:
    # (a flash's asterisk touching its word is text: "-- *ACME SEES 2025 SALES UP")
    return compiled(rf"(?:{_MARKER}\s++)++(?=[^\s\-{_MARKER_SIGNS}_=]|\*\p{{L}})")


#: Pictographs a feed or channel opens a line with (emoji, dingbats, flags), joined or not, a bar
#: after them or not, before its text: layout, like a list's bullet. (Signs such as © and ° are no
#: pictographs.)
PICTOGRAPH_FIRST = "\u2600"
#: The pictographs' ranges, as a character class's inside.
PICTOGRAPH_SIGNS = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff"


@cache
def _pictographs() -> regex.Pattern[str]:
    # (a bar may part them from the text: "🇦🇪 | أبوظبي في 5 مارس / وام /")
    return compiled(rf"(?:[{PICTOGRAPH_SIGNS}\u200d\ufe0f][ ]*+)++(?:[|｜│][ ]*+)?(?=\S)")


#: A paragraph that opens with one of these dashes quotes someone (Finnish, Swedish, Russian,
#: French and Spanish copy print speech so): the dash stays with the text, list or not.
_QUOTATION_DASHES = ("–", "—")


#: Markers with nothing after them (asterisks aside: ``* * *`` is a rule).
@cache
def _markers_alone() -> regex.Pattern[str]:
    signs = _MARKER_SIGNS.replace("*", "")
    return compiled(rf"(?:--?|[{signs}])(?:\s++(?:--?|[{signs}]))*+")


#: What a code's line break is written as: a line break and a unit separator, a control character
#: that marks the new line as part of the one before it (and is then dropped with the others).
_CODE_BREAK = "\n\x1f"


#: TIPSTER/AQUAINT codes that are layout of lines: ``&HT;`` opens a field (a headline, a byline),
#: ``&QL;`` and ``&QC;`` close a line set flush left or centred. Where text shares the line with
#: them, the line is broken there, so each field is read as a line of its own (not after a list
#: marker). (``&UR;`` ... ``&LR;`` mark a run inside a line, and stay there as a blank.)
@cache
def _tipster_break() -> regex.Pattern[str]:
    return compiled(rf"(?<=[^\s\-{_MARKER_SIGNS}])[ \t]*+(?=&HT;)|(?<=&Q[LC];)[ \t]*+(?=\S)")


#: IPTC 7901 closes a header line with `` =``.
END_OF_HEADER = " ="
#: What closes a sentence, in the scripts whose stops are signs of their own (。 ！ ？ । ۔ ؟, the
#: Burmese ။ and the Ethiopic ።).
SENTENCE_END = ".!?…\"”»'。！？।۔؟။።"


#: The pairs of brackets a line may be printed wholly in (``(For use by ...)``, ``[Photo: ...]``).
BRACKET_PAIRS = frozenset({("(", ")"), ("[", "]")})


def closes_sentence(text: str) -> bool:
    """The line closes a sentence: a stop, or a stop inside closing quotes or a bracket (a title
    closing on a quote, ``... “Servire la liturgia”``, closes none)."""
    return text.rstrip("\"'”’»)").endswith(tuple(SENTENCE_END))


#: ... and what closes a line that ends its paragraph (a colon before a quote or list).
_SENTENCE_END = SENTENCE_END + ":"
#: Lines longer than this are web copy (a paragraph per line), never a hard wrap.
WRAP_WIDTH = 100


class Line(NamedTuple):
    """One line of a story (a named tuple: the parser makes one per line, so it must be cheap)."""

    number: int
    text: str
    """The line without control characters, ANPA codes or surrounding blanks."""
    indent: int
    """Leading blanks, a tab counting as four."""
    raw: str
    """The line as printed, for the record of what was set aside."""
    header: bool = False
    """A header line of the transmission or export: opened with SOH (or SYN), or a field of a
    coded export's header and trailer (``WC 412 words``)."""
    field: bool = False
    """The line was an ANPA field (``^...<``): a headline, abstract or byline slot."""
    codes: tuple[str, ...] = ()
    """Typesetting codes taken out of the line's text."""
    marker: str = ""
    """A list marker printed before the text (``-- ``), kept for the body's paragraphs."""
    gaps: tuple[int, ...] = ()
    """Offsets in ``text`` of the blanks that stood for a wider run than the line's others: a
    caption and its credit set apart on one line (``Caption  Jane Roe/TASS``)."""

    lead: int = 0
    """Characters printed before ``text`` on its line that are not part of it (a dateline)."""

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def width(self) -> int:
        """How wide the line was printed: what hard-wrapping is judged by."""
        return self.lead + len(self.marker) + len(self.text)


@cache
def blank_run() -> regex.Pattern[str]:
    """A run of blanks."""
    return compiled(r"\s++")


def fold_blanks(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` with every run of blanks read as one space, and where the runs wider than the
    line's usual run were (so doubling every blank of a line changes neither)."""
    runs = [m.span() for m in blank_run().finditer(text)]
    widths = [end - start for start, end in runs]
    usual = max(set(widths), key=lambda w: (widths.count(w), -w))
    out: list[str] = []
    gaps: list[int] = []
    pos = length = 0
    for (start, end), width in zip(runs, widths):
        out.append(text[pos:start])
        length += start - pos
        if width > usual:
            gaps.append(length)
        out.append(" ")
        length += 1
        pos = end
    out.append(text[pos:])
    return "".join(out), tuple(gaps)


_NO_MARGIN = 1 << 30


#: A line made by the tuple itself, every field given in order (a named tuple's own constructor,
#: which fills defaults in Python, costs twice as much, and a story has a line per line).
_new_line = tuple.__new__
#: TIPSTER's codes that open and close a run inside a line (``&UR; Spin &LR;``): a line that a
#: wrap opened with one is no new paragraph, whatever blank stands before it.
_RUN_CODES = ("&UR;", "&LR;")
#: TIPSTER's hard tab: a paragraph's indent, as a code.
_HARD_TAB = "&HT;"
#: How a line that a typesetting code broke off opens.
_CODE_BROKEN = _CODE_BREAK[1:]


#: HTML left in exported copy: tags that break a line or a paragraph, tags inside a line, and
#: character references (``&nbsp;``, ``&#8217;``; named ones in lower case, so TIPSTER's ``&HT;``
#: stays a code).
#: (A tag's attributes hold an equals sign: ``<Acme Inc>`` and a ticker such as ``<P>`` are text,
#: and markup is read as such only in a story that closes a tag or breaks a line with one.)
@cache
def _html_sign() -> regex.Pattern[str]:
    news = _elements(NEWS_BLOCK_ELEMENTS + tuple(NEWS_FIELD_ELEMENTS))
    return compiled(
        rf"</(?:p|div|h[1-6]|li|a|b|i|span|strong|em|td|tr|{news})>|<br[ ]*+/?>|<\?xml[ ]|<!DOCTYPE[ ]|{_LONE_CLOSING_TAG}",
        regex.I | regex.M,
    )


#: An element's name, of any vocabulary (``item``, ``body.content``, ``dc:creator``).
_TAG_NAME = r"[A-Za-z][\w.:\-]{0,40}+"
#: A closing tag alone on its line: XML of any vocabulary (``</item>``, ``</newsitem>``).
_LONE_CLOSING_TAG = rf"^[ \t]*+</{_TAG_NAME}>[ \t]*+$"


#: In marked-up copy, a tag, declaration or instruction alone on its line is layout, whatever
#: its vocabulary (``<?xml ...?>``, ``<!DOCTYPE ...>``, ``<item>``, ``<newsitem itemid="1">``).
@cache
def _lone_tag() -> regex.Pattern[str]:
    return compiled(
        rf"^[ \t]*+(?:<[?!][^<>\n]{{0,300}}+>|</?{_TAG_NAME}(?:[ ][^<>\n]{{0,300}}+)?/?>)[ \t]*+$",
        regex.M,
    )


#: In marked-up copy, a line made of elements of any vocabulary the markup step left (none of a
#: story's blocks or fields): the archive's data about the story, furniture.
@cache
def _element_line() -> regex.Pattern[str]:
    return compiled(rf"<{_TAG_NAME}(?:[ ][^<>\n]{{0,300}}+)?>[^\n]*</{_TAG_NAME}>")


def _elements(names: tuple[str, ...]) -> str:
    return "|".join(regex.escape(name) for name in sorted(names, key=len, reverse=True))


#: An element whose content is one field, on one line (``<DOCNO> APW19980605.1898 </DOCNO>``).
@cache
def _field_element() -> regex.Pattern[str]:
    fields = _elements(tuple(NEWS_FIELD_ELEMENTS))
    return compiled(rf"<(?P<name>{fields})>\s*+(?P<value>[^<>\n]{{1,200}}+)\s*+</(?P=name)>", regex.I)


def _as_field(m: regex.Match[str]) -> str:
    return f"\n\n{NEWS_FIELD_ELEMENTS[m['name'].casefold()].upper()}: {m['value'].strip()}\n\n"


_ATTRIBUTES = r"(?:[ ][^<>=\n]{1,100}+=[^<>\n]{0,200}+)?"


@cache
def _break_tag() -> regex.Pattern[str]:
    return compiled(
        rf"<br[ ]*+/?>|</?(?:p|div|h[1-6]|li|tr|blockquote|section|article|{_elements(NEWS_BLOCK_ELEMENTS)}){_ATTRIBUTES}[ ]*+>",
        regex.I,
    )


@cache
def _inline_tag() -> regex.Pattern[str]:
    # (and NITF's inline elements, which mark names, places and dates inside a line of text)
    return compiled(
        rf"</?(?:a|b|i|u|em|strong|span|font|small|sup|sub|{_elements(NITF_INLINE_ELEMENTS)}){_ATTRIBUTES}>",
        regex.I,
    )


@cache
def _character_reference() -> regex.Pattern[str]:
    return compiled(r"&(?:#[0-9]{1,7}+|#[xX][0-9a-fA-F]{1,6}+|[a-z][a-zA-Z0-9]{1,31}+);")


#: A line quoted in a mail (``> ``, ``>> ``).
@cache
def _quote_mark() -> regex.Pattern[str]:
    return compiled(r"^[ \t]*+>[ ]?", regex.M)


def _without_markup(text: str, marked_up: bool) -> str:
    """``text`` without the HTML an export left in it (``marked_up``: the story breaks lines or
    closes elements with tags): a tag that breaks a line or paragraph is a line break (a
    paragraph's closing tag a blank line), a tag inside a line nothing, and a character reference
    the character it names."""
    if marked_up:
        text = _field_element().sub(_as_field, text)
        text = _break_tag().sub(lambda m: "\n\n" if m.group().startswith("</") else "\n", text)
        text = _inline_tag().sub("", text)
        text = _lone_tag().sub("", text)
    if "&" in text and _character_reference().search(text):
        import html  # (its table of entities is read only for copy that needs it)

        text = _character_reference().sub(lambda m: html.unescape(m.group()), text)
    return text


#: A line that opens with an export's field code, and the value after it on the line.
_EXPORT_CODE = re.compile(
    rf"(?P<code>{'|'.join(sorted(EXPORT_FIELD_CODES, key=len, reverse=True))})(?:[ \t]++(?P<value>\S.*)|[ \t]*+)"
)
#: What a story's text holds to be tried as a coded export: the headline's code opening a line,
#: after blanks or a list marker or not (the layout may indent every line, or mark it: "-- HD").
_EXPORT_SIGN = re.compile(rf"^[ \t]*+(?:{_MARKER}[ \t]++)?HD(?:[ \t]|$)", re.M)
#: ... and as a dataset's file: a field marker opening a line.
_DATASET_SIGN = re.compile(r"^\[SN\]", re.M)
#: A summarisation dataset's field marker opening a line (``[SN]TITLE[SN]``), and a value after it.
_DATASET_MARKER = re.compile(
    rf"\[SN\](?P<code>{'|'.join(map(re.escape, DATASET_FIELD_MARKERS))})\[SN\](?:[ \t]*+(?P<value>\S.*)|[ \t]*+)"
)


def _factiva_layout(codes: set[str]) -> bool:
    """The codes of a news database's export: the headline's, the body's, and enough of the header's."""
    header_codes = sum(EXPORT_FIELD_CODES[code] == "furniture" for code in codes)
    return header_codes >= EXPORT_CODES_NEEDED and "HD" in codes and not codes.isdisjoint(("LP", "TD"))


def _dataset_layout(codes: set[str]) -> bool:
    """The markers of a summarisation dataset's file: its title's and its body's."""
    return {"TITLE", "RESTBODY"} <= codes


class _CodedLayout(NamedTuple):
    """A layout whose lines open with the codes of its fields."""

    literal: str
    """Text every story in the layout holds: a story without it is not searched for the sign."""
    sign: re.Pattern[str]
    """What the story's text must hold to be tried as this layout."""
    code: re.Pattern[str]
    roles: dict[str, str]
    accepts: Callable[[set[str]], bool]


#: The coded layouts, tried in order.
_CODED_LAYOUTS: tuple[_CodedLayout, ...] = (
    _CodedLayout("HD", _EXPORT_SIGN, _EXPORT_CODE, EXPORT_FIELD_CODES, _factiva_layout),
    _CodedLayout("[SN]", _DATASET_SIGN, _DATASET_MARKER, DATASET_FIELD_MARKERS, _dataset_layout),
)
#: The roles whose value becomes a labelled field of a line of its own.
_LABELLED_ROLES = frozenset({"headline", "byline", "summary"})


def _read_coded_fields(text: str) -> tuple[str, frozenset[int]]:
    """A story in a coded layout (a news database's export, :data:`EXPORT_FIELD_CODES`; a
    dataset's file, :data:`DATASET_FIELD_MARKERS`) as the fields it holds: the headline, byline
    and summary as labelled fields, the body without its codes, each field on lines of its own;
    and the numbers of the header and trailer lines, which are furniture. Other text as it is,
    with no header lines."""
    for layout in _CODED_LAYOUTS:
        if layout.literal in text and layout.sign.search(text):
            raws = _LINE_BREAK.split(text)
            found = [layout.code.fullmatch(without_layout(raw)) for raw in raws]
            if layout.accepts({m["code"] for m in found if m}):
                return _coded_fields(raws, found, layout.roles)
    return text, frozenset()


def without_layout(raw: str) -> str:
    """A raw line without its blanks at either end and the list marker opening it."""
    stripped = raw.strip()
    marker = _list_marker().match(stripped) if stripped[:1] in _MARKER_STARTS else None
    return stripped[marker.end() :] if marker else stripped


def _coded_fields(
    raws: list[str], found: list[re.Match[str] | None], roles: dict[str, str]
) -> tuple[str, frozenset[int]]:
    out: list[str] = []
    header: set[int] = set()
    role: str | None = "furniture"  # (what precedes the first field is the export's page header)
    label: list[str] = []  # a labelled field's value, over one line or more
    for raw, m in zip(raws, found):
        if m or not raw.strip():
            _flush_label(out, role, label)
        if m:
            role = roles[m["code"]]
            value = m["value"] or ""
            if role == "furniture":
                header.add(len(out))
                out.append(raw)
            elif role == "body":
                out.extend(("", value))
            else:
                label.append(value)
        elif role == "furniture" and raw.strip():
            header.add(len(out))  # a value of the header under its code, or the page's header
            out.append(raw)
        elif role in _LABELLED_ROLES and raw.strip():
            label.append(without_layout(raw))
        else:
            if role != "body" and not raw.strip():
                role = None  # a blank ends a header or labelled field; the body runs on over blanks
            out.append(raw)
    _flush_label(out, role, label)
    return "\n".join(out), frozenset(header)


def _flush_label(out: list[str], role: str | None, label: list[str]) -> None:
    """A field's value gathered so far (a headline, byline or summary), as the labelled field of a
    line of its own."""
    value = " ".join(part for part in label if part)
    if value:
        out.extend(("", f"{role.title() if role else ''}: {value}", ""))
    label.clear()


#: The spaced stop that parts the fields of a flattened page head, what such a head opens with,
#: and how far into the story it may run.
_RUN_IN_STOP = " . "
_RUN_IN_OPENING = re.compile(
    r"\s*+(?:"
    + "|".join(map(re.escape, ("By . ", *(label.upper() + " . " for label in RUN_IN_STAMP_LABELS))))
    + ")"
)
_RUN_IN_HEAD_MAX = 300


def _without_run_in_head(text: str) -> str:
    """``text`` with the page head its first line runs in (a byline and time stamps parted by
    spaced stops: :data:`RUN_IN_STAMP_LABELS`) set on lines of their own above the story's text;
    other text as it is."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    first = text[start : end if end >= 0 else len(text)]
    fields = first.split(_RUN_IN_STOP)
    head: list[str] = []
    i = 0
    if fields[0] == "By" and len(fields) > 2 and fields[1][:1].isupper():
        head.append(f"By {fields[1]}")
        i = 2
    while i < len(fields) - 1:
        field = fields[i].casefold()
        if field == "|":
            i += 1
        elif field in RUN_IN_STAMP_LABELS:
            head.append(f"{fields[i]} {fields[i + 1]}")
            i += 2
        elif field.startswith(RUN_IN_STAMP_OPENERS):
            head.append(fields[i])
            i += 1
        else:
            break
    if not head or i == 0:
        return text
    rest = _RUN_IN_STOP.join(fields[i:])
    return text[:start] + "\n".join(head) + "\n\n" + rest + text[start + len(first) :]


def _without_markdown(text: str) -> str:
    """``text`` without the Markdown a converter or a messaging app wrote around its words: a
    heading's hashes (``# Headline``), emphasis in pairs of asterisks or underscores
    (``**WASHINGTON (AP)** —``, ``*By Jane Roe*``, ``_a caption_``), a link's target
    (``[text](https://...)`` keeps its text), an image (``![alt](...)``) and a block quote's mark.
    Emphasis needs its signs against its words (``* * *`` and AP's spaced ``_`` are no emphasis).
    A Pandoc title block's signs open the story's first lines: ``% Title``, ``% Author``, ``% Date``."""
    if _opens_title_block(text):
        head, blank, rest = text.partition("\n\n")
        text = _title_block().sub(r"\g<marker>", head) + blank + rest
    if "](" in text:
        text = _markdown_image().sub("", text)
        text = _markdown_link().sub(r"\g<text>", text)
    if "#" in text:
        text = _markdown_heading().sub(r"\g<margin>", text)
    if "> " in text and _markdown_quote().search(text):
        text = _markdown_quote().sub(r"\g<margin>", text)
    return _markdown_emphasis().sub(r"\g<words>", text)


def _numbers_its_links(text: str) -> bool:
    """A page dumped as text by a browser that numbers its links (``[13]Colorado``, ``* [14]Weather``):
    at least :data:`_LINK_REFERENCES_MIN` numbers in brackets run into the words they link, each
    greater than the one before (a footnote's number follows its word, and numbers no run)."""
    numbers = [int(m["number"]) for m in _link_reference().finditer(text)]
    return len(numbers) >= _LINK_REFERENCES_MIN and all(a < b for a, b in zip(numbers, numbers[1:]))


#: A dump numbers at least this many of its links.
_LINK_REFERENCES_MIN = 3


@cache
def _link_reference() -> re.Pattern[str]:
    """A link's number in brackets, run into the link's first word: the dump's layout."""
    return re.compile(r"(?<![\w\[\]])\[(?P<number>\d{1,4})\](?=[^\s\[\]\d])")


def _has_markdown(text: str) -> bool:
    """The signs Markdown is made of, paired or at a line's start (most copy holds none: one
    search for any of its signs spares it the others)."""
    title_block = _opens_title_block(text)
    if "*" not in text and "_" not in text and "#" not in text and "](" not in text and not title_block:
        return False
    return (
        (title_block and _title_block().match(text) is not None)
        or "**" in text
        or "](" in text
        or "__" in text
        or ("#" in text and _markdown_heading().search(text) is not None)
        or (("*" in text or "_" in text) and _markdown_emphasis().search(text) is not None)
    )


def _opens_title_block(text: str) -> bool:
    """The story opens with a Pandoc title block's percent sign, a list marker before it or not."""
    return text.lstrip(_MARKER_STARTS_AND_BLANKS)[:1] == "%"


_MARKER_STARTS_AND_BLANKS = "-" + _MARKER_SIGNS + " \t"


@cache
def _title_block() -> re.Pattern[str]:
    """The percent sign opening each line of a Pandoc title block (three lines at most)."""
    return re.compile(rf"^(?P<marker>{_MARKER}[ \t]+)?%[ \t]+(?=\S)", re.M)


@cache
def _markdown_heading() -> re.Pattern[str]:
    # (any indent, kept: a margin is layout; so is a list's marker before the hashes: "-- # Title")
    return re.compile(r"^(?P<margin>[ \t]*(?:(?:--?|[–—*•])[ \t]+)?)#{1,6}[ \t]+", re.M)


@cache
def _markdown_quote() -> re.Pattern[str]:
    return re.compile(r"^(?P<margin>[ \t]*)>[ \t]?(?=\S)", re.M)


@cache
def _markdown_image() -> re.Pattern[str]:
    return re.compile(r"!\[[^\]\n]{0,200}\]\([^)\s]{1,500}(?:[ ]\"[^\"\n]{0,200}\")?\)")


@cache
def _markdown_link() -> re.Pattern[str]:
    # (a converter wraps its lines inside a link's text or address: "[Jane\nRoe](/authors/jane-\nroe/)")
    return re.compile(
        r"\[(?P<text>(?:[^\[\]\n]|\n(?!\n)){1,300})\]\((?:[^)\s]|\n(?=[^)\s])){1,500}(?:[ ]\"[^\"\n]{0,200}\")?\)"
    )


@cache
def _markdown_emphasis() -> re.Pattern[str]:
    """A pair of ``**``, ``__``, ``*`` or ``_`` around words on one line, its signs against them
    (a word's letter or a quote or bracket inside each) and no letter or figure outside them
    (``;_;_;`` in a table is no emphasis); a channel's pictographs may stand inside them too
    (``*🔴 Headline*``)."""
    signs = f"{PICTOGRAPH_SIGNS}\ufe0f"
    return re.compile(
        rf"(?<![\w*])(?P<sign>\*\*|__|\*|_)(?P<words>(?:[^\W_]|[\"'“‘«(\[{signs}])(?:[^\n]{{0,400}}?(?:[^\W_]|[.!?:\"'”’»)\]\-–—{signs}]))?)(?P=sign)(?![\w*])"
    )


def _unquoted(text: str) -> str:
    """A story quoted in a mail, without its quote marks: every line of it (``> ...``), or the
    run of quoted lines that holds most of the mail's text under a reply or a forwarder's note;
    level by level (``>> `` under ``> ``)."""
    while ">" in text:
        lines = text.split("\n")
        block = _quoted_block(lines)
        if block is None:
            break
        quoted = "\n".join(lines[block[0] : block[1]])
        unquoted = _quote_mark().sub("", quoted)
        if unquoted == quoted:
            break  # a mark after a blank the mark's pattern does not read ("\u3000>"): no quote
        text = "\n".join([*lines[: block[0]], unquoted, *lines[block[1] :]])
    return text


def _quoted_block(lines: list[str]) -> tuple[int, int] | None:
    """Where the longest run of quoted lines starts and ends (blank lines inside it), if it holds
    at least half the lines of text."""
    best: tuple[int, int, int] | None = None
    start, run, total = -1, 0, 0
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped.strip():
            continue
        total += 1
        if stripped[:1] != ">":
            start = -1
            continue
        if start < 0:
            start, run = i, 0
        run += 1
        if best is None or run > best[2]:
            best = (start, i + 1, run)
    if best is None or 2 * best[2] < total:
        return None
    return best[0], best[1]


def _may_be_record(text: str) -> bool:
    """The story may be a dataset's record: it opens with a JSON object, or its first line parts
    names with a tab, comma or semicolon (read whole only then)."""
    opening = text.lstrip()[:1]
    if opening == "{":
        return True
    first = text[: text.find("\n")] if "\n" in text else text
    return "\t" in first or "," in first or ";" in first


#: A chat's export opens each message with its date, time and sender (WhatsApp: ``05/03/2025,
#: 21:14 - Jane Roe: text``, ``[05/03/2025, 21:14:07] Jane Roe: text``): the stamp is set apart on
#: a line of its own, a header line, and the message is read as text.
@cache
def _chat_stamp() -> regex.Pattern[str]:
    return compiled(
        r"""(?P<stamp>\[?\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?+(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?+\]?
            [ ](?:[-–][ ])?[^:\n]{1,40}+:)[ ]?""",
        regex.M | regex.X,
    )


_CHAT_SIGN = ":"
_CHAT_REACH = 120


def _chat_stamps_apart(text: str) -> tuple[str, frozenset[int]]:
    """The text with each message's stamp and sender on a line of its own, and those lines'
    numbers (header lines: furniture)."""
    out: list[str] = []
    header: set[int] = set()
    for raw in _LINE_BREAK.split(text):
        m = _chat_stamp().match(raw)
        if m is None:
            out.append(raw)
            continue
        header.add(len(out))
        out.append(m["stamp"])
        if raw[m.end() :].strip():
            out.append(raw[m.end() :])
    return "\n".join(out), frozenset(header)


def split_lines(text: str) -> list[Line]:
    """The story's lines, numbered from 0."""
    if text.startswith("\ufeff"):
        text = text[1:]
    marked_up = "<" in text and _html_sign().search(text) is not None
    if "<" in text or "&" in text:
        text = _without_markup(text, marked_up)
    if ">" in text and _quote_mark().search(text) is not None:
        text = _unquoted(text)
    chat_header: frozenset[int] = frozenset()
    if _CHAT_SIGN in text[:_CHAT_REACH] and _chat_stamp().match(text.lstrip()):
        text, chat_header = _chat_stamps_apart(text)
    if _has_markdown(text):
        text = _without_markdown(text)
    if "[" in text and _numbers_its_links(text):
        text = _link_reference().sub("", text)
    if _RUN_IN_OPENING.match(text) and _RUN_IN_STOP in text[:_RUN_IN_HEAD_MAX]:
        text = _without_run_in_head(text)
    text, export_header = _read_coded_fields(text)
    if not export_header and _may_be_record(text):
        record = read_record(text)
        if record is not None:
            text, export_header = record
    export_header = export_header or chat_header
    # most copy has no control characters: skip the per-line clean-up when the whole text is clean
    # (a control is never printable, so printable text needs no search)
    codes_in_text = "&" in text  # (no typesetting code, no hard tab, no line a code broke)
    if codes_in_text:
        text = _tipster_break().sub(_CODE_BREAK, text)
    flat = text.replace("\r", "").replace("\n", "")
    printable = flat.isprintable()
    controls = (
        not printable and not flat.replace("\t", "").isprintable() and _CONTROLS.search(flat) is not None
    )
    # every blank but the space is unprintable: text without a run of spaces needs no folding
    odd_blanks = not printable or "  " in flat
    raws = _LINE_BREAK.split(text) if "\r" in text else text.split("\n")
    lines: list[Line] = []
    margin = _NO_MARGIN
    for number, raw in enumerate(raws):
        clean = _CONTROLS.sub("", raw) if controls else raw
        stripped = clean.strip()
        if stripped and stripped[0] in _MARKER_STARTS and _markers_alone().fullmatch(stripped):
            stripped = ""  # list markers with nothing after them: an empty item is a blank line
        if not stripped:
            lines.append(_new_line(Line, (number, "", 0, raw, False, False, (), "", (), 0)))
            continue
        header = controls and raw.lstrip(_LAYOUT_BEFORE_CODES).startswith(("\x01", "\x16"))
        if export_header and number in export_header:
            header = True
        elif marked_up and stripped[0] == "<" and stripped[-1] == ">" and _element_line().fullmatch(stripped):
            header = True  # <DATE> 5-MAR-1987</DATE>, <located>...</located>: the archive's data
        marker = ""
        if stripped[0] in _MARKER_STARTS:
            m = _list_marker().match(stripped)
            if m:
                marker, stripped = " ".join(m.group().split()) + " ", stripped[m.end() :]
        elif stripped[0] >= PICTOGRAPH_FIRST:
            m = _pictographs().match(stripped)
            if m:  # "⚡️ MOSCOW, March 5. /TASS/.": a channel's pictographs mark the line, as a bullet
                marker, stripped = m.group().strip() + " ", stripped[m.end() :]
        # (a hard tab after a list marker indents the line as one at its start does)
        tab_after_marker = bool(marker) and codes_in_text and stripped.startswith(_HARD_TAB)
        field = False
        if stripped[0] == "^":
            m = _ANPA_FIELD.match(stripped)
            if m:
                stripped = m["body"].strip()
                field = True
        elif stripped[-1] == "<" and stripped.count("<") == 1:  # ANPA end of line, not "<CYL<"
            stripped = stripped[:-1].rstrip()
        if stripped.endswith(END_OF_HEADER):
            stripped = stripped[:-1].rstrip(" ")
        codes: tuple[str, ...] = ()
        if codes_in_text and "&" in stripped:
            without = _INLINE_CODE.sub("", stripped).strip()
            if without:  # a line of codes alone stays as it is: wire furniture
                codes = tuple(c.strip() for c in _INLINE_CODE.findall(stripped))
                # a code between words stands for a break: the words stay apart
                stripped = _INLINE_CODE.sub(" ", stripped).strip()
        gaps: tuple[int, ...] = ()
        # (in printable text the only blank is the space: a run of two is a plain substring test)
        if odd_blanks and ("  " in stripped if printable else _odd_blank().search(stripped)):
            stripped, gaps = fold_blanks(stripped)
        lead = clean[: len(clean) - len(clean.lstrip(" \t"))] if clean[0] in " \t" else ""
        if lead and codes_in_text and clean.startswith(_RUN_CODES, len(lead)):
            lead = lead[:-1]  # the blank a run's code stands in (" &LR; she said"): no indent
        if codes_in_text and (tab_after_marker or clean.startswith(_HARD_TAB, len(lead))):
            lead += "\t"  # TIPSTER's hard tab indents a paragraph's first line
        indent = len(lead) + 3 * lead.count("\t") if lead else 0
        if codes_in_text and raw.startswith(_CODE_BROKEN) and lines:
            indent = lines[-1].indent  # part of the line a code broke: its indent is that line's
        margin = min(margin, indent)
        lines.append(_new_line(Line, (number, stripped, indent, raw, header, field, codes, marker, gaps, 0)))
    return _from_margin(lines, margin)


def _from_margin(lines: list[Line], margin: int) -> list[Line]:
    """Indents measured from the story's margin (the least indent of a line of text): a story
    whose every line is pushed in by the same blanks (quoted, or exported with a margin) reads as
    the same story."""
    if not margin or margin == _NO_MARGIN:
        return lines
    return [line._replace(indent=line.indent - margin) if line.text else line for line in lines]


def is_codes_only(text: str) -> bool:
    """A line of typesetting codes alone (``&QL;``), which the line reader leaves as it is."""
    return text.startswith("&") and not _INLINE_CODE.sub("", text).strip()


def blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines."""
    out: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                out.append(current)
                current = []
        else:
            current.append(line)
    if current:
        out.append(current)
    return out


def block_span(lines: Sequence[Line], i: int, reach: int | None = None) -> tuple[int, int]:
    """Where the block that holds line ``i`` starts and ends; with ``reach``, an empty span at
    ``i`` when the block goes on further than that from it (a long block is never read through
    from each of its lines)."""
    start, end = i, i + 1
    while start > 0 and not lines[start - 1].blank:
        start -= 1
        if reach is not None and i - start > reach:
            return i, i
    while end < len(lines) and not lines[end].blank:
        end += 1
        if reach is not None and end - i > reach:
            return i, i
    return start, end


def paragraphs(block: list[Line]) -> list[list[Line]]:
    """Split a block into paragraphs: at each line indented deeper than the block's continuation
    lines (teletype copy), at every line when the block holds web copy (a paragraph per line), and
    after a short line that ends a sentence inside hard-wrapped text."""
    if len(block) == 1:
        return [block]
    if (
        block[0].indent > 0
        and all(line.indent == block[0].indent for line in block)
        and not _hard_wrap(block)
    ):
        return [[line] for line in block]  # every line indented alike: a paragraph (or row) each
    base = min(line.indent for line in block[1:])
    width = max(line.width for line in block)
    # web copy: lines too long to be a hard wrap, or every line closing a sentence and some of
    # them short (a hard wrap fills its lines: "... the U.S." may end one by chance)
    # (three lines or more that each close a sentence, not an abbreviation, are no hard wrap,
    # whatever their widths)
    web = width > WRAP_WIDTH or (
        all(line.text[-1:] in _SENTENCE_END for line in block)
        and (
            any(line.width < 0.7 * width for line in block[:-1])
            or (
                len(block) >= _SENTENCE_LINES
                and not any(_ABBREVIATION_END.search(line.text) for line in block)
            )
        )
    )
    out: list[list[Line]] = [[block[0]]]
    for prev, line in zip(block, block[1:]):
        new = (
            line.indent > base
            or web
            or opens_with_ideographic_indent(line)
            or (prev.text[-1:] in _SENTENCE_END and prev.width < 0.6 * width and line.indent >= prev.indent)
        )
        if new:
            out.append([line])
        else:
            out[-1].append(line)
    return out


def _hard_wrap(block: list[Line]) -> bool:
    """Every line but the last filled to a hard wrap's width and going on into the next (an export
    that indents a story's wrapped text under its flush fields)."""
    return all(
        WRAP_MIN <= line.width <= WRAP_WIDTH and line.text[-1:] not in _SENTENCE_END for line in block[:-1]
    )


#: A hard-wrapped line is at least this wide.
WRAP_MIN = 50

#: A standfirst is at most this long.
SUMMARY_MAX = 400

#: A kicker: two to six words in capitals, then a colon or a spaced dash and the text it heads
#: (``CHINESE AGGRESSION: Manila accused ...``, ``LE POINT SUR LA SITUATION - «...»``).
_KICKER = compiled(
    r"\p{Lu}[\p{Lu}\p{M}'’\-]*+(?:[ ]\p{Lu}[\p{Lu}\p{M}'’\-]*+){1,5}+(?:[ ]?:|[ ][-–—])[ ](?=\S)"
)


def opens_with_kicker(text: str) -> bool:
    """A paragraph headed by a kicker in capitals, as papers print their standfirst."""
    return _KICKER.match(text) is not None


#: A block of this many lines, each closing a sentence, is a paragraph per line ...
_SENTENCE_LINES = 3
#: ... unless a line ends with an abbreviation's dot, which a hard wrap may end a line with
#: (``the U.S.``, ``Mr.``).
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,2}\.)$")


def opens_with_ideographic_indent(line: Line) -> bool:
    """The line is printed after an ideographic space (``　　``): how Chinese and Japanese copy
    opens every paragraph, whatever the margin of the story's other lines."""
    return line.raw.lstrip(" \t")[:1] == "\u3000"


def join(lines: list[Line], *, item: bool = True) -> str:
    """Hard-wrapped lines as one paragraph (a hyphen at a line end is kept: it may be a dash);
    ``item=False`` leaves out the list marker of the first line (a paragraph that is no list's
    item: see :func:`list_items`)."""
    if not item and lines and lines[0].marker and not lines[0].marker.startswith(_QUOTATION_DASHES):
        lines = [lines[0]._replace(marker=""), *lines[1:]]
    return " ".join(line.marker + line.text for line in lines if line.text)


def list_items(paras: list[list[Line]]) -> list[bool]:
    """Which paragraphs are items of a list: those opening with a list marker beside another that
    does (a list has two items or more; a marker before one paragraph alone is layout)."""
    marked = [bool(para and para[0].marker) for para in paras]
    return [
        mark and ((n > 0 and marked[n - 1]) or (n + 1 < len(marked) and marked[n + 1]))
        for n, mark in enumerate(marked)
    ]
