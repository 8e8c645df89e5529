"""Mutation fuzzing of the parsers and the full ``medlint check`` (in-process).

    python benchmarks/fuzz.py --minutes 5 [--seed 1] [--out benchmarks/fuzz-crashes]

Inputs are corpus articles (``$MEDLINT_SHARED/corpus``, default ../shared/corpus), the
seed pages and small built-in Markdown/HTML/text seeds, mutated by random bytes,
truncation, splicing, deep nesting, long runs, control characters, byte-order marks and
hostile front matter. Each input is decoded and parsed, then linted by one Linter (all
rules); every ``--cli-every``-th input also goes through the real CLI on a real file.
A crash is an exception, a MED902 (a rule or parser crash) or a CLI exit other than 0/1;
its input is saved under ``--out`` (with the traceback) for a regression test
(``tests/test_fuzz.py`` replays ``tests/fixtures/fuzz/``). Inputs slower than 2 s are
listed with their size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from medlint.cli import main as cli_main
from medlint.engine import Linter, Options
from medlint.parsing import parse
from medlint.reading import decode_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MEDLINT_SHARED", ROOT.parent / "shared"))
SLOW_SECONDS = 2.0
HANG_SECONDS = 30  # an input still running after this is saved as a hang


class Hang(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise Hang(f"still running after {HANG_SECONDS} s")


TODAY = dt.date(2026, 11, 21)

SEEDS: dict[str, bytes] = {
    ".md": b"---\ntitle: Leg cramps\ndateModified: June 3, 2025\nreviewedBy:\n  name: Dr A\n"
    b"---\n# Leg cramps\n\nTalk to your doctor if cramps keep coming back. Do not stop "
    b"taking insulin.\n\n## When to see a doctor\n\n- chest pain\n- fever over 40 C\n\n"
    b"```\ncode\n```\n<!-- medlint-disable-next-line MED110 -->\n| a | b |\n|---|---|\n",
    ".html": b'<!doctype html><html><head><meta charset="utf-8"><title>Flu</title>'
    b'<script type="application/ld+json">{"@type": "MedicalWebPage", "dateModified": '
    b'"2025-06-03", "reviewedBy": {"name": "Dr B"}}</script></head><body><main><h1>Flu'
    b"</h1><p>See a doctor if you have trouble breathing.</p><aside>Share</aside></main>"
    b"</body></html>",
    ".txt": b"Flu\n\nLast updated: June 3, 2025\nReviewed by Dr C\n\nWhen to see a doctor\n"
    b"- chest pain\nThis article is for information only.\n",
}

HOSTILE = [
    b"a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b, *b]\n",
    b"dateModified: 9999-12-31\nnextReview: 0001-01-01\n",
    b"x: !!python/object/apply:os.system ['true']\n",
    b"reviewedBy: {name: [1, {2: 3}]}\n",
    b"title: \x00\x1b[2J\n",
]


def seeds(rng: random.Random, limit: int) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = [(s, b) for s, b in SEEDS.items()]
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in (".md", ".txt"))
        for path in rng.sample(files, min(limit, len(files))):
            found.append((path.suffix, path.read_bytes()))
    for path in sorted((SHARED / "seeds").glob("*.*")) if (SHARED / "seeds").is_dir() else []:
        if not path.is_file():
            continue
        found.append((path.suffix or ".txt", path.read_bytes()))
    return found


def nest(rng: random.Random, suffix: str) -> bytes:
    depth = rng.choice((50, 500, 5_000, 50_000))
    if suffix == ".html":
        opener = rng.choice((b"<div>", b"<ul><li>", b"<b><i>", b"<table><tr><td>"))
        return opener * depth + b"text" + b"</div>" * min(depth, 10)
    if suffix == ".md":
        unit = rng.choice((b"> ", b"- ", b"  * ", b"["))
        return b"# T\n\n" + unit * depth + b"deep\n"
    return b"(" * depth + b"text\n"


def mutate(rng: random.Random, pool: list[tuple[str, bytes]]) -> tuple[str, bytes, str]:
    suffix, data = rng.choice(pool)
    if rng.random() < 0.15:
        suffix = rng.choice((".md", ".html", ".txt"))
    how = rng.choice(
        ("bytes", "truncate", "splice", "nest", "run", "control", "bom", "front", "none")
    )
    buf = bytearray(data)
    if how == "bytes" and buf:
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(buf))
            buf[i] = rng.randrange(256)
    elif how == "truncate" and buf:
        del buf[rng.randrange(len(buf)) :]
    elif how == "splice":
        other = rng.choice(pool)[1]
        cut, cut2 = rng.randrange(len(buf) + 1), rng.randrange(len(other) + 1)
        buf = buf[:cut] + other[cut2:]
    elif how == "nest":
        at = rng.randrange(len(buf) + 1)
        buf[at:at] = nest(rng, suffix)
    elif how == "run":
        at = rng.randrange(len(buf) + 1)
        unit = rng.choice((b"a", b" ", b"\n", b"#", b"<", b"-", b"*", b"word ", b"\r", b"."))
        buf[at:at] = unit * rng.choice((1_000, 20_000, 200_000))
    elif how == "control":
        for _ in range(rng.randint(1, 10)):
            buf.insert(rng.randrange(len(buf) + 1), rng.choice(b"\x00\x01\x0b\x0c\x1b\x7f\r"))
    elif how == "bom":
        text = bytes(buf).decode("utf-8", "replace")
        codec = rng.choice(("utf-8-sig", "utf-16"))
        buf = bytearray(text.encode(codec))
    elif how == "front":
        buf = bytearray(b"---\n" + rng.choice(HOSTILE) + b"---\n" + bytes(buf))
    return suffix, bytes(buf), how


class Fuzzer:
    def __init__(self, out: Path, cli_every: int) -> None:
        self.linter = Linter(Options(today=TODAY))
        self.linter.ensure_compiled()
        self.out = out
        self.cli_every = cli_every
        self.tried: Counter[str] = Counter()
        self.crashes: list[tuple[str, str]] = []
        self.slow: list[tuple[float, int, str, str]] = []
        self.cli_runs = 0
        self.folder = Path(tempfile.mkdtemp(prefix="medlint-fuzz-"))

    def save(self, suffix: str, data: bytes, problem: str) -> str:
        self.out.mkdir(parents=True, exist_ok=True)
        name = f"crash-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
        (self.out / name).write_bytes(data)
        (self.out / f"{name}.log").write_text(problem, encoding="utf-8")
        return name

    def one(self, suffix: str, data: bytes, how: str) -> None:
        self.tried[suffix] += 1
        started = time.perf_counter()
        problem = None
        elapsed = 0.0
        signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(HANG_SECONDS)
        try:
            text, _ = decode_text(data)
            if text is not None:
                parse(f"fuzz{suffix}", text)
                result, crashes = self.linter.lint_text(f"fuzz{suffix}", text)
                crashed = [v.message for v in result.violations if v.code == "MED902"]
                if crashes or crashed:
                    problem = "MED902: " + "; ".join(crashed)
            # Slowness is the parse and lint; the CLI run also builds its own Linter (~2 s).
            elapsed = time.perf_counter() - started
            due = self.cli_every and sum(self.tried.values()) % self.cli_every == 0
            if problem is None and due:
                problem = self.cli(suffix, data)
        except Exception:
            problem = traceback.format_exc()
        finally:
            signal.alarm(0)
        if problem is not None and problem.startswith("Traceback") and "Hang:" in problem:
            elapsed = float(HANG_SECONDS)
        if problem is not None:
            self.crashes.append((self.save(suffix, data, f"mutation: {how}\n{problem}"), problem))
        if elapsed > SLOW_SECONDS:
            self.slow.append((elapsed, len(data), suffix, how))

    def cli(self, suffix: str, data: bytes) -> str | None:
        self.cli_runs += 1
        path = self.folder / f"article{suffix}"
        path.write_bytes(data)
        result = CliRunner().invoke(
            cli_main,
            ["check", "--isolated", "--no-cache", "--today", TODAY.isoformat(), "-f", "json",
             str(path)],
        )  # fmt: skip
        if result.exit_code in (0, 1) and (
            result.exception is None or isinstance(result.exception, SystemExit)
        ):
            return None
        return f"CLI exit {result.exit_code}: {result.exception!r}\n{result.output[-2000:]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus-files", type=int, default=300)
    parser.add_argument("--cli-every", type=int, default=10, help="0: never run the CLI")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "fuzz-crashes")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = seeds(rng, args.corpus_files)
    fuzzer = Fuzzer(args.out, args.cli_every)
    deadline = time.monotonic() + args.minutes * 60
    started = time.monotonic()
    while time.monotonic() < deadline:
        fuzzer.one(*mutate(rng, pool))
    total = sum(fuzzer.tried.values())
    print(f"medlint fuzz: {args.minutes:g} min, seed {args.seed}, {len(pool)} seed files")
    print(f"  inputs tried:  {total} ({total / (time.monotonic() - started):.1f}/s)")
    for suffix, n in sorted(fuzzer.tried.items()):
        print(f"    {suffix:<6} {n}")
    print(f"  CLI runs:      {fuzzer.cli_runs}")
    print(f"  crashes:       {len(fuzzer.crashes)}")
    for name, problem in fuzzer.crashes[:20]:
        print(f"    {args.out / name}: {problem.strip().splitlines()[-1][:160]}")
    print(f"  slow (> {SLOW_SECONDS:g} s): {len(fuzzer.slow)}")
    for elapsed, size, suffix, how in sorted(fuzzer.slow, reverse=True)[:20]:
        print(f"    {elapsed:6.1f} s  {size:>9} bytes  {suffix:<5} {how}")
    return 1 if fuzzer.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
