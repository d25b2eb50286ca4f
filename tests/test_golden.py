"""Golden tests: every ``samples/<name>.txt`` parses to the record in ``samples/<name>.json``.

The pairs are found by glob, so adding a case is adding two files. The .json files were checked by
hand against ``samples/SHAPES.md`` and the stories themselves; they hold the *correct* record, not
whatever the parser once printed. A failure names each field that differs, with both values.

``pytest --regen`` rewrites the .json files from the parser (see ``conftest.py``): review the diff by
hand afterwards. The founding dispatch, ``../shared/seed/tass-magas.txt``, is checked against the
record issue 2 spells out, and skipped when ``../shared`` is absent.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import SAMPLES, read_text

from wireparse import parse
from wireparse.model import RECORD_KEYS


def _dump(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def _show(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _difference(key: str, expected, parsed) -> str:
    """One field's difference; for lists, only the items that differ."""
    if isinstance(expected, list) and isinstance(parsed, list):
        lines = [f"  {key}: {len(expected)} expected, {len(parsed)} parsed"]
        for n in range(max(len(expected), len(parsed))):
            want = expected[n] if n < len(expected) else "(none)"
            got = parsed[n] if n < len(parsed) else "(none)"
            if want != got:
                lines.append(f"    [{n}] expected {_show(want)}\n        parsed   {_show(got)}")
        return "\n".join(lines)
    return f"  {key}:\n    expected {_show(expected)}\n    parsed   {_show(parsed)}"


def _source(txt: Path) -> str:
    """The source as the command would record it when run from the repository root."""
    return f"samples/{txt.name}"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "sample" in metafunc.fixturenames:
        stories = sorted(SAMPLES.glob("*.txt"))
        if not metafunc.config.getoption("--regen"):
            stories = [p for p in stories if p.with_suffix(".json").exists()]
        metafunc.parametrize("sample", stories, ids=[p.stem for p in stories])


def test_samples_have_goldens(regen: bool) -> None:
    """A story without its expected record is a test that silently does not run."""
    if regen:
        pytest.skip("regenerating")
    missing = [p.name for p in sorted(SAMPLES.glob("*.txt")) if not p.with_suffix(".json").exists()]
    assert not missing, f"no .json beside {missing}: run pytest --regen, then review the values"
    assert len(list(SAMPLES.glob("*.json"))) >= 8


def test_golden(sample: Path, regen: bool) -> None:
    record = parse(read_text(sample), source=_source(sample)).as_dict()
    golden = sample.with_suffix(".json")
    if regen:
        golden.write_text(_dump(record), encoding="utf-8")
        pytest.skip(f"rewrote {golden.name}: review the diff by hand")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert list(expected) == list(RECORD_KEYS), "golden keys differ from the record's"
    wrong = [key for key in RECORD_KEYS if record[key] != expected[key]]
    if wrong:
        pytest.fail(
            f"{sample.name}: fields that differ from {golden.name}:\n"
            + "\n".join(_difference(key, expected[key], record[key]) for key in wrong),
            pytrace=False,
        )


def test_golden_files_are_canonical(sample: Path, regen: bool) -> None:
    """Hand edits keep the layout --regen writes, so a regenerated file diffs only where values do."""
    if regen:
        pytest.skip("regenerating")
    golden = sample.with_suffix(".json")
    text = golden.read_text(encoding="utf-8")
    assert text == _dump(json.loads(text)), f"{golden.name}: not indent=2, ensure_ascii=False, final newline"
    assert json.loads(text)["source"] == _source(sample)


# --- the founding dispatch (issue 2) ---------------------------------------------------------------

MAGAS_HEADLINE = "Macron’s call for sending NATO troops to Ukraine due to Kiev’s failure — Security Council"
MAGAS_SUMMARY = (
    '"By continuing to provide large-scale military and military-technical assistance, '
    'the West is actually participating in the armed conflict," Nikolay Patrushev stressed'
)
MAGAS_CAPTIONS = [
    {
        "text": "Russian Security Council Secretary Nikolay Patrushev",
        "credit": "Alexey Druzhinin/Russian Presidential Press and Information Office/TASS",
    }
]


@pytest.fixture(scope="module")
def magas_text(shared: Path) -> str:
    seed = shared / "seed" / "tass-magas.txt"
    if not seed.is_file():
        pytest.skip(f"{seed} is absent")
    return read_text(seed)


@pytest.mark.parametrize(
    "reference, date",
    [
        (None, "--03-07"),
        (dt.date(2024, 3, 20), "2024-03-07"),
        ("2024-03-20", "2024-03-07"),
    ],
    ids=["no-reference", "reference-date", "reference-string"],
)
def test_founding_dispatch(magas_text: str, reference, date: str) -> None:
    record = parse(magas_text, reference_date=reference).as_dict()
    assert record["headline"] == MAGAS_HEADLINE
    assert record["summary"] == MAGAS_SUMMARY
    assert record["byline"] is None
    assert record["captions"] == MAGAS_CAPTIONS
    assert record["dateline"] == {
        "text": "MAGAS, March 7. /TASS/.",
        "place": "Magas",
        "region": None,
        "date": date,
        "agency": "TASS",
        "country": "RU",
        "geo": {"lat": 43.22257, "lon": 44.77261, "geonames_id": 6313621},
        "region_code": None,
    }
    assert len(record["paragraphs"]) == 5
    assert record["paragraphs"][0].startswith(
        "Russian Security Council Secretary Nikolay Patrushev has attributed"
    )


def test_founding_dispatch_navigation_is_boilerplate_only(magas_text: str) -> None:
    record = parse(magas_text).as_dict()
    assert {"kind": "navigation", "text": "All news"} in record["boilerplate"]
    assert [b for b in record["boilerplate"] if "All news" in b["text"]] == [
        {"kind": "navigation", "text": "All news"}
    ]
    elsewhere = [
        record["headline"],
        record["summary"],
        *record["paragraphs"],
        *(c["text"] or "" for c in record["captions"]),
    ]
    assert not [text for text in elsewhere if text and "All news" in text]
