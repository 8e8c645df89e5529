"""Round 32 (criterion-32.md, A32): MED202 reads two more ways of offering something in a
medicine's place - an alternative noun after a verb that offers it ("represents", "offers")
and before a qualified medicine ("an effective alternative to pharmacological drugs", "a safe
alternative to regular antidepressants"), and a compound of the medicine and a plural
alternative noun ("Natural Metformin Alternatives") - each with its twins that stay quiet."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    "body",
    [
        "Hirudotherapy represents an effective alternative to pharmacological drugs.",
        "Valerian is a safe alternative to regular antidepressants.",
        "This tea offers a gentle alternative to synthetic statins.",
        "Top 5 Natural Metformin Alternatives for Diabetes",
        "3. Consume Insulin Alternatives (Type 1 & 2)",
    ],
)
def test_round32_offers_found(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED202", heading="Natural health")


@pytest.mark.parametrize(
    "body",
    [
        "There has to be an alternative to expensive pharmaceutical drugs.",
        "There is no safe alternative to regular insulin.",
        "Metformin is a common alternative to insulin for many people.",
        "Your doctor offers an alternative to strong painkillers.",
        "There are no insulin alternatives for type 1 diabetes.",
        "Ask your doctor about statin alternatives.",
        "Thyroid hormone replacement medication is not a cure for hypothyroidism.",
        "Castor Oil Alternative Treatment For Dry Eyes",
        "Often, this means thyroid hormone replacement, where thyroid hormone is taken orally.",
    ],
)
def test_round32_twins_quiet(linter: Linter, body: str) -> None:
    assert not codes(linter, body, "MED202", heading="Natural health")


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ("medicine_modifiers = 3", ".medlint.toml:2: rules.MED202.medicine_modifiers:"),
        ('alternative_links = ["offers", 4]', ".medlint.toml:2: rules.MED202.alternative_links"),
        ('supplying_nouns = "replacement"', ".medlint.toml:2: rules.MED202.supplying_nouns:"),
    ],
)
def test_a_bad_round32_option_in_a_real_configuration_is_a_clear_error(
    tmp_path: Path, setting: str, said: str
) -> None:
    (tmp_path / "a.md").write_text("# Sleep\n\nValerian helps.\n", encoding="utf-8")
    (tmp_path / ".medlint.toml").write_text(f"[rules.MED202]\n{setting}\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "medlint", "check", "a.md", "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    assert said in run.stderr
    assert "Traceback" not in run.stderr + run.stdout
