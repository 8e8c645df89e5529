"""rel65: write excluded.json (URLs used anywhere in tests/eval; domains of rel, rel16-rel19, rel21-rel63); reltools.exclude.

Sets named in EARLIER whose documents.jsonl is absent from this checkout (rel60-rel63 at the time of
writing) are skipped with a message; files of rel64-rel67 (parallel sets) are not read by
reltools.exclude beyond this set's own skip, and none existed in this checkout.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import reltools  # noqa: E402

EARLIER = ("reliability", "reliability16", "reliability17", "reliability18", "reliability19", "reliability21", "reliability22", "reliability23", "reliability24", "reliability25", "reliability26", "reliability27", "reliability28", "reliability29", "reliability30", "reliability31", "reliability32", "reliability33",
           "reliability34", "reliability35", "reliability36", "reliability37", "reliability38", "reliability39", "reliability40", "reliability41", "reliability42", "reliability43", "reliability44", "reliability45", "reliability46", "reliability47", "reliability48", "reliability49", "reliability50", "reliability51", "reliability52", "reliability53", "reliability54", "reliability55", "reliability56", "reliability57", "reliability58", "reliability59", "reliability60", "reliability61", "reliability62", "reliability63")  # fmt: skip
EVAL = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
present = tuple(n for n in EARLIER if os.path.exists(os.path.join(EVAL, n, "documents.jsonl")))
missing = [n for n in EARLIER if n not in present]
if missing:
    print("missing (skipped):", " ".join(missing))
for skip in ("reliability64", "reliability66", "reliability67"):
    assert not os.path.exists(os.path.join(EVAL, skip)), skip
reltools.exclude(__file__, "reliability65", present)
