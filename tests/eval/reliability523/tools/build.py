"""usage: build.py ROOT OUT_RESTRICTED [OUT_REPO]: rel523's documents.jsonl from docs/*.md front matter
and tools/labels.py, checked (reltools.build)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import reltools  # noqa: E402

reltools.build(__file__, sys.argv[1:])
