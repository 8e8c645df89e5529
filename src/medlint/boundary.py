"""The project root, and the one rule for symbolic links: never follow a link out of it.

The project root is the folder of the configuration file (when it lies inside the git
work tree around the current folder, if there is one), else the top of that work tree,
else the current folder. A path inside the root that is,
or passes through, a symbolic link whose target lies outside the root (or loops) is not
read, not fixed and not loaded as a rule pack: discovery, the engine, ``--fix`` and the
pack loader all ask :func:`escapes` (docs/ci.md, "Security model"). A path the user names
outside the root is the user's own choice and is used as named.
"""

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
    else the current folder. A configuration outside that work tree (one pinned from the
    base branch with --config, or found above the checkout) never widens the root."""
    here = Path(os.path.realpath(cwd or Path.cwd()))
    top = git_top(here)
    if config_path is not None:
        folder = Path(os.path.realpath(config_path)).parent
        if top is None or within(folder, top):
            return folder
    return top or here


def within(path: str | Path, folder: str | Path) -> bool:
    path, folder = os.fspath(path), os.fspath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def escapes(path: str | Path, root: Path) -> str | None:
    """Why ``path`` must not be read or written (a link out of ``root``, or a link loop), or
    None. Paths that do not exist are left to the reader, which reports them."""
    absolute = os.path.abspath(path)
    root_real = _real_folder(os.fspath(root))
    if not (within(absolute, os.path.abspath(root)) or within(absolute, root_real)):
        return None  # named outside the root by the user
    try:
        if stat.S_ISLNK(os.lstat(absolute).st_mode):
            real = os.path.realpath(absolute, strict=True)
        else:  # one lstat per file; each folder is resolved once per run
            real = os.path.join(_real_folder(os.path.dirname(absolute)), os.path.basename(absolute))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a symbolic link loop; not read"
        return None
    if within(real, root_real):
        return None
    return (
        f"is a symbolic link (or lies under one) that points outside the project root "
        f"{root_real}; not read"
    )


@lru_cache(maxsize=4096)
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


def outside(path: str | Path, root: Path) -> bool:
    """True if ``path``, links resolved, does not lie under ``root`` (for rule packs, which
    must live in the project whatever the path names)."""
    return not within(os.path.realpath(path), os.path.realpath(root))
