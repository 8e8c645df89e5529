"""rel62: write excluded.json (URLs used anywhere in tests/eval, skipping the concurrent sets
rel60-rel63; domains of rel, rel16-rel19, rel21-rel59); reltools.exclude with a wider skip."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import reltools  # noqa: E402

EARLIER = ("reliability", "reliability16", "reliability17", "reliability18", "reliability19") + tuple(
    f"reliability{n}" for n in range(21, 60)
)
SKIP = ("reliability60", "reliability61", "reliability62", "reliability63")

_glob = reltools.glob.glob


def _skipping_glob(pattern, **kw):
    return [f for f in _glob(pattern, **kw) if not any(f"/{s}/" in f for s in SKIP)]


reltools.glob.glob = _skipping_glob
reltools.exclude(__file__, "reliability62", EARLIER)
