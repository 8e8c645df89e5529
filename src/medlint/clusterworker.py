"""The worker side of linting on a Dask cluster (``--scheduler``; the client side is
``cluster.py``): a worker plugin that keeps one loaded Linter per run configuration,
and the task that analyses a chunk of files with it.

What a worker runs is its own installed medlint: the client sends data only (the
options, the rule specs as loaded on the client, the project root, the files' paths or
bytes and the rules enabled for each), and names medlint's functions by reference. A
rule spec of ``kind: python`` resolves only to classes in ``medlint.checks`` on the
worker too, so the linted repository can change no more on a worker than it can on
the client (docs/scaling.md, "Security").
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from distributed import Worker, WorkerPlugin, get_worker

from medlint import reading
from medlint.cache import user_cache_root
from medlint.daily import Analysed
from medlint.engine import Linter
from medlint.model import FileResult
from medlint.ruleset import RuleFileError, RuleSpec
from medlint.running import FileRunner
from medlint.selection import Options

Outcome = tuple[Analysed | FileResult, int]


@dataclass(frozen=True)
class Task:
    """One file for a worker: the path as named and reported, the rules the per-file
    configuration enables for it (decided by the client, whose folder the path is
    relative to), its absolute path on the client, and its bytes unless the workers
    share the client's filesystem (then the worker reads ``where`` itself)."""

    path: str
    enabled: frozenset[str]
    where: str
    data: bytes | None = None


@dataclass(frozen=True)
class Recipe:
    """What a worker builds its Linter from: the run's options and rule specs, the
    client's project root (files read on the worker are held to it, as on the client),
    whether the worker keeps its own result cache (shared files only), and the client's
    code-and-data fingerprint (``cache.data_fingerprint``; the client checks that every
    worker has the same before the run)."""

    options: Options
    specs: tuple[RuleSpec, ...]
    root: str
    worker_cache: bool
    fingerprint: str

    @cached_property
    def key(self) -> str:
        """What identifies the run configuration on a worker (not the day: the client
        judges each analysis on the day)."""
        text = repr((self.options.fingerprint(), self.specs, self.root, self.worker_cache))
        return hashlib.sha256((self.fingerprint + text).encode()).hexdigest()


class Linters(WorkerPlugin):
    """A worker's loaded Linters, one per run configuration (:attr:`Recipe.key`),
    each built on the first chunk that needs it and kept for later runs with the same
    configuration; the least recently used beyond :data:`KEEP` is dropped."""

    KEEP = 2
    runners: OrderedDict[str, FileRunner]
    lock: threading.Lock  # a worker may run chunks in several threads

    def setup(self, worker: Worker) -> None:  # on the worker: the plugin is sent empty
        self.runners = OrderedDict()
        self.lock = threading.Lock()

    def teardown(self, worker: Worker) -> None:
        self.runners.clear()

    def runner(self, recipe: Recipe) -> FileRunner:
        key = recipe.key
        with self.lock:
            if key not in self.runners:
                self.runners[key] = build(recipe)
                while len(self.runners) > self.KEEP:
                    self.runners.popitem(last=False)
            self.runners.move_to_end(key)
            return self.runners[key]


PLUGIN = "medlint-linters"


def build(recipe: Recipe) -> FileRunner:
    """The worker's file runner for a recipe: a Linter built from the client's specs (no
    pack or plugin is loaded here), held to the client's project root, with the worker's
    own result cache or none."""
    cache_dir = user_cache_root() if recipe.worker_cache else None
    options = dataclasses.replace(recipe.options, jobs=1, cache_dir=cache_dir, scheduler=None)
    linter = Linter(options, recipe.specs)
    return FileRunner(
        options,
        linter.selection,
        linter.build_rules,
        Path(recipe.root),
        linter.cache,
        linter.diagnostics,
    )


def lint(runner: FileRunner, task: Task) -> Outcome:
    """The file's analysis (judged on the client, which knows the day and its own
    folder), or its final result when it cannot be read, decoded or parsed; a medlint
    bug on the file is a crash diagnostic on it, as in a local run, and bad rule data
    (RuleFileError) stops the run on the client."""
    try:
        data = task.data
        if data is None:  # a shared filesystem: read here, held to the project root
            data, unread = runner.read(task.where)
            if data is None:
                return dataclasses.replace(unread or FileResult(task.where), path=task.path), 0
        return runner.analysis(task.path, data, task.enabled, key_path=task.where)
    except RuleFileError:
        raise
    except Exception as exc:
        return runner.failure(task.path, exc), 1


def lint_chunk(recipe: Recipe, tasks: tuple[Task, ...]) -> list[Outcome]:
    """The task a worker runs: a chunk of files, with this worker's Linter for the recipe."""
    plugin = get_worker().plugins.get(PLUGIN)
    if not isinstance(plugin, Linters):
        raise RuntimeError(f"the {PLUGIN} worker plugin is not registered on this worker")
    runner = plugin.runner(recipe)
    return [lint(runner, task) for task in tasks]


def has_plugin(dask_worker: Worker) -> bool:
    return isinstance(dask_worker.plugins.get(PLUGIN), Linters)


def digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def sees(samples: tuple[tuple[str, str], ...]) -> bool:
    """Does this worker read the same bytes at the same absolute paths as the client
    (a shared filesystem)? ``samples``: (absolute path, SHA-256 of its bytes) of a few
    of the files."""
    return all(digest(reading.read_bytes(where)[0]) == sha for where, sha in samples)
