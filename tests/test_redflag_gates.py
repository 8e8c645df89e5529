"""benchmarks/redflag_gates.py: the gate trace of red-flag misses (round 12)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def tool():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module("redflag_gates")
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.mark.parametrize("split", ["test", "test7", "test10", "all"])
def test_refuses_frozen_splits(tool, split: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        tool.main(["--split", split])


def test_gates_of_the_seed(tool) -> None:  # type: ignore[no-untyped-def]
    from medlint.engine import Linter, Options

    row = next(r for r in tool.ev.load("dev") if r["id"] == "seed-000")
    linter = Linter(Options(today=tool.ev.TODAY, select=("MED109", "MED112")))
    linter.ensure_compiled()
    gates = tool.gates(row, linter)
    assert gates["expects help"] is True
    assert "topics" in gates and "acute" in gates and "when to get help" in gates


def test_scorer_pools_splits_and_reads_genres(tool, capsys) -> None:  # type: ignore[no-untyped-def]
    """eval_redflags.py: several comma-separated splits are scored each and pooled, and
    --by-genre gives the figures per labelled genre (development splits only here)."""
    assert tool.ev.main(["--split", "dev3,dev6", "--by-genre"]) == 0
    out = capsys.readouterr().out
    assert "dev3: 50 documents" in out and "dev6: 30 documents" in out
    assert "pooled dev3,dev6: 80 documents" in out
    assert "per labelled genre (dev3,dev6; MED109 + MED112):" in out
    with pytest.raises(SystemExit):
        tool.ev.main(["--split", "dev3,nosuch"])


def test_lists_every_document_of_a_labelled_genre(tool, capsys) -> None:  # type: ignore[no-untyped-def]
    genres = {r["genre"] for r in tool.ev.load("dev7")}
    genre = "screening-prevention"
    assert genre in genres
    assert tool.main(["--split", "dev7", "--genre", genre]) == 0
    out = capsys.readouterr().out
    wanted = [r for r in tool.ev.load("dev7") if r["genre"] == genre]
    listed = [line for line in out.splitlines() if not line.startswith(" ")]
    assert len(listed) == len(wanted)
    assert all("(label: " in line for line in listed)


def test_lists_every_document_a_rule_flags(tool, capsys) -> None:  # type: ignore[no-untyped-def]
    """--flagged: the documents MED112 flags, true and false alarms, each with its gates
    (round 15c's table of MED112 findings)."""
    assert tool.main(["--split", "dev13", "--rule", "MED112", "--flagged"]) == 0
    out = capsys.readouterr().out
    listed = [line for line in out.splitlines() if not line.startswith(" ")]
    assert listed and all("(label: " in line and "flagged by MED1" in line for line in listed)
    assert "    acute: " in out


def test_restricted_documents_count_only_with_the_text_that_was_labelled(  # type: ignore[no-untyped-def]
    tool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """eval_redflags.py: a document whose text may not be redistributed (location
    "restricted") is scored only when its text is at hand and hashes to the labelled text's
    SHA-256; otherwise it is left out and the number left out is said."""
    import hashlib

    monkeypatch.setitem(tool.ev.PLACES, "restricted", tmp_path)
    row = {
        "location": "restricted",
        "path": "docs/x.md",
        "sha256": hashlib.sha256(b"Call 911 if\n").hexdigest(),
    }
    assert not tool.ev.available(row)  # absent
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.md").write_bytes(b"Call 999 if\n")
    assert not tool.ev.available(row)  # not the labelled text
    (tmp_path / "docs" / "x.md").write_bytes(b"Call 911 if\n")
    assert tool.ev.available(row)
    assert tool.ev.available({"location": "repo", "path": "docs/none.md"})
    restricted = [r for r in tool.ev.load("all") if r["location"] == "restricted"]
    assert restricted == []  # none of the set's restricted texts is in tmp_path
    assert "restricted document(s) left out" in capsys.readouterr().err
