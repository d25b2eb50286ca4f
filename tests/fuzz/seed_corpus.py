"""The seed corpus of ``fuzz_parse.py``: every sample story under a few flag bytes (plain, stream
mode, line-ending and lost-word checks, surrogates), hostile payloads, and multi-story streams.
It is built from ``samples/`` rather than kept in git; write it out before fuzzing with

    python tests/fuzz/seed_corpus.py        # -> tests/fuzz/corpus/ (git-ignored)

``tests/test_robust_regressions.py`` replays the same seeds in memory.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1] / "samples"

#: flag bytes given to every sample (see fuzz_parse's docstring for what each bit does)
SAMPLE_FLAGS = (0, 4 | 16, 1 | 8, 2 | 16, 3, 32, 32 | 16 | 64)

HOSTILE = {
    "caps-no-credit": b"\x00" + b"WASHINGTON NEW YORK BOSTON " * 20 + b"\n\nBody text here.\n",
    "markup": b"\x00[bold]Headline[/] :warning: [link=http://x]y[/link]\n\n"
    b'WASHINGTON (AP) \xe2\x80\x94 =HYPERLINK("http://x","y") body.\n',
    "controls": b"\x03\x01BC-Foo\x1b[2J\x1b]0;pwned\x07\n\xc2\x9b31m Headline \xe2\x80\xae evil\n\n"
    b"LONDON, March 7 (Reuters) - Body\x00 text.\n",
    "anpa": b"\x00\x16\x01a0001 BC-Story 03-07 0123\n^Headline here<\n   By JOHN DOE=\n\n"
    b"   NEW YORK (AP) _ body of the story goes on.\n&QL;\n&QL;\n",
    "fbis": b"\x00FBIS-SAMPLE-0001 (NOSC)\n\nLIMA, 26 SEP 88 (EFE) -- [TEXT] [ARTICLE] "
    b"[PAUL IREDALE] [TEXT] BODY IN CAPS.\n",
    "cjk": "\x00新华社北京3月7日电 （记者 王小明）正文。\n".encode(),
    "caption": b"\x00Headline\nCaption text here  Maxim Korovin/TASS\nCaption text here\n"
    b"\xc2\xa9 Maxim Korovin/TASS\n\nMOSCOW, March 7. /TASS/. Body.\n",
    "surrogate": b"\x01Head\xffline\n\nBERLIN (dpa) - Text \xed\xa0\x80 more.\n",
    "latin1-c1": b"\x03Head\x85line\x9b2J\n\nPARIS, 7 mars (AFP) - Texte.\n",
    "utf16": b"\x00" + "ROMA (ANSA) - testo\n".encode("utf-16"),
    "spaces-eds": b"\x00x" + b" " * 300 + b"EDS: y\n\nx" + b" " * 300 + b"y=\n",
    "stream-stx": b"\x20\x02One\n\nLONDON, March 7 (Reuters) - A.\x03\n\x02Two\n\n"
    b"PARIS, March 8 (Reuters) - B.\x03\n",
    "stream-cp1251": b"\x60" + "МОСКВА, 7 марта. /ТАСС/. Текст новости.\nКон\n".encode("cp1251"),
}


def seeds() -> dict[str, bytes]:
    """name -> fuzz input."""
    out: dict[str, bytes] = {}
    samples = sorted(SAMPLES.glob("*.txt"))
    for path in samples:
        data = path.read_bytes()
        for flags in SAMPLE_FLAGS:
            out[f"{path.stem}-{flags}"] = bytes([flags]) + data
    out["stream-telex"] = bytes([32 | 4]) + b"".join(
        b"ZCZC\n" + p.read_bytes() + b"\nNNNN\n" for p in samples[:6]
    )
    out.update(HOSTILE)
    return out


def main() -> None:
    folder = HERE / "corpus"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for name, data in seeds().items():
        (folder / name).write_bytes(data)


if __name__ == "__main__":
    main()
