"""Bytes to text: byte-order marks, UTF-8, and a documented check among the few other encodings
real wire copy comes in (cp1251, koi8-r, cp1252, UTF-16 without a BOM).

The order is: a BOM (UTF-8, UTF-16, UTF-32) wins; then strict UTF-8; then UTF-16 without a BOM when
the zero bytes leave no doubt; then the single-byte candidates, each decoded and scored by how much
of its text reads as words of one script. Text that is mostly UTF-8 with a few bad bytes stays
UTF-8, the bad bytes replaced and reported. Nothing is ever decoded silently into mojibake: when no
candidate reads as text, decoding fails with a message that suggests ``--encoding``.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import regex

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Single-byte encodings tried in order when the bytes are not UTF-8.
CANDIDATES: tuple[str, ...] = ("cp1251", "koi8-r", "cp1252")
#: Share of bytes that may be replaced before UTF-8 with replacements is no longer believed.
UTF8_BAD_SHARE = 0.05
_SAMPLE = 1 << 16

_CYRILLIC_LOWER = regex.compile(r"[а-яё]")
_CYRILLIC_UPPER = regex.compile(r"[А-ЯЁ]")
# a Latin word with an accented letter and at least one plain ASCII letter ("été", "Müller"):
# Cyrillic bytes read as cp1252 give words of accented letters only
_LATIN_WORD = regex.compile(r"\b(?=[a-zA-ZÀ-ÖØ-öø-ÿ]*?[a-zA-Z])(?=[a-zA-ZÀ-ÖØ-öø-ÿ]*?[À-ÖØ-öø-ÿ])[a-zA-ZÀ-ÖØ-öø-ÿ]++\b")
_CYRILLIC_WORD = regex.compile(r"\b[а-яёА-ЯЁ]{2,}+\b")


class DecodeError(ValueError):
    """The bytes are not text in any encoding wireparse can tell apart."""


class BinaryInputError(DecodeError):
    """The bytes are binary data, not text."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    replaced: bool = False
    """Some bytes were not valid in ``encoding`` and became U+FFFD."""


def looks_binary(data: bytes) -> bool:
    """Zero bytes or many control bytes in the opening of ``data``, and no UTF-16/32 BOM."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if _utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\x0b\x0c\x01\x02\x03\x04\x16\x1e\x1f")
    return bool(head) and controls / len(head) > 0.10


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when zero bytes sit only at odd (or only at even) positions, at least
    one in ten of them, and the bytes then read as text without control characters."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    sample = sample[:len(sample) // 2 * 2]
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.1 * half and even == 0:
        name = "utf-16-le"
    elif even >= 0.1 * half and odd == 0:
        name = "utf-16-be"
    else:
        return None
    try:
        text = sample.decode(name)
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 32 and c not in "\t\n\r\f" for c in text):
        return None
    return name


def _cyrillic_score(text: str) -> float:
    # Russian running text is mostly lower case: cp1251 and koi8-r swap the cases of each other's
    # letters, so the reading with more lower-case letters is the right one.
    lower = len(_CYRILLIC_LOWER.findall(text))
    upper = len(_CYRILLIC_UPPER.findall(text))
    return lower - upper


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data``; ``encoding`` overrides detection (bad bytes are then replaced)."""
    if encoding:
        text = data.decode(encoding, errors="replace")
        if text.startswith("\ufeff"):
            text = text[1:]
        return Decoded(text, codecs.lookup(encoding).name, "\ufffd" in text)
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(name, errors="replace")
            return Decoded(text, name.removesuffix("-le").removesuffix("-be") if name != "utf-8" else name,
                           "\ufffd" in text)
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16:
            text = data.decode(utf16, errors="replace")
            return Decoded(text, utf16, "\ufffd" in text)
        raise DecodeError("holds zero bytes: UTF-16 without a byte-order mark, or binary data; "
                          "name its encoding with --encoding")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", errors="replace")
    high = sum(1 for b in data[:_SAMPLE] if b >= 0x80) or 1
    bad = as_utf8[:_SAMPLE].count("\ufffd")
    if bad / high <= UTF8_BAD_SHARE or bad <= 2 and high > 20:
        return Decoded(as_utf8, "utf-8", True)
    return _single_byte(data)


def _single_byte(data: bytes) -> Decoded:
    sample = data[:_SAMPLE]
    readings = {name: sample.decode(name, errors="replace") for name in CANDIDATES}
    cyrillic = {name: readings[name] for name in ("cp1251", "koi8-r")}
    words_cyr = len(_CYRILLIC_WORD.findall(cyrillic["cp1251"]))
    words_lat = len(_LATIN_WORD.findall(readings["cp1252"]))
    if words_cyr > words_lat:
        name = max(cyrillic, key=lambda n: _cyrillic_score(cyrillic[n]))
    else:
        name = "cp1252"
    text = data.decode(name, errors="replace")
    return Decoded(text, name, "\ufffd" in text)
