"""Split a reliability set by URL hash into dev (first hex digit 0-4) and test (5-f) folders.

    python3 tests/eval/reliability16/tools/split.py /work/restricted-eval/reliability16 OUTDIR
    python3 tests/eval/reliability16/tools/split.py /work/restricted-eval/reliability17 OUTDIR rel17

writes OUTDIR/NAME-dev and OUTDIR/NAME-test (NAME: rel16 unless given), each a documents.jsonl of
its rows and a link ``docs`` to the texts, ready for ``benchmarks/eval_audit_auc.py
OUTDIR/NAME-test``. Used for rel16 and rel17.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def main(source: Path, out: Path, name: str = "rel16") -> None:
    rows = [json.loads(line) for line in (source / "documents.jsonl").read_text().splitlines()]
    for part, digits in (("dev", "01234"), ("test", "56789abcdef")):
        folder = out / f"{name}-{part}"
        folder.mkdir(parents=True, exist_ok=True)
        link = folder / "docs"
        if not link.exists():
            link.symlink_to((source / "docs").resolve())
        chosen = [r for r in rows if hashlib.sha256(r["url"].encode()).hexdigest()[0] in digits]
        (folder / "documents.jsonl").write_text("".join(json.dumps(r) + "\n" for r in chosen))
        print(f"{name}-{part}", len(chosen), "pages,", sum(r["reliable"] for r in chosen), "reliable")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4])
