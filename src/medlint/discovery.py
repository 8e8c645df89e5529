"""Find the article files under the paths a user names."""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from medlint.boundary import git_top, within
from medlint.parsing import SUFFIXES

SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox",
             ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages"}  # fmt: skip


def relative_to(path: str, root: Path) -> str | None:
    """``path`` relative to ``root`` with '/' separators, or None if it lies outside."""
    try:  # realpath, unlike Path.resolve, does not raise on a link loop
        return Path(os.path.realpath(path)).relative_to(os.path.realpath(root)).as_posix()
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


@dataclass(frozen=True)
class Skipped:
    """A folder discovery could not walk, reported as MED900 naming it."""

    path: str
    reason: str


@dataclass(frozen=True)
class Found:
    files: tuple[str, ...]
    skipped: tuple[Skipped, ...] = ()


def git_visible(top: Path, folder: Path) -> set[str] | None:
    """Absolute paths under ``folder`` that the real repository at ``top`` lints: every
    tracked file, and untracked files its ignore rules do not exclude. None without git.

    git is pointed at ``top/.git`` explicitly (no repository discovery, so fake git files
    committed inside a linted folder are never taken for a repository) with the file
    system monitor off; tracked files are listed whatever a .gitignore says."""
    if shutil.which("git") is None:
        return None
    env = {**os.environ, "GIT_DIR": str(top / ".git"), "GIT_WORK_TREE": str(top)}
    env["GIT_LITERAL_PATHSPECS"] = "1"  # a folder named ':(glob)*' is just a name
    env.pop("GIT_INDEX_FILE", None)
    relative = os.path.relpath(folder, top)
    try:
        proc = subprocess.run(
            ["git", "-c", "core.fsmonitor=false", "-c", "core.quotePath=false", "ls-files",
             "-z", "--cached", "--others", "--exclude-standard", "--", relative],
            capture_output=True, cwd=top, env=env, timeout=120, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0:
        return None
    prefix = os.path.join(os.fsdecode(top), "")
    return {prefix + os.fsdecode(p) for p in proc.stdout.split(b"\0") if p}


def _walk(
    path: Path, include: Sequence[str], exclude: Sequence[str], base: Path
) -> tuple[list[tuple[str, str]], list[Skipped]]:
    """(path as walked, real path) of the wanted files under ``path``, and the folders
    that could not be read. Links to folders are not followed."""
    found: list[tuple[str, str]] = []
    skipped: list[Skipped] = []

    def unreadable(exc: OSError) -> None:
        where = str(exc.filename or path)
        reason = f"folder cannot be read ({exc.strerror or exc}); its files were not checked"
        skipped.append(Skipped(where, reason))

    real_root = os.path.realpath(path)
    for folder, dirs, files in os.walk(path, onerror=unreadable):
        real_folder = real_root + folder[len(str(path)) :]
        dirs[:] = sorted(
            d
            for d in dirs
            if d not in SKIP_DIRS
            and not d.startswith(".")
            and not (exclude and _matches(_relative(os.path.join(folder, d), base), exclude))
        )
        for name in files:
            full = os.path.join(folder, name)
            wanted = (
                _matches(_relative(full, base), include)
                if include
                else name.lower().endswith(SUFFIXES)
            )
            if wanted and not (exclude and _matches(_relative(full, base), exclude)):
                found.append((full, os.path.join(real_folder, name)))
    return found, skipped


def _not_ignored(found: list[tuple[str, str]], walked: Path) -> list[str]:
    """Drop the files the real repositories (the work tree around ``walked``, and any
    nested one) ignore; outside a repository or without git nothing is dropped."""
    by_top: dict[Path | None, list[tuple[str, str]]] = {}
    tops: dict[str, Path | None] = {}
    for shown, real in found:
        folder = os.path.dirname(real)
        if folder not in tops:
            tops[folder] = git_top(Path(folder))
        by_top.setdefault(tops[folder], []).append((shown, real))
    kept: list[str] = []
    real_walked = Path(os.path.realpath(walked))
    for top, files in by_top.items():
        visible = None
        if top is not None:
            visible = git_visible(top, real_walked if within(real_walked, top) else top)
        kept += [shown for shown, real in files if visible is None or real in visible]
    return kept


def walk(
    paths: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    root: Path | None = None,
    gitignore: bool = True,
    force_exclude: bool = False,
) -> Found:
    """Files to lint, in a stable order, and the folders that could not be read. Named
    files are always linted (whatever their suffix or the excludes); folders are walked for
    `include` globs (default: .md, .markdown, .html, .htm, .txt), skipping `exclude` globs
    and what the real git repository ignores (tracked files are never skipped). A path
    that does not exist is kept as is, so the engine reports it. With ``force_exclude``
    (as ruff's ``--force-exclude``; pre-commit names every file), the `exclude` globs apply
    to named files too."""
    base = root or Path.cwd()
    seen: set[str] = set()
    files: list[str] = []
    skipped: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, problems = _walk(path, include, exclude, base)
            skipped += problems
            candidates = sorted(
                _not_ignored(found, path) if gitignore else [shown for shown, _ in found]
            )
        elif force_exclude and exclude and _matches(_relative(raw, base), exclude):
            candidates = []
        else:
            candidates = [raw]
        for candidate in candidates:
            key = os.path.normpath(candidate)
            if key not in seen:
                seen.add(key)
                files.append(candidate)
    return Found(tuple(files), tuple(skipped))


def discover(
    paths: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    root: Path | None = None,
    gitignore: bool = True,
    force_exclude: bool = False,
) -> Iterator[str]:
    """The files of :func:`walk`."""
    yield from walk(paths, include, exclude, root, gitignore, force_exclude).files
