"""Reporters: pure functions from a RunResult to text, in one table."""

from __future__ import annotations

from collections.abc import Callable

from medlint.model import RunResult
from medlint.reporters.json_report import render_json
from medlint.reporters.text import render_text

Reporter = Callable[[RunResult], str]

REPORTERS: dict[str, Reporter] = {
    "text": render_text,
    "json": render_json,
}
