"""Access to the shipped rule packs and schemas, installed or editable.

``rules/`` and ``schemas/`` live at the top of the repository and are the single
source of truth; the package reaches them through the ``_rules`` and
``_schemas`` links, which the wheel build turns into real files. Always read
through :mod:`importlib.resources`, never relative to the working directory.
"""

from __future__ import annotations

import json
import os
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any


def rules_root() -> Traversable:
    return files("medlint") / "_rules"


def schemas_root() -> Traversable:
    return files("medlint") / "_schemas"


@cache
def schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((schemas_root() / name).read_text(encoding="utf-8"))
    return data


def walk(root: Traversable, suffix: str = ".yaml") -> list[Traversable]:
    """Files under ``root`` (recursively) ending in ``suffix``, in a stable order. A
    folder reached twice through symbolic links (a loop such as ``pack/self -> ..``) is
    walked once."""
    found: list[Traversable] = []
    seen: set[str] = set()

    def visit(folder: Traversable) -> None:
        if isinstance(folder, os.PathLike):
            real = os.path.realpath(folder)
            if real in seen:
                return
            seen.add(real)
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir():
                visit(entry)
            elif entry.name.endswith(suffix) and entry.is_file():
                found.append(entry)

    visit(root)
    return found
