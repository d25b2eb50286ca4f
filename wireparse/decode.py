"""Bytes to text: byte-order marks, UTF-8, and a documented check among the few other encodings
real wire copy comes in (cp1251, koi8-r, cp1252, UTF-16 without a BOM), done as the bytes arrive.

:class:`TextReader` decodes a stream incrementally, so a 1 GB input never has to be held whole.
The order of decisions, each made on a fixed stretch of the input (never on how it happened to be
split into reads, so the result is the same for a file and for the same bytes on a pipe):

1. ``--encoding`` given: that codec, a leading BOM dropped, bad bytes replaced and reported.
2. A byte-order mark (UTF-32 before UTF-16, whose mark it begins with) wins.
3. Zero bytes in the opening line: UTF-16 (judged on the first 4 KiB) without a BOM when the zeros sit only at
   odd (or only at even) positions and the rest reads as text; otherwise the input is binary data,
   or text in an encoding that cannot be told apart, and the error suggests ``--encoding``.
4. Otherwise UTF-8, line by line, with a binary check on the first 8 KiB (zero bytes, control
   codes). At the first line that is not valid UTF-8 the encoding is chosen on 64 KiB from that
   line: still UTF-8 (its bad bytes replaced and reported) when they are few among the non-ASCII
   bytes seen so far; else the single-byte candidate that reads best: Cyrillic words and Russian
   letter frequencies tell cp1251 from koi8-r (which swap each other's letters and cases), words
   with accented Latin letters mean cp1252. A reading whose non-ASCII characters are mostly not
   letters or common punctuation is mojibake: decoding then fails with a message that suggests
   ``--encoding``, never producing it silently.

Lines before that first non-UTF-8 line were valid UTF-8 and stay decoded as such, so a stream
that is plain ASCII for its first stories is never held back waiting for a decision. When a
single-byte encoding was chosen, the stream is still read line by line from there: a line with
non-ASCII bytes that is valid UTF-8 is UTF-8 (a UTF-8 story after a cp1251 one), one that is not is
the single-byte encoding, an ASCII line keeps the encoding of the line before. :attr:`TextReader.encoding`
names the encoding of the piece of text last handed out, so a reader of lines knows each line's.

Two things end or cut the input, whatever the encoding: a run of :data:`ZERO_RUN` zero bytes after
the text is binary data (the input ends there; :attr:`TextReader.binary_from` says where, and zeros
from the first byte on are :class:`BinaryInputError`); and no line is held past :data:`LINE_MAX`
bytes waiting for its end (the stream module cuts it).
"""

from __future__ import annotations

import codecs
import math
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial
from typing import NamedTuple

import regex

from .compiled import compiled

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
#: How much is read at a time.
CHUNK = 1 << 16
#: The opening of the input checked for binary data.
HEAD = 8192
#: At most this much of the opening line is looked at for UTF-16 without a byte-order mark.
SNIFF = 4096
#: The stretch an encoding is chosen on, from the first line that is not UTF-8.
SAMPLE = 1 << 16
#: A run of this many zero bytes after the text is binary data: the input ends where it begins
#: (a sparse or preallocated file, a disk image after a text header).
ZERO_RUN = 1024
#: A line is read in pieces of at most this many bytes: a longer one is cut here (see
#: :func:`wireparse.stream.iter_lines`), so that no line grows memory without bound.
LINE_MAX = 16 << 20
#: Share of a reading's non-ASCII characters that must be letters or common punctuation.
TEXT_SHARE = 0.7
#: Share of a reading's characters that may be odd (control codes, ``^[]{}|~`\``, signs that are
#: neither letters nor common punctuation) before it is taken for mojibake: bytes of another
#: encoding (UTF-16 without a BOM, say) read as a single-byte one are full of them.
ODD_SHARE = 0.05
#: Letter frequencies of Russian text, in percent (Russian National Corpus figures, as tabulated in
#: most references on the alphabet). cp1251 and koi8-r map each other's letters onto different
#: letters, so the reading whose letters are the likelier Russian is right, whatever their case.
RUSSIAN_LETTERS: dict[str, float] = dict(
    zip(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
        (
            10.97,
            8.45,
            8.01,
            7.35,
            6.70,
            6.26,
            5.47,
            4.73,
            4.54,
            4.40,
            3.49,
            3.21,
            2.98,
            2.81,
            2.62,
            2.01,
            1.90,
            1.74,
            1.70,
            1.65,
            1.59,
            1.44,
            1.21,
            0.97,
            0.94,
            0.73,
            0.64,
            0.48,
            0.36,
            0.32,
            0.26,
            0.04,
            0.04,
        ),
    )
)
_LOG_LETTER = {letter: math.log(share) for letter, share in RUSSIAN_LETTERS.items()}
#: Punctuation and signs that real text in the single-byte candidates carries.
_TEXT_SIGNS = frozenset("«»‹›„“”‚‘’–—…•·°§©®™€£¥¢№\u00a0\u00ad±×÷¿¡ªº¶")


@cache
def _guess_patterns() -> dict[str, regex.Pattern[str]]:
    """The patterns of the single-byte guess, compiled on first use: UTF-8 input never needs them."""
    return {
        # a Latin word with an accented letter and at least one plain ASCII letter ("été",
        # "Müller"): Cyrillic bytes read as cp1252 give words of accented letters only
        "latin_word": compiled(
            r"\b(?=[a-zA-ZÀ-ÖØ-öø-ÿ]*?[a-zA-Z])(?=[a-zA-ZÀ-ÖØ-öø-ÿ]*?[À-ÖØ-öø-ÿ])[a-zA-ZÀ-ÖØ-öø-ÿ]++\b"
        ),
        "cyrillic_word": compiled(r"\b[а-яёА-ЯЁ]{2,}+\b"),
        "non_ascii": compiled(r"[^\x00-\x7f]"),
        # control codes but blanks and the wire's framing codes, rare ASCII signs, and non-ASCII
        # characters that are neither letters nor common punctuation
        "odd": compiled(
            r"[\x00\x05-\x08\x0e-\x15\x17-\x1d\x7f^\[\]{}|~`\\]|[^\x00-\x7f\p{L}"
            + "".join(sorted(_TEXT_SIGNS))
            + "]"
        ),
        "visible": compiled(r"\S"),
    }


_HIGH_BYTES = bytes(range(0x80, 0x100))
_ZEROS = bytes(ZERO_RUN)
#: Control codes text may hold: blanks and line breaks, and the wire's framing codes.
_TEXT_CONTROLS = "\t\n\r\x0b\x0c\x01\x02\x03\x04\x16\x1e\x1f"
_TEXT_CONTROL_BYTES = _TEXT_CONTROLS.encode("ascii")
_BLANK_CONTROLS = "\t\n\r\x0b\x0c"
#: Controls that are not blanks (framing codes included) in UTF-16 read without a BOM, at most.
UTF16_CONTROLS = 0.05

BINARY = "binary data, not text (if it is text, name its encoding with --encoding)"


class DecodeError(ValueError):
    """The bytes are not text in any encoding wireparse can tell apart."""


class BinaryInputError(DecodeError):
    """The bytes are binary data, not text."""


class BinaryTail(DecodeError):
    """Text, then binary data: the text was read, the rest was not (a reader of stories raises it
    once the text's stories are out)."""

    def __init__(self, offset: int) -> None:
        super().__init__(
            f"binary data from byte {offset:,} on (a run of zero bytes): the text before it was read"
        )
        self.offset = offset


class Decoded(NamedTuple):
    text: str
    encoding: str
    replaced: bool = False
    """Some bytes were not valid in ``encoding`` and became U+FFFD."""


# Replacements are counted by a codec error handler of our own (it replaces exactly as "replace"
# does), so a U+FFFD that was in the input is never taken for a replaced byte.
_replacements = 0


def _replace_and_count(error: UnicodeError) -> tuple[str, int]:
    global _replacements
    _replacements += 1
    return "\ufffd", error.end  # type: ignore[attr-defined]


codecs.register_error("wireparse.replace", _replace_and_count)


def looks_binary(data: bytes) -> bool:
    """Zero bytes or many control bytes in the opening of ``data``, and no UTF-16/32 BOM."""
    head = data[:HEAD]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if _utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROL_BYTES)
    return bool(head) and controls / len(head) > 0.10


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when zero bytes sit only at odd (or only at even) positions, at least
    one in ten of them, and the bytes then read as text without control characters."""
    sample = data[:SNIFF]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
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
    # the wire's framing codes (STX, ETX...) are text here, but a few to a story: controls that
    # are not blanks, framing ones included, at most one character in UTF16_CONTROLS (binary data
    # such as 00 01 02 03... reads as SOH and a letter by turns)
    if sum(1 for c in text if ord(c) < 32 and c not in _BLANK_CONTROLS) > UTF16_CONTROLS * len(text):
        return None
    return name


def _high(data: bytes) -> int:
    """How many bytes of ``data`` are not ASCII."""
    return 0 if data.isascii() else len(data) - len(data.translate(None, _HIGH_BYTES))


def _last_break(data: bytes | bytearray, start: int = 0, end: int | None = None) -> int:
    """Offset just past the last LF or CR in ``data[start:end]``, or 0 when there is none."""
    end = len(data) if end is None else end
    return max(data.rfind(b"\n", start, end), data.rfind(b"\r", start, end)) + 1


def _russian_likelihood(text: str) -> float:
    return sum(_LOG_LETTER.get(c, 0.0) for c in text.casefold())


def _reads_as_text(text: str) -> bool:
    """Not mojibake: most non-ASCII characters are letters or common punctuation, and few
    characters are odd (see :data:`ODD_SHARE`)."""
    patterns = _guess_patterns()
    high = patterns["non_ascii"].findall(text)
    good = sum(1 for c in high if c.isalpha() or c in _TEXT_SIGNS)
    if good < TEXT_SHARE * len(high):
        return False
    return len(patterns["odd"].findall(text)) <= ODD_SHARE * len(patterns["visible"].findall(text))


def single_byte_encoding(sample: bytes) -> str:
    """The single-byte candidate ``sample`` reads best in; :class:`DecodeError` when none reads as
    text."""
    readings = {name: sample.decode(name, errors="replace") for name in CANDIDATES}
    patterns = _guess_patterns()
    words_cyr = len(patterns["cyrillic_word"].findall(readings["cp1251"]))
    words_lat = len(patterns["latin_word"].findall(readings["cp1252"]))
    if words_cyr > words_lat:
        name = max(("cp1251", "koi8-r"), key=lambda n: _russian_likelihood(readings[n]))
    else:
        name = "cp1252"
    if not _reads_as_text(readings[name]):
        raise DecodeError(
            "cannot tell its encoding: not UTF-8, and it reads as text in none of "
            f"{', '.join(CANDIDATES)}; name its encoding with --encoding"
        )
    return name


def _choose(sample: bytes, complete: bool, high_before: int) -> str:
    """UTF-8 (with replacements) or a single-byte encoding for ``sample``, the stretch from the
    first line that is not UTF-8; ``high_before`` counts the valid non-ASCII bytes before it."""
    before = _replacements
    codecs.getincrementaldecoder("utf-8")("wireparse.replace").decode(sample, final=complete)
    bad = _replacements - before
    high = high_before + _high(sample)
    if bad <= UTF8_BAD_SHARE * high or (bad <= 2 and high > 20):
        return "utf-8"
    # lines that are valid UTF-8 with non-ASCII in them stay UTF-8 (see TextReader): they would
    # only blur the guess
    lines = sample.splitlines(keepends=True)
    return single_byte_encoding(b"".join(x for x in lines if x.isascii() or not _utf8_line(x)))


def _decode_replacing(data: bytes, final: bool, *, codec: str) -> str:
    """``data`` in ``codec``, bad bytes replaced and counted (``final`` is for the incremental
    decoders this stands beside: a whole run decodes the same either way)."""
    return data.decode(codec, "wireparse.replace")


class TextReader:
    """Text from chunks of bytes, decoded as they arrive (the module's docstring says how the
    encoding is found). Iterate it once for the text, in pieces; :attr:`encoding` and
    :attr:`replaced` describe what has been read so far. Raises :class:`BinaryInputError` or
    :class:`DecodeError` while iterating.

    >>> reader = TextReader([b"MOSCOW, March 7. /TASS/. ", "Текст".encode("cp1251")])
    >>> "".join(reader), reader.encoding
    ('MOSCOW, March 7. /TASS/. Текст', 'cp1251')
    """

    def __init__(self, chunks: Iterable[bytes], encoding: str | None = None) -> None:
        self._chunks = iter(chunks)
        self._forced = codecs.lookup(encoding).name if encoding else None
        self.encoding: str = self._forced or "utf-8"
        """The codec in use: set at the start, or at the first line that is not UTF-8."""
        self.replaced = False
        """Some bytes read so far were not valid and became U+FFFD."""
        self._buffer = bytearray()  # read, not yet decoded
        self._head = bytearray()  # the first HEAD bytes, for the binary check
        self._head_checked = self._forced is not None
        self._eof = False
        self.binary_from: int | None = None
        """Where binary data (a run of :data:`ZERO_RUN` zero bytes) began: the input ended there."""
        self._total = 0  # bytes received
        self._zeros = 0  # zero bytes that ended the last chunk

    def _read(self) -> bool:
        """Add the next chunk to the buffer; False at the end of the input."""
        for chunk in self._chunks if not self._eof else ():
            if chunk:
                if b"\x00" in chunk:
                    chunk = self._before_zeros(chunk)
                else:
                    self._zeros = 0
                self._total += len(chunk)
                self._buffer += chunk
                if len(self._head) < HEAD:
                    self._head += chunk[: HEAD - len(self._head)]
                if self.binary_from is not None:
                    break
                return True
        self._eof = True
        return False

    def _before_zeros(self, chunk: bytes) -> bytes:
        """``chunk`` up to a run of :data:`ZERO_RUN` zero bytes, if one begins in it (or began at
        the end of the chunk before): binary data, where the input ends."""
        lead = len(chunk) - len(chunk.lstrip(b"\x00"))
        if self._zeros + lead >= ZERO_RUN:
            at, start = 0, self._total - self._zeros
        else:
            at = chunk.find(_ZEROS, lead)
            start = self._total + at
        if at < 0:
            trail = len(chunk) - len(chunk.rstrip(b"\x00"))
            self._zeros = self._zeros + lead if lead == len(chunk) else trail
            return chunk
        if start == 0 and not self._forced:
            raise BinaryInputError(BINARY)
        self.binary_from = start
        return chunk[:at]

    def _fill(self, size: int) -> None:
        while len(self._buffer) < size and self._read():
            pass

    def __iter__(self) -> Iterator[str]:
        if self._forced in ("utf-16", "utf-32"):
            # Python's incremental decoders of these insist on a BOM; read one, else the
            # machine's byte order, as bytes.decode() does
            self._fill(4)
            boms = [(bom, name) for bom, name in _BOMS if name.startswith(self._forced)]
            name = next((n for bom, n in boms if self._buffer.startswith(bom)), None)
            if name:
                del self._buffer[: len(codecs.BOM_UTF16 if "16" in name else codecs.BOM_UTF32)]
            return self._decode_as(name or f"{self._forced}-{sys.byteorder[0]}e")
        if self._forced:
            return self._decode_as(self._forced, strip_bom=True)
        # the opening line and the byte after it (at most SNIFF, and all of SNIFF when there are
        # zero bytes in it): a BOM, or the zeros of UTF-16
        while True:
            first = _first_break(self._buffer, SNIFF)
            end = min(SNIFF, first + 2) if first >= 0 else SNIFF
            if b"\x00" in self._buffer[:end]:
                end = SNIFF
            if len(self._buffer) >= end or not self._read():
                break
        sniff = bytes(self._buffer[:end])
        for bom, name in _BOMS:
            if sniff.startswith(bom):
                del self._buffer[: len(bom)]
                self.encoding = name if name == "utf-8" else name[:-3]
                self._head_checked = True
                return self._decode_as(name)
        if b"\x00" in sniff:
            name = _utf16_without_bom(sniff)
            if name is None:
                raise BinaryInputError(BINARY)
            self.encoding = name
            self._head_checked = True
            return self._decode_as(name)
        return self._utf8_lines()

    def _check_head(self) -> None:
        """Binary data: a zero byte in what has arrived of the opening, or, once the opening is
        complete, too many control codes in it."""
        if self._head_checked:
            return
        if b"\x00" in self._head:
            raise BinaryInputError(BINARY)
        if len(self._head) >= HEAD or self._eof:
            self._head_checked = True
            if looks_binary(bytes(self._head)):
                raise BinaryInputError(BINARY)

    def _ready(self) -> int:
        """How many bytes at the buffer's start are whole lines (their endings with them, a CR
        only once the byte after it is known), or a piece of :data:`LINE_MAX` bytes of a longer
        line, or all that is left at the end (0: nothing is)."""
        searched = 0  # the buffer's opening, known to hold no line break
        while True:
            cut = _last_break(self._buffer, searched)
            if cut == len(self._buffer) and self._buffer.endswith(b"\r") and not self._eof:
                cut = _last_break(self._buffer, searched, cut - 1)  # its LF may be on its way
            if cut:
                return cut
            if len(self._buffer) >= LINE_MAX:
                return _char_start(self._buffer, LINE_MAX)
            searched = max(len(self._buffer) - 1, 0)
            if not self._read():
                return len(self._buffer)
            self._check_head()  # binary data is refused before a line of it is looked for

    def _utf8_lines(self) -> Iterator[str]:
        """Whole lines as UTF-8 until one is not; then the encoding is chosen from that line on."""
        high = 0  # non-ASCII bytes read as UTF-8 so far
        while True:
            cut = self._ready()
            self._check_head()
            if not cut:
                return
            complete = bytes(self._buffer[:cut])
            try:
                text = complete.decode("utf-8")
            except UnicodeDecodeError as error:
                good = _last_break(complete, 0, error.start)
                if good:
                    high += _high(complete[:good])
                    yield complete[:good].decode("utf-8")
                del self._buffer[:good]
                self._fill(SAMPLE)
                self._check_head()
                sample = bytes(self._buffer[:SAMPLE])
                self.encoding = _choose(sample, self._eof and len(self._buffer) <= SAMPLE, high)
                if self.encoding == "utf-8":
                    yield from self._decode_as("utf-8")
                else:
                    yield from self._mixed_lines(self.encoding)
                return
            del self._buffer[:cut]
            high += _high(complete)
            yield text

    def _mixed_lines(self, single: str) -> Iterator[str]:
        """Lines from the first that is not UTF-8 on: in ``single``, the encoding chosen for it,
        but a line with non-ASCII bytes that is valid UTF-8 (a UTF-8 story after the other
        encoding's) in UTF-8. Each run of lines in one encoding is one piece, read while
        :attr:`encoding` names it; ASCII lines keep the encoding of the line before."""
        while True:
            cut = self._ready()
            self._check_head()
            if not cut:
                return
            data = bytes(self._buffer[:cut])
            del self._buffer[:cut]
            if data.isascii():
                yield data.decode("ascii")
                continue
            for name, run in _runs(data, self.encoding, single):
                self.encoding = name
                yield self._count(partial(_decode_replacing, codec=name), run)

    def _decode_as(self, name: str, *, strip_bom: bool = False) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder(name)("wireparse.replace")
        first = True
        while self._buffer or self._read():
            self._check_head()
            data = bytes(self._buffer)
            self._buffer.clear()
            text = self._count(decoder.decode, data)
            if first and text:
                first = False
                if strip_bom and text.startswith("\ufeff"):
                    text = text[1:]
            if text:
                yield text
        tail = self._count(decoder.decode, b"", True)
        if tail:
            yield tail

    def _count(self, decode: Callable[[bytes, bool], str], data: bytes, final: bool = False) -> str:
        before = _replacements
        text: str = decode(data, final)
        if _replacements != before:
            self.replaced = True
        return text


def _char_start(data: bytes | bytearray, end: int) -> int:
    """``end``, moved back to the start of a UTF-8 character when it falls inside one."""
    for back in range(min(3, end - 1)):
        if data[end - back] & 0xC0 != 0x80:
            return end - back
    return end


def _utf8_line(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _runs(data: bytes, current: str, single: str) -> Iterator[tuple[str, bytes]]:
    """``data`` (whole lines) as runs of lines in one encoding: UTF-8 for a line with non-ASCII
    bytes that is valid UTF-8, ``single`` for one that is not, ``current`` (the encoding of the
    line before) for ASCII."""
    if _utf8_line(data):
        yield "utf-8", data
        return
    begin = end = 0
    for line in data.splitlines(keepends=True):
        name = current if line.isascii() else "utf-8" if _utf8_line(line) else single
        if name != current and end > begin:
            yield current, data[begin:end]
            begin = end
        current = name
        end += len(line)
    yield current, data[begin:]


def _first_break(data: bytes | bytearray, limit: int) -> int:
    """Offset of the first LF or CR in ``data[:limit]``, or -1."""
    positions = [p for p in (data.find(b"\n", 0, limit), data.find(b"\r", 0, limit)) if p >= 0]
    return min(positions) if positions else -1


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data``; ``encoding`` overrides detection (bad bytes are then replaced).

    Raises :class:`BinaryInputError` for binary data, :class:`DecodeError` when the encoding
    cannot be told (both suggest ``--encoding``), and :class:`BinaryTail` when binary data follows
    the text.
    """
    reader = TextReader((data,), encoding)
    text = "".join(reader)
    if reader.binary_from is not None:
        raise BinaryTail(reader.binary_from)
    return Decoded(text, reader.encoding, reader.replaced)
