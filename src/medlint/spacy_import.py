"""Import spaCy without its command line.

``import spacy`` runs ``from .cli.info import info``, and importing ``spacy.cli`` imports
every spaCy command (typer, weasel, requests, httpx, rich, jinja2 ...): about 30% of the
import, none of which medlint uses (docs/architecture.md, "Decisions", measured figures).
:func:`import_spacy` imports spaCy with two placeholder modules standing in for
``spacy.cli`` and ``spacy.cli.info`` while spaCy's ``__init__`` runs, then removes them:
afterwards ``spacy.info`` is a function that imports the real command on first use, and
``import spacy.cli`` imports the real package as usual.

It is used only where it has been checked to be safe: spaCy's own ``__init__.py`` (read,
not run) must import nothing from ``.cli`` but ``from .cli.info import info``, and
spaCy's version must lie in ``VERIFIED``. Otherwise, or when medlint runs in a process
that has already imported spaCy, it is a plain ``import spacy``. If the light import
fails anyway, spaCy's partly imported modules are dropped and the plain import runs.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

VERIFIED = ((3, 7), (3, 9))  # spaCy versions >= 3.7 and < 3.9 (tests/test_spacy_import.py)
_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


def import_spacy() -> ModuleType:
    """The ``spacy`` module, imported without ``spacy.cli`` when that is known safe."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    folder = _spacy_folder()
    if folder is None or not light_import_is_safe(folder):
        return importlib.import_module("spacy")
    cli = ModuleType(_CLI, "placeholder: spaCy's command line, not imported by medlint")
    cli.__path__ = [str(folder / "cli")]
    info = ModuleType(_INFO, "placeholder: see medlint.spacy_import")
    info.info = _info  # type: ignore[attr-defined]
    placeholders = {_CLI: cli, _INFO: info}
    sys.modules.update(placeholders)
    try:
        spacy = importlib.import_module("spacy")
    except Exception:
        _forget_spacy()
        return importlib.import_module("spacy")
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli
    return spacy


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real command, imported on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _spacy_folder() -> Path | None:
    try:
        spec = importlib.util.find_spec("spacy")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def light_import_is_safe(folder: Path) -> bool:
    """Whether spaCy in ``folder`` is a verified version whose ``__init__`` uses nothing
    from ``.cli`` but ``info`` (read from the source, without importing it)."""
    try:
        about = (folder / "about.py").read_text(encoding="utf-8")
        source = (folder / "__init__.py").read_text(encoding="utf-8")
        tree = ast.parse(source)
    except (OSError, SyntaxError, ValueError):
        return False
    found = re.search(r"""__version__\s*=\s*["'](\d+)\.(\d+)""", about)
    if found is None or not VERIFIED[0] <= (int(found[1]), int(found[2])) < VERIFIED[1]:
        return False
    uses = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module is not None:
            if node.module == "cli" or node.module.startswith("cli."):
                uses.append((node.module, tuple(a.name for a in node.names)))
        elif _reaches_cli(node):
            return False
    return uses == [("cli.info", ("info",))]


def _reaches_cli(node: ast.AST) -> bool:
    """Any other way for spaCy's ``__init__`` to reach ``spacy.cli``."""
    if isinstance(node, ast.ImportFrom):
        module = node.module or ""
        if (node.level == 0 and module == "spacy") or (node.level == 1 and not module):
            return any(a.name == "cli" for a in node.names)  # from . import cli
        return node.level == 0 and (module == _CLI or module.startswith(_CLI + "."))
    if isinstance(node, ast.Import):
        return any(a.name == _CLI or a.name.startswith(_CLI + ".") for a in node.names)
    if isinstance(node, ast.Name):
        return node.id == "cli"
    return isinstance(node, ast.Attribute) and node.attr == "cli"


def _forget_spacy() -> None:
    for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
        del sys.modules[name]
