"""Shared fixtures. Tests are deterministic: "today" is always injected."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from medlint.engine import Linter, Options
from medlint.model import FileResult

ROOT = Path(__file__).resolve().parent.parent


def load_script(path: Path, name: str | None = None) -> ModuleType:
    """A script (under benchmarks/ or tools/) imported by its path as module ``name`` (its
    file's stem by default), registered in ``sys.modules`` because dataclasses look their
    module up there."""
    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = dt.date(2026, 11, 21)
# The seeds and corpus live beside the repository (../shared); tests that need them
# skip with a clear reason when it is absent, and copies of small fixtures are in tests/.
SHARED = Path(os.environ.get("MEDLINT_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"


def corpus_paths(n: int, seed: int) -> list[Path]:
    """``n`` corpus articles drawn with ``random.Random(seed)`` (none when the corpus is absent):
    the fast-path tests compare their scans with the plain ones on these."""
    if not CORPUS.is_dir():
        return []
    paths = sorted(CORPUS.rglob("*.md"))
    return random.Random(seed).sample(paths, min(n, len(paths)))


def corpus_texts(n: int, seed: int) -> list[str]:
    """The texts of ``corpus_paths(n, seed)``."""
    return [p.read_text(encoding="utf-8", errors="replace") for p in corpus_paths(n, seed)]


@pytest.fixture(autouse=True, scope="session")
def _user_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The default result cache and its key live in the user's cache folder: the tests use
    a temporary one, never the real ~/.cache."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    os.environ.pop("MEDLINT_CACHE_KEY", None)


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter(Options(today=TODAY))


@pytest.fixture(scope="session")
def inspector(tmp_path_factory: pytest.TempPathFactory) -> Linter:
    """The Linter `medlint inspect` builds for a page in a folder with no configuration,
    built once for the tests that inspect many one-page folders (a build costs a second)."""
    from medlint.invocation import LintArgs, linter_of

    page = tmp_path_factory.mktemp("pages") / "page.md"
    return linter_of(LintArgs((str(page),), today=TODAY.isoformat(), jobs=1, no_cache=True))


def title_topics(inspector: Linter, folder: Path, title: str) -> list[str]:
    """The topics `medlint inspect` finds on a page with ``title`` and one plain sentence
    (what the command calls, with the shared Linter)."""
    from medlint.inspection import inspect_file

    page = titled_page(folder, title)
    return [t["id"] for t in inspect_file(str(page), inspector, TODAY)["topics"]]


def titled_page(folder: Path, title: str) -> Path:
    page = folder / "page.md"
    page.write_text(f"# {title}\n\nThis page explains the topic in plain words for readers.\n")
    return page


def cli(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """Run the medlint command line in-process: (exit code, stdout, stderr)."""
    from click.testing import CliRunner

    from medlint.cli import main

    result = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def codes(result: object) -> list[str]:
    return [v.code for v in result.violations]  # type: ignore[attr-defined]


# Shared by the shape tests (test_web_shapes*.py, test_redflags_*.py): lint a short text in
# process, with no crash, and read the findings.


@pytest.fixture(scope="module")
def rf() -> Linter:
    """A Linter of the two red-flag rules only, its matchers built."""
    linter = Linter(Options(today=TODAY, select=("MED109", "MED112")))
    linter.ensure_compiled()
    return linter


def lint(linter: Linter, text: str) -> FileResult:
    result, crashes = linter.lint_text("a.md", text)
    assert crashes == 0
    return result


def fired(linter: Linter, code: str, body: str, title: str = "Health information") -> list[str]:
    """The messages of rule ``code`` on ``body`` under an H1 ``title``."""
    result = lint(linter, f"# {title}\n\n{body}\n")
    return [v.message for v in result.violations if v.code == code]


def rule_linter(code: str, **given: object) -> Linter:
    """A Linter of rule ``code`` only, with its options ``given`` (``rule_options``)."""
    return Linter(
        Options(
            today=TODAY,
            select=(code,),
            rule_options=tuple((code, k, v) for k, v in given.items()),
        )
    )


def messages(result: FileResult) -> list[str]:
    return [f"{v.code} {v.message}" for v in result.violations]


def asked(result: FileResult, words: str) -> bool:
    return any(words in m for m in messages(result))


# WordNet as Debian's wordnet-base installs it: the build-time source of the generated word
# lists (tools/wordnet_lexicons.py, tools/wordnet_senses.py); absent on CI, where the tests
# that regenerate a list skip.
WORDNET = Path("/usr/share/wordnet")


def generator_check(tool: str) -> tuple[int, str]:
    """Run ``tools/<tool> --check`` against WordNet: (exit status, output) - 0 when the
    committed word list is exactly what the tool generates."""
    script = Path(__file__).parent.parent / "tools" / tool
    done = subprocess.run(
        [sys.executable, str(script), "--check", "--wordnet", str(WORDNET)],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode, done.stdout
