"""A cheap guess at a story's language (ISO 639-1).

In order: the script of most of the letters (Cyrillic, Han, Arabic, Devanagari...), narrowed by
letters only one language of that script uses (``ї`` Ukrainian, ``ے`` Urdu, kana Japanese); for
Latin script, the language whose commonest short words occur most often in the opening; for a
story too short for that, the one language whose month name its dateline prints. It is a hint, not
a classifier: mixed-language copy comes out as the language of most of its opening, and a story of a
few words with no telling dateline comes out None. Norwegian and Danish share most short words and
are told apart poorly.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

import regex

from .compiled import compiled
from .model import Dateline
from .patterns import month_languages
from .words import FUNCTION_WORDS, LATIN_MARKERS, SCRIPT_LANGUAGES, SCRIPT_MARKERS

_WORD = compiled(r"\p{L}++")
#: Only the opening of a story is read: enough words to decide.
SAMPLE_CHARS = 1000
#: Function words needed before a Latin-script language is believed.
MIN_EVIDENCE = 2
#: What a letter only one language uses counts for, in function words.
MARKER_WEIGHT = 3


@cache
def _script_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    scripts = {
        "LATIN": "Latin",
        "CYRILLIC": "Cyrillic",
        "CJK": "Han",
        "HIRAGANA": "Hiragana",
        "KATAKANA": "Katakana",
        "HANGUL": "Hangul",
        "ARABIC": "Arabic",
        "DEVANAGARI": "Devanagari",
        "GREEK": "Greek",
        "HEBREW": "Hebrew",
        "THAI": "Thai",
        "ARMENIAN": "Armenian",
        "GEORGIAN": "Georgian",
        "BENGALI": "Bengali",
        "TAMIL": "Tamil",
    }
    return tuple((name, compiled(rf"\p{{Script={script}}}")) for name, script in scripts.items())


@cache
def _word_languages() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for lang, words in FUNCTION_WORDS.items():
        for word in words:
            table.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in table.items()}


@lru_cache(maxsize=4096)
def _script_of(char: str) -> str | None:
    return next((name for name, pattern in _script_patterns() if pattern.match(char)), None)


#: ASCII bytes that are not letters, deleted to count the letters.
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _main_script(sample: str) -> str | None:
    if sample.isascii():
        return "LATIN" if any(c.isalpha() for c in sample) else None
    ascii_chars = sample.encode("ascii", "ignore")
    ascii_letters = len(ascii_chars.translate(None, _ASCII_NON_LETTERS))
    if ascii_letters > len(sample) - len(ascii_chars):
        # ASCII letters are Latin, and outnumber every character another script could count
        return "LATIN"
    # counted per distinct character: a story uses a few dozen, each looked up once
    counts: dict[str, int] = {}
    for char, count in Counter(sample).items():
        name = _script_of(char)
        if name:
            counts[name] = counts.get(name, 0) + count
    return max((count, name) for name, count in counts.items())[1] if counts else None


def guess_language(text: str, dateline: Dateline | None = None) -> str | None:
    sample = text[: 2 * SAMPLE_CHARS].replace("\r\n", "\n").replace("\r", "\n")[:SAMPLE_CHARS]
    script = _main_script(sample)
    if script is None:
        return None
    if script != "LATIN":
        for marker_chars, lang in SCRIPT_MARKERS.get(script, ()):
            if any(c in sample for c in marker_chars):
                return lang
        return SCRIPT_LANGUAGES.get(script)
    scores: dict[str, int] = {}
    table = _word_languages()
    folded = sample.casefold()
    # distinct words in order of first use, so ties fall as they would word by word
    counts = Counter(filter(table.__contains__, _words(folded)))
    for word, count in counts.items():
        for lang in table[word]:
            scores[lang] = scores.get(lang, 0) + count
    present = set() if folded.isascii() else set(_marker_letter().findall(folded))
    for lang, letters in LATIN_MARKERS.items() if present else ():
        if not present.isdisjoint(letters):
            scores[lang] = scores.get(lang, 0) + MARKER_WEIGHT
    if scores:
        lang, score = max(scores.items(), key=lambda kv: (kv[1], kv[0] == "en"))
        if score >= MIN_EVIDENCE:
            return lang
    return _dateline_language(dateline)


@cache
def _marker_letter() -> re.Pattern[str]:
    """Any letter of :data:`LATIN_MARKERS`: one search finds those a story holds (the standard
    library's engine finds a class of letters four times as fast as the ``regex`` engine)."""
    return re.compile("[" + re.escape("".join(sorted(set("".join(LATIN_MARKERS.values()))))) + "]")


#: Every ASCII byte that is not a letter, as a blank (bytes of other characters left as they are).
_ASCII_NON_LETTERS_BLANKED = bytes(b if b >= 128 or chr(b).isalpha() else 32 for b in range(256))


def _words(text: str) -> list[str]:
    """The runs of letters of ``text`` (as ``\\p{L}++`` finds them), in order: ASCII signs are
    blanked by one byte table and the text split, and only a part still holding another sign is
    searched (five times faster than searching the whole text)."""
    blanked = text.encode("utf-8", "surrogatepass").translate(_ASCII_NON_LETTERS_BLANKED)
    parts = blanked.decode("utf-8", "surrogatepass").split()
    if all(map(str.isalpha, parts)):
        return parts
    words: list[str] = []
    for part in parts:
        if part.isalpha():
            words.append(part)
        else:
            words.extend(_WORD.findall(part))
    return words


def _dateline_language(dateline: Dateline | None) -> str | None:
    """The one language whose month name the dateline prints, if only one spells it that way."""
    if dateline is None:
        return None
    for word in _WORD.findall(dateline.text):
        langs = month_languages().get(word.casefold())
        if langs and len(langs) == 1:
            return next(iter(langs))
    return None
