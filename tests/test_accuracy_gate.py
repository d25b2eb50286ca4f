"""The accuracy gate: wireparse must hold the floors of ``tools/accuracy.py`` on the development
corpora in ``../shared``: the hand-checked gold (``gold/`` and ``gold-added/``) overall, per field and
per source, its layout invariance per change, and Reuters-21578. Skips when ``../shared`` is not
beside the project, so a clone without it still runs the rest of the suite."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

pytestmark = pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(),
    reason="../shared (corpus and scorer) is not beside the project",
)


@functools.cache
def _accuracy():
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "tools" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _measure(check):
    accuracy = _accuracy()
    return accuracy.measure(SHARED, accuracy.default_command(), only=check)


# Reuters-21578 is scored as its eleven streams: the same stories and floors as the one-file-a-story
# layout (tools/accuracy.py prints both), in a fraction of the time.
@pytest.mark.parametrize("check", ["shared", "invariance", "reuters21578-stream"])
def test_floors_hold(check):
    assert _accuracy().shortfalls(_measure(check)) == []


def test_every_source_of_enough_stories_is_checked():
    """The per-source check reads the scorer's table for each source of at least MIN_STORIES gold
    stories, and names only sources and fields that exist."""
    accuracy = _accuracy()
    _, rates = _measure("shared")["shared per source"]
    corpus = SHARED / "corpus"
    golds = [corpus / name for name in accuracy.GOLD_FOLDERS if (corpus / name).exists()]
    counts = accuracy.stories_per_source(golds)
    checked = {entry.rsplit(" ", 1)[0] for entry in rates}
    assert checked == {source for source, n in counts.items() if n >= accuracy.MIN_STORIES}
    for entry in accuracy.FLOORS["shared per source"]:
        assert entry == "*" or entry in rates, f"{entry}: no such source and field in the scorer's table"
