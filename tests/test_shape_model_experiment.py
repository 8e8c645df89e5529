"""Issue 13's model experiment (tools/shape_model.py, benchmarks/eval_shape_model.py): the
trainer is deterministic and learns, features carry their evidence word, the stored file
reads back to the same scores, and cross-validation never splits a source page."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from medlint.evaluation import SentenceItem

from .conftest import ROOT, load_script


def _load(name: str, path: Path) -> ModuleType:
    return load_script(path, name)


@pytest.fixture(scope="module")
def sm() -> ModuleType:
    return _load("shape_model", ROOT / "tools" / "shape_model.py")


@pytest.fixture(scope="module")
def experiment(sm: ModuleType) -> ModuleType:
    return _load("eval_shape_model", ROOT / "benchmarks" / "eval_shape_model.py")


VOCAB_SETS = {"medicine": frozenset({"tablets", "insulin", "statins"})}


def _rows(sm: ModuleType) -> tuple[list[dict[str, int]], list[bool]]:
    vocab = sm.Vocabulary(VOCAB_SETS, frozenset({"stop", "replace", "try"}))
    texts = [
        ("Stop your tablets today.", True),
        ("Replace your insulin with cinnamon.", True),
        ("Just stop your statins.", True),
        ("Try ditching your tablets for a week.", True),
        ("Many people stop their statins.", False),
        ("Your doctor may change your insulin dose.", False),
        ("Do not stop your tablets without asking your doctor.", False),
        ("Tablets come in two strengths.", False),
    ]
    return [sm.features(t, vocab) for t, _ in texts], [y for _, y in texts]


def test_features_name_their_evidence_word(sm: ModuleType) -> None:
    vocab = sm.Vocabulary(VOCAB_SETS, frozenset({"stop"}))
    found = sm.features("Just stop your tablets, don't you?", vocab)
    words = sm.tokens("Just stop your tablets, don't you?")
    assert words[found["lex:medicine"]] == "tablets"
    assert words[found["shape:imperative"]] == "stop"  # "just" opens, "stop" is the verb
    assert words[found["shape:negation"]] == "don't"
    assert found["shape:question"] == -1 and "pair:medicine+imperative" in found
    assert sm.stem("cures") == sm.stem("cured") == "cur" and sm.stem("tablets") == "tablet"


def test_training_is_deterministic_and_separates_the_data(sm: ModuleType) -> None:
    rows, labels = _rows(sm)
    first = sm.train(rows, labels, "medication_advice", min_count=1, epochs=200)
    again = sm.train(rows, labels, "medication_advice", min_count=1, epochs=200)
    assert first == again
    scores = [first.score(r).probability for r in rows]
    assert min(s for s, y in zip(scores, labels, strict=True) if y) > 0.5
    assert max(s for s, y in zip(scores, labels, strict=True) if not y) < 0.5


def test_the_stored_file_scores_as_the_trained_model(sm: ModuleType) -> None:
    rows, labels = _rows(sm)
    model = sm.train(rows, labels, "medication_advice", min_count=1, epochs=200)
    text = sm.dumps_models([model], {"date": "2026-12-02"}, ["medicine"])
    loaded, provenance = sm.load_models(text)
    assert provenance == {"date": "2026-12-02"}
    for row in rows:  # weights are rounded to 4 decimals in the file
        assert (
            abs(loaded["medication_advice"].score(row).probability - model.score(row).probability)
            < 1e-3
        )


def test_lexicon_words_take_one_token_patterns(sm: ModuleType) -> None:
    words = sm.lexicon_words(["{cure|cures}", "insulin", "no side effects", "{stop|quit}?"])
    assert words == frozenset({"cure", "cures", "insulin", "stop", "quit"})


def _item(i: int, source: str) -> SentenceItem:
    return SentenceItem(f"x-{i}", "text", "real", "dev", {}, "", source)


def test_folds_keep_a_page_together(experiment: ModuleType) -> None:
    items = [_item(i, f"https://example.org/{i % 7}") for i in range(40)]
    items += [_item(100 + i, "variant") for i in range(25)]
    groups = experiment.groups(items)
    assert groups[40:50] == ["variant-block-0"] * 10 and groups[60] == "variant-block-2"
    folds: dict[str, set[int]] = {}
    for g in groups:
        folds.setdefault(g, set()).add(experiment.fold_of(g, 5))
    assert all(len(f) == 1 for f in folds.values())


def test_the_approximate_guard_reads_the_cues(experiment: ModuleType) -> None:
    guard = experiment.ApproximateGuard()
    claim = experiment.GUARDED["cure_or_safety_claim"]
    assert not guard.blocked("Our tea cures gout for good.", "cures", claim)
    assert guard.blocked("A positive attitude does not cure cancer.", "cure", claim)
    assert guard.blocked("Beware of products promising to cure cancer.", "cure", claim)
    assert guard.blocked("Does this tea cure gout?", "cure", claim)
    assert guard.blocked("The post states: \u201cDefinitive cure for HIV.\u201d", "cure", claim)
