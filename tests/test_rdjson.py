"""rdjson (reviewdog's Diagnostic Format): a golden file, and the suggestions are the safe
fixes: applying them, with rdjson's byte columns, gives exactly what --fix writes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT, cli

GOLDEN = Path(__file__).parent / "golden"
CASE = FIXTURES / "rdjson"


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def rdjson(*paths: str) -> dict[str, object]:
    code, out, err = cli("check", *paths, "--today", "2026-11-21", "--no-cache", "-f", "rdjson")
    assert code == 1, err
    data: dict[str, object] = json.loads(out)
    return data


def test_golden_examples_and_fixes() -> None:
    for args, name in (
        (("examples",), "examples.rdjson"),
        ((str(CASE.relative_to(ROOT)),), "fixes.rdjson"),
    ):
        code, out, _ = cli("check", *args, "--today", "2026-11-21", "--no-cache", "-f", "rdjson")
        assert code == 1
        path = GOLDEN / name
        if os.environ.get("MEDLINT_UPDATE_GOLDEN") == "1":
            path.write_text(out, encoding="utf-8")
        assert out == path.read_text(encoding="utf-8"), f"output differs from {path}"


def _offset(text: str, position: dict[str, int]) -> int:
    """rdjson (line, UTF-8 byte column) back to a character offset."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: position["line"] - 1])
    line = lines[position["line"] - 1].encode("utf-8")
    return start + len(line[: position["column"] - 1].decode("utf-8"))


def test_suggestions_are_the_safe_fixes_with_byte_columns(tmp_path: Path) -> None:
    shutil.copytree(CASE, tmp_path / "case")
    article = tmp_path / "case" / "leg-cramps.md"
    data = rdjson(str(article))
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    text = article.read_text(encoding="utf-8")
    edits = []
    for d in diagnostics:
        assert d["location"]["path"].endswith("leg-cramps.md")
        assert d["severity"] in ("ERROR", "WARNING", "INFO")
        for s in d.get("suggestions", []):
            edits.append((_offset(text, s["range"]["start"]), _offset(text, s["range"]["end"]),
                          s["text"], d["code"]["value"]))  # fmt: skip
    assert {code for *_, code in edits} == {"MED001", "MED101"}
    # A diagnostic's byte columns point at its text even after multi-byte characters.
    claim = next(d for d in diagnostics if d["code"]["value"] == "MED201")
    start, end = (_offset(text, claim["location"]["range"][k]) for k in ("start", "end"))
    assert text[start:end] == "miracle cure"
    for start, end, replacement, _ in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    code, _, _ = cli("check", str(article), "--today", "2026-11-21", "--no-cache", "--fix")
    assert code == 1  # the claims are left for a person
    assert text == article.read_text(encoding="utf-8")
    assert "dateModified: 2025-06-03" in text and "## Disclaimer" in text


def test_merged_reports_render_as_rdjson_without_suggestions(tmp_path: Path) -> None:
    report = tmp_path / "all.json"
    cli("check", "examples", "--today", "2026-11-21", "--no-cache", "-f", "json", "-o", str(report))
    code, out, _ = cli("merge", str(report), "-f", "rdjson")
    assert code == 1
    diagnostics = json.loads(out)["diagnostics"]
    assert diagnostics and not any("suggestions" in d for d in diagnostics)
