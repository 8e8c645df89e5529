"""Pruning the result cache: entries unused for a month go, then the least recently used
beyond the size limit, leftover temporary files and older cache formats' folders."""

from __future__ import annotations

import os
import time
from pathlib import Path

from medlint.cache import CACHE_FORMAT, DAY, PRUNE_STAMP, Cache
from medlint.daily import Analysed

SECRET = b"k" * 32


def fill(cache: Cache, names: list[str]) -> dict[str, Path]:
    """One entry per name; returns each entry's file."""
    files = {}
    for name in names:
        key = cache.key(name, name.encode())
        cache.put(key, Analysed(name, facts=(("title", name * 50),)))
        files[name] = cache.directory / key[:2] / f"{key}.json"
    return files


def age(path: Path, days: float, now: float) -> None:
    when = now - days * DAY
    os.utime(path, (when, when))


def test_entries_unused_for_a_month_are_pruned_and_a_hit_keeps_one(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c", "salt", SECRET)
    files = fill(cache, ["old.md", "used.md", "new.md"])
    now = time.time()
    age(files["old.md"], 40, now)
    age(files["used.md"], 40, now)
    age(files["new.md"], 29, now)
    key = cache.key("used.md", b"used.md")
    assert cache.get(key, "used.md") is not None  # a hit marks the entry used
    stray = files["new.md"].parent / "x.tmp"
    stray.write_text("half-written")
    age(stray, 1, now)
    assert cache.prune(now) == 1
    assert not files["old.md"].exists() and not stray.exists()
    assert files["used.md"].exists() and files["new.md"].exists()
    assert cache.get(key, "used.md") is not None


def test_the_least_recently_used_go_beyond_the_size_limit(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c", "salt", SECRET)
    names = [f"{i}.md" for i in range(6)]
    files = fill(cache, names)
    now = time.time()
    for i, name in enumerate(names):  # 0.md is the least recently used
        age(files[name], 6 - i, now)
    size = files["0.md"].stat().st_size
    cache.max_bytes = 3 * size + size // 2
    assert cache.prune(now) == 3
    assert [n for n in names if files[n].exists()] == ["3.md", "4.md", "5.md"]


def test_pruning_runs_at_most_daily_on_the_first_write(tmp_path: Path) -> None:
    root = tmp_path / "c"
    first = Cache(root, "salt", SECRET)
    files = fill(first, ["old.md"])
    now = time.time()
    age(files["old.md"], 40, now)
    stamp = first.directory / PRUNE_STAMP
    assert stamp.is_file()  # the first write of the first run pruned (nothing to do)
    # Older formats' folders are removed; a link named like one is not followed.
    old_format = root / f"v{CACHE_FORMAT - 1}"
    (old_format / "ab").mkdir(parents=True)
    (old_format / "ab" / "e.json").write_text("{}")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep")
    (root / "v1").symlink_to(elsewhere)
    # Pruned a day ago or less: the next run's writes do not prune.
    fill(Cache(root, "salt", SECRET), ["a.md"])
    assert files["old.md"].exists() and old_format.exists()
    age(stamp, 1.5, now)
    fill(Cache(root, "salt", SECRET), ["b.md"])
    assert not files["old.md"].exists() and not old_format.exists()
    assert (elsewhere / "keep.txt").exists()
    assert now - stamp.stat().st_mtime < DAY
