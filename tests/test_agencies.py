"""The agency table (``wireparse/agencies.py``, issue 3): canonical names are unique, no alias is
claimed by two agencies, the table covers every canonical name the corpus uses and at least 40
agencies, and every alias is recognised by the compiled patterns, both as a credit on its own
(``canonical_agency``) and inside a dateline (``match_dateline``)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from wireparse.agencies import AGENCIES
from wireparse.dateline import canonical_agency, match_dateline

#: "Canonical agency names" in ../shared/corpus/README.md, copied as data so that the test runs on a
#: bare clone and a change to that list is a deliberate change here too.
CORPUS_CANONICAL_NAMES = (
    "TASS",
    "RIA Novosti",
    "Interfax",
    "Sputnik",
    "Reuters",
    "AP",
    "AFP",
    "UPI",
    "dpa",
    "Xinhua",
    "China News Service",
    "People's Daily",
    "Kyodo",
    "Jiji",
    "Yonhap",
    "KCNA",
    "PTI",
    "ANI",
    "IANS",
    "UNI",
    "EFE",
    "ACAN-EFE",
    "ANSA",
    "Europa Press",
    "Notimex",
    "Telam",
    "Prensa Latina",
    "Anadolu",
    "ATS",
    "SDA",
    "APA",
    "Belga",
    "ANP",
    "NTB",
    "TT",
    "STT",
    "Ritzau",
    "PA",
    "SAPA",
    "ANA-MPA",
    "Bloomberg",
    "NYT News Service",
    "Ukrinform",
    "UNIAN",
    "BelTA",
    "IRNA",
    "WAM",
    "SPA",
    "MENA",
    "QNA",
    "KUNA",
    "Bernama",
    "Antara",
    "PNA",
    "CNA",
    "VNA",
    "AAP",
    "Lusa",
    "PAP",
    "CTK",
    "MTI",
    "BTA",
    "Agerpres",
    "Tanjug",
    "HINA",
    "STA",
    "Kazinform",
    "Trend",
    "AzerTag",
)
#: Spellings the corpus README and issue 3 name explicitly, with the agency each maps to.
NAMED_SPELLINGS = {
    "ITAR-TASS": "TASS",
    "ТАСС": "TASS",
    "ИТАР-ТАСС": "TASS",
    "Reuter": "Reuters",
    "Associated Press": "AP",
    "INTERFAX.RU": "Interfax",
    "Интерфакс": "Interfax",
    "РИА Новости": "RIA Novosti",
    "新华社": "Xinhua",
    "中新社": "China News Service",
    "中新网": "China News Service",
    "भाषा": "PTI",
}
#: Aliases whose capitals casefold to another spelling: Turkish dotless i (ANADOLU AJANSI).
CASE_TRAPS = ("Anadolu Ajansı",)
NAMES = [name for name, _ in AGENCIES]
ALIASES = [(name, alias) for name, aliases in AGENCIES for alias in (name, *aliases)]


def fold(text: str) -> str:
    """How credits are compared: casefolded, runs of spaces folded to one."""
    return " ".join(text.casefold().split())


def test_canonical_names_are_unique() -> None:
    assert len(NAMES) == len(set(NAMES))
    assert len({fold(n) for n in NAMES}) == len(NAMES), "two names differ only in case or spacing"


def test_no_alias_is_claimed_twice() -> None:
    claims: dict[str, set[str]] = defaultdict(set)
    for name, alias in ALIASES:
        claims[fold(alias)].add(name)
    assert not {alias: names for alias, names in claims.items() if len(names) > 1}


def test_no_alias_is_empty_or_padded() -> None:
    assert not [alias for _, alias in ALIASES if not alias or alias != alias.strip()]


def test_at_least_forty_agencies() -> None:
    assert len(AGENCIES) >= 40


def test_every_corpus_canonical_name_is_in_the_table() -> None:
    assert not [name for name in CORPUS_CANONICAL_NAMES if name not in NAMES]


@pytest.mark.parametrize("alias, name", sorted(NAMED_SPELLINGS.items()))
def test_named_spellings_are_aliases(alias: str, name: str) -> None:
    assert (name, alias) in ALIASES


@pytest.mark.parametrize("name, alias", ALIASES, ids=[f"{n}:{a}" for n, a in ALIASES])
def test_alias_gives_canonical_name(name: str, alias: str) -> None:
    assert canonical_agency(alias) == name
    if alias not in CASE_TRAPS:
        assert canonical_agency(alias.upper()) == name, "credits are matched regardless of case"


@pytest.mark.parametrize("alias", CASE_TRAPS)
def test_alias_in_capitals_with_dotless_i(alias: str) -> None:
    assert canonical_agency(alias.upper()) == canonical_agency(alias)


@pytest.mark.parametrize("name, alias", ALIASES, ids=[f"{n}:{a}" for n, a in ALIASES])
def test_alias_in_a_dateline(name: str, alias: str) -> None:
    match = match_dateline(f"LONDON, March 7 ({alias}) - The story begins here.")
    assert match is not None, "no dateline recognised"
    assert match.dateline.agency == name
    assert match.dateline.text == f"LONDON, March 7 ({alias}) -"
    assert match.dateline.place == "London"


@pytest.mark.parametrize(
    "credit, shown, why",
    [
        ("Ruritania News Agency", "Ruritania News Agency", "an unknown agency is kept as printed"),
        ("RURITANIA NEWS AGENCY", "Ruritania News Agency", "in normal case when printed in capitals"),
        ("FBIS", "FBIS", "an unknown acronym stays an acronym"),
        (None, None, "no credit, no agency"),
    ],
)
def test_unknown_credit_is_reported_not_dropped(credit, shown, why) -> None:
    assert canonical_agency(credit) == shown, why


def test_photo_agencies_are_canonical_names():
    from wireparse.agencies import AGENCIES, PHOTO_AGENCIES, PHOTO_CREDIT_NAMES, SERVICE_LINE_AGENCIES

    canonical = {name for name, _ in AGENCIES}
    assert set(PHOTO_AGENCIES) <= canonical
    assert set(SERVICE_LINE_AGENCIES) <= canonical
    assert not set(PHOTO_CREDIT_NAMES) & canonical  # a canonical name belongs in PHOTO_AGENCIES


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Kikwit (Agenzia Fides) - La diocesi ha aperto una mensa.", "Fides"),
        ("Catarman (Agencia Fides) - La diócesis abrió un comedor.", "Fides"),
        ("Bamako (Agence Fides) - Le diocèse a ouvert une cantine.", "Fides"),
        ("طرابلس 5 مارس (وال) - افتتح الميناء رصيفا جديدا.", "LANA"),
        ("الجزائر - 5 مارس 2024 (وأج) - افتتح الميناء رصيفا جديدا.", "APS"),
        ("SÃO PAULO, 12 (AE) - O Ibovespa encerrou em alta.", "Estadão Conteúdo"),
        ("Rio de Janeiro, 12 (AE) - A Petrobras anunciou.", "Estadão Conteúdo"),
    ],
)
def test_further_agencies_are_known_as_their_services_print_them(line: str, agency: str) -> None:
    from wireparse import parse

    dateline = parse(line).dateline
    assert dateline is not None and dateline.agency == agency


@pytest.mark.parametrize(
    ("printed", "agency"),
    [
        ("Agência Lusa", "Lusa"),
        ("AGENZIA ANSA", "ANSA"),
        ("Agence  Anadolu", "Anadolu"),
        ("Agencia Atlas", None),
    ],
)
def test_the_word_for_agency_before_a_known_name_names_it(printed: str, agency: str | None) -> None:
    from wireparse.patterns import known_agency, names_an_agency

    assert known_agency(printed) == agency
    assert names_an_agency(printed)


@pytest.mark.parametrize("printed", ["Agency problems", "Agencia de viajes", "Atlas", "agencia atlas"])
def test_words_after_the_word_for_agency_must_be_a_name(printed: str) -> None:
    from wireparse.patterns import names_an_agency

    assert not names_an_agency(printed)
