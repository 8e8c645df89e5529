"""Linting on a Dask cluster (``--scheduler tcp://HOST:PORT``): the client side.

The client (this process) discovers the files, decides the per-file configuration,
judges each analysis on the day and reports, exactly as a local run does; the workers
do the expensive part, the analysis (decode, parse, run the rules), each with one
Linter per run configuration, built on first use and kept for later runs
(``clusterworker.Linters``). Files go to the workers in chunks of :data:`CHUNK`, a
bounded number of chunks ahead, and come back in input order with the progress bar.

How workers get a file (``--cluster-files``):

- ``send``: the client reads the file (held to the project root as in a local run) and
  sends its bytes. The client's result cache applies unchanged: a file whose analysis is
  cached is judged on the client and never sent, and new analyses are cached by the
  client under its own key.
- ``shared``: the workers read the file at the client's absolute path (a shared
  filesystem), held to the client's project root. The client never reads it, so its
  cache cannot be asked; each worker keeps its own result cache (its user cache folder
  and key, as a local run on that machine would).
- ``auto`` (default): ``shared`` when every worker reads the same bytes as the client at
  the same absolute paths for a few sample files, else ``send``.

A chunk whose worker died is retried by the scheduler (``distributed.scheduler.
allowed-failures``); a chunk that still fails is retried file by file, and a file that
fails alone is reported as an internal error (MED902) while the run goes on.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from medlint import reading
from medlint.cache import data_fingerprint
from medlint.diagnostics import Diagnostic
from medlint.model import FileResult
from medlint.ruleset import RuleFileError

if TYPE_CHECKING:
    from distributed import Client, Future

    from medlint.clusterworker import Outcome, Recipe, Task
    from medlint.engine import Linter

FILES = ("auto", "shared", "send")
CHUNK = 8  # files per task: amortises the scheduler's per-task cost (about 1 ms)
AHEAD = 3  # chunks in flight per worker thread: keeps workers busy, bounds the bytes held
SAMPLES = 3  # files compared to decide whether the workers share the filesystem
EXTRA = "pip install 'medlint-health[dask]'"


class ClusterError(Exception):
    """The cluster cannot be used for this run (exit 2): Dask is not installed, the
    scheduler cannot be reached or has no workers, or a worker runs another medlint."""


@dataclass(frozen=True)
class _Slot:
    """One file of a chunk: its outcome when the client knows it already (unreadable,
    cached), else the task sent to a worker and the client's cache key for it."""

    path: str
    done: Outcome | None = None
    task: Task | None = None
    key: str | None = None


def lint_paths(
    linter: Linter, paths: Sequence[str], progress: Callable[[int, int], None] | None = None
) -> Iterator[tuple[FileResult, int]]:
    """The files' results in input order, analysed on the cluster at
    ``linter.options.scheduler``; the number of crashes with each."""
    address = linter.options.scheduler or ""
    client = connect(address)
    try:
        from medlint.clusterworker import PLUGIN, Linters, Recipe, has_plugin

        same_medlint(client, address)
        shared = shares_files(client, paths, linter.options.cluster_files)
        recipe = Recipe(
            options=dataclasses.replace(linter.options, scheduler=None, cache_dir=None, jobs=1),
            specs=linter.all_specs,
            root=str(linter.root),
            worker_cache=shared and linter.options.cache_dir is not None,
            fingerprint=data_fingerprint(),
        )
        if not all(client.run(has_plugin).values()):  # kept by the workers across runs
            client.register_plugin(Linters(), name=PLUGIN)
        sent = client.scatter(recipe, broadcast=True, hash=False)
        yield from _Run(client, sent, linter, shared, progress).results(paths)
    finally:
        client.close()


def connect(address: str) -> Client:
    """A client of the scheduler at ``address`` that has at least one worker, waiting at
    most Dask's connect timeout (``distributed.comm.timeouts.connect``, 30 s) for each."""
    try:
        import dask.config
        from dask.utils import parse_timedelta
        from distributed import Client
    except ImportError:
        raise ClusterError(f"--scheduler needs Dask's distributed package: {EXTRA}") from None
    check_address(address)
    wait = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"))
    try:
        client = Client(address, set_as_default=False, timeout=wait)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} ({type(exc).__name__}: {exc}); "
            f"is `dask scheduler` running there and reachable from this machine?"
        ) from None
    try:
        client.wait_for_workers(1, timeout=wait)
    except TimeoutError:
        client.close()
        raise ClusterError(
            f"the Dask scheduler at {address} has no workers (waited {wait:g} s); start "
            f"some with `dask worker {address}`"
        ) from None
    return client


def check_address(address: str) -> None:
    """A scheduler address Dask can dial (``tcp://HOST:PORT``, ``HOST:PORT``, ``tls://``,
    ...), checked before a Client is made: a Client that fails on a malformed address
    hangs for a minute when it is collected."""
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import get_backend

    try:
        scheme, location = parse_address(address)
        get_backend(scheme)
        if scheme in ("tcp", "tls"):
            parse_host_port(location)
    except ValueError as exc:
        raise ClusterError(
            f"--scheduler {address!r} is not a Dask scheduler address ({exc}); expected "
            "tcp://HOST:PORT"
        ) from None


def same_medlint(client: Client, address: str) -> None:
    """Every worker must run the client's medlint (the same code and rule data), or the
    findings could differ from a local run's."""
    ours = data_fingerprint()
    others = sorted(w for w, theirs in client.run(data_fingerprint).items() if theirs != ours)
    if others:
        raise ClusterError(
            f"{len(others)} worker(s) of the scheduler at {address} run another medlint than "
            f"this machine (code or rule data differ), e.g. {others[0]}; install the same "
            "medlint version on the workers"
        )


def shares_files(client: Client, paths: Sequence[str], mode: str) -> bool:
    """Whether workers read the files themselves (``--cluster-files``; see the module)."""
    if mode != "auto":
        return mode == "shared"
    from medlint.clusterworker import digest, sees

    picks = sorted({0, len(paths) // 2, len(paths) - 1}) if paths else []
    samples = []
    for path in (paths[i] for i in picks[:SAMPLES]):
        sha = digest(reading.read_bytes(path)[0])
        if sha is not None:
            samples.append((os.path.abspath(path), sha))
    if not samples:
        return False
    answers = client.run(sees, tuple(samples))
    return bool(answers) and all(answers.values())


class _Run:
    """One run's stream of chunks: prepared on the client, analysed on the workers,
    judged on the client in input order."""

    def __init__(
        self,
        client: Client,
        recipe: Future[Recipe],
        linter: Linter,
        shared: bool,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.client = client
        self.address = linter.options.scheduler
        self.recipe = recipe
        self.runner = linter.files
        self.today = linter.options.today
        self.shared = shared
        self.progress = progress
        self.done = 0
        self.total = 0

    def results(self, paths: Sequence[str]) -> Iterator[tuple[FileResult, int]]:
        self.total = len(paths)
        threads = sum(self.client.nthreads().values()) or 1
        window: deque[tuple[list[_Slot], Future[list[Outcome]] | None]] = deque()
        for start in range(0, len(paths), CHUNK):
            slots = [self.prepare(path) for path in paths[start : start + CHUNK]]
            tasks = tuple(s.task for s in slots if s.task is not None)
            future = self.submit(tasks) if tasks else None
            window.append((slots, future))
            while len(window) > AHEAD * threads:
                yield from self.finish(*window.popleft())
        while window:
            yield from self.finish(*window.popleft())

    def prepare(self, path: str) -> _Slot:
        from medlint.clusterworker import Task

        runner = self.runner
        enabled = frozenset(runner.selection.for_file(path, runner.options.config)[0])
        where = os.path.abspath(path)
        if self.shared:
            return _Slot(path, task=Task(path, enabled, where))
        data, unread = runner.read(path)
        if data is None:
            return _Slot(path, done=(unread or FileResult(path), 0))
        key, cached = runner.lookup(path, data, path)
        if cached is not None:
            return _Slot(path, done=(cached, 0))
        return _Slot(path, task=Task(path, enabled, where, data), key=key)

    def submit(self, tasks: tuple[Task, ...]) -> Future[list[Outcome]]:
        from medlint.clusterworker import lint_chunk

        return self.client.submit(lint_chunk, self.recipe, tasks, pure=False)

    def finish(
        self, slots: list[_Slot], future: Future[list[Outcome]] | None
    ) -> Iterator[tuple[FileResult, int]]:
        tasks = tuple(s.task for s in slots if s.task is not None)
        outcomes = iter(self.outcomes(future, tasks) if future is not None else [])
        for slot in slots:
            analysed, crashes = slot.done if slot.done is not None else next(outcomes)
            self.runner.remember(slot.key, analysed, crashes)
            if not isinstance(analysed, FileResult):
                analysed = self.runner.judge(analysed, self.today)
            self.done += 1
            if self.progress:
                self.progress(self.done, self.total)
            yield analysed, crashes

    def outcomes(self, future: Future[list[Outcome]], tasks: tuple[Task, ...]) -> list[Outcome]:
        """A chunk's outcomes; if it failed (its worker kept dying, a medlint bug), each
        file again on its own, and a file that fails alone is reported."""
        try:
            return list(future.result())
        except RuleFileError:
            raise  # bad rule data found on a worker: exit 2, as in a local run
        except (Exception, asyncio.CancelledError) as exc:
            self.check_connected()
            if len(tasks) == 1:
                return [self.failed(tasks[0], exc)]
        singles = [self.submit((task,)) for task in tasks]
        out: list[Outcome] = []
        for task, single in zip(tasks, singles, strict=True):
            try:
                out += single.result()
            except RuleFileError:
                raise
            except (Exception, asyncio.CancelledError) as exc:
                self.check_connected()
                out.append(self.failed(task, exc))
        return out

    def check_connected(self) -> None:
        if self.client.status != "running":
            raise ClusterError(
                f"lost the connection to the Dask scheduler at {self.address} "
                f"after {self.done} of {self.total} files"
            )

    def failed(self, task: Task, exc: BaseException) -> Outcome:
        message = (
            f"medlint could not lint this file on the Dask cluster ({type(exc).__name__}: "
            f"{exc}); the other files were linted"
        )
        return FileResult(task.path, tuple(self.runner.engine(Diagnostic.CRASH, message))), 1
