"""Split the rel17 set by URL hash into dev (first hex digit 0-4) and test (5-f) folders.

    python3 tests/eval/reliability16/tools/split.py /work/restricted-eval/reliability16 OUTDIR

writes OUTDIR/rel17-dev and OUTDIR/rel17-test, each a documents.jsonl of its rows and a link
``docs`` to the texts, ready for ``benchmarks/eval_audit_auc.py OUTDIR/rel17-test``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def main(source: Path, out: Path) -> None:
    rows = [json.loads(line) for line in (source / "documents.jsonl").read_text().splitlines()]
    for name, digits in (("rel17-dev", "01234"), ("rel17-test", "56789abcdef")):
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        link = folder / "docs"
        if not link.exists():
            link.symlink_to((source / "docs").resolve())
        chosen = [r for r in rows if hashlib.sha256(r["url"].encode()).hexdigest()[0] in digits]
        (folder / "documents.jsonl").write_text("".join(json.dumps(r) + "\n" for r in chosen))
        print(name, len(chosen), "pages,", sum(r["reliable"] for r in chosen), "reliable")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
