"""``python -m medlint``: the command line, without code from the current folder.

For ``-m`` Python puts the current folder first on ``sys.path``; in a checkout of an
untrusted pull request that folder could hold a module or a ``*.dist-info`` with a
``medlint.packs`` entry point. It is dropped before anything else of medlint is imported,
so plugins come only from the installed environment (docs/ci.md, "Security model").
"""

import os
import sys

if sys.path and not sys.flags.safe_path:
    first = os.path.realpath(sys.path[0] or os.curdir)
    if first == os.path.realpath(os.curdir):
        del sys.path[0]

from medlint.cli import main  # after the import path is made safe

main()
