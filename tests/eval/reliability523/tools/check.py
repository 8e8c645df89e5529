"""usage: check.py URL... -> USED-URL / USED-DOMAIN / ok per URL (rel523; reltools.check)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import reltools  # noqa: E402

reltools.check(__file__, sys.argv[1:])
