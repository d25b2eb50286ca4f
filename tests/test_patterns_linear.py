"""Pumping tests: every compiled pattern, and ``parse()`` as a whole, take time linear in the input
on adversarial strings up to 100,000 characters (reliability.md E1, E2, H1).

The patterns are found, not listed: every ``regex.Pattern`` at module level in ``wireparse``, every
pattern returned by a cached zero-argument builder (``dateline_patterns()``, ``_rules()`` ...), and
every literal pattern passed inline to ``regex.split``/``regex.fullmatch``/... So a pattern the
parser gains tomorrow is pumped too.

How growth is judged (``conftest_robust.growth``): the time at 10x the size must stay under
``GROWTH_LIMIT`` times the time at the smaller size (linear work gives about 10, quadratic about
100), measured with the garbage collector off, in CPU time of the test's thread (a busy machine does
not skew it), and re-measured as the best of three before a verdict. Times under ``NOISE_FLOOR``
are never judged: a quadratic pattern at 100,000 characters takes seconds, not milliseconds. No
test asserts an absolute time; ``regex``'s ``timeout=`` is only a guard against a hang.

A pattern is pumped anchored (``match`` and ``fullmatch`` from the start, as the dateline and line
classifiers use them) and, unless every use in the package is anchored (found by reading the
source, see ``anchored_only_names``), scanning (``subn`` over the whole string: every start
position, as ``sub``, ``split``, ``search`` and ``findall`` use it).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import signal
from contextlib import contextmanager

import pytest
import regex
from conftest_robust import HANG_GUARD, growth

import wireparse

# -- adversarial strings: each is pumped by repeating its unit -----------------------------------

PUMPS: dict[str, str] = {
    "capitals-no-credit": "WASHINGTON NEW YORK ",
    "capital-letters": "A",
    "capitals-dots": "U.S. ",
    "capitals-comma-date": "LONDON, March 7 ",
    "cyrillic-capitals": "МОСКВА ",
    "open-parens": "(",
    "paren-credit-unclosed": "(AP ",
    "paren-words": "(Reuters ",
    "slashes": "/",
    "slash-credit": "Name/TASS ",
    "tass-unclosed": "/TASS",
    "hyphens": "-",
    "dots": ".",
    "digits": "7",
    "digit-dots": "1.",
    "spaces": " ",
    "tabs": "\t",
    "two-spaces": "word  ",
    "month-names": "March 7 ",
    "month-names-ru": "7 марта ",
    "month-abbrev": "Jan. ",
    "cjk-dateline": "新华社北京3月7日",
    "hijri-concordance": "24 شعبان 1445 هـ الموافق ",
    "persian-dates": "تهران، ۱۵ اردیبهشت ",
    "ethiopic-separators": "ባህር ዳር፤ የካቲት 26/",
    "hindi-day-words": "पांच मार्च ",
    "tibetan-syllables": "ལྷ་ས་ནས་ཟླ་༣ ",
    "mongolian-months": "2024 оны 3 дугаар сарын ",
    "brackets": "[",
    "bracket-words": "[x",
    "ql-codes": "&QL;",
    "ampersands": "&",
    "at-signs": "a@",
    "carets": "^",
    "by-openers": "By ",
    "copyright": "© ",
    "eds": "EDS: ",
    "underscores": "_",
    "equals": "=",
    "stars": "* ",
    "apostrophes": "'",
    "colons": "a: ",
    "lower-words": "abc ",
    "mixed-name": "Ab-C'd. ",
    "nbsp-words": "a\u00a0",
}


# -- finding the patterns -------------------------------------------------------------------------

_ANCHORED_METHODS = {"match", "fullmatch"}


def anchored_only_names() -> set[str]:
    """Names (``_FRAME_LINE``, ``_rules``) that every use in the package calls as
    ``NAME.match(``/``NAME.fullmatch(`` or ``NAME().match(``/``NAME().fullmatch(``. A name also
    used any other way (iterated, passed on, ``.search``, ``.pattern``) is pumped scanning too."""
    anchored: dict[str, bool] = {}
    for info in pkgutil.walk_packages(wireparse.__path__, "wireparse."):
        if info.name.endswith("__main__"):
            continue
        tree = ast.parse(inspect.getsource(importlib.import_module(info.name)))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Name):
                continue
            use = parents.get(node)
            if isinstance(use, ast.Call) and use.func is node and not use.args:
                use = parents.get(use)  # NAME() -> look at what is done with the result
            ok = (
                isinstance(use, ast.Attribute)
                and use.attr in _ANCHORED_METHODS
                and isinstance(parents.get(use), ast.Call)
            )
            if isinstance(use, (ast.Assign, ast.FunctionDef)) or isinstance(node.ctx, ast.Store):
                continue  # the definition itself
            anchored[node.id] = anchored.get(node.id, True) and ok
    return {name for name, ok in anchored.items() if ok}


#: Anchored use the source reader cannot see (the pattern reaches its caller through a loop
#: variable or another pattern), each checked by reading the caller. name -> where it is used
ANCHORED_BY_REVIEW = {
    "dateline_patterns": "dateline.match_dateline: `pattern = shape_pattern(shape)`, then `pattern.match(marked)`",
}
ANCHORED_ONLY = anchored_only_names() | set(ANCHORED_BY_REVIEW)


def is_anchored_only(name: str) -> bool:
    """``name`` as given by discover(): ``wireparse.stream._FRAME_LINE``, ``wireparse.furniture._rules()``."""
    head = name.split("[", 1)[0].removesuffix("()")
    return head.rsplit(".", 1)[-1] in ANCHORED_ONLY


#: Known failures, each with its input and the fix it calls for. Strict: once fixed, the test fails
#: until the entry is removed. (pattern name, pump, mode) -> what it costs
KNOWN_SUPERLINEAR: dict[tuple[str, str, str], str] = {
    # empty: the five patterns this test found quadratic (bylines._SEPARATORS, the headline EDS
    # flag, lines._END_OF_HEADER, and two furniture rules) were fixed. An entry reads
    # ("wireparse.bylines._SEPARATORS", "spaces", "scanning"): "what it costs, and the fix",
    # or ("parse()", pump, layout) for the whole-parser test.
}


def _collect(obj, name: str, out: dict, depth: int = 0) -> None:
    if isinstance(obj, (regex.Pattern, re.Pattern)):  # a few scans use the standard library's re
        out.setdefault(obj.pattern, (name, obj))
    elif isinstance(obj, (tuple, list)) and depth < 3:
        if len(obj) == 2 and isinstance(obj[0], str) and isinstance(obj[1], (regex.Pattern, re.Pattern)):
            _collect(obj[1], f"{name}[{obj[0]}]", out, depth + 1)
            return
        for i, item in enumerate(obj):
            _collect(item, f"{name}[{i}]", out, depth + 1)
    elif isinstance(obj, dict) and depth < 3:
        for key, item in obj.items():
            _collect(item, f"{name}[{key}]", out, depth + 1)


_CALLS = {"compile", "match", "fullmatch", "search", "split", "sub", "subn", "findall", "finditer"}


def discover() -> dict[str, regex.Pattern]:
    """name -> pattern, for every pattern in the wireparse package."""
    found: dict[str, tuple[str, regex.Pattern]] = {}
    for info in pkgutil.walk_packages(wireparse.__path__, "wireparse."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, obj in sorted(vars(module).items()):
            if isinstance(obj, (regex.Pattern, re.Pattern, tuple, list, dict)):
                _collect(obj, f"{info.name}.{attr}", found)
            elif (
                callable(obj) and hasattr(obj, "cache_info") and getattr(obj, "__module__", None) == info.name
            ):
                try:
                    if inspect.signature(obj).parameters:
                        continue
                except (TypeError, ValueError):
                    continue
                _collect(obj(), f"{info.name}.{attr}()", found)
        # literal patterns given inline: regex.split(r"[,/]", text), regex.fullmatch(r"...", part)
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("regex", "re")
                and node.func.attr in _CALLS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                literal = node.args[0].value
                if literal not in found:
                    found[literal] = (f"{info.name}:{node.func.attr}:{node.lineno}", regex.compile(literal))
    return {name: pattern for name, pattern in found.values()}


PATTERNS = discover()


def test_discovery_finds_the_known_patterns():
    names = " ".join(PATTERNS)
    for expected in (
        "dateline_patterns()",
        "cjk_dateline_pattern()",
        "source_marker_pattern()",
        "furniture._rules()",
        "_combined_caption()",
        "lines._LINE_BREAK",
        "jsonsafe._UNSAFE",
        "terminal._CONTROL",
    ):
        assert expected in names, f"{expected} not found among {sorted(PATTERNS)}"
    assert len(PATTERNS) >= 30


# -- measuring growth: conftest_robust.growth --------------------------------------------------


def _guard(pattern: regex.Pattern | re.Pattern) -> dict:
    # the standard library's re has no timeout (the patterns it runs are single classes)
    return {"timeout": HANG_GUARD} if isinstance(pattern, regex.Pattern) else {}


def _anchored(pattern: regex.Pattern | re.Pattern):
    guard = _guard(pattern)

    def run(text):
        pattern.match(text, **guard)
        pattern.fullmatch(text, **guard)

    return run


def _scanning(pattern: regex.Pattern | re.Pattern):
    guard = _guard(pattern)

    # subn visits every match as finditer/sub/split/search do, without building match objects
    def run(text):
        pattern.subn("", text, **guard)

    return run


def _cases():
    for name, pattern in sorted(PATTERNS.items()):
        modes = ["anchored"]
        if not is_anchored_only(name):
            modes.append("scanning")
        for mode in modes:
            yield pytest.param(name, pattern, mode, id=f"{name}-{mode}")


@pytest.mark.parametrize("name,pattern,mode", list(_cases()))
def test_pattern_is_linear(name, pattern, mode, request):
    run = _anchored(pattern) if mode == "anchored" else _scanning(pattern)
    failures = []
    for pump, unit in PUMPS.items():
        known = KNOWN_SUPERLINEAR.get((name, pump, mode))
        result = growth(run, unit, confirm=not known)
        if result and not known:
            n, small, big = result
            failures.append(f"{pump!r} x{n}: {small * 1e3:.1f} ms at {n // 10}, {big * 1e3:.1f} ms at {n}")
        elif known and not result:
            failures.append(f"{pump!r} is listed in KNOWN_SUPERLINEAR but is linear now: remove it")
    assert not failures, f"{name} ({mode}) grows superlinearly:\n  " + "\n  ".join(failures)


# -- the whole parser ---------------------------------------------------------------------------


@contextmanager
def hang_guard(seconds: float):
    def on_alarm(signum, frame):
        raise TimeoutError(f"no result within {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _parse(text):
    with hang_guard(HANG_GUARD):
        wireparse.parse(text)


#: shapes of a whole input around the pumped run: one long line (the headline), a run framed by
#: text inside a line (nothing to strip), a line closed by '=' (ANPA header end), the run inside
#: the dateline paragraph, many short lines
LAYOUTS = {
    "one-line": lambda run: run,
    "framed-headline": lambda run: f"x{run}x\n",
    "framed-equals": lambda run: f"Headline\n\nx{run}y=\n",
    "dateline-paragraph": lambda run: f"Headline\n\nLONDON, March 7 (Reuters) - x{run}x\n",
    "short-lines": lambda run: "\n".join(run[i : i + 60] for i in range(0, len(run), 60)),
}


def _pumped_parse(layout):
    make = LAYOUTS[layout]

    def run(text):
        _parse(make(text))

    return run


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_parse_is_linear(layout):
    failures = []
    for pump, unit in PUMPS.items():
        known = KNOWN_SUPERLINEAR.get(("parse()", pump, layout))
        result = growth(_pumped_parse(layout), unit, confirm=not known)
        if known and not result:
            failures.append(f"{pump!r} is listed in KNOWN_SUPERLINEAR but is linear now: remove it")
        elif result and not known:
            n, small, big = result
            failures.append(f"{pump!r}: {small * 1e3:.1f} ms at {n // 10}, {big * 1e3:.1f} ms at {n}")
    assert not failures, f"parse() ({layout}) grows superlinearly:\n  " + "\n  ".join(failures)
