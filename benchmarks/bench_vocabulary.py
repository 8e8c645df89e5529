"""What the drug-name lexicon costs: loading it, building the rules, matching.

python benchmarks/bench_vocabulary.py [--files N] [--repeat R]

Builds MED202 with its medicine lexicons as shipped and without drug-names
(rules/lexicons/drug-names.yaml, the FDA Orange Book and RxNorm names), each in a child
process with a fresh derived-data store (cold: the pattern bank is compiled) and again with
that store (warm: the compiled bank is read back), and lints the same N shared-corpus files
with MED202 alone. Times are CPU seconds of the child (``time.process_time``), the least of
R runs, so that other work on a shared machine counts as little as it can: the lexicon's
load (read, YAML, schema check), the first lint (rule building, pattern compilation or the
store, spaCy's import) and the lint time per file.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

CHILD = r"""
import datetime as dt, json, sys, time
began = time.process_time()
from medlint.engine import Linter
from medlint.ruleset import load_lexicon
from medlint.selection import Options
lexicons = json.loads(sys.argv[1])
paths = sys.argv[2:]
load = time.process_time()
load_lexicon("drug-names")
loaded = time.process_time() - load
options = Options(today=dt.date(2026, 12, 1), select=("MED202",),
                  rule_options=(("MED202", "medicine_lexicon", lexicons),))
linter = Linter(options)
linter.lint_text("warm.md", "# Statins\n\nStop your statins.\n")
ready = time.process_time()
for path in paths:
    linter.lint_text(path, open(path, encoding="utf-8", errors="replace").read())
done = time.process_time()
print(json.dumps({"load": loaded, "first": ready - began - loaded,
                  "per_file": (done - ready) / max(len(paths), 1)}))
"""

SHIPPED = ["medicine", "medicine-names", "drug-names"]
WITHOUT = ["medicine", "medicine-names"]


def run(lexicons: list[str], paths: list[str], cache: str) -> dict[str, float]:
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
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    paths = sorted(str(p) for p in CORPUS.rglob("*.md"))[: args.files]
    runs: dict[tuple[str, str], list[dict[str, float]]] = {}
    for _ in range(args.repeat):  # interleaved, so load changes hit both alike
        for name, lexicons in (("without drug-names", WITHOUT), ("with drug-names", SHIPPED)):
            with tempfile.TemporaryDirectory() as cache:
                runs.setdefault((name, "cold"), []).append(run(lexicons, paths, cache))
                runs.setdefault((name, "warm"), []).append(run(lexicons, paths, cache))
    for state, how in (("cold", "read, YAML, schema check"), ("warm", "from the derived store")):
        load = min(r["load"] for (_, s), rs in runs.items() if s == state for r in rs)
        print(f"drug-names lexicon load, {state} ({how}): {load * 1000:.0f} ms CPU")
    for (name, state), rs in runs.items():
        first = min(r["first"] for r in rs)
        per_file = min(r["per_file"] for r in rs)
        print(
            f"{name:20} {state}: first lint {first:.2f} s CPU, "
            f"{per_file * 1000:.1f} ms CPU a file ({len(paths)} files)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
