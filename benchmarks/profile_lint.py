"""Profile medlint's linting of a folder's articles with cProfile.

    python benchmarks/profile_lint.py FOLDER [--out FILE.prof] [--top N]

The Linter is built (isolated configuration, no cache, one process) and warmed on one
short text first, so the profile holds only `Linter.lint_text` on each Markdown file of
FOLDER (e.g. the 300-article sample `bench_peers.py` copies, or any folder). Prints the
CPU seconds under the profiler, the cumulative seconds and shares of the NLP layer's,
the parser's and the larger rules' entry points, and the top functions by own time.
Shares are the figures to compare on a shared machine; the profiler inflates spaCy's
profiled Cython functions (the tokenizer) several times.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time

from warmlinter import warmed

# (file name ending, function name): the entry points the table shows.
ENTRY_POINTS = (
    ("medlint/running.py", "analyse_text"),
    ("medlint/nlp.py", "_state"),
    ("medlint/nlp.py", "tokenize"),
    ("spacy/vocab.pyx", "_new_lexeme"),
    ("medlint/nlp.py", "run"),
    ("medlint/nlp.py", "split_sentences"),
    ("medlint/parsing/__init__.py", "parse"),
    ("medlint/parsing/markdown.py", "parse_markdown"),
    ("markdown_it/main.py", "parse"),
    ("medlint/checks/redflags.py", "check"),
    ("medlint/checks/genre.py", "detect"),
    ("medlint/checks/evidence.py", "check"),
    ("medlint/checks/readability.py", "check"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--out", default="lint.prof", help="where the profile is written")
    parser.add_argument("--top", type=int, default=25, help="functions by own time")
    args = parser.parse_args()

    ready = warmed(args.folder)
    if ready is None:
        return 2
    linter, texts = ready
    profile = cProfile.Profile()
    cpu = time.process_time()
    profile.enable()
    for path, text in texts:
        linter.lint_text(path, text)
    profile.disable()
    cpu = time.process_time() - cpu
    profile.dump_stats(args.out)
    stats = pstats.Stats(args.out)
    entries = stats.stats  # type: ignore[attr-defined]
    total = max(
        (ct for (file, _l, name), (_c, _n, _t, ct, _) in entries.items() if name == "analyse_text"),
        default=1.0,
    )
    print(f"{len(texts)} files; CPU under the profiler {cpu:.1f} s; profile in {args.out}")
    print(f"{'cumulative s':>12} {'share':>6}  entry point (calls)")
    for ending, function in ENTRY_POINTS:
        for (file, line, name), (_c, calls, _t, cumulative, _) in entries.items():
            if name == function and file.endswith(ending):
                where = f"{ending}:{line}({function})"
                print(f"{cumulative:12.2f} {cumulative / total:6.1%}  {where} ({calls})")
    print()
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
