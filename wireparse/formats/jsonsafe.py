"""JSON text that is safe to print anywhere: valid UTF-8, with C1 and bidirectional controls and
line separators escaped as ``\\uXXXX`` (lossless: a JSON reader gets the same string back)."""

from __future__ import annotations

import json
from typing import Any

import regex

# C0 is escaped by json itself; these pass through it raw.
_UNSAFE = regex.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def _escape(m: "regex.Match[str]") -> str:
    return f"\\u{ord(m.group()):04x}"


def dumps(value: Any, *, indent: int | None = None) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=indent,
                      separators=(",", ":") if indent is None else None)
    return _UNSAFE.sub(_escape, text)
