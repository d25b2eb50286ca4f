#!/usr/bin/env python3
"""Print wireparse's accuracy on the development corpora beside the project, against the floors.

Runs ``../shared/eval/score.py`` over ``../shared/corpus`` (hand-checked gold) and over
Reuters-21578 (turned into dispatches by ``../shared/eval/reuters21578.py`` in a temporary folder),
prints each table, then one line per floor. Exit status 1 when a floor is missed, 2 when the shared
folder is missing.

usage: python tools/accuracy.py [--shared DIR] [--cmd WIREPARSE] [--only CORPUS] [--misses N]

CORPUS is shared, reuters21578 (a file a story) or reuters21578-stream (a stream an SGML file).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The floors each corpus must hold (issue 3).
FLOORS: dict[str, dict[str, float]] = {
    "shared": {
        "dateline.found": 0.98,
        "dateline.text": 0.97,
        "dateline.place": 0.97,
        "dateline.date": 0.98,
        "dateline.agency": 0.97,
        "headline": 0.95,
        "byline": 0.95,
        "paragraphs": 0.90,
        "first_body": 0.97,
    },
    "reuters21578": {
        "dateline.text": 0.99,
        "dateline.place": 0.99,
        "dateline.date": 0.99,
        "headline": 0.99,
        "dateline.region": 0.97,
    },
}
# the same stories as eleven multi-story streams (issue 4): same floors, far fewer processes
FLOORS["reuters21578-stream"] = FLOORS["reuters21578"]


def default_command() -> str:
    """The wireparse installed beside this interpreter, else the one on PATH."""
    beside = Path(sys.executable).with_name("wireparse")
    return str(beside) if beside.exists() else (shutil.which("wireparse") or "wireparse")


def score(shared: Path, corpus: Path, gold: Path, cmd: str, misses: int = 0) -> tuple[str, dict[str, float]]:
    """The scorer's printed table and its rates."""
    with tempfile.TemporaryDirectory() as tmp:
        rates_file = Path(tmp) / "rates.json"
        proc = subprocess.run(
            [
                sys.executable,
                str(shared / "eval" / "score.py"),
                "--cmd",
                cmd,
                "--corpus",
                str(corpus),
                "--gold",
                str(gold),
                "--json",
                str(rates_file),
                "--misses",
                str(misses),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if not rates_file.exists():
            raise RuntimeError(f"the scorer failed: {proc.stderr.strip()[-500:]}")
        return proc.stdout, json.loads(rates_file.read_text())


def reuters_corpus(shared: Path, out: Path, stream: bool = False) -> Path:
    """Reuters-21578 as dispatches (one file a story, or one stream an SGML file) plus gold,
    written under ``out``; returns the gold file."""
    sgml = sorted((shared / "corpus" / "reuters21578").glob("*.sgm"))
    subprocess.run(
        [sys.executable, str(shared / "eval" / "reuters21578.py"), str(out), *map(str, sgml)],
        check=True,
        capture_output=True,
    )
    return out / ("reuters21578.stream.gold.jsonl" if stream else "reuters21578.gold.jsonl")


def measure(
    shared: Path, cmd: str, only: str | None = None, misses: int = 0
) -> dict[str, tuple[str, dict[str, float]]]:
    """Each corpus's printed table and rates."""
    results = {}
    if only in (None, "shared"):
        corpus = shared / "corpus"
        results["shared"] = score(shared, corpus, corpus / "gold", cmd, misses)
    for name in ("reuters21578", "reuters21578-stream"):
        if only in (None, name):
            with tempfile.TemporaryDirectory() as tmp:
                gold = reuters_corpus(shared, Path(tmp), stream=name.endswith("stream"))
                results[name] = score(shared, Path(tmp), gold, cmd, misses)
    return results


def shortfalls(results: dict[str, tuple[str, dict[str, float]]]) -> list[str]:
    """Floors missed, as readable lines."""
    missed = []
    for name, (_, rates) in results.items():
        for field, floor in FLOORS[name].items():
            rate = rates.get(field)
            if rate is None or rate < floor:
                missed.append(f"{name}: {field} {rate} < {floor}")
    return missed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cmd", default=None, help="the wireparse command to score")
    ap.add_argument("--only", choices=sorted(FLOORS))
    ap.add_argument("--misses", type=int, default=0)
    args = ap.parse_args(argv)
    if not (args.shared / "eval" / "score.py").exists():
        print(f"accuracy: no scorer under {args.shared}", file=sys.stderr)
        return 2
    results = measure(args.shared, args.cmd or default_command(), args.only, args.misses)
    for name, (table, _) in results.items():
        print(f"## {name}\n{table}")
    missed = shortfalls(results)
    for name, (_, rates) in results.items():
        for field, floor in FLOORS[name].items():
            print(f"{name:20} {field:16} {rates.get(field, 0):.3f}  floor {floor:.2f}")
    print("all floors hold" if not missed else "below floor: " + "; ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
