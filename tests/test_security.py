"""Attacks from an untrusted pull request, each performed for real in a git repository.

Every test builds a repository with ``git init``, commits what an attacker would commit,
and runs the real command line in a subprocess from inside it, as CI would
(docs/ci.md, "Security model").
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from medlint.cache import MalformedEntry, decode_entry
from medlint.cache_entries import Decoded, encode_entry
from medlint.daily import Analysed
from medlint.engine import Linter, Options

from .conftest import TODAY

BAD = "---\ntitle: Headache\nreviewStatus: pending-review\n---\n\n# Headache\n\nRest.\n"
REVIEW = ("--select", "review,MED9", "--today", TODAY.isoformat())
MEDLINT = str(Path(sys.executable).with_name("medlint"))


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@example.org"}
    env |= {"GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@example.org"}
    proc = subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=env
    )
    return proc.stdout


def repository(root: Path, files: dict[str, str]) -> Path:
    """A git repository with ``files`` committed (every one tracked, even if ignored)."""
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", ".")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    commit(root)
    return root


def commit(repo: Path) -> None:
    git(repo, "add", "--force", "--all")
    git(repo, "commit", "-q", "-m", "pull request", "--allow-empty")


def run(
    repo: Path, *args: str, home: Path, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m medlint ARGS`` from inside ``repo`` as a CI runner whose user cache is
    ``home`` (no MEDLINT_CACHE_KEY unless given)."""
    env = {k: v for k, v in os.environ.items() if k != "MEDLINT_CACHE_KEY"}
    env |= {"XDG_CACHE_HOME": str(home), "CI": "true", **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-m", "medlint", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


# -- 1. cache poisoning ----------------------------------------------------------------


def test_committed_cache_entries_cannot_change_a_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = repository(tmp_path / "repo", {"articles/bad.md": BAD})
    # The attacker runs medlint on their own machine to forge entries that say "clean"
    # for the bad article, for the cache folder in the checkout, and commits them.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "attacker"))
    monkeypatch.setenv("MEDLINT_CACHE_KEY", "the attacker's own key")
    forger = Linter(
        Options(today=TODAY, select=("review", "MED9"), cache_dir=repo / ".medlint_cache")
    )
    assert forger.cache is not None
    key = forger.cache.key("articles/bad.md", BAD.encode())
    forger.cache.put(key, Analysed("articles/bad.md"))
    commit(repo)
    assert ".medlint_cache/" in git(repo, "ls-files")
    for where in ((), ("--cache-dir", ".medlint_cache")):
        proc = run(repo, "check", "articles", *REVIEW, *where, home=tmp_path / "ci")
        assert proc.returncode == 1, (where, proc.stdout, proc.stderr)
        assert "articles/bad.md:3:1: MED103 [error]" in proc.stdout
        if not where:  # the default cache is the user's: nothing is written to the checkout
            assert git(repo, "status", "--porcelain", "--ignored") == ""
    assert (tmp_path / "ci" / "medlint" / "CACHEDIR.TAG").is_file()
    assert (tmp_path / "ci" / "medlint" / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (tmp_path / "ci" / "medlint" / "key").stat().st_mode & 0o077 == 0


def test_a_restored_cache_still_hits_with_the_same_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "bad.md"
    article.write_text(BAD)
    cache_dir = tmp_path / "restored"
    monkeypatch.setenv("MEDLINT_CACHE_KEY", "ci secret")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine-1"))
    first = Linter(Options(today=TODAY, cache_dir=cache_dir))
    result, _ = first.lint_file(str(article))
    # Another machine: another user cache, the same secret, the cache folder restored.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine-2"))
    second = Linter(Options(today=TODAY, cache_dir=cache_dir))
    assert second.cache is not None
    hit = second.cache.get(second.cache.key(str(article), article.read_bytes()), str(article))
    assert hit is not None and second.files.judge(hit, TODAY) == result and result.violations
    # Without the secret (a fork's pull request: no secrets), every entry is a miss.
    monkeypatch.delenv("MEDLINT_CACHE_KEY")
    third = Linter(Options(today=TODAY, cache_dir=cache_dir))
    assert third.cache is not None
    assert third.cache.get(third.cache.key(str(article), article.read_bytes()), "x") is None


GOOD_VIOLATION = {
    "code": "MED103", "name": "n", "severity": 3, "message": "m", "line": 1, "column": 1,
    "end_line": 1, "end_column": 2, "fix": None, "snippet": "", "utf8_columns": [1, 2],
    "edits": [{"start": 0, "end": 1, "replacement": "x", "safe": True,
               "span": {"line": 1, "column": 1, "end_line": 1, "end_column": 2,
                        "utf8_column": 1, "end_utf8_column": 2}}],
}  # fmt: skip
GOOD_ENTRY = {
    "pending": [
        {"violation": GOOD_VIOLATION, "valid_from": None, "valid_until": None, "parts": []},
        {"violation": GOOD_VIOLATION, "valid_from": "2026-01-02", "valid_until": None,
         "parts": ["is ", {"what": "months", "since": "2020-01-01", "less": 0}, " old"]},
    ],
    "directives": [
        {"directive": {"kind": "disable", "selectors": ["MED103"], "reason": "", "line": 1,
                       "column": 1, "end_line": 3, "start": 0, "end": 30},
         "end_line": 1, "end_column": 31, "snippet": "<!-- medlint-disable MED103 -->"}
    ],
    "audience": "consumer",
    "format": "markdown",
    "facts": [["title", "T"]],
}  # fmt: skip


def _good() -> str:
    return encode_entry(GOOD_ENTRY).decode()


def _with_part(part: object) -> bytes:
    pending = [{**GOOD_ENTRY["pending"][0], "parts": [part]}]  # type: ignore[index]
    return encode_entry({**GOOD_ENTRY, "pending": pending})


@pytest.mark.parametrize(
    "body",
    [
        b'{"pending": [], "directives": [], "audience": null, "format": null, "facts": [',
        _good().replace('"line": 1,', '"line": "1",', 1).encode(),
        _good().replace('"line": 1,', '"line": true,', 1).encode(),
        _good().replace('"start": 0', '"start": 1e400').encode(),
        _good().replace('"line": 1', '"line": 1e400').encode(),
        _good().replace('"line": 1', '"line": NaN').encode(),
        encode_entry({**GOOD_ENTRY, "pending": [{"severity": 9}]}),
        _good().replace('"pending": 2', '"pending": "none"').encode(),
        _good().replace('"pending": 2', '"pending": true').encode(),
        _good().replace('"pending": 2', '"pending": 3').encode(),
        _good().replace('"pending": 2', '"pending": 1').encode(),
        _good().encode() + b"\n",
        _good().replace('"severity": 3', '"severity": true', 1).encode(),
        _good().replace('"end_column": 2, "fix"', '"end_column": "2", "fix"', 1).encode(),
        encode_entry({**GOOD_ENTRY, "facts": [["title"]]}),
        encode_entry({**GOOD_ENTRY, "extra": 1}),
        _good().replace('"2026-01-02"', '"2026-13-02"').encode(),
        _good().replace('"months"', '"years"').encode(),
        _with_part({"what": "days", "since": None, "less": 0}),
        _with_part({"what": "days", "since": "2020-01-01", "less": 1.5}),
        _good().replace('"disable"', '"enable"').encode(),
        _good().replace('"safe": true', '"safe": 1').encode(),
        _good().replace('"utf8_column": 1', '"utf8_column": -1').encode(),
        _good().replace('"utf8_columns": [1, 2]', '"utf8_columns": [1]').encode(),
        b"[" * 100_000 + b"]" * 100_000,
        b'{"path": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_000 + b"}",
        b"\xff\xfe not utf-8",
        b"",
    ],
    ids=[
        "truncated",
        "string-int",
        "bool-int",
        "1e400",
        "1e400-line",
        "NaN",
        "bad-violation",
        "violations-not-a-count",
        "count-bool",
        "a-finding-missing",
        "a-finding-too-many",
        "trailing-newline",
        "bool-severity",
        "string-end-column",
        "short-fact",
        "extra-key",
        "bad-date",
        "bad-part",
        "part-without-date",
        "float-part",
        "enable-directive",
        "bool-safe",
        "negative-column",
        "short-columns",
        "deep-list",
        "deep-object",
        "not-utf8",
        "empty",
    ],
)
def test_a_malformed_entry_is_a_miss_not_a_traceback(body: bytes) -> None:
    good = decode_entry(_good().encode(), "a.md")
    assert good.pending[0].violation.line == 1 and good.directives[0].directive.end_line == 3
    first = good.pending[0].violation
    assert first.edits[0].span is not None and first.utf8_columns == (1, 2)
    with pytest.raises(MalformedEntry):
        decode_entry(body, "a.md")


def test_a_finding_decoded_once_is_shared_and_equal_to_a_fresh_decoding() -> None:
    memo = Decoded()
    first = decode_entry(_good().encode(), "a.md", memo)
    again = decode_entry(_good().encode(), "b.md", memo)
    fresh = decode_entry(_good().encode(), "b.md")
    assert again == fresh and again.path == "b.md" and first.path == "a.md"
    assert all(a is b for a, b in zip(first.pending, again.pending, strict=True))
    # a line that differs in one byte is decoded on its own, and a malformed line is
    # refused even when every other line of its entry is known
    other = _good().replace('"message": "m"', '"message": "n"', 1).encode()
    assert decode_entry(other, "c.md", memo).pending[0].violation.message == "n"
    with pytest.raises(MalformedEntry):
        decode_entry(_good().replace('"safe": true', '"safe": 1', 1).encode(), "d.md", memo)


def test_corrupt_entries_on_disk_are_misses_and_are_rewritten(tmp_path: Path) -> None:
    # Four articles, four entries: each damaged its own way, all read by one run.
    articles = {f"articles/bad{i}.md": BAD.replace("Rest.", f"Rest {i}.") for i in range(4)}
    repo = repository(tmp_path / "repo", articles)
    cache = tmp_path / "cache"
    args = ("check", "articles", *REVIEW, "--cache-dir", str(cache))
    assert run(repo, *args, home=tmp_path / "ci").returncode == 1
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 4
    good = [entry.read_bytes() for entry in entries]
    forged = good[2].replace(b'"severity": 3', b'"severity": 1')
    assert forged != good[2]
    for entry, damage in zip(entries, (good[0][:-5], b"x" * 64 + b"\n{}", forged), strict=False):
        entry.write_bytes(damage)
    entries[3].unlink()
    os.mkfifo(entries[3])  # a FIFO where an entry should be: never blocks the run
    # The index of the run's entries (read first) is forged too: its entries fail their
    # MACs, so the entry files are read (tests/test_cache_index.py damages it every way).
    (index,) = cache.rglob("*.idx")
    index.write_bytes(index.read_bytes().replace(b'"severity": 3', b'"severity": 1'))
    proc = run(repo, *args, home=tmp_path / "ci")
    assert proc.returncode == 1 and proc.stdout.count("MED103 [error]") == 4, proc.stderr
    assert [entry.read_bytes() for entry in entries[:3]] == good[:3]  # rewritten


def test_clean_removes_only_tagged_cache_folders(tmp_path: Path) -> None:
    repo = repository(tmp_path / "repo", {"articles/bad.md": BAD})
    home = tmp_path / "ci"
    run(repo, "check", "articles", *REVIEW, home=home)
    run(repo, "check", "articles", *REVIEW, "--cache-dir", "c", home=home)
    assert (home / "medlint" / "CACHEDIR.TAG").is_file() and (repo / "c" / "CACHEDIR.TAG").is_file()
    proc = run(repo, "clean", "--cache-dir", "c", home=home)
    assert proc.returncode == 0 and not (repo / "c").exists(), proc.stderr
    proc = run(repo, "clean", home=home)
    assert proc.returncode == 0 and not (home / "medlint").exists(), proc.stderr
    # A folder without CACHEDIR.TAG, or a link to a tagged folder, is never deleted.
    (repo / "articles" / "CACHEDIR.TAG").write_text("not the signature\n")
    proc = run(repo, "clean", "--cache-dir", "articles", home=home)
    assert proc.returncode == 2 and "not removed" in proc.stderr
    assert (repo / "articles" / "bad.md").is_file()
    tagged = tmp_path / "tagged"
    run(repo, "check", "articles", *REVIEW, "--cache-dir", str(tagged), home=home)
    (repo / "link").symlink_to(tagged)
    proc = run(repo, "clean", "--cache-dir", "link", home=home)
    assert proc.returncode == 2 and (tagged / "CACHEDIR.TAG").is_file()


# -- 2. script injection into the audit report -------------------------------------------

HOSTILE = ("</script><script>alert(1)</script>", "<!--<script>", "<img src=x onerror=alert(2)>")


def test_audit_report_embeds_hostile_text_as_inert_data(tmp_path: Path) -> None:
    files = {
        f"articles/a{i}.md": f"---\ntitle: '{t}'\nreviewStatus: pending-review\n---\n\n# {t}\n"
        for i, t in enumerate(HOSTILE)
    }
    files["articles/<img src=x onerror=alert(3)>.md"] = BAD
    repo = repository(tmp_path / "repo", files)
    proc = run(repo, "audit", "articles", *REVIEW, "--html", "r.html", home=tmp_path / "ci")
    assert proc.returncode == 0, proc.stderr
    page = (repo / "r.html").read_text()
    start = page.index('<script type="application/json" id="data">') + 42
    embedded = page[start : page.index("</script>", start)]
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    data = json.loads(embedded)
    assert sorted(a["title"] for a in data["articles"]) == sorted([*HOSTILE, "Headache"])
    assert page.count("<script") == 2 and "innerHTML" not in page  # text goes in as text


# -- 3. python -m medlint and plugins from the working directory -------------------------

EVIL = {
    "evil.dist-info/METADATA": "Metadata-Version: 2.1\nName: evil\nVersion: 1.0\n",
    "evil.dist-info/entry_points.txt": "[medlint.packs]\nevil = evil:pack\n",
    "evil.py": "from pathlib import Path\nPath(__file__).with_name('PWNED').write_text('ran')\n"
    "def pack():\n    return Path(__file__).parent\n",
    "articles/bad.md": BAD,
}


def test_python_m_medlint_runs_no_code_from_the_checkout(tmp_path: Path) -> None:
    repo = repository(tmp_path / "repo", EVIL)
    proc = run(repo, "check", "articles", *REVIEW, home=tmp_path / "ci")
    assert not (repo / "PWNED").exists()
    assert proc.returncode == 1 and "MED103" in proc.stdout, proc.stderr


def test_plugins_on_the_path_inside_the_checkout_are_ignored(tmp_path: Path) -> None:
    repo = repository(tmp_path / "repo", EVIL)
    env = {k: v for k, v in os.environ.items() if k != "MEDLINT_CACHE_KEY"}
    env |= {"XDG_CACHE_HOME": str(tmp_path / "ci"), "PYTHONPATH": str(repo)}
    proc = subprocess.run(
        [MEDLINT, "check", "articles", *REVIEW], cwd=repo, capture_output=True, text=True, env=env
    )
    assert not (repo / "PWNED").exists()
    assert proc.returncode == 1 and "MED103" in proc.stdout, proc.stderr


# -- 4. articles hidden from the lint ----------------------------------------------------


def test_a_committed_gitignore_cannot_hide_tracked_articles(tmp_path: Path) -> None:
    ignores = {".gitignore": "bad.md\n", "articles/.gitignore": "*\n"}
    repo = repository(tmp_path / "repo", {"articles/bad.md": BAD, **ignores})
    (repo / "articles" / "draft.md").write_text(BAD)  # untracked and ignored: skipped
    proc = run(repo, "check", "articles", *REVIEW, "--no-cache", home=tmp_path / "ci")
    assert proc.returncode == 1 and "articles/bad.md:3:1: MED103" in proc.stdout, proc.stdout
    assert "draft.md" not in proc.stdout and "1 of 1 file" in proc.stdout


def test_fake_git_files_in_the_linted_folder_hide_nothing(tmp_path: Path) -> None:
    repo = repository(
        tmp_path / "repo",
        {
            "articles/bad.md": BAD,
            "articles/HEAD": "ref: refs/heads/main\n",
            "articles/objects/.keep": "",
            "articles/refs/.keep": "",
            "articles/ignoreall": "*\n",
            "articles/config": "[core]\n\trepositoryformatversion = 0\n\tbare = false\n"
            "\tworktree = .\n\texcludesFile = ignoreall\n",
        },
    )
    proc = run(repo, "check", "articles", *REVIEW, "--no-cache", home=tmp_path / "ci")
    assert proc.returncode == 1 and "articles/bad.md:3:1: MED103" in proc.stdout, proc.stdout
    # The same folder outside any repository: nothing is ignored either.
    outside = tmp_path / "plain"
    shutil.copytree(repo / "articles", outside)
    proc = run(outside, "check", ".", *REVIEW, "--no-cache", home=tmp_path / "ci")
    assert proc.returncode == 1 and "bad.md:3:1: MED103" in proc.stdout, proc.stdout


def _without_root_powers() -> list[str]:
    """A prefix that runs a command without root's permission to read any folder."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: root reads every folder")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def test_an_unreadable_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    repo = repository(tmp_path / "repo", {"articles/ok.md": BAD, "articles/locked/bad.md": BAD})
    locked = repo / "articles" / "locked"
    locked.chmod(0)
    try:
        proc = subprocess.run(
            [*_without_root_powers(), MEDLINT, "check", "articles", *REVIEW, "--no-cache"],
            cwd=repo,
            capture_output=True,
            text=True,
            env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "ci")},
        )
    finally:
        locked.chmod(0o755)
    assert proc.returncode == 1, proc.stderr
    assert "articles/locked: MED900" in proc.stdout.replace(":1:1:", ":"), proc.stdout
    assert "articles/ok.md:3:1: MED103" in proc.stdout


def test_symlink_loops_in_a_linted_folder_are_reported(tmp_path: Path) -> None:
    repo = repository(tmp_path / "repo", {"articles/bad.md": BAD})
    (repo / "articles" / "loop.md").symlink_to("loop.md")
    (repo / "articles" / "a.md").symlink_to("b.md")
    (repo / "articles" / "b.md").symlink_to("a.md")
    (repo / "articles" / "again").symlink_to(".")
    commit(repo)
    proc = run(repo, "check", "articles", *REVIEW, "--no-cache", home=tmp_path / "ci")
    assert "Traceback" not in proc.stderr and proc.returncode == 1, proc.stderr
    for name in ("loop.md", "a.md", "b.md"):
        assert f"articles/{name}:1:1: MED900 [error]" in proc.stdout
    assert "symbolic link loop" in proc.stdout and "articles/bad.md:3:1: MED103" in proc.stdout


# -- 5. outside the checkout -------------------------------------------------------------

SECRET = "AWS_SECRET_ACCESS_KEY=hunter2-do-not-leak"


def test_a_link_to_a_file_outside_the_checkout_is_never_read(tmp_path: Path) -> None:
    secrets = tmp_path / "runner" / "secrets.md"
    secrets.parent.mkdir()
    secrets.write_text(f"---\ntitle: {SECRET}\nreviewStatus: {SECRET}\n---\n# {SECRET}\n")
    repo = repository(tmp_path / "repo", {"articles/bad.md": BAD})
    (repo / "articles" / "leak.md").symlink_to(secrets)
    (repo / "articles" / "leak2.md").symlink_to("../../runner/secrets.md")
    commit(repo)
    # Every format for the folder; the files named on the command line (another way in,
    # the same refusal, hence the same result to render) in one format.
    runs = [(("articles",), fmt) for fmt in ("json", "sarif", "text")]
    for args, fmt in [*runs, (("articles/leak.md", "articles/leak2.md"), "text")]:
        proc = run(repo, "check", *args, *REVIEW, "-f", fmt, home=tmp_path / "ci")
        assert "hunter2" not in proc.stdout + proc.stderr
        assert proc.returncode == 1
        assert "outside the project root" in proc.stdout, proc.stdout
    proc = run(repo, "audit", "articles", *REVIEW, "--html", "r.html", "--json", "r.json",
               home=tmp_path / "ci")  # fmt: skip
    assert "hunter2" not in (repo / "r.html").read_text() + (repo / "r.json").read_text()


FIXABLE = "---\ntitle: Cramps\ndateModified: June 3, 2025\n---\n# Cramps\n"


def test_fix_never_writes_through_a_link_outside_the_checkout(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "a.md").write_text(FIXABLE)
    repo = repository(
        tmp_path / "repo", {".medlint.toml": 'select = ["MED001", "MED106", "MED9"]\n'}
    )
    (repo / "articles").symlink_to(outside)
    (repo / "one.md").symlink_to(outside / "a.md")
    (repo / "mine.md").write_text(FIXABLE)
    commit(repo)
    for target in ("articles", "one.md", "articles/a.md", "."):
        proc = run(repo, "check", "--fix", target, *REVIEW[2:], home=tmp_path / "ci")
        assert "Traceback" not in proc.stderr, proc.stderr
        assert (outside / "a.md").read_text() == FIXABLE, target
    assert "dateModified: 2025-06-03" in (repo / "mine.md").read_text()  # inside: fixed


@pytest.mark.parametrize("where", ["../x", "ABSOLUTE"])
def test_packs_outside_the_project_root_are_refused(tmp_path: Path, where: str) -> None:
    pack = tmp_path / "x"
    pack.mkdir()
    (pack / "rule.yaml").write_text("code: [not, a, rule\n")  # read, it would fail to parse
    location = str(pack) if where == "ABSOLUTE" else where
    repo = repository(
        tmp_path / "repo", {".medlint.toml": f'packs = ["{location}"]\n', "articles/bad.md": BAD}
    )
    proc = run(repo, "check", "articles", *REVIEW, home=tmp_path / "ci")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "outside the project root" in proc.stderr and "rule.yaml" not in proc.stderr
    # A pack inside the repository whose files link outside is refused the same way.
    (repo / "pack").mkdir()
    (repo / "pack" / "rule.yaml").symlink_to(pack / "rule.yaml")
    (repo / ".medlint.toml").write_text('packs = ["pack"]\n')
    proc = run(repo, "check", "articles", *REVIEW, home=tmp_path / "ci")
    assert proc.returncode == 2 and "outside the project root" in proc.stderr, proc.stderr


def test_a_configuration_outside_the_checkout_does_not_widen_the_root(tmp_path: Path) -> None:
    secrets = tmp_path / "secrets.md"
    secrets.write_text(f"# {SECRET}\n")
    (tmp_path / "base.toml").write_text('select = ["review", "MED9"]\n')  # pinned by CI
    repo = repository(tmp_path / "repo", {"articles/bad.md": BAD})
    (repo / "articles" / "leak.md").symlink_to(secrets)
    commit(repo)
    proc = run(repo, "check", "articles", "--config", str(tmp_path / "base.toml"),
               "--today", TODAY.isoformat(), "-f", "json", home=tmp_path / "ci")  # fmt: skip
    assert "hunter2" not in proc.stdout and "outside the project root" in proc.stdout


def test_a_configuration_linked_outside_the_checkout_is_not_read(tmp_path: Path) -> None:
    secrets = tmp_path / "runner.env"
    secrets.write_text(f"{SECRET}: 1\n")  # would be echoed by the configuration's schema errors
    repo = repository(tmp_path / "repo", {"articles/bad.md": BAD})
    (repo / ".medlint.yaml").symlink_to(secrets)
    commit(repo)
    proc = run(repo, "check", "articles", *REVIEW, home=tmp_path / "ci")
    assert proc.returncode == 2 and "outside the project root" in proc.stderr, proc.stderr
    assert "hunter2" not in proc.stdout + proc.stderr
