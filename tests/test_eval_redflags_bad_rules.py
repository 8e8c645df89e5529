"""benchmarks/eval_redflags.py on bad rule data: a one-line message naming the file and the
problem, exit 2, no traceback. Run for real: a copy of the project's source and rules with a
broken rule file or knowledge file, the script in its own process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("path", "old", "new"),
    [
        # read when the linter is built
        ("core/MED109-red-flags-missing.yaml", "severity: error", "severity: [open"),
        # read when the red-flag check first runs
        ("knowledge/guidance.yaml", "remedy_use_titles:", "remedy_use_titles: [open"),
    ],
)
def test_broken_rule_data_ends_in_a_message(tmp_path: Path, path: str, old: str, new: str) -> None:
    skip = shutil.ignore_patterns("__pycache__")
    # src/medlint/_rules and _schemas are links to ../../rules and ../../schemas
    shutil.copytree(ROOT / "src", tmp_path / "src", symlinks=True, ignore=skip)
    shutil.copytree(ROOT / "rules", tmp_path / "rules", ignore=skip)
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas", ignore=skip)
    (tmp_path / "benchmarks").mkdir()
    shutil.copy(ROOT / "benchmarks" / "eval_redflags.py", tmp_path / "benchmarks")
    (tmp_path / "tests" / "eval").mkdir(parents=True)
    (tmp_path / "tests" / "eval" / "redflags").symlink_to(ROOT / "tests" / "eval" / "redflags")
    broken = tmp_path / "rules" / path
    text = broken.read_text(encoding="utf-8")
    assert old in text
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")

    proc = subprocess.run(
        [sys.executable, str(tmp_path / "benchmarks" / "eval_redflags.py"), "--split", "dev"],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "src")},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("eval_redflags: ")
    assert Path(path).name in proc.stderr and "not valid YAML" in proc.stderr
    assert proc.stdout == ""
