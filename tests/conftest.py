"""Shared test set-up: the repository's folders, the sample stories, and the ``--regen`` option.

``pytest --regen`` rewrites every ``samples/<name>.json`` from what the parser says now (and writes
one for a new ``samples/<name>.txt`` that has none), and the ninjs and NITF goldens in
``tests/golden/``. It blesses whatever the parser prints, so regenerate only to start a golden file
or to take in a deliberate change, then review the diff by hand (``git diff samples/ tests/golden/``)
and correct every wrong value before committing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
#: ``../shared`` beside the repository: the founding dispatch and the corpus, when present.
SHARED = Path(__file__).resolve().parents[2] / "shared"

# the compiled patterns of the commands the tests run are kept beside pytest's own cache, never in
# the user's cache directory (set before any test imports wireparse, and inherited by subprocesses)
os.environ["WIREPARSE_CACHE_DIR"] = str(ROOT / ".pytest_cache" / "wireparse-patterns")
os.environ.pop("WIREPARSE_NO_CACHE", None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen",
        action="store_true",
        default=False,
        help="rewrite samples/*.json and tests/golden/ from the parser; then review the diff by hand "
        "and correct any wrong value before committing",
    )


def dateline_fields(line: str, *fields: str) -> tuple[Any, ...] | None:
    """The named fields of the dateline opening ``line`` (``text``, ``place``...), or None when
    no dateline opens it: the one check the dateline tables share."""
    from wireparse.dateline import match_dateline

    match = match_dateline(line)
    return None if match is None else tuple(getattr(match.dateline, field) for field in fields)


def read_text(path: Path) -> str:
    """A story as the golden files and the corpus gold read it: UTF-8, newlines untouched."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.fixture(scope="session")
def regen(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared``; tests that need it are skipped when it is absent (a bare clone)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    return SHARED


#: Results of ``test_invariance.py``: change name -> whether each pair kept its record.
INVARIANCE = pytest.StashKey[dict[str, list[bool]]]()


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """The layout invariance rate per change, when its tests ran."""
    results = config.stash.get(INVARIANCE, {})
    if results:
        terminalreporter.section("layout invariance over the samples")
        for change, kept in results.items():
            terminalreporter.write_line(
                f"{change:14} {sum(kept) / len(kept):.3f} {sum(kept):4d} {len(kept):4d}"
            )
