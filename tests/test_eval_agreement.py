"""benchmarks/eval_agreement.py: every second-label file is read, names only labelled items,
and kappa is Cohen's."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "eval_agreement_t", ROOT / "benchmarks" / "eval_agreement.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_kappa_is_cohens() -> None:
    tool = _tool()
    a = [True, True, False, False, True, False, False, False]
    b = [True, False, False, False, True, True, False, False]
    observed, k = tool.kappa(a, b)
    assert observed == pytest.approx(6 / 8)
    expected = (3 / 8) * (3 / 8) + (5 / 8) * (5 / 8)
    assert k == pytest.approx((6 / 8 - expected) / (1 - expected))


def test_every_second_label_names_a_first_labelled_item_once() -> None:
    tool = _tool()
    sentence_ids = {
        json.loads(line)["id"]
        for path in (ROOT / "tests/eval/sentences").glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    document_ids = {
        json.loads(line)["id"]
        for line in (ROOT / "tests/eval/redflags/documents.jsonl").read_text().splitlines()
    }
    files = tool.second_files("sentences") + tool.second_files("documents")
    names = {p.name for p in files}
    assert {"sentences-b.jsonl", "sentences-10.jsonl", "documents-10.jsonl"} <= names
    assert not any("to-label" in n for n in names)
    for path in files:
        ids = [str(r["id"]) for r in tool.rows(path)]
        assert len(ids) == len(set(ids)), path.name
        known = sentence_ids if path.name.startswith("sentences") else document_ids
        assert set(ids) <= known, path.name


def test_it_prints_each_file_and_split(capsys: pytest.CaptureFixture[str]) -> None:
    assert _tool().main([]) == 0
    out = capsys.readouterr().out
    assert "sentences (sentences-10.jsonl: 257 items)" in out
    assert "red-flag documents (documents-10.jsonl: 91 documents)" in out
    assert "  test10\n" in out and "  dev10\n" in out
