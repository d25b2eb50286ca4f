"""A folder tree deeper than Python's recursion limit: walked whole, in the usual order, with
records on standard output and with ``--output-dir`` (twice: the second run looks for temporaries
left in the deep output tree). Runs the installed command; the stories are made up for this test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

TIMEOUT = 120
EXE = Path(sys.executable).parent / "wireparse"
#: Levels below the folder named: above the recursion limit (1,000), and with one-letter folder
#: names the deepest path stays under Linux's PATH_MAX (4,096 bytes).
DEPTH = 1500
#: Levels that hold files: an ``a.txt`` (sorts before the subfolder ``d``) and a ``z.txt`` (after).
FILLED = (0, 999, DEPTH)


def _story(level: int, name: str) -> str:
    return (
        f"Headline at level {level} {name}\n\nOSLO, May 2 (Reuters) - The story at level {level}.\nReuter\n"
    )


def _build(root: Path) -> None:
    """``root/d/d/.../d`` DEPTH levels below ``root``, made through folder descriptors (each call
    names one level, whatever the depth)."""
    root.mkdir()
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for level in range(DEPTH + 1):
            if level in FILLED:
                for name in ("a.txt", "z.txt"):
                    out = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
                    os.write(out, _story(level, name).encode())
                    os.close(out)
            if level == DEPTH:
                break
            os.mkdir("d", dir_fd=fd)
            inner = os.open("d", os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)


def _remove(root: Path) -> None:
    """Remove a tree built like :func:`_build` (shutil.rmtree recurses): down to the deepest level
    through folder descriptors, then up through ``..``, each level emptied and removed."""
    if not root.is_dir():
        return
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    depth = 0
    try:
        while "d" in os.listdir(fd):
            inner = os.open("d", os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd, depth = inner, depth + 1
        for level in range(depth, -1, -1):
            for name in os.listdir(fd):
                if name == "d":
                    os.rmdir(name, dir_fd=fd)
                else:
                    os.unlink(name, dir_fd=fd)
            if level:
                outer = os.open("..", os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
                os.close(fd)
                fd = outer
    finally:
        os.close(fd)
    root.rmdir()


def _expected(prefix: str) -> list[str]:
    """Paths below the folder, in walking order: a level's ``a.txt``, then its subfolder, then its
    ``z.txt``."""
    where = {level: "d/" * level for level in FILLED}
    return [f"{prefix}{where[level]}a.txt" for level in FILLED] + [
        f"{prefix}{where[level]}z.txt" for level in reversed(FILLED)
    ]


@pytest.fixture
def deep(tmp_path: Path):
    """The tree, in memory when /dev/shm is there: removing 1,500 nested folders from a disk can
    take seconds."""
    shm = "/dev/shm"
    base = Path(tempfile.mkdtemp(dir=shm)) if os.access(shm, os.W_OK) else tmp_path
    root = base / "deep"
    try:
        _build(root)
        yield root
    finally:
        _remove(root)
        _remove(base / "out")
        if base != tmp_path:
            base.rmdir()


def test_a_tree_deeper_than_the_recursion_limit_is_walked_whole_in_order(deep: Path) -> None:
    assert len(str(deep) + "/d" * DEPTH) < os.pathconf(deep, "PC_PATH_MAX")
    proc = subprocess.run(
        [str(EXE), "-r", "-j", "1", "-f", "jsonl", "deep"],
        cwd=deep.parent,
        capture_output=True,
        timeout=TIMEOUT,
    )
    assert (proc.returncode, proc.stderr) == (0, b"")
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["source"] for r in records] == _expected("deep/")
    assert [r["headline"] for r in records] == [
        f"Headline at level {path.count('d/')} {path[-5:]}" for path in _expected("")
    ]


def test_a_tree_deeper_than_the_recursion_limit_is_mirrored_by_output_dir(deep: Path) -> None:
    for _ in range(2):  # the second run also clears temporaries from the deep output tree
        proc = subprocess.run(
            [str(EXE), "-r", "-j", "2", "--output-dir", "out", "deep"],
            cwd=deep.parent,
            capture_output=True,
            timeout=TIMEOUT,
        )
        assert (proc.returncode, proc.stderr) == (0, b"")
    for name in _expected(""):
        written = (deep.parent / "out" / name).with_suffix(".jsonl").read_text(encoding="utf-8")
        assert json.loads(written)["source"] == f"deep/{name}"
