"""The committed rule reference matches the rule files."""

from __future__ import annotations

import os

from .conftest import ROOT, cli

REFERENCE = ROOT / "docs" / "rules-reference.md"
OPTIONS = ROOT / "docs" / "options.md"


def test_committed_reference_is_in_sync() -> None:
    code, out, _ = cli("rules", "--format", "markdown")
    assert code == 0
    if os.environ.get("MEDLINT_UPDATE_GOLDEN") == "1":
        REFERENCE.write_text(out, encoding="utf-8")
    assert out == REFERENCE.read_text(encoding="utf-8"), (
        "docs/rules-reference.md is out of date: run "
        "`medlint rules --format markdown > docs/rules-reference.md`"
    )
    assert "## MED109" in out and "**Fails:**" in out


def test_committed_options_reference_is_in_sync() -> None:
    code, out, _ = cli("rules", "--format", "options")
    assert code == 0
    if os.environ.get("MEDLINT_UPDATE_GOLDEN") == "1":
        OPTIONS.write_text(out, encoding="utf-8")
    assert out == OPTIONS.read_text(encoding="utf-8"), (
        "docs/options.md is out of date: run `medlint rules --format options > docs/options.md`"
    )
    assert (
        "## Kind `forbidden`" in out and "| `unless_context` | list of context categories |" in out
    )
    assert "## Check `medlint.checks.dates:UpdateDateStale`" in out
