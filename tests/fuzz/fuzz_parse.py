"""Coverage-guided fuzzing of ``wireparse.parse`` and every output format (atheris / libFuzzer).

Run for a set time, with the seed corpus (built from ``samples/``) and the dictionary beside this
file::

    pip install atheris        # a fuzzing tool only: never a runtime or test dependency
    python tests/fuzz/seed_corpus.py
    mkdir -p tests/fuzz/work-corpus
    python tests/fuzz/fuzz_parse.py -max_total_time=1800 -timeout=10 -rss_limit_mb=2048 \\
        -max_len=16384 -dict=tests/fuzz/wire.dict tests/fuzz/work-corpus tests/fuzz/corpus

``work-corpus`` collects what the fuzzer finds; ``corpus`` holds the seeds (both git-ignored). A
crasher is written as ``crash-<sha1>`` in the current folder: minimise it with
``-minimize_crash=1 -runs=100000 crash-...``, then save it under ``tests/fuzz/regressions/`` with
a name saying what it found; ``tests/test_robust_regressions.py`` replays every file there.

Each input is one byte of flags followed by the payload, a mapping fixed here (not atheris's
``FuzzedDataProvider``, whose byte layout may change between releases) so that a saved input keeps
meaning the same thing:

* flags & 3 picks how the payload becomes text: 0 through ``wireparse.decode.decode`` (which
  may refuse with ``DecodeError``, the one exception allowed), 1 as UTF-8 with
  ``surrogateescape`` (lone surrogates reach the parser and the formats), 2 as UTF-8 with
  replacement, 3 as Latin-1 (every C1 control reachable);
* flags & 4 passes a reference date; flags & 8 turns on ``--excel-safe`` for CSV;
* flags & 16 also checks that LF, CRLF and CR line endings give the same record, and that no word
  of the input is lost (``conftest_robust.lost_words``, the property of the hypothesis tests);
* flags & 32 reads the payload as the CLI reads a file instead: bytes in chunks of
  ``1 + (flags >> 6) * 5`` bytes through ``decode.TextReader``, split into stories by
  ``stream.parse_stream`` (any number of stories), each story checked (text modes 0 and 2 then
  differ in that mode 2 forces UTF-8 with replacement).

:func:`check` raises ``AssertionError`` when a guarantee breaks; any other exception is a crash.
Without atheris installed the script says so and exits with status 2; the replay test needs only
:func:`check`.

libFuzzer stops at the first crash, and its fork mode does not work under atheris. For a long run
that keeps going, set ``WIREPARSE_FUZZ_KEEP=<folder>``: each failing input is then saved there as
``fail-<sha1>`` with ``fail-<sha1>.txt`` (the traceback) beside it, at most ``KEEP_PER_KIND``
times per kind of failure (exception type and the line that raised it), and the fuzzer goes on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import regex  # noqa: F401 - imported before instrumentation: only wireparse is instrumented

try:
    import atheris
except ImportError:  # pragma: no cover - exercised by hand
    atheris = None

if atheris is not None and __name__ == "__main__":
    import rich.console  # noqa: F401 - keep rich out of the instrumented set (speed)
    import rich.text  # noqa: F401

    with atheris.instrument_imports(include=["wireparse"]):
        import wireparse
        from wireparse import decode as wdecode
        from wireparse import stream as wstream
        from wireparse.formats import Options, csv_rows, get_format, json_array, jsonl, terminal  # noqa: F401
else:
    import wireparse
    from wireparse import decode as wdecode
    from wireparse import stream as wstream
    from wireparse.formats import Options, get_format

# the "nothing is lost" check lives with the hypothesis properties, in tests/
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from conftest_robust import lost_words  # noqa: E402

REFERENCE_DATE = dt.date(2024, 3, 7)
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
# what may never reach a terminal from story text: C0 but tab and newline, DEL, C1, bidi controls
_UNSAFE_TERMINAL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# C1, bidi controls, line separators and surrogates must be escaped in JSON text
_UNSAFE_JSON = regex.compile(
    r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
_SGR = regex.compile(r"\x1b\[[0-9;]*+m")


def to_text(flags: int, payload: bytes) -> str | None:
    """The payload as text under ``flags``, or None when the decoder refuses it (cleanly)."""
    mode = flags & 3
    if mode == 0:
        try:
            return wdecode.decode(payload).text
        except wdecode.DecodeError:
            return None
    if mode == 1:
        return payload.decode("utf-8", "surrogateescape")
    if mode == 2:
        return payload.decode("utf-8", "replace")
    return payload.decode("latin-1")


def with_line_endings(text: str, ending: str) -> str:
    return ending.join(_LINE_BREAK.split(text))


def render(fmt: str, story: wireparse.Story, options: Options) -> str:
    stream = io.StringIO(newline="")
    get_format(fmt).write([story], stream, options)
    return stream.getvalue()


def _csv_cell(value) -> str:
    return "" if value is None else str(value)


def check_formats(story: wireparse.Story, excel_safe: bool) -> None:
    """Every format writes the story; JSON and CSV read back to the record; nothing unsafe leaks."""
    record = story.as_dict()
    options = Options(color=False, width=80, excel_safe=excel_safe)

    for fmt in ("jsonl", "json"):
        out = render(fmt, story, options)
        out.encode("utf-8")  # valid UTF-8, even from lone surrogates
        assert not _UNSAFE_JSON.search(out), f"{fmt}: unescaped control in {out!r}"
        if fmt == "jsonl":
            assert out.count("\n") == 1 and out.endswith("\n"), "jsonl: not one line"
            assert json.loads(out) == record, "jsonl does not round-trip"
        else:
            assert json.loads(out) == [record], "json does not round-trip"

    from wireparse.formats import csv_rows

    out = render("csv", story, options)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows) == 2, f"csv: {len(rows)} rows"
    assert tuple(rows[0]) == csv_rows.COLUMNS, "csv: header"
    expected = csv_rows.row(record)
    for column, cell in zip(csv_rows.COLUMNS, rows[1]):
        want = _csv_cell(expected[column])
        if excel_safe and want.startswith(("=", "+", "-", "@", "\t", "\r")):
            want = "'" + want
        assert cell == want, f"csv: column {column}: {cell!r} != {want!r}"

    plain = render("terminal", story, options)
    assert not _UNSAFE_TERMINAL.search(plain), f"terminal: control reached output: {plain!r}"
    coloured = render("terminal", story, Options(color=True, width=80))
    assert not _UNSAFE_TERMINAL.search(_SGR.sub("", coloured)), (
        f"terminal (colour): control reached output: {coloured!r}"
    )


def check(data: bytes) -> None:
    """One fuzz input: parse it, write it in every format, check the guarantees."""
    if not data:
        return
    flags, payload = data[0], data[1:]
    if flags & 32:
        check_stream(flags, payload)
        return
    text = to_text(flags, payload)
    if text is None:
        return
    reference = REFERENCE_DATE if flags & 4 else None
    story = wireparse.parse(text, source="fuzz", reference_date=reference)
    assert isinstance(story, wireparse.Story)
    check_formats(story, excel_safe=bool(flags & 8))
    if flags & 16:
        for ending in ("\n", "\r\n", "\r"):
            other = wireparse.parse(with_line_endings(text, ending), source="fuzz", reference_date=reference)
            assert other.as_dict() == story.as_dict(), f"line endings {ending!r} change the record"
        lost = lost_words(text, story)
        assert not lost, f"words lost: {lost}"


def check_stream(flags: int, payload: bytes) -> None:
    """The CLI's path for a file: chunks of bytes, decoded as they come, split into stories."""
    size = 1 + (flags >> 6) * 5
    chunks = [payload[i : i + size] for i in range(0, len(payload), size)]
    encoding = "utf-8" if flags & 3 == 2 else None
    reader = wdecode.TextReader(chunks, encoding)
    reference = REFERENCE_DATE if flags & 4 else None
    try:
        stories = list(
            wstream.parse_stream(
                wstream.iter_lines(reader), source="fuzz", reference_date=reference, encoding=reader.encoding
            )
        )
    except wdecode.DecodeError:
        return  # BinaryInputError included: refusing is allowed, crashing is not
    assert stories and [s.index for s in stories] == list(range(len(stories)))
    for story in stories:
        check_formats(story, excel_safe=bool(flags & 8))


KEEP_PER_KIND = 20


def keep_going(folder: str):
    """``check`` that records failures in ``folder`` instead of stopping the fuzzer."""
    import hashlib
    import os
    import traceback

    os.makedirs(folder, exist_ok=True)
    seen: dict[tuple[str, str], int] = {}

    def guarded(data: bytes) -> None:
        try:
            check(data)
        except Exception as error:  # noqa: BLE001 - recorded, not raised
            frames = traceback.extract_tb(error.__traceback__)
            where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
            key = (type(error).__name__, where)
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > KEEP_PER_KIND:
                return
            name = os.path.join(folder, "fail-" + hashlib.sha1(data).hexdigest())
            with open(name, "wb") as handle:
                handle.write(data)
            with open(name + ".txt", "w", encoding="utf-8", errors="backslashreplace") as handle:
                handle.write("".join(traceback.format_exception(error)))
            sys.stderr.write(f"fuzz_parse: failure {key} saved as {name}\n")

    return guarded


def main() -> None:
    if atheris is None:
        sys.stderr.write("fuzz_parse: atheris is not installed (pip install atheris); nothing to do\n")
        sys.exit(2)
    import os

    keep = os.environ.get("WIREPARSE_FUZZ_KEEP")
    atheris.Setup(sys.argv, keep_going(keep) if keep else check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
