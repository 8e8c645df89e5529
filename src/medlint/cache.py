"""A content-hash cache of per-file results, so unchanged files are not re-analysed.

An entry is a file's day-independent analysis (medlint.daily.Analysed: placed findings,
some valid only in a window of days, and the suppression directives); the engine applies
the day, suppression and per-file configuration after reading it, so a run on the next
day is a hit. What an analysis depends on goes into the key: the file's bytes, its path,
and a salt that covers everything else (medlint's version and code, every rule, lexicon,
knowledge base, cue and schema file, the effective configuration and options, but not
"today"). Nothing is keyed on modification times, so it is safe in CI (fresh checkouts,
restored caches).

Nothing committed to a linted repository can change a verdict (docs/ci.md, "Security
model"): every entry name and every entry is authenticated with HMAC-SHA256 under a
secret that never lives in the repository: ``MEDLINT_CACHE_KEY`` when set (CI that
restores the cache on other machines), else a random key created once in the user's cache
folder (``$XDG_CACHE_HOME/medlint/key``, mode 0600). An entry whose MAC does not verify,
or that is not a well-formed result (checked field by field before use), is a miss and
is rewritten. Entries are JSON, never pickle. The cache lives in the user's cache folder
by default, not in the checkout, and its folder holds ``CACHEDIR.TAG`` and a
``.gitignore`` of ``*`` as ruff's and pytest's do.

Besides one file per entry, a run that missed some entries writes one index per salt
(``index/<MAC>.idx``): the run's entries, each with the MAC it has in its own file,
in one file, so the next run with the same rules and options reads one file instead of
one per article. The index's table of contents is not trusted: it only says where an
entry's MAC and body are, and an entry is used only when its MAC verifies under its
name and the secret, and its body is well formed, exactly as for an entry file; anything
else is a miss that falls back to the entry's own file.

A run over a list of files whose results all came from entries (no file analysed) also
writes a run-level record (``runs/<MAC>.run``): the whole run's judged results, named by
a MAC of the salt, the day and the ordered list of (path, entry name) pairs, so a run
over the same files with the same content, rules, options and day reads one file and
verifies one MAC instead of one entry per file. The record is authenticated like an
entry (the same secret, under its name); a record that does not verify or is not well
formed is a miss, and the run takes the per-file path. At most MAX_RECORDS records are
kept (the least recently used go first).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import shutil
import stat
import tempfile
import time
from importlib.resources import files
from pathlib import Path
from typing import Any

from medlint import __version__, resources
from medlint.cache_entries import (
    Decoded,
    MalformedEntry,
    decode_entry,
    decode_run,
    encode_entry,
    encode_run,
    to_json,
)
from medlint.daily import Analysed
from medlint.model import FileResult
from medlint.reading import read_at_most

__all__ = ["Cache", "MalformedEntry", "clean", "decode_entry", "secret_key", "user_cache_root"]

CACHE_FORMAT = 5  # 5: JSON lines, one per finding (cache_entries)
KEY_ENV = "MEDLINT_CACHE_KEY"
MAX_ENTRY_BYTES = 32 * 1024 * 1024
MAX_INDEX_BYTES = 128 * 1024 * 1024  # a larger index is neither read nor written
INDEX_MAGIC = b"medlint-index 1\n"
# Run-level records (Cache.get_run): the most recently used MAX_RECORDS are kept, each
# at most MAX_RECORD_BYTES (the whole corpus of 5,503 articles: 4.5 MB).
MAX_RECORDS = 16
MAX_RECORD_BYTES = 64 * 1024 * 1024
# Pruning (docs/ci.md, "The cache"): at most once a day, the first write of a process
# removes entries not used for MAX_AGE_DAYS, then the least recently used entries until
# the cache holds at most MAX_CACHE_BYTES, and the folders of older cache formats.
# A hit marks its entry used (its modification time, updated at most once a day).
DAY = 24 * 60 * 60
MAX_AGE_DAYS = 30
MAX_CACHE_BYTES = 512 * 1024 * 1024
PRUNE_STAMP = "pruned"
TAG_SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"
CACHEDIR_TAG = (
    f"{TAG_SIGNATURE}\n"
    "# This file is a cache directory tag created by medlint.\n"
    "# For information about cache directory tags, see: https://bford.info/cachedir/\n"
)


def user_cache_root() -> Path:
    """``$XDG_CACHE_HOME/medlint``, else ``~/.cache/medlint``: the default cache folder and
    the home of the key file."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base or not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "medlint"


def secret_key() -> bytes:
    """The MAC key: ``MEDLINT_CACHE_KEY`` if set, else the user's key file, created on first
    use. If neither can be had, a key for this run only (the cache then never hits across
    runs, which costs speed, never correctness)."""
    given = os.environ.get(KEY_ENV, "")
    if given:
        return hashlib.sha256(b"medlint-cache-key\x00" + given.encode()).digest()
    path = user_cache_root() / "key"
    try:
        return _read_key(path)
    except (OSError, ValueError):
        pass
    try:
        if not (make_dir(path.parent) and tag(path.parent)):
            raise OSError("the user cache folder cannot be created")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_hex(32) + "\n")
        return _read_key(path)
    except (OSError, ValueError):
        return secrets.token_bytes(32)


def _read_key(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ValueError("not a regular file")
        text = handle.read(200).strip()
    if len(text) < 32:
        raise ValueError("key too short")
    return hashlib.sha256(text).digest()


def data_fingerprint() -> str:
    """Hash of every shipped data file (rules, lexicons, knowledge, cues, schemas) and of
    medlint's own code, so a changed check never serves a result cached by the old one."""
    digest = hashlib.sha256()
    package = files("medlint")
    for entry in sorted(_files(package), key=lambda e: str(e)):
        if entry.name.endswith(".py"):
            digest.update(entry.read_bytes())
    for root in (resources.rules_root(), resources.schemas_root()):
        for entry in _files(root):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()


def _files(root: Any) -> list[Any]:
    found = []
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            if entry.name in ("__pycache__", "_rules", "_schemas"):
                continue
            found += _files(entry)
        else:
            found.append(entry)
    return found


class Cache:
    """Entries under ``directory/v<format>/<2 hex>/<64 hex>.json``; each file is the MAC
    (hex) of the entry's name and body, a newline, and the body (JSON)."""

    def __init__(
        self,
        directory: Path,
        salt: str,
        secret: bytes,
        max_age_days: float = MAX_AGE_DAYS,
        max_bytes: int = MAX_CACHE_BYTES,
    ) -> None:
        self.root = directory
        self.directory = directory / f"v{CACHE_FORMAT}"
        self.salt = hashlib.sha256(f"{__version__}\x1f{salt}".encode()).hexdigest()
        self._secret = secret
        self._ready: set[Path] = set()
        self._writable: bool | None = None
        self.max_age_days = max_age_days
        self.max_bytes = max_bytes
        self._pruned = False
        name = hmac.new(secret, b"index\x00" + self.salt.encode(), hashlib.sha256).hexdigest()
        self.index_file = self.directory / "index" / f"{name}.idx"
        self._index: Index | None = None
        self._used: dict[str, None] = {}  # the keys asked for, in order (an ordered set)
        self._from_index: set[str] = set()  # those the index answered
        self._written: dict[str, bytes] = {}  # entries this process wrote (MAC, newline, body)
        self._decoded = Decoded()  # the findings this run decoded, by their lines' bytes

    def key(self, path: str, data: bytes) -> str:
        """The entry name: a MAC, so nobody without the key can name an entry."""
        name = os.path.normpath(path).encode("utf-8", "surrogateescape")
        message = b"name\x00" + self.salt.encode() + b"\x00" + name + b"\x00" + data
        return hmac.digest(self._secret, message, "sha256").hex()

    def _mac(self, key: str, body: bytes, what: bytes = b"entry") -> bytes:
        message = what + b"\x00" + key.encode() + b"\x00" + body
        return hmac.digest(self._secret, message, "sha256").hex().encode()

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> Analysed | None:
        """The cached analysis, or None: missing, unreadable, not a regular file, a MAC that
        does not verify, or a malformed body are all misses. The index is asked first,
        then the entry's own file."""
        self._used[key] = None
        if self._index is None:
            self._index = Index.read(self.index_file)
        indexed = self._index.entry(key)
        if indexed is not None:
            found = self._verified(key, indexed, path)
            if found is not None:
                self._from_index.add(key)
                return found
        raw = read_regular(self._file(key))
        if raw is None:
            return None
        found = self._verified(key, raw, path)
        if found is not None:
            mark_used(self._file(key))
        return found

    def _verified(self, key: str, raw: bytes, path: str) -> Analysed | None:
        """The analysis of an entry (its MAC, a newline, its body) whose MAC verifies
        under ``key`` and whose body is well formed, else None."""
        if not self._authentic(key, raw):
            return None
        try:
            return decode_entry(raw.partition(b"\n")[2], path, self._decoded)
        except MalformedEntry:
            return None

    def write_index(self) -> bool:
        """After a run: if some entry the run asked for did not come from the index, write
        the index again with the run's entries (from the index, from this process's writes
        or from their files, each as stored: MAC and body), then the old index's other
        entries while the index stays under MAX_INDEX_BYTES. Atomic; True if written.
        An entry copied from its file is copied only if its MAC verifies."""
        missed = [key for key in self._used if key not in self._from_index]
        if not missed or self._index is None:
            return False
        entries: dict[str, bytes] = {}
        size = 0
        for key in self._used:
            raw = self._index.entry(key) if key in self._from_index else self._written.get(key)
            if raw is None:
                raw = read_regular(self._file(key))
                if raw is None or not self._authentic(key, raw):
                    continue
            entries[key] = raw
            size += len(raw)
        for key in self._index.names():
            if key in entries:
                continue
            raw = self._index.entry(key)
            if raw is None or size + len(raw) > MAX_INDEX_BYTES:
                continue
            entries[key] = raw
            size += len(raw)
        if size > MAX_INDEX_BYTES or not entries:
            return False
        if not self._prepare(self.index_file.parent):
            return False
        return Index.write(self.index_file, entries)

    def _authentic(self, key: str, raw: bytes, what: bytes = b"entry") -> bool:
        """Whether stored bytes (MAC, newline, body) carry the MAC of ``key`` and body."""
        mac, newline, body = raw.partition(b"\n")
        return bool(newline) and hmac.compare_digest(mac, self._mac(key, body, what))

    # -- the run-level record ----------------------------------------------------------
    def run_name(self, today: str, files: list[tuple[str, str]]) -> str:
        """The name of the record of a run on ``today`` over ``files``, the ordered
        (reported path, entry name) pairs: a MAC, so nobody without the key can name one,
        and any change to the list, its order, the day or the salt gives another name."""
        listing = json.dumps([today, files], separators=(",", ":")).encode("ascii")
        message = b"run\x00" + self.salt.encode() + b"\x00" + listing
        return hmac.digest(self._secret, message, "sha256").hex()

    def _run_file(self, name: str) -> Path:
        return self.directory / "runs" / f"{name}.run"

    def get_run(self, name: str) -> tuple[FileResult, ...] | None:
        """The results recorded under ``name``, or None: missing, unreadable, a MAC that
        does not verify, or a malformed body are all misses. A hit marks the record used
        (for MAX_RECORDS) and the index (whose entries a later miss needs)."""
        path = self._run_file(name)
        raw = read_regular(path, MAX_RECORD_BYTES)
        if raw is None or not self._authentic(name, raw, b"run"):
            return None
        try:
            results = decode_run(raw.partition(b"\n")[2])
        except MalformedEntry:
            return None
        with contextlib.suppress(OSError):
            os.utime(path, follow_symlinks=False)
        mark_used(self.index_file)
        return results

    def put_run(self, name: str, results: list[FileResult]) -> bool:
        """Record a run's results under ``name`` (atomically), then remove the least
        recently used records beyond MAX_RECORDS; True if written."""
        body = encode_run(results)
        folder = self._run_file(name).parent
        if len(body) + 65 > MAX_RECORD_BYTES or not self._prepare(folder):
            return False
        if not write_atomic(self._run_file(name), self._mac(name, body, b"run") + b"\n" + body):
            return False
        records = [
            (info.st_mtime, path)
            for path, info in _entries(self.directory, ("runs",), entries=False)
            if path.suffix == ".run"
        ]
        for _, path in sorted(records, reverse=True)[MAX_RECORDS:]:
            _remove(path)
        return True

    def put(self, key: str, analysed: Analysed) -> None:
        """Write an entry atomically; a cache that cannot be written only costs speed."""
        body = encode_entry(to_json(analysed))
        target = self._file(key)
        if not self._prepare(target.parent):
            return
        if not self._pruned:
            self._pruned = True
            self.prune_if_due()
        raw = self._mac(key, body) + b"\n" + body
        if write_atomic(target, raw):
            self._written[key] = raw

    def prune_if_due(self, now: float | None = None) -> int:
        """Prune (see :func:`prune`) when the last pruning is a day old or more."""
        return prune_if_due(self.directory, now, self.max_age_days, self.max_bytes)

    def prune(self, now: float | None = None) -> int:
        """Prune now (see :func:`prune`); returns the number of entries removed."""
        return prune(self.directory, now, self.max_age_days, self.max_bytes)

    def _prepare(self, folder: Path) -> bool:
        """Create the cache folders as real folders (never through a symbolic link) and tag
        the cache root; False if that is not possible."""
        if folder in self._ready:
            return True
        if self._writable is None:
            self._writable = make_dir(self.root) and tag(self.root)
        if not self._writable:
            return False
        if not (make_dir(self.directory) and make_dir(folder)):
            return False
        self._ready.add(folder)
        return True


def write_atomic(target: Path, data: bytes) -> bool:
    """Write ``data`` to a temporary file beside ``target`` and rename it over ``target``
    (which replaces a link there, never follows it); False if that failed."""
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, target)
        except OSError:
            _remove(Path(tmp))
            raise
    except OSError:
        return False
    return True


class Index:
    """An index file: INDEX_MAGIC, a line of JSON mapping each entry's name to the
    ``[offset, length]`` of its stored bytes (MAC, newline, body) after that line, then
    those bytes. Untrusted: a table of contents that is not such an object, or that
    points anywhere, only makes misses (the caller verifies every entry's MAC)."""

    def __init__(self, table: dict[str, Any], data: bytes, start: int) -> None:
        self._table = table
        self._data = data
        self._start = start

    @classmethod
    def read(cls, path: Path) -> Index:
        """The index at ``path``; an empty one if it is missing, too large or malformed."""
        raw = read_regular(path, MAX_INDEX_BYTES)
        if raw is None or not raw.startswith(INDEX_MAGIC):
            return cls({}, b"", 0)
        end = raw.find(b"\n", len(INDEX_MAGIC))
        if end < 0:
            return cls({}, b"", 0)
        try:
            table = json.loads(raw[len(INDEX_MAGIC) : end])
        except (ValueError, RecursionError):
            return cls({}, b"", 0)
        if type(table) is not dict:
            return cls({}, b"", 0)
        mark_used(path)
        return cls(table, raw, end + 1)

    def names(self) -> list[str]:
        return list(self._table)

    def entry(self, key: str) -> bytes | None:
        """The stored bytes the table gives for ``key`` (unverified), or None."""
        where = self._table.get(key)
        if type(where) is not list or len(where) != 2:
            return None
        offset, length = where
        if type(offset) is not int or type(length) is not int or offset < 0 or length < 0:
            return None
        begin = self._start + offset
        if begin + length > len(self._data):
            return None
        return self._data[begin : begin + length]

    @staticmethod
    def write(path: Path, entries: dict[str, bytes]) -> bool:
        """Write an index of ``entries`` (name: stored bytes) atomically."""
        table: dict[str, list[int]] = {}
        offset = 0
        for key, raw in entries.items():
            table[key] = [offset, len(raw)]
            offset += len(raw)
        head = INDEX_MAGIC + json.dumps(table, separators=(",", ":")).encode("ascii") + b"\n"
        return write_atomic(path, head + b"".join(entries.values()))


def prune_if_due(
    directory: Path,
    now: float | None = None,
    max_age_days: float = MAX_AGE_DAYS,
    max_bytes: int = MAX_CACHE_BYTES,
) -> int:
    """Prune ``directory`` when its last pruning is a day old or more (a stamp file
    records it); returns the number of entries removed."""
    now = time.time() if now is None else now
    stamp = directory / PRUNE_STAMP
    try:
        if now - os.lstat(stamp).st_mtime < DAY:
            return 0
    except OSError:
        pass
    try:
        stamp.touch()
        os.utime(stamp, (now, now), follow_symlinks=False)
    except OSError:
        return 0  # a cache that cannot record its pruning is not pruned every run
    return prune(directory, now, max_age_days, max_bytes)


def prune(
    directory: Path,
    now: float | None = None,
    max_age_days: float = MAX_AGE_DAYS,
    max_bytes: int = MAX_CACHE_BYTES,
) -> int:
    """Remove the entries of ``directory/<2 hex>/``, the indexes of ``index/`` and the
    run-level records of ``runs/`` unused for ``max_age_days``, then the least recently
    used until at most ``max_bytes`` remain, temporary files older than an hour, and (in
    a result cache root) older formats' folders. Returns the number of entries removed;
    files that vanish meanwhile are skipped."""
    now = time.time() if now is None else now
    removed = 0
    for other in _older_formats(directory.parent):
        shutil.rmtree(other, ignore_errors=True)
    kept: list[tuple[float, int, Path]] = []
    for path, info in _entries(directory):
        temporary = path.suffix == ".tmp"
        too_old = now - info.st_mtime > (DAY / 24 if temporary else max_age_days * DAY)
        if too_old:
            if _remove(path) and not temporary:
                removed += 1
        elif not temporary:
            kept.append((info.st_mtime, info.st_size, path))
    total = sum(size for _, size, _ in kept)
    for _, size, path in sorted(kept):
        if total <= max_bytes:
            break
        removed += _remove(path)
        total -= size
    return removed


def mark_used(path: Path) -> None:
    """Set an entry's modification time to now if it is a day old (pruning keeps what is
    used); a cache that cannot be written only loses that."""
    try:
        info = os.lstat(path)
        if stat.S_ISREG(info.st_mode) and time.time() - info.st_mtime > DAY:
            os.utime(path, follow_symlinks=False)
    except OSError:
        pass


def _entries(
    directory: Path, named: tuple[str, ...] = ("index", "runs"), entries: bool = True
) -> list[tuple[Path, os.stat_result]]:
    """Regular files in the entry folders (``<2 hex>/``; not without ``entries``) and the
    ``named`` folders (the indexes and the run-level records), never through a link."""
    found = []
    try:
        folders = list(os.scandir(directory))
    except OSError:
        return []
    for folder in folders:
        if not ((entries and len(folder.name) == 2) or folder.name in named):
            continue
        if not folder.is_dir(follow_symlinks=False):
            continue
        try:
            for entry in os.scandir(folder.path):
                kept = entry.name.endswith((".json", ".idx", ".run", ".tmp"))
                if kept and entry.is_file(follow_symlinks=False):
                    found.append((Path(entry.path), entry.stat(follow_symlinks=False)))
        except OSError:
            continue
    return found


def _older_formats(root: Path) -> list[Path]:
    """The real folders ``v1`` .. ``v<CACHE_FORMAT - 1>`` of a tagged cache root."""
    if not is_cache_folder(root):
        return []
    found = []
    for n in range(1, CACHE_FORMAT):
        folder = root / f"v{n}"
        try:
            if stat.S_ISDIR(os.lstat(folder).st_mode):
                found.append(folder)
        except OSError:
            continue
    return found


def _remove(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except OSError:
        return False


def make_dir(folder: Path) -> bool:
    """Create ``folder`` as a real folder (never through a link); False if impossible."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return stat.S_ISDIR(os.lstat(folder).st_mode)  # a link to a folder is refused
    except OSError:
        return False


def tag(root: Path) -> bool:
    """Put CACHEDIR.TAG and a .gitignore of ``*`` in a cache root."""
    for name, text in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "# created by medlint\n*\n")):
        try:
            fd = os.open(root / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
        except FileExistsError:
            continue
        except OSError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    return True


def read_regular(path: Path, limit: int = MAX_ENTRY_BYTES) -> bytes | None:
    """A regular file's bytes (not through a final link, never blocking on a FIFO), or
    None if it is not one or is larger than ``limit``."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        try:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
                return None
            data = read_at_most(handle.fileno(), info.st_size, limit)
            return None if len(data) > limit else data
        except OSError:
            return None


def is_cache_folder(folder: Path) -> bool:
    """A real folder (not a link) holding medlint's or any tool's CACHEDIR.TAG."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
    except OSError:
        return False
    raw = read_regular(folder / "CACHEDIR.TAG")
    return raw is not None and raw.startswith(TAG_SIGNATURE.encode())


def clean(folder: Path) -> str:
    """Remove a cache folder; returns what was done. Raises ValueError, removing nothing,
    for a folder that is a link or holds no CACHEDIR.TAG."""
    if not os.path.lexists(folder):
        return f"{folder}: no cache here"
    if not is_cache_folder(folder):
        raise ValueError(
            f"{folder}: not removed: it is not a cache folder (no CACHEDIR.TAG, or a symbolic link)"
        )
    shutil.rmtree(folder)
    return f"{folder}: removed"
