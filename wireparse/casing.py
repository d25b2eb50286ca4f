"""Normal case for names printed in capitals (or in lower case) by the wire: places and people.

``RIO DE JANEIRO`` -> ``Rio de Janeiro``, ``CHATEAU D'OEX`` -> ``Chateau d'Oex``,
``ROBERT H. REID`` -> ``Robert H. Reid``, ``МОСКВА`` -> ``Москва``. Names already in mixed case
are returned as printed.
"""

from __future__ import annotations

from functools import lru_cache

from .compiled import compiled
from .words import APOSTROPHE_PREFIXES, NAME_PARTICLES

_WORD = compiled(r"[\p{L}\p{M}]++")
#: Georgian prints its names in lower-case letters (Mkhedruli): their capitals are no title case.
_GEORGIAN = "\u10a0"


def printed_without_case(char: str) -> bool:
    """A letter of a script printed without capitals: one that has no case, or Georgian's."""
    return char.isalpha() and (char.lower() == char.upper() or _GEORGIAN <= char <= "\u10ff")


def opens_capitalised(text: str) -> bool:
    """The text opens with a capital, or with a letter of a script printed without case (where no
    capital can tell a name or a label: ``لینک کوتاه: ...``)."""
    first = text[:1]
    return first.isupper() or printed_without_case(first)


def opens_in_lower_case(text: str) -> bool:
    """The text opens with a small letter of a script that prints capitals (a line a wrap carried
    on): Georgian's letters, printed without capitals, open none."""
    first = text[:1]
    return first.islower() and not printed_without_case(first)


def needs_recasing(text: str) -> bool:
    """True when ``text`` has letters and they are all capitals or all lower case."""
    letters = [c for c in text if c.isalpha() and not printed_without_case(c)]
    if not letters:
        return False
    return all(c.isupper() for c in letters) or all(c.islower() for c in letters)


def _cap(word: str) -> str:
    rest = word[1:]
    if "İ" in word or "Ğ" in word:
        # a dotted capital I or a G with a breve is Turkish or Azerbaijani: their I lowers to ı,
        # their İ to i ("DİYARBAKIR" is "Diyarbakır", not "Di̇yarbakir")
        rest = rest.replace("İ", "i").replace("I", "ı")
    return word[:1].upper() + rest.lower()


#: Names up to this long are remembered once recased: places and names recur from story to story.
_REMEMBERED = 80


def normal_case(text: str) -> str:
    """Title-case ``text`` word by word when it is all capitals or all lower case, keeping the
    particles of names in lower case except at the start."""
    return _remembered_case(text) if len(text) <= _REMEMBERED else _recase(text)


def _recase(text: str) -> str:
    if not needs_recasing(text):
        return text
    out: list[str] = []
    pos = 0
    first = True
    for m in _WORD.finditer(text):
        out.append(text[pos : m.start()])
        word = m.group()
        before = text[m.start() - 1] if m.start() else ""
        lower = word.lower()
        if before in "'’" and len(out) >= 2 and out[-2].lower() in APOSTROPHE_PREFIXES:
            out.append(_cap(word))
        elif before and before in "'’" and lower == "s":
            out.append(lower)  # a possessive's s: "ST JOHN'S" is "St John's"
        elif not first and lower in NAME_PARTICLES and before in " -":
            out.append(lower)
        elif (
            not first
            and lower in APOSTROPHE_PREFIXES
            and text[m.end() : m.end() + 1] in "'’"
            and lower == "d"
            and before == " "
        ):
            out.append(lower)
        else:
            out.append(_cap(word))
        first = False
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


_remembered_case = lru_cache(maxsize=1024)(_recase)


def opens_in_capitals(text: str) -> bool:
    """The first word of ``text`` is a word in capitals, not a single letter (``CONFIRMS``): every
    letter of it has case (``ＥＵは`` opens a Japanese sentence whose first blank is far off)."""
    words = text.split(maxsplit=1)
    word = words[0] if words else ""
    return len(word) > 1 and word.isupper() and all(char.isupper() for char in word if char.isalpha())
