"""The command line's typed options, and `--fix` linting the same files as the check."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from medlint.invocation import CheckOptions, LintArgs

from .conftest import cli

ARTICLE = "---\ntitle: Leg cramps\ndateModified: June 3, 2025\n---\n# Leg cramps\n\nRest.\n"


def test_check_options_split_what_to_lint_from_what_to_report() -> None:
    params = {
        "paths": ("a.md",),
        "format_": "json",
        "select": ("MED1",),
        "shard": "1/2",
        "fix": True,
        "output": None,
    }
    opts = CheckOptions.from_params(params)
    assert opts.lint == LintArgs(("a.md",), select=("MED1",), shard="1/2")
    assert (opts.format_, opts.fix, opts.output) == ("json", True, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        opts.fix = False  # type: ignore[misc]


def test_fix_changes_only_the_files_of_its_shard(tmp_path: Path) -> None:
    (tmp_path / ".medlint.toml").write_text('select = ["MED001"]\n')
    names = ["a.md", "b.md", "c.md", "d.md"]
    for name in names:
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    fixed: set[str] = set()
    for k in (1, 2):
        code, _out, err = cli(
            "check", str(tmp_path), "--fix", "--shard", f"{k}/2", "--today", "2026-11-21"
        )
        assert code == 0, err
        now = {n for n in names if "2025-06-03" in (tmp_path / n).read_text(encoding="utf-8")}
        assert len(now - fixed) == 2  # this shard's two files, not all four
        fixed |= now
    assert fixed == set(names)
