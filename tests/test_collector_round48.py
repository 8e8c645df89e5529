"""Round 48 (R48): the cyclic garbage collector is off while a document is analysed and what
the analysis left is collected once when it ends (``running.collected_per_document``), in
the main process and in every worker. The setting is read back through the documented debug
path (``MEDLINT_GC_LOG``); findings do not depend on it. No timed assertion here: the
figures are in docs/performance.md."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from medlint import running
from medlint.engine import Linter, Options

FIXTURE = Path(__file__).parent / "fixtures" / "corpus" / "medquad-mplus-a1c.md"
TODAY = "2026-12-03"


def _check(files: list[Path], jobs: int, log: Path) -> list[tuple[str, str, int, int, str]]:
    env = dict(os.environ, **{running.GC_LOG_ENV: str(log)})
    flags = ["-f", "json", "--no-cache", "--isolated", "--today", TODAY, "--fail-on", "never"]
    run = subprocess.run(
        [sys.executable, "-m", "medlint", "check", *map(str, files), *flags, "-j", str(jobs)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    return sorted(
        (Path(f["path"]).name, v["code"], v["line"], v["column"], v["message"])
        for f in report["files"]
        for v in f["violations"]
    )


def _log(log: Path) -> list[tuple[int, str, int, int]]:
    lines = [line.split() for line in log.read_text("utf-8").splitlines()]
    return [(int(pid), how, int(frozen), int(gen)) for pid, how, frozen, gen in lines]


def _in_process(files: list[Path]) -> list[tuple[str, str, int, int, str]]:
    """The same files linted with the collector off for the whole run (the embedding
    program's choice, which ``collected_per_document`` leaves alone)."""
    linter = Linter(Options(today=dt.date.fromisoformat(TODAY)))
    gc.disable()
    try:
        found = []
        for path in files:
            result, _ = linter.lint_text(str(path), path.read_text("utf-8"))
            found += [(path.name, v.code, v.line, v.column, v.message) for v in result.violations]
    finally:
        gc.enable()
    return sorted(found)


def test_a_document_is_analysed_with_the_collector_off_and_collected_after() -> None:
    assert gc.isenabled()
    young = gc.get_stats()[1]["collections"]
    with running.collected_per_document():
        assert not gc.isenabled()
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
    assert gc.isenabled()
    assert gc.get_stats()[1]["collections"] == young + 1  # generations 0 and 1, once


def test_it_leaves_a_collector_the_embedding_program_turned_off_alone() -> None:
    gc.disable()
    try:
        young = gc.get_stats()[1]["collections"]
        with running.collected_per_document():
            assert not gc.isenabled()
        assert not gc.isenabled()
        assert gc.get_stats()[1]["collections"] == young
    finally:
        gc.enable()


def test_a_full_collection_after_full_every_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(running, "FULL_EVERY", 0)
    full = gc.get_stats()[2]["collections"]
    with running.collected_per_document():
        pass
    assert gc.get_stats()[2]["collections"] == full + 1


def test_the_cli_sets_it_in_the_main_process_and_in_each_worker(tmp_path: Path) -> None:
    # one core: every document analysed in the command's own process, after the build
    # was frozen (_freeze_once)
    one = tmp_path / "one.log"
    alone = _check([FIXTURE], 1, one)
    [(_, role, frozen, generation)] = _log(one)
    assert role == "main" and frozen > 50_000 and generation == 1
    # two workers (forked where processes fork): 32 copies of the page make a pool of two;
    # every document is analysed and logged by a worker, none by the parent
    pages = []
    for i in range(32):
        pages.append(tmp_path / f"page-{i:02}.md")
        shutil.copy(FIXTURE, pages[-1])
    two = tmp_path / "two.log"
    many = _check(pages, 2, two)
    entries = _log(two)
    assert len(entries) == 32
    assert 1 <= len({pid for pid, _, _, _ in entries}) <= 2
    assert all(role == "worker" and frozen > 50_000 for _, role, frozen, _ in entries)
    # findings unchanged: every copy as the page alone, and as with the collector off
    assert alone, "the fixture page has findings"
    assert many == sorted(
        (page.name, *rest)
        for page in pages
        for _, *rest in alone  # type: ignore[misc]
    )
    assert alone == _in_process([FIXTURE])


def test_an_unwritable_log_never_fails_a_lint(tmp_path: Path) -> None:
    # the review of round 48: a log path in a missing folder replaced the page's findings
    # with a crash (-j 1) and stopped a stdin run with exit 3
    missing = tmp_path / "no-such-folder" / "gc.log"
    assert _check([FIXTURE], 1, missing) == _in_process([FIXTURE])
    env = dict(os.environ, **{running.GC_LOG_ENV: str(missing)})
    flags = ["-f", "json", "--no-cache", "--isolated", "--today", TODAY, "--fail-on", "never"]
    run = subprocess.run(
        [sys.executable, "-m", "medlint", "check", "-", *flags],
        input=FIXTURE.read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["files"][0]["violations"], "the page's findings are reported"
    assert not missing.parent.exists()


def test_the_collector_is_back_on_after_a_failed_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an exception inside the analysis leaves the collector as it found it and writes no
    # log line; so do an unreadable file and a folder given as a file, through the linter
    log = tmp_path / "gc.log"
    monkeypatch.setenv(running.GC_LOG_ENV, str(log))
    with pytest.raises(RuntimeError), running.collected_per_document():
        assert not gc.isenabled()
        raise RuntimeError("a rule's crash")
    assert gc.isenabled()
    assert not log.exists()
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\x00\xff" * 100)
    linter = Linter(Options(today=dt.date.fromisoformat(TODAY)))
    for path in (binary, tmp_path):
        linter.lint_file(str(path))
        assert gc.isenabled()
