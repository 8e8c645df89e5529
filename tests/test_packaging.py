"""Install instructions and CI entry point: they install *this* project and run the
README's test command (no network: the files are read, nothing is installed)."""

from __future__ import annotations

import re
import tomllib

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")}


def _commands(markdown: str) -> list[str]:
    blocks = re.findall(r"```(?:sh|bash|yaml)?\n(.*?)```", markdown, re.S)
    return [line.strip() for block in blocks for line in block.splitlines()]


def test_ci_run_runs_the_readme_test_command_verbatim() -> None:
    test_command = next(c for c in _commands(README) if c.endswith("&& pytest"))
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert script[-1] == test_command
    # The browser is installed by the script, visibly, never by the tests.
    assert any("apt-get install -y chromium chromium-driver" in line for line in script)


def test_the_distribution_name_is_not_the_unrelated_medlint_on_pypi() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "medlint-health"
    assert project["scripts"] == {"medlint": "medlint.cli:main"}


def _requirements(arguments: str) -> list[str]:
    """What a `pip install` line installs (options and their values left out)."""
    words = arguments.split()
    wanted = []
    i = 0
    while i < len(words):
        if words[i] in ("--group", "-r", "-c") or (
            words[i] in ("-U", "--upgrade") and words[i + 1 : i + 2] == ["pip"]
        ):
            i += 2
            continue
        if not words[i].startswith("-"):
            wanted.append(words[i].strip("'\""))
        i += 1
    return wanted


def test_no_install_line_installs_the_other_project() -> None:
    """`pip install medlint` (bare, from the index) installs a medical-imaging tool."""
    found = 0
    for name, text in {"README.md": README, **DOCS}.items():
        for command in _commands(text):
            for arguments in re.findall(r"pip install([^&#|;]+)", command):
                for requirement in _requirements(arguments):
                    found += 1
                    project = requirement.partition("[")[0]  # an extra: '.[dask]'
                    assert project in (".", "medlint-health") or requirement.startswith(
                        ("git+https://github.com/medlint-health/medlint@v", "medlint-health==")
                    ), f"{name}: {command}"
    assert found >= 3


def test_pre_commit_rev_in_the_docs_is_the_package_version() -> None:
    from medlint import __version__

    revs = re.findall(r"rev: (\S+)", DOCS["ci.md"])
    assert revs and all(rev == f"v{__version__}" for rev in revs)
