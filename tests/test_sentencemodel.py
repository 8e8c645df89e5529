"""MED201's sentence model, off by default (round 31, candidate BOW31; docs/learned-model.md).

The model file under rules/models/ scores a sentence by round 7's features; ``logit`` sums the
same weights as ``features`` names them; MED201 reads every sentence its shapes did not report
only when a configuration names the model."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from medlint.engine import Linter
from medlint.ruleset import RuleFileError
from medlint.selection import Options
from medlint.sentencemodel import (
    SentenceModel,
    Vocabulary,
    features,
    load_model,
    parse_model,
    sigmoid,
    stem,
    tokens,
)

TODAY = dt.date(2026, 12, 1)
SENTENCES = [
    "So before reaching for the medicine cabinet, try out these natural antibiotic cures.",
    "Doesn't this herbal tea heal your gut for good?",
    "Take two tablets a day with water, and stop if you feel sick.",
    "Radiation therapy uses high-energy x-rays to kill cancer cells.",
    "My doctor and I agreed that I can't stop taking it.",
    "",
]


def test_tokens_and_stems_are_round_sevens() -> None:
    assert tokens("Don’t stop: 100% cured?") == ["don't", "stop", "100", "%", "cured", "?"]
    assert [stem(w) for w in ("cures", "curing", "remedies", "tablets", "don't", "is")] == [
        "cur",
        "cur",
        "remedy",
        "tablet",
        "not",
        "is",
    ]


def test_features_name_words_stems_bigrams_lexicons_shapes_and_pairs() -> None:
    sets = {"cure": frozenset({"cures"}), "drug": frozenset({"pills"})}
    vocabulary = Vocabulary(sets, frozenset({"try"}))
    found = features("Try these pills, it cures you", vocabulary)
    assert {"bias", "w:pills", "s:pill", "b:pill_it", "lex:cure", "lex:drug"} <= set(found)
    shapes = {"shape:imperative", "shape:second-person", "pair:cure+drug", "pair:cure+you"}
    assert shapes <= set(found)
    assert found["w:pills"] == 2 and found["bias"] == -1


@pytest.mark.parametrize("text", SENTENCES)
def test_the_quick_sum_is_the_named_features_sum(text: str) -> None:
    model = load_model("cure-claim")
    assert sigmoid(model.logit(text)) == pytest.approx(model.score(text).probability, abs=1e-12)


def test_reaches_gives_the_score_and_its_strongest_word() -> None:
    model = load_model("cure-claim")
    found = model.reaches(SENTENCES[0], 0.7)
    assert found is not None and found.probability >= 0.7 and found.evidence in tokens(SENTENCES[0])
    assert model.reaches(SENTENCES[3], 0.7) is None


def test_a_model_file_that_is_missing_or_malformed_is_a_rule_file_error() -> None:
    with pytest.raises(RuleFileError, match="no such sentence model"):
        load_model("no-such-model")
    with pytest.raises(RuleFileError, match="not a sentence model"):
        parse_model("bad", json.dumps({"class": "x"}), lambda name: ())


# A development sentence (dev14) that MED201's shapes miss and the model scores 0.90.
MISSED = "This is a natural body cleansing product and the results will be visible within a month."


def lint(text: str, **model: object) -> list[str]:
    overrides = tuple(("MED201", key, value) for key, value in model.items())
    linter = Linter(Options(today=TODAY, select=("MED201",), rule_options=overrides))
    result, _ = linter.lint_text("a.md", f"{text}\n")
    return [v.message for v in result.violations if v.code == "MED201"]


def test_off_by_default_and_on_when_the_configuration_names_the_model() -> None:
    assert lint(MISSED) == []
    found = lint(MISSED, model="cure-claim")
    assert len(found) == 1
    assert 'in "This is a natural body cleansing product' in found[0]
    assert "reads as one to 'cure-claim', a model trained on labelled sentences" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Will the results of this natural cleansing product be visible within a month?",
        "Beware of sellers who say the results will be visible within a month.",  # debunking
        "The results of this natural cleansing product will not be visible within a month.",
    ],
)
def test_the_rule_context_stops_the_model(text: str) -> None:
    assert lint(text, model="cure-claim", model_threshold=0.0) == []


@pytest.mark.parametrize(
    "text",
    [
        "This natural cleansing product may show results within a month.",  # a hedge
        "The results of this cleansing treatment will be visible within a month.",  # clinical
    ],
)
def test_the_words_of_model_unless_stop_the_model(text: str) -> None:
    assert lint(text, model="cure-claim", model_threshold=0.0) == []
    assert lint(text, model="cure-claim", model_threshold=0.0, model_unless=[])


def test_model_unless_names_word_options_only() -> None:
    with pytest.raises(RuleFileError, match="model_unless names no word option"):
        lint(MISSED, model="cure-claim", model_unless=["no_such_option"])


def test_the_threshold_is_the_rules() -> None:
    assert lint(MISSED, model="cure-claim", model_threshold=1.0) == []
    assert lint("The clinic opens at nine.", model="cure-claim", model_threshold=0.0)


# Review round 31 (rev31).


@pytest.mark.parametrize("text", SENTENCES)
def test_logit_and_score_agree_exactly(text: str) -> None:
    model = load_model("cure-claim")
    assert sigmoid(model.logit(text)) == model.score(text).probability


def test_logit_and_score_agree_exactly_whatever_the_order_of_the_sum() -> None:
    # Sums of these weights in different orders differ in their last bits.
    weights = {"bias": 0.1, "w:a": 0.2, "s:a": 0.3, "w:b": 1e-17, "b:a_b": 0.7, "w:c": -0.6}
    model = SentenceModel.of("m", "x", 0.1, weights, Vocabulary({}))
    for text in ("a b c", "c b a", "b a c a", "a"):
        assert sigmoid(model.logit(text)) == model.score(text).probability


def test_may_reach_counts_each_bigram_a_repeated_word_opens() -> None:
    # "no" opens two distinct bigrams; the bound counted its best bigram once.
    weights = {"b:no_side": 1.0, "b:no_risk": 1.0}
    model = SentenceModel.of("m", "x", 0.0, weights, Vocabulary({}))
    words = tokens("no side, no risk")
    assert model.logit("no side, no risk") == 2.0
    assert model.may_reach(words, 2.0)
    assert model.reaches("no side, no risk", sigmoid(2.0)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "[1, 2]",
        "not json",
        json.dumps(
            {
                "class": "x",
                "lexicons": [],
                "imperative_lexicon": "y",
                "intercept": 0,
                "weights": [1, 2],
            }
        ),
        json.dumps(
            {
                "class": "x",
                "lexicons": "abc",
                "imperative_lexicon": "y",
                "intercept": 0,
                "weights": {},
            }
        ),
        json.dumps(
            {
                "class": "x",
                "lexicons": ["a+b"],
                "imperative_lexicon": "y",
                "intercept": 0,
                "weights": {},
            }
        ),
        json.dumps(
            {
                "class": "x",
                "lexicons": ["you"],
                "imperative_lexicon": "y",
                "intercept": 0,
                "weights": {},
            }
        ),
        '{"class": "x", "lexicons": [], "imperative_lexicon": "y", "intercept": NaN,'
        ' "weights": {}}',
        '{"class": "x", "lexicons": [], "imperative_lexicon": "y", "intercept": 0,'
        ' "weights": {"w:a": Infinity}}',
    ],
)
def test_a_malformed_model_file_is_a_rule_file_error(text: str) -> None:
    with pytest.raises(RuleFileError, match="not a sentence model"):
        parse_model("bad", text, lambda name: ())


@pytest.mark.parametrize("name", ["../lexicons/hedges", "/etc/x", "a/b", ""])
def test_a_model_name_is_a_file_name_not_a_path(name: str) -> None:
    with pytest.raises(RuleFileError, match="not a sentence model's name"):
        load_model(name)


def test_the_word_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import medlint.sentencemodel as sm

    monkeypatch.setattr(sm, "MEMO_LIMIT", 3)
    model = SentenceModel.of("m", "x", 0.0, {"w:a": 1.0}, Vocabulary({}))
    model.logit("a b c d e f g")
    assert len(model._memo) <= 3
    assert model.logit("a b c d e f g") == 1.0


@pytest.mark.parametrize(
    "name", ["model", "model_threshold", "unless_context", "lexicon", "no_such_option"]
)
def test_model_unless_refuses_an_option_that_is_no_word_list(name: str) -> None:
    with pytest.raises(RuleFileError, match="model_unless names no word option"):
        lint(MISSED, model="cure-claim", model_unless=[name])


def test_evidence_is_found_after_any_apostrophe_tokens_read() -> None:
    from medlint.checks.claims import _evidence

    assert _evidence("You don‘t need it", "don't") == (4, 9)
    assert _evidence("You don`t need it", "don't") == (4, 9)


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        # a path is refused where it is written, with its file and line
        ('model = "../lexicons/hedges"', ".medlint.toml:2: rules.MED201.model:"),
        ('model = "no-such-model"', "no such sentence model 'no-such-model'"),
        ('model_unless = ["model_threshold"]', "model_unless names no word option"),
        ("model_threshold = 2", ".medlint.toml:2: rules.MED201.model_threshold:"),
    ],
)
def test_a_bad_model_setting_in_a_real_configuration_is_a_clear_error(
    tmp_path: Path, setting: str, said: str
) -> None:
    (tmp_path / "a.md").write_text("# Cures\n\nThis natural product works.\n", encoding="utf-8")
    (tmp_path / ".medlint.toml").write_text(f"[rules.MED201]\n{setting}\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "medlint", "check", "a.md", "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    assert said in run.stderr
    assert "Traceback" not in run.stderr + run.stdout
