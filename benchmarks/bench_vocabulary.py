"""What the drug-name lexicon costs: loading it, compiling the pattern bank, matching.

python benchmarks/bench_vocabulary.py [--files N]

Builds the rules twice, with MED202's medicine lexicons as shipped and without drug-names
(rules/lexicons/drug-names.yaml, the FDA Orange Book names), each in a fresh derived-data
store (so the pattern bank is compiled, then read back from the store), and lints the same
N shared-corpus files with MED202 alone. Prints the lexicon's load time (read, YAML, schema
check), the cold and warm first-lint time (rule building, pattern compilation or the store,
spaCy's import) and the lint time per file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

CHILD = r"""
import datetime as dt, json, sys, time
began = time.perf_counter()
from medlint.engine import Linter
from medlint.selection import Options
lexicons = json.loads(sys.argv[1])
paths = sys.argv[2:]
options = Options(today=dt.date(2026, 12, 1), select=("MED202",),
                  rule_options=(("MED202", "medicine_lexicon", lexicons),))
linter = Linter(options)
first = time.perf_counter()
linter.lint_text("warm.md", "# Statins\n\nStop your statins.\n")
ready = time.perf_counter()
for path in paths:
    linter.lint_text(path, open(path, encoding="utf-8", errors="replace").read())
done = time.perf_counter()
print(json.dumps({"first": ready - began, "per_file": (done - ready) / max(len(paths), 1)}))
"""


def lexicon_load() -> float:
    from medlint.ruleset import load_lexicon

    began = time.perf_counter()
    patterns = load_lexicon("drug-names")
    took = time.perf_counter() - began
    words = sum(p.count("|") + 1 for p in patterns)
    print(f"drug-names: {len(patterns)} patterns, {words} names, loaded in {took * 1000:.0f} ms")
    return took


def run(lexicons: list[str], paths: list[str], cache: str) -> dict[str, float]:
    import json

    env = {**os.environ, "XDG_CACHE_HOME": cache}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(lexicons), *paths],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    args = parser.parse_args(argv)
    lexicon_load()
    paths = sorted(str(p) for p in CORPUS.rglob("*.md"))[: args.files]
    for name, lexicons in (
        ("without drug-names", ["medicine", "medicine-names"]),
        ("with drug-names", ["medicine", "medicine-names", "drug-names"]),
    ):
        with tempfile.TemporaryDirectory() as cache:
            cold = run(lexicons, paths, cache)
            warm = run(lexicons, paths, cache)
        print(
            f"{name:20} first lint cold {cold['first']:.2f} s, warm {warm['first']:.2f} s; "
            f"{warm['per_file'] * 1000:.1f} ms a file ({len(paths)} files)"
        )
    print(f"(run {dt.date.today()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
