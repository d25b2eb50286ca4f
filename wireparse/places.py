"""Where a dateline was filed: its place resolved to a country, coordinates and region, offline.

:func:`lookup` finds the places of a printed name in the shipped gazetteer (:mod:`wireparse.gazetteer`)
and keeps those the evidence points to, in this order:

1. the region printed beside the place (``Moscow, Idaho``, ``LA CROSSE, Wis.``, ``SAITAMA, Japan``,
   ``Landquart GR``): only the places in it are kept; a place the gazetteer lacks, in a region of one
   country, gets that country without coordinates;
2. while places in several countries remain, each of these keeps the places it prefers, unless a
   place it leaves out has ten times the people of the largest it keeps: the agency's home country
   (``MESSINA (SAPA)`` is Musina, South Africa); the countries that speak the story's language (not
   for English, which the wires file in from everywhere); places whose own name is the one printed,
   over places that merely carry it as another name (Philadelphia, not Amman); national capitals
   (datelines print a capital alone); the places known by twice as many names as the rest (Geneva
   of the world's press, not its namesakes);
3. the population: the most populous place is taken when it has ten times the people of the
   largest in another country; otherwise the place is ambiguous and nothing is resolved.

Coordinates are given only for a place the evidence singles out (one place left, or ten times the
people of the next); a country whose places all remain gets the country alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Literal, NamedTuple

from .agencies import HOME_COUNTRIES
from .gazetteer import Place, fold, gazetteer
from .model import Dateline, Geo
from .placenames import REGION_WORDS, WORLD_LANGUAGES

#: How many times more people a place needs than the next to be taken for the name alone.
DOMINANCE = 10
#: How many times more names a place needs than its namesakes to be taken as the renowned one.
RENOWN = 2

Evidence = Literal[
    "name", "region", "agency", "language", "own name", "capital", "renown", "population", "country name"
]


class Resolved(NamedTuple):
    """What :func:`lookup` found for a name."""

    country: str | None
    """ISO 3166-1 alpha-2, or None when the name is ambiguous."""
    place: Place | None
    """The place, when the evidence singles one out (its ``lat``, ``lon``, ``geonames_id``)."""
    region_code: str | None
    """ISO 3166-2 of the place's first-level region, where known."""
    evidence: Evidence | Literal["ambiguous"]
    """What decided: ``name`` (one country has places of that name), ``region``, ``agency``,
    ``language``, ``own name``, ``capital``, ``renown``, ``population``, ``country name`` (the name
    is a country's), or ``ambiguous`` (places of that name remain in several countries)."""
    candidates: int
    """How many places of that name the gazetteer holds."""

    @property
    def ambiguous(self) -> bool:
        return self.evidence == "ambiguous"


def lookup(
    name: str, *, region: str | None = None, agency: str | None = None, language: str | None = None
) -> Resolved | None:
    """The place a dateline names, or None when neither the name nor its region is known.

    Args:
        name: the place as printed (``MOSCOW``, ``Москва``, ``St. Joseph``).
        region: the state, country or region printed beside it (``Idaho``, ``Wis.``, ``Japan``).
        agency: the agency credited (canonical name, or as printed): its home country is preferred.
        language: the story's language (ISO 639-1): the countries that speak it are preferred.

    >>> lookup("LA CROSSE", region="Wis.").region_code
    'US-WI'
    >>> lookup("Moscow", region="Idaho").country, lookup("Москва").country
    ('US', 'RU')
    """
    return _lookup(fold(name), region, agency, language)


def locate(dateline: Dateline, language: str | None) -> tuple[Dateline, bool]:
    """``dateline`` with the country, coordinates and region code of its place, and whether the
    place is ambiguous."""
    if not dateline.place:
        return dateline, False
    found = _located(dateline.place, dateline.region, dateline.agency, language)
    if found is None:
        return dateline, False
    country, geo, region_code, ambiguous = found
    # (made field by field: dataclasses.replace reads the fields anew and costs twice as much)
    located = Dateline(
        dateline.text,
        dateline.place,
        dateline.region,
        dateline.date,
        dateline.agency,
        country,
        geo,
        region_code,
    )
    return located, ambiguous


# kept for the next story from the same place (datelines repeat; their dates and texts do not)
@lru_cache(maxsize=4096)
def _located(
    name: str, region: str | None, agency: str | None, language: str | None
) -> tuple[str | None, Geo | None, str | None, bool] | None:
    found = lookup(name, region=region, agency=agency, language=language)
    if found is None:
        return None
    place = found.place
    geo = Geo(place.lat, place.lon, place.geonames_id) if place else None
    return found.country, geo, found.region_code, found.ambiguous


@lru_cache(maxsize=4096)
def _lookup(key: str, region: str | None, agency: str | None, language: str | None) -> Resolved | None:
    """The places named ``key`` (folded), narrowed by the region, then by each step while they lie in
    several countries, then by population (the module's docstring)."""
    entry = gazetteer().entry(key)
    places = [gazetteer().place(row) for row in entry.rows]
    count = len(places)
    evidence: Evidence = "name"
    codes = region_codes(region) if region else frozenset()
    if region and (codes or places):
        inside = [p for p in places if _in_region(p, codes, region)]
        if inside:
            places, evidence = inside, "region"
        elif codes:
            return _region_alone(codes, count)
    if not places:
        return _country_named(entry.regions)
    for step, choose in _steps(key, agency, language):
        if len(_countries(places)) > 1:
            kept = _preferred(places, choose(places))
            if kept is not None:
                places, evidence = kept, step
    if len(_countries(places)) > 1:
        top = _dominant(places, lambda p, q: p.country != q.country)
        if top is None:
            return Resolved(None, None, None, "ambiguous", count)
        places, evidence = [p for p in places if p.country == top.country], "population"
    return _resolved(places, evidence, count, key)


#: A list of places, and those of them a step prefers.
Choice = Callable[[list[Place]], list[Place]]


def _steps(key: str, agency: str | None, language: str | None) -> Iterator[tuple[Evidence, Choice]]:
    """What is preferred, in order, among places of a name in several countries."""
    homes, speakers = _homes(agency), _speakers(language)
    if homes:
        yield "agency", lambda places: [p for p in places if p.country in homes]
    if speakers:
        yield "language", lambda places: [p for p in places if p.country in speakers]
    yield "own name", lambda places: [p for p in places if fold(p.name) == key]
    yield "capital", lambda places: [p for p in places if p.capital]
    yield "renown", _renowned


def _renowned(places: list[Place]) -> list[Place]:
    """The places known by :data:`RENOWN` times as many names as the others (in many languages:
    the Geneva of the world's press, not its namesakes)."""
    most = max(p.names for p in places)
    return [p for p in places if p.names * RENOWN > most]


def _resolved(places: list[Place], evidence: Evidence, count: int, key: str) -> Resolved:
    """All ``places`` share a country: the place itself when one stands out (by its own name, or
    by its people)."""
    own = _preferred(places, [p for p in places if fold(p.name) == key])
    place = _dominant(own or places, lambda p, q: True)
    codes = {p.region_code for p in places}
    code = place.region_code if place else (codes.pop() if len(codes) == 1 else None)
    return Resolved(places[0].country, place, code, evidence, count)


def _countries(places: Iterable[Place]) -> set[str]:
    return {p.country for p in places}


def _dominant(places: list[Place], rival: Callable[[Place, Place], bool]) -> Place | None:
    """The most populous place when it has :data:`DOMINANCE` times the people of each rival."""
    top = max(places, key=lambda p: p.population)
    most = max((p.population for p in places if p is not top and rival(top, p)), default=None)
    if most is None or (top.population > most and top.population >= DOMINANCE * most):
        return top
    return None


def _preferred(places: list[Place], kept: list[Place]) -> list[Place] | None:
    """The places ``kept``, unless they are none or all, or a place left out has :data:`DOMINANCE`
    times the people of the largest of them."""
    if not kept or len(kept) == len(places):
        return None
    rest = max(p.population for p in places if p not in kept)
    return kept if DOMINANCE * max(p.population for p in kept) > rest else None


def _in_region(place: Place, codes: frozenset[str], printed: str) -> bool:
    """A place lies in the region printed: its country or its first-level region is one of
    ``codes``, or the region printed is its GeoNames first-level code (``Landquart GR``)."""
    if printed.strip(" .") == place.admin1 and place.admin1.isalpha():
        return True
    for code in codes:
        country, _, sub = code.partition("-")
        if place.country == country and (not sub or place.region_code in (None, code)):
            return True
    return False


def _region_alone(codes: frozenset[str], count: int) -> Resolved | None:
    """A place the gazetteer lacks, in a region of one country: the country, no coordinates."""
    countries = {code.split("-")[0] for code in codes}
    if len(countries) != 1:
        return None
    subs = [code for code in codes if "-" in code]
    return Resolved(countries.pop(), None, subs[0] if len(subs) == 1 else None, "region", count)


def _country_named(regions: tuple[str, ...]) -> Resolved | None:
    """A dateline that names a country (``KOSOVO``): the country, no coordinates."""
    countries = {code for code in regions if "-" not in code}
    if len(countries) != 1:
        return None
    return Resolved(countries.pop(), None, None, "country name", 0)


@lru_cache(maxsize=1024)
def region_codes(region: str) -> frozenset[str]:
    """The ISO codes of the countries and first-level regions a printed region names: by its name
    (``Wis.``, ``Japan``, ``Nova Scotia``), by its name without the words saying what kind of region
    it is, or by the country of the place it is named after (``Leningrad Region``)."""
    key = fold(region)
    codes = gazetteer().entry(key).regions
    if codes:
        return frozenset(codes)
    bare = " ".join(word for word in key.split() if word not in _region_words())
    if not bare:
        return frozenset()
    if bare != key:
        codes = gazetteer().entry(bare).regions
        if codes:
            return frozenset(codes)
    named = _lookup(bare, None, None, None) if bare != key else None
    return frozenset({named.country}) if named and named.country else frozenset()


@cache
def _region_words() -> frozenset[str]:
    return frozenset(fold(word) for word in REGION_WORDS)


@lru_cache(maxsize=256)
def _homes(agency: str | None) -> frozenset[str] | None:
    """The home countries of an agency, or of each agency a joint credit names (``Telam-ANSA``)."""
    if not agency:
        return None
    homes = _home_table()
    found = {homes[key] for key in (fold(agency), *fold(agency).split()) if key in homes}
    return frozenset(found) or None


@cache
def _home_table() -> dict[str, str]:
    return {fold(agency): country for agency, country in HOME_COUNTRIES.items()}


def _speakers(language: str | None) -> frozenset[str] | None:
    """The countries where GeoNames lists ``language`` as spoken (none for a world language)."""
    if not language or language in WORLD_LANGUAGES:
        return None
    from ._languages_geonames import LANGUAGE_COUNTRIES

    countries = LANGUAGE_COUNTRIES.get(language)
    return frozenset(countries) if countries else None
