"""Bylines: the author names in ``By ROBERT H. REID, Associated Press Writer`` and its kin."""

from __future__ import annotations

import re
from functools import cache

import regex

from .casing import normal_case
from .compiled import compiled
from .credits import (
    BYLINE_GENRE_WORDS,
    KOREAN_REPORTER_TITLES,
    NAME_SUFFIXES,
    ORGANISATION_WORDS,
    PUBLIC_BODY_WORDS,
    TIME_ZONES,
    TITLE_ARTICLES,
)
from .dateline import known_town, match_place_line
from .patterns import FLAGS, agency_lookup, alternation, fold_name, function_words, known_agency, month_lookup
from .words import (
    AGENCY_STAFF_WORDS,
    BYLINE_JOINERS,
    BYLINE_OPENERS,
    BYLINE_PLACE_WORDS,
    BYLINE_SOURCE_WORDS,
    BYLINE_TITLE_WORDS,
    BYLINE_WORD_OPENERS,
    CJK_BYLINE_SOURCES,
    CJK_REPORT_WORDS,
    CJK_REPORTER_WORDS,
    CREDIT_LABELS,
    DESCRIPTION_ARTICLES,
    FBIS_BYLINE_KINDS,
    OUR_CORRESPONDENT_OPENERS,
    OUR_CORRESPONDENT_PLACE_WORDS,
    OUR_CORRESPONDENT_WORDS,
    PERSON_PARTICLES,
    TIME_WORDS,
)

_TELEGRAPHIC_CODE = compiled(r"\(\d{4}(?:[ ]\d{4})*+\)")


@cache
def _korean_title() -> regex.Pattern[str]:
    return compiled(rf"(?<=\p{{Hangul}})[ ]?(?:{_in_order(KOREAN_REPORTER_TITLES)})$")


#: Quote marks a paper's title is printed between.
_QUOTE_OPENERS = frozenset('«„“"')

#: A mail address after a byline's names (``김민수 기자 minsu@example.com``): no part of a name.
_ADDRESS = compiled(r"[ ]*+[^\s@]++@[^\s@]++")
#: One word of a person's name (``O'Neill``, ``Jean-Luc``, ``J.``) ...
NAME_WORD = r"\p{Lu}[\p{L}.'’\-]*+"
#: ... and a name of two to four such words: the one name pattern every module builds on.
PERSON_NAME = rf"{NAME_WORD}(?:[ ]{NAME_WORD}){{1,3}}"
#: (a surname's particles in small letters inside a name on a line of its own: "Marietjie van Wyk";
#: a given name with the initial of the father's before it, as Mongolian and Central Asian desks
#: print it, one word: "B.Khuslen", "Г.Оюунчимэг")
_NAME_LINE = compiled(
    rf"""{NAME_WORD}(?:[ ](?:(?:{alternation(PERSON_PARTICLES)})[ ]){{0,2}}+{NAME_WORD}){{1,3}}
                            | \p{{Han}}{{2,4}}+(?:[,，、][ ]?\p{{Han}}{{2,4}}+){{0,5}}+
                            | (?:\p{{Lu}}\.){{1,2}}+\p{{Lu}}\p{{Ll}}[\p{{Ll}}'’\-]{{2,}}+""",
    regex.VERBOSE,
)
#: What parts a name from its agency or title: a comma, slash or bar, or a dash between blanks.
_BYLINE_PARTS = compiled(r"[,/|]|[ ][-–—][ ]")
#: (a joining word between blanks: a hyphened given name holds "na" or "e" as its own part,
#: "Park Han-na")
_SEPARATORS = compiled(
    rf"(?<!\s)\s*+(?:,|;|&|/|\||、|，|·)\s*+"
    rf"|(?<!\s)\s++(?:{alternation(BYLINE_JOINERS)})\s++"
    r"|\s[-–—]\s"
)
#: A Chinese byline's word for reporter, and a blank between two of its names (Han runs).
_CJK_REPORTER = compiled(rf"(?:{alternation(CJK_REPORTER_WORDS)})")
_CJK_REPORT = compiled(rf"(?<=\p{{Han}})[ \u3000]?(?:{alternation(CJK_REPORT_WORDS)})$")
_CJK_REPORTER_REACH = 8  # (新华社记者 ...: the agency may come first)
_HAN_BLANK = compiled(r"(?<=\p{Han})[ \u3000]++(?=\p{Han})")
#: A credit in brackets after a name (``Pierre Roe (XNA)``): the agency, or an affiliation.
_BRACKETED_CREDIT = compiled(r"\s*+\((?P<credit>[^()\n]{1,40}+)\)")
#: What a contributor's part opens with (``with reporting by Jane Roe``).
_REPORTING_BY = compiled(r"^(?i:(?:with[ ])?(?:additional[ ])?reporting[ ]by[ ])")
#: Words that are never part of a person's name in a byline.
_NOT_NAME_WORDS = ORGANISATION_WORDS | {"the"}


@cache
def _opener() -> regex.Pattern[str]:
    return compiled(
        rf"""^\[?(?:(?:{_in_order(FBIS_BYLINE_KINDS)})[ ])?(?:{alternation(BYLINE_OPENERS + BYLINE_WORD_OPENERS)})(?:[ ]+|(?<=\p{{Ll}})(?=\p{{Lu}}\p{{Ll}}))
                             | ^(?:{_in_order(CJK_BYLINE_SOURCES)})?(?:{_in_order(CJK_REPORTER_WORDS)})[ \u3000]*+""",
        FLAGS,
    )


def _in_order(words: tuple[str, ...]) -> str:
    """An alternation of literal ``words`` in their table's order (it decides what is removed)."""
    return "|".join(regex.escape(w, special_only=True) for w in words)


def is_title_word(word: str) -> bool:
    """A word of a byline's title or affiliation (``Correspondent``, ``प्रतिनिधी``)."""
    return word.casefold().strip(".") in BYLINE_TITLE_WORDS


def _agency_title(text: str) -> bool:
    """An agency's name and a writer's title of a few words (``UPI Labor Writer``, ``Reuters
    Chief Economics Correspondent``)."""
    agency, _, title = text.partition(" ")
    words = title.split()
    return (
        0 < len(words) <= _TITLE_WORDS
        and _is_title(words[-1])
        and all(word[:1].isupper() for word in words[:-1])
        and known_agency(agency) is not None
    )


def _is_title(part: str) -> bool:
    words = part.casefold().split()
    return any(w.strip(".") in BYLINE_TITLE_WORDS or w.strip(".") in BYLINE_GENRE_WORDS for w in words)


def _without_affiliation(words: list[str]) -> list[str]:
    """The words before an affiliation run into a name: an agency or a newspaper's word
    (``MICHAEL ROE AP Drama Writer``), where the author files from or through whom (``Jane Roe in
    London``, ``Jane Roe via Acme``); a
    public body's or office's name is an affiliation whole (``Office of Communications``)."""
    if words and words[0].strip(".,").casefold() in PUBLIC_BODY_WORDS:
        return []
    if words and any(part in ORGANISATION_WORDS for part in words[0].casefold().split("-")[1:]):
        return []  # "ARD-Studio Brüssel", "BBC-Büro Kairo": a broadcaster's desk, its name joined on
    for k in range(1, len(words)):
        word = words[k].strip(".,").casefold()
        tying = word in BYLINE_PLACE_WORDS or word in BYLINE_SOURCE_WORDS
        initial = words[k].rstrip(",").endswith(".") and len(word) == 1  # ("Ralph W. Kershaw": no Polish "w")
        if tying and not initial and k + 1 < len(words) and words[k + 1][:1].isupper():
            return words[:k]
        if word in agency_lookup() or word in ORGANISATION_WORDS or word in PUBLIC_BODY_WORDS:
            return words[:k]
    return words


def _before_case_change(words: list[str]) -> list[str]:
    """A name in capitals without the title in other case that closes its part (``JANE ROE Drama
    Writer``)."""
    if not words or not _is_title(words[-1]):
        return words
    for k in range(2, len(words)):
        if all(w.isupper() for w in words[:k]) and not words[k].isupper():
            return words[:k]
    return words


def _strip_part(part: str) -> str:
    """A byline part without surrounding signs, keeping the stop of ``Jr.`` and of an initial."""
    part = part.strip(" :=\t[]()")
    last = part.rstrip(".").rsplit(" ", 1)[-1]
    if part.endswith(".") and last.casefold() not in NAME_SUFFIXES and len(last) > 1:
        part = part.rstrip(".").rstrip()
    return part


def _after_title(words: list[str]) -> list[str]:
    """The words of a part without its titles: those closing it ("Sam Lister Political
    Correspondent"), or all up to the last lower-case title ("RENMIN RIBAO correspondent Yin")."""
    titled = [i for i, w in enumerate(words) if _is_title(w)]
    if titled and titled[-1] == len(words) - 1:
        words = list(words)
        while words and _is_title(words[-1]):
            words.pop()
        return words
    return words[titled[-1] + 1 :] if titled else words


#: A name written as one word before its title: Korean and Chinese (``김민수 기자``).
_ONE_WORD_NAME = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u3400-\u9fff\uf900-\ufaff]")


#: A paper's or desk's initials alone (``JT``, ``ST``): no one's name.
_INITIALS = compiled(r"\p{Lu}{2,3}+")


def _name(part: str, first: bool = True) -> str | None:
    """A personal name from one part of a byline, or None when the part is not one."""
    part = _strip_part(part)
    bare = part.rstrip(".")
    if (
        not part
        or any(c.isdigit() for c in part)
        or "@" in part
        or "." in bare.replace(". ", "")
        and not regex.fullmatch(r"(?:\p{Lu}\.[ ]?)++.*+", bare)
    ):
        return None
    printed = part.split()
    if any(w.strip(".,").casefold() in TIME_ZONES for w in printed) or not 1 <= len(printed) <= 5:
        return None
    words = _after_title(_before_case_change(_before_agency_name(printed)))
    while len(words) > 1 and words[-1].casefold() in BYLINE_PLACE_WORDS:
        words = words[:-1]  # "Jane Roe in Business": the desk she writes in was a title
    if len(words) == 1 and (len(printed) > 1 or not first) and not _ONE_WORD_NAME.match(words[0]):
        # a word left of a title ("Our Correspondent", "लोकसत्ता प्रतिनिधी"), or a place after a name
        return None
    if len(words) == 1 and (words[0][:1].islower() or _INITIALS.fullmatch(words[0])):
        return None  # "par franceinfo", "By JT": an outlet's name in small letters, a paper's initials
    cut = _without_affiliation(words)
    if cut != words and (len(cut) < 2 or not first):
        return None  # an affiliation alone, or after an author ("Jane Roe, San Mateo Chronicle")
    if not cut or any(fold_name(w.strip(".,")) in _NOT_NAME_WORDS for w in cut):
        return None
    if len(cut) == 2 and fold_name(cut[0]) in TITLE_ARTICLES:
        return None  # "Le Figaro", "El País": a paper's title
    words = cut
    name = " ".join(words)
    if known_agency(name) is not None:
        return None
    initial = name[:1]
    if initial.lower() != initial.upper() and not initial.isupper() and not name.islower():
        return None  # a cased name starts with a capital (uncased scripts pass)
    return normal_case(name)


def _name_before_agency(part: str) -> bool:
    """A name, then an agency and its title (``TOM LEE AP Business Writers``, ``Tom Lee
    Associated Press``): the last of several authors, the agency they write for after them."""
    words = part.split()
    return any(
        is_name(normal_case(" ".join(words[:k])))
        and any(_agency_of(" ".join(words[k : k + n])) for n in (1, 2, 3))
        for k in range(2, len(words))
    )


def agency_desk(part: str) -> str | None:
    """An agency and its desk's region or service in a word or two, after a blank or a hyphen
    (``PA Scotland``, ``AFP Deutschland``, ``dpa-Kultur``): the agency's name."""
    head, _, desk = part.replace("-", " ", 1).partition(" ")
    words = desk.split()
    if not 0 < len(words) <= _DESK_WORDS or not all(word[:1].isupper() for word in words):
        return None
    return known_agency(head)


#: A desk's region after its agency is at most this many words.
_DESK_WORDS = 2


def _agency_of(part: str) -> str | None:
    """The agency a byline part names, alone or before a title (``Associated Press Writer``)."""
    words = fold_name(part.strip(" .")).removeprefix("the ").split()
    for k in range(len(words), 0, -1):
        agency = agency_lookup().get(" ".join(words[:k]))
        if agency and (k == len(words) or all(_is_title(w) for w in words[k:])):
            return agency
    return None


#: An agency's name closed up to its writer's by a dash (STT's ``STT–Jane Roe``).
_AGENCY_DASH = compiled(r"(?P<agency>[^\W\d_][\w.\-]{1,24}?)[–—](?=\p{Lu})")


def _agency_dash_parted(text: str) -> str:
    """``STT–Jane Roe`` as ``STT, Jane Roe`` when the name before the dash is an agency's."""
    m = _AGENCY_DASH.match(text)
    if m is None or known_agency(m["agency"]) is None:
        return text
    return f"{m['agency']}, {text[m.end() :]}"


@cache
def our_correspondent() -> regex.Pattern[str]:
    """The opening of a byline that names the paper's correspondent and the place before the name
    (``Avec notre correspondant à Dakar, ``): the name follows it."""
    places = alternation(OUR_CORRESPONDENT_PLACE_WORDS)
    return compiled(
        rf"""(?i:{alternation(OUR_CORRESPONDENT_OPENERS)})[ ](?i:{alternation(OUR_CORRESPONDENT_WORDS)})
             (?:[ ](?i:{places})[ ][^,\n]{{1,40}}+)?,[ ]""",
        FLAGS,
    )


@cache
def _unnamed_correspondent() -> regex.Pattern[str]:
    """The paper's correspondent unnamed, a word or two between (``Our Own Correspondent``, ``From
    our London correspondent``, ``De notre envoyé spécial``)."""
    # (its opener may be read off already: "Our Own Correspondent" after "From")
    words = [opener.split() for opener in OUR_CORRESPONDENT_OPENERS]
    firsts, possessives = alternation({w[0] for w in words}), alternation({w[-1] for w in words})
    return compiled(
        rf"""(?i:(?:{firsts})[ ])?(?i:{possessives})(?:[ ]\p{{L}}[\p{{L}}’'\-]*+){{0,2}}?
             [ ](?i:{alternation(OUR_CORRESPONDENT_WORDS)})""",
        FLAGS,
    )


def parse_byline(text: str) -> tuple[tuple[str, ...], str | None]:
    """The authors named by a byline and the agency it credits, if any."""
    # (a byline framed by runs of dashes: "--- Von Jane Roe, dpa-AFX ---")
    body = _opener().sub("", _agency_dash_parted(text.strip(" -–—="))).strip(" =]")
    body = our_correspondent().sub("", body, count=1)
    body = _TELEGRAPHIC_CODE.sub("", body)
    body = _ADDRESS.sub("", body) if "@" in body else body
    body = _korean_title().sub("", body)  # "김민수·이영희 기자": the title closes every name
    body = _CJK_REPORT.sub("", body)  # "黄碧君 报道": the word for a report closes the names
    if _CJK_REPORTER.search(text, 0, _CJK_REPORTER_REACH):
        body = _HAN_BLANK.sub("、", body)  # "记者 孙涛 高明": a Chinese desk parts its reporters by blanks
    agency = next((a for m in _BRACKETED_CREDIT.finditer(body) if (a := _agency_of(m["credit"]))), None)
    body = _BRACKETED_CREDIT.sub(",", body)
    authors: list[str] = []
    barred = "|" in body  # (a page parts a name from its title by a bar)
    first = True  # (a word alone is a name only as the byline's first part: "Staff, London")
    for part in _SEPARATORS.split(body):
        part = _without_stamp(_REPORTING_BY.sub("", part.strip(" |·")))
        if not part or all(word.casefold() in TIME_WORDS for word in part.split()):
            continue  # (a stamp's words alone: "By Jane Roe - Mar 05, 2024 - Last updated")
        if _unnamed_correspondent().fullmatch(part.strip(" .()")):
            continue  # "From Our Own Correspondent.", "From Our London Correspondent": no name
        opening, first = first, False
        credited = _agency_of(part)
        if part[:1] in _QUOTE_OPENERS:
            continue  # "Ana Kovac, «The Herald»": the paper she writes for, in quotes
        if _photo_label(part):
            continue  # "Texto: Ana Souza | Fotografia: Rui Costa": the pictures' credit, no writer
        if authors and part[:1].islower() and part.split(" ", 1)[0] in DESCRIPTION_ARTICLES:
            break  # "Jane Roe, a reviewer covering phones, tablets and lamps": who she is, to its end
        if credited or (authors and (credited := agency_desk(part))):
            agency = agency or credited  # ("Jane Roe, PA Scotland": the agency and its desk)
        elif authors and _is_title(part.rsplit(" ", 1)[-1]) and not _name_before_agency(part):
            continue  # "Jane Roe, European Auto Correspondent": her title, not a second author
        elif authors and barred and _is_title(part.split(" ", 1)[0]) and len(part.split()) <= _TITLE_WORDS:
            continue  # "Jana Roe | Gohebydd Democratiaeth Leol": a title after a bar opens its words
        elif authors and known_town(part):
            continue  # "Ana Souza, São Paulo": where she files from
        else:
            name = _name(part, first=opening)
            if name and name not in authors:
                authors.append(name)
    return tuple(authors), agency


def _photo_label(part: str) -> bool:
    """A byline's part opening with the word for photo and its colon (``Fotografia: Rui Costa``)."""
    label, colon, _ = part.partition(":")
    return bool(colon) and label.strip().casefold() in _photo_labels()


@cache
def _photo_labels() -> frozenset[str]:
    return frozenset(label.casefold() for label in CREDIT_LABELS)


def _without_stamp(part: str) -> str:
    """A byline part without the date a page prints after the name, and the small words before
    that date (``Jane Roe in Business on 5 October 2024``): a part of a name holds no figure."""
    words = part.split()
    at = next((k for k, word in enumerate(words) if any(c.isdigit() for c in word)), len(words))
    # (the month's name before its day, and the stamp's words: "Last updated at Mar 05,2024")
    if 0 < at < len(words) and words[at - 1].casefold().rstrip(".,") in month_lookup():
        at -= 1  # (the month's name right before its day: "Mar 05")
    while 0 < at < len(words) and _part_of_a_date(words[at - 1]):
        at -= 1
    if at == 0 and words:
        return ""  # a stamp alone after a bar or dash: "By Jane Roe - Mar 05, 2024 - Last updated ..."
    return " ".join(words[:at]) if at >= 2 and words[0][:1].isupper() else part


def _part_of_a_date(word: str) -> bool:
    """A word before a stamp's date: a time's word, or a small word in small letters (a
    capitalised one, or a month's name before a small word, may close a name: "Ritwika Sen on
    13 November")."""
    folded = word.casefold()
    return folded in TIME_WORDS or (word[:1].islower() and folded in function_words())


def is_name(text: str) -> bool:
    """Two to four capitalised words that are not function words (``Sehernur Karsu``), but a
    surname's particle inside the name (``Marietjie van Wyk``, ``Ana da Silva``)."""
    words = text.split()
    inner = set(words[1:-1]) & PERSON_PARTICLES
    return (
        bool(_NAME_LINE.fullmatch(text))
        and match_place_line(text) is None
        and not any(w.casefold() in function_words() and w not in inner for w in words)
    )


#: A title after a name is a few words, not a sentence.
_TITLE_WORDS = 6


def is_person(name: str) -> bool:
    """A person's name holding no word of a publication's name (``Jane Roe``, not ``Daily
    Mail``), nor a word a public body's long name opens or closes (German compounds:
    ``Universitätsklinikum Neckartal``, ``Polizeipräsidium Süd``)."""
    return is_name(name) and not any(_organisation_word(fold_name(word)) for word in name.split())


def _organisation_word(word: str) -> bool:
    """A folded word of a publication's name, or a compound holding a public body's word."""
    if word in ORGANISATION_WORDS:
        return True
    if len(word) < _COMPOUND_MIN or not (word.startswith(_BODY_WORDS) or word.endswith(_BODY_WORDS)):
        return False
    # (a compound: the body's word and another of four letters at least, "Universitätsklinikum")
    return any(
        len(word) - len(body) >= _COMPOUND_PART and (word.startswith(body) or word.endswith(body))
        for body in _BODY_WORDS
    )


_COMPOUND_PART = 4
_COMPOUND_MIN = 11


#: Public bodies' words long enough to tell a compound that holds one (``universität``, ``polizei``).
_BODY_WORDS = tuple(sorted(word for word in PUBLIC_BODY_WORDS if len(word) >= 7))


def are_people(text: str) -> bool:
    """A person's name, or several parted by commas or joined by a word for "and" (``Jane Roe, Tom
    Lee``, ``Jane Roe and Tom Lee``, ``Jane Roe und Tom Lee``)."""
    if is_person(text):
        return True
    names = _names_joined().split(text)
    return len(names) > 1 and all(is_person(name.strip()) for name in names)


#: What parts people's names in a byline of their names alone: a comma, an ampersand, or a word
#: for "and" between blanks.
# (each alternative opens at a run's first blank: read from every blank of a long run, it would
# read the run again and again)
@cache
def _names_joined() -> regex.Pattern[str]:
    return compiled(rf",[ ]*+|(?<![ ])[ ]*+&[ ]*+|(?<![ ])[ ]++(?:{alternation(BYLINE_JOINERS)})[ ]++")


def agency_line(text: str) -> bool:
    """A line naming only an agency, or people and their agency or title (``Felix Schröder, dpa``,
    ``Jane Roe | Reuters``, ``Jane Roe | XNA``, ``Jane Roe - Staff Reporter``)."""
    if len(text) > 80:
        return False
    text = _agency_dash_parted(text)
    if _agency_staff(text) or known_agency(text) is not None:
        return True  # "By dpa correspondents", "By Reuters staff"; "Agência Lusa" alone
    parts = [p.strip() for p in _BYLINE_PARTS.split(text)]
    if _names_then_agency(parts) or _names_then_agency(_SEPARATORS.split(text)):
        # (also joined by a word: "Le Figaro et AFP", "Jane Roe with Reuters")
        return True
    if (
        len(parts) == 2
        and is_name(parts[0])
        and len(parts[1].split()) <= _TITLE_WORDS
        and _is_title(parts[1])
    ):
        return True  # "Jane Roe - Repórter da Agência Brasil"
    if len(parts) > 1 and known_agency(parts[0]) is not None and all(map(is_name, parts[1:])):
        return True  # "Reuters, Jane Roe": the agency first
    if len(parts) == 1 and _agency_title(text):
        return True  # "UPI Labor Writer": the agency's title for its writer, under the byline
    if len(parts) == 1 and _name_then_agency_word(text):
        return True  # "Jane Roe AAP": a name and its agency, no sign between
    if len(parts) == 2 and "|" in text and _PLACE_AFTER_BAR.fullmatch(parts[1]):
        # "Jane Roe | Gelephu", "JANE ROE (ACME) | Madrid": a reporter and the town she files from
        return is_person(_BRACKETED_CREDIT.sub("", parts[0]).strip())
    # a web page's "Name | XNA": an agency's acronym we do not know, after a name and a bar
    return (
        text.count("|") == 1 and len(parts) == 2 and bool(_ACRONYM.fullmatch(parts[1])) and is_name(parts[0])
    )


_ACRONYM = compiled(r"\p{Lu}{2,6}+")
#: A town after a bar: one to three capitalised words.
_PLACE_AFTER_BAR = compiled(r"\p{Lu}[\p{L}'’\-]*+(?:[ ]\p{Lu}[\p{L}'’\-]*+){0,2}+")


def _name_then_agency_word(text: str) -> bool:
    """A person's name and an agency's name after it, nothing between: in capitals (``Jane Roe
    AAP``), or in full, in a few capitalised words (``Jane Roe The Canadian Press``)."""
    name, _, last = text.rpartition(" ")
    if last.isupper() and known_agency(last) is not None and is_person(name):
        return True
    words = text.split()
    name_words = _before_agency_name(words)
    return name_words != words and is_person(" ".join(name_words))


def _before_agency_name(words: list[str]) -> list[str]:
    """The words before an agency's full name closing them, in capitalised words (``Jane Roe The
    Canadian Press``, ``Ana Ruiz Agencia EFE``); all of them when no agency closes them."""
    for k in range(_NAME_WORDS_MIN, len(words) - 1):
        if words[k][:1].isupper() and known_agency(" ".join(words[k:]).removeprefix("The ")) is not None:
            return words[:k]
    return words


#: A name before an agency's full name has at least this many words.
_NAME_WORDS_MIN = 2


def _names_then_agency(parts: list[str]) -> bool:
    """The last part is an agency, and the parts before it are names and titles (a sentence there
    is a caption: ``OSLO: ... - NTB``)."""
    last = fold_name(parts[-1])
    if len(parts) < 2 or not (last in agency_lookup() or last.removeprefix("the ") in agency_lookup()):
        return len(parts) == 1 and last in agency_lookup()
    return all(len(part.split()) <= _TITLE_WORDS and part[-1:] not in ".!?" for part in parts[:-1])


def _agency_staff(text: str) -> bool:
    """A byline of an agency's staff, no name: ``By dpa correspondents``, ``BY REUTERS STAFF``."""
    opener, _, rest = fold_name(text).partition(" ")
    if opener != "by":
        return False
    staff = next((word for word in _STAFF_WORDS if rest.endswith(" " + word)), None)
    agency = rest[: -len(staff) - 1].removeprefix("the ") if staff else ""
    return bool(agency) and agency in agency_lookup()


#: The staff words, longest first (``staff writers`` before ``writers``).
_STAFF_WORDS = tuple(sorted(AGENCY_STAFF_WORDS, key=len, reverse=True))
