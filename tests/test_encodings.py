"""Encodings (issue 4): byte-order marks, UTF-8, UTF-16 with and without a BOM, and Russian copy in
cp1251 and koi8-r told apart; never mojibake, but an error that suggests ``--encoding``; the same
answer however the bytes arrive. The stories here are made up for these tests."""

from __future__ import annotations

import codecs
import json

import pytest
from click.testing import CliRunner

from wireparse.cli import command
from wireparse.decode import BinaryInputError, DecodeError, TextReader, decode

RU = (
    "Правительство утвердило программу\n\n"
    "МОСКВА, 12 марта. /ТАСС/. Правительство России утвердило программу развития дорог на пять "
    "лет, сообщила пресс-служба кабинета министров.\n"
)
RU_SHORT = "Москва готовится к зиме\n"
RU_CAPS = "ПРАВИТЕЛЬСТВО УТВЕРДИЛО ПРОГРАММУ РАЗВИТИЯ ДОРОГ\n"
FR = "PARIS, 3 mars (AFP) - Le ministre a présenté un projet de réforme très débattu à l'été.\n"
DE = "BERLIN, 3. März (dpa) - Die Regierung hat am Dienstag über Straßenbau und Brücken beraten.\n"
EN = "Dockers end strike\n\nHAMBURG, March 12 (Reuters) - Dock workers ended a strike on Tuesday.\n"

# (bytes, encoding reported, text expected, why)
DECODED = [
    (EN.encode(), "utf-8", EN, "ASCII is UTF-8"),
    (RU.encode(), "utf-8", RU, "UTF-8 Russian"),
    (codecs.BOM_UTF8 + RU.encode(), "utf-8", RU, "a UTF-8 BOM is dropped"),
    (RU.encode("utf-16"), "utf-16", RU, "UTF-16 with its BOM"),
    (codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), "utf-16", RU, "UTF-16 big-endian with its BOM"),
    (RU.encode("utf-32"), "utf-32", RU, "UTF-32 BOM, which begins like UTF-16's"),
    (EN.encode("utf-16-le"), "utf-16-le", EN, "UTF-16 LE without BOM: zeros at odd bytes"),
    (EN.encode("utf-16-be"), "utf-16-be", EN, "UTF-16 BE without BOM: zeros at even bytes"),
    (RU.encode("utf-16-le"), "utf-16-le", RU, "Russian UTF-16 without BOM: spaces give the zeros"),
    (RU.encode("cp1251"), "cp1251", RU, "Russian in cp1251"),
    (RU.encode("koi8-r"), "koi8-r", RU, "Russian in koi8-r"),
    (RU_SHORT.encode("cp1251"), "cp1251", RU_SHORT, "a short line in cp1251"),
    (RU_SHORT.encode("koi8-r"), "koi8-r", RU_SHORT, "a short line in koi8-r"),
    (RU_CAPS.encode("cp1251"), "cp1251", RU_CAPS, "capitals in cp1251: letter frequencies, not case"),
    (RU_CAPS.encode("koi8-r"), "koi8-r", RU_CAPS, "capitals in koi8-r"),
    (FR.encode("cp1252"), "cp1252", FR, "French in cp1252"),
    (DE.encode("latin-1"), "cp1252", DE, "German in latin-1 reads the same in cp1252"),
    (
        (EN * 2000).encode() + RU.encode("cp1251"),
        "cp1251",
        EN * 2000 + RU,
        "ASCII for more than the first 64 KiB, then cp1251: decided where it stops being UTF-8",
    ),
]


@pytest.mark.parametrize("data, encoding, text, why", DECODED, ids=[c[3] for c in DECODED])
def test_decode(data: bytes, encoding: str, text: str, why: str) -> None:
    decoded = decode(data)
    assert (decoded.encoding, decoded.text, decoded.replaced) == (encoding, text, False), why


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 4096])
@pytest.mark.parametrize("data, encoding, text, why", DECODED[3:12], ids=[c[3] for c in DECODED[3:12]])
def test_the_same_whatever_the_reads(data: bytes, encoding: str, text: str, why: str, size: int) -> None:
    reader = TextReader(data[i : i + size] for i in range(0, len(data), size))
    assert ("".join(reader), reader.encoding) == (text, encoding)


def test_a_few_bad_bytes_in_utf8_are_replaced_and_reported() -> None:
    decoded = decode(RU.encode() * 3 + b"\xff" + RU.encode())
    assert decoded.encoding == "utf-8" and decoded.replaced
    assert decoded.text.count("\ufffd") == 1


def test_a_replacement_character_in_the_input_is_not_a_replaced_byte() -> None:
    assert decode("bad \ufffd mark".encode()).replaced is False


# (bytes, error, why)
REFUSED = [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", BinaryInputError, "an image"),
    (bytes(range(0, 32)) * 40, BinaryInputError, "control codes throughout"),
    (
        "新华社北京电中国政府今天宣布新的计划".encode("utf-16-le"),
        DecodeError,
        "Chinese UTF-16 without BOM has no zero bytes to show it: ambiguous",
    ),
    (b"A\x00B\x00\x00C" * 20, BinaryInputError, "zeros at odd and even bytes: not UTF-16"),
]


@pytest.mark.parametrize("data, error, why", REFUSED, ids=[c[2] for c in REFUSED])
def test_no_mojibake_but_a_clear_error(data: bytes, error: type, why: str) -> None:
    with pytest.raises(error, match="--encoding"):
        decode(data)


@pytest.mark.parametrize(
    "name, codec",
    [
        ("utf-16", "utf-16"),
        ("utf-16", "utf-16-le"),
        ("utf-32", "utf-32"),
        ("cp1251", "koi8-r"),
        ("koi8-r", "koi8-r"),
        ("latin-1", "cp1251"),
        ("utf-8", "utf-8-sig"),
        ("utf-8", "cp1251"),
    ],
    ids=lambda v: v,
)
def test_encoding_option_overrides_detection(name: str, codec: str) -> None:
    """The codec named is used as Python's bytes.decode would (a BOM dropped, bad bytes
    replaced), right or wrong."""
    data = RU.encode(codec, errors="replace")
    decoded = decode(data, name)
    assert decoded.encoding == codecs.lookup(name).name
    assert decoded.text == data.decode(name, errors="replace").lstrip("\ufeff")
    assert decoded.replaced == ("\ufffd" in decoded.text)


# --- through the command ----------------------------------------------------------------------------


def invoke(args, input=None):
    return CliRunner().invoke(command, args, input=input, prog_name="wireparse")


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "utf-16", "utf-8", "utf-32"])
def test_russian_comes_out_right_in_every_encoding(tmp_path, codec: str) -> None:
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(RU.encode(codec))
    result = invoke(["-f", "jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert record["headline"] == "Правительство утвердило программу"
    assert record["dateline"]["place"] == "Москва"
    assert record["encoding"] == codec.replace("utf-8", "utf-8")


def test_ambiguous_input_fails_with_a_hint(tmp_path) -> None:
    path = tmp_path / "chinese.txt"
    path.write_bytes(REFUSED[2][0])
    result = invoke(["-f", "jsonl", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"wireparse: {path}: cannot tell its encoding")
    assert "--encoding" in result.stderr and result.stderr.count("\n") == 1
    fixed = invoke(["-f", "jsonl", "--encoding", "utf-16-le", str(path)])
    assert fixed.exit_code == 0 and records(fixed.stdout)[0]["encoding"] == "utf-16-le"


def test_encoding_option_is_recorded(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(RU.encode("koi8-r"))
    result = invoke(["-f", "jsonl", "--encoding", "koi8_r", str(path)])
    assert records(result.stdout)[0]["encoding"] == "koi8-r"


def test_replaced_bytes_are_a_warning(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(RU.encode() * 20 + b"\xff\n")
    [record] = records(invoke(["-f", "jsonl", str(path)]).stdout)
    assert "undecodable bytes replaced" in record["warnings"]


@pytest.mark.parametrize("ending", [b"\r\n", b"\r"], ids=["CRLF", "CR"])
def test_line_endings_give_identical_records(tmp_path, ending: bytes) -> None:
    data = f"\x02{EN}\x03\n\x02{RU}\x03\n".encode()
    (tmp_path / "lf.txt").write_bytes(data)
    (tmp_path / "other.txt").write_bytes(data.replace(b"\n", ending))
    lf = records(invoke(["-f", "jsonl", str(tmp_path / "lf.txt")]).stdout)
    other = records(invoke(["-f", "jsonl", str(tmp_path / "other.txt")]).stdout)
    assert len(lf) == 2
    assert [{**r, "source": ""} for r in other] == [{**r, "source": ""} for r in lf]
