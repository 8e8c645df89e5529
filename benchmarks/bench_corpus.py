"""Lint a corpus and, in the same run, time bare spaCy tokenization of the same texts.

Machines are shared and noisy, so the figure that matters is the ratio of the two,
measured back to back on the same texts:

    python benchmarks/bench_corpus.py [CORPUS_DIR] [--limit N]

Prints: files, size, the reference (spaCy blank("en") tokenization), medlint's parse
stage alone, the full linter (all rules), and their ratios; then the violations found.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import resource
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = parser.parse_args()

    from medlint.discovery import discover
    from medlint.engine import Linter, Options
    from medlint.parsing import parse
    from medlint.reading import read_text

    paths = list(discover([args.corpus]))
    if args.limit:
        paths = paths[: args.limit]
    texts = []
    for path in paths:
        text, _problem = read_text(path)
        if text is not None:
            texts.append((path, text))
    if not texts:
        print(f"no articles found under {args.corpus}", file=sys.stderr)
        return 2
    size = sum(len(t.encode("utf-8")) for _, t in texts)

    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    linter = Linter(Options(today=dt.date(2026, 11, 21)))
    linter.lint_text("warm-up.md", "# Warm up\n\nSee your doctor.\n")  # compile patterns

    start = time.perf_counter()
    tokens = sum(len(nlp.make_doc(text)) for _, text in texts)
    reference = time.perf_counter() - start

    start = time.perf_counter()
    for path, text in texts:
        parse(path, text)
    parse_only = time.perf_counter() - start

    counts: collections.Counter[str] = collections.Counter()
    crashes = 0
    start = time.perf_counter()
    for path, text in texts:
        result, crashed = linter.lint_text(path, text)
        crashes += crashed
        counts.update(v.code for v in result.violations)
    full = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus: {args.corpus}")
    print(f"files: {len(texts)}   size: {size / 1e6:.1f} MB   tokens: {tokens:,}")
    print(f"reference  spaCy blank('en') tokenization : {reference:8.2f} s")
    print(
        f"medlint    parse only (3 formats -> Document): {parse_only:8.2f} s   "
        f"ratio {parse_only / reference:5.2f}x"
    )
    print(
        f"medlint    check, all rules, 1 process      : {full:8.2f} s   "
        f"ratio {full / reference:5.2f}x"
    )
    print(
        f"throughput: {len(texts) / full:,.0f} files/s, {size / 1e6 / full:.2f} MB/s   "
        f"peak RSS {peak_mb:,.0f} MB   rule crashes: {crashes}"
    )
    print("violations: " + ", ".join(f"{code} {n}" for code, n in sorted(counts.items())))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
