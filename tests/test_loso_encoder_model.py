"""Round 31's encoder experiment (benchmarks/loso_encoder_model.py): the pure parts that run
without torch - which sentence files it may read, round 14's gate on cue categories, the
SIF weights and the pure-Python WordPiece tokenizer E2 would need at run time."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT, load_script


@pytest.fixture(scope="module")
def enc() -> ModuleType:
    return load_script(ROOT / "benchmarks" / "loso_encoder_model.py")


def test_reads_no_frozen_file_and_no_newer_set(enc: ModuleType, tmp_path: Path) -> None:
    for name in (
        "web-dev.jsonl",
        "web-dev-33.jsonl",
        "web-dev-34.jsonl",
        "fresh-web-5.jsonl",
        "fresh-web.jsonl",
        "variants.jsonl",
        "web-dev-40.jsonl",
    ):
        (tmp_path / name).write_text("", encoding="utf-8")
    names = [p.name for p in enc.readable_files(tmp_path)]
    assert names == ["variants.jsonl", "web-dev-33.jsonl", "web-dev.jsonl"]


def test_development_rows_only(enc: ModuleType, tmp_path: Path) -> None:
    line = '{"id": "%s", "text": "t", "kind": "real", "split": "%s", "labels": {}}\n'
    (tmp_path / "web-dev-9.jsonl").write_text(
        line % ("a", "dev9") + line % ("b", "test9"), encoding="utf-8"
    )
    assert [r.id for r in enc.load_dev_rows(tmp_path)] == ["a"]


def test_gate_on_categories(enc: ModuleType) -> None:
    assert enc.guarded(["negated"], "cure_or_safety_claim")
    assert not enc.guarded(["negated"], "discourages_care")
    assert enc.guarded(["question"], "medication_advice")
    assert not enc.guarded(["possible"], "cure_or_safety_claim")


def test_sif_weights_fall_with_frequency(enc: ModuleType) -> None:
    w = enc.sif_weights([0, 10, 1000])
    assert w[0] > w[1] > w[2] > 0


def test_wordpiece(enc: ModuleType) -> None:
    vocab = ["[PAD]", "[UNK]", "turmeric", "cure", "##s", "cancer", ".", "don", "'", "t", "cafe"]
    wp = enc.WordPiece(vocab)
    assert wp.ids("Turmeric cures cancer.") == [2, 3, 4, 5, 6]
    assert wp.ids("Don't") == [7, 8, 9]
    assert wp.ids("Café zzz") == [10, 1]


def test_fresh_detectors_at_fixed_thresholds(enc: ModuleType) -> None:
    report = {
        "corpus": {
            "c": {
                "model": [0.2, 0, 0],
                "gated model": [0.1, 0, 0],
                "OR gated": [0.4, 0, 0],
                "OR gated, P-bar": [0.7, 0, 0],
                "OR gated, add-P": [0.9, 0, 0],
            }
        }
    }
    th = enc.stored_thresholds(report, "c")
    assert th == {
        "model": 0.2,
        "gated model": 0.1,
        "OR gated, best F1": 0.4,
        "OR gated, P-bar": 0.7,
    }
    found = enc.fresh_detect(
        th,
        rules=[True, False, False, False],
        guard=[False, True, False, False],
        probs=[0.0, 0.8, 0.5, 0.75],
    )
    assert found["rules"] == [True, False, False, False]
    assert found["model"] == [False, True, True, True]
    assert found["gated model"] == [False, False, True, True]
    assert found["OR gated, best F1"] == [True, False, True, True]
    assert found["OR gated, P-bar"] == [True, False, False, True]
