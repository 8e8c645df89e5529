"""The project root, and the one rule for symbolic links: never follow a link out of it.

The project root is the folder of the configuration file, else the top of the git work
tree around the current folder, else the current folder. A path inside the root that is,
or passes through, a symbolic link whose target lies outside the root (or loops) is not
read, not fixed and not loaded as a rule pack: discovery, the engine, ``--fix`` and the
pack loader all ask :func:`escapes` (docs/ci.md, "Security model"). A path is held to
the git work tree it lies in when that is narrower than the root (so a configuration kept
above or beside a checkout never opens the checkout's links); a path outside both is used
as the user named it."""

from __future__ import annotations

import errno
import os
import stat
from functools import lru_cache
from pathlib import Path


def git_top(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` holding a ``.git`` entry: a real work tree,
    since git refuses to commit or check out a path named ``.git``."""
    folder = Path(os.path.realpath(start))
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate / ".git"):
            return candidate
    return None


def project_root(config_path: Path | None, cwd: Path | None = None) -> Path:
    """The configuration file's folder, else the git work tree top of the current folder,
    else the current folder."""
    if config_path is not None:
        return Path(os.path.realpath(config_path)).parent
    here = Path(os.path.realpath(cwd or Path.cwd()))
    return git_top(here) or here


def within(path: str | Path, folder: str | Path) -> bool:
    path, folder = os.fspath(path), os.fspath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def escapes(path: str | Path, root: Path) -> str | None:
    """Why ``path`` must not be read or written (a link out of ``root``, or a link loop), or
    None. Paths that do not exist are left to the reader, which reports them."""
    absolute = os.path.abspath(path)
    limit = _limit(absolute, root)
    if limit is None:
        return None  # named by the user outside the root and any work tree
    try:
        if stat.S_ISLNK(os.lstat(absolute).st_mode):
            real = os.path.realpath(absolute, strict=True)
        else:  # one lstat per file; each folder is resolved once per run
            real = os.path.join(_real_folder(os.path.dirname(absolute)), os.path.basename(absolute))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a symbolic link loop; not read"
        return None
    if within(real, limit):
        return None
    return (
        f"is a symbolic link (or lies under one) that points outside the project root "
        f"{limit}; not read"
    )


def _limit(absolute: str, root: Path) -> str | None:
    """The folder ``absolute`` must stay in: the git work tree it lies in when the project
    root does not hold it or holds that whole work tree (a configuration above or beside a
    checkout), else the project root; none outside both."""
    root_real = _real_folder(os.fspath(root))
    in_root = within(absolute, os.path.abspath(root)) or within(absolute, root_real)
    top = _work_tree(os.path.dirname(absolute))
    if top is not None and (not in_root or within(top, root_real)):
        return top
    return root_real if in_root else None


@lru_cache(maxsize=4096)
def _work_tree(folder: str) -> str | None:
    top = git_top(Path(folder))
    return None if top is None else str(top)


@lru_cache(maxsize=4096)
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


def outside(path: str | Path, root: Path) -> bool:
    """True if ``path``, links resolved, does not lie under ``root`` (for rule packs, which
    must live in the project whatever the path names)."""
    return not within(os.path.realpath(path), os.path.realpath(root))
