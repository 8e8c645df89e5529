"""Time fully cached runs against ``python -c "import spacy"``, alternating whole processes.

    python benchmarks/bench_cached.py --corpus /work/shared/corpus --runs 7 \\
        --variant before=/tmp/base/src:/tmp/cache-base --variant after=src:/tmp/cache-after

Each variant is NAME=SRC:CACHE: medlint's sources (put first on PYTHONPATH) and a cache
folder that variant has filled (a first run of the same command fills it; pass
``--fill`` to run each variant once, untimed, first). Every round runs ``import spacy``
and then each variant, each a whole process under ``/usr/bin/time``; the table gives the
median and least CPU seconds (user + system), the median wall seconds and the median peak
memory, and the load average before and after. The command is ``medlint check CORPUS -f
FORMAT -o /dev/null --isolated --today DAY --fail-on never --cache-dir CACHE``, with
``MEDLINT_CACHE_KEY`` set so that every variant's cache has a fixed key.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MB) of one whole process, by /usr/bin/time."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        command = ["/usr/bin/time", "-o", out.name, "-f", "%e %U %S %M", *argv]
        proc = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            raise SystemExit(f"failed: {' '.join(argv)}\n{proc.stderr.decode()[-2000:]}")
        wall, user, system, peak = out.read().split()[-4:]
    return float(wall), float(user) + float(system), int(peak) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--variant", action="append", required=True, help="NAME=SRC:CACHE")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--format", default="json")
    parser.add_argument("--today", default="2026-12-03")
    parser.add_argument("--fill", action="store_true", help="one untimed run of each first")
    args = parser.parse_args()
    python = sys.executable
    base_env = {**os.environ, "MEDLINT_CACHE_KEY": os.environ.get("MEDLINT_CACHE_KEY", "bench")}
    commands: list[tuple[str, list[str], dict[str, str]]] = [
        ("python -c 'import spacy'", [python, "-c", "import spacy"], base_env)
    ]
    for variant in args.variant:
        name, _, where = variant.partition("=")
        src, _, cache = where.partition(":")
        argv = [python, "-m", "medlint", "check", args.corpus, "-f", args.format, "-o",
                os.devnull, "--isolated", "--today", args.today, "--fail-on", "never",
                "--cache-dir", cache]  # fmt: skip
        env = {**base_env, "PYTHONPATH": str(Path(src).resolve())}
        commands.append((name, argv, env))
    if args.fill:
        for _, argv, env in commands[1:]:
            timed(argv, env)
    load_before = os.getloadavg()
    times: dict[str, list[tuple[float, float, float]]] = {name: [] for name, _, _ in commands}
    for _ in range(args.runs):
        for name, argv, env in commands:
            times[name].append(timed(argv, env))
    load_after = os.getloadavg()
    print(f"{args.runs} alternating runs; load average before {load_before[0]:.2f}, "
          f"after {load_after[0]:.2f}")  # fmt: skip
    print("| command | median CPU s | min CPU s | median wall s | peak MB |")
    print("|---|---:|---:|---:|---:|")
    for name, rows in times.items():
        cpu = [r[1] for r in rows]
        wall = statistics.median(r[0] for r in rows)
        peak = statistics.median(r[2] for r in rows)
        print(
            f"| {name} | {statistics.median(cpu):.2f} | {min(cpu):.2f} | {wall:.2f} | {peak:.0f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
