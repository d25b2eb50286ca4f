"""The record: frozen dataclasses for one parsed story, and ``as_dict()``, the one schema every
output format prints. Nothing here knows how a story is parsed or printed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

#: What a whole line of wire copy is when it is not story text (``furniture.line_kind``).
LineKind = Literal[
    "navigation", "furniture", "ednote", "signoff", "service", "rule", "notebook", "credit", "byline"
]
BoilerplateKind = Literal["navigation", "ednote", "signoff", "service", "furniture", "duplicate", "other"]

#: The kinds a :class:`Boilerplate` entry may have, with what each holds.
BOILERPLATE_KINDS: dict[BoilerplateKind, str] = {
    "navigation": "site navigation printed around the story (`All news`, `Home`)",
    "ednote": "notes to editors (`Eds: ...`, `(Adds ...)`, `EDITOR'S NOTE ...`)",
    "signoff": "end-of-story marks and credits (`Reuter`, `Enditem`, `(Reporting by ...)`)",
    "service": "distribution and service lines (`NYT News Service`, copyright lines)",
    "furniture": "wire headers, control codes, slugs, take keys and document ids",
    "duplicate": "a headline, caption or credit printed again",
    "other": "anything else kept out of the body (trailers after a rule, sub-headlines)",
}

#: The boilerplate kind a line of each kind is kept as. A rule or a notebook mark is kept as
#: ``other``; a credit becomes a caption and a byline the byline, never boilerplate.
KEPT_AS: dict[LineKind, BoilerplateKind] = {
    "navigation": "navigation",
    "furniture": "furniture",
    "ednote": "ednote",
    "signoff": "signoff",
    "service": "service",
    "rule": "other",
    "notebook": "other",
}

NO_DATELINE = "no dateline found"
NO_HEADLINE = "no headline found"
NO_BODY = "no body found"
UNDECODABLE = "undecodable bytes replaced"
MIXED_ENCODINGS = "mixed encodings"
LONG_LINE_CUT = "long line cut"
EMPTY_INPUT = "empty input"
AMBIGUOUS_PLACE = "ambiguous place"

#: Messages that may appear in ``Story.warnings``.
WARNINGS: dict[str, str] = {
    NO_DATELINE: "no line of the story opens with a dateline",
    NO_HEADLINE: "no line before the body could be taken as the headline",
    NO_BODY: "the story has no body paragraphs",
    UNDECODABLE: "the input was not valid in its encoding; bad bytes became U+FFFD",
    MIXED_ENCODINGS: "lines of the story were read in different encodings (each in its own)",
    LONG_LINE_CUT: "a line longer than 16 MiB was cut into lines of that length",
    EMPTY_INPUT: "the input holds no text",
    AMBIGUOUS_PLACE: "places of the dateline's name lie in several countries, none ten times as populous as the rest",
}


@dataclass(frozen=True, slots=True)
class Byline:
    text: str
    """The byline as printed, e.g. ``By ROBERT H. REID``."""
    authors: tuple[str, ...] = ()
    """Author names in normal case, without ``By`` or titles."""

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "authors": list(self.authors)}


@dataclass(frozen=True, slots=True)
class Geo:
    lat: float
    """Latitude in degrees (WGS 84), as GeoNames gives it."""
    lon: float
    """Longitude in degrees."""
    geonames_id: int
    """The place's GeoNames id (``https://www.geonames.org/<id>``)."""

    def as_dict(self) -> dict[str, Any]:
        return {"lat": self.lat, "lon": self.lon, "geonames_id": self.geonames_id}


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str
    """As printed, including its closing punctuation (``MAGAS, March 7. /TASS/.``)."""
    place: str | None = None
    """The place in normal case (``Magas``), or None when none is printed."""
    region: str | None = None
    """The first state, country or region printed after the place, without brackets."""
    date: str | None = None
    """``YYYY-MM-DD`` when the year is known, ``--MM-DD`` when only month and day are."""
    agency: str | None = None
    """Canonical agency name (``TASS``), or the credit as printed when it is not a known agency."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the country of the place, or None when it cannot be told."""
    geo: Geo | None = None
    """Where the place is, when the evidence singles out one place."""
    region_code: str | None = None
    """ISO 3166-2 code of the place's first-level region (``US-WI``), where known."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "place": self.place,
            "region": self.region,
            "date": self.date,
            "agency": self.agency,
            "country": self.country,
            "geo": self.geo.as_dict() if self.geo else None,
            "region_code": self.region_code,
        }


@dataclass(frozen=True, slots=True)
class Caption:
    text: str | None
    """The caption of a photo, or None for a credit printed alone."""
    credit: str | None = None
    """The photo credit without ``©``, ``Photo:`` or brackets."""

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit}


@dataclass(frozen=True, slots=True)
class Boilerplate:
    kind: str
    """One of :data:`BOILERPLATE_KINDS`."""
    text: str
    """The line or lines as printed."""

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}


@dataclass(frozen=True, slots=True)
class Story:
    source: str = "-"
    """The path as given, or ``-`` for standard input."""
    index: int = 0
    """0-based number of the story within its source."""
    headline: str | None = None
    summary: str | None = None
    """The standfirst printed between headline and body."""
    byline: Byline | None = None
    dateline: Dateline | None = None
    captions: tuple[Caption, ...] = ()
    paragraphs: tuple[str, ...] = ()
    """Body paragraphs, the dateline removed from the first, hard-wrapped lines joined."""
    boilerplate: tuple[Boilerplate, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str | None = None
    """ISO 639-1 code, or None when unsure."""
    encoding: str = "utf-8"
    """The codec the input was decoded with."""

    def as_dict(self) -> dict[str, Any]:
        """The JSON record: these keys, in this order, in every format."""
        return {
            "source": self.source,
            "index": self.index,
            "headline": self.headline,
            "summary": self.summary,
            "byline": self.byline.as_dict() if self.byline else None,
            "dateline": self.dateline.as_dict() if self.dateline else None,
            "captions": [c.as_dict() for c in self.captions],
            "paragraphs": list(self.paragraphs),
            "boilerplate": [b.as_dict() for b in self.boilerplate],
            "warnings": list(self.warnings),
            "language": self.language,
            "encoding": self.encoding,
        }


#: Record keys in output order; CSV columns and the JSON Schema follow it.
RECORD_KEYS: tuple[str, ...] = tuple(Story().as_dict())
