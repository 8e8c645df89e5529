"""The pre-commit hook, run by the real pre-commit against this repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.org",
        },
    ).stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("needs a git checkout of medlint")
    rev = _git(ROOT, "rev-parse", "HEAD")
    repo = tmp_path_factory.mktemp("articles")
    _git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {ROOT}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: medlint\n"
        "        args: [--today, '2026-11-21']\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home"))}
    env.pop("VIRTUAL_ENV", None)
    # pre-commit installs the hook (medlint and spaCy, numpy, ...) into a fresh virtual
    # environment; pip's byte-compiling of every installed module was a quarter of this
    # module's CPU, and Python compiles what the hook imports on first use anyway.
    env["PIP_NO_COMPILE"] = "1"
    return repo, env


def _run(repo: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--color", "never", "--files", *files],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


def test_hook_passes_a_good_article(hook_repo: tuple[Path, dict[str, str]]) -> None:
    repo, env = hook_repo
    shutil.copy(EXAMPLES / "leg-cramps-good.md", repo / "leg-cramps.md")
    _git(repo, "add", ".")
    proc = _run(repo, env, "leg-cramps.md")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "medlint" in proc.stdout and "Passed" in proc.stdout


def test_hook_fails_a_bad_article_with_a_readable_message(
    hook_repo: tuple[Path, dict[str, str]],
) -> None:
    repo, env = hook_repo
    shutil.copy(EXAMPLES / "discouraging-advice.md", repo / "headache.md")
    _git(repo, "add", ".")
    proc = _run(repo, env, "headache.md")
    assert proc.returncode == 1
    assert "Failed" in proc.stdout
    assert "headache.md:13:19: MED111 [error] discourages professional care" in proc.stdout
    assert "fix: Remove the discouragement" in proc.stdout


def test_hook_honours_the_configuration_exclude_for_files_pre_commit_names(
    hook_repo: tuple[Path, dict[str, str]],
) -> None:
    """pre-commit passes every file by name; --force-exclude in the hook applies the
    configuration's exclude to them, as it does when medlint walks a folder."""
    repo, env = hook_repo
    (repo / "drafts").mkdir(exist_ok=True)
    shutil.copy(EXAMPLES / "discouraging-advice.md", repo / "drafts" / "wip.md")
    (repo / ".medlint.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    _git(repo, "add", ".")
    proc = _run(repo, env, "drafts/wip.md")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout and "MED111" not in proc.stdout
    # The same article outside the excluded folder still fails.
    shutil.copy(EXAMPLES / "discouraging-advice.md", repo / "wip.md")
    _git(repo, "add", ".")
    proc = _run(repo, env, "drafts/wip.md", "wip.md")
    assert proc.returncode == 1
    assert "wip.md:13:19: MED111" in proc.stdout and "drafts/wip.md:" not in proc.stdout


def test_hook_definition_runs_serially_and_names_its_minimum_pre_commit() -> None:
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["entry"].split() == ["medlint", "check", "--force-exclude"]
    assert hook["require_serial"] is True
    assert tuple(map(int, hook["minimum_pre_commit_version"].split("."))) >= (2, 9, 0)
