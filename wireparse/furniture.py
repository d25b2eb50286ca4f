"""What a single line of wire copy is when it is not story text: navigation, editor's notes,
sign-offs, service lines, wire furniture, bylines and photo credits.

Each class is a table row (kind, pattern); :func:`line_kind` returns the first kind whose pattern
matches the whole line. Patterns are compiled once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple, cast

import regex

from ._months_cldr import WEEKDAY_NAMES
from .agencies import PHOTO_AGENCIES, PHOTO_CREDIT_NAMES, SERVICE_LINE_AGENCIES
from .bylines import NAME_WORD, PERSON_NAME, are_people, is_person, our_correspondent
from .casing import opens_capitalised, printed_without_case
from .compiled import compiled
from .credits import KOREAN_REPORTER_TITLES, TIME_ZONES
from .lines import PICTOGRAPH_FIRST, SENTENCE_END, Line
from .model import LineKind
from .months import AFTER_YEAR_WORDS
from .patterns import (
    FLAGS,
    alternation,
    calendar_month_lookup,
    function_words,
    known_agency,
    month_lookup,
    names_an_agency,
    phrase_finder,
    take_key_source,
)
from .words import (
    ABOUT_ARTICLES,
    ABOUT_HEADINGS,
    ADVANCE_OPENERS,
    ADVANCE_WORDS,
    AFFILIATE_PHRASES,
    AGENCY_WITH_WORDS,
    APP_PLUG_VERBS,
    ARCHIVE_WORDS,
    AUDIENCE_SIGNS,
    AUDIO_PLAYER_LINES,
    BARE_FIELD_LABELS,
    BYLINE_JOINERS,
    BYLINE_OPENERS,
    BYLINE_WORD_OPENERS,
    CAPTION_LABELS,
    CHANNEL_NAMES,
    CHANNEL_PLUG_CLOSING_VERBS,
    CHANNEL_PLUG_VERBS,
    CJK_BYLINE_SOURCES,
    CJK_CREDIT_WORDS,
    CJK_REPORT_WORDS,
    CJK_REPORTER_WORDS,
    CLOCK_WORDS,
    CLOSING_SECTION_HEADINGS,
    COMMENT_COUNT_WORDS,
    CONSENT_WORDS,
    CONTACT_HEADINGS,
    CONTACT_LABEL_WORDS,
    CONTACT_PHRASES,
    COOKIE_USE_PHRASES,
    COOKIE_WORDS,
    COPYRIGHT_SIGNS,
    CORRECTION_LABELS,
    COUNT_MULTIPLIERS,
    COUNTER_WORDS,
    CREDIT_LABEL_ABBREVIATIONS,
    CREDIT_LABEL_LINKS,
    CREDIT_LABELS,
    DESK_NOTE_OPENERS,
    DESK_WORDS,
    EDITORIAL_LABELS,
    EDNOTE_LABELS,
    EDNOTE_VERBS,
    END_MARK_FIGURES,
    ENGAGEMENT_WORDS,
    EXPORT_LANGUAGES,
    FBIS_BYLINE_KINDS,
    FEEDBACK_PROMPTS,
    FIELD_LABELS,
    FOLLOW_PHRASES,
    FORWARD_MARKER_PHRASES,
    HEADLINE_FLAGS,
    HIGHLIGHT_MARKS,
    HOME_PAGE_WORDS,
    LEVEL_LABELS,
    LINK_WORDS,
    MESSENGER_LINKS,
    MORE_FROM_OPENERS,
    NAVIGATION,
    NAVIGATION_LABELS,
    NEWSLETTER_PLUG_OPENERS,
    NEWSLETTER_WORDS,
    OMISSION_NOTES,
    PAGE_COUNT_JOINERS,
    PAGE_NOTICE_PHRASES,
    PAGE_WORDS,
    PARAGRAPH_WORDS,
    PHONE_LABELS,
    PHOTO_WORDS,
    PICTURE_LABELS,
    PICTURE_PLACEHOLDER_WORDS,
    PLATFORM_WIDGET_LINES,
    POST_AGE_UNITS,
    POST_AGO_WORDS,
    PRINT_VIEW_WORDS,
    PRINTED_FROM_OPENERS,
    PRINTED_ON_OPENERS,
    REACTION_WORDS,
    RELATED_HEADINGS,
    RELEASE_LINE_OPENERS,
    RELEASE_NOTES,
    REPLY_VERBS,
    REPOST_MARKER_PHRASES,
    REUSE_PHRASES,
    RIGHTS_PHRASES,
    RUN_ON_HEADINGS,
    SECTION_MENU_SHARE,
    SECTION_NAMES,
    SERVICE_NAME_ENDINGS,
    SERVICE_NAME_SMALL_WORDS,
    SERVICE_OPENERS,
    SERVICE_PUBLISHER_WORDS,
    SHARE_JOINERS,
    SHARE_VERBS,
    SIGNOFF_CREDIT_PHRASES,
    SIGNOFF_CREDIT_VERBS,
    SIGNOFFS,
    SOCIAL_NETWORKS,
    STAMP_OPENERS,
    TAGLINE_OPENERS,
    TAGLINE_PHRASES,
    TELEX_CODES,
    TIME_WORDS,
    UPDATE_NOTE_LABELS,
    WORD_COUNT_WORDS,
)


def _in_order(words: tuple[str, ...]) -> str:
    """An alternation of literal ``words`` in their table's order (where it decides what a
    substitution removes: ``Photo`` before ``Photos``)."""
    return "|".join(regex.escape(w, special_only=True) for w in words)


#: The labels as printed, and in capitals (``FOTO: ...``); one of two words in title case too
#: (``Photo Credit:``).
_CREDIT_LABELS_PRINTED = tuple(
    dict.fromkeys(
        (
            *(label.title() for label in CREDIT_LABELS if " " in label),
            *CREDIT_LABELS,
            *(label.upper() for label in CREDIT_LABELS),
        )
    )
)
#: What opens a photo credit (``©``, ``Photo:``, ``Foto von``).
# (a label is a whole word: "Fotodienst Acme" holds none)
_CREDIT_LABEL = rf"(?:{_in_order(COPYRIGHT_SIGNS)}|(?:{_in_order(_CREDIT_LABELS_PRINTED)})(?![\p{{L}}])(?:[ ](?:{_in_order(CREDIT_LABEL_LINKS)}))?)"
_CJK_BYLINE = rf"(?:{_in_order(CJK_BYLINE_SOURCES)})?(?:{_in_order(CJK_REPORTER_WORDS)})"


def _korean_byline(text: str) -> bool:
    """A Korean byline: names, then the title, then perhaps an address (``김민수 이영희 기자``,
    ``김민수 기자 minsu@example.com``). Searched apart from the line kinds' pattern, only in a line
    that holds a title."""
    return (
        "\uac00" <= text[:1] <= "\ud7a3"  # (a Hangul syllable opens it: one comparison spares most lines)
        and any(map(text.__contains__, KOREAN_REPORTER_TITLES))
        and _korean_byline_pattern().fullmatch(text) is not None
    )


@cache
def _korean_byline_pattern() -> regex.Pattern[str]:
    return compiled(_KOREAN_BYLINE, FLAGS)


_KOREAN_BYLINE = (
    rf"\p{{Hangul}}{{2,4}}+(?:[ ,·]{{1,3}}+(?!(?:{_in_order(KOREAN_REPORTER_TITLES)})\b)\p{{Hangul}}{{2,4}}+){{0,3}}+"
    rf"[ ]*+(?:{_in_order(KOREAN_REPORTER_TITLES)})"
    r"(?:[ ]++[^\s@]++@[^\s@]++)?"
)


def _navigation_source() -> str:
    return r"""\d{1,3}[ ]/[ ]\d{1,3}
"""


def _navigation_label(text: str) -> bool:
    """A line opened by a label pointing to other stories (:data:`NAVIGATION_LABELS`: ``Read more:
    ...``, ``Baca juga: ...``, ``相關新聞：...``). Its labels, in any case and many languages, are
    searched apart from the line kinds' pattern (compiled at start-up); the caller asks only of a
    line whose opening holds a sign one closes with (:func:`_label_end`)."""
    return (
        len(text) <= _NAVIGATION_LINE_MAX
        and text[:1].casefold() in _navigation_first_letters()
        and _navigation_label_pattern().match(text) is not None
    )


def _first_letters(labels: tuple[str, ...]) -> frozenset[str]:
    """The letters, casefolded, that the labels of a table open with (and the brackets a label may
    stand in): a line that opens with none of them holds no label at its opening."""
    return frozenset(label[:1].casefold() for label in labels) | frozenset("(（【[")


@cache
def _navigation_first_letters() -> frozenset[str]:
    return _first_letters(NAVIGATION_LABELS + RELATED_HEADINGS)


@cache
def _editorial_first_letters() -> frozenset[str]:
    return _first_letters(EDITORIAL_LABELS)


_NAVIGATION_LABEL_MAX = 48


@cache
def _label_end() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(_NAVIGATION_LABEL_ENDS)) + "]")


_NAVIGATION_LINE_MAX = 200
#: The colons of other scripts, closed up to a label (``標題：``, the small ``相關字詞﹕``, Khmer ``ប្រភព៖``, Ethiopic ``ምንጭ፦``,
#: Armenian ``Հրապարակված է՝``).
_SCRIPT_COLONS = "：﹕៖፦՝"
_NAVIGATION_LABEL_ENDS = (":", *_SCRIPT_COLONS, "›", "»", ">", "|")


@cache
def _navigation_label_pattern() -> regex.Pattern[str]:
    ends = regex.escape("".join(_NAVIGATION_LABEL_ENDS))
    return compiled(rf"(?i:{_in_order(NAVIGATION_LABELS + RELATED_HEADINGS)})[ ]?[{ends}]", FLAGS)


def _related_before_dash(text: str) -> bool:
    """A heading over related stories opening the line of one after a spaced dash (``ข่าวที่
    เกี่ยวข้อง - ...``): a set's look-up, no pattern (a dash opens many lines' second half)."""
    opening = text[:_NAVIGATION_LABEL_MAX]
    return any(
        dash in opening and opening.partition(dash)[0].casefold().strip() in _related_headings()
        for dash in (" - ", " – ")
    )


#: A keyword of a slug in capitals: no small word (``TWO-FOR-ONE STOCK SPLIT`` is a headline).
_KEYWORD = r"(?!(?:FOR|TO|OF|ON|IN|AND|THE|AT|BY|WITH|UP|OVER)(?!\p{L}))\p{Lu}{2,}+"


def _furniture_source() -> str:
    return (
        r"""&[A-Z]{2};.*+
    | (?:[A-Z]{2,5}+\d{1,4}+[ ]++)?[A-Z]{2}[A-Z0-9]*+-[A-Z0-9/-]++(?:[ ]\([A-Z][A-Z0-9 .&]{1,30}+\))?  # DEV-MUC3-0057 (NOSC), ECONOMY-CHINA/TRADE (UPDATE 1), DEL45 BIZ-ONION-EXPORT
    | [A-Z]{2,4}-[\p{L}\p{N}][^,\n]{0,60}+,\d{3,4}+                # AP-TX--Border Crossings,0211: a slug and word count
    | (?:AM|PM|BC)-[\p{L}\p{N}][^,\n]{0,60}?-[^,\n]{1,60}+,[^\n]{1,60}+   # AM-Tornado-Kansas, 1st Ld-Writethru,0389
    | (?:AM|PM|BC)-[\p{L}\p{N}][^,\n]{0,60}+,[^\n]{0,60}?,\d{3,4}+     # PM-Budget Talks, 2nd Ld-Writethru,a0702,0510
    | \$(?i:adv)\d{1,2}+                                         # $adv04: an advance's code
    | (?:"""
        + alternation(TELEX_CODES)
        + r""")[ ]\p{Lu}\d{3,4}+(?:[ ]\p{Lu}){1,2}+   # UPI A078 R A: a telex's number, priority and wire
    | \p{Lu}(?:[ ]\p{Lu}){1,2}+                                    # R A: a priority and a wire alone
    | \p{L}{1,4}+-?\d{3,6}+(?:[ ]++[\p{L}\p{N}]{1,3}+(?=[ ])){1,3}+[ ]++(?:[A-Z]{2}-\S.*+|\d{3,4}+(?:[ ].*+)?)  # a0001 r i BC-Fire 01-01 0245
    | \p{Lu}{2,}+(?:-"""
        + _KEYWORD
        + r"""(?:[ ]"""
        + _KEYWORD
        + r"""){0,2}+){2,}+(?:[ ]++\(\p{Lu}{2,3}+\))?   # CHINA-HAINAN-FREE TRADE PORT-CUSTOMS (CN)
    | (?:"""
        + alternation(TELEX_CODES)
        + r""")[ ]\d{3,4}+(?:[ ]\p{Lu}[\p{Lu}\-]{2,30}+)?   # RTR 0411 KENYA-TEA: a telex's number and slug
    | [A-Za-z]{1,4}+-?\d{2,6}+[ ]++\d[ ]++[A-Za-z][ ]++\d{3,4}+(?:[ ].*+)?   # IPTC 7901 / ANPA header: a0472 4 i 0312 BC-...
    | \p{Lu}{2,6}+(?:\d{3,6}+|[ ]0\d{2,5}+)[ ]++\d[ ]++\p{Lu}{2,4}+(?:[ ]++\d{3,4}+)?(?:[ ]++[^\n]{1,40}+)?  # RTR0457 4 FSG 0455, BELGA 0342 5 ECO, ТАСС 0571 3 ЭКН 0198
    | (?:(?i:"""
        + alternation(COUNTER_WORDS)
        + r""")[ ])?\d{1,6}+(?:[ ](?i:of|sur|von|van|de|di|da|av|af|ng|dari|из|од|от|z|ze)[ ]|/)\d{1,7}+(?:[ ](?i:documents?|results?|pages?|dokumente?n?|documentos?|documenti|документ\p{L}*+))?  # 12 of 148 DOCUMENTS, Документ 3 од 17, Document 3 van 12, Kunnafoni 3/7: a hit's or item's number
    | (?i:document)(?:[ ](?i:id|number|no\.?))?:?[ ]++(?=[A-Za-z_\-]*+\d)[A-Za-z0-9_\-]{8,40}+(?:[ ].*+)?  # Document ABC0020241005ek15: a database's number
    | [A-Z]{2}\d{10}+[A-Z]?[ ][^\n]{1,80}?[ ](?:GMT|UTC)(?:[ ][^\n]{0,20}+)?  # LD0503121094 Moscow ITAR-TASS in English 1154 GMT 5 Mar 94: FBIS's source line
    | ISIN:?[ ][A-Z]{2}[A-Z0-9]{9}\d(?:[ ].{0,40}+)?                # ISIN DE000RRK1234: a security's number
    | \p{Ll}\d{4}+                                               # a0412: an ANPA story number alone
    | (?:\p{Lu}{2,8}+[ ])?\d{6}[ ]GMT[ ]\p{L}{3}[ ]\d{1,2}          # IPTC 7901 trailer time (after the agency)
    | \(\p{Ll}{2,4}+-\p{Ll}{2,4}+\)                            # (pfg-xx)
    | (?:AP[ ]Photos?|AP[ ]Graphics?)[ ][A-Z]{2,4}\d.*+         # AP Photo XRE109
    | (?:The[ ])?Associated[ ]Press[ ](?:\p{L}+[ ]){0,3}?Writers?
    | (?:THE[ ])?ASSOCIATED[ ]PRESS[ ](?:\p{Lu}+[ ]){0,3}?WRITERS?
    | AP[ ](?:\p{L}+[ ]){0,3}?(?:Writers?|WRITERS?)
    | \*{3}[^*]{1,160}+\*{3}
    | 《[^》\n]{1,20}+》[ ]?[（(][^）)版\n]{4,30}+版[ ]?[）)]       # 《 人民日报 》（ 2019年03月06日 04 版）: the print edition
    | ZCZC(?:[ ].*+)?                                             # telex start of message
    | [=]+
    | -{3,}+[ ]?\p{L}[\p{L} ]{0,40}+[ ]?-{3,}+                   # -----Original Message-----
    | (?=.{1,30}+$)"""
        + take_key_source()
    )


def _ednote_source() -> str:
    return rf"""(?i:eds?|editors?|note[ ]to[ ]editors|{_in_order(EDNOTE_LABELS)})[ ]?[:\-–—].*+
    | (?i:editor['’]?s['’]?[ ]note)\b.*+
    | (?i:{_in_order(UPDATE_NOTE_LABELS)})(?![\p{{L}}])[ ,]*+\(?[^\n\d:：]{{0,15}}?\d[^\n]{{0,30}}?(?::[ ]|：)[ ]?\S.*+  # Update, 14:20 Uhr: ...
    | [\[【](?i:{_in_order(UPDATE_NOTE_LABELS)})[\]】].*+                                       # [更新] 3月5日 ...
    | \(?(?:(?i:attn)|ATTENTION)[ ]?:[ ]?(?i:{_in_order(EDNOTE_VERBS)})\b[^\n]*+  # (ATTN: ADDS details in paras 4-5)
    | \((?:\p{{Lu}}{{2,6}}+[ ]++)?(?:(?i:{_in_order(EDNOTE_VERBS)})|In[ ][^)]{{0,40}}+story)\b[^\n)]*+\)  # (NTB oppdaterer saken)
    | EDS[-:].*+
    | [\[(](?i:{_in_order(OMISSION_NOTES)})(?:[:;,][^\n\])]*+)?[\])]  # [Passage omitted: details]
    | (?i:{_in_order(CORRECTION_LABELS)})[ ]?:[ ].*+
    | (?i:{_in_order(EDNOTE_VERBS)})[ ][^\n]{{0,200}}?(?<![\p{{L}}])(?i:{_in_order(PARAGRAPH_WORDS)})(?![\p{{L}}]).*+  # CORRECTS name in para 3
    | \((?=[^)]{{3,80}}+\)$)[^)\p{{Ll}}]*?\p{{Lu}}[^)\p{{Ll}}]*?[ ][^)\p{{Ll}}]*+\)  # (END OPTIONAL TRIM): words, all capitals"""


def _signoff_source() -> str:
    return (
        r"""dpa(?:[ ](?=\d{0,3}+\p{Ll})[\p{Ll}\d]{1,4}+){1,5}+   # dpa ab yyzz n1 mt: the desks' initials and codes
    | [A-Z]{2,4}(?:-[A-Z]{2,3})?-\d\d-\d\d-\d\d[ ]\d{4}[A-Z]{3}   # AP-NY-03-07-24 1532EST
    | \((?:"""
        + _in_order(SIGNOFF_CREDIT_VERBS)
        + r""")[ ]by[^\n)]*+\)
    | \[?(?:"""
        + _in_order(SIGNOFF_CREDIT_VERBS)
        + r""")[ ]by[ ]\p{Lu}[^\n.;:]{1,60}+\]?   # Edited by Jane Roe   [Editing by Jane Roe]
    | (?:Additional[ ])?[Rr]eporting[ ]by[ ][^\n;]{1,200}+;[ ](?:[Ee]diting|[Ww]riting)[ ]by[^\n]*+
    | \((?:"""
        + _in_order(SIGNOFF_CREDIT_PHRASES)
        + r""")[ ]\p{Lu}[^\n]*+                      # (Bericht von Jane Roe, redigiert von ... (für Politik) ...), closed or not
    | SOURCE[ ](?=[^\n]{0,80}?\p{Ll})\p{Lu}[^\n]{1,80}+    # a press release's closing: SOURCE Acme Inc. (not a headline in capitals)"""
    )


def _service_source() -> str:
    return rf"""(?:{_in_order(COPYRIGHT_SIGNS)})[ ]?\d{{4}}.*+
    | (?i:copyright)[ ]?[©ⓒ].*+                             # COPYRIGHT © ANTARA 2024
    | (?i:copyright)[ ]?\((?i:c)\)[ ].*+                      # Copyright (C) Acme Shimbun / Kyodo
    | c\.[ ]?\d{{4}}[ ].{{0,60}}?(?i:{_in_order(SERVICE_PUBLISHER_WORDS)}).*+
    | c\.[ ]?\d{{4}},?[ ](?=.{{1,80}}+$)\p{{Lu}}.*+          # c. 1999 The Springfield Herald
    | (?:©[ ])?(?:{_in_order(SERVICE_LINE_AGENCIES)})
    | (?:The[ ])?New[ ]York[ ]Times[ ]News[ ]Service.*+
    | (?i:NYT[ ]News[ ]Service).*+
    | (?i:{_in_order(SERVICE_OPENERS)}).*+"""


def _rule_source() -> str:
    # a press release's closing sections open like a rule: "About Acme Inc.", "Media Contacts:"
    # (a text browser draws its rules with the box-drawing signs: "────────")
    return rf"""(?:_{{3,}}+|-{{3,}}+|[─━═]{{3,}}+|(?:\*[ ]?){{3,}}+|(?:&[A-Z]{{2}};[ ])?_{{3,}}+)
    | {_closing_heading_source()}"""


def _closing_heading_source() -> str:
    # (a company's name may hold its abbreviations' stops: "About Kitaura Precision Co., Ltd.")
    articles = alternation(ABOUT_ARTICLES)
    # (Dutch "Over" opens a sentence as often: its heading is capitalised words alone, "Over Acme Holding")
    return rf"""(?:{_in_order(ABOUT_HEADINGS)})[ ](?:(?:{articles})(?:[ ]|(?<=['’])))?\p{{Lu}}(?:[^.!?:\n]|\.(?=[ ,]\p{{Lu}}|,)){{0,60}}+\.?
    | Over(?:[ ]\p{{Lu}}[\p{{L}}\p{{N}}&\-]*+(?:[ ]B\.V\.|[ ]N\.V\.)?){{1,5}}
    | (?:{_in_order(CONTACT_HEADINGS)})\b[^.!?\n]{{0,40}}+"""


@cache
def _closing_heading() -> regex.Pattern[str]:
    return compiled(_closing_heading_source(), FLAGS)


def _heading_forms(word: str) -> tuple[str, str, str]:
    return word, word + ":", word + " :"


def is_closing_heading(text: str) -> bool:
    """A heading that opens a press release's closing sections (``About Acme Inc.``, ``Media
    Contacts:``, ``Forward-Looking Statements``, ``Sources``): what follows it, if short, is end
    matter, though another rule comes after."""
    return text.casefold().rstrip(": ") in _CLOSING_SECTIONS or _closing_heading().fullmatch(text) is not None


_CLOSING_SECTIONS = frozenset(CLOSING_SECTION_HEADINGS)


def _notebook_source() -> str:
    # (its hashes are Markdown's heading, which the lines' layout drops: "# Notebook")
    return rf"(?:\#{{1,3}}+[ ])?(?:dpa[ ])?(?i:notebook)|(?i:{alternation(HIGHLIGHT_MARKS)})"


def _credit_source() -> str:
    photo = alternation(PHOTO_AGENCIES + PHOTO_CREDIT_NAMES)
    return rf"""(?:©|\(c\))\s*\S.*+
    | (?=[^:：՝\n]{{1,25}}+[:：՝]){_CREDIT_LABEL}\s*[:：՝]\s*\S.*+
    | (?=[^/\n]{{1,25}}+/)(?:{photo})[ ]?/[^\n]{{1,150}}+"""


def _byline_source() -> str:
    bracketed = _in_order(("By", "BY", *(f"{kind} by" for kind in FBIS_BYLINE_KINDS)))
    # (a page's "By" run into the name, as a copy of its two fields prints it: "ByJane Roe"; an
    # opener in capitals runs into no name: "BYBa")
    return rf"""\L<openers>(?:[ ]+|(?<=\p{{Ll}})(?=\p{{Lu}}\p{{Ll}}))[\p{{Lu}}\p{{Lo}}].*+
    | (?:{our_correspondent().pattern}){NAME_WORD}(?:[ ]{NAME_WORD}){{1,3}}+$   # Avec notre correspondant à Dakar, Jane Roe
    | \L<word_openers>[ ]+{NAME_WORD}(?:[ ]{NAME_WORD}){{0,3}}+
        (?:[ ](?:{_in_order(BYLINE_JOINERS)})[ ]{NAME_WORD}(?:[ ]{NAME_WORD}){{0,3}}+)?   # Von Jane Roe und Tom Lee
        (?:[ ]?[,|/–—\-(][ ]?[^\n]{{1,60}}+)?
    | \[(?:{bracketed})[ ][^\]\n]++\]?
    | {_CJK_BYLINE}[\p{{Han}}\p{{Zs}}、，,]{{0,30}}+
    | \p{{Han}}{{2,4}}+(?:[、，,][ ]?\p{{Han}}{{2,4}}+){{0,3}}+[ \u3000]?(?:{_in_order(CJK_REPORT_WORDS)})   # 黄碧君 报道"""


def _slash_credit_source() -> str:
    photo = alternation(PHOTO_AGENCIES + PHOTO_CREDIT_NAMES)
    return rf"(?=[^/\n]{{1,150}}+/)[^\n]{{1,150}}?/[ ]?(?:{photo})(?:[ ]Photo)?(?:/[\p{{L}} ]{{1,30}}+)?"


def _trail(sign: str, least: int = 1) -> str:
    """A page's trail of sections (``Home » World » Asia``, ``新华网 > 正文``): names between
    signs, each opening with a capital or a letter of a script without case; ``least`` signs
    (a slash also parts a name from its agency: ``Jane Roe / Reuters``)."""
    name = r"[\p{Lu}\p{Lo}][^»›.,:;!?«\"“”\n/]{0,30}?"
    return rf"{name}(?:[ ]{sign}[ ]{name}){{{least},6}}"


#: A trail of a page's sections is short.
_SECTION_TRAIL_MAX = 80


def _section_trail(text: str) -> bool:
    """A trail of sections parted by signs the line kinds' pattern does not read (``Inicio >
    Sociedad``, ``EL PAÍS · Internacional``): searched apart from it, on a short line holding one."""
    if len(text) > _SECTION_TRAIL_MAX:
        # (a menu's row between bars runs longer than a trail)
        return len(text) <= _MENU_ROW_MAX and _bar_menu().fullmatch(text) is not None
    if " - " in text or " – " in text:
        return _dash_trail(text)
    home, slash, rest = text.partition(" / ")
    if slash and home.casefold() in HOME_PAGE_WORDS and len(rest.split()) <= _HOME_TRAIL_WORDS:
        return True  # "Accueil / Toutes les actualités": the home page opens the trail
    return _SECTION_SIGN.search(text) is not None and _section_trail_pattern().fullmatch(text) is not None


def _dash_trail(text: str) -> bool:
    """Sections parted by dashes, each a name of :data:`SECTION_NAMES` (``Gazdaság - Ipar``): a dash
    parts a headline's halves too, so every word must be a section's."""
    parts = text.replace(" – ", " - ").split(" - ")
    words = [word.casefold() for part in parts for word in part.split()]
    return (
        1 < len(parts) <= _DASH_TRAIL_PARTS
        and len(words) <= 2 * len(parts)
        and SECTION_NAMES.issuperset(words)
    )


_DASH_TRAIL_PARTS = 4
#: After the home page, a trail of one slash names a section of at most this many words.
_HOME_TRAIL_WORDS = 4


_SECTION_SIGN = re.compile(" [>»›/·•] |\\|")


@cache
def _section_trail_pattern() -> regex.Pattern[str]:
    # Home » World » Asia, News › Business, Home / Business / Economy (three at least: a slash
    # also parts a name from its agency), Inicio > Sociedad
    trails = "|".join((_trail(">"), _trail("»"), _trail("›"), _trail("/", 2)))
    return compiled(f"{trails}|{_short_trail('·', 3)}|{_short_trail('•', 3)}|{_MENU_BAR_SOURCE}", FLAGS)


#: A menu printed on one line: four items or more between bars, each a word or up to three
#: without a figure (``Home | World | Business | Sport``, ``首页 | 时政 | 国际 | 财经``, ``Εκκλησία της
#: Ελλάδος``): a byline parted by a bar names a person and an agency, and its stamp has figures.
_MENU_BAR_ITEM = r"[\p{L}«\"“][^\s|·•\d]*+(?:[ ][^\s|·•\d]++){0,2}+"
_MENU_BAR_SOURCE = rf"{_MENU_BAR_ITEM}(?:[ ]*+\|[ ]*+{_MENU_BAR_ITEM}){{3,11}}"


@cache
def _bar_menu() -> regex.Pattern[str]:
    return compiled(_MENU_BAR_SOURCE, FLAGS)


def _short_trail(sign: str, words: int) -> str:
    """A paper's name and its section between signs that may also part a headline from its
    source: each part at most ``words`` words (``Ege Postası · Ekonomi``, not ``Storm hits the
    coast · ACME``). (A bar parts a name from its agency too: ``Jane Roe | Reuters`` is a byline.)"""
    name = rf"[\p{{Lu}}\p{{N}}«\"“][^\s|·•]*+(?:[ ][^\s|·•]++){{0,{words - 1}}}"
    return rf"{name}(?:[ ]{sign}[ ]{name}){{1,4}}"


#: A mail address (``jroe@acme.example``).
MAIL_ADDRESS = r"[^\s@]++@[^\s@.]++(?:\.[^\s@.]++)++"


def is_mail_address(text: str) -> bool:
    """``text`` is a mail address alone (the writer's under the name: ``jon@acme.is``)."""
    return "@" in text and _mail_address().fullmatch(text) is not None


@cache
def _mail_address() -> regex.Pattern[str]:
    return compiled(MAIL_ADDRESS)


#: Alternatives of a kind that may open with any word, each with a sign every line it reads holds.
#: The kinds' other alternatives open with their own words or signs, so a line without any of these
#: signs whose opening none of them can start is no kind at all, and the full pattern is not run.
FLOATING_PATTERNS: tuple[tuple[LineKind, Callable[[], str], str], ...] = (
    ("furniture", lambda: r"/?[\p{L}\p{N}-]{2,40}+(?:/[\p{L}\p{N}-]{2,40}+){0,6}+/", "/"),  # Yemen/conflict/
    ("furniture", lambda: r".{0,12}?(?<![\p{L}\p{N}])BC-[\p{L}\p{N}-]++.*+", "BC-"),  # ANPA keyword line
    ("furniture", lambda: r"\p{Ll}{2,4}+(?:/\p{Ll}{2,4}+)++", "/"),  # daa/mt/msr staff initials
    ("signoff", lambda: MAIL_ADDRESS, "@"),  # an address alone
    ("credit", _slash_credit_source, "/"),  # Jane Roe/TASS
)
_FLOATING_SIGNS = tuple(sorted({sign for _, _, sign in FLOATING_PATTERNS}))

#: The kinds of a line, in order of precedence, each with the builder of its pattern. The
#: lookaheads are guards: they turn prose lines away before the alternations run.
KIND_PATTERNS: tuple[tuple[LineKind, Callable[[], str]], ...] = (
    ("navigation", _navigation_source),
    ("furniture", _furniture_source),
    ("ednote", _ednote_source),
    ("signoff", _signoff_source),
    ("service", _service_source),
    ("rule", _rule_source),
    ("notebook", _notebook_source),
    ("credit", _credit_source),
    ("byline", _byline_source),
)


@cache
def _rules() -> regex.Pattern[str]:
    """One pattern whose named alternatives are the kinds, in order of precedence (the whole-line
    words of NAVIGATION and SIGNOFFS are looked up before it)."""
    return compiled(
        "|".join(
            f"(?P<{kind}>{_kind_source(kind, source, floating=True)}\n)" for kind, source in KIND_PATTERNS
        ),
        FLAGS,
        openers=sorted(BYLINE_OPENERS),
        word_openers=sorted(BYLINE_WORD_OPENERS),
    )


def _kind_source(kind: LineKind, source: Callable[[], str], *, floating: bool) -> str:
    """One kind's alternatives, with or without those that may open with any word."""
    floats = [f"\n    | {more()}" for of, more, _ in FLOATING_PATTERNS if of == kind] if floating else []
    return source() + "".join(floats)


@cache
def _opening_test() -> Callable[[str], bool]:
    """Whether a line's opening can start one of the kinds' alternatives that open with words or
    signs of their own, read partially. Their lookahead guards are taken out for that, which makes
    the pattern slow on long text: it is reachable only through this test, which gives it the
    first :data:`OPENING` characters alone."""
    sources = (_kind_source(kind, source, floating=False) for kind, source in KIND_PATTERNS)
    pattern = compiled(
        "|".join(f"(?:{_LOOKAHEAD.sub('', source)}\n)" for source in sources),
        FLAGS,
        openers=sorted(BYLINE_OPENERS),
        word_openers=sorted(BYLINE_WORD_OPENERS),
    )

    @lru_cache(maxsize=4096)
    def may_open(opening: str) -> bool:
        return pattern.fullmatch(opening[:OPENING], partial=True) is not None

    return may_open


#: A lookahead without groups inside (escapes and sets may hold brackets): taking one out lets a
#: pattern read more, never less.
_LOOKAHEAD = compiled(r"\(\?=(?:\\.|\[(?:\\.|[^\]\\])*+\]|[^()\\\[])*+\)")
#: How much of a line's opening is read to tell whether it can be of a kind.
OPENING = 5


def may_be_kind(text: str) -> bool:
    """False when no kind's pattern can read ``text``: it holds none of the floating alternatives'
    signs, and its opening starts none of the others (most lines of story text)."""
    return any(map(text.__contains__, _FLOATING_SIGNS)) or _openings.may_open(text[:OPENING])


class _Openings:
    """The opening test, built once a run has read enough lines to gain from it: building it costs
    about what it saves over :data:`OPENING_TEST_AFTER` lines of story text (12 ms, 4 µs a line), so
    a run of a few stories never builds it (what a line is does not depend on it)."""

    def __init__(self) -> None:
        self.lines = 0
        self.test: Callable[[str], bool] | None = None

    def may_open(self, opening: str) -> bool:
        if self.test is None:
            self.lines += 1
            if self.lines <= OPENING_TEST_AFTER:
                return True
            self.test = _opening_test()
        return self.test(opening)


#: Lines read before the opening test is built.
OPENING_TEST_AFTER = 3000
_openings = _Openings()


_DIGIT = compiled(r"\d")
_NUMERIC_DATE = compiled(r"\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")


#: (Persian joins a word's parts by a zero-width non-joiner: "سه‌شنبه" is one word)
_LETTERS = compiled(r"[\p{L}\p{M}.\u200c]++")


@cache
def _time_words() -> frozenset[str]:
    # (a stamp may name its weekday in any language of the month table: "Publié le lundi 4 mars")
    # (and in another calendar's months: "۱۵ اسفند ۱۴۰۲، ۱۲:۳۴")
    return (
        frozenset(month_lookup())
        | frozenset(calendar_month_lookup())
        # (each word of a month's name of two: "ربیع الثانی")
        | frozenset(word for name in calendar_month_lookup() for word in name.split())
        | TIME_WORDS
        | WEEKDAY_NAMES
        # (each word of a weekday's name of two, or of one joined by a hyphen: "Dydd Mawrth",
        # "thứ hai", "sexta-feira")
        | frozenset(word for name in WEEKDAY_NAMES for word in re.split(r"[ \-]", name) if word)
        | TIME_ZONES
        # (the word for "year" after one: "14 марта 2025 года, 17:45")
        | frozenset(AFTER_YEAR_WORDS)
    )


#: A North American time zone spelled out closing a stamp.
_SPELLED_ZONE = re.compile(
    r"(?i)[ ](?:eastern|central|mountain|pacific|atlantic)[ ](?:standard|daylight)[ ]time$"
)


def is_timestamp(text: str) -> bool:
    """A line of date and time alone (``Updated March 7, 2024 10:15 AM GMT``, ``07.03.2024, 10:15``,
    ``4 min read``): numbers, month names and time words, nothing else; an agency's name or a
    page's section may open it (``STA, 5 March 2024 - 14:22``, ``All News 15:02 March 01, 2024``),
    and the page's source or sections after a bar close it (``2024-08-06 10:12 来源：新华网``,
    ``KYODO NEWS - Mar 5, 2024 - 14:32 | Japan, All``)."""
    if len(text) > 80 or not _DIGIT.search(text):
        return False
    if text[10:11] == "T" and _ISO_STAMP.fullmatch(text):
        return True  # 2012-10-30T18:40:00+0900: a feed's stamp in ISO 8601
    stamp, bar, sections = text.partition(" | ")
    if bar and _DIGIT.search(stamp) and _few_labels(sections):
        return _is_stamp(stamp)
    if text[-1:].isalpha() and (count := _word_count_at_end(text)) is not None and count.start() > 0:
        text = text[: count.start()]  # "jeudi 7 mars 2024 - 11:42:17 UTC 412 mots": an export's count
    words = text.split(" ", _SECTION_LABEL_WORDS)
    for n in range(1, min(len(words), _SECTION_LABEL_WORDS + 1)):
        label, after = " ".join(words[:n]), " ".join(words[n:])
        if label.casefold().rstrip(",") in _section_labels() and (
            after[:1].isdigit() or _opens_with_weekday(after)
        ):
            return _is_stamp(after)  # "All News 15:02 March 01, 2024", "International, jeudi 7 mars 2024"
    if _is_stamp(text):
        return True
    # a label of any language before a date and its clock time: "Dagført 14.03.2024 - 11:05",
    # "Nuashonraithe / 14:32, Dé Máirt, 12 Márta 2024" (a label with a colon is a field's, whose
    # date and time may be the story's: "Tatzeit: 17.03.2024, 22:15 Uhr")
    m = _LABEL_BEFORE_STAMP.match(text)
    return m is not None and _CLOCK.search(text, m.end()) is not None and _is_stamp(text[m.end() :])


def is_labelled_stamp(text: str) -> bool:
    """A label of a word or two in any language, a colon, and a date and time (``Aktualiséiert:
    14.01.2025 um 16:05``, ``Publitgà: 12-06-2025 / 06:45``): beside a name, the page's stamp
    (alone, a field of the story may date its events so: ``Tatzeit: 17.03.2024, 22:15 Uhr``,
    which :func:`is_timestamp` leaves to the story)."""
    label, colon, rest = text.partition(":")
    words = label.split()
    return (
        bool(colon)
        and 0 < len(words) <= _STAMP_LABEL_WORDS
        and all(_STAMP_LABEL_WORD.fullmatch(word) for word in words)
        and is_timestamp(rest.strip())
    )


#: A word of a stamp's label: letters and the marks of scripts that write vowels so (``প্রকাশ``).
_STAMP_LABEL_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*+")


#: A stamp's label with its colon is at most this many words.
_STAMP_LABEL_WORDS = 2
#: A word of letters, a slash after it or not, opening a stamp; a clock time in a stamp.
_LABEL_BEFORE_STAMP = regex.compile(r"[^\W\d_]{3,20}+(?:[ ]?/[ ]?|[ ])(?=\d)")
_CLOCK = re.compile(r"(?<![\d.])\d{1,2}[:h]\d\d(?![\d.])")


def _opens_with_weekday(text: str) -> bool:
    return text.split(" ", 1)[0].casefold().rstrip(",") in WEEKDAY_NAMES


@cache
def _word_count_after() -> re.Pattern[str]:
    return re.compile(rf"[ ]\d[\d.,]{{0,7}}[ ]?(?i:{alternation(WORD_COUNT_WORDS)})$")


#: A page's section before its stamp is at most this many words.
_SECTION_LABEL_WORDS = 2


#: What a web address alone on its line opens with.
_ADDRESS_OPENERS = ("http://", "https://", "www.")
_ISO_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")


def _few_labels(text: str) -> bool:
    """Short labels parted by commas or bars, no sentence (a page's sections after its stamp)."""
    parts = [part.strip() for part in re.split(r"[,|]", text)]
    return bool(text) and text[-1:] not in SENTENCE_END and all(0 < len(part.split()) <= 3 for part in parts)


@cache
def _section_labels() -> frozenset[str]:
    return _NAVIGATION_LINES | SECTION_NAMES


#: Lines of a page's own, compared whole: its navigation and its audio player's buttons.
_NAVIGATION_LINES = frozenset(NAVIGATION) | frozenset(AUDIO_PLAYER_LINES)


#: An export's word count closing a stamp is among the line's last this many characters.
_WORD_COUNT_REACH = 24


def _word_count_at_end(text: str) -> re.Match[str] | None:
    return _word_count_after().search(text, max(len(text) - _WORD_COUNT_REACH, 0))


def _is_stamp(text: str) -> bool:
    if text.endswith(("Time", "time", "TIME")):
        text = _SPELLED_ZONE.sub("", text)  # "07:30 AM Eastern Standard Time"
    words = _time_words()
    named = agency = service = False
    folded = text.casefold()
    for m in _LETTERS.finditer(folded):  # one at a time: the first stranger word decides
        word = m.group()
        if word.strip(".") and word not in words and word.strip(".") not in words:
            if m.start() > 0 and len(folded) == len(text) and _editorial_field(text[m.start() :]):
                return is_timestamp(text[: m.start()].rstrip())  # the source or editor after the stamp
            if (
                agency
                and len(folded) == len(text)
                and text[m.start() - 1] == " "
                and text[m.start() : m.end()].isupper()
            ):
                service = True  # the agency's service in capitals after its name: "ACME INRIKES 2024-02-19"
                continue
            last = not _LETTER.search(folded, m.end())
            if (named and not last) or "|" in text or not _stamp_source(word):
                return False  # (a bar parts a byline from its stamp: "TNN | Mar 3, 2025, 10.42 PM")
            agency = m.start() == 0 and text[: m.end()].isupper()
        named = True
    # numbers alone are a table row unless they are written as a date or a time (and so are an
    # agency's name and words in capitals: "ACME INC 4TH QTR" is a headline)
    return (named and not service) or bool(_NUMERIC_DATE.search(text))


@cache
def _conversion() -> regex.Pattern[str]:
    """A currency's rate in brackets, as a wire prints it under a story that names a sum (``($1 =
    0.9235 euros)``, ``(1 USD = 83.12 rupees; 1 EUR = 90.05 rupees)``)."""
    rate = r"(?:[$€£¥₹]|\p{Lu}{3}+[ ]?)?1[ ]?(?:\p{L}[\p{L}.]*+)?[ ]?=[ ]?[$€£¥₹]?[\d.,]{1,12}+(?:[ ]\p{L}[\p{L}. ]{0,30}+)?"
    return compiled(rf"\({rate}(?:[;,][ ]?{rate}){{0,3}}+\)")


def _readers_reactions(text: str) -> bool:
    """Three or more reactions with their counts, each named in a script without case or by a word
    of :data:`REACTION_WORDS` (``Like 3 Love 0 Wow 1``, ``いいね！ 152 なるほど 41``; ``Final div 52
    cents vs 38`` is a result's line)."""
    if _reactions().fullmatch(text) is None:
        return False
    labels = _REACTION_LABEL.findall(text)
    return all(_uncased(label) or label.casefold().strip() in REACTION_WORDS for label in labels)


def _uncased(text: str) -> bool:
    """Words of a script without case (``좋아요``, ``いいね！``): no result's line in capitals and small letters."""
    return not any(char.isupper() or char.islower() for char in text)


@cache
def _reactions() -> regex.Pattern[str]:
    label = r"[^\W\d_][^\s\d]{0,11}+(?:[ ][^\W\d_][^\s\d]{0,11}+)?+"
    pair = rf"{label}[ ]?\d[\d,]{{0,6}}+(?<=\d)"
    return compiled(rf"{pair}(?:[ ]++{pair}){{2,}}+")


#: A reaction's name between its counts.
_REACTION_LABEL = compiled(r"(?<!\S)[^\W\d_][^\s\d]{0,11}+(?:[ ][^\W\d_][^\s\d]{0,11}+)?+(?=[ ]?\d)")


#: A line of readers' reactions is at most this long.
_REACTIONS_MAX = 200


def _export_header(text: str) -> bool:
    """A database's header line: a story's word count beside its date (``Actualité, jeudi 18
    avril 2024 612 mots, p. 6``, ``AFP — Journal Internet — 05/06/2024 — 16:42 — 387 mots``), in
    three parts at least (``Novelist wrote 5,000 words a day in 2019`` is a headline)."""
    return (
        len(_HEADER_PARTS.split(text)) >= _HEADER_PARTS_MIN
        and _word_count_inside().search(text) is not None
        and (_YEAR.search(text) is not None or _NUMERIC_DATE.search(text) is not None)
    )


@cache
def _word_count_inside() -> re.Pattern[str]:
    # (closing its part of the line: "612 mots, p. 6"; "5,000 words a day" is a sentence's)
    return re.compile(
        rf"(?<![\w.,])\d[\d.,]{{0,7}}[ ]?(?i:{alternation(WORD_COUNT_WORDS)})(?=$|,|[ ][—–|·•-][ ])"
    )


#: A database's header line is at most this long; its year is a four-figure one of these centuries.
_EXPORT_HEADER_MAX = 160
_HEADER_PARTS = re.compile(r",[ ]| [—–|·•-] ")
_HEADER_PARTS_MIN = 3
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _short_page_line(text: str) -> LineKind | None:
    """A short line of a page or an export: bracketed fields, a jump line, a word count, an
    export's language and source."""
    if text[:1] == "【" and (m := _bracketed_fields().match(text)):
        rest = text[m.end() :].strip()
        if not rest or _editorial_field(rest):
            return "furniture"  # 【纠错】 【责任编辑：王小红】, 【纠错】 责任编辑：李婧
    if len(text) > _JUMP_MAX:
        return None
    if ("age" in text or "AGE" in text or "p." in text) and _jump_line().fullmatch(text):
        return "navigation"  # "See STORM, Page 6A", "STORM Continued from Page 1A"
    if text[:1].isdigit() and _word_count().fullmatch(text):
        return "furniture"  # "289 words", "412 Wörter": an export's word count
    if len(text) <= _PAGE_LINE_MAX and _page_line().fullmatch(text):
        return "furniture"  # "Page 3", "Hal. 4", "- 3 -", "Página 2 de 5": a page's number
    return "furniture" if _export_source(text) else None  # "English", "Acme Newswires ACMN English"


#: A page's number alone on its line is at most this long.
_PAGE_LINE_MAX = 24


@cache
def _page_line() -> re.Pattern[str]:
    """A page's number alone, with its word or between dashes (``Page 3``, ``- 3 -``, ``Página 2
    de 5``); a figure alone is a table's or a list's."""
    number = r"[A-Z]?\d{1,4}[A-Z]?"
    return re.compile(
        rf"(?i:(?:{alternation(PAGE_WORDS)})\.?[ ]?{number}(?:[ ](?:{alternation(PAGE_COUNT_JOINERS)})[ ]\d{{1,4}})?)"
        r"|[-–—][ ]?\d{1,4}[ ]?[-–—]"
    )


@cache
def _word_count() -> re.Pattern[str]:
    return re.compile(rf"\d[\d.,]{{0,7}}[ ]?(?i:{alternation(WORD_COUNT_WORDS)})")


def _run_on_link(text: str) -> bool:
    """A heading over a link run into the link's title (:data:`RUN_ON_HEADINGS`), a capital or
    figure after it."""
    folded = text.casefold()
    if not folded.startswith(_run_on_headings()):
        return False  # (most lines: one test in C)
    for heading in _run_on_headings():
        if folded.startswith(heading) and text[len(heading) : len(heading) + 1] in _RUN_ON_SEPARATORS:
            # (a blank may stand before the colon: "อ่านข่าว : ...")
            after = text[len(heading) + 1 :].lstrip(" :：﹕")[:1]
            # (a script without case opens the title with any letter; a list's mark may come first)
            uncased = after.isalpha() and after.lower() == after.upper()
            return after.isupper() or after.isdigit() or uncased or after in _LINK_MARKS
    return False


#: What parts a run-on heading from its link's title: a blank or a colon.
_RUN_ON_SEPARATORS = frozenset(" :：﹕\u3000")
#: Marks that open a linked title's item in a list run into its heading (``関連ニュース ・...``),
#: or a section's name in quotes (``Все новости раздела «Общество»``).
_LINK_MARKS = frozenset('・．·•▶►-–—«“„"')


@cache
def _run_on_headings() -> tuple[str, ...]:
    return tuple(sorted(RUN_ON_HEADINGS, key=len, reverse=True))


#: A run-on link's line is at most this long; a jump line this long; an export's source line this.
_RUN_ON_MAX = 120
#: A heading run into the titles of its links (two or three of them) is at most this long.
_RUN_ON_LINK_MAX = 240
_JUMP_MAX = 60


@cache
def _bracketed_fields() -> re.Pattern[str]:
    return re.compile(r"(?:【[^】\n]{1,30}】[ \u3000]*)+")


@cache
def _jump_line() -> regex.Pattern[str]:
    """A newspaper's jump line: where the story goes on or came from (``See STORM, Page 6A``)."""
    # (its column after the page: "Continued on Page 6, Column 3", "Turn to Page 8, Col. 5")
    page = r"(?i:page|p\.)[ ]?[A-Z]?\d{1,3}[A-Z]?(?:,?[ ](?i:column|col\.)[ ]?\d{1,2})?"
    return compiled(
        rf"(?i:see|continued[ ]on|turn[ ]to)[ ][^\n]{{0,30}}?,?[ ]?{page}|[^\n]{{0,30}}?(?i:continued[ ]from)[ ]{page}"
    )


def _export_source(text: str) -> bool:
    """A database export's language (``English``), alone or after the source's name and its code
    in capitals (``Acme Newswires ACMN English``)."""
    if not text[-_LANGUAGE_NAME_MAX:].casefold().endswith(EXPORT_LANGUAGES):
        return False  # (most lines: one test in C)
    words = text.split()
    if words[-1].casefold() not in EXPORT_LANGUAGES or len(words) > _SOURCE_WORDS:
        return False
    if len(words) == 1:
        return True
    code = any(w.isalpha() and w.isupper() and 3 <= len(w) <= _SOURCE_CODE_MAX for w in words[:-1])
    return code and all(w[:1].isupper() for w in words)  # (a sentence holds words in lower case)


_SOURCE_CODE_MAX = 8
_LANGUAGE_NAME_MAX = max(map(len, EXPORT_LANGUAGES))
_SOURCE_WORDS = 7


def is_stamp_line(text: str) -> bool:
    """A time stamp, or a page's row of parts between bars with one (``World | acme.com |
    14.11.2023 | 16:22``, ``ט' בכסלו התשפ"ה | 10.12.2024 | 11:35``)."""
    return is_timestamp(text) or ("|" in text and is_stamp_row(text)) or _stamps_in_a_row(text)


def _stamps_in_a_row(text: str) -> bool:
    """Two stamps parted by a stop, the second its update's (``Wednesday, August 13, 2025 - 11:05.
    Updated on Wednesday, August 13, 2025 - 14:27``)."""
    first, stop, second = text.partition(". ")
    return bool(stop) and _DIGIT.search(first) is not None and is_timestamp(first) and is_timestamp(second)


def is_stamp_row(text: str) -> bool:
    """A page's row of short parts between bars, a date or time among them and no person's name
    (``World | acme.com | 14.11.2023 | 16:22``, ``Acme | 19 July 2023``): its section, site and
    stamp. (A name or an agency's acronym before a stamp is a byline: ``TNN | Mar 3, 2025``.)"""
    parts = [part.strip() for part in text.split("|")]
    if len(parts) < 2 or len(text) > _ROW_MAX or not all(parts):
        return False
    if any(len(part.split()) > _ROW_PART_WORDS for part in parts):
        return False
    # (in a row of three parts or more, a paper's or section's name in a script without case reads
    # like a person's two to four characters: "南洋商报 | 2024年3月5日 | 全国 A4")
    people = [part for part in parts if are_people(part)]
    if people and (len(parts) < _ROW_PARTS or not all(printed_without_case(part[:1]) for part in people)):
        return False
    stamps = sum(map(is_timestamp, parts))
    # (two stamps alone: "Posted: 21.03.2024 - 14:12 | Updated: 21.03.2024 - 14:40")
    if stamps == len(parts) or (stamps > 0 and len(parts) >= _ROW_PARTS):
        return True
    # (a page's name and its stamp: "Acme | Wednesday, 19 July 2023"; an agency's is its byline)
    return stamps == 1 and len(parts) == 2 and not any(_acronym_or_agency(part) for part in parts)


def _acronym_or_agency(part: str) -> bool:
    return known_agency(part) is not None or (part.isupper() and " " not in part)


_ROW_PARTS = 3
_ROW_MAX = 100
_ROW_PART_WORDS = 5


def running_head_label(text: str) -> str | None:
    """The label of a page's running head or a digest's masthead: a few capitalised words with
    the issue's date or a page's number (``DAILY ENERGY DIGEST 5 March 2024``, ``Pressespiegel
    Dienstag, 5. März 2024 Seite 2 von 14``, ``ОБЗОР СМИ | 05.03.2024``, ``LATIN AMERICA BRIEFS
    p. 2``), no sentence ("" when it holds no label, only a date and a page's number); or None."""
    if len(text) > _RUNNING_HEAD_MAX or text[-1:] in "!?" or not _DIGIT.search(text):
        return None
    months = month_lookup()
    paged = _PAGE_MARK.search(text) is not None
    dated = FIGURES_DATE.search(text) is not None or _CJK_FULL_DATE.search(text) is not None
    # (a bulletin's label in sentence case before its date in words and page: "Boletín diario –
    # jueves 3 de octubre de 2024 Pág. 7"; no headline closes on a page's number)
    sentence_case = not (ends_with_page_mark(text) and YEAR.search(text) is not None)
    for word in text.split():
        if (
            sentence_case
            and word[:1].islower()
            and not _date_or_page_word(word.casefold().strip(".,"), months)
        ):
            if word not in function_words():
                return None  # (a headline in sentence case: found without a pattern)
    if not (paged or dated):
        # (a date in words needs a year: most headlines with a figure have none)
        if YEAR.search(text) is None or not any(
            w.strip(".") in months for w in _LETTERS.findall(text.casefold())
        ):
            return None
    label = [w for w in _LABEL_WORD.findall(text) if not _date_or_page_word(w.casefold(), months)]
    if not label and paged:
        return ""  # "Martes, 12 de marzo de 2024   Página 5 de 22": a page's date and number alone
    if not 0 < len(label) <= _RUNNING_HEAD_WORDS:
        return None
    if sentence_case and not all(
        w[:1].isupper() or w[:1].lower() == w[:1].upper() or w in function_words() for w in label
    ):
        return None
    # (a headline in title case may name a date: the label is in capitals, set apart or short)
    named = " ".join(label)
    if not (paged or named.upper() == named or _SET_APART.search(text) or len(label) <= _SHORT_LABEL):
        return None
    return named


def is_page_head(block: Sequence[Line]) -> bool:
    """A block that is a page's running head as a PDF's text prints it: a few lines, one of them a
    date or label with the page's number at its end (``Martes, 12 de marzo de 2024      Página 5
    de 22``), the others set out in columns (``DOSSIER DE PRENSA      Consejería de Fomento``) or
    rules of signs."""
    if len(block) > _PAGE_HEAD_LINES * 2 or not any(_may_be_paged(line.text) for line in block):
        return False  # (a page's number closes or opens one of its lines)
    rows = [line for line in block if any(char.isalnum() for char in line.text)]
    if not rows or len(rows) > _PAGE_HEAD_LINES:
        return False
    paged = [line.number for line in rows if _paged_row(line)]
    # (a row in capitals names the bulletin over its paged row: "AGENCIA ACME · SERVICIO REGIONAL")
    return bool(paged) and all(
        line.number in paged or _in_columns(line) or _row_in_capitals(line) for line in rows
    )


def _row_in_capitals(line: Line) -> bool:
    return line.text.upper() == line.text and line.text[-1:] not in SENTENCE_END


def _paged_row(line: Line) -> bool:
    """A running head's row with the page's number at its end, after its word (``Página 5 de
    22``) or alone after a wide blank (``Mercredi 20 mars 2024        11``), or a printed page's
    folio: its number at either end and a dated cell (:func:`_dated_cell`)."""
    text = line.text
    if ends_with_page_mark(text):
        return running_head_label(text) is not None
    if not (line.gaps or "\t" in line.raw) or not _may_be_paged(text):
        return False
    if text[-1:].isdigit() and line.gaps:
        head, number = text[: line.gaps[-1]].strip(), text[line.gaps[-1] :].strip()
        # (the rest a date, or a label and a date: a table's row ends with a figure too)
        if (
            number.isdigit()
            and len(number) <= FOLIO_DIGITS
            and (is_timestamp(head) or running_head_label(head) is not None)
        ):
            return True
    return _folio_at_an_end(text) and _dated_cell(line)


def _may_be_paged(text: str) -> bool:
    """A figure closes the line (``p. 2/7``), or a page's number opens or closes it."""
    return text[-1:].isdigit() or _folio_at_an_end(text)


def _folio_at_an_end(text: str) -> bool:
    """The line's first or last word is a page's number: figures (``23``, ``７``), a section's
    letter before them (``A18``), or in brackets (``（７）``)."""
    words = text.split()
    return bool(words) and (_FOLIO.fullmatch(words[-1]) is not None or _FOLIO.fullmatch(words[0]) is not None)


def _dated_cell(line: Line) -> bool:
    """A cell of the row between its wide blanks, its page's number cut from either end, is a
    date with its year, or such a date and a section's name of a word or two (``2026년 1월 8일 목요일     문 화  23``,
    ``A18 sexta-feira, 21 de março de 2025     mercado``): a printed page's folio, its paper's
    name and section in the other cells."""
    text = line.text
    bounds = (0, *line.gaps, len(text))
    # (cells parted by tabs, which the line's gaps do not count)
    cells = line.raw.split("\t") if "\t" in line.raw else [text[a:b] for a, b in zip(bounds, bounds[1:])]
    for cell in cells:
        words = cell.split()
        if words and _FOLIO.fullmatch(words[0]):
            words = words[1:]
        if words and _FOLIO.fullmatch(words[-1]):
            words = words[:-1]
        # (a section's name of a word or two may follow the date in its cell: "... （木曜日） 国際")
        if _FOUR_FIGURES.search(" ".join(words)) and any(
            is_timestamp(" ".join(words[:n]))
            for n in range(len(words), len(words) - _SHORT_LABEL - 1, -1)
            if n > 0
        ):
            return True
    return False


#: A page's number alone has at most this many figures.
FOLIO_DIGITS = 4
#: A page's number as a folio prints it: figures, a section's capital before them, or brackets.
#: (three figures at most: a year's four in the same place are a date's)
_FOLIO = re.compile(r"[A-Z]?[0-9０-９]{1,3}|[(（][0-9０-９]{1,3}[)）]")
#: A folio's date names its year.
_FOUR_FIGURES = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _in_columns(line: Line) -> bool:
    """The line is set out in columns: a wider blank between its parts than between its words,
    or blanks of three and more between all of them (``NTX     12/03/2024     ECO-PEMEX``)."""
    return bool(line.gaps) or "   " in line.raw.strip()


#: A page's running head is at most this many lines.
_PAGE_HEAD_LINES = 3


def ends_with_page_mark(text: str) -> bool:
    """The line ends with a page's number after its word, as a page's running head prints it at
    its right (``Página 5 de 22``, ``p. 3/11``, ``Seite 4``; a word of one letter needs its dot,
    and no word runs into it: ``U.S. 1987`` names no page)."""
    return _page_mark_at_end().search(text) is not None


@cache
def _page_mark_at_end() -> re.Pattern[str]:
    return re.compile(
        rf"""(?i:(?<!\S)(?:(?:{alternation(w for w in PAGE_WORDS if len(w) > 1)})\.?|[ps]\.)[ ]?\d{{1,4}}
             (?:[ ]?(?:/|of|de|von|di|sur|из)[ ]?\d{{1,4}})?)$""",
        re.X,
    )


def _date_or_page_word(word: str, months: dict[str, int]) -> bool:
    bare = word.strip(".")
    return bare in months or bare in WEEKDAY_NAMES or bare in _PAGE_WORDS or bare in _DATE_JOINERS


#: A running head is at most this long, its label at most this many words.
_RUNNING_HEAD_MAX = 100
_RUNNING_HEAD_WORDS = 8
_SHORT_LABEL = 2
_SET_APART = re.compile(r" [|—–] | - ")
#: A year of the last two centuries in figures.
YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_CJK_FULL_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
#: A date in figures (a time of day alone dates no issue).
FIGURES_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_PAGE_WORDS = frozenset(PAGE_WORDS)
_DATE_JOINERS = frozenset({"de", "del", "du", "von", "of", "г", "the"})
_PAGE_MARK = re.compile(rf"(?i:(?<![^\W\d_])(?:{alternation(PAGE_WORDS)})\.?[ ]?\d{{1,4}}(?!\d))")
#: A word of a label: letters, or figures and signs joined to them (``ASIA-PACIFIC``).
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _stamp_source(word: str) -> bool:
    """The source a stamp names at its start or end: an agency, a site's address, or a Chinese
    site's name (``Kompas.com - 05/03/2025``, ``2025年03月05日 14:32 新华网``)."""
    return known_agency(word) is not None or _SITE_NAME.fullmatch(word) is not None


# (the standard library's engine, compiled at no cost worth the name: [^\W\d_] is a letter)
_SITE_NAME = re.compile(r"[\w\-]+\.(?:com|net|org|info|[a-z]{2})|[\u3400-\u9fff]{1,6}[网網]")
_LETTER = re.compile(r"[^\W\d_]")


def is_clock_time(text: str) -> bool:
    """A time of day alone (``10 p.m.``, ``4:14 PM EDT``, ``14.30 Uhr``): in a story's body, the
    header of a live report's next entry, not a transmission stamp (which carries a date)."""
    return len(text) <= _CLOCK_MAX and _clock_time().fullmatch(text) is not None


_CLOCK_MAX = 24


@cache
def _clock_time() -> regex.Pattern[str]:
    # figures with minutes, or with a word that makes them a time (``10`` alone is a number); the
    # French hour's "h" between them (``22h47``, ``9 h 15``)
    zone = rf"(?:[ ]?(?i:{alternation(TIME_ZONES)}))?"
    return compiled(
        rf"\d{{1,2}}(?:(?:[:.]\d{{2}}|[ ]?h[ ]?\d{{2}})(?:[ ]?(?i:{alternation(CLOCK_WORDS)}))?|[ ]?(?i:{alternation(CLOCK_WORDS)})){zone}"
    )


@cache
def _related_headings() -> frozenset[str]:
    """A heading over related stories, or a label that points to them alone on its line, or a
    heading printed run into its first link's title elsewhere (``Read Next``) alone on its line."""
    return frozenset(RELATED_HEADINGS) | frozenset(NAVIGATION_LABELS) | frozenset(RUN_ON_HEADINGS)


def is_related_heading(text: str) -> bool:
    """A heading over a page's list of related stories (``Related stories``, ``Leggi anche...``,
    ``相关新闻``): the short list under it is navigation too."""
    return len(text) <= _RELATED_HEADING_MAX and text.casefold().rstrip(".:：… ") in _related_headings()


_RELATED_HEADING_MAX = 40


@cache
def _whole_line_words() -> dict[str, LineKind]:
    """Lines that are one known word or phrase: navigation labels, sign-offs, and the headings of
    a page's closing sections, which close the story like a rule (``Sources``)."""
    table: dict[str, LineKind] = {word: "signoff" for word in SIGNOFFS}
    table.update({word: "navigation" for word in _NAVIGATION_LINES})
    table.update({form: "navigation" for word in PLATFORM_WIDGET_LINES for form in _heading_forms(word)})
    # (a heading closes with its colon, or with a blank and its colon as French prints it)
    table.update({form: "navigation" for word in _related_headings() for form in _heading_forms(word)})
    # (a heading run into its link's title, alone on its line, heads the links under it)
    table.update({form: "navigation" for word in RUN_ON_HEADINGS for form in _heading_forms(word)})
    table.update({form: "rule" for word in CLOSING_SECTION_HEADINGS for form in _heading_forms(word)})
    # a stamp's label alone on its line, its time on the next: "Published" over "9 April 2024"
    table.update({form: "furniture" for label in STAMP_OPENERS for form in (label, f"{label}:")})
    # a headline's flag alone on its line: "(FOTOĞRAFLI)", "GRAFIK"
    flags = {flag.casefold() for flag in HEADLINE_FLAGS}
    for form in (form for flag in flags for form in (flag, f"({flag})", f"[{flag}]", f"【{flag}】")):
        table.setdefault(form, "furniture")
    return table


#: A line without a letter or figure is furniture up to this long (a longer one is a rule or art).
_SIGNS_ONLY_MAX = 20
#: A line longer than this is a sign-off only if it holds one of the signs below: whole-line
#: words and AP codes are shorter.
_SHORT_SIGNOFF = 40
#: What a longer line needs to be a sign-off by the "signoff" rule above (``dpa ...``, ``... by
#: ...`` credits, an e-mail address). Kept in step with that rule by a test.
_SIGNOFF_SIGNS = ("dpa", "ing by", "ed by", "@", "SOURCE ", *SIGNOFF_CREDIT_PHRASES)


def is_signoff(text: str) -> bool:
    """A sign-off that can end a story in a stream: ``line_kind(text) == "signoff"`` but for a line
    of desk codes alone (``(bl)``), which may stand in a story's head. The line patterns are not
    run on lines that cannot be one (splitting a stream asks this of every line)."""
    return (
        (len(text) <= _SHORT_SIGNOFF or any(sign in text for sign in _SIGNOFF_SIGNS))
        and line_kind(text) == "signoff"
        and not is_code_line(text)
    )


def is_tagline(text: str) -> bool:
    """A paragraph that speaks of the story's writer or where to read more: one of the tagline
    phrases, or an opening of :data:`TAGLINE_OPENERS` (``Published in The Herald, March 6``), an
    agency's name alone, a footnote (:data:`_FOOTNOTE`), or a web or mail address among at most
    a dozen words."""
    folded = text.casefold()
    if folded.startswith(TAGLINE_OPENERS) or _FOOTNOTE.match(text) or _FILED_FROM.fullmatch(text):
        return True
    # (one search finds both kinds of phrase: a contact phrase counts only beside an address)
    for m in _closing_phrase().finditer(folded):
        if m.group() not in _CONTACT_PHRASES or _has_address(text, folded) or _HANDLE.search(text):
            return True  # "Jane Roe can be reached at jroe@example.com", "Follow us on X @acme"
    named = text.strip(".").lstrip("-–— ")
    named = named[4:] if named[:4].casefold() == "the " else named
    # (the agency a page's story drew on, after the word for "with": "Avec La Presse Canadienne")
    opener = named.split(" ", 1)[0].casefold()
    named = named[len(opener) + 1 :] if opener in AGENCY_WITH_WORDS and " " in named else named
    if len(folded) <= _AGENCY_NAME_MAX and names_an_agency(named):
        return True  # "The Canadian Press" alone under the story, "— The Canadian Press", "Agencia Atlas"
    return len(text.split()) <= _ADDRESS_WORDS and _has_address(text, folded)


#: Where the writer filed from, alone under the story (``Jane Roe reported from Phoenix.``): a name,
#: the verb, a place of a few words.
_FILED_FROM = compiled(
    r"\p{Lu}[\p{L}'’\-]++(?:[ ]\p{Lu}[\p{L}'’\-]++){0,3}[ ]reported[ ]from[ ]\p{Lu}[\p{L}.'’\- ]{1,40}\."
)


#: A footnote's mark closed up to its words, which desks print under a story about its writer:
#: ``*Correspondent of Acme in Lima``, ``(*) Jane Roe teaches law`` (``* item`` is a list's).
_FOOTNOTE = compiled(r"(?:\*{1,3}+|\(\*\)[ ]?+)\p{L}")


def is_contact_line(text: str) -> bool:
    """A line of contacts: a telephone number after its label (``Telefon: +43 1 555 0100``), or a
    mail or web address among a few words (``E-Mail: press@acme.example``)."""
    if len(text) > _CONTACT_MAX or _CONTACT_SIGN.search(text) is None:
        return False
    if _phone_line().match(text):
        return True
    if not _has_address(text, text.casefold()):
        return False
    # (a mail address beside a telephone number: "Jane Roe, CEO, +46 8 555 012 40, jane@acme.example")
    return len(text.split()) <= _ADDRESS_WORDS or _PHONE_NUMBER.search(text) is not None


_CONTACT_MAX = 200
#: What every line of contacts holds: a figure, or an address's sign.
_CONTACT_SIGN = re.compile(r"[0-9@]|www\.")
#: A telephone number in international or bracketed form (``+46 8 555 012 40``, ``(416) 555-0187``).
_PHONE_NUMBER = re.compile(r"(?:\+\d{1,3}|\(\d{2,4}\))[ \-]?\d{1,4}(?:[ \-]\d{2,4}){2,4}")


@cache
def _phone_line() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternation(PHONE_LABELS)})[ ]?:?[ ]?[+(]?\d[\d ()/.\-]{{5,}}")


#: A handle on a network (``@acme``): an address only beside a phrase that offers contact.
_HANDLE = re.compile(r"(?<!\S)@\w\w")


def _has_address(text: str, folded: str) -> bool:
    return any(map(folded.__contains__, _ADDRESS_SIGNS)) and _address().search(text) is not None


#: The longest agency name a closing paragraph may be alone.
_AGENCY_NAME_MAX = 60


@cache
def _closing_phrase() -> re.Pattern[str]:
    return phrase_finder((*TAGLINE_PHRASES, *CONTACT_PHRASES))


_CONTACT_PHRASES = frozenset(CONTACT_PHRASES)


#: A notice's label in brackets before it is at most this long.
_RIGHTS_LABEL_MAX = 12


def is_rights_notice(text: str) -> bool:
    """A paragraph that says the story's rights are reserved, in any of the languages of
    :data:`RIGHTS_PHRASES` (``<Copyright (c) Acme News, 무단 전재 금지>``): a short one, or one
    with a copyright sign (a sentence may speak of rights reserved)."""
    labelled = text[:1] == "【" and "】" in text[:_RIGHTS_LABEL_MAX]
    if labelled:
        # "【著作権】Copyright (C) ... 【記事ID】...": the notice between its label and the next field
        text = text.split("】", 1)[1].split("【", 1)[0].strip()
    if len(text) > _RIGHTS_NOTICE_MAX and not any(map(text.__contains__, _COPYRIGHT_SIGNS_PRINTED)):
        return False
    if len(text) <= _COPYRIGHT_LINE_MAX and _copyright_line().match(text):
        return True  # "Copyright (c) 2024 Dow Jones & Company, Inc.": the holder and the year
    if labelled and line_kind(text) == "service":
        return True  # "【著作権】Copyright (C) Acme Shimbun": the notice under its label
    return _rights_phrase().search(text.casefold()) is not None


#: A line naming the copyright's year and holder is at most this long.
_COPYRIGHT_LINE_MAX = 120


@cache
def _copyright_line() -> re.Pattern[str]:
    # (the year first, or the holder first and the line closed by the date: "Copyright Acme News
    # International, Inc. Jun 21, 2022")
    return re.compile(
        r"(?i:copyright|©|\(c\))[ ]?(?:\(c\)|©)?[ ]?(?:(?:19|20)\d\d\b|[A-Z][^\n!?]{1,80}?(?<!\d)(?:19|20)\d\d$)"
    )


#: A notice without a copyright sign is at most this long.
_RIGHTS_NOTICE_MAX = 80
#: The copyright signs as desks print them, in any case (tested without folding the paragraph).
_COPYRIGHT_SIGNS_PRINTED = tuple(
    {form for sign in COPYRIGHT_SIGNS for form in (sign, sign.lower(), sign.upper(), sign.title())}
)


@cache
def _rights_phrase() -> re.Pattern[str]:
    return phrase_finder(RIGHTS_PHRASES)


#: A notice on the copy's use again is at most this long (the words its phrases open are rare in
#: a story's sentences, so a longer one than a rights notice is read).
_REUSE_NOTICE_MAX = 180


@cache
def _reuse_phrase() -> re.Pattern[str]:
    return phrase_finder(REUSE_PHRASES)


def is_reuse_notice(text: str) -> bool:
    """A paragraph on how the agency's copy may be used again (:data:`REUSE_PHRASES`: ``При
    перепечатке материалов ссылка на Acme обязательна``), asked of a story's closing paragraphs."""
    return len(text) <= _REUSE_NOTICE_MAX and _reuse_phrase().search(text.casefold()) is not None


#: A web or mail address, and how many words a paragraph that is one may hold besides.
@cache
def _address() -> regex.Pattern[str]:
    return compiled(r"(?:https?://|www\.)\S|(?<=[\p{L}\p{N}])\.(?:com|org|net|info)\b|\S@\S")


#: What any address holds, casefolded: a paragraph without one is never searched (the search
#: tries every position of it).
_ADDRESS_SIGNS = ("://", "www.", ".com", ".org", ".net", ".info", "@")


_ADDRESS_WORDS = 12


def field_label(text: str) -> tuple[str, str] | None:
    """What an export's labelled field holds and its value (``Title: Bridge opens`` gives
    ``("headline", "Bridge opens")``), or None for a line that is no such field."""
    reach = text[:_LABEL_REACH]
    # (the colons of other scripts are looked for only in a line outside ASCII)
    colon = ":" in reach or "：" in reach or (not reach.isascii() and _FIELD_COLON.search(reach) is not None)
    m = _field_label().match(text) if colon else None
    if not m:
        bare = BARE_FIELD_LABELS.get(text.casefold()) if len(text) <= _BARE_LABEL_MAX else None
        return (bare, "") if bare else None
    role = _field_roles().get(m["label"].casefold())
    return (role, _unquoted(text[m.end() :].strip())) if role else None


@cache
def _field_roles() -> dict[str, str]:
    """Each field label, casefolded, and its role (the pattern reads labels in any case: Greek's
    final sigma and German's sharp s fold apart from them)."""
    return {label.casefold(): role for role, labels in FIELD_LABELS.items() for label in labels}


def _unquoted(value: str) -> str:
    """A field's value without the quotes a front matter's YAML sets around it whole (``title:
    "Bridge opens"``); a quote inside keeps them (``"Yes," she said, "it opens"``)."""
    if len(value) > 2 and value[0] == value[-1] and value[0] in "\"'" and value[0] not in value[1:-1]:
        return value[1:-1].strip()
    return value


_BARE_LABEL_MAX = max(map(len, BARE_FIELD_LABELS))
#: The colons a field's label closes with, in every script.
_FIELD_COLON = re.compile(f"[:{_SCRIPT_COLONS}]")
#: A field's label closes with its colon this early in the line (``Language of publication:``).
_LABEL_REACH = 32


@cache
def _field_label() -> regex.Pattern[str]:
    labels = alternation(label for labels in FIELD_LABELS.values() for label in labels)
    # (another script's colon needs no blank after it: "標題：...", "ប្រភព៖")
    # (an abbreviated label keeps its dot: "Dokument-Nr.:")
    # (an old export closes the label up to its value: "Document Type:Daily Report")
    # (a plural's ending in brackets after the label: "Autor(es):", "Author(s):", "Autor(en):")
    plural = r"(?:\((?i:e?s|en|innen)\))?+"
    return compiled(
        rf"(?P<label>(?i:{labels})){plural}\.?(?:[ ]?:(?:[ ]|$|(?=\p{{Lu}}))|[ ]?[{_SCRIPT_COLONS}])"
    )


#: A block of an export's fields holds at least this many label-shaped lines ...
FIELD_RUN_MIN = 3
#: ... and is looked for this many lines each way from a line.
_FIELD_RUN_REACH = 8


def is_forward_marker(text: str) -> bool:
    """A mail client's line between a forwarder's note and the message forwarded: a phrase of
    :data:`FORWARD_MARKER_PHRASES` between dashes or before a colon, in any case."""
    if len(text) > _FORWARD_MARKER_MAX or not (text[:2] in FORWARD_MARKER_OPENINGS or text[-1:] in ":："):
        return False
    folded = text.strip(" -–—:：").casefold()
    if folded.startswith(FORWARD_MARKER_PHRASES):
        return True
    # (a reply's line over the message it quotes: "On 3 Mar 2024, Jane Roe <jr@acme.example> wrote:")
    words = f" {folded} "
    replied = any(f" {verb} " in words for verb in REPLY_VERBS)  # ("Am 4.3.2024 schrieb Jana Roe:")
    # (with the sender's address or the time it was sent: a sentence quoting a writer has neither)
    return replied and ("@" in text or _REPLY_TIME.search(text) is not None)


def is_handle(text: str) -> bool:
    """An account's handle alone on its line (``@acme_news``)."""
    return text[:1] == "@" and _HANDLE_ALONE.fullmatch(text) is not None


def is_post_stamp(text: str) -> bool:
    """A network's or aggregator's stamp under a poster's name: parts set apart by dots, one of
    them the post's age (``3h``, ``35 минут назад``, ``منذ ساعتين``), a date or time, or the sign
    of its audience (``3h · 🌎``, ``Historia de Acme • 2 h``, ``Acme · 35 минут назад``); or its
    age alone."""
    if len(text) > _POST_STAMP_MAX:
        return False
    parts = [part.strip() for part in _POST_STAMP_PARTS.split(text) if part.strip()]
    if len(parts) == 1:
        return _post_age(parts[0])
    stamps = [
        _post_age(part) or part.rstrip("\ufe0f") in AUDIENCE_SIGNS or is_timestamp(part) for part in parts
    ]
    if parts[-1].rstrip("\ufe0f") in AUDIENCE_SIGNS and any(char.isdigit() for char in text):
        return True  # (the audience's sign after the post's date in any script)
    # (beside the stamp, a source's name of a few words: "Historia de Acme • 2 h")
    return any(stamps) and all(
        stamp or len(part.split()) <= _POST_STAMP_PART_WORDS for part, stamp in zip(parts, stamps)
    )


def _post_age(text: str) -> bool:
    """How long ago a post was made: a figure and its unit (``3h``, ``2 год``), or a phrase with a
    word for "ago"."""
    folded = text.casefold()
    m = _AGE.fullmatch(folded)
    if m is not None and m["unit"] in POST_AGE_UNITS:
        return True
    words = folded.split()
    # (a word for "ago" and a figure or unit beside it: "The fa cup final" is no age)
    return (
        len(words) <= _POST_AGE_WORDS
        and any(word in POST_AGO_WORDS for word in (*words, *_two_words(folded)))
        and any(word[:1].isdigit() or word in POST_AGE_UNITS for word in words)
    )


def _two_words(text: str) -> list[str]:
    words = text.split()
    return [f"{a} {b}" for a, b in zip(words, words[1:])]


_POST_STAMP_MAX = 60
_POST_STAMP_PART_WORDS = 4
_POST_AGE_WORDS = 4
_POST_STAMP_PARTS = re.compile(r"[·•|]")
_AGE = re.compile(r"\d{1,3}[ ]?(?P<unit>\S{1,8})")


def is_repost_marker(text: str) -> bool:
    """A messenger's line over a post passed on from another channel, a phrase of
    :data:`REPOST_MARKER_PHRASES` before the channel's name or alone, closing no sentence."""
    if text[:1] not in REPOST_FIRST_LETTERS or len(text) > _REPOST_MARKER_MAX or text[-1:] in SENTENCE_END:
        return False  # (its first letter spares most lines the rest)
    return text.casefold().startswith(REPOST_MARKER_PHRASES)


#: A repost's marker is at most this long (the channel's name follows its phrase).
_REPOST_MARKER_MAX = 80
#: The letters a repost's marker may open with, in either case (a set test spares most lines).
REPOST_FIRST_LETTERS = frozenset(
    case(phrase[0]) for phrase in REPOST_MARKER_PHRASES for case in (str.lower, str.upper)
)


#: The time a reply's line gives for the message it quotes (``11:05``, ``9.12``).
_REPLY_TIME = re.compile(r"\d{1,2}[:.]\d\d(?!\d)")
#: A forward's marker is at most this long (the forwarder's name and address may follow its phrase).
_FORWARD_MARKER_MAX = 120
#: A marker between dashes opens with a run of them (a list's item opens with one and a blank).
FORWARD_MARKER_OPENINGS = frozenset({"--", "––", "——", "—-", "-–"})


def is_closing_field(text: str) -> bool:
    """A field of a page's or export's trailer, whatever its label's language: ``Label: value``
    with a short value that closes no sentence (``Regions: Europe, France``, ``Wörter: 218``,
    ``Numéro de document : news-0014``), or a label in capitals before its value (``SUBJECT OF
    RESEARCH Animals``, ``ARTICLE PUBLICATION DATE``)."""
    if text[-1:] in SENTENCE_END:
        return False
    if len(text) > _CLOSING_FIELD_MAX:
        # (a value of one word may be as long as it likes: "Document URL: https://...")
        return _label_shaped(text) and len(_FIELD_COLON.split(text, 1)[-1].split()) == 1
    if len(text) <= _BARE_LABEL_MAX and BARE_FIELD_LABELS.get(text.casefold()) == "furniture":
        return True  # a trailer's heading without a colon ("Classification")
    if _label_shaped(text):
        value = _FIELD_COLON.split(text, 1)[-1].strip()
        return 0 < len(value.split()) <= _CLOSING_FIELD_WORDS
    words = text.split()
    label = 0
    while label < len(words) and len(words[label]) > 1 and words[label].isupper() and words[label].isalpha():
        label += 1
    return label >= _CAPITALS_LABEL_WORDS and len(words) - label <= _CLOSING_FIELD_WORDS


#: A trailer's field is at most this long, its value at most this many words; a label in
#: capitals has at least this many words.
_CLOSING_FIELD_MAX = 90
_CLOSING_FIELD_WORDS = 8
_CAPITALS_LABEL_WORDS = 2


def in_field_run(lines: list[Line], i: int, known: int) -> bool:
    """Line ``i`` is label-shaped (``Label: value``) in a run of at least :data:`FIELD_RUN_MIN`
    such lines, of which at least ``known`` have a label the tables know: a block of an export's
    fields, though a label in it is in no table (``Рубрика: Регионы``, ``DOMAIN: example.org``)."""
    if not _label_shaped(lines[i].text):
        return False
    run = _label_run(lines, i)
    return len(run) >= FIELD_RUN_MIN and sum(field_label(text) is not None for text in run) >= known


def _label_run(lines: list[Line], i: int) -> list[str]:
    """The label-shaped lines next to each other around line ``i`` (one of them), as far as
    :data:`_FIELD_RUN_REACH` lines each way (a header's fields are few: each line is read once or a
    few times, however long the run)."""
    first = i
    while first > max(0, i - _FIELD_RUN_REACH) and _label_line(lines[first - 1]):
        first -= 1
    last = i
    while last + 1 < min(len(lines), i + _FIELD_RUN_REACH + 1) and _label_line(lines[last + 1]):
        last += 1
    return [line.text for line in lines[first : last + 1]]


def _label_line(line: Line) -> bool:
    return not line.blank and _label_shaped(line.text)


def _label_shaped(text: str) -> bool:
    """``Label: value``: one to three words and a colon early in the line."""
    if text.find(":", 0, _LABEL_SHAPE_REACH) < 0 and text.find("：", 0, _LABEL_SHAPE_REACH) < 0:
        return False
    return _field_shape().match(text) is not None


#: A label of one to three words closes with its colon this early in the line.
_LABEL_SHAPE_REACH = 48


@cache
def _field_shape() -> regex.Pattern[str]:
    """A field's label: one to three words of letters (any script, any case, joined by blanks,
    hyphens or underscores) closed by a colon, ASCII or full-width."""
    word = r"\p{L}[\p{L}\p{M}]*+\.?"  # (an abbreviation's dot: "Dokument-Nr.:", "Utl.:")
    return compiled(rf"[ ]*+{word}(?:[ _\-]{word}){{0,2}}+[ ]?(?::(?:[ ]|$)|：)")


def is_agency_signoff(text: str) -> bool:
    """A short line of an agency's name alone, between signs, or among desk codes: the initials
    of the desk, in one case each, a time, a correspondent's word (``-- XNA``, ``/XNA``, ``XNA AB
    CDE``, ``XNA ab/cd 1130``, ``（共同）``, ``ab/XNA``, ``XNA/correspondent/1130/ab``). The agency,
    of one to three words, must be one the table knows."""
    if len(text) > _SHORT_SIGNOFF:
        return False
    first, blank, rest = text.partition(" ")
    agency, hyphen, _ = first.partition("-")
    if hyphen and blank and agency and known_agency(agency) is not None:
        text = f"{agency} {rest}"  # an agency's service joined to it, codes after: "dpa-infocom ts yyzz"
    words = _SIGN_RUN.sub(" ", text).split()
    glued = _AGENCY_AND_FIGURES.fullmatch(words[0]) if words else None
    if glued and known_agency(glued["agency"]) is not None:
        # KUNA's "كونا051520 جمت أكت 24": the agency, the time
        words[:1] = glued.group("agency", "figures")
    if not _ENCLOSING_SIGNS.intersection(text):
        return bool(words) and _agency_and_codes(words)
    return _agency_among_codes(words)


#: An agency's name closed up to its figures (a time or a story's number).
_AGENCY_AND_FIGURES = re.compile(r"(?P<agency>\D{2,12}?)(?P<figures>\d{4,8})")

#: Brackets and slashes, which set a credit apart wherever it stands among codes.
_ENCLOSING_SIGNS = frozenset("()（）【】〔〕[]［］〈〉《》「」『』/／<>«»")


def _agency_and_codes(words: list[str]) -> bool:
    """Words without brackets or slashes: an agency's first word and desk codes after it (``--
    XNA``, ``XNA AB CDE``). An agency's name of several words stands under bylines, after a list
    dash or not (``-- The Canadian Press``)."""
    return known_agency(words[0]) is not None and all(map(_DESK_CODE.fullmatch, words[1:]))


def _agency_among_codes(words: list[str]) -> bool:
    """One run of one to three words is a known agency, and every word outside it a desk code."""
    codes = [bool(_DESK_CODE.fullmatch(word)) or word.casefold() in _desk_words() for word in words]
    others = [n for n, code in enumerate(codes) if not code]
    if others and others[-1] - others[0] >= _AGENCY_WORDS:
        return False  # (the words that are no codes must all be the agency's)
    first = others[0] if others else len(words) - 1
    last = others[-1] if others else 0
    for start in range(max(0, last - _AGENCY_WORDS + 1), first + 1):
        for stop in range(max(start + 1, last + 1), min(start + _AGENCY_WORDS, len(words)) + 1):
            if known_agency(" ".join(words[start:stop])) is not None:
                return True
    return False


#: The most words an agency's name in a sign-off runs to (``أ ش أ``).
_AGENCY_WORDS = 3


@cache
def _desk_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in DESK_WORDS)


#: What parts the words of a sign-off line (dashes, slashes, brackets of any script, stops, a
#: copyright sign).
_SIGN_RUN = compiled(r"[\s\-–—/()\[\].,:;|©…（）【】〔〕［］〈〉《》「」『』／：・<>«»]++")

#: Signs an end mark is set between (``-- ENDS --``, ``-30-``, ``==0==``).
_END_MARK_SIGNS = " -–—=*#_+~()（）[]/"


def _end_mark_and_initials(words: str) -> LineKind | None:
    """An end mark and the desk's initials or number after a slash (``Enditem/AW``, ``(END)/ab``)."""
    mark, slash, initials = words.partition("/")
    initials = initials.strip()
    if not slash or not initials.isalnum() or len(initials) > _SLASH_CODE_LEN:
        return None  # (initials or a number: "Enditem/AW", "انتهای پیام/ ۸۶")
    return "signoff" if _word_kind(mark) == "signoff" else None


def _flags_alone(words: str) -> LineKind | None:
    """Headlines' flags alone on a line, one said again and again (``kill - kill - kill``) or the
    media a story carries in brackets side by side (``(foto)(vídeo)``): furniture."""
    parts = {part for part in _FLAG_PARTS.split(words) if part}
    if not parts or any(_whole_line_words().get(part) != "furniture" for part in parts):
        return None
    # (one flag said again, or several in brackets side by side)
    return "furniture" if len(parts) == 1 or words[:1] == "(" else None


#: What parts a flag said again on its line, or flags in brackets side by side.
_FLAG_PARTS = re.compile(r"[ ]*[-–—/|][ ]*|[ ]{2,}|(?<=\))[ ]*(?=\()")


def _word_kind(words: str) -> LineKind | None:
    """The kind of a short line that is one known word or phrase, signs around it or not."""
    return _whole_line_words().get(words) or _end_mark(words)


def _end_mark(words: str) -> LineKind | None:
    """The kind of a short line read without the signs around it, when it has any: a sign-off
    word or an end mark's figure (a number alone is a number, ``-30-`` an end mark)."""
    inner = words.strip(_END_MARK_SIGNS)
    if inner == words:
        return None
    return "signoff" if inner in END_MARK_FIGURES else _whole_line_words().get(inner)


#: A bracketed end mark opening a line of desk initials: ``(end) ab/cd``.
@cache
def _end_mark_opening() -> regex.Pattern[str]:
    return compiled(r"\((?P<mark>[^()]{1,16}+)\)[ ]?")


def _end_mark_then_agency(text: str) -> bool:
    """A bracketed end mark, then the agency's name alone (``(END) Dow Jones Newswires``)."""
    rest = _after_end_mark(text)
    return len(rest) < len(text) and known_agency(rest.strip()) is not None


def _after_end_mark(text: str) -> str:
    m = _end_mark_opening().match(text)
    return text[m.end() :] if m and m["mark"].casefold() in SIGNOFFS else text


def _initials_after_end_mark(text: str) -> bool:
    """Desk initials, after a bracketed end mark or not; after one, initials in Latin capitals
    too (``(FIN) ABC/DEF``: alone, ``US/UK`` may be text)."""
    rest = _after_end_mark(text)
    if is_desk_initials(rest):
        return True
    if rest is not text and is_desk_initials(" ".join(rest.split()).replace(" / ", "/")):
        return True  # "(end)  ab / cd": blanks around the slash after an end mark
    # (an agency's name in brackets is no end mark before capitals: "(AP) NFL NBA")
    mark = text[1 : len(text) - len(rest)].strip(" )")
    return rest is not text and known_agency(mark) is None and _CAPITAL_INITIALS.fullmatch(rest) is not None


_CAPITAL_INITIALS = re.compile(r"[A-Z]{2,4}+(?:[ ]?[/ ][ ]?[A-Z]{2,4}+){0,3}+")


#: Desk initials: two or three runs of two to four lower-case letters (as printed), apart by a
#: blank, a slash or a dot (``jw mal``, ``ab/cd``, ``ab.gh``, ``abc/ def/``) ...
@cache
def _desk_initials() -> regex.Pattern[str]:
    return compiled(r"[a-z]{2,4}+(?:[ /.\-][ ]?[a-z]{2,4}+){1,4}+/?")


_VOWELS = frozenset("aeiouy")


#: ... or, in a script without case, runs of one to four letters with a slash among them
#: (``م ن/س ح``, ``एबीएम/एसकेपी``: a syllabic script spells initials with more letters).
@cache
def _uncased_initials() -> regex.Pattern[str]:
    run = r"\p{Lo}\p{M}*+(?:\p{Lo}\p{M}*+){0,3}+"
    return compiled(rf"{run}(?:(?:[ ]?/[ ]?|[ ]){run}){{1,5}}+")


#: ... or initials with dots between slashes (``/a.m/``), or in capitals of a script other than
#: Latin with a slash among them (``ΓΚ/ΣΤ``: a Latin ``EU/US`` may be words).
@cache
def _dotted_or_capital_initials() -> regex.Pattern[str]:
    return compiled(
        r"/\p{Ll}(?:\.\p{Ll}){1,3}+\.?/|(?:(?![A-Z])\p{Lu}){1,3}+(?:/(?:(?![A-Z])\p{Lu}){1,3}+){1,3}+"
    )


def is_desk_initials(text: str) -> bool:
    """... one of them without a vowel (words have one: ``facial hair`` is the end of a wrapped
    line) or set apart by slashes, and none a short word of a language."""
    if "/" in text and (_uncased_initials().fullmatch(text) or _dotted_or_capital_initials().fullmatch(text)):
        return True
    if not _desk_initials().fullmatch(text):
        return False
    runs = [run for run in regex.split(r"[ /.\-]+", text) if run]
    if "/" not in text and (all(_VOWELS.intersection(run) for run in runs) or max(map(len, runs)) > 3):
        return False  # (apart by blanks, dots or hyphens, initials are of two or three letters: "six mths")
    return not any(run in function_words() for run in runs)


#: A desk's initials (in one case), a time, or a letter or two and a figure (a priority: ``n1``).
_DESK_CODE = compiled(r"\p{Lu}{1,4}+|\p{Ll}{1,4}+|\d{2,6}+|[\p{Lo}][\p{Lo}\p{M}]{0,5}+|\p{L}{1,2}+\d")


def is_code_line(text: str) -> bool:
    """A line of desk codes alone: ``(ab/cde)``, ``XYZ-21:37-01-02-19``, ``==Kyodo``; at most three
    of its runs hold letters (``Publié le 07/03 à 14h35`` is words)."""
    return (
        _code_line().fullmatch(text) is not None
        and _code_sign().search(text) is not None
        and sum(not run.isdigit() for run in _run().findall(text)) <= _CODE_WORDS
    )


@cache
def _run() -> regex.Pattern[str]:
    return compiled(r"[\p{L}\p{N}]++")


_CODE_WORDS = 3


#: Lines longer than this are story text, whatever they hold.
MAX_KIND_LINE = 600


def line_kind(text: str) -> LineKind | None:
    """The kind of a whole line, or None for story text."""
    if len(text) > MAX_KIND_LINE:
        return None
    return _kind_of_short_line(text) if len(text) <= _RECURRING_LINE else _kind_of_line(text)


#: Wire furniture recurs from story to story (sign-offs, navigation, titles, bylines): lines up to
#: this long are remembered; longer ones are mostly story text, read once.
_RECURRING_LINE = 100


@cache
def _keyword_slug() -> regex.Pattern[str]:
    """An AFP-style slug: keywords joined by hyphens, then perhaps the product (``Kenya-politics-
    unrest,FOCUS``). A word alone on its line, so searched apart from the line kinds' pattern (its
    opening is any capitalised word's)."""
    # (HINA's opens with the country's code and may end with a place: "HRV-economy-ports-Rijeka")
    # (a place's or name's capital among the keywords, two of them at least in small letters, as a
    # town's name of particles has one: "France-budget-Parlement-impôts", not "Stratford-upon-Avon";
    # AP's slug in capitals, "AP-US-OBIT-ELLERY"; the product or take after a comma: ",FOCUS",
    # ", LEAD", ", 1st Ld-Writethru")
    word = r"-\p{L}[\p{L}\d]*+"
    small = r"-\p{Ll}[\p{L}\d]{2,}+"
    return compiled(
        rf"""(?:\p{{Lu}}\p{{Ll}}++(?:{word})*?{small}(?:{word})*?{small}(?:{word})*+
              | \p{{Lu}}{{2,3}}+(?:-\p{{L}}[\p{{Ll}}\d]*+){{2,}}+
              | AP-\p{{Lu}}{{2}}(?:-[\p{{Lu}}\d]++){{1,4}}+)
            (?:,[ ]?(?:\p{{Lu}}{{2,}}+|\d\p{{Ll}}{{2}}[ ]\p{{L}}[\p{{L}}\-]{{1,20}}+))?""",
        regex.VERBOSE,
    )


#: A line of a database's document number, labelled, is at most this long.
_ACCESSION_LINE_MAX = 60


@cache
def _accession_number() -> regex.Pattern[str]:
    """A news database's document number, alone or after its label in any language (``Documento
    EFESG00020240305ek35003lm``): the source's code, the date, a code in lower case. Searched
    apart from the line kinds' pattern, whose opening would let every word through."""
    return compiled(
        r"(?:\p{L}{3,12}+:?[ ]++)?\p{Lu}{2,8}+[\dA-Z]{0,6}?(?:19|20)\d{6}+\p{Ll}[\p{Ll}\d]{4,12}+"
    )


@cache
def _trailing_pictographs() -> re.Pattern[str]:
    """A line's trailing pictographs: signs (arrows too), joiners, variation selectors, blanks."""
    return re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2900-\u297f\u2b00-\u2bff\u200d\ufe0f ]+$")


#: Pictographs pointing down or on, closing a poster's line about the story under it.
_POINTERS = frozenset("👇⬇🔽⤵👉")


#: A heading over the outlet's other stories is at most this long.
_MORE_FROM_MAX = 50
#: A post's row of counts and buttons is at most this long.
_ENGAGEMENT_ROW_MAX = 80
#: What parts a post's counts and buttons (a dot in the middle, a bar, commas).
_ROW_SEPARATORS = "·•|,;/"
_ENGAGEMENT_PHRASES = tuple(word for word in ENGAGEMENT_WORDS if " " in word)
#: A count (``214``, ``48,2k``, ``1.2m``, ``٢٫٤``) or a time of day (``14:07``), casefolded.
_COUNT = re.compile(r"\d[\d.,٫:]*+(?P<multiplier>[kmкм]|тыс|тис)?\+?")


def names_the_app_stores(text: str) -> bool:
    """The line names both phones' systems or stores (``iOS`` and ``Android``, ``App Store`` and
    ``Google Play``) and asks the reader to fetch the app (:data:`APP_PLUG_VERBS`): under a
    story, a plug for the outlet's app."""
    if len(text) > _PLUG_MAX or ("ndroid" not in text and "Google Play" not in text):
        return False
    folded = text.casefold()
    return _APPLE_STORE.search(text) is not None and any(verb in folded for verb in APP_PLUG_VERBS)


_APPLE_STORE = re.compile(r"(?<![\w])iOS(?![\w])|App[ ]?Store|iPhone")


def is_page_notice(text: str) -> bool:
    """A page's notice to its readers under the story (:data:`PAGE_NOTICE_PHRASES`): the rules
    of its comments, or its prompt to report a slip by selecting it and pressing Ctrl+Enter."""
    if len(text) > _PAGE_NOTICE_MAX:
        return False
    folded = text.casefold()
    return any(phrase in folded for phrase in PAGE_NOTICE_PHRASES)


_PAGE_NOTICE_MAX = 300


def is_channel_plug(text: str) -> bool:
    """A plug for the outlet's channel or newsletter: a sentence that opens with a verb of
    :data:`CHANNEL_PLUG_VERBS` or :data:`NEWSLETTER_PLUG_OPENERS`, in a short paragraph naming a
    channel of :data:`CHANNEL_NAMES` or a newsletter of :data:`NEWSLETTER_WORDS`
    (``Subscribe to Acme on Google News``, ``Больше новостей — в нашем телеграм-канале.
    Подписывайтесь ...``, ``Don't miss a thing: Sign up for our newsletter``)."""
    if len(text) > _PLUG_MAX:
        return False
    folded = text.casefold()
    if _channel_plug_verb().search(folded) is None:
        return False
    return any(name in f"{folded} " for name in (*CHANNEL_NAMES, *NEWSLETTER_WORDS))


@cache
def _channel_plug_verb() -> re.Pattern[str]:
    # (a verb opening the paragraph, or a sentence or clause within it; or, in a language that
    # puts its verb last, closing the sentence)
    verbs = alternation(opener.strip() for opener in (*CHANNEL_PLUG_VERBS, *NEWSLETTER_PLUG_OPENERS))
    closing = alternation(CHANNEL_PLUG_CLOSING_VERBS)
    return re.compile(rf"(?:^|(?<=[.!?:—–][ ]))(?:{verbs})(?!\w)|(?<!\w)(?:{closing})(?=[.!?]|$)")


def _messenger_link(text: str) -> bool:
    """The line closes with the address of a messenger's channel or group
    (:data:`MESSENGER_LINKS`), a few words before it (a sentence may name one inside it)."""
    words = text.casefold().split()
    return len(words) <= _PLUG_WORDS and any(link in words[-1] for link in MESSENGER_LINKS)


#: A plug for a messenger's channel is at most this many words.
_PLUG_WORDS = 12


def _may_open_engagement_row(text: str) -> bool:
    """A figure or a word of :data:`ENGAGEMENT_WORDS` opens the line (a set test on its first
    letters spares most lines the reading)."""
    return text[:1].isdigit() or text[:_PLUG_PREFIX].casefold() in _ENGAGEMENT_OPENINGS


_ENGAGEMENT_OPENINGS = frozenset(word[:3] for word in ENGAGEMENT_WORDS)


def _engagement_row(text: str) -> bool:
    """A post's counts and buttons under it: every word a count, a time of day, a sign, or a word
    of :data:`ENGAGEMENT_WORDS` or :data:`COUNT_MULTIPLIERS`; and one such word, or a count with
    its multiplier, among them (``12 31`` alone is figures, not a post's row)."""
    folded = text.casefold()
    said = False
    for phrase in _ENGAGEMENT_PHRASES:
        if phrase in folded:
            folded, said = folded.replace(phrase, " "), True
    for token in folded.split():
        token = token.strip(_ROW_SEPARATORS)
        if token in ENGAGEMENT_WORDS or token in COUNT_MULTIPLIERS:
            said = True
        elif (count := _COUNT.fullmatch(token)) is not None:
            said = said or count["multiplier"] is not None
        elif any(char.isalnum() for char in token):
            return False
    return said


#: A page's share row or plug for its channels is at most this long.
_PLUG_MAX = 160


#: A transmission's header line is at most this long.
_HEADER_LINE_MAX = 90
_TRANSMISSION_HEADER = re.compile(
    r"(?P<agency>[A-Z]{2,8})(?:[ ][A-Z]{2,4})?(?:[ ]{1,3}(?:\d{4}|\d{1,2}[:.]\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)){2,3}(?:[ ]{1,3}\S.*)?"
)


#: What a take's header opens with: its number, or the word for an addition.
_TAKE_OPENINGS = frozenset("0123456789AI")


@cache
def _take_header() -> re.Pattern[str]:
    """A teletype's header of a story's next take, in capitals: ``ADD 1 STRIKE, DETROIT
    (UPI-42)``, ``1ST ADD STRIKE``, ``2ND LEAD TORNADO``, ``INSERT A``."""
    take = r"(?:ADD[ ]\d{1,2}|\d{1,2}(?:ST|ND|RD|TH)[ ](?:ADD|LEAD|WRITETHRU|INSERT)|INSERT(?:[ ][A-Z])?)"
    return re.compile(rf"{take}(?:[ ,][^a-z\n]{{0,80}})?")


@cache
def _numbered_links() -> re.Pattern[str]:
    """Links after their numbers, as a browser's dump lists them under its ``References``."""
    return re.compile(r"\d{1,4}\.[ ]+[a-z][a-z+.-]{1,9}://\S+(?:[ ]+\d{1,4}\.[ ]+[a-z][a-z+.-]{1,9}://\S+)*")


#: A slug's product or take after its comma holds at most this many blanks (``, 1st Ld-Writethru``).
_SLUG_BLANKS = 2


def _one_word_furniture(text: str) -> bool:
    """A line of one word that is furniture: a page's address (``http://news.example.com/a/1``,
    ``acme-news.example``), a slug of keywords (``Kenya-politics-unrest,FOCUS``), a teletype's
    slug in brackets or story number (``(SATELLITE)``, ``A112NX``)."""
    return (
        text.startswith(_ADDRESS_OPENERS)
        or _DOMAIN.fullmatch(text) is not None
        or _keyword_slug().fullmatch(text) is not None
        or (len(text) <= _WIRE_SLUG_MAX and _wire_slug(text))
    )


def _transmission_header(text: str) -> bool:
    """A wire's header line: a known agency in capitals, perhaps its desk, then two or three of a
    date and a time in figures, then the slug (``NZPA WGT 1433 03/06/04 Kiwifruit``)."""
    m = _TRANSMISSION_HEADER.fullmatch(text)
    return m is not None and known_agency(m["agency"]) is not None


#: A teletype's slug in brackets or story number alone is at most this long.
_WIRE_SLUG_MAX = 24
_WIRE_SLUG = re.compile(r"\([A-Z]{3,}\)|[A-Z]{1,2}\d{2,4}[A-Z]{0,3}")


def _wire_slug(text: str) -> bool:
    """One word in capitals in brackets that names no agency (``(SATELLITE)``), or a cycle's
    letter, a story's number and a desk's letters (``A112NX``, ``A47N``)."""
    return _WIRE_SLUG.fullmatch(text) is not None and known_agency(text.strip("()")) is None


#: A site's name as its address, in lower case, alone on a line (``swissinfo.ch``; ``ab.gh`` is
#: a desk's initials).
_DOMAIN = re.compile(r"(?:[a-z0-9][a-z0-9\-]*\.)*[a-z0-9][a-z0-9\-]{2,}\.[a-z]{2,12}")

#: A site's name and address on one line is at most this long.
_SITE_NAME_MAX = 40

#: A count of comments opens its line within this many characters, a button of at most this
#: many words after it.
_COMMENT_COUNT_REACH = 20
_COMMENT_COUNT_AFTER = 5


def is_site_address(text: str) -> bool:
    """A site's address alone, without its scheme (``independent.co.uk``, ``teletype.in/@jane``),
    or beside the page's stamp or reading time (``acme.com · 3 min read``): a saved page's source."""
    address = text.split(" ", 1)[0]
    if not _BARE_ADDRESS.fullmatch(address):
        return False  # (most lines with a stop open with a word: one test spares them the split)
    parts = _ADDRESS_PARTS.split(text)
    if parts[0] != address:
        return False
    # (a short name and a code of two letters is a desk's initials as often: "ab.gh")
    if "/" not in address and address.count(".") < 2 and len(address.split(".", 1)[0]) < _ADDRESS_NAME_MIN:
        return False
    return all(is_timestamp(part) for part in parts[1:])


#: A site's name before its one dot is at least this long, unless a path or another dot follows.
_ADDRESS_NAME_MIN = 3
#: A line of a site's address is at most this long; the address, and what parts it from a stamp.
_ADDRESS_LINE_MAX = 100
_BARE_ADDRESS = re.compile(r"(?:[A-Za-z0-9][A-Za-z0-9-]*+\.)++[a-z]{2,12}(?:/[^\s]*)?")
_ADDRESS_PARTS = re.compile(r"[ ][·•|][ ]")


def _print_margin(text: str) -> bool:
    """A line of a printed page's margin or its print view's buttons: a part of it names the
    print view (``Acme - Print Story``, ``Stampa | Chiudi``), it says where it was printed from, or
    it holds the page's title cut short before the site's name (``Port workers walk ... | Acme``)
    or its title and address (``Verkehr - ... - SZ.de https://...``)."""
    if text[-1:].isdigit() and _page_count_margin(text):
        return True
    if not any(sign in text for sign in _MARGIN_SIGNS):
        # (no bar, dash or cut: only "Printed from ..." may be a margin)
        return text[:1] in _PRINTED_FROM_FIRST and text.casefold().startswith(PRINTED_FROM_OPENERS)
    folded = text.casefold()
    if folded.startswith(PRINTED_FROM_OPENERS):
        return True
    parts = [part.strip() for part in _MARGIN_PARTS.split(folded)]
    if len(parts) > 1 and any(
        part in PRINT_VIEW_WORDS or part.startswith(_print_view_openers()) for part in parts
    ):
        return True  # (a long name of the view may open its part: "Print Story Page 1 of 2")
    if ("..." in text or "…" in text) and _CUT_TITLE_BEFORE_SITE.search(text):
        return True
    return " - " in text and _ADDRESS_CLOSING.search(text) is not None


def _page_count_margin(text: str) -> bool:
    """A printed page's count of its pages (``Seite 1 von 2``, ``Page 1 of 2``, ``1/2`` closing the
    line) beside what a browser prints with it: the date and time it was printed, the page's
    address, or the words that say when it was printed (``Imprimé le 05/03/2024 à 08:14 1/1``)."""
    count = _page_count().search(text)
    if count is None:
        return False
    rest = (text[: count.start()] + " " + text[count.end() :]).strip(" |-–—,")
    if not rest or is_timestamp(rest) or _ADDRESS_WORD.fullmatch(rest):
        return True
    folded = rest.casefold()
    opener = next((opener for opener in PRINTED_ON_OPENERS if folded.startswith(opener)), None)
    return opener is not None and is_timestamp(rest[len(opener) :].strip())


@cache
def _page_count() -> regex.Pattern[str]:
    """A page's number of the printed pages, with its word (``Page 1 of 2``, ``Seite 1 von 2``),
    or a number over the pages' closing the line (``1/1``)."""
    return compiled(
        rf"(?i:(?<!\w)(?:{alternation(PAGE_WORDS)})\.?[ ]?\d{{1,4}}[ ](?:{alternation(PAGE_COUNT_JOINERS)})[ ]\d{{1,4}}(?!\d))"
        r"|(?<![\d/.,:])\d{1,3}+/\d{1,3}+$"
    )


#: An address alone: a web address with its path.
_ADDRESS_WORD = re.compile(r"(?:https?://|www\.)\S+")


#: What every other margin holds: a bar, a dash between blanks, a title cut short, an address.
_MARGIN_SIGNS = ("|", " - ", " – ", " — ", "...", "…", "http")
_PRINTED_FROM_FIRST = frozenset(c for opener in PRINTED_FROM_OPENERS for c in (opener[0], opener[0].upper()))
#: A printed page's margin is at most this long; its parts are parted by bars or dashes.
_PRINT_MARGIN_MAX = 300
_MARGIN_PARTS = re.compile(r"[ ][|–—-][ ]|[ ]?\|[ ]?")
_CUT_TITLE_BEFORE_SITE = re.compile(r"(?<=\w)(?:\.\.\.|…)[ ]?(?:\|[ ]?|[–—-][ ])[^|?!]{1,60}$")


@cache
def _print_view_openers() -> tuple[str, ...]:
    """The print view's names long enough to open a part of the line (not ``print`` alone)."""
    return tuple(f"{word} " for word in PRINT_VIEW_WORDS if " " in word or len(word) >= _PRINT_WORD_MIN)


_PRINT_WORD_MIN = 10
_ADDRESS_CLOSING = re.compile(r"\S[ ]https?://\S+$")


#: The badges a network sets after an account's verified name, and how long such a line is at most.
_VERIFIED_BADGES = frozenset("✔✓☑")
_ACCOUNT_MAX = 40


def _comment_count_line(text: str) -> bool:
    """A short line of a comments' word and their count beside it or in brackets, no sentence
    (``Comments on 2 bills`` is a headline)."""
    words = text.split()
    if len(words) > _COMMENT_LINE_WORDS or text[-1:] in SENTENCE_END or not any(c.isdigit() for c in text):
        return False
    bare = [word.strip("()[]:|").casefold() for word in words]
    for k, word in enumerate(bare):
        if word in _COMMENT_WORDS:
            beside = bare[max(k - 1, 0) : k + 2]
            bracketed = any(w[:1] == "(" and w[1:2].isdigit() for w in words)
            return bracketed or any(w.replace(".", "").replace(",", "").isdigit() for w in beside)
    return False


_COMMENT_WORDS = frozenset(COMMENT_COUNT_WORDS)


#: A line of comments counted is at most this long, in characters and words.
_COMMENT_LINE_MAX = 40
_COMMENT_LINE_WORDS = 4


@cache
def _comment_count() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternation(COMMENT_COUNT_WORDS)})[ ]?\(\d{{1,6}}\)(?:[ ]|$)")


_HASH_SIGNS = "#＃"


@cache
def _hashtags() -> regex.Pattern[str]:
    """A line of hashtags alone, parted by blanks or commas."""
    tag = r"[#＃](?=[\p{N}_]*+\p{L})[\p{L}\p{M}\p{N}_]++"
    return compiled(rf"{tag}(?:[ ,\u3000]{{1,3}}+{tag})*+")


def _networks_after_label(text: str) -> bool:
    """A label of a few words in any language, then social networks alone (``Shiriki: Facebook |
    X | WhatsApp``, ``Sangiza: Facebook · X``; the table holds them casefolded): a share row,
    whatever its label says."""
    colon = _ANY_COLON.search(text, 0, _NETWORKS_LABEL_MAX + 1)
    if colon is None:
        return False
    label, rest = text[: colon.start()], text[colon.end() :]
    if len(label) > _NETWORKS_LABEL_MAX or len(label.split()) > _NETWORKS_LABEL_WORDS:
        return False
    items = [item.strip().casefold() for item in _NETWORK_ITEM_SEPARATORS.split(rest) if item.strip()]
    return len(items) >= _NETWORKS_MIN and all(item in SOCIAL_NETWORKS for item in items)


_NETWORKS_LABEL_MAX = 40
#: A colon of any script (Armenian ``Կիսվել՝``, the wide ``分享：``).
_ANY_COLON = re.compile(f"[:{_SCRIPT_COLONS}]")
_NETWORKS_LABEL_WORDS = 4
_NETWORKS_MIN = 2
# (items parted by bars, dots, slashes or spaced dashes; or by blanks alone, each network's name
# one word: "Ulusha: Facebook WhatsApp Line")
_NETWORK_ITEM_SEPARATORS = re.compile(r"\s*[|·•/]\s*|\s+-\s+|\s+")


def _feedback_prompt(text: str) -> bool:
    """A page's question to its reader about the story, opening as :data:`FEEDBACK_PROMPTS` do,
    with at most a few buttons after its question mark (``Was this article helpful? Yes No``,
    ``¿Te ha gustado este artículo?``)."""
    if len(text) > _FEEDBACK_MAX or ("?" not in text and "？" not in text and "؟" not in text):
        return False
    match = _QUESTION_MARK.search(text)
    if match is None or len(text[match.end() :].split()) > _FEEDBACK_BUTTONS:
        return False
    return text[: match.start()].casefold().lstrip("¿¡ ").startswith(FEEDBACK_PROMPTS)


_FEEDBACK_MAX = 120
_FEEDBACK_BUTTONS = 4
_QUESTION_MARK = re.compile(r"[?？؟]")


def _plug(text: str) -> bool:
    """A page's share row or plug for its channels (its first letters decide whether the rest is
    read: a set test each, where the phrases' pattern would try the line)."""
    if not _plug_opening(text):
        return False
    return _share_row(text) or _channel_plug(text)


def _plug_line(text: str) -> bool:
    """A share row, plug or section trail, which close no sentence (most lines of text are spared
    the searches); or a plug a stop or exclamation mark closes, of one clause or naming a network
    (``Download our app to receive alerts.``, ``Follow us on X!``, ``More news, read on our
    Telegram channel.``; ``Download the app, the minister urged.`` is text)."""
    if text[-1:] not in SENTENCE_END:
        return _plug(text) or _section_trail(text)
    return (
        text[-1:] in ".!"
        and _plug_opening(text)
        and ("," not in text or names_a_network(text))
        and _channel_plug(text[:-1])
    )


def names_a_network(text: str) -> bool:
    """A word of the line (or its part before a hyphen: ``Telegram-каналі``) is a network's name."""
    return any(
        word.strip(".,:;!").split("-")[0] in SOCIAL_NETWORKS
        for word in text.casefold().split()
        if len(word) > 2
    )


def _plug_opening(text: str) -> bool:
    """The line opens as a share row or plug may (a set test on its first letters)."""
    opening = text[:_PLUG_PREFIX].casefold()
    one, two, three = _plug_prefixes()
    return opening in three or opening[:2] in two or opening[:1] in one


#: How many letters of a line's opening tell whether it may open a share row or plug.
_PLUG_PREFIX = 3


@cache
def _plug_prefixes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The openings a share row or plug may have, of one, two and three letters: the first three
    letters of its words, or a shorter word whole (``x``, ``ok``)."""
    # (a joiner opens a row only as a word of three letters or more: "Auf Facebook teilen")
    joiners = (w for w in SHARE_JOINERS if len(w) >= _PLUG_PREFIX)
    plugs = (*FOLLOW_PHRASES, *(opener.strip() for opener in NEWSLETTER_PLUG_OPENERS))
    words = {w.casefold() for w in (*SHARE_VERBS, *SOCIAL_NETWORKS, *plugs, *joiners)}
    one, two = (frozenset(w for w in words if len(w) == n) for n in (1, 2))
    return one, two, frozenset(w[:_PLUG_PREFIX] for w in words if len(w) >= _PLUG_PREFIX)


def _share_row(text: str) -> bool:
    """A page's row of share buttons: words of :data:`SHARE_VERBS`, :data:`SOCIAL_NETWORKS` and
    :data:`SHARE_JOINERS` alone, a verb or two networks among them (``Share: Facebook | X``,
    ``Compartir en Facebook Compartir en X``); or three networks or more with a word or two the
    tables lack, twice as many networks as such words (``Partekatu Facebook X WhatsApp``,
    ``Facebook X WhatsApp E-bost``: a verb and a mail in a language the tables lack). The first
    word decides whether the rest is read (or the second, a network after an unknown verb)."""
    opening = text.split(None, 2)
    first = opening[0].casefold().strip(":：|·•")
    # ("Auf Facebook teilen Auf X teilen": a row may open with the small word before a network)
    if first not in SHARE_VERBS and first not in SOCIAL_NETWORKS and first not in SHARE_JOINERS:
        if len(opening) < 2 or opening[1].casefold().strip(":：|·•") not in SOCIAL_NETWORKS:
            return False
    words = _LETTERS.findall(text.casefold())
    networks = sum(w in SOCIAL_NETWORKS for w in words)
    if not all(_share_word(w) for w in words):
        unknown = sum(not all(map(_share_word, _LETTERS.findall(token))) for token in text.casefold().split())
        return (
            networks >= _NETWORKS_BESIDE_UNKNOWN
            and unknown <= _UNKNOWN_SHARE_WORDS
            and networks >= 2 * unknown
        )
    # (a network's name alone on its line: a row of buttons set one under another; "X" alone is
    # a letter as much as a network)
    alone = networks == len(words) == 1 and len(words[0]) > 1
    return any(w in SHARE_VERBS for w in words) or networks >= 2 or alone


def _share_word(word: str) -> bool:
    return word in SHARE_VERBS or word in SOCIAL_NETWORKS or word in SHARE_JOINERS


#: A share row with words the tables lack names at least this many networks, beside at most
#: this many such words.
_NETWORKS_BESIDE_UNKNOWN = 3
_UNKNOWN_SHARE_WORDS = 2


def _channel_plug(text: str) -> bool:
    """A page's plug for its channels, opening with a phrase of :data:`FOLLOW_PHRASES` (``Follow
    the author on X: @jroe``, ``Подписывайтесь на ... в Telegram``), or a writer's, naming them
    before the network (``Follow Jane Roe on X: @jroe``)."""
    folded = text.casefold()
    if folded.startswith(FOLLOW_PHRASES):
        return True
    # (a blank after the line's last word: "Get the Acme app" closes with its word)
    if folded.startswith(NEWSLETTER_PLUG_OPENERS) and any(word in f"{folded} " for word in NEWSLETTER_WORDS):
        return True  # "Subscribe to Acme's daily newsletter and never miss a story!"
    head, on, rest = folded.partition(" on ")
    named = head.split()
    return (
        bool(on and rest)
        and named[:1] == ["follow"]
        and len(named) <= _FOLLOW_NAME_WORDS
        and rest.split()[0].strip(":.,") in SOCIAL_NETWORKS
    )


#: "Follow" and a writer's name of up to three words.
_FOLLOW_NAME_WORDS = 4


def is_desk_codes(text: str) -> bool:
    """A desk's codes: capitals, figures and the initials of scripts without case, parted by signs
    that make them codes (a slash, an equals sign, a bracket, a figure, a dot between letters),
    agencies' names among them (``NTX/LGL/RGR/DENGUE19``, ``(FIN) JCR/MDV``, ``—MNA/KTZH``, ``ع.ع``,
    ``==R.H.``, ``0081``); or an agency's name before a slash and its desk's names (``WAM/Jane
    Roe/Tom Lee``)."""
    sent = _SENT_AT.search(text) if text[-1:].isdigit() else None
    if sent is not None and sent.start() > 0:
        return is_desk_codes(text[: sent.start()])  # "(T.AB12/B/C034) 05-09-2009 13:47:21": when sent
    if not _DESK_CODE_SIGN.search(text) or holds_table_figures(text):
        return False  # ("TOTAL 14.7 16.0", "JAPAN 67 91 213": a table's row, figures apart)
    agency, slash, _ = text.lstrip("—–-= ").partition("/")
    if slash and known_agency(agency) is not None:
        return True
    if "/" in text and _short_slash_codes(text.strip("()[] ")):
        return True  # "(Rem/Adnkronos)", "Mi1/Abc": a desk's short codes, an agency among them
    if len(text.split()) > _DESK_CODE_WORDS:
        return False  # ("ACME (NTB) ROSE 5 PCT": words of a line in capitals)
    tokens = [t for t in _DESK_CODE_PARTS.split(text) if t]
    return bool(tokens) and all(_is_desk_code(token) for token in tokens)


def _short_slash_codes(text: str) -> bool:
    """Parts between slashes, each a short code of any case (``Mi1/Abc``), short codes joined by
    a dot or hyphen (``T.KR-ISW``) or an agency's name (``Rem/Adnkronos``); after two codes, the
    last part may name the editor who passed the copy (``(T.KR-ISW/B/A. Hakim)``)."""
    parts = text.split("/")
    codes = [_slash_code(part) for part in parts]
    if len(parts) > 2 and all(codes[:-1]) and _editor_name().fullmatch(parts[-1].strip()):
        return True
    return len(parts) > 1 and all(codes)


def _slash_code(part: str) -> bool:
    pieces = _CODE_JOINERS.split(part)
    return all(len(piece) <= _SLASH_CODE_LEN and piece.isalnum() for piece in pieces) or (
        known_agency(part) is not None
    )


@cache
def _editor_name() -> regex.Pattern[str]:
    return compiled(PERSON_NAME)


#: What joins a desk's short codes inside one part between slashes.
_CODE_JOINERS = re.compile(r"[.\-]")


#: A code between slashes, in any case, is at most this long.
_SLASH_CODE_LEN = 4
#: What makes a run of capitals codes: a sign or figure among them, or a dot between letters.
_DESK_CODE_SIGN = re.compile(r"[/=()\[\]\d]|\w\.\w")
#: The date and time a desk sent the copy, after its codes.
_SENT_AT = re.compile(r"[ ]\d{1,4}[-./]\d{1,2}[-./]\d{2,4}(?:[ ]\d{1,2}:\d{2}(?::\d{2})?)?$")
_TABLE_FIGURE = re.compile(r"\d[ \t]+\(?\d|\d[.,]\d")


def holds_table_figures(text: str) -> bool:
    """Figures set apart by blanks or with decimals (``TOTAL 14.7 16.0``, ``NORWAY 67 91``): a
    table's row, no desk's codes."""
    return _TABLE_FIGURE.search(text) is not None


#: (IRNA parts its reporter's and editor's numbers by stars: "۳۲۷۵**۱۴۵۶", "**2050")
_DESK_CODE_PARTS = re.compile(r"[\s/\-–—=()\[\].,:_|*]+")


def _is_desk_code(token: str) -> bool:
    """Capitals and figures (``NTX``, ``DENGUE19``, ``0081``), a few letters of a script without
    case (``ع``), an agency's name, or an end mark (``FIN``)."""
    if token.isupper() and len(token) <= _DESK_CODE_LEN or token.isdigit():
        return True
    if len(token) <= _UNCASED_INITIALS and token.isalpha() and token.lower() == token.upper():
        return True
    if len(token) == _DIGRAPH and token.istitle():
        return True  # an initial written with two letters, as transliterated names print it ("R.Sh.")
    return known_agency(token) is not None or token.casefold() in SIGNOFFS


#: Desk codes are joined by signs: at most this many runs between blanks.
_DESK_CODE_WORDS = 3
#: A desk code is at most this long; initials of a script without case at most this.
_DESK_CODE_LEN = 10
_UNCASED_INITIALS = 3
_DIGRAPH = 2


def _editorial_field(text: str) -> bool:
    """A line of the editorial and publication details under a story, alone or in brackets
    (:data:`EDITORIAL_LABELS`). Furniture, not a sign-off: it may stand in a story's head, and a
    sign-off ends a story in a stream. (Its labels are searched apart from the line kinds' pattern,
    compiled at start-up; the caller asks only of a line with a colon early on.)"""
    return text[:1].casefold() in _editorial_first_letters() and _editorial_label().match(text) is not None


@cache
def _editorial_label() -> regex.Pattern[str]:
    labels = _in_order(EDITORIAL_LABELS)
    return compiled(rf"[(（【\[]?(?i:{labels})[ ]?[:{_SCRIPT_COLONS}][^\n]{{1,80}}+$", FLAGS)


#: The first letters of a release's notices on its release.
_RELEASE_FIRST_LETTERS = frozenset(opener[0] for opener in RELEASE_LINE_OPENERS)
#: A desk's note on an advance or its pictures is at most this long.
_DESK_NOTE_MAX = 60


#: A network handle alone on its line.
_HANDLE_ALONE = re.compile(r"@\w[\w.]{1,30}")
#: The letters a service's name ends with (most lines end with a stop: spared the test).
_SERVICE_NAME_LAST = frozenset(ending[-1] for ending in SERVICE_NAME_ENDINGS)
#: A service's name alone is at most this many words.
_SERVICE_NAME_WORDS = 6


def _service_name(text: str) -> bool:
    """A news service's or syndicate's name alone: a few capitalised words (``New America News
    Service``), no sentence."""
    words = text.split()
    return len(words) <= _SERVICE_NAME_WORDS and all(
        word[:1].isupper() or word in SERVICE_NAME_SMALL_WORDS for word in words
    )


#: The letters a desk's note opens with (most lines are spared the test).
_DESK_NOTE_FIRST = frozenset(
    letter for opener in (*DESK_NOTE_OPENERS, *ADVANCE_OPENERS) for letter in (opener[0], opener[0].upper())
)


def is_desk_note(text: str) -> bool:
    """A short line, closing no sentence, that is a desk's note on the pictures sent with the
    story (:data:`DESK_NOTE_OPENERS`) or on when an advance runs (:data:`ADVANCE_OPENERS`)."""
    if text[:1] not in _DESK_NOTE_FIRST or len(text) > _DESK_NOTE_MAX or text[-1:] in SENTENCE_END:
        return False
    folded = text.casefold()
    if folded.startswith(DESK_NOTE_OPENERS):
        return True
    opener = next((o for o in ADVANCE_OPENERS if folded.startswith(o + " ")), None)
    if opener is None:
        return False
    when = folded[len(opener) :].replace(",", " ").split()
    return bool(when) and when[0] in ADVANCE_WORDS or "release" in when[:2]


#: A picture's label and the comma after it.
_PICTURE_LABELS = tuple(f"{label}," for label in PICTURE_LABELS)
_PICTURE_LABEL_REACH = max(map(len, _PICTURE_LABELS))
#: A menu of sections parted by blanks is at most this long, of at least this many items.
_MENU_ROW_MAX = 120
_MENU_ROW_ITEMS = 4


def _section_menu(text: str) -> bool:
    """A page's menu of sections parted only by blanks (ideographic ones too): four items or
    more, one of the first three and most of the others sections' names (:data:`SECTION_NAMES`);
    a word of one or two letters joins an item's words (``В мире``, ``N. Korea``, ``&``) and
    is not counted. The site's name and a bar may stand before it (``다음뉴스 | 홈 사회 정치 ...``)."""
    return _menu_share(text) >= SECTION_MENU_SHARE


def is_menu_row(text: str) -> bool:
    """A row of a page's menu on one line: its sections between bars or signs (``Home | World |
    Sport``), or parted by blanks (:func:`_section_menu`, :func:`is_wide_menu_row`)."""
    if _section_trail(text):
        return True
    share = _menu_share(text)
    return share >= SECTION_MENU_SHARE or (share >= _WIDE_MENU_SHARE and _wide_row(text))


def is_wide_menu_row(text: str) -> bool:
    """A long row of a page's menu: six items or more, each printed capitalised or in a script
    without case, no figure, and half of them sections' names (``Pope Vatican Church World
    Podcast Video``). A headline in title case may name as many sections, so the head asks
    this only of a line with a title under it."""
    return _wide_row(text) and _menu_share(text) >= _WIDE_MENU_SHARE


def _wide_row(text: str) -> bool:
    """Six items or more, none printed in lower case, no figure, no sentence's stop."""
    if any(char.isdigit() for char in text) or text[-1:] in SENTENCE_END:
        return False
    printed = _printed_items(text)
    return len(printed) >= _WIDE_MENU_ITEMS and all(not item[:1].islower() for item in printed)


#: A wide menu row holds at least this many items, this share of them sections' names.
_WIDE_MENU_ITEMS = 6
_WIDE_MENU_SHARE = 0.5


def _menu_share(text: str) -> float:
    """The share of a row's items that name sections (places too, when every item is printed
    capitalised); 0 for a row that does not open with a section or holds fewer than four."""
    site, bar, menu = text.partition(" | ")
    if bar and len(site.split()) <= _LABEL_WORDS_BEFORE_MENU:
        text = menu
    # (Turkish and Azerbaijani capital İ casefolds to i and a dot above it)
    folded = text.casefold().replace("i\u0307", "i")
    # (a menu opens with a section: most lines are spared the rest; two words may name it)
    opening = folded.split(None, _MENU_OPENING_ITEMS + 1)[: _MENU_OPENING_ITEMS + 1]
    if SECTION_NAMES.isdisjoint(_section_words(" ".join(opening))[:_MENU_OPENING_ITEMS]):
        return 0.0
    words = _section_words(folded)
    items = [item for item in words if item in SECTION_NAMES or len(item) > _JOINING_WORD_MAX]
    if len(items) < _MENU_ROW_ITEMS:
        return 0.0
    named = sum(item in SECTION_NAMES for item in items)
    printed = _printed_items(text)
    if named < SECTION_MENU_SHARE * len(items) and all(
        item[:1].isupper() or item[:1].isdigit() for item in printed
    ):
        # (a menu is printed item by item capitalised, or a figure's: a headline's run of words is
        # not; "Forside  Esbjerg  Kolding  Sport  112  Debat")
        named += sum(item.casefold() not in SECTION_NAMES and _menu_place(item) for item in printed)
    return named / len(items)


def _section_words(folded: str) -> list[str]:
    """A row's words, two read as one where they name a section together (``thế giới``,
    ``middle east``)."""
    words = folded.split()
    joined: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if i + 1 < len(words) and pair in SECTION_NAMES:
            joined.append(pair)
            i += 2
        else:
            joined.append(words[i])
            i += 1
    return joined


def names_sections(text: str) -> bool:
    """A few words that name a page's sections, joined by short words (``Climate and Environment``,
    ``Asia & Pacific``)."""
    words = text.split()
    named = [word.casefold() for word in words if len(word) > _SECTION_JOINING_MAX]
    joining = [word for word in words if len(word) <= _SECTION_JOINING_MAX]
    return (
        len(words) <= _SECTION_NAME_WORDS
        and bool(named)
        and all(word in SECTION_NAMES for word in named)
        # ("UN News": a name, no section; "National / Society": a trail, read as one)
        and all(word == "&" or word.islower() for word in joining)
    )


#: A section's name is at most this many words, joined by words of at most this many letters.
_SECTION_NAME_WORDS = 4
_SECTION_JOINING_MAX = 3


def _printed_items(text: str) -> list[str]:
    return [item for item in text.split() if len(item) > _JOINING_WORD_MAX]


def _menu_place(item: str) -> bool:
    """A capitalised town the gazetteer knows well, or a country (a regional page's menu names its
    towns, a national one the countries it covers): asked only of a row that opens with a section
    and falls short of the sections' share."""
    from .dateline import known_country, known_town  # (the gazetteer is read only for such a row)

    return len(item) > _PLACE_ITEM_MIN and (known_town(item) or known_country(item))


#: A town in a menu is named by more letters than this (``Inc``, ``Co`` close a company's name).
_PLACE_ITEM_MIN = 3


#: A site's name before its menu and a bar is at most this many words.
_LABEL_WORDS_BEFORE_MENU = 3
#: A menu's first section is one of its first this many words (a place or a short word may open it).
_MENU_OPENING_ITEMS = 3
_JOINING_WORD_MAX = 2


#: A page's cookie notice is at most this long.
_COOKIE_NOTICE_MAX = 400


def _may_disclose(text: str) -> bool:
    """The line holds a stem every phrase of a shop's disclosure holds (most lines hold none: a
    few substring tests spare them the casefolded search)."""
    return any(stem in text for stem in _DISCLOSURE_STEMS)


#: Stems of :data:`~wireparse.words.AFFILIATE_PHRASES`, one in each phrase, as printed in any case.
_DISCLOSURE_STEMS = ("ommission", "ffili", "filia", "omisi", "über", "アフィ", "联盟", "제휴")


@cache
def _affiliate_phrases() -> re.Pattern[str]:
    return phrase_finder(AFFILIATE_PHRASES)


#: A page's disclosure of its shops' commissions is at most this long.
_DISCLOSURE_MAX = 400


def _cookie_notice(text: str) -> bool:
    """A page's notice of its cookies: a word for cookies and, after it, a whole word to consent;
    or a word for cookies after a phrase that opens such a notice (``Utilizamos cookies ...``)
    (both found in the folded line: a few tests in C spare most lines the search)."""
    # (a notice closes with its button's word, no full stop, or opens with its phrase: most lines
    # of text stop at the first letter)
    closed = text[-1:] in SENTENCE_END
    if closed and (
        text[:1].casefold() not in _COOKIE_USE_FIRST
        or not text[:_COOKIE_USE_REACH].casefold().startswith(COOKIE_USE_PHRASES)
    ):
        return False
    folded = text.casefold()
    found = [at for at in map(folded.find, COOKIE_WORDS) if at >= 0]
    if not found:
        return False
    if folded.startswith(COOKIE_USE_PHRASES) and min(found) <= _COOKIE_WORD_REACH:
        return True
    return not closed and _consent_word().search(folded, min(found)) is not None


#: A notice opened by "we use" names its cookies this early in the line; its phrase is at most
#: this long.
_COOKIE_WORD_REACH = 60
_COOKIE_USE_REACH = max(map(len, COOKIE_USE_PHRASES))
_COOKIE_USE_FIRST = frozenset(phrase[:1] for phrase in COOKIE_USE_PHRASES)


@cache
def _consent_word() -> regex.Pattern[str]:
    return compiled(f"(?<![\\p{{L}}])(?i:{alternation(CONSENT_WORDS)})(?![\\p{{L}}])")


def _dotted_row_of_page_lines(text: str) -> bool:
    """Parts parted by middle dots, each a line of the page's own alone (a handle, a count of
    subscribers, a stamp): a row of them."""
    parts = [part.strip() for part in text.split(" · ")]
    return all(parts) and all(line_kind(part) in _PAGE_LINE_KINDS for part in parts)


#: A row of the page's lines parted by middle dots is at most this long; its parts are of these kinds.
_DOTTED_ROW_MAX = 80
_PAGE_LINE_KINDS = frozenset({"navigation", "furniture"})


def _signoff_words(words: list[str]) -> bool:
    """Transmission codes set side by side (``MORE nn``, ``ENDS xxx``), a teletype's time code among
    them (``MORE 1142AED``: its hour, minutes and zone)."""
    return any(word in SIGNOFFS for word in words) and all(
        word in SIGNOFFS or _TELETYPE_TIME.fullmatch(word) for word in words
    )


#: A teletype's time code, casefolded: hour and minutes, the half of the day, the zone
#: (``1142aed``, ``0315pes``).
_TELETYPE_TIME = re.compile(r"\d{3,4}[ap]?[a-z]{2,3}")


@cache
def _broadcast_outro() -> regex.Pattern[str]:
    """A broadcast story's closing line, the reporter naming themself (``I'm Jane Roe.``, ``For
    Acme Learning English, I'm Jane Roe.``) or, in Korean, the broadcaster's news and the reporter
    (``KBS 뉴스 김민수입니다.``: a word of two to four syllables after an acronym alone may be any
    word, ``AI 시대입니다.``)."""
    return compiled(
        rf"(?:(?:For|from)[ ][^,\n]{{2,50}}+,[ ])?I(?:'|’)m[ ]{NAME_WORD}(?:[ ]{NAME_WORD}){{0,3}}+\.?"
        r"|(?:[A-Z]{2,5}+[ ]?|\p{Hangul}{1,6}?)뉴스[ ]?\p{Hangul}{2,4}?입니다\."
    )


def _may_be_outro(text: str) -> bool:
    """The line holds what every outro holds: "I'm" or Korean's word for news (most lines hold
    neither: a few substring tests spare them the pattern)."""
    return "'m " in text or "’m " in text or "뉴스" in text


#: A broadcast's closing line is at most this long (and closes with a stop).
_OUTRO_MAX = 80


@cache
def _level_or_player() -> regex.Pattern[str]:
    """A learner's page's level (``Niveau B1``, ``Level 2``; a word or two after a colon: ``Taso:
    helppo``) or an audio player's line and its length, a few words between or not (``Listen to this story
    4:27``, ``Écouter l’article en français facile (03:10)``), casefolded."""
    levels = alternation(LEVEL_LABELS)
    player = alternation(AUDIO_PLAYER_LINES)
    return compiled(
        rf"(?:{levels})(?:[ ]?[:：][ ]?(?:[abc][12]|\d{{1,2}}|\p{{L}}++(?:[ ]\p{{L}}++)?+)|[ ](?:[abc][12]|\d{{1,2}}))"
        rf"|(?:{player})(?:[ ]\S++){{0,4}}?[ ]++\(?(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}\)?"
    )


def _level_or_player_line(text: str) -> bool:
    """:func:`_level_or_player`, tried on a line closing with a figure or bracket or opening with
    a level's label."""
    bare = text.rstrip(". …")
    if bare[-1:] not in _DIGIT_OR_BRACKET and text[:1].casefold() not in _LEVEL_FIRST_LETTERS:
        return False  # (most lines: two look-ups, no casefolding)
    return _level_or_player().fullmatch(bare.casefold()) is not None


_LEVEL_FIRST_LETTERS = frozenset(label[:1] for label in LEVEL_LABELS)
_DIGIT_OR_BRACKET = frozenset("0123456789)")
#: A level's or player's line is at most this long.
_LEVEL_LINE_MAX = 80


def _kind_of_line(text: str) -> LineKind | None:
    if text[-1:] >= PICTOGRAPH_FIRST:
        bare = _trailing_pictographs().sub("", text)
        if bare and not _POINTERS.isdisjoint(text[len(bare) :]):
            return "navigation"  # "Here's the latest from Acme 👇": a poster's pointer to the story
        if len(text) <= _ACCOUNT_MAX and not _VERIFIED_BADGES.isdisjoint(text[len(bare) :]):
            return "navigation"  # "AFP News Agency ✔": an account's name and the badge that verifies it
        text = bare or text  # "BREAKING NEWS 🚨": the flag without its sign
    if len(text) <= 40:
        words = text.casefold().rstrip(". …")
        kind = _word_kind(words) or _end_mark_and_initials(words) or _flags_alone(words)
        if kind:
            return kind  # "ENDS", "-- ENDS --", "-30-", "Enditem/AW", "KILL - KILL - KILL"
        if " " in words and _signoff_words(words.split()):
            return "signoff"  # transmission codes set side by side: "MORE nn", "ENDS xxx"
        if is_agency_signoff(text):
            return "signoff"  # "-- BERNAMA", "/XNA", "PTI AB CDE", "XNA ab/cd 1130"
    if (
        len(text) <= _OUTRO_MAX
        and text[-1:] == "."
        and _may_be_outro(text)
        and _broadcast_outro().fullmatch(text)
    ):
        return "signoff"  # "I'm Jane Roe.", "For Acme News, I'm Jane Roe.", "KBS 뉴스 김민수입니다."
    if len(text) <= _LEVEL_LINE_MAX and _level_or_player_line(text):
        return "navigation"  # "Niveau B1", "Taso: helppo", "Listen to this story 4:27"
    if text[:1] == "(" and len(text) <= _SHORT_SIGNOFF and _end_mark_then_agency(text):
        return "signoff"  # "(MORE TO FOLLOW) Dow Jones Newswires"
    # (labels close with a colon or an arrow early in the line: one search spares most lines both
    # tests)
    labelled = _label_end().search(text, 0, _NAVIGATION_LABEL_MAX) is not None
    if (labelled and _navigation_label(text)) or _related_before_dash(text):
        return "navigation"  # "Read more: ...", "Baca juga: ...", "ข่าวที่เกี่ยวข้อง - ..."
    if (
        text[-1:] in ":："
        and len(text) <= _MORE_FROM_MAX
        and "," not in text
        and text.casefold().startswith(MORE_FROM_OPENERS)
    ):
        return "navigation"  # "More from Acme News:", "Más en Andina:": a heading over its list
    if _feedback_prompt(text):
        return "navigation"  # "Was this article helpful? Yes No", "¿Te ha gustado este artículo?"
    if _korean_byline(text):
        return "byline"  # "김민수·이영희 기자"
    if len(text) <= _PLUG_MAX and (_plug_line(text) or _networks_after_label(text)):
        return "navigation"  # "Share: Facebook | X", "Follow us on X: @acme.", "Inicio > Sociedad"
    if len(text) <= _PLUG_MAX and "/" in text and _messenger_link(text):
        return "navigation"  # "Acme News in Telegram: t.me/acme": a plug for its channel
    if " · " in text and len(text) <= _DOTTED_ROW_MAX and _dotted_row_of_page_lines(text):
        return "navigation"  # "@acme · 1,2 млн подписчиков": an account's handle and its count
    if len(text) <= _ENGAGEMENT_ROW_MAX and _may_open_engagement_row(text) and _engagement_row(text):
        return "navigation"  # "👁 48,2K  14:07", "214   56 comments   18 shares", "Подобається"
    m = _rules().fullmatch(text) if may_be_kind(text) else None
    if m:
        return cast(LineKind, m.lastgroup)  # the group names are the kinds
    if len(text) <= _SIGNS_ONLY_MAX and not any(char.isalnum() for char in text):
        return "furniture"  # a line of signs alone ("_", "~", "…"): no words to read
    if _phone_number(text) or (_labelled_phone(text) and not is_contact_line(text)):
        # a telephone number alone or after its label, as contact blocks print them (a contact's
        # line the closing block of contacts reads, with the names and offices beside it)
        return "furniture"
    if _export_field(text):
        return "furniture"  # LOAD-DATE: March 8, 2024
    if labelled and _editorial_field(text):
        return "furniture"  # 【编辑:王丽】, Edição: Carlos Mendes
    if text[:1] in _TAKE_OPENINGS and _take_header().fullmatch(text):
        return "furniture"  # "ADD 1 STRIKE, DETROIT (UPI-42)": a teletype's next take, its slug
    if text[:1].isdigit() and "://" in text and _numbered_links().fullmatch(text):
        return "navigation"  # "1. https://acme.example/ 2. https://...": a dump's list of its links
    if (" " not in text or text.count(" ") <= _SLUG_BLANKS and ", " in text) and _one_word_furniture(text):
        return "furniture"  # a page's address, a slug, a teletype's story number
    if (
        len(text) <= _SITE_NAME_MAX
        and "." in text
        and text[:1].isupper()
        and _DOMAIN.fullmatch(text.rpartition(" ")[2])
    ):
        return "furniture"  # "ACME acme-news.example": a site's name beside its address
    if text[1:2].isupper() and len(text) <= _HEADER_LINE_MAX and _transmission_header(text):
        return "furniture"  # "AAP 05/03 0214 Vic - Rail strike (350)": agency, date, time, slug
    if len(text) <= _ADDRESS_LINE_MAX and "." in text and is_site_address(text):
        return "navigation"  # "independent.co.uk", "teletype.in/@jane", "acme.com · 3 min read"
    if len(text) <= _PRINT_MARGIN_MAX and _print_margin(text):
        return "navigation"  # "UPI.com - Print Story", "3/14/24, 9:41 AM Port workers walk ... | Acme"
    if len(text) <= _COMMENT_LINE_MAX and _comment_count_line(text):
        return "navigation"  # "READER COMMENTS 112", "Kommentare lesen (47 Beiträge)", "12 comments"
    if "(" in text[:_COMMENT_COUNT_REACH] and (count := _comment_count().match(text)) is not None:
        after = text[count.end() :].split()
        if len(after) <= _COMMENT_COUNT_AFTER and text[-1:] not in SENTENCE_END:
            return "navigation"  # "Kommentare (8) Anmelden, um zu kommentieren"
    if text[:1] in _HASH_SIGNS and _hashtags().fullmatch(text):
        return "navigation"  # "#bridge #Žilina #traffic": the story's tags
    if len(text) <= _ACCESSION_LINE_MAX and text[-1:].isalnum() and _accession_number().fullmatch(text):
        return "furniture"  # Documento EFESG00020240305ek35003lm
    if len(text) <= _RUN_ON_LINK_MAX and text[-1:] not in ".!?" and _run_on_link(text):
        return "navigation"  # "Read Next Airbus deliveries slip", "Most Read 1. Markets slide"
    if len(text) <= _RUN_ON_MAX:
        short_kind = _short_page_line(text)
        if short_kind:
            return short_kind
    if is_stamp_line(text):
        return "furniture"  # "Updated March 7, 2024 10:15"; "World | acme.com | 14.11.2023 | 16:22"
    if text[-1:] not in SENTENCE_END and len(text) <= _EXPORT_HEADER_MAX and _export_header(text):
        return "furniture"  # "Actualité, jeudi 18 avril 2024 612 mots, p. 6": a database's header
    if text[:1] == "(" and "=" in text and _conversion().fullmatch(text):
        return "furniture"  # "($1 = 0.9235 euros)": a currency's rate under the story
    if len(text) <= _REACTIONS_MAX and text[-1:].isdigit() and _readers_reactions(text):
        return "navigation"  # "Like 3 Love 0 Wow 1", "좋아요 3 감동이에요 0 슬퍼요 1": the readers' reactions
    if text[:1].casefold() in _RELEASE_FIRST_LETTERS and text.casefold().startswith(RELEASE_LINE_OPENERS):
        return "ednote"  # "FOR IMMEDIATE RELEASE", "NOT FOR DISTRIBUTION TO ...", "Sperrfrist: ..."
    if text[:1] == "@" and _HANDLE_ALONE.fullmatch(text):
        return "furniture"  # "@janeroe": a writer's handle under the byline
    if text[-1:] in _SERVICE_NAME_LAST and text.endswith(SERVICE_NAME_ENDINGS) and _service_name(text):
        return "service"  # "New America News Service": the service that moved the story
    if text[:1] in _DESK_NOTE_FIRST and is_desk_note(text):
        return "ednote"  # "Advance for Sunday, June 4", "With AP Photos"
    if "," in text[:_PICTURE_LABEL_REACH] and text.casefold().startswith(_PICTURE_LABELS):
        return "furniture"  # "Fuente de la imagen, Getty Images", "Pie de foto, ..."
    if len(text) <= _MENU_ROW_MAX and text[-1:] not in SENTENCE_END and _section_menu(text):
        return "navigation"  # "Politica Economia Mondo Cultura Sport", "即時 政治 國際 兩岸 產經 證券"
    if len(text) <= _COOKIE_NOTICE_MAX and _cookie_notice(text):
        return "navigation"  # "Wij gebruiken cookies om de site goed te laten werken. Akkoord"
    if len(text) <= _DISCLOSURE_MAX and _may_disclose(text) and _affiliate_phrases().search(text.casefold()):
        return "furniture"  # "If you buy something from a link, Acme may earn a commission."
    if len(text) <= _PHOTO_NOTE_MAX and _photo_note(text):
        return "furniture"  # "Фото из архива", "Archive photo", "Foto ilustrativa: Acme"
    if len(text) <= _CODE_MAX and is_code_line(text):
        return "signoff"  # (ab/cde), XYZ-21:37-01-02-19, ==Kyodo: desk codes closing a story
    if len(text) <= _CODE_MAX and _initials_after_end_mark(text.rstrip(". ")):
        return "signoff"  # "jw mal", "(end) ab.cd", "(FIN) ABC/DEF"
    if (
        len(text) <= _LINK_MAX
        and text.endswith(_LINK_ENDS)
        and _link().search(text)
        and not _closes_a_quote(text)
    ):
        return "navigation"  # a link to related copy: "... >>", "(Graphic: ... - here)"
    inner = _bracketed().fullmatch(text) if text[:1] in "([" and text[-1:] in ")]" else None
    if inner:
        if text[0] == "[" and _in_capitals(inner["inner"]):
            return "furniture"  # "[ON CAM: DANA]", "[TAKE PKG]": a script's cue, an editor's mark
        kind = _kind_of_line(inner["inner"].strip())
        if kind in _KINDS_IN_BRACKETS:
            return kind  # (For use by ... clients): a service line, whatever its brackets
        if kind == "byline":
            return "signoff"  # "(By Jane Roe and Tom Lee)": a desk's signature, as "(By Jane Roe)" is
    framed = _framed().fullmatch(text) if text[:2] in _FRAMES else None
    if framed:
        kind = _kind_of_line(framed["inner"])
        if kind in _KINDS_IN_BRACKETS or kind == "byline":
            return kind  # "--- Von Jane Roe, dpa ---": a byline between runs of dashes
    return None


def _in_capitals(text: str) -> bool:
    """Words in capitals, what is quoted aside (``INSERT: FERRER  OUT: "...the region."``)."""
    unquoted = _QUOTED.sub("", text)
    return not any(map(str.islower, unquoted)) and sum(map(str.isupper, unquoted)) >= _CUE_CAPITALS


_QUOTED = re.compile(r'"[^"]*+"|“[^”]*+”')
#: A cue in capitals holds at least this many (``[OFF]``; ``[A]`` is a list's mark).
_CUE_CAPITALS = 2


#: How a line framed by runs of dashes or equals signs opens.
_FRAMES = frozenset({"--", "==", "——", "––"})


@cache
def _framed() -> regex.Pattern[str]:
    return compiled(r"(?P<frame>[-=—–]{2,}+)[ ]*+(?P<inner>[^\n]{2,200}?)[ ]*+[-=—–]{2,}+")


_kind_of_short_line = lru_cache(maxsize=1024)(_kind_of_line)


#: A line of short codes only (letters and figures of at most six, joined by signs) ...
@cache
def _code_line() -> regex.Pattern[str]:
    return compiled(r"[(=\s]*+[A-Za-z0-9]{1,6}+(?:[/\-:=\s.]++[A-Za-z0-9]{1,6}+){0,7}+[)=\s]*+")


#: ... that holds a sign no sentence opens or joins words with.
@cache
def _code_sign() -> regex.Pattern[str]:
    return compiled(r"[/=()]|\d:|:\d")


#: A line that ends as a link to other copy does (at most this long): ``>>``, ``- here)``.
@cache
def _link() -> regex.Pattern[str]:
    return compiled(rf"(?:[ ](?:>>|»)|[-–—:][ ](?i:{alternation(LINK_WORDS)})\)?)$")


def _closes_a_quote(text: str) -> bool:
    """The line's last » closes a quotation the line opened (French prints a blank inside the
    guillemets: ``« Nous restons », a-t-il dit. « Et nous gagnerons. »``): no link's pointer."""
    return text.endswith("»") and text.count("»") <= text.count("«")


_LINK_MAX = 300
_LINK_ENDS = (">>", "»", *LINK_WORDS, *(f"{word})" for word in LINK_WORDS))
#: Desk codes make a short line.
_CODE_MAX = 40


#: A telephone number: figures in groups, with a plus, a bracket or a hyphen among them (``1987
#: 1986`` is a table's row), no letter.
@cache
def _phone() -> regex.Pattern[str]:
    return compiled(r"(?=[^+(\-]*+[+(\-])\+?\(?\d[\d().\-]*+(?:[ ][\d().\-]++)*+")


_PHONE_MAX = 24
_PHONE_FIGURES = 7
#: A telephone number's label is at most this many words (``PA newsdesk``, ``Media enquiries``).
_PHONE_LABEL_WORDS = 4


def _phone_number(text: str) -> bool:
    return (
        len(text) <= _PHONE_MAX
        and bool(_phone().fullmatch(text))
        and sum(map(str.isdigit, text)) >= _PHONE_FIGURES
    )


def _labelled_phone(text: str) -> bool:
    """A telephone number after its label and colon (``PA newsdesk: 020 7946 0321``, ``Tel.:
    +46 8 555 012 40``)."""
    label, colon, number = text.partition(":")
    words = label.casefold().replace(".", " ").split()
    if not colon or not 0 < len(words) <= _PHONE_LABEL_WORDS or len(number) > _PHONE_MAX:
        return False
    if any(char.isdigit() for char in label):
        return False  # (a code with a time: "XYZ-21:37-01-02-19")
    number = number.strip()
    if _phone_number(number):
        return True
    # (after a word of contact the number needs no sign: "PA newsdesk: 020 7946 0321")
    plain = bool(_PLAIN_NUMBER.fullmatch(number)) and sum(map(str.isdigit, number)) >= _PHONE_FIGURES
    return plain and any(word in CONTACT_LABEL_WORDS or word in _phone_label_words() for word in words)


@cache
def _phone_label_words() -> frozenset[str]:
    return frozenset(label.rstrip(".") for label in PHONE_LABELS)


_PLAIN_NUMBER = re.compile(r"[\d ]+")


def _export_field(text: str) -> bool:
    """A field of an export's header or trailer: its label in capitals (``LOAD-DATE: ...``), or
    capitalised before a short value that opens with a capital or figure and closes no sentence
    (``Load-Date: March 6, 2024``, ``Language: English``). Furniture wherever it stands; a label in
    lower case, or one before words of a sentence (``Length: it ran for miles``), may be prose."""
    # (a script without case has no capitals to tell a label: "لینک کوتاه: acme.ir/x4")
    field = field_label(text) if ":" in text[:_LABEL_REACH] and opens_capitalised(text) else None
    if field is None or field[0] != "furniture":
        return False
    value = field[1]
    # (or a code of one word with figures in it, whatever its case: "news·20191109·LD·0014")
    code = " " not in value and any(char.isdigit() for char in value)
    return text.split(":", 1)[0].isupper() or (
        len(value) <= _SHORT_FIELD_VALUE
        and (opens_capitalised(value) or value[:1].isdigit() or code)
        and value[-1:] not in SENTENCE_END
    )


#: The value of a field a capitalised label opens is at most this long.
_SHORT_FIELD_VALUE = 60


#: A line wholly in brackets, with no bracket inside: read by what it holds.
@cache
def _bracketed() -> regex.Pattern[str]:
    return compiled(r"\((?P<inner>[^()\n]{2,300}+)\)|\[(?P<inner>[^\[\]\n]{2,300}+)\]")


_KINDS_IN_BRACKETS = frozenset({"service", "ednote", "signoff", "navigation", "furniture"})


#: A credit set apart from its caption by a gap: ``Jane Roe/TASS``.
@cache
def _gap_credit() -> regex.Pattern[str]:
    return compiled(r"[^ ][^\n]{0,150}/[^\n]{1,150}")


@cache
def _combined_caption() -> regex.Pattern[str]:
    # "Caption text  Credit/TASS", "Caption. (Credit/dpa)", "Caption. Foto: Credit/dpa",
    # "Caption (Photo AIP)", "Caption (photo d'archives).", "Caption. ANTARA FOTO/Jane Roe/abc.",
    # "Caption. © Jane Roe / Acme"
    return compiled(
        rf"""(?P<caption>\S.{{0,1500}}?)
        (?: [ ]{{2,}}(?P<credit>[^ ][^\n]{{0,150}}/[^\n]{{1,150}})
          | [ ]?\((?P<credit>[^()\n]{{2,150}}/[^()\n]{{1,150}})\)
          | (?<=[.!?])[ ]?\((?P<credit>\p{{Lu}}[^()\n/]{{1,60}}?(?:[ ]?\([^()\n]{{1,30}}\))?)\)
          | [ ]\((?P<credit>(?i:{_CREDIT_LABEL})(?:\b|(?<=[©ⓒ)]))[^()\n]{{0,80}})\)\.?
          | [ ](?P<credit>\p{{Lu}}{{2,}}+[ ](?i:{_in_order(PHOTO_WORDS)})/[^\n]{{1,80}})
          | [ ](?:{_CREDIT_LABEL})\s*:\s*(?P<credit>\S[^\n]{{0,150}})
          | (?<=[.!?])[ ](?:{_in_order(CREDIT_LABEL_ABBREVIATIONS)})[ ](?P<credit>\p{{Lu}}[^\n]{{0,150}})
          | (?<=[.!?])[ ](?:©|ⓒ)[ ]?(?P<credit>\p{{Lu}}[^\n©]{{0,150}})
          | {_SENTENCE_STOP}[ ](?P<credit>{_SLASHED_CREDIT})
          | {_SENTENCE_STOP}[ ]/[ ](?P<credit>{PERSON_NAME}))$""",
        FLAGS,
    )


#: A credit of capitalised words with a slash between two of them, closing a caption's sentence
#: (``... brush past. Jonah Greer/iStock via Getty Images Plus``, ``... 2024 року. Acme
#: Чернівці/Jane Roe``): the photographer's and the service's or outlet's names.
_SLASHED_CREDIT = rf"{NAME_WORD}(?:[ ]{NAME_WORD}){{0,3}}+[ ]?/[ ]?\p{{L}}[\p{{L}}.'’\-]*+(?:[ ](?:{NAME_WORD}|via|for)){{0,5}}+"
#: ... after the stop of a caption's sentence, which follows a small letter, a figure, a bracket,
#: or an acronym after a word in small letters ("U.S. WHEAT/CORN SUPPLIES" is a headline, "...
#: supported by the ICRC. Jane Roe/ICRC" a caption).
_SENTENCE_STOP = r"""(?:(?<=[\p{Ll}\d)»"”'’][.!?])|(?<=\p{Ll}[ ]\p{Lu}{2,8}[.!?]))"""


def labelled_caption(text: str) -> tuple[str, str | None] | None:
    """A paragraph a caption's label opens (``Bildtext: Rescuers at the site. Foto: Jane
    Roe/Acme``), as its caption and its credit (None when it prints none), or None."""
    label, colon, rest = text.partition(":")
    if not colon or len(label) > _CAPTION_LABEL_MAX or label.strip().casefold() not in _CAPTION_LABEL_SET:
        return None
    rest = rest.strip()
    combined = split_caption(rest)
    return combined if combined else (rest, None) if rest else None


_CAPTION_LABEL_SET = frozenset(CAPTION_LABELS)
_CAPTION_LABEL_MAX = max(map(len, CAPTION_LABELS)) + 1


@cache
def _abbreviated_credit_label() -> re.Pattern[str]:
    return re.compile(f" (?:{alternation(CREDIT_LABEL_ABBREVIATIONS)}) ")


def is_credit_line(line: Line) -> bool:
    """A photo's credit alone on its line, no caption before it on the line (``Image: Jane
    Roe/Acme``)."""
    return line_kind(line.text) == "credit" and not split_caption(line.text, line.gaps)


def split_caption(text: str, gaps: tuple[int, ...] = ()) -> tuple[str, str] | None:
    """A caption printed with its credit on one line, as (caption, credit); ``gaps`` are where
    the line printed a wider run of blanks than between its words (:class:`~wireparse.lines.Line`)."""
    for gap in gaps:
        caption = text[:gap].strip()
        # (a credit's own label before the gap is no caption: "Photo:  ACME/Jane Roe")
        if _gap_credit().fullmatch(text, gap + 1) and caption and _credit_label().fullmatch(caption) is None:
            return caption, text[gap + 1 :].strip()
    if text[:1] == "(" and (opening := _credit_opening().match(text)) is not None:
        return opening["caption"].strip(), opening["credit"].strip()  # "(Foto/Xinhua) Vista de ..."
    # every form needs one of these signs; most body paragraphs have none, and the pattern's lazy
    # caption would otherwise try each credit form at every character
    if not (
        text.rstrip("\n").endswith((")", ")."))
        or ":" in text
        or "©" in text
        or "ⓒ" in text
        or ("/" in text and ("  " in text or _PHOTO_SERVICE.search(text)))
        or ("/" in text[-_SLASHED_CREDIT_TAIL:] and text[-1:].isalpha() and ". " in text)
        or (". " in text and _abbreviated_credit_label().search(text) is not None)
    ):
        return None
    m = _combined_caption().match(text)
    if not m:
        return None
    return m["caption"].strip(), m["credit"].strip()


#: A slashed credit closes its caption within this many characters.
_SLASHED_CREDIT_TAIL = 80


@cache
def _credit_opening() -> regex.Pattern[str]:
    """A caption opened by its photo's credit in brackets: a word for photo and the credit after
    a slash or colon (``(Foto/Xinhua) Vista de ...``, ``(Photo: Acme) Workers at ...``)."""
    return compiled(
        rf"\((?P<credit>(?i:{_in_order(PHOTO_WORDS)})[ ]?[/:][ ]?[^()\n]{{1,40}}+)\)[ ]++(?P<caption>\p{{Lu}}[^\n]{{10,300}}+)",
        FLAGS,
    )


def labels_a_photo(text: str) -> bool:
    """The text between a caption and its credit is a word for photo or credit, its colon or
    slash after it (`` Ảnh: ``, `` Grianghraf: ``): the credit is a photo's, whatever name it gives."""
    return _credit_label().fullmatch(text.strip()) is not None


@cache
def _credit_label() -> regex.Pattern[str]:
    # ("Foto/Acme": the label's slash too; "Foto - Jane Roe": a spaced dash)
    return compiled(rf"^(?:{_CREDIT_LABEL})\s*(?:[:/]|[-–—](?=\s))?\s*", FLAGS)


_PHOTO_CREDIT = compiled(
    rf"""(?i:{_in_order(PHOTO_WORDS)})
    | ^{PERSON_NAME}[ ]?/[ ]?\S                  # Jane Roe/TASS
    | ^\p{{Lu}}{{2,}}+[ ]?/[ ]?{NAME_WORD}[ ]\p{{Lu}}   # REUTERS/Jane Roe""",
    regex.VERBOSE,
)


#: A word for photo before a slash: an agency's photo service (``ACME FOTO/Jane Roe``).
_PHOTO_SERVICE = re.compile("(?i:" + "|".join(map(re.escape, PHOTO_WORDS)) + ")/")

#: A note on the story's picture is at most this long and this many words.
_PHOTO_NOTE_MAX = 50
_PHOTO_NOTE_WORDS = 4


def _photo_note(text: str) -> bool:
    """A note on the story's picture, no caption: a few words, the first a word for photo or the
    last closed by one (``Фото ілюстративне``, ``Archive photo``, ``Arkivfoto``), a source after
    a colon or not. A credit for the words and the pictures (``Текст и фото: ...``) names the
    writer: a byline's field."""
    note = text.split(":", 1)[0].strip(" .")
    words = note.casefold().split()
    if not 0 < len(words) <= _PHOTO_NOTE_WORDS or note[-1:] in SENTENCE_END:
        return False
    if not (words[0] in PHOTO_WORDS or words[-1].endswith(PHOTO_WORDS)):
        return False
    labelled = field_label(text)
    return labelled is None or labelled[0] != "byline"


def picture_placeholder(text: str) -> int:
    """How long the placeholder opening the line is, blanks after it included, where a copied page
    left out its picture (``[Photo]``, ``[Image]``, ``[صورة]``, ``[FOTO] Vista del ...``): a word for
    photo or image alone in square brackets; 0 when the line opens with none."""
    m = _picture_placeholder().match(text) if text[:1] == "[" else None
    return m.end() if m else 0


@cache
def _picture_placeholder() -> regex.Pattern[str]:
    words = _in_order((*PHOTO_WORDS, *PICTURE_PLACEHOLDER_WORDS))
    return compiled(rf"\[[ ]*+(?i:(?:{words})s?+)[ ]*+\][ ]*+", FLAGS)


def credit_alone(text: str) -> bool:
    """A photo's credit printed alone under its caption: a credit (``Photo: Acme``), a copyright
    sign and a name (``© Acme``), or a note on the picture with its source (``Crédit photo : Acme``,
    ``Photo Acme``)."""
    return credit_note(text) or (len(text) <= _CREDIT_ALONE_MAX and line_kind(text) == "credit")


def caption_credit_note(text: str) -> bool:
    """A credit note (:func:`credit_note`) that is no notice of rights (``© 2025 Acme. All rights
    reserved.`` under a line credits no picture)."""
    return credit_note(text) and not is_rights_notice(text)


def credit_note(text: str) -> bool:
    """A photo's credit alone that the line kinds read as another's: a copyright sign and a name
    (``© Acme``, which may be an agency's sign-off), or a note on the picture with its source
    (``Crédit photo : Acme``, ``Photo Acme``)."""
    return len(text) <= _CREDIT_ALONE_MAX and (text.startswith(COPYRIGHT_SIGNS) or _photo_note(text))


#: A credit alone under its caption is at most this long.
_CREDIT_ALONE_MAX = 80


class PlaceholderCaption(NamedTuple):
    """A picture's placeholder and the caption printed after it (:func:`placeholder_caption_at`)."""

    placeholder: str
    caption: tuple[str | None, str | None] | None
    """(caption, credit without its label), or None when nothing follows the placeholder in its
    block."""
    printed: str
    taken: list[int]
    """The lines after the placeholder's that print its caption."""


def placeholder_caption_at(lines: Sequence[Line], i: int) -> PlaceholderCaption | None:
    """The placeholder opening line ``i`` and its caption: the rest of that line, or the lines
    under it in its block (at most :data:`_PLACEHOLDER_CAPTION_LINES`, up to a credit alone; in a
    longer block, its first line), with a credit alone under them."""
    text = lines[i].text
    n = picture_placeholder(text)
    if not n:
        return None
    run: list[int] = []
    for j in range(i + 1, min(len(lines), i + _PLACEHOLDER_CAPTION_LINES + 2)):
        if lines[j].blank or not lines[j].text:
            break
        run.append(j)
    rest = text[n:].strip()
    credits = [k for k, j in enumerate(run[:_PLACEHOLDER_CAPTION_LINES]) if credit_alone(lines[j].text)]
    if rest:
        taken = run[:1] if credits[:1] == [0] else []
    elif credits:
        taken = run[: credits[0] + 1]
    else:
        taken = run if len(run) <= _PLACEHOLDER_CAPTION_LINES else run[:1]
    texts = ([rest] if rest else []) + [lines[j].text for j in taken]
    caption = placeholder_caption(texts) if texts else None
    if caption is not None and caption[1]:
        caption = (caption[0], clean_credit(caption[1]))
    return PlaceholderCaption(text[:n].strip(), caption, "\n".join(texts), taken)


#: A caption under a picture's placeholder is printed on at most this many lines.
_PLACEHOLDER_CAPTION_LINES = 3


def placeholder_caption(texts: list[str]) -> tuple[str | None, str | None]:
    """The caption printed after a picture's placeholder, its lines given, as (caption, credit):
    the credit its last line prints alone (``© Acme``), or closes its sentence with (``... à
    Kalamu. Photo Acme``, ``... EFE/Jane Roe``)."""
    if len(texts) > 1 and credit_alone(texts[-1]):
        return " ".join(texts[:-1]), texts[-1]
    text = " ".join(texts)
    before, stop, note = text.rpartition(". ")
    if stop and _photo_note(note):
        return before + ".", note
    combined = split_caption(text) or caption_and_photographer(text) or cjk_caption(text)
    return combined if combined else (text or None, None)


def in_brackets(text: str) -> str | None:
    """What a line wholly in round brackets holds (``(By Jane Roe)``), or None."""
    return text[1:-1].strip() if text[:1] == "(" and text[-1:] == ")" else None


def agency_closing(text: str) -> tuple[str, str] | None:
    """Text that an agency's name closes after a spaced dash (``PESHAWAR: The governor opens the
    wing. - APP``, ``... – Bernama``), as (the text, the agency's name printed); or None. Desks
    close a photo's caption so."""
    for dash in _CLOSING_DASHES:
        before, found, credit = text.rstrip(" .").rpartition(dash)
        if found and before.strip() and known_agency(credit.strip(" .")) is not None:
            return before.strip(), credit.strip(" .")
    return None


_CLOSING_DASHES = (" - ", " – ", " — ", " -", " –")


def is_photo_credit(credit: str) -> bool:
    """A credit that names a photo or a photographer, not a source such as ``Reuters/Ipsos``: an
    agency and its photographer's full name count too (``Xinhua/Jane Roe``)."""
    if _PHOTO_CREDIT.search(credit):
        return True
    agency, slash, name = credit.partition("/")
    return bool(slash) and known_agency(agency.strip()) is not None and is_person(name.strip())


def closes_a_caption(text: str) -> bool:
    """The last line of a block closes a picture's caption: the photographer's mail address at its
    end (a notice of a few words may follow: ``photo@newsis.com *재판매 및 DB 금지``), the photo's
    credit in brackets near its end (``(사진=광주시 제공)``, ``(Photo: Acme)``), or an agency's
    photo credit closing it (``... en una imagen de archivo. EFE/Jane Roe``, ``... - AFP/Archives``,
    ``... - EUROPA PRESS - Archivo``)."""
    tail = text[-_CAPTION_TAIL:]
    if "@" in tail and _MAIL_AT_END.search(tail) is not None:
        return True
    if _photo_credit_in_brackets().search(tail) is not None:
        return True
    if tail.rstrip(" .")[-1:] == ")" and _photo_service_in_brackets().search(tail) is not None:
        return True  # "... by a fall of rock.—(Acme Telephoto).", "(AP Wirephoto)", "(Reuters Photo)"
    if tail[-1:] in _CLOSING_BRACKETS and _cjk_credit_at_end().search(tail) is not None:
        return True  # "消防員在現場灌救。（讀者提供）", "... [사진 출처 : 국립공원공단 제공]"
    if tail[-1:] == ")" and _HANDLE_CREDIT.search(tail) is not None:
        return True  # "Il Papa saluta i partecipanti  (@Vatican Media)": the account that took it
    if "＝" in tail and _JAPANESE_CAPTION_TAIL.search(tail) is not None:
        return True  # "説明する漁業者＝１７日、平内町": a Japanese paper's caption, its day and place
    m = _agency_photo_credit().search(tail) if "/" in tail or " - " in tail else None
    if m is not None and known_agency(m["agency"]) is not None:
        return True
    # (a photographer's name closes with a letter: most lines are spared the search)
    return tail[-1:].isalpha() and _photographer_at_end().search(tail) is not None


def cjk_caption(text: str) -> tuple[str, str] | None:
    """A caption in Chinese, Japanese or Korean that closes with its picture's credit, as the
    papers of those scripts print one under a photo between paragraphs: the credit in brackets
    (``貨櫃車車頭嚴重損毀。（讀者提供）``, ``... 사체. [기장군 제공. 재판매 및 DB 금지]``, a
    wire's photographer after: ``（X提供）中央社記者Y傳真 114年12月5日``), a wire's name in brackets
    after a caption that closes no sentence (``... ビーチ＝2024年8月（共同）``), the
    photographer's credit (``新华社记者 唐奕 摄``), or the source after a slash (``... 정병'.
    /국립중앙박물관 제공``). Returns (caption, credit) or None."""
    if len(text) > _CJK_CAPTION_MAX or not _CJK_LETTER.search(text):
        return None
    m = _cjk_caption_credit().search(text)
    caption = text[: m.start()].strip(" \u3000") if m else ""
    if m is None or len(caption) < _CJK_CAPTION_MIN:
        return None
    credit = m["credit"].strip()
    if _SENTENCE_OF_TEXT.search(caption) is not None:
        return None  # "... 밝혔다. (사진=서울시 제공)": a Korean or Japanese sentence of the story
    if m["agency"] is not None:
        # (a wire's name closing a sentence is its sign-off, not a photo's credit)
        if caption[-1:] in SENTENCE_END or not _names_agencies(credit):
            return None
    # ("기장군 제공. 재판매 및 DB 금지": the notice on the picture's use after the credit)
    return caption, _NOTICE_AFTER_CREDIT.split(credit, maxsplit=1)[0]


def _names_agencies(credit: str) -> bool:
    """Every run of one script in ``credit`` names an agency (``AFP時事``: AFP's photo through Jiji)."""
    runs = _SCRIPT_RUNS.findall(credit)
    return bool(runs) and all(known_agency(run) is not None for run in runs)


@cache
def _cjk_caption_credit() -> regex.Pattern[str]:
    words = _in_order(CJK_CREDIT_WORDS)
    reporter = _in_order(CJK_REPORTER_WORDS)
    return compiled(
        rf"""(?: [(（\[](?P<credit>[^()（）\[\]\n]{{0,30}}(?:{words})[^()（）\[\]\n]{{0,20}})[)）\]]
            (?:[ 　]*+\p{{Han}}{{0,6}}(?:{reporter})\p{{Han}}{{2,4}}(?:{words}|傳真|传真)[ 　]*+[\d年月日]{{0,12}})?
          | [(（](?P<agency>(?P<credit>[^()（）\n]{{1,12}}))[)）]
          | (?P<credit>\p{{Han}}{{0,6}}(?:{reporter})[ 　]?\p{{Han}}{{2,4}}(?:·\p{{Han}}{{2,4}})?[ 　]?(?:摄|攝))
          | (?<=[.'’"”。][ ]?)/(?P<credit>[^/\n]{{0,20}}(?:{words}))
        )$""",
        FLAGS,
    )


#: The stop and blank before a notice on the picture's use after its credit; a run of Latin
#: letters or of other signs in a credit (``AFP時事``).
_NOTICE_AFTER_CREDIT = re.compile(r"[.。][ ]")
_SCRIPT_RUNS = re.compile(r"[A-Za-z]+|[^A-Za-z ]+")
#: A caption in those scripts is at most this long, and says this much before its credit.
_CJK_CAPTION_MAX = 200
_CJK_CAPTION_MIN = 4
#: How a sentence of a Korean or Japanese story closes (a caption names what it shows, a noun
#: phrase): a Korean plain verb's ending before its stop (``했다.``, ``있다.``), or a Japanese verb's
#: or particle's kana closing it, its stop or none (``閉鎖された``).
_SENTENCE_OF_TEXT = re.compile(r"(?:[했혔었았였됐겠있없한된인이하]다|[\u3040-\u309f])[.。]?$")
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@cache
def _photographer_at_end() -> regex.Pattern[str]:
    """A word for photo and the photographer's name closing the caption after its sentence
    (``... at Ol Joro Orok on Monday. Photo by Jane Roe``, ``... Foto: Jane Roe``)."""
    links = alternation(CREDIT_LABEL_LINKS)
    return compiled(
        rf"(?<=[.!?][ ]{{1,2}})(?P<credit>(?i:{alternation(PHOTO_WORDS)})(?:[ ](?i:{links})[ ]|[ ]?[:/][ ])(?P<name>{PERSON_NAME}))$"
    )


def caption_and_photographer(text: str) -> tuple[str, str] | None:
    """A caption's sentence and the photographer named after it (``A picker at work. Photo / Jane
    Roe``): the caption and the photographer's name, or None."""
    tail = max(len(text) - _CAPTION_TAIL, 0)
    m = _photographer_at_end().search(text, tail) if text[-1:].isalpha() else None
    return (text[: m.start()].strip(), m["name"]) if m else None


#: A photographer's name after an agency's slash: capitalised words, two or more, or initials.
_PHOTOGRAPHER = r"(?=[^/\n]{0,40}?[ .])\p{Lu}[\p{L}.'’\-]*+(?:[ ]\p{Lu}[\p{L}.'’\-]*+){0,3}+"


@cache
def _agency_photo_credit() -> regex.Pattern[str]:
    """An agency's credit closing a caption: its name and the photographer or archive after a
    slash, or the archive after a dash (the name after a blank, dash or stop)."""
    archive = alternation(ARCHIVE_WORDS)
    return compiled(
        rf"""(?:^|(?<=[ .]))(?P<agency>\p{{Lu}}[\p{{L}}.\-]{{1,20}}+(?:[ ]\p{{Lu}}[\p{{L}}.\-]{{1,20}}+)?)
            (?:[ ]?/[ ]?(?:(?i:{archive}) | {_PHOTOGRAPHER}) | [ ][-–—][ ](?i:{archive}))$""",
        regex.VERBOSE,
    )


#: A caption's closing signs are looked for in this many last characters of its block.
_CAPTION_TAIL = 120
_MAIL_AT_END = re.compile(r"(?<![^\s])[^\s@]{1,64}@[^\s@]{1,64}\.[A-Za-z]{2,}(?:[ ]\*.{0,30})?$")


@cache
def _cjk_credit_at_end() -> re.Pattern[str]:
    words = "|".join(CJK_CREDIT_WORDS)
    return re.compile(rf"[(（\[][^()（）\[\]\n]{{0,30}}(?:{words})[^()（）\[\]\n]{{0,10}}[)）\]]$")


_CLOSING_BRACKETS = frozenset(")）]")
#: An account's handle in brackets closing a caption: the picture's credit.
_HANDLE_CREDIT = re.compile(r"\(@[\w][\w .\-]{1,30}\)$")
#: A Japanese paper's caption closes with an equals sign, the day and the place.
_JAPANESE_CAPTION_TAIL = re.compile(r"＝[0-9０-９]{1,2}日(?:、[^、。\n]{1,15})?$")


@cache
def _photo_service_in_brackets() -> re.Pattern[str]:
    """A credit in brackets closing the caption whose last word ends in a word for photo: a
    service's photo (``(Acme Telephoto)``, ``(AP Wirephoto)``, ``(Reuters Photo)``)."""
    words = alternation(PHOTO_WORDS)
    return re.compile(rf"\((?:[^()\n]{{1,40}}[ ])?[^()\s]{{0,12}}(?i:{words})s?\)[ .]*$")


@cache
def _photo_credit_in_brackets() -> re.Pattern[str]:
    return re.compile(rf"[(（\[](?i:{alternation(PHOTO_WORDS)})[ ]?[=:：]")


def clean_credit(text: str) -> str:
    """A photo credit without ``©``, ``Photo:`` or the brackets around it."""
    credit = _credit_label().sub("", text.strip()).strip()
    if credit.startswith("(") and credit.endswith(")"):
        credit = credit[1:-1].strip()
    return credit


@cache
def _headline_flag_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """Each flag's pattern, with what a headline that holds it must hold (searching for a flag at
    the end tries every position; a substring test spares most headlines that)."""
    flags = alternation(HEADLINE_FLAGS)
    return (
        # ⚡️ ...   🔴 BREAKING: ...: the pictographs a feed or channel opens a headline with
        ("", compiled(r"^(?:[\p{So}\p{Sk}\u200d\ufe0f]++[ ]*+)++(?=\S)", FLAGS)),
        # CORRECTED - ...   UPDATE 1-...   (CORRECTED) ...   CORRECTED-UPDATE 1-...
        # (or a bar: "عاجل | ...", "BREAKING | ...", as channels print it)
        ("", compiled(rf"^(?:\(?(?:{flags})\)?(?:[ ]\d{{1,2}}+)?[ ]?[-–—:|｜][ ]?)++", FLAGS)),
        # [속보] ...   【速報】...: a flag in square brackets, no sign after it
        ("", compiled(rf"^[\[【](?:{flags})[\]】][ ]*+(?=\S)", FLAGS)),
        # EDS-more details added Chinese President ...: the note is the lower-case run
        ("EDS", compiled(r"^EDS[-:][ ]?(?:[\p{Ll}\d][^\s]*+[ ]++){1,8}+", FLAGS)),
        # ... Split in Two EDS-Updates with more details
        ("EDS", compiled(r"(?<![ ])[ ]++EDS[-:].*+$", FLAGS)),
        # URGENT Canada's Top Court Rules ...: a flag in capitals before words that are not
        ("", compiled(rf"^(?:{flags})[ ]++(?=[^\s\p{{Ll}}]*+\p{{Ll}})", FLAGS)),
        # ... (FOR RELEASE THE WEEK OF JULY 10)   ... (UPDATE 2)   ... (JT): a desk's code
        (
            ")",
            compiled(
                rf"(?<![ ])[ ]++\((?:(?i:{flags}|{alternation(RELEASE_NOTES)})\b[^()\n]{{0,80}}+|\p{{Lu}}{{2,3}}+)\)$",
                FLAGS,
            ),
        ),
        # ... Vegalta Sendai+: a take that goes on
        ("+", compiled(r"(?<![ ])[ ]*+\+$", FLAGS)),
    )


def headline_flags(text: str) -> tuple[str, list[str]]:
    """A headline without the transmission flags printed around it, and the flags."""
    flags: list[str] = []
    for sign, pattern in _headline_flag_patterns():
        m = pattern.search(text) if sign in text else None
        if m and m.end() - m.start() < len(text):
            flags.append(m.group().strip())
            text = (text[: m.start()] + text[m.end() :]).strip()
    head, dash, last = text.rpartition(" ")
    if dash and last in _trailing_flags() and head.rstrip(" -–—") != head:
        flags.append(last)  # "... Porto -- ATUALIZADA": a flag after a dash closing the headline
        text = head.rstrip(" -–—")
    return text, flags


@cache
def _trailing_flags() -> frozenset[str]:
    """The flags in capitals that may close a headline after a dash."""
    return frozenset(flag for flag in HEADLINE_FLAGS if flag.isupper() and " " not in flag)
