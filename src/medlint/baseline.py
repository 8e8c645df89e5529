"""A baseline lets CI gate only new violations on a legacy backlog.

``medlint check --write-baseline FILE`` records today's violations; ``--baseline FILE``
reports only violations that are not in it. Entries are keyed by path (relative to the
baseline file), rule and a hash of the matched text (or of the message without numbers,
for something missing), never by line, so editing an unrelated paragraph does not bring
old findings back. Each entry has a count: two identical findings need two entries' worth.
Entries whose findings are gone are reported as removable.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from medlint.discovery import relative_to
from medlint.model import FileResult, RunResult
from medlint.reporters.common import content_key

FORMAT_VERSION = 1


class BaselineError(ValueError):
    pass


Key = tuple[str, str, str]  # (path, code, content hash)


def _path(path: str, base: Path) -> str:
    return relative_to(path, base) or Path(path).resolve().as_posix()


def _keys(file: FileResult, base: Path) -> list[Key]:
    path = _path(file.path, base)
    return [
        (path, v.code, hashlib.sha256(content_key(v).encode()).hexdigest()[:16])
        for v in file.violations
    ]


def render(result: RunResult, baseline_path: Path, never: frozenset[str]) -> str:
    """The baseline of a run's violations, except those of the rules in ``never``: a file
    medlint could not read is never hidden by a baseline, so a committed entry cannot make
    an unreadable (or swapped-for-a-FIFO) article pass."""
    counts: Counter[Key] = Counter(
        k for f in result.files for k in _keys(f, baseline_path.parent) if k[1] not in never
    )
    entries = [
        {"path": p, "code": c, "hash": h, "count": n} for (p, c, h), n in sorted(counts.items())
    ]
    lines = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in entries)
    body = f"\n{lines}\n  " if entries else ""
    return (
        "{\n"
        f'  "medlint_baseline": {FORMAT_VERSION},\n'
        f'  "tool_version": {json.dumps(result.version)},\n'
        f'  "entries": [{body}]\n'
        "}\n"
    )


MAX_COUNT = 1_000_000


def load(path: Path) -> Counter[Key]:
    """Read and validate a baseline; every problem is a :class:`BaselineError` naming the
    file (and the entry), never a traceback."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise BaselineError(f"{path}: not a medlint baseline (nested too deeply)") from None
    if not isinstance(data, dict) or data.get("medlint_baseline") != FORMAT_VERSION:
        raise BaselineError(f"{path}: not a medlint baseline (version {FORMAT_VERSION})")
    entries = data.get("entries", [])
    if not isinstance(entries, list):
        raise BaselineError(f"{path}: 'entries' must be a list")
    counts: Counter[Key] = Counter()
    for i, entry in enumerate(entries):
        fields = (
            [entry.get(k) for k in ("path", "code", "hash", "count")]
            if isinstance(entry, dict)
            else []
        )
        where, code, digest, count = fields if len(fields) == 4 else (None, None, None, None)
        if not (isinstance(where, str) and isinstance(code, str) and isinstance(digest, str)):
            raise BaselineError(
                f"{path}: entry {i + 1} needs path, code and hash (strings) and count"
            )
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
            raise BaselineError(
                f"{path}: entry {i + 1}: count must be a whole number from 1 to {MAX_COUNT:,}, "
                f"not {json.dumps(count)[:40]}"
            )
        counts[(where, code, digest)] += count
    return counts


@dataclass(frozen=True)
class Applied:
    result: RunResult
    baselined: int
    removable: tuple[Key, ...]


def apply(
    result: RunResult, baseline: Counter[Key], baseline_path: Path, never: frozenset[str]
) -> Applied:
    """Subtract the baseline from a run's violations (never those of the rules in ``never``)."""
    remaining = Counter(baseline)
    files = []
    baselined = 0
    for file in result.files:
        kept = []
        for violation, key in zip(file.violations, _keys(file, baseline_path.parent), strict=True):
            if violation.code not in never and remaining[key] > 0:
                remaining[key] -= 1
                baselined += 1
            else:
                kept.append(violation)
        files.append(dataclasses.replace(file, violations=tuple(kept)))
    linted = {_path(f.path, baseline_path.parent) for f in result.files}
    removable = tuple(sorted(k for k, n in remaining.items() if n > 0 and k[0] in linted))
    return Applied(dataclasses.replace(result, files=tuple(files)), baselined, removable)
