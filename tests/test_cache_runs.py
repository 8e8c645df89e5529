"""The result cache's run-level record: one file holding a whole run's judged results,
named by a MAC of the salt, the day and the ordered (path, entry name) list, and
authenticated by one MAC. A hit answers the run without verifying, decoding or judging
any entry; anything else (another list, content, option or day; a tampered, truncated,
foreign or malformed record) is a miss that takes the per-file path with the same
results, and a run with every file read and no crash records itself."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import medlint
from medlint import cache as cache_module
from medlint.cache import DAY, MAX_RECORDS, Cache
from medlint.cache_entries import MalformedEntry, decode_run, encode_run
from medlint.engine import Linter, Options
from medlint.model import Audience, Edit, FileResult, Severity, Span, Violation

from .conftest import EXAMPLES, FIXTURES

TODAY = dt.date(2026, 11, 21)
SECRET = b"s" * 32


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[FileResult]]:
    """Articles and a cache filled by one cold run (entries, index and record), copied by
    each test; and the cold run's results. Paths are relative to the folder that holds
    both (the cache is keyed on them), so a copy is the same run in another folder."""
    base = tmp_path_factory.mktemp("filled")
    root = base / "articles"
    root.mkdir()
    for source in [*EXAMPLES.iterdir(), *(FIXTURES / "corpus").glob("m*.md")]:
        (root / source.name).write_bytes(source.read_bytes())
    cache = base / "cache"
    here = os.getcwd()
    os.chdir(base)
    try:
        _, files = lint(Path("articles"), cache)  # analysed: entries, no record
        assert not runs(cache)
        _, again = lint(Path("articles"), cache)  # every result from an entry: recorded
        assert again == files and len(runs(cache)) == 1
    finally:
        os.chdir(here)
    return root, cache, files


@pytest.fixture
def tree(
    filled: tuple[Path, Path, list[FileResult]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path]:
    """A copy of the filled articles and cache, as ``articles`` and ``cache`` in the
    current folder."""
    root, cache, _ = filled
    shutil.copytree(root, tmp_path / "articles")
    shutil.copytree(cache, tmp_path / "cache")
    monkeypatch.chdir(tmp_path)
    return Path("articles"), Path("cache")


def lint(folder: Path, cache: Path, **options: object) -> tuple[Linter, list[FileResult]]:
    """A fresh Linter (as a new process would have) run on ``folder``."""
    settings = {"today": TODAY, "jobs": 1, "cache_dir": cache, **options}
    linter = Linter(Options(**settings))  # type: ignore[arg-type]
    return linter, list(linter.run([str(folder)]).files)


def per_file(folder: Path, cache: Path, **options: object) -> list[FileResult]:
    """The same run by the per-file path (the records removed first, and again after)."""
    records = {p: p.read_bytes() for p in runs(cache)}
    for path in records:
        path.unlink()
    _, files = lint(folder, cache, **options)
    for path in runs(cache):
        path.unlink()
    for path, raw in records.items():
        path.write_bytes(raw)
    return files


def runs(cache: Path) -> list[Path]:
    return sorted(cache.rglob("runs/*.run"))


def forget_entries(cache: Path) -> None:
    """Remove every entry file and index: only a record can answer."""
    for entry in [*cache.rglob("*.json"), *cache.rglob("*.idx")]:
        entry.unlink()


def test_a_repeated_run_is_answered_by_its_record_alone(
    filled: tuple[Path, Path, list[FileResult]], tree: tuple[Path, Path]
) -> None:
    articles, cache = tree
    (record,) = runs(cache)
    forget_entries(cache)
    warm, again = lint(articles, cache)
    assert again == filled[2]
    assert "_built" not in vars(warm.files)  # no rule built
    assert warm.cache is not None and not warm.cache._used  # no entry asked for
    assert runs(cache) == [record] and not list(cache.rglob("*.json"))  # nothing written


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_record_answers_whatever_the_jobs_and_the_results_are_the_same(
    tree: tuple[Path, Path], jobs: int
) -> None:
    articles, cache = tree
    expected = per_file(articles, cache)
    warm, again = lint(articles, cache, jobs=jobs)
    assert again == expected and warm.cache is not None and not warm.cache._used


def changes(articles: Path) -> dict[str, object]:
    """Each way the run's list, content, options or day can change; each must miss."""
    first = sorted(articles.iterdir())[0]
    return {
        "a file added": lambda: (articles / "new.md").write_text("# New\n\nHeadaches.\n"),
        "a file removed": lambda: first.unlink(),
        "a file renamed": lambda: first.rename(articles / ("z-" + first.name)),
        "a file changed": lambda: first.write_bytes(first.read_bytes() + b"\nMore.\n"),
        "another day": {"today": TODAY + dt.timedelta(days=400)},
        "another selection": {"select": ("MED1",)},
        "another option": {"ignore": ("MED103",)},
    }


@pytest.mark.parametrize("change", list(changes(Path("."))))
def test_any_change_to_the_files_the_options_or_the_day_misses(
    tree: tuple[Path, Path], change: str
) -> None:
    articles, cache = tree
    (record,) = runs(cache)
    what = changes(articles)[change]
    options = what if isinstance(what, dict) else {}
    if callable(what):
        what()
    expected = per_file(articles, cache, **options)  # (analyses what changed)
    warm, again = lint(articles, cache, **options)
    assert again == expected, change
    assert warm.cache is not None and warm.cache._used  # the per-file path answered
    assert len(runs(cache)) == 2 and record in runs(cache)  # and the run was recorded
    warm, again = lint(articles, cache, **options)
    assert again == expected and not warm.cache._used  # by the new record


def test_a_run_that_analysed_a_file_is_recorded_by_the_next_one(
    tree: tuple[Path, Path],
) -> None:
    """A file analysed in a run is read again for its analysis, and may have changed
    since the record's name was made from it: such a run writes no record; the next
    one, answered by entries named from the bytes it read, does."""
    articles, cache = tree
    (record,) = runs(cache)
    (articles / "new.md").write_text("# New\n\nHeadaches.\n")
    linter, files = lint(articles, cache)
    assert "_built" in vars(linter.files) and runs(cache) == [record]
    warm, again = lint(articles, cache)
    assert again == files and warm.cache is not None and warm.cache._used
    assert len(runs(cache)) == 2
    warm, again = lint(articles, cache)
    assert again == files and not warm.cache._used


def tampered(raw: bytes) -> dict[str, bytes]:
    """A record damaged or forged in every way an attacker or a crash could."""
    mac, _, body = raw.partition(b"\n")
    forged = body.replace(b",3,", b",1,", 1)  # an error lowered to info
    assert forged != body
    data = json.loads(body)
    data["files"] = data["files"][::-1]
    return {
        "truncated": raw[: len(raw) // 2],
        "forged body": mac + b"\n" + forged,
        "reordered": mac + b"\n" + json.dumps(data, separators=(",", ":")).encode(),
        "no MAC": body,
        "empty": b"",
        "a MAC only": mac + b"\n",
        "not json": mac + b"\n{not json",
    }


def test_a_tampered_record_is_ignored_and_the_run_is_still_right(
    filled: tuple[Path, Path, list[FileResult]], tree: tuple[Path, Path]
) -> None:
    articles, cache = tree
    (record,) = runs(cache)
    good = record.read_bytes()
    for name, damage in tampered(good).items():
        record.write_bytes(damage)
        warm, again = lint(articles, cache)
        assert again == filled[2], name
        assert warm.cache is not None and warm.cache._used, name  # per-file path
        assert record.read_bytes() == good, name  # and the record is written again


def test_a_record_made_with_another_secret_or_for_other_files_is_not_trusted(
    filled: tuple[Path, Path, list[FileResult]], tree: tuple[Path, Path], tmp_path: Path
) -> None:
    articles, cache = tree
    (record,) = runs(cache)
    ours = Cache(tmp_path / "c", "salt", SECRET)
    theirs = Cache(tmp_path / "c", "salt", b"t" * 32)
    files = [("a.md", ours.key("a.md", b"text"))]
    assert ours.run_name("2026-11-21", files) != theirs.run_name("2026-11-21", files)
    # An attacker who can write the cache folder puts their own record under our name.
    name = ours.run_name("2026-11-21", files)
    assert theirs.put_run(name, [FileResult("a.md")])
    assert ours.get_run(name) is None
    # A genuine record of another list of files, renamed to this run's record.
    other = articles.parent / "other"
    other.mkdir()
    shutil.copy(sorted(articles.iterdir())[0], other)
    lint(other, cache)
    lint(other, cache)  # recorded by the second run
    (foreign,) = set(runs(cache)) - {record}
    foreign.replace(record)
    warm, again = lint(articles, cache)
    assert again == filled[2] and warm.cache is not None and warm.cache._used


def test_an_authentic_but_malformed_record_is_a_miss(tmp_path: Path) -> None:
    """A record that verifies but does not decode (only the key's holder could write
    one) is a miss too, never a crash."""
    cache = Cache(tmp_path / "c", "salt", SECRET)
    name = cache.run_name("2026-11-21", [])
    path = cache.directory / "runs" / f"{name}.run"
    path.parent.mkdir(parents=True)
    for body in (b"[]", b'{"files": [], "violations": {}}', b'{"files": [["a.md"]]}'):
        path.write_bytes(cache._mac(name, body, b"run") + b"\n" + body)
        assert cache.get_run(name) is None
    body = encode_run([FileResult("a.md")])
    path.write_bytes(cache._mac(name, body, b"run") + b"\n" + body)
    assert cache.get_run(name) == (FileResult("a.md"),)


VIOLATION = Violation(
    "MED103", "no-review", Severity.ERROR, "m \udcff é", 1, 2, 3, 4, "fix", "snip",
    (Edit(0, 1, "x", False, Span(1, 1, 1, 2, 1, 2)), Edit(3, 3, "y")), (2, 5),
)  # fmt: skip


def test_results_round_trip_exactly() -> None:
    other = dataclasses.replace(VIOLATION, severity=Severity.INFO, fix=None, edits=())
    results = [
        FileResult("a.md", (VIOLATION, other), Audience.CONSUMER, "markdown", 2, (("t", "é"),)),
        FileResult("b\udcff.md", (VIOLATION,), None, None, 0, ()),
        FileResult("c.md"),
    ]
    body = encode_run(results)
    assert body.isascii() and body.count(b"no-review") == 2  # each distinct violation once
    assert decode_run(body) == tuple(results)


def rows(data: dict[str, object], where: str, value: object) -> bytes:
    copy = json.loads(json.dumps(data))
    if where == "violation":
        copy["violations"][0] = value
    else:
        copy["files"][0] = value
    return json.dumps(copy).encode()


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("violation", lambda v: v[:11]),
        ("violation", lambda v: [*v[:2], True, *v[3:]]),  # a boolean severity
        ("violation", lambda v: [*v[:2], 7, *v[3:]]),  # an unknown severity
        ("violation", lambda v: [*v[:4], 1.0, *v[5:]]),  # a float line
        ("violation", lambda v: [*v[:4], -1, *v[5:]]),  # a negative line
        ("violation", lambda v: [None, *v[1:]]),  # no code
        ("violation", lambda v: [*v[:10], [{"start": 0}], v[11]]),  # a bad edit
        ("violation", lambda v: [*v[:11], [1]]),  # bad UTF-8 columns
        ("violation", lambda v: {"code": "MED103"}),
        ("file", lambda f: f[:5]),
        ("file", lambda f: [1, *f[1:]]),  # a path that is not a string
        ("file", lambda f: [f[0], [5], *f[2:]]),  # an index out of range
        ("file", lambda f: [f[0], [-1], *f[2:]]),
        ("file", lambda f: [f[0], [True], *f[2:]]),
        ("file", lambda f: [*f[:2], "reader", *f[3:]]),  # an unknown audience
        ("file", lambda f: [*f[:4], True, f[5]]),  # a boolean count
        ("file", lambda f: [*f[:5], [["title"]]]),  # a fact that is not a pair
        ("file", lambda f: [*f[:5], [["title", 1]]]),
    ],
)
def test_a_malformed_record_body_is_refused(where: str, change: object) -> None:
    data = json.loads(encode_run([FileResult("a.md", (VIOLATION,), None, None, 0, ())]))
    assert callable(change)
    value = change(data["violations"][0] if where == "violation" else data["files"][0])
    with pytest.raises(MalformedEntry):
        decode_run(rows(data, where, value))


@pytest.mark.parametrize(
    "body", [b"NaN", b'{"files": [], "violations": [], "x": 1}', b"[" * 100_000]
)
def test_a_record_that_is_not_the_expected_json_is_refused(body: bytes) -> None:
    with pytest.raises(MalformedEntry):
        decode_run(body)


def test_a_run_with_an_unreadable_file_is_not_recorded(tree: tuple[Path, Path]) -> None:
    articles, cache = tree
    for record in runs(cache):
        record.unlink()
    os.mkfifo(articles / "pipe.md")
    expected = per_file(articles, cache)
    assert any(r.path.endswith("pipe.md") and r.violations for r in expected)
    _, again = lint(articles, cache)
    assert again == expected and not runs(cache)


def test_a_run_in_which_a_rule_crashed_is_not_recorded(
    tree: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    articles, cache = tree
    for record in runs(cache):
        record.unlink()
    (articles / "new.md").write_text("# New\n\nHeadaches.\n")

    def crash(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr("medlint.running.FileRunner.analyse_bytes", crash)
    _, files = lint(articles, cache)
    assert any(r.path.endswith("new.md") and r.violations for r in files)
    assert not runs(cache)


def test_standard_input_is_linted_beside_a_recorded_run(tree: tuple[Path, Path]) -> None:
    articles, cache = tree
    linter = Linter(Options(today=TODAY, jobs=1, cache_dir=cache))
    text = "# Stdin\n\nHeadaches.\n"
    result = linter.run([str(articles)], stdin=("-", text))
    assert result.files[0].path == "-" and linter.cache is not None and not linter.cache._used
    alone, _ = Linter(Options(today=TODAY)).lint_text("-", text)
    assert result.files[0] == alone


def test_records_are_bounded_least_recently_used_first(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c", "salt", SECRET)
    names = [cache.run_name("2026-11-21", [(f"{i}.md", "k")]) for i in range(MAX_RECORDS + 3)]
    now = time.time()
    for i, name in enumerate(names):
        assert cache.put_run(name, [FileResult(f"{i}.md")])
        path = cache.directory / "runs" / f"{name}.run"
        if path.exists():
            os.utime(path, (now - 1000 + i, now - 1000 + i))
        if i == 1:
            assert cache.get_run(names[0]) is not None  # used: now the most recent
    kept = {p.stem for p in (cache.directory / "runs").iterdir()}
    assert len(kept) == MAX_RECORDS
    assert names[0] not in kept or names[1] not in kept  # the oldest unused went first
    assert set(names[-MAX_RECORDS + 1 :]) <= kept


def test_old_records_are_pruned_like_entries(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c", "salt", SECRET)
    name = cache.run_name("2026-11-21", [])
    assert cache.put_run(name, [])
    path = cache.directory / "runs" / f"{name}.run"
    old = time.time() - 40 * DAY
    os.utime(path, (old, old))
    assert cache.prune() == 1 and not path.exists()


def test_writers_at_once_leave_one_valid_record(tmp_path: Path) -> None:
    caches = [Cache(tmp_path / "c", "salt", SECRET) for _ in range(8)]
    name = caches[0].run_name("2026-11-21", [("a.md", "k")])
    results = [FileResult("a.md", (VIOLATION,))] * 200

    def write(cache: Cache) -> None:
        for _ in range(20):
            cache.put_run(name, results)

    threads = [threading.Thread(target=write, args=(c,)) for c in caches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert caches[0].get_run(name) == tuple(results)
    assert [p.suffix for p in (caches[0].directory / "runs").iterdir()] == [".run"]


CHECK = """
import datetime as dt, sys
from pathlib import Path
from medlint.engine import Linter, Options
linter = Linter(Options(today=dt.date(2026, 11, 21), jobs=1, cache_dir=Path(sys.argv[2])))
print(len(linter.run([sys.argv[1]]).files))
"""


def test_processes_writing_at_once_leave_a_valid_record(
    filled: tuple[Path, Path, list[FileResult]], tree: tuple[Path, Path]
) -> None:
    articles, cache = tree
    for record in runs(cache):
        record.unlink()
    argv = [sys.executable, "-c", CHECK, str(articles), str(cache)]
    env = {**os.environ, "PYTHONPATH": str(Path(medlint.__file__).parents[1])}  # this code
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, env=env) for _ in range(4)]
    assert [p.communicate()[0].strip() for p in procs] == [b"9"] * 4
    (record,) = runs(cache)
    forget_entries(cache)
    warm, again = lint(articles, cache)
    assert again == filled[2] and warm.cache is not None and not warm.cache._used
    assert not list(cache.rglob("*.tmp"))


def test_the_record_is_not_read_when_the_cache_is_off(
    monkeypatch: pytest.MonkeyPatch, tree: tuple[Path, Path]
) -> None:
    articles, _ = tree
    monkeypatch.setattr(cache_module.Cache, "get_run", None)  # would fail if called
    linter = Linter(Options(today=TODAY, jobs=1))
    assert linter.run_record([str(articles / "x.md")]) is None


def test_a_run_over_workers_is_recorded_by_the_next_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``-j 2`` and enough files, the files that need analysis go to workers; such a
    run records nothing, the next (every file judged here from its entry) records, and
    the one after is answered by the record."""
    monkeypatch.chdir(tmp_path)
    articles = Path("articles")
    articles.mkdir()
    for i in range(16):
        (articles / f"a{i:02}.md").write_text(f"# Headache {i}\n\nSee a doctor for headaches.\n")
    cache = Path("cache")
    _, cold = lint(articles, cache, jobs=2)
    assert not runs(cache)
    warm, again = lint(articles, cache, jobs=2)
    assert again == cold and warm.cache is not None and warm.cache._used
    assert len(runs(cache)) == 1
    warm, again = lint(articles, cache, jobs=2)
    assert again == cold and warm.cache is not None and not warm.cache._used
