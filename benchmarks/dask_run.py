#!/usr/bin/env python3
"""The Dask rows of ``benchmarks/run.py``, run in a process of their own (it starts a cluster).

usage:
    python benchmarks/dask_run.py cores FOLDER REPS    # -j 2 vs Dask on a 2-worker LocalCluster
    python benchmarks/dask_run.py memory FILE OUT       # a worker's peak memory over one long file

Prints one JSON object on stdout. ``cores``: each repetition times ``wireparse -f jsonl -j 2
FOLDER`` (output thrown away) and then the same lines through Dask: ``to_jsonl(read_stories(FOLDER),
sink)``, each partition's lines made on the workers (as ``-j 2``'s workers render theirs), taken
in order and written by this process (as ``-j 2``'s main process writes them); the warm-up
repetition writes both outputs to files and stops unless they are the same bytes. The cluster (2
worker processes, one thread each) is started once, before, and its start-up is reported apart.
``memory``: ``to_parquet`` of FILE into the folder OUT, and the peak resident memory (VmHWM) of
each worker process.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _peak_kib() -> int:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+)", status).group(1))


def cluster():
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    local = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    )
    client = Client(local)
    client.run(lambda: __import__("wireparse.dask"))  # every worker imports wireparse once, here
    return local, client, time.perf_counter() - started


def cores(folder: str, reps: int) -> dict:
    import wireparse.dask as wd

    script = Path(sys.executable).with_name("wireparse")
    local, client, start_up = cluster()
    jobs2, dask, records = [], [], 0
    with local, client, tempfile.TemporaryDirectory() as tmp:
        for rep in range(reps + 1):  # the first of each is a warm-up, whose outputs are compared
            outputs = [
                os.path.join(tmp, f"{name}.jsonl") if rep == 0 else os.devnull for name in ("j2", "dask")
            ]
            began = time.perf_counter()
            with open(outputs[0], "wb") as sink:
                subprocess.run([str(script), "-f", "jsonl", "-j", "2", folder], stdout=sink, check=True)
            jobs2.append(time.perf_counter() - began)
            began = time.perf_counter()
            with open(outputs[1], "w", encoding="utf-8") as sink:
                records = wd.to_jsonl(wd.read_stories(folder), sink)
            dask.append(time.perf_counter() - began)
            if rep == 0 and Path(outputs[0]).read_bytes() != Path(outputs[1]).read_bytes():
                raise SystemExit("dask_run.py: Dask's JSON Lines differ from those of -j 2")
    return {"j2_seconds": jobs2[1:], "dask_seconds": dask[1:], "records": records, "cluster_start": start_up}


def memory(path: str, out: str) -> dict:
    import wireparse.dask as wd

    local, client, start_up = cluster()
    with local, client:
        before = client.run(_peak_kib)
        began = time.perf_counter()
        bag = wd.read_stories(path)
        rows = wd.to_parquet(bag, out)
        seconds = time.perf_counter() - began
        peaks = client.run(_peak_kib)
    size = sum(f.stat().st_size for f in Path(out).iterdir())
    return {
        "worker_peak_mb": sorted(kib * 1024 / 1e6 for kib in peaks.values()),
        "worker_idle_mb": sorted(kib * 1024 / 1e6 for kib in before.values()),
        "seconds": seconds,
        "rows": rows,
        "partitions": bag.npartitions,
        "parquet_bytes": size,
        "cluster_start": start_up,
    }


def main() -> None:
    what, *args = sys.argv[1:]
    if what == "cores":
        result = cores(args[0], int(args[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = memory(args[0], args[1] if len(args) > 1 else os.path.join(tmp, "dataset"))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
