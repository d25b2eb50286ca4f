"""A cheap guess at a story's language (ISO 639-1), from its script, the month name of its dateline,
its agency and its commonest short words. It is a hint, not a classifier: mixed-language copy and
very short stories come out as the most common language seen, or None."""

from __future__ import annotations

import unicodedata
from collections import Counter

import regex

from .model import Dateline
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
    return lang if score >= 2 else None
