"""Round 64 (G85, mended as G85b after its review): where the condition names find no subject,
MED112's page model reads the page's subject from a second name list
(``page_model_unnamed_names``: rules/knowledge/disease-names.yaml, Human Disease Ontology
names the NIH condition names leave out: "plantar fasciitis", "frozen shoulder", "PCOS" in
capitals) and asks the page when its score reaches ``page_model_unnamed_threshold`` (3.5,
never below ``page_model_threshold``). A stretching routine for healthy people names no
disease and stays quiet (the review's real pages)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from medlint import resources
from medlint.engine import Linter
from medlint.ruleset import RuleFileError

from .conftest import fired, rule_linter

STRETCHES = (
    "It's usually worst with the first steps in the morning. These gentle stretches help ease\n"
    "the pain in the heel and the arch of your foot, and many people like to do them before\n"
    "getting out of bed. Hold each stretch for twenty seconds and breathe slowly. Avoid\n"
    "bouncing, and stop a stretch if it makes the pain worse.\n\n"
    "Start with a towel stretch: sit with one leg straight, loop a towel round the ball of your\n"
    "foot and pull gently. Then roll your foot over a cold water bottle, and do a calf stretch\n"
    "against a wall. Doing these every day usually helps the inflammation settle in a few weeks.\n"
)
DISEASE = "Stretches for plantar fasciitis"
HEALTHY = "Stretches to get you going every morning"


def test_a_disease_the_condition_names_leave_out_is_a_subject(linter: Linter) -> None:
    found = fired(linter, "MED112", STRETCHES, DISEASE)
    assert found and "names 'plantar fasciitis'" in found[0]
    assert "the page model reads it" in found[0]


def test_a_routine_that_names_no_disease_stays_quiet(linter: Linter) -> None:
    body = STRETCHES.replace("in the heel and the arch of your foot", "in your back")
    body = body.replace("the inflammation settle", "you feel looser")
    assert fired(linter, "MED112", body, HEALTHY) == []


def test_an_acronym_counts_only_in_capitals(linter: Linter) -> None:
    body = STRETCHES.replace("in the heel and the arch of your foot", "of PCOS")
    assert fired(linter, "MED112", body, "Stretches for PCOS")
    lower = body.replace("PCOS", "pcos")
    assert fired(linter, "MED112", lower, "Stretches for pcos") == []


def test_null_turns_the_second_list_off() -> None:
    assert (
        fired(
            rule_linter("MED112", page_model_unnamed_threshold=None), "MED112", STRETCHES, DISEASE
        )
        == []
    )


def test_the_bar_is_the_higher_of_the_two() -> None:
    # the page scores about 5: a bar above it keeps it quiet, and lowering the named bar
    # does not lower the bar of the second list
    assert (
        fired(rule_linter("MED112", page_model_unnamed_threshold=6.0), "MED112", STRETCHES, DISEASE)
        == []
    )
    quiet = rule_linter("MED112", page_model_unnamed_threshold=6.0, page_model_threshold=-100.0)
    assert fired(quiet, "MED112", STRETCHES, DISEASE) == []
    assert fired(
        rule_linter("MED112", page_model_unnamed_threshold=4.0), "MED112", STRETCHES, DISEASE
    )


def test_the_shipped_disease_names_state_their_source() -> None:
    path = resources.rules_root() / "knowledge" / "disease-names.yaml"
    head = path.read_text(encoding="utf-8")[:600]
    assert "Human Disease Ontology" in head and "CC0" in head
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "plantar fasciitis" in data["names"] and "pcos" in data["acronyms"]
    # acronyms that are English words are left out ("ALL" in a capitalised title)
    assert not {"all", "can", "arts"} & set(data["acronyms"])


def test_a_name_list_that_is_not_shipped_is_a_rule_file_error() -> None:
    for name in ("nonexistent", "../disease-names", "Disease-Names"):
        with pytest.raises(RuleFileError, match="no name list"):
            rule_linter("MED112", page_model_unnamed_names=name).lint_text(
                "a.md", "# Gout\n\nText.\n"
            )


def test_a_bad_name_list_in_a_config_file_is_a_clear_error(tmp_path: Path) -> None:
    # a real project folder and a real medlint process: exit 2, the rule file and the list
    # named on stderr, no traceback
    (tmp_path / "a.md").write_text("# Plantar fasciitis stretches\n\nHeel pain.\n", "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.medlint.rules]\nMED112 = { page_model_unnamed_names = "../../etc/passwd" }\n',
        "utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "medlint", "check", "a.md", "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "MED112-when-to-get-help-missing.yaml" in done.stderr
    assert "no name list '../../etc/passwd' under rules/knowledge/" in done.stderr
    assert "Traceback" not in done.stderr
