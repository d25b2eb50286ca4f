"""The one schema: ``wireparse/schema.json`` is a valid JSON Schema, every golden record and every
record the parser prints for the samples (and for degenerate input) validates against it,
``wireparse --schema`` prints exactly it, and the record's keys come in the documented order."""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES, read_text
from jsonschema import Draft202012Validator

from wireparse import parse
from wireparse.cli import command
from wireparse.model import BOILERPLATE_KINDS, RECORD_KEYS

#: The record's keys in the order issue 2 documents (``language`` and ``encoding`` added later).
KEY_ORDER = [
    "source",
    "index",
    "headline",
    "summary",
    "byline",
    "dateline",
    "captions",
    "paragraphs",
    "boilerplate",
    "warnings",
    "language",
    "encoding",
]
SCHEMA = json.loads(files("wireparse").joinpath("schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)
STORIES = sorted(SAMPLES.glob("*.txt"))
GOLDENS = sorted(SAMPLES.glob("*.json"))


def _errors(record: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}"
        for e in VALIDATOR.iter_errors(record)
    ]


def test_schema_is_valid_json_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("golden", GOLDENS, ids=[p.stem for p in GOLDENS])
def test_golden_records_validate(golden: Path) -> None:
    assert not _errors(json.loads(golden.read_text(encoding="utf-8")))


@pytest.mark.parametrize("story", STORIES, ids=[p.stem for p in STORIES])
def test_parser_output_validates(story: Path) -> None:
    assert not _errors(parse(read_text(story), source=str(story)).as_dict())


@pytest.mark.parametrize(
    "text",
    [
        "",  # empty input: every field null or empty
        "   \n\n  \n",  # blank lines only
        "Just one line with no dateline",  # headline only
        "Headline\n\nBody without a dateline, in one paragraph.\n",
        "\x1b[31m\u202e\x85 controls \x00 and \ufffd\n",
    ],
    ids=["empty", "blank", "one-line", "no-dateline", "controls"],
)
def test_degenerate_input_validates(text: str) -> None:
    assert not _errors(parse(text).as_dict())


#: (what is wrong, how to make a valid record wrong that way)
BROKEN = [
    ("a key is missing", lambda r: r.pop("warnings")),
    ("an unknown key", lambda r: r.update(extra=1)),
    ("a kind outside the set", lambda r: r["boilerplate"].append({"kind": "junk", "text": "x"})),
    ("a date that is not ISO", lambda r: r["dateline"].update(date="March 7")),
    ("a negative index", lambda r: r.update(index=-1)),
    ("a language that is not ISO 639-1", lambda r: r.update(language="english")),
    ("authors that are not a list", lambda r: r.update(byline={"text": "By X", "authors": "X"})),
]


@pytest.mark.parametrize("reason, break_it", BROKEN, ids=[reason for reason, _ in BROKEN])
def test_schema_rejects_wrong_records(reason: str, break_it) -> None:
    record = copy.deepcopy(json.loads((SAMPLES / "tass-web.json").read_text(encoding="utf-8")))
    break_it(record)
    assert _errors(record), f"schema accepted a record with {reason}"


def test_schema_kinds_are_the_documented_kinds() -> None:
    kinds = SCHEMA["properties"]["boilerplate"]["items"]["properties"]["kind"]["enum"]
    assert kinds == list(BOILERPLATE_KINDS)
    assert set(kinds) == {"navigation", "ednote", "signoff", "service", "furniture", "duplicate", "other"}


def test_schema_lists_the_record_keys_in_order() -> None:
    assert list(SCHEMA["properties"]) == KEY_ORDER
    assert SCHEMA["required"] == KEY_ORDER


def test_record_key_order() -> None:
    record = parse("LONDON, March 7 (Reuters) - Shares rose.").as_dict()
    assert list(record) == KEY_ORDER
    assert list(RECORD_KEYS) == KEY_ORDER


def test_nested_key_order() -> None:
    text = read_text(SAMPLES / "tass-web.txt")
    record = parse(text).as_dict()
    assert list(record["dateline"]) == [
        "text",
        "place",
        "region",
        "date",
        "agency",
        "country",
        "geo",
        "region_code",
    ]
    assert list(record["dateline"]["geo"]) == ["lat", "lon", "geonames_id"]
    assert list(record["captions"][0]) == ["text", "credit"]
    assert list(record["boilerplate"][0]) == ["kind", "text"]
    byline = parse(read_text(SAMPLES / "reuters-modern.txt")).as_dict()["byline"]
    assert list(byline) == ["text", "authors"]


def test_cli_prints_the_schema() -> None:
    result = CliRunner().invoke(command, ["--schema"], prog_name="wireparse")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == SCHEMA
    assert result.stdout == files("wireparse").joinpath("schema.json").read_text(encoding="utf-8")
