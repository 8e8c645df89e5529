"""Parallel workers, the result cache, shards and merging reports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

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
