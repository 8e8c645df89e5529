"""How fast is the pre-commit hook on one article?

Times, in the same run and alternating so they share the machine's load:
  - `python -c "import spacy"` (the floor for any spaCy-based check),
  - `medlint check ARTICLE --no-cache` (all rules), "cold": what a writer's pre-commit
    pays on a changed file (the derived store of validated rule data and the compiled
    pattern bank is warm, as it is after the first run on a machine),
  - the same on a first run (an empty user cache folder: nothing derived yet),
  - `medlint check ARTICLE` with a result cache that holds the article ("warm"),
  - `medlint check ARTICLE --select dates,review,MED001 --no-cache` (metadata rules only:
    no spaCy import),
and prints medians of wall-clock time and of CPU time (user + system of the child), each
as a ratio to `import spacy`. On a shared, loaded machine the CPU ratio is the steadier.

    python benchmarks/bench_hook.py [ARTICLE] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(ROOT / "examples" / "leg-cramps-good.md"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--medlint",
        help="the medlint command to time (default: the installed one), e.g. to compare "
        "another checkout: 'env PYTHONPATH=../old/src python -m medlint'",
    )
    args = parser.parse_args()
    medlint = (
        shlex.split(args.medlint)
        if args.medlint
        else [shutil.which("medlint") or f"{Path(sys.executable).parent}/medlint"]
    )
    work = Path(tempfile.mkdtemp(prefix="bench-hook-"))
    warm_home = work / "warm"
    results = work / "results"
    base = {k: v for k, v in os.environ.items() if k != "MEDLINT_CACHE_KEY"}
    warm_env = {**base, "XDG_CACHE_HOME": str(warm_home)}
    check = [*medlint, "check", args.article]
    runs: dict[str, tuple[list[str], dict[str, str] | None]] = {
        "import spacy": ([sys.executable, "-c", "import spacy"], warm_env),
        "check, cold (--no-cache)": ([*check, "--no-cache"], warm_env),
        "check, first run on a machine": ([*check, "--no-cache"], None),
        "check, warm (result cached)": ([*check, "--cache-dir", str(results)], warm_env),
        "check, metadata rules only": (
            [*check, "--select", "dates,review,MED001", "--no-cache"],
            warm_env,
        ),
    }
    first_home = work / "first"

    def env_of(given: dict[str, str] | None) -> dict[str, str]:
        if given is not None:
            return given
        shutil.rmtree(first_home, ignore_errors=True)  # nothing derived: a first run
        return {**base, "XDG_CACHE_HOME": str(first_home)}

    walls: dict[str, list[float]] = {name: [] for name in runs}
    cpus: dict[str, list[float]] = {name: [] for name in runs}
    try:
        for command, env in runs.values():  # warm the OS file cache, the store, the result
            timed(command, env_of(env))
        for _ in range(args.runs):
            for name, (command, env) in runs.items():
                wall, cpu = timed(command, env_of(env))
                walls[name].append(wall)
                cpus[name].append(cpu)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    floor_wall = statistics.median(walls["import spacy"])
    floor_cpu = statistics.median(cpus["import spacy"])
    print(f"article: {args.article}   runs: {args.runs} (medians)")
    print(f"{'':32} {'wall s':>7} {'ratio':>6}   {'CPU s':>6} {'ratio':>6}")
    for name in runs:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        print(
            f"{name:<32} {wall:7.3f} {wall / floor_wall:5.2f}x   {cpu:6.3f} {cpu / floor_cpu:5.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
