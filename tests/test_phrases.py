"""The literal-phrase finder the furniture tests share (one trie pattern for a table of phrases),
and the test for a word in capitals: invented rows."""

from __future__ import annotations

import pytest

from wireparse.casing import opens_in_capitals
from wireparse.patterns import phrase_finder

PHRASES = ("is a writer", "is a reporter", "contact:", "e-mail:", "email:", "ab", "abc")


@pytest.mark.parametrize(
    ("text", "found", "reason"),
    [
        ("she is a reporter for the daily", True, "a phrase inside a sentence"),
        ("he is a writer", True, "a phrase at the end"),
        ("is a write", False, "a phrase cut short"),
        ("contact: desk", True, "a phrase with a sign"),
        ("E-MAIL: desk", False, "the finder reads text as given: callers fold case"),
        ("e-mail: desk", True, "a phrase with a hyphen"),
        ("xabx", True, "a phrase inside a word: the finder is literal"),
        ("a b c", False, "letters apart"),
        ("", False, "nothing"),
    ],
)
def test_phrase_finder(text: str, found: bool, reason: str) -> None:
    assert (phrase_finder(PHRASES).search(text) is not None) == found, reason


def test_phrase_finder_of_no_phrases_finds_nothing() -> None:
    assert phrase_finder([]).search("anything") is None


@pytest.mark.parametrize(
    ("text", "capitals", "reason"),
    [
        ("CONFIRMS EARNINGS", True, "a word in capitals"),
        ("Confirms earnings", False, "a capitalised word"),
        ("A small step", False, "a single letter"),
        ("ＥＵは４日、発表した", False, "letters without case in the same run"),
        ("ＥＵ、発表", False, "the same after a full-width comma"),
        ("U.S. SHARES", True, "dots in a word in capitals"),
        ("", False, "nothing"),
    ],
)
def test_opens_in_capitals(text: str, capitals: bool, reason: str) -> None:
    assert opens_in_capitals(text) == capitals, reason
