"""medlint against its peers on the same articles, whole process, as ratios to bare spaCy
tokenization of the same texts measured in the same run.

    python benchmarks/bench_peers.py [--runs 5] [--sample 300 | --all | --folder DIR]
        [--peers /work/peers] [--proselint PATH] [--textlint PATH] [--markdownlint PATH]
        [--only WORDS] [--baseline-src DIR]

Installs nothing. A peer is timed when it is found: proselint (``--proselint``,
``$MEDLINT_BENCH_PROSELINT``, else ``proselint`` on PATH), textlint with one rule and
markdownlint-cli2 (``--textlint``/``--markdownlint``, ``$MEDLINT_BENCH_TEXTLINT``/
``$MEDLINT_BENCH_MARKDOWNLINT``, else under ``--peers``/``$MEDLINT_PEERS``
``node_modules/.bin``); docs/performance.md says how to install them.

The article set (default: a fixed sample of 300 Markdown articles of the shared corpus,
chosen with a fixed seed) is copied into a temporary folder that every tool is given.
Each run times every command once, in an order rotated from run to run, so load from
other jobs falls on all of them alike; the table shows medians. The reference is a
process that imports spaCy and tokenizes the same texts with ``spacy.blank("en")``;
``python -c "import spacy"`` is shown too.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent
# The shared corpus next to the checkout (/work/main) or next to its worktrees (/work/wt/x).
DEFAULT_CORPUS = next(
    (
        p
        for p in (_REPO.parent / "shared/corpus", _REPO.parent.parent / "shared/corpus")
        if p.is_dir()
    ),
    _REPO.parent / "shared/corpus",
)
SEED = 16  # the fixed sample: the same 300 articles in every run on every machine

TOKENIZE = """
import sys
from pathlib import Path
import spacy
nlp = spacy.blank("en")
nlp.max_length = 100_000_000
tokens = 0
for path in sorted(Path(sys.argv[1]).rglob("*.md")):
    tokens += len(nlp.make_doc(path.read_text(encoding="utf-8")))
print(tokens)
"""


@dataclass(frozen=True)
class Command:
    name: str
    argv: tuple[str, ...]
    cwd: Path
    ok_codes: frozenset[int] = frozenset({0, 1})  # linters exit 1 when they find something
    env: tuple[tuple[str, str], ...] = ()  # added to the environment


@dataclass(frozen=True)
class Timing:
    seconds: float
    peak_mb: float
    code: int
    cpu: float = 0.0  # user + system seconds of the process and the children it waited for


def articles(corpus: Path, sample: int, everything: bool) -> list[Path]:
    """The Markdown articles to lint: the whole folder, or a fixed sample of it."""
    paths = sorted(p for p in corpus.rglob("*.md") if p.name != "README.md")
    if everything or sample >= len(paths):
        return paths
    return sorted(random.Random(SEED).sample(paths, sample))


def copy_articles(paths: list[Path], root: Path, into: Path) -> None:
    """Copy the articles into one flat folder (names keep their subfolder, so they stay
    unique) that no configuration file of any tool reaches."""
    into.mkdir()
    for path in paths:
        relative = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
        shutil.copyfile(path, into / "__".join(relative.parts))


def run(command: Command) -> Timing:
    """Time one whole process; its peak resident memory (or its largest child's)."""
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: no tool blocks on it
        start = time.perf_counter()
        process = subprocess.Popen(
            command.argv,
            cwd=command.cwd,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            env={**os.environ, **dict(command.env)} if command.env else None,
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in command.ok_codes:
            errors.seek(0)
            stderr = errors.read()[-4000:].decode("utf-8", "replace")
            argv = " ".join(command.argv)
            raise SystemExit(f"{command.name} failed (exit {code}): {argv}\n{stderr}")
    return Timing(seconds, usage.ru_maxrss / 1024, code, usage.ru_utime + usage.ru_stime)


def found(option: str | None, env: str, fallback: Path | str | None) -> str | None:
    """An executable from the command line, the environment or a default place."""
    for candidate in (option, os.environ.get(env)):
        if candidate:
            return candidate
    if isinstance(fallback, Path):
        return str(fallback) if fallback.exists() else None
    return shutil.which(fallback) if fallback else None


def commands(args: argparse.Namespace, folder: Path, work: Path) -> list[Command]:
    python = sys.executable
    medlint = (python, "-m", "medlint", "check", str(folder), "-f", "json", "-o", os.devnull)
    medlint += ("--isolated", "--today", "2026-12-02", "--fail-on", "never")
    cores = os.cpu_count() or 1
    cache = work / "cache"
    listed = [
        Command("spaCy tokenization (reference)", (python, "-c", TOKENIZE, str(folder)), work),
        Command('python -c "import spacy"', (python, "-c", "import spacy"), work),
        Command("medlint, 1 core", (*medlint, "--no-cache", "-j", "1"), work),
        Command(
            f"medlint, all cores (-j {cores})", (*medlint, "--no-cache", "-j", str(cores)), work
        ),
        Command("medlint, fully cached re-run", (*medlint, "--cache-dir", str(cache)), work),
    ]
    if args.baseline_src:  # the same commands on another source tree, in the same runs
        env = (("PYTHONPATH", str(Path(args.baseline_src).absolute() / "src")),)
        listed += [
            Command(f"{c.name} [baseline]", c.argv, work, env=env)
            for c in listed[2:5]  # 1 core, all cores, and the fully cached re-run
        ]
    bin_dir = Path(args.peers) / "node_modules" / ".bin" if args.peers else None
    proselint = found(args.proselint, "MEDLINT_BENCH_PROSELINT", "proselint")
    if proselint:
        listed.append(Command("proselint", (proselint, "check", str(folder)), work))
    textlint = found(args.textlint, "MEDLINT_BENCH_TEXTLINT", bin_dir and bin_dir / "textlint")
    if textlint:
        base = Path(textlint).absolute().parent.parent  # node_modules/.bin/textlint
        argv = (textlint, "--no-textlintrc", "--rules-base-directory", str(base))
        argv += ("--rule", args.textlint_rule, str(folder))
        listed.append(Command(f"textlint ({args.textlint_rule})", argv, work))
    markdownlint = found(
        args.markdownlint, "MEDLINT_BENCH_MARKDOWNLINT", bin_dir and bin_dir / "markdownlint-cli2"
    )
    if markdownlint:
        listed.append(Command("markdownlint-cli2", (markdownlint, "**/*.md"), folder))
    return listed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--sample", type=int, default=300, help="a fixed sample of N articles")
    which.add_argument("--all", action="store_true", help="every article of the corpus")
    which.add_argument("--folder", help="every Markdown file of this folder instead")
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--runs", type=int, default=5, help="runs of every command (median)")
    parser.add_argument("--peers", default=os.environ.get("MEDLINT_PEERS", "/work/peers"))
    parser.add_argument("--proselint")
    parser.add_argument("--textlint")
    parser.add_argument("--textlint-rule", default="sentence-length")
    parser.add_argument("--markdownlint")
    parser.add_argument("--only", help="comma-separated words: time only commands naming one")
    parser.add_argument(
        "--baseline-src",
        help="also time medlint (cold on 1 core and all cores, and cached) from this source "
        "tree, e.g. `git archive main | tar -x -C DIR`: before and after in the same runs",
    )
    args = parser.parse_args()

    root = Path(args.folder or args.corpus)
    paths = articles(root, args.sample, args.all or bool(args.folder))
    if not paths:
        print(f"no Markdown articles under {root}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="medlint-peers-") as tmp:
        work = Path(tmp)
        folder = work / "articles"
        copy_articles(paths, root, folder)
        size = sum(p.stat().st_size for p in folder.iterdir())
        listed = commands(args, folder, work)
        if args.only:
            words = [w.strip().lower() for w in args.only.split(",")]
            keep = [c for c in listed[2:] if any(w in c.name.lower() for w in words)]
            listed = listed[:2] + keep
        for command in listed:
            if "cached" in command.name:
                run(command)  # fill the cache; the timed runs re-use it
        print(
            f"{len(paths)} articles, {size / 1e6:.1f} MB, from {root}; {args.runs} runs; "
            f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"load average before {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        times: dict[str, list[Timing]] = {c.name: [] for c in listed}
        for i in range(args.runs):
            shift = i % len(listed)
            for command in listed[shift:] + listed[:shift]:
                times[command.name].append(run(command))
        print(f"load average after {os.getloadavg()[0]:.1f}\n")
        reference = statistics.median(t.seconds for t in times[listed[0].name])
        spacy_import = statistics.median(t.seconds for t in times[listed[1].name])
        # CPU seconds are steadier than wall seconds on a shared machine (a process waiting
        # for a core costs wall time, not CPU time), but say nothing about parallel speed-up.
        reference_cpu = statistics.median(t.cpu for t in times[listed[0].name])
        print(
            f"{'command':38} {'median s':>9} {'min s':>7} {'x tokenize':>10} "
            f"{'x import':>9} {'peak MB':>8} {'CPU s':>7} {'x tok CPU':>9}"
        )
        for command in listed:
            seconds = [t.seconds for t in times[command.name]]
            median = statistics.median(seconds)
            peak = max(t.peak_mb for t in times[command.name])
            cpu = statistics.median(t.cpu for t in times[command.name])
            print(
                f"{command.name:38} {median:9.2f} {min(seconds):7.2f} "
                f"{median / reference:9.2f}x {median / spacy_import:8.2f}x {peak:8.0f} "
                f"{cpu:7.2f} {cpu / reference_cpu:8.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
