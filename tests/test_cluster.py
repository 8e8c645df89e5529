"""Linting on a Dask cluster (--scheduler): a real LocalCluster of two worker processes
(one thread each) on 127.0.0.1, never a mock. Deselect with -m "not dask"."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from medlint.engine import Linter, Options
from medlint.model import FileResult

from .conftest import EXAMPLES, FIXTURES, TODAY, cli
from .test_packs import HOUSE_RULE

distributed = pytest.importorskip("distributed")  # the test group installs it
pytestmark = pytest.mark.dask

CONFIG = """\
packs = ["house-rules"]
extend-select = ["MED801"]

[[per-file]]
files = ["professional/**"]
ignore = ["MED501"]
severity = { MED401 = "info" }
"""


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a LocalCluster whose scheduler fails a task as soon as a worker
    running it dies (allowed-failures 0), so a killed worker exercises medlint's own
    file-by-file retry, not only the scheduler's."""
    import dask.config

    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",
        ) as cluster,
    ):
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with a rule pack, per-file configuration, articles in two folders, an
    undecodable file and a link that points outside the project."""
    root = tmp_path_factory.mktemp("project")
    (root / "house-rules").mkdir()
    (root / "house-rules" / "MED801.yaml").write_text(HOUSE_RULE)
    (root / ".medlint.toml").write_text(CONFIG)
    for folder in ("articles", "professional"):
        (root / folder).mkdir()
    for i, source in enumerate([*EXAMPLES.iterdir(), *(FIXTURES / "corpus").glob("*.md")]):
        shutil.copy(source, root / ("professional" if i % 4 == 0 else "articles") / source.name)
    (root / "articles" / "latin1.md").write_bytes("# Caf\xe9\n\nNa\xefve text.\n".encode("cp1252"))
    outside = tmp_path_factory.mktemp("outside") / "secret.md"
    outside.write_text("# Secret\n\nNot part of the project.\n")
    (root / "articles" / "link.md").symlink_to(outside)
    return root


CHECK = ("check", ".", "--today", TODAY.isoformat(), "-f", "json")


@pytest.fixture(scope="module")
def local(project: Path) -> tuple[int, str, str]:
    """The project's JSON report from a local run without the cache, the reference the
    cluster runs are compared with (run once for the module)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project)
        return cli(*CHECK, "--no-cache", "--jobs", "1")


def test_cluster_reports_equal_local_ones_whether_files_are_shared_or_sent(
    scheduler: str,
    project: Path,
    local: tuple[int, str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(project)  # relative paths: the workers' folder is not this one
    args = (*CHECK, "--no-cache")
    assert local[0] == 1, local[2]
    paths = {f["path"]: f for f in json.loads(local[1])["files"]}
    assert "MED801" in {v["code"] for f in paths.values() for v in f["violations"]}
    assert "MED900" in {v["code"] for v in paths["./articles/link.md"]["violations"]}
    for mode in ("shared", "send", "auto"):
        code, out, err = cli(*args, "--scheduler", scheduler, "--cluster-files", mode)
        assert (code, out) == (local[0], local[1]), (mode, err)  # the JSON has no timings
    # The audit (HTML, CSV, JSON) runs the same way.
    audits = []
    for extra in ((), ("--scheduler", scheduler)):
        folder = tmp_path / str(len(audits))
        code, _, err = cli(
            "audit", ".", "--today", TODAY.isoformat(), "--no-cache", "--jobs", "1",
            "--html", str(folder / "a.html"), "--csv", str(folder / "a.csv"),
            "--json", str(folder / "a.json"), *extra,
        )  # fmt: skip
        assert code == 0, err
        audits.append([(folder / f"a.{ext}").read_text() for ext in ("csv", "json")])
    assert audits[0] == audits[1]


def test_the_cache_applies_on_the_client_when_bytes_are_sent_and_on_workers_when_shared(
    scheduler: str,
    project: Path,
    local: tuple[int, str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(project)
    args = CHECK
    report = json.loads(local[1])
    # Every file but the link out of the project and the file not in UTF-8 (MED900).
    analysable = sum("MED900" not in {v["code"] for v in f["violations"]} for f in report["files"])
    client_cache = tmp_path / "client-cache"
    # Sent: the client keys, looks up and stores every analysis under its own key, so a
    # local run afterwards is served entirely from what the cluster run cached.
    sent = cli(*args, "--scheduler", scheduler, "--cluster-files", "send",
               "--cache-dir", str(client_cache))  # fmt: skip
    entries = sorted(client_cache.rglob("*.json"))
    assert len(entries) == analysable
    cached = cli(*args, "--jobs", "1", "--cache-dir", str(client_cache))
    assert cached[1] == sent[1] == local[1]
    assert sorted(client_cache.rglob("*.json")) == entries  # all hits, nothing new
    # Shared: the client never reads the files, so its cache is not asked; each worker
    # keeps its own under its user cache folder (here the tests' XDG_CACHE_HOME).
    workers_cache = Path(os.environ["XDG_CACHE_HOME"]) / "medlint"
    before = set(workers_cache.rglob("*.json"))
    fresh = tmp_path / "untouched"
    shared = cli(*args, "--scheduler", scheduler, "--cluster-files", "shared",
                 "--cache-dir", str(fresh))  # fmt: skip
    assert shared[1] == cached[1]
    assert not fresh.exists()
    assert len(set(workers_cache.rglob("*.json")) - before) == analysable


def test_a_worker_killed_mid_run_costs_a_retry_not_the_run(scheduler: str, tmp_path: Path) -> None:
    sources = [*EXAMPLES.iterdir(), *(FIXTURES / "corpus").glob("*.md")]
    for i in range(5):
        for source in sources:
            shutil.copy(source, tmp_path / f"{i}-{source.name}")
    paths = sorted(str(p) for p in tmp_path.iterdir())
    options = Options(today=TODAY, jobs=1)
    # The five copies of a source are the same bytes: one local run of the first copies
    # is the reference for every copy (the result names the file it is for).
    local = {
        Path(f.path).name.split("-", 1)[1]: f
        for f in Linter(options).run([p for p in paths if Path(p).name.startswith("0-")]).files
    }

    def locally(path: str) -> FileResult:
        return dataclasses.replace(local[Path(path).name.split("-", 1)[1]], path=path)

    client = distributed.Client(scheduler, set_as_default=False)
    pids = list(client.run(os.getpid).values())
    client.close()
    seen: list[int] = []

    def kill_one_worker(done: int, total: int) -> None:
        seen.append(done)
        if done == 1:  # chunks are in flight on both workers
            os.kill(pids[0], signal.SIGKILL)

    cluster_options = dataclasses.replace(options, scheduler=scheduler, cluster_files="send")
    remote = Linter(cluster_options).run(paths, progress=kill_one_worker)
    assert seen == list(range(1, len(paths) + 1))  # streamed in input order
    assert [f.path for f in remote.files] == paths
    # The chunks the dead worker held failed at once (allowed-failures 0) and were
    # retried file by file on the live workers. A file whose retry also met a dying
    # worker (the restarted one, on a loaded machine) is reported, never lost.
    reported = [f for f in remote.files if any(v.code == "MED902" for v in f.violations)]
    assert remote.internal_errors == len(reported)
    assert all("KilledWorker" in f.violations[0].message for f in reported), reported
    survived = [f for f in remote.files if f not in reported]
    assert survived == [locally(f.path) for f in survived]
    assert len(reported) < len(paths) // 2


def test_an_unreachable_scheduler_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    proc = subprocess.run(
        [sys.executable, "-m", "medlint", "check", str(EXAMPLES), "--scheduler", address],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert f"cannot reach the Dask scheduler at {address}" in proc.stderr
    assert "Traceback" not in proc.stderr
    code, _, err = cli("check", str(EXAMPLES), "--scheduler", "http://127.0.0.1:1")
    assert code == 2 and "'http://127.0.0.1:1' is not a Dask scheduler address" in err


def test_a_pack_that_names_code_is_refused_before_anything_reaches_the_cluster(
    tmp_path: Path,
) -> None:
    evil = HOUSE_RULE.replace("kind: required", "kind: python\ncheck: os:system")
    (tmp_path / "house-rules").mkdir()
    (tmp_path / "house-rules" / "MED801.yaml").write_text(evil)
    (tmp_path / ".medlint.toml").write_text('packs = ["house-rules"]\n')
    (tmp_path / "a.md").write_text("# Leg cramps\n\nCramps are common.\n")
    # Nothing listens at this address: the pack is refused before any connection.
    code, _, err = cli("check", str(tmp_path / "a.md"), "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2 and "must name a class in medlint.checks" in err, err
    assert "scheduler" not in err
