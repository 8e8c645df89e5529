"""rel67: write excluded.json (URLs used anywhere in tests/eval; domains of rel, rel16-rel19, rel21-rel63); reltools.exclude.

Sets named by the brief that are absent from this checkout (reliability60-63 at the time of
writing) are skipped with a printed notice, since reltools.exclude cannot read a missing file."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import reltools  # noqa: E402

EARLIER = ("reliability", "reliability16", "reliability17", "reliability18", "reliability19") + tuple(
    f"reliability{n}" for n in range(21, 64)
)
PRESENT = tuple(n for n in EARLIER if os.path.exists(os.path.join(reltools.EVAL, n, "documents.jsonl")))
MISSING = [n for n in EARLIER if n not in PRESENT]
if MISSING:
    print("missing (skipped):", " ".join(MISSING))
reltools.exclude(__file__, "reliability67", PRESENT)
