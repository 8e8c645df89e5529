"""`medlint merge` refuses an incomplete or mixed set of shards: every K of one N exactly
once, one medlint version, one --today, one rule selection. Real shard reports written
by the command line, then merged by it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from medlint.model import FileResult, RunResult, Severity, Violation
from medlint.reporters import REPORTERS, RenderOptions
from medlint.reporters.sarif import MAX_RESULTS

from .conftest import EXAMPLES, FIXTURES, SHARED, cli


@pytest.fixture(scope="module")
def backlog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("backlog")
    for article in EXAMPLES.iterdir():
        shutil.copy(article, folder / article.name)
    return folder


@pytest.fixture(scope="module")
def written() -> dict[tuple[str, ...], bytes]:
    """Shard reports already written by the command line in this module, by their
    arguments: the same shard is written once, not once per test (a run is a second)."""
    return {}


@pytest.fixture
def shard(backlog: Path, written: dict[tuple[str, ...], bytes]) -> Callable[..., Path]:
    def write(out: Path, k: int, n: int, *extra: str, fmt: str = "json") -> Path:
        key = (str(k), str(n), fmt, *extra)
        if key not in written:
            args = ("check", str(backlog), "--isolated", "--no-cache", "-f", fmt, "-o", str(out))
            code, _, err = cli(*args, "--today", "2026-11-21", "--shard", f"{k}/{n}", *extra)
            assert code in (0, 1), err
            written[key] = out.read_bytes()
        out.write_bytes(written[key])
        return out

    return write


def test_a_shard_report_records_its_shard_and_selection(
    shard: Callable[..., Path], tmp_path: Path
) -> None:
    data = json.loads(shard(tmp_path / "1.json", 1, 2).read_text())
    assert data["schema_version"] == 1
    assert data["run"]["shard"] == {"index": 1, "count": 2}
    assert len(data["run"]["selection"]) == 16
    sarif = json.loads(shard(tmp_path / "1.sarif", 1, 2, fmt="sarif").read_text())
    facts = sarif["runs"][0]["properties"]["medlint"]
    assert facts == {"today": "2026-11-21", **data["run"]}


def test_complete_shards_merge(backlog: Path, shard: Callable[..., Path], tmp_path: Path) -> None:
    parts = [shard(tmp_path / f"{k}.json", k, 2) for k in (1, 2)]
    code, out, err = cli("merge", *map(str, parts))
    assert code == 1, err
    assert json.loads(out)["summary"]["files"] == len(list(backlog.iterdir()))


def test_a_missing_shard_is_an_error(shard: Callable[..., Path], tmp_path: Path) -> None:
    parts = [shard(tmp_path / f"{k}.json", k, 3) for k in (1, 3)]
    code, out, err = cli("merge", *map(str, parts))
    assert code == 2 and out == ""
    assert "shard 2/3 missing" in err


def test_a_shard_given_twice_is_an_error(shard: Callable[..., Path], tmp_path: Path) -> None:
    one = shard(tmp_path / "1.json", 1, 2)
    again = shard(tmp_path / "1-again.json", 1, 2)
    two = shard(tmp_path / "2.json", 2, 2)
    code, _, err = cli("merge", str(one), str(two), str(again))
    assert code == 2 and "shard 1/2 is both" in err and "shards overlap" in err


def test_shards_of_different_splits_are_an_error(
    shard: Callable[..., Path], tmp_path: Path
) -> None:
    parts = [shard(tmp_path / "a.json", 1, 2), shard(tmp_path / "b.json", 2, 3)]
    code, _, err = cli("merge", *map(str, parts))
    assert code == 2 and "split the files differently" in err and "2/3" in err


@pytest.mark.parametrize(
    ("extra", "complaint"),
    [
        (("--today", "2026-12-01"), "different --today dates"),
        (("--ignore", "MED109"), "different rule selections or options"),
        (("--rule-option", "MED108.max_age_months=12"), "different rule selections or options"),
    ],
)
def test_shards_run_with_different_options_are_an_error(
    shard: Callable[..., Path], tmp_path: Path, extra: tuple[str, ...], complaint: str
) -> None:
    one = shard(tmp_path / "1.json", 1, 2)
    two = shard(tmp_path / "2.json", 2, 2, *extra)  # the later --today wins
    code, _, err = cli("merge", str(one), str(two))
    assert code == 2 and complaint in err, err


def test_shards_of_different_medlint_versions_are_an_error(
    shard: Callable[..., Path], tmp_path: Path
) -> None:
    one = shard(tmp_path / "1.json", 1, 2)
    two = shard(tmp_path / "2.json", 2, 2)
    data = json.loads(two.read_text())
    data["tool"]["version"] = "0.0.9"
    two.write_text(json.dumps(data))
    code, _, err = cli("merge", str(one), str(two))
    assert code == 2 and "different medlint versions" in err and "0.0.9" in err


def test_reports_without_shards_merge_only_alone(
    backlog: Path, shard: Callable[..., Path], tmp_path: Path
) -> None:
    whole = tmp_path / "whole.json"
    cli("check", str(backlog), "--isolated", "--no-cache", "--today", "2026-11-21",
        "-f", "json", "-o", str(whole))  # fmt: skip
    code, out, _ = cli("merge", str(whole), "-f", "concise")  # a conversion
    assert code == 1 and out.strip().splitlines()[-1].startswith("Found ")
    part = shard(tmp_path / "1.json", 1, 2)
    code, _, err = cli("merge", str(whole), str(part))
    assert code == 2 and "not written with --shard" in err


def _many(n: int) -> RunResult:
    """n violations: one error in every hundred, then warnings, then info, interleaved."""
    violations = tuple(
        Violation(
            f"MED{100 + i % 3}",
            "rule",
            Severity.ERROR if i % 100 == 0 else Severity.INFO if i % 2 else Severity.WARNING,
            f"finding {i}",
            i + 1,
            1,
            i + 1,
            2,
            snippet=f"text {i}",
        )
        for i in range(n)
    )
    return RunResult((FileResult("articles/a.md", violations),), (), "0.1.0", "2026-11-21")


def test_sarif_is_cut_at_githubs_limit_errors_first(tmp_path: Path) -> None:
    result = _many(MAX_RESULTS + 1000)
    sarif = json.loads(REPORTERS["sarif"](result, RenderOptions(root=tmp_path)))
    run = sarif["runs"][0]
    levels = [r["level"] for r in run["results"]]
    assert len(levels) == MAX_RESULTS
    errors, warnings = result.count(Severity.ERROR), result.count(Severity.WARNING)
    assert levels == ["error"] * errors + ["warning"] * warnings + ["note"] * (
        MAX_RESULTS - errors - warnings
    )
    assert run["properties"]["truncated"] is True
    assert run["properties"]["resultsTotal"] == MAX_RESULTS + 1000
    notice = run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
    assert "cut to 25000 of 26000" in notice and "1000 note" in notice
    reference = FIXTURES / "reference" / "sarif-schema-2.1.0.json"
    schema_path = reference if reference.exists() else SHARED / "reference" / reference.name
    sample = {**sarif, "runs": [{**run, "results": run["results"][:50]}]}
    jsonschema.Draft4Validator(json.loads(schema_path.read_text())).validate(sample)


def test_merge_to_sarif_warns_on_stderr_and_a_cut_sarif_is_not_merged(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text(REPORTERS["json"](_many(MAX_RESULTS + 5), RenderOptions()))
    out = tmp_path / "big.sarif"
    code, _, err = cli("merge", str(big), "-f", "sarif", "-o", str(out), "--fail-on", "never")
    assert code == 0
    assert "medlint: warning: SARIF report cut to 25000 of 25005 results" in err
    code, _, err = cli("merge", str(out))
    assert code == 2 and "cut to GitHub's result limit" in err


def test_sarif_uris_are_relative_to_the_repository_root(
    backlog: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    repo = tmp_path / "repo"
    shutil.copytree(backlog, repo / "content" / "articles")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    monkeypatch.chdir(repo / "content")  # linted from a sub-folder of the repository
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
    code, out, _ = cli("check", "articles", "--isolated", "--no-cache", "-f", "sarif",
                       "--today", "2026-11-21")  # fmt: skip
    assert code == 1
    run = json.loads(out)["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.resolve().as_uri() + "/"
    locations = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                 for r in run["results"]}  # fmt: skip
    assert locations and all(u.startswith("content/articles/") for u in locations)
    _, out, _ = cli("check", "articles", "--isolated", "--no-cache", "-f", "gitlab",
                    "--today", "2026-11-21")  # fmt: skip
    assert all(i["location"]["path"].startswith("content/articles/") for i in json.loads(out))
    monkeypatch.setenv("CI_PROJECT_DIR", str(repo / "content"))
    _, out, _ = cli("check", "articles", "--isolated", "--no-cache", "-f", "gitlab",
                    "--today", "2026-11-21")  # fmt: skip
    assert all(i["location"]["path"].startswith("articles/") for i in json.loads(out))
