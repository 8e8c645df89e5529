"""Round 14's classifier experiment (benchmarks/loso_sentence_model.py): it trains on the
readable development splits only, gates the model with the rules' own cues, and chooses
its thresholds from what it is given."""

from __future__ import annotations

from types import ModuleType

import pytest

from .conftest import ROOT, load_script


@pytest.fixture(scope="module")
def loso() -> ModuleType:
    return load_script(ROOT / "benchmarks" / "loso_sentence_model.py")


def test_held_out_split_is_not_readable(loso: ModuleType) -> None:
    assert loso.HELDOUT not in loso.READABLE
    assert all(s.startswith("dev") for s in loso.READABLE)


def test_gate_reads_the_rules_cues(loso: ModuleType) -> None:
    gate = loso.Gate()
    cure = "cure_or_safety_claim"
    assert gate.guarded("There is no cure for gout.", cure)
    assert gate.guarded("Beware of teas promising to cure gout.", cure)
    assert gate.guarded("Can this tea cure gout?", cure)
    assert not gate.guarded("This tea cures gout for good.", cure)
    # a negation is the shape of discouraged care, not a guard against it
    assert not gate.guarded("You don't need a doctor for this.", "discourages_care")
    # a conditional instruction is still medication advice
    assert not gate.guarded("If your tablets upset you, just stop them.", "medication_advice")


def test_thresholds_come_from_the_training_rows(loso: ModuleType) -> None:
    labels = [True, True, True, True, False, False, False]
    rules = [True, False, False, False, False, False, False]
    guard = [False, False, False, False, False, True, False]
    probs = [0.9, 0.8, 0.75, 0.7, 0.6, 0.95, 0.1]
    th = loso.choose(labels, rules, guard, probs)
    # the guarded 0.95 is no firing; 0.6 would be a false alarm; ties take the lowest
    assert th.gated == th.either_gated == 0.65
    assert th.addp_gated == 0.65  # three additions at 0.65 or more, all right
    found = loso.detect(th, rules, guard, probs)
    assert found["rules OR gated"][1] == [True, True, True, True, False, False, False]
    assert found["rules OR model"][1][5] is (probs[5] >= th.either)
    assert found["model"][1] == [p >= th.model for p in probs]
