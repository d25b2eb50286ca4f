"""Records of a fixed set of texts, written and compared: a check that a change to the parser keeps
every record byte-identical.

    python tools/compare_records.py write OUT.jsonl
    python tools/compare_records.py compare A.jsonl B.jsonl
    python tools/compare_records.py commits REV1 REV2

``write`` parses the samples, every ``.txt`` story of ../shared/corpus (when present), the
Reuters-21578 stories and streams (when ../shared/eval/reuters21578.py and the SGML files are
present), 2,000 generated stories (benchmarks/generate.py, its fixed seed) and 500 line-shuffled
variants of the sample and corpus stories (a fixed seed), and runs the command over the samples
folder and over the samples concatenated into one stream. Each output line is one JSON object:
``{"set": ..., "name": ..., "record": Story.as_dict()}``, or for a command run ``{"set": "cli",
"name": ..., "stdout": ..., "status": ...}``. ``compare`` prints how many entries are the same and
different, with the first differences, and exits 1 on any difference. ``commits`` checks each
revision out into a temporary worktree, writes its records there and compares them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GENERATED = 2000
SHUFFLED = 500
SEED = 20261205
SHOWN = 5


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def _story_files(root: Path) -> list[tuple[str, Path]]:
    files = sorted((root / "samples").glob("*.txt"))
    named = [(f"samples/{p.name}", p) for p in files]
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        named += [(f"corpus/{p.relative_to(corpus)}", p) for p in sorted(corpus.rglob("*.txt"))]
    return named


def _reuters(tmp: Path) -> list[tuple[str, Path]]:
    """The Reuters-21578 stories, one file each and one stream per SGML file, when present."""
    script = SHARED / "eval" / "reuters21578.py"
    sgm = sorted((SHARED / "corpus" / "reuters21578").glob("*.sgm"))
    if not script.is_file() or not sgm:
        return []
    out = tmp / "reuters21578"
    subprocess.run(
        [sys.executable, str(script), str(out), *map(str, sgm)], check=True, stdout=subprocess.DEVNULL
    )
    return [(f"reuters21578/{p.relative_to(out)}", p) for p in sorted(out.rglob("*.txt"))]


def _shuffled(texts: list[str]) -> Iterator[tuple[str, str]]:
    rng = random.Random(SEED)
    for n in range(SHUFFLED):
        k = rng.randrange(len(texts))
        lines = texts[k].split("\n")
        rng.shuffle(lines)
        yield f"{n}:{k}", "\n".join(lines)


def _generated(root: Path) -> Iterator[tuple[str, str]]:
    sys.path.insert(0, str(root / "benchmarks"))
    import generate

    for n, d in enumerate(generate.dispatches(GENERATED, seed=generate.SEED)):
        yield f"{n}-{d.style}", d.text


def _cli(root: Path, tmp: Path) -> Iterator[dict[str, Any]]:
    samples = sorted((root / "samples").glob("*.txt"))
    stream = tmp / "samples-stream.txt"
    stream.write_bytes(b"\n".join(p.read_bytes() for p in samples))
    runs = {
        "folder": ["-r", "samples", "-f", "jsonl", "-j", "1"],
        "stream": [str(stream), "-f", "jsonl", "-j", "1"],
    }
    env = {**os.environ, "PYTHONPATH": str(root)}
    for name, args in runs.items():
        done = subprocess.run(
            [sys.executable, "-m", "wireparse", "--no-progress", *args],
            cwd=root,
            env=env,
            capture_output=True,
            check=False,
        )
        stdout = done.stdout.decode("utf-8", errors="replace").replace(str(tmp), "TMP")
        yield {"set": "cli", "name": name, "stdout": stdout, "status": done.returncode}


def entries(root: Path) -> Iterator[dict[str, Any]]:
    """Every entry ``write`` prints, in a fixed order."""
    sys.path.insert(0, str(root))
    from wireparse import parse
    from wireparse.stream import parse_stream

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        stories = _story_files(root)
        texts = [_read(p) for _, p in stories]
        for (label, _), text in zip(stories, texts, strict=True):
            yield {"set": "file", "name": label, "record": parse(text, source=label).as_dict()}
        for label, path in _reuters(tmp):
            if "/stream/" in label:
                for story in parse_stream(_read(path), source=label):
                    yield {"set": "stream", "name": f"{label}#{story.index}", "record": story.as_dict()}
            else:
                yield {"set": "reuters", "name": label, "record": parse(_read(path), source=label).as_dict()}
        for label, text in _generated(root):
            yield {"set": "generated", "name": label, "record": parse(text).as_dict()}
        for label, text in _shuffled(texts):
            yield {"set": "shuffled", "name": label, "record": parse(text).as_dict()}
        yield from _cli(root, tmp)


def write(out: str, root: Path = ROOT) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for entry in entries(root):
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} entries written to {out}")
    return 0


def _load(path: str) -> dict[tuple[str, str], str]:
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            entry = json.loads(line)
            table[entry["set"], entry["name"]] = line
    return table


def compare(a: str, b: str) -> int:
    old, new = _load(a), _load(b)
    same = sum(1 for key in old if new.get(key) == old[key])
    different = [key for key in old if key in new and new[key] != old[key]]
    missing = [key for key in old if key not in new]
    added = [key for key in new if key not in old]
    sets: dict[str, int] = {}
    for key in old:
        sets[key[0]] = sets.get(key[0], 0) + 1
    print(f"compared {len(old)} entries ({', '.join(f'{k} {v}' for k, v in sets.items())})")
    print(f"same {same}, different {len(different)}, only in {a}: {len(missing)}, only in {b}: {len(added)}")
    for key in different[:SHOWN]:
        print(f"--- {key[0]} {key[1]}\n< {old[key].strip()[:2000]}\n> {new[key].strip()[:2000]}")
    for key in (missing + added)[:SHOWN]:
        print(f"--- {key[0]} {key[1]}: in one file only")
    return 1 if different or missing or added else 0


def commits(rev1: str, rev2: str) -> int:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        outs = []
        for n, rev in enumerate((rev1, rev2)):
            tree = tmp / f"tree{n}"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev], check=True
            )
            try:
                out = str(tmp / f"records{n}.jsonl")
                env = {**os.environ, "PYTHONPATH": str(tree)}
                script = str(Path(__file__).resolve())
                subprocess.run(
                    [sys.executable, script, "write", out, "--root", str(tree)], env=env, check=True
                )
                outs.append(out)
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
                )
        return compare(*outs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="write the records of the fixed text set")
    w.add_argument("out")
    w.add_argument("--root", type=Path, default=ROOT, help="the source tree to parse with")
    c = sub.add_parser("compare", help="compare two written record files")
    c.add_argument("a")
    c.add_argument("b")
    r = sub.add_parser("commits", help="write the records at two revisions and compare them")
    r.add_argument("rev1")
    r.add_argument("rev2")
    args = ap.parse_args(argv)
    if args.command == "write":
        return write(args.out, args.root.resolve())
    if args.command == "compare":
        return compare(args.a, args.b)
    return commits(args.rev1, args.rev2)


if __name__ == "__main__":
    sys.exit(main())
