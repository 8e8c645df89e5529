"""Configuration files: discovery, validation, selection, overrides, organisation rules."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import EXAMPLES, cli


def found(out: str) -> set[str]:
    return {v["code"] for f in json.loads(out)["files"] for v in f["violations"]}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "articles" / "drafts").mkdir(parents=True)
    shutil.copy(EXAMPLES / "discouraging-advice.md", tmp_path / "articles" / "headache.md")
    shutil.copy(
        EXAMPLES / "thigh-cramps-missing-red-flags.md",
        tmp_path / "articles" / "drafts" / "thigh.md",
    )
    return tmp_path


def check(project: Path, *extra: str) -> tuple[int, str, str]:
    return cli("check", str(project / "articles"), "--today", "2026-11-21", "-f", "json", *extra)


def test_pyproject_discovered_by_walking_up(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "site"\n\n[tool.medlint]\n'
        'ignore = ["MED109", "MED110"]\nfail-on = "never"\n'
    )
    code, out, _ = check(project)
    assert code == 0  # fail-on never from the configuration
    assert found(out) == {"MED111"}
    code, out, _ = check(project, "--isolated")
    assert code == 1 and {"MED109", "MED110"} <= found(out)


def test_medlint_yaml_rules_severity_options_and_per_file(project: Path) -> None:
    (project / ".medlint.yaml").write_text(
        "select: [safety, dates]\n"
        "rules:\n"
        "  MED111: {severity: warning}\n"
        "  dates.update-date-stale: {max_age_months: 6}\n"
        "per-file:\n"
        "  - files: ['articles/drafts/*']\n"
        "    ignore: [MED109]\n"
    )
    code, out, _ = check(project, "--fail-on", "error")
    assert code == 1
    data = json.loads(out)
    by_path = {Path(f["path"]).name: f["violations"] for f in data["files"]}
    assert {v["code"] for v in by_path["thigh.md"]} == {"MED108"}  # red flags ignored in drafts
    stale = next(v for v in by_path["thigh.md"] if v["code"] == "MED108")
    assert "maximum of 6 months" in stale["message"]
    severities = {v["code"]: v["severity"] for v in by_path["headache.md"]}
    assert severities["MED111"] == "warning"
    assert severities["MED109"] == "error"


def test_invalid_configuration_names_file_key_and_problem(project: Path) -> None:
    config = project / ".medlint.yaml"
    config.write_text("select: [MED1]\nfail-on: sometimes\n")
    code, _, err = check(project)
    assert code == 2
    assert f"{config}:2: fail-on: 'sometimes' is not one of" in err
    config.write_text("rules:\n  MED999: {severity: error}\n")
    code, _, err = check(project)
    assert code == 2 and "no rule 'MED999'" in err
    config.write_text("rules:\n  MED108: {max_age: 3}\n")
    code, _, err = check(project)
    assert code == 2
    assert (
        f"{config}:2: rules.MED108.max_age: MED108 has no option 'max_age'; did you mean "
        "'max_age_months'? (options: max_age_months)"
    ) in err
    config.unlink()
    (project / "pyproject.toml").write_text("[tool.medlint]\nselect = 'MED1'\n")
    code, _, err = check(project)
    assert (
        code == 2
        and "pyproject.toml:2: [tool.medlint] select: 'MED1' is not of type 'array'" in err
    )


def test_explicit_config_and_exclude(project: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.toml"
    other.write_text('exclude = ["drafts"]\nselect = ["MED108"]\n')
    code, out, _ = check(project, "--config", str(other))
    assert code == 0
    assert [Path(f["path"]).name for f in json.loads(out)["files"]] == ["headache.md"]


def test_gitignore_is_respected(project: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    (project / ".gitignore").write_text("articles/drafts/\n")
    code, out, _ = check(project, "--select", "MED108")
    assert code == 0
    assert [Path(f["path"]).name for f in json.loads(out)["files"]] == ["headache.md"]


def test_organisation_requirements(project: Path) -> None:
    (project / ".medlint.toml").write_text(
        'select = ["MED001", "MED101", "MED103"]\n'
        "[organization]\n"
        'required-fields = ["reviewedBy", "nextReview"]\n'
        'approved-review-statuses = ["published"]\n'
        'disclaimers = ["This article is for information only and is not a substitute for '
        'medical advice."]\n'
    )
    code, out, _ = check(project)
    assert code == 1
    data = json.loads(out)
    messages = {
        Path(f["path"]).name: sorted(v["message"] for v in f["violations"]) for f in data["files"]
    }
    thigh = messages["thigh.md"]
    assert any("'nextReview' is required by your organisation" in m for m in thigh)
    assert any("review status is 'approved'" in m for m in thigh)  # only 'published' ships
    assert not any("approved wording" in m for m in thigh)  # uses the approved wording
    headache = messages["headache.md"]
    assert any("approved wording" in m for m in headache)
