"""The vocabulary tables are compared with text as it casefolds: an entry in small letters whose
casefolded form differs (Greek's final sigma, German's sharp s, Armenian's ligature) is listed in
that form too, and every export's field label has a role however its case folds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wireparse import credits, months, parse, words
from wireparse.furniture import field_label


def _tables() -> Iterator[tuple[str, tuple[str, ...] | frozenset[str]]]:
    for module in (words, credits, months):
        for name, value in vars(module).items():
            if isinstance(value, (tuple, frozenset)) and value and all(isinstance(x, str) for x in value):
                yield f"{module.__name__}.{name}", value
            elif isinstance(value, dict):
                for key, entries in value.items():
                    if isinstance(entries, (tuple, frozenset)) and all(isinstance(x, str) for x in entries):
                        yield f"{module.__name__}.{name}[{key}]", entries


def test_every_entry_in_small_letters_is_listed_as_it_casefolds() -> None:
    unfolded = [
        (name, entry)
        for name, table in _tables()
        for entry in table
        if entry == entry.lower() and entry.casefold() != entry and entry.casefold() not in table
    ]
    assert unfolded == []


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Τίτλος: Νέα ευρήματα στην ανασκαφή", "headline"),
        ("ΤΊΤΛΟΣ: Νέα ευρήματα", "headline"),
        ("τίτλος: νέα ευρήματα", "headline"),
    ],
    ids=["title-case", "capitals", "small-letters"],
)
def test_a_label_closing_in_a_final_sigma_is_a_field(line: str, role: str) -> None:
    field = field_label(line)
    assert field is not None and field[0] == role


def test_a_greek_exports_title_field_over_the_story_never_fails() -> None:
    story = parse(
        "Τίτλος: Νέα ευρήματα στην ανασκαφή\n\n"
        "ΣΕΡΡΕΣ, 5 Νοεμβρίου 2023 /ΑΠΕ-ΜΠΕ/ Τμήμα ψηφιδωτού δαπέδου ήρθε στο φως.\n\n"
        "Οι εργασίες συνεχίζονται.\n"
    )
    assert story.headline == "Νέα ευρήματα στην ανασκαφή"
    assert story.dateline is not None and story.dateline.agency == "ANA-MPA"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Autor(es): Ana Lima; Rui Costa", ("byline", "Ana Lima; Rui Costa")),
        ("Author(s): Jane Roe", ("byline", "Jane Roe")),
        ("AUTOR(EN): Jana Roth", ("byline", "Jana Roth")),
        ("Linha fina: A ponte caiu em 2017", ("summary", "A ponte caiu em 2017")),
        ("Entradilla: El puente cayó en 2017", ("summary", "El puente cayó en 2017")),
        ("Chapô : Le pont est tombé en 2017", ("summary", "Le pont est tombé en 2017")),
        ("Подзаголовок: Мост рухнул в 2017 году", ("summary", "Мост рухнул в 2017 году")),
    ],
    ids=[
        "plural-es",
        "plural-s",
        "plural-en-capitals",
        "portuguese-deck",
        "spanish-deck",
        "french-deck",
        "russian-deck",
    ],
)
def test_an_exports_plural_labels_and_decks(line: str, expected: tuple[str, str]) -> None:
    assert field_label(line) == expected


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Συντάκτης: Ελένη Ροή", "byline"),
        ("Autori: Arta Roe", "byline"),
        ("Kitba: Marija Roe", "byline"),
        ("Titulli: Festivali hap dyert", "headline"),
        ("Κατηγορία: ΠΟΛΙΤΙΣΜΟΣ", "furniture"),
        ("Rubrika: Kulturë", "furniture"),
    ],
)
def test_greek_albanian_and_maltese_export_fields(line: str, role: str) -> None:
    field = field_label(line)
    assert field is not None and field[0] == role


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("报道：黄丽娟", "黄丽娟"),
        ("報道：黃麗娟", "黃麗娟"),
        ("记者：王小明", "王小明"),
        ("采写：李华", "李华"),
    ],
    ids=["reported-simplified", "reported-traditional", "reporter-simplified", "written-simplified"],
)
def test_a_chinese_pages_reporter_fields(line: str, name: str) -> None:
    assert field_label(line) == ("byline", name)
