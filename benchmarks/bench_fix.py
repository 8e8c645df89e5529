"""The --fix and --diff paths on real articles: parses per file and time, as ratios to
bare spaCy tokenization of the same texts measured in the same run.

    python benchmarks/bench_fix.py [CORPUS_DIR] [--limit N]

Copies the first N articles into a temporary folder, configures an approved disclaimer
(so MED101 offers its fix), and runs the linter three ways on the copies: lint only,
--diff (lint, plan the edits, write nothing) and --fix (lint, write, lint the changed
file again). Prints seconds, ratios and how many times the parser ran per file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DISCLAIMER = (
    "This article is for general information only and is not a substitute for professional "
    "medical advice."
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=100, help="the first N files (100)")
    args = parser.parse_args()

    from medlint import fixes, running
    from medlint.config import Config
    from medlint.discovery import discover
    from medlint.engine import Linter, Options
    from medlint.reading import read_text

    sources = list(discover([args.corpus]))[: args.limit]
    if not sources:
        print(f"no articles found under {args.corpus}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bench-fix-"))
    paths = []
    for i, source in enumerate(sources):
        target = work / f"{i:05}{Path(source).suffix}"
        shutil.copyfile(source, target)
        paths.append(str(target))
    texts = [text for text in (read_text(p)[0] for p in paths) if text is not None]

    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    config = Config(path=work / ".medlint.toml", organization={"disclaimers": [DISCLAIMER]})
    linter = Linter(Options(today=dt.date(2026, 11, 21), config=config))
    linter.lint_text("warm-up.md", "# Warm up\n\nSee your doctor.\n")  # compile patterns

    parses = 0
    real_parse = running.parse

    def counting_parse(path: str, text: str) -> object:
        nonlocal parses
        parses += 1
        return real_parse(path, text)

    running.parse = counting_parse  # type: ignore[assignment]

    start = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    reference = time.perf_counter() - start

    def timed(apply: object) -> tuple[float, int, int]:
        nonlocal parses
        parses = 0
        start = time.perf_counter()
        result = linter.run(paths, apply=apply)  # type: ignore[arg-type]
        return time.perf_counter() - start, parses, len(result.violations)

    changed: list[str] = []

    def show(plan: fixes.Plan) -> bool:
        changed.append(plan.path)
        return False

    def write(plan: fixes.Plan) -> bool:
        return fixes.write_fix(plan, work) is None

    rows = [("lint only", timed(None)), ("--diff", timed(show)), ("--fix", timed(write))]
    print(f"files: {len(paths)} (copied to {work}); files with a fix: {len(changed)}")
    print(f"reference  spaCy blank('en') tokenization: {reference:8.2f} s")
    for name, (seconds, count, violations) in rows:
        print(
            f"{name:10} {seconds:8.2f} s   ratio {seconds / reference:6.2f}x   "
            f"parses {count} ({count / len(paths):.2f} per file)   violations left {violations}"
        )
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
