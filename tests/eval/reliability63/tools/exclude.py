"""rel63: write excluded.json (URLs used anywhere in tests/eval, skipping the rel60-rel63 files;
domains of rel, rel16-rel19, rel21-rel59); reltools.exclude with several skipped set folders."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import reltools  # noqa: E402

EARLIER = ("reliability", "reliability16", "reliability17", "reliability18", "reliability19") + tuple(
    f"reliability{n}" for n in range(21, 60))
SKIP = ("reliability60", "reliability61", "reliability62", "reliability63")

_glob = reltools.glob.glob


def _skipping_glob(pattern, recursive=False):
    return [f for f in _glob(pattern, recursive=recursive) if not any(f"/{s}/" in f for s in SKIP)]


reltools.glob.glob = _skipping_glob
reltools.exclude(__file__, "reliability63", EARLIER)
