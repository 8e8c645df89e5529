"""The built wheel carries rules/ and schemas/ and works from anywhere.

Builds the wheel, installs it (without dependencies) into a fresh virtual
environment that borrows this environment's dependencies, and lints the
examples from another directory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel, both built from the source tree by one run of `build`."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--sdist",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    return next(dist.glob("medlint_health-*.whl"))


def test_wheel_contains_rules_and_schemas(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped_rules = sorted(
        p.relative_to(ROOT).as_posix() for p in (ROOT / "rules").rglob("*") if p.is_file()
    )
    shipped_schemas = sorted(p.name for p in (ROOT / "schemas").glob("*.json"))
    assert (
        sorted(
            n.replace("medlint/_rules/", "rules/") for n in names if n.startswith("medlint/_rules/")
        )
        == shipped_rules
    )
    assert (
        sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("medlint/_schemas/"))
        == shipped_schemas
    )


def test_wheel_carries_the_licence_and_the_typing_marker(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    assert "medlint/py.typed" in names
    licences = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    assert len(licences) == 1
    assert archive.read(licences[0]) == (ROOT / "LICENSE").read_bytes()
    assert b"MIT License" in archive.read(licences[0])
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    headers = archive.read(metadata).decode("utf-8").split("\n\n", 1)[0].splitlines()
    assert "Name: medlint-health" in headers
    assert "License-Expression: MIT" in headers
    assert "License-File: LICENSE" in headers
    for version in ("3.11", "3.12", "3.13"):
        assert f"Classifier: Programming Language :: Python :: {version}" in headers
    assert any(h.startswith("Project-URL: Repository, https://") for h in headers)
    # Development tools are a dependency group, not a published extra; the one extra is
    # Dask (--scheduler, docs/scaling.md).
    assert [h for h in headers if h.startswith("Provides-Extra:")] == ["Provides-Extra: dask"]
    assert any(
        h.startswith("Requires-Dist: distributed") and "extra == 'dask'" in h for h in headers
    )


def test_sdist_carries_the_licence(dist: Path) -> None:
    sdist = next(dist.glob("medlint_health-*.tar.gz"))
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"LICENSE", "src/medlint/py.typed", "README.md"} <= names


def test_installed_wheel_lints_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)  # no ensurepip: pip is not needed inside
    python = env_dir / "bin" / "python"
    subprocess.run(  # this environment's pip installs into the fresh one (pip >= 22.3)
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # Borrow the dependencies (spaCy, click, ...) of the running environment, not medlint.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "borrowed-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    where = subprocess.run(
        [str(python), "-c", "import medlint; print(medlint.__file__)"],
        cwd=elsewhere,
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    assert where.stdout.startswith(str(env_dir))
    rules = subprocess.run(
        [str(env_dir / "bin" / "medlint"), "rules"],
        cwd=elsewhere,
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    assert len(rules.stdout.splitlines()) == len(list((ROOT / "rules" / "core").glob("*.yaml")))
    check = subprocess.run(
        [str(env_dir / "bin" / "medlint"), "check", str(EXAMPLES), "--today", "2026-11-21"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env=env,
    )
    assert check.returncode == 1, check.stderr
    assert "MED109" in check.stdout and "MED111" in check.stdout
