"""Where a parallel run's time goes: the parent's phases, each worker's start, files,
garbage collections and idle tail, and the bytes each result costs to send back.

    PYTHONPATH=src python benchmarks/profile_parallel.py FOLDER [-j 2] [--chunk N] [--freeze]
        [medlint check options]

Runs ``medlint check FOLDER -f json -o /dev/null --no-cache --isolated --fail-on never -j N``
in this process (the command line's own code path), with timing wrappers around the
worker's initializer and its per-file function. Every clock is ``time.perf_counter``
(CLOCK_MONOTONIC on Linux, shared by the parent and its forked workers); CPU seconds are
each process's own (``time.process_time``). Each worker writes its records to a temporary
folder; the parent reads them after the run and prints one table. The wrappers pickle
every result once more to count its bytes (that pickling is timed and left out of the
file times).
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # before medlint or spaCy is imported

import contextlib  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import pickle  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

WRAPPED: dict[str, Any] = {}  # the wrapped functions and the records' folder
STATE: dict[str, Any] = {}  # a worker's own


def timed_adopt(runner: Any) -> None:
    start = time.perf_counter()
    WRAPPED["adopt"](runner)
    gc_time = [0.0]
    gc_runs = [0, 0, 0]
    began = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.process_time()
        else:
            gc_time[0] += time.process_time() - began[0]
            gc_runs[info["generation"]] += 1

    gc.callbacks.append(on_gc)
    out = (WRAPPED["records"] / f"{os.getpid()}.jsonl").open("w", encoding="utf-8")
    STATE.update(
        pid=os.getpid(), forked=start, cpu0=time.process_time(), gc_time=gc_time,
        gc_runs=gc_runs, out=out,
    )  # fmt: skip


def timed_lint(path: str) -> Any:
    start, cpu = time.perf_counter(), time.process_time()
    result = WRAPPED["lint"](path)
    end, cpu_end = time.perf_counter(), time.process_time()
    size = len(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    row = {
        "pid": STATE["pid"], "forked": STATE["forked"], "path": path, "start": start,
        "end": end, "cpu": cpu_end - cpu, "bytes": size, "bytes_in": os.path.getsize(path),
        "cpu_total": cpu_end - STATE["cpu0"], "gc": STATE["gc_time"][0],
        "gc_runs": list(STATE["gc_runs"]),
    }  # fmt: skip
    STATE["out"].write(json.dumps(row) + "\n")
    STATE["out"].flush()
    return result


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    records = Path(tempfile.mkdtemp(prefix="medlint-parallel-"))
    jobs = "2"
    rest = sys.argv[2:]
    chunk, freeze = None, False
    while rest[:1] in (["-j"], ["--chunk"], ["--freeze"]):
        if rest[0] == "--freeze":
            freeze, rest = True, rest[1:]
            continue
        if rest[0] == "-j":
            jobs = rest[1]
        else:
            chunk = int(rest[1])
        rest = rest[2:]
    argv = [
        "check", sys.argv[1], "-f", "json", "-o", os.devnull, "--no-cache", "--isolated",
        "--fail-on", "never", "-j", jobs, *rest,
    ]  # fmt: skip
    from medlint import running
    from medlint.cli import main as cli

    t_imported = time.perf_counter()
    if chunk is not None:
        running.CHUNK_FILES = chunk
    parent: dict[str, float] = {"imported": t_imported}
    WRAPPED.update(adopt=running._adopt, lint=running._lint_in_worker, records=records)
    prepare = running.FileRunner.prepare_workers

    def timed_prepare(self: Any, *paths: Any) -> None:
        parent["prepare_start"] = time.perf_counter()
        prepare(self, *paths)  # the paths where prepare_workers takes them
        parent["prepare_end"] = time.perf_counter()
        parent["cpu_at_fork"] = time.process_time()
        parent["objects"] = len(gc.get_objects())  # what each worker inherits
        if freeze:
            gc.freeze()

    running._adopt = timed_adopt
    running._lint_in_worker = timed_lint
    running.FileRunner.prepare_workers = timed_prepare  # type: ignore[method-assign]
    with contextlib.suppress(SystemExit):  # the command line exits with its verdict
        cli.main(argv, standalone_mode=False)
    t_end = time.perf_counter()
    self_usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    files = sorted(records.glob("*.jsonl"))
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    report(T0, parent, t_end, self_usage, children, rows, int(parent["objects"]))


def report(
    t0: float,
    parent: dict[str, float],
    t_end: float,
    me: resource.struct_rusage,
    children: resource.struct_rusage,
    rows: list[dict[str, Any]],
    objects: int,
) -> None:
    by_pid: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        by_pid.setdefault(row["pid"], []).append(row)
    last_end = max(r["end"] for r in rows)
    first_fork = min(r["forked"] for r in rows)
    print(f"files {len(rows)}, workers {len(by_pid)}, gc-tracked objects at the fork {objects:,}")
    phases = [
        ("wall total", t_end - t0),
        ("  parent: imports", parent["imported"] - t0),
        ("  parent: to prepare_workers", parent["prepare_start"] - parent["imported"]),
        ("  parent: prepare_workers", parent["prepare_end"] - parent["prepare_start"]),
        ("  parent: prepare -> first fork", first_fork - parent["prepare_end"]),
        ("  workers: first fork -> last file", last_end - first_fork),
        ("  parent: after the last file", t_end - last_end),
    ]
    for label, seconds in phases:
        print(f"{label:<36}{seconds:7.2f} s")
    cpu = me.ru_utime + me.ru_stime
    print(
        f"parent CPU {cpu:.2f} s ({parent['cpu_at_fork']:.2f} before the first fork),"
        f" workers' CPU {children.ru_utime + children.ru_stime:.2f} s"
    )
    print()
    print(
        "worker  forked+s  first file starts  files  busy s  CPU s  gc CPU s (runs g0/g1/g2)"
        "  idle at end s  first file s (median)"
    )
    for pid, mine in sorted(by_pid.items(), key=lambda kv: kv[1][0]["forked"]):
        mine.sort(key=lambda r: r["start"])
        busy = sum(r["end"] - r["start"] for r in mine)
        durations = [r["end"] - r["start"] for r in mine]
        last = mine[-1]
        print(
            f"{pid:>6}  {mine[0]['forked'] - t0:8.2f}  {mine[0]['start'] - mine[0]['forked']:17.3f}"
            f"  {len(mine):5}  {busy:6.2f}  {last['cpu_total']:5.2f}  {last['gc']:5.2f} "
            f"({'/'.join(map(str, last['gc_runs']))})  {last_end - last['end']:13.2f}"
            f"  {durations[0]:.3f} ({statistics.median(durations):.3f})"
        )
    sent = [r["bytes"] for r in rows]
    read = [r["bytes_in"] for r in rows]
    print()
    print(
        f"bytes sent back per file: median {statistics.median(sent):,.0f}, max {max(sent):,},"
        f" total {sum(sent):,} (files read: {sum(read):,} bytes)"
    )


if __name__ == "__main__":
    main()
