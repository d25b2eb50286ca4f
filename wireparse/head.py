"""The story's head: the lines before the dateline (or, without one, before the body), read one by
one by the rules of :data:`HEAD_RULES` into headline, summary, byline, captions and furniture."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import NamedTuple, cast

import regex

from .bylines import agency_desk, agency_line, are_people, is_name, is_person, is_title_word, parse_byline
from .casing import opens_capitalised, opens_in_lower_case, printed_without_case
from .compiled import compiled
from .credits import (
    BROADCAST_WORDS,
    COMPANY_FORMS,
    NEWS_ORGANISATION_STEMS,
    NEWS_OUTLETS,
    NEWSPAPER_TITLE_WORDS,
    ORGANISATION_WORDS,
    PUBLIC_BODY_WORDS,
    TITLE_ARTICLES,
)
from .dateline import known_town, labelled_dateline, match_lead_place, match_place_line
from .furniture import (
    FIGURES_DATE,
    YEAR,
    agency_closing,
    caption_credit_note,
    clean_credit,
    closes_a_caption,
    field_label,
    headline_flags,
    in_brackets,
    in_field_run,
    is_credit_line,
    is_handle,
    is_labelled_stamp,
    is_mail_address,
    is_menu_row,
    is_page_head,
    is_photo_credit,
    is_post_stamp,
    is_rights_notice,
    is_site_address,
    is_stamp_line,
    is_tagline,
    is_timestamp,
    is_wide_menu_row,
    line_kind,
    names_a_network,
    names_sections,
    placeholder_caption_at,
    running_head_label,
    split_caption,
)
from .lines import (
    SENTENCE_END,
    SUMMARY_MAX,
    WRAP_MIN,
    WRAP_WIDTH,
    Line,
    blank_run,
    block_span,
    blocks,
    closes_sentence,
    join,
    opens_with_kicker,
    paragraphs,
    without_layout,
)
from .model import KEPT_AS, BoilerplateKind, LineKind
from .patterns import (
    alternation,
    first_agency,
    fold_name,
    function_words,
    known_agency,
    month_lookup,
    phrase_finder,
)
from .rules import Draft, Rule, apply
from .words import (
    ALERT_WORDS,
    BYLINE_OPENERS,
    BYLINE_WORD_OPENERS,
    EMPTY_FIELD_VALUES,
    HIGHLIGHTS_HEADINGS,
    MAIL_SUBJECT_LABELS,
    MAIL_SUBJECT_PREFIXES,
    NAME_PARTICLES,
    REPORT_ATTRIBUTION_OPENERS,
    SECTION_NAMES,
)

#: A line of running prose: at least this long, or a sentence of at least this many words.
PROSE_MIN = 150
#: A line longer than this that closes a sentence is a paragraph, never a headline.
HEADLINE_MAX = 200
PROSE_WORDS = 12
#: A standfirst without a dateline after it is at most SUMMARY_MAX long, and at most this share of the block after it; after captions, one shorter than this is
#: taken when the block after it is longer at all.
STANDFIRST_SHARE = 0.6
CAPTIONED_SUMMARY_MAX = 200
#: Kinds of a line that stay in the head after a dateline printed alone.
_HEAD_KINDS = frozenset({"furniture", "navigation", "ednote", "service", "rule", "signoff"})
_NAME_AND_AFFILIATION = compiled(r" / |, | [–—-] ")


@dataclass
class HeadState:
    """What the head rules read and fill: the draft, the head's lines, and where the body starts."""

    story: Draft
    lines: list[Line]
    with_dateline: bool
    """The head ends at a dateline: every line belongs to it."""
    consumed: set[int] = field(default_factory=set)
    """Lines already read with an earlier one (a caption's credit)."""
    end: int | None = None
    """Set by a rule that finds where the body starts."""
    labelled_headline: bool = False
    """The headline is an export's labelled field (``HEADLINE: ...``), not read from the layout."""
    column_title: int | None = None
    """Where the title under a page's menu copied an item a line stands, -1 for none (read when
    first asked: :func:`_title_under_column`)."""
    subject: str | None = None
    """That field's line, when it is a mail's subject (``Subject: Fwd: ...``, ``Betreff:``): the
    story's own title, printed under the mail's header, outranks it."""


class HeadLine(NamedTuple):
    """One non-blank line of the head, as the rules see it."""

    i: int
    line: Line
    text: str
    new_block: bool
    """The line opens a block (the line before it is blank, or there is none)."""
    kind: LineKind | None


def read_head(
    lines: list[Line], story: Draft, *, with_dateline: bool, trace: list[tuple[int, str | None]] | None = None
) -> int:
    """Classify the lines of the story's head, one by one. With a dateline the head is all of
    ``lines``; without one, returns where the body starts. ``trace``, when given, receives
    ``(line number, rule name)`` for every line read."""
    state = HeadState(story, _without_layout_markers(lines), with_dateline)
    lines = state.lines
    prev: Line | None = None
    for i, line in enumerate(lines):
        if line.blank or i in state.consumed:
            prev = line
            continue
        new_block = prev is None or prev.blank
        prev = line
        taken = apply(
            HEAD_RULES, state, HeadLine(i, line, line.text, new_block, _head_kind(line.text, story))
        )
        if trace is not None:
            trace.append((line.number, taken))
        if state.end is not None:
            return state.end
    return len(lines)


def _without_layout_markers(lines: list[Line]) -> list[Line]:
    """The head's lines without the list markers of the run of marked lines that opens the story
    (``-- `` before each head line, the headline's too: the head's layout, not a list's items)."""
    run = 0
    for line in lines:
        if not line.blank and not line.marker:
            break
        run += 1
    if sum(not line.blank for line in lines[:run]) < _LAYOUT_MARKED_LINES:
        return lines
    return [line._replace(marker="") for line in lines[:run]] + lines[run:]


#: The marked lines opening the story are at least this many for their markers to be layout.
_LAYOUT_MARKED_LINES = 2


def _head_kind(text: str, story: Draft) -> LineKind | None:
    kind = line_kind(text)
    if kind == "ednote" and story.headline is None:
        headline, flags = headline_flags(text)
        if flags and headline:  # "EDS-more details added Chinese President Meets ..."
            return None
    return kind


def _after_byline(story: Draft, h: HeadLine) -> bool:
    return bool(story.byline_text) and story.byline_line == h.line.number - 1


def _header_line(s: HeadState, h: HeadLine) -> bool:
    if h.line.header:
        s.story.keep("furniture", h.text)
    return h.line.header


def _labelled_field(s: HeadState, h: HeadLine) -> bool:
    """A field of an export read as what its label says (``Title:``, ``Description:``, ``Author:``,
    ``Body:``); the labels of mail and feed headers (``From:``, ``Link:``) are furniture."""
    field = field_label(h.text)
    if field is None:
        return False
    role, value = field
    story = s.story
    if role == "headline" and _may_take_headline(s, h) and value and line_kind(value) != "furniture":
        value = _mail_prefixes().sub("", value)  # "Subject: FW: ..." (a slug alone is none: "DEL47 BIZ-TEA")
        _set_aside_guesses(s, h)
        story.headline, story.headline_line = headline_flags(value)[0], h.line.number
        s.labelled_headline = True
        s.subject = h.text if fold_name(h.text.split(":", 1)[0]) in MAIL_SUBJECT_LABELS else None
    elif role == "dateline" and story.dateline is None and (found := labelled_dateline(value)):
        story.dateline = found.dateline
    elif role == "summary" and story.summary is None and value and not _says_none(value):
        story.summary, story.summary_line = value, h.line.number
    elif role == "byline" and value:
        story.add_byline(_catalogued_name(value), h.line.number, printed=value)
    elif role == "body" and not value:
        if not s.with_dateline:
            s.end = h.i + 1  # the body follows its label
        story.keep("furniture", h.text)
    elif role == "body":
        return False  # (its text opens the body: read on)
    else:
        kind: BoilerplateKind = "furniture" if role == "furniture" else "other"
        story.keep(kind, h.text)
        if not value and _value_under(s.lines, h.i):
            story.keep(kind, s.lines[h.i + 1].text)  # "From:" over its indented "Acme Office"
            s.consumed.add(h.i + 1)
    return True


def _value_under(lines: list[Line], i: int) -> bool:
    """The line under a label without a value is indented deeper: the label's value, as a page's
    list of fields prints it."""
    return i + 1 < len(lines) and not lines[i + 1].blank and lines[i + 1].indent > lines[i].indent


def _may_take_headline(s: HeadState, h: HeadLine) -> bool:
    """A labelled headline is taken when none was read, or over one read from the layout in a block
    above its own (``Brexit: May wins`` over ``Title: ...`` in one block stays the headline)."""
    story = s.story
    if story.headline is None:
        return True
    if s.labelled_headline:
        return False
    return any(line.blank for line in s.lines if story.headline_line < line.number < h.line.number)


def _set_aside_guesses(s: HeadState, h: HeadLine) -> None:
    """An export's labelled headline outranks a headline read from the layout above it (a source's
    name centred over a ``HEADLINE:`` field), and the summary read under that guess: both are kept
    as the header lines they were."""
    story = s.story
    if story.headline is None:
        return
    story.keep("other", story.headline)
    if story.summary is not None and story.summary_line < h.line.number:
        story.keep("other", story.summary)
        story.summary, story.summary_line = None, -1


def _unknown_field(s: HeadState, h: HeadLine) -> bool:
    """A ``Label: value`` line among an export's fields is one more field, though its label is in
    no table (``Рубрика: Регионы``, ``DOMAIN: example.org`` beside ``Title:`` or ``Источник:``):
    the run of label-shaped lines around it holds a field the tables know."""
    if not in_field_run(s.lines, h.i, 1):
        return False
    s.story.keep("other", h.text)
    return True


def _catalogued_name(value: str) -> str:
    """An author's field as a catalogue prints it, surname first (``Mokoena, Naledi``), in the
    order of a byline (``Naledi Mokoena``); any other value as it is."""
    m = _surname_first().fullmatch(value) if ", " in value else None
    if m is None or known_agency(m["given"]) is not None or (" " in m["surname"] and known_town(m["given"])):
        return value  # ("Jane Roe, Keystone-ATS", "Jane Roe, Oslo": a name and its agency or town)
    return f"{m['given']} {m['surname']}"


@cache
def _surname_first() -> regex.Pattern[str]:
    return compiled(
        r"(?P<surname>\p{Lu}[\p{L}'’\-]++(?:[ ]\p{Lu}[\p{L}'’\-]++)?),[ ](?P<given>\p{Lu}[\p{L}'’\-]++(?:[ ]\p{Lu}\.)?)"
    )


@cache
def _mail_prefixes() -> regex.Pattern[str]:
    """A subject's reply and forward marks, and an agency's alert label: a tag in brackets
    (``[BERNAMA]``) or its name and an alert word (``Reuters alert:``, ``AP News Alert:``)."""
    alert = rf"(?:\p{{Lu}}[\p{{L}}.&\-]*+[ ]){{0,2}}+(?i:{alternation(ALERT_WORDS)})"
    return compiled(
        rf"^(?:(?:(?i:{alternation(MAIL_SUBJECT_PREFIXES)})|{alert})[ ]?:[ ]*+|\[[^\[\]\n]{{1,30}}+\][ ]*+)++"
    )


def _one_line_caption(s: HeadState, h: HeadLine) -> bool:
    combined = split_caption(h.text, h.line.gaps)
    if s.story.headline is None:
        # (above the headline, only a sentence its photo credit closes: "FILE - Shoppers walk past
        # a store, Nov. 24, 2023. (AP Photo/Jane Roe, File)", the page's lead picture)
        if not (combined and combined[0][-1:] in SENTENCE_END and is_photo_credit(combined[1])):
            return False
    if combined:
        s.story.add_caption(combined[0], clean_credit(combined[1]), h.text)
        return True
    return h.new_block and _wrapped_caption(s, h)


def _agency_caption(s: HeadState, h: HeadLine) -> bool:
    """After the headline and above the dateline, a block that an agency's name closes after a
    dash (``PESHAWAR: The governor opens the wing. - APP``): the caption of the agency's photo,
    which a standfirst never signs."""
    if not _block_over_dateline(s, h):
        return False
    block = _block_at(s.lines, h.i)
    text = join(block)
    closing = agency_closing(text) if len(text) <= _AGENCY_CAPTION_MAX else None
    if closing is None or len(closing[0].split()) < _AGENCY_CAPTION_WORDS:
        return False
    s.story.add_caption(closing[0], closing[1], text)
    s.consumed.update(range(h.i + 1, h.i + len(block)))
    return True


def _page_head(s: HeadState, h: HeadLine) -> bool:
    """A page's running head as a PDF's text prints it (:func:`is_page_head`): furniture, each line
    of its block (its columns would read as a headline)."""
    if not h.new_block or h.line.header:
        return False
    block = _block_at(s.lines, h.i)
    if not is_page_head(block):
        return False
    for line in block:
        s.story.keep("furniture", line.text)
    s.consumed.update(range(h.i + 1, h.i + len(block)))
    return True


def _poster(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, a social post's or news app's header: a channel's, page's or app's
    name (a few words, no figure) over the post's stamp (``Acme News`` over ``3h · 🌎``, ``Acme``
    over ``Historia de Acme • 2 h``, ``نبض`` over ``كونا · منذ ساعتين``) or the account's handle
    (``@acme``); or a publication's name over its issue's date with a title after them: both set
    aside, the name as it was."""
    text = h.text
    if s.story.headline is not None or not h.new_block or h.i + 1 >= len(s.lines):
        return False
    if len(text) > _POSTER_MAX or len(text.split()) > _POSTER_WORDS or text[-1:] in SENTENCE_END:
        return False
    if printed_without_case(text[:1]) and len(text) > _UNCASED_POSTER_MAX * len(text.split()):
        # (a name is a few words of a few signs each; a title in a script printed without blanks
        # between its words, Chinese or Japanese, runs to many signs a word)
        return False
    below = s.lines[h.i + 1].text
    if not below or any(c.isdigit() for c in text):
        return False
    if not (is_post_stamp(below) or is_handle(below)):
        # (a publication's name over its issue's date, a title under them: "Acme Zeitung" over
        # "Mi, 08.05.2024, 17:02" or "Actualité, vendredi 8 décembre 2023, p. 4")
        dated = is_timestamp(below) or running_head_label(below) is not None
        if not dated or not _headline_after(s.lines, h.i + 1, wrapped=True):
            return False
    s.story.keep("other", text)
    s.story.keep("furniture", below)
    s.consumed.add(h.i + 1)
    return True


#: A poster's name over its post is at most this long, of at most this many words.
_POSTER_MAX = 40
_POSTER_WORDS = 4
#: ... and in a script without case, at most this many signs a word.
_UNCASED_POSTER_MAX = 6


def _block_over_dateline(s: HeadState, h: HeadLine) -> bool:
    """The line opens a block of text after the headline and above the dateline."""
    return s.story.headline is not None and s.with_dateline and h.new_block and h.kind is None


def _line_under_the_head(s: HeadState, h: HeadLine) -> bool:
    """No dateline: a short line of text alone in its block after the headline."""
    return (
        s.story.headline is not None
        and not s.with_dateline
        and h.kind is None
        and len(h.text) <= _UNDATED_CAPTION_MAX
        and _single_line_block(s.lines, h.i)
    )


#: Without a dateline, a caption its signs close is a line of at most this long.
_UNDATED_CAPTION_MAX = 150


def _signed_caption(s: HeadState, h: HeadLine) -> bool:
    """After the headline and above the dateline, a block its picture's signs close (the
    photographer's address, the photo's credit in brackets: :func:`closes_a_caption`): the caption,
    its own dateline and all (``[광주=뉴시스] 조감도. (사진=광주시 제공) photo@newsis.com``)."""
    if _block_over_dateline(s, h):
        block = _block_at(s.lines, h.i)
    elif _line_under_the_head(s, h):
        block = [h.line]  # (no dateline: a short line alone, "消防員在現場灌救。（讀者提供）")
    else:
        return False
    # (credits on lines of their own part captions one from the next: caption_and_credit reads them)
    if not closes_a_caption(block[-1].text) or any(is_credit_line(line) for line in block):
        return False
    if len(block) == _NAME_AND_MAIL and is_mail_address(block[1].text) and is_name(block[0].text):
        return False  # "Jón Roe" over "jon@acme.is": the writer and the address, no caption
    s.story.add_caption(join(block), None, join(block))
    s.consumed.update(range(h.i + 1, h.i + len(block)))
    return True


#: A caption an agency's name closes is at most this long, and of at least this many words.
_AGENCY_CAPTION_MAX = 400
_AGENCY_CAPTION_WORDS = 3


def _wrapped_caption(s: HeadState, h: HeadLine) -> bool:
    """A caption and its photo credit hard-wrapped over a block of lines, read whole."""
    block = _block_at(s.lines, h.i)
    if len(block) < 2 or len(paragraphs(block)) > 1 or any(is_credit_line(line) for line in block):
        return False  # (captions each followed by their credit line are read line by line)
    text = join(block)
    combined = split_caption(text)
    if not combined or not is_photo_credit(combined[1]):
        return False
    s.story.add_caption(combined[0], clean_credit(combined[1]), text)
    s.consumed.update(range(h.i + 1, h.i + len(block)))
    return True


def _byline_affiliation(s: HeadState, h: HeadLine) -> bool:
    story = s.story
    if h.kind not in (None, "signoff") or not _after_byline(story, h) or not _affiliation(h.text):
        return False
    story.keep("furniture", h.text)
    if agency_line(h.text):
        story.byline_agency = story.byline_agency or parse_byline(h.text)[1]
    return True


def _affiliation(text: str) -> bool:
    """A writer's affiliation, as a page prints it on the line under the name: an agency alone
    (``The Canadian Press``), a staff title opening or closing a few words (``Repórter da Agência
    Brasil``, ``BBC Wales environment correspondent``, ``Local Democracy Reporter``), or a news
    organisation's name, the desk's place after a comma or not (``BBC News, Kent``, ``Midwest
    Public Radio``, ``Panhandle Ledger``)."""
    if agency_line(text):
        return True
    words = text.split()
    if not words or len(words) > _AFFILIATION_WORDS or len(text) > _SOURCE_MAX or text[-1:] in SENTENCE_END:
        return False
    if is_title_word(words[0]) or is_title_word(words[-1]):
        return True
    outlet = _name_words(text.split(",")[0])
    return (
        bool(outlet)
        and outlet[0][:1].isupper()
        and _capitalised(outlet)
        and (
            outlet[-1] in BROADCAST_WORDS or _names_a_paper(" ".join(outlet)) or _names_news(" ".join(outlet))
        )
    )


#: An affiliation under a name is at most this many words.
_AFFILIATION_WORDS = 6


def _byline(s: HeadState, h: HeadLine) -> bool:
    """A byline; or one in brackets under the headline (``(dell'inviata Jane Roe)``); or one after
    the page's stamp on its line (``Publicado em 05/03/2024 - 14:32 Por Jane Roe``)."""
    story = s.story
    if h.kind == "byline":
        story.add_byline(h.text, h.line.number)
        return True
    if story.headline is None or story.byline_text:
        return False
    parted = _stamp_before_byline(h.text) if h.kind is None else None
    if parted is not None:
        story.keep("furniture", parted[0])
        story.add_byline(parted[1], h.line.number)
        return True
    after = _byline_before_stamp(h.line) if h.kind is None and h.line.gaps else None
    if after is not None:
        story.add_byline(after[0], h.line.number)
        story.keep("furniture", after[1])
        return True
    signed = _name_beside_stamp(h.text) if h.kind in (None, "navigation") else None
    if signed is not None:
        story.add_byline(signed[0], h.line.number)
        story.keep("furniture", signed[1])
        return True
    inner = in_brackets(h.text)
    if inner is None or line_kind(inner) != "byline":
        return False
    story.add_byline(inner, h.line.number)
    return True


def _name_beside_stamp(text: str) -> tuple[str, str] | None:
    """A writer's name, the outlet perhaps, and the page's stamp on one line, parted by bars,
    dots or slashes between blanks (``Jane Roe · Acme News · Posted: Mar 14, 2024 6:00 AM``,
    ``Jane Roe / February 24, 2025``): the name and outlet, and the stamp; or None."""
    if "·" not in text and "|" not in text and "•" not in text and " / " not in text:
        return None
    kept, stamps = _stamps_apart(_PART_SIGNS.split(text))
    if not stamps or any(part.isdigit() for part in kept + stamps) or not _person(kept[0]):
        return None  # (a page's number beside it: "Acme Today · 14 Mar 2024 · 4", a paper's issue)
    return " · ".join(kept), " · ".join(stamps)


#: The signs a page's byline line parts its name, outlet and stamp with.
_PART_SIGNS = re.compile(r" [·•|/] |\|")


def _stamp_before_byline(text: str) -> tuple[str, str] | None:
    """A page's stamp, then its byline on the same line: the two parts, or None."""
    if not any(c.isdigit() for c in text[:_STAMP_REACH]):
        return None  # (a stamp holds a figure: most lines are spared the search)
    for m in _spaced_byline_opener().finditer(text):
        stamp, byline = text[: m.start()].strip(" -–—|·•"), text[m.start() + 1 :]
        if stamp and is_timestamp(stamp) and line_kind(byline) == "byline":
            return stamp, byline
    return None


def _byline_before_stamp(line: Line) -> tuple[str, str] | None:
    """A byline, then the page's stamp set apart by a wide blank on the same line (``Ni Jane Roe
    September 3, 2025, 10:15 am``): the two parts, or None."""
    for gap in line.gaps:
        byline, stamp = line.text[:gap].strip(), line.text[gap:].strip()
        if is_timestamp(stamp) and line_kind(byline) == "byline":
            return byline, stamp
    return None


#: A stamp before a byline ends within this many characters.
_STAMP_REACH = 60


@cache
def _spaced_byline_opener() -> regex.Pattern[str]:
    """A word that opens a byline, between blanks, after the line's first characters."""
    return compiled(rf"(?<=\S)[ ](?:{alternation(BYLINE_OPENERS + BYLINE_WORD_OPENERS)})[ ]")


def _agency_byline(s: HeadState, h: HeadLine) -> bool:
    story = s.story
    if h.kind in (None, "signoff") and story.headline is not None and not story.byline_text:
        byline, stamps = _without_stamps(h.text)
        # (one name or several parted by commas beside the stamp: "Jane Roe, Tom Lee |05.03.2024")
        if agency_line(byline) or (stamps and (is_name(byline) or are_people(byline))):
            story.add_byline(byline, h.line.number)
            for stamp in stamps:
                story.keep("furniture", stamp)
            return True
    return False


def _without_stamps(text: str) -> tuple[str, list[str]]:
    """A byline line without the parts after a bar that are time stamps (``TNN | Mar 3, 2025,
    10.42 PM IST``), and those parts."""
    if "|" not in text:
        return text, []
    kept, stamps = _stamps_apart(text.split("|"))
    return " | ".join(kept), stamps


def _stamps_apart(parts: list[str]) -> tuple[list[str], list[str]]:
    """A line's parts, the first and those that are no time stamps, and the stamps after the first."""
    parts = [part.strip() for part in parts]
    stamps = [part for part in parts[1:] if is_timestamp(part)]
    return [part for part in parts if part not in stamps], stamps


def _wrapped_byline(s: HeadState, h: HeadLine) -> bool:
    story = s.story
    if h.kind is None and _after_byline(story, h):
        if opens_in_lower_case(h.text) or story.byline_text[-1].startswith("["):
            story.add_byline(h.text, h.line.number)
            return True
    return False


def _placeholder_caption(s: HeadState, h: HeadLine) -> bool:
    found = placeholder_caption_at(s.lines, h.i) if s.story.headline is not None else None
    if found is None:
        return False
    s.story.add_placeholder(found.placeholder, found.caption, found.printed)
    s.consumed.update(found.taken)
    return True


def _photo_credit(s: HeadState, h: HeadLine) -> bool:
    if h.kind != "credit":
        return False
    caption = _caption_under_credit(s.lines, h.i)
    s.story.add_caption(caption, clean_credit(h.text), h.text)
    if caption is not None:
        s.consumed.add(h.i + 1)
    return True


def _caption_under_credit(lines: list[Line], i: int) -> str | None:
    """The caption a page prints under its picture's credit, in the credit's block (``© Acme/Jane
    Roe`` over ``Families shelter in a school.``): a sentence, the block's last line."""
    if i + 1 >= len(lines) or lines[i + 1].blank:
        return None
    below = lines[i + 1]
    last = i + 2 >= len(lines) or lines[i + 2].blank
    closed = below.text[-1:] in SENTENCE_END and len(below.text) >= _CAPTION_UNDER_CREDIT_MIN
    quoted = below.text[:1] in _QUOTE_OPENINGS  # (a quotation is the story's text, no caption)
    return below.text if last and closed and not quoted and line_kind(below.text) is None else None


_QUOTE_OPENINGS = frozenset("\"“„«‘'‹「『")


#: A caption under its credit is at least this long (a name under a credit is a byline).
_CAPTION_UNDER_CREDIT_MIN = 30


def _caption_under_byline(s: HeadState, h: HeadLine) -> bool:
    """No dateline: a sentence set directly under the byline in the headline's block, closing
    that block (a web page's export: title, author, the lead picture's caption, then the story)."""
    story = s.story
    if s.with_dateline or h.new_block or h.kind is not None or not story.byline_text:
        return False
    if story.byline_line != h.line.number - 1 or story.headline_line < story.byline_line - 2:
        return False
    if story.headline is None or h.text[-1:] not in SENTENCE_END or not _closes_block(s.lines, h.i):
        return False
    story.add_caption(h.text, None, h.text)
    return True


def _closes_block(lines: list[Line], i: int) -> bool:
    return i + 1 < len(lines) and lines[i + 1].blank


def _kept_line(s: HeadState, h: HeadLine) -> bool:
    if h.kind in KEPT_AS and h.kind is not None:
        s.story.keep_line(h.kind, h.text)
        s.story.note_signoff(h.kind, h.text)
        return True
    return False


def _rights_notice(s: HeadState, h: HeadLine) -> bool:
    """A line that reserves the story's rights, as a database export prints it above the headline
    (``All Rights Reserved``): the agency's notice, never the headline."""
    if s.story.headline is not None or not is_rights_notice(h.text):
        return False
    s.story.keep("service", h.text)
    return True


def _section_label(s: HeadState, h: HeadLine) -> bool:
    """A capitalised word alone before the headline, more text of the head after it (``Economia``,
    ``Inrikes``), or a word of a script without case alone in its block (``देश-विदेश``): the section
    a page files the story under, no headline; or, after the headline, sections named under the
    page's stamp in its block (``11 March 2025`` over ``Climate and Environment``)."""
    text = h.text
    if s.story.headline is not None and _section_under_stamp(s, h):
        s.story.keep("navigation", text)
        return True
    if s.story.headline is not None or len(text) > _SECTION_MAX:
        return False
    if " " in text and not names_sections(text):
        return False
    uncased = printed_without_case(text[:1])
    if uncased and _CJK_PHRASE_SIGNS.intersection(text):
        return False  # (a title's phrases parted by ideographic blanks or commas: "火警　逾百人疏散")
    # (a site's name of letters and figures may be printed in lower case: "golwg360", "news24")
    brand = " " not in text and text.isalnum() and not text.isalpha() and not text.isdigit()
    # (in a script without case: alone in its block, or a section's name the table knows: "政治")
    alone = _single_line_block(s.lines, h.i) or text.casefold() in SECTION_NAMES
    if not (text[:1].isupper() or brand or (uncased and alone)):
        return False
    if text[-1:] in SENTENCE_END:
        return False
    if _slug_over_dateline(s, h):
        s.story.keep("furniture", text)
        return True
    if not _headline_after(s.lines, h.i):
        return False
    s.story.keep("navigation", text)
    return True


#: Signs that part a title's phrases in scripts without case: no section's name holds one.
_CJK_PHRASE_SIGNS = frozenset("\u3000、，。")


def _section_under_stamp(s: HeadState, h: HeadLine) -> bool:
    return not h.new_block and names_sections(h.text) and h.i > 0 and is_timestamp(s.lines[h.i - 1].text)


def _slug_over_dateline(s: HeadState, h: HeadLine) -> bool:
    """One word in capitals, the head's last text before the dateline (``MINE`` over
    ``JOHANNESBURG, Nov 3 -``): a teletype's slug, no headline (a headline says more)."""
    text = h.text
    if not s.with_dateline or len(text) < _SLUG_MIN or not text.isalpha() or not text.isupper():
        return False
    return all(line.blank or line_kind(line.text) is not None for line in s.lines[h.i + 1 :])


#: A slug over a dateline is a word of at least this many letters (``U A``: a priority and wire).
_SLUG_MIN = 3


#: A section's name alone is one word, at most this long.
_SECTION_MAX = 24


def _running_head(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, a page's running head or a digest's masthead: a few capitalised words
    with the issue's date or the page's number (``DAILY ENERGY DIGEST 5 March 2024``,
    ``YENİ SABAH 14 MART 1984 Sayfa 7``), with text that could be a headline after it."""
    if s.story.headline is not None or h.kind is not None or running_head_label(h.text) is None:
        return False
    if headline_flags(h.text)[1]:
        return False  # "BEWARE THE BIRDS (FOR RELEASE THE WEEK OF JULY 10, 2000)": a flagged headline
    if not _headline_after(s.lines, h.i, wrapped=True):
        return False
    s.story.keep("furniture", h.text)
    return True


def _masthead(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, a page's masthead or section, by its shape and a sign of what it is,
    over a title that a byline, name or stamp signs: a label of a few capitalised words (``The
    Island Herald | World``, ``New Vision`` over ``NEWS``, ``Anadolu Agency``, ``Общество |
    05.03.2024 14:22``), in capitals, naming a publication or an agency, parted by bars or slashes,
    beside a stamp, or alone in its block; or in a block of labels one of which has such a sign."""
    if s.story.headline is not None or not _label_like(h.text):
        return False
    start, end = block_span(s.lines, h.i)
    labels = [line.text for line in s.lines[start:end] if _label_like(line.text)]
    title = _signed_title_after(s.lines, h.i)
    if title is not None:
        # (a label alone in its block, without a figure, over a longer title is a sign of its own)
        alone = end - start == 1 and not any(c.isdigit() for c in h.text) and len(title) > len(h.text)
        if not (alone or _menu_beside(s.lines, start, end, h.i) or any(map(_label_sign, labels))):
            return False
    elif (
        not (_menu_beside(s.lines, start, end, h.i) or any(map(_names_a_page, labels)))
        or _title_over_text(s.lines, end - 1, s.with_dateline, len(h.text)) is None
    ):
        # (a title no one signs, alone over the text: the label must say what it is; its shape
        # alone, capitals or one word, may be a short headline's, and a stamp under a line signs
        # that line as the title)
        return False
    s.story.keep("navigation", h.text)
    if _names_a_page(h.text):
        _rest_of_masthead(s, h.i)
    return True


def _menu_beside(lines: list[Line], start: int, end: int, i: int) -> bool:
    """A page's menu in the block of line ``i`` (lines ``start`` to ``end``): the page's top."""
    return any(line_kind(lines[j].text) == "navigation" for j in range(start, end) if j != i)


#: A label is at most this long, each of its parts at most this many words.
_LABEL_MAX = 60
_LABEL_WORDS = 4
_LABEL_PARTS = re.compile(r" ?[|/>»›·•] ?")


def _organisation_masthead(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, a page's masthead that names a news organisation (``Agence de Presse
    Sénégalaise``, ``БЕЛТА – Новости Беларуси``, ``ສຳນັກຂ່າວສານປະເທດລາວ``) over a longer title: a
    short line that closes no sentence and names one (an agency the table knows, a word a news
    organisation names itself by, or a company's legal form closing it: a release's issuer), with
    a second sign (both of those, a bar or dash parting it,
    or the story's first line of text)."""
    text = h.text
    if s.story.headline is not None or h.kind is not None or not _short_masthead(text):
        return False
    # (most headlines have text, no title, after them: the cheapest test first; a public body's
    # long name may be longer than its release's title, which says more than a few words)
    public = _names_a_public_body(text) or _names_a_paper(text)
    titled = _title_after(s.lines, h.i, min(len(text), _LABEL_TITLE_MIN) if public else len(text))
    fields = _over_head_fields(s.lines, h.i)
    if not (titled or fields):
        return False
    if text.isupper() and not fields and _SPACED_DASH.search(text):
        return False  # "SOY HARVEST 13 PCT COMPLETE - NEWSLETTER": a headline naming its source
    if text.isupper() and not fields and h.i + 1 < len(s.lines) and s.lines[h.i + 1].text.isupper():
        return (
            False  # "SENATE PROBERS CALL" over "ACME CZAR'S AIDE": a headline in capitals broken over lines
        )
    names = (
        first_agency(text) is not None,
        public or _names_a_newsroom(text) or _issuer(text),
    )
    if not any(names):
        return False
    signs = (
        *names,
        _MASTHEAD_PARTS.search(text) is not None,
        _opens_the_page(s.lines, h.i, s.story),
    )
    # (over a script's or export's fields and no title, the page's first line: "BBC WORLD SERVICE
    # NEWS" over "SLUG: ...")
    if sum(signs) < _MASTHEAD_SIGNS or (not titled and not signs[-1]):
        return False
    s.story.keep("navigation", text)
    _rest_of_masthead(s, h.i)
    return True


def _over_a_signed_title(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, at the page's top, a line naming a news organisation that a byline or
    stamp does not sign, over a title that one signs further down (``College news from student
    newspapers across the country`` over ``The Harbour Ledger`` over the title and its byline):
    the page's motto or masthead."""
    text = h.text
    if (
        s.story.headline is not None
        or h.kind is not None
        or len(text) > _MOTTO_MAX
        or not (_title_shaped(text) or _few_words(text, _SITE_NAME_MAX, _SITE_NAME_WORDS))
    ):
        return False
    # (the cheapest test first: most lines are not at the page's top)
    if not _opens_the_page(s.lines, h.i, s.story):
        return False
    title = _signed_title_below(s.lines, h.i)
    if title is None or not (
        _names_a_newsroom(text) or _name_over_title(text, title) or _under_a_masthead(s, h)
    ):
        return False
    s.story.keep("navigation", text)
    return True


def _under_a_masthead(s: HeadState, h: HeadLine) -> bool:
    """The line is the second of a block whose first the head set aside as the page's (its
    masthead or section): the masthead's motto (``ProPublica`` over ``Investigative Journalism in
    the Public Interest``)."""
    if h.new_block or h.i == 0 or len(h.text.split()) > _MOTTO_WORDS or any(c.isdigit() for c in h.text):
        return False  # (a headline under the site's name says more, and may count)
    if h.i > 1 and not s.lines[h.i - 2].blank:
        return False  # (the masthead opens its block: under a menu's item, the next item)
    above = s.lines[h.i - 1].text
    return any(entry.text == above and entry.kind in _MASTHEAD_KINDS for entry in s.story.boilerplate)


#: What the head keeps a page's masthead or section as; its motto is at most this many words.
_MASTHEAD_KINDS = frozenset({"navigation", "furniture"})
_MOTTO_WORDS = 6


def _name_over_title(text: str, title: str) -> bool:
    """A site's or a section's short name over a title at least twice as long (``PC Watch``,
    ``Espaces autochtones``): a headline that short stands over its deck, not over a title."""
    return (
        len(text) <= _SITE_NAME_MAX
        and len(text.split()) <= _SITE_NAME_WORDS
        and len(title) >= 2 * len(text)
        and not any(char.isdigit() for char in text)
    )


#: A site's name over a signed title is at most this long, in characters and in words.
_SITE_NAME_MAX = 30
_SITE_NAME_WORDS = 3


def _names_a_newsroom(text: str) -> bool:
    """A news organisation's word or outlet, a paper's title or a broadcaster's name."""
    return _names_news(text) or _names_a_paper(text) or _names_a_broadcaster(text)


#: A motto or masthead over a signed title is at most this long, the title at most this long (a
#: longer line under it is a standfirst).
_MOTTO_MAX = 80
_SIGNED_TITLE_MAX = 100
#: The signed title opens one of the next this many blocks.
_MOTTO_BLOCKS = 3


def _signed_title_below(lines: list[Line], i: int) -> str | None:
    """A title that a byline or stamp signs, in one of the blocks after line ``i``'s, passing over
    labels, furniture and other unsigned titles (a paper's name, a section); None at the first
    line of prose."""
    j, blocks = i + 1, 0
    # (within the page's top: a long block of short lines is walked no further)
    while j < min(len(lines), i + 1 + _TITLE_REACH) and blocks <= _MOTTO_BLOCKS:
        line = lines[j]
        if line.blank:
            if not lines[j - 1].blank:
                blocks += 1  # (a block ends here)
            j += 1
            continue
        text = line.text
        kind = line_kind(text)
        if kind is None and not _label_like(text):
            if not _title_shaped(text) or len(text) > _SIGNED_TITLE_MAX:
                return None
            if _signed(lines, j):
                return text
        j += 1
    return None


def _over_head_fields(lines: list[Line], i: int) -> bool:
    """Line ``i`` is over a script's or an export's head in its block: a labelled field or a
    stamp under it (``SLUG: PERU/LANDSLIDE``, ``07/12/25  0600 GMT``)."""
    if i + 1 >= len(lines) or lines[i + 1].blank:
        return False
    below = lines[i + 1].text
    return field_label(below) is not None or line_kind(below) == "furniture"


def _names_a_broadcaster(text: str) -> bool:
    """A word a broadcaster names itself by, in any case, in a name (``RADIO SALOUM FM``, ``ABC
    Radio National``; ``Ukrainian TV says ...`` is a headline)."""
    if not any(word.strip("()[],.").casefold() in _broadcast_words() for word in text.split()):
        return False
    return text.isupper() or _capitalised(_name_words(text))


@cache
def _broadcast_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in BROADCAST_WORDS)


def _rest_of_masthead(s: HeadState, i: int) -> None:
    """The short lines under a masthead in its block, a longer title after each: its motto or
    office (``Официальный сайт``, ``Regional Office, Bhopal``), set aside with it."""
    if s.lines[i].text.isupper():
        return  # (a headline in capitals over its deck names a public body as a masthead may)
    for j in range(i + 1, len(s.lines)):
        line = s.lines[j]
        if line.blank or not _short_masthead(line.text) or field_label(line.text) is not None:
            return  # (an export's fields under the paper's name are read as fields)
        if line_kind(line.text) is not None or not _title_after(s.lines, j, len(line.text)):
            return
        s.story.keep("navigation", line.text)
        s.consumed.add(j)


def _issuer(text: str) -> bool:
    """A release's issuer by its legal form closing its name, a genre after a dash or not
    (``Acme Marin AB (publ) – Insiderinformation``, ``Acme Obst & Saft eGen``)."""
    words = _name_words(text)
    return bool(words) and fold_name(words[-1]) in COMPANY_FORMS


def _names_a_public_body(text: str) -> bool:
    """A public body's, university's or institute's name (``Polizei Hamburg``, ``U.S. Department
    of Defense``, ``Ministerio de Agricultura, Pesca y Alimentación``): a word of
    :data:`PUBLIC_BODY_WORDS` among words that are all capitalised but short joining words (a
    headline speaks of one in words of lower case: ``Police arrest two``)."""
    words = _name_words(text)
    return any(word.casefold() in PUBLIC_BODY_WORDS for word in words) and _capitalised(words)


def _names_a_paper(text: str) -> bool:
    """A newspaper's title (``The Harbour Herald``, ``Кузнецкий вестник``, ``Times of Acme``): a
    word of :data:`NEWSPAPER_TITLE_WORDS` in its own case closing it, or opening it before a
    joining word, among words that are all capitalised but short joining words (``Times are hard``
    is a headline)."""
    # (its town may follow in brackets: "Кузнецкий вестник (Новокузнецк)")
    words = _name_words(_TOWN_IN_BRACKETS.sub("", text))
    if len(words) > 2 and words[0].casefold() in TITLE_ARTICLES:
        words = words[1:]  # ("Le Nouvelliste de la Mauricie": its title word after the article)
    if not words:
        return False
    # (the word closes the title, or opens it before a joining word: "Times of India", "Corriere
    # della Sera"; "Times Square Reopens" is a headline)
    last = words[-1] in _paper_words()
    first = len(words) > 2 and words[0] in _paper_words() and len(words[1]) <= _JOINING_WORD_MAX + 2
    return (last or first) and _capitalised([word for word in words if word not in _paper_words()])


_TOWN_IN_BRACKETS = re.compile(r" \([^()]{1,30}\)$")


@cache
def _paper_words() -> frozenset[str]:
    return frozenset(NEWSPAPER_TITLE_WORDS)


def _name_words(text: str) -> list[str]:
    """The words of a name, without the genre a dash may part from it (``- Press release``)."""
    return [word.strip(",.()–—-:") for word in _MASTHEAD_PARTS.split(text)[0].split()]


def _capitalised(words: list[str]) -> bool:
    """Every word capitalised, but short joining words (``of``, ``de``, ``für``)."""
    return all(
        not word[:1].isalpha() or _opens_capitalised(word) or len(word) <= _JOINING_WORD_MAX for word in words
    )


#: A joining word inside a name (``of``, ``de``, ``für``) is at most this long.
_JOINING_WORD_MAX = 3


#: A masthead is at most this long and this many words, and two of its signs tell it from a title.
_MASTHEAD_MAX = 60
_MASTHEAD_WORDS = 10
_MASTHEAD_SIGNS = 2
_MASTHEAD_PARTS = re.compile(r" [|–—>›/] | -{1,2} ")


def _label_line_over_title(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, a line that signs tell for a page's or an export's label, over a title
    (``Budget/Österreich/Finanzen``, ``agi.it | Economia``, ``Stikkord: Stortinget, ferjer``,
    ``APA-Kultur-Newsletter vom 7. November 2024``, ``1 new item``): each sign counts
    (:func:`label_signs`), and two of them tell it from a short headline with a deck under it."""
    text = h.text
    if s.story.headline is not None or h.kind is not None or len(text) > _LABEL_LINE_MAX:
        return False
    if text[-1:] in SENTENCE_END:
        return False
    kicker = _kicker_in_capitals(s.lines, h.i)
    shape = _shape_signs(text) + kicker
    # (the title after it says more than a few words, though a stamp may make the label longer; a
    # kicker's title is the line under it, its deck perhaps under that in the same block)
    titled = (kicker and _title_and_deck(s.lines, h.i + 1)) or _title_after(
        s.lines, h.i, min(len(text), _LABEL_TITLE_MIN)
    )
    if shape < _LABEL_SIGNS - 1 or not titled:
        return False
    if shape < _LABEL_SIGNS and not _names_an_outlet(text):
        return False  # (the name, the dearest sign to look for, is looked for only when it decides)
    s.story.keep("navigation", text)
    return True


def _title_and_deck(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a title, a deck perhaps under it in its block, no more, closing no sentence
    (``Un sismo sacude el norte de Chile`` over ``Las autoridades descartaron ...``); a wrapped
    paragraph runs on longer, to its stop."""
    end = i + 1
    while end < len(lines) and not lines[end].blank:
        end += 1
    last = lines[end - 1].text
    title = lines[i].text
    return (
        end - i <= _TITLE_AND_DECK_LINES
        and _title_shaped(title)
        and last[-1:] not in SENTENCE_END
        and line_kind(title) is None  # (a byline under a headline in capitals: "By JANE ROE, Acme")
    )


#: A title and its deck in one block are at most this many lines.
_TITLE_AND_DECK_LINES = 2


def _kicker_in_capitals(lines: list[Line], i: int) -> bool:
    """A few words in capitals right over a longer line in mixed case, no blank between: a
    topic's kicker over its title (``STATIONS DE MONTAGNE`` over ``Le National refuse ...``)."""
    text = lines[i].text
    if i + 1 >= len(lines) or lines[i + 1].blank or len(text.split()) > _LABEL_PART_WORDS:
        return False
    below = lines[i + 1].text
    return text.isupper() and not below.isupper() and len(below) > len(text)


#: A label over a title is at most this long, and two of its signs tell it.
_LABEL_LINE_MAX = 90
_LABEL_SIGNS = 2
#: The title under a label is longer than the label or than this.
_LABEL_TITLE_MIN = 24
#: A label's part is at most this many words; a label alone, at most this many.
_LABEL_PART_WORDS = 3
#: What parts a page's path: bars, arrows, slashes, dots and plus signs.
_PATH_SEPARATORS = re.compile(r"[|>»›/·•+]")
#: What parts a label's words as a headline's clauses are parted too: a colon or a spaced dash.
#: (a stop parts keywords after a word, not an abbreviation's letters: "Economy. Energy", "U.S. affairs")
_PAIR_SEPARATORS = re.compile(r":| [-–—]+ |[–—]|(?<=\w\w\w)\. ")
#: Any sign that parts a label (most titles hold none: their shape gives no sign then).
_ANY_SEPARATOR = re.compile(r"[|>»›/·•+,:–—]| - ")


def label_signs(text: str) -> int:
    """How many signs say ``text`` is a label, no headline: a path of short parts (``Budget/
    Österreich/Finanzen``, ``agi.it | Economia``), a list of keywords (``Stikkord: Stortinget,
    ferjer, samferdsel``), single words parted by colons or dashes (``Fédéral - Budget``; a
    headline's clauses hold more words), few words at all, a date or an issue's number, a time of
    day, signs framing it as a banner, the name of an agency, a news organisation or a site. A path
    or list of three parts or more counts twice."""
    return _shape_signs(text) + _names_an_outlet(text)


def _shape_signs(text: str) -> int:
    """The signs of :func:`label_signs` that its shape gives: parts, few words, a figure."""
    printed = text.split()
    digits = any(char.isdigit() for char in text)
    figure = digits and _dates_or_numbers(text, printed)
    clock = digits and _CLOCK.search(text) is not None
    framed = text[:2] in _FRAMES and text[-2:] in _FRAMES  # "=== ACME ARCHIVE EXPORT ==="
    # (a genre's word or two wholly in brackets over the title: "(Crónica)", "[ANALYSIS]")
    framed = framed or (text[:1] in "([" and text[-1:] in ")]" and len(printed) <= _BRACKETED_LABEL_WORDS)
    if (
        len(printed) > _LABEL_PART_WORDS
        and not (figure or clock or framed)
        and _ANY_SEPARATOR.search(text) is None
    ):
        return 0  # (a title's words, no parts, no figure: most headlines)
    words = sum(1 for word in printed if any(char.isalpha() for char in word))
    return (
        max(_parted(_PATH_SEPARATORS.split(text), _LABEL_PART_WORDS), _keyword_list(text))
        + _parted(_PAIR_SEPARATORS.split(text), 1)
        + (words <= _LABEL_PART_WORDS)
        + figure
        + clock
        + framed
    )


#: A genre's label in brackets is at most this many words.
_BRACKETED_LABEL_WORDS = 2


def _dates_or_numbers(text: str, printed: list[str]) -> bool:
    """A date in figures, a time of day, an issue's or document's number of five figures or more,
    a month's name with a year, or three numbers or more (``2024-05-06``, ``14:22``, ``n° 13371``,
    ``7. November 2024``, a transmission's ``bsf025 3 ec 121``): what a stamp, a label or a code
    line prints, and a headline's figures (``Agenda 2030``, ``up 2%``) are not."""
    if (
        FIGURES_DATE.search(text)
        or _LABEL_FIGURE.search(text)
        or len(_NUMBER.findall(text)) >= _LABEL_NUMBERS
    ):
        return True
    months = month_lookup()
    return YEAR.search(text) is not None and any(word.strip(".,").casefold() in months for word in printed)


#: A number of five figures or more; a time of day, a sign of its own.
_LABEL_FIGURE = re.compile(r"\d{5,}")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
#: Runs of signs a banner line opens and closes with.
_FRAMES = frozenset({"==", "**", "##", "~~", "--", "__"})
_NUMBER = re.compile(r"\d+")
_LABEL_NUMBERS = 3


def _names_an_outlet(text: str) -> bool:
    """An agency's name, a word a news organisation names itself by, or a site's address."""
    return _DOMAIN_IN_LINE.search(text) is not None or _names_news(text) or first_agency(text) is not None


def _parted(parts: list[str], most_words: int) -> int:
    """2 for three parts or more of at most ``most_words`` words each, 1 for two, else 0."""
    parts = [part for part in parts if part.strip()]
    if len(parts) < 2 or any(_word_count(part) > most_words for part in parts):
        return 0
    return 2 if len(parts) >= 3 else 1


def _word_count(text: str) -> int:
    """The words of ``text`` that hold a letter or figure (a dash between them is none)."""
    return sum(1 for word in text.split() if any(char.isalnum() for char in word))


def _keyword_list(text: str) -> int:
    """2 for a list of keywords after its label or not: three items or more parted by commas,
    each of a few words (:func:`_parted`; two items are a headline's as often)."""
    items = text.partition(":")[2] if ":" in text else text
    return 2 if _parted(items.split(","), _LABEL_PART_WORDS) == 2 else 0


_DOMAIN_IN_LINE = re.compile(r"(?<![\w@.])[\w\-]{2,63}+\.(?:[a-z]{2,3}|info|news|online)(?![\w.@])")


def _opens_the_page(lines: list[Line], i: int, story: Draft | None = None) -> bool:
    """Line ``i`` is the first of text: only a page's furniture and navigation stand before it,
    within :data:`_TITLE_REACH` lines, or lines the head set aside already in ``story`` (a site's
    address, a masthead over its motto: ``The Herald`` over ``The Nation's Largest Daily``)."""
    if i > _TITLE_REACH:
        return False
    kept = {entry.text for entry in story.boilerplate} if story is not None else set()
    return all(line.blank or line.text in kept or line_kind(line.text) in _PASSED_OVER for line in lines[:i])


def _short_masthead(text: str) -> bool:
    return _few_words(text, _MASTHEAD_MAX, _MASTHEAD_WORDS)


def _few_words(text: str, chars: int, words: int) -> bool:
    """At most ``chars`` long and ``words`` words, closing no sentence (a name in quotes closes
    with its quote, no sentence: «Север»)."""
    closing = text.rstrip(_CLOSING_QUOTES)[-1:]
    return len(text) <= chars and len(text.split()) <= words and closing not in SENTENCE_END


_CLOSING_QUOTES = "»”\"’'"


def _names_news(text: str) -> bool:
    """A word a news organisation names itself by, in any case, or an outlet's name as a whole
    word in its own case or in capitals (``FRANCE 24``). (The words are found in the casefolded
    text by a trie, the outlets by a pattern: one pattern of both searched ten times slower.)"""
    return _news_stems().search(text.casefold()) is not None or _outlets().search(text) is not None


@cache
def _news_stems() -> re.Pattern[str]:
    return phrase_finder(stem.casefold() for stem in NEWS_ORGANISATION_STEMS)


@cache
def _outlets() -> regex.Pattern[str]:
    outlets = alternation((*NEWS_OUTLETS, *(outlet.upper() for outlet in NEWS_OUTLETS)))
    return compiled(f"(?<![\\p{{L}}])(?:{outlets})(?![\\p{{L}}])")


def _title_after(lines: list[Line], i: int, longer_than: int) -> bool:
    """A title-shaped line after line ``i``, longer than it, before any line of text (furniture
    and labels passed over); a title's block holds a line or two (a paragraph's hard-wrapped lines
    are no title)."""
    for j in range(i + 1, min(len(lines), i + 1 + _TITLE_REACH)):
        line = lines[j]
        if line.blank:
            continue
        kind = line_kind(line.text)
        if kind in _PASSED_OVER:
            continue
        if kind is None and _title_shaped(line.text) and len(line.text) > longer_than:
            return not _runs_on(lines, j)
        if kind is None and not _short_masthead(line.text) and line.text.count("|") < _MENU_BARS:
            return False
    return False


#: A masthead's title is printed within this many lines of it (a page's menus and stamps between).
_TITLE_REACH = 16
#: A row of a page's menu parts its items with at least this many bars.
_MENU_BARS = 3


def _runs_on(lines: list[Line], j: int) -> bool:
    """Line ``j`` is the first of a paragraph's hard-wrapped lines: text goes on under it, in
    small letters or as long as a wrapped line."""
    if j + 1 >= len(lines) or lines[j + 1].blank:
        return False
    below = lines[j + 1].text
    if line_kind(below) is not None:
        return False
    if opens_in_lower_case(below):
        return True
    # (a line the next one's first word would have fitted after was not broken by a wrap: a
    # title over its standfirst in one block)
    fits = len(lines[j].text) + 1 + len(below.split(" ", 1)[0]) <= len(below)
    return len(below) >= WRAP_MIN and not fits


def _label_like(text: str) -> bool:
    """A short line of capitalised words (or words of a script without case), between bars or
    slashes or not, a stamp beside them or not; no sentence."""
    if len(text) > _LABEL_MAX or text[-1:] in SENTENCE_END:
        return False
    if "|" not in text and not all(
        _opens_capitalised(word) or word in NAME_PARTICLES for word in text.split()
    ):
        return False  # (most titles: a word in lower case, found without a pattern)
    label, _ = _without_stamps(text)
    if _SPACED_DASH.search(label):
        return False  # "WHEAT STOCKS - USDA", "Acme Corp - New York": a headline's or a list's parts
    parts = [part for part in _LABEL_PARTS.split(label) if part.strip()]
    return bool(parts) and ":" not in label and all(_capitalised_words(part) for part in parts)


_SPACED_DASH = re.compile(r" [-–—]+ ")


def _capitalised_words(text: str) -> bool:
    """A few capitalised words (or words of a script without case), a name's particles between
    them (``The Times of Israel``, ``Agenția Informațională de Stat``)."""
    printed = text.split()
    if len(printed) > 2 * _LABEL_WORDS:
        return False  # (most titles: too many words to count their letters)
    if _UNSPACED_PHRASE.search(text):
        return False  # "隆市区明起实施临时交通改道": a script without blanks between words, a phrase
    words = [word for word in printed if any(c.isalpha() for c in word) and word not in NAME_PARTICLES]
    return 0 < len(words) <= _LABEL_WORDS and all(
        word[:1].isupper() or printed_without_case(word[:1]) for word in words
    )


#: A run of this many letters of a script printed without blanks between its words is a phrase,
#: no label's word (``香港新聞`` is a section's name).
_UNSPACED_PHRASE = compiled(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]{9}")


def _opens_capitalised(word: str) -> bool:
    """A word opening with a capital, a letter printed without case, or no letter (``/``,
    ``2024``)."""
    return opens_capitalised(word) or not word[:1].isalpha()


def _label_sign(text: str) -> bool:
    """What tells a masthead or section from a short headline: a stamp or a bar, slash or trail
    sign beside it, capitals, one word alone, or a publication's word or an agency's name."""
    label, stamps = _without_stamps(text)
    words = label.split()
    return bool(
        label.isupper()
        or len(words) == 1
        or (words and fold_name(words[0]) in ORGANISATION_WORDS)
        or _page_signs(label, stamps)
    )


def _names_a_page(text: str) -> bool:
    """A label that says it is a page's (``וואלה! חדשות``, ``GHN | Georgian Hot News``, ``De
    Standaard``)."""
    return _page_signs(*_without_stamps(text))


def _page_signs(label: str, stamps: list[str]) -> bool:
    """A stamp or a bar, slash or trail sign beside the label, a word a news organisation or paper
    names itself by, or an agency's name."""
    return bool(
        stamps
        or _LABEL_PARTS.search(label)
        or _names_news(label)
        # (a paper's word after its first, "GLOBAL TIMES", "The Times of Israel": "Times Square
        # Reopens" is a headline)
        or any(fold_name(word) in ORGANISATION_WORDS for word in label.split()[1:])
        or first_agency(label) is not None
    )


def _title_over_text(lines: list[Line], i: int, with_dateline: bool, longer_than: int) -> str | None:
    """The first line of text after line ``i`` (furniture passed over), if it is a title longer
    than ``longer_than`` alone in its block with running text after it, or, in a story with a
    dateline, the head's last text."""
    following = _next_text(lines, i)
    while following is not None and line_kind(following[1].text) in _PASSED_OVER:
        following = _next_text(lines, following[0])
    if following is None:
        return None
    j, line = following
    if len(line.text) <= longer_than or not _title_shaped(line.text) or block_span(lines, j) != (j, j + 1):
        return None
    after = _next_text(lines, j)
    if after is None:
        return line.text if with_dateline else None
    return line.text if is_prose(after[1].text) or after[1].text[-1:] in SENTENCE_END else None


def _signed_title_after(lines: list[Line], i: int) -> str | None:
    """The first line after line ``i`` that is no label (notes and furniture passed over), if it
    is a title that a byline, a name or a time stamp signs: under it, or opening one of the next
    two blocks (a deck or standfirst may stand between)."""
    for j in range(i + 1, len(lines)):
        text = lines[j].text
        if not text or _label_like(text):
            continue
        kind = line_kind(text)
        if kind in _PASSED_OVER:
            continue
        return text if kind is None and _title_shaped(text) and _signed(lines, j) else None
    return None


def _title_shaped(text: str) -> bool:
    return not is_prose(text) and text[-1:] not in ".。" and not opens_in_lower_case(text)


def _signed(lines: list[Line], j: int) -> bool:
    if j + 1 < len(lines) and not lines[j + 1].blank and _signs_a_title(lines[j + 1].text):
        return True
    following = _next_text(lines, block_span(lines, j)[1] - 1)
    if following is None:
        return False
    for start, end in islice(_blocks_past_pictures(lines, following[0]), _SIGNED_BLOCKS):
        if _signs_a_title(lines[start].text):
            return True
        if end == start:
            return False  # (a long block: prose, no picture)
        if _signs_the_page(lines[start:end]):
            return True
    return False


def _past_pictures(lines: list[Line], start: int) -> list[Line]:
    """The block at line ``start``, or the first after the pictures there."""
    first = next(_blocks_past_pictures(lines, start), None)
    return next(iter(blocks(lines[first[0] :])), []) if first is not None else []


def _blocks_past_pictures(lines: list[Line], start: int) -> Iterator[tuple[int, int]]:
    """The spans of the blocks from line ``start`` on, the pictures among them passed over (at most
    :data:`_PICTURES_PASSED` of them, each a short block that does not sign the page). A block is
    read at most :data:`_BYLINE_BLOCK_LINES` deep: a longer one's span is empty, and ends the walk."""
    pictures = 0
    while True:
        end = block_span(lines, start, _BYLINE_BLOCK_LINES)[1]
        block = lines[start:end]
        if block and pictures < _PICTURES_PASSED and not _signs_the_page(block) and _picture_block(block):
            pictures += 1  # a picture between a title or standfirst and its byline
        else:
            yield start, end
            if end == start:
                return
        following = _next_text(lines, end - 1)
        if following is None:
            return
        start = following[0]


def _picture_block(block: list[Line]) -> bool:
    """A picture's caption and credit, or its credit alone (a note in brackets, as some pages
    print it: ``(Bild: Acme)``), as a block of its own."""
    if is_credit_line(block[-1]) or _captioned_picture(block):
        return True
    return all(line_kind(line.text) in _PICTURE_KINDS for line in block)


_PICTURE_KINDS = frozenset({"credit", "furniture"})


#: Pictures passed over between a title or standfirst and the byline that signs it.
_PICTURES_PASSED = 2


#: A title's byline or stamp opens one of the next this many blocks.
_SIGNED_BLOCKS = 2


def _signs_the_page(block: list[Line]) -> bool:
    """A block that signs a page's title: a byline or stamp opening it, or one among its fields
    and no sentence (``From:`` / ``Acme Office`` / ``Published`` / ``9 April 2024``)."""
    if _signs_a_title(block[0].text):
        return True
    return not any(line.text[-1:] in SENTENCE_END for line in block) and any(
        _signs_a_title(line.text) for line in block[1:]
    )


def _signs_a_title(text: str) -> bool:
    """A byline, a person's name or an agency (a stamp after a bar or not), or a time stamp."""
    name, _ = _without_stamps(text)
    return (
        _name_beside_stamp(text) is not None
        or _is_byline_line(text)
        or (name != text and _is_byline_line(name))
        or _person(name)
        or is_timestamp(text)
    )


def _headline_after(lines: list[Line], i: int, wrapped: bool = False) -> bool:
    """The first line after line ``i`` that is text (notes and furniture passed over: ``1ST
    LEAD``) could be a headline: no prose or closed sentence, no byline, not in lower case, no
    sentence wrapped on from it (``wrapped``: a headline may wrap onto the next line)."""
    for j in range(i + 1, len(lines)):
        text = lines[j].text
        kind = line_kind(text) if text else "furniture"
        if kind in _PASSED_OVER:
            continue
        wrapped_on = not wrapped and j + 1 < len(lines) and opens_in_lower_case(lines[j + 1].text)
        closes = is_prose(text) or closes_sentence(text)
        return kind is None and not closes and not opens_in_lower_case(text) and not wrapped_on
    return False


#: The kinds of line passed over on the way to a headline.
_PASSED_OVER = frozenset({"furniture", "ednote", "navigation"})


def _name_over_navigation(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, at the page's top, a short line over the page's breadcrumb or the
    site's address in its block (``01net`` over ``Accueil > Actualités > Smartphones``, ``Akmeli
    Döwlet Maglumat Gullugy (ADMG)`` over ``admg.gov.example``): the site's name."""
    if s.story.headline is not None or h.kind is not None or not h.new_block or h.i + 1 >= len(s.lines):
        return False
    below = s.lines[h.i + 1].text
    if not below:
        return False
    if any(sign in below for sign in _CRUMB_SIGNS) and line_kind(below) == "navigation":
        named = _site_name(h.text)
    else:
        # (the site's address under it: a longer name, spelled out, with its initials)
        named = is_site_address(below) and _few_words(
            h.text, _NAME_OVER_ADDRESS_MAX, _NAME_OVER_ADDRESS_WORDS
        )
    if not named or not _opens_the_page(s.lines, h.i, s.story):
        return False
    s.story.keep("navigation", h.text)
    return True


_NAME_OVER_ADDRESS_MAX = 60
_NAME_OVER_ADDRESS_WORDS = 8


#: The signs a page's breadcrumb parts its steps with (``Accueil > Actualités``).
_CRUMB_SIGNS = (">", "›", "»", "/")


def _site_name(text: str) -> bool:
    """A site's short name, its motto after a dash, bar or dot or not (``01net``, ``Ya! –
    Sizhuniek e brezhoneg``): no sentence."""
    name = _NAME_AND_MOTTO.split(text, maxsplit=1)[0]
    return (
        len(text) <= _MOTTO_MAX
        and text[-1:] not in ".?"
        and len(name) <= _SITE_NAME_MAX
        and len(name.split()) <= _SITE_NAME_WORDS
    )


_NAME_AND_MOTTO = re.compile(r"[ ][–—\-|·•][ ]")


def _page_menu(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, a line of a page's menu: a block of short items (``World``, ``Sign
    In``, ``본문 바로가기``), none of them a sentence, with text that could be a headline after it."""
    text = h.text
    if s.story.headline is not None or len(text) > _MENU_LINE_MAX:
        return False
    start, end = block_span(s.lines, h.i)
    if not _is_menu(s.lines[start:end]) or not _headline_after(s.lines, end - 1):
        return False
    following = _next_text(s.lines, end - 1)
    if following is None or _signs_a_title(following[1].text):
        return False  # (short lines over a byline or stamp are a title's block, not a menu)
    s.story.keep("navigation", text)
    return True


def _wide_menu_row(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, a long row of capitalised items parted by blanks, half of them
    sections' names (``Pope Vatican Church World Podcast Video``), with a title under it: the
    page's menu. A headline in title case naming as many sections has no title under it."""
    text = h.text
    if not _may_be_the_menus(s, h) or not is_wide_menu_row(text) or not _headline_after(s.lines, h.i):
        return False
    s.story.keep("navigation", text)
    return True


def _may_be_the_menus(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, a line of no kind of its own, no longer than a menu's line."""
    return s.story.headline is None and h.kind is None and len(h.text) <= _MENU_LINE_MAX


def _beside_the_menu(s: HeadState, h: HeadLine) -> bool:
    """At the page's top, before the headline, a line in the block that holds the page's menu (a
    row of its sections, or two lines of its navigation) with a title after the block: the site's
    name or motto (``VilaWeb`` over ``Diari digital independent des de 1995`` over ``Portada
    Política ...``), no sentence of its own."""
    text = h.text
    if not _may_be_the_menus(s, h):
        return False
    start, end = block_span(s.lines, h.i)
    if end - start < 2 or not _opens_the_page(s.lines, start, s.story) or closes_sentence(text):
        return False
    others = [s.lines[j].text for j in range(start, end) if j != h.i]
    if not (any(map(is_menu_row, others)) or sum(line_kind(t) == "navigation" for t in others) >= 2):
        return False
    if not _headline_after(s.lines, end - 1):
        return False
    s.story.keep("navigation", text)
    return True


def _over_the_menu(s: HeadState, h: HeadLine) -> bool:
    """At the page's top, before the headline, the page's menu, or a line over it with only short
    lines of no kind between, a title after the menu: the menu, and the site's name, motto or
    search box over it (``World Health Organization`` over ``Health Topics   Countries
    Newsroom   Data`` over the title). A headline over its deck has no menu between them."""
    text = h.text
    if not _may_be_the_menus(s, h) or closes_sentence(text) or not _opens_the_page(s.lines, h.i, s.story):
        return False
    # (a line under the menu's row in its block, a language's switch, is the menu's too)
    start, _ = block_span(s.lines, h.i, reach=_TITLE_REACH)
    if not _menu_from(s.lines, start, h.i):
        return False
    s.story.keep("navigation", text)
    return True


def _menu_column(s: HeadState, h: HeadLine) -> bool:
    """At the page's top, no headline yet: a line above the title that a page's menu copied an
    item a line stands over (:func:`_title_under_column`), and the title itself."""
    if s.story.headline is not None:
        return False
    if s.column_title is None:
        s.column_title = _title_under_column(s.lines)
    if h.i == s.column_title:
        return _headline(s, h)  # (the title, which the menu's rules would read as one more item)
    if h.i > s.column_title:
        return False
    s.story.keep("navigation", h.text)
    return True


def _title_under_column(lines: list[Line]) -> int:
    """Where the title under a page's menu copied an item a line stands (``News`` over ``Sport``
    over ``Weather`` ..., in one block or not): the first line that is no item and closes no
    sentence, after at least :data:`_COLUMN_ITEMS` items in a row, :data:`_COLUMN_SECTIONS` of
    them sections the tables know; -1 when prose or the reach comes first."""
    items = sections = 0
    for i, line in enumerate(lines[:_COLUMN_REACH]):
        text = line.text
        if line.blank or not text:
            continue
        if _column_item(text):
            items += 1
            sections += names_sections(text)
            continue
        if closes_sentence(text) and len(text) > _MENU_LINE_MAX:
            return -1  # (prose: the story's text)
        if len(text) <= HEADLINE_MAX and not closes_sentence(text):
            if items >= _COLUMN_ITEMS and sections >= _COLUMN_SECTIONS:
                return i
        items = sections = 0  # (a masthead's or search box's line: the column starts under it)
    return -1


def _column_item(text: str) -> bool:
    """A line of a menu copied an item a line, or of the page's own lines around it: a few words
    closing no sentence (a trail, ``Startseite Ausland Afrika``, or a kicker over the title count
    so too: the title says more), or a line of the page's kinds."""
    short = len(text) <= _COLUMN_ITEM_WIDTH or len(text.split()) < _COLUMN_TITLE_WORDS
    return (short and not closes_sentence(text)) or line_kind(text) in _PAGE_KINDS


#: A menu printed an item a line has at least this many items in a row, this many of them
#: sections; its title is within this many lines of the page's top.
_COLUMN_ITEMS = 6
_COLUMN_SECTIONS = 3
_COLUMN_REACH = 80
#: An item of such a menu is at most this wide or under this many words; its title is neither.
_COLUMN_ITEM_WIDTH = 30
_COLUMN_TITLE_WORDS = 4


def _menu_item_again(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, a short line naming an item of a menu or trail set aside above it, a
    title after it: the section the page files the story under (``Briefing notes`` under ``Home
    > News > Briefing notes``, ``محافظات`` under the menu that holds it)."""
    text = h.text
    if not _may_be_the_menus(s, h) or len(text) > _SECTION_MAX or closes_sentence(text):
        return False
    item = f" {text.casefold()} "
    # (a menu's items are parted by signs or blanks: the line's words stand between them)
    above = (
        " ".join(_MENU_SIGNS.sub(" ", entry.text.casefold()).split())
        for entry in s.story.boilerplate
        if entry.kind == "navigation"
    )
    if not any(item in f" {menu} " for menu in above) or not _headline_after(s.lines, h.i):
        return False
    s.story.keep("navigation", text)
    return True


_MENU_SIGNS = re.compile(r"[|>›»/·•]")


def _menu_from(lines: list[Line], i: int, line_read: int) -> bool:
    """The page's menu stands at or under line ``i``, a title after it and after the line read:
    a row of a menu, or a block of short items; only blanks, furniture and short lines of no
    kind before it (not when text or a sentence comes first)."""
    for j in range(i, min(len(lines), i + _TITLE_REACH)):
        line = lines[j]
        if line.blank:
            continue
        if (len(line.text) > _MENU_LINE_MAX or closes_sentence(line.text)) and line_kind(line.text) is None:
            return False  # (text comes first)
        start, end = block_span(lines, j, reach=_TITLE_REACH)
        # (a block of short items holding the line read is the title's own block, no menu)
        own = start <= line_read < end
        menu = start == j and not own and _menu_item(line.text) and _is_menu(lines[start:end])
        if menu and _headline_after(lines, end - 1):
            return True
        # (the title is under the row's block: a language's switch may stand under the row in it)
        following = _next_text(lines, max(end - 1, j))
        if (
            following is not None
            and _menu_row_over(line, following[1])
            and _headline_after(lines, max(j, line_read))
        ):
            return True
    return False


def _menu_row_over(line: Line, title: Line) -> bool:
    """A row of the page's menu over a title: sections between bars or named by the tables
    (:func:`is_menu_row`), or items parted by wide blanks (:func:`_spaced_row`: ``News   Analysis
    Opinion   Podcasts``), never a share row's networks."""
    text = line.text
    if len(text) > _MENU_LINE_MAX or text[-1:] in SENTENCE_END or names_a_network(text):
        return False
    return is_menu_row(text) or _spaced_row(_as_printed(line), _as_printed(title))


def _as_printed(line: Line) -> str:
    """The line's text with its blanks as printed: its raw text without the list marker before
    it (``-- ``, the head's layout)."""
    return without_layout(line.raw)


def _spaced_row(raw: str, title: str) -> bool:
    """Four items or more parted by blanks wider than the title's widest and at least three wide
    (two blanks may be one doubled, as between the title's words), or by tabs: each a word or up
    to three of no figure, none opening in lower case. A bar or dot among them parts them."""
    widest = max((len(run) for run in blank_run().findall(title.strip())), default=1)
    parts = _blanks_wider_than(max(widest, _ROW_GAP_MIN - 1)).split(raw.strip())
    items = [item for item in parts if any(char.isalnum() for char in item)]
    return (
        len(items) >= _SPACED_ROW_ITEMS
        and all(len(item.split()) <= _SPACED_ITEM_WORDS for item in items)
        and not any(char.isdigit() for char in raw)
        and not any(map(opens_in_lower_case, items))
    )


@cache
def _blanks_wider_than(width: int) -> re.Pattern[str]:
    """A run of blanks wider than ``width``, or a tab."""
    return re.compile(rf"[ \u00a0]{{{width + 1},}}|\t")


_SPACED_ROW_ITEMS = 4
_ROW_GAP_MIN = 3
_SPACED_ITEM_WORDS = 3


#: A menu's item is at most this wide and this many words; a line of a menu's block, this long.
_MENU_ITEM_WIDTH = 24
_MENU_ITEM_WORDS = 4
_MENU_LINE_MAX = 120
#: A menu holds at least this many items; in a block of more lines than this, most are items.
_MENU_ITEMS = 3
_MENU_SHARE = 0.75


def _is_menu(block: list[Line]) -> bool:
    """A block of at least three lines, each a short item, or, in a longer block, most of them
    (a site's tagline may stand among its menu's items); no line but an item's abbreviation
    (``U.S.``) closes a sentence."""
    if len(block) < _MENU_ITEMS or (len(block) <= _SIGNING_LINES and _signing(block)):
        return False
    if any(line.text[-1:] in SENTENCE_END and not _menu_item(line.text) for line in block):
        return False
    items = sum(1 for line in block if _menu_item(line.text))
    if items < len(block) and (len(block) <= _MENU_ITEMS + 1 or items < _MENU_SHARE * len(block)):
        # (the page's own lines count too, asked only when the short items fall short)
        items += sum(1 for line in block if not _menu_item(line.text) and _page_line(line.text))
    return items == len(block) or (len(block) > _MENU_ITEMS + 1 and items >= _MENU_SHARE * len(block))


#: A block of the story's signature and stamp holds at most this many lines.
_SIGNING_LINES = 6


def _signing(block: list[Line]) -> bool:
    """A person's name, a town or a line naming an agency over a time stamp in the block: the
    story's signature and stamp (``Jane Roe`` over ``4 min read`` over ``April 9, 2024 | 18:02``,
    ``ROME`` over ``21 October 2025``, ``Redazione ACME`` over a town and a date), no menu."""
    first = block[0].text
    signed = is_person(first) or known_town(first) or first_agency(first) is not None
    return signed and any(is_timestamp(line.text) for line in block[1:])


def _menu_item(text: str) -> bool:
    return len(text) <= _MENU_ITEM_WIDTH and len(text.split()) <= _MENU_ITEM_WORDS


def _page_line(text: str) -> bool:
    """A line of the page's own (a link past the menu, its address, a button), however long."""
    return line_kind(text) in _PAGE_KINDS


_PAGE_KINDS = frozenset({"navigation", "furniture"})


def _prose_under_byline(s: HeadState, h: HeadLine) -> bool:
    """No dateline and no headline yet: running prose under the byline opens the body. A
    headline is printed above its byline; a story that opens with its byline has none (a
    dataset's page, ``By Jane Roe`` over the first sentence)."""
    story = s.story
    if s.with_dateline or story.headline is not None or not story.byline_text or not is_prose(h.text):
        return False
    s.end = h.i
    return True


def _centred_header(s: HeadState, h: HeadLine) -> bool:
    """A line centred above a headline printed flush left (``The Springfield Herald``, ``March 5,
    2024 Tuesday`` over ``Storm closes the port``): the page header of an export, naming the
    publication, its date and edition. A centred headline over its dateline or text stays one."""
    if s.story.headline is not None or h.line.indent < CENTRED_INDENT:
        return False
    if not any(_flush_title(s.lines, j) for j in range(h.i + 1, len(s.lines))):
        return False
    s.story.keep("other", h.text)
    return True


#: A line indented this deep above text printed flush left is centred.
CENTRED_INDENT = 10


def _flush_title(lines: list[Line], j: int) -> bool:
    """Line ``j`` is flush left, alone in its block, and closes no sentence: a title."""
    line = lines[j]
    alone = (j == 0 or lines[j - 1].blank) and (j + 1 == len(lines) or lines[j + 1].blank)
    return (
        alone
        and not line.blank
        and line.indent < CENTRED_INDENT
        and line.text[-1:] not in SENTENCE_END
        and field_label(line.text) is None
    )


def _headline(s: HeadState, h: HeadLine) -> bool:
    story = s.story
    if story.headline is not None or (len(h.text) > HEADLINE_MAX and h.text[-1:] in SENTENCE_END):
        return False  # (a paragraph closing its sentence: a story printed without a headline)
    if not h.new_block and opens_in_lower_case(h.text):
        return False  # (a line in lower case under another of its block goes on with what that one says)
    if s.with_dateline and _introduces_what_follows(h.text):
        story.keep("other", h.text)  # "I'm sending you this morning's wire:": a note over the story
        return True
    if _POST_COUNT.fullmatch(h.text):
        story.keep("other", h.text)  # "318", "1.9K": a post's counts, no title
        return True
    if _closed_kicker(s.lines, h.i):
        story.keep("other", h.text)  # "لیگ برتر والیبال/" over the title: the title's kicker
        return True
    headline, flags = headline_flags(h.text)
    for flag in flags:
        story.keep("ednote", flag)
    story.headline, story.headline_line = headline, h.line.number
    return True


#: A post's count of views, replies or shares alone on its line (``318``, ``1.9K``, ``12,4 тыс.``).
_POST_COUNT = compiled(r"\d{1,4}+(?:[.,]\d{1,3}+){0,2}+[ ]?(?:[KkMm]|тыс\.|млн)?")


def _closed_kicker(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a kicker closed by a slash or colon over a longer title in its block, which
    closes no sentence (``لیگ برتر والیبال/`` over the title, as Iranian agencies print their
    kicker; ``Mashhad metro chief:`` over what he said). A kicker closed by nothing is read by the
    title under it (:func:`_kicker_over_title`)."""
    text = lines[i].text.rstrip()
    if text[-1:] not in _KICKER_ENDS or len(text) > _CLOSED_KICKER_MAX or i + 1 >= len(lines):
        return False
    title = lines[i + 1].text
    return (
        not lines[i + 1].blank
        and len(title) > len(text)
        and len(title) <= HEADLINE_MAX
        and not closes_sentence(title)
        and line_kind(title) is None
    )


#: A kicker over the title closes with one of these, and is at most this long.
_KICKER_ENDS = frozenset("/:：")
_CLOSED_KICKER_MAX = 60


def _introduces_what_follows(text: str) -> bool:
    """A sentence closed by a colon, that introduces what follows it rather than titling it."""
    return text[-1:] in ":：" and len(text.split()) >= _NOTE_WORDS_MIN and not text.isupper()


#: A note closed by a colon over the story is at least this many words (a label has fewer).
_NOTE_WORDS_MIN = 6


def _agency_name(s: HeadState, h: HeadLine) -> bool:
    """Before the headline, an agency's name alone on its line, in full (``Agencia Acme de
    Noticias``, ``Philippine News Agency``), or its service's joined by a hyphen (``dpa-Kultur``):
    the page's or feed's masthead, no headline; and a section's one word under it."""
    if s.story.headline is not None or h.kind is not None:
        return False
    text = h.text
    if " " in text:
        agency = known_agency(text)  # (in full; "KCNA Reports Contact" is a headline)
    elif "-" in text:
        agency = known_agency(text) or agency_desk(text)  # (a service joined by a hyphen: "dpa-Kultur")
    else:
        return False
    if agency is None:
        return False
    s.story.keep("navigation", h.text)
    below = s.lines[h.i + 1].text if h.i + 1 < len(s.lines) else ""
    if below and " " not in below and below[:1].isupper() and len(below) <= _SECTION_MAX:
        s.story.keep("navigation", below)  # "Nacionales": its section, one word under it
        s.consumed.add(h.i + 1)
    return True


def _title_under_subject(s: HeadState, h: HeadLine) -> bool:
    """A title printed under a mail's header, opening its block, whose subject was read as the
    headline (``Subject: Fwd: UPI piece on the merger review`` over ``Analysis: Rail merger review
    drags on``): the story's own headline; the subject, and a note read above the title as its
    summary, are the mail's."""
    story = s.story
    if s.subject is None or not h.new_block or h.kind is not None or not _title_shaped(h.text):
        return False
    if not _says_something(h.text) or not _alone_or_signed(s.lines, h.i):
        return False  # (a forwarder's greeting, name or bracketed note, or a line of the note's block)
    if field_label(h.text) is not None or _is_byline_line(h.text) or label_signs(h.text) >= _LABEL_SIGNS:
        return False
    if _alert_word().search(h.text):
        return False  # (the alert's banner: "ACME MONITORING ALERT - ASIA", "Acme Alert: Copper - Daily")
    if fold_name(h.text) in fold_name(s.subject):
        return False  # (the subject restated, as an alert prints it in capitals: a duplicate)
    story.keep("other", s.subject)
    if story.summary is not None:
        story.keep("other", story.summary)
        story.summary, story.summary_line = None, -1
    story.headline, story.headline_line = headline_flags(h.text)[0], h.line.number
    s.subject = None
    return True


def _says_none(value: str) -> bool:
    """A field's value that says it holds nothing (``None available.``, ``Aucun disponible.``)."""
    return value.casefold().strip(" .") in EMPTY_FIELD_VALUES


def _alone_or_signed(lines: list[Line], i: int) -> bool:
    """Line ``i`` is alone in its block, or its byline or stamp follows it there."""
    start, end = block_span(lines, i)
    return start == i and (end == i + 1 or _signs_a_title(lines[i + 1].text))


@cache
def _alert_word() -> regex.Pattern[str]:
    """A word of :data:`ALERT_WORDS` as a whole word, in any case."""
    return compiled(rf"(?<![\p{{L}}])(?i:{alternation(ALERT_WORDS)})(?![\p{{L}}])")


def _says_something(text: str) -> bool:
    """A title's words: at least three (or, in a script without blanks, as many letters as a
    short title holds), opening no bracket, closing with no comma or colon (a greeting's)."""
    if text[:1] in "([" or text[-1:] in _GREETING_ENDS:
        return False
    return len(text.split()) >= _TITLE_WORDS or (printed_without_case(text[:1]) and len(text) >= _TITLE_CHARS)


_GREETING_ENDS = frozenset(",:;，：；")
_TITLE_WORDS = 3
_TITLE_CHARS = 8


def _duplicate(s: HeadState, h: HeadLine) -> bool:
    """A caption or the headline printed again, in any case (a mail's subject restated in
    capitals over the story)."""
    headline = s.story.headline
    if h.text in s.story.seen_captions or (headline is not None and fold_name(h.text) == fold_name(headline)):
        s.story.keep("duplicate", h.text)
        return True
    if headline is not None and _prefixed_by_a_label(headline, h.text):
        # a mail's subject with its newsletter's label ("Baltic Briefing: Estonia to ..."), and the
        # story's own headline printed under it: the printed one is the headline
        s.story.keep("duplicate", headline)
        s.story.headline, s.story.headline_line = h.text, h.line.number
        return True
    return False


def _prefixed_by_a_label(headline: str, text: str) -> bool:
    """``headline`` is ``text`` after a label and a colon, bar or spaced dash."""
    folded, tail = fold_name(headline), fold_name(text)
    if len(tail) < _RESTATED_MIN or not folded.endswith(tail) or folded == tail:
        return False
    return folded[: -len(tail)].rstrip().endswith(_LABEL_ENDS)


#: A headline restated under a labelled one is at least this long; the label closes with one of these.
_RESTATED_MIN = 20
_LABEL_ENDS = (":", "|", " -", " –", " —")


def _caption_and_credit(s: HeadState, h: HeadLine) -> bool:
    story, text = s.story, h.text
    following = _next_text(s.lines, h.i)
    if following is None or not _credit_under(following, h.i):
        return False
    if _under_the_standfirst(s, h) and are_people(text):
        return False  # (the writers' names between the standfirst and the picture's credit)
    j, credit_line = following
    if j > h.i + 1 and j + 1 < len(s.lines) and not s.lines[j + 1].blank:
        return False  # (a credit in a block of its own over its caption: "© Acme/Jane Roe" over it)
    story.add_caption(text, clean_credit(credit_line.text), text)
    if credit_line.text != text:
        s.consumed.add(j)
        if story.captions and story.captions[-1].text != text:
            story.keep("duplicate", credit_line.text)
    return True


def _credit_under(following: tuple[int, Line], i: int) -> bool:
    """The line under line ``i`` is a photo's credit alone: one by the line kinds, or, right
    under it in its block, a copyright sign and a name or a note on the picture with its source
    (``© Acme``, ``Crédit photo : Acme``)."""
    j, line = following
    return is_credit_line(line) or (j == i + 1 and caption_credit_note(line.text))


def _headline_continued(s: HeadState, h: HeadLine) -> bool:
    story = s.story
    # a lower-case line, or any line after a headline left open (``... nuclear programs in``), or
    # a line in capitals under one in capitals (a headline set in capitals broken over lines)
    headline = story.headline or ""
    continues = not h.new_block and (
        opens_in_lower_case(h.text) or _left_open(headline) or _capitals_continued(headline, h.text)
    )
    if not (continues and story.headline_line == h.line.number - 1 and story.summary is None):
        return False
    headline, flags = headline_flags(f"{story.headline} {h.text}")
    story.headline, story.headline_line = headline, h.line.number
    for flag in flags:
        story.keep("ednote", flag)
    return True


def _capitals_continued(headline: str, text: str) -> bool:
    return (
        headline.isupper()
        and text.isupper()
        and headline[-1:] not in SENTENCE_END
        and text[-1:] not in SENTENCE_END
        and len(headline) + len(text) < HEADLINE_MAX
        and not _CODE_TOKEN.search(text)  # ("AP PHOTO XRE109": a photo's number)
    )


_CODE_TOKEN = re.compile(r"[A-Z]\d")


def _left_open(text: str) -> bool:
    """A line that stops where its phrase cannot end: on a function word, a comma or a hyphen."""
    words = text.split()
    return bool(words) and (words[-1].casefold() in function_words() or text[-1:] in ",-–—")


def _deck(s: HeadState, h: HeadLine) -> bool:
    """The line under the headline in its block, after the rules for bylines, captions and wraps
    found it none of those: a deck (``Situation serious, ready for all scenarios, EC says``)."""
    story = s.story
    if h.new_block or story.summary is not None or story.headline_line != h.line.number - 1:
        return False
    if story.headline is not None and _kicker_over_title(s, h, story.headline):
        # "Landtagswahl in Sachsen-Anhalt" over its title and deck in one block: the kicker
        return _title_under_label(story, h)
    return any(c.isalpha() for c in h.text) and _set_summary(s, h)


def _bracketed_note(s: HeadState, h: HeadLine) -> bool:
    """Under the headline, a note wholly in brackets, wrapped over the lines of its block or not
    (``(This article is from this week's ... Service.)``): a note to editors, never a deck."""
    if h.text[:1] != "(" or s.story.headline is None or h.line.field:
        return False
    close = _bracket_closes(s.lines, h.i)
    if close is None:
        return False
    note = " ".join(line.text for line in s.lines[h.i : close + 1] if line.text)  # (markers are layout)
    if is_tagline(note[1:-1]):
        return False  # (a note on the writer opens the body's notes: the body reads it)
    s.story.keep("ednote", note)
    s.consumed.update(range(h.i + 1, close + 1))
    return True


#: A note in brackets spans at most this many lines.
_NOTE_LINES = 6


def _bracket_closes(lines: list[Line], i: int) -> int | None:
    """The line of the block from line ``i`` on where the bracket that opens it closes, at a line's
    end; None when it closes inside a line (a caption's credit) or not within the note's reach."""
    depth = 0
    for j in range(i, min(len(lines), i + _NOTE_LINES)):
        text = lines[j].text
        if lines[j].blank:
            return None
        for at, char in enumerate(text):
            depth += (char == "(") - (char == ")")
            if depth == 0:
                return j if at == len(text) - 1 else None
    return None


def _summary_continued(s: HeadState, h: HeadLine) -> bool:
    """A line under the summary in its block wraps it, unless it is running prose of its own
    after a summary that closed its sentence, or either line is too wide for a hard wrap: a
    paragraph per line (a dataset's title, summary and text, no blank line between them)."""
    story = s.story
    if story.summary is not None and h.new_block and _next_bullet(s, h):
        story.summary, story.summary_line = f"{story.summary} {_bullet(h.line)} {h.text}", h.line.number
        return True  # highlights as a list, a blank line between its items
    if story.summary is None or story.summary_line != h.line.number - 1 or h.new_block:
        return False
    above = s.lines[h.i - 1]
    unwrapped = story.summary[-1:] in SENTENCE_END or max(above.width, h.line.width) > WRAP_WIDTH
    if unwrapped and is_prose(h.text):
        return False
    if unwrapped and _signed_by_stamp(s, h):
        return False  # (a name over the page's stamp, under a deck that closed its sentence)
    story.summary, story.summary_line = f"{story.summary} {_as_item(s, h)}", h.line.number
    return True


def _signed_by_stamp(s: HeadState, h: HeadLine) -> bool:
    """Line ``h`` is a name with the page's stamp on the line under it."""
    below = s.lines[h.i + 1] if h.i + 1 < len(s.lines) else None
    return (
        below is not None
        and not below.blank
        and is_stamp_line(below.text)
        and (_person(h.text) or _uncased_name(h.text))
    )


def _source_above_stamp(s: HeadState, h: HeadLine) -> bool:
    """A short line over a time stamp, under the headline or opening a block after it (``The
    Springfield Herald`` over ``March 5, 2024 Tuesday``): the source and its date, as exports and
    pages print them under a title; no deck or summary."""
    story = s.story
    if story.headline is None or story.summary is not None or len(h.text) > _SOURCE_MAX:
        return False
    if not h.new_block and story.headline_line != h.line.number - 1:
        return False
    below = s.lines[h.i + 1] if h.i + 1 < len(s.lines) else None
    if h.text[-1:] in SENTENCE_END or below is None or below.blank or not is_timestamp(below.text):
        return False
    story.keep("other", h.text)
    return True


#: A source's name printed over its date is short.
_SOURCE_MAX = 60


def _signing_block(s: HeadState, h: HeadLine) -> bool:
    """After the headline, a short block of no sentence that signs the page, a byline or name in it
    and a stamp, section or place beside it (``06.03.2025 11:42 Uhr  Security`` over ``Von Jane
    Roe``): the byline, and the rest the page's."""
    story = s.story
    if story.headline is None or story.byline_text or not h.new_block or h.i + 1 >= len(s.lines):
        return False
    if s.lines[h.i + 1].blank:
        return False  # (a line alone: the byline rules read it)
    start, end = block_span(s.lines, h.i, _BYLINE_BLOCK_LINES)
    block = s.lines[start:end]
    if not block or any(line.text[-1:] in SENTENCE_END or len(line.text) > _SOURCE_MAX for line in block):
        return False
    if any(is_credit_line(line) for line in block):
        return False  # (a picture's caption and credit)
    names = {line.number for line in block if line_kind(line.text) == "byline" and _closed(line.text)}
    if not names and len(block) > 2 and _person(block[0].text) and _stamped(block[2:]):
        # a writer's name over a role or a handle, and stamps (no "By"; a name right over its
        # stamp alone is name_by_stamp's)
        names = {block[0].number}
    if not names or not all(line.number in names or _beside_the_byline(line.text) for line in block):
        return False
    for line in block:
        if line.number in names:
            story.add_byline(line.text, line.number)
        else:
            kind = line_kind(line.text)
            story.keep(cast(BoilerplateKind, kind) if kind in _PAGE_KINDS else "other", line.text)
    s.consumed.update(range(h.i + 1, end))
    return True


def _stamped(lines: list[Line]) -> bool:
    return any(is_timestamp(line.text) for line in lines)


def _beside_the_byline(text: str) -> bool:
    """A line of the byline's block that is the page's: a stamp or label (:func:`_stamp_or_label`),
    a handle, or the page's furniture (``@janeroe``, ``23 comments``)."""
    return _stamp_or_label(text) or is_handle(text) or line_kind(text) in _PAGE_KINDS


def _closed(text: str) -> bool:
    """Every bracket the line opens it closes (a byline wrapped onto the next line does not)."""
    return text.count("[") == text.count("]") and text.count("(") == text.count(")")


def _stamp_or_label(text: str) -> bool:
    """A line beside a byline that dates or files the story: figures in it, or a few words
    (``06.03.2025 11:42 Uhr  Security``, ``Nuacht RTÉ``); a title beside it is no stamp, nor a line
    of a kind of its own (``Associated Press Writer``) or one that a byline wraps onto."""
    if line_kind(text) is not None or opens_in_lower_case(text):
        return False
    if any(char.isdigit() for char in text):
        return True
    return len(text.split()) <= _STAMP_LABEL_WORDS and not agency_line(text)


#: A section's or desk's label beside a byline is at most this many words.
_STAMP_LABEL_WORDS = 3


def _name_by_stamp(s: HeadState, h: HeadLine) -> bool:
    """After the headline, a person's name with a time stamp just above or below it (``Jane Roe``
    over ``5 March 2024, 14:20``; ``Jane Roe, Chattogram`` under ``Published: ...``): the byline, as
    pages print it. A publication's name there is its source."""
    story = s.story
    if story.headline is None or story.byline_text or h.kind is not None or len(h.text) > _SOURCE_MAX:
        return False
    if not any(_stamp_line_beside(s.lines, h.i, step) for step in (-1, 1)):
        return False
    if not (_person(h.text) or _uncased_name(h.text)):
        return False
    story.add_byline(h.text, h.line.number)
    return True


def _stamp_line_beside(lines: list[Line], i: int, step: int) -> bool:
    """A stamp line just above (``step`` -1) or below line ``i`` in its block, the writer's
    handle between them or not (``Jane Roe`` over ``@janeroe`` over ``5:47 pm on 13 March 2024``)."""
    k = i + step
    if 0 <= k < len(lines) and not lines[k].blank and is_handle(lines[k].text):
        k += step
    return (
        0 <= k < len(lines)
        and not lines[k].blank
        and (is_stamp_line(lines[k].text) or is_labelled_stamp(lines[k].text))
    )


def _person(text: str) -> bool:
    """A person's name, before an affiliation (``Jane Roe, Chattogram``), or people's names joined
    by a word for "and" (``Jane Roe and Tom Lee``)."""
    return is_person(_name_part(text)) or are_people(text)


def _uncased_name(text: str) -> bool:
    """In a script without case, where no capital tells a name, two to four words without a
    figure or a sign (``רותם אלקיים``): a name only where a stamp beside it signs it."""
    words = text.split()
    return (
        printed_without_case(text[:1])
        and _PERSON_WORDS_MIN <= len(words) <= _PERSON_WORDS_MAX
        and all(word.isalpha() for word in words)
    )


#: A name in a script without case is of this many words.
_PERSON_WORDS_MIN = 2
_PERSON_WORDS_MAX = 4


def _name_under_headline(s: HeadState, h: HeadLine) -> bool:
    story, text = s.story, h.text
    if (
        not h.new_block
        and not story.byline_text
        and not text.isupper()
        and is_name(_name_part(text))
        and story.headline_line >= h.line.number - 2
    ):
        story.add_byline(text, h.line.number)
        return True
    return False


def _staff_credit(text: str) -> bool:
    """A desk's credit alone, in a script without case: a few words closed by a staff title
    (``लोकसत्ता प्रतिनिधी``, ``സ്വന്തം ലേഖകൻ``, ``ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ``)."""
    words = text.split()
    return (
        0 < len(words) <= _STAFF_CREDIT_WORDS and printed_without_case(text[:1]) and is_title_word(words[-1])
    )


_STAFF_CREDIT_WORDS = 4


def _name_part(text: str) -> str:
    """The name before an affiliation (``Jane Roe / Reuters``, ``Jane Roe, Kyiv``)."""
    return _NAME_AND_AFFILIATION.split(text)[0]


def _name_alone(s: HeadState, h: HeadLine) -> bool:
    """A name alone in its block near the headline, or over its agency or title anywhere after the
    headline, a standfirst between them or not (``Jane Roe`` over ``The Canadian Press``)."""
    story = s.story
    if not h.new_block or story.byline_text or story.headline is None:
        return False
    name = _without_town(_without_link_note(h.text))
    if not (is_name(name) or are_people(name) or _staff_credit(name)):
        return False
    if _over_its_agency(s.lines, h.i) or _under_the_standfirst(s, h):
        story.add_byline(name, h.line.number)
        if name != h.text:
            story.keep("navigation", h.text[len(name) :].strip())
        if h.i + 1 < len(s.lines) and s.lines[h.i + 1].text == name:
            story.keep("duplicate", name)  # the link's text under its note
            s.consumed.add(h.i + 1)
        return True
    if (
        story.summary is None
        and _single_line_block(s.lines, h.i)
        and story.headline_line >= h.line.number - 3
    ):
        story.add_byline(h.text, h.line.number)
        return True
    return False


def _without_town(text: str) -> str:
    """A name without the town the writer files from after a dash (``Jane Roe – Città del
    Vaticano``: ``Jane Roe``); else the text."""
    m = _SPACED_DASH.search(text)
    return text[: m.start()] if m is not None and known_town(text[m.end() :]) else text


def _under_the_standfirst(s: HeadState, h: HeadLine) -> bool:
    """A line alone in its block right under the standfirst's (``Jane Roe`` under the lead-in,
    over the picture or the text; the page's stamp between them or not), as pages print the
    writer's name there."""
    if s.story.summary is None or not _single_line_block(s.lines, h.i):
        return False
    above = next(
        (line for line in reversed(s.lines[: h.i]) if not line.blank and not is_timestamp(line.text)), None
    )
    if above is None or above.number != s.story.summary_line:
        return False
    # (a name over a title signs the note above it: a mail's forwarder over the story forwarded;
    # over the picture's caption, the standfirst's writer)
    following = _next_text(s.lines, h.i)
    if following is None:
        return False
    below = following[1]
    if split_caption(below.text, below.gaps) or closes_a_caption(below.text):
        return True  # over the picture's caption
    return not _headline_after(s.lines, h.i)


def _over_its_agency(lines: list[Line], i: int) -> bool:
    """The next line of the block names an agency alone (``Jane Roe`` over ``The Canadian
    Press``), or opens or closes with a staff title (``Repórter da Agência Brasil``, ``Staff
    Writer``, ``Video Producer``): the name's affiliation, as a page prints its byline; or it is
    the page's stamp, or the name again (its link's text, the stamp under it)."""
    if i + 1 >= len(lines) or lines[i + 1].blank:
        return False
    below = lines[i + 1].text
    if below == _without_link_note(lines[i].text):
        return i + 2 < len(lines) and is_timestamp(lines[i + 2].text)
    # (or the writer's mail address: "jon@acme.is" under "Jón Roe")
    return _affiliation(below) or is_timestamp(below) or is_mail_address(below)


#: A writer's name over the mail address: two lines.
_NAME_AND_MAIL = 2


def _without_link_note(text: str) -> str:
    """A name without the note of its link in brackets after it (``Jane Roe (Go to the author's
    page)``): a line of the page's navigation."""
    if not text.endswith(")") or "(" not in text:
        return text
    name, _, note = text[:-1].rpartition("(")
    return name.strip() if line_kind(note.strip()) == "navigation" else text


def _place_line(s: HeadState, h: HeadLine) -> bool:
    if s.with_dateline or not h.new_block or not _single_line_block(s.lines, h.i):
        return False
    place = match_place_line(h.text)
    if place is None:
        return False
    s.story.dateline = place
    s.end = _deck_after_place(s.lines, h.i + 1, s.story)
    return True


def _set_summary(s: HeadState, h: HeadLine) -> bool:
    s.story.summary, s.story.summary_line = _as_item(s, h), h.line.number
    return True


def _as_item(s: HeadState, h: HeadLine) -> str:
    """The line's text, after its bullet when its block is a list of two items or more (``* Q3
    profit falls``): a list of highlights is printed with its bullets; a list marker of a head's
    layout (``-- ``) is no bullet."""
    bullet = _bullet(h.line)
    if not bullet:
        return h.text
    start, end = block_span(s.lines, h.i)
    items = sum(1 for line in s.lines[start:end] if _bullet(line))
    following = [line for line in s.lines[end : end + _ITEM_GAP] if not line.blank]
    listed = items > 1 or (bool(following) and _bullet(following[0]) == bullet)
    return f"{bullet} {h.text}" if listed else h.text


def _next_bullet(s: HeadState, h: HeadLine) -> bool:
    """The line is the next item, by the same bullet, of a list the summary is: the summary's
    last line, a blank line or two above, opens with that bullet."""
    bullet = _bullet(h.line)
    if not bullet or s.story.summary is None or not s.story.summary.startswith(bullet + " "):
        return False
    above = [line for line in s.lines[max(h.i - _ITEM_GAP, 0) : h.i] if not line.blank]
    return bool(above) and above[-1].number == s.story.summary_line and _bullet(above[-1]) == bullet


#: The items of a list of highlights are a few lines apart at most (a blank line or two between).
_ITEM_GAP = 3


def _bullet(line: Line) -> str:
    """The bullet of a line's list marker (``* ``, ``• ``, ``- ``; ``-- * `` gives ``*``), or ''."""
    last = line.marker.split()[-1] if line.marker.strip() else ""
    return last if last in _BULLETS else ""


_BULLETS = frozenset({"*", "•", "·", "▪", "■", "●", "-", "–"})


def _standfirst(s: HeadState, h: HeadLine) -> bool:
    if s.with_dateline or not h.new_block:
        return False
    block = _block_at(s.lines, h.i)
    if not _is_standfirst(s.lines, h.i, block, s.story):
        return False
    # a standfirst hard-wrapped over lines is read whole
    # (a marker before it alone is layout; the lines of a list keep theirs)
    items = sum(1 for line in block if line.marker) > 1
    s.story.summary, s.story.summary_line = join(block, item=items), block[-1].number
    s.consumed.update(range(h.i + 1, h.i + len(block)))
    return True


#: A byline's block holds at most this many lines: the byline, a time stamp, a place.
_BYLINE_BLOCK_LINES = 5


def _is_byline_line(text: str) -> bool:
    """A byline (``By Jane Roe``) or a name and its agency or title (``Jane Roe | STT``)."""
    return line_kind(text) == "byline" or agency_line(text)


def _highlights(s: HeadState, h: HeadLine) -> bool:
    """A heading over the story's highlights (``Story Highlights`` over ``• Work will ...``): the
    list under it, in its block or the next, is the standfirst and the heading the page's."""
    story = s.story
    if story.summary is not None or story.headline is None or len(h.text) > _HIGHLIGHTS_HEADING_MAX:
        return False
    if h.text.casefold().rstrip(" :：") not in HIGHLIGHTS_HEADINGS:
        return False
    following = _next_text(s.lines, h.i)
    start = following[0] if following is not None else len(s.lines)
    block = _block_at(s.lines, start)
    if not block or len(join(block)) > SUMMARY_MAX:
        return False
    story.keep("navigation", h.text)
    story.summary, story.summary_line = join(block), block[-1].number
    s.consumed.update(range(h.i + 1, start + len(block)))
    return True


#: A heading over the highlights is at most this long.
_HIGHLIGHTS_HEADING_MAX = 40


def _block_at(lines: list[Line], i: int) -> list[Line]:
    """The block of lines that starts at line ``i``."""
    end = i
    while end < len(lines) and not lines[end].blank:
        end += 1
    return lines[i:end]


def _summary_before_place(s: HeadState, h: HeadLine) -> bool:
    if s.with_dateline or not h.new_block or s.story.summary is not None:
        return False
    return _place_block_follows(s.lines, h.i) and _set_summary(s, h)


def _body_start(s: HeadState, h: HeadLine) -> bool:
    if s.with_dateline or not (h.new_block or s.story.summary is not None or _indented_under_byline(s, h)):
        return False
    s.end = h.i
    return True


def _indented_under_byline(s: HeadState, h: HeadLine) -> bool:
    """A line indented deeper than the byline above it, no blank line between: a paragraph's first
    line, as teletype copy indents it."""
    byline = s.story.byline_line
    return (
        byline >= 0
        and h.line.indent > 0
        and any(
            line.number == byline and line.indent < h.line.indent for line in s.lines[max(0, h.i - 3) : h.i]
        )
    )


def _body_line(s: HeadState, h: HeadLine) -> bool:
    """No dateline: a line of running prose inside the head's block opens the body, though no
    blank line parts them (a story printed without blank lines)."""
    if s.with_dateline or h.new_block or s.story.headline is None or not is_prose(h.text):
        return False
    s.end = h.i
    return True


def is_prose(text: str) -> bool:
    """Longer than a headline or byline is, or a sentence of many words."""
    return len(text) >= PROSE_MIN or (len(text.split()) >= PROSE_WORDS and closes_sentence(text))


def _summary(s: HeadState, h: HeadLine) -> bool:
    if s.story.summary is not None or not (h.new_block or h.line.field):
        return False
    story = s.story
    headline = story.headline
    if headline is not None and (_label_over_title(headline, h.text) or _kicker_over_title(s, h, headline)):
        # "OIL & GAS" over "Norway approves two fields": the section's label over the headline
        return _title_under_label(story, h)
    if headline is not None and _short_label(h.text):
        story.keep("navigation", h.text)  # "Экономика и бизнес": the section, under the headline
        return True
    return _set_summary(s, h)


def _short_label(text: str) -> bool:
    """A few words that close no sentence: a section's name, no standfirst."""
    return _few_words(text, _SHORT_LABEL_MAX, _SHORT_LABEL_WORDS)


_SHORT_LABEL_MAX = 30
_SHORT_LABEL_WORDS = 3


def _title_under_label(story: Draft, h: HeadLine) -> bool:
    """The headline read so far was a label or kicker over the title on line ``h``: set it aside
    as the page's, and take the title as the headline."""
    if story.headline is not None:
        story.keep("navigation", story.headline)
    story.headline, story.headline_line = h.text, h.line.number
    return True


def _kicker_over_title(s: HeadState, h: HeadLine, kicker: str) -> bool:
    """A few words alone over a title at least twice as long, a deck of sentences under the title
    before the text (``Landtagswahl in Sachsen-Anhalt`` over ``Hochrechnung: CDU klar vorn`` over
    ``Die Christdemokraten bleiben ... .``), in blocks of their own or in one: the kicker, as
    German, Spanish and Korean pages set it; a headline over its subhead has the text, or the
    dateline, under the subhead."""
    if not _few_words(kicker, _KICKER_MAX, _KICKER_WORDS) or not _title_shaped(h.text):
        return False
    following = _next_text(s.lines, h.i)
    if len(h.text) < 2 * len(kicker) or following is None:
        return False
    if h.new_block:
        # (the kicker alone over the title's block, the deck in the next block)
        if s.story.headline_line != h.line.number - 2 or following[0] != h.i + 2:
            return False
        deck = _block_at(s.lines, following[0])
    elif following[0] == h.i + 1 and _signed_or_closed(s, following[0] + 1):
        # (kicker, title and deck in one block, which a stamp or byline under the deck signs, or
        # the dateline's paragraph follows: a story's first paragraph may be a sentence too)
        deck = [following[1]]
    else:
        return False
    text = join(deck)
    return (
        len(text) <= SUMMARY_MAX
        and text[-1:] in SENTENCE_END
        and match_lead_place(text) is None
        and not is_timestamp(text)
        and (s.with_dateline or _next_text(s.lines, following[0] + len(deck) - 1) is not None)
    )


def _signed_or_closed(s: HeadState, i: int) -> bool:
    """Line ``i`` is a stamp or byline in its block, or the head's block ends before it and the
    dateline follows the head."""
    if i >= len(s.lines) or s.lines[i].blank:
        return s.with_dateline
    text = s.lines[i].text
    return is_timestamp(text) or line_kind(text) == "byline"


#: A kicker over a title is at most this long and this many words.
_KICKER_MAX = 40
_KICKER_WORDS = 4


def _label_over_title(label: str, title: str) -> bool:
    """A section's label in capitals over a title in small letters that closes no sentence: a few
    words and no small word of a language among them (``BEWARE THE STORM`` is a headline)."""
    return (
        label.isupper()
        and len(label.split()) <= _LABEL_WORDS
        and not any(word.casefold() in function_words() for word in label.split())
        and not title.isupper()
        and title[-1:] not in SENTENCE_END
        and len(title.split()) > len(label.split())
    )


def _other(s: HeadState, h: HeadLine) -> bool:
    s.story.keep("other", h.text)
    return True


#: The head's rules, in the order they are tried on each line.
HEAD_RULES: tuple[Rule[HeadState, HeadLine], ...] = (
    Rule(
        "header_line", _header_line, "a header line of the transmission (opened by SOH) or of a coded export"
    ),
    Rule("labelled_field", _labelled_field, "an export's labelled field: `Title: ...`, `From: ...`, `Body:`"),
    Rule(
        "unknown_field",
        _unknown_field,
        "a `Label: value` line in a run of them with a field the tables know",
    ),
    Rule("page_head", _page_head, "a block holding a page's number and columns: a PDF page's running head"),
    Rule("poster", _poster, "before the headline, a channel's or app's name over its post's stamp or handle"),
    Rule(
        "placeholder_caption",
        _placeholder_caption,
        "after the headline, a picture's placeholder (`[Photo]`) and the caption printed after it",
    ),
    Rule(
        "combined_caption",
        _one_line_caption,
        "a caption printed with its credit: after the headline, or above it a sentence a photo credit closes",
    ),
    Rule("byline_affiliation", _byline_affiliation, "the agency printed under a byline credits it"),
    Rule("signing_block", _signing_block, "after the headline, a block of a byline and stamps beside it"),
    Rule("byline", _byline, "a line that opens like a byline (`By ...`, `记者 ...`)"),
    Rule("agency_byline", _agency_byline, "after the headline, an agency or `Name, agency` line"),
    Rule("wrapped_byline", _wrapped_byline, "a byline wrapped onto the next line"),
    Rule("photo_credit", _photo_credit, "a photo credit printed alone"),
    Rule(
        "agency_caption",
        _agency_caption,
        "after the headline, above the dateline, a block an agency's name closes after a dash",
    ),
    Rule(
        "signed_caption",
        _signed_caption,
        "after the headline, above the dateline, a block a photographer's address or photo credit closes",
    ),
    Rule(
        "caption_under_byline",
        _caption_under_byline,
        "no dateline: a sentence closing the headline's block under its byline is the picture's caption",
    ),
    Rule("kept_line", _kept_line, "furniture, notes, sign-offs and service lines are boilerplate"),
    Rule("rights_notice", _rights_notice, "a line reserving the story's rights above the headline"),
    Rule("section_label", _section_label, "a capitalised word alone before the headline: its section"),
    Rule(
        "menu_column",
        _menu_column,
        "at the page's top, a line of a menu printed an item a line, sections among its items, and the title under it",
    ),
    Rule(
        "page_menu", _page_menu, "before the headline, a block of short items with a title after it: a menu"
    ),
    Rule(
        "wide_menu_row",
        _wide_menu_row,
        "before the headline, a row of six capitalised items or more, half of them sections, over a title",
    ),
    Rule(
        "beside_the_menu",
        _beside_the_menu,
        "at the page's top, a line in the block of the page's menu, a title after the block: the site's",
    ),
    Rule(
        "over_the_menu",
        _over_the_menu,
        "at the page's top, the page's menu, or a line over it, with a title after the menu",
    ),
    Rule(
        "menu_item_again",
        _menu_item_again,
        "before the headline, a short line naming an item of a menu set aside above, a title after it",
    ),
    Rule(
        "masthead", _masthead, "before a signed title, a page's masthead or section by its shape and a sign"
    ),
    Rule(
        "organisation_masthead",
        _organisation_masthead,
        "before the headline, a short line naming a news organisation over a longer title",
    ),
    Rule(
        "name_over_navigation",
        _name_over_navigation,
        "at the page's top, a short line over the page's navigation: the site's name",
    ),
    Rule(
        "running_head",
        _running_head,
        "before the headline, a page's running head: a label and a date or page",
    ),
    Rule(
        "label_over_title",
        _label_line_over_title,
        "before the headline, a line that two signs tell for a label (parts, a figure, a name) over a title",
    ),
    Rule(
        "over_a_signed_title",
        _over_a_signed_title,
        "at the page's top, a line naming a news organisation over a title a byline or stamp signs",
    ),
    Rule("prose_under_byline", _prose_under_byline, "no dateline or headline: prose under the byline"),
    Rule("centred_header", _centred_header, "lines centred above a headline printed flush left"),
    Rule("agency_name", _agency_name, "before the headline, an agency's name alone on its line, in full"),
    Rule("headline", _headline, "the first line of text is the headline, its flags set aside"),
    Rule(
        "title_under_subject",
        _title_under_subject,
        "a title opening its block under a mail's header outranks the subject read as the headline",
    ),
    Rule("duplicate", _duplicate, "a headline or caption printed again"),
    Rule("caption_and_credit", _caption_and_credit, "a caption with its credit on the next line"),
    Rule(
        "headline_continued",
        _headline_continued,
        "a lower-case line under the headline, or any under a headline left open, wraps it",
    ),
    Rule(
        "bracketed_note",
        _bracketed_note,
        "under the headline, a note to editors wholly in brackets, wrapped over lines or not",
    ),
    Rule("summary_continued", _summary_continued, "a line under the summary in its block wraps it"),
    Rule("name_by_stamp", _name_by_stamp, "after the headline, a person's name beside a time stamp"),
    Rule(
        "source_above_stamp",
        _source_above_stamp,
        "after the headline, a short line over a time stamp: its source",
    ),
    Rule("name_under_headline", _name_under_headline, "a name printed just under the headline"),
    Rule("name_alone", _name_alone, "a name alone in its block near the headline"),
    Rule(
        "highlights",
        _highlights,
        "after the headline, a heading over the story's highlights: the list is the standfirst",
    ),
    Rule("deck", _deck, "the line under the headline in its block, none of the above: a deck"),
    Rule("place_line", _place_line, "no dateline: a place alone in its block is one"),
    Rule("standfirst", _standfirst, "no dateline: a short block after the head, before longer text"),
    Rule("summary_before_place", _summary_before_place, "no dateline: a block before a place alone"),
    Rule("body_start", _body_start, "no dateline: the next block of text opens the body"),
    Rule("body_line", _body_line, "no dateline: running prose opens the body, blank line or not"),
    Rule(
        "summary",
        _summary,
        "an ANPA abstract field, or before the dateline the first block after the headline",
    ),
    Rule("other", _other, "any other text: before the dateline, or a line inside a block without one"),
)


def _next_text(lines: list[Line], i: int) -> tuple[int, Line] | None:
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            return j, lines[j]
    return None


def _deck_after_place(lines: list[Line], start: int, story: Draft) -> int:
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
            story.keep_line(kind, line.text)
            i += 1
            continue
        if (
            story.summary is None
            and _single_line_block(lines, i)
            and len(line.text) < 100
            and line.text[-1:] not in SENTENCE_END
        ):
            following = _next_text(lines, i)
            if following is not None and len(following[1].text) > len(line.text):
                story.summary, story.summary_line = line.text, line.number
                return i + 1
        return i
    return i


def _single_line_block(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a block of its own: blank lines (or the text's edges) on both sides (two
    looks, where a block's span would walk a long block)."""
    return (i + 1 >= len(lines) or lines[i + 1].blank) and (i == 0 or lines[i - 1].blank)


def _place_block_follows(lines: list[Line], i: int) -> bool:
    """The block after line ``i``'s block is a place printed alone: a dateline."""
    following = _next_text(lines, i + len(_block_at(lines, i)) - 1)
    return (
        following is not None
        and _single_line_block(lines, following[0])
        and match_place_line(following[1].text) is not None
    )


def _list_of_highlights(block: list[Line]) -> bool:
    """Two items or more, each a line by the same bullet (``- Through-tickets ...``), short in all."""
    bullets = {_bullet(line) for line in block}
    return (
        len(block) >= _HIGHLIGHT_ITEMS
        and len(bullets) == 1
        and "" not in bullets
        and len(join(block)) <= _HIGHLIGHTS_MAX
    )


#: A list of highlights holds at least this many items, this long in all at most.
_HIGHLIGHT_ITEMS = 2
_HIGHLIGHTS_MAX = 600


def _captioned_picture(block: list[Line]) -> bool:
    """A block that is a picture's caption and its credit on one line (``Dock workers at the
    gate. Fot. ACME/Jane Roe``)."""
    if len(block) > 1 and is_credit_line(block[0]):
        return True  # the credit over its caption: "© Acme/Jane Roe" over "Families shelter ..."
    text = join(block)
    combined = split_caption(text, block[0].gaps if len(block) == 1 else ())
    if combined is None:
        return False
    # (the credit with its label, as printed: "Photo : Acme / Jane Roe")
    return is_photo_credit(combined[1]) or is_photo_credit(text[len(combined[0]) :].strip())


def _is_standfirst(lines: list[Line], i: int, block: list[Line], story: Draft) -> bool:
    """A block between a story's head and its body, shorter than the block after it: a short one
    after captions (a web page's standfirst), or without them one of at most :data:`SUMMARY_MAX`
    that is well shorter than what follows (a lead-in, not the first paragraph) or that a byline
    follows, whether printed on one line or hard-wrapped. A block that opens with the place of a story credited to an agency
    is the body's first."""
    if story.summary is not None or story.headline is None:
        return False
    if _list_of_highlights(block):
        # (a list of highlights under the title, each item by the same bullet, text after it)
        return _next_text(lines, i + len(block) - 1) is not None
    if len(paragraphs(block)) != 1:
        return False
    if len(block) > 1 and block[0].indent > 0:
        return False  # a hard-wrapped paragraph indented as teletype copy indents its body
    text = join(block)
    if story.byline_agency and match_lead_place(text) is not None:
        return False
    following = _next_text(lines, i + len(block) - 1)
    if following is None or len(text) >= SUMMARY_MAX:
        return False
    block = next((b for b in blocks(lines[following[0] :])), [])
    signing = _past_pictures(lines, following[0])
    if signing and len(signing) <= _BYLINE_BLOCK_LINES and _signs_the_page(signing):
        # a page's title, standfirst, byline (a stamp and place beside it), then text; its
        # pictures may stand between the standfirst and the byline
        return True
    if opens_with_kicker(text):
        return True  # "CHINESE AGGRESSION: Manila accused ...": a kicker heads a paper's standfirst
    if block and block[0].text.startswith(REPORT_ATTRIBUTION_OPENERS):
        return True  # the lead, then the body opened by the report's attribution ("به گزارش ...")
    if block and _captioned_picture(block):
        # a lead-in printed over the page's picture, longer text under it
        later = next((b for b in blocks(lines[following[0] + len(block) :])), [])
        return len(join(later)) > len(text) or (bool(later) and _signs_the_page(later))
    after = len(join(block))
    # (a picture's caption, not its credit alone: "Foto: Acme" says nothing of the page's layout)
    if any(caption.text for caption in story.captions) and len(text) < CAPTIONED_SUMMARY_MAX:
        return after > len(text)
    return len(text) <= STANDFIRST_SHARE * after
