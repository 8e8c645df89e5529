"""The result cache's index: one file per rule set and options holding a run's entries, so
a fully cached run reads one file instead of one per article. Its table of contents is
untrusted; every entry it gives must verify (MAC under its name and the secret, and a
well-formed body) exactly as an entry file must, else the entry's own file is read."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medlint.cache import DAY, INDEX_MAGIC, Cache, Index
from medlint.daily import Analysed
from medlint.engine import Linter, Options
from medlint.model import FileResult

from .conftest import EXAMPLES, FIXTURES

TODAY = dt.date(2026, 11, 21)
SECRET = b"s" * 32


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    for source in [*EXAMPLES.iterdir(), *(FIXTURES / "corpus").glob("m*.md")]:
        (root / source.name).write_bytes(source.read_bytes())
    return root


def lint(folder: Path, cache: Path) -> tuple[Linter, list[FileResult]]:
    """A fresh Linter (as a new process would have) run on ``folder``, by the per-file
    path: the run-level records (tests/test_cache_runs.py) are removed first."""
    forget_runs(cache)
    linter = Linter(Options(today=TODAY, jobs=1, cache_dir=cache))
    result = linter.run([str(folder)])
    return linter, list(result.files)


def forget_runs(cache: Path) -> None:
    for record in cache.rglob("runs/*.run"):
        record.unlink()


def index_of(cache: Path) -> Path:
    (found,) = cache.rglob("*.idx")
    return found


def test_a_cached_run_reads_the_index_and_not_the_entry_files(
    articles: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    _, cold = lint(articles, cache)
    index = index_of(cache)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == len(cold) == 9
    for entry in entries:
        entry.unlink()  # the index alone must answer
    warm, again = lint(articles, cache)
    assert again == cold
    assert "_built" not in vars(warm.files)  # every file came from the cache
    assert index_of(cache) == index and not list(cache.rglob("*.json"))  # nothing rewritten


def test_a_new_article_is_added_to_the_index(articles: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    lint(articles, cache)
    before = index_of(cache).read_bytes()
    (articles / "new.md").write_text("# New\n\nA new article about headaches.\n")
    _, files = lint(articles, cache)
    after = Index.read(index_of(cache))
    assert len(after.names()) == len(files) == 10 and index_of(cache).read_bytes() != before
    for entry in cache.rglob("*.json"):
        entry.unlink()
    warm, again = lint(articles, cache)
    assert again == files and "_built" not in vars(warm.files)


def damaged_indexes(index: bytes) -> dict[str, bytes]:
    """The index damaged in every way an attacker or a crash could: each must be ignored
    (misses that fall back to the entry files), never trusted and never a crash."""
    end = index.index(b"\n", len(INDEX_MAGIC))
    table = json.loads(index[len(INDEX_MAGIC) : end])
    body = index[end + 1 :]
    keys = list(table)
    # every entry's bytes, with the severity of its findings lowered: MACs no longer verify
    forged = body.replace(b'"severity": 3', b'"severity": 1')
    assert forged != body
    swapped = dict(zip(keys, [table[k] for k in keys[1:] + keys[:1]], strict=True))
    return {
        "truncated": index[: len(index) // 2],
        "forged bodies": index[: end + 1] + forged,
        "entries swapped": INDEX_MAGIC + json.dumps(swapped).encode() + b"\n" + body,
        "out of range": INDEX_MAGIC
        + json.dumps({k: [10**12, 10] for k in keys}).encode()
        + b"\n"
        + body,
        "negative": INDEX_MAGIC + json.dumps({k: [-5, 10] for k in keys}).encode() + b"\n" + body,
        "wrong types": INDEX_MAGIC
        + json.dumps({k: ["0", True] for k in keys}).encode()
        + b"\n"
        + body,
        "a list": INDEX_MAGIC + b"[1, 2]\n" + body,
        "deep": INDEX_MAGIC + b"[" * 100_000 + b"\n",
        "not json": INDEX_MAGIC + b"{not json\n" + body,
        "no magic": index[len(INDEX_MAGIC) :],
        "empty": b"",
    }


def test_a_damaged_or_forged_index_is_ignored(articles: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _, cold = lint(articles, cache)
    index = index_of(cache)
    good = index.read_bytes()
    for name, damage in damaged_indexes(good).items():
        index.write_bytes(damage)
        _, again = lint(articles, cache)  # the entry files answer
        assert again == cold, name
        assert index.read_bytes() == good, name  # and the index is written again
    # With the entry files gone too, a forged index makes the files be linted again.
    for entry in cache.rglob("*.json"):
        entry.unlink()
    index.write_bytes(damaged_indexes(good)["forged bodies"])
    warm, again = lint(articles, cache)
    assert again == cold and "_built" in vars(warm.files)


def test_an_index_written_under_another_secret_is_not_trusted(tmp_path: Path) -> None:
    ours = Cache(tmp_path / "c", "salt", SECRET)
    theirs = Cache(tmp_path / "c", "salt", b"t" * 32)
    assert ours.index_file != theirs.index_file  # named by a MAC too
    key = theirs.key("a.md", b"text")
    theirs.put(key, Analysed("a.md", facts=(("title", "forged"),)))
    theirs.get(key, "a.md")
    assert theirs.write_index()
    # An attacker who can write the cache folder renames their index to ours.
    os.makedirs(ours.index_file.parent, exist_ok=True)
    theirs.index_file.rename(ours.index_file)
    assert ours.get(ours.key("a.md", b"text"), "a.md") is None
    assert ours.get(key, "a.md") is None  # even under their entry's name


def test_a_run_that_missed_nothing_writes_no_index(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c", "salt", SECRET)
    key = cache.key("a.md", b"text")
    assert cache.get(key, "a.md") is None
    cache.put(key, Analysed("a.md"))
    assert cache.write_index()
    again = Cache(tmp_path / "c", "salt", SECRET)
    assert again.get(key, "a.md") == Analysed("a.md")
    assert not again.write_index()  # all hits from the index


def test_old_indexes_are_pruned_like_entries(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c", "salt", SECRET)
    key = cache.key("a.md", b"text")
    cache.get(key, "a.md")
    cache.put(key, Analysed("a.md"))
    assert cache.write_index()
    now = time.time()
    old = now - 40 * DAY
    os.utime(cache.index_file, (old, old))
    entry = next(cache.directory.rglob("*.json"))
    os.utime(entry, (old, old))
    assert cache.prune(now) == 2
    assert not cache.index_file.exists()


CACHED_RUN = """
import datetime as dt, sys
from pathlib import Path
from medlint.engine import Linter, Options
linter = Linter(Options(today=dt.date(2026, 11, 21), jobs=2, cache_dir=Path(sys.argv[2])))
files = list(linter.run([sys.argv[1]]).files)
heavy = ("spacy", "markdown_it", "medlint.checks", "medlint.nlp", "medlint.kinds",
         "medlint.parsing.markdown", "medlint.facts", "jsonschema", "yaml",
         "concurrent.futures", "multiprocessing")
print(len(files), sorted(m for m in sys.modules if m.startswith(heavy)))
"""


def test_a_fully_cached_run_imports_no_parser_rule_module_nor_spacy(
    articles: Path, tmp_path: Path
) -> None:
    """Start-up is most of a cached run: it must not load what only analysis needs (the
    parsers, the rules' modules that ruleoptions.check_specs imports, the NLP layer, the
    schema validator and the YAML parser: rule files validated before come from
    medlint.derived; the worker pools: no file needs a worker)."""
    cache = tmp_path / "cache"
    lint(articles, cache)
    argv = [sys.executable, "-c", CACHED_RUN, str(articles), str(cache)]
    forget_runs(cache)  # the per-file path, then the run-level record
    for _ in range(2):
        out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
        assert out.strip() == "9 []", out
    assert list(cache.rglob("runs/*.run"))
    (articles / "new.md").write_text("# New\n\nA new article about headaches.\n")
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    assert out.startswith("10 [") and "medlint.checks.aboutness" in out  # built for one


def test_the_command_line_imports_no_report_format_until_one_is_rendered() -> None:
    """Each format's module is imported when it renders (a run writes one format; the XML
    formats load xml.etree): importing the command line loads none of them."""
    code = (
        "import sys, medlint.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith(('xml', 'medlint.reporters.'))))\n"
        "from medlint.model import RunResult\n"
        "from medlint.reporters import REPORTERS, RenderOptions\n"
        "print(REPORTERS['checkstyle'].__name__, 'xml.etree' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["['medlint.reporters.common']", "render_checkstyle False"]
