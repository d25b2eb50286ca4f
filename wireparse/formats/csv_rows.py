"""CSV: a header, then one row per story (RFC 4180, comma-separated, UTF-8).

Columns, fixed and in this order: ``source, index, headline, summary, byline, authors,
dateline, place, region, date, agency, country, lat, lon, region_code, captions, paragraphs, body,
boilerplate, warnings, language, encoding``; ``lat`` and ``lon`` are the dateline's ``geo``. ``authors`` and ``warnings`` are joined by ``; ``; ``captions`` and ``boilerplate`` hold
the JSON of their lists (they have inner fields); ``paragraphs`` is the paragraph count and ``body``
the paragraphs joined by a blank line. Empty cells stand for null.

``--excel-safe`` prefixes a cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR with ``'`` so
that a spreadsheet shows it rather than running it as a formula (it alters the data, so it is off
by default).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import IO, Any

from ..model import Story
from . import Options, Rendered
from .jsonsafe import dumps

EXTENSION = ".csv"

COLUMNS: tuple[str, ...] = (
    "source",
    "index",
    "headline",
    "summary",
    "byline",
    "authors",
    "dateline",
    "place",
    "region",
    "date",
    "agency",
    "country",
    "lat",
    "lon",
    "region_code",
    "captions",
    "paragraphs",
    "body",
    "boilerplate",
    "warnings",
    "language",
    "encoding",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def row(record: dict[str, Any]) -> dict[str, Any]:
    byline = record["byline"] or {}
    dateline = record["dateline"] or {}
    geo = dateline.get("geo") or {}
    return {
        "source": record["source"],
        "index": record["index"],
        "headline": record["headline"],
        "summary": record["summary"],
        "byline": byline.get("text"),
        "authors": "; ".join(byline.get("authors") or []),
        "dateline": dateline.get("text"),
        "place": dateline.get("place"),
        "region": dateline.get("region"),
        "date": dateline.get("date"),
        "agency": dateline.get("agency"),
        "country": dateline.get("country"),
        "lat": geo.get("lat"),
        "lon": geo.get("lon"),
        "region_code": dateline.get("region_code"),
        "captions": dumps(record["captions"]) if record["captions"] else "",
        "paragraphs": len(record["paragraphs"]),
        "body": "\n\n".join(record["paragraphs"]),
        "boilerplate": dumps(record["boilerplate"]) if record["boilerplate"] else "",
        "warnings": "; ".join(record["warnings"]),
        "language": record["language"],
        "encoding": record["encoding"],
    }


def _defuse(value: Any) -> Any:
    # a number is a cell like any other: a negative longitude starts with "-"
    text = repr(value) if isinstance(value, float) else value
    if isinstance(text, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return value


def _writer(stream: IO[str]) -> csv.DictWriter[str]:
    return csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\r\n")


def _write_row(writer: csv.DictWriter[str], story: Story, options: Options | None) -> None:
    cells = row(story.as_dict())
    if options is not None and options.excel_safe:
        cells = {k: _defuse(v) for k, v in cells.items()}
    writer.writerow(cells)


def render_story(story: Story, options: Options | None = None) -> str:
    buffer = io.StringIO()
    _write_row(_writer(buffer), story, options)
    return buffer.getvalue()


def write(stories: Iterable[Story | Rendered], stream: IO[str], options: Options | None = None) -> int:
    writer = _writer(stream)
    writer.writeheader()
    count = 0
    for story in stories:
        if isinstance(story, Rendered):
            stream.write(story.text)
        else:
            _write_row(writer, story, options)
        stream.flush()
        count += 1
    return count
