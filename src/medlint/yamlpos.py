"""Safe YAML loading that remembers where every key sits.

Dates stay strings (no timestamp resolver), so JSON Schema decides what a
valid date is; ``positions`` maps a key path such as ``("reviewedBy", "name")``
to its character offset, so errors can name the line of the offending key.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

Path = tuple[str | int, ...]


@dataclass
class Loaded:
    data: Any
    positions: dict[Path, int] = field(default_factory=dict)
    duplicates: list[tuple[str, int]] = field(default_factory=list)


class YamlError(ValueError):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def _line_offsets(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


# The most nodes a document may hold once its aliases are expanded. A 363-byte "billion
# laughs" front matter expands to 10^9 nodes; the largest shipped data file has ~5,000.
MAX_NODES = 200_000
# The deepest nesting accepted (the composer and every consumer recurse).
MAX_DEPTH = 200


def load(text: str) -> Loaded:
    """Parse YAML safely, with key positions. Raises :class:`YamlError`, also for documents
    whose aliases expand beyond :data:`MAX_NODES` values or that nest too deeply. PyYAML
    is imported here, on the first document parsed (medlint.yamlparse): a fully cached
    run parses none."""
    from medlint import yamlparse

    return yamlparse.load(text)


def nearest(positions: dict[Path, int], path: Path) -> int:
    """Offset of the deepest known prefix of ``path`` (the document start if none)."""
    for cut in range(len(path), -1, -1):
        if path[:cut] in positions:
            return positions[path[:cut]]
    return 0


def safe_load(text: str) -> Any:
    """The data of a YAML document, with the same limits as :func:`load`."""
    return load(text).data


def lines(text: str, positions: dict[Path, int]) -> dict[Path, int]:
    """``positions`` (character offsets in ``text``) as 1-based line numbers."""
    starts = _line_offsets(text)
    return {path: bisect.bisect_right(starts, at) for path, at in positions.items()}
