#!/usr/bin/env python3
"""Profile wireparse with pyinstrument: the parser over generated stories, or one CLI start-up.

usage:
    python benchmarks/profile_parse.py parse [--stories 3000]   # where parse() spends its time
    python benchmarks/profile_parse.py startup                  # one `wireparse -f jsonl` run
    python benchmarks/profile_parse.py spy [--stories 3000]     # the same with py-spy (sampling)
    python benchmarks/profile_parse.py what-if [--stories 3000] # the suggestions of PROFILE.md, tried

Text goes to stdout; the HTML profile to benchmarks/out/profile-*.html. pyinstrument hooks every
call and return, so code made of many tiny calls (a generator calling a function per character)
looks hotter than it is; ``spy`` samples the stack from outside (py-spy, no hook in the process) and
gives the truer shares. ``what-if`` patches
functions in this process only (wireparse's files are not touched), checks that every record is
unchanged, and prints the time per story before and after; it is evidence for a change to make in
wireparse, not a change.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402


def _texts(count: int) -> list[str]:
    # a seed of its own, so the profile does not run on the stories the peers row times
    return [d.text for d in generate.dispatches(count, seed=generate.SEED + 99)]


def profile_parse(count: int, interval: float) -> None:
    from pyinstrument import Profiler

    import wireparse

    texts = _texts(count)
    for text in texts[:50]:  # compile the patterns before the profile starts
        wireparse.parse(text)
    profiler = Profiler(interval=interval)
    profiler.start()
    for text in texts:
        wireparse.parse(text)
    profiler.stop()
    _write(profiler, "parse")


def profile_startup(interval: float) -> None:
    from pyinstrument import Profiler

    story = HERE / "out" / "one-story.txt"
    story.parent.mkdir(exist_ok=True)
    story.write_text(next(generate.dispatches(1, styles=("reuters-modern",))).text, encoding="utf-8")
    profiler = Profiler(interval=interval)
    profiler.start()
    from wireparse.cli import main

    try:
        sys.argv = ["wireparse", "-f", "jsonl", str(story)]
        stdout, sys.stdout = sys.stdout, open("/dev/null", "w")
        main()
    except SystemExit:
        pass
    finally:
        sys.stdout.close()
        sys.stdout = stdout
    profiler.stop()
    _write(profiler, "startup")


def _write(profiler, name: str) -> None:
    out = HERE / "out" / f"profile-{name}.html"
    out.write_text(profiler.output_html(), encoding="utf-8")
    print(profiler.output_text(unicode=True, color=False))
    print(f"HTML profile: {out}", file=sys.stderr)


def loop(count: int) -> None:
    """parse() over the stories three times (the process ``spy`` samples)."""
    import wireparse

    texts = _texts(count)
    for _ in range(3):
        for text in texts:
            wireparse.parse(text)


def spy(count: int, top: int = 25) -> None:
    """py-spy samples of ``loop``, summed by function: share of parse() time, inclusive and self.
    Samples inside the one-time pattern compilation are counted apart."""
    import collections
    import re
    import subprocess

    raw = HERE / "out" / "pyspy-parse.txt"
    raw.parent.mkdir(exist_ok=True)
    subprocess.run(
        [
            "py-spy",
            "record",
            "--rate",
            "250",
            "--format",
            "raw",
            "--output",
            str(raw),
            "--",
            sys.executable,
            __file__,
            "loop",
            "--stories",
            str(count),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    total = compile_samples = 0
    inclusive: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    for line in raw.read_text().splitlines():
        stack, n = line.rsplit(" ", 1)
        frames = [re.sub(r":\d+\)$", ")", f) for f in stack.split(";")]
        if not any(f.startswith("parse (") and "wireparse" in f for f in frames):
            continue
        if any(f.startswith("_compile (") and "regex" in f for f in frames):
            compile_samples += int(n)
            continue
        total += int(n)
        for f in dict.fromkeys(frames):
            inclusive[f] += int(n)
        own[frames[-1]] += int(n)
    print(
        f"{total} samples in parse() after the patterns were compiled "
        f"({compile_samples} more inside the one-time regex compilation)\n"
    )
    print("inclusive  function")
    for f, n in inclusive.most_common(top):
        if "wireparse" in f or "collections" in f or "<" not in f:
            print(f"{n / total:8.1%}  {f}")
    print("\nself       function")
    for f, n in own.most_common(15):
        print(f"{n / total:8.1%}  {f}")


def what_if(count: int) -> None:
    """Time parse() as it is and with each suggested change patched in, records compared."""
    import functools
    from collections import Counter

    import wireparse
    import wireparse.parser as parser_module
    from wireparse import furniture, language

    texts = _texts(count)

    def run() -> tuple[float, list[dict]]:
        for text in texts[:50]:
            wireparse.parse(text)
        best = float("inf")
        records = []
        for _ in range(3):
            start = time.perf_counter()
            records = [wireparse.parse(t).as_dict() for t in texts]
            best = min(best, time.perf_counter() - start)
        return best, records

    base, expected = run()
    print(f"as it is:                              {base / count * 1e3:.3f} ms/story")

    def report(label: str) -> None:
        t, got = run()
        print(
            f"{label:<39}{t / count * 1e3:.3f} ms/story ({base / t:.2f}x as fast)"
            f"{'' if got == expected else '  RECORDS DIFFER'}"
        )

    # 1. _main_script(): count each distinct character once, weighted by how often it occurs
    #    (Counter over a str runs in C), instead of 15 findall() passes over the sample
    original_main = getattr(language, "_main_script", None)
    if original_main is not None and hasattr(language, "_script_patterns"):

        @functools.cache
        def char_script(ch: str) -> str | None:
            for name, pattern in language._script_patterns():
                if pattern.match(ch):
                    return name
            return None

        def main_script(sample: str) -> str | None:
            if sample.isascii():
                return original_main(sample)
            totals = dict.fromkeys((name for name, _ in language._script_patterns()), 0)
            for ch, n in Counter(sample).items():
                name = char_script(ch)
                if name:
                    totals[name] += n
            count, name = max((c, n) for n, c in totals.items())
            return name if count else None

        language._main_script = main_script
        report("1. scripts counted per distinct char:")
    else:
        print("1. (language._main_script is gone: skipped)")
    # 2. + line_kind() remembered per text: a one-line paragraph is classified twice today
    original_kind = furniture.line_kind
    remembered = functools.lru_cache(maxsize=4096)(original_kind)
    patched = [m for m in (parser_module, furniture) if getattr(m, "line_kind", None) is original_kind]
    for module in patched:
        module.line_kind = remembered
    report("2. + line_kind() remembered:")
    for module in patched:
        module.line_kind = original_kind
    if original_main is not None:
        language._main_script = original_main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("parse", "startup", "spy", "loop", "what-if"))
    parser.add_argument("--stories", type=int, default=3000)
    parser.add_argument("--interval", type=float, default=0.0005, help="sampling interval, s")
    args = parser.parse_args()
    if args.what == "parse":
        profile_parse(args.stories, args.interval)
    elif args.what == "startup":
        profile_startup(args.interval / 5)
    elif args.what == "spy":
        spy(args.stories)
    elif args.what == "loop":
        loop(args.stories)
    else:
        what_if(args.stories)
    return 0


if __name__ == "__main__":
    sys.exit(main())
