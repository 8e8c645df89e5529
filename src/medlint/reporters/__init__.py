"""The report formats: one table from format name to a pure function of the result.

Each format's module is imported when the format is first rendered: a run writes one
format, and importing all eleven (the XML formats load ``xml.etree``) was a tenth of a
fully cached run's start-up."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from medlint.model import RunResult
from medlint.reporters.common import RenderOptions

Reporter = Callable[[RunResult, RenderOptions], str]


def _on_demand(module: str, name: str) -> Reporter:
    """The renderer ``name`` of ``medlint.reporters.<module>``, imported on first call."""

    def render(result: RunResult, options: RenderOptions) -> str:
        found: Reporter = getattr(importlib.import_module(f"medlint.reporters.{module}"), name)
        return found(result, options)

    render.__name__ = render.__qualname__ = name
    return render


REPORTERS: dict[str, Reporter] = {
    "text": _on_demand("human", "render_text"),
    "concise": _on_demand("human", "render_concise"),
    "grouped": _on_demand("human", "render_grouped"),
    "json": _on_demand("json_report", "render_json"),
    "json-lines": _on_demand("jsonl", "render_json_lines"),
    "sarif": _on_demand("sarif", "render_sarif"),
    "junit": _on_demand("junit", "render_junit"),
    "github": _on_demand("github", "render_github"),
    "gitlab": _on_demand("gitlab", "render_gitlab"),
    "checkstyle": _on_demand("checkstyle", "render_checkstyle"),
    "rdjson": _on_demand("rdjson", "render_rdjson"),
}

render_statistics = _on_demand("human", "render_statistics")

HUMAN = frozenset({"text", "concise", "grouped"})

__all__ = ["HUMAN", "REPORTERS", "RenderOptions", "Reporter", "render_statistics"]
