"""Throughput on a Dask cluster against the number of local workers, in one run.

Starts a real ``distributed.LocalCluster`` (worker processes, one thread each, on
127.0.0.1) with 1, then 2, ... workers and lints the same articles on it through the
engine (``Options.scheduler``, as ``medlint check --scheduler`` does), cache off. Each
cluster is warmed first (every worker builds its Linter and imports spaCy once per
configuration, then keeps it), so the figures are steady-state throughput; the warm-up is
printed too. For context, the same articles are linted locally with ``--jobs 1`` and
``--jobs N`` (each local run builds its Linters afresh, as a command does). The runs are
interleaved and repeated (``--repeat``), and the best time of each is kept, since the
machine may be shared. Every throughput is a ratio to one Dask worker (the first row) in this run.

    python benchmarks/bench_dask.py [CORPUS_DIR] [--limit 400] [--workers 1 2] [--repeat 2]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import os
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
TODAY = dt.date(2026, 11, 21)


def lint(paths: Sequence[str], **options: object) -> float:
    """Seconds to lint ``paths`` with a fresh Linter (cache off)."""
    from medlint.engine import Linter, Options

    linter = Linter(dataclasses.replace(Options(today=TODAY), **options))
    start = time.perf_counter()
    result = linter.run(paths)
    seconds = time.perf_counter() - start
    assert len(result.files) == len(paths) and result.internal_errors == 0
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=400, help="articles to lint")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2, help="interleaved runs, best kept")
    args = parser.parse_args()

    from distributed import LocalCluster

    from medlint.discovery import discover

    paths = sorted(discover([args.corpus]))[: args.limit]
    size = sum(Path(p).stat().st_size for p in paths) / 1e6
    print(f"corpus: {args.corpus}   files: {len(paths)}   size: {size:.1f} MB")
    print(f"cores: {os.cpu_count()}   load average: {os.getloadavg()[0]:.1f}")
    with contextlib.ExitStack() as stack:
        runs: dict[str, dict[str, object]] = {}
        for n in args.workers:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=n,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=":0",
                )
            )
            for mode in ("send", "shared"):
                options = {"scheduler": cluster.scheduler_address, "cluster_files": mode}
                warm = lint(paths[: 4 * n], **options)
                print(f"  warm-up, {n} worker(s), files {mode}: {warm:.1f} s", flush=True)
                runs[f"Dask, {n} worker(s), files {mode}"] = options
        for jobs in sorted({1, max(args.workers)}):
            runs[f"local, --jobs {jobs}"] = {"jobs": jobs}
        lint(paths[:8], jobs=1)  # spaCy imported in this process before the first local run
        best: dict[str, float] = {}
        for rep in range(args.repeat):  # interleaved, best of: other load on the machine
            for name, options in runs.items():
                seconds = lint(paths, **options)
                best[name] = min(best.get(name, seconds), seconds)
                print(f"  {rep + 1}/{args.repeat} {name}: {seconds:.1f} s", flush=True)
    rows = list(best.items())
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    one = rows[0][1]  # the fewest Dask workers (1 by default), files sent
    print()
    print(f"| run | seconds | files/s | throughput vs {rows[0][0]} |")
    print("|---|---:|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.1f} | {len(paths) / seconds:.1f} | {one / seconds:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
