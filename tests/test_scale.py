"""Parallel workers, the result cache, shards and merging reports."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from medlint import running
from medlint.engine import Linter, Options
from medlint.model import FileResult

from .conftest import EXAMPLES, FIXTURES, cli


@pytest.fixture(scope="module")
def backlog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("backlog")
    sources = [*EXAMPLES.iterdir(), *(FIXTURES / "corpus").glob("*.md")]
    for i in range(4):
        for source in sources:
            shutil.copy(source, root / f"{i}-{source.name}")
    return root


def violations(out: str) -> list[tuple[str, str, int]]:
    return [
        (Path(f["path"]).name, v["code"], v["line"])
        for f in json.loads(out)["files"]
        for v in f["violations"]
    ]


CHECK = ("--today", "2026-11-21", "-f", "json", "--no-cache", "--isolated")


@pytest.fixture(scope="module")
def sequential(backlog: Path) -> tuple[int, str, str]:
    """The backlog's JSON report from one process (--jobs 1), the reference the parallel
    run and the shards are compared with (run once for both)."""
    return cli("check", str(backlog), *CHECK, "--jobs", "1")


def test_parallel_results_equal_sequential(backlog: Path, sequential: tuple[int, str, str]) -> None:
    one = sequential
    two = cli("check", str(backlog), *CHECK, "--jobs", "2")
    assert one[0] == two[0] == 1
    assert violations(one[1]) == violations(two[1])
    assert len(json.loads(two[1])["files"]) == len(list(backlog.iterdir()))


def test_cache_reuses_results_and_is_keyed_on_content_and_options(
    backlog: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    args = (
        "check",
        str(backlog),
        "--today",
        "2026-11-21",
        "-f",
        "json",
        "--isolated",
        "--cache-dir",
        str(cache),
        "--jobs",
        "1",
    )
    cold = cli(*args)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == len(list(backlog.iterdir()))
    warm = cli(*args)
    assert violations(warm[1]) == violations(cold[1])
    assert sorted(cache.rglob("*.json")) == entries  # nothing new: all hits
    # A corrupt entry is a miss, not a crash.
    entries[0].write_text("{not json")
    assert violations(cli(*args)[1]) == violations(cold[1])
    # Other options or other content: new keys.
    cli(*args, "--rule-option", "MED108.max_age_months=12")
    assert len(list(cache.rglob("*.json"))) == 2 * len(entries)
    target = next(p for p in backlog.iterdir() if p.name.endswith("leg-cramps-good.md"))
    original = target.read_text()
    try:
        target.write_text(original + "\nTurmeric cures arthritis.\n")
        assert "MED201" in {c for _, c, _ in violations(cli(*args)[1])}
    finally:
        target.write_text(original)


def test_shards_partition_the_files_and_merge_back(
    backlog: Path, sequential: tuple[int, str, str], tmp_path: Path
) -> None:
    base = ("check", str(backlog), "--today", "2026-11-21", "--isolated", "--no-cache")
    full = json.loads(sequential[1])
    reports = []
    for k in (1, 2, 3):
        out = tmp_path / f"shard{k}.json"
        cli(*base, "-f", "json", "--shard", f"{k}/3", "-o", str(out))
        reports.append(out)
    names = [{f["path"] for f in json.loads(r.read_text())["files"]} for r in reports]
    assert set.union(*names) == {f["path"] for f in full["files"]}
    assert sum(len(n) for n in names) == len(full["files"])  # disjoint
    code, merged, _ = cli("merge", *map(str, reports))
    assert code == 1
    merged_data = json.loads(merged)
    assert sorted(violations(merged)) == sorted(violations(json.dumps(full)))
    assert merged_data["summary"]["violations"] == full["summary"]["violations"]
    # SARIF shards merge too, and overlapping shards are refused.
    sarifs = [tmp_path / f"shard{k}.sarif" for k in (1, 2, 3)]
    for k, sarif in enumerate(sarifs, 1):
        cli(*base, "-f", "sarif", "--shard", f"{k}/3", "-o", str(sarif))
    code, out, _ = cli("merge", *map(str, sarifs), "-f", "concise")
    assert out.strip().splitlines()[-1].startswith("Found ")
    code, _, err = cli("merge", str(reports[0]), str(reports[0]))
    assert code == 2 and "shards overlap" in err


def test_bad_shard_is_a_usage_error() -> None:
    assert cli("check", str(EXAMPLES), "--shard", "3/2")[0] == 2


class _Pids:
    """Files "linted" by naming the process that got them: what lint_paths runs (its
    RunsFiles seam), to see which worker process linted which file."""

    def lint_file(self, path: str) -> tuple[FileResult, int]:
        return FileResult(f"{path}@{os.getpid()}"), 0

    def from_cache(self, path: str, key: str | None = None) -> tuple[FileResult, int] | None:
        return None

    def run_record(self, paths: Sequence[str]) -> None:
        return None  # no cache

    def ensure_compiled(self) -> None:
        return None

    def prepare_workers(self, paths: Sequence[str] = (), complete: bool = True) -> None:
        return None


def test_workers_are_replaced_after_their_share_of_files() -> None:
    """A worker lints at most its pool's share of files and is then replaced by a fresh
    one (memory does not grow with the backlog); the results stay in input order."""
    paths = [f"file-{i}" for i in range(200)]
    worker = (Linter, Options(today=dt.date(2026, 11, 21)), ())
    results = list(running.lint_paths(_Pids(), paths, 2, worker, files_per_worker=40))
    names = [r.path.rsplit("@", 1) for r, _ in results]
    assert [name for name, _pid in names] == paths
    by_pid = Counter(pid for _name, pid in names)
    assert str(os.getpid()) not in by_pid  # all in workers
    assert max(by_pid.values()) <= 2 * 40  # no worker outlives its pool's 80 files
    assert len(by_pid) >= 3  # 200 files: three pools (80, 80, 40), each its own workers


def test_replaced_workers_give_the_same_findings(
    backlog: Path, sequential: tuple[int, str, str]
) -> None:
    """Findings with workers replaced every 8 files are those of one process."""
    linter = Linter(Options(today=dt.date(2026, 11, 21), jobs=2, cache_dir=None))
    paths = linter.files_to_lint([str(backlog)])
    assert len(paths) > 2 * 8 * 2  # several rounds of pools
    worker = (Linter, linter.options, linter.all_specs)
    fresh = [r for r, _ in running.lint_paths(linter, paths, 2, worker, files_per_worker=8)]
    found = [(Path(r.path).name, v.code, v.line) for r in fresh for v in r.violations]
    assert found == violations(sequential[1])


def test_a_fully_cached_run_builds_no_rule(backlog: Path, tmp_path: Path) -> None:
    """The rules (and the red-flag knowledge base behind them) are built on the first
    file that needs analysis: a run whose files all come from the cache builds none, and
    reports what the run that filled the cache reported."""
    options = Options(today=dt.date(2026, 11, 21), jobs=1, cache_dir=tmp_path / "cache")
    cold = Linter(options)
    paths = cold.files_to_lint([str(backlog)])
    filled = [r for r, _ in cold.lint_paths(paths)]
    assert "_built" in vars(cold.files)
    warm = Linter(options)
    again = [r for r, _ in warm.lint_paths(paths)]
    assert "_built" not in vars(warm.files)  # nothing built
    assert again == filled
    assert warm.rules and "_built" in vars(warm.files)  # built when asked for
