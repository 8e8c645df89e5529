"""The committed rule reference matches the rule files."""

from __future__ import annotations

import os

from click.testing import CliRunner

from medlint.cli import main

from .conftest import ROOT

REFERENCE = ROOT / "docs" / "rules-reference.md"


def test_committed_reference_is_in_sync() -> None:
    result = CliRunner().invoke(main, ["rules", "--format", "markdown"])
    assert result.exit_code == 0
    if os.environ.get("MEDLINT_UPDATE_GOLDEN") == "1":
        REFERENCE.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == REFERENCE.read_text(encoding="utf-8"), (
        "docs/rules-reference.md is out of date: run "
        "`medlint rules --format markdown > docs/rules-reference.md`"
    )
    assert "## MED109" in result.stdout and "**Fails:**" in result.stdout
