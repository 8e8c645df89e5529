"""The engine: files in, an immutable RunResult out.

For each document the engine builds a :class:`~medlint.kinds.Context`, runs the
enabled rules that apply to the article's audience, and turns their
position-free findings into violations with code, severity and line/column.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import hashlib
import json
import multiprocessing
import os
import socket
import stat
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medlint import __version__, boundary, fixes, kinds, reading, suppression
from medlint.audience import detect as detect_audience
from medlint.cache import Cache, data_fingerprint, secret_key
from medlint.config import Config
from medlint.context import CueSet
from medlint.discovery import Found, relative_to, walk
from medlint.document import Document
from medlint.model import FileResult, Finding, RunResult, Severity, Violation
from medlint.nlp import PatternBank
from medlint.parsing import parse
from medlint.patterns import PatternError
from medlint.ruleset import (
    RuleFileError,
    RuleSpec,
    check_unique,
    load_builtin_specs,
    load_data,
    load_pack,
    plugin_packs,
)

UNREADABLE = "MED900"
PARSE_ERROR = "MED901"
RULE_CRASH = "MED902"
UNUSED_SUPPRESSION = "MED903"
UNKNOWN_SUPPRESSION = "MED904"
SUPPRESSION_REASON = "MED905"
# A file medlint could not read, or crashed on, is reported whatever the selection says:
# "All clear" must never cover a file that was not checked.
ALWAYS_REPORTED = frozenset({UNREADABLE, RULE_CRASH})


@dataclass(frozen=True)
class PlannedEdits:
    """A file as read (bytes, text, codec, byte-order mark) and the safe fixes' edits."""

    raw: bytes
    text: str
    encoding: str
    bom: bytes
    edits: tuple[fixes.Edit, ...]


@dataclass(frozen=True)
class Options:
    today: dt.date
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    # (code or name, option key, value): overrides a rule's option, e.g. MED108 max_age_months.
    rule_options: tuple[tuple[str, str, Any], ...] = ()
    require_suppression_reason: bool = False
    config: Config = field(default_factory=Config)
    jobs: int = 1
    cache_dir: Path | None = None
    shard: tuple[int, int] | None = None  # (k, n): the k-th of n shards, 1-based
    force_exclude: bool = False  # apply the configuration's exclude to named files too

    def fingerprint(self) -> str:
        """Everything in the options that can change a file's result (not jobs or cache)."""
        relevant = dataclasses.replace(
            self, jobs=1, cache_dir=None, shard=None, force_exclude=False
        )
        return repr(relevant)


def config_overrides(config: Config) -> list[tuple[str, str, Any]]:
    """Rule options set by the configuration's `rules` table and `organization`."""
    overrides = [
        (selector, key, value)
        for selector, settings in config.rules.items()
        for key, value in settings.items()
        if key != "severity"
    ]
    org = config.organization
    if "approved-review-statuses" in org:
        overrides += [
            (c, "approved", list(org["approved-review-statuses"])) for c in ("MED103", "MED104")
        ]
    if "required-fields" in org:
        overrides.append(("MED001", "required_fields", list(org["required-fields"])))
    if "disclaimers" in org:
        overrides.append(("MED101", "approved_wording", list(org["disclaimers"])))
    for key, option in (("locale", "locale"), ("emergency-number", "emergency_number")):
        if key in org:  # urgent-care wording of the red-flag rules (issue 12)
            overrides += [(code, option, str(org[key])) for code in ("MED109", "MED112")]
    return overrides


def severity_overrides(config: Config, specs: Sequence[RuleSpec]) -> tuple[RuleSpec, ...]:
    result = []
    for spec in specs:
        for selector, settings in config.rules.items():
            if "severity" in settings and selector in (spec.code, spec.name):
                spec = dataclasses.replace(spec, severity=Severity.parse(settings["severity"]))
        result.append(spec)
    for selector in config.rules:
        if not any(selector in (s.code, s.name) for s in specs):
            raise RuleFileError(f"{config.path}: rules: no rule {selector!r}")
    return tuple(result)


def apply_rule_options(
    specs: Sequence[RuleSpec], overrides: Sequence[tuple[str, str, Any]]
) -> tuple[RuleSpec, ...]:
    """Override rule options; only options a rule already declares can be set."""
    result = {s.code: s for s in specs}
    for selector, key, value in overrides:
        found = [s for s in result.values() if selector in (s.code, s.name)]
        if not found:
            raise RuleFileError(f"--rule-option: no rule {selector!r}")
        spec = found[0]
        if key not in spec.options:
            known = ", ".join(sorted(spec.options)) or "none"
            raise RuleFileError(
                f"--rule-option: {spec.code} has no option {key!r} (options: {known})"
            )
        expected = type(spec.options[key])
        if isinstance(spec.options[key], (int, float, str, bool)) and not isinstance(
            value, expected
        ):
            raise RuleFileError(
                f"--rule-option: {spec.code}.{key} must be a {expected.__name__}, not {value!r}"
            )
        result[spec.code] = dataclasses.replace(spec, options={**spec.options, key: value})
    return tuple(result[s.code] for s in specs)


def matches(spec: RuleSpec, selector: str) -> bool:
    """A selector is a code or code prefix (MED1), a name or glob (safety.*), or a tag."""
    selector = selector.strip()
    if not selector:
        return False
    if selector.upper() == "ALL":
        return True
    if spec.code.upper().startswith(selector.upper()):
        return True
    return fnmatch.fnmatchcase(spec.name, selector) or selector in spec.tags


def select(specs: Sequence[RuleSpec], options: Options) -> tuple[RuleSpec, ...]:
    """The command line's --select replaces the configuration's; ignores add up."""
    config = options.config
    wanted = options.select or config.select
    chosen = [
        s
        for s in specs
        if not wanted
        or any(matches(s, x) for x in wanted)
        or any(matches(s, x) for x in (*config.extend_select, *options.extend_select))
    ]
    ignored = (*config.ignore, *options.ignore)
    return tuple(s for s in chosen if not any(matches(s, x) for x in ignored))


class SelectorError(RuleFileError):
    """A selector (--select, a configuration's select, per-file ignore, ...) names no rule."""


def selector_sources(options: Options) -> Iterator[tuple[str, str]]:
    """Every selector the options and configuration give, with where it was given."""
    config = options.config
    for option, selectors in (
        ("--select", options.select),
        ("--extend-select", options.extend_select),
        ("--ignore", options.ignore),
    ):
        yield from ((option, s) for s in selectors)
    where = f"{config.path}: " if config.path else "configuration: "
    for key, selectors in (
        ("select", config.select),
        ("extend-select", config.extend_select),
        ("ignore", config.ignore),
    ):
        yield from ((where + key, s) for s in selectors)
    for i, override in enumerate(config.per_file):
        for key, selectors in (
            ("ignore", override.ignore),
            ("extend-select", override.extend_select),
            ("severity", tuple(override.severity)),
        ):
            yield from ((f"{where}per-file[{i}].{key}", s) for s in selectors)


def check_selectors(specs: Sequence[RuleSpec], options: Options) -> None:
    """Refuse selectors that match no rule (as ruff does): a typo in --ignore or a
    configuration must not silently lint less, or more, than the user meant."""
    unknown = [
        f"{where}: {selector!r} matches no rule (codes, code prefixes, names, globs of "
        "names, tags or ALL; see 'medlint rules')"
        for where, selector in selector_sources(options)
        if selector.strip() and not any(matches(s, selector) for s in specs)
    ]
    if unknown:
        raise SelectorError("\n".join(unknown))


def load_cues() -> CueSet:
    from medlint.resources import rules_root

    node = rules_root() / "context" / "cues.yaml"
    data = load_data(
        node.read_text(encoding="utf-8"), "rules/context/cues.yaml", "cues.schema.json"
    )
    return CueSet.from_data(data)


class Linter:
    def __init__(self, options: Options, specs: Sequence[RuleSpec] | None = None) -> None:
        self.options = options
        config = options.config
        self.root = boundary.project_root(config.path)
        if specs is None:
            packs = [spec for folder in config.packs for spec in self._config_pack(folder)]
            specs = (*load_builtin_specs(), *plugin_packs((Path.cwd(), self.root)), *packs)
            check_unique(specs)
        base = tuple(specs)
        base = severity_overrides(config, apply_rule_options(base, config_overrides(config)))
        self.all_specs = apply_rule_options(base, options.rule_options)
        self.by_code = {s.code: s for s in self.all_specs}
        check_selectors(self.all_specs, options)
        self.specs = select(self.all_specs, options)
        self.enabled = {s.code for s in self.specs}
        # Rules a per-file override may switch on are built too, and filtered per file.
        extra = {
            s.code
            for p in config.per_file
            for s in self.all_specs
            if any(matches(s, x) for x in p.extend_select)
        }
        self.rules = [
            kinds.build(s)
            for s in self.all_specs
            if s.kind != "engine" and (s.code in self.enabled or s.code in extra)
        ]
        self.bank = PatternBank()
        self.bank.set_cues(load_cues())
        for rule in self.rules:
            rule.register(self.bank)
        self.needs_nlp = any(rule.needs_nlp for rule in self.rules)
        self.cache: Cache | None = None
        if options.cache_dir is not None:
            salt = "\x1f".join((data_fingerprint(), repr(self.all_specs), options.fingerprint()))
            self.cache = Cache(options.cache_dir, salt, secret_key())

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
        """Compile every pattern before the first file that needs NLP, so bad rule data
        fails the run (exit 2) instead of crashing on each file. Metadata-only and fully
        cached runs never get here, so they never import spaCy."""
        if not self.needs_nlp:
            return
        try:
            self.bank.compiled  # noqa: B018 - cached_property, compiled for its effect
        except PatternError as exc:
            raise RuleFileError(str(exc)) from None

    # -- results -------------------------------------------------------------------------
    def _violation(
        self, code: str, document: Document | None, finding: Finding, severity: Severity | None
    ) -> Violation:
        spec = self.by_code[code]
        if document is not None:
            line, column = document.location(finding.start)
            end_line, end_column = document.location(max(finding.end, finding.start))
            snippet = document.source[finding.start : finding.end]
        else:
            line, column, end_line, end_column, snippet = 1, 1, 1, 1, ""
        return Violation(
            code=code,
            name=spec.name,
            severity=severity or spec.severity,
            message=finding.message,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            fix=finding.fix,
            snippet=" ".join(snippet.split())[:200],
        )

    def _engine(
        self,
        code: str,
        message: str,
        document: Document | None = None,
        start: int = 0,
        end: int = 0,
    ) -> list[Violation]:
        if code not in self.enabled and code not in ALWAYS_REPORTED:
            return []
        spec = self.by_code[code]
        return [self._violation(code, document, Finding(start, end, message, spec.fix), None)]

    # -- linting -------------------------------------------------------------------------
    def lint_text(
        self,
        path: str,
        text: str,
        today: dt.date | None = None,
        encoding: tuple[str, str] = ("utf-8", reading.UTF8),
    ) -> tuple[FileResult, int]:
        """Lint one document's text (decoded with ``encoding``: codec, how chosen).
        Returns the result and the number of rule crashes."""
        self.ensure_compiled()
        try:
            document = dataclasses.replace(
                parse(path, text), encoding=encoding[0], encoding_how=encoding[1]
            )
        except Exception as exc:  # a parser bug must not stop the run
            return FileResult(
                path,
                tuple(
                    self._engine(
                        RULE_CRASH,
                        f"medlint could not parse this file ({type(exc).__name__}: {exc}); "
                        "this is a medlint bug, please report it",
                    )
                ),
                None,
                None,
            ), 1
        audience = detect_audience(document)
        ctx = kinds.Context(document, audience, today or self.options.today, self.bank)
        enabled, severities = self._for_file(path)
        violations: list[Violation] = []
        for problem in document.problems:
            violations += self._engine(
                problem.code, problem.message, document, problem.start, problem.end
            )
        crashes = 0
        for rule in self.rules:
            if rule.spec.code not in enabled or not rule.spec.applies_to(audience.value):
                continue
            try:
                findings = list(rule.check(ctx.reading(rule.spec.regions)))
            except Exception as exc:
                crashes += 1
                where = traceback.extract_tb(exc.__traceback__)[-1]
                violations += self._engine(
                    RULE_CRASH,
                    f"rule {rule.spec.code} ({rule.spec.name}) crashed: {type(exc).__name__}: "
                    f"{exc} at {Path(where.filename).name}:{where.lineno}; the other rules ran, "
                    "please report this medlint bug",
                    document,
                )
                continue
            violations += [self._violation(rule.spec.code, document, f, None) for f in findings]
        kept, suppressed = self._suppress(document, violations)
        kept = [
            dataclasses.replace(v, severity=severities[v.code]) if v.code in severities else v
            for v in kept
            if v.code in enabled
        ]
        kept.sort(key=lambda v: v.sort_key)
        return (
            FileResult(
                path, tuple(kept), audience.value, document.kind, suppressed, _facts(document)
            ),
            crashes,
        )

    def _for_file(self, path: str) -> tuple[set[str], dict[str, Severity]]:
        """Enabled codes and severity overrides for one file (per-file configuration)."""
        config = self.options.config
        enabled = set(self.enabled)
        severities: dict[str, Severity] = {}
        if not config.per_file:
            return enabled, severities
        relative = relative_to(path, config.root) or Path(path).as_posix()
        for override in config.per_file:
            if not any(fnmatch.fnmatch(relative, g) for g in override.files):
                continue
            enabled |= {
                s.code for s in self.all_specs if any(matches(s, x) for x in override.extend_select)
            }
            enabled -= {
                s.code for s in self.all_specs if any(matches(s, x) for x in override.ignore)
            }
            for selector, level in override.severity.items():
                for s in self.all_specs:
                    if matches(s, selector):
                        severities[s.code] = Severity.parse(level)
        return enabled, severities

    def _suppress(
        self, document: Document, violations: list[Violation]
    ) -> tuple[list[Violation], int]:
        """Apply inline suppression comments and report the unused, unknown and unexplained."""
        directives = suppression.parse_directives(
            document.source, document.location, suppression.comment_filter(document)
        )
        if not directives:
            return violations, 0

        def error_level(selector: str) -> bool:
            return any(
                matches(s, selector) and s.severity == Severity.ERROR for s in self.all_specs
            )

        outcome = suppression.apply(
            violations,
            directives,
            lambda code, selector: matches(self.by_code[code], selector),
            lambda selector: any(matches(s, selector) for s in self.all_specs),
            error_level,
            self.options.require_suppression_reason
            or self.options.config.require_suppression_reason,
        )
        kept = list(outcome.kept)
        for d in outcome.unused:
            what = " ".join(d.selectors) or "all rules"
            kept += self._engine(
                UNUSED_SUPPRESSION,
                f"suppression 'medlint-{d.kind}' ({what}) suppresses nothing; remove it",
                document,
                d.start,
                d.end,
            )
        for d, selector in outcome.unknown:
            kept += self._engine(
                UNKNOWN_SUPPRESSION,
                f"suppression 'medlint-{d.kind}' names no rule: {selector!r}",
                document,
                d.start,
                d.end,
            )
        for d in outcome.missing_reason:
            kept += self._engine(
                SUPPRESSION_REASON,
                f"suppression 'medlint-{d.kind}' of an error-level rule gives no reason; add "
                "one after ' -- '",
                document,
                d.start,
                d.end,
            )
        return kept, outcome.suppressed

    def fix_file(self, path: str) -> fixes.Plan | None:
        """The safe fixes for one file, or None if the file cannot be read. Fixes only
        what is right by construction (fixes.py); the plan keeps the bytes, codec and
        byte-order mark the file was read with, so it is written back the same way."""
        planned = self.planned_edits(path)
        if planned is None:
            return None
        after = fixes.apply_edits(planned.text, list(planned.edits))
        return fixes.Plan(path, planned.raw, planned.text, after, planned.encoding, planned.bom)

    def planned_edits(self, path: str) -> PlannedEdits | None:
        """The file as read and the safe fixes' edits (fixes.Edit), or None if it cannot
        be read (or lies outside the project: the lint reports that as MED900)."""
        if boundary.escapes(path, self.root):
            return None
        raw, _problem = read_bytes(path)
        if raw is None:
            return None
        decoded = reading.decode(raw, reading.kind_of(path, raw))
        if decoded.text is None:
            return None
        text = decoded.text
        document = parse(path, text)
        edits = (
            fixes.date_edits(document)
            if "MED001" in self.enabled or "MED106" in self.enabled
            else []
        )
        wordings = self.options.config.organization.get("disclaimers", ())
        if wordings and "MED101" in self.enabled:
            result, _ = self.lint_text(path, text)
            if any(v.code == "MED101" for v in result.violations) and not kinds.contains_any(
                document, wordings
            ):
                edits.append(fixes.disclaimer_edit(document, wordings[0]))
        return PlannedEdits(raw, text, decoded.encoding, reading.bom_of(raw), tuple(edits))

    def lint_file(self, path: str, today: dt.date | None = None) -> tuple[FileResult, int]:
        """One file's result; a medlint bug on this file becomes a MED902 on it (exit 3)
        and the other files are still linted and reported."""
        try:
            return self._lint_file(path, today)
        except RuleFileError:
            raise  # bad rule data stops the run (exit 2), it is not this file's problem
        except Exception as exc:
            return FileResult(
                path,
                tuple(
                    self._engine(
                        RULE_CRASH,
                        f"medlint failed on this file ({type(exc).__name__}: {exc}); this is a "
                        "medlint bug, please report it",
                    )
                ),
            ), 1

    def _lint_file(self, path: str, today: dt.date | None = None) -> tuple[FileResult, int]:
        escape = boundary.escapes(path, self.root)
        if escape:
            return FileResult(path, tuple(self._engine(UNREADABLE, escape))), 0
        data, problem = read_bytes(path)
        if data is None:
            return FileResult(path, tuple(self._engine(UNREADABLE, problem or "unreadable"))), 0
        key = None
        if self.cache is not None and today is None:
            key = self.cache.key(path, data)
            cached = self.cache.get(key, path)
            if cached is not None:
                return cached, 0
        decoded = reading.decode(data, reading.kind_of(path, data))
        if decoded.text is None:
            problem = decoded.problem or "unreadable"
            return FileResult(path, tuple(self._engine(UNREADABLE, problem))), 0
        result, crashes = self.lint_text(
            path, decoded.text, today, encoding=(decoded.encoding, decoded.how)
        )
        if key is not None and self.cache is not None and not crashes:
            self.cache.put(key, result)
        return result, crashes

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
        if self.options.shard is None:
            return found
        k, n = self.options.shard
        files = tuple(p for i, p in enumerate(found.files) if i % n == k - 1)
        return Found(files, found.skipped if k == 1 else ())

    def files_to_lint(self, paths: Iterable[str]) -> list[str]:
        return list(self.discover(paths).files)

    def lint_paths(
        self, paths: list[str], progress: Callable[[int, int], None] | None = None
    ) -> Iterator[tuple[FileResult, int]]:
        """Results in input order, streamed as they complete; with jobs > 1, one worker
        process per job, each with its own spaCy pipeline."""
        jobs = min(self.options.jobs, max(1, len(paths) // 8))
        total = len(paths)
        if jobs <= 1:
            for i, path in enumerate(paths, 1):
                yield self.lint_file(path)
                if progress:
                    progress(i, total)
            return
        context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        with ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.options, self.all_specs),
        ) as pool:
            for i, outcome in enumerate(pool.map(_lint_in_worker, paths, chunksize=16), 1):
                yield outcome
                if progress:
                    progress(i, total)

    def run(
        self,
        paths: Iterable[str],
        stdin: tuple[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> RunResult:
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
            files.append(FileResult(skipped.path, tuple(self._engine(UNREADABLE, skipped.reason))))
        for result, n in self.lint_paths(list(found.files), progress):
            files.append(result)
            crashes += n
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


def _facts(document: Document) -> tuple[tuple[str, str], ...]:
    """What an audit shows per article, as plain strings (dates as ISO when parseable)."""
    from medlint import document as d
    from medlint.checks.dates import update_date
    from medlint.checks.review import normalise_status
    from medlint.dates import parse_date

    def iso(meta: object) -> str:
        value = getattr(meta, "value", None)
        parsed = parse_date(value) if value is not None else None
        return parsed.value.isoformat() if parsed and parsed.value else ""

    status = document.meta(d.REVIEW_STATUS)
    return (
        ("title", " ".join(str(document.title or "").split())[:200]),
        ("updated", iso(update_date(document))),
        ("reviewed", iso(document.meta(d.LAST_REVIEWED))),
        ("status", normalise_status(status.value) if status else ""),
    )


_WORKER: dict[str, Linter] = {}  # the one Linter of a worker process


def _init_worker(options: Options, specs: tuple[RuleSpec, ...]) -> None:
    _WORKER["linter"] = Linter(options, specs)


def _lint_in_worker(path: str) -> tuple[FileResult, int]:
    return _WORKER["linter"].lint_file(path)


# The largest article medlint reads (bytes). Real health articles are well under 1 MB
# (the largest page in the NIH/NCI corpus is 1.1 MB); a bigger file is reported as
# unreadable rather than tying up a CI job (see docs/robustness.md).
MAX_FILE_BYTES = 10 * 1024 * 1024

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a directory"),
)


def read_bytes(path: str) -> tuple[bytes | None, str | None]:
    """Read a regular file, or say clearly why it cannot be read. The file is opened
    without blocking and checked with fstat before reading, so a FIFO or device named
    like an article cannot hang the run."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None, "no such file or directory"
    except IsADirectoryError:
        return None, "is a directory"
    except PermissionError:
        return None, "permission denied: medlint cannot read this file"
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror or exc}"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
            return None, f"is {kind}, not a regular file; medlint reads only regular files"
        if info.st_size > MAX_FILE_BYTES:
            return None, (
                f"is too large to lint ({info.st_size / 2**20:.1f} MB; the limit is "
                f"{MAX_FILE_BYTES // 2**20} MB)"
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_FILE_BYTES + 1), None
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror or exc}"
    finally:
        os.close(fd)


def read_text(path: str) -> tuple[str | None, str | None]:
    """Read a file as text, or say clearly why it cannot be read."""
    data, problem = read_bytes(path)
    if data is None:
        return None, problem
    return decode(data, path)


def decode(data: bytes, path: str = "") -> tuple[str | None, str | None]:
    """The text of a file's bytes (see ``reading``), or why it cannot be decoded."""
    decoded = reading.decode(data, reading.kind_of(path, data))
    return decoded.text, decoded.problem
