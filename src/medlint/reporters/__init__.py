"""Reporters: pure functions from a RunResult (and render options) to text, in one table."""

from __future__ import annotations

from collections.abc import Callable

from medlint.model import RunResult
from medlint.reporters.checkstyle import render_checkstyle
from medlint.reporters.common import RenderOptions
from medlint.reporters.github import render_github
from medlint.reporters.gitlab import render_gitlab
from medlint.reporters.human import render_concise, render_grouped, render_statistics, render_text
from medlint.reporters.json_report import render_json
from medlint.reporters.jsonl import render_json_lines
from medlint.reporters.junit import render_junit
from medlint.reporters.rdjson import render_rdjson
from medlint.reporters.sarif import render_sarif

Reporter = Callable[[RunResult, RenderOptions], str]

REPORTERS: dict[str, Reporter] = {
    "text": render_text,
    "concise": render_concise,
    "grouped": render_grouped,
    "json": render_json,
    "json-lines": render_json_lines,
    "sarif": render_sarif,
    "junit": render_junit,
    "github": render_github,
    "gitlab": render_gitlab,
    "checkstyle": render_checkstyle,
    "rdjson": render_rdjson,
}

HUMAN = frozenset({"text", "concise", "grouped"})

__all__ = ["HUMAN", "REPORTERS", "RenderOptions", "Reporter", "render_statistics"]
