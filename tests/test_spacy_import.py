"""Importing spaCy without its command line (medlint.spacy_import), in fresh processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from medlint.spacy_import import _spacy_folder, light_import_is_safe

from .conftest import EXAMPLES

LIGHT = """
import json, sys
from medlint.spacy_import import import_spacy
spacy = import_spacy()
heavy = sorted(m for m in ("spacy.cli", "typer", "weasel", "requests", "httpx") if m in sys.modules)
from spacy.lang.en import English
light = English()
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
tokens = [[(t.text, t.idx, t.like_num) for t in light(text)] for text in texts]
blank = spacy.blank("en")
same = tokens == [[(t.text, t.idx, t.like_num) for t in blank(text)] for text in texts]
version = spacy.info(silent=True)["spacy_version"]
import spacy.cli
print(json.dumps({"heavy": heavy, "same": same, "version": version,
                  "download": hasattr(spacy.cli, "download")}))
"""


def python(code: str, *args: str, path: str | None = None) -> str:
    env = None
    if path is not None:
        import os

        env = {**os.environ, "PYTHONPATH": path}
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_spacy_imports_without_its_command_line_and_tokenizes_the_same() -> None:
    articles = [str(p) for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".md", ".html", ".txt")]
    result = json.loads(python(LIGHT, *articles))
    assert result["heavy"] == []  # nothing of spaCy's command line was imported
    assert result["same"]  # English() tokenizes as spacy.blank("en") does
    # spacy.info and spacy.cli still work: the real command line, imported on use.
    assert result["version"] and result["download"]


def test_the_installed_spacy_is_verified_for_the_light_import() -> None:
    # When a spaCy upgrade turns the light import off, this says so (the hook gets slower).
    folder = _spacy_folder()
    assert folder is not None and light_import_is_safe(folder)


def fake_spacy(root: Path, init: str, version: str = "3.8.0") -> Path:
    package = root / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "about.py").write_text(f'__version__ = "{version}"\n')
    (package / "__init__.py").write_text(init)
    (package / "cli" / "__init__.py").write_text("REAL = True\n")
    (package / "cli" / "info.py").write_text("def info(*args, **kwargs):\n    return 'real'\n")
    return package


def test_the_light_import_is_used_only_where_checked(tmp_path: Path) -> None:
    good = "from .cli.info import info\n"
    assert light_import_is_safe(fake_spacy(tmp_path / "a", good))
    assert not light_import_is_safe(fake_spacy(tmp_path / "b", good, version="3.9.0"))
    assert not light_import_is_safe(fake_spacy(tmp_path / "c", good, version="2.3.0"))
    for other in (
        good + "from .cli import download\n",
        good + "from . import cli\n",
        good + "import spacy.cli\n",
        good + "from spacy.cli import app\n",
        good + "from .cli.info import info, other\n",
        good + "def f():\n    return cli.app\n",
        "x = 1\n",
    ):
        assert not light_import_is_safe(fake_spacy(tmp_path / str(hash(other)), other)), other


def test_a_failed_light_import_falls_back_to_the_plain_one(tmp_path: Path) -> None:
    # A spaCy whose __init__ passes the check but needs the real spacy.cli while it runs.
    init = (
        "from .cli.info import info\n"
        "import sys\n"
        "if not getattr(sys.modules.get('spacy.cli'), 'REAL', False):\n"
        "    raise ImportError('needs the real command line')\n"
    )
    fake_spacy(tmp_path, init)
    code = (
        "from medlint.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "import spacy.cli\n"
        "print(spacy.info(), spacy.cli.REAL)\n"
    )
    src = str(Path(__file__).resolve().parent.parent / "src")
    assert python(code, path=f"{tmp_path}:{src}").split() == ["real", "True"]


def test_a_markdown_check_imports_no_html_machinery_and_no_spacy_cli(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Leg cramps\n\nStretch the calf. Turmeric cures arthritis.\n")
    code = (
        "import sys, datetime\n"
        "from medlint.engine import Linter, Options\n"
        "linter = Linter(Options(today=datetime.date(2026, 1, 1)))\n"
        f"result, _ = linter.lint_file({str(article)!r})\n"
        "assert any(v.code == 'MED201' for v in result.violations), result\n"
        "print(sorted(m for m in ('html5lib', 'medlint.parsing.html', 'spacy.cli', 'typer')"
        " if m in sys.modules))\n"
    )
    assert python(code).strip() == "[]"
