"""The code stays ruff- and mypy-clean: CI enforces it through the test suite."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "src", "tests", "benchmarks"],
        ["ruff", "format", "--check", "src", "tests", "benchmarks"],
        [sys.executable, "-m", "mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_static_checks(command: list[str]) -> None:
    if command[0] == "ruff":
        ruff = shutil.which("ruff") or str(ROOT / ".venv" / "bin" / "ruff")
        command = [ruff, *command[1:]]
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
