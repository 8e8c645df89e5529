"""Round 10's classifier experiment (benchmarks/train_sentence_model.py): it reads dev rows
only, never splits a source page across folds, and trains deterministically."""

from __future__ import annotations

from types import ModuleType

import pytest

from .conftest import ROOT, load_script


@pytest.fixture(scope="module")
def tsm() -> ModuleType:
    return load_script(ROOT / "benchmarks" / "train_sentence_model.py")


def test_reads_development_rows_only(tsm: ModuleType) -> None:
    rows = tsm.load_dev_rows()
    assert rows
    assert all(r.split.startswith("dev") for r in rows)
    assert {"dev6", "dev7", "dev8"} <= {r.split for r in rows}


def test_folds_never_split_a_group(tsm: ModuleType) -> None:
    rows = tsm.load_dev_rows()
    fold_of: dict[str, int] = {}
    for row, fold in zip(rows, tsm.folds(rows), strict=True):
        assert fold_of.setdefault(row.group, fold) == fold


def test_training_is_deterministic_and_learns(tsm: ModuleType) -> None:
    claim = dict.fromkeys(tsm.CLASSES, False) | {"cure_or_safety_claim": True}
    none = dict.fromkeys(tsm.CLASSES, False)
    texts = [
        "This tea cures arthritis for good.",
        "Our balm cures eczema in days.",
        "The herb cures gout forever.",
        "Arthritis is inflammation of the joints.",
        "Eczema makes the skin itchy and dry.",
        "Gout is caused by uric acid crystals.",
    ]
    labels = [claim, claim, claim, none, none, none]
    first = tsm.score(tsm.train(texts, labels, 8, 2**10, 2), ["This oil cures asthma."])
    again = tsm.score(tsm.train(texts, labels, 8, 2**10, 2), ["This oil cures asthma."])
    assert first == again
    honest = tsm.score(tsm.train(texts, labels, 8, 2**10, 2), ["Asthma narrows the airways."])
    assert first[0]["cure_or_safety_claim"] > honest[0]["cure_or_safety_claim"]


def test_threshold_choice_uses_only_what_it_is_given(tsm: ModuleType) -> None:
    labels = [True, True, False, False]
    rules = [True, False, False, False]
    probs = [0.9, 0.7, 0.3, 0.1]
    alone, either, veto = tsm.choose(labels, rules, probs)
    assert 0.3 < alone <= 0.7
    assert 0.3 < either <= 0.7
    assert veto <= 0.9
