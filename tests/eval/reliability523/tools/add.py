"""usage: add.py ID URL SOURCE TITLE < excerpt -> /work/restricted-eval/reliability523/docs/ID.md (reltools.add)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import reltools  # noqa: E402

reltools.add("reliability523", sys.argv[1:], sys.stdin.read())
