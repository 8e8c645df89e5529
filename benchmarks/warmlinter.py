"""A one-process Linter built and warmed over a folder's Markdown articles: the set-up the
profiling scripts share (profile_lint.py, profile_shares.py), so they time linting alone."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any


def warmed(folder: str) -> tuple[Any, list[tuple[str, str]]] | None:
    """The folder's Markdown texts and a single-process Linter (no cache, the folder's
    configuration, today 2026-12-02) that has linted one small article; None, said on
    stderr, when the folder holds no Markdown file."""
    from medlint.config import resolve
    from medlint.engine import Linter, Options

    paths = sorted(Path(folder).rglob("*.md"))
    if not paths:
        print(f"no Markdown files under {folder}", file=sys.stderr)
        return None
    texts = [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in paths]
    config = resolve([folder], None, True)
    options = Options(today=dt.date(2026, 12, 2), config=config, jobs=1, cache_dir=None)
    linter = Linter(options)
    linter.lint_text("warm.md", "# Warm\n\nOne sentence to build and warm the linter.\n")
    return linter, texts
