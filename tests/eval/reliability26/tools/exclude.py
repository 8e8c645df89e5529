"""rel26: write excluded.json (URLs used anywhere in tests/eval; domains of rel, rel16-rel19, rel21-rel25); reltools.exclude."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import reltools  # noqa: E402

EARLIER = ("reliability", "reliability16", "reliability17", "reliability18", "reliability19", "reliability21", "reliability22", "reliability23", "reliability24", "reliability25")
reltools.exclude(__file__, "reliability26", EARLIER)
