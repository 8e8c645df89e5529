"""Running the rules on files: one file at a time (crash isolation, suppression, the
cache), many files in worker processes, and shards of a file list.

A :class:`FileRunner` turns a file into a :class:`~medlint.model.FileResult`: it reads
and parses the file, runs the rules that apply to it, places their position-free findings
(code, severity, line/column), applies inline suppression and per-file configuration.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import gc
import os
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from medlint import boundary, fixes, reading
from medlint.cache import Cache
from medlint.daily import Analysed, Pending
from medlint.diagnostics import ALWAYS_REPORTED, Diagnostic, Diagnostics
from medlint.discovery import Found
from medlint.document import Document
from medlint.model import Edit, FileResult, Finding, Severity, Violation
from medlint.ruleset import RuleFileError, RuleSpec
from medlint.selection import Options, Selection
from medlint.suppressing import located_directives, suppress

if TYPE_CHECKING:  # the analysis modules are imported on the first file to analyse
    import multiprocessing.context

    from medlint import kinds
    from medlint.nlp import PatternBank


@contextmanager
def collector_paused() -> Iterator[bool]:
    """Python's cyclic garbage collector off while the rules, the bank and what the rules
    prepare are built (and back as it was after). Building them allocates about 230,000
    objects that live as long as the process, and the collector walked them again and
    again while they were made (417 young, 38 middle and 3 full collections: 0.17-0.26 of
    a start-up's 1.4-1.7 CPU s, docs/performance.md, Round 19); what they leave as
    garbage is about 3,000 objects, collected later as usual (or frozen with the rest
    when workers fork). No finding depends on when the collector runs. Yields whether it
    paused the collector (False: it was off already and is left so)."""
    if not gc.isenabled():  # paused already (nested), or off by the embedding program
        yield False
        return
    gc.disable()
    try:
        yield True
    finally:
        gc.enable()


# A full collection after at most this many documents' young collections (below); the
# corpus leaves no cyclic garbage among what survives a document (docs/performance.md,
# Round 48), so this only bounds what a rule's memo might leave.
FULL_EVERY = 1000

# Set to a file name, each process appends one line per document analysed with the collector
# off (collected_per_document): the process id, "worker" in a worker process of lint_paths
# else "main", the frozen count and the generation collected after it (the debug path
# tests/test_collector_round48.py reads; docs/performance.md, Round 48).
GC_LOG_ENV = "MEDLINT_GC_LOG"


@contextmanager
def collected_per_document() -> Iterator[None]:
    """The cyclic garbage collector off while one document is analysed, and what the
    analysis left as cyclic garbage collected once when it ends (generations 0 and 1: all
    of it, since no collection ran during it; a full collection instead after FULL_EVERY
    documents), then the collector back on. During a long page the collector otherwise
    ran again and again over the page's growing objects (640,000 characters of list
    items: 17 full collections, 1.34 s of 5.19 s; Round 48), and on ordinary pages some
    600 young collections per 600 documents. Memory: a document's cyclic garbage lives
    until its analysis ends, so what the collector would have freed during one document is
    freed at its end instead; the peak on one page measured the same as main's (Round 48's
    review: 2, 5 and 10 MB pages), and the peak over a corpus grows with the corpus on main
    and here alike (docs/performance.md). Left alone when the collector is off already
    (nested, or the embedding program's choice). No finding depends on when the collector
    runs. The debug log is written only after a document analysed without an exception,
    and a log that cannot be written is skipped: it never changes a run's outcome."""
    with collector_paused() as paused:
        try:
            yield
        finally:
            if paused:  # while the collector is still off: no collection races it
                generation = 2 if gc.get_count()[2] >= FULL_EVERY else 1
                gc.collect(generation)
    if paused:
        _log_collection(generation)


def _log_collection(generation: int) -> None:
    """One line of the debug log (``GC_LOG_ENV``), when it is set and can be written."""
    log = os.environ.get(GC_LOG_ENV)
    if not log:
        return
    role = "worker" if _WORKER else "main"
    try:
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()} {role} {gc.get_freeze_count()} {generation}\n")
    except OSError:
        pass  # a debug aid: an unwritable log never fails the lint


@functools.cache
def _freeze_once() -> None:
    """Once a process, when the first rule set and bank are built (before the collector is
    back): what exists then (the rules, spaCy's pipeline, the bank: some 180,000 tracked
    objects that live as long as the process) goes to the permanent generation, so the
    full collections while files are linted, and the first one after the build, skip it
    instead of walking it (0.16-0.18 of 600 files' 6.5 CPU s, docs/performance.md, Round
    29d). Forked runs freeze before each pool as well and unfreeze when it ends
    (``gc.unfreeze`` undoes this one too). No finding depends on when the collector runs."""
    gc.freeze()  # functools.cache: the first call in a process, and never again


class FileRunner:
    """Lints one file or text with a built rule set."""

    def __init__(
        self,
        options: Options,
        selection: Selection,
        build: Callable[[], tuple[Sequence[kinds.Rule], PatternBank]],
        root: Path,
        cache: Cache | None,
        diagnostics: Diagnostics,
    ) -> None:
        self.options = options
        self.diagnostics = diagnostics
        self.selection = selection
        self._build = build
        self.root = root
        self.cache = cache

    # The rules and their pattern bank are built on first use: a run whose files all come
    # from the cache judges them without any rule (building them, with the red-flag
    # knowledge base, was a third of such a run's start-up).
    @cached_property
    def _built(self) -> tuple[Sequence[kinds.Rule], PatternBank]:
        return self._build()

    @property
    def rules(self) -> Sequence[kinds.Rule]:
        return self._built[0]

    @property
    def bank(self) -> PatternBank:
        return self._built[1]

    @cached_property
    def needs_nlp(self) -> bool:
        return any(rule.needs_nlp for rule in self.rules)

    def ensure_compiled(self) -> None:
        """Compile every pattern before the first file that needs NLP, so bad rule data
        fails the run (exit 2) instead of crashing on each file. Metadata-only and fully
        cached runs never get here, so they never import spaCy."""
        with collector_paused():  # the rules and the bank are built here, once
            if not self.needs_nlp:
                return
            from medlint.patterns import PatternError

            try:
                self.bank.compiled  # noqa: B018 - cached_property, compiled for its effect
            except PatternError as exc:
                raise RuleFileError(str(exc)) from None
            _freeze_once()

    def prepare_workers(self, paths: Sequence[str] = (), complete: bool = True) -> None:
        """Before worker processes fork from this one: compile the pattern bank and build
        what the rules would otherwise each build on their first document (``Prepares``:
        the red-flag topics' regexes, the syllable dictionaries) and the parsers ``paths``
        need, so every worker inherits them instead of building its own (a run starts
        one worker per job and pool). Not ``complete``: of a ``PreparesCommon`` rule's
        state only what every document reads (the workers are not replaced, so each
        builds the rest its own files need, on demand and in parallel)."""
        with collector_paused():
            self.ensure_compiled()
            from medlint.parsing import prepare

            prepare(paths)
            if not self.needs_nlp:
                return
            from medlint.kinds import Prepares, PreparesCommon

            for rule in self.rules:
                if not complete and isinstance(rule, PreparesCommon):
                    rule.prepare_common()
                elif isinstance(rule, Prepares):
                    rule.prepare()

    # -- results -------------------------------------------------------------------------
    def violation(
        self, code: str, document: Document | None, finding: Finding, severity: Severity | None
    ) -> Violation:
        spec = self.selection.by_code[code]
        edits: tuple[Edit, ...] = ()
        utf8: tuple[int, int] | None = None
        if document is not None:
            line, column = document.location(finding.start)
            end_line, end_column = document.location(max(finding.end, finding.start))
            snippet = document.source[finding.start : finding.end]
            edits = tuple(
                dataclasses.replace(e, span=document.span(e.start, e.end)) for e in finding.edits
            )
            utf8 = (
                document.utf8_column(finding.start),
                document.utf8_column(max(finding.end, finding.start)),
            )
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
            edits=edits,
            utf8_columns=utf8,
        )

    def engine(
        self,
        diagnostic: Diagnostic,
        message: str,
        document: Document | None = None,
        start: int = 0,
        end: int = 0,
    ) -> list[Violation]:
        """The engine's own finding, if its rule is enabled (or must always be reported)."""
        code = self.diagnostics.code(diagnostic)
        if code not in self.selection.enabled and diagnostic not in ALWAYS_REPORTED:
            return []
        spec = self.selection.by_code[code]
        return [self.violation(code, document, Finding(start, end, message, spec.fix), None)]

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
        analysed, crashes = self.analyse_text(path, text, encoding)
        if isinstance(analysed, FileResult):
            return analysed, crashes
        return self.judge(analysed, today or self.options.today), crashes

    def analyse_text(
        self,
        path: str,
        text: str,
        encoding: tuple[str, str] = ("utf-8", reading.UTF8),
        enabled: frozenset[str] | None = None,
    ) -> tuple[Analysed | FileResult, int]:
        """The day-independent analysis of one document (what the cache stores), or the
        final result when medlint could not parse it; and the number of rule crashes.
        ``enabled``: the rules the per-file configuration enables for ``path``, when the
        caller decided them (a cluster worker, whose folder is not the caller's)."""
        self.ensure_compiled()
        with collected_per_document():
            return self._analyse_text(path, text, encoding, enabled)

    def _analyse_text(
        self,
        path: str,
        text: str,
        encoding: tuple[str, str],
        enabled: frozenset[str] | None,
    ) -> tuple[Analysed | FileResult, int]:
        # Imported here: a run whose files all come from the cache never loads the parsers,
        # the rules' modules nor spaCy.
        from medlint.audience import detect as detect_audience
        from medlint.facts import audit_facts
        from medlint.kinds import Context
        from medlint.parsing import parse

        try:
            document = dataclasses.replace(
                parse(path, text), encoding=encoding[0], encoding_how=encoding[1]
            )
        except Exception as exc:  # a parser bug must not stop the run
            return FileResult(
                path,
                tuple(
                    self.engine(
                        Diagnostic.CRASH,
                        f"medlint could not parse this file ({type(exc).__name__}: {exc}); "
                        "this is a medlint bug, please report it",
                    )
                ),
                None,
                None,
            ), 1
        audience = detect_audience(document)
        ctx = Context(document, audience, None, self.bank)  # rules never read the day
        if enabled is None:
            enabled = frozenset(self.selection.for_file(path, self.options.config)[0])
        pending: list[Pending] = []
        for problem in document.problems:
            pending += map(
                Pending,
                self.engine(
                    Diagnostic.PARSE_ERROR, problem.message, document, problem.start, problem.end
                ),
            )
        crashes = 0
        for rule in self.rules:
            if rule.spec.code not in enabled or not rule.spec.applies_to(audience.value):
                continue
            if rule.spec.genres and not rule.spec.applies_to_genre(ctx.genre.id):
                continue  # a rule file's `genres:` (a listing page is not an article)
            try:
                findings = list(rule.check(ctx.reading(rule.spec.regions)))
            except Exception as exc:
                crashes += 1
                where = traceback.extract_tb(exc.__traceback__)[-1]
                message = (
                    f"rule {rule.spec.code} ({rule.spec.name}) crashed: {type(exc).__name__}: "
                    f"{exc} at {Path(where.filename).name}:{where.lineno}; the other rules ran, "
                    "please report this medlint bug"
                )
                pending += map(Pending, self.engine(Diagnostic.CRASH, message, document))
                continue
            pending += [
                Pending(
                    self.violation(rule.spec.code, document, f, None),
                    f.valid_from,
                    f.valid_until,
                    f.parts,
                )
                for f in findings
            ]
        analysed = Analysed(
            path,
            tuple(pending),
            located_directives(document),
            audience.value,
            document.kind,
            audit_facts(document, ctx.facts),
        )
        return analysed, crashes

    def judge(self, analysed: Analysed, today: dt.date) -> FileResult:
        """The result on ``today``: the findings that hold that day, with their messages
        rendered, then inline suppression and the per-file configuration."""
        violations = [v for p in analysed.pending if (v := p.on(today)) is not None]
        enabled, severities = self.selection.for_file(analysed.path, self.options.config)
        kept, suppressed = suppress(self, analysed.directives, violations)
        kept = [
            dataclasses.replace(v, severity=severities[v.code]) if v.code in severities else v
            for v in kept
            if v.code in enabled
        ]
        kept.sort(key=lambda v: v.sort_key)
        return FileResult(
            analysed.path,
            tuple(kept),
            analysed.audience,
            analysed.format,
            suppressed,
            analysed.facts,
        )

    def lint_file(self, path: str, today: dt.date | None = None) -> tuple[FileResult, int]:
        """One file's result; a medlint bug on this file becomes a crash diagnostic on it
        (exit 3) and the other files are still linted and reported."""
        return self._isolated(path, lambda: self._lint_read(path, today)[:2])

    def from_cache(self, path: str, key: str | None = None) -> tuple[FileResult, int] | None:
        """What :meth:`lint_file` gives when that needs no analysis: the file's result from
        its cached analysis, or the result of a file that cannot be read; None when the
        file must be analysed (or when anything goes wrong, so lint_file reports it).
        ``key``: the file's entry name, when this run has read and keyed it already
        (:meth:`run_record`); then the file is not read again."""
        if self.cache is None:
            return None
        try:
            if key is None:
                data, unread = self.read(path)
                if data is None:
                    return unread or FileResult(path), 0
                key = self.cache.key(path, data)
            cached = self.cache.get(key, path)
            return None if cached is None else (self.judge(cached, self.options.today), 0)
        except Exception:
            return None

    def run_record(self, paths: Sequence[str]) -> RunRecord | None:
        """Every file's entry name (each file read once) and the run-level record of
        ``paths`` on this run's day; None without a cache. A record needs every file's
        bytes: if one cannot be read, the record has no name (the files are linted one
        by one, and the run is not recorded)."""
        if self.cache is None or not paths:
            return None
        keys: dict[str, str] = {}
        complete = True
        for path in paths:
            try:
                data, _unread = self.read(path)
            except Exception:
                data = None
            if data is None:
                complete = False
                continue
            keys[path] = self.cache.key(path, data)
        today = self.options.today.isoformat()
        name = self.cache.run_name(today, [(p, keys[p]) for p in paths]) if complete else None
        return RunRecord(self.cache, keys, name)

    def fix_file(
        self, path: str, apply: Callable[[fixes.Plan], bool], unsafe: bool = False
    ) -> tuple[FileResult, int]:
        """Lint one file once and hand the edits its findings carry (fixes.plan: safe
        ones, and unsafe ones with ``unsafe``) to ``apply``, which writes or shows them and
        returns True when the file now holds the new text. Only then is the new text
        linted again, so the result reports what is left: one parse per file, a second
        one for a file the fix changed."""
        return self._isolated(path, lambda: self._fix_file(path, apply, unsafe))

    def _fix_file(
        self, path: str, apply: Callable[[fixes.Plan], bool], unsafe: bool
    ) -> tuple[FileResult, int]:
        result, crashes, raw = self._lint_read(path)
        if raw is None or not any(v.edits for v in result.violations):
            return result, crashes
        decoded = reading.decode(raw, reading.kind_of(path, raw))
        if decoded.text is None:
            return result, crashes
        plan = fixes.plan(path, raw, decoded.text, decoded.encoding, result.violations, unsafe)
        if not plan.changes or not apply(plan):
            return result, crashes
        return self.lint_text(path, plan.after, encoding=(decoded.encoding, decoded.how))

    def _isolated(
        self, path: str, work: Callable[[], tuple[FileResult, int]]
    ) -> tuple[FileResult, int]:
        try:
            return work()
        except RuleFileError:
            raise  # bad rule data stops the run (exit 2), it is not this file's problem
        except Exception as exc:
            return self.failure(path, exc), 1

    def failure(self, path: str, exc: Exception) -> FileResult:
        """A medlint bug on this file, as a crash diagnostic on it (exit 3)."""
        message = (
            f"medlint failed on this file ({type(exc).__name__}: {exc}); this is a medlint "
            "bug, please report it"
        )
        return FileResult(path, tuple(self.engine(Diagnostic.CRASH, message)))

    def _lint_read(
        self, path: str, today: dt.date | None = None
    ) -> tuple[FileResult, int, bytes | None]:
        """One file's result, and the bytes it was computed from (None if it could not
        be read)."""
        data, unread = self.read(path)
        if data is None:
            return unread or FileResult(path), 0, None
        analysed, crashes = self.analysis(path, data)
        if isinstance(analysed, FileResult):
            return analysed, crashes, data
        return self.judge(analysed, today or self.options.today), crashes, data

    def read(self, path: str) -> tuple[bytes | None, FileResult | None]:
        """A file's bytes, or the result of a file that must not or cannot be read (a link
        out of the project root, a missing file, a FIFO, ...)."""
        escape = boundary.escapes(path, self.root)
        if escape:
            return None, FileResult(path, tuple(self.engine(Diagnostic.UNREADABLE, escape)))
        data, problem = reading.read_bytes(path)
        if data is None:
            unreadable = self.engine(Diagnostic.UNREADABLE, problem or "unreadable")
            return None, FileResult(path, tuple(unreadable))
        return data, None

    def analysis(
        self,
        path: str,
        data: bytes,
        enabled: frozenset[str] | None = None,
        key_path: str | None = None,
    ) -> tuple[Analysed | FileResult, int]:
        """The analysis of a file's bytes, from the cache or fresh (and then cached), or
        the final result of a file that cannot be decoded or parsed. ``key_path``: the
        path the cache entry is keyed on, when it is not ``path`` (a cluster worker keys
        on the absolute path, since it does not share the caller's folder)."""
        key, cached = self.lookup(key_path or path, data, path)
        if cached is not None:
            return cached, 0
        analysed, crashes = self.analyse_bytes(path, data, enabled)
        self.remember(key, analysed, crashes)
        return analysed, crashes

    def analyse_bytes(
        self, path: str, data: bytes, enabled: frozenset[str] | None = None
    ) -> tuple[Analysed | FileResult, int]:
        """Decode the bytes as a browser or editor would and analyse the text (no cache)."""
        decoded = reading.decode(data, reading.kind_of(path, data))
        if decoded.text is None:
            problem = decoded.problem or "unreadable"
            return FileResult(path, tuple(self.engine(Diagnostic.UNREADABLE, problem))), 0
        return self.analyse_text(path, decoded.text, (decoded.encoding, decoded.how), enabled)

    def lookup(self, key_path: str, data: bytes, path: str) -> tuple[str | None, Analysed | None]:
        """The cache key of these bytes at ``key_path`` (None without a cache) and the
        cached analysis, reported as ``path``, if there is one."""
        if self.cache is None:
            return None, None
        key = self.cache.key(key_path, data)
        return key, self.cache.get(key, path)

    def remember(self, key: str | None, analysed: Analysed | FileResult, crashes: int) -> None:
        """Cache an analysis under ``key`` (from :meth:`lookup`); never a final result
        (undecodable, unparsable) nor an analysis in which a rule crashed."""
        if key is None or self.cache is None or crashes or not isinstance(analysed, Analysed):
            return
        self.cache.put(key, analysed)


@dataclasses.dataclass(frozen=True)
class RunRecord:
    """A run's files' entry names (by path) and the name of its run-level record (None
    when some file could not be read): what :func:`lint_paths` asks the cache for first,
    and records after a run it had to work for."""

    cache: Cache
    keys: dict[str, str]
    name: str | None

    def results(self) -> tuple[FileResult, ...] | None:
        """The recorded results, or None (no record, or not one to trust)."""
        if self.name is None:
            return None
        return self.cache.get_run(self.name)

    def write(self, results: list[FileResult]) -> None:
        """Record a run's results; only when every file had an entry name."""
        if self.name is not None:
            self.cache.put_run(self.name, results)


# -- many files ----------------------------------------------------------------------------
class LintsFiles(Protocol):
    def lint_file(self, path: str) -> tuple[FileResult, int]: ...


class RunsFiles(LintsFiles, Protocol):
    """What :func:`lint_paths` runs: files linted here or in forked workers."""

    def from_cache(self, path: str, key: str | None = None) -> tuple[FileResult, int] | None: ...

    def run_record(self, paths: Sequence[str]) -> RunRecord | None: ...

    def ensure_compiled(self) -> None: ...

    def prepare_workers(self, paths: Sequence[str] = (), complete: bool = True) -> None: ...


# Files one worker process lints before it is replaced. spaCy's vocabulary keeps every
# word a process has met, and it never shrinks, so a worker's memory grows with the text
# it has read (the whole corpus: 319 MB against 148 MB after 150 articles per worker); a
# fresh worker forked from the parent starts again from the parent's memory. Larger
# means fewer cold starts (a fresh worker meets its first words and chunks again), and
# fewer waits at the end of each round for the slowest worker.
FILES_PER_WORKER = 1000
# Files sent to a worker at a time, except for each pool's last CHUNK_FILES files per
# worker, which go one at a time: a worker that finishes early waits, at the end of a pool,
# for the last chunk the other is still linting (16 files left one of two workers idle for
# 0.9-2.2 s at the end of a 300-article run), while every chunk costs the parent a little
# (docs/performance.md, Round 18).
CHUNK_FILES = 16


def lint_paths(
    runner: RunsFiles,
    paths: list[str],
    jobs: int,
    worker: tuple[
        Callable[[Options, tuple[RuleSpec, ...]], LintsFiles], Options, tuple[RuleSpec, ...]
    ],
    progress: Callable[[int, int], None] | None = None,
    files_per_worker: int = FILES_PER_WORKER,
) -> Iterator[tuple[FileResult, int]]:
    """Results in input order, streamed as they complete. With jobs > 1, files whose
    analysis is cached are judged here first (a fully cached run starts no worker and
    never imports spaCy); the others go to worker processes. Where processes fork, the
    workers are forked from this one after its pattern bank is compiled, so they share
    its built rules and spaCy pipeline instead of building their own; elsewhere each
    builds its own Linter from ``worker`` (how, and from what). A worker lints at most
    about ``files_per_worker`` files and is then replaced by a fresh one, so that the
    memory of a run does not grow with the size of the backlog (see _in_pools).

    With a cache, the run-level record of these paths (their content, the rules, options
    and day) answers first: a hit is the whole run's results, checked by one MAC (no
    entry is verified, decoded or judged). Otherwise the files are linted as above (each
    file's entry name, computed for the record, is not computed again) and, when every
    result came from an entry under the name the record was named with (no file was
    analysed: a file analysed now is read again, and may have changed since it was
    named), the run is recorded."""
    record = runner.run_record(paths)
    if record is not None:
        recorded = record.results()
        if recorded is not None and [r.path for r in recorded] == paths:
            for i, result in enumerate(recorded, 1):
                yield result, 0
                if progress:
                    progress(i, len(paths))
            return
    keys = {} if record is None else record.keys
    recordable = record is not None and record.name is not None
    results: list[FileResult] = []
    outcomes = _lint_paths(runner, paths, jobs, worker, keys, progress, files_per_worker)
    for result, crashes, from_entry in outcomes:
        recordable = recordable and from_entry
        if recordable:
            results.append(result)
        yield result, crashes
    if record is not None and recordable:
        record.write(results)


def _lint_paths(
    runner: RunsFiles,
    paths: list[str],
    jobs: int,
    worker: tuple[
        Callable[[Options, tuple[RuleSpec, ...]], LintsFiles], Options, tuple[RuleSpec, ...]
    ],
    keys: dict[str, str],
    progress: Callable[[int, int], None] | None,
    files_per_worker: int,
) -> Iterator[tuple[FileResult, int, bool]]:
    """:func:`lint_paths` without the run-level record; ``keys``: the entry names this
    run computed, by path. Each result says whether it came from the cache (or is an
    unreadable file's) rather than from an analysis."""
    total = len(paths)
    if min(jobs, max(1, total // 8)) <= 1:
        for i, path in enumerate(paths, 1):
            key = keys.get(path)
            hit = None if key is None else runner.from_cache(path, key)
            yield (*hit, True) if hit is not None else (*runner.lint_file(path), False)
            if progress:
                progress(i, total)
        return
    known = [runner.from_cache(path, keys.get(path)) for path in paths]
    missing = [path for path, result in zip(paths, known, strict=True) if result is None]
    jobs = min(jobs, max(1, len(missing) // 8))
    if jobs <= 1:
        fresh: Iterator[tuple[FileResult, int]] = map(runner.lint_file, missing)
        yield from _in_order(known, fresh, progress)
        return
    import multiprocessing  # only when a file needs a worker

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    if context.get_start_method() == "fork":
        # Once, here: the workers inherit what it built. All of it when workers will be
        # replaced (more than one pool), or each replacement would build it again.
        complete = len(missing) > max(1, jobs * files_per_worker)  # _in_pools's share
        with collector_paused():
            runner.prepare_workers(missing, complete)
            # Frozen before the collector is back, as _in_pools freezes it for each pool:
            # its first collection would otherwise walk all of it once (0.09 CPU s).
            gc.freeze()
        initializer: Callable[..., None] = _adopt
        initargs: tuple[object, ...] = (runner,)
    else:
        initializer, initargs = _init_worker, worker
    pools = _in_pools(missing, jobs, files_per_worker, context, initializer, initargs)
    try:
        yield from _in_order(known, pools, progress)
    finally:
        gc.unfreeze()  # as after each pool, also when the caller stops before the first


def _in_pools(
    paths: list[str],
    jobs: int,
    files_per_worker: int,
    context: multiprocessing.context.BaseContext,
    initializer: Callable[..., None],
    initargs: tuple[object, ...],
) -> Iterator[tuple[FileResult, int]]:
    """The results of ``paths`` in order, from successive pools of ``jobs`` workers, each
    pool given ``jobs * files_per_worker`` files: every worker process lints about
    ``files_per_worker`` files (the pool spreads its chunks over its workers) and ends
    with its pool, so memory stays bounded however many files there are. A pool is a
    ProcessPoolExecutor, so a worker that dies still fails the run (BrokenProcessPool)
    instead of hanging it."""
    from concurrent.futures import ProcessPoolExecutor  # only when a file needs analysis

    share = max(1, jobs * files_per_worker)
    for begin in range(0, len(paths), share):
        batch = paths[begin : begin + share]
        workers = min(jobs, max(1, -(-len(batch) // CHUNK_FILES)))
        # What exists now (the rules, the bank, spaCy's pipeline) is moved out of the
        # collector's reach while this pool's workers fork: their collections then skip
        # it instead of walking it (and writing to the pages they share with this process).
        # Undone when the pool ends, so this process collects its own garbage again.
        gc.freeze()
        try:
            with ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=initializer, initargs=initargs
            ) as pool:
                split = max(0, len(batch) - workers * CHUNK_FILES)
                # Both maps submit their work now, in this order; the results come in order.
                head = pool.map(_lint_in_worker, batch[:split], chunksize=CHUNK_FILES)
                tail = pool.map(_lint_in_worker, batch[split:])
                yield from head
                yield from tail
        finally:
            gc.unfreeze()


def _in_order(
    known: Sequence[tuple[FileResult, int] | None],
    fresh: Iterator[tuple[FileResult, int]],
    progress: Callable[[int, int], None] | None,
) -> Iterator[tuple[FileResult, int, bool]]:
    """The known results with the fresh ones (in order) in the gaps, each saying whether
    it was known."""
    for i, result in enumerate(known, 1):
        yield (*result, True) if result is not None else (*next(fresh), False)
        if progress:
            progress(i, len(known))


_WORKER: dict[str, LintsFiles] = {}  # the one linter of a worker process


def _adopt(runner: LintsFiles) -> None:
    """A forked worker lints with the linter it inherited (nothing is pickled)."""
    _WORKER["linter"] = runner


def _init_worker(
    build: Callable[[Options, tuple[RuleSpec, ...]], LintsFiles],
    options: Options,
    specs: tuple[RuleSpec, ...],
) -> None:
    _WORKER["linter"] = build(options, specs)


def _lint_in_worker(path: str) -> tuple[FileResult, int]:
    return _WORKER["linter"].lint_file(path)


def shard(found: Found, which: tuple[int, int] | None) -> Found:
    """The k-th of n shares of the files (round robin); the folders that could not be
    read go to the first shard only."""
    if which is None:
        return found
    k, n = which
    files = tuple(p for i, p in enumerate(found.files) if i % n == k - 1)
    return Found(files, found.skipped if k == 1 else ())
