"""Find the article files under the paths a user names."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from medlint.parsing import SUFFIXES

SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox",
             ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages"}  # fmt: skip


def discover(paths: Sequence[str]) -> Iterator[str]:
    """Files to lint, in a stable order. Named files are always linted (whatever their
    suffix); folders are walked for .md/.markdown/.html/.htm/.txt. A path that does not
    exist is yielded as is, so the engine reports it instead of silently skipping it."""
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in files:
                    if name.lower().endswith(SUFFIXES):
                        found.append(os.path.join(root, name))
            candidates = sorted(found)
        else:
            candidates = [raw]
        for candidate in candidates:
            key = os.path.normpath(candidate)
            if key not in seen:
                seen.add(key)
                yield candidate
