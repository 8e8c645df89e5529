"""Derived data kept between runs, so a one-file check does not redo work that depends
only on medlint's own data: rule and data files already parsed and validated against
their schemas (ruleset.load_data), and the compiled pattern bank (nlp.py).

Entries are JSON, never pickle, and protected like the result cache (medlint.cache):
each entry name is an HMAC of what the entry was derived from, and each entry carries an
HMAC of its body, under the same secret (``MEDLINT_CACHE_KEY`` or the user's key file).
A tampered, truncated or foreign entry does not verify and is recomputed. The store lives
in ``<user cache folder>/derived/v<FORMAT>`` (removed by ``medlint clean``) and is pruned
with the result cache's policy. ``MEDLINT_NO_DERIVED=1`` turns it off (every run then
parses, validates and compiles everything, as a first run does).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from medlint import cache as result_cache

FORMAT = 1
OFF_ENV = "MEDLINT_NO_DERIVED"

T = TypeVar("T")


class Store:
    """JSON values under names derived from their inputs, authenticated with HMAC."""

    def __init__(self, directory: Path, secret: bytes) -> None:
        self.root = directory
        self.directory = directory / "derived" / f"v{FORMAT}"
        self._secret = secret
        self._pruned = False

    def name(self, kind: str, digest: str) -> str:
        """The entry name of ``digest`` (a hash of the inputs) for ``kind``."""
        return hmac.new(self._secret, f"{kind}\x00{digest}".encode(), hashlib.sha256).hexdigest()

    def _file(self, name: str) -> Path:
        return self.directory / name[:2] / f"{name}.json"

    def _mac(self, name: str, body: bytes) -> bytes:
        mac = hmac.new(self._secret, b"derived\x00" + name.encode() + b"\x00", hashlib.sha256)
        mac.update(body)
        return mac.hexdigest().encode()

    def get(self, kind: str, digest: str) -> Any | None:
        """The stored value, or None (missing, unreadable, or not verified)."""
        name = self.name(kind, digest)
        raw = result_cache.read_regular(self._file(name))
        if raw is None:
            return None
        mac, newline, body = raw.partition(b"\n")
        if not newline or not hmac.compare_digest(mac, self._mac(name, body)):
            return None
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            return None
        result_cache.mark_used(self._file(name))
        return value

    def put(self, kind: str, digest: str, value: Any) -> None:
        """Store ``value`` atomically; one that JSON cannot hold exactly is not stored.
        A store that cannot be written only costs speed."""
        try:
            body = json.dumps(value, ensure_ascii=False, allow_nan=False).encode()
        except (TypeError, ValueError):
            return
        if json.loads(body) != value:  # tuples, non-string keys: not exact, not stored
            return
        name = self.name(kind, digest)
        target = self._file(name)
        if not (
            result_cache.make_dir(self.root)
            and result_cache.tag(self.root)
            and result_cache.make_dir(target.parent)
        ):
            return
        if not self._pruned:
            self._pruned = True
            result_cache.prune_if_due(self.directory)
        try:
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(self._mac(name, body) + b"\n" + body)
            os.replace(tmp, target)
        except OSError:
            return


def store() -> Store | None:
    """The user's store, or None when turned off (one per user cache folder and key
    setting, so a changed environment gets its own)."""
    if os.environ.get(OFF_ENV, "") not in ("", "0"):
        return None
    return _store(result_cache.user_cache_root(), os.environ.get(result_cache.KEY_ENV, ""))


@cache
def _store(root: Path, _key_setting: str) -> Store:
    return Store(root, result_cache.secret_key())


def remembered(
    kind: str,
    key: Callable[[], str],
    compute: Callable[[], T],
    *,
    decode: Callable[[Any], T | None],
    encode: Callable[[T], Any],
) -> T:
    """What ``compute`` gives, kept in the user's store under ``kind`` and ``key()`` (a
    digest of every input it depends on; only computed when the store is on). A stored
    entry is used when ``decode`` turns it back into a value (None, or a ValueError,
    TypeError or KeyError, for one of another shape: it is computed again and replaced).
    ``compute``'s errors propagate and nothing is stored."""
    entries = store()
    if entries is None:
        return compute()
    name = key()
    known = entries.get(kind, name)
    if known is not None:
        try:
            value = decode(known)
        except (ValueError, TypeError, KeyError):
            value = None
        if value is not None:
            return value
    value = compute()
    entries.put(kind, name, encode(value))
    return value


def digest(*parts: str | bytes) -> str:
    """A hash of ``parts`` (each length-prefixed, so no two lists collide)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


@cache
def code_digest(*modules: str) -> str:
    """A hash of medlint's version and the source of the named medlint modules (the
    code whose output an entry holds), so a changed parser never serves old results."""
    from importlib.resources import files

    from medlint import __version__

    package = files("medlint")
    parts: list[str | bytes] = [__version__]
    for module in modules:
        parts.append((package / f"{module}.py").read_bytes())
    return digest(*parts)


@cache
def _schemas() -> bytes:
    """Every shipped schema file (one may refer to another), for validated_key."""
    from medlint import resources

    return b"".join(
        entry.name.encode() + b"\x00" + entry.read_bytes() + b"\x00"
        for entry in sorted(resources.schemas_root().iterdir(), key=lambda e: e.name)
        if entry.is_file()
    )


def validated_key(text: str, schema_name: str) -> str:
    """What decides that ``text`` parses to given data and validates against
    ``schema_name``: the text, the schemas, the YAML reader and the validating code."""
    return digest(code_digest("yamlpos", "yamlparse", "ruleset"), _schemas(), schema_name, text)
