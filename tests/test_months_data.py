"""Tests for the month-name data: generated CLDR table and wire spellings."""

import ast
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(relpath: str):
    # Load by path so these data tests depend neither on sys.path setup nor on
    # whatever wireparse/__init__.py imports.
    spec = importlib.util.spec_from_file_location(Path(relpath).stem, ROOT / relpath)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cldr = _load("wireparse/_months_cldr.py")
wire = _load("wireparse/months.py")


@pytest.fixture(scope="module")
def gen():
    babel = pytest.importorskip("babel")
    if babel.__version__ != cldr.BABEL_VERSION:
        pytest.skip(f"babel {babel.__version__} installed, table built with {cldr.BABEL_VERSION}")
    return _load("tools/gen_months.py")


def test_generated_file_is_up_to_date(gen):
    on_disk = (ROOT / "wireparse/_months_cldr.py").read_bytes().decode("utf-8")
    assert gen.render() == on_disk, "stale: run python tools/gen_months.py"


def test_wide_names_cover_all_months(gen):
    for lang in gen.LANGUAGES:
        for context in gen.contexts(lang, "wide"):
            for month, raw in gen.get_month_names("wide", context, lang).items():
                name = gen.normalise(raw)
                if name in gen.left_out(lang) or name in gen.SKIP.get(lang, ()) or not gen.variants(raw):
                    continue  # another language's month of that name, another word, or too short (wo "ut")
                # (a language read only after its joining word keeps the name so: Breton "a viz du")
                prefix = gen.PREFIXED_ONLY.get(lang, ("",))[0]
                assert cldr.MONTH_NAMES[lang][gen.normalise(prefix + raw)] == month, (lang, raw)


@pytest.mark.parametrize("relpath", ["wireparse/_months_cldr.py", "wireparse/months.py"])
def test_data_modules_import_nothing(relpath):
    tree = ast.parse((ROOT / relpath).read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]


def test_every_language_has_twelve_months(gen):
    for lang, names in cldr.MONTH_NAMES.items():
        # a month may lack names only where they were left out as another language's, or where
        # every name CLDR gives it is too short to read safely (Zarma "Me", "Ut")
        missing = set(range(1, 13)) - set(names.values())
        too_short = {
            m for m, raw in gen.get_month_names("wide", "format", lang).items() if not gen.variants(raw)
        }
        assert not (missing - too_short) or gen.left_out(lang), lang


def test_a_name_means_one_month_whatever_the_language():
    months: dict[str, set[int]] = {}
    for names in cldr.MONTH_NAMES.values():
        for name, month in names.items():
            months.setdefault(name, set()).add(month)
    assert not {name for name, found in months.items() if len(found) > 1}


@pytest.mark.parametrize("table", [cldr.MONTH_NAMES, wire.WIRE_MONTH_SPELLINGS])
def test_values_are_months(table):
    for lang, names in table.items():
        assert all(1 <= month <= 12 for month in names.values()), lang


def test_wire_spellings_only_fill_cldr_gaps():
    for lang, names in wire.WIRE_MONTH_SPELLINGS.items():
        assert lang in cldr.MONTH_NAMES, lang
        for name in names:
            assert name == name.casefold().strip().removesuffix("."), (lang, name)
            assert name not in cldr.MONTH_NAMES[lang], f"CLDR already has {lang} {name!r}"


@pytest.mark.parametrize(
    ("lang", "name", "month", "reason"),
    [
        ("ru", "марта", 3, "genitive format form used in TASS datelines"),
        ("ru", "август", 8, "nominative stand-alone form"),
        ("uk", "березня", 3, "genitive format form used in Ukrinform datelines"),
        ("fr", "mars", 3, "wide form, identical to the abbreviation"),
        ("es", "mar", 3, "abbreviated form"),
        ("de", "märz", 3, "casefolded form keeps the umlaut"),
        ("it", "marzo", 3, "wide form"),
        ("nl", "maart", 3, "wide form"),
        ("tr", "mart", 3, "casefolded from 'Mart'"),
        ("pt", "março", 3, "wide form with cedilla"),
        ("en", "sept", 9, "wire spelling (AP style 'Sept.')"),
        ("rw", "kamena", 6, "Kinyarwanda, as RBA's datelines print it"),
        ("mg", "mey", 5, "Malagasy, as ANTA's datelines print it"),
        ("om", "onkoloolessa", 10, "Oromo, the Gregorian name"),
        ("cy", "mawrth", 3, "Welsh"),
    ],
)
def test_spot_checks(lang, name, month, reason):
    combined = {**cldr.MONTH_NAMES.get(lang, {}), **wire.WIRE_MONTH_SPELLINGS.get(lang, {})}
    assert combined.get(name) == month, reason


@pytest.mark.parametrize(
    ("lang", "abbreviation"), [("rw", "kan"), ("rw", "mat"), ("om", "gur"), ("cy", "ebr")]
)
def test_languages_read_by_full_names_only_have_no_abbreviations(lang: str, abbreviation: str) -> None:
    # (Kinyarwanda's "Kan." is Kansas in an American dateline: ELWOOD, KAN., Feb 26)
    assert abbreviation not in cldr.MONTH_NAMES[lang]
