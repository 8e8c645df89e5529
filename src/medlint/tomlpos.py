"""Where the keys of a TOML document sit, for error messages that name a line.

``tomllib`` keeps no positions, so a line scan finds table headers and ``key =`` lines;
multi-line strings and the keys inside inline tables are not followed (an error inside
``MED108 = {max_age = 3}`` names the line of ``MED108``, through :func:`yamlpos.nearest`).
"""

from __future__ import annotations

import re

from medlint.yamlpos import Path

_TABLE = re.compile(r"^[ \t]*\[\[?[ \t]*([^\]\n]+?)[ \t]*\]\]?[ \t]*(?:#.*)?$")
_KEY = re.compile(r"^[ \t]*((?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')(?:[ \t]*\.[ \t]*"
                  r"(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*'))*)[ \t]*=")  # fmt: skip
_KEY_PART = re.compile(r"[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*'")


def _key_path(raw: str) -> tuple[str, ...]:
    return tuple(part.strip("\"'") for part in _KEY_PART.findall(raw))


def positions(text: str) -> dict[Path, int]:
    """Offsets of keys and tables, as far as a line scan finds them (multi-line strings
    and inline tables are not followed)."""
    found: dict[Path, int] = {}
    table: tuple[str, ...] = ()
    offset = 0
    for line in text.split("\n"):
        if m := _TABLE.match(line):
            table = _key_path(m.group(1))
            found.setdefault(table, offset + m.start(1))
        elif m := _KEY.match(line):
            found.setdefault((*table, *_key_path(m.group(1))), offset + m.start(1))
        offset += len(line) + 1
    return found
