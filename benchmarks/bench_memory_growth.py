"""Where peak memory grows with the corpus (issue 16; docs/performance.md, Round 49).

Lints a folder's files in one process (sorted paths, as ``Linter.lint_file``) and prints,
every ``--every`` files, the resident set size (VmRSS), the spaCy vocabulary's strings and
lexemes and the per-process memos' sizes (the chunk-token memo, the decided sentence word
sets, the wanted pattern pairs, the partial Matchers); at the end, the RSS after
``malloc_trim`` and after clearing each memo in turn (what each held, as far as the heap
gives it back). ``--half``: every second file; ``--skip-largest``: the largest file left out.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_memory_growth.py /work/shared/corpus
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import gc
import os
import time
from pathlib import Path

from medlint.engine import Linter
from medlint.selection import Options


def rss_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--every", type=int, default=500)
    parser.add_argument("--half", action="store_true")
    parser.add_argument("--skip-largest", action="store_true")
    args = parser.parse_args()
    files = sorted(str(p) for p in args.folder.rglob("*") if p.is_file())
    if args.skip_largest:
        files.remove(max(files, key=os.path.getsize))
    if args.half:
        files = files[::2]
    linter = Linter(Options(today=dt.date(2026, 12, 3)))
    started = time.perf_counter()
    print("files rss_mb seconds strings lexemes chunk_memo decided wanted partial")
    for done, path in enumerate(files, 1):
        linter.lint_file(path)
        if done == 1 or done % args.every == 0 or done == len(files):
            bank = linter.bank.compiled
            vocab = bank.nlp.vocab
            print(
                done,
                rss_mb(),
                round(time.perf_counter() - started),
                len(vocab.strings),
                len(vocab),
                len(bank.chunk_tokenizer.memo),
                len(bank._decided),
                len(bank._wanted),
                len(bank._partial),
                flush=True,
            )
    libc = ctypes.CDLL("libc.so.6")
    gc.collect()
    libc.malloc_trim(0)
    print("after malloc_trim", rss_mb())
    bank = linter.bank.compiled
    for name, memo in (
        ("chunk memo", bank.chunk_tokenizer.memo),
        ("decided", bank._decided),
        ("wanted", bank._wanted),
        ("partial", bank._partial),
    ):
        memo.clear()
        gc.collect()
        libc.malloc_trim(0)
        print(f"{name} cleared", rss_mb())


if __name__ == "__main__":
    main()
