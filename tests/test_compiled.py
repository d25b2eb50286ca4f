"""The cache of compiled patterns: a pattern read back behaves as one compiled afresh, the key
tells sources, flags and named lists apart, and a missing, damaged, foreign or unwritable file
never fails a run."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from wireparse import compiled
from wireparse.compiled import PatternCache

# (source, flags, named lists, text, expected match or None)
ROWS = [
    ("possessive word", r"\w++[ ]x", 0, {}, "abc x", "abc x"),
    ("ignoring case", r"(?P<flag>urgent|flash)\b", regex.I, {}, "FLASH news", "FLASH"),
    ("verbose, two groups", r"(?P<place>\p{Lu}+)  ,[ ]  (?P<day>\d+)", regex.X, {}, "OSLO, 5", "OSLO, 5"),
    ("named list", r"\L<openers>[ ]\p{Lu}", regex.I, {"openers": ["by", "von"]}, "VON Jane", "VON J"),
    ("named list misses", r"\L<openers>[ ]\p{Lu}", 0, {"openers": ["by"]}, "von Jane", None),
    ("script class", r"\p{Hangul}{2,4}+[ ]기자", 0, {}, "김민수 기자 =", "김민수 기자"),
]


def _match(pattern: regex.Pattern[str], text: str) -> str | None:
    m = pattern.match(text)
    return m.group() if m else None


@pytest.mark.parametrize(
    ("why", "source", "flags", "lists", "text", "expected"), ROWS, ids=[r[0] for r in ROWS]
)
def test_a_pattern_read_back_matches_as_compiled(
    tmp_path: Path, why: str, source: str, flags: int, lists: dict, text: str, expected: str | None
) -> None:
    path = tmp_path / "patterns.pickle"
    first = PatternCache(path)
    assert _match(first.compiled(source, flags, **lists), text) == expected
    first.save()
    assert path.exists()
    second = PatternCache(path)
    read_back = second.compiled(source, flags, **lists)
    assert _match(read_back, text) == expected
    assert read_back.groupindex == regex.compile(source, flags, **lists).groupindex
    assert not second._compiled_here  # read, not compiled


def test_flags_and_named_lists_are_part_of_the_key(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    first = PatternCache(path)
    first.compiled(r"\L<w>", 0, w=["by"])
    first.compiled("urgent", 0)
    first.save()
    second = PatternCache(path)
    assert second.compiled(r"\L<w>", 0, w=["von"]).match("von")  # other words: compiled again
    assert second.compiled("urgent", regex.I).match("URGENT")  # other flags: compiled again
    assert len(second._compiled_here) == 2


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    path.write_bytes(b"not a pickle at all")
    cache = PatternCache(path)
    assert cache.compiled("a+").match("aaa")
    cache.save()
    assert PatternCache(path).compiled("a+").match("aa")
    assert pickle.loads(path.read_bytes())  # a whole, readable file now


def test_a_damaged_entry_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    path.write_bytes(pickle.dumps({("a+", 0, ()): b"garbage"}))
    assert PatternCache(path).compiled("a+").match("aaa")


def test_a_file_of_another_owner_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(os, "getuid"):
        pytest.skip("no owners to tell apart")
    path = tmp_path / "patterns.pickle"
    first = PatternCache(path)
    first.compiled("b+")
    first.save()
    monkeypatch.setattr(os, "getuid", lambda: os.stat(path).st_uid + 1)
    other = PatternCache(path)
    other.compiled("b+")
    assert other._compiled_here  # compiled, not unpickled


def test_an_unwritable_place_never_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    cache = PatternCache(blocker / "sub" / "patterns.pickle")  # a directory under a file
    assert cache.compiled("c+").match("c")
    cache.save()  # no exception
    assert not (blocker / "sub").exists()


def test_no_cache_file_keeps_nothing(tmp_path: Path) -> None:
    cache = PatternCache(None)
    assert cache.compiled("d+").match("dd")
    cache.save()
    assert not cache._compiled_here


def test_the_file_keeps_only_a_run_s_patterns_past_its_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compiled, "MAX_ENTRIES", 3)
    path = tmp_path / "patterns.pickle"
    first = PatternCache(path)
    for source in ("e1", "e2", "e3"):
        first.compiled(source)
    first.save()
    second = PatternCache(path)
    second.compiled("e4")
    second.compiled("e1")
    second.save()
    assert {key[0] for key in pickle.loads(path.read_bytes())} == {"e1", "e4"}


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WIREPARSE_NO_CACHE": "1"}, None),
        ({"WIREPARSE_CACHE_DIR": "/somewhere/else"}, "/somewhere/else"),
    ],
)
def test_the_environment_moves_or_turns_off_the_cache(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str | None
) -> None:
    monkeypatch.delenv("WIREPARSE_NO_CACHE", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    path = compiled.cache_file()
    assert (path.parent.as_posix() if path else None) == expected
    if path:
        assert regex.__version__ in path.name  # another regex module's code is never read


def test_a_second_run_of_the_command_reads_the_first_run_s_patterns(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Headline here\n\nOSLO, 5 March (NTB) - The council met on Monday.\n", encoding="utf-8")
    env = {**os.environ, "WIREPARSE_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("WIREPARSE_NO_CACHE", None)
    command = [sys.executable, "-m", "wireparse", "-f", "jsonl", str(story)]
    first = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    files = list((tmp_path / "cache").glob("patterns-*.pickle"))
    assert len(files) == 1
    written = files[0].stat().st_mtime_ns
    second = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert second.stdout == first.stdout
    assert files[0].stat().st_mtime_ns == written  # nothing new to compile, nothing written
    cold = subprocess.run(
        command, capture_output=True, text=True, env={**env, "WIREPARSE_NO_CACHE": "1"}, check=True
    )
    assert cold.stdout == first.stdout
