"""Linting editor buffers: what a buffer is linted as, one warm Linter per configuration,
and the result of one version of a buffer.

The configuration that applies is the one ``medlint check FILE`` would use: found by
walking up from the file's folder (``--config`` or ``--isolated`` given to the server
override it), with its per-file overrides and the buffer's suppression comments. A
Linter is built once per configuration file and rebuilt only when that file changes; it
lints the buffer's text (saved or not), never the file on disk, and never runs code from
the project (``invocation.linter_of``: rule packs are data, plugins come only from
installed distributions)."""

from __future__ import annotations

import datetime as dt
import os
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlparse

from medlint.invocation import LintArgs, linter_of, parse_today
from medlint.lsp.positions import UTF16, Buffer
from medlint.model import FileResult
from medlint.parsing import SUFFIXES
from medlint.ruleset import RuleSpec, load_builtin_specs

if TYPE_CHECKING:
    from medlint.engine import Linter

# The editor's language of a buffer whose name does not say (an untitled buffer, a
# file without a known suffix), as the suffix that picks medlint's parser.
# (VS Code says plaintext, Neovim and Helix say text.)
LANGUAGE_SUFFIX = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt"}
MAX_LINTERS = 4  # configurations kept warm; each holds a spaCy tokenizer and the rules


@dataclass(frozen=True)
class Target:
    """What a buffer is linted as: ``name`` (its path when it has one; the suffix picks
    the parser, the path the per-file overrides) and the folder its configuration is
    searched from (None: the server's working folder)."""

    name: str
    folder: Path | None


def target_of(uri: str, language_id: str | None) -> Target | None:
    """The target of a document, or None when it is not an article medlint reads."""
    from pygls.uris import to_fs_path

    path = unquote(urlparse(uri).path)
    known = PurePosixPath(path).suffix.lower() in SUFFIXES
    if not known and (language_id or "") not in LANGUAGE_SUFFIX:
        return None
    extra = "" if known else LANGUAGE_SUFFIX[language_id or ""]
    local = to_fs_path(uri) if uri.startswith("file:") else None
    if local:
        return Target(local + extra, Path(local).parent)
    return Target((PurePosixPath(path).name or "untitled") + extra, None)


@dataclass(frozen=True)
class Settings:
    """What the server was started with (``medlint server --config/--isolated/--today``)."""

    config_path: str | None = None
    isolated: bool = False
    today: str | None = None


@dataclass(frozen=True)
class Rules:
    """What the server says about one Linter's rules: each (configured) by code, for
    hover; the built-in ones, whose documentation is online; the engine's diagnostics,
    which no comment suppresses."""

    by_code: Mapping[str, RuleSpec]
    documented: frozenset[str] = frozenset()
    unsuppressible: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Linted:
    """One version of one buffer, linted: the result, or why it could not be (an invalid
    configuration or rule pack)."""

    uri: str
    version: int | None
    buffer: Buffer
    result: FileResult | None
    rules: Rules
    problem: str | None = None


class Linters:
    """The warm Linters of one server, one per configuration (least recently used
    dropped beyond MAX_LINTERS). Used from one thread at a time."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._linters: OrderedDict[tuple[object, ...], tuple[Linter, Rules]] = OrderedDict()
        self._builtin: frozenset[str] | None = None

    def _config_file(self, folder: Path | None) -> Path | None:
        from medlint.config import find

        if self.settings.isolated:
            return None
        if self.settings.config_path:
            return Path(self.settings.config_path)
        start = folder if folder is not None and folder.is_dir() else Path.cwd()
        return find(start)

    def linter(self, folder: Path | None) -> tuple[Linter, Rules]:
        """The Linter for a file in ``folder`` (built on first use, and again when its
        configuration file changed); raises ConfigError or RuleFileError."""
        found = self._config_file(folder)
        stamp: tuple[object, ...] = (found,)
        if found is not None:
            try:
                info = found.stat()
                stamp = (found, info.st_mtime_ns, info.st_size)
            except OSError:
                pass  # linter_of reports the unreadable file
        if stamp in self._linters:
            self._linters.move_to_end(stamp)
            return self._linters[stamp]
        args = LintArgs(
            paths=(os.fspath(found.parent if found else folder or Path.cwd()),),
            config_path=os.fspath(found) if found else None,
            isolated=self.settings.isolated or found is None,
            today=self.settings.today,
            jobs=1,
            no_cache=True,  # buffers are linted from their text; the cache keys files
        )
        linter = linter_of(args)
        linter.ensure_compiled()
        if self._builtin is None:
            self._builtin = frozenset(s.code for s in load_builtin_specs())
        rules = Rules(dict(linter.by_code), self._builtin, frozenset(linter.diagnostics.all_codes))
        entry = (linter, rules)
        self._linters[stamp] = entry
        while len(self._linters) > MAX_LINTERS:
            self._linters.popitem(last=False)
        return entry

    def today(self) -> dt.date:
        """The day findings are judged on: ``--today``, else the real date of each lint
        (a server runs for days)."""
        return parse_today(self.settings.today)

    def lint(
        self, uri: str, version: int | None, text: str, target: Target, encoding: str = UTF16
    ) -> Linted:
        """Lint one version of a buffer from its text."""
        from medlint.config import ConfigError
        from medlint.ruleset import RuleFileError

        buffer = Buffer(text, encoding)
        try:
            linter, rules = self.linter(target.folder)
        except (ConfigError, RuleFileError) as exc:
            return Linted(uri, version, buffer, None, Rules({}), f"medlint cannot lint: {exc}")
        result, _crashes = linter.lint_text(target.name, text, self.today())
        return Linted(uri, version, buffer, result, rules)
