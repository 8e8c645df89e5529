"""Find the article files under the paths a user names."""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path

from medlint.parsing import SUFFIXES

SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox",
             ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages"}  # fmt: skip


def relative_to(path: str, root: Path) -> str | None:
    """``path`` relative to ``root`` with '/' separators, or None if it lies outside."""
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def _relative(path: str, root: Path) -> str:
    return relative_to(path, root) or Path(path).as_posix()


def _matches(relative: str, globs: Sequence[str]) -> bool:
    """A glob matches the path, its file name, or any of its parent folders."""
    parts = relative.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(
        fnmatch.fnmatch(relative, g)
        or fnmatch.fnmatch(parts[-1], g)
        or any(fnmatch.fnmatch(p, g.rstrip("/")) for p in prefixes)
        for g in globs
    )


def git_ignored(paths: Sequence[str], cwd: Path) -> set[str]:
    """The paths git ignores (.gitignore, .git/info/exclude, global excludes); none outside a
    git work tree or without git."""
    if not paths or shutil.which("git") is None:
        return set()
    try:
        proc = subprocess.run(
            ["git", "check-ignore", "--no-index", "-z", "--stdin"],
            # bytes, so a file name that is not valid UTF-8 round-trips (os.fsencode)
            input=b"\0".join(os.fsencode(p) for p in paths),
            capture_output=True,
            cwd=cwd,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return set()
    return {os.fsdecode(p) for p in proc.stdout.split(b"\0") if p}


def discover(
    paths: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    root: Path | None = None,
    gitignore: bool = True,
) -> Iterator[str]:
    """Files to lint, in a stable order. Named files are always linted (whatever their
    suffix or the excludes); folders are walked for `include` globs (default: .md,
    .markdown, .html, .htm, .txt), skipping `exclude` globs and what git ignores. A path
    that does not exist is yielded as is, so the engine reports it."""
    base = root or Path.cwd()
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(
                    d
                    for d in dirs
                    if d not in SKIP_DIRS
                    and not d.startswith(".")
                    and not (
                        exclude and _matches(_relative(os.path.join(folder, d), base), exclude)
                    )
                )
                for name in files:
                    full = os.path.join(folder, name)
                    wanted = (
                        _matches(_relative(full, base), include)
                        if include
                        else name.lower().endswith(SUFFIXES)
                    )
                    if wanted and not (exclude and _matches(_relative(full, base), exclude)):
                        found.append(full)
            if gitignore:
                absolute = {str(Path(f).resolve()): f for f in found}
                ignored = git_ignored(list(absolute), path)
                found = [f for a, f in absolute.items() if a not in ignored]
            candidates = sorted(found)
        else:
            candidates = [raw]
        for candidate in candidates:
            key = os.path.normpath(candidate)
            if key not in seen:
                seen.add(key)
                yield candidate
