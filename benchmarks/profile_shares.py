"""Where medlint's time goes, by a statistical profile (no cProfile inflation).

    python benchmarks/profile_shares.py FOLDER [--interval MS] [--top N]

The Linter is built (isolated configuration, no cache, one process) and warmed on one
short text; then ``Linter.lint_text`` runs on each Markdown file of FOLDER while a
SIGPROF timer samples the Python stack every ``--interval`` ms of CPU. C and Cython time
(spaCy's tokenizer, ``re``) is charged to the Python frame that called it. Each sample
goes to one exclusive bucket: the NLP layer's steps (tokenization, reading the token
columns, the sentence split, matching, mentions), parsing, or the outermost rule module
(``medlint/checks/*.py``) or other medlint module on the stack. Prints CPU seconds
(``time.process_time``) and the shares. Unix only (SIGPROF).
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from types import FrameType

from warmlinter import warmed

# (file name ending, function name) -> bucket; the innermost listed frame decides among
# the NLP layer's steps, the outermost one otherwise (see _bucket).
NLP_STEPS = (
    ("medlint/chunktokens.py", "__call__", "nlp: tokenization (ChunkTokenizer)"),
    ("medlint/nlp.py", "split_sentences", "nlp: sentence split (split_sentences)"),
    ("medlint/nlp.py", "run", "nlp: matching (_CompiledBank.run)"),
    ("medlint/nlp.py", "mentions", "nlp: mentions and cue resolution"),
    ("medlint/tokentext.py", "", "nlp: junk/compact text (tokentext)"),
)


def _bucket(frame: FrameType | None) -> str:
    stack = []
    while frame is not None:
        stack.append((frame.f_code.co_filename, frame.f_code.co_name))
        frame = frame.f_back
    stack.reverse()  # outermost first
    names = [(f.replace("\\", "/"), n) for f, n in stack]
    for i, (file, func) in enumerate(names):
        if file.endswith("medlint/nlp.py") and func == "__init__" and i + 1 < len(names):
            inner = names[i:]
            for ending, name, bucket in NLP_STEPS:
                if any(f.endswith(ending) and (not name or n == name) for f, n in inner):
                    return bucket
            if any(f.endswith("medlint/nlp.py") and n == "__init__" for f, n in inner[1:]):
                return "nlp: compiling the bank"
            return "nlp: other (_State: to_array, lists)"
    for file, func in names:
        if file.endswith("medlint/parsing/__init__.py") and func == "parse":
            return "parsing (parsing.parse)"
    for file, _func in names:
        if "/medlint/checks/" in file:
            return "rule work: checks/" + file.rsplit("/", 1)[1]
    for file, _func in reversed(names):
        if "/medlint/" in file and not file.endswith("profile_shares.py"):
            return "other: " + file.rsplit("/medlint/", 1)[1]
    return "other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--interval", type=float, default=1.0, help="ms of CPU per sample")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument(
        "--detail", type=int, default=0, help="innermost functions of the top N buckets"
    )
    args = parser.parse_args()

    ready = warmed(args.folder)
    if ready is None:
        return 2
    linter, texts = ready

    counts: collections.Counter[str] = collections.Counter()
    inner: collections.Counter[tuple[str, str]] = collections.Counter()

    def sample(_signum: int, frame: FrameType | None) -> None:
        bucket = _bucket(frame)
        counts[bucket] += 1
        if args.detail and frame is not None:
            code = frame.f_code
            where = code.co_filename.replace("\\", "/").rsplit("/", 2)
            inner[bucket, f"{'/'.join(where[-2:])}:{code.co_name}"] += 1

    signal.signal(signal.SIGPROF, sample)
    interval = args.interval / 1000
    start = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    for name, text in texts:
        linter.lint_text(name, text)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = time.process_time() - start
    total = sum(counts.values()) or 1
    print(f"{len(texts)} files, {cpu:.2f} CPU s, {total} samples")
    nlp = sum(c for b, c in counts.items() if b.startswith("nlp:"))
    print(f"{'NLP layer (all steps)':<52} {100 * nlp / total:5.1f}%")
    for bucket, count in counts.most_common(args.top):
        print(f"{bucket:<52} {100 * count / total:5.1f}%")
    for bucket, _count in counts.most_common(args.detail):
        print(f"\n{bucket}: innermost Python frames")
        rows = sorted(((c, f) for (b, f), c in inner.items() if b == bucket), reverse=True)
        for count, function in rows[:8]:
            print(f"  {function:<60} {100 * count / total:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
