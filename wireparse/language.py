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

import unicodedata
from collections import Counter

import regex

from .model import Dateline
from .patterns import month_languages
from .words import FUNCTION_WORDS, SCRIPT_LANGUAGES, SCRIPT_MARKERS

_WORD = regex.compile(r"\p{L}++")
#: Only the opening of a story is read: enough words to decide, and linear in nothing else.
SAMPLE_CHARS = 3000


def _script(ch: str) -> str | None:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    return name.split(" ", 1)[0]


def guess_language(text: str, dateline: Dateline | None = None) -> str | None:
    sample = text[:SAMPLE_CHARS]
    scripts = Counter(_script(c) for c in sample if c.isalpha())
    if not scripts:
        return None
    script, _ = scripts.most_common(1)[0]
    if script != "LATIN":
        for marker_chars, lang in SCRIPT_MARKERS.get(script, ()):
            if any(c in sample for c in marker_chars):
                return lang
        return SCRIPT_LANGUAGES.get(script)
    words = Counter(w.casefold() for w in _WORD.findall(sample))
    scores = {lang: sum(words[w] for w in table) for lang, table in FUNCTION_WORDS.items()}
    lang, score = max(scores.items(), key=lambda kv: (kv[1], kv[0] == "en"))
    if score >= 2:
        return lang
    return _dateline_language(dateline)


def _dateline_language(dateline: Dateline | None) -> str | None:
    """The one language whose month name the dateline prints, if only one spells it that way."""
    if dateline is None:
        return None
    for word in _WORD.findall(dateline.text):
        langs = month_languages().get(word.casefold())
        if langs and len(langs) == 1:
            return next(iter(langs))
    return None
