"""The gazetteer shipped in the package: how its two files are laid out and read.

``data/places.idx`` is UTF-8 text: a header line, then one line a name, sorted by the bytes of the
name as :func:`fold` gives it: ``name<TAB>rows<TAB>regions``, where ``rows`` are the numbers of the
places of that name (comma-separated) and ``regions`` the ISO 3166-1 or 3166-2 codes of the
countries and first-level regions of that name. A name is found by bisection over the file's bytes,
so nothing is read until a lookup needs it and a lookup reads a few pages.

``data/places.rows`` holds one fixed-width record a place (:data:`RECORD`), then the places' names.
Both files are built by ``tools/gen_places.py`` from GeoNames (CC BY 4.0; ``data/NOTICE``).
"""

from __future__ import annotations

import struct
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

from .placenames import NAME_WORD_ABBREVIATIONS

if TYPE_CHECKING:
    import mmap

#: The files' bytes: a memory map, or bytes read whole where a map cannot be made.
Buffer: TypeAlias = "bytes | mmap.mmap"

DATA = Path(__file__).resolve().parent / "data"
INDEX = DATA / "places.idx"
ROWS = DATA / "places.rows"
#: The first bytes of the rows file, then the number of records (``<I``).
ROWS_MAGIC = b"wireparse places 1\n"
#: geonameid, latitude and longitude in 1e-5 degrees, population, name offset and length in the
#: names section, how many names the place has (at most 255), flags (:data:`CAPITAL`), country,
#: GeoNames first-level code, ISO 3166-2 suffix.
RECORD = struct.Struct("<IiiIIBBB2s8s3s")
#: A national capital (the capital of its country's table).
CAPITAL = 1

#: Letters that Unicode does not decompose into a base letter and a mark, as a name is compared.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
        "ŀ": "l",
        "ß": "ss",
        "'": "",
        "’": "",
        "‘": "",
        "`": "",
        "ʻ": "",
        "ʼ": "",
        "´": "",
        "-": " ",
        "‐": " ",
        "‑": " ",
        "–": " ",
        "—": " ",
        ".": " ",
        ",": " ",
        "/": " ",
        "(": " ",
        ")": " ",
        "_": " ",
        "\t": " ",
    }
)


def _is_accent(char: str) -> bool:
    """A mark folded away: Latin, Greek and Cyrillic diacritics, Arabic and Hebrew vowel points
    (the vowel signs of Indic scripts are letters of their words and stay)."""
    code = ord(char)
    return 0x300 <= code <= 0x36F or 0x591 <= code <= 0x5C7 or 0x64B <= code <= 0x65F or code == 0x670


def fold(name: str) -> str:
    """How a place name is compared: casefolded, accents and apostrophes dropped, dashes, dots and
    slashes made blanks, abbreviated words spelled out (``St.`` is ``saint``).

    >>> fold("St. Joseph"), fold("Hämeenlinna"), fold("Coeur d’Alene"), fold("Москва")
    ('saint joseph', 'hameenlinna', 'coeur dalene', 'москва')
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not _is_accent(c)).translate(_LETTERS)
    text = unicodedata.normalize("NFKC", text)
    return " ".join(NAME_WORD_ABBREVIATIONS.get(word, word) for word in text.split())


class Place(NamedTuple):
    """One place of the gazetteer (a named tuple: a dataclass would cost a lookup's start-up
    a millisecond more to define)."""

    geonames_id: int
    name: str
    """GeoNames' name of the place (``Moscow``)."""
    lat: float
    lon: float
    population: int
    country: str
    """ISO 3166-1 alpha-2."""
    admin1: str
    """GeoNames' first-level code (``WI``, ``48``), or empty."""
    region_code: str | None
    """ISO 3166-2 (``US-WI``) where the build could derive it, else None."""
    capital: bool
    """A national capital."""
    names: int
    """How many names the gazetteer holds for the place (at most 255): a place known in many
    languages has many."""


class Entry(NamedTuple):
    """What the gazetteer holds under one folded name."""

    rows: tuple[int, ...]
    regions: tuple[str, ...]


_NO_ENTRY = Entry((), ())


class Gazetteer:
    """The two data files, opened on first use and read in place."""

    def __init__(self, index: Buffer, rows: Buffer) -> None:
        self._index = index
        self._rows = rows
        self._start = index.find(b"\n") + 1  # past the header
        (self._count,) = struct.unpack_from("<I", rows, len(ROWS_MAGIC))
        self._records = len(ROWS_MAGIC) + 4
        self._names = self._records + self._count * RECORD.size

    def entry(self, key: str) -> Entry:
        """The places and regions named ``key`` (a folded name)."""
        if not key or "\t" in key or "\n" in key:
            return _NO_ENTRY
        try:
            encoded = key.encode("utf-8")
        except UnicodeEncodeError:  # (a lone surrogate, as a decoder's escapes leave one, names no place)
            return _NO_ENTRY
        line = self._find(encoded + b"\t")
        if line is None:
            return _NO_ENTRY
        _, rows, regions = line.decode("utf-8").split("\t")
        return Entry(
            tuple(int(n, 36) for n in rows.split(",")) if rows else (),
            tuple(regions.split(",")) if regions else (),
        )

    def _find(self, prefix: bytes) -> bytes | None:
        """The line that starts with ``prefix``, by bisection over line starts."""
        data = self._index
        lo, hi = self._start, len(data)
        while lo < hi:
            # the line around the middle: the byte before ``lo`` always ends a line
            start = data.rfind(b"\n", lo - 1, (lo + hi) // 2) + 1
            end = data.find(b"\n", start)
            line = data[start:end]
            if line.startswith(prefix):
                return line
            # a tab sorts before every letter, so lines sort as their names do
            if line < prefix:
                lo = end + 1
            else:
                hi = start
        return None

    def place(self, row: int) -> Place:
        if not 0 <= row < self._count:
            raise IndexError(row)
        gid, lat, lon, pop, name_at, name_len, names, flags, cc, admin1, sub = RECORD.unpack_from(
            self._rows, self._records + row * RECORD.size
        )
        country = cc.decode("ascii")
        suffix = sub.rstrip(b"\0").decode("ascii")
        name = self._rows[self._names + name_at : self._names + name_at + name_len]
        return Place(
            geonames_id=gid,
            name=name.decode("utf-8"),
            lat=lat / 100000,
            lon=lon / 100000,
            population=pop,
            country=country,
            admin1=admin1.rstrip(b"\0").decode("ascii"),
            region_code=f"{country}-{suffix}" if suffix else None,
            capital=bool(flags & CAPITAL),
            names=names,
        )


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, mapped into memory on first use."""
    return Gazetteer(_mapped(INDEX), _mapped(ROWS))


def _mapped(path: Path) -> Buffer:
    import mmap

    with path.open("rb") as file:
        try:
            # a map reads only the pages a bisection touches; it outlives the file object
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return file.read()
