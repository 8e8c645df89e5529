"""Honest selection: a selector that names no rule is an error (exit 2) that says where it
was given, as ruff does; a run that checks nothing warns; --force-exclude."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import EXAMPLES, cli

GOOD = EXAMPLES / "leg-cramps-good.md"
BASE = ("--today", "2026-11-21", "--no-cache")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    shutil.copy(GOOD, tmp_path / "a.md")
    return tmp_path


@pytest.mark.parametrize("option", ["--select", "--ignore", "--extend-select"])
def test_unknown_selector_on_the_command_line_is_an_error(project: Path, option: str) -> None:
    code, out, err = cli("check", str(project / "a.md"), "--isolated", *BASE, option, "MED1,MEDX")
    assert code == 2, out + err
    assert f"{option}: 'MEDX' matches no rule" in err
    assert "MED1'" not in err  # the valid one is not blamed
    assert out == ""


@pytest.mark.parametrize(
    ("config", "where"),
    [
        ('select = ["MED1", "safety.nonexistent"]\n', "select: 'safety.nonexistent'"),
        ('extend-select = ["no-such-tag"]\n', "extend-select: 'no-such-tag'"),
        ('ignore = ["MED10O"]\n', "ignore: 'MED10O'"),  # the letter O for a zero
        ('[[per-file]]\nfiles = ["*.md"]\nignore = ["review.*", "reveiw.*"]\n',
         "per-file[0].ignore: 'reveiw.*'"),
        ('[[per-file]]\nfiles = ["*.md"]\nextend-select = ["MED7"]\n',
         "per-file[0].extend-select: 'MED7'"),
        ('[[per-file]]\nfiles = ["*.md"]\nseverity = {"MED99" = "info"}\n',
         "per-file[0].severity: 'MED99'"),
    ],
)  # fmt: skip
def test_unknown_selector_in_the_configuration_names_the_file_and_key(
    project: Path, config: str, where: str
) -> None:
    (project / ".medlint.toml").write_text(config, encoding="utf-8")
    code, out, err = cli("check", str(project / "a.md"), *BASE)
    assert code == 2, out + err
    assert f"{project / '.medlint.toml'}: {where} matches no rule" in err


def test_every_unknown_selector_is_reported_at_once(project: Path) -> None:
    (project / ".medlint.yaml").write_text("select: [MEDA]\nignore: [MEDB]\n", encoding="utf-8")
    code, _, err = cli("check", str(project / "a.md"), *BASE, "--ignore", "MEDC")
    assert code == 2
    assert "--ignore: 'MEDC'" in err
    assert ".medlint.yaml: select: 'MEDA'" in err and ".medlint.yaml: ignore: 'MEDB'" in err


def test_known_selectors_of_every_kind_are_accepted(project: Path) -> None:
    for selector in ("ALL", "MED1", "MED101", "safety.disclaimer-missing", "dates.*", "dates"):
        code, out, err = cli("check", str(project / "a.md"), "--isolated", *BASE,
                             "--select", selector)  # fmt: skip
        assert code == 0, (selector, out, err)


def test_extend_select_adds_to_the_selection(project: Path) -> None:
    shutil.copy(EXAMPLES / "discouraging-advice.md", project / "b.md")
    args = ("check", str(project / "b.md"), "--isolated", *BASE, "-f", "concise")
    _, only_dates, _ = cli(*args, "--select", "dates")
    _, with_consult, _ = cli(*args, "--select", "dates", "--extend-select", "MED111")
    assert "MED111" not in only_dates
    assert "MED111" in with_consult


def test_audit_refuses_unknown_selectors_too(project: Path) -> None:
    code, _, err = cli("audit", str(project), "--isolated", "--today", "2026-11-21",
                       "--html", str(project / "r.html"), "--ignore", "MEDZ")  # fmt: skip
    assert code == 2 and "--ignore: 'MEDZ' matches no rule" in err
    assert not (project / "r.html").exists()


def test_zero_files_checked_warns_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "notes.py").write_text("print('not an article')\n", encoding="utf-8")
    code, out, err = cli("check", str(tmp_path), "--isolated", *BASE)
    assert code == 0
    assert "0 files checked" in out
    assert "medlint: warning: 0 files checked: no article files" in err
    shutil.copy(GOOD, tmp_path / "a.md")
    _, _, err = cli("check", str(tmp_path), "--isolated", *BASE)
    assert "warning" not in err


def test_force_exclude_applies_the_configuration_exclude_to_named_files(project: Path) -> None:
    drafts = project / "drafts"
    drafts.mkdir()
    shutil.copy(EXAMPLES / "discouraging-advice.md", drafts / "wip.md")
    (project / ".medlint.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    named = (str(project / "a.md"), str(drafts / "wip.md"))
    code, out, _ = cli("check", *named, *BASE, "-f", "concise")
    assert code == 1 and "wip.md" in out  # a named file is linted, as before
    code, out, err = cli("check", *named, *BASE, "--force-exclude")
    assert code == 0, out + err
    assert "1 file checked" in out
    code, out, err = cli("check", str(drafts / "wip.md"), *BASE, "--force-exclude")
    assert code == 0 and "excluded by the configuration (--force-exclude)" in err
