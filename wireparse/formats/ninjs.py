"""ninjs (IPTC's News in JSON): one object per story, as JSON Lines, valid against the ninjs 3.1
schema, or 2.2 with ``--ninjs-version 2.2`` (the same object with 2.x's lower-case key names).

The README's mapping table says where each field of the record goes. What ninjs has no field for
(sign-offs, service lines and the other boilerplate, warnings, the encoding) is left out rather
than given a key of our own; the dateline's date is left out too, since every date ninjs takes on a
news item is a date-time and the dateline prints no time.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import IO, Any

from ..model import Story
from . import NINJS_VERSIONS, Options, Rendered, write_each
from .jsonsafe import dumps
from .newsroom import furniture, picture_uri, place_details, story_uri

EXTENSION = ".jsonl"
#: Versions written, the default first.
VERSIONS: tuple[str, ...] = NINJS_VERSIONS
#: The URI of each version's schema (its ``$id``).
SCHEMAS: dict[str, str] = {
    version: f"http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json" for version in VERSIONS
}
#: 3.x key -> 2.x key, for every key written whose spelling differs (2.x has them in lower case).
KEYS_2X: dict[str, str] = {
    "contentType": "contenttype",
    "edNote": "ednote",
    "geoJSON": "geojson",
    "infoSources": "infosources",
}
#: ``places[].uri`` of a country: IPTC's vocabulary of ISO 3166-1 alpha-2 codes.
COUNTRY_URI = "http://cvx.iptc.org/iso3166-1a2/"
#: ``places[].uri`` of a place with a GeoNames id.
GEONAMES_URI = "https://sws.geonames.org/"
#: ``rel`` of the places the dateline names, and of the byline's people.
PLACE_REL, PERSON_REL = "located", "author"


def record(story: Story, version: str = VERSIONS[0]) -> dict[str, Any]:
    """The ninjs object of ``story`` in ``version`` (one of :data:`VERSIONS`)."""
    if version not in SCHEMAS:
        raise ValueError(f"ninjs version {version!r} is not one of {', '.join(VERSIONS)}")
    uri = story_uri(story)
    item: dict[str, Any] = {
        "uri": uri,
        "standard": {"name": "ninjs", "version": version, "schema": SCHEMAS[version]},
        "type": "text",
    }
    if story.language:
        item["language"] = story.language
    item.update(_head(story))
    item.update(_located(story))
    item.update(_bodies(story))
    if story.captions:
        item["associations"] = _pictures(story, uri)
    if story.dateline and story.dateline.agency:
        item["infoSources"] = [{"name": story.dateline.agency}]
    if notes := furniture(story, "ednote"):
        item["edNote"] = "\n".join(notes)
    return item if version.startswith("3.") else _keys_2x(item)


def _head(story: Story) -> dict[str, Any]:
    """``headlines`` (the summary as the subheadline) and the byline as ``by`` and ``people``."""
    head: dict[str, Any] = {}
    headlines = [
        {"role": role, "value": text}
        for role, text in (("main", story.headline), ("subhead", story.summary))
        if text
    ]
    if headlines:
        head["headlines"] = headlines
    if story.byline:
        head["by"] = story.byline.text
        if story.byline.authors:
            head["people"] = [{"name": name, "rel": PERSON_REL} for name in story.byline.authors]
    return head


def _located(story: Story) -> dict[str, Any]:
    """``located`` (place, region) and ``places``: the place (with its GeoNames URI and point when
    the record has them), the region (with its ISO 3166-2 code) and the country (ISO 3166-1)."""
    dateline = story.dateline
    if dateline is None or not dateline.place:
        return {}
    details = place_details(dateline)
    city: dict[str, Any] = {"name": dateline.place, "rel": PLACE_REL}
    if details.geonames_id:
        city["uri"] = f"{GEONAMES_URI}{details.geonames_id}/"
    if details.lat is not None and details.lon is not None:
        city["geoJSON"] = {"type": "Point", "coordinates": [details.lon, details.lat]}
    places = [city]
    if dateline.region or details.region_code:
        region = {"name": dateline.region, "literal": details.region_code, "rel": PLACE_REL}
        places.append({k: v for k, v in region.items() if v})
    if details.country:
        country = details.country
        places.append({"literal": country, "uri": f"{COUNTRY_URI}{country.lower()}", "rel": PLACE_REL})
    located = ", ".join(part for part in (dateline.place, dateline.region) if part)
    return {"located": located, "places": places}


def _bodies(story: Story) -> dict[str, Any]:
    """The body as text (paragraphs parted by a blank line) and as HTML (a ``<p>`` each), the first
    paragraph opening with the dateline as printed, as the wire printed it."""
    opening = story.dateline.text if story.dateline and story.dateline.text else None
    paragraphs = list(story.paragraphs)
    if not paragraphs and opening is None:
        return {}
    first = paragraphs[0] if paragraphs else ""
    text = [" ".join(part for part in (opening, first) if part), *paragraphs[1:]]
    markup = [_p(first, opening), *(_p(p) for p in paragraphs[1:])]
    return {
        "bodies": [
            {"role": "main", "contentType": "text/plain", "value": "\n\n".join(text)},
            {"role": "main", "contentType": "text/html", "value": "\n".join(markup)},
        ]
    }


def _p(text: str, dateline: str | None = None) -> str:
    lead = f'<span class="dateline">{html.escape(dateline, quote=False)}</span>' if dateline else ""
    space = " " if lead and text else ""
    return f"<p>{lead}{space}{html.escape(text, quote=False)}</p>"


def _pictures(story: Story, uri: str) -> list[dict[str, Any]]:
    """An association of type picture per caption: its text as the caption, its credit as ``by``."""
    pictures = []
    for number, caption in enumerate(story.captions, 1):
        picture: dict[str, Any] = {
            "name": f"picture-{number}",
            "uri": picture_uri(uri, number),
            "type": "picture",
        }
        if caption.text:
            picture["descriptions"] = [{"role": "caption", "value": caption.text}]
        if caption.credit:
            picture["by"] = caption.credit
        pictures.append(picture)
    return pictures


def _keys_2x(value: Any) -> Any:
    """``value`` with every key of :data:`KEYS_2X` renamed, at any depth."""
    if isinstance(value, dict):
        return {KEYS_2X.get(key, key): _keys_2x(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_keys_2x(item) for item in value]
    return value


def render_story(story: Story, options: Options | None = None) -> str:
    version = options.ninjs_version if options is not None else VERSIONS[0]
    return dumps(record(story, version)) + "\n"


def write(stories: Iterable[Story | Rendered], stream: IO[str], options: Options | None = None) -> int:
    return write_each(stories, stream, render_story, options)
