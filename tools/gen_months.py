"""Generate wireparse/_months_cldr.py: CLDR month names per language, and the weekday names of the
same languages, via Babel.

Usage: python tools/gen_months.py [--check]

Without options, (re)writes the module. With --check, writes nothing and exits 1
with a one-line summary if the module on disk differs from what would be written.
"""

import argparse
import difflib
import json
import pickle
import re
import sys
from functools import cache
from pathlib import Path

import babel
from babel import localedata
from babel.dates import get_day_names, get_month_names

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "wireparse" / "_months_cldr.py"

LANGUAGES = (
    "en", "ru", "uk", "be", "fr", "es", "pt", "de", "it", "nl", "tr",
    "pl", "cs", "sv", "da", "nb", "fi", "ro", "hu", "id", "ca",
    "ur", "hi", "ar", "el", "bg", "sk", "sl",
    # the languages of further national agencies (Baltic, Balkan, Caucasus, Central, South and
    # South-East Asia, Persian, Hebrew, Swahili...): their desks print month names in their own tongue
    "hr", "sr", "sr_Latn", "bs", "mk", "sq", "lt", "lv", "et", "is", "ms", "vi", "th", "km",
    "my", "fil", "ka", "hy", "az", "kk", "uz", "mn", "he", "fa", "bn", "ta", "mr", "ne", "si",
    "pa", "gu", "sw", "af", "gl", "eu",
    # the Gregorian names of agencies whose datelines print them in their own tongue and script:
    # Lao (KPL), Amharic (ENA), Hausa (NAN), Tibetan (Xinhua), Kyrgyz (Kabar), Tajik (Khovar),
    # Pashto (Bakhtar, Pajhwok), Somali (SONNA)
    "lo", "am", "ha", "bo", "ky", "tg", "ps", "so",
    # and the rest of India's languages with agencies and dailies of their own (PTI's and UNI's
    # regional services): Telugu, Kannada, Malayalam, Odia, Assamese; Turkmen (TDH), Yoruba
    "te", "kn", "ml", "or", "as", "tk", "yo",
    # Africa's further languages with national services of their own: Kinyarwanda (RBA), Malagasy
    # (ANTA), Oromo (ENA), Igbo, Zulu, Xhosa; the North Atlantic's: Faroese, Greenlandic,
    # Irish, Welsh, Frisian, Luxembourgish, Maltese; Uyghur, Sorani and Kurmanji Kurdish, Sindhi
    "rw", "mg", "om", "ig", "zu", "xh", "fo", "kl", "ga", "cy", "fy", "lb", "mt",
    "ug", "ckb", "ku", "sd",
)  # fmt: skip
#: The further languages of Africa's radio and agency desks (Wolof, Bambara, Sesotho, Setswana,
#: Lingala, Shona, Akan, Kirundi, Luganda, Chichewa, Sepedi, Tsonga, Kabyle, Mauritian
#: Creole, Cape Verdean, Zarma), Switzerland's Romansh, the regional languages of public
#: broadcasters (Scottish Gaelic, Corsican, Occitan, Sardinian, Asturian, Northern Sami, Quechua),
#: the Pacific's (Maori, Tongan, Cebuano, Javanese, Sundanese), Manx, Cornish, the Arctic's
#: Inuktitut (in its syllabics), the Russian republics' (Tatar,
#: Chuvash, Yakut, Ossetian, Chechen) and India's Maithili, Konkani and Manipuri: their month
#: names only, in full, since their weekdays are other languages' words (``china``); Breton's only
#: after ``a viz`` (:data:`PREFIXED_ONLY`: ``here`` is October, ``mae`` May). Left out: Ewe (``dame``, ``masa``), Fula (``juko``), and
#: Tigrinya, whose Gregorian months bear the Ethiopian calendar's names (``ሚያዝያ``).
MONTHS_ONLY = (
    "wo", "bm", "st", "tn", "ln", "sn", "ak", "rn", "lg", "ny", "nso", "ts", "kab", "mfe",
    "kea", "dje", "rm", "gd", "co", "oc", "sc", "ast", "se", "qu", "mi", "to", "ceb", "jv", "su",
    "tt", "cv", "sah", "os", "ce", "mai", "kok", "mni", "gv", "kw", "iu", "br",
)  # fmt: skip
LANGUAGES = LANGUAGES + MONTHS_ONLY
#: Languages read by their months' full names only: their abbreviations are words and regions of
#: other copy (Kinyarwanda's ``Kan.`` is Kansas in ``ELWOOD, KAN., Feb 26``; Oromo's ``Gur``).
WIDE_ONLY = frozenset({
    "rw", "mg", "om", "ig", "zu", "xh", "fo", "kl", "ga", "cy", "fy", "lb", "mt",
    "ug", "ckb", "ku", "sd",
}) | frozenset(MONTHS_ONLY)  # fmt: skip
#: Locales of a territory whose desks print a language's months by other names, read as that
#: language's: the Maghreb's Arabic (``فيفري``, ``جوان``, ``أوت``: APS, TAP, MAP).
TERRITORY_LOCALES = {"ar": ("ar_DZ", "ar_TN", "ar_MA")}
WIDTHS = ("wide", "abbreviated")
#: Letters a language joins to a month name in a date: Hebrew ``7 במרץ`` ("on March 7").
PREFIXES = {"he": ("ב",)}
#: Languages whose months are read only after the word a date joins them by, where the names
#: alone are other words: Breton's ``a viz`` ("of the month": ``14 a viz Du``), since ``Here``
#: (October) and ``Du`` (November) are words of other copy.
PREFIXED_ONLY = {"br": ("a viz ", "miz ")}
CONTEXTS = ("format", "stand-alone")  # format forms are inflected, e.g. ru "марта"
#: Names CLDR gives that wire copy prints as other words: Hausa "Sat" (Satumba) is Saturday in
#: English copy ("Sat 5 March").
SKIP = {"ha": frozenset({"sat"}), "mfe": frozenset({"zin"})}


def normalise(name: str) -> str:
    return name.casefold().strip().removesuffix(".").strip()


def keep(name: str) -> bool:
    # Under 3 code points (e.g. ca "ag.") is too short to match safely in Latin text; scripts
    # whose letters carry more (hi "मई") keep their two-letter names.
    if name.isnumeric():
        return False
    return len(name) >= 3 or (len(name) == 2 and not name.isascii())


def variants(raw: str) -> list[str]:
    """A name as CLDR gives it, without its dots, and with a blank for the hyphen between its
    words (Manx ``Jerrey-fouyir`` printed ``Jerrey Fouyir``)."""
    name = normalise(raw)
    names = [name, name.replace(".", "")] if "." in name else [name]
    names += [n.replace("-", " ") for n in names if _WORDS_HYPHENATED.search(n)]
    return [n for n in names if keep(n)]


#: A hyphen between two words of letters, which desks may print as a blank.
_WORDS_HYPHENATED = re.compile(r"[^\W\d_]{2,}-[^\W\d_]{2,}")


def contexts(locale: str, width: str) -> tuple[str, ...]:
    """The contexts whose names ``locale`` (or a parent short of the root) gives itself. A locale
    without stand-alone names inherits the root's alias to its format names, which Babel resolves
    once and then hands every such locale: the first one's names (Azerbaijani ``avqust`` as Manx)."""
    parts = locale.split("_")
    for end in range(len(parts), 0, -1):
        with open(localedata.resolve_locale_filename("_".join(parts[:end])), "rb") as raw:
            months = pickle.load(raw).get("months", {})  # (load() would cache the unmerged data)
        if width in months.get("stand-alone", {}):
            return CONTEXTS
    return ("format",)


def collect(lang: str) -> tuple[dict[str, int], list[str]]:
    """Return {normalised name: month} for one language (and its territories' locales), plus
    conflict notes."""
    names: dict[str, int] = {}
    conflicts: list[str] = []
    for locale in (lang, *TERRITORY_LOCALES.get(lang, ())):
        for width in ("wide",) if lang in WIDE_ONLY else WIDTHS:
            for context in contexts(locale, width):
                for month, raw in sorted(get_month_names(width, context, locale).items()):
                    _add(names, conflicts, lang, month, raw, f"{width}/{context}")
    return names, conflicts


def _add(names: dict[str, int], conflicts: list[str], lang: str, month: int, raw: str, form: str) -> None:
    if lang in PREFIXED_ONLY:
        names_read = [name for prefix in PREFIXED_ONLY[lang] for name in variants(prefix + raw)]
    else:
        prefixed = [prefix + name for prefix in PREFIXES.get(lang, ()) for name in variants(raw)]
        names_read = [*variants(raw), *prefixed]
    for name in names_read:
        if name in SKIP.get(lang, ()):
            continue
        kept = names.setdefault(name, month)
        if kept != month:
            note = f"{quote(name)} is {kept} (kept); {form} says {month}"
            if note not in conflicts:
                conflicts.append(note)


def quote(text: str) -> str:
    # JSON string escapes are a subset of Python's, and give stable double quotes.
    return json.dumps(text, ensure_ascii=False)


@cache
def language_tables() -> dict[str, tuple[dict[str, int], list[str]]]:
    """Each language's names and notes. A name two languages give different months (Croatian
    "listopad" is October, Polish and Czech November) is kept by the language listed first and
    left out of the others, since a dateline does not say its language."""
    claimed: dict[str, tuple[str, int]] = {}
    tables = {}
    for lang in LANGUAGES:
        names, conflicts = collect(lang)
        for name in sorted(names):
            first = claimed.setdefault(name, (lang, names[name]))
            if first[1] != names[name]:
                del names[name]
                conflicts.append(f"{quote(name)} left out: it is month {first[1]} in {first[0]}")
        tables[lang] = names, conflicts
    return tables


def left_out(lang: str) -> frozenset[str]:
    """The names of ``lang`` left out as another language's month."""
    return frozenset(note.split('"')[1] for note in language_tables()[lang][1] if "left out" in note)


def weekday_names() -> list[str]:
    """The full weekday names of every language (``monday``, ``hétfő``, ``الاثنين``), casefolded:
    the abbreviations are left out, since they are month names (es ``mar.``) or words."""
    return sorted(
        {
            name.casefold()
            for lang in LANGUAGES
            if lang not in MONTHS_ONLY
            for context in CONTEXTS
            for name in get_day_names("wide", context, lang).values()
        }
    )


def render() -> str:
    lines = [
        f"# Generated by tools/gen_months.py from CLDR via Babel {babel.__version__}; do not edit.",
        '"""CLDR month names by language: normalised name -> month number (1-12); and the full',
        "weekday names of the same languages, casefolded.",
        "",
        "Owns the CLDR-derived month and weekday data only; wire-copy spellings CLDR lacks live",
        "in wireparse/months.py. Regenerate with: python tools/gen_months.py",
        '"""',
        "",
        f"BABEL_VERSION = {quote(babel.__version__)}",
        "",
        "MONTH_NAMES: dict[str, dict[str, int]] = {",
    ]
    tables = language_tables()
    for lang in sorted(LANGUAGES):
        names, conflicts = tables[lang]
        lines.append(f"    {quote(lang)}: {{")
        lines.extend(f"        # Conflict: {note}" for note in conflicts)
        lines.extend(f"        {quote(name)}: {names[name]}," for name in sorted(names))
        lines.append("    },")
    lines.append("}")
    lines.append("")
    lines.append("WEEKDAY_NAMES: frozenset[str] = frozenset(")
    lines.append("    {")
    lines.extend(f"        {quote(name)}," for name in weekday_names())
    lines.append("    }")
    lines.append(")")
    return "\n".join(lines) + "\n"


def summarise(current: str | None, expected: str) -> str:
    rel = OUTPUT.relative_to(ROOT).as_posix()
    if current is None:
        return f"{rel}: missing; run python tools/gen_months.py"
    # Drop the "---"/"+++" file headers; with n=0 the rest are hunk and changed lines.
    diff = list(difflib.unified_diff(current.splitlines(), expected.splitlines(), n=0))[2:]
    added = sum(line.startswith("+") for line in diff)
    removed = sum(line.startswith("-") for line in diff)
    return f"{rel}: stale (+{added}/-{removed} lines); run python tools/gen_months.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file on disk is stale")
    args = parser.parse_args(argv)
    expected = render()
    if not args.check:
        OUTPUT.write_bytes(expected.encode("utf-8"))
        return 0
    # Read bytes, not text, so a CRLF copy of the file counts as stale.
    current = OUTPUT.read_bytes().decode("utf-8") if OUTPUT.exists() else None
    if current == expected:
        return 0
    print(summarise(current, expected))
    return 1


if __name__ == "__main__":
    sys.exit(main())
