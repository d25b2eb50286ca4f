"""Replay of fuzzing inputs (reliability.md section 3, goal 1): every file in
``tests/fuzz/regressions/`` (inputs that once made the harness fail) and every seed of the fuzz
corpus (``tests/fuzz/seed_corpus.py``) goes through the harness's ``check()``, which parses it,
writes it in every format and checks the guarantees. Needs no atheris: the harness only imports it
to fuzz."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parent / "fuzz"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, FUZZ / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


harness = _load("fuzz_parse")
SEEDS = _load("seed_corpus").seeds()
REGRESSIONS = sorted(
    p for p in (FUZZ / "regressions").glob("*") if p.is_file() and p.suffix not in (".md", ".txt")
)


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.name)
def test_regression_input_passes(path):
    harness.check(path.read_bytes())


def test_seed_corpus_passes():
    assert len(SEEDS) > 50
    for data in SEEDS.values():
        harness.check(data)


def test_harness_flags_are_all_exercised():
    """The seeds cover every text mode and every flag bit of the harness."""
    flags = {data[0] for data in SEEDS.values()}
    assert {f & 3 for f in flags} == {0, 1, 2, 3}
    for bit in (4, 8, 16, 32):
        assert any(f & bit for f in flags), bit


def test_without_atheris_the_harness_explains(monkeypatch, capsys):
    monkeypatch.setattr(harness, "atheris", None)
    with pytest.raises(SystemExit) as stop:
        harness.main()
    assert stop.value.code == 2
    assert "atheris is not installed" in capsys.readouterr().err


def test_a_lone_surrogate_in_a_bylines_part_names_no_place():
    # (found by the property tests: a byline's part made of a lone surrogate reached the
    # gazetteer, which could not encode it to look it up)
    from wireparse import parse
    from wireparse.places import lookup

    assert lookup("\ud800") is None
    story = parse("ByBa,\ud800\n\nThe council met on Tuesday.\n")
    assert story.byline is not None and story.byline.authors == ("Ba",)
