"""What the two newsroom standards (ninjs and NITF) take from a record alike: the story's URI, the
dateline's date in the forms they accept, the place details a dateline may carry, and the wire
furniture that has a home in them.

The place details (``country``, ``region_code``, ``geo``) are read from ``Dateline.as_dict()`` by
name, so that a record without them (or with any of them None) simply leaves them out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from ..model import Dateline, Story

#: A story's URI: this prefix, its source percent-encoded, a colon and its index.
URI_PREFIX = "urn:wireparse:"
#: Characters a source keeps as they are in its URI (besides letters, digits and ``_.-~``).
URI_SAFE = "/"
_FULL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")


def story_uri(story: Story) -> str:
    """``urn:wireparse:<source>:<index>``: the same for the same source and index, run after run.
    The source is percent-encoded (its colons too), so the index after the last colon is
    unambiguous; a file name that is not UTF-8 is encoded as the bytes it was read from."""
    from urllib.parse import quote

    try:
        source = quote(story.source, safe=URI_SAFE, errors="surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file name gives (a string made by hand)
        source = quote(story.source, safe=URI_SAFE, errors="surrogatepass")
    return f"{URI_PREFIX}{source}:{story.index}"


def picture_uri(story_uri: str, number: int) -> str:
    """The URI of the ``number``-th (from 1) picture a story's captions describe."""
    return f"{story_uri}#picture-{number}"


def full_date(date: str | None) -> str | None:
    """``YYYY-MM-DD`` when ``date`` is one, else None (a year-less ``--MM-DD`` is not a full date)."""
    return date if date is not None and _FULL_DATE.fullmatch(date) else None


def basic_date(date: str | None) -> str | None:
    """``date`` in ISO 8601's basic form, as NITF's ``norm`` attributes write dates: ``YYYYMMDD``,
    or ``--MMDD`` without a year; None for None or anything else. No time is added."""
    if date is None:
        return None
    if m := _FULL_DATE.fullmatch(date):
        return "".join(m.groups())
    if m := _MONTH_DAY.fullmatch(date):
        return "--" + "".join(m.groups())
    return None


class Place(NamedTuple):
    """What a dateline says about its place beyond the names printed."""

    country: str | None = None
    """ISO 3166-1 alpha-2."""
    region_code: str | None = None
    """ISO 3166-2."""
    lat: float | None = None
    lon: float | None = None
    geonames_id: str | None = None


def place_details(dateline: Dateline | None) -> Place:
    """The dateline's ``country``, ``region_code`` and ``geo`` when its record holds them."""
    if dateline is None:
        return Place()
    record = dateline.as_dict()
    geo = record.get("geo")
    if geo is not None and not isinstance(geo, Mapping) and hasattr(geo, "as_dict"):
        geo = geo.as_dict()
    geo = geo if isinstance(geo, Mapping) else {}
    lat, lon = _number(geo.get("lat")), _number(geo.get("lon"))
    if lat is None or lon is None:
        lat = lon = None
    return Place(
        country=_text(record.get("country")),
        region_code=_text(record.get("region_code")),
        lat=lat,
        lon=lon,
        geonames_id=_text(geo.get("geonames_id")),
    )


def _text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    text = str(value) if isinstance(value, str | int) else None
    return text or None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def furniture(story: Story, kind: str) -> list[str]:
    """The texts of the story's boilerplate of ``kind`` (``ednote``, ``signoff``...), in order."""
    return [b.text for b in story.boilerplate if b.kind == kind]
