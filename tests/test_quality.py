"""The code stays ruff- and mypy-clean: CI enforces it through the test suite."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"],
        [sys.executable, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks"],
        [sys.executable, "-m", "mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_static_checks(command: list[str]) -> None:
    # the tools of the interpreter running the tests, whatever PATH holds
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
