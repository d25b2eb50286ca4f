"""NITF 3.6 (IPTC's News Industry Text Format): one XML document per story, valid against
``nitf-3-6.xsd``.

Several stories are several documents. On a stream they follow one another, each opening with its
own XML declaration, which no other line can begin with (every ``<`` of story text is escaped):
split before each line that starts with ``<?xml``. With ``--output-dir`` each is a file of its own
(see :data:`wireparse.formats.FILE_PER_STORY`).

Text is written exactly, whatever it holds: ``&``, ``<`` and ``>`` as entities; carriage returns,
DEL, C1 controls, bidirectional controls and line separators as character references (lossless,
and inert on a terminal); the characters XML 1.0 cannot hold at all (C0 controls other than tab,
line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) as U+FFFD.

Printed text stays as printed: the byline and the dateline read as the wire printed them, with the
parts the parser read marked inside them (``person``; ``location`` with ``city`` and ``region``);
where a part's normal form differs from its printed form (``MAGAS`` read as ``Magas``), or it was
not found in the printed text, the normal form is the ``value`` of an ``alt-code`` of source
:data:`NAME_SOURCE` inside the element. Dates are in ``norm`` attributes without a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import IO, NamedTuple

from ..model import Story
from . import Options, Rendered, write_each
from .newsroom import basic_date, full_date, furniture, place_details, story_uri

EXTENSION = ".xml"
NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/"
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
#: ``alt-code/@idsrc`` of a part's normal form (a name in normal case, as the record holds it).
NAME_SOURCE = "wireparse:name"
#: ``code-source`` of the codes a dateline's place may carry.
GEONAMES, ISO_3166_2 = "geonames", "ISO 3166-2"

_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
#: What text cannot hold as it is; an attribute value cannot hold a quote, tab or line feed either.
_UNSAFE = (
    r"\x00-\x08\x0b\x0c\r\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    r"\u2028\u2029\ud800-\udfff\ufffe\uffff"
)
_TEXT_UNSAFE = re.compile(f"[&<>{_UNSAFE}]")
_ATTRIBUTE_UNSAFE = re.compile(f'[&<>"\t\n{_UNSAFE}]')
#: Characters XML 1.0 cannot hold, even as a reference.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(m: re.Match[str]) -> str:
    char = m.group()
    if char in _ESCAPES:
        return _ESCAPES[char]
    if _NOT_XML.match(char):
        return "\ufffd"
    return f"&#x{ord(char):X};"


def text(value: str) -> str:
    """``value`` as XML character data."""
    return _TEXT_UNSAFE.sub(_escape, value)


def attribute(value: str) -> str:
    """``value`` as a double-quoted XML attribute value (tabs and line ends kept as references)."""
    return _ATTRIBUTE_UNSAFE.sub(_escape, value)


def element(name: str, content: str = "", **attributes: str | None) -> str:
    """``<name a="...">content</name>`` (``content`` already XML); None attributes left out, ``_``
    in an attribute's name written ``-``."""
    attrs = "".join(
        f' {key.replace("_", "-")}="{attribute(value)}"'
        for key, value in attributes.items()
        if value is not None
    )
    return f"<{name}{attrs}>{content}</{name}>" if content else f"<{name}{attrs}/>"


class Part(NamedTuple):
    """A part of printed text to mark: its element, its normal form, its attributes."""

    name: str
    value: str | None
    attributes: dict[str, str | None]


def _alt(part: Part, printed: str) -> str:
    """The ``alt-code`` giving ``part``'s normal form when its printed form differs from it."""
    if part.value is None or printed == part.value:
        return ""
    return element("alt-code", idsrc=NAME_SOURCE, value=part.value)


def marked(printed: str, parts: list[Part], wrap: str | None = None, **wrap_attributes: str | None) -> str:
    """``printed`` as XML, each part's element around its first occurrence (matched without regard to
    case, each after the one before); a part not found is an element without text, at the end. With
    ``wrap``, the parts go inside one ``wrap`` element, spanning from the first found to the last."""
    spans: list[tuple[int, int, str]] = []
    missing: list[str] = []
    at = 0
    for part in parts:
        found = _find(printed, part.value, at)
        if found is None:
            missing.append(element(part.name, _alt(part, ""), **part.attributes))
            continue
        start, at = found
        shown = printed[start:at]
        spans.append((start, at, element(part.name, text(shown) + _alt(part, shown), **part.attributes)))
    if wrap is None:
        return _in_place(printed, spans, 0, len(printed)) + "".join(missing)
    if not spans:
        return text(printed) + element(wrap, "".join(missing), **wrap_attributes)
    first, last = spans[0][0], spans[-1][1]
    inner = _in_place(printed, spans, first, last) + "".join(missing)
    return text(printed[:first]) + element(wrap, inner, **wrap_attributes) + text(printed[last:])


def _in_place(printed: str, spans: list[tuple[int, int, str]], start: int, end: int) -> str:
    """``printed[start:end]`` as XML, each span's element standing for its text."""
    pieces, at = [], start
    for begin, finish, xml in spans:
        pieces += [text(printed[at:begin]), xml]
        at = finish
    return "".join(pieces) + text(printed[at:end])


def _find(printed: str, value: str | None, start: int) -> tuple[int, int] | None:
    if not value:
        return None
    # IGNORECASE folds one character to one, so the match spans the printed form exactly
    m = re.compile(re.escape(value), re.IGNORECASE).search(printed, start)
    return m.span() if m else None


def document(story: Story) -> str:
    """The NITF document of ``story``: an XML declaration, then one ``nitf`` element."""
    body = _body_head(story) + _body_content(story) + _body_end(story)
    root = element(
        "nitf",
        "\n" + _head(story) + element("body", body and f"\n{body}") + "\n",
        xmlns=NAMESPACE,
        version="-//IPTC//DTD NITF 3.6//EN",
        baselang=story.language,
    )
    return DECLARATION + root + "\n"


def _lines(*elements: str) -> str:
    """Elements one a line (an element-only parent's layout); empty ones left out."""
    return "".join(f"{e}\n" for e in elements if e)


def _head(story: Story) -> str:
    """``title`` (the headline) and ``docdata``: ``doc-id`` (the story's URI), ``date.issue`` (the
    dateline's date when it has a year) and an ``ed-msg`` per editor's note."""
    date = full_date(story.dateline.date if story.dateline else None)
    docdata = _lines(
        element("doc-id", id_string=story_uri(story)),
        element("date.issue", norm=basic_date(date)) if date else "",
        *(element("ed-msg", msg_type="ednote", info=note) for note in furniture(story, "ednote")),
    )
    title = element("title", text(story.headline)) if story.headline else ""
    return element("head", "\n" + _lines(title, element("docdata", "\n" + docdata))) + "\n"


def _body_head(story: Story) -> str:
    """``hedline`` (``hl1`` the headline, ``hl2`` the summary), ``byline``, ``distributor`` (the
    agency) and ``dateline``."""
    hedline = ""
    if story.headline is not None or story.summary is not None:
        hl2 = element("hl2", text(story.summary)) if story.summary else ""
        hedline = element("hedline", element("hl1", text(story.headline or "")) + hl2)
    byline = ""
    if story.byline:
        people = [Part("person", name, {}) for name in story.byline.authors]
        byline = element("byline", marked(story.byline.text, people))
    agency = story.dateline.agency if story.dateline else None
    distributor = element("distributor", element("org", text(agency))) if agency else ""
    content = _lines(hedline, byline, distributor, _dateline(story))
    return element("body.head", "\n" + content) + "\n" if content else ""


def _dateline(story: Story) -> str:
    """The dateline as printed, ``location`` marked in it (``city``, ``region``, and ``country`` by
    its ISO code) and an empty ``story.date`` whose ``norm`` is the date."""
    dateline = story.dateline
    if dateline is None:
        return ""
    details = place_details(dateline)
    parts = []
    if dateline.place:
        parts.append(Part("city", dateline.place, {}))
    if dateline.region or details.region_code:
        code = {
            "region_code": details.region_code,
            "code_source": ISO_3166_2 if details.region_code else None,
        }
        parts.append(Part("region", dateline.region, code))
    if details.country:
        parts.append(Part("country", None, {"iso_cc": details.country}))
    geonames = {
        "location_code": details.geonames_id,
        "code_source": GEONAMES if details.geonames_id else None,
    }
    content = marked(dateline.text, parts, "location", **geonames) if parts else text(dateline.text)
    norm = basic_date(dateline.date)
    return element("dateline", content + (element("story.date", norm=norm) if norm else ""))


def _body_content(story: Story) -> str:
    """A ``media`` of type image per caption (``media-caption``, ``media-producer`` the credit),
    then the paragraphs."""
    media = [_media(caption.text, caption.credit) for caption in story.captions]
    paragraphs = [element("p", text(p)) for p in story.paragraphs]
    content = _lines(*media, *paragraphs)
    return element("body.content", "\n" + content) + "\n" if content else ""


def _media(caption: str | None, credit: str | None) -> str:
    # a media element needs a media-reference: the picture itself is not in the story
    content = element("media-reference")
    if caption:
        content += element("media-caption", text(caption))
    if credit:
        content += element("media-producer", text(credit))
    return element("media", content, media_type="image")


def _body_end(story: Story) -> str:
    """The sign-offs as the ``tagline``, one a line."""
    signoffs = furniture(story, "signoff")
    if not signoffs:
        return ""
    return element("body.end", element("tagline", element("br").join(text(s) for s in signoffs))) + "\n"


def render_story(story: Story, options: Options | None = None) -> str:
    return document(story)


def write(stories: Iterable[Story | Rendered], stream: IO[str], options: Options | None = None) -> int:
    return write_each(stories, stream, render_story, options)
