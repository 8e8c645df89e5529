"""A content-hash cache of per-file results, so unchanged files are not re-analysed.

The key is a SHA-256 of the file's bytes, its path, and a salt that covers everything
else that can change a result: medlint's version, every rule, lexicon, knowledge base,
cue and schema file, the effective configuration and options, and "today". Nothing is
keyed on modification times, so it is safe in CI (fresh checkouts, restored caches).
Entries are JSON (never pickle: a cache restored from an untrusted pull request must not
be able to run code) written atomically; a corrupt entry is a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from importlib.resources import files
from pathlib import Path
from typing import Any

from medlint import __version__, resources
from medlint.model import FileResult, Severity, Violation

CACHE_FORMAT = 1


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


def to_json(result: FileResult) -> dict[str, Any]:
    data = asdict(result)
    for v in data["violations"]:
        v["severity"] = int(v["severity"])
    return data


def from_json(data: dict[str, Any], path: str) -> FileResult:
    violations = tuple(
        Violation(**{**v, "severity": Severity(v["severity"])}) for v in data["violations"]
    )
    return FileResult(
        path=path,
        violations=violations,
        audience=data.get("audience"),
        format=data.get("format"),
        suppressed=int(data.get("suppressed", 0)),
        facts=tuple((str(k), str(v)) for k, v in data.get("facts", ())),
    )


class Cache:
    def __init__(self, directory: Path, salt: str) -> None:
        self.directory = directory / f"v{CACHE_FORMAT}"
        self.salt = hashlib.sha256(f"{__version__}\x1f{salt}".encode()).hexdigest()

    def key(self, path: str, data: bytes) -> str:
        digest = hashlib.sha256(self.salt.encode())
        digest.update(os.fsencode(os.path.normpath(path)))
        digest.update(b"\x00")
        digest.update(data)
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> FileResult | None:
        try:
            data = json.loads(self._file(key).read_text(encoding="utf-8"))
            return from_json(data, path)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, result: FileResult) -> None:
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(to_json(result), handle, ensure_ascii=True)
            os.replace(tmp, target)
        except OSError:
            return  # a cache that cannot be written only costs speed
