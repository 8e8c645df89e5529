"""The engine: files in, an immutable RunResult out.

The :class:`Linter` puts the parts together: the rule set (built-in, plugin and
configured packs) with the selection and configuration policy (``selection.py``)
applied, the built rules and their one pattern bank, the cache, and the file runner
(``running.py``) that lints each file, here or in worker processes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import socket
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from medlint import __version__, boundary, fixes, reading, ruleoptions, running
from medlint.cache import Cache, data_fingerprint, secret_key
from medlint.diagnostics import Diagnostic, Diagnostics
from medlint.discovery import Found, walk
from medlint.model import FileResult, RunResult
from medlint.ruleset import (
    RuleFileError,
    RuleSpec,
    check_entry,
    check_unique,
    load_builtin_specs,
    load_data,
    load_pack,
    plugin_packs,
)
from medlint.selection import Options, Selection

if TYPE_CHECKING:  # imported when rules are built: a fully cached run builds none
    from medlint import kinds
    from medlint.context import CueSet
    from medlint.nlp import PatternBank

__all__ = ["Linter", "Options"]


def load_cues() -> CueSet:
    from medlint.context import CueSet
    from medlint.resources import rules_root

    node = rules_root() / "context" / "cues.yaml"
    data = load_data(
        node.read_text(encoding="utf-8"), "rules/context/cues.yaml", "cues.schema.json"
    )
    return CueSet.from_data(data)


class Linter:
    """One run's linter: built once per process (each worker builds its own)."""

    def __init__(self, options: Options, specs: Sequence[RuleSpec] | None = None) -> None:
        self.options = options
        config = options.config
        self.root = boundary.project_root(config.path)
        if specs is None:
            packs = [spec for folder in config.packs for spec in self._config_pack(folder)]
            specs = (*load_builtin_specs(), *plugin_packs((Path.cwd(), self.root)), *packs)
            check_unique(specs)
        for spec in specs:  # refused now, not when the rules are built (build_rules)
            if spec.kind == "python":
                check_entry(spec)
        self.rule_files = tuple(specs)
        self.selection = Selection.of(self.rule_files, options)
        self.diagnostics = Diagnostics.of(self.selection.all_specs)
        self.cache: Cache | None = None
        if options.cache_dir is not None:
            # The rule files as loaded are in the salt too (not only as the options and
            # severities the configuration made of them): the same salt then means the
            # same rule files, checked when the entries were made (build_rules).
            specs_text = repr((self.rule_files, self.all_specs))
            salt = "\x1f".join((data_fingerprint(), specs_text, options.fingerprint()))
            self.cache = Cache(options.cache_dir, salt, secret_key())
        self.files = running.FileRunner(
            options, self.selection, self.build_rules, self.root, self.cache, self.diagnostics
        )

    def build_rules(self) -> tuple[list[kinds.Rule], PatternBank]:
        """The selected rules built, and their one pattern bank (on the first file that
        needs them: a fully cached run builds none). The rule files' options are checked
        against their rules' schemas first (ruleoptions.check_specs, which imports every
        rule's module), so bad rule data stops the run here (exit 2). A fully cached run
        skips the check, and safely: its entries were made by a run with the same rule
        files and the same code (both in the cache's salt), which checked them."""
        from medlint import kinds
        from medlint.nlp import PatternBank

        ruleoptions.check_specs(self.rule_files)
        rules = [
            kinds.build(s)
            for s in self.all_specs
            if s.kind != "engine" and s.code in self.selection.built
        ]
        bank = PatternBank()
        bank.set_cues(load_cues())
        for rule in rules:
            rule.register(bank)
        return rules, bank

    @property
    def rules(self) -> Sequence[kinds.Rule]:
        """The selected rules, built."""
        return self.files.rules

    @property
    def bank(self) -> PatternBank:
        """The rules' one pattern bank."""
        return self.files.bank

    @property
    def all_specs(self) -> tuple[RuleSpec, ...]:
        """Every rule, with the configuration's and command line's options and severities."""
        return self.selection.all_specs

    @property
    def specs(self) -> tuple[RuleSpec, ...]:
        """The selected rules."""
        return self.selection.specs

    @property
    def enabled(self) -> frozenset[str]:
        return self.selection.enabled

    @property
    def by_code(self) -> dict[str, RuleSpec]:
        return self.selection.by_code

    @property
    def needs_nlp(self) -> bool:
        return self.files.needs_nlp

    def _config_pack(self, folder: Path) -> list[RuleSpec]:
        """A pack named by the configuration: it must lie inside the project root, and so
        must every file in it (no link leads out)."""
        if boundary.outside(folder, self.root):
            raise RuleFileError(
                f"{self.options.config.path}: packs: {folder} is outside the project root "
                f"{self.root}; a rule pack must live in the project"
            )
        return load_pack(Path(folder), str(folder), root=self.root)

    def ensure_compiled(self) -> None:
        self.files.ensure_compiled()

    def prepare_workers(self, paths: Sequence[str] = (), complete: bool = True) -> None:
        self.files.prepare_workers(paths, complete)

    def lint_text(
        self,
        path: str,
        text: str,
        today: dt.date | None = None,
        encoding: tuple[str, str] = ("utf-8", reading.UTF8),
    ) -> tuple[FileResult, int]:
        """Lint one document's text; the result and the number of rule crashes."""
        return self.files.lint_text(path, text, today, encoding)

    def lint_file(self, path: str, today: dt.date | None = None) -> tuple[FileResult, int]:
        return self.files.lint_file(path, today)

    def from_cache(self, path: str, key: str | None = None) -> tuple[FileResult, int] | None:
        """The file's result when it needs no analysis (running.FileRunner.from_cache)."""
        return self.files.from_cache(path, key)

    def run_record(self, paths: Sequence[str]) -> running.RunRecord | None:
        """The run-level record of these files (running.FileRunner.run_record)."""
        return self.files.run_record(paths)

    def fix_file(
        self, path: str, apply: Callable[[fixes.Plan], bool], unsafe: bool = False
    ) -> tuple[FileResult, int]:
        """Lint one file, apply the edits its findings carry, report what is left
        (running.FileRunner.fix_file)."""
        return self.files.fix_file(path, apply, unsafe)

    def stale_after_months(self) -> int:
        """The staleness threshold of the rule that judges it (selected or not), for the
        audit; a rule is built here only if the selection did not build it."""
        from medlint import kinds

        unbuilt = (
            kinds.build(s)
            for s in self.all_specs
            if s.kind == "python" and s.code not in self.selection.built
        )
        for rule in itertools.chain(self.rules, unbuilt):
            if isinstance(rule, kinds.JudgesStaleness):
                return rule.stale_after_months
        raise RuleFileError("no rule judges staleness, so the audit has no threshold")

    def discover(self, paths: Iterable[str]) -> Found:
        """This shard's files, and the folders that could not be read (reported by the
        first shard only)."""
        config = self.options.config
        found = walk(
            list(paths),
            include=config.include,
            exclude=config.exclude,
            root=config.root,
            gitignore=config.respect_gitignore,
            force_exclude=self.options.force_exclude,
        )
        return running.shard(found, self.options.shard)

    def files_to_lint(self, paths: Iterable[str]) -> list[str]:
        return list(self.discover(paths).files)

    def lint_paths(
        self, paths: list[str], progress: Callable[[int, int], None] | None = None
    ) -> Iterator[tuple[FileResult, int]]:
        """Results in input order, streamed as they complete; with jobs > 1, one worker
        process per job, each with its own Linter; with a scheduler, on its Dask workers
        (cluster.py)."""
        if self.options.scheduler is not None:
            from medlint import cluster

            return cluster.lint_paths(self, paths, progress)
        worker = (Linter, self.options, self.all_specs)
        return running.lint_paths(self, paths, self.options.jobs, worker, progress)

    def run(
        self,
        paths: Iterable[str],
        stdin: tuple[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
        apply: Callable[[fixes.Plan], bool] | None = None,
        unsafe_fixes: bool = False,
    ) -> RunResult:
        """Lint the paths (and standard input); with ``apply``, fix each file first
        (fix_file: one file at a time, in this process) and report what is left."""
        started = dt.datetime.now().replace(microsecond=0)
        clock = time.perf_counter()
        files: list[FileResult] = []
        crashes = 0
        if stdin is not None:
            result, n = self.lint_text(*stdin)
            files.append(result)
            crashes += n
        found = self.discover(paths)
        for skipped in found.skipped:
            files.append(
                FileResult(
                    skipped.path, tuple(self.files.engine(Diagnostic.UNREADABLE, skipped.reason))
                )
            )
        outcomes = (
            self.lint_paths(list(found.files), progress)
            if apply is None
            else (self.fix_file(path, apply, unsafe_fixes) for path in found.files)
        )
        for result, n in outcomes:
            files.append(result)
            crashes += n
        if self.cache is not None:
            self.cache.write_index()  # the next run reads one file, not one per article
        return RunResult(
            files=tuple(files),
            rules=tuple(s.info() for s in self.specs),
            version=__version__,
            today=self.options.today.isoformat(),
            internal_errors=crashes,
            started=started.isoformat(),
            duration=round(time.perf_counter() - clock, 3),
            hostname=socket.gethostname() or "localhost",
            shard=self.options.shard,
            selection=self.selection_digest(),
        )

    def selection_digest(self) -> str:
        """What makes two runs comparable (see RunResult.selection), as a short hash;
        paths are left out so the same checkout on two CI machines agrees."""
        config = self.options.config
        facts = {
            "rules": [(s.code, s.severity.label, s.options) for s in self.specs],
            "per_file": [repr(p) for p in config.per_file],
            "files": [config.include, config.exclude, config.respect_gitignore],
            "suppression": config.require_suppression_reason,
            "force_exclude": self.options.force_exclude,
        }
        text = json.dumps(facts, sort_keys=True, default=repr)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
