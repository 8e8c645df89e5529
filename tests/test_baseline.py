"""Baseline: gate only new violations on a legacy backlog."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .conftest import EXAMPLES, cli


def test_write_then_check_with_baseline(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("discouraging-advice.md", "thigh-cramps-missing-red-flags.md"):
        shutil.copy(EXAMPLES / name, articles / name)
    base = tmp_path / "medlint-baseline.json"
    common = ("check", str(articles), "--today", "2026-11-21", "--isolated")

    code, _, err = cli(*common, "--write-baseline", str(base))
    assert code == 0 and "wrote" in err
    data = json.loads(base.read_text())
    assert data["medlint_baseline"] == 1
    entries = data["entries"]
    assert entries == sorted(entries, key=lambda e: (e["path"], e["code"], e["hash"]))
    assert {e["path"] for e in entries} == {
        "articles/discouraging-advice.md",
        "articles/thigh-cramps-missing-red-flags.md",
    }
    assert base.read_text().count("\n") == len(entries) + 6  # one entry per line

    # Nothing new: clean, even after an unrelated paragraph moves every line down.
    assert cli(*common, "--baseline", str(base))[0] == 0
    article = articles / "discouraging-advice.md"
    article.write_text(
        article.read_text().replace(
            "# Headache relief at home\n", "# Headache relief at home\n\nA new intro.\n\nMore.\n"
        )
    )
    code, out, _ = cli(*common, "--baseline", str(base))
    assert code == 0, out

    # A new problem is reported; the old ones stay quiet.
    article.write_text(article.read_text() + "\nTurmeric cures migraines.\n")
    code, out, _ = cli(*common, "--baseline", str(base))
    assert code == 1
    assert "MED201" in out and "MED111" not in out

    # Fixing an old problem makes its entry removable.
    article.write_text(
        article.read_text().replace(
            "You don't need to see a doctor for a headache, whatever it feels like.", ""
        )
    )
    code, out, err = cli(*common, "--baseline", str(base))
    assert "can be removed" in err and "articles/discouraging-advice.md: MED111" in err


def test_bad_baseline_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("{not json")
    code, _, err = cli("check", str(EXAMPLES), "--baseline", str(bad), "--isolated")
    assert code == 2 and "not valid JSON" in err
