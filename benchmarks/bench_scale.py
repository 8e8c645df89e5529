"""Scale benchmark for backlog audits and CI re-runs, all in one run on the same corpus:

- reference: bare spaCy tokenization of the same texts, one process;
- `medlint check` cold (no cache) with 1 job and with all cores;
- a fully cached re-run;
- peak memory of each medlint run;
- how time grows with file size (slices of the largest file).

    python benchmarks/bench_scale.py [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and the peak RSS (MB) of the command's process tree's largest member."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    args = parser.parse_args()
    corpus = Path(args.corpus)

    import datetime as dt

    import spacy

    from medlint.discovery import discover
    from medlint.engine import Linter, Options
    from medlint.reading import read_text

    paths = list(discover([str(corpus)]))
    texts = [t for t in (read_text(p)[0] for p in paths) if t is not None]
    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    start = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    reference = time.perf_counter() - start
    size = sum(len(t.encode()) for t in texts) / 1e6
    cores = os.cpu_count() or 1
    medlint = [
        sys.executable,
        "-m",
        "medlint",
        "check",
        str(corpus),
        "--isolated",
        "--today",
        "2026-11-21",
        "-f",
        "json",
        "-o",
        os.devnull,
        "--fail-on",
        "never",
    ]
    print(f"corpus: {corpus}   files: {len(texts)}   size: {size:.1f} MB   cores: {cores}")
    print(f"{'reference: spaCy tokenization, 1 process':<44} {reference:8.1f} s   1.00x")
    rows = []
    with tempfile.TemporaryDirectory() as cache:
        runs = [
            ("medlint cold, 1 job", [*medlint, "--no-cache", "--jobs", "1"]),
            (f"medlint cold, {cores} jobs", [*medlint, "--no-cache", "--jobs", str(cores)]),
            ("medlint filling the cache", [*medlint, "--cache-dir", cache]),
            ("medlint fully cached re-run", [*medlint, "--cache-dir", cache]),
        ]
        for label, command in runs:
            seconds, peak = timed(command)
            rows.append((label, seconds, peak))
            print(
                f"{label:<44} {seconds:8.1f} s   {seconds / reference:5.2f}x   "
                f"peak RSS so far {peak:,.0f} MB"
            )

    largest = max(texts, key=len)
    linter = Linter(Options(today=dt.date(2026, 11, 21)))
    linter.lint_text("warm.md", largest[:2000])
    print(f"time against size (largest file, {len(largest) / 1e6:.2f} MB, sliced):")
    for fraction in (0.125, 0.25, 0.5, 1.0):
        part = largest[: int(len(largest) * fraction)]
        start = time.perf_counter()
        linter.lint_text("slice.md", part)
        seconds = time.perf_counter() - start
        rate = seconds / len(part) * 1e6
        print(f"    {len(part) / 1e3:8.0f} kB  {seconds:6.2f} s  {rate:6.2f} s/MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
